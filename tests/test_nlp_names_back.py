"""Communes named once and a statement made of them all later ("các xã đều …", "cả 3 xã",
a sentence that opens with the communes and ends with their goal), lists of criteria judged by
quality or compared (no verdicts), money from outside the state budget, ranges of rates with a
spaced hyphen. Every text is our own wording of its class (README, "Decisions")."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def counts(facts) -> list[tuple[str | None, int, int | None, str, bool]]:
    return sorted(
        (f.subject, f.met, f.of, f.what, f.target) for f in facts if f.kind == "criteria_count"
    )


# -- the communes named before, referred back to ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "names", "met", "of", "what"),
    [
        # a bare "các xã" in the sentence right after the list, across a paragraph break
        ("Năm 2018, tỉnh Lào Cai đã thẩm định hồ sơ của các xã Bản Vược (Bát Xát), Cốc San và "
         "Phong Niên.\n\nNhìn chung, các xã đều đạt 39/39 chỉ tiêu của bộ tiêu chí.\n",
         ["xã Bản Vược", "xã Cốc San", "xã Phong Niên"], 39, 39, "chỉ tiêu"),
        ("Năm 2019, huyện chọn xã Tân Thành và xã Tân Lợi làm điểm. Các xã đã hoàn thành "
         "19/19 tiêu chí.\n", ["xã Tân Lợi", "xã Tân Thành"], 19, 19, "tiêu chí"),
        # "cả N xã", "N xã này": exactly the N named
        ("Năm 2020, huyện Lục Nam tập trung cho xã Bảo Đài, xã Bảo Sơn và xã Cẩm Lý. Đến cuối "
         "năm, cả 3 xã đều đạt 19/19 tiêu chí.\n",
         ["xã Bảo Đài", "xã Bảo Sơn", "xã Cẩm Lý"], 19, 19, "tiêu chí"),
        ("Năm 2021, xã Đông Hưng và xã Đông Phong được chọn làm điểm. Hiện nay, 2 xã này đã "
         "hoàn thành 19 tiêu chí.\n", ["xã Đông Hưng", "xã Đông Phong"], 19, 19, "tiêu chí"),
        # "các xã này" two paragraphs on from its list
        ("Năm 2017, tỉnh hỗ trợ các xã Nà Nghịu, Chiềng Sơ và Mường Bằng.\n\nVề cơ bản, các xã "
         "này đã đạt 19/19 tiêu chí.\n",
         ["xã Chiềng Sơ", "xã Mường Bằng", "xã Nà Nghịu"], 19, 19, "tiêu chí"),
        # a long description of the communes before "gồm", the names grouped by district,
        # then "các xã này" after a semicolon
        ("Năm 2018, các xã được hội đồng thẩm định của tỉnh biểu quyết công nhận đạt chuẩn gồm "
         "Tân Phú, Tân Hòa (huyện Đông Sơn), Quảng Lợi và Quảng Nhân (huyện Quảng Xương); các "
         "xã này đều đã hoàn thành 19/19 tiêu chí.\n",
         ["xã Quảng Lợi", "xã Quảng Nhân", "xã Tân Hòa", "xã Tân Phú"], 19, 19, "tiêu chí"),
    ],
)  # fmt: skip
def test_a_statement_of_the_communes_named_before(
    make_document, body: str, names: list[str], met: int, of: int, what: str
) -> None:
    assert counts(facts_of(make_document, body)) == sorted((n, met, of, what, False) for n in names)


@pytest.mark.parametrize(
    "body",
    [
        # the units were counted since: "các xã" are those counted, not the ones named
        "Năm 2019, huyện chọn xã Tân Thành và xã Tân Lợi làm điểm. Toàn huyện có 12 xã, các xã "
        "đều đạt 19/19 tiêu chí.\n",
        # the list two sentences back is too far for a bare "các xã"
        "Năm 2019, huyện chọn xã Tân Thành và xã Tân Lợi làm điểm. Huyện đầu tư nhiều công "
        "trình. Các xã đã hoàn thành 19/19 tiêu chí.\n",
        # "cả 3 xã" of a list of two
        "Năm 2019, huyện chọn xã Tân Thành và xã Tân Lợi làm điểm. Cả 3 xã đều đạt 19/19 tiêu "
        "chí.\n",
    ],
)
def test_no_statement_of_named_communes_when_the_words_may_mean_others(
    make_document, body: str
) -> None:
    named = {"xã Tân Thành", "xã Tân Lợi"}
    assert not [c for c in counts(facts_of(make_document, body)) if c[0] in named]


@pytest.mark.parametrize(
    ("body", "names", "of"),
    [
        # the communes open the sentence, grouped by district with ";", then their goal
        ("Năm 2019, còn lại 3 xã là Đồng Thanh, Ngọc Long (Kim Động); Hưng Đạo (Tiên Lữ) đang "
         "khắc phục các tiêu chí chưa đạt, quyết tâm trong năm sẽ hoàn thành 19 tiêu chí.\n",
         ["xã Đồng Thanh", "xã Hưng Đạo", "xã Ngọc Long"], 19),
        ("Năm 2022, các xã Quỳnh Hoa, Quỳnh Giao và Quỳnh Lâm tiếp tục nâng cấp đường giao thông, "
         "phấn đấu cuối năm đạt 19/19 tiêu chí.\n",
         ["xã Quỳnh Giao", "xã Quỳnh Hoa", "xã Quỳnh Lâm"], 19),
    ],
)  # fmt: skip
def test_the_communes_a_sentence_opens_with_get_the_goal_it_ends_with(
    make_document, body: str, names: list[str], of: int
) -> None:
    assert counts(facts_of(make_document, body)) == sorted(
        (n, 19, of, "tiêu chí", True) for n in names
    )


@pytest.mark.parametrize(
    "body",
    [
        # another subject after the communes, in lower case
        "Năm 2020, các xã Tân Phú, Tân Hòa và Tân Lập được đầu tư nhiều công trình, toàn huyện "
        "đạt 19 tiêu chí.\n",
        "Năm 2020, các xã Tân Phú, Tân Hòa và Tân Lập được hỗ trợ xi măng, huyện đã hoàn thành "
        "9/9 tiêu chí.\n",
    ],
)
def test_a_count_of_another_subject_after_the_communes_is_not_theirs(
    make_document, body: str
) -> None:
    named = {"xã Tân Phú", "xã Tân Hòa", "xã Tân Lập"}
    assert not [c for c in counts(facts_of(make_document, body)) if c[0] in named]


def test_communes_that_do_not_add_up_to_their_number_get_no_goal(make_document) -> None:
    body = (
        "Năm 2019, còn lại 4 xã là Đồng Thanh, Ngọc Long (Kim Động); Hưng Đạo (Tiên Lữ) đang "
        "khắc phục các tiêu chí chưa đạt, quyết tâm trong năm sẽ hoàn thành 19 tiêu chí.\n"
    )
    named = {"xã Đồng Thanh", "xã Ngọc Long", "xã Hưng Đạo"}
    assert not [c for c in counts(facts_of(make_document, body)) if c[0] in named]


# -- lists of criteria judged by quality or compared: no verdicts -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2020, huyện Kim Sơn đạt chuẩn. Nhiều tiêu chí đạt chất lượng cao như: giao thông, "
        "điện, trường học, nhà ở dân cư.\n",
        "Năm 2015, tỉnh Phú Yên còn khó khăn; các tiêu chí đạt ở mức thấp so với bình quân "
        "chung: giao thông mới đạt 20%, thủy lợi 40%.\n",
        "Năm 2016, xã Tân Hòa có một số tiêu chí đạt tỷ lệ thấp gồm: thủy lợi, môi trường.\n",
    ],
)
def test_a_list_judging_how_well_criteria_are_met_is_no_verdict(make_document, body: str) -> None:
    assert [f for f in facts_of(make_document, body) if f.kind == "verdict"] == []


def test_a_list_of_criteria_met_or_not_stays_verdicts(make_document) -> None:
    body = "Năm 2020, các tiêu chí chưa đạt của xã Tân Hòa gồm: giao thông; thủy lợi.\n"
    verdicts = [f for f in facts_of(make_document, body) if f.kind == "verdict"]
    assert sorted((f.subject, f.criterion, f.met) for f in verdicts) == [
        ("xã Tân Hòa", 2, False),
        ("xã Tân Hòa", 3, False),
    ]


# -- money from outside the state budget ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2020, huyện huy động 900 tỷ đồng. Trong đó, ngân sách cấp xã 50 tỷ đồng và vốn huy "
        "động ngoài ngân sách nhà nước (do người dân, doanh nghiệp... góp) là 120 tỷ đồng.\n",
        "Năm 2020, huyện huy động 900 tỷ đồng, trong đó nguồn ngoài ngân sách nhà nước đạt 120 "
        "tỷ đồng.\n",
        "Năm 2020, xã huy động 90 tỷ đồng, trong đó vốn ngoài ngân sách 120 tỷ đồng.\n",
    ],
)
def test_money_from_outside_the_state_budget_is_other(make_document, body: str) -> None:
    funding = [f for f in facts_of(make_document, body) if f.kind == "funding"]
    assert [f.source for f in funding if f.amount_vnd == 120 * 10**9] == ["other"]


# -- ranges of rates with a spaced hyphen --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Năm 2023, tỷ lệ hộ nghèo giảm 2- 2,5%/năm.\n", 2.0, 2.5),
        ("Năm 2023, tỷ lệ hộ nghèo giảm bình quân 3 -4%.\n", 3.0, 4.0),
        ("Năm 2023, tỷ lệ hộ cận nghèo giảm từ 1 - 1,5 %.\n", 1.0, 1.5),
    ],
)
def test_a_range_with_a_spaced_hyphen_is_a_range(
    make_document, body: str, low: float, high: float
) -> None:
    rates = [f for f in facts_of(make_document, body) if f.kind == "percentage"]
    assert [(f.value, f.value_max) for f in rates] == [(low, high)]
