"""Where and when a statement is when its sentence does not say: news and excerpts leave
places and times implied (shared FACTS.md, "When and where a fact is, decided"). Every text
here is our own wording of a class seen in real articles; provinces and years are varied."""

from __future__ import annotations

import pytest
from readfacts import news_report_and_facts as facts_of


def one(facts, kind: str, **fields):
    found = [
        f
        for f in facts
        if f.kind == kind and all(getattr(f, k, None) == v for k, v in fields.items())
    ]
    assert len(found) >= 1, [f.to_record() for f in facts if f.kind == kind]
    return found[0]


# -- a goal in a later clause is not the statement's ----------------------------------------


def test_a_goal_clause_after_a_result_neither_dates_it_nor_makes_it_a_goal(make_document):
    _, facts = facts_of(
        make_document,
        "Với 14/14 xã đạt chuẩn nông thôn mới, huyện Quế Võ đang phấn đấu trở thành "
        "thị xã vào năm 2027.\n",
    )
    fact = one(facts, "coverage", units_met=14, units_total=14)
    assert fact.target is False
    assert fact.period is None  # the text dates the present nowhere
    _, facts = facts_of(
        make_document,
        "Hiện có 8 xã đạt chuẩn nông thôn mới nâng cao, tỉnh Bắc Kạn đặt mục tiêu đến "
        "năm 2030 có 20 xã.\n",
    )
    fact = one(facts, "coverage", units_met=8)
    assert fact.target is False and fact.period is None


def test_a_goal_before_the_figure_still_marks_it(make_document):
    _, facts = facts_of(
        make_document,
        "Huyện Thạch Thất phấn đấu đến năm 2026 có 12/20 xã đạt chuẩn nông thôn mới nâng cao.\n",
    )
    fact = one(facts, "coverage", units_met=12, units_total=20)
    assert fact.target is True and fact.period == "2026"


# -- a place made of two units ---------------------------------------------------------------


def test_the_communes_of_two_districts_are_both_districts(make_document):
    _, facts = facts_of(
        make_document,
        "Huyện Yên Phong có 13/13 xã đạt chuẩn nông thôn mới. Thị xã Quế Võ có 6/6 xã đạt "
        "chuẩn nông thôn mới.\nBình quân các xã của hai huyện đạt 18,2 tiêu chí/xã.\n",
    )
    fact = one(facts, "percentage", value=18.2)
    assert fact.subject == "huyện Yên Phong, thị xã Quế Võ"
    _, facts = facts_of(
        make_document,
        "Huyện Kim Bảng đạt 9/9 tiêu chí huyện nông thôn mới. Huyện Thanh Liêm cũng đạt "
        "9/9 tiêu chí.\nTổng vốn huy động của 2 đơn vị là 1.250 tỷ đồng.\n",
    )
    fact = one(facts, "funding", amount_vnd=1_250_000_000_000)
    assert fact.region == "huyện Kim Bảng, huyện Thanh Liêm"


# -- a speaker's "we" ------------------------------------------------------------------------


def test_we_in_a_quote_is_the_unit_of_the_speaker(make_document):
    _, facts = facts_of(
        make_document,
        "Tỉnh Vĩnh Long có 42 xã đạt chuẩn nông thôn mới.\n"
        "Năm 2015, xã Tân Lập, huyện Mộc Hóa được công nhận đạt chuẩn nông thôn mới.\n"
        '"Đến nay xã chúng tôi mới đạt 14/19 tiêu chí theo bộ tiêu chí mới" - bà Lê Thị '
        "Hoa, Chủ tịch UBND xã, cho biết.\n",
    )
    assert one(facts, "criteria_count", met=14, of=19).subject == "xã Tân Lập"
    _, facts = facts_of(
        make_document,
        "Toàn tỉnh Bình Định có 90 xã đạt chuẩn.\n"
        "Ông Nguyễn Văn Bình, Bí thư Đảng ủy xã Phước Hưng, huyện Tuy Phước cho biết: "
        "chúng tôi hiện chỉ còn 11/19 tiêu chí đạt chuẩn.\n",
    )
    assert one(facts, "criteria_count", met=11, of=19).subject == "xã Phước Hưng"


# -- a topic set two sentences earlier -------------------------------------------------------


