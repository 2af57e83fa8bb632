"""Goals marked where the text sets them and nowhere else (FACTS.md, "Goals are extracted, and
marked"): a result stated right after a goal, in the next sentence or a later clause of the
same one, is no goal; a resolve about the future is one. The examples are our own."""

from __future__ import annotations

import pytest
from readfacts import facts_of

from baocao.model import Coverage, CriteriaCount, Fact

HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 31/BC-UBND\nKim Sơn, ngày 10 tháng 12 năm 2023\n"
    "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
)


def targets(make_document, body: str) -> dict[str, bool]:
    """Each fact's number as written (its quote's first word) → its ``target``."""
    return {_number(f): f.target for f in facts_of(make_document, HEADER + body + "\n")}


def _number(fact: Fact) -> str:
    if isinstance(fact, CriteriaCount):
        return f"{fact.met}/{fact.of}"
    return fact.quote.split()[0] if fact.quote[0].isdigit() else fact.quote.split()[-2]


# -- 1. a result in the clause after a goal's, behind a semicolon ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Phấn đấu đến năm 2026 có 14 xã đạt chuẩn nông thôn mới; năm 2022 đã có 7 xã "
            "đạt chuẩn nông thôn mới.",
            {"14": True, "7": False},
        ),
        (
            "Mục tiêu đến năm 2027 tỷ lệ hộ nghèo dưới 1%; hiện nay tỷ lệ hộ nghèo là 3,4%.",
            {"1%": True, "3,4%": False},
        ),
        # twin: a clause that goes on with the goal stays one
        (
            "Phấn đấu đến năm 2026 có 14 xã đạt chuẩn nông thôn mới; 100% số thôn có nhà "
            "văn hóa đạt chuẩn.",
            {"14": True, "100%": True},
        ),
    ],
)
def test_a_clause_after_a_semicolon_that_states_a_result_is_no_goal(
    make_document, body: str, expected: dict[str, bool]
) -> None:
    assert targets(make_document, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the goal is added after the rate its clause states: that clause's own
            "Tỷ lệ thu gom rác thải đạt 72%, dự kiến cuối năm đạt 90%; tỷ lệ hộ dùng nước "
            "sạch đạt 95,5%.",
            {"72%": False, "90%": True, "95,5%": False},
        ),
        (
            "Có 12 xã đạt chuẩn (48%), dự kiến cuối năm có thêm 3 xã; 20 xã có chợ đạt chuẩn.",
            {"12": False, "3": True, "20": False},
        ),
        # twin: a goal that opens the sentence goes on past its semicolon
        (
            "Năm 2026, huyện phấn đấu tỷ lệ thu gom rác thải đạt 90%; tỷ lệ hộ dùng nước "
            "sạch đạt 98%.",
            {"90%": True, "98%": True},
        ),
    ],
)
def test_a_goal_added_after_a_stated_rate_does_not_go_on_past_its_semicolon(
    make_document, body: str, expected: dict[str, bool]
) -> None:
    assert targets(make_document, body) == expected


def test_a_dated_result_in_the_sentence_after_a_goal_is_no_goal(make_document) -> None:
    found = targets(
        make_document,
        "Phấn đấu đến năm 2026 có 90% số xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo năm 2022 "
        "giảm còn 2,8%.",
    )
    assert found == {"90%": True, "2,8%": False}


# -- 2. the count reached, after "đến nay đã" in the goal's own sentence -----------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mục tiêu đến năm 2026 có 12 xã đạt chuẩn nông thôn mới, đến nay đã có 5 xã đạt chuẩn.",
            {"12": True, "5": False},
        ),
        (
            "Phấn đấu đến năm 2027 thu nhập bình quân đạt 75 triệu đồng/người/năm, hiện nay "
            "đã đạt 58 triệu đồng/người/năm.",
            {"75": True, "58": False},
        ),
        (
            "Huyện đề ra kế hoạch năm 2023 có 3 xã đạt chuẩn nông thôn mới và đã có 4 xã "
            "đạt chuẩn nông thôn mới.",
            {"3": True, "4": False},
        ),
        (
            "Phấn đấu đến năm 2027 có 9 xã đạt chuẩn nông thôn mới nâng cao, hiện có 6 xã đạt "
            "chuẩn nông thôn mới nâng cao.",
            {"9": True, "6": False},
        ),
        (
            "Phấn đấu đến năm 2026 có 13 xã đạt chuẩn nông thôn mới, đã có 8 xã được công nhận.",
            {"13": True, "8": False},
        ),
        (
            "Mục tiêu đến năm 2027 có 10 xã đạt chuẩn nông thôn mới nâng cao, đến cuối năm 2022 "
            "đã có 3 xã đạt chuẩn nông thôn mới nâng cao.",
            {"10": True, "3": False},
        ),
        # twins: a later clause that goes on with the goal, or only mentions "đã" inside it
        (
            "Phấn đấu đến năm 2026 có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đã "
            "đạt chuẩn lên 12 xã.",
            {"3": True, "12": True},
        ),
        (
            "Mục tiêu đến năm 2027 có 11 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn "
            "nông thôn mới nâng cao.",
            {"11": True, "4": True},
        ),
    ],
)
def test_a_count_reached_in_a_later_clause_of_a_goal_is_no_goal(
    make_document, body: str, expected: dict[str, bool]
) -> None:
    assert targets(make_document, body) == expected


