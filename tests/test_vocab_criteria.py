"""The national criteria sets: which set a report uses, and which number a name means."""

from __future__ import annotations

import re
import unicodedata

import pytest
from paths import SEEDS

from baocao.data.lexicon import load_data
from baocao.vocab.criteria import (
    CRITERIA_SETS,
    DISTRICT_SETS,
    criteria_set_for,
    criterion_by_topic,
    criterion_count,
    criterion_name,
    criterion_number,
    decision_set,
    topic_spans,
)


def test_the_four_national_sets() -> None:
    assert {s: (c.count, c.decisions[0]) for s, c in CRITERIA_SETS.items()} == {
        "2010-2015": (19, "491/QĐ-TTg"),
        "2016-2020": (19, "1980/QĐ-TTg"),
        "2021-2025": (19, "318/QĐ-TTg"),
        "2026-2030": (10, "51/2025/QĐ-TTg"),
    }
    assert CRITERIA_SETS["2026-2030"].indicators == 47


def test_declared_indicator_counts_bound_the_listed_ones() -> None:
    # 318/2022 counts 57 indicators, 8 more than 1980/2016's 49; 51/2025 counts 47
    declared = {s: c.indicators for s, c in CRITERIA_SETS.items()}
    assert declared == {"2010-2015": None, "2016-2020": 49, "2021-2025": 57, "2026-2030": 47}
    for criteria_set in CRITERIA_SETS.values():
        if criteria_set.indicators is not None:
            assert len(criteria_set.indicator_list) <= criteria_set.indicators


def test_no_district_set_after_2025() -> None:
    # QĐ 51/2025 issues a commune set, a pilot frame and a province's completion, no district set
    assert all(s.years[1] <= 2025 for s in DISTRICT_SETS.values())


@pytest.mark.parametrize("criteria_set", ["2010-2015", "2016-2020", "2021-2025", "2026-2030"])
def test_every_set_numbers_its_criteria_one_to_count(criteria_set: str) -> None:
    assert list(CRITERIA_SETS[criteria_set].criteria) == list(
        range(1, criterion_count(criteria_set) + 1)
    )


def test_names_differ_between_sets() -> None:
    assert criterion_name(7, "2010-2015") == "Chợ nông thôn"
    assert criterion_name(7, "2016-2020") == "Cơ sở hạ tầng thương mại nông thôn"
    assert criterion_name(8, "2010-2015") == "Bưu điện"
    assert criterion_name(3, "2021-2025") == "Thủy lợi và phòng, chống thiên tai"
    assert criterion_name(11, "2021-2025") == "Nghèo đa chiều"
    assert criterion_name(19, "2010-2015") == "An ninh, trật tự xã hội"


def test_verified_marks_exactly_the_names_read_in_a_source() -> None:
    unread = {
        (set_id, c.number)
        for set_id, s in {**CRITERIA_SETS, **DISTRICT_SETS}.items()
        for c in s.criteria.values()
        if not c.verified
    }
    # QĐ 342/2013's name for criterion 12 and most of the district set of QĐ 320/2022 were not read
    unread_320 = {("huyen-2021-2025", n) for n in (1, 3, 4, 5, 6, 7, 8)}
    assert unread == {("2010-2015", 12)} | unread_320


def test_the_2026_names_are_the_issued_decisions_not_the_drafts() -> None:
    assert criterion_name(3, "2026-2030") == "Phát triển kinh tế nông thôn"
    assert criterion_name(4, "2026-2030") == "Đào tạo nguồn nhân lực nông thôn"
    assert criterion_name(9, "2026-2030") == "Xây dựng hệ thống chính trị và hành chính công"
    # the consultation draft's names still name their criteria
    assert criterion_number("tiêu chí về nguồn nhân lực nông thôn", "2026-2030") == 4
    assert criterion_number("lĩnh vực kinh tế nông thôn", "2026-2030") == 3


def test_unknown_set_or_number_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown criteria set"):
        criterion_count("2000-2005")
    with pytest.raises(ValueError, match="no criterion 11"):
        criterion_name(11, "2026-2030")