def test_a_place_set_as_topic_carries_to_the_next_sentences(make_document):
    _, facts = facts_of(
        make_document,
        "Tại Hậu Giang, đến cuối năm 2019 toàn tỉnh có 25 xã đạt chuẩn nông thôn mới.\n"
        "Tuy vậy, khi rà soát theo tiêu chí mới chỉ có 9 xã còn đạt chuẩn.\n"
        "Tại Sóc Trăng, toàn tỉnh có 31 xã đạt chuẩn.\n",
    )
    assert one(facts, "coverage", units_met=9).region == "tỉnh Hậu Giang"
    assert one(facts, "coverage", units_met=31).region == "tỉnh Sóc Trăng"


# -- a count no province could have ----------------------------------------------------------


def test_thousands_of_communes_with_no_place_are_the_countrys(make_document):
    _, facts = facts_of(
        make_document,
        "Tỉnh Tây Ninh có 58 xã đạt chuẩn.\nHơn 5.800 xã đã đạt chuẩn nông thôn mới, "
        "nhiều xã còn nợ tiêu chí.\n",
    )
    assert one(facts, "coverage", units_met=5800).region == "cả nước"
    assert one(facts, "coverage", units_met=58).region == "tỉnh Tây Ninh"


# -- "toàn huyện" in a commune's news --------------------------------------------------------


def test_the_whole_district_in_a_communes_news_is_its_district(make_document):
    _, facts = facts_of(
        make_document,
        "Xã Tân Phú Trung đạt chuẩn nông thôn mới nâng cao\n\n"
        "Xã Tân Phú Trung là xã thứ 4 của huyện Củ Chi đạt chuẩn nông thôn mới nâng cao. "
        "Xã có 8/8 ấp có nhà văn hóa.\nĐến nay, toàn huyện có 20/20 xã đạt chuẩn nông thôn "
        "mới. Cả tỉnh có 3 huyện đạt chuẩn.\n",
    )
    assert one(facts, "coverage", units_met=8).region == "xã Tân Phú Trung"
    assert one(facts, "coverage", units_met=20).region == "huyện Củ Chi"


def test_the_whole_province_is_the_last_province_named(make_document):
    _, facts = facts_of(
        make_document,
        "Huyện Yên Định đón bằng công nhận huyện nông thôn mới\n\n"
        "Huyện Yên Định là một trong những huyện đầu tiên của tỉnh Thanh Hóa về đích. "
        "Huyện có 26/26 xã đạt chuẩn. Hiện toàn tỉnh có 12 huyện đạt chuẩn nông thôn mới.\n",
    )
    assert one(facts, "coverage", units_met=26).region == "huyện Yên Định"
    assert one(facts, "coverage", units_met=12).region == "tỉnh Thanh Hóa"


def test_a_clause_after_a_semicolon_keeps_its_sentences_goal(make_document):
    _, facts = facts_of(
        make_document,
        "Năm 2024, tỉnh Phú Yên phấn đấu có thêm 6 xã đạt chuẩn; 100% xã đạt từ 15 tiêu chí "
        "trở lên.\nĐến nay có 58 xã đạt chuẩn; tỷ lệ hộ nghèo còn 3,1%.\n",
    )
    assert one(facts, "percentage", value=100.0).target is True
    assert one(facts, "percentage", value=3.1).target is False


def test_a_level_word_alone_as_subject_is_the_last_unit_of_that_level(make_document):
    _, facts = facts_of(
        make_document,
        "Quảng Ngãi: nhiều xã còn nợ tiêu chí\n\nToàn tỉnh Quảng Ngãi có 95 xã đạt chuẩn.\n"
        "Theo ông Đinh Văn Tư, Chủ tịch UBND xã Ba Điền, đến nay xã mới đạt 12/19 tiêu chí.\n"
        "Bí thư Huyện ủy Minh Long cho biết, hiện toàn huyện có 3/5 xã đạt chuẩn.\n",
    )
    assert one(facts, "criteria_count", met=12).subject == "xã Ba Điền"
    assert one(facts, "coverage", units_met=3).region == "huyện Minh Long"


# -- two years in one sentence ---------------------------------------------------------------


def test_a_year_right_after_a_figure_is_that_figures(make_document):
    _, facts = facts_of(
        make_document,
        "Xã Đức Ninh đạt chuẩn nông thôn mới năm 2017.\n"
        "Tỷ lệ hộ nghèo giảm từ 9,4% năm 2012 xuống còn 3,6% năm 2017. Thu nhập tăng từ "
        "11 triệu đồng/người/năm (năm 2010) lên 31 triệu đồng/người/năm (năm 2017).\n"
        "Năm 2013 tỷ lệ lao động qua đào tạo là 22%, năm 2017 đạt 46%.\n",
    )
    periods = {f.value: f.period for f in facts if f.kind == "percentage"}
    assert periods == {
        9.4: "2012",
        3.6: "2017",
        11.0: "2010",
        31.0: "2017",
        22.0: "2013",
        46.0: "2017",
    }


