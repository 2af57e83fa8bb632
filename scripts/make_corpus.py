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

FORMATS: tuple[str, ...] = ("docx", "pdf", "doc", "scan", "tcvn3", "tables")


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
    return [Paragraph("PHỤ LỤC", heading=True),
            Paragraph(f"(Kèm theo báo cáo {report_title(text)})")]


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
        ext = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "pdf", "tcvn3": "docx"}[fmt]
        return [self.out_root / fmt / f"{name}.{ext}"]

    @property
    def manifest_path(self) -> Path:
        return self.out_root / "MANIFEST.json"


#: Bump when a conversion changes (fonts, scan degradation, appendix layout): every output
#: built by an older version is then stale, even though its source text is the same.
BUILD_VERSION = "2"


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

    for target in ("pdf", "doc"):
        pending = [n for n, f in todo.items() if target in f]
        if not pending:
            continue
        with tempfile.TemporaryDirectory(prefix="baocao-convert-") as tmp:
            inputs = [layout.output("docx", n)[0] for n in pending]
            for n, out in zip(pending, soffice_convert(inputs, Path(tmp), target), strict=True):
                record(n, layout.output(target, n)[0], out.read_bytes())

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
