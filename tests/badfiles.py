"""Code that makes input files for the extract tests: good PDFs/.docx with known text, and
bad or odd ones (empty, truncated, encrypted, mislabelled, undecodable).

Everything is generated at test time from code, so no opaque binary is committed. PDFs are
written with pypdfium2's page-object API (real embedded TrueType font, so Vietnamese text
has a text layer) or, for the encrypted one, by hand with the PDF standard security handler.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import os
import random
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

FONT_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)


def font_path() -> Path:
    for path in FONT_PATHS:
        if path.exists():
            return path
    raise FileNotFoundError("no TrueType font with Vietnamese glyphs (install fonts-dejavu)")


# -- good PDFs -------------------------------------------------------------------------------


@dataclass
class PdfPageSpec:
    """A page to draw: ``lines`` of text from the top, then optionally a ruled ``table``
    (rows of cell strings) after line ``table_after``, then the rest of the lines."""

    lines: Sequence[str] = ()
    table: Sequence[Sequence[str]] | None = None
    table_after: int = 0
    extra_paths: int = 0  # decorative strokes (an underline…) that are no table
    blank: bool = False  # no text at all, as a scan without OCR looks
    framed: bool = False  # a ruled box around the first line: a frame, not a table
    size: float = 11.0
    width: float = 595.0
    height: float = 842.0


def make_pdf(path: Path, pages: Sequence[PdfPageSpec]) -> Path:
    """Write a PDF with a real text layer for each page spec."""
    pdf = pdfium.PdfDocument.new()
    font_bytes = font_path().read_bytes()
    buffer = (ctypes.c_ubyte * len(font_bytes)).from_buffer_copy(font_bytes)
    font = pdfium_c.FPDFText_LoadFont(
        pdf.raw, buffer, len(font_bytes), pdfium_c.FPDF_FONT_TRUETYPE, True
    )
    for spec in pages:
        page = pdf.new_page(spec.width, spec.height)
        if not spec.blank:
            _draw_page(pdf, page, font, spec)
        page.gen_content()
        page.close()
    pdf.save(str(path))
    pdf.close()
    return path


def _draw_page(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, font: object, spec: PdfPageSpec
) -> None:
    leading = spec.size * 1.6
    y = spec.height - 60
    left = 56.0
    lines = list(spec.lines)
    before = lines[: spec.table_after] if spec.table is not None else lines
    after = lines[spec.table_after :] if spec.table is not None else []
    for line in before:
        _text(pdf, page, font, line, left, y, spec.size)
        y -= leading
    if spec.table is not None:
        y = _table(pdf, page, font, spec.table, left, y, spec.size) - leading
        for line in after:
            _text(pdf, page, font, line, left, y, spec.size)
            y -= leading
    if spec.framed:
        top, bottom, right = spec.height - 60 + spec.size * 1.2, spec.height - 66, left + 400
        for x0, y0, x1, y1 in [
            (left - 4, top, right, top),
            (left - 4, bottom, right, bottom),
            (left - 4, top, left - 4, bottom),
            (right, top, right, bottom),
        ]:
            _line(page, x0, y0, x1, y1)
    for i in range(spec.extra_paths):
        _line(page, left, 40 + 4 * i, left + 120, 40 + 4 * i)


def _text(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    font: object,
    text: str,
    x: float,
    y: float,
    size: float,
) -> None:
    obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, font, ctypes.c_float(size))
    encoded = (unicodedata.normalize("NFC", text) + "\0").encode("utf-16-le")
    wide = ctypes.create_string_buffer(encoded, len(encoded))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(ctypes.c_ushort)))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


def _line(page: pdfium.PdfPage, x0: float, y0: float, x1: float, y1: float) -> None:
    path = pdfium_c.FPDFPageObj_CreateNewPath(x0, y0)
    pdfium_c.FPDFPath_LineTo(path, x1, y1)
    pdfium_c.FPDFPageObj_SetStrokeColor(path, 0, 0, 0, 255)
    pdfium_c.FPDFPageObj_SetStrokeWidth(path, ctypes.c_float(0.8))
    pdfium_c.FPDFPath_SetDrawMode(path, pdfium_c.FPDF_FILLMODE_NONE, True)
    pdfium_c.FPDFPage_InsertObject(page.raw, path)


def _table(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    font: object,
    rows: Sequence[Sequence[str]],
    x: float,
    y_top: float,
    size: float,
) -> float:
    """Draw a ruled grid with the cells' text; returns the y of its bottom edge."""
    columns = max(len(r) for r in rows)
    col_width = 150.0
    row_height = size * 2.2
    top = y_top + size  # the grid's top edge sits just above the first baseline
    bottom = top - row_height * len(rows)
    right = x + col_width * columns
    for i in range(len(rows) + 1):
        _line(page, x, top - i * row_height, right, top - i * row_height)
    for j in range(columns + 1):
        _line(page, x + j * col_width, top, x + j * col_width, bottom)
    for i, row in enumerate(rows):
        baseline = top - i * row_height - row_height * 0.65
        for j, cell in enumerate(row):
            if cell:
                _text(pdf, page, font, cell, x + j * col_width + 4, baseline, size)
    return bottom


