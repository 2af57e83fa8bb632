"""Build every format of the sample corpus from its single source, ``corpus/txt/<name>.txt``.

    python scripts/make_corpus.py            # build what is missing or stale
    python scripts/make_corpus.py --check    # exit 1 if any output is missing or stale
    python scripts/make_corpus.py --force    # rebuild everything

Outputs, one file per report and format (``FORMATS``):

- ``docx/``   python-docx: one paragraph per line, pipe-row blocks as bordered Word tables
  ('Table Grid'), headings bold, Times New Roman; fixed core properties and zip dates, so the
  bytes only change when the text does.
- ``pdf/``    the .docx through LibreOffice (``soffice --headless --convert-to pdf``).
- ``doc/``    the .docx through LibreOffice as Word 97 (``--convert-to doc``).
- ``scan/``   the PDF's pages rendered (pypdfium2), tilted, noised and blurred (Pillow),
  reassembled as an image-only PDF: a photocopy with no text layer.
- ``tcvn3/``  the .docx with its text in TCVN3 (ABC) characters and ``.VnTime``/``.VnTimeH``
  fonts, as offices wrote before Unicode.
- ``tables/`` the report's tables alone, as .docx and .xlsx (openpyxl), with the gold facts
  read from them (``tables/<name>.json``), for reports that have tables.
- ``layouts/<layout>/`` the whole report with its money by source and its tables written in
  another layout (``TABLE_LAYOUTS``: dash lists; tables with the columns in another order,
  the unit in the header, in a row of units, in the line above or in every cell, the total
  row first or last, merged header cells; a landscape appendix page; a list split at its
  colons into a headerless table), as .docx and, for ``LAYOUT_PDFS``, PDF. The facts are
  the report's: ``gold/<name>.json`` scores every layout.

``corpus/MANIFEST.json`` records, per report, the hash of the text each output was built from
and the hash of each output: a build skips what is up to date (PDF and scan bytes are not
reproducible across LibreOffice versions, so nothing is rebuilt needlessly), and ``--check``
compares without running LibreOffice. The same functions convert the seed reports
(``scripts/make_seed_fixtures.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import itertools
import json
import logging
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger("make_corpus")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

FONT = "Times New Roman"
FONT_SIZE_PT = 13
TCVN3_FONT = ".VnTime"
TCVN3_CAPS_FONT = ".VnTimeH"
#: Every .docx claims to be written at this instant, so rebuilding gives the same bytes.
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)
SOFFICE_TIMEOUT_S = 180.0
SCAN_DPI = 200
SCAN_THRESHOLD = 150  # grey level above which a scanned pixel is paper

BASE_FORMATS: tuple[str, ...] = ("docx", "pdf", "doc", "scan", "tcvn3", "tables")
#: Table layouts (see ``TABLE_LAYOUTS``): ``layouts/<layout>/<name>.docx``, and a PDF of
#: those in ``LAYOUT_PDFS`` (LibreOffice from that .docx).
LAYOUT_FORMATS: tuple[str, ...] = ("list", "table", "permuted", "merged", "landscape", "split")
LAYOUT_PDFS: tuple[str, ...] = ("table", "merged", "landscape", "split")
FORMATS: tuple[str, ...] = BASE_FORMATS + LAYOUT_FORMATS


# -- the source text as blocks ---------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """One source line; ``heading`` paragraphs are set in bold."""

    text: str
    heading: bool = False


@dataclass(frozen=True)
class Table:
    """A block of two or more consecutive pipe rows (``| a | b |``), cells stripped."""

    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Table

_PIPE_ROW = re.compile(r"^\|.*\|$")
_ROMAN_HEADING = re.compile(r"^[IVXL]+\.\s")
_NUMBERED_HEADING = re.compile(r"^\d+(\.\d+)*\.\s")
_CRITERION_HEADING = re.compile(r"^Tiêu chí số \d+ - [^:]+$")
_TABLE_CAPTION = re.compile(r"^Bảng \d+\.\s")


def is_heading(line: str) -> bool:
    """Section titles as reports set them: all capitals, ``II. …``, a short ``1.2. …`` with no
    sentence after it, a criterion title on its own line, or a table caption."""
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return True
    if _ROMAN_HEADING.match(line) or _TABLE_CAPTION.match(line):
        return True
    if _CRITERION_HEADING.match(line):
        return True
    return bool(_NUMBERED_HEADING.match(line)) and len(line) <= 80 and line[-1] not in ".:;,"


def split_pipe_row(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip()[1:-1].split("|"))


def text_to_blocks(text: str) -> list[Block]:
    """Lines → paragraphs (blank lines dropped) and pipe-row tables (two or more rows)."""
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j].strip()):
            j += 1
        if j - i >= 2:
            blocks.append(Table(tuple(split_pipe_row(line) for line in lines[i:j])))
            i = j
            continue
        line = lines[i].strip()
        if line:
            blocks.append(Paragraph(line, heading=is_heading(line)))
        i += 1
    return blocks


def blocks_to_text(blocks: Iterable[Block]) -> str:
    """What a reader sees: one line per paragraph, table rows as cells joined by ``" | "``."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            out.extend(" | ".join(row) for row in block.rows)
        else:
            out.append(block.text)
    return "\n".join(out)


# -- Word --------------------------------------------------------------------------------------


