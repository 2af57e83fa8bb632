"""A percent sign followed at once by a unit of money: a figure in two units, no share
(``audit/rates.py`` ``shares_written_in_money``, cues ``rates.toml`` ``money_after_share``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import Doc, audit_text

from baocao.audit.rates import shares_written_in_money


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Thu nhập bình quân của người dân tăng lên 41,5% triệu đồng/người/năm.", 41.5, "triệu"),
        ("Năm 2019, thu nhập đầu người đạt 3,2% (triệu đồng).", 3.2, "triệu"),
        ("Vốn dân đóng góp toàn xã đạt 14% tỷ đồng, vượt kế hoạch.", 14.0, "tỷ"),
    ],
)
def test_a_percent_written_with_money_is_implausible(
    sentence: str, value: float, unit: str
) -> None:
    doc = Doc()
    written = f"{value:g}".replace(".", ",") + "%"
    start = sentence.index(written)
    doc.line(sentence[:start])
    doc.text = doc.text.rstrip("\n")
    doc.percentage(written, value, unit="%", label=sentence[:start])
    doc.text = doc.text.rstrip("\n") + sentence[start + len(written) :] + "\n"
    (f,) = shares_written_in_money(doc.facts, doc.text)
    assert f.kind == "unit_implausible"
    assert "a share written in a unit of money" in f.explain and unit in f.quote
    assert f.quote.startswith(sentence[:10])


@pytest.mark.parametrize(
    "sentence",
    [
        "Vốn nhân dân chiếm 15% tổng vốn, tương đương 12 tỷ đồng.",
        "Giải ngân đạt 85% (32 tỷ đồng) kế hoạch vốn.",
        "Tỷ lệ hộ nghèo còn 2,5%; thu nhập 45 triệu đồng/người/năm.",
        "Ngân sách xã chiếm 20% vốn ngân sách nhà nước.",
    ],
)
def test_a_share_of_money_or_an_amount_after_it_is_left_alone(sentence: str) -> None:
    doc = Doc()
    percent = sentence.index("%")
    number_start = sentence.rfind(" ", 0, percent) + 1
    written = sentence[number_start : percent + 1]
    value = float(written.rstrip("%").replace(",", "."))
    doc.line(sentence[:number_start])
    doc.text = doc.text.rstrip("\n")
    doc.percentage(written, value, unit="%")
    doc.text = doc.text.rstrip("\n") + sentence[percent + 1 :] + "\n"
    assert shares_written_in_money(doc.facts, doc.text) == []


def test_extracted_text_with_the_slip_is_flagged(tmp_path: Path) -> None:
    text = (
        "Xã Tân Lập đạt chuẩn nông thôn mới năm 2020.\n"
        "Tỷ lệ hộ nghèo còn 1,2%. Thu nhập người dân tăng lên 52,3% triệu đồng/người/năm.\n"
    )
    (f,) = audit_text(tmp_path, "tan-lap.txt", text, ("unit_implausible",))
    assert "52,3% triệu đồng/người/năm" in f.quote