# -- the whole country -----------------------------------------------------------------------


def test_a_national_texts_figures_naming_no_place_are_the_countrys(make_document):
    _, facts = facts_of(
        make_document,
        "Chủ nhật, 10/3/2024 07:30\n\nCả nước có gần 78% số xã đạt chuẩn nông thôn mới\n\n"
        "Đến cuối tháng 2/2024, cả nước có 6.300/8.160 xã đạt chuẩn nông thôn mới; 2.000 xã "
        "đạt chuẩn nâng cao. Có 260/660 đơn vị cấp huyện được công nhận hoàn thành nhiệm vụ. "
        "Tỉnh Thái Bình có 100% xã đạt chuẩn nâng cao.\n",
    )
    assert one(facts, "coverage", units_met=2000).region == "cả nước"
    assert one(facts, "coverage", units_met=260).region == "cả nước"
    assert one(facts, "percentage", value=100.0).subject == "tỉnh Thái Bình"


def test_the_whole_province_is_the_one_the_text_speaks_of_unless_a_topic_switched(
    make_document,
):
    _, facts = facts_of(
        make_document,
        "Bến Tre: 80 xã đạt chuẩn\n\nTỉnh Bến Tre đẩy mạnh xây dựng nông thôn mới. Năm "
        "2022, tỉnh Bến Tre hỗ trợ 5 xã của tỉnh Trà Vinh kinh nghiệm.\n"
        "Đến nay toàn tỉnh có 80 xã đạt chuẩn.\n"
        "Tại tỉnh Vĩnh Long, đoàn đã làm việc với Sở Nông nghiệp. Toàn tỉnh có 90 xã đạt chuẩn.\n",
    )
    assert one(facts, "coverage", units_met=80).region == "tỉnh Bến Tre"
    assert one(facts, "coverage", units_met=90).region == "tỉnh Vĩnh Long"


def test_a_forecast_is_a_goal(make_document):
    _, facts = facts_of(
        make_document,
        "Đến nay, toàn tỉnh Hà Giang có 60 xã đạt chuẩn. Trong năm 2024 sẽ có thêm 7 xã đạt "
        "chuẩn nông thôn mới. Cuối năm, tỷ lệ hộ nghèo sẽ đạt dưới 20%.\n",
    )
    assert one(facts, "coverage", units_met=60).target is False
    assert one(facts, "coverage", units_met=7).target is True
    assert one(facts, "percentage", value=20.0).target is True


def test_a_unit_referred_back_to_names_the_place_and_enumerations_carry_nothing(make_document):
    _, facts = facts_of(
        make_document,
        "Tỉnh Đồng Nai có 130 xã đạt chuẩn.\n"
        "Năm 2016, xã Xuân Bắc, huyện Xuân Lộc được công nhận đạt chuẩn. Hiện xã này chỉ còn "
        "đạt 15/19 tiêu chí. Tỷ lệ hộ nghèo của huyện này còn 1,2%.\n"
        "Huyện Cẩm Mỹ có 12/12 xã đạt chuẩn. Huyện Định Quán có 14/14 xã đạt chuẩn. Tổng vốn "
        "huy động 2.400 tỷ đồng.\n",
    )
    assert one(facts, "criteria_count", met=15).subject == "xã Xuân Bắc"
    assert one(facts, "percentage", value=1.2).subject == "huyện Xuân Lộc"
    assert one(facts, "funding", amount_vnd=2_400_000_000_000).region == "tỉnh Đồng Nai"


def test_a_measure_of_a_place_is_that_places(make_document):
    _, facts = facts_of(
        make_document,
        "Tỉnh Nghệ An có 300 xã đạt chuẩn.\nTỷ lệ hộ nghèo của huyện Kỳ Sơn còn 38,4%. "
        "Bình quân mỗi xã của huyện Tương Dương đạt 12,6 tiêu chí.\n",
    )
    assert one(facts, "percentage", value=38.4).subject == "huyện Kỳ Sơn"
    assert one(facts, "percentage", value=12.6).subject == "huyện Tương Dương"