RunSpec = tuple[str, str | None]  # (text as written into the file, font or None for default)
Encoder = Callable[[Paragraph], list[RunSpec]]


def unicode_runs(paragraph: Paragraph) -> list[RunSpec]:
    return [(paragraph.text, None)]


def _toned_capital(ch: str) -> bool:
    # TCVN3 has codes for the plain capitals (Ă Â Đ Ê Ô Ơ Ư) but none for toned ones (Ấ, Ủ…).
    decomposed = unicodedata.normalize("NFD", ch)
    return ch.isupper() and any(unicodedata.combining(c) for c in decomposed) and ch not in "ĂÂÊÔƠƯ"


def tcvn3_runs(paragraph: Paragraph) -> list[RunSpec]:
    """The paragraph in TCVN3 characters. Headings in all capitals use the caps font
    ``.VnTimeH`` (lowercase codes shown as capitals); elsewhere a toned capital, which TCVN3
    cannot encode, gets its own ``.VnTimeH`` run — the round trip stays lossless."""
    from baocao.extract.legacy import encode_tcvn3

    text = paragraph.text
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return [(encode_tcvn3(text, caps=True), TCVN3_CAPS_FONT)]
    runs: list[RunSpec] = []
    for caps, chars in itertools.groupby(text, key=_toned_capital):
        piece = "".join(chars)
        if caps:
            runs.append((encode_tcvn3(piece, caps=True), TCVN3_CAPS_FONT))
        else:
            runs.append((encode_tcvn3(piece), TCVN3_FONT))
    return runs


def _set_run_font(run, font: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = font
    rfonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)


def _new_document(title: str, default_font: str):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = default_font
    style.font.size = Pt(FONT_SIZE_PT)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), default_font)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    props = document.core_properties
    props.title = title
    props.author = props.last_modified_by = "baocao corpus"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    return document


def _add_paragraph(container, paragraph: Paragraph, encode: Encoder) -> None:
    p = container.add_paragraph()
    for text, font in encode(paragraph):
        run = p.add_run(text)
        run.bold = paragraph.heading or None
        if font is not None:
            _set_run_font(run, font)


def _add_table(document, table: Table, encode: Encoder) -> None:
    width = max(len(row) for row in table.rows)
    word_table = document.add_table(rows=len(table.rows), cols=width)
    word_table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        for c in range(width):
            cell = word_table.cell(r, c)
            text = row[c] if c < len(row) else ""
            cell_paragraph = cell.paragraphs[0]
            if text:
                for run_text, font in encode(Paragraph(text, heading=r == 0)):
                    run = cell_paragraph.add_run(run_text)
                    run.bold = r == 0 or None
                    if font is not None:
                        _set_run_font(run, font)


def _fixed_zip(data: bytes) -> bytes:
    # python-docx stamps each zip entry with the current time; rewrite with a fixed one.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into <dcterms:modified>, whatever we set.
                data = _MODIFIED.sub(
                    rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            dst.writestr(fixed, data)
    return out.getvalue()


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def blocks_to_docx(
    blocks: Sequence[Block], *, title: str, encode: Encoder = unicode_runs, font: str = FONT
) -> bytes:
    """A .docx of the blocks: paragraphs in order, tables as bordered Word tables."""
    document = _new_document(title, font)
    for block in blocks:
        if isinstance(block, Table):
            _add_table(document, block, encode)
        else:
            _add_paragraph(document, block, encode)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def text_to_docx(text: str, *, title: str) -> bytes:
    return blocks_to_docx(text_to_blocks(text), title=title)


def text_to_tcvn3_docx(text: str, *, title: str) -> bytes:
    return blocks_to_docx(text_to_blocks(text), title=title, encode=tcvn3_runs, font=TCVN3_FONT)


def docx_plain_text(data: bytes) -> str:
    """The .docx as a reader sees it (paragraphs and table rows in body order), for --check."""
    import docx
    from docx.table import Table as WordTable

    document = docx.Document(io.BytesIO(data))
    out: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, WordTable):
            out.extend(" | ".join(cell.text for cell in row.cells) for row in item.rows)
        elif item.text:
            out.append(item.text)
    return "\n".join(out)


# -- appendix tables -------------------------------------------------------------------------


def report_title(text: str) -> str:
    """The line after "BÁO CÁO": what the report is about, its unit and its period."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines[:-1]):
        if line.upper() == "BÁO CÁO" and lines[i + 1]:
            return lines[i + 1]
    return ""


def appendix_heading(text: str) -> list[Paragraph]:
    """An appendix names the report it belongs to, as real ones do ("Kèm theo báo cáo …"):
    that is where a reader (and baocao) finds its unit and period."""
    return [
        Paragraph("PHỤ LỤC", heading=True),
        Paragraph(f"(Kèm theo báo cáo {report_title(text)})"),
    ]


def appendix_blocks(text: str) -> list[Block]:
    """The appendix heading, then each table with the caption line written just above it."""
    blocks = text_to_blocks(text)
    out: list[Block] = list(appendix_heading(text))
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            if i and isinstance(blocks[i - 1], Paragraph):
                out.append(blocks[i - 1])
            out.append(block)
    return out


def tables_to_xlsx(tables: Sequence[Table], *, title: str, heading: Sequence[str] = ()) -> bytes:
    """Each table on its own sheet (``Bảng 1``, ``Bảng 2``…), numbers left as written, under
    the appendix heading lines (one cell each)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for i, table in enumerate(tables, 1):
        sheet = workbook.create_sheet(f"Bảng {i}")
        for line in heading:
            sheet.append([line])
        for row in table.rows:
            sheet.append(list(row))
    props = workbook.properties
    props.title = title
    props.creator = props.lastModifiedBy = "baocao corpus"
    props.created = props.modified = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip(buffer.getvalue())


