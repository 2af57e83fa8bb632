"""Wording classes the coverage wording probe (tests/test_coverage_wording_grammar.py) found
misread, each with variants written here (none copied from a report).

1. A title ending on a year over a paragraph that opens "Đến hết năm Y, …" was one span
   ("năm 2024 ⏎ Đến hết năm 2022": 2024-2022), so the statement lost its year Y.
2. Units counted between a place and a criterion ("huyện A có 13/19 xã đạt tiêu chí số 17",
   "tỉnh B có ba xã đạt tiêu chí về thủy lợi") made a verdict of the place besides the
   coverage: the units meet the criterion, not the place.
3. A count with no whole, then a numbered criterion and its topic, then the share ("12 xã đạt
   tiêu chí số 17 về môi trường (đạt 63,2%)"): the criterion's number stood between count and
   share, so the share became a percentage of its own.
4. A raised total written in words ("nâng tổng số xã đạt chuẩn … lên chín xã") was no count;
   and the share after it is the total's, not the increment's before it.
5. "năm" alone before units ("có năm xã đạt chuẩn", "lên năm xã") is five, not the year word.
6. A count of unmet criteria then a colon and the list ("xã A chưa đạt 02 tiêu chí: tiêu chí
   số 5 (…) và tiêu chí số 13 (…)") gave no verdicts: the colon stands for "là"/"gồm"; and
   a list's last item "tiêu chí số 10 và tiêu chí số 13" is two numbered criteria.
7. A news lead's dateline ("TÂN KỲ - …") was the subject of a sentence naming its own place
   after a time lead-in ("TÂN KỲ - Đến nay, thị xã Thái Hòa có tỷ lệ …"), or further on
   ("… tỷ lệ hộ dân của huyện Duy Xuyên …"); the dateline is where the story was filed from.
8. A place written after the predicate, in the statement's own clause ("có 19/29 xã đạt chuẩn
   nông thôn mới trên địa bàn huyện Vũ Thư, chiếm …") was not the coverage's region.
9. A time after a list's last item (", tính đến cuối năm 2023") was read as one more item, so
   the list of unmet criteria counted one too many and its verdicts were dropped.
"""

from __future__ import annotations

import pytest
from readfacts import facts_of, of_kind

from baocao.model import Coverage, CriteriaCount, Percentage, Verdict

_HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN\nSố: 118/BC-UBND\n"
    "Nam Đàn, ngày 20 tháng 11 năm 2024\n\nBÁO CÁO\n"
    "Tình hình xây dựng nông thôn mới năm 2024\n\n"
)

# -- 1. "Đến hết năm Y" right under a title ending on another year ---------------------------


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Đến hết năm 2022, tỷ lệ hộ nghèo của toàn huyện giảm còn 3,12%.\n", "2022"),
        ("Tới hết năm 2021, toàn huyện có 14/19 xã đạt chuẩn nông thôn mới.\n", "2021"),
        ("Đến năm 2023, huyện có 15/19 xã đạt tiêu chí số 4 về điện.\n", "2023"),
    ],
)
def test_a_state_year_under_a_title_of_another_year_is_its_own(
    make_document, sentence: str, year: str
) -> None:
    facts = [f for f in facts_of(make_document, _HEADER + sentence) if f.kind != "funding"]
    assert facts and {f.period for f in facts} == {year}


# -- 2. units counted between a place and its criterion: coverage, no verdict ---------------


@pytest.mark.parametrize(
    ("sentence", "criterion", "met"),
    [
        ("Năm 2024, huyện Nam Đàn có 13/19 xã đạt tiêu chí số 17 về môi trường.\n", 17, 13),
        ("Năm 2024, thị xã Hoàng Mai có bảy xã đạt tiêu chí về thủy lợi.\n", 3, 7),
        ("Năm 2024, tỉnh Nghệ An có 210 xã đạt tiêu chí số 2 về giao thông.\n", 2, 210),
    ],
)
def test_units_counted_before_a_criterion_make_no_verdict_of_the_place(
    make_document, sentence: str, criterion: int, met: int
) -> None:
    facts = facts_of(make_document, _HEADER + sentence)
    assert not of_kind(facts, Verdict)
    (cov,) = of_kind(facts, Coverage)
    assert (cov.criterion, cov.units_met) == (criterion, met)


