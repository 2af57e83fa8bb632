"""Criteria counts: N of M criteria or indicators, met or left unmet."""

from __future__ import annotations

from baocao.nlp import sections_of
from baocao.nlp.counts import find_counts


def counts(make_document, text: str) -> list[tuple[str, str | None, str, bool, str | None]]:
    found = find_counts(sections_of(make_document(text)))
    return [(c.met, c.of, c.what, c.unmet, c.partner) for c in found]


def test_a_ratio_and_the_indicators_chained_to_it(make_document) -> None:
    text = "Đối với xã NTM xã đã đạt được 15/19 tiêu chí, với 51/57 chỉ tiêu.\n"
    assert counts(make_document, text) == [
        ("15", "19", "tiêu chí", False, None),
        ("51", "57", "chỉ tiêu", False, None),
    ]


def test_a_remainder_and_what_is_chained_to_it_are_unmet(make_document) -> None:
    text = "xã đạt 17/19 tiêu chí, còn lại 04 tiêu chí với 06 chỉ tiêu chưa đạt.\n"
    assert counts(make_document, text)[1:] == [
        ("04", None, "tiêu chí", True, None),
        ("06", None, "chỉ tiêu", True, None),
    ]


def test_counts_under_a_lead_about_unmet_criteria_are_unmet(make_document) -> None:
    text = (
        "* Đối với các tiêu chí chưa đạt:\n"
        "- Tập trung hoàn thành 04 tiêu chí với 06 chỉ tiêu để duy trì xã đạt chuẩn NTM.\n"
    )
    assert counts(make_document, text) == [
        ("04", None, "tiêu chí", True, None),
        ("06", None, "chỉ tiêu", True, None),
    ]


def test_a_pair_is_each_others_partner(make_document) -> None:
    text = (
        "Thôn Phúc Ngán Vải đã hoàn thành các nội dung của 15 tiêu chí, đang hoàn thiện hồ sơ "
        "đối với 13 tiêu chí, còn 02 tiêu chí cần tập trung chỉ đạo.\n"
    )
    assert counts(make_document, text) == [
        ("13", None, "tiêu chí", False, "02"),
        ("02", None, "tiêu chí", True, "13"),
    ]


def test_a_denied_count_is_no_statement(make_document) -> None:
    text = "Thôn không còn giữ vững đạt 14/14 tiêu chí NTM (nay là 15 tiêu chí).\n"
    assert counts(make_document, text) == []


def test_an_average_is_not_a_count(make_document) -> None:
    assert counts(make_document, "Bình quân đạt 16,8 tiêu chí/xã; 17 tiêu chí/xã.\n") == []


def test_a_total_with_no_verb_is_not_a_count(make_document) -> None:
    assert counts(make_document, "Bộ tiêu chí gồm 19 tiêu chí và 57 chỉ tiêu.\n") == []


def test_the_quote_covers_the_statement(make_document) -> None:
    doc = make_document("- **Đối với duy trì xã NTM:** xã đã đạt được 15/19 tiêu chí.\n")
    [found] = find_counts(sections_of(doc))
    assert found.quote == doc.text[found.start : found.end]
    assert found.quote.endswith("15/19 tiêu chí")


def test_a_labelled_count(make_document) -> None:
    text = "- Số tiêu chí đạt chuẩn: 17 tiêu chí.\n- Số tiêu chí chưa đạt: 02 tiêu chí.\n"
    assert counts(make_document, text) == [
        ("17", None, "tiêu chí", False, None),
        ("02", None, "tiêu chí", True, None),
    ]


# -- counts of some units, and the units they name (issue 8, item 6) ---------------------------


def named(make_document, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.subject, c.met, c.of) for c in find_counts(sections_of(make_document(text)))]


def test_a_count_of_some_units_is_no_subjects_count(make_document) -> None:
    text = (
        "Toàn tỉnh Nam Định có 4 xã đạt 19/20 tiêu chí, 6 xã đạt 17 tiêu chí.\n"
        "Số xã hoàn thành 19 tiêu chí là 30 xã.\n"
    )
    assert named(make_document, text) == []