def tables_to_docx(tables: Sequence[Table], *, title: str) -> bytes:
    return blocks_to_docx(list(tables), title=title)


def table_gold(gold: dict, tables: Sequence[Table], name: str) -> dict:
    """The gold facts whose quote is a table row, in the same file format as the report's."""
    rows = {" | ".join(row) for table in tables for row in table.rows}
    kinds = ("verdicts", "criteria_counts", "coverage", "funding", "percentages")
    out = {"doc": name, "meta": gold["meta"]}
    for kind in kinds:
        out[kind] = [f for f in gold[kind] if any(f["quote"] in row for row in rows)]
    out["inconsistencies"] = [
        f for f in gold["inconsistencies"] if any(f["quote"] in row for row in rows)
    ]
    return out


# -- table layouts -----------------------------------------------------------------------------
#
# Real reports write the same money and the same criteria grid in many layouts. Every report
# is also built in each of ``TABLE_LAYOUTS``: the same facts (the gold applies unchanged,
# as the evaluation compares keys, not quotes), another layout. Money is found in three
# written forms and turned into one record, ``MoneyList``, which each layout writes its way:
#
# - a dash list under an intro line ("- Ngân sách tỉnh: 548,7 tỷ đồng;"), a label's amount
#   on the next line joined back;
# - an enumeration after "trong đó:" / "gồm:" in one sentence ("…: 86,45 tỷ đồng, trong
#   đó: vốn ngân sách trung ương 18,6 tỷ đồng; …");
# - a pipe table "Nguồn vốn | Số tiền (triệu đồng) | Tỷ lệ (%)" with its "Tổng số" row.


@dataclass(frozen=True)
class MoneyItem:
    """One amount as written: ``label`` ("Ngân sách tỉnh"), ``number`` ("548,7"), ``unit``
    ("tỷ đồng"), ``share`` ("3,89" or None) and a trailing ``note`` in parentheses."""

    label: str
    number: str
    unit: str
    share: str | None = None
    note: str = ""


@dataclass(frozen=True)
class MoneyList:
    """Money by source: the ``intro`` line kept as a paragraph (None for a table), the
    ``items``, and the ``total`` when the text writes one (in the intro or, ``total_row``,
    as the table's own row)."""

    intro: Paragraph | None
    items: tuple[MoneyItem, ...]
    total: MoneyItem | None = None
    total_row: bool = False  # the total is a row of the table, not in the intro

    def one_unit(self) -> str | None:
        units = {item.unit for item in self.items} | ({self.total.unit} if self.total else set())
        return units.pop() if len(units) == 1 else None


@dataclass(frozen=True)
class LaidTable:
    """A table as a layout writes it: ``rows`` (cells as text), ``merges`` as (first row,
    first column, last row, last column) of merged cell ranges whose text is the first
    cell's, and the ``caption`` written just above it."""

    rows: tuple[tuple[str, ...], ...]
    merges: tuple[tuple[int, int, int, int], ...] = ()
    caption: str | None = None


#: Each layout: a short description (README and --help). All but ``landscape`` keep the
#: tables where the text has them; ``landscape`` moves them to a landscape appendix page.
TABLE_LAYOUTS: dict[str, str] = {
    "list": "money as dash lists; criteria tables as written",
    "table": "money as 'TT | Nguồn vốn | Số tiền (unit) | Tỷ lệ (%)', total row last",
    "permuted": "columns in another order, units in each cell, total row first",
    "merged": "merged header cells over a units row, merged total row first",
    "landscape": "tables moved to a landscape appendix page, unit in the line above",
    "split": "money lines split at their colon into a headerless two-column table",
}

_UNIT_WORDS = r"(?:(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+đồng|đồng)"
_NUMBER = r"\d[\d.,]*\d|\d"
_SHARE = rf"(?:\s*[,(]\s*chiếm(?:\s+tỷ\s+lệ)?\s+(?P<share>{_NUMBER})\s*%\)?)?"
_LIST_ITEM = re.compile(
    rf"^[-+•]\s*(?P<label>[^:]{{2,80}}?)\s*:\s*(?P<number>{_NUMBER})\s*(?P<unit>{_UNIT_WORDS})"
    rf"{_SHARE}\s*(?P<note>\([^()]*\))?\s*[;.]?\s*$"
)
_LABEL_ONLY = re.compile(r"^[-+•]\s*[^:]{2,80}:\s*$")
_INLINE = re.compile(
    rf"^(?P<intro>.*?(?P<number>{_NUMBER})\s*(?P<unit>{_UNIT_WORDS})\s*,\s*"
    r"(?:trong đó|gồm)\s*:\s*)(?P<items>[^:]+?)\.\s*$"
)
_INLINE_ITEM = re.compile(
    rf"^(?P<label>[^\d;:]{{2,80}}?)\s+(?P<number>{_NUMBER})\s*(?P<unit>{_UNIT_WORDS}){_SHARE}$"
)
_INTRO_TOTAL = re.compile(
    rf"(?P<number>{_NUMBER})\s*(?P<unit>{_UNIT_WORDS})\s*,\s*"
    r"(?:trong đó|gồm|cơ cấu như sau)\s*:?\s*$"
)
_HEADER_UNIT = re.compile(rf"\((?P<unit>{_UNIT_WORDS})\)")


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


