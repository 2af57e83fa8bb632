"""A year's end ahead of the writing, in the last clause of a sentence that opens on a state
already reached ("Đến nay huyện đã có 5/8 xã …, còn lại xã A đạt 15/19 tiêu chí, đến cuối năm
2021 đạt 19 tiêu chí"): the last count is a goal, and the auditor compares no goal with the
state (set BG; our own wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.audit import audit_facts
from baocao.model import CriteriaCount

_CLOCK = "Huyện Tân Biên thêm 1 xã đạt chuẩn\n\n(09:10 | 14/05/2021)\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến nay, huyện Tân Biên đã có 5/8 xã đạt chuẩn nông thôn mới, còn lại xã Hòa Hiệp "
        "đạt 15/19 tiêu chí, đến cuối năm 2021 đạt 19 tiêu chí.",
        "Hiện nay huyện Tân Biên đã có 5/8 xã đạt chuẩn, riêng xã Hòa Hiệp mới đạt 15/19 "
        "tiêu chí, phấn đấu đến hết năm 2021 đạt 19/19 tiêu chí.",
    ],
)
def test_the_year_end_clause_is_a_goal(make_document: MakeDocument, sentence: str) -> None:
    counts = of_kind(news_facts_of(make_document, _CLOCK + sentence), CriteriaCount)
    assert sorted((c.met, c.target) for c in counts) == [(15, False), (19, True)]


def test_no_count_finding_between_a_state_and_its_goal(tmp_path: Path) -> None:
    text = (
        _CLOCK + "Đến nay, huyện Tân Biên đã có 5/8 xã đạt chuẩn nông thôn mới, còn lại xã "
        "Hòa Hiệp đạt 15/19 tiêu chí, đến cuối năm 2021 đạt 19 tiêu chí.\n"
    )
    facts, extraction = extracted(tmp_path / "tin.txt", text)
    found = audit_facts(facts, report=extraction.report, text=text)
    assert [f.kind for f in found if f.kind == "count_mismatch"] == []