def test_each_unit_named_with_the_count_gets_it(make_document) -> None:
    # a bare whole-set count of named units is each one's 19 of 19 (FACTS.md)
    text = (
        "Huyện có 2 xã đạt 19/19 tiêu chí (Yên Mỹ, Tân Lập); 3 xã đạt 18/19 tiêu chí "
        "(Yên Hòa, Hòa Phong, Phú Cường).\n"
        "Hồ sơ của 03 xã (Long Hựu - huyện Cần Đước; Mỹ Lệ, Tân Trạch - huyện Cần Giuộc) "
        "tự đánh giá đạt 19 tiêu chí.\n"
        "Có 2 xã đạt 19 tiêu chí là xã Bình An và xã Bình Hòa.\n"
    )
    assert named(make_document, text) == [
        ("xã Yên Mỹ", "19", "19"),
        ("xã Tân Lập", "19", "19"),
        ("xã Yên Hòa", "18", "19"),
        ("xã Hòa Phong", "18", "19"),
        ("xã Phú Cường", "18", "19"),
        ("xã Long Hựu", "19", "19"),
        ("xã Mỹ Lệ", "19", "19"),
        ("xã Tân Trạch", "19", "19"),
        ("xã Bình An", "19", "19"),
        ("xã Bình Hòa", "19", "19"),
    ]


def test_names_that_do_not_add_up_to_the_count_name_nobody(make_document) -> None:
    text = "Có 3 xã đạt 19/19 tiêu chí (Yên Mỹ, Tân Lập).\n"
    assert named(make_document, text) == []


def test_the_units_of_a_whole_set_statement_named_group_by_group(make_document) -> None:
    text = (
        "Toàn tỉnh đã có 4 xã đạt 19 tiêu chí nông thôn mới.\n\n"
        "Trong đó, 3 xã Tân An, Phú Lộc, huyện Krông Năng, xã Ea Tu, thành phố Buôn Ma Thuột "
        "đã có Quyết định công nhận; 01 xã đang hoàn thiện hồ sơ (xã Cư Suê, huyện Cư M’gar).\n"
    )
    assert named(make_document, text) == [
        ("xã Tân An", "19", "19"),
        ("xã Phú Lộc", "19", "19"),
        ("xã Ea Tu", "19", "19"),
        ("xã Cư Suê", "19", "19"),
    ]


def test_a_bare_level_word_stands_for_the_place_of_that_level_named_last(make_document) -> None:
    text = (
        "Đến nay toàn huyện Yên Phong có 14/14 xã đạt chuẩn, huyện hoàn thành 9/9 tiêu chí "
        "huyện nông thôn mới.\n"
        "Thị xã Quế Võ\nĐến cuối năm 2019, Thị xã đã hoàn thành 9/9 chỉ tiêu xây dựng nông thôn "
        "mới cấp huyện.\n"
    )
    assert named(make_document, text) == [
        ("huyện Yên Phong", "9", "9"),
        ("Thị xã Quế Võ", "9", "9"),
    ]


def test_units_counted_in_words_are_no_subject_either(make_document) -> None:
    text = "Xã Tân Mỹ đạt 19/19 tiêu chí, hai xã đạt 18/19 tiêu chí.\n"
    assert named(make_document, text) == [(None, "19", "19")]


def test_the_rest_of_the_units_is_a_subject_of_its_own(make_document) -> None:
    text = (
        "Xã Tân Mỹ đạt 19/19 tiêu chí, ba xã còn lại đạt 16/19 tiêu chí.\n"
        "Những xã còn lại đều đạt 17/19 tiêu chí.\n"
        "Các xã còn lại đạt từ 12-15 tiêu chí.\n"  # a band: no count
        "Có 5 xã đạt 19/19 tiêu chí, xã còn lại đạt 18/19 tiêu chí.\n"
        "Số xã còn lại đạt bình quân 15 tiêu chí.\n"  # an average: no count
        "Có 4 xã đạt chuẩn, hai xã còn lại là xã Hà Lộc và xã Hà Ninh đạt 17/19 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [(c.subject, c.met, c.of, c.group) for c in found] == [
        (None, "19", "19", False),
        ("ba xã còn lại", "16", "19", True),
        ("những xã còn lại", "17", "19", True),
        ("xã còn lại", "18", "19", True),
        ("xã Hà Lộc", "17", "19", False),  # the rest named: each gets the count
        ("xã Hà Ninh", "17", "19", False),
    ]