def _intro_total(intro: Paragraph | None) -> MoneyItem | None:
    m = _INTRO_TOTAL.search(intro.text) if intro else None
    return MoneyItem("Tổng cộng", m.group("number"), m.group("unit")) if m else None


def _item(m: re.Match[str]) -> MoneyItem:
    note = m.groupdict().get("note") or ""
    return MoneyItem(
        _capital(m.group("label").strip()),
        m.group("number"),
        m.group("unit"),
        m.group("share"),
        note.strip(),
    )


def _joined_items(blocks: Sequence[Block], i: int) -> tuple[list[MoneyItem], int]:
    """The dash-list items from ``blocks[i]``, a label on its own line joined with the
    amount on the next; returns the items and the index after them."""
    items: list[MoneyItem] = []
    while i < len(blocks) and isinstance(blocks[i], Paragraph):
        text = blocks[i].text
        step = 1
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if _LABEL_ONLY.match(text) and isinstance(nxt, Paragraph) and nxt.text[:1].isdigit():
            text, step = f"{text} {nxt.text}", 2
        m = _LIST_ITEM.match(text)
        if not m:
            break
        items.append(_item(m))
        i += step
    return items, i


def _money_from_table(table: Table) -> MoneyList | None:
    """A pipe table of money by source ("Nguồn vốn | Số tiền (triệu đồng) | Tỷ lệ (%)")."""
    header = [h.lower() for h in table.rows[0]]
    source = next((j for j, h in enumerate(header) if h.startswith("nguồn")), None)
    amount = next((j for j, h in enumerate(header) if _HEADER_UNIT.search(h)), None)
    if source is None or amount is None:
        return None
    unit = _HEADER_UNIT.search(header[amount]).group("unit")  # type: ignore[union-attr]
    share = next((j for j, h in enumerate(header) if h.startswith("tỷ lệ")), None)
    items: list[MoneyItem] = []
    total = None
    for row in table.rows[1:]:
        item = MoneyItem(row[source], row[amount], unit, row[share] if share is not None else None)
        if row[source].lower().startswith("tổng"):
            total = item
        else:
            items.append(item)
    return MoneyList(None, tuple(items), total, total_row=total is not None)


Piece = Block | MoneyList


def money_pieces(blocks: Sequence[Block]) -> list[Piece]:
    """``blocks`` with every written form of money by source replaced by a MoneyList."""
    out: list[Piece] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Table):
            money = _money_from_table(block)
            before = out[-1] if out else None
            if money is not None and money.total is None and isinstance(before, Paragraph):
                # "Tổng nguồn vốn huy động … 330.400 triệu đồng, cơ cấu như sau:" above it
                money = MoneyList(None, money.items, _intro_total(before))
            out.append(money if money is not None else block)
            i += 1
            continue
        m = _INLINE.match(block.text)
        if m:
            parts = [_INLINE_ITEM.match(p.strip()) for p in m.group("items").split(";")]
            if len(parts) >= 2 and all(parts):
                intro = Paragraph(m.group("intro").rstrip())
                items = tuple(_item(p) for p in parts if p)
                out.append(MoneyList(intro, items, _intro_total(intro)))
                i += 1
                continue
        items, after = _joined_items(blocks, i + 1)
        if len(items) >= 2 and not block.heading:
            out.append(MoneyList(block, tuple(items), _intro_total(block)))
            i = after
            continue
        out.append(block)
        i += 1
    return out


def _bare_share(share: str | None) -> str:
    return share or ""


