"""Short forms of administrative phrases (baocao/vocab/shortforms.py, data/short_forms.toml):
what the extractor takes from them, each on phrases of our own."""

from __future__ import annotations

import re

import pytest

from baocao.errors import LexiconError
from baocao.vocab.shortforms import (
    NOT_A_NAME,
    build_short_forms,
    cue_variants,
    short_forms,
    short_variants,
    spelt_folded,
    spelt_length,
)


@pytest.mark.parametrize(
    ("short", "spelt"),
    [
        ("xã đạt chuẩn NTM đều", "xã đạt chuẩn nông thôn mới đều"),
        ("nguồn NSTW và NSĐP", "nguồn ngân sách trung ương và ngân sách địa phương"),
        ("tham gia BHYT", "tham gia bảo hiểm y tế"),
        ("hạ tầng KT-XH", "hạ tầng kinh tế - xã hội"),
        ("Ban Chỉ đạo XDNTM", "Ban Chỉ đạo xây dựng nông thôn mới"),
    ],
)
def test_a_short_form_is_as_long_as_its_phrase(short: str, spelt: str) -> None:
    assert spelt_length(short) == len(spelt)


@pytest.mark.parametrize(
    "text",
    [
        "NTMX hay ANTM",  # no whole word
        "ntm viết thường",  # a short form is written in capitals
        "số 12/BC-UBND",  # a document's number, joined by its hyphen
    ],
)
def test_only_a_whole_short_form_in_capitals_is_spelt_out(text: str) -> None:
    assert spelt_length(text) == len(text)


def test_a_header_with_short_forms_folds_spelt_out() -> None:
    assert spelt_folded("so tc dat") == "so tieu chi dat"
    assert spelt_folded("nguon nstw") == "nguon ngan sach trung uong"
    assert spelt_folded("tong cong") == "tong cong"


def test_a_phrase_has_every_short_spelling_of_its_meanings() -> None:
    assert set(short_variants("co to hop tac hoac hop tac xa hoat dong")) == {
        "co tht hoac hop tac xa hoat dong",
        "co to hop tac hoac htx hoat dong",
        "co tht hoac htx hoat dong",
    }
    assert set(short_variants("ngan sach trung uong")) == {"nstw", "nstu"}
    assert short_variants("giao thong") == ()


def test_a_meaning_is_found_whatever_marks_part_its_words() -> None:
    assert short_variants("ha tang kinh te xa hoi") == ("ha tang kt-xh",)
    assert short_variants("ha tang kinh te - xa hoi") == ("ha tang kt-xh",)


@pytest.mark.parametrize("word", ["ĐBKK", "DTTS", "NTM", "HTX"])
def test_a_short_form_is_no_name_word(word: str) -> None:
    assert re.match(rf"{NOT_A_NAME}\w+", word) is None


@pytest.mark.parametrize("word", ["Đồng", "Tân", "NTMX", "Đbkk"])
def test_a_name_word_is_no_short_form(word: str) -> None:
    assert re.match(rf"{NOT_A_NAME}\w+", word) is not None


def test_the_packaged_short_forms_load() -> None:
    forms = short_forms()
    assert forms.meanings["NSĐP"] == "ngân sách địa phương"
    assert forms.folded["nstu"] == "ngan sach trung uong"


def test_a_bad_entry_is_a_lexicon_error_naming_it() -> None:
    data = {
        "version": 1,
        "short_form": [
            {"written": "Ntm", "meaning": "nông thôn mới", "example": ["a Ntm", "b Ntm"]},
            {"written": "HTX", "meaning": "hợp tác xã", "example": ["HTX một", "không có"]},
        ],
    }
    with pytest.raises(LexiconError) as raised:
        build_short_forms(data, source="bad.toml")
    message = str(raised.value)
    assert "bad.toml: 2 problems" in message
    assert "'Ntm' is no word written in capitals" in message
    assert "'không có' is not matched" in message


# -- cue words read with short forms (short_forms.toml: in_cues, kind_of) ----------------------


@pytest.mark.parametrize(
    ("cue", "concept", "variants"),
    [
        ("đạt tiêu chí", "standard_after", {"đạt TC"}),
        ("Bộ tiêu chí", "standard_phase", {"Bộ TC"}),
        ("đề nghị Ủy ban nhân dân tỉnh", "pending", {"đề nghị UBND tỉnh"}),
        ("theo ban chỉ đạo", "source_says", {"theo BCĐ"}),
        (
            "Văn phòng Điều phối nông thôn mới Trung ương",
            "national_agency",
            {
                "VPĐP nông thôn mới Trung ương",
                "Văn phòng Điều phối NTM Trung ương",
                "VPĐP NTM Trung ương",
            },
        ),
        # "XDNTM" for the whole phrase, "NTM" for its end
        ("xây dựng nông thôn mới", "unit_taking_part", {"XDNTM", "xây dựng NTM"}),
    ],
)
def test_a_cue_holding_a_phrase_is_also_read_with_its_short_form(
    cue: str, concept: str, variants: set[str]
) -> None:
    assert set(cue_variants(cue, concept)) == variants


def test_a_budget_named_short_is_a_kind_of_budget_at_a_cues_end() -> None:
    # "NSĐP" is a "ngân sách": the cue ending in those words is read with each budget's short
    # form ("nộp NSNN" as "nộp ngân sách nhà nước"), the cue's other words kept
    budgets = {"NSNN", "NSTW", "NSTƯ", "NSĐP"}
    assert set(cue_variants("ngân sách", "funding")) == budgets
    assert set(cue_variants("nộp ngân sách", "not_funding")) == {f"nộp {b}" for b in budgets}
    # not inside a cue: "ngân sách tỉnh" is the province's budget, no state budget
    assert cue_variants("ngân sách tỉnh", "funding") == ()


def test_a_short_form_widens_a_cue_only_in_the_concepts_it_lists() -> None:
    # "TC" may be "tiêu chuẩn" too: it stands in "đạt TC", never where "tiêu chí" is counted
    assert cue_variants("số tiêu chí", "criteria_degree") == ()
    assert cue_variants("đạt tiêu chí", "unit_standard") == ()
    # a short form with no `in_cues` widens no cue
    assert cue_variants("mục tiêu quốc gia", "programme_goal") == ()


def test_kind_of_must_be_the_first_words_of_the_meaning_and_name_its_cues() -> None:
    data = {
        "version": 1,
        "short_form": [
            {
                "written": "NSX",
                "meaning": "ngân sách xã",
                "kind_of": "sách xã",
                "in_cues": ["funding"],
                "example": ["vốn NSX 2 tỷ", "NSX cấp 1 tỷ"],
            },
            {
                "written": "NSH",
                "meaning": "ngân sách huyện",
                "kind_of": "ngân sách",
                "example": ["vốn NSH 2 tỷ", "NSH cấp 1 tỷ"],
            },
        ],
    }
    with pytest.raises(LexiconError) as raised:
        build_short_forms(data, source="bad.toml")
    message = str(raised.value)
    assert "`kind_of` 'sách xã' is no first words of 'ngân sách xã'" in message
    assert "`kind_of` widens cues: give their concepts in `in_cues`" in message
