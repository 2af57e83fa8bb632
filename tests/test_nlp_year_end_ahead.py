"""A state put at the end of a year ("đến cuối năm 2019 đạt 19 tiêu chí", "đến hết năm 2025
có 30 xã đạt chuẩn") in a text whose present lies before that year's end — dated earlier in
the year, or reporting on an earlier period or a part of the year — is a goal (FACTS.md:
goals are marked, ``target: true``), with that year as its period; the same words of a year
already over ("đến cuối năm 2018" in a text of 2019), or in a text reviewing that whole year
late in it, state a result. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of

from baocao.model import CriteriaCount, Fact


def _header(date: str, title: str) -> str:
    day, month, year = date.split("/")
    return (
        "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 12/BC-UBND\n"
        f"Kim Sơn, ngày {day} tháng {month} năm {year}\nBÁO CÁO\n{title}\n\n"
    )


def _number(fact: Fact) -> str:
    if isinstance(fact, CriteriaCount):
        return f"{fact.met}/{fact.of}"
    return fact.quote.split()[0] if fact.quote[0].isdigit() else fact.quote.split()[-1]


def _targets(make_document: MakeDocument, header: str, body: str) -> dict[str, tuple[bool, str]]:
    facts = facts_of(make_document, header + body + "\n")
    return {_number(f): (f.target, f.period) for f in facts}


SPRING = _header("14/4/2019", "Kết quả xây dựng nông thôn mới quý I năm 2019")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Đến cuối năm 2019, xã Phú Đông đạt 19/19 tiêu chí.",
            {"19/19": (True, "2019")},
        ),
        (
            "Đến hết năm 2019 tỷ lệ hộ nghèo toàn huyện còn 2,6%.",
            {"2,6%": (True, "2019")},
        ),
        (
            "Toàn huyện có 14 xã đạt chuẩn nông thôn mới vào cuối năm 2019.",
            {"14": (True, "2019")},
        ),
        # twin: the end of a year already over is a result
        (
            "Đến cuối năm 2018, toàn huyện có 11 xã đạt chuẩn nông thôn mới.",
            {"11": (False, "2018")},
        ),
        # twin: a state said to be done is no goal, whatever year it names
        (
            "Đến cuối năm 2019 xã Phú Đông đã đạt 17/19 tiêu chí.",
            {"17/19": (False, "2019")},
        ),
    ],
)
def test_a_year_end_the_text_has_not_reached_is_a_goal(
    make_document: MakeDocument, body: str, expected: dict[str, tuple[bool, str]]
) -> None:
    assert _targets(make_document, SPRING, body) == expected


def test_a_year_end_after_a_half_year_report_is_a_goal(make_document: MakeDocument) -> None:
    header = _header("02/7/2021", "Kết quả xây dựng nông thôn mới 6 tháng đầu năm 2021")
    body = "Đến hết năm 2021 có 9 xã đạt chuẩn nông thôn mới."
    assert _targets(make_document, header, body) == {"9": (True, "2021")}


def test_a_year_end_in_a_review_of_that_year_is_its_result(make_document: MakeDocument) -> None:
    # a yearly review written late in its year: its year-end state is the year's result
    header = _header("25/11/2021", "Kết quả xây dựng nông thôn mới năm 2021")
    body = "Đến hết năm 2021 có 9 xã đạt chuẩn nông thôn mới."
    assert _targets(make_document, header, body) == {"9": (False, "2021")}