def _money_rows(money: MoneyList, layout: str) -> LaidTable:
    unit = money.one_unit()
    has_share = any(item.share for item in money.items)
    notes = any(item.note for item in money.items)
    if layout == "permuted":
        # Share first, amount with its unit in every cell, source last; total first.
        header = (("Tỷ lệ (%)",) if has_share else ()) + ("Kinh phí", "Nguồn vốn")
        header += ("Ghi chú",) if notes else ()

        def row(item: MoneyItem, label: str) -> tuple[str, ...]:
            cells = (f"{item.share}%" if item.share else "",) if has_share else ()
            cells += (f"{item.number} {item.unit}", label)
            return cells + ((item.note,) if notes else ())

        rows = [header]
        if money.total:
            rows.append(row(money.total, "Tổng số"))
        rows += [row(item, item.label) for item in money.items]
        return LaidTable(tuple(rows))
    if layout == "merged":
        # "STT | Nội dung | Kết quả huy động" over "Giá trị | Cơ cấu" over "(unit) | (%)";
        # "Tổng cộng" merged over STT and Nội dung, first.
        width = 3 + has_share + notes
        top = ("STT", "Nội dung", "Kết quả huy động") + ("",) * has_share
        top += ("Ghi chú",) if notes else ()
        middle = ("", "", "Giá trị") + (("Cơ cấu",) if has_share else ()) + (("",) if notes else ())
        rows = [top, middle]
        if unit:  # a row of units under the headers; mixed units stay in the cells
            bottom = ("", "", f"({unit})") + (("(%)",) if has_share else ())
            rows.append(bottom + (("",) if notes else ()))
        last = len(rows) - 1
        merges = [(0, 0, last, 0), (0, 1, last, 1)]
        if has_share:
            merges.append((0, 2, 0, 3))
        if notes:
            merges.append((0, width - 1, last, width - 1))

        def cells(item: MoneyItem) -> tuple[str, ...]:
            amount = item.number if unit else f"{item.number} {item.unit}"
            return (
                (amount,)
                + ((_bare_share(item.share),) if has_share else ())
                + ((item.note,) if notes else ())
            )

        if money.total:
            merges.append((len(rows), 0, len(rows), 1))
            rows.append(("Tổng cộng", "") + cells(money.total))
        for n, item in enumerate(money.items, 1):
            rows.append((str(n), item.label) + cells(item))
        return LaidTable(tuple(rows), tuple(merges))
    # "table" and "landscape": TT | Nguồn vốn | Số tiền (unit) | Tỷ lệ (%), total last.
    landscape = layout == "landscape"
    amount_header = "Số tiền" if landscape or not unit else f"Số tiền ({unit})"
    header = ("TT", "Nguồn vốn", amount_header) + (("Tỷ lệ (%)",) if has_share else ())
    header += ("Ghi chú",) if notes else ()
    rows = [header]

    def line(n: str, label: str, item: MoneyItem) -> tuple[str, ...]:
        amount = item.number if unit else f"{item.number} {item.unit}"
        return (
            (n, label, amount)
            + ((_bare_share(item.share),) if has_share else ())
            + ((item.note,) if notes else ())
        )

    rows += [line(str(n), item.label, item) for n, item in enumerate(money.items, 1)]
    if money.total:
        rows.append(line("", "Tổng cộng", money.total))
    caption = f"Đơn vị tính: {unit}" if landscape and unit else None
    return LaidTable(tuple(rows), caption=caption)


def _money_list_lines(money: MoneyList) -> list[Paragraph]:
    intro = money.intro
    if intro is None and money.total is not None and money.total_row:
        intro = Paragraph(f"Tổng nguồn vốn: {money.total.number} {money.total.unit}, trong đó:")
    lines = [intro] if intro else []
    last = len(money.items) - 1
    for n, item in enumerate(money.items):
        share = f", chiếm {item.share}%" if item.share else ""
        note = f" {item.note}" if item.note else ""
        end = "." if n == last else ";"
        lines.append(Paragraph(f"- {item.label}: {item.number} {item.unit}{share}{note}{end}"))
    return lines


_INTRO_SPLIT = re.compile(rf"^(?P<label>[^:]+:)\s*(?P<rest>(?:{_NUMBER})\s*{_UNIT_WORDS}.*)$")


def _split_rows(money: MoneyList) -> tuple[list[Paragraph], LaidTable]:
    """The money's lines as a converter splitting each at its colon makes them: no header,
    "- Ngân sách tỉnh:" | "548,7 tỷ đồng;"; the intro is a row too when it reads "…: amount"."""
    rows: list[tuple[str, str]] = []
    before: list[Paragraph] = []
    intro = money.intro
    if intro is None and money.total is not None and money.total_row:
        intro = Paragraph(f"Tổng nguồn vốn: {money.total.number} {money.total.unit}, trong đó:")
    m = _INTRO_SPLIT.match(intro.text) if intro else None
    if m:
        rows.append((m.group("label"), m.group("rest")))
    elif intro:
        before.append(intro)
    for line in _money_list_lines(MoneyList(None, money.items))[0 if money.items else 1 :]:
        label, _, rest = line.text.partition(": ")
        rows.append((f"{label}:", rest))
    return before, LaidTable(tuple(rows))


_CRITERION_COLUMN = re.compile(r"(?:TC\s*\d|\(TC\s*\d)", re.IGNORECASE)


def _grid_rows(table: Table, layout: str) -> LaidTable:
    """A criteria table in ``layout``: as written, columns reversed (``permuted``), or the
    criterion columns under one merged "Kết quả thực hiện các tiêu chí" heading."""
    rows = table.rows
    if layout == "permuted":
        return LaidTable(tuple(tuple(reversed(row)) for row in rows))
    crit = [j for j, h in enumerate(rows[0]) if _CRITERION_COLUMN.search(h)]
    if layout != "merged" or len(crit) < 2 or crit != list(range(crit[0], crit[-1] + 1)):
        return LaidTable(rows)
    top = tuple(
        "Kết quả thực hiện các tiêu chí" if j == crit[0] else "" if j in crit else h
        for j, h in enumerate(rows[0])
    )
    sub = tuple(h if j in crit else "" for j, h in enumerate(rows[0]))
    merges = [(0, crit[0], 0, crit[-1])]
    merges += [(0, j, 1, j) for j in range(len(rows[0])) if j not in crit]
    return LaidTable((top, sub) + rows[1:], tuple(merges))


