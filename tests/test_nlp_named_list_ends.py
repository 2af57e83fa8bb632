"""A list naming the units that reached a standard ends at its paragraph: the page furniture
after a blank line ("Tải file 1", "Xem thêm") is no unit, even when the list closed on a
comma (issue 8, the devak development set: a portal's progress page). Every text is our own
wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of


@pytest.mark.parametrize("furniture", ["Tải file 1      Tải file 2", "Xem thêm Bản in"])
def test_names_after_a_blank_line_are_no_units(make_document: MakeDocument, furniture: str) -> None:
    text = (
        "Kết quả năm 2022\n\nCác xã đạt 19/19 tiêu chí trong năm 2022: Tân Lập, Tân Hòa "
        "(huyện Đồng Xuân), Phú Mỡ (huyện Sơn Hòa),\n\n" + furniture + "\n"
    )
    subjects = {
        f.to_record()["subject"]
        for f in facts_of(make_document, text)
        if f.kind == "criteria_count"
    }
    assert subjects == {"xã Tân Lập", "xã Tân Hòa", "xã Phú Mỡ"}


def test_names_wrapped_onto_the_next_line_are_still_read(make_document: MakeDocument) -> None:
    # twin: a line break inside the paragraph does not end the list
    text = (
        "Kết quả năm 2022\n\nCác xã đạt 19/19 tiêu chí trong năm 2022: Tân Lập, Tân Hòa,\n"
        "Phú Mỡ (huyện Sơn Hòa).\n"
    )
    subjects = {
        f.to_record()["subject"]
        for f in facts_of(make_document, text)
        if f.kind == "criteria_count"
    }
    assert "xã Phú Mỡ" in subjects
