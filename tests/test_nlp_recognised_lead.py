"""A province's tally over one unit's ceremony, and the unit a list of results goes on about
(classes from the real-text holdout, each with wordings of our own).

FACTS.md ("When and where a fact is, decided"): a fact's place is the nearest place its
sentence, its list or its heading names, else the reporting unit; a news text's unit is what
it reports on. A headline giving the province's count ("<Tỉnh> có 40 xã đạt chuẩn …") over a
lead reporting one commune's recognition ceremony is that commune's news; the figures a later
paragraph gives of "toàn tỉnh" or of a goal "của tỉnh" stay the province's.
"""

from __future__ import annotations

import pytest
from readfacts import place_of
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Level, Percentage
from baocao.nlp.metadata import read_metadata


def fact_at(facts, phrase: str):
    """The fact whose quote opens with ``phrase``, else the first whose quote holds it."""
    opening = [f for f in facts if f.quote.startswith(phrase)]
    return opening[0] if opening else next(f for f in facts if phrase in f.quote)


# -- 1. a province's tally in the headline, one commune's ceremony in the lead ----------------

CEREMONY = (
    "Bắc Ninh có 40 xã đạt chuẩn nông thôn mới kiểu mẫu\n\n"
    "Xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh vừa tổ chức lễ đón nhận Bằng công nhận xã "
    "đạt chuẩn nông thôn mới kiểu mẫu. Đây là xã thứ 40/97 của tỉnh đạt chuẩn kiểu mẫu.\n\n"
    "Qua 4 năm dồn sức xây dựng xã nông thôn mới kiểu mẫu, xã Tam Giang đã huy động 60 tỷ "
    "đồng. Các tuyến đường thôn được mở rộng; 100% hộ dân dùng nước sạch; thu nhập bình quân "
    "năm 2022 đạt 72 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 0,5%; 6/6 thôn có nhà văn hóa "
    "đạt chuẩn...Với kết quả này, Tam Giang là xã thứ 5/13 của huyện Yên Phong đạt chuẩn "
    "kiểu mẫu.\n\n"
    "Đến tháng 6/2023, toàn tỉnh có 40 xã kiểu mẫu. Mục tiêu của tỉnh đến năm 2025 có 60 xã "
    "đạt chuẩn kiểu mẫu.\n"
)


def test_a_provinces_tally_over_a_lead_on_one_communes_ceremony_is_the_communes(
    make_document,
) -> None:
    report, facts = facts_of(make_document, CEREMONY)
    assert report.unit is not None
    assert (report.unit.level, report.unit.name) == (Level.COMMUNE, "Tam Giang")
    assert report.unit.code is not None  # resolved in the district written after it
    assert report.province is not None and report.province.name == "Bắc Ninh"
    # the tallies stay the province's and the district's, the results the commune's
    assert place_of(fact_at(facts, "40 xã đạt chuẩn")) == "tỉnh Bắc Ninh"
    assert place_of(fact_at(facts, "xã thứ 40/97")) == "tỉnh Bắc Ninh"
    assert place_of(fact_at(facts, "xã thứ 5/13")) == "huyện Yên Phong"
    assert place_of(fact_at(facts, "40 xã kiểu mẫu")) == "tỉnh Bắc Ninh"
    # "Mục tiêu của tỉnh …": the goal's owner, not the commune the text reports on
    goal = fact_at(facts, "60 xã")
    assert place_of(goal) == "tỉnh Bắc Ninh" and goal.target is True


@pytest.mark.parametrize(
    "lead",
    [
        # people and the commune's bodies receiving the certificate, the district in brackets
        "Sáng 20/10/2023, Đảng bộ, chính quyền và nhân dân xã Nghi Phong (Nghi Lộc) tổ chức "
        "đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao.",
        # the district holding the ceremony for its commune: the commune named after it
        "Ngày 20/10/2023, UBND huyện Nghi Lộc tổ chức lễ công bố xã Nghi Phong đạt chuẩn "
        "nông thôn mới nâng cao.",
    ],
)
def test_the_unit_a_leads_ceremony_recognises_is_the_news(make_document, lead: str) -> None:
    text = (
        "Nghệ An có thêm 3 xã đạt chuẩn nông thôn mới nâng cao\n\n"
        f"{lead}\n\n"
        "Những năm qua, xã Nghi Phong đã huy động 85 tỷ đồng; tỷ lệ hộ nghèo còn 1,1%. Toàn "
        "tỉnh hiện có 95 xã đạt chuẩn nâng cao.\n"
    )
    report, facts = facts_of(make_document, text)
    assert report.unit is not None
    assert (report.unit.level, report.unit.name) == (Level.COMMUNE, "Nghi Phong")
    assert report.province is not None and report.province.name == "Nghệ An"
    assert place_of(fact_at(facts, "1,1%")) == "xã Nghi Phong"
    assert place_of(fact_at(facts, "95 xã")) == "tỉnh Nghệ An"