def layout_blocks(text: str, layout: str) -> list[Block | LaidTable]:
    """The report's blocks with every money statement and table written in ``layout``."""
    pieces = money_pieces(text_to_blocks(text))
    out: list[Block | LaidTable] = []
    appendix: list[LaidTable] = []
    for piece in pieces:
        if isinstance(piece, MoneyList):
            if layout == "list":
                out.extend(_money_list_lines(piece))
                continue
            if layout == "split":
                intro, laid = _split_rows(piece)
                out.extend(intro)
                out.append(laid)
                continue
            if piece.intro:
                out.append(piece.intro)
            laid = _money_rows(piece, layout)
        elif isinstance(piece, Table):
            laid = _grid_rows(piece, layout)
        else:
            out.append(piece)
            continue
        if layout == "landscape":
            appendix.append(laid)
        else:
            out.append(laid)
    if appendix:
        out.append(LANDSCAPE_BREAK)
        out.extend(appendix_heading(text))
        for n, laid in enumerate(appendix, 1):
            out.append(Paragraph(f"Biểu số {n}", heading=True))
            if laid.caption:
                out.append(Paragraph(laid.caption))
            out.append(laid)
    return out


#: Where ``landscape`` starts its appendix section (a page break, then landscape pages).
LANDSCAPE_BREAK = Paragraph("\f")


def _add_laid_table(document, laid: LaidTable, encode: Encoder) -> None:
    width = max(len(row) for row in laid.rows)
    word_table = document.add_table(rows=len(laid.rows), cols=width)
    word_table.style = "Table Grid"
    header_rows = 1 + max((r1 for r0, _, r1, _ in laid.merges if r0 == 0), default=0)
    for r, row in enumerate(laid.rows):
        for c in range(width):
            text = row[c] if c < len(row) else ""
            if not text:
                continue
            cell_paragraph = word_table.cell(r, c).paragraphs[0]
            for run_text, font in encode(Paragraph(text, heading=r < header_rows)):
                run = cell_paragraph.add_run(run_text)
                run.bold = r < header_rows or None
                if font is not None:
                    _set_run_font(run, font)
    for r0, c0, r1, c1 in laid.merges:
        word_table.cell(r0, c0).merge(word_table.cell(r1, c1))


def _landscape_section(document) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)


def laid_to_docx(blocks: Sequence[Block | LaidTable], *, title: str) -> bytes:
    """A .docx of a layout's blocks: merged cells merged, the appendix in landscape."""
    document = _new_document(title, FONT)
    for block in blocks:
        if block is LANDSCAPE_BREAK:
            _landscape_section(document)
        elif isinstance(block, LaidTable):
            _add_laid_table(document, block, unicode_runs)
        elif isinstance(block, Table):
            _add_table(document, block, unicode_runs)
        else:
            _add_paragraph(document, block, unicode_runs)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def text_to_layout_docx(text: str, layout: str, *, title: str) -> bytes:
    return laid_to_docx(layout_blocks(text, layout), title=title)


def laid_text(blocks: Sequence[Block | LaidTable]) -> str:
    """A layout as a reader sees it: merged cells' text in their first cell."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, (Table, LaidTable)):
            out.extend(" | ".join(row) for row in block.rows)
        elif block is not LANDSCAPE_BREAK:
            out.append(block.text)
    return "\n".join(out)


# -- LibreOffice ------------------------------------------------------------------------------


class ConversionError(RuntimeError):
    """LibreOffice is missing, failed or hung."""


#: Machines that build the corpus rarely have Times New Roman. LibreOffice would substitute
#: Liberation Serif, which lacks several Vietnamese capitals (Ậ, Ộ…), and fall back glyph by
#: glyph to another font: PDF lines mixing two fonts, unlike a PDF made where the font exists.
#: Its replacement table (in the private profile) sets the text in DejaVu Serif instead,
#: which covers Vietnamese: one font per PDF, as an office's PDF has.
PDF_FONT = "DejaVu Serif"
_FONT_REPLACEMENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Font/Substitution">
 <prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs">
 <node oor:name="_0" oor:op="replace">
  <prop oor:name="Always" oor:op="fuse"><value>true</value></prop>
  <prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>
  <prop oor:name="ReplaceFont" oor:op="fuse"><value>{FONT}</value></prop>
  <prop oor:name="SubstituteFont" oor:op="fuse"><value>{PDF_FONT}</value></prop>
 </node></item>
</oor:items>
"""


