"""Layout classes the FORMAT probe (tests/test_format_probe.py) found: a text that reads
right as .txt read otherwise from its PDF. Each test is a small page of its own."""

from __future__ import annotations

from baocao.extract.layout import LineBox, line_stops, line_wraps, normalise_lines


def _line(right: float, baseline: float, first_word: float = 30.0) -> LineBox:
    return LineBox(85.0, right, baseline, baseline + 10.6, first_word)


def test_a_tables_tight_rows_do_not_make_the_prose_pitch_a_gap() -> None:
    # prose set at 1.15 spacing (17.4 pt baseline to baseline, a 10.6 pt band), then a
    # single-spaced table's rows (13.5 pt): the rows' pitch is no paragraph's, so the
    # prose's own wraps stay wraps
    prose = [_line(530.0, 700.0), _line(532.0, 682.6), _line(300.0, 665.2)]
    prose += [_line(531.0, 640.0), _line(533.0, 622.6), _line(250.0, 605.2)]
    table = [_line(410.0, 560.0), _line(400.0, 546.5), _line(420.0, 533.0)]
    wraps = line_wraps([*prose, *table], 595)
    assert wraps[:6] == (True, True, False, True, True, False)
    assert wraps[6:] == (False, False, False)


def _band_line(right: float, baseline: float, band: float, first_word: float) -> LineBox:
    return LineBox(85.0, right, baseline, baseline + band, first_word)


def test_a_ragged_right_page_whose_lines_stop_a_word_short_of_the_margin_wraps() -> None:
    # left-aligned prose in long Vietnamese words: each line stops where the next word
    # would not fit, often more than a lowercase letter's band short of the edge; the
    # text block is there all the same
    lines = [
        _band_line(511.7, 700.0, 9.5, 29.6),
        _band_line(515.4, 682.6, 6.9, 41.1),
        _band_line(534.2, 665.2, 9.5, 25.5),
        _band_line(314.0, 637.8, 6.7, 4.4),
        _band_line(499.9, 600.0, 9.5, 17.6),
        _band_line(517.0, 582.6, 9.5, 39.9),
        _band_line(312.3, 565.2, 9.0, 17.7),
    ]
    assert line_wraps(lines, 595) == (True, True, False, False, True, True, False)


def test_a_line_the_page_shows_ending_short_is_no_wrap_to_a_number_under_it() -> None:
    # a table written one cell per line under a prose paragraph: its short lines stop far
    # from the margin, as the same text's .txt has them, so a number under one is a cell
    prose = [_line(530.0, 700.0), _line(532.0, 682.6), _line(533.0, 665.2)]
    cells = [_line(160.0, 640.0, 60.0), _line(130.0, 622.6, 45.0), _line(110.0, 605.2, 20.0)]
    boxes = [*prose, *cells]
    assert line_stops(boxes, 595) == (False, False, False, True, True, False)
    lines = [
        "Trên cơ sở kết quả rà soát của các phòng, ban, năm 2023 huyện được phân bổ",
        "vốn cho Chương trình theo các nguồn trong bảng dưới đây, gồm có các",
        "khoản như sau:",
        "Tổng cộng",
        "98.061",
        "100",
    ]
    stops = line_stops(boxes, 595)
    got = normalise_lines(lines, wrapped=True, wraps=line_wraps(boxes, 595), stops=stops)
    assert got[-3:] == ["Tổng cộng", "98.061", "100"]
    # without the geometry a PDF's eager rules still join a number to an unfinished line
    assert normalise_lines(lines[3:5], wrapped=True) == ["Tổng cộng 98.061"]


class _StackedCapitalBelow:
    """A text page whose cell (y 600-616 from the bottom) holds "Tổng cộng", with the
    stacked "Ộ" of a heading's capitals under the table rising to y 601: PDFium gives every
    character whose box touches the bounds."""

    def get_text_bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        return "Tổng cộng" + (" ĐỘ" if bottom < 601.0 else "")


def test_a_capitals_stacked_marks_under_a_table_stay_out_of_its_last_row() -> None:
    from baocao.extract.pdftables import _cell_text

    height = 800.0  # the cell's box from the top: 184 to 200
    assert _cell_text(_StackedCapitalBelow(), (80.0, 184.0, 200.0, 200.0), height) == "Tổng cộng"  # type: ignore[arg-type]


def _pages(*pages: tuple[str, ...]) -> str:
    from baocao.extract.pdf import PageResult, Segment, pages_to_builder

    results = [PageResult(n + 1, (Segment(lines=lines),)) for n, lines in enumerate(pages)]
    builder, _ = pages_to_builder(iter(results), "report.pdf")
    return builder.text()


def test_a_sentence_cut_by_a_page_break_reads_as_one_line() -> None:
    text = _pages(
        ("Kết quả huy động nguồn lực.", "Trong kỳ, nhờ sự chung tay của"),
        ("bà con, thôn Đông đã làm mới 3 km đường.", "Các thôn tiếp tục duy tu."),
    )
    assert "Trong kỳ, nhờ sự chung tay của bà con, thôn Đông đã làm mới 3 km đường.\n" in text
    # a page's last line that ends its sentence stays a line of its own
    text = _pages(("Đường thôn được bê tông hóa.",), ("bảng kèm theo.",))
    assert text.split("\n")[:2] == ["Đường thôn được bê tông hóa.", "bảng kèm theo."]
    # a cell of a table written one cell per line is no sentence going on over the break
    assert "58,91\n3\n" in _pages(("Tỷ lệ (%)", "58,91"), ("3", "Vốn TW"))


def test_pages_keep_their_lines_when_nothing_goes_on() -> None:
    from baocao.extract.pdf import PageResult, Segment, pages_to_builder

    results = [
        PageResult(1, (Segment(lines=("Mở đầu báo cáo.", "Phần một")),)),
        PageResult(2, (Segment(lines=("Phần hai",)),)),
    ]
    builder, _ = pages_to_builder(iter(results), "report.pdf")
    text = builder.text()
    assert text == "Mở đầu báo cáo.\nPhần một\nPhần hai\n"


def test_a_word_and_a_wide_serif_space_that_would_not_fit_is_a_wrap() -> None:
    # the edge at 537.8; a line 40.5 short of it, the next line's first word "2023," 37.2
    # wide: with DejaVu Serif's space (a third of the size) it would not have fitted
    boxes = [
        _band_line(537.8, 700.0, 11.2, 30.0),
        _band_line(536.9, 682.6, 11.2, 30.0),
        _band_line(535.0, 665.2, 11.2, 30.0),
        _band_line(497.3, 647.8, 11.2, 30.0),
        _band_line(469.7, 630.4, 11.2, 37.2),
    ]
    assert line_wraps(boxes, 595) == (True, True, True, True, False)
