"""An income per head written after its label and a colon ("Thu nhập bình quân đầu người
đến năm 2025: 45 triệu đồng/năm", a plan's list of targets) is read like one written in the
label's clause: the label says it is per head. A colon after a label of other money
("Tổng kinh phí: 45 triệu đồng/năm") gives no income. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import Percentage


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("(2) Thu nhập bình quân đầu người đến năm 2025: 52 triệu đồng/năm.", 52.0),
        ("- Thu nhập bình quân đầu người năm 2024: 41,5 triệu đồng.", 41.5),
    ],
)
def test_income_after_its_label(make_document: MakeDocument, line: str, value: float) -> None:
    text = f"Các chỉ tiêu chủ yếu của xã Yên Lộc\n\n{line}\n"
    found = of_kind(news_facts_of(make_document, text), Percentage)
    assert [(p.value, p.unit) for p in found] == [(value, "triệu đồng/người/năm")]


@pytest.mark.parametrize(
    "line", ["Tổng kinh phí: 45 triệu đồng/năm.", "Doanh thu từ du lịch năm 2024: 52 triệu đồng."]
)
def test_other_money_after_a_label_is_no_income(make_document: MakeDocument, line: str) -> None:
    text = f"Kết quả của xã Yên Lộc\n\n{line}\n"
    assert of_kind(news_facts_of(make_document, text), Percentage) == []