@pytest.mark.parametrize(
    ("decision", "criteria_set"),
    [
        ("Quyết định số 1980/QĐ-TTg ngày 17/10/2016", "2016-2020"),
        ("318/QĐ-TTg", "2021-2025"),
        ("QĐ 491/QĐ-TTg", "2010-2015"),
        ("số 51/2025/QĐ-TTg", "2026-2030"),
        ("1980/qđ-ttg", "2016-2020"),
        ("1980 / QĐ - TTg", "2016-2020"),
        ("51/QĐ-TTg", None),  # 51 is only the 2026-2030 decision with its year
        ("5155/QĐ-UBND", None),
    ],
)
def test_decision_set(decision: str, criteria_set: str | None) -> None:
    assert decision_set(decision) == criteria_set


@pytest.mark.parametrize(
    ("period", "criteria_set"),
    [
        ("2011-2015", "2010-2015"),
        ("2020", "2016-2020"),
        ("2019-H1", "2016-2020"),
        ("2021-2025", "2021-2025"),
        ("2023", "2021-2025"),
        ("2011-2020", "2016-2020"),  # spans two sets: the end year decides
        ("2026", "2026-2030"),
        ("2008", None),
        (None, None),
    ],
)
def test_criteria_set_for_period(period: str | None, criteria_set: str | None) -> None:
    assert criteria_set_for(period=period) == criteria_set


def test_a_cited_decision_wins_over_the_period() -> None:
    assert criteria_set_for(period="2021", decision="1980/QĐ-TTg") == "2016-2020"
    assert criteria_set_for(period="2021", decision="5155/QĐ-UBND") == "2021-2025"


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Giao thông", 2),
        ("Đường giao thông", 2),
        ("GIAO THONG", 2),
        ("Nước sạch", 17),
        ("Nước sạch tập trung", 17),
        ("Trung tâm văn hóa xã", 6),
        ("Cơ sở vật chất văn hóa", 6),
        ("Văn hóa", 16),
        ("BHYT", 15),
        ("hộ nghèo", 11),
        ("Thuỷ lợi", 3),  # old-style accent placement
        ("Bưu điện", 8),
        ("Điện", 4),
        ("Quốc phòng và An ninh", 19),
        ("Hệ thống chính trị và tiếp cận pháp luật", 18),
    ],
)
def test_criterion_number_by_name_and_alias(name: str, number: int) -> None:
    assert criterion_number(name, "2021-2025") == number


def test_longest_wording_wins() -> None:
    # "văn hóa" alone is 16, but the longer "cơ sở vật chất văn hóa" is 6
    assert criterion_number("tiêu chí cơ sở vật chất văn hóa", "2016-2020") == 6
    assert criterion_number("điểm bưu điện văn hóa xã", "2010-2015") == 8


def test_wordings_that_moved_between_sets() -> None:
    assert criterion_number("lao động qua đào tạo", "2016-2020") == 14
    assert criterion_number("lao động qua đào tạo", "2021-2025") == 12
    assert criterion_number("lao động qua đào tạo", None) is None  # the sets disagree
    assert criterion_number("Chợ nông thôn", "2010-2015") == 7
    assert criterion_number("Chợ nông thôn", None) == 7


def test_words_that_only_look_like_criteria() -> None:
    assert criterion_number("cổng giao tiếp điện tử", "2021-2025") is None
    assert criterion_number("số điện thoại", "2021-2025") is None
    assert criterion_number("xyz", None) is None


def test_the_seed_report_headings_name_their_criteria() -> None:
    seed = SEEDS / "000_e3a9277c9180f2a0.txt"
    if not seed.exists():
        pytest.skip("shared seeds not beside the clone")
    text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8"))
    headings = re.findall(r"Tiêu chí số (\d+) - ([^\n:]+)", text)
    assert len({n for n, _ in headings}) >= 12
    for number, name in headings:
        assert criterion_number(name, "2016-2020") == int(number), name


# -- every criterion and indicator by topic ---------------------------------------------------

EVERY_SET = {**CRITERIA_SETS, **DISTRICT_SETS}
EVERY_CRITERION = [
    (set_id, c.number, c.name) for set_id, s in EVERY_SET.items() for c in s.criteria.values()
]


def _wordings_of(set_id: str, number: int) -> list[str]:
    """The aliases and indicator wordings the data file gives criterion ``number``."""
    data = load_data("criteria_sets.toml")
    aliases = [a["phrase"] for a in data["alias"] if a["number"] == number and set_id in a["sets"]]
    indicators = [
        w
        for i in data.get("indicator", [])
        if i["set"] == set_id and i["criterion"] == number
        for w in i.get("wordings", [])
    ]
    return aliases + indicators