def test_the_rest_is_named_as_part_of_its_place(make_document) -> None:
    from baocao.model import CriteriaCount
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document("Huyện Lục Ngạn: hai xã còn lại đạt 18/19 tiêu chí.\n")
    _, facts = reading_to_facts(document, read_document(document))
    [count] = [f for f in facts if isinstance(f, CriteriaCount)]
    assert (count.subject, count.met, count.of) == ("hai xã còn lại của huyện Lục Ngạn", 18, 19)


def test_units_named_as_a_part_of_those_that_reached_the_standard(make_document) -> None:
    from baocao.model import Coverage, CriteriaCount
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    text = (
        "Trong tổng số 24 xã đạt chuẩn nông thôn mới, có 2 xã đặc biệt khó khăn là "
        "Phong Vân và Sa Lý.\n"
        "Đến nay 9 xã đạt 19/19 tiêu chí, có hai xã vùng cao là xã Tân Sơn, xã Cấm Sơn.\n"
        "Trong số 24 xã đạt chuẩn, có 3 xã chưa đạt tiêu chí 17 là A, B và C.\n"
    )
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert [(f.subject, f.met, f.of) for f in facts if isinstance(f, CriteriaCount)] == [
        ("xã Phong Vân", 19, 19),
        ("xã Sa Lý", 19, 19),
        ("xã Tân Sơn", 19, 19),
        ("xã Cấm Sơn", 19, 19),
    ]
    assert [(f.units_met, f.units_total) for f in facts if isinstance(f, Coverage)] == [
        (24, None),
        (2, None),  # a part of them, by another property: its whole is not written
        (9, None),
        (2, None),  # "hai xã vùng cao" in words
        (24, None),  # and not the 3 that fall short of a criterion
    ]


def test_a_place_after_the_units_is_the_counts_subject(make_document) -> None:
    text = "Huyện có 13 xã thì xã Yên Lạc đạt 18/19 tiêu chí.\n"
    found = find_counts(sections_of(make_document(text)))
    assert [(c.met, c.of, c.context.subject) for c in found] == [("18", "19", "xã Yên Lạc")]


