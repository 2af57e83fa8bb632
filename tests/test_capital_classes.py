"""A capitalised name opens with a capital: the small letters of the Latin Extended Additional
block ("ở", "ủ", "ấ", "ổ" sit between "Ở", "Ủ", "Ấ", "Ổ" there) and of Latin Extended-A ("đ",
"ơ", "ư") open no name, while a name opening with one of that block's capitals ("Ứng Hòa",
"Ẳng Tở") is still read as one. Every pattern that looks for a name after a word uses
:data:`baocao.data.lexicon.CAPITALS` for it; a pattern that looks for small letters leaves
those capitals out."""

from __future__ import annotations

import re

import pytest

from baocao.data.lexicon import CAPITALS, SMALLS


def test_the_capitals_hold_no_small_letter_of_the_vietnamese_blocks() -> None:
    small = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăĩũ"
    assert not set(small) & set(CAPITALS)
    assert set(small.upper()) <= set(CAPITALS)


def test_the_small_letters_are_the_capitals_in_small_letters() -> None:
    assert not set(SMALLS) & set(CAPITALS)
    assert set("ạảấđơưăĩũỹ") <= set(SMALLS)
    # one letter each: "İ" in small letters is "i" and a combining dot, which no class holds
    assert "\u0307" not in SMALLS
    assert {ch.upper() for ch in SMALLS} <= set(CAPITALS) | {"I"}


# -- metadata: the headline's place ----------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "at_place"),
    [
        ("Hội nghị sơ kết tại Ứng Hòa", True),
        ("Ra mắt mô hình tại Lạng Sơn", True),
        # "ấp" is a word in lower case, the hamlet's number no name
        ("Ra mắt mô hình tại ấp 3", False),
        ("Người dân ở ổn định sau tái định cư", False),
    ],
)
def test_a_headline_says_where_it_is_from_only_before_a_capital(
    headline: str, at_place: bool
) -> None:
    from baocao.nlp.metadata.unit.headline import _AT_PLACE

    assert (_AT_PLACE.search(headline) is not None) is at_place


@pytest.mark.parametrize(
    ("headline", "words"),
    [
        ("Hòa Tiến ở vùng ven đô về đích", ["Hòa", "Tiến"]),
        ("Ứng Hòa ủng hộ mô hình mới", ["Ứng", "Hòa"]),
        ("Ẳng Tở về đích nông thôn mới", ["Ẳng", "Tở"]),
    ],
)
def test_a_headline_opens_with_its_capitalised_words_only(headline: str, words: list[str]) -> None:
    from baocao.nlp.metadata.unit.headline import _LEADING_WORDS

    m = _LEADING_WORDS.match(headline)
    assert m is not None
    assert m.group(1).split() == words


@pytest.mark.parametrize(
    ("headline", "one_district"),
    [
        ("Có thêm một huyện ở miền núi về đích", True),
        ("Thêm huyện ủng hộ đề án giảm nghèo", True),
        ("Thêm huyện Ứng Hòa về đích", False),
    ],
)
def test_one_district_unnamed_is_followed_by_no_capital(headline: str, one_district: bool) -> None:
    from baocao.nlp.metadata.unit.level_words import _ONE_DISTRICT_WORD

    assert (_ONE_DISTRICT_WORD.search(headline) is not None) is one_district


@pytest.mark.parametrize(
    ("headline", "level_word"),
    [
        ("Thành phố ổn định sản xuất sau mùa lũ", True),
        ("Huyện ủng hộ người dân hiến đất làm đường", True),
        ("Huyện Ứng Hòa hoàn thành 19 tiêu chí", False),
    ],
)
def test_a_level_word_opening_a_headline_has_no_name_after_it(
    headline: str, level_word: bool
) -> None:
    from baocao.nlp.metadata.unit.level_words import _LEVEL_WORD_OPENING

    assert (_LEVEL_WORD_OPENING.match(headline) is not None) is level_word


@pytest.mark.parametrize(
    ("after", "named"),
    [
        (" Đắk Lắk có thêm 8 xã", True),
        (" Ứng Hòa có 28 xã", True),
        (" ủng hộ xây dựng đường thôn", False),
        (" ở mức khá", False),
    ],
)
def test_a_level_word_names_its_place_only_before_a_capital(after: str, named: bool) -> None:
    from baocao.nlp.metadata.national import _NAME_AFTER

    assert (_NAME_AFTER.match(after) is not None) is named


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("100% hộ của xã ủng hộ hiến đất", True),
        # a name opening with an accented capital ("Ẳ", "Ô"): the commune is named
        ("các bản của xã Ẳng Tở", False),
        ("toàn xã Ô Loan có 9 thôn", False),
        ("của xã Tân Lập", False),
    ],
)
def test_a_bare_commune_has_no_capitalised_name_after_it(text: str, bare: bool) -> None:
    from baocao.nlp.metadata.common import _BARE_COMMUNE

    assert (_BARE_COMMUNE.search(text) is not None) is bare


