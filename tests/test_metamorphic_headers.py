"""Metamorphic tests of a report's header and title: the way an office, a word processor or a
PDF converter lays them out must change neither the report's metadata (unit, province,
period, date, number) nor its facts' periods. The rewrites (tests/rewrites.py,
``HEADER_REWRITES``) wrap a title in capitals over one to four lines at any word, write it
in Title Case or on the title word's own line ("BÁO CÁO KẾT QUẢ …"), take its period onto a
bracketed line of its own ("(Giai đoạn 2016 - 2020)"), lay the issuer's column and the
motto's side by side or one after the other, put the number beside the date, the date under
the title, "UBND HUYỆN X" on one line, and add a "V/v", a "Kính gửi" or a "(Kèm theo …)" line.

Found by these rewrites and fixed:

* A title in capitals was a heading (a line in capitals is one), each of its lines a heading
  of its own, so that the body stood under the period of whichever line held one: "… NÔNG
  THÔN" ⏎ "MỚI GIAI ĐOẠN 2016-2020 …" dated the district's counts 2016-2020 where the same
  title in small letters left them at 2020. The title is now one paragraph whatever its case
  and however it is wrapped (``baocao.nlp.segment._title_joined``).
* "BÁO CÁO KẾT QUẢ …" on one line was no title word, so the report had no title and its
  period was read from the body (``baocao.nlp.segment.title_word``).
* A place-and-date line under the title (and "V/v", "Số:", "(Kèm theo …)" lines) was read
  as part of the title, its year the title's period; a bracketed period under a title of four
  lines was cut off (``baocao.nlp.metadata.header._title``).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import CORPUS
from rewrites import (
    HEADER_REWRITES,
    header_side_by_side,
    period_under_title,
    title_broken_at,
    title_upper_wrapped,
    title_word_joined,
)
from samefacts import assert_same_facts

from baocao.nlp.metadata import read_metadata
from baocao.nlp.segment import BlockKind, segment

TEXTS = sorted((CORPUS / "txt").glob("*.txt"))

#: A district's review of a phase, written here: its counts are states at the phase's end.
PHASE_REVIEW = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\n\nSố: 87/BC-UBND\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Kim Sơn, ngày 04 tháng 12 năm 2020\n\n"
    "BÁO CÁO\n"
    "Tổng kết xây dựng nông thôn mới giai đoạn 2016-2020 trên địa bàn huyện Kim Sơn, "
    "tỉnh Ninh Bình\n\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
    "Toàn huyện có 22/25 xã đạt chuẩn nông thôn mới; bình quân đạt 18,2 tiêu chí/xã.\n\n"
    "Tổng nguồn lực huy động giai đoạn 2016-2020 là 1.830 tỷ đồng, trong đó ngân sách "
    "trung ương 215 tỷ đồng.\n"
)

#: A commune's report on one year, written here.
YEAR_REPORT = (
    "ỦY BAN NHÂN DÂN\nXÃ YÊN LÂM\n\nSố: 41/BC-UBND\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Yên Lâm, ngày 18 tháng 11 năm 2022\n\n"
    "BÁO CÁO\n"
    "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022 "
    "của xã Yên Lâm, huyện Yên Mô, tỉnh Ninh Bình\n\n"
    "1. Kết quả thực hiện các tiêu chí\n\n"
    "Đến nay, xã đạt 19/19 tiêu chí nông thôn mới. Tỷ lệ hộ nghèo còn 2,1%.\n"
)

OWN = {"phase-review.txt": PHASE_REVIEW, "year-report.txt": YEAR_REPORT}


def _meta(text: str) -> tuple[object, ...]:
    m = read_metadata(text)
    return (m.unit.name if m.unit else None, m.province and m.province.name, m.period, m.date)


# -- the rewrites themselves -----------------------------------------------------------------


def test_the_title_rewrites_keep_every_word_of_the_title() -> None:
    for parts in (1, 2, 3, 4):
        out = title_upper_wrapped(parts)(YEAR_REPORT)
        assert out.upper().split() == YEAR_REPORT.upper().split()
        title = out.split("BÁO CÁO\n", 1)[1].split("\n\n", 1)[0]
        assert len(title.split("\n")) == parts and title.isupper()


def test_the_period_rewrite_moves_the_titles_one_period_onto_a_bracketed_line() -> None:
    out = period_under_title(2, upper=True)(PHASE_REVIEW)
    assert "\n(GIAI ĐOẠN 2016 - 2020)\n" in out
    assert "TỔNG KẾT XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN" in out.replace("\n", " ")


def test_the_side_by_side_rewrite_puts_the_two_columns_on_the_same_lines() -> None:
    lines = header_side_by_side(YEAR_REPORT).split("\n")
    assert lines[0].startswith("ỦY BAN NHÂN DÂN   ") and lines[0].endswith("VIỆT NAM")
    assert lines[2].startswith("Số: 41/BC-UBND ") and lines[2].endswith("năm 2022")


# -- what they fixed -------------------------------------------------------------------------


def test_a_title_in_capitals_wrapped_over_lines_is_one_paragraph() -> None:
    text = (
        "BÁO CÁO\nKẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH\nXÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN\n"
        "2016-2020 CỦA HUYỆN KIM SƠN\n(Giai đoạn 2016 - 2020)\n\n"
        "I. KẾT QUẢ\n\nXã đạt 19 tiêu chí.\n"
    )
    blocks = segment(text).blocks
    title = blocks[1]
    assert text[title.start : title.end].endswith("(Giai đoạn 2016 - 2020)")
    assert title.kind is BlockKind.TEXT
    assert [b.kind for b in blocks[2:]] == [BlockKind.HEADING, BlockKind.TEXT]


@pytest.mark.parametrize(
    "title",
    [
        "KẾT QUẢ\nTHỰC HIỆN CHƯƠNG TRÌNH NÔNG THÔN MỚI\n"
        "SÁU THÁNG ĐẦU NĂM 2022; NHIỆM VỤ SÁU THÁNG CUỐI NĂM 2022",
        "TÌNH HÌNH\nXÂY DỰNG NÔNG THÔN MỚI NĂM 2020;\nKẾ HOẠCH NĂM 2021",
    ],
)
def test_a_title_in_capitals_opening_on_a_short_line_is_one_paragraph(title: str) -> None:
    # a first line of two short words is the title's as much as a long one; left a heading,
    # its last line ("… CUỐI NĂM 2022") would date the body under it
    text = f"BÁO CÁO\n{title}\n\nI. KẾT QUẢ\n\nXã đạt 19 tiêu chí.\n"
    blocks = segment(text).blocks
    assert text[blocks[1].start : blocks[1].end] == title
    assert blocks[1].kind is BlockKind.TEXT
    assert [b.kind for b in blocks[2:]] == [BlockKind.HEADING, BlockKind.TEXT]


def test_the_title_word_opening_its_title_is_a_block_of_its_own() -> None:
    text = "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2021\n\nI. Kết quả\n"
    word, title, heading = segment(text).blocks
    assert text[word.start : word.end] == "BÁO CÁO"
    assert title.kind is BlockKind.TEXT and text[title.start : title.end].endswith("NĂM 2021")
    assert heading.kind is BlockKind.HEADING


def test_a_heading_in_capitals_elsewhere_is_still_a_heading() -> None:
    text = "BÁO CÁO\nKết quả năm 2021\n\nĐÁNH GIÁ CHUNG VỀ KẾT QUẢ\n\nXã đạt 19 tiêu chí.\n"
    blocks = segment(text).blocks
    assert blocks[2].kind is BlockKind.HEADING and blocks[2].level == 0.0


#: One header in the plainest layout, then laid out as offices and converters do; the body
#: dates a state at another time than the title's period.
BODY = "\n\nI. Kết quả\n\nĐến tháng 10/2020, toàn huyện có 22/25 xã đạt chuẩn.\n"
PLAIN_HEADER = (
    "UBND HUYỆN KIM SƠN\nSố: 87/BC-UBND\nKim Sơn, ngày 04 tháng 12 năm 2020\nBÁO CÁO\n"
    "Tổng kết xây dựng nông thôn mới giai đoạn 2016-2020" + BODY
)
LAID_OUT = {
    # the date line under the title, then "Kính gửi"
    "date-under-title": "UBND HUYỆN KIM SƠN\nSố: 87/BC-UBND\nBÁO CÁO\nTỔNG KẾT XÂY DỰNG NÔNG "
    "THÔN MỚI\nGIAI ĐOẠN 2016-2020\nKim Sơn, ngày 04 tháng 12 năm 2020\n\nKính gửi: Sở Tài chính"
    + BODY,
    # the columns side by side, the number beside the date, the title word joined
    "side-by-side-joined": "UBND HUYỆN KIM SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 87/BC-UBND          Kim Sơn, ngày 04 tháng 12 năm 2020\n"
    "BÁO CÁO TỔNG KẾT XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2016-2020" + BODY,
    # four lines of title, the period bracketed under them
    "bracketed-period": "UBND HUYỆN KIM SƠN\nSố: 87/BC-UBND\nKim Sơn, ngày 04 tháng 12 năm 2020\n"
    "BÁO CÁO\nTỔNG KẾT\nXÂY DỰNG\nNÔNG THÔN MỚI\nTRÊN ĐỊA BÀN HUYỆN\n(GIAI ĐOẠN 2016 - 2020)"
    + BODY,
}


def test_the_plain_header_is_read_as_written() -> None:
    assert _meta(PLAIN_HEADER)[0::2] == ("Kim Sơn", "2016-2020")
    assert _meta(PLAIN_HEADER)[3] == "2020-12-04"


@pytest.mark.parametrize("layout", sorted(LAID_OUT))
def test_a_header_laid_out_otherwise_gives_the_same_metadata(layout: str) -> None:
    assert _meta(LAID_OUT[layout]) == _meta(PLAIN_HEADER)


def test_a_date_line_under_the_title_is_not_read_as_the_titles_period() -> None:
    text = "UBND XÃ YÊN LÂM\nBÁO CÁO\nKết quả xây dựng nông thôn mới giai đoạn 2016-2020\n"
    text += "Yên Lâm, ngày 20 tháng 01 năm 2021\n\n1. Kết quả\n"
    assert read_metadata(text).title == "Kết quả xây dựng nông thôn mới giai đoạn 2016-2020"


# -- the metadata and the facts stay ---------------------------------------------------------


@pytest.mark.parametrize("rewrite", sorted(HEADER_REWRITES))
@pytest.mark.parametrize("name", sorted(OWN))
def test_own_reports_keep_their_metadata_and_facts_under_a_header_layout(
    tmp_path: Path, name: str, rewrite: str
) -> None:
    assert_same_facts(tmp_path, name, OWN[name], HEADER_REWRITES[rewrite])


@pytest.mark.parametrize("rewrite", sorted(HEADER_REWRITES))
@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_a_corpus_report_keeps_its_metadata_and_facts_under_a_header_layout(
    tmp_path: Path, path: Path, rewrite: str
) -> None:
    assert_same_facts(
        tmp_path, path.name, path.read_text(encoding="utf-8"), HEADER_REWRITES[rewrite]
    )


@given(index=st.integers(min_value=0, max_value=len(TEXTS) - 1), seed=st.integers(0, 2**16))
@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_corpus_report_keeps_its_facts_with_its_title_broken_anywhere(
    tmp_path: Path, index: int, seed: int
) -> None:
    path = TEXTS[index]
    rewrite = title_broken_at(random.Random(seed))
    assert_same_facts(tmp_path, path.name, path.read_text(encoding="utf-8"), rewrite)


@given(seed=st.integers(0, 2**16))
@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_an_own_report_keeps_its_metadata_with_its_title_broken_anywhere(seed: int) -> None:
    for text in OWN.values():
        broken = title_broken_at(random.Random(seed))(text)
        assert _meta(broken) == _meta(text)
        assert _meta(title_word_joined(broken)) == _meta(text)