def test_the_district_sets_have_nine_criteria_and_are_never_a_reports_set() -> None:
    assert {s: c.count for s, c in DISTRICT_SETS.items()} == {
        "huyen-2016-2020": 9,
        "huyen-2021-2025": 9,
    }
    assert all(c.level == "district" for c in DISTRICT_SETS.values())
    assert decision_set("Quyết định số 320/QĐ-TTg") is None
    assert criterion_name(9, "huyen-2021-2025").startswith("Hệ thống chính trị")


@pytest.mark.parametrize(("criteria_set", "number", "name"), EVERY_CRITERION)
def test_every_criterion_is_named_by_its_official_name(
    criteria_set: str, number: int, name: str
) -> None:
    topic = criterion_by_topic(f"đạt tiêu chí {name}", criteria_set)
    assert topic is not None and topic.criterion == number


@pytest.mark.parametrize(("criteria_set", "number", "name"), EVERY_CRITERION)
def test_every_criterion_has_a_short_wording_too(criteria_set: str, number: int, name: str) -> None:
    wordings = _wordings_of(criteria_set, number)
    assert wordings, f"{criteria_set} criterion {number} ({name}) has no short wording"
    resolved = {w: criterion_by_topic(w, criteria_set) for w in wordings}
    assert any(t is not None and t.criterion == number for t in resolved.values())


def test_indicators_number_within_their_criterion() -> None:
    for criteria_set in CRITERIA_SETS.values():
        for number, indicator in criteria_set.indicator_list.items():
            assert number.split(".")[0] == str(indicator.criterion)
            assert indicator.criterion in criteria_set.criteria
    # 491/2009 as amended counts 39 indicators, 1980/2016 counts 49
    assert len(CRITERIA_SETS["2010-2015"].indicator_list) == 39
    assert len(CRITERIA_SETS["2016-2020"].indicator_list) == 49


