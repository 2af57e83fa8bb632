"""Context: what the sentence, the list and the headings around a mention say."""

from __future__ import annotations

from baocao.nlp import sections_of
from baocao.nlp.context import context_at

REPORT = """\
IV. Kết quả xây dựng nông thôn mới
2. Đánh giá mức độ đạt từng tiêu chí:
Tiêu chí số 3 - Thủy lợi:
Diện tích được tưới tiêu chủ động đạt 100%.
Tiêu chí 13 - Tổ chức sản xuất:
Có 2 sản phẩm OCOP.
3. Nguồn lực
Trong năm 2023 các thôn huy động nguồn lực từ nhân dân để thực hiện cụ thể:
- Thôn Đồng Lão: Kinh phí huy động: 212.856.000 đồng.
- Thôn Sóng: đạt 85,71% so với kế hoạch năm.
3.1. Giai đoạn 2011-2015: 227.014 triệu đồng.
- Ngân sách tỉnh: 40.661,9 triệu đồng.
V. Kế hoạch năm 2021
Phấn đấu tỷ lệ hộ nghèo dưới 2%.
Đến nay có 6/6 xã đạt chuẩn về an ninh.
"""


def ctx(make_document, phrase: str):
    doc = make_document(REPORT)
    start = doc.text.index(phrase)
    return context_at(sections_of(doc), start, start + len(phrase))


def test_a_criterion_heading_governs_the_lines_under_it_until_the_next(make_document) -> None:
    assert ctx(make_document, "100%").criterion == "3"
    assert ctx(make_document, "2 sản phẩm").criterion == "13"
    assert ctx(make_document, "227.014 triệu đồng").criterion is None  # "3." closes them
    # a statement that names its topic keeps it, heading or not
    assert ctx(make_document, "dưới 2%").criterion == "tỷ lệ hộ nghèo"


def test_a_plan_heading_or_a_goal_word_marks_a_goal(make_document) -> None:
    assert ctx(make_document, "dưới 2%").goal == "Phấn đấu"
    assert ctx(make_document, "100%").goal is None


def test_as_of_now_is_a_result_even_under_a_plan_heading(make_document) -> None:
    assert ctx(make_document, "6/6 xã").goal is None


def test_a_share_of_the_plan_is_not_a_goal(make_document) -> None:
    assert ctx(make_document, "85,71%").goal is None


def test_a_list_item_is_about_the_place_it_opens_with(make_document) -> None:
    found = ctx(make_document, "212.856.000")
    assert found.subject == "Thôn Đồng Lão"
    assert found.period == "năm 2023"  # from the lead of its list


def test_the_period_comes_from_the_heading_above_the_list(make_document) -> None:
    assert ctx(make_document, "40.661,9").period == "Giai đoạn 2011-2015"


def test_a_span_outside_every_block_has_an_empty_context(make_document) -> None:
    doc = make_document("Một dòng.\n\n\nDòng khác.")
    found = context_at(sections_of(doc), len("Một dòng.") + 1, len("Một dòng.") + 2)
    assert found.block == -1 and found.criterion is None