def soffice_convert(
    inputs: Sequence[Path], out_dir: Path, target: str, *, timeout: float = SOFFICE_TIMEOUT_S
) -> list[Path]:
    """Convert files with one headless LibreOffice run in a private profile (a user's running
    LibreOffice or a stale lock cannot interfere). ``target`` is ``pdf`` or ``doc``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ConversionError("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    filter_name = {"pdf": "pdf", "doc": "doc:MS Word 97"}[target]
    with tempfile.TemporaryDirectory(prefix="baocao-soffice-") as profile:
        (Path(profile) / "user").mkdir()
        (Path(profile) / "user" / "registrymodifications.xcu").write_text(
            _FONT_REPLACEMENT, encoding="utf-8"
        )
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            filter_name,
            "--outdir",
            str(out_dir),
            *map(str, inputs),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout * max(1, len(inputs))
            )
        except subprocess.TimeoutExpired as e:
            raise ConversionError(f"soffice hung converting {len(inputs)} files to {target}") from e
    outputs = [out_dir / f"{p.stem}.{target}" for p in inputs]
    missing = [p.name for p in outputs if not p.exists()]
    if done.returncode != 0 or missing:
        raise ConversionError(
            f"soffice failed (exit {done.returncode}), missing {missing}: {done.stderr.strip()}"
        )
    return outputs


# -- scans ------------------------------------------------------------------------------------


def _seed(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")


def degrade_page(image, rng: random.Random):
    """A clean page render → a black-and-white scan: tilted 1–2°, grainy, speckled, soft."""
    from PIL import Image, ImageChops, ImageFilter

    gray = image.convert("L")
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
    tilted = gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    width, height = tilted.size
    # Coarse grain (noise drawn at a quarter of the size, then smoothed up) compresses far
    # better than per-pixel noise and looks more like paper; amplitude 0–30 grey levels.
    coarse = Image.frombytes(
        "L", (width // 4, height // 4), rng.randbytes((width // 4) * (height // 4))
    )
    grain = coarse.resize(tilted.size, Image.Resampling.BILINEAR).point(lambda v: v * 30 // 255)
    # Sparse toner specks: about 1 pixel in 500.
    fine = Image.frombytes("L", tilted.size, rng.randbytes(width * height))
    specks = fine.point(lambda v: 140 if v >= 255 else 0)
    noisy = ImageChops.subtract(ImageChops.subtract(tilted, grain), specks)
    soft = noisy.filter(ImageFilter.GaussianBlur(radius=0.6))
    # Office scanners file reports in black and white: thresholding the soft, grainy page
    # gives ragged strokes and specks, and CCITT G4 keeps a page near 30 KB (grey JPEG: 300).
    return soft.point(lambda v: 255 if v > SCAN_THRESHOLD else 0).convert("1")


def pdf_to_scan(pdf: bytes, *, name: str, dpi: int = SCAN_DPI) -> bytes:
    """Render each page, degrade it (seeded by ``name``: same input, same pixels) and
    assemble an image-only PDF."""
    import pypdfium2 as pdfium

    rng = random.Random(_seed(name))
    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72)
            pages.append(degrade_page(bitmap.to_pil(), rng))
    finally:
        document.close()
    out = io.BytesIO()
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        creationDate=FIXED_TIME.timetuple(),
        modDate=FIXED_TIME.timetuple(),
    )
    return out.getvalue()


# -- the build ---------------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Layout:
    """Where one collection's sources and outputs live."""

    txt_dir: Path
    out_root: Path
    gold_dir: Path | None = None

    def output(self, fmt: str, name: str) -> list[Path]:
        if fmt == "tables":
            d = self.out_root / "tables"
            return [d / f"{name}.docx", d / f"{name}.xlsx", d / f"{name}.json"]
        if fmt in LAYOUT_FORMATS:
            d = self.out_root / "layouts" / fmt
            pdf = [d / f"{name}.pdf"] if fmt in LAYOUT_PDFS else []
            return [d / f"{name}.docx", *pdf]
        ext = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "pdf", "tcvn3": "docx"}[fmt]
        return [self.out_root / fmt / f"{name}.{ext}"]

    @property
    def manifest_path(self) -> Path:
        return self.out_root / "MANIFEST.json"


#: Bump when a conversion changes (fonts, scan degradation, appendix layout): every output
#: built by an older version is then stale, even though its source text is the same.
BUILD_VERSION = "3"


def source_hash(text: str) -> str:
    """What an output was built from: the source text and the build version."""
    return sha256(f"build {BUILD_VERSION}\n{text}".encode())


def load_manifest(layout: Layout) -> dict:
    if layout.manifest_path.exists():
        return json.loads(layout.manifest_path.read_text(encoding="utf-8"))
    return {}


def save_manifest(layout: Layout, manifest: dict) -> None:
    text = json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=1)
    layout.manifest_path.write_text(text + "\n", encoding="utf-8")


def _rel(path: Path, layout: Layout) -> str:
    return path.relative_to(layout.out_root).as_posix()


def table_gold_bytes(layout: Layout, name: str, tables: Sequence[Table]) -> bytes:
    if layout.gold_dir is None:
        raise ValueError(f"{name}: appendix tables need the report's gold file")
    gold = json.loads((layout.gold_dir / f"{name}.json").read_text(encoding="utf-8"))
    cut = json.dumps(table_gold(gold, tables, name), ensure_ascii=False, indent=1)
    return (cut + "\n").encode("utf-8")


def stale_outputs(layout: Layout, name: str, text_hash: str, manifest: dict, fmt: str) -> bool:
    """True when ``fmt`` of ``name`` must be (re)built: missing, built from other text (or,
    for appendix tables, from another gold), or changed since it was built."""
    entry = manifest.get(name, {})
    if entry.get("txt_sha256") != text_hash:
        return True
    if fmt == "tables":
        gold_out = layout.output("tables", name)[2]
        text = (layout.txt_dir / f"{name}.txt").read_text(encoding="utf-8")
        tables = [b for b in text_to_blocks(text) if isinstance(b, Table)]
        if not gold_out.exists() or gold_out.read_bytes() != table_gold_bytes(layout, name, tables):
            return True
    recorded = entry.get("outputs", {})
    for path in layout.output(fmt, name):
        key = _rel(path, layout)
        if not path.exists() or recorded.get(key) != sha256(path.read_bytes()):
            return True
    return False


def _has_tables(text: str) -> bool:
    return any(isinstance(b, Table) for b in text_to_blocks(text))


def wanted_formats(text: str, formats: Sequence[str], layout: Layout) -> list[str]:
    # Appendix tables only for reports that have tables, and only where there is gold to cut.
    return [
        f for f in formats if f != "tables" or (_has_tables(text) and layout.gold_dir is not None)
    ]


