"""Counts written with a share and no base ("32 hộ nghèo (5%)"): two of one population in one
report must imply one total. Each case is a short report of our own, read by the extractor
(the check depends on what it keeps: the count, its quote, the words before it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted

from baocao.audit import audit_facts
from baocao.audit.implied import check_implied, implied_total
from baocao.audit.implied_cues import parse_implied_cues
from baocao.errors import LexiconError
from baocao.model import Finding
from baocao.pipeline import extract_file

_HEADER = "UBND XÃ HÒA TIẾN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"


def implied_findings(tmp_path: Path, body: str) -> list[Finding]:
    facts, extraction = extracted(tmp_path / "hoa-tien.txt", _HEADER + body)
    return check_implied(facts, report=extraction.report, text=extraction.document.text)


def test_a_share_is_rounded_or_truncated_so_the_total_is_an_interval() -> None:
    low, high = implied_total(25, 4.0, 0)  # 3,5% ≤ share < 5%
    assert (round(low), round(high, 1)) == (500, 714.3)
    assert implied_total(3, 0.0, 0)[1] == float("inf")


@pytest.mark.parametrize(
    ("body", "quote", "says"),
    [
        (  # one state, two statements: 1.910–2.048 households against 1.167–1.217
            "1. Toàn xã còn 42 hộ nghèo, tỷ lệ 2,1%.\n"
            "2. Tiêu chí hộ nghèo: xã còn 42 hộ nghèo (3,5%).\n",
            "42 hộ nghèo (3,5%)",
            "42 hộ nghèo = 3,5% implies 1.167–1.217 hộ in all",
        ),
        (  # a later state stated against an earlier one, far beyond a few years' growth
            "Hòa Tiến từ 20 hộ nghèo (4%) năm 2018, đến nay đã thành 150 hộ nghèo (9,5%).\n",
            "150 hộ nghèo (9,5%)",
            "allowing 5 year(s) of growth",
        ),
        (  # a change implies the total it moved a rate of
            "Toàn xã còn 95 hộ cận nghèo, chiếm 4,75%; trong năm giảm 18 hộ cận nghèo (0,01%).\n",
            "18 hộ cận nghèo (0,01%)",
            "a change of 18 hộ cận nghèo = 0,01% implies",
        ),
    ],
)
def test_two_shares_of_one_population_that_imply_different_totals(
    tmp_path: Path, body: str, quote: str, says: str
) -> None:
    (f,) = implied_findings(tmp_path, body)
    assert (f.kind, f.quote) == ("percent_mismatch", quote)
    assert says in f.explain and len(f.fact_ids) == 2
    assert f.explain.count("' ") + f.explain.count("')") == 2  # both statements quoted


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (  # the bracket names what is counted
            "Toàn xã còn 42 hộ nghèo (2,1%). Hộ nghèo toàn xã chiếm 3,5% (42 hộ nghèo).\n",
            "3,5% (42 hộ nghèo)",
        ),
        (  # the bracket names the unit only: the rate says which households
            "Toàn xã còn 42 hộ nghèo, tỷ lệ 2,1%. Tỷ lệ hộ nghèo toàn xã còn 3,5% (42 hộ).\n",
            "3,5% (42 hộ)",
        ),
        (  # both after their shares
            "Tỷ lệ hộ nghèo còn 2,1% (với 42 hộ); tỉ lệ hộ nghèo của xã là 3,5% (42 hộ).\n",
            "3,5% (42 hộ)",
        ),
    ],
)
def test_a_count_written_after_its_share_implies_its_total_too(
    tmp_path: Path, body: str, quote: str
) -> None:
    (f,) = implied_findings(tmp_path, body)
    assert (f.kind, f.quote) == ("percent_mismatch", quote)
    assert "42 hộ nghèo = 3,5% implies 1.167–1.217 hộ in all" in f.explain


@pytest.mark.parametrize(
    "body",
    [
        # one total: 1.910–2.048 households both times
        "Toàn xã còn 42 hộ nghèo (2,1%). Tỷ lệ hộ nghèo còn 2,1% (với 42 hộ).\n",
        # a part of the commune
        "Toàn xã còn 42 hộ nghèo (2,1%). Tỷ lệ hộ nghèo vùng đồng bào còn 5% (25 hộ nghèo).\n",
        # another population, by the bracket's words or by the rate's
        "Toàn xã còn 42 hộ nghèo (2,1%). Hộ khá giàu chiếm 9% (90 hộ khá giàu).\n",
        "Toàn xã còn 42 hộ nghèo (2,1%). Tỷ lệ hộ có nhà kiên cố còn 9% (90 hộ).\n",
        # near-poor households of the same total, after their share
        "Toàn xã còn 42 hộ nghèo (2,1%). Tỷ lệ hộ cận nghèo còn 4,5% (90 hộ).\n",
        # a rate that names nothing but the unit: which households is not said
        "Toàn xã còn 42 hộ nghèo (2,1%). Tỷ lệ hộ đạt 3,5% (42 hộ).\n",
        "Toàn xã còn 42 hộ nghèo (2,1%). Số hộ này chiếm 3,5% (42 hộ).\n",
    ],
)
def test_counts_after_their_shares_that_may_be_of_other_bases_are_left_alone(
    tmp_path: Path, body: str
) -> None:
    assert implied_findings(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "quote", "says"),
    [
        (  # near-poor households are a share of the households the poor ones imply
            "Toàn xã còn 42 hộ nghèo (2,1%) và 90 hộ cận nghèo (9%).\n",
            "90 hộ cận nghèo (9%)",
            "90 hộ cận nghèo = 9% implies 900–1.058 hộ in all",
        ),
        (  # a change read with another period, written after the state in its sentence
            "Tính đến tháng 10/2023, toàn xã có 64 hộ cận nghèo, chiếm 3,2%, theo chuẩn nghèo "
            "áp dụng cho giai đoạn 2022-2025; tăng 7 hộ cận nghèo (0,9%).\n",
            "7 hộ cận nghèo (0,9%)",
            "a change of 7 hộ cận nghèo = 0,9% implies",
        ),
        (  # the change counts the bare unit: its lead names which households
            "Toàn xã còn 64 hộ nghèo, chiếm 3,2%; số hộ nghèo giảm 14 hộ (2,1%).\n",
            "14 hộ (2,1%)",
            "a change of 14 hộ nghèo = 2,1% implies",
        ),
        (  # the share's fact kept no count: it is restated before the share
            "Toàn xã còn 64 hộ nghèo, chiếm 3,2%; so với năm trước giảm 14 hộ nghèo, "
            "tương đương 2,1%.\n",
            "14 hộ nghèo, tương đương 2,1%",
            "a change of 14 hộ nghèo = 2,1% implies",
        ),
        (
            "Xã có 64 hộ nghèo (3,2%), giảm được 14 hộ cận nghèo, tức là giảm 2,1%.\n",
            "14 hộ cận nghèo, tức là giảm 2,1%",
            "a change of 14 hộ cận nghèo = 2,1% implies",
        ),
    ],
)
def test_households_of_one_base_and_changes_of_their_rates(
    tmp_path: Path, body: str, quote: str, says: str
) -> None:
    (f,) = implied_findings(tmp_path, body)
    assert (f.kind, f.quote) == ("percent_mismatch", quote)
    assert says in f.explain and len(f.fact_ids) == 2


@pytest.mark.parametrize(
    "body",
    [
        # a change of 0,01% is of 90.000–360.000 households: 20/2% is within rounding
        "Tính đến tháng 10/2023, toàn xã có 64 hộ cận nghèo, chiếm 3,2%, theo chuẩn nghèo "
        "áp dụng cho giai đoạn 2022-2025; tăng 7 hộ cận nghèo (0,35%).\n",
        # a change in a sentence of its own, of another period: not said to move that rate
        # a change dated to another year, in a sentence of its own (the phase a poverty
        # standard is valid for dates nothing since the seventh session, so it is no such date)
        "Tính đến tháng 10/2023, toàn xã có 64 hộ cận nghèo, chiếm 3,2%.\nNăm 2021 tăng "
        "7 hộ cận nghèo (0,9%).\n",
        # a restated state is left to the extractor; a relative change is of the count
        "Toàn xã còn 64 hộ nghèo, chiếm 3,2%; năm nay có 64 hộ nghèo, tương ứng 9%.\n",
        "Toàn xã còn 72 hộ nghèo (3,6%); giảm 8 hộ nghèo, tương ứng 10%.\n",
        # the bare unit after words that are not of the households' base
        "Toàn xã còn 64 hộ nghèo, chiếm 3,2%; số hộ dùng nước sạch tăng 14 hộ (2,1%).\n",
    ],
)
def test_changes_that_may_be_of_another_base_are_left_alone(tmp_path: Path, body: str) -> None:
    assert implied_findings(tmp_path, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # the totals agree: 1.910–2.048 and 1.667–2.222 households
        "Toàn xã còn 42 hộ nghèo (2,1%); trong năm giảm 10 hộ nghèo (0,5%).\n",
        # a part of the commune: a place below it, a named place, a part named
        "Toàn xã còn 42 hộ nghèo, tỷ lệ 2,1%; 3 thôn còn 30 hộ nghèo, tỷ lệ 3,5%.\n",
        "Toàn xã còn 42 hộ nghèo, tỷ lệ 2,1%; thôn Đông còn 30 hộ nghèo, tỷ lệ 3,5%.\n",
        "Toàn xã còn 42 hộ nghèo (2,1%); khu vực nông thôn còn 30 hộ nghèo (3,5%).\n",
        "Toàn xã còn 42 hộ nghèo (2,1%), trong đó 30 hộ nghèo (71%) là người cao tuổi.\n",
        # poor and near-poor households of one total: 1.910–2.048 and 1.978–2.022
        "Toàn xã còn 42 hộ nghèo (2,1%) và 90 hộ cận nghèo (4,5%).\n",
        # other words counted: other populations
        "Toàn xã còn 42 hộ nghèo (2,1%) và 90 hộ có nhà kiên cố (9%).\n",
        # two years, each in its own sentence: nothing says it is one population
        "Năm 2018 còn 20 hộ nghèo (4%).\nNăm 2023 còn 150 hộ nghèo (9,5%).\n",
        # a relative change: 18 of the 180 households there were
        "Toàn xã còn 162 hộ nghèo (3%); trong năm giảm 18 hộ nghèo (10%).\n",
        # a goal is no statement of fact
        "Toàn xã còn 42 hộ nghèo (2,1%). Phấn đấu năm 2025 còn 30 hộ nghèo (3,5%).\n",
        # an approximation is held to no rounding
        "Toàn xã còn 42 hộ nghèo (khoảng 2%); xã còn 42 hộ nghèo (3,5%).\n",
    ],
)
def test_shares_that_may_be_of_different_bases_are_left_alone(tmp_path: Path, body: str) -> None:
    assert implied_findings(tmp_path, body) == []


_PROVINCE = "UBND TỈNH YÊN BÁI\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2021\n\n"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (  # a city inside the province
            "Toàn tỉnh còn 4.100 hộ nghèo (2,4%); thành phố Yên Bái còn 300 hộ nghèo (1,1%).\n",
            0,
        ),
        (  # the province's households, twice
            "Toàn tỉnh còn 4.100 hộ nghèo (2,4%).\nHộ nghèo: toàn tỉnh còn 4.100 hộ nghèo "
            "(3,4%).\n",
            1,
        ),
        (  # bare counted words: which communes, which households is said before them
            "Số xã đạt từ 15 - 18 tiêu chí là 6 xã, chiếm 4%; số xã đạt từ 10 - 14 tiêu chí "
            "là 45 xã, chiếm 20%.\n",
            0,
        ),
        (
            "Hộ dùng nước sạch: 1.200 hộ (95%). Hộ có nhà tiêu hợp vệ sinh: 900 hộ (60%).\n",
            0,
        ),
    ],
)
def test_shares_in_a_province(tmp_path: Path, body: str, found: int) -> None:
    facts, extraction = extracted(tmp_path / "yen-bai.txt", _PROVINCE + body)
    assert len(check_implied(facts, report=extraction.report)) == found


@pytest.mark.parametrize(
    "dated",
    ["Đến tháng 10/2023 xã", "Tính đến tháng 6-2023, xã", "Năm 2023 xã", "Ngày 20/11/2023 xã"],
)
def test_a_date_or_a_year_before_the_place_is_no_count_of_places(
    tmp_path: Path, dated: str
) -> None:
    # "tháng 10/2023 xã" is no "2023 xã": the count stays the commune's own, so compared
    body = f"Toàn xã còn 36 hộ nghèo, tỷ lệ 1,8%. {dated} còn 36 hộ nghèo (3,6%).\n"
    (f,) = implied_findings(tmp_path, body)
    assert f.quote == "36 hộ nghèo (3,6%)"


def test_a_count_of_places_still_makes_a_part(tmp_path: Path) -> None:
    body = "Toàn xã còn 36 hộ nghèo, tỷ lệ 1,8%. Trong 5 thôn, có 2 thôn còn 36 hộ nghèo (3,6%).\n"
    assert implied_findings(tmp_path, body) == []


def test_the_finding_is_part_of_the_audit(tmp_path: Path) -> None:
    path = tmp_path / "hoa-tien.txt"
    path.write_text(
        _HEADER + "Toàn xã còn 42 hộ nghèo, tỷ lệ 2,1%. Xã còn 42 hộ nghèo (3,5%).\n",
        encoding="utf-8",
    )
    extraction = extract_file(path)
    findings = audit_facts(list(enumerate(extraction.facts, start=1)), report=extraction.report)
    assert [f.kind for f in findings] == ["percent_mismatch"]


def test_every_bad_cue_is_reported_at_once() -> None:
    text = (
        'version = 1\n[[counted]]\ncue = "hộ"\nexample = "còn 12 người nghèo"\n'
        '[[change]]\ncue = "giảm"\n'
    )
    with pytest.raises(LexiconError) as e:
        parse_implied_cues(text)
    assert "counted" in str(e.value) and "change" in str(e.value)