def test_units_named_in_a_row_take_their_figures_in_order(make_document):
    _, facts = facts_of(
        make_document,
        "Tỉnh Yên Bái có 90 xã đạt chuẩn. Các huyện Trấn Yên, Yên Bình lần lượt có 21 và 18 xã "
        "đạt chuẩn. Huyện Văn Chấn và huyện Lục Yên có lần lượt 15/28 và 9/20 xã đạt chuẩn "
        "nông thôn mới.\n",
    )
    regions = {(f.units_met, f.units_total): f.region for f in facts if f.kind == "coverage"}
    assert regions == {
        (90, None): "tỉnh Yên Bái",
        (21, None): "huyện Trấn Yên",
        (18, None): "huyện Yên Bình",
        (15, 28): "huyện Văn Chấn",
        (9, 20): "huyện Lục Yên",
    }


def test_the_whole_province_of_a_text_naming_its_province_bare(make_document):
    _, facts = facts_of(
        make_document,
        "Lào Cai: 52 xã đạt chuẩn nông thôn mới\n\n"
        "Lào Cai là tỉnh miền núi. Năm 2023, Lào Cai học tập kinh nghiệm của tỉnh Yên Bái. "
        "Đến nay toàn tỉnh có 52 xã đạt chuẩn.\n",
    )
    assert one(facts, "coverage", units_met=52).region == "tỉnh Lào Cai"


# -- two subjects joined by "và", one statement for each ---------------------------------------


def test_two_districts_joined_by_and_each_have_the_count(make_document):
    _, facts = facts_of(
        make_document,
        "Tỉnh Bến Tre có 9 huyện.\nHai huyện Chợ Lách và Mỏ Cày Bắc đã có 100% số xã đạt chuẩn "
        "nông thôn mới, hoàn thành 9/9 tiêu chí huyện nông thôn mới.\n",
    )
    counts = {f.subject for f in facts if f.kind == "criteria_count" and f.met == 9}
    assert counts == {"huyện Chợ Lách", "huyện Mỏ Cày Bắc"}
    shares = {f.subject for f in facts if f.kind == "percentage" and f.value == 100.0}
    assert shares == {"huyện Chợ Lách", "huyện Mỏ Cày Bắc"}
    _, facts = facts_of(
        make_document,
        "Năm 2023, xã Tân Phú và xã Long Hòa đều đạt 19/19 tiêu chí xã nông thôn mới.\n",
    )
    counts = {f.subject for f in facts if f.kind == "criteria_count" and f.met == 19}
    assert counts == {"xã Tân Phú", "xã Long Hòa"}


def test_a_pairs_joint_figure_stays_the_pairs(make_document):
    # a total of the two is no count each has; a place after the pair takes the statement
    _, facts = facts_of(
        make_document,
        "Huyện Kim Bảng và huyện Thanh Liêm huy động tổng cộng 1.250 tỷ đồng; huyện Kim Bảng "
        "đạt 9/9 tiêu chí huyện nông thôn mới.\n",
    )
    counts = {f.subject for f in facts if f.kind == "criteria_count" and f.met == 9}
    assert counts == {"huyện Kim Bảng"}


@pytest.mark.parametrize(
    ("lead", "districts"),
    [
        ("Các huyện Lục Nam, Yên Thế", ["Lục Nam", "Yên Thế"]),
        ("Các huyện Lục Nam, Yên Thế, Sơn Động", ["Lục Nam", "Yên Thế", "Sơn Động"]),
        ("Huyện Lục Nam, huyện Yên Thế và huyện Sơn Động", ["Lục Nam", "Yên Thế", "Sơn Động"]),
    ],
)  # fmt: skip
def test_districts_listed_by_commas_each_have_the_share(make_document, lead, districts):
    districts = {f"huyện {name}" for name in districts}
    _, facts = facts_of(make_document, f"{lead} có 100% số xã đạt chuẩn nông thôn mới.\n")
    shares = {f.subject for f in facts if f.kind == "percentage" and f.value == 100.0}
    assert shares == districts


def test_a_district_and_its_province_written_by_a_comma_are_no_list(make_document):
    _, facts = facts_of(
        make_document, "Huyện Lục Nam, tỉnh Bắc Giang có 100% số xã đạt chuẩn nông thôn mới.\n"
    )
    shares = [f.subject for f in facts if f.kind == "percentage" and f.value == 100.0]
    assert shares == ["huyện Lục Nam"]
