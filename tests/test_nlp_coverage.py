"""Coverage: K of N subordinate units meeting a criterion or the whole standard."""

from __future__ import annotations

from baocao.nlp import sections_of
from baocao.nlp.coverage import find_coverage


def coverage(make_document, text: str) -> list[tuple[str, str | None, str, str | None, str | None]]:
    found = find_coverage(sections_of(make_document(text)))
    return [
        (c.units_met, c.units_total, c.unit_kind, c.percent, c.context.criterion)
        for c in found.mentions
    ]


def test_a_ratio_of_units_with_its_share(make_document) -> None:
    text = "Toàn tỉnh có 55/115 xã đạt tiêu chí số 2 về giao thông (đạt 47,82%).\n"
    doc = make_document(text)
    found = find_coverage(sections_of(doc))
    [mention] = found.mentions
    assert (mention.units_met, mention.units_total, mention.percent) == ("55", "115", "47,82")
    assert mention.context.criterion == "2"
    # the share belongs to the coverage: it is claimed, so it is no separate percentage
    [(start, end)] = found.claimed
    assert doc.text[start:end] == "47,82%"


def test_things_counted_in_units_are_coverage_too(make_document) -> None:
    text = (
        "Tiêu chí 14 - Giáo dục:\nHiện nay, toàn thành phố có 50/63 trường đạt chuẩn quốc gia, "
        "trong đó, có 49/53 trường công lập.\n"
    )
    assert coverage(make_document, text) == [
        ("50", "63", "trường", None, "14"),
        ("49", "53", "trường", None, "14"),
    ]


def test_a_ratio_after_a_preposition_or_without_a_predicate_says_nothing(make_document) -> None:
    text = (
        "Các Quyết định phê duyệt đề án cho 6/6 xã giai đoạn 2011-2015.\n"
        "+ Khu vực 3: Cơ quan xã, 7/7 Nhà Văn hóa thôn; 3/3 trường, trạm y tế, Chợ.\n"
    )
    assert coverage(make_document, text) == []


def test_a_list_hanging_from_a_lead_with_the_predicate(make_document) -> None:
    text = (
        "Một số huyện có tỷ lệ xã đạt chuẩn cao: huyện Yên Thành 27/31 xã; "
        "huyện Nam Đàn 16/16 xã.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.units_total, c.region) for c in found] == [
        ("27", "31", "huyện Yên Thành"),
        ("16", "16", "huyện Nam Đàn"),
    ]


def test_people_households_and_lengths_are_not_units(make_document) -> None:
    text = "Có 120/150 hộ đạt chuẩn; 11,7km/11,7km đường được cứng hóa; 30/40 người đạt.\n"
    assert coverage(make_document, text) == []


def test_k_in_the_total_of_n(make_document) -> None:
    text = "Có 185 trong tổng số 220 xã đạt chuẩn nông thôn mới.\n"
    assert coverage(make_document, text) == [("185", "220", "xã", None, None)]


def test_k_of_the_n_written_before_in_which(make_document) -> None:
    text = "Trên địa bàn có 71 trường, trong đó có 46 trường đạt chuẩn quốc gia.\n"
    # schools meeting the national standard name criterion 5 (Trường học) by topic
    assert coverage(make_document, text) == [
        ("46", "71", "trường", None, "trường đạt chuẩn quốc gia")
    ]


def test_units_reaching_a_standard_with_no_total(make_document) -> None:
    text = (
        "Trong năm 2021 có thêm 18 xã được công nhận đạt chuẩn nông thôn mới, "
        "đạt 85,71% so với kế hoạch năm.\n"
        "Chưa có xã nào đạt chuẩn nông thôn mới kiểu mẫu.\n"
    )
    assert coverage(make_document, text) == [
        ("18", None, "xã", None, None),  # 85,71% is a share of the plan, not of the units
        ("0", None, "xã", None, None),
    ]


