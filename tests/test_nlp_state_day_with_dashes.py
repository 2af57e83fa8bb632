"""A state reached on a day written with dashes ("Tính đến ngày 25-12-2023, …") is of that
day's month and year, as "25/12/2023" is, whatever year a paragraph before spoke of (set AR,
opened in the eleventh session). Our own wordings of the class."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def periods(make_document, body: str) -> list[str | None]:
    document = make_document(body, name="tin.txt")
    facts = reading_to_facts(document, read_document(document))[1]
    return [f.period for f in facts if f.kind == "coverage"]


@pytest.mark.parametrize(
    "day",
    ["ngày 20-11-2022", "hết ngày 20-11-2022", "20-11-2022", "ngày 20/11/2022"],
)
def test_a_day_with_dashes_dates_the_state(make_document, day) -> None:
    body = (
        "Tỉnh Hậu Giang.\nNăm 2025, tỉnh tiếp tục nâng chất các xã đã đạt chuẩn.\n\n"
        f"Tính đến {day}, tỉnh Hậu Giang có 30/51 xã đạt chuẩn nông thôn mới.\n"
    )
    assert [p[:4] if p else p for p in periods(make_document, body)] == ["2022"]
