"""A portal's figure box: a figure alone on its line (a ratio, a count with its unit, maybe a
footnote mark) and under it the caption saying what it counts ("Là số xã đạt chuẩn …",
"Đã được … công nhận đạt chuẩn …"). The two lines are one statement (issue 8, the devak
development set: provincial NTM portals print their results this way). Every text is our
own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of


def _ratios(make_document: MakeDocument, text: str) -> set[tuple[int, int | None]]:
    return {
        (f.to_record()["units_met"], f.to_record()["units_total"])
        for f in facts_of(make_document, text)
        if f.kind == "coverage"
    }


@pytest.mark.parametrize(
    ("box", "ratio"),
    [
        ("45/88\nLà số xã đạt chuẩn nông thôn mới\n", (45, 88)),
        ("23/30\nLà số xã đạt chuẩn Nông thôn mới\n", (23, 30)),
    ],
)
def test_a_ratio_over_a_la_so_caption_is_coverage(
    make_document: MakeDocument, box: str, ratio: tuple[int, int]
) -> None:
    text = "Nông thôn mới tỉnh Kon Tum\n\nCon số nổi bật\n" + box + "Liên kết website\n"
    assert ratio in _ratios(make_document, text)


@pytest.mark.parametrize(
    ("box", "ratio"),
    [
        ("12/40 xã\nĐã được Chủ tịch UBND tỉnh công nhận đạt chuẩn nông thôn mới\n", (12, 40)),
        ("27/61 xã (2)\nĐã được UBND tỉnh công nhận đạt chuẩn nông thôn mới\n", (27, 61)),
    ],
)
def test_a_ratio_with_its_units_over_a_recognition_caption_is_coverage(
    make_document: MakeDocument, box: str, ratio: tuple[int, int]
) -> None:
    text = "KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI TỈNH KON TUM\n\n" + box + "Các văn bản liên quan\n"
    assert ratio in _ratios(make_document, text)


@pytest.mark.parametrize("after", ["Cập nhật lúc 10:20\n", "Lượt truy cập trong ngày\n"])
def test_a_figure_over_a_line_that_is_no_caption_stays_alone(
    make_document: MakeDocument, after: str
) -> None:
    # twin: only a caption saying what the figure counts joins it
    text = "Nông thôn mới tỉnh Kon Tum\n\nCon số nổi bật\n45/88\n" + after
    assert _ratios(make_document, text) == set()