def test_indicators_are_unverified_where_no_source_was_read() -> None:
    verified = {
        (set_id, number)
        for set_id, s in CRITERIA_SETS.items()
        for number, i in s.indicator_list.items()
        if i.verified
    }
    read_2016 = {"1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "8.1", "8.2", "8.3", "8.4", "10", "12"}
    read_2016 |= {"14.1", "14.2", "14.3"}
    read_2016 |= {"15.1", "15.2", "15.3", "17.1", "17.2"} | {f"18.{n}" for n in range(1, 7)}
    assert verified == (
        {("2010-2015", n) for n in ("8.1", "8.2", "11")}
        | {("2016-2020", n) for n in read_2016}
        | {("2021-2025", n) for n in ("3.1", "3.2", "5", "14.1")}
    )
    # the 47 indicators of QĐ 51/2025 could not be read: none is listed
    assert CRITERIA_SETS["2026-2030"].indicator_list == {}


@pytest.mark.parametrize(
    ("phrase", "criteria_set", "criterion", "indicator"),
    [
        # labour trained: an indicator of Giáo dục until 2020, of Lao động from 2021
        ("tỷ lệ lao động có việc làm qua đào tạo đạt 48%", "2016-2020", 14, "14.3"),
        ("tỷ lệ lao động có việc làm qua đào tạo đạt 78%", "2021-2025", 12, "12.2"),
        ("lao động qua đào tạo chiếm 40%", "2010-2015", 14, "14.3"),
        ("lao động qua đào tạo chiếm 71%", "2021-2025", 12, "12.2"),
        # the same topic keeps its criterion across sets
        ("trạm y tế xã đạt chuẩn quốc gia", "2016-2020", 15, "15.2"),
        ("trạm y tế xã đạt chuẩn quốc gia", "2010-2015", 15, "15.2"),
        ("đạt chuẩn xóa mù chữ mức độ 2", "2021-2025", 14, "14.1"),
        ("nhà văn hóa xã đạt chuẩn", "2021-2025", 6, "6.1"),
        ("đảng bộ, chính quyền xã đạt trong sạch vững mạnh", "2016-2020", 18, "18.3"),
        ("đảng bộ, chính quyền xã đạt trong sạch vững mạnh", "2021-2025", 18, "18.2"),
        ("tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "2021-2025", 4, "4.2"),
        ("thôn, bản đạt danh hiệu thôn văn hoá", "2016-2020", 16, "16"),
        ("trường đạt chuẩn quốc gia", "2016-2020", 5, "5"),
    ],
)
def test_a_topic_names_its_criterion_and_indicator_in_its_set(
    phrase: str, criteria_set: str, criterion: int, indicator: str | None
) -> None:
    topic = criterion_by_topic(phrase, criteria_set)
    assert topic is not None
    assert (topic.criterion, topic.indicator) == (criterion, indicator)


def test_a_topic_with_no_set_needs_every_set_to_agree() -> None:
    assert criterion_by_topic("tỷ lệ lao động có việc làm qua đào tạo", None) is None
    thuy_loi = criterion_by_topic("xã đạt tiêu chí thủy lợi", None)
    assert thuy_loi is not None and thuy_loi.criterion == 3


@pytest.mark.parametrize(
    ("phrase", "criterion"),
    [
        # the 2026-2030 set regroups the 19 criteria into ten: a topic takes the one named for it
        ("tỷ lệ nghèo đa chiều cuối năm còn 1,9%", 6),  # Giảm nghèo và an sinh xã hội
        ("tỷ lệ hộ nghèo của xã giảm 0,8%", 6),
        ("kết quả công tác giảm nghèo", 6),
        ("tỷ lệ lao động qua đào tạo đạt 74%", 4),  # Đào tạo nguồn nhân lực nông thôn
        ("lao động có việc làm qua đào tạo", 4),
        ("mở lớp đào tạo nghề phi nông nghiệp", 4),
        ("cứng hóa đường giao thông nội đồng", 2),  # Hạ tầng kinh tế - xã hội
        ("kiên cố hóa kênh mương thủy lợi", 2),
        ("xã có thêm sản phẩm OCOP 4 sao", 3),  # Phát triển kinh tế nông thôn
        ("thôn đạt chuẩn thôn văn hóa", 5),  # Văn hóa, giáo dục, y tế
        ("xã đạt chuẩn phổ cập giáo dục tiểu học", 5),
        ("tỷ lệ thu gom chất thải rắn sinh hoạt", 8),  # Môi trường và cảnh quan nông thôn
        ("đảng bộ xã đạt trong sạch vững mạnh", 9),  # Xây dựng hệ thống chính trị …
        ("xã đạt chuẩn tiếp cận pháp luật", 10),  # Tiếp cận pháp luật và an ninh, quốc phòng
        ("an ninh trật tự được bảo đảm", 10),
        ("hoàn thành tốt nhiệm vụ quốc phòng", 10),
        ("hợp tác xã dịch vụ nông nghiệp", 3),
        ("xã giữ chuẩn tiêu chí quốc gia về y tế", 5),
        ("duy trì chuẩn xoá mù chữ", 5),
        ("công tác bảo vệ môi trường", 8),
        ("kiện toàn hệ thống chính trị xã", 9),
    ],
)
def test_a_topic_takes_its_2026_criterion_in_the_2026_set(phrase: str, criterion: int) -> None:
    topic = criterion_by_topic(phrase, "2026-2030")
    assert topic is not None and (topic.criterion, topic.indicator) == (criterion, None)


def test_the_2026_numbers_need_their_set() -> None:
    assert criterion_number("tỷ lệ nghèo đa chiều", "2021-2025") == 11
    assert criterion_number("tỷ lệ nghèo đa chiều", "2026-2030") == 6
    # no set: the 19-criterion sets decide, the ten regrouped ones are another scale
    assert criterion_number("tỷ lệ hộ nghèo", None) == 11
    assert criterion_number("xã đạt tiêu chí thủy lợi", None) == 3
    assert criterion_number("chuyển đổi số", None) is None
    assert criterion_number("chuyển đổi số", "2026-2030") == 7


def test_topics_two_2026_criteria_could_hold_are_left_unnamed() -> None:
    # schools, clean water, health insurance: infrastructure (2) or their field (5, 8)?
    for phrase in ("trường đạt chuẩn quốc gia", "tỷ lệ hộ dùng nước sạch", "tham gia BHYT"):
        assert criterion_by_topic(phrase, "2026-2030") is None, phrase


def test_topic_spans_find_wordings_in_running_text() -> None:
    text = "Huyện có 14/16 xã đạt tiêu chí điện, 12/16 xã đạt tiêu chí về thuỷ lợi; cổng điện tử."
    assert [text[a:b] for a, b in topic_spans(text)] == ["điện", "thuỷ lợi"]
    # the longest wording at a place wins
    text = "có 5/9 nhà văn hóa thôn đạt chuẩn"
    assert [text[a:b] for a, b in topic_spans(text)] == ["nhà văn hóa thôn"]


# -- topics resolved against the report's set, end to end -------------------------------------


def _facts(make_document, year: int, body: str):
    from readfacts import report_and_facts

    header = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TAM DƯƠNG\n\nBÁO CÁO\n"
        f"Kết quả xây dựng nông thôn mới năm {year}\n\n"
    )
    return report_and_facts(make_document, header + body)


@pytest.mark.parametrize(("year", "criterion"), [(2019, 14), (2023, 12)])
def test_the_labour_rate_takes_the_criterion_of_the_reports_set(
    make_document, year: int, criterion: int
) -> None:
    body = "Tỷ lệ lao động có việc làm qua đào tạo đạt 61,5%.\n"
    report, facts = _facts(make_document, year, body)
    [rate] = [f for f in facts if f.kind == "percentage"]
    assert (rate.criteria_set, rate.criterion) == (report.criteria_set, criterion)


def test_coverage_named_by_topic_gets_the_number(make_document) -> None:
    body = "Đến nay có 11/13 xã đạt tiêu chí thủy lợi, 13/13 xã đạt tiêu chí điện.\n"
    _, facts = _facts(make_document, 2019, body)
    assert [(f.units_met, f.criterion) for f in facts if f.kind == "coverage"] == [
        (11, 3),
        (13, 4),
    ]


def test_a_topic_word_inside_a_place_name_names_no_criterion() -> None:
    from baocao.vocab.criteria import topic_spans

    text = "huyện Điện Biên Đông có 14 xã về đích; Điện Biên có 10 xã đạt tiêu chí điện"
    found = [text[a:b].lower() for a, b in topic_spans(text)]
    assert found == ["điện"]  # only the criterion written in lower case at the end
    label = "Điện: 100% số hộ dùng điện an toàn."
    assert [label[a:b] for a, b in topic_spans(label)][:1] == ["Điện"]  # a criterion's label
    # a district in brackets after a commune of a list is a name too; a topic alone is not
    listed = "Hòa Xuân, Hòa Lạc (Phong Điền); Tân Hòa (Quảng Điền) và (Giao thông)"
    assert [listed[a:b] for a, b in topic_spans(listed)] == ["Giao thông"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the word before holds a small letter of the Latin Extended Additional block ("ả",
        # "ề", "ậ"), which sits between capitals there: no capital, no name
        ("Xã bảo đảm Giao thông nông thôn", "Giao thông nông thôn"),
        ("Nhóm tiêu chí về Thủy lợi", "Thủy lợi"),
        ("các xã đã lập Quy hoạch chung", "Quy hoạch"),
    ],
)
def test_a_small_word_before_a_capitalised_criterion_makes_no_name(text: str, topic: str) -> None:
    from baocao.vocab.criteria import topic_spans

    assert [text[a:b] for a, b in topic_spans(text)] == [topic]


@pytest.mark.parametrize(
    "text",
    [
        # after a capital of the same block ("Ấ" U+1EA4, "Ẩ" U+1EA8) the topic is a name's word
        "đường Ấp Điện hoàn thành",
        "ông Lê Ẩn Giao thông báo",
        "thôn Bản Thủy lợi có 30 hộ",
    ],
)
def test_a_capitalised_word_before_still_makes_a_name(text: str) -> None:
    from baocao.vocab.criteria import topic_spans

    assert topic_spans(text) == []


@pytest.mark.parametrize(
    ("wording", "number"),
    [
        ("tỷ lệ hộ dùng nước sinh hoạt hợp vệ sinh", 17),
        ("dân số được cấp nước sinh hoạt đảm bảo vệ sinh", 17),
        ("xã có đường ô tô về đến trung tâm", 2),
        ("đường ôtô tới trụ sở UBND xã được cứng hóa", 2),
    ],
)
def test_drinking_water_and_the_road_to_the_commune_name_their_criteria(
    wording: str, number: int
) -> None:
    for criteria_set in ("2010-2015", "2016-2020", "2021-2025"):
        topic = criterion_by_topic(wording, criteria_set)
        assert topic is not None and topic.criterion == number, (wording, criteria_set)