def test_a_ceremony_the_province_speaks_past_keeps_the_province() -> None:
    # the commune named once, the province speaking of itself after it: the province's news
    text = (
        "Nghệ An có thêm 3 xã đạt chuẩn nông thôn mới nâng cao\n\n"
        "Xã Nghi Phong vừa tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng "
        "cao. Toàn tỉnh hiện có 95 xã đạt chuẩn nâng cao; tỉnh đã huy động 9.000 tỷ đồng.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE
    # a ceremony the body reaches only after the province's own lead is no lead's news
    text = (
        "Nghệ An có thêm 3 xã đạt chuẩn nông thôn mới nâng cao\n\n"
        "Đến nay, toàn tỉnh Nghệ An có 95 xã đạt chuẩn nâng cao.\n\n"
        "Ngày 20/10, xã Nghi Phong tổ chức lễ đón nhận Bằng công nhận. Xã Nghi Phong đã huy "
        "động 85 tỷ đồng.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE


# -- 2. a unit as a paragraph's subject, its results listed after semicolons -----------------


def test_results_listed_after_a_communes_long_opening_are_the_communes_in_a_provinces_text(
    make_document,
) -> None:
    """The document stays the province's (its lead is the province's own); the paragraph on
    one commune, opening "Qua N năm …, xã A …" and going on in a sentence of results with no
    subject, is the commune's, whatever headline is printed again above it."""
    headline = "Thái Bình có 180 xã đạt chuẩn nông thôn mới nâng cao"
    text = (
        f"{headline}\n\n"
        "Năm 2023, toàn tỉnh Thái Bình có 180 xã đạt chuẩn nâng cao. Tỉnh đã huy động hơn "
        "3.000 tỷ đồng cho chương trình.\n\n"
        f"{headline}\n\n"
        "Qua 2 năm nỗ lực xây dựng xã nông thôn mới nâng cao, xã Đông Hợp tiếp tục huy động "
        "trên 45 tỷ đồng. Đường trục xã được bê tông hóa, kênh mương được kiên cố hóa; 100% hộ "
        "dân dùng điện lưới an toàn; trường học ở cả 3 cấp học đạt chuẩn quốc gia; tỷ lệ hộ "
        "nghèo chỉ còn 0,8%. Với kết quả đó, Đông Hợp là xã thứ 7/14 của huyện Đông Hưng đạt "
        "chuẩn nâng cao.\n"
    )
    report, facts = facts_of(make_document, text)
    assert report.unit is not None and report.unit.level is Level.PROVINCE
    assert place_of(fact_at(facts, "Tỉnh đã huy động")) == "tỉnh Thái Bình"
    assert place_of(fact_at(facts, "Qua 2 năm")) == "xã Đông Hợp"
    assert place_of(fact_at(facts, "100%")) == "xã Đông Hợp"
    assert place_of(fact_at(facts, "3 cấp học")) == "xã Đông Hợp"
    assert place_of(fact_at(facts, "0,8%")) == "xã Đông Hợp"
    assert place_of(fact_at(facts, "xã thứ 7/14")) == "huyện Đông Hưng"


# -- a later clause's own year dates that clause, not the clauses after it --------------------


def test_a_year_in_a_later_clauses_label_dates_only_that_clause(make_document) -> None:
    _, facts = facts_of(make_document, CEREMONY)
    assert fact_at(facts, "72 triệu").period == "2022"
    # the clauses after it and the sentence's last figure are of the text's present
    assert fact_at(facts, "0,5%").period == "2023"
    assert fact_at(facts, "6/6 thôn").period == "2023"
    assert fact_at(facts, "xã thứ 5/13").period == "2023"


@pytest.mark.parametrize(
    "opening",
    ["Năm 2021, xã Tân Lập đạt 19/19 tiêu chí", "Xã Tân Lập đạt chuẩn; đến hết năm 2021, xã"],
)
def test_a_year_framing_its_clause_goes_on_after_the_semicolon(make_document, opening: str) -> None:
    # the first clause's year, or one opening a later clause, frames what follows it
    _, facts = facts_of(
        make_document,
        f"Xã Tân Lập về đích\n\n{opening} có 7/7 thôn văn hóa; tỷ lệ hộ nghèo còn 1,4%.\n"
        "Năm 2023, xã tiếp tục nâng chất các tiêu chí.\n",
    )
    rate = next(f for f in facts if isinstance(f, Percentage) and f.value == 1.4)
    assert rate.period == "2021"


# -- 3. a province's tally restated mid-text (the headline printed again) -------------------


def test_a_tally_restated_mid_text_is_coverage_with_no_whole(make_document) -> None:
    """FACTS.md: K units reaching a standard with no N is coverage, `units_total` null, and
    a fact stated twice is stored twice: the headline printed again between paragraphs
    (over a photo's caption) is a statement of the tally, not a count of criteria."""
    _, facts = facts_of(
        make_document,
        "Đến hết tháng 10/2021, tỉnh Yên Bái đã công nhận thêm 4 xã đạt chuẩn nông thôn mới, "
        "nâng số xã đạt chuẩn của tỉnh lên 76/150 xã.\n\n"
        "Yên Bái đã có 76 xã đạt chuẩn nông thôn mới\n"
        "Cánh đồng lúa ở Mù Cang Chải\n\n"
        "Sau 10 năm thực hiện, diện mạo nông thôn của tỉnh đổi thay rõ rệt.\n",
    )
    restated = [
        f for f in facts if isinstance(f, Coverage) and f.units_met == 76 and f.units_total is None
    ]
    assert len(restated) == 1 and place_of(restated[0]) == "tỉnh Yên Bái"
