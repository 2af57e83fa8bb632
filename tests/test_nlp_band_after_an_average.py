"""A band of units after an average in the same sentence (FACTS.md, "Not facts of the five
kinds": bands of communes by criteria met): "(bình quân 12 tiêu chí/xã), trong đó có 5 xã đạt
15-18 tiêu chí" states the average once; the criteria a number of units reach after it are a
band, never more averages. The examples are our own."""

from __future__ import annotations

import pytest
from readfacts import facts_of_class


@pytest.mark.parametrize(
    ("sentence", "average"),
    [
        (
            "Đến nay, toàn huyện Ia Pa đạt 180 tiêu chí (bình quân 12 tiêu chí/xã), trong đó "
            "có 5 xã đạt 15-18 tiêu chí, 10 xã đạt 10-14 tiêu chí.",
            12.0,
        ),
        (
            "Bình quân toàn huyện Ia Pa đạt 14,2 tiêu chí/xã, có 20 xã đạt 15-18 tiêu chí và "
            "6 xã đạt 5-9 tiêu chí.",
            14.2,
        ),
        (
            "Huyện Ia Pa bình quân đạt 12,5 tiêu chí/xã, trong đó 3 xã đạt 16 tiêu chí.",
            12.5,
        ),
    ],
)
def test_units_reaching_criteria_after_an_average_are_a_band(
    make_document, sentence: str, average: float
) -> None:
    found = facts_of_class(make_document, sentence + "\n", "Percentage")
    assert [(p.value, p.unit) for p in found] == [(average, "tiêu chí/xã")]


def test_an_average_per_remaining_commune_is_still_read(make_document) -> None:
    # twin: "bình quân mỗi xã còn lại đạt …" counts no units: an average (a goal here)
    found = facts_of_class(
        make_document,
        "Huyện Ia Pa phấn đấu đến cuối năm 2026 bình quân mỗi xã còn lại đạt 15,5 tiêu chí.\n",
        "Percentage",
    )
    assert [(p.value, p.unit, p.target) for p in found] == [(15.5, "tiêu chí/xã", True)]