def test_each_statement_takes_the_scheme_of_its_own_predicate(make_document) -> None:
    doc = make_document(
        "Toàn huyện có 28/31 xã đạt chuẩn nông thôn mới (đạt 90,32%), "
        "trong đó có 06 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    sections = sections_of(doc)
    first, second = (doc.text.index(p) for p in ("28/31 xã", "06 xã"))
    assert context_at(sections, first, first + 8).scheme == "nông thôn mới"
    assert context_at(sections, second, second + 5).scheme == "nông thôn mới nâng cao"


def test_the_paragraph_after_a_criterion_line_goes_on_about_it(make_document) -> None:
    doc = make_document(
        "Tiêu chí số 6 về cơ sở vật chất văn hóa: 12/23 xã đạt (đạt 52,17%).\n"
        "Toàn huyện có 148/172 nhà văn hóa thôn đạt chuẩn.\n"
        "3. Huy động nguồn lực\n"
        "Tổng vốn huy động 500 tỷ đồng.\n"
    )
    sections = sections_of(doc)
    carried, after_heading = (doc.text.index(p) for p in ("148/172", "500 tỷ"))
    assert context_at(sections, carried, carried + 7).criterion == "6"
    assert context_at(sections, after_heading, after_heading + 6).criterion is None


# -- when and where, in texts that move between places and times ---------------------------

NEWS = """\
Trong khi đó, Phước Hưng từ 40 hộ nghèo (6%) năm 2016, giờ đây chỉ còn 12 hộ nghèo (1,8%).
Năm 2016, xã Phước Hưng, huyện Long Điền được công nhận đạt chuẩn.
Tại Bình Phước, theo báo cáo của Sở, toàn tỉnh có 40 xã đạt chuẩn nông thôn mới.
Số xã đạt chuẩn là 60/111 xã, tăng 9 xã so với năm 2020.
Bình quân toàn quốc là 15,3 tiêu chí/xã, cao hơn của tỉnh.
Còn đối với toàn tỉnh Ninh Thuận, bình quân đạt 14,2 tiêu chí/xã.
Có 3 đơn vị cấp huyện của tỉnh Tây Ninh đạt chuẩn.
Thị xã Hòa Thành
Đến cuối năm 2021, thị xã có 4/4 xã đạt chuẩn.
Kết quả lấy ý kiến người dân đều đạt trên 95%.
Chính phủ đặt mục tiêu đến năm 2025 có 80% số xã đạt chuẩn.
Khi bắt đầu chương trình (2011), thu nhập chỉ 12 triệu đồng/người/năm; hộ nghèo chiếm 20%.
Xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021 - 2025 là 8/12 xã.
"""


def news(make_document, phrase: str):
    doc = make_document(NEWS)
    start = doc.text.index(phrase)
    return context_at(sections_of(doc), start, start + len(phrase))


def test_a_name_written_bare_is_the_place_the_text_named_with_its_prefix(make_document) -> None:
    assert news(make_document, "6%").subject == "xã Phước Hưng"


def test_an_earlier_year_in_the_sentence_stops_at_a_word_for_now(make_document) -> None:
    assert news(make_document, "6%").period == "năm 2016"
    assert news(make_document, "1,8%").period is None  # "giờ đây": the text's own time


def test_a_topic_names_the_place_of_its_sentence(make_document) -> None:
    assert news(make_document, "40 xã").subject == "tỉnh Bình Phước"
    assert news(make_document, "14,2").subject == "tỉnh Ninh Thuận"


def test_a_comparison_base_is_not_the_period_of_the_statement(make_document) -> None:
    assert news(make_document, "60/111").period is None


def test_a_figure_for_the_whole_country_is_the_countrys(make_document) -> None:
    assert news(make_document, "15,3").subject == "cả nước"
    assert news(make_document, "80%").subject == "cả nước"  # the government's goal


def test_units_counted_of_a_place_are_that_places(make_document) -> None:
    assert news(make_document, "3 đơn vị").subject == "tỉnh Tây Ninh"


def test_a_line_naming_a_place_switches_the_subject_to_it(make_document) -> None:
    assert news(make_document, "4/4").subject == "Thị xã Hòa Thành"
    assert news(make_document, "95%").subject == "Thị xã Hòa Thành"


def test_a_clause_after_a_semicolon_keeps_its_sentences_year(make_document) -> None:
    assert news(make_document, "20%").period == "(2011)"


def test_a_criteria_set_named_by_its_period_does_not_date_a_statement(make_document) -> None:
    assert news(make_document, "8/12").period is None


def test_the_programmes_name_is_no_goal(make_document) -> None:
    doc = make_document(
        "Sau 12 năm thực hiện Chương trình mục tiêu quốc gia, xã đạt 19/19 tiêu chí.\n"
        "Thu nhập gấp 2 lần mục tiêu đề ra, đạt 60 triệu đồng/người/năm.\n"
    )
    sections = sections_of(doc)
    for phrase in ("19/19", "60 triệu"):
        start = doc.text.index(phrase)
        assert context_at(sections, start, start + len(phrase)).goal is None


def test_the_country_named_in_another_clause_is_not_the_subject(make_document) -> None:
    doc = make_document("Cao hơn bình quân cả nước, Tây Ninh đạt 17,1 tiêu chí/xã.\n")
    start = doc.text.index("17,1")
    assert context_at(sections_of(doc), start, start + 4).subject == "tỉnh Tây Ninh"


def _subject_of(make_document, text: str, phrase: str) -> str | None:
    doc = make_document(text)
    start = doc.text.index(phrase)
    return context_at(sections_of(doc), start, start + len(phrase)).subject


def test_a_place_written_after_a_commune_is_where_it_lies_not_the_subject(make_document) -> None:
    text = (
        "Sau 5 năm thực hiện, xã Hòa Bình, huyện Chợ Mới đã đạt 19/19 tiêu chí.\n"
        "Năm 2021, xã Tân Lập (huyện Đơn Dương) có 2,1% hộ nghèo.\n"
        "Năm 2022, xã Phú Lộc huyện Tân Kỳ có 3,4% hộ nghèo.\n"
    )
    assert _subject_of(make_document, text, "19/19") == "xã Hòa Bình"
    assert _subject_of(make_document, text, "2,1%") == "xã Tân Lập"
    assert _subject_of(make_document, text, "3,4%") == "xã Phú Lộc"  # with no mark between


def test_where_an_item_of_the_clause_before_lies_is_not_the_next_clauses_place(
    make_document,
) -> None:
    text = (
        "Các xã được hỗ trợ gồm xã Quảng Hải (thị xã Ba Đồn), xã Văn Hóa (huyện Tuyên Hóa); "
        "2 xã đạt chuẩn năm 2015 cũng được hỗ trợ.\n"
        "Năm 2020 có xã Hải Ninh (huyện Quảng Ninh); 5 xã khác đạt 15 tiêu chí.\n"
    )
    assert _subject_of(make_document, text, "2 xã") is None
    assert _subject_of(make_document, text, "5 xã") is None


def test_a_level_word_raising_money_is_the_place_of_that_level_named(make_document) -> None:
    text = (
        "Xã Nghi Xuân là một ví dụ. Năm 2022, toàn tỉnh Nghệ An có 300/411 xã đạt chuẩn. "
        "Tỉnh đã huy động 5.000 tỷ đồng.\n"
        "Xã Bình Dân vừa đón bằng. Toàn tỉnh Quảng Ninh có 98/98 xã đạt chuẩn; tỉnh đã giải "
        "ngân 700 tỷ đồng.\n"
    )
    assert _subject_of(make_document, text, "5.000") == "tỉnh Nghệ An"
    assert _subject_of(make_document, text, "700") == "tỉnh Quảng Ninh"


def test_an_average_over_all_units_does_not_take_the_scheme_of_the_clause_before(
    make_document,
) -> None:
    text = (
        "Cả nước có 83 xã đạt chuẩn nông thôn mới kiểu mẫu; bình quân cả nước đạt 17 tiêu "
        "chí/xã.\n"
        "Năm 2023, toàn tỉnh có 40 xã đạt chuẩn nông thôn mới nâng cao.\nTrung bình mỗi xã "
        "của toàn tỉnh đạt 18,2 tiêu chí/xã.\n"
    )
    doc = make_document(text)
    for phrase in ("17 tiêu", "18,2"):
        start = doc.text.index(phrase)
        assert context_at(sections_of(doc), start, start + len(phrase)).scheme is None


def ctx_of(make_document, text: str, phrase: str):
    doc = make_document(text)
    start = doc.text.index(phrase)
    return context_at(sections_of(doc), start, start + len(phrase))


def test_the_country_as_subject_holds_for_every_figure_of_its_sentence(make_document) -> None:
    text = (
        "Tin tổng hợp\n"
        "Tính đến cuối năm 2024, cả nước có 78,2% xã đạt chuẩn nông thôn mới, 36,1% xã đạt "
        "chuẩn nâng cao và 9,4% xã đạt chuẩn kiểu mẫu.\n"
    )
    assert ctx_of(make_document, text, "36,1%").subject == "cả nước"
    assert ctx_of(make_document, text, "9,4%").subject == "cả nước"
    after_a_semicolon = (
        "Tin tổng hợp\nMục tiêu đến năm 2030: giảm nghèo bền vững; phấn đấu cả nước có 70% số "
        "xã đạt chuẩn, trong đó có 12% số xã đạt chuẩn nâng cao.\n"
    )
    assert ctx_of(make_document, after_a_semicolon, "12%").subject == "cả nước"
    other = "Tin tổng hợp\nĐến nay, toàn quốc đã có 5.900 xã đạt chuẩn, tỉnh Hà Nam có 98% xã.\n"
    assert ctx_of(make_document, other, "98%").subject == "tỉnh Hà Nam"


def test_a_headline_naming_only_the_country_makes_a_national_text(make_document) -> None:
    text = "Gần 80% số xã trên cả nước đạt chuẩn nông thôn mới\nMục tiêu đến năm 2030 là 90%.\n"
    assert ctx_of(make_document, text, "90%").subject == "cả nước"
    provincial = "Bắc Giang dẫn đầu cả nước về nông thôn mới\nMục tiêu năm 2026 là 95%.\n"
    assert ctx_of(make_document, provincial, "95%").subject != "cả nước"


def test_a_scheme_after_the_next_figure_is_that_figures(make_document) -> None:
    text = (
        "Kế hoạch của tỉnh\n"
        "Mục tiêu đến năm 2030, số xã đạt chuẩn NTM trên 95%, trong đó 60% số xã đạt chuẩn "
        "NTM nâng cao.\n"
        "Ở cấp huyện, 48% đã hoàn thành nhiệm vụ xây dựng nông thôn mới, 17% đạt chuẩn nông "
        "thôn mới nâng cao.\n"
    )
    assert ctx_of(make_document, text, "95%").scheme == "NTM"
    assert ctx_of(make_document, text, "60%").scheme == "NTM nâng cao"
    assert ctx_of(make_document, text, "48%").scheme == "nông thôn mới"
    assert ctx_of(make_document, text, "17%").scheme == "nông thôn mới nâng cao"
    # units listed before the predicate they share still take it
    shared = "Tin\nHiện có 12 xã, 40 thôn đạt chuẩn NTM kiểu mẫu.\n"
    assert ctx_of(make_document, shared, "12 xã").scheme == "NTM kiểu mẫu"


def test_an_average_opening_its_clause_is_of_the_standard(make_document) -> None:
    text = (
        "Tin tổng hợp\n"
        "Cả nước có 2.900 xã đạt chuẩn nâng cao, 810 xã đạt chuẩn kiểu mẫu; bình quân đạt "
        "17,6 tiêu chí/xã.\n"
        "Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới nâng cao; bình quân chung đạt 18,2 tiêu "
        "chí/xã.\n"
    )
    assert ctx_of(make_document, text, "17,6 tiêu chí/xã").scheme is None
    assert ctx_of(make_document, text, "18,2 tiêu").scheme is None


def test_a_target_set_by_a_resolution_is_a_goal(make_document) -> None:
    text = (
        "Tin\n"
        "Nghị quyết của HĐND tỉnh đã đề ra chỉ tiêu đến năm 2025 có 85% số xã đạt chuẩn.\n"
        "Chỉ tiêu đến năm 2030 là 95% số xã đạt chuẩn nông thôn mới.\n"
    )
    assert ctx_of(make_document, text, "85%").goal is not None
    assert ctx_of(make_document, text, "95%").goal is not None


PLAN = (
    "Tỉnh Hà Tĩnh\n\n"
    "Theo đề án, mục tiêu đến năm 2028 có 95% số xã đạt chuẩn nông thôn mới. "
    "Số huyện đạt chuẩn nông thôn mới trên 60%.\n"
    "Kế hoạch đến năm 2030 có 12 huyện đạt chuẩn. Toàn tỉnh đã có 7 huyện đạt chuẩn.\n"
    "Phấn đấu đến năm 2027 thu nhập bình quân đạt 70 triệu đồng/người/năm. "
    "Tỷ lệ hộ nghèo dưới 1,5%.\n"
)


def plan_ctx(make_document, phrase: str):
    doc = make_document(PLAN)
    start = doc.text.index(phrase)
    return context_at(sections_of(doc), start, start + len(phrase))


def test_a_plan_opening_a_sentence_goes_on_into_the_next_undated_one(make_document) -> None:
    for phrase, year in (("trên 60%", "2028"), ("dưới 1,5%", "2027")):
        found = plan_ctx(make_document, phrase)
        assert found.goal is not None and year in (found.period or "")


def test_a_result_after_a_plan_is_no_goal(make_document) -> None:
    assert plan_ctx(make_document, "7 huyện").goal is None


def country_and_own(make_document, text: str, phrases: list[str]) -> list[str | None]:
    doc = make_document(text)
    sections = sections_of(doc)
    found = []
    for phrase in phrases:
        start = doc.text.index(phrase)
        found.append(context_at(sections, start, start + len(phrase)).subject)
    return found


def test_a_text_setting_itself_against_the_country_is_not_the_countrys(make_document) -> None:
    text = (
        "Kết quả nông thôn mới\n\n"
        "Toàn quốc có 52,4% xã đạt chuẩn nông thôn mới.\n\n"
        "Tiêu chí đạt bình quân: 16,1 tiêu chí/xã, cao hơn bình quân cả nước (14,2 tiêu chí/xã).\n"
    )
    own, country = country_and_own(make_document, text, ["16,1 tiêu chí", "14,2 tiêu chí"])
    assert own != "cả nước" and country == "cả nước"


def test_a_sentence_opening_with_the_country_is_the_countrys(make_document) -> None:
    text = (
        "Huyện Lục Nam\n\n"
        "Tính đến nay, cả nước đã có 61% xã đạt chuẩn, 120 đơn vị cấp huyện được công nhận. "
        "Tỷ lệ hộ nghèo của huyện thấp hơn so với toàn quốc.\n"
    )
    assert country_and_own(make_document, text, ["120 đơn vị"]) == ["cả nước"]


GOAL_THEN_STATE = (
    "Tỉnh Sơn La\n\n"
    "Năm 2026, tỉnh phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới. Qua rà soát, xã Chiềng "
    "Sơn hiện đạt 15 tiêu chí. Xã Mường Bú đạt 13/19 tiêu chí. "
    "Theo đề án, mục tiêu đến năm 2027 có 90% số xã đạt chuẩn. Trong đó, xã Tà Xùa đạt "
    "chuẩn nâng cao.\n"
)


def test_a_goal_does_not_leak_into_the_state_stated_after_it(make_document) -> None:
    doc = make_document(GOAL_THEN_STATE)
    for phrase in ("15 tiêu chí", "13/19"):
        start = doc.text.index(phrase)
        found = context_at(sections_of(doc), start, start + len(phrase))
        assert found.goal is None and found.period is None, phrase


def test_a_breakdown_after_a_goal_still_goes_on_with_it(make_document) -> None:
    doc = make_document(GOAL_THEN_STATE)
    start = doc.text.index("Tà Xùa")
    found = context_at(sections_of(doc), start, start + 6)
    assert found.goal is not None and "2027" in (found.period or "")


def test_a_goals_span_a_result_is_measured_against_does_not_date_it(make_document) -> None:
    doc = make_document(
        "Tỉnh Thanh Hóa\n\n"
        "Tính đến cuối năm 2024, toàn tỉnh có 420 xã đạt chuẩn, hoàn thành mục tiêu cả giai "
        "đoạn 2021-2025; có 150 xã đạt chuẩn nâng cao, vượt mục tiêu giai đoạn 2021-2025 "
        "được giao.\n"
    )
    start = doc.text.index("150 xã")
    found = context_at(sections_of(doc), start, start + 6)
    assert "2021-2025" not in (found.period or "")


def test_a_paragraphs_subject_is_the_place_named_before_not_after(make_document) -> None:
    # a rate naming no place takes the commune its paragraph spoke of before it, not one the
    # text names later ("học tập kinh nghiệm từ xã …", a commune the next paragraph is about)
    text = (
        "Sức sống mới ở vùng quê\n\n"
        "Năm 2022, nhờ người dân chung tay, bộ mặt xã Hưng Đạo thay đổi rõ rệt. Tỷ lệ hộ "
        "nghèo của xã còn 1,7%, thu nhập bình quân đạt 49 triệu đồng/người/năm.\n\n"
        "Theo lãnh đạo xã, địa phương đã học tập cách làm từ xã Hưng Lợi, xã Hưng Mỹ. Xã Hưng "
        "Lợi là xã nông thôn mới kiểu mẫu đầu tiên của huyện.\n"
    )
    assert _subject_of(make_document, text, "1,7%") == "xã Hưng Đạo"
    # the nearest place before it in its sentence, across a semicolon, not a later one
    text = (
        "Về đích từ năm 2020, xã Phước Sơn tiếp tục nâng chất các tiêu chí; tỷ lệ lao động "
        "qua đào tạo đạt 81%, cao hơn xã Phước Hòa.\n"
    )
    assert _subject_of(make_document, text, "81%") == "xã Phước Sơn"


def test_a_place_written_bare_after_the_countrys_clause_is_its_own(make_document) -> None:
    # "cả nước" the subject of the clause before, the province written bare after a comma
    text = "Năm 2023, bình quân cả nước đạt 18,1 tiêu chí/xã, Nam Định đạt 19 tiêu chí/xã.\n"
    assert _subject_of(make_document, text, "18,1 tiêu chí") == "cả nước"
    assert _subject_of(make_document, text, "19 tiêu chí") == "tỉnh Nam Định"


def test_a_provinces_rank_among_the_countrys_keeps_its_figure(make_document) -> None:
    text = (
        "Nhiều kết quả nổi bật\n\n"
        "Năm 2023, tỉnh Bắc Ninh xếp thứ 4 cả nước với 93% số xã đạt chuẩn. Tỉnh thuộc nhóm "
        "dẫn đầu toàn quốc với 58 xã đạt chuẩn nâng cao.\n"
    )
    assert _subject_of(make_document, text, "93%") == "tỉnh Bắc Ninh"
    # the country's own figure written after it stays the country's
    text = "Bình quân cả nước đạt 17,9 tiêu chí/xã.\n"
    assert _subject_of(make_document, text, "17,9 tiêu chí") == "cả nước"


def test_the_first_province_in_the_country_keeps_its_figure(make_document) -> None:
    text = "Tỉnh Thái Bình là 1 trong 5 tỉnh đầu tiên trong cả nước có 100% xã đạt chuẩn.\n"
    assert (_subject_of(make_document, text, "100%") or "").lower() == "tỉnh thái bình"


def test_places_inside_brackets_split_by_semicolons_are_no_subject(make_document) -> None:
    # "(A - huyện B; C - huyện D)": where the units counted lie, even when a ";" in the brackets
    # opens the clause the figure is read in
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    text = (
        "ỦY BAN NHÂN DÂN TỈNH LONG AN\nKẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới "
        "năm 2021\n\n1. Kết quả\n+ Kết quả thực hiện xã NTM nâng cao: trong tổng số 12 xã đăng "
        "ký có 04 xã đạt 19/19 tiêu chí; 08 xã đạt từ 15 - 18 tiêu chí. Tuy nhiên, kết quả thẩm "
        "tra hồ sơ của 04 xã (Tân Hòa - huyện Cần Đước; Mỹ Lệ, Long Cang - huyện Cần Giuộc) tự "
        "đánh giá đạt 19 tiêu chí, cả 04 xã đều chưa đạt chuẩn xã nâng cao.\n"
    )
    document = make_document(text)
    facts = reading_to_facts(document, read_document(document))[1]
    [none_met] = [f for f in facts if f.kind == "coverage" and f.units_met == 0]
    assert none_met.region == "tỉnh Long An"
