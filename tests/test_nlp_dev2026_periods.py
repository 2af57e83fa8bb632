"""When a text written after 2025 dates its facts (dev set dev2026; FACTS.md, "When and where
a fact is, decided"): a result set against the goals of a span ("đạt và vượt các mục tiêu
được giao đến hết năm 2025") is a state at that year, not a goal; a goal line that writes no
year goes on with the goal year of the line just above it. Every example is our own wording."""

from __future__ import annotations

from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Percentage
from baocao.nlp.metadata import read_metadata
from baocao.vocab.patterns import is_goal_word

# -- a result against goals written with a plural ("các mục tiêu") ---------------------------

MET_GOALS = (
    "Chương trình xây dựng nông thôn mới của vùng cơ bản hoàn thành các mục tiêu được giao "
    "đến hết năm 2025.\n\n"
    "Tỷ lệ xã đạt chuẩn 71,2%, tăng 8,1% so với cuối năm 2021; tỷ lệ xã đạt chuẩn nâng cao "
    "là 30,5%, tăng hơn 3 lần so với cuối năm 2021 (tại thời điểm cuối năm 2021 chưa có "
    "huyện nào đạt chuẩn nâng cao).\n"
)

EXCEEDED = (
    "Kết quả, huyện Ea Mrông đã đạt và vượt các mục tiêu được giao đến cuối năm 2030.\n\n"
    "Tỷ lệ hộ nghèo còn 2,4%, giảm 5,5% so với cuối năm 2026.\n"
)


def test_goals_met_by_a_year_date_the_text_at_that_year(make_document) -> None:
    assert read_metadata(MET_GOALS).period == "2025"
    _, facts = facts_of(make_document, MET_GOALS)
    share = next(f for f in facts if isinstance(f, Percentage) and f.value == 71.2)
    assert (share.period, share.target) == ("2025", False)
    assert read_metadata(EXCEEDED).period == "2030"
    _, facts = facts_of(make_document, EXCEEDED)
    poor = next(f for f in facts if isinstance(f, Percentage) and f.value == 2.4)
    assert (poor.period, poor.target) == ("2030", False)


def test_a_goal_still_to_reach_stays_a_goal() -> None:
    # "để hoàn thành các mục tiêu …" is a purpose: the span is no present of the text
    text = (
        "Để hoàn thành các mục tiêu đến năm 2030, huyện A Lưới phấn đấu có 80% số xã đạt "
        "chuẩn. Hiện nay huyện có 12 xã đạt chuẩn.\n"
    )
    assert read_metadata(text).period != "2030"


# -- a goal line carried on from the goal line above -----------------------------------------

CARRIED = (
    "Năm 2026, toàn tỉnh Hòa Định có 40 xã đạt chuẩn nông thôn mới.\n\n"
    "Kế hoạch đặt mục tiêu cụ thể đến năm 2030: Phấn đấu tăng thu nhập gấp 2 lần so với năm "
    "2020, giảm tỷ lệ hộ nghèo xuống dưới 4%.\n"
    "Phấn đấu toàn tỉnh có khoảng 70% số xã đạt chuẩn nông thôn mới; phấn đấu có 3 huyện "
    "được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.\n"
)

CARRIED_2027 = (
    "Đến hết năm 2026, xã Hòa Phong đạt 8 tiêu chí.\n\n"
    "Năm 2027, xã Hòa Phong đặt mục tiêu giữ vững 10 tiêu chí.\n"
    "Phấn đấu tỷ lệ hộ dùng nước sạch đạt 95%; phấn đấu có 6 thôn đạt chuẩn kiểu mẫu.\n"
)


def test_a_goal_line_writing_no_year_takes_the_goal_year_above(make_document) -> None:
    _, facts = facts_of(make_document, CARRIED)
    share = next(f for f in facts if isinstance(f, Percentage) and f.value == 70.0)
    districts = next(f for f in facts if isinstance(f, Coverage) and f.units_met == 3)
    assert (share.period, share.target) == ("2030", True)
    assert (districts.period, districts.target) == ("2030", True)
    _, facts = facts_of(make_document, CARRIED_2027)
    water = next(f for f in facts if isinstance(f, Percentage) and f.value == 95.0)
    assert (water.period, water.target) == ("2027", True)


def test_the_goal_word_after_a_plural_is_a_goal_only_as_a_purpose() -> None:
    def goal(text: str) -> bool:
        at = text.index("mục tiêu")
        return is_goal_word(text, at, at + len("mục tiêu"))

    assert not goal("Huyện Ea Mrông đã đạt và vượt các mục tiêu được giao năm 2027.")
    assert not goal("Tỉnh Hòa Định cơ bản hoàn thành những mục tiêu đến năm 2030.")
    assert goal("Để hoàn thành các mục tiêu năm 2027, xã Tân Lập tập trung làm đường.")
    assert goal("Nhằm đạt những mục tiêu đến năm 2030, huyện ưu tiên vốn cho giao thông.")
