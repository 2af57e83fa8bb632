"""Coverage: K of N subordinate units meeting a criterion or the whole standard."""

from __future__ import annotations

import pytest
from readfacts import facts_of

from baocao.nlp import sections_of
from baocao.nlp.coverage import find_coverage
from baocao.nlp.percentages import find_percentages


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


def test_one_named_commune_in_a_breakdown_of_communes_is_a_count(make_document) -> None:
    # "có một xã đạt 19/19 tiêu chí (xã A …); 25 xã đạt từ 15-18 tiêu chí": an item among
    # counts of communes, not the recognition of one
    text = (
        "Toàn tỉnh có một xã đạt 19/19 tiêu chí (xã Phú Lâm đã được công nhận); 14 xã đạt "
        "từ 15-18 tiêu chí; 30 xã đạt 10-14 tiêu chí.\n"
    )
    assert [c[0] for c in coverage(make_document, text)][:1] == ["1"]


def test_communes_that_reported_are_no_coverage(make_document) -> None:
    # "K/N xã báo cáo cho thấy, …": the source of the figures after it
    text = "Tổng hợp từ 40/52 xã báo cáo cho thấy, toàn tỉnh có 21 xã đạt chuẩn nông thôn mới.\n"
    assert coverage(make_document, text) == [("21", None, "xã", None, None)]


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


# -- K/N written as prose (issue 8, item 6) ---------------------------------------------------


def test_each_statement_of_a_list_has_its_own_criterion(make_document) -> None:
    text = (
        "Theo từng tiêu chí, có 40 xã đạt tiêu chí số 1, 22 xã đạt tiêu chí 4, "
        "9 xã đạt tiêu chí 17.\n"
    )
    assert coverage(make_document, text) == [
        ("40", None, "xã", None, "1"),
        ("22", None, "xã", None, "4"),
        ("9", None, "xã", None, "17"),
    ]