def test_a_commune_meeting_a_criterion_is_still_a_verdict(make_document) -> None:
    facts = facts_of(make_document, _HEADER + "Năm 2024, xã Nam Hưng đạt tiêu chí số 17.\n")
    (verdict,) = of_kind(facts, Verdict)
    assert (verdict.subject, verdict.criterion, verdict.met) == ("xã Nam Hưng", 17, True)


# -- 3. the share after a numbered criterion and its topic ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "met", "share"),
    [
        (
            "Đến nay, toàn huyện có 11 xã đạt tiêu chí số 13 về tổ chức sản xuất (đạt 57,9%).\n",
            11,
            57.9,
        ),
        (
            "Đến nay, huyện Nam Đàn có sáu xã đạt tiêu chí số 5 về trường học, chiếm 31,6%.\n",
            6,
            31.6,
        ),
    ],
)
def test_the_share_after_a_numbered_criterion_is_the_counts(
    make_document, sentence: str, met: int, share: float
) -> None:
    facts = facts_of(make_document, _HEADER + sentence)
    assert not of_kind(facts, Percentage)
    (cov,) = of_kind(facts, Coverage)
    assert (cov.units_met, cov.percent_stated) == (met, share)


# -- 4. a raised total in words, and its share ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "total", "share"),
    [
        (
            "Năm 2024, huyện có thêm 2 xã đạt chuẩn, nâng tổng số xã đạt chuẩn nông thôn mới "
            "lên chín xã, chiếm 47,4%.\n",
            9,
            47.4,
        ),
        (
            "Trong năm, toàn huyện công nhận thêm 1 xã, nâng tổng số xã đạt chuẩn lên sáu xã.\n",
            6,
            None,
        ),
    ],
)
def test_a_raised_total_in_words_is_the_count_and_owns_its_share(
    make_document, sentence: str, total: int, share: float | None
) -> None:
    covs = of_kind(facts_of(make_document, _HEADER + sentence), Coverage)
    raised = [c for c in covs if c.units_met == total]
    assert raised and raised[0].percent_stated == share
    assert all(c.percent_stated is None for c in covs if c.units_met != total)


# -- 5. "năm" before units is five ----------------------------------------------------------


def test_five_in_words_before_units_is_a_count(make_document) -> None:
    text = _HEADER + "Năm 2024, huyện Nam Đàn có năm xã đạt chuẩn nông thôn mới nâng cao.\n"
    (cov,) = of_kind(facts_of(make_document, text), Coverage)
    assert (cov.units_met, cov.scheme) == (5, "NTM nâng cao")


def test_the_year_word_before_units_is_no_count(make_document) -> None:
    text = _HEADER + "Trong năm xã đạt thêm 2 tiêu chí. Cuối năm xã đạt chuẩn nông thôn mới.\n"
    assert not of_kind(facts_of(make_document, text), Coverage)


def test_a_raised_total_of_five_in_words(make_document) -> None:
    text = (
        _HEADER + "Năm 2024, huyện có thêm 1 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên năm xã.\n"
    )
    covs = of_kind(facts_of(make_document, text), Coverage)
    assert 5 in {c.units_met for c in covs}


def test_units_counted_in_the_word_five_make_no_verdict(make_document) -> None:
    text = _HEADER + "Năm 2024, thị xã Hoàng Mai có năm xã đạt tiêu chí số 17 về môi trường.\n"
    facts = facts_of(make_document, text)
    assert not of_kind(facts, Verdict)
    assert [(c.criterion, c.units_met) for c in of_kind(facts, Coverage)] == [(17, 5)]