def test_the_ratio_a_standard_was_reached_with(make_document) -> None:
    text = (
        "Xã Thạch Đà được công nhận đạt chuẩn nông thôn mới với 19/19 tiêu chí.\n"
        "Toàn tỉnh có 18 xã đạt chuẩn nông thôn mới với 19/19 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [(c.met, c.of, c.context.subject) for c in found] == [("19", "19", "Xã Thạch Đà")]


def test_a_named_count_is_quoted_from_its_units(make_document) -> None:
    text = "Đến nay, có 2 xã đạt 19 tiêu chí gồm: Tân Hưng, Tân Mỹ.\n"
    doc = make_document(text)
    found = find_counts(sections_of(doc))
    assert {c.quote for c in found} == {"2 xã đạt 19 tiêu chí gồm: Tân Hưng, Tân Mỹ"}
    assert all(doc.text[c.start : c.end] == c.quote for c in found)


def test_a_place_labelled_before_the_colon_is_the_subject(make_document) -> None:
    text = "Đối với xã Quảng Hòa: đạt 16/19 tiêu chí; xã Quảng Lạc: đạt 14/19 tiêu chí.\n"
    assert named(make_document, text) == [
        ("xã Quảng Hòa", "16", "19"),
        ("xã Quảng Lạc", "14", "19"),
    ]


def test_a_year_before_a_bare_unit_word_is_no_number_of_units(make_document) -> None:
    text = "Năm 2016 xã đạt 11 tiêu chí, đến năm 2021 xã đã đạt 19/19 tiêu chí.\n"
    assert [(met, of) for _, met, of in named(make_document, text)] == [
        ("11", None),
        ("19", "19"),
    ]


def test_the_whole_written_in_words(make_document) -> None:
    text = (
        "Xã Tà Xùa mới đạt 13 trong số 19 tiêu chí.\n"
        "Xã Háng Đồng đạt 11 tiêu chí trên tổng số 19 tiêu chí.\n"
    )
    assert counts(make_document, text) == [
        ("13", "19", "tiêu chí", False, None),
        ("11", "19", "tiêu chí", False, None),
    ]


def test_units_named_after_gom_get_the_count_stated_of_them(make_document) -> None:
    text = (
        "Năm 2022 có 3 xã gồm xã Hợp Thịnh, xã Đạo Tú và xã Hoàng Lâu hoàn thành 19/19 tiêu chí.\n"
    )
    assert named(make_document, text) == [
        ("xã Hợp Thịnh", "19", "19"),
        ("xã Đạo Tú", "19", "19"),
        ("xã Hoàng Lâu", "19", "19"),
    ]


def test_a_named_part_without_a_comma_or_after_trong_do(make_document) -> None:
    from baocao.model import Coverage, CriteriaCount
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    text = (
        "Trong số 31 xã đạt chuẩn có 2 xã biên giới là Ia Dom và Ia Nan.\n"
        "Đến nay 27 xã đạt chuẩn nông thôn mới, trong đó có ba xã vùng cao là Tà Xùa, "
        "Háng Đồng và Hang Chú.\n"
    )
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert [f.subject for f in facts if isinstance(f, CriteriaCount)] == [
        "xã Ia Dom",
        "xã Ia Nan",
        "xã Tà Xùa",
        "xã Háng Đồng",
        "xã Hang Chú",
    ]
    assert [f.units_met for f in facts if isinstance(f, Coverage)] == [31, 2, 27, 3]


def test_an_average_or_a_bound_of_criteria_is_no_count(make_document) -> None:
    # FACTS.md: an average per unit is a percentage, a band or bound is no fact
    text = (
        "Từ chỗ bình quân mỗi xã chỉ đạt 3 tiêu chí năm 2011, nay đã khác.\n"
        "Mỗi xã của huyện đạt 16 tiêu chí.\n"
        "Các xã còn lại đạt từ 14 tiêu chí trở lên.\n"
        "Hai xã khác đạt trên 12 tiêu chí.\n"
    )
    assert counts(make_document, text) == []


def test_criteria_held_are_a_count(make_document) -> None:
    text = (
        "Đến nay xã vẫn tiếp tục giữ vững và nâng cao chất lượng 19/19 tiêu chí.\n"
        "Xã Phú Lâm duy trì 19/19 tiêu chí sau 4 năm.\n"
    )
    assert counts(make_document, text) == [
        ("19", "19", "tiêu chí", False, None),
        ("19", "19", "tiêu chí", False, None),
    ]


def test_a_band_or_an_average_of_communes_is_no_count(make_document) -> None:
    text = (
        "Toàn tỉnh không còn xã dưới 12 tiêu chí; 30 xã đạt 19 tiêu chí, các xã còn lại đạt "
        "từ 13 tiêu chí trở lên.\n"
        "Năm 2012 bình quân mỗi xã mới đạt 4 tiêu chí, nay các xã còn lại đạt 16 tiêu chí "
        "trở lên.\n"
    )
    assert counts(make_document, text) == []


def test_a_subjects_count_is_still_a_count(make_document) -> None:
    assert counts(make_document, "Xã Tân Lập đạt 17 tiêu chí.\n") == [
        ("17", None, "tiêu chí", False, None)
    ]


def test_the_size_of_a_criteria_set_is_no_count(make_document) -> None:
    assert counts(make_document, "Giai đoạn 2026-2030 dự kiến có 10 tiêu chí quốc gia.\n") == []
    text = "Theo Sở, dự thảo Bộ tiêu chí xã nông thôn mới mới sẽ gồm 10 tiêu chí.\n"
    assert counts(make_document, text) == []
    # a place that has criteria is counted
    assert counts(make_document, "Theo bộ tiêu chí mới, xã Tân An đạt 8 tiêu chí.\n") == [
        ("8", None, "tiêu chí", False, None)
    ]


def test_targets_of_a_plan_met_and_passed_are_no_count_of_the_set(make_document) -> None:
    text = (
        "Sau ba năm của nhiệm kỳ, xã có 18/25 chỉ tiêu đạt và vượt, 5/25 chỉ tiêu có khả "
        "năng đạt vào cuối nhiệm kỳ. Năm 2021 có 6 chỉ tiêu vượt kế hoạch huyện giao. "
        "Đến nay xã đạt 17/19 tiêu chí.\n"
    )
    assert counts(make_document, text) == [("17", "19", "tiêu chí", False, None)]


def test_criteria_that_no_unit_meets_are_no_count_of_the_set(make_document) -> None:
    text = (
        "Toàn huyện còn 3 tiêu chí chưa có xã nào đạt. Trong bộ tiêu chí, có 2 tiêu chí "
        "mà chưa có thôn nào đạt được. Xã Hòa An đạt 15/19 tiêu chí.\n"
    )
    assert counts(make_document, text) == [("15", "19", "tiêu chí", False, None)]


def test_communes_named_bare_in_a_districts_summary_each_get_their_count(make_document) -> None:
    text = (
        "Các xã còn lại như Phú Lâm đạt 15 tiêu chí, Hòa Đông và Tân Xuân đạt 13 tiêu chí, "
        "Long Điền 9 tiêu chí.\n"
        "Hiện nay, xã điểm Bình Minh đã đạt 17/19 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [(c.subject, c.met, c.of) for c in found] == [
        ("xã Phú Lâm", "15", None),
        ("xã Hòa Đông", "13", None),
        ("xã Tân Xuân", "13", None),
        ("xã Long Điền", "9", None),
        ("xã Bình Minh", "17", "19"),
    ]


def test_communes_given_as_examples_each_get_their_count(make_document) -> None:
    # "điển hình như A chỉ đạt N", "như A (N tiêu chí), B, C (M tiêu chí)": named examples of
    # the communes spoken of, each with its own count (not the province's)
    text = (
        "Tỉnh Bình Phước có 40 xã đạt chuẩn. Một số xã đạt dưới 14 tiêu chí như Thạnh Lợi "
        "(9 tiêu chí), Bình Hòa, Tân Tây (12 tiêu chí).\n"
        "Vài xã còn chậm, điển hình như Phú Riềng chỉ đạt 8 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [(c.subject, c.met, c.of) for c in found] == [
        ("xã Thạnh Lợi", "9", None),
        ("xã Bình Hòa", "12", None),
        ("xã Tân Tây", "12", None),
        ("xã Phú Riềng", "8", None),
    ]


def test_communes_after_a_colon_with_their_districts_each_get_the_count(make_document) -> None:
    # "K xã NTM: A (TP X), B (huyện Y) và C (TX Z) đạt 19/19 tiêu chí": each commune's count
    text = (
        "Đến cuối năm 2016, tỉnh Long An có 3 xã NTM: Lợi Bình Nhơn (TP Tân An), Mỹ Yên "
        "(huyện Bến Lức) và Long Hậu (huyện Cần Giuộc) đạt 19/19 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [(c.subject, c.met, c.of) for c in found] == [
        ("xã Lợi Bình Nhơn", "19", "19"),
        ("xã Mỹ Yên", "19", "19"),
        ("xã Long Hậu", "19", "19"),
    ]


def test_units_named_after_gom_at_the_end_of_their_clause_each_get_it(make_document) -> None:
    # "K xã … hoàn thành 19/19 tiêu chí và đang chờ công nhận vào tháng 9/2017 gồm: …"
    text = (
        "03 xã đã hoàn thành 19/19 tiêu chí và đang hoàn thiện hồ sơ, đề nghị công nhận vào "
        "tháng 9/2017 gồm: xã Hòa Phong - huyện Tây Hòa; xã Xuân Lâm, Xuân Hải - thị xã "
        "Sông Cầu.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [(c.subject, c.met, c.of) for c in found] == [
        ("xã Hòa Phong", "19", "19"),
        ("xã Xuân Lâm", "19", "19"),
        ("xã Xuân Hải", "19", "19"),
    ]


def test_names_after_gom_past_another_count_of_units_are_not_theirs(make_document) -> None:
    text = (
        "03 xã đã hoàn thành 19/19 tiêu chí và 2 xã đang hoàn thiện hồ sơ gồm: xã Hòa Phong, "
        "xã Xuân Lâm.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [c.subject for c in found if c.subject] == []


def test_a_bracket_saying_more_than_a_count_names_no_example(make_document) -> None:
    text = "Một số xã như Thạnh Lợi (9 tiêu chí đạt và 2 tiêu chí cơ bản đạt) còn khó khăn.\n"
    found = find_counts(sections_of(make_document(text)))
    assert all(c.subject != "xã Thạnh Lợi" for c in found)


def test_a_comma_names_no_commune_without_a_commune_word_before(make_document) -> None:
    text = (
        "Năm 2018 huyện đạt 7/9 tiêu chí, Quảng Ninh đạt 8/9 tiêu chí.\n"
        "Tỉnh đã đạt 15/19 tiêu chí, Thanh Hóa 16/19 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [c.subject for c in found if c.subject is not None] == []


def test_commune_with_its_district_in_brackets_after_a_province_owns_its_count() -> None:
    import tempfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from baocao.pipeline import extract_file  # noqa: PLC0415

    text = (
        "Ninh Thuận đẩy mạnh xây dựng nông thôn mới\n\n"
        "Đến nay, Ninh Thuận đã có 14 xã đạt 15/19 tiêu chí, trong đó xã Phước Hậu (huyện Ninh"
        " Phước) đã được công nhận đạt 19/19 tiêu chí.\n"
    )
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.txt"
        path.write_text(text, encoding="utf-8")
        facts = extract_file(path).facts
    counts = [f for f in facts if f.kind == "criteria_count" and f.met == 19]
    assert [f.subject for f in counts] == ["xã Phước Hậu"]


def test_a_list_after_la_ends_where_a_statement_of_its_own_follows_a_semicolon(
    make_document,
) -> None:
    # the K names, then "; xã D hiện đạt …": the next unit's own count, no fourth name
    text = (
        "Qua rà soát, 2 xã đạt 12 tiêu chí là Yên Phú, Đồng Lạc; xã Kim Sơn hiện đạt 10 tiêu chí.\n"
    )
    assert named(make_document, text)[:2] == [
        ("xã Yên Phú", "12", None),
        ("xã Đồng Lạc", "12", None),
    ]


def test_a_later_count_without_a_subject_is_the_named_communes_own(make_document) -> None:
    # the clause after "xã A đạt …" goes on with xã A, not with the district before it
    text = (
        "Huyện Mỹ Lộc đã có 8/9 xã đạt chuẩn, riêng xã Mỹ Thắng đạt 15/19 tiêu chí, "
        "phấn đấu cuối năm 2024 đạt 19 tiêu chí.\n"
    )
    assert [s for s, _, _ in named(make_document, text)][-1] == "xã Mỹ Thắng"


def test_a_clause_after_a_semicolon_goes_on_with_its_own_sentence(make_document) -> None:
    # not with a registration plan in the sentence before that sentence
    text = (
        "Năm 2025 có 4 xã đăng ký về đích gồm Tân An, Tân Bình, Tân Lộc, Tân Hòa. "
        "Qua rà soát, xã Tân An đạt 16 tiêu chí; 2 xã đạt 12 tiêu chí là Tân Bình, Tân Lộc; "
        "xã Tân Hòa hiện đạt 10 tiêu chí.\n"
    )
    found = find_counts(sections_of(make_document(text)))
    assert [c.context.goal for c in found if c.met == "12"] == [None, None]