def build(
    layout: Layout,
    *,
    formats: Sequence[str] = FORMATS,
    force: bool = False,
    names: Sequence[str] | None = None,
) -> list[str]:
    """Build the missing or stale outputs of every ``<name>.txt``; returns what was written."""
    sources = sorted(layout.txt_dir.glob("*.txt"))
    if names:
        sources = [p for p in sources if p.stem in names]
    manifest = load_manifest(layout)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sources}
    todo: dict[str, list[str]] = {}
    for name, text in texts.items():
        text_hash = source_hash(text)
        if manifest.get(name, {}).get("txt_sha256") != text_hash:
            manifest[name] = {"txt_sha256": text_hash, "outputs": {}}
        todo[name] = [
            f
            for f in wanted_formats(text, formats, layout)
            if force or stale_outputs(layout, name, text_hash, manifest, f)
        ]
    written: list[str] = []

    def record(name: str, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        manifest[name]["outputs"][_rel(path, layout)] = sha256(data)
        written.append(_rel(path, layout))

    for name, fmts in todo.items():
        text = texts[name]
        docx_path = layout.output("docx", name)[0]
        if "docx" in fmts or ({"pdf", "doc", "scan"} & set(fmts) and not docx_path.exists()):
            record(name, docx_path, text_to_docx(text, title=name))
        if "tcvn3" in fmts:
            record(name, layout.output("tcvn3", name)[0], text_to_tcvn3_docx(text, title=name))
        if "tables" in fmts:
            tables = [b for b in text_to_blocks(text) if isinstance(b, Table)]
            docx_out, xlsx_out, gold_out = layout.output("tables", name)
            record(name, docx_out, blocks_to_docx(appendix_blocks(text), title=name))
            heading = [p.text for p in appendix_heading(text)]
            record(name, xlsx_out, tables_to_xlsx(tables, title=name, heading=heading))
            record(name, gold_out, table_gold_bytes(layout, name, tables))
        for fmt in LAYOUT_FORMATS:
            if fmt in fmts:
                data = text_to_layout_docx(text, fmt, title=name)
                record(name, layout.output(fmt, name)[0], data)

    for target in ("pdf", "doc"):
        pending = [n for n, f in todo.items() if target in f]
        if not pending:
            continue
        with tempfile.TemporaryDirectory(prefix="baocao-convert-") as tmp:
            inputs = [layout.output("docx", n)[0] for n in pending]
            for n, out in zip(pending, soffice_convert(inputs, Path(tmp), target), strict=True):
                record(n, layout.output(target, n)[0], out.read_bytes())

    for fmt in LAYOUT_PDFS:
        pending = [n for n, f in todo.items() if fmt in f]
        if not pending:
            continue
        with tempfile.TemporaryDirectory(prefix="baocao-convert-") as tmp:
            inputs = [layout.output(fmt, n)[0] for n in pending]
            for n, out in zip(pending, soffice_convert(inputs, Path(tmp), "pdf"), strict=True):
                record(n, layout.output(fmt, n)[1], out.read_bytes())

    for name, fmts in todo.items():
        if "scan" in fmts:
            pdf = layout.output("pdf", name)[0].read_bytes()
            record(name, layout.output("scan", name)[0], pdf_to_scan(pdf, name=name))

    save_manifest(layout, manifest)
    return written


def check(layout: Layout, *, formats: Sequence[str] = FORMATS) -> list[str]:
    """Every problem that makes the outputs out of date (empty when all is well)."""
    problems: list[str] = []
    manifest = load_manifest(layout)
    sources = sorted(layout.txt_dir.glob("*.txt"))
    for path in sources:
        name, text = path.stem, path.read_text(encoding="utf-8")
        text_hash = source_hash(text)
        if manifest.get(name, {}).get("txt_sha256") != text_hash:
            problems.append(f"{name}: outputs were built from another version of the text")
            continue
        for fmt in wanted_formats(text, formats, layout):
            if stale_outputs(layout, name, text_hash, manifest, fmt):
                problems.append(f"{name}: {fmt} is missing or changed since it was built")
        docx_path = layout.output("docx", name)[0]
        if "docx" in formats and docx_path.exists():
            expected = blocks_to_text(text_to_blocks(text))
            if docx_plain_text(docx_path.read_bytes()) != expected:
                problems.append(f"{name}: docx text differs from the txt")
    names = {p.stem for p in sources}
    problems.extend(f"{n}: in MANIFEST.json but has no txt" for n in sorted(set(manifest) - names))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify outputs are up to date")
    parser.add_argument("--force", action="store_true", help="rebuild every output")
    parser.add_argument(
        "--format", action="append", choices=FORMATS, help="only these formats (repeatable)"
    )
    parser.add_argument("names", nargs="*", help="only these reports (default: all)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    layout = Layout(CORPUS / "txt", CORPUS, CORPUS / "gold")
    formats = args.format or FORMATS
    if args.check:
        problems = check(layout, formats=formats)
        for problem in problems:
            logger.error(problem)
        return 1 if problems else 0
    try:
        written = build(layout, formats=formats, force=args.force, names=args.names)
    except ConversionError as e:
        logger.error("%s", e)
        return 2
    for path in written:
        logger.info("wrote corpus/%s", path)
    logger.info("%d files written", len(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
