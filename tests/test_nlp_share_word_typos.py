"""A typo of "chiếm" before a share ("chiểm 45%", "chiêm 40%") reads as the share word; the
bare "chiêm" before anything else is another word ("lúa chiêm", "Chiêm Hóa"). Our own wordings
(README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of

from baocao.vocab.spellings import respell


@pytest.mark.parametrize("typo", ["chiểm", "chiêm"])
def test_a_typo_of_the_share_word_keeps_a_sources_share(make_document, typo: str) -> None:
    body = (
        "Năm 2023, tổng vốn huy động của tỉnh Sóc Trăng là 500 tỷ đồng, trong đó ngân sách "
        f"trung ương 200 tỷ đồng, {typo} 40%.\n"
    )
    facts = facts_of(make_document, body, name=NEWS)
    central = [f for f in facts if f.kind == "funding" and f.source == "central"]
    assert [f.percent_stated for f in central] == [40.0]
    assert [f for f in facts if f.kind == "percentage"] == []


@pytest.mark.parametrize("typo", ["chiểm", "chiêm"])
def test_a_typo_of_the_share_word_keeps_a_ratios_share(make_document, typo: str) -> None:
    body = f"Năm 2022, huyện Phú Tân có 12/40 xã đạt chuẩn nông thôn mới, {typo} tỷ lệ 30%.\n"
    facts = facts_of(make_document, body, name=NEWS)
    coverage = [f for f in facts if f.kind == "coverage"]
    assert [(f.units_met, f.units_total, f.percent_stated) for f in coverage] == [(12, 40, 30.0)]


@pytest.mark.parametrize(
    "text", ["Vụ lúa chiêm năm nay đạt 60 tạ/ha.", "huyện Chiêm Hóa có 5 xã đạt chuẩn"]
)
def test_chiem_before_anything_but_a_share_is_another_word(text: str) -> None:
    assert respell(text) == text
