"""A share and the units it is the share of, written in the report ways the devak
development set showed read apart (issue 8): the share first, then a bracket restating it
as units ("80% số xã đạt chuẩn (tương đương 72 xã)"), and the share after the whole set of
criteria the units meet ("12/40 xã đạt 19/19 tiêu chí, chiếm 30%"). Either way the share is
the coverage's ``percent_stated``, no percentage of its own. Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of


def _read(make_document: MakeDocument, text: str) -> tuple[set[tuple], set[float]]:
    facts = facts_of(make_document, text)
    coverage = {
        (r["units_met"], r["units_total"], r["percent_stated"])
        for f in facts
        if f.kind == "coverage"
        for r in [f.to_record()]
    }
    shares = {f.to_record()["value"] for f in facts if f.kind == "percentage"}
    return coverage, shares


# -- the share first, a bracket restating it as units --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Phấn đấu đến năm 2027, tỉnh Gia Lai có 80% số xã đạt chuẩn nông thôn mới "
            "(tương đương 72 xã).",
            (72, None, 80.0),
        ),
        (
            "Mục tiêu đến năm 2026 có 45% số xã đạt chuẩn nông thôn mới nâng cao (tức 18 xã).",
            (18, None, 45.0),
        ),
        (
            "Phấn đấu có 40% số xã đạt chuẩn nông thôn mới nâng cao (tương đương 30/75 xã đạt "
            "chuẩn).",
            (30, 75, 40.0),
        ),
        (
            "Phấn đấu có ít nhất 12% số xã đạt chuẩn nông thôn mới kiểu mẫu (tương đương 9/75 "
            "xã đạt chuẩn).",
            (9, 75, 12.0),
        ),
    ],
)
def test_a_share_restated_in_brackets_as_units_is_their_coverage(
    make_document: MakeDocument, sentence: str, found: tuple
) -> None:
    coverage, shares = _read(make_document, "Kế hoạch xây dựng nông thôn mới\n\n" + sentence + "\n")
    assert found in coverage
    assert found[2] not in shares


def test_a_bracket_of_other_units_restates_no_share(make_document: MakeDocument) -> None:
    # twin: the bracket counts another kind of unit than the share's
    text = (
        "Kế hoạch xây dựng nông thôn mới\n\nPhấn đấu có 60% số thôn đạt chuẩn nông thôn mới "
        "(tương đương 12 xã).\n"
    )
    coverage, _ = _read(make_document, text)
    assert (12, None, 60.0) not in coverage


# -- the share after the whole set of criteria the units meet ------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Cụ thể: nhóm 1: có 12/40 xã đạt 19/19 tiêu chí, chiếm 30%; nhóm 2: có 28 xã.",
            (12, 40, 30.0),
        ),
        ("Toàn huyện có 9/25 xã đạt 19/19 tiêu chí, chiếm 36%.", (9, 25, 36.0)),
    ],
)
def test_a_share_after_the_whole_set_met_is_the_units_share(
    make_document: MakeDocument, sentence: str, found: tuple
) -> None:
    coverage, shares = _read(make_document, "Kết quả năm 2022\n\n" + sentence + "\n")
    assert found in coverage
    assert found[2] not in shares


def test_a_share_after_a_band_stays_a_percentage(make_document: MakeDocument) -> None:
    # twin: "đạt từ 15-18 tiêu chí" is a band, not the whole set; its share stays its own
    coverage, shares = _read(
        make_document, "Kết quả năm 2022\n\nCó 8/40 xã đạt từ 15-18 tiêu chí, chiếm 20%.\n"
    )
    assert 20.0 in shares