# -- 3. a resolve, and a plan set ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a resolve about the future, with no year of its own
        ("Huyện quyết tâm có thêm 2 xã đạt chuẩn nông thôn mới.", {"2": True}),
        ("Xã Kim Hải quyết tâm hoàn thành 19/19 tiêu chí.", {"19/19": True}),
        # a plan set is a goal, as a target set ("đề ra chỉ tiêu") is
        ("Huyện đề ra kế hoạch có thêm 4 xã đạt chuẩn nông thôn mới.", {"4": True}),
        # twins: the noun, or a resolve the sentence says was carried out, sets no goal
        (
            "Với sự quyết tâm của cả hệ thống chính trị, năm 2023 huyện có thêm 2 xã đạt "
            "chuẩn nông thôn mới.",
            {"2": False},
        ),
        ("Với quyết tâm cao, huyện đã có thêm 2 xã đạt chuẩn nông thôn mới.", {"2": False}),
        ("Xã quyết tâm thực hiện và đã hoàn thành 19/19 tiêu chí.", {"19/19": False}),
    ],
)
def test_a_resolve_about_the_future_is_a_goal_a_resolve_carried_out_is_not(
    make_document, body: str, expected: dict[str, bool]
) -> None:
    assert targets(make_document, body) == expected


# -- 4. a goal's lead carried to the places' lines after it ------------------------------------


def coverage_rows(make_document, body: str) -> list[tuple[str | None, int, bool, str | None]]:
    """Each coverage fact as ``(region, units_met, target, period)``."""
    facts = facts_of(make_document, HEADER + body + "\n")
    return [(f.region, f.units_met, f.target, f.period) for f in facts if isinstance(f, Coverage)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # list items that are only a place and a count, under a goal lead ending with a colon
        (
            "Năm 2024, huyện đặt mục tiêu có thêm 5 xã đạt chuẩn nông thôn mới, cụ thể:\n"
            "- Xã Kim Mỹ: 1 thôn;\n- Thị trấn Bình Minh: 2 thôn.",
            [("huyện Kim Sơn", 5, True, "2024"), ("xã Kim Mỹ", 1, True, "2024")]
            + [("thị trấn Bình Minh", 2, True, "2024")],
        ),
        # lines with their own predicate, as paragraphs or numbered lines under the lead
        (
            "Phấn đấu đến năm 2026:\nXã Kim Mỹ có 4 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n"
            "Xã Kim Hải có 3 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
            [("xã Kim Mỹ", 4, True, "2026"), ("xã Kim Hải", 3, True, "2026")],
        ),
        (
            "Kế hoạch năm 2025:\n1. Xã Kim Mỹ có 2 thôn đạt chuẩn nông thôn mới.\n"
            "2. Xã Kim Hải có 6 thôn đạt chuẩn nông thôn mới.",
            [("xã Kim Mỹ", 2, True, "2025"), ("xã Kim Hải", 6, True, "2025")],
        ),
        # a bare "Trong đó:" between the goal and its items
        (
            "Mục tiêu năm 2026, huyện có 20 xã đạt chuẩn nông thôn mới nâng cao.\nTrong đó:\n"
            "- Xã Kim Mỹ: 8 thôn;\n- Xã Kim Hải: 5 thôn.",
            [("huyện Kim Sơn", 20, True, "2026"), ("xã Kim Mỹ", 8, True, "2026")]
            + [("xã Kim Hải", 5, True, "2026")],
        ),
        # a breakdown by places in the goal's own sentence, after "trong đó" or "gồm:"
        (
            "Năm 2025, huyện phấn đấu có thêm 9 thôn đạt chuẩn nông thôn mới; trong đó, xã "
            "Kim Mỹ 4 thôn và xã Kim Hải 5 thôn.",
            [("huyện Kim Sơn", 9, True, "2025"), ("xã Kim Mỹ", 4, True, "2025")]
            + [("xã Kim Hải", 5, True, "2025")],
        ),
        # the breakdown in a sentence of its own, with no "trong đó": places and counts only
        (
            "Năm 2025, huyện phấn đấu có thêm 9 thôn đạt chuẩn nông thôn mới. Xã Kim Mỹ 4 "
            "thôn, xã Kim Hải 5 thôn.",
            [("huyện Kim Sơn", 9, True, "2025"), ("xã Kim Mỹ", 4, True, "2025")]
            + [("xã Kim Hải", 5, True, "2025")],
        ),
        (
            "Năm 2023, huyện có thêm 6 thôn đạt chuẩn nông thôn mới. Xã Kim Hải 2 thôn; xã "
            "Kim Mỹ 1 thôn và xã Kim Tân 3 thôn.",
            [("huyện Kim Sơn", 6, False, "2023"), ("xã Kim Hải", 2, False, "2023")]
            + [("xã Kim Mỹ", 1, False, "2023"), ("xã Kim Tân", 3, False, "2023")],
        ),
        # twins: a result's lead gives no goal; a colon lead with no goal carries nothing
        (
            "Năm 2023, huyện đã có 7 thôn đạt chuẩn nông thôn mới, gồm: xã Kim Mỹ 3 thôn, xã "
            "Kim Hải 4 thôn.",
            [("huyện Kim Sơn", 7, False, "2023"), ("xã Kim Mỹ", 3, False, "2023")]
            + [("xã Kim Hải", 4, False, "2023")],
        ),
        (
            "Kết quả năm 2023 như sau:\nXã Kim Mỹ có 2 thôn đạt chuẩn nông thôn mới.",
            [("xã Kim Mỹ", 2, False, "2023")],
        ),
        (
            "Thực hiện kế hoạch năm 2023, kết quả đạt được như sau:\nXã Kim Hải có 3 thôn đạt "
            "chuẩn nông thôn mới.",
            [("xã Kim Hải", 3, False, "2023")],
        ),
    ],
)
def test_a_goal_lead_governs_the_places_lines_after_it(
    make_document, body: str, expected: list[tuple[str | None, int, bool, str | None]]
) -> None:
    assert coverage_rows(make_document, body) == expected