# -- statement context --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Toàn huyện Ứng Hòa có 28 xã", "Toàn "),
        ("Toàn tỉnh Bắc Kạn có 40 xã", "Toàn "),
        # the whole of an unnamed province: "toàn" stays with its level word
        ("Toàn tỉnh ủng hộ 2 tỷ đồng", ""),
    ],
)
def test_toan_before_a_level_word_is_a_lead_in_only_before_a_name(sentence: str, lead: str) -> None:
    from baocao.nlp.context import _LEAD_IN

    m = _LEAD_IN.match(sentence)
    assert m is not None
    assert m.group() == lead


@pytest.mark.parametrize(
    ("text", "of_bare"),
    [
        ("(12/12 xã) của Ứng Hòa", True),
        ("các xã thuộc ủy ban huyện quản lý", False),
    ],
)
def test_units_of_a_bare_name_need_its_capital(text: str, of_bare: bool) -> None:
    from baocao.nlp.context import _UNITS_OF_BARE

    assert (_UNITS_OF_BARE.search(text) is not None) is of_bare


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Mục tiêu của huyện ở giai đoạn tới là 5 xã", True),
        ("Mục tiêu của huyện Ứng Hòa năm 2025", False),
    ],
)
def test_a_level_word_owns_a_goal_when_no_name_follows(text: str, owner: bool) -> None:
    from baocao.nlp.context import _LEVEL_SUBJECT

    found = [m for m in _LEVEL_SUBJECT.finditer(text) if m.group("level3")]
    assert bool(found) is owner


@pytest.mark.parametrize(
    ("text", "of_level"),
    [
        ("100% hộ dân trong xã ủng hộ hiến đất", True),
        ("các bản của xã Ẳng Tở đạt chuẩn", False),
    ],
)
def test_units_of_a_level_word_have_no_name_after_it(text: str, of_level: bool) -> None:
    from baocao.nlp.context import _UNITS_OF_LEVEL

    assert (_UNITS_OF_LEVEL.search(text) is not None) is of_level


# -- regions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "miền Tây" read alone: a small word after it ("đã", "ở") is no name going on
        ("Các địa phương miền Tây đã về đích sớm", ["vùng đồng bằng sông Cửu Long"]),
        ("Các xã miền Tây ở mức khá", ["vùng đồng bằng sông Cửu Long"]),
        # the west of a province, not the region
        ("Các xã miền Tây Nghệ An còn khó khăn", []),
    ],
)
def test_an_alone_region_form_is_read_before_a_small_word(text: str, labels: list[str]) -> None:
    from baocao.vocab.places import regions_in

    assert [label for _, _, label in regions_in(text)] == labels


# -- OCR repairs -------------------------------------------------------------------------------


def test_a_misread_prefix_is_spelled_only_before_a_capitalised_name() -> None:
    from baocao.extract.ocrplaces import PlaceSpeller

    speller = PlaceSpeller(frozenset({"dongnai"}))
    assert speller.correct("tại fỉnh Đồng Nai có") == "tại tỉnh Đồng Nai có"
    # "đồng" opens with a small letter of Latin Extended-A: no name, the word stays
    assert speller.correct("tại fỉnh đồng Nai có") == "tại fỉnh đồng Nai có"


@pytest.mark.parametrize(
    ("after", "tail"),
    [(" nh cơ bản", "nh"), (" n có", "n"), (" Ảnh: tư liệu", None), (" Ủy ban", None)],
)
def test_a_split_syllable_end_is_small_letters_only(after: str, tail: str | None) -> None:
    from baocao.extract.ocrplaces import _SYLLABLE_END

    m = _SYLLABLE_END.match(after)
    assert (m.group(1) if m else None) == tail


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (".Toàn xã có 9 thôn", "Toàn xã có 9 thôn"),
        (".Ủy ban xã đã họp", "Ủy ban xã đã họp"),
        # all capitals keep their dot, accented ones too ("Ấ" is no small letter)
        (".NET", ".NET"),
        (".ĐẤT ĐAI", ".ĐẤT ĐAI"),
    ],
)
def test_a_dot_opening_a_line_goes_only_before_a_word_in_small_letters(
    line: str, kept: str
) -> None:
    from baocao.extract.ocrtext import fix_stray_dots

    assert fix_stray_dots(line) == kept


def test_no_pattern_spans_the_mixed_case_blocks_for_capitals() -> None:
    from pathlib import Path

    import baocao

    # a range over the blocks where capitals and small letters alternate, or the ASCII capitals
    # and Đ alone standing for all of them
    mixed = re.compile(r"\\u1e[aA]0-|\\u01[bB]0\]|\\u0100-|À-Ỹ|A-ZĐ\]")
    root = Path(baocao.__file__).parent
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if mixed.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
