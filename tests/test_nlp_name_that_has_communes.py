"""A name written bare that has communes ("Khánh Vĩnh có 3 xã đạt chuẩn …", "Lạc Sơn có thêm 2
xã …") is a unit of district level (or a province), never a commune of that name: neither the
text's unit nor its counts' place. Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, report_and_facts

from baocao.model import Level


@pytest.mark.parametrize(
    ("body", "district", "commune"),
    [
        (
            "Khánh Vĩnh có 3 xã đạt chuẩn nông thôn mới\n\n"
            "UBND tỉnh Khánh Hòa vừa công nhận 3 xã đạt chuẩn. Năm 2024, thu nhập bình quân của "
            "xã Khánh Bình đạt 46 triệu đồng/người/năm.\n",
            "huyện Khánh Vĩnh",
            "xã Khánh Bình",
        ),
        (
            "Khánh Vĩnh có thêm 2 xã về đích nông thôn mới\n\n"
            "Năm 2024, UBND tỉnh Khánh Hòa đã công nhận xã Khánh Đông đạt chuẩn nông thôn mới, "
            "xã Khánh Đông có thu nhập bình quân 45 triệu đồng/người/năm.\n",
            "huyện Khánh Vĩnh",
            "xã Khánh Đông",
        ),
    ],
)
def test_a_name_with_communes_is_no_commune(
    make_document, body: str, district: str, commune: str
) -> None:
    report, facts = report_and_facts(make_document, body, name=NEWS)
    unit = report.unit
    assert unit is None or not (unit.name == "Khánh Vĩnh" and unit.level is Level.COMMUNE)
    places = [(getattr(f, "subject", None), getattr(f, "region", None)) for f in facts]
    assert all("xã Khánh Vĩnh" not in pair for pair in places)
    coverage = [f for f in facts if f.kind == "coverage"]
    assert all(f.region in (district, "tỉnh Khánh Hòa") for f in coverage)
    incomes = [f for f in facts if f.kind == "percentage"]
    assert [f.subject for f in incomes] == [commune]