# -- 5. registrations are goals ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Đăng ký đạt chuẩn nông thôn mới nâng cao năm 2025 có 3 xã.",
            [("huyện Kim Sơn", 3, True, "2025")],
        ),
        (
            "Năm 2026, đăng ký về đích nông thôn mới kiểu mẫu gồm 2 xã.",
            [("huyện Kim Sơn", 2, True, "2026")],
        ),
        (
            "Xã Kim Mỹ có 4 thôn đăng ký xã nông thôn mới kiểu mẫu năm 2025.",
            [("xã Kim Mỹ", 4, True, "2025")],
        ),
        # twin: a count reached, in the same words without the registration, is no goal
        (
            "Năm 2023, huyện có 3 xã đạt chuẩn nông thôn mới nâng cao.",
            [("huyện Kim Sơn", 3, False, "2023")],
        ),
    ],
)
def test_a_registration_is_a_goal_of_its_year(
    make_document, body: str, expected: list[tuple[str | None, int, bool, str | None]]
) -> None:
    assert coverage_rows(make_document, body) == expected


# -- 6. criteria held and raised in quality (README, "Decisions") ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # parts of the criteria met, no count
        ("Xã Kim Hải nâng chất 12 tiêu chí, giữ vững 7 tiêu chí.", []),
        ("Xã Kim Mỹ giữ vững 5 tiêu chí và nâng cao chất lượng 14 tiêu chí.", []),
        ("Năm 2023, xã Kim Mỹ tiếp tục giữ vững 6 tiêu chí.", []),
        # the whole set held is a state: 19 of 19
        ("Xã Kim Hải tiếp tục giữ vững 19/19 tiêu chí.", [("xã Kim Hải", 19, 19)]),
        ("Xã Kim Mỹ giữ vững và nâng chất 19/19 tiêu chí.", [("xã Kim Mỹ", 19, 19)]),
    ],
)
def test_criteria_held_or_raised_are_a_count_only_when_the_whole_set(
    make_document, body: str, expected: list[tuple[str, int, int | None]]
) -> None:
    facts = facts_of(make_document, HEADER + body + "\n")
    assert [(f.subject, f.met, f.of) for f in facts if isinstance(f, CriteriaCount)] == expected


@pytest.mark.parametrize(
    ("body", "scheme"),
    [
        ("Năm 2024, huyện chọn 6 xã làm điểm xây dựng xã nông thôn mới kiểu mẫu.", "NTM kiểu mẫu"),
        ("Huyện có 7 địa phương được lựa chọn làm điểm xây dựng NTM nâng cao.", "NTM nâng cao"),
        ("Có 3 xã được chọn làm điểm chỉ đạo xây dựng xã NTM kiểu mẫu.", "NTM kiểu mẫu"),
    ],
)
def test_units_chosen_as_pilots_of_a_standard_are_a_goal(make_document, body, scheme) -> None:
    # FACTS.md: a registration stated on its own is coverage with target: true; units chosen
    # as pilots ("làm điểm") are set to reach the standard they pilot, as registered ones are
    before = "Đến nay, toàn huyện có 14 xã đạt chuẩn nông thôn mới. "
    text = HEADER + before + body + "\n"
    facts = [f for f in facts_of(make_document, text) if isinstance(f, Coverage)]
    assert [(f.units_met, f.target, f.scheme) for f in facts][-1][1:] == (True, scheme)
    assert [(f.units_met, f.target) for f in facts][0] == (14, False)
    assert len(facts) == 2