def test_a_criterion_named_by_topic_is_kept_for_the_normaliser(make_document) -> None:
    text = (
        "Hạ tầng được nâng cấp với 60/64 xã đạt chuẩn tiêu chí giao thông "
        "và 64/64 xã đạt tiêu chí điện.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    # the context names the topic as the criterion phrase; the mention keeps its own words
    assert [(c.units_met, c.units_total, c.context.criterion) for c in found] == [
        ("60", "64", "giao thông"),
        ("64", "64", "điện"),
    ]
    assert "giao thông" in (found[0].topic or "") and "điện" in (found[1].topic or "")


def test_units_meeting_the_whole_set_of_criteria_are_coverage_and_bands_are_not(
    make_document,
) -> None:
    text = (
        "Toàn huyện có 6 xã đạt đủ 19 tiêu chí, 3 xã đạt 20/20 tiêu chí; "
        "4 xã đạt từ 15 - 18 tiêu chí, 2 xã đạt 12 tiêu chí.\n"
    )
    assert coverage(make_document, text) == [
        ("6", None, "xã", None, None),
        ("3", None, "xã", None, None),
    ]


def test_a_label_of_units_with_its_number_after_la_or_len(make_document) -> None:
    text = (
        "Số xã hoàn thành 19 tiêu chí là 41 xã, chiếm 38,5%. "
        "Số xã đạt từ 10 - 14 tiêu chí là 20 xã.\n"
        "Năm nay huyện phấn đấu nâng tổng số xã đạt chuẩn NTM lên 17 xã.\n"
        "Số xã đạt chuẩn nâng cao theo Bộ tiêu chí giai đoạn 2021 - 2025 là 2/12 xã, tỷ lệ 16,7%.\n"
        "Tổng số xã thực hiện xây dựng nông thôn mới là 12.\n"
        "Tổng số xã đạt chuẩn nông thôn mới của huyện là 10 xã.\n"
    )
    assert coverage(make_document, text) == [
        ("41", None, "xã", "38,5", None),
        ("17", None, "xã", None, None),
        ("2", "12", "xã", "16,7", None),
        ("10", None, "xã", None, None),
    ]


def test_the_whole_written_before_the_count_in_other_orders(make_document) -> None:
    text = (
        "Trong tổng số 11 xã đăng ký năm 2024 có 03 xã đạt 19/19 tiêu chí.\n"
        "Tổng số đơn vị cấp huyện tham gia là 8/8, trong đó có 02 đơn vị "
        "đã được công nhận đạt chuẩn.\n"
        "Bình quân toàn huyện (16 xã) đạt 15 tiêu chí/xã, nâng tổng số xã đạt chuẩn là 9 xã.\n"
    )
    assert [(m, n) for m, n, *_ in coverage(make_document, text)] == [
        ("03", "11"),
        ("02", "8"),
        ("9", "16"),
    ]


def test_all_none_and_what_is_left_of_the_units(make_document) -> None:
    text = (
        "Kết quả thẩm định cho thấy cả 04 xã đều chưa đạt chuẩn xã nâng cao.\n"
        "Đến năm 2019, cả 7 xã đã đạt chuẩn nông thôn mới.\n"
        "Toàn huyện có 30 xã được công nhận xã nông thôn mới, nay chỉ còn 6 xã đạt.\n"
    )
    assert [(m, n) for m, n, *_ in coverage(make_document, text)] == [
        ("0", "04"),
        ("7", "7"),
        ("30", None),
        ("6", "30"),
    ]


def test_prose_orders_of_a_ratio(make_document) -> None:
    text = (
        "Đến cuối năm 2022, toàn tỉnh có 51/98[2] xã được công nhận đạt chuẩn.\n"
        "Với 8/8 xã đạt chuẩn nông thôn mới, huyện đã về đích.\n"
        "Xã Tân Phú là xã thứ 14/120 của tỉnh đạt chuẩn nông thôn mới nâng cao.\n"
        "Toàn huyện có 9/9 xã về đích; 5/6 địa phương cấp huyện đạt chuẩn.\n"
        "Ngành y tế có 88% trạm y tế đạt chuẩn quốc gia (22/25 trạm y tế).\n"
    )
    assert [(m, n, u, p) for m, n, u, p, _ in coverage(make_document, text)] == [
        ("51", "98", "xã", None),
        ("8", "8", "xã", None),
        ("14", "120", "xã", None),
        ("9", "9", "xã", None),
        ("5", "6", "địa phương", None),
        ("22", "25", "trạm y tế", "88"),
    ]


def test_units_named_by_their_standard_and_subsets(make_document) -> None:
    text = (
        "Năm 2024, tỉnh phấn đấu có thêm 9 xã đạt chuẩn NTM và 4 xã NTM nâng cao.\n"
        "Toàn huyện có 20/25 xã đạt chuẩn, trong đó có 3 xã vùng cao.\n"
        "Có 12 xã (40% xã) hoàn thành các tiêu chí đạt chuẩn nông thôn mới kiểu mẫu.\n"
    )
    assert [(m, n, p) for m, n, _, p, _ in coverage(make_document, text)] == [
        ("9", None, None),
        ("4", None, None),
        ("20", "25", None),
        ("3", None, None),
        ("12", None, "40"),
    ]


def test_an_increment_is_no_fact_but_what_a_place_has_is(make_document) -> None:
    # FACTS.md: increments ("thêm 17 xã", "tăng 7 xã") are no facts; "có thêm 31 xã đạt
    # chuẩn" states how many reached it (the real texts' gold keeps it, a goal or not); the
    # total an increment raises is a fact, and a goal to add units is a goal
    text = (
        "Thêm 2 huyện đạt chuẩn nông thôn mới. Sau 5 năm tỉnh đã có thêm 31 xã đạt chuẩn.\n"
        "Năm nay huyện tăng 4 xã đạt chuẩn nông thôn mới.\n"
        "Năm 2023 có thêm 3 xã đạt chuẩn NTM nâng cao, nâng tổng số xã đạt chuẩn lên 27 xã.\n"
        "Năm 2024 có thêm 2 xã, 9 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n"
        "Đến nay đã có thêm 5 xã NTM nâng cao.\n"
    )
    assert [m for m, *_ in coverage(make_document, text)] == ["31", "3", "27", "2", "9", "5"]
    goal = "Kế hoạch năm 2026: phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới.\n"
    [mention] = find_coverage(sections_of(make_document(goal))).mentions
    assert mention.units_met == "6" and mention.context.goal


def test_households_are_not_units(make_document) -> None:
    assert (
        coverage(make_document, "Có 820/1.130 hộ gia đình đạt danh hiệu gia đình văn hóa.\n") == []
    )


def test_the_region_written_with_the_units(make_document) -> None:
    text = (
        "Công nhận 3 đơn vị cấp huyện của tỉnh Thái Bình đạt chuẩn nông thôn mới.\n"
        "Trong tổng số 7 xã huyện Kỳ Anh đăng ký năm 2018 có 4 xã đạt 19/19 tiêu chí.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [c.region for c in found] == ["tỉnh Thái Bình", "huyện Kỳ Anh"]


def test_group_headers_of_a_flattened_list(make_document) -> None:
    text = (
        "Danh sách xã được công nhận đạt chuẩn nông thôn mới năm 2020\n\n"
        "TT\n\nTÊN XÃ\n\nI\n\nHUYỆN ĐOAN HÙNG\n(6 xã)\n\n1\n\nChí Đám\n\n"
        "II\n\nTP TUYÊN QUANG\n(3 xã)\n\n1\n\nAn Tường\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.region) for c in found] == [
        ("6", "HUYỆN ĐOAN HÙNG"),
        ("3", "TP TUYÊN QUANG"),
    ]


def test_a_group_header_a_scan_read_as_two_paragraphs(make_document) -> None:
    # OCR may set a blank line between the group's name and its count
    text = (
        "Danh sách xã được công nhận đạt chuẩn nông thôn mới năm 2021\n\n"
        "HUYỆN YÊN SƠN\n\n(4 xã)\n\n1\n\nKim Phú\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.region) for c in found] == [("4", "HUYỆN YÊN SƠN")]


def test_more_orders_of_the_whole_and_the_share(make_document) -> None:
    text = (
        "Toàn tỉnh có 40 trên tổng số 91 xã đạt chuẩn nông thôn mới.\n"
        "Có 33 xã đạt chuẩn nông thôn mới trên tổng số 70 xã.\n"
        "Tỷ lệ xã đạt chuẩn nông thôn mới đạt 62,5% (25/40 xã).\n"
        "Kết quả, số xã được công nhận đạt chuẩn NTM: 14 xã.\n"
        "Năm nay huyện đưa tổng số xã đạt chuẩn lên 12 xã.\n"
        "Tại xã, cả 3 cấp học đều đạt chuẩn quốc gia.\n"
    )
    assert [(m, n, u, p) for m, n, u, p, _ in coverage(make_document, text)] == [
        ("40", "91", "xã", None),
        ("33", "70", "xã", None),
        ("25", "40", "xã", "62,5"),
        ("14", None, "xã", None),
        ("12", None, "xã", None),
        ("3", "3", "cấp học", None),
    ]


def test_an_ordinal_takes_the_place_written_after_it(make_document) -> None:
    text = "Xã Long Định là xã thứ 6/13 của huyện Cần Đước đạt chuẩn nông thôn mới nâng cao.\n"
    [mention] = find_coverage(sections_of(make_document(text))).mentions
    assert (mention.units_met, mention.units_total, mention.region) == ("6", "13", "huyện Cần Đước")


def test_a_part_that_does_not_reach_it_is_no_coverage(make_document) -> None:
    text = "Toàn huyện có 18/22 xã đạt chuẩn, trong đó có 3 xã chưa đạt tiêu chí thu nhập.\n"
    assert [(m, n) for m, n, *_ in coverage(make_document, text)] == [("18", "22")]


def test_recognition_as_a_title_and_a_share_of_some_units(make_document) -> None:
    text = (
        "Sau 3 năm, đã có 85 bản được công nhận bản văn hóa.\n"
        "Trong tổng số 6 xã, có 4 xã đã được công nhận, 2 xã còn lại đạt 17 tiêu chí.\n"
        "Toàn huyện có 90% số thôn có nhà văn hóa (45/50 thôn).\n"
    )
    assert [(m, n, p) for m, n, _, p, _ in coverage(make_document, text)] == [
        ("85", None, None),
        ("4", "6", None),
        ("45", "50", "90"),
    ]


def test_a_raised_total_with_its_unit_after_the_number(make_document) -> None:
    text = "Năm 2023 có 9 xã đạt chuẩn NTM, nâng tổng số lên 64 xã, chiếm 51% tổng số xã.\n"
    assert [(m, p) for m, _, _, p, _ in coverage(make_document, text)] == [
        ("9", None),
        ("64", "51"),
    ]


def test_a_ratio_with_the_unit_on_both_sides(make_document) -> None:
    text = "Toàn tỉnh đã có 61 xã/127 xã đạt chuẩn nông thôn mới.\n"
    assert coverage(make_document, text) == [("61", "127", "xã", None, None)]


def test_a_count_whose_noun_is_left_out_is_coverage_of_unnamed_units(make_document) -> None:
    # the source drops the noun ("khu dân cư", "thôn") between the number and the verb
    text = (
        "Đến cuối năm 2022, toàn huyện có 87 được công nhận đạt chuẩn nông thôn mới kiểu mẫu.\n"
        "Cả tỉnh đã có 312 được công nhận là khu dân cư nông thôn mới.\n"
        "Toàn huyện Tân Sơn có 9/17 đạt chuẩn nông thôn mới.\n"
    )
    assert [(m, t, u) for m, t, u, _, _ in coverage(make_document, text)] == [
        ("87", None, ""),
        ("312", None, ""),
        ("9", "17", ""),
    ]


def test_a_year_or_a_date_before_a_recognition_is_no_count(make_document) -> None:
    text = (
        "Xã Tân Hòa có 2019 được công nhận đạt chuẩn nông thôn mới.\n"
        "Quyết định số 1520 được công nhận đạt chuẩn nông thôn mới.\n"
    )
    assert coverage(make_document, text) == []


def test_a_list_by_places_shares_the_standard_its_last_item_states(make_document) -> None:
    text = (
        "Cụ thể: huyện Lâm Thao 12/12 xã; huyện Cẩm Khê 20/24 xã; thị xã Phú Thọ 5/5 xã đạt "
        "chuẩn nông thôn mới.\n"
        # no standard stated at the end: the items say nothing
        "Số hộ: huyện Lâm Thao 12/12 xã; huyện Cẩm Khê 20/24 xã có điểm bưu điện.\n"
    )
    assert [(m, t) for m, t, _, _, _ in coverage(make_document, text)] == [
        ("12", "12"),
        ("20", "24"),
        ("5", "5"),
        ("20", "24"),
    ]


# -- wordings of news and reports (issue 8, items 3, 6 and 7) -------------------------------


def coverage_facts(make_document, text: str) -> list[tuple[int | None, int, int | None, bool]]:
    """(criterion, units_met, units_total, target) of each coverage fact of ``text``."""
    from baocao.model import Coverage

    return [
        (f.criterion, f.units_met, f.units_total, f.target)
        for f in facts_of(make_document, text)
        if isinstance(f, Coverage)
    ]


def test_a_paragraph_labelled_by_a_topic_governs_the_coverage_under_it(make_document) -> None:
    text = (
        "- Y tế và giáo dục chung: đang rà soát.\n"
        "- Về y tế: toàn huyện có 21 trạm y tế và 4 phòng khám thì có 20/21 xã đạt và cơ bản "
        "đạt. Phấn đấu đến cuối năm 2022 thì có 21/21 xã đạt.\n"
        "Giáo dục và đào tạo:\n"
        "Huyện có 64 trường học các cấp, đến nay có 19/21 xã đạt.\n"
        "- Về môi trường: có 15/21 xã đạt chuẩn nông thôn mới.\n"
    )
    assert coverage_facts(make_document, text) == [
        (15, 20, 21, False),
        (15, 21, 21, True),  # the goal under the same label
        (14, 19, 21, False),  # a label line of its own governs the paragraph after it
        (None, 15, 21, False),  # the whole standard, whatever the label
    ]


def test_the_standard_named_without_chuan(make_document) -> None:
    text = "Đến nay tỉnh có 23 xã đạt nông thôn mới kiểu mẫu, 41 xã đạt NTM nâng cao.\n"
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.units_total, c.context.scheme) for c in found] == [
        ("23", None, "nông thôn mới kiểu mẫu"),
        ("41", None, "NTM nâng cao"),
    ]


def test_school_levels_are_all_the_levels_of_criterion_5(make_document) -> None:
    text = (
        "Xã Phú Lâm có 3 cấp học đạt chuẩn quốc gia mức độ 1.\n"
        "Trường học ở cả 3 cấp học của xã Phú Mỹ đều đạt chuẩn quốc gia.\n"
        "Xã Phú Sơn có 2/3 cấp học đạt chuẩn.\n"
    )
    assert coverage_facts(make_document, text) == [
        (5, 3, 3, False),
        (5, 3, 3, False),
        (5, 2, 3, False),
    ]


def test_schools_counted_by_level_inside_a_communes_criteria_sentence(make_document) -> None:
    # no "cả" or "đều": the levels listed after the schools, or counted after "trường học ở",
    # make it criterion 5, whatever the sentence says of the whole standard
    text = (
        "Năm 2022, xã Yên Thọ đạt 19/19 tiêu chí, trong đó 3/3 trường mầm non, tiểu học, THCS "
        "đạt chuẩn quốc gia.\n"
        "Xã Yên Lạc hoàn thành 19/19 tiêu chí: 3 trường mầm non, tiểu học và THCS đạt chuẩn "
        "quốc gia, tỷ lệ hộ nghèo còn 2,1%.\n"
        "Xã Yên Hòa đạt 19/19 tiêu chí, trường học ở 3 cấp học đạt chuẩn quốc gia.\n"
        "Xã Yên Sơn đạt 19/19 tiêu chí, trường học 3 cấp (mầm non, tiểu học, THCS) đạt chuẩn.\n"
        "Xã Yên Phú có 2/3 trường (mầm non, tiểu học, THCS) đạt chuẩn quốc gia.\n"
        "Xã Yên Bình có 12 trường mầm non, tiểu học, THCS đạt chuẩn quốc gia.\n"
    )
    assert coverage_facts(make_document, text) == [
        (5, 3, 3, False),
        (5, 3, 3, False),
        (5, 3, 3, False),
        (5, 3, 3, False),
        (5, 2, 3, False),
        (5, 12, None, False),  # more schools than levels: how many there are is not written
    ]


def test_levels_of_something_other_than_schools_are_no_coverage(make_document) -> None:
    text = "Xã Yên Thọ có 3 cấp ủy đạt trong sạch vững mạnh, 2 cấp ngân sách được giao.\n"
    assert coverage(make_document, text) == []


def test_a_forecast_of_units_and_units_named_before_their_predicate(make_document) -> None:
    text = (
        "Đến nay toàn huyện có 11 xã đạt chuẩn nông thôn mới. Dự kiến đến cuối năm 2023, "
        "sẽ có thêm 2 xã.\n"
        "Dự kiến năm 2023 có thêm 3 xã (Hồng Phong, Tân Việt, Cẩm La) đạt chuẩn.\n"
        "Năm 2024 dự kiến sẽ có thêm 2 xã là Yên Đức và Hoàng Quế về đích.\n"
        "Toàn xã có 9 thôn. Dự kiến sẽ có thêm 2 thôn.\n"  # no standard spoken of: nothing
    )
    assert coverage_facts(make_document, text) == [
        (None, 11, None, False),
        (None, 2, None, True),
        (None, 3, None, True),
        (None, 2, None, True),
    ]


def test_a_change_in_units_is_not_the_whole_of_a_part_after_it(make_document) -> None:
    # "(tăng 160 xã …), trong đó có 764 xã …": 160 is a change, not what 764 is part of
    text = (
        "Cả nước có 5.775/8.227 xã đạt chuẩn (tăng 160 xã so với cuối năm 2021), trong đó có "
        "764 xã đạt chuẩn nâng cao.\n"
        "Toàn tỉnh có 88 xã đạt chuẩn, giảm 2 xã, trong đó có 12 xã đạt chuẩn kiểu mẫu.\n"
    )
    found = {met: total for met, total, *_ in coverage(make_document, text)}
    assert found["764"] is None
    assert found["12"] is None


def test_a_share_written_between_a_ratio_and_its_units_is_its_share(make_document) -> None:
    text = (
        "Đến hết năm 2019, huyện Ý Yên có 30/30 (100%) xã được công nhận đạt chuẩn nông thôn "
        "mới.\nToàn huyện có 12/15 ( 80 %) trường đạt chuẩn quốc gia.\n"
    )
    found = [
        (met, total, unit, share) for met, total, unit, share, _ in coverage(make_document, text)
    ]
    assert found == [("30", "30", "xã", "100"), ("12", "15", "trường", "80")]


def test_units_counted_with_the_provinces_they_lie_in(make_document) -> None:
    text = (
        "Cả nước có 201 đơn vị cấp huyện thuộc 53 tỉnh, thành phố trực thuộc Trung ương được "
        "công nhận đạt chuẩn nông thôn mới.\n"
        "Đã có 12 huyện của 9 tỉnh đạt chuẩn nông thôn mới nâng cao.\n"
    )
    found = [(met, total, unit) for met, total, unit, *_ in coverage(make_document, text)]
    assert found == [("201", None, "đơn vị"), ("12", None, "huyện")]


def test_provinces_and_districts_that_completed_the_programme_are_coverage(
    make_document,
) -> None:
    text = (
        "Cả nước có 17 tỉnh, thành phố được Thủ tướng Chính phủ công nhận hoàn thành nhiệm "
        "vụ xây dựng nông thôn mới.\n"
        "Toàn tỉnh đã có 5/9 huyện hoàn thành nhiệm vụ xây dựng NTM.\n"
        "Phấn đấu đến năm 2030 có ít nhất 20 tỉnh được công nhận hoàn thành nhiệm vụ xây dựng "
        "nông thôn mới.\n"
    )
    assert [(c[0], c[1], c[2]) for c in coverage(make_document, text)] == [
        ("17", None, "tỉnh"),
        ("5", "9", "huyện"),
        ("20", None, "tỉnh"),
    ]


def test_units_counted_with_where_they_lie_are_the_units(make_document) -> None:
    text = (
        "Đến nay có 296 đơn vị cấp huyện thuộc 61 tỉnh, thành phố được công nhận đạt chuẩn "
        "nông thôn mới; 40 xã thuộc 3 huyện miền núi chưa đạt chuẩn.\n"
    )
    assert [(c[0], c[1]) for c in coverage(make_document, text)] == [("296", None)]


def test_a_share_in_brackets_with_its_word(make_document) -> None:
    text = (
        "Đến cuối năm 2024, tỉnh có 112 xã (chiếm 81,2%) đạt chuẩn nông thôn mới, "
        "45 xã (tỷ lệ 32,6%) đạt chuẩn nâng cao.\n"
    )
    found = coverage(make_document, text)
    assert [(c[0], c[3]) for c in found] == [("112", "81,2"), ("45", "32,6")]


def test_districts_and_provinces_completing_the_task(make_document) -> None:
    text = (
        "Cả nước có 301 đơn vị cấp huyện thuộc 60 tỉnh, thành phố đã được công nhận hoàn "
        "thành nhiệm vụ/đạt chuẩn nông thôn mới; có 14 tỉnh, thành phố hoàn thành nhiệm vụ "
        "xây dựng nông thôn mới.\n"
    )
    found = coverage(make_document, text)
    assert [(c[0], c[2]) for c in found] == [("301", "đơn vị"), ("14", "tỉnh")]
    # provinces all of whose communes reach the standard are coverage of provinces (no
    # whole), the share a percentage of its own; "trong đó có 4 tỉnh" is 4 of them
    text = "Có 18 tỉnh có 100% số xã đạt chuẩn, trong đó có 5 tỉnh đã hoàn thành nhiệm vụ xây "
    text += "dựng nông thôn mới.\n"
    assert coverage(make_document, text) == [
        ("18", None, "tỉnh", None, None),
        ("5", "18", "tỉnh", None, None),
    ]
    assert coverage(make_document, "Có 6 xã có 100% thôn đạt chuẩn.\n") == []


def test_a_share_written_after_an_increment_is_still_the_units(make_document) -> None:
    text = (
        "Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới, tăng 11 xã so với năm 2022, chiếm 74,4% "
        "tổng số xã. Cả vùng có 58 đơn vị cấp huyện được công nhận đạt chuẩn, tăng thêm 9 đơn vị "
        "so với cuối năm 2020 và chiếm gần 41% số huyện.\n"
    )
    assert [(met, percent) for met, _, _, percent, _ in coverage(make_document, text)] == [
        ("96", "74,4"),
        ("58", "41"),
    ]


def test_a_share_of_the_increment_itself_stays_apart(make_document) -> None:
    text = "Huyện có 18 xã đạt chuẩn, tăng 3 xã, bằng 20% so với năm 2021.\n"
    assert [percent for _, _, _, percent, _ in coverage(make_document, text)] == [None]


def test_units_holding_the_whole_set_of_criteria_reach_the_standard(make_document) -> None:
    text = (
        "Qua rà soát, chỉ có 14 xã giữ vững 19/19 tiêu chí.\n"
        "Sau phúc tra, toàn huyện có 17 xã duy trì đạt chuẩn nông thôn mới.\n"
        "Trong tổng số 12 xã, có 9 xã giữ vững đạt 19 tiêu chí.\n"
    )
    found = [(c[0], c[1], c[3]) for c in coverage(make_document, text)]
    assert found == [("14", None, None), ("17", None, None), ("9", "12", None)]


def test_the_share_of_a_vote_is_not_the_share_of_the_units(make_document) -> None:
    text = (
        "Hội đồng thẩm định công nhận 4 xã đạt chuẩn nông thôn mới với 100% số phiếu tán thành.\n"
        "Năm 2020 có 6 xã được công nhận đạt chuẩn, 92,5% ý kiến người dân hài lòng.\n"
    )
    found = [(c[0], c[3]) for c in coverage(make_document, text)]
    assert found == [("4", None), ("6", None)]


def test_a_list_of_counts_of_several_units_shares_its_standard(make_document) -> None:
    text = (
        "Hết năm 2024, toàn tỉnh có 3 đơn vị cấp huyện, 128 xã, 415 thôn đạt chuẩn nông thôn mới.\n"
        "Riêng năm nay có 2 xã và 37 thôn/bản được công nhận đạt chuẩn NTM kiểu mẫu.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.units_total, c.unit_kind) for c in found] == [
        ("3", None, "đơn vị"),
        ("128", None, "xã"),
        ("415", None, "thôn"),
        ("2", None, "xã"),
        ("37", None, "thôn"),
    ]
    assert [c.context.scheme for c in found[3:]] == ["NTM kiểu mẫu"] * 2
    assert all(c.context.criterion is None for c in found)
    # a count of the same unit before is the whole, not an item of a list
    assert coverage(make_document, "Huyện có 17 xã, 9 xã đạt chuẩn nông thôn mới.\n") == [
        ("9", None, "xã", None, None)
    ]


def test_a_share_of_other_units_after_a_ratio_is_its_own(make_document) -> None:
    text = (
        "Tỉnh có 5/8 huyện hoàn thành nhiệm vụ xây dựng NTM, 100% xã đạt chuẩn nông thôn mới.\n"
        "Huyện có 9/12 xã đạt chuẩn, chiếm 75% số xã.\n"
    )
    assert [(c[0], c[1], c[3]) for c in coverage(make_document, text)] == [
        ("5", "8", None),
        ("9", "12", "75"),
    ]
    [share] = find_percentages(sections_of(make_document(text)))
    assert share.value == "100"


def test_increments_and_bands_are_no_facts(make_document) -> None:
    text = (
        "So với đầu kỳ, số xã đạt dưới 10 tiêu chí giảm 24 xã, chỉ còn 7 xã.\n"
        "Có 3 xã đạt 15 – 18 tiêu chí, 6 xã đạt từ 10 đến 14 tiêu chí.\n"
        "Trong năm toàn tỉnh công nhận thêm 14 xã đạt chuẩn nông thôn mới.\n"
        "Năm nay huyện tăng 2 xã đạt chuẩn NTM nâng cao.\n"
    )
    assert coverage(make_document, text) == []
    # the total an increment raises, and the statement after it, are facts of their own
    text = "Năm 2024 có thêm 5 xã đạt chuẩn NTM, nâng tổng số lên 71 xã; 9 xã đạt chuẩn NTMNC.\n"
    assert [c[0] for c in coverage(make_document, text)] == ["5", "71", "9"]
    average = "Số tiêu chí bình quân tăng 3,1 tiêu chí/xã so với năm 2019.\n"
    assert find_percentages(sections_of(make_document(average))) == []


def test_misspelt_and_unaccented_cue_words(make_document) -> None:
    from baocao.nlp import read_document

    text = "Ảnh: Đến nay huyện có 7/12 xa da dat chuan NTM; xã Tân Hòa đạt 18/19 tiểu chí.\n"
    document = make_document(text)
    reading = read_document(document)
    [c] = reading.coverage
    assert (c.units_met, c.units_total, c.quote) == ("7", "12", "7/12 xa da dat chuan NTM")
    [n] = reading.counts
    assert (n.met, n.of) == ("18", "19") and "tiểu chí" in n.quote
    for m in reading.mentions:
        assert document.text[m.start : m.end] == m.quote
    # "xa" not after a count is another word
    assert read_document(make_document("Đường xa nhưng 3 xã đã đạt chuẩn.\n")).coverage


def test_field_forms_of_totals_and_recognition(make_document) -> None:
    text = (
        "Năm 2020 đưa tổng số xã đạt chuẩn toàn tỉnh lên 37 xã /95 xã, tương ứng tỷ lệ 38,9%.\n"
        "Có 11 đơn vị cấp huyện được Thủ tướng Chính phủ ban hành quyết định công nhận đạt "
        "chuẩn nông thôn mới.\n"
        "Năm nay có thêm 3 xã: Hòa Bình, Lộc An (Quảng Điền) đưa tổng số xã đạt chuẩn lên 20 "
        "xã /40 xã.\n"
    )
    assert coverage(make_document, text) == [
        ("37", "95", "xã", "38,9", None),
        ("11", None, "đơn vị", None, None),
        ("20", "40", "xã", None, None),  # "(Quảng Điền)" names a district, not criterion 4
    ]


def test_each_statement_takes_the_scheme_its_own_words_name(make_document) -> None:
    text = (
        "Năm 2025 nâng số xã đạt chuẩn NTM lên 61/70 xã, số xã đạt chuẩn nâng cao lên 18 xã "
        "và số xã NTM kiểu mẫu lên 5 xã.\n"
        "Huyện có 9 thôn đạt chuẩn NTM kiểu mẫu, 4 xã đạt chuẩn nâng cao; 7 xã đạt chuẩn NTM "
        "nâng cao và 2 xã NTM kiểu mẫu.\n"
        "Đã nâng tổng số xã đạt chuẩn NTM nâng cao lên 30 xã, xã NTM kiểu mẫu lên 8 xã.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.units_total, c.context.scheme) for c in found] == [
        ("61", "70", "NTM"),
        ("18", None, "chuẩn nâng cao"),
        ("5", None, "NTM kiểu mẫu"),
        ("9", None, "NTM kiểu mẫu"),
        ("4", None, "chuẩn nâng cao"),
        ("7", None, "NTM nâng cao"),
        ("2", None, "NTM kiểu mẫu"),
        ("30", None, "NTM nâng cao"),
        ("8", None, "NTM kiểu mẫu"),
    ]


def test_unaccented_lists_and_the_whole_set_beside_a_criterion(make_document) -> None:
    from baocao.nlp import read_document

    for text in (
        "Toàn huyện có 11 xã đạt 19/19 tiêu chí, 6/14 xã đạt tiêu chí số 5.\n",
        "Toan huyen co 11 xa dat 19/19 tieu chi, 6/14 xa dat tieu chi so 5; 3 xa dat chuan NTM.\n",
    ):
        found = read_document(make_document(text)).coverage
        assert [(c.units_met, c.units_total, c.context.criterion) for c in found][:2] == [
            ("11", None, None),
            ("6", "14", "5"),
        ]


def test_units_taking_part_in_the_programme_are_no_coverage(make_document) -> None:
    # taking part is not reaching a standard (FACTS.md): only the units that reach it count
    text = (
        "Đến nay có 100% số xã (24/24 xã) tham gia thực hiện chương trình.\n"
        "Cả 7 thôn đều triển khai xây dựng nông thôn mới kiểu mẫu.\n"
        "Huyện có 12/12 xã thực hiện xây dựng NTM, trong đó 5/12 xã đạt chuẩn.\n"
        "6/6 xã triển khai xây dựng NTM và đã được công nhận đạt chuẩn.\n"
        "9/9 xã thực hiện phân loại rác thải tại nguồn.\n"
        "Có 4/4 xã đã hoàn thành xây dựng NTM.\n"
    )
    assert coverage(make_document, text) == [
        ("5", "12", "xã", None, None),
        ("6", "6", "xã", None, None),
        ("9", "9", "xã", None, None),
        ("4", "4", "xã", None, None),
    ]


def test_grouped_lines_give_the_whole_set_after_a_colon(make_document) -> None:
    # a band's line ("đạt từ 12-18 tiêu chí") is no coverage; the whole set's line is
    text = (
        "Phân nhóm các xã:\n"
        "Nhóm 1: Số xã đạt 19 tiêu chí : 14 xã.\n"
        "- Nhóm 2: Số xã đạt từ 12-18 tiêu chí: 22 xã (41,5%).\n"
        "Xã đạt đủ 19 tiêu chí: 11\n"
        "- Xã đạt 19/19 tiêu chí: 9 xã (chiếm 17%)\n"
        "Xã Tân Lộc đạt 19 tiêu chí: đã được công nhận.\n"
    )
    assert coverage(make_document, text) == [
        ("14", None, "xã", None, None),
        ("11", None, "Xã", None, None),
        ("9", None, "Xã", "17", None),
    ]


def test_model_residential_areas_named_by_their_standard(make_document) -> None:
    # "khu dân cư kiểu mẫu" is the model standard of a place; a model garden is no place
    text = (
        "Phấn đấu đến năm 2026 có 2 khu dân cư kiểu mẫu, xây dựng 8 vườn mẫu.\n"
        "Năm 2023, xã có 4 thôn kiểu mẫu.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.unit_kind, c.context.scheme) for c in found] == [
        ("2", "khu dân cư", "kiểu mẫu"),
        ("4", "thôn", "kiểu mẫu"),
    ]


def test_a_ratio_with_the_unit_on_both_sides_of_its_whole(make_document) -> None:
    text = (
        "Toàn huyện đã có 9 xã trên tổng số 16 xã đạt chuẩn, đạt tỷ lệ 56,3%.\n"
        "Đến nay, 7 thôn trong tổng số 12 thôn đã đạt chuẩn thôn nông thôn mới.\n"
        "Có 13 xã/tổng số 18 xã đạt tiêu chí số 2 về giao thông.\n"
    )
    assert [c[:4] for c in coverage(make_document, text)] == [
        ("9", "16", "xã", "56,3"),
        ("7", "12", "thôn", None),
        ("13", "18", "xã", None),
    ]


def test_units_whose_recognition_is_pending_are_no_coverage(make_document) -> None:
    # under appraisal, proposed, submitted or awaiting: no standard reached yet; a goal word
    # still makes a goal of it
    text = (
        "Hiện thành phố đang thẩm định 3 xã đạt chuẩn nông thôn mới nâng cao.\n"
        "UBND huyện đã trình UBND tỉnh công nhận 5 xã đạt chuẩn NTM.\n"
        "Có 2 xã đang chờ xét công nhận đạt chuẩn nông thôn mới.\n"
        "Đã có 4 xã đề nghị công nhận đạt chuẩn NTM kiểu mẫu.\n"
        "Đến nay, huyện có 11 xã đạt chuẩn, 2 xã đang hoàn thiện hồ sơ.\n"
        "Tỉnh đã trình Thủ tướng Chính phủ công nhận 2 huyện đạt chuẩn nông thôn mới.\n"
        "Dự kiến năm 2024 đề nghị công nhận 6 xã đạt chuẩn nông thôn mới.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.context.goal is not None) for c in found] == [
        ("11", False),
        ("6", True),
    ]


def test_units_eligible_or_appraised_are_pending_like_proposed_ones(make_document) -> None:
    # "đủ điều kiện công nhận / đạt chuẩn / đề nghị" and "được thẩm định" are one class with
    # the pending units above: not yet recognised, so no coverage; a recognition joined to
    # the appraisal ("… thẩm định và được công nhận") is reached
    text = (
        "Năm nay huyện có 5 xã đủ điều kiện công nhận đạt chuẩn NTM kiểu mẫu.\n"
        "Thị xã có 2 xã đã đủ điều kiện đạt chuẩn nông thôn mới nâng cao.\n"
        "Có 3 thôn đủ điều kiện đề nghị công nhận khu dân cư kiểu mẫu.\n"
        "Đã có 6 xã được thẩm định, đề nghị công nhận đạt chuẩn nông thôn mới.\n"
        "Có 8 xã đã được thẩm định và được tỉnh công nhận đạt chuẩn nông thôn mới.\n"
    )
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [c.units_met for c in found] == ["8"]


def test_no_unit_meeting_a_standard_is_none_of_the_units_written_before(
    make_document,
) -> None:
    text = (
        "Toàn huyện có 16 xã, đến nay chưa có xã nào đạt chuẩn NTM nâng cao.\n"
        "Trong 8 xã của thị xã, không có xã nào đạt tiêu chí số 10 về thu nhập.\n"
        "Huyện đã có 7 xã đạt chuẩn nhưng chưa có xã đạt chuẩn kiểu mẫu.\n"
        "Không có xã nào đạt dưới 8 tiêu chí.\n"
        "Toàn huyện có 6 xã, đến nay chưa có xã nào về đích nông thôn mới.\n"
    )
    assert [c[:3] + (c[4],) for c in coverage(make_document, text)] == [
        ("0", "16", "xã", None),
        ("0", "8", "xã", "10"),
        ("7", None, "xã", None),  # a count that reaches something is no whole
        ("0", None, "xã", None),
        ("0", "6", "xã", None),
    ]


def test_the_recognition_given_to_units_is_their_coverage(make_document) -> None:
    # what is given "cho K/N xã" is the recognition: they reached it; support given is not
    text = (
        "Tháng 12, tỉnh trao bằng công nhận cho 8/8 xã đạt chuẩn nông thôn mới.\n"
        "Trao quyết định công nhận đạt chuẩn NTM nâng cao cho 3/3 xã.\n"
        "Huyện cấp xi măng cho 12/12 xã để làm đường giao thông nông thôn.\n"
        "Đã tổ chức tập huấn tại 9/9 xã.\n"
    )
    assert [c[:3] for c in coverage(make_document, text)] == [
        ("8", "8", "xã"),
        ("3", "3", "xã"),
    ]


def test_in_which_after_a_whole_that_ends_the_sentence_before(make_document) -> None:
    text = (
        "Huyện có 23 xã; trong đó: 13 xã đạt chuẩn nông thôn mới.\n"
        "Xã có 10 thôn. Trong đó 6 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.\n"
        "Thị xã có 9 xã, phường; trong đó 4 xã đạt chuẩn NTM.\n"
    )
    assert [c[:3] for c in coverage(make_document, text)] == [
        ("13", "23", "xã"),
        ("6", "10", "thôn"),
        ("4", "9", "xã"),
    ]


def test_a_contrast_after_a_count_keeps_its_scheme_to_itself(make_document) -> None:
    # "…, nhưng chưa có xã đạt chuẩn nâng cao" is another statement: its scheme is not the 7's
    text = "Năm 2022, thị xã có 7 xã đạt chuẩn, nhưng chưa có xã nào đạt chuẩn kiểu mẫu.\n"
    found = find_coverage(sections_of(make_document(text))).mentions
    assert [(c.units_met, c.context.scheme) for c in found] == [
        ("7", None),
        ("0", "kiểu mẫu"),
    ]


def test_a_count_with_its_own_verb_keeps_the_next_counts_scheme_off(make_document) -> None:
    # "12/12 xã đạt chuẩn, 5/12 xã đạt tiêu chí NTM nâng cao": the 12 reached the standard
    # with a verb of their own, so the qualifier after the next figure is not theirs; the
    # abbreviation in brackets stands inside the qualified noun phrase
    texts = (
        "Hiện huyện có 12/12 xã đạt chuẩn, 5/12 xã đạt tiêu chí nông thôn mới nâng cao.\n",
        "Toàn thị xã có 9 xã đạt chuẩn, trong đó có 2 xã đạt chuẩn NTM kiểu mẫu.\n",
        "Đến nay có 6 xã đạt tiêu chí nông thôn mới (NTM) nâng cao.\n",
    )
    found = [c for t in texts for c in find_coverage(sections_of(make_document(t))).mentions]
    assert [(c.units_met, c.context.scheme) for c in found] == [
        ("12", None),
        ("5", "nông thôn mới nâng cao"),
        ("9", None),
        ("2", "NTM kiểu mẫu"),
        ("6", "nông thôn mới (NTM) nâng cao"),
    ]


def test_a_part_of_units_counted_for_their_criteria_is_of_them(make_document) -> None:
    # the whole is a count of criteria's units just before "trong đó" (FACTS.md: K of N)
    text = (
        "Toàn huyện có 8 xã đạt 19/19 tiêu chí; trong đó có 5 xã đã được công nhận "
        "đạt chuẩn nông thôn mới.\n"
        "Tỉnh có 21 xã hoàn thành 19/19 tiêu chí, trong đó 12 xã được công nhận đạt chuẩn NTM.\n"
    )
    got = [(c[0], c[1]) for c in coverage(make_document, text)]
    assert ("5", "8") in got and ("12", "21") in got


def test_a_part_of_the_units_that_reached_the_standard_has_no_whole_of_its_own(
    make_document,
) -> None:
    # the count before "trong đó" is of units reaching the standard, not all the units: the
    # part's whole (all the communes of its kind) is not written
    text = (
        "Tỉnh phấn đấu đến năm 2030 có 60 xã đạt chuẩn nông thôn mới, trong đó có ba xã "
        "nông thôn mới ở vùng cao.\n"
    )
    assert [(c[0], c[1]) for c in coverage(make_document, text)] == [("60", None), ("3", None)]
    # a count of all the units is the whole
    text = "Huyện Đông Hòa có 16 xã, trong đó có 5 xã nông thôn mới.\n"
    assert [(c[0], c[1]) for c in coverage(make_document, text)] == [("5", "16")]
    # a part reaching a step of its own is of the units that reached the first
    for text in (
        "Toàn tỉnh có 50 xã đạt chuẩn nông thôn mới, trong đó 12 xã đạt chuẩn nâng cao.\n",
        "Huyện có 14 xã đạt đủ 19 tiêu chí, trong đó 9 xã đã được công nhận.\n",
    ):
        got = [(c[0], c[1]) for c in coverage(make_document, text)]
        assert got[-1] == (("12", "50") if "50" in text else ("9", "14")), got


def test_a_part_given_the_status_of_its_district_is_no_coverage(make_document) -> None:
    # "thuộc huyện nghèo / 30a" says where the part lies (a poor district), nothing it reaches
    text = (
        "Năm 2018, tỉnh có thêm 7 xã đạt chuẩn nông thôn mới, trong đó có 02 xã thuộc "
        "huyện nghèo.\n"
    )
    assert [(c[0], c[1]) for c in coverage(make_document, text)] == [("7", None)]
    text = "Toàn tỉnh có 24 xã đạt chuẩn, trong đó 3 xã thuộc các huyện 30a.\n"
    assert [(c[0], c[1]) for c in coverage(make_document, text)] == [("24", None)]
    # as a ratio, a status too
    assert coverage(make_document, "Tỉnh có 5/21 xã thuộc huyện 30a.\n") == []


def test_units_named_as_the_object_of_a_proposal_wait_on_their_recognition(
    make_document,
) -> None:
    # the proposal's verb stands before the names, the count after "là" names them
    text = (
        "Hiện nay, tỉnh đã đề nghị Thủ tướng công nhận Long Khánh, Bà Rịa là 2 thành phố "
        "hoàn thành nhiệm vụ xây dựng nông thôn mới.\n"
    )
    assert coverage(make_document, text) == []
    text = (
        "Bộ đang trình Thủ tướng xét công nhận huyện Cát Tiên đạt chuẩn và Tân An, Mỹ Tho là "
        "2 thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới trong năm 2021.\n"
    )
    assert coverage(make_document, text) == []
    # with no proposal the count stands
    text = "Năm 2020, tỉnh có 2 thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới.\n"
    assert [c[0] for c in coverage(make_document, text)] == ["2"]


@pytest.mark.parametrize(
    ("text", "scheme", "unit"),
    [
        ("Đến cuối năm 2022, toàn tỉnh chưa có huyện nông thôn mới nâng cao.\n", "NTM nâng cao",
         "huyện"),
        ("Đến nay huyện vẫn chưa có xã nông thôn mới kiểu mẫu.\n", "NTM kiểu mẫu", "xã"),
        ("Đến nay huyện chưa có xã nào đạt chuẩn.\n", "NTM", "xã"),
    ],
)  # fmt: skip
def test_no_unit_holding_the_standard_is_none_met(
    make_document, text: str, scheme: str, unit: str
) -> None:
    # the units named by the standard none of them holds, with no verb: 0 of them
    [c] = [f for f in facts_of(make_document, text) if f.kind == "coverage"]
    assert (c.units_met, c.units_total, c.scheme, c.unit_kind) == (0, None, scheme, unit)


@pytest.mark.parametrize(
    "text",
    [
        # the old tone placement ("hoá") names the same unit as the new ("hóa")
        "Năm 2014, huyện đã có 87/130 nhà văn hoá thôn hoàn thành xây mới, đạt tỷ lệ 66,9%.\n",
        "Năm 2014, huyện đã có 87/130 nhà văn hóa thôn hoàn thành xây mới, đạt tỷ lệ 66,9%.\n",
    ],
)
def test_a_unit_kind_with_its_tone_mark_placed_either_way(make_document, text: str) -> None:
    [c] = [f for f in facts_of(make_document, text) if f.kind == "coverage"]
    assert (c.criterion, c.units_met, c.units_total, c.percent_stated) == (6, 87, 130, 66.9)
    assert not [f for f in facts_of(make_document, text) if f.kind == "percentage"]


def test_a_share_of_the_plan_that_is_the_ratio_is_the_ratios_share(make_document) -> None:
    # the N of the ratio is the plan: "đạt 80% kế hoạch" is 4 of 5, no percentage of its own
    text = "Dự kiến hết năm 2022, tỉnh sẽ hoàn thành 4/5 xã nông thôn mới, đạt 80% kế hoạch.\n"
    facts = facts_of(make_document, text)
    assert [(f.units_met, f.units_total, f.percent_stated) for f in facts] == [(4, 5, 80.0)]
    # a share of the plan that is not K of N stays a percentage of its own (FACTS.md)
    text = "Năm 2022, tỉnh đã có 4/5 xã nông thôn mới, đạt 120% kế hoạch năm.\n"
    facts = facts_of(make_document, text)
    assert sorted(f.kind for f in facts) == ["coverage", "percentage"]


def test_a_rate_of_an_indicator_after_a_count_of_units_is_a_statement_of_its_own(
    make_document,
) -> None:
    # neither the rate's criterion nor its share is the communes'
    text = (
        "Kết quả năm 2023\n\nTỉnh Lào Cai có 85 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo vùng "
        "nông thôn còn 3,6%; "
        "có 40 xã về đích, tỉ lệ lao động qua đào tạo đạt 68,5%.\n"
    )
    assert coverage(make_document, text) == [
        ("85", None, "xã", None, None),
        ("40", None, "xã", None, None),
    ]
    found = facts_of(make_document, text)
    assert sorted(f.value for f in found if f.kind == "percentage") == [3.6, 68.5]
    rates = {f.value: f.criterion for f in found if f.kind == "percentage"}
    assert rates[3.6] == 11


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Đến nay tỉnh đã hoàn thành lập quy hoạch nông thôn mới 64/64 xã, trong đó có "
            "27 xã đã được phê duyệt quy hoạch.\n",
            ("27", "64"),
        ),
        (
            "Huyện có 12/12 xã đã đăng ký xây dựng nông thôn mới, trong đó có 5 xã đạt chuẩn.\n",
            ("5", "12"),
        ),
        # a part of some of the units: which whole it is of is not written
        (
            "Toàn tỉnh có 73/129 xã đạt chuẩn, trong đó có 4 xã đặc biệt khó khăn.\n",
            ("4", None),
        ),
    ],
)
def test_a_part_of_all_the_units_counted_is_of_their_total(
    make_document, text: str, part: tuple[str, str | None]
) -> None:
    assert part in [(met, total) for met, total, *_ in coverage(make_document, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có 40 xã nông thôn mới nâng cao,9 xã nông thôn mới kiểu mẫu.\n",
        "Hiện huyện có 12 xã đạt chuẩn nâng cao,3 xã đạt chuẩn kiểu mẫu.\n",
    ],
)
def test_a_list_item_after_a_comma_glued_to_a_word_is_counted(make_document, text: str) -> None:
    assert [met for met, *_ in coverage(make_document, text)][-1] in ("9", "3")


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, tỉnh có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số 95 xã nông thôn "
        "mới, đạt tỷ lệ 100%.\n",
        "Năm nay huyện có thêm 4 xã về đích, đưa tổng số 95 xã đạt chuẩn nông thôn mới, đạt tỷ "
        "lệ 100%.\n",
    ],
)
def test_a_raised_total_written_right_after_tong_so(make_document, text: str) -> None:
    assert ("95", None, "xã", "100") in [c[:4] for c in coverage(make_document, text)]