def test_named_or_remaining_communes_are_not_a_count(make_document) -> None:
    text = (
        "Đầu năm 2020 có 01 xã đạt chuẩn nông thôn mới nâng cao (xã Quang Phú).\n"
        "Cuối năm 2020 có 4 xã còn lại đạt chuẩn nông thôn mới nâng cao.\n"
    )
    assert coverage(make_document, text) == []


def test_a_goal_is_kept_and_its_context_says_so(make_document) -> None:
    text = "Mục tiêu năm 2022: phấn đấu có thêm 15 xã đạt chuẩn nông thôn mới.\n"
    [mention] = find_coverage(sections_of(make_document(text))).mentions
    assert mention.units_met == "15" and mention.context.goal is not None


def test_a_labelled_block_pairs_its_total_and_share(make_document) -> None:
    text = (
        "1. Số xã đạt chuẩn nông thôn mới theo quy định:\n"
        "- Tổng số xã trên địa bàn: 6 xã.\n"
        "- Số xã đã được công nhận đạt chuẩn nông thôn mới: 6 xã.\n"
        "- Tỷ lệ xã đạt chuẩn nông thôn mới: 100%.\n"
    )
    doc = make_document(text)
    found = find_coverage(sections_of(doc))
    assert [(c.units_met, c.units_total, c.percent) for c in found.mentions] == [("6", "6", "100")]
    assert [doc.text[s:e] for s, e in found.claimed] == ["100%"]


def test_a_labelled_ratio_is_read_once(make_document) -> None:
    text = "- Số xã đạt chuẩn nông thôn mới: 45/115 xã, đạt 39,13%.\n"
    assert coverage(make_document, text) == [("45", "115", "xã", "39,13", None)]


def test_a_year_is_not_a_number_of_units(make_document) -> None:
    assert coverage(make_document, "Năm 2020 xã đạt chuẩn nông thôn mới nâng cao.\n") == []


# -- the criterion a coverage statement names: by its own number, else by its topic ----------


def test_each_statement_of_a_list_takes_its_own_criterion_number(make_document) -> None:
    # numbers with or without "số": the one after each statement is its own, not the first
    text = (
        "Xét theo từng tiêu chí, 40 xã đạt tiêu chí số 1, 22 xã đạt tiêu chí 2, "
        "31 xã đạt tiêu chí 3.\n"
        "Toàn huyện có 12/19 xã đạt tiêu chí số 5 về trường học và 18/19 xã đạt tiêu chí "
        "số 14 về giáo dục và đào tạo.\n"
    )
    assert [(c[0], c[4]) for c in coverage(make_document, text)] == [
        ("40", "1"),
        ("22", "2"),
        ("31", "3"),
        ("12", "5"),
        ("18", "14"),
    ]


def test_a_criterion_named_by_its_topic(make_document) -> None:
    text = (
        "Đến cuối năm 2018, hệ thống điện, đường được nâng cấp, huyện Lập Thạch có 14/20 xã "
        "đạt tiêu chí điện và 9/20 xã đạt chuẩn tiêu chí về thuỷ lợi.\n"
        "Có 18/21 trạm y tế xã đạt chuẩn quốc gia; 4/6 thôn, bản được công nhận thôn văn hoá.\n"
    )
    assert [(c[0], c[4]) for c in coverage(make_document, text)] == [
        ("14", "điện"),
        ("9", "thuỷ lợi"),
        ("18", "trạm y tế xã đạt chuẩn"),
        ("4", "thôn văn hoá"),
    ]


def test_a_heading_number_wins_over_a_topic_and_the_whole_standard_has_none(
    make_document,
) -> None:
    text = (
        "Tiêu chí số 14 - Giáo dục và Đào tạo:\n"
        "Toàn huyện có 20/25 trường đạt chuẩn quốc gia.\n"
        "2. Kết quả chung\n"
        "Huyện có 7/12 xã đạt chuẩn nông thôn mới.\n"
    )
    assert [(c[0], c[4]) for c in coverage(make_document, text)] == [("20", "14"), ("7", None)]
