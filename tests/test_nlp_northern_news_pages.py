"""News pages as set BE (northern provinces, opened in the fourteenth session) showed them:
a page template's unfilled fields over the article, other articles' teasers led by the
site's domain under it, a lead on a recognition "just" given by a dated decision and the units a
recognition names (no criteria count of theirs). Our own wordings of each class."""

from __future__ import annotations

from readfacts import news_report_and_facts, of_kind, read_text

from baocao.model import CriteriaCount
from baocao.nlp.metadata import read_metadata

LEAD = (
    "Xã Tân Lập (huyện Yên Sơn) vừa được tỉnh công nhận là xã đạt chuẩn nông thôn mới theo "
    "Quyết định số 315/QĐ-UBND ngày 14/3/2023. Hiện nay, huyện Yên Sơn có 12/28 xã đạt chuẩn "
    "nông thôn mới.\n"
    "Theo báo cáo thẩm định, xã Tân Lập đạt 19/19 tiêu chí; tỷ lệ hộ nghèo của xã còn 1,8%.\n"
    "Minh Hà\n"
)
TEASERS = (
    "baotinh.vn Sáng 5/9/2025, Sở Y tế tỉnh Tuyên Quang tổ chức hội nghị sơ kết năm 2025.\n"
    "baotinh.vn Chiều 4/9, Hội Nông dân tỉnh Tuyên Quang trao 120 suất quà cho hội viên.\n"
)
TOKENS = "{title}\n{publish}\n{head}\n"


def test_a_templates_unfilled_fields_are_no_headline() -> None:
    metadata = read_metadata(TOKENS + LEAD)
    assert metadata.unit is not None and metadata.unit.name == "Tân Lập"


def test_teasers_led_by_the_sites_domain_end_the_article() -> None:
    from baocao.nlp.metadata.furniture import domain_teasers_start  # new with the class

    text = LEAD + TEASERS
    assert domain_teasers_start(text) == text.index("baotinh.vn")
    # a byline a loader joined to the first teaser keeps its line, the teaser starts after it
    joined = LEAD.replace("Minh Hà\n", "Minh Hà ") + TEASERS
    assert domain_teasers_start(joined) == joined.index("baotinh.vn")
    # one line with a domain is a credit, not a list of other articles
    assert domain_teasers_start(LEAD + "Theo baotinh.vn\n") is None


def test_the_commune_a_templated_page_reports_is_its_unit(make_document) -> None:
    report, facts = news_report_and_facts(make_document, TOKENS + LEAD + TEASERS)
    assert report.unit is not None and report.unit.name == "Tân Lập"
    assert report.period == "2023"
    counts = of_kind(facts, CriteriaCount)
    assert [(c.subject, c.met, c.period) for c in counts] == [("xã Tân Lập", 19, "2023")]


def test_a_recognition_just_given_dates_the_news() -> None:
    # the decision's date is the only one: the news is of its year
    assert read_metadata(LEAD).period == "2023"
    other = LEAD.replace("theo Quyết định số 315/QĐ-UBND ngày 14/3/2023", "tại Quyết định số "
                         "88/QĐ-UBND ngày 02-11-2021")  # fmt: skip
    assert read_metadata(other).period == "2021"
    # without "vừa", a decision named in passing dates nothing
    assert read_metadata(LEAD.replace("vừa được", "đã được")).period is None


def test_units_a_recognition_names_get_no_criteria_count(make_document) -> None:
    for text in (
        "Trong năm 2022, huyện Lục Yên đề nghị tỉnh xét công nhận 2 xã NTM nâng cao là xã "
        "An Phú và Minh Xuân, đưa số xã NTM nâng cao toàn huyện lên 6 xã.\n",
        "UBND tỉnh công nhận thêm 3 xã NTM kiểu mẫu gồm các xã Tân Lĩnh, Khánh Hòa và Động "
        "Quan, bằng 150% kế hoạch năm 2023.\n",
    ):
        _, _, facts = read_text(make_document, text, name="tin.txt")
        assert of_kind(facts, CriteriaCount) == [], text
    # the standard the units hold, named without a recognition, still is a count of theirs
    _, _, facts = read_text(
        make_document,
        "Năm 2022, huyện có 2 xã NTM nâng cao là xã An Phú và Minh Xuân.\n",
        name="tin.txt",
    )
    assert sorted(c.subject for c in of_kind(facts, CriteriaCount)) == ["xã An Phú", "xã Minh Xuân"]
