"""A text that names no unit but speaks as a level ("toàn huyện có …", ``Report.level``) gives
its facts that level as a named unit's would: its money "from the levels above" is the levels
above a district's, and its amounts are weighed against that level's ceiling in the audit."""

from __future__ import annotations

import dataclasses

from readfacts import MakeDocument, report_and_facts

from baocao.audit.common import level_of
from baocao.audit.units import check_bounds
from baocao.model import Funding, Level

DISTRICT_VOICE = (
    "Đến hết năm 2023, toàn huyện đã có 12/17 xã đạt chuẩn nông thôn mới. Năm 2023 huy động "
    "được 88 tỷ đồng, trong đó vốn cấp trên hỗ trợ 26 tỷ đồng, nhân dân đóng góp 9 tỷ đồng.\n"
)


def test_money_from_above_in_a_district_voice_is_the_centres_and_provinces(
    make_document: MakeDocument,
) -> None:
    report, facts = report_and_facts(make_document, DISTRICT_VOICE, name="bc-2023.txt")
    assert report.unit is None and report.own_level is Level.DISTRICT
    above = [f for f in facts if isinstance(f, Funding) and f.amount_vnd == 26_000_000_000]
    assert [f.source for f in above] == ["central+province"]


def test_a_fact_with_no_place_in_a_unitless_text_is_at_its_voices_level(
    make_document: MakeDocument,
) -> None:
    text = (
        "Toàn xã đã có 19/19 tiêu chí đạt chuẩn. Trong năm 2023, xã huy động được "
        "2.500 tỷ đồng để làm đường giao thông nội đồng.\n"
    )
    report, facts = report_and_facts(make_document, text, name="bc-2023.txt")
    assert report.unit is None and report.own_level is Level.COMMUNE
    money = [f for f in facts if isinstance(f, Funding)]
    assert money and all(level_of(f.region, f.region_code, report) is Level.COMMUNE for f in money)
    ids = [(i, f) for i, f in enumerate(money, 1)]
    found = check_bounds(ids, report=report)
    assert found and "a commune" in found[0].explain
    # the same text with no voice: any place in the country, no finding at 2.500 tỷ
    silent = dataclasses.replace(report, level=None)
    assert check_bounds(ids, report=silent) == []
