"""The one criterion a place has left unmet, written after its count ("xã A đã đạt 18/19
tiêu chí, chỉ còn tiêu chí thu nhập chưa đạt", "(còn tiêu chí số 7 chưa đạt)"), is a verdict
of that place, false (FACTS.md: a subject fails one criterion), by number or by a name the
criteria lexicon knows; none when the sentence names several places (whose it is is not
said) (README, "Decisions", twelfth session). Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "criterion"),
    [
        ("Đến nay, xã Tân Lập đã đạt 18/19 tiêu chí, chỉ còn tiêu chí thu nhập chưa đạt.\n", 10),
        ("Đến nay, xã Tân Lập đã đạt 18/19 tiêu chí (còn tiêu chí số 7 chưa đạt).\n", 7),
    ],
)
def test_the_one_criterion_left_is_a_failed_verdict(make_document, body, criterion) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [(f.subject, f.criterion, f.met) for f in facts if f.kind == "verdict"] == [
        ("xã Tân Lập", criterion, False)
    ]


def test_several_places_leave_the_verdict_unsaid(make_document) -> None:
    body = "Xã Tân An và xã Tân Bình đã đạt 18/19 tiêu chí, chỉ còn tiêu chí thu nhập chưa đạt.\n"
    assert [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "verdict"] == []
