"""The cue lexicons: shipped files validate, bad files fail with every problem listed."""

from __future__ import annotations

import re

import pytest

from baocao.data.lexicon import parse_data
from baocao.errors import LexiconError
from baocao.vocab.patterns import CONCEPTS, approx_at, cues, cues_from, verdicts_from, words_regex


def test_every_concept_has_cues_and_every_verdict_word_a_polarity() -> None:
    lexicon = cues()
    assert set(lexicon.forms) == set(CONCEPTS)
    assert all(lexicon.forms[c] for c in CONCEPTS)
    assert lexicon.verdict_met("Đạt") is True
    assert lexicon.verdict_met("chưa  đạt") is False
    assert lexicon.verdict_met("còn nợ") is False
    assert lexicon.value("flow", "giải ngân") == "disbursed"


def test_cues_match_whole_words_case_insensitively_with_accents_significant() -> None:
    verdict = re.compile(cues().verdict_pattern)
    assert verdict.fullmatch("Chưa đạt")
    assert verdict.search("đất đai") is None  # "đất" is land, not "đạt"
    assert re.search(words_regex(("xã",)), "xãhội") is None
    assert re.search(words_regex(("tiêu chí",)), "Tiêu   Chí số 3")


def test_cues_are_blind_to_where_the_tone_of_a_final_oa_oe_uy_sits() -> None:
    pattern = re.compile(words_regex(["nhà văn hóa", "thủy lợi", "sức khỏe"]))
    for text in ("nhà văn hoá", "Nhà Văn Hóa", "thuỷ lợi", "sức khoẻ"):
        assert pattern.fullmatch(text), text
    # only the tone's place: another tone, or "quý" (the "u" is the consonant's), stays apart
    assert not pattern.fullmatch("nhà văn hòa")
    assert re.compile(words_regex(["quý"])).fullmatch("qúy") is None


def test_an_approximation_is_read_backwards_from_the_number() -> None:
    text = "Kinh phí huy động khoảng 360 triệu đồng"
    found = approx_at(text, text.index("360"))
    assert found is not None and found.group().strip() == "khoảng"
    assert approx_at(text, text.index("huy")) is None


def test_a_bad_cue_file_reports_every_problem_at_once() -> None:
    data = parse_data(
        """
version = 1
[[cue]]
concept = "goal"
written = "phấn đấu"
example = "không có từ đó ở đây"

[[cue]]
concept = "colour"
written = "đỏ"
example = "màu đỏ"

[[cue]]
concept = "flow"
written = "giải ngân"
value = "spent"
example = "đã giải ngân 5 tỷ đồng"
""",
        source="bad.toml",
    )
    with pytest.raises(LexiconError) as info:
        cues_from(data, "bad.toml")
    message = str(info.value)
    assert "phấn đấu" in message and "is not matched" in message
    assert "unknown concept 'colour'" in message
    assert "`value` must be one of" in message
    assert "no cue of this concept" in message  # the concepts left empty


def test_a_bad_verdict_file_names_each_entry() -> None:
    data = parse_data(
        """
version = 1
[[verdict]]
written = "đạt"
example = "Kết quả: Đạt."

[[verdict]]
written = "chưa đạt"
met = "no"
example = "Kết quả: Chưa đạt."
""",
        source="v.toml",
    )
    with pytest.raises(LexiconError) as info:
        verdicts_from(data, "v.toml")
    assert "missing `met`" in str(info.value)
    assert "`met` must be true or false" in str(info.value)


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("vốn các chương trình hỗ trợ có mục tiêu; vốn ODA", False),
        ("lồng ghép các chương trình mục tiêu khác trên địa bàn", False),
        ("nguồn hỗ trợ có mục tiêu từ ngân sách trung ương, vốn vay", False),
        ("xã có mục tiêu đạt chuẩn nâng cao vào năm 2026", True),
        ("Mục tiêu đến năm 2030 có 90% số xã đạt chuẩn", True),
    ],
)
def test_targeted_support_and_targeted_programmes_are_no_goal(text: str, goal: bool) -> None:
    from baocao.vocab.patterns import is_goal_word

    at = text.casefold().index("mục tiêu")
    assert is_goal_word(text, at, at + len("mục tiêu")) is goal


# -- cues read with short forms (short_forms.toml) --------------------------------------------


@pytest.mark.parametrize(
    ("concept", "text"),
    [
        ("standard_after", "cấp xi măng cho 6/6 xã đạt TC giao thông"),
        ("standard_phase", "đánh giá theo bộ TC giai đoạn 2021 - 2025"),
        ("revenue", "các doanh nghiệp nộp NSĐP 12 tỷ đồng"),
        ("revenue", "thu NSTƯ trên địa bàn được 30 tỷ đồng"),
        ("funding", "NSTW cấp bù 9 tỷ đồng"),
        ("unit_zone", "5/7 xã vùng ĐBKK"),
        ("national_agency", "theo số liệu của VPĐP NTM Trung ương"),
        ("source_says", "theo BCĐ huyện, đã có 9 xã về đích"),
    ],
)
def test_a_cue_is_found_written_with_a_short_form(concept: str, text: str) -> None:
    assert re.search(cues().pattern(concept), text) is not None


@pytest.mark.parametrize(
    ("concept", "text"),
    [
        ("standard_after", "xã đạt tc giao thông"),  # a short form is written in capitals
        ("funding", "nsnn cấp 9 tỷ đồng"),
        ("pending", "huyện trình ubnd tỉnh công nhận 3 xã"),
    ],
)
def test_a_short_form_in_a_cue_is_matched_with_its_case(concept: str, text: str) -> None:
    assert re.search(cues().pattern(concept), text, re.IGNORECASE) is None


def test_a_cue_a_short_form_derives_is_never_listed_by_hand() -> None:
    data = {
        "version": 1,
        "cue": [
            {
                "concept": "funding",
                "written": "ngân sách",
                "example": ["ngân sách A", "ngân sách B"],
            },
            {"concept": "funding", "written": "NSĐP", "example": ["NSĐP cấp 1", "NSĐP cấp 2"]},
        ],
    }
    with pytest.raises(LexiconError, match="'NSĐP' is 'ngân sách' with a short form"):
        cues_from(data)