# -- 6. unmet criteria counted, then listed after a colon -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "criteria"),
    [
        (
            "Năm 2024, xã Nam Hưng chưa đạt 02 tiêu chí: tiêu chí số 2 (giao thông) và tiêu chí "
            "số 17 (môi trường).\n",
            {2, 17},
        ),
        (
            "Đến nay, xã Nam Thái còn 3 tiêu chí chưa đạt: tiêu chí số 5, tiêu chí số 10 và tiêu "
            "chí số 13.\n",
            {5, 10, 13},
        ),
    ],
)
def test_unmet_criteria_listed_after_a_colon_are_verdicts(
    make_document, sentence: str, criteria: set[int]
) -> None:
    facts = facts_of(make_document, _HEADER + sentence)
    verdicts = of_kind(facts, Verdict)
    assert {v.criterion for v in verdicts} == criteria
    assert not any(v.met for v in verdicts)
    assert [c.met for c in of_kind(facts, CriteriaCount) if c.unmet] == [len(criteria)]


def test_a_count_of_met_criteria_with_fewer_items_listed_gives_no_verdicts(make_document) -> None:
    text = _HEADER + "Năm 2024, xã Nam Lộc đạt 17 tiêu chí: tiêu chí số 1 và tiêu chí số 2.\n"
    assert not of_kind(facts_of(make_document, text), Verdict)


# -- 7. a dateline is no subject of a sentence naming its own place ------------------------

_NEWS_HEAD = "Nghệ An: nông thôn mới khởi sắc\n12/11/2024 | 08:05\n\n"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "QUỲNH LƯU - 6 tháng đầu năm 2024, thị xã Hoàng Mai có tỷ lệ hộ nghèo còn 2,7%.\n",
            "thị xã Hoàng Mai",
        ),
        (
            "QUỲNH LƯU - Từ năm 2021 đến nay, tỷ lệ hộ dân của huyện Yên Thành sử dụng nước "
            "sạch đạt 88,2%.\n",
            "huyện Yên Thành",
        ),
        ("QUỲNH LƯU - Năm 2024, tỷ lệ hộ nghèo của toàn huyện còn 2,7%.\n", "huyện Quỳnh Lưu"),
    ],
)
def test_a_sentence_after_a_dateline_is_about_the_place_it_names(
    make_document, lead: str, place: str
) -> None:
    text = _NEWS_HEAD + lead
    (rate,) = of_kind(facts_of(make_document, text, name="tin.txt"), Percentage)
    assert rate.subject == place


def test_a_dateline_stands_for_a_level_word_with_units_named_after(make_document) -> None:
    text = (
        _NEWS_HEAD
        + "QUỲNH LƯU - Toàn huyện có 02 xã đạt 19/19 tiêu chí là xã Quỳnh Thạch và xã Quỳnh Văn.\n"
    )
    (cov,) = of_kind(facts_of(make_document, text, name="tin.txt"), Coverage)
    assert cov.region == "huyện Quỳnh Lưu"


# -- 8. a place after the predicate ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Năm 2024, có 12/21 xã đạt chuẩn nông thôn mới trên địa bàn huyện Yên Thành, "
            "chiếm 57,1%.\n",
            "huyện Yên Thành",
        ),
        (
            "Đến nay, có 7 xã đạt tiêu chí số 2 về giao thông của thị xã Hoàng Mai.\n",
            "thị xã Hoàng Mai",
        ),
    ],
)
def test_a_place_after_the_predicate_is_the_region(
    make_document, sentence: str, place: str
) -> None:
    (cov,) = of_kind(facts_of(make_document, _HEADER + sentence), Coverage)
    assert cov.region == place


# -- 9. a time after a list's last item ----------------------------------------------------


def test_a_time_after_the_last_item_is_no_item(make_document) -> None:
    text = _HEADER + (
        "Xã Nam Thanh chưa đạt 02 tiêu chí: tiêu chí số 6 (cơ sở vật chất văn hóa) và tiêu chí "
        "số 18 (hệ thống chính trị), tính đến hết tháng 10/2024.\n"
    )
    verdicts = of_kind(facts_of(make_document, text), Verdict)
    assert sorted(v.criterion for v in verdicts) == [6, 18]