# -- bad PDFs --------------------------------------------------------------------------------


def _pdf_file(objects: Sequence[bytes], trailer: bytes) -> bytes:
    """Assemble numbered objects (1-based) and a cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d " % (len(objects) + 1) + trailer + b" >>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def pdf_without_pages() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    return _pdf_file(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"],
        b"/Root 1 0 R",
    )


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"mat-khau", owner_password: bytes = b"chu") -> bytes:
    """A one-page PDF encrypted with the standard security handler (revision 2, RC4 40-bit),
    opening only with ``user_password``."""
    file_id = hashlib.md5(b"baocao-test").digest()
    permissions = -4  # all permissions; the value is irrelevant to opening
    owner_key = hashlib.md5((owner_password + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, (user_password + _PAD)[:32])
    key = hashlib.md5(
        (user_password + _PAD)[:32] + o_entry + struct.pack("<i", permissions) + file_id
    ).digest()[:5]
    u_entry = _rc4(key, _PAD)
    content = b"BT /F1 12 Tf 72 720 Td (Bao cao mat) Tj ET"
    object_key = hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\x00\x00").digest()[:10]
    stream = _rc4(object_key, content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), permissions),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    hex_id = file_id.hex().encode()
    return _pdf_file(objects, b"/Root 1 0 R /Encrypt 5 0 R /ID [<%s> <%s>]" % (hex_id, hex_id))


# -- Word ------------------------------------------------------------------------------------


def make_docx(
    path: Path, paragraphs: Sequence[str], tables: Sequence[Sequence[Sequence[str]]] = ()
) -> Path:
    """A .docx with ``paragraphs``, then each table (a ruled grid of cell strings)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = "Table Grid"  # ruled, as report tables are
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    document.save(str(path))
    return path


def docx_bytes(paragraphs: Sequence[str] = ("Báo cáo kết quả xây dựng nông thôn mới.",)) -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(buffer)
    return buffer.getvalue()


def zip_of_other_things() -> bytes:
    """A zip archive with no Word document in it (a folder of notes and a picture)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ghi-chu.txt", "Danh sách tài liệu kèm theo")
        archive.writestr("anh/so-do.png", png_bytes())
    return buffer.getvalue()


# -- others ----------------------------------------------------------------------------------


def png_bytes(width: int = 4, height: int = 4) -> bytes:
    """A valid grey PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def random_bytes(n: int = 4096, seed: int = 1258) -> bytes:
    """Bytes in no encoding at all (reproducible)."""
    return random.Random(seed).randbytes(n)


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_cp1258(text: str) -> bytes:
    """``text`` in Windows-1258 as Vietnamese Windows wrote it: base letters (ă, â, ê, ô,
    ơ, ư, đ) precomposed, tone marks as separate combining bytes."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# -- hostile text ----------------------------------------------------------------------------


def combining_marks_text(size: int = 2 * 1024 * 1024) -> bytes:
    """``size`` bytes of UTF-8: one letter carrying marks of alternating combining classes
    (acute 230, dot below 220), the order NFC must sort one by one: quadratic time."""
    marks = (size - 1) // 4
    return ("a" + "\u0301\u0323" * marks).encode("utf-8")


# -- scans and old Word files (for tests that run Tesseract and LibreOffice) -----------------


def scanned_pdf(path: Path, lines: Sequence[str], *, pages: int = 1, dpi: int = 200) -> Path:
    """A PDF of ``pages`` page images (no text layer) with ``lines`` typed on each, so reading
    it needs OCR."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    font = ImageFont.truetype(str(font_path()), size=int(dpi * 0.16))
    images = []
    for _ in range(pages):
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        y = dpi
        for line in lines:
            draw.text((dpi, y), line, font=font, fill=0)
            y += int(dpi * 0.3)
        images.append(image)
    images[0].save(path, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def doc_file(path: Path, paragraphs: Sequence[str]) -> Path:
    """A Word 97 .doc, made from a .docx by the LibreOffice the tests exercise."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_docx(work / "fixture.docx", paragraphs)
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--convert-to",
                "doc:MS Word 97",
                "--outdir",
                str(work),
                str(work / "fixture.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": str(work)},
        )
        path.write_bytes((work / "fixture.doc").read_bytes())
    return path


def make_zip(members: dict[str, bytes]) -> bytes:
    """A zip of ``members`` (name → bytes), compressed as hard as zip goes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def docx_like(body: bytes = b"<w:document/>") -> dict[str, bytes]:
    """The members a zip needs to pass for a .docx, with ``body`` as its document."""
    return {"[Content_Types].xml": b"<Types/>", "word/document.xml": body}
