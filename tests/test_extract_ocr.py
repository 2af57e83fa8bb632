"""OCR of scanned pages: which PDF pages need it, turning and deskewing, Tesseract's TSV to
lines and confidence, images and multi-page TIFFs as Documents, the page cache, and errors
that say what to install."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from docx import Document as WordDocument
from docx.shared import Pt
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter

from baocao.errors import NeedsOcr, OcrUnavailable, ResourceLimit
from baocao.extract import ocr
from baocao.extract.ocr import OcrPage, estimate_skew, page_needs_ocr, tsv_to_page
from baocao.extract.ocrtext import fix_count_slash, repair_ocr_text
from baocao.extract.office import convert_with_libreoffice
from baocao.extract.source import Source
from baocao.extract.text import Block
from baocao.model import Format
from baocao.settings import ExtractSettings

LINES = [
    "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2020",
    "Toàn huyện có 18/22 xã đạt chuẩn nông thôn mới, đạt 81,8%.",
    "Tổng kinh phí huy động thực hiện Chương trình là 125,6 tỷ đồng.",
    "Trong đó: ngân sách trung ương 45,2 tỷ đồng; ngân sách tỉnh 30,1 tỷ đồng.",
    "Xã Quang Trung đạt 19/19 tiêu chí, được công nhận đạt chuẩn năm 2020.",
    "Tỷ lệ hộ nghèo giảm còn 3,5%; thu nhập bình quân đạt 41 triệu đồng/người/năm.",
]
TRUTH = " ".join(LINES)
#: Measured: 0.0 on the blurred, noisy, 1.5°-skewed page and on the turned page (Tesseract
#: 5.3, vie). The bound leaves room for other Tesseract versions.
MAX_CER = 0.03


def cer(got: str, want: str) -> float:
    """Character error rate over whitespace-normalised text (line breaks are layout)."""
    a, b = " ".join(got.split()), " ".join(want.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / len(b)


# --- which pages need OCR ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  \n 12 \n",
        "\ue012\ue045\ue0a1\ue003 \ue011\ue0f0\ue045 \ue012\ue0a1 \ue003\ue011\ue0f0",
        "(cid:12)(cid:45)(cid:3) (cid:88)(cid:9) (cid:12)(cid:45)(cid:3) (cid:88)",
        "Bzq!xw Kfr$jw qzvt mnbx Plkq wrtz xvbn",  # glyph codes read as Latin letters
    ],
)
def test_a_page_without_usable_text_needs_ocr(text: str) -> None:
    assert page_needs_ocr(text)


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(LINES),
        "UBND huyện; QĐ-UBND số 18; NTM: 12/19 tiêu chí; HĐND tỉnh",
        # A TCVN3 text layer is usable: the loader converts it.
        "T\xe6ng s\xe8 x\xb7 \xae\xb9t chu\xc8n n\xabng th\xabn m\xedi l\xb5 12 x\xb7",
    ],
)
def test_a_page_with_vietnamese_text_needs_no_ocr(text: str) -> None:
    assert not page_needs_ocr(text)


# --- Tesseract's TSV ----------------------------------------------------------------------------

HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def tsv(*words: tuple[int, int, int, float, str]) -> str:
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t"]
    for block, par, line, conf, text in words:
        rows.append(f"5\t1\t{block}\t{par}\t{line}\t1\t0\t0\t10\t10\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


def test_tsv_words_become_lines_with_a_blank_line_between_paragraphs() -> None:
    page = tsv_to_page(
        tsv(
            (1, 1, 1, 90, "Tổng"),
            (1, 1, 1, 80, "số"),
            (1, 1, 2, 70, "xã:"),
            (1, 2, 1, 60, "12/19"),
            (2, 1, 1, -1, " "),
        )
    )
    assert page == OcrPage("Tổng số\nxã:\n\n12/19", 75.0)


def test_a_speck_read_as_a_word_is_dropped() -> None:
    # Tesseract reads a 3-pixel dot as "xi8.”"; the words around it are ~60 px tall.
    rows = [HEADER]
    for n, (width, height, text) in enumerate(
        [(150, 60, "Ninh"), (140, 62, "Loan"), (3, 3, "xi8.”"), (60, 58, "17"), (14, 16, ",")]
    ):
        rows.append(f"5\t1\t1\t1\t1\t{n}\t{100 * n}\t0\t{width}\t{height}\t50\t{text}")
    assert tsv_to_page("\n".join(rows) + "\n").text == "Ninh Loan 17 ,"


def _line_rows(line: int, words: list[tuple[int, int, str]], top: int, par: int = 1) -> list[str]:
    """One line's word rows (left, width, text), 40 px tall at ``top``."""
    return [
        f"5\t1\t1\t{par}\t{line}\t{n}\t{left}\t{top}\t{width}\t40\t90\t{text}"
        for n, (left, width, text) in enumerate(words)
    ]


def test_a_line_the_word_boxes_show_wrapping_is_joined_to_the_next() -> None:
    # Three lines run to the right margin (x = 1900); the second wraps before a capitalised
    # name, which the text rules alone keep apart; the third line ends its paragraph early.
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t2000\t2800\t-1\t"]
    rows += _line_rows(1, [(100, 900, "Toàn"), (1050, 850, "huyện")], 100)
    rows += _line_rows(2, [(100, 900, "có"), (1050, 850, "xã")], 160)
    rows += _line_rows(3, [(100, 300, "Tân"), (450, 1450, "Lập,")], 220, par=2)
    rows += _line_rows(4, [(100, 400, "Hòa"), (550, 300, "Bình.")], 280, par=2)
    rows += _line_rows(5, [(100, 300, "Năm"), (450, 1450, "nay")], 400, par=3)
    rows += _line_rows(6, [(100, 300, "Ban"), (450, 300, "chỉ")], 460, par=3)
    page = tsv_to_page("\n".join(rows) + "\n")
    assert page.text == "Toàn huyện có xã Tân Lập, Hòa Bình.\n\nNăm nay Ban chỉ"


def test_lines_without_a_right_margin_keep_their_breaks() -> None:
    # Short lines (a heading, a signature) never reach a margin: nothing is joined.
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t2000\t2800\t-1\t"]
    rows += _line_rows(1, [(100, 300, "Văn"), (450, 300, "Cường")], 100)
    rows += _line_rows(2, [(100, 300, "Ban"), (450, 300, "Biên")], 160)
    assert tsv_to_page("\n".join(rows) + "\n").text == "Văn Cường\nBan Biên"


def test_a_page_without_words_has_no_confidence() -> None:
    assert tsv_to_page(tsv()) == OcrPage("", None)


# --- deskew -------------------------------------------------------------------------------------


def ruled_page(angle: float) -> Image.Image:
    """Dark bars laid out like lines of text, turned ``angle`` degrees counter-clockwise."""
    page = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(page)
    for y in range(150, 1450, 60):
        x = 120
        for width in (180, 90, 240, 130, 200, 110):
            draw.rectangle([x, y, x + width, y + 22], fill=0)
            x += width + 25
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


@pytest.mark.parametrize("angle", [-2.5, -1.5, 0.0, 1.0, 2.2])
def test_skew_is_found_within_a_fifth_of_a_degree(angle: float) -> None:
    assert estimate_skew(ruled_page(angle)) == pytest.approx(-angle, abs=0.2)


def test_a_blank_page_has_no_skew() -> None:
    assert estimate_skew(Image.new("L", (800, 1000), 255)) == 0.0


# --- errors -------------------------------------------------------------------------------------


def test_without_tesseract_the_message_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(OcrUnavailable) as info:
        ocr.check_tesseract("vie", document="scan.png")
    assert str(info.value) == (
        "scan.png: Tesseract not found: install tesseract-ocr and tesseract-ocr-vie"
    )


def test_a_missing_language_names_its_package() -> None:
    with pytest.raises(OcrUnavailable, match="no 'xyz' language data: install tesseract-ocr-xyz"):
        ocr.check_tesseract("vie+xyz", document="scan.png")


def image_source(data: bytes, name: str = "scan.png") -> Source:
    return Source(Path(name), name, data, hashlib.sha256(data).hexdigest(), Format.IMAGE)


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_image_with_ocr_off_needs_ocr() -> None:
    source = image_source(png_bytes(ruled_page(0)))
    with pytest.raises(NeedsOcr, match="scan.png: image: needs OCR, and OCR is off"):
        ocr.load_image(source, ExtractSettings(ocr=False))


def test_cached_page_texts_are_used_without_ocr() -> None:
    # OCR is off, so the Document can only come from the cache.
    source = image_source(png_bytes(ruled_page(0)))
    document = ocr.load_image(source, ExtractSettings(ocr=False), page_cache={1: LINES[1]})
    assert document.text == LINES[1] + "\n"
    assert document.pages[0].ocr and document.pages[0].ocr_confidence is None


def test_a_giant_pdf_page_is_refused_before_rendering() -> None:
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(14400, 14400)  # 5 m square: PDF's largest page size
    with pytest.raises(ResourceLimit, match=r"giant.pdf \(page 1\): page of 5080×5080 mm"):
        ocr.render_page(page, 300, document="giant.pdf", page=1)


# --- real scans (Tesseract) ---------------------------------------------------------------------


def report_pdf() -> bytes:
    """A one-page report typed in Word and printed to PDF by LibreOffice."""
    doc = WordDocument()
    for line in LINES:
        run = doc.add_paragraph().add_run(line)
        run.font.size, run.font.name = Pt(13), "Times New Roman"
    buffer = io.BytesIO()
    doc.save(buffer)
    return convert_with_libreoffice(buffer.getvalue(), "docx", "pdf", document="report.docx")


def scanned(image: Image.Image, angle: float, seed: int = 7) -> Image.Image:
    """What a cheap scanner makes of a page: slightly turned, blurred, noisy."""
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    blurred = np.asarray(turned.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float32)
    noisy = blurred + np.random.default_rng(seed).normal(0, 25, blurred.shape)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


@pytest.fixture(scope="module")
def clean_page() -> Image.Image:
    pdf = pdfium.PdfDocument(report_pdf())
    return ocr.render_page(pdf[0], 300)


@pytest.mark.slow
def test_a_skewed_noisy_scan_reads_back(clean_page: Image.Image) -> None:
    [page] = ocr.ocr_images([scanned(clean_page, 1.5)], document="scan.png")
    assert cer(page.text, TRUTH) <= MAX_CER
    for key in ("18/22", "81,8%", "125,6 tỷ đồng", "19/19 tiêu chí"):
        assert key in page.text
    assert page.confidence is not None and page.confidence > 80


@pytest.mark.slow
def test_a_page_scanned_sideways_is_turned_upright(clean_page: Image.Image) -> None:
    sideways = scanned(clean_page, 0).rotate(90, expand=True)
    [page] = ocr.ocr_images([sideways], document="scan.png")
    assert cer(page.text, TRUTH) <= MAX_CER


@pytest.mark.slow
def test_a_multipage_tiff_is_one_page_per_frame(clean_page: Image.Image) -> None:
    frames = [scanned(clean_page, 0.8, seed=1), scanned(clean_page, -1.2, seed=2)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    source = image_source(buffer.getvalue(), "scan.tif")
    document = ocr.load_image(source, ExtractSettings(ocr_workers=2))
    assert document.format is Format.IMAGE and document.page_count == 2
    assert all(p.ocr and p.ocr_confidence and p.ocr_confidence > 80 for p in document.pages)
    for page in document.pages:
        assert cer(document.text[page.start : page.end], TRUTH) <= MAX_CER
    assert document.ocr


@pytest.mark.slow
def test_a_pdf_mixing_text_and_scanned_pages_is_read_page_by_page(
    clean_page: Image.Image,
) -> None:
    pdf = pdfium.PdfDocument(report_pdf())
    scan = io.BytesIO()
    scanned(clean_page, 1.0).save(scan, format="PDF", resolution=300)
    pdf.import_pages(pdfium.PdfDocument(scan.getvalue()))
    out = io.BytesIO()
    pdf.save(out)
    data = out.getvalue()

    layers = [p.get_textpage().get_text_range() for p in pdfium.PdfDocument(data)]
    assert [page_needs_ocr(text) for text in layers] == [False, True]
    pages = ocr.ocr_pdf_pages(data, [2], ExtractSettings(), document="mixed.pdf")
    assert list(pages) == [2]
    assert cer(pages[2].text, TRUTH) <= MAX_CER
    # A second run takes page 2 from the cache: OCR off proves nothing was OCRed again.
    again = ocr.ocr_pdf_pages(
        data, [2], ExtractSettings(ocr=False), document="mixed.pdf", cache={2: pages[2].text}
    )
    assert again[2].text == pages[2].text
    with pytest.raises(NeedsOcr, match=r"mixed.pdf \(page 2\)"):
        ocr.ocr_pdf_pages(data, [2], ExtractSettings(ocr=False), document="mixed.pdf")


@pytest.mark.slow
def test_the_pdf_loader_ocrs_only_the_scanned_page(clean_page: Image.Image, tmp_path) -> None:
    from baocao.extract import load

    pdf = pdfium.PdfDocument(report_pdf())
    scan = io.BytesIO()
    scanned(clean_page, -1.0).save(scan, format="PDF", resolution=300)
    pdf.import_pages(pdfium.PdfDocument(scan.getvalue()))
    path = tmp_path / "mixed.pdf"
    pdf.save(path)
    document = load(path)
    first, second = document.pages
    assert not first.ocr and second.ocr and second.ocr_confidence > 80
    assert cer(document.text[second.start : second.end], TRUTH) <= MAX_CER
    assert document.ocr


def test_a_hung_tesseract_is_killed_and_its_page_left_empty_with_a_warning(
    tmp_path, monkeypatch
) -> None:
    # A stand-in for a Tesseract that never answers: it lists its languages, then hangs.
    pid_file = tmp_path / "pid"
    fake = tmp_path / "tesseract"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then echo vie; echo osd; exit 0; fi\n'
        f'echo $$ > "{pid_file}"\n'
        "exec sleep 60\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    started = time.monotonic()
    [page] = ocr.ocr_images(
        [Image.new("L", (200, 100), 255)], timeout=1, document="hung.png", workers=1
    )
    assert time.monotonic() - started < 30
    assert page.text == "" and page.warning is not None
    assert page.warning.startswith("hung.png (page 1): OCR took longer than 1 s")
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the hung process is gone, not left behind


def test_a_tesseract_run_that_fails_once_is_run_again(tmp_path, monkeypatch) -> None:
    # A stand-in that exits non-zero on its first reading and answers on the second.
    runs = tmp_path / "runs"
    fake = tmp_path / "tesseract"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then echo vie; echo osd; exit 0; fi\n'
        f'echo run >> "{runs}"\n'
        f'if [ "$(wc -l < "{runs}")" -eq 1 ]; then exit 1; fi\n'
        f"printf '{HEADER}\\n5\\t1\\t1\\t1\\t1\\t1\\t0\\t0\\t40\\t40\\t91\\tĐạt\\n'\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    [page] = ocr.ocr_images([Image.new("L", (200, 100), 255)], document="flaky.png", workers=1)
    assert page.warning is None and page.text == "Đạt"
    assert runs.read_text().count("run") == 2


# --- numbers misread between their digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("giảm 1l5 hộ", "giảm 115 hộ"),  # 115 households, or 1 of 5: read as a number
        ("đạt 9l9 tiêu chí", "đạt 919 tiêu chí"),  # 9/9, or a sum of 919 criteria
        ("có 1119 tiêu chí", "có 1119 tiêu chí"),  # four characters: 1/19 or a sum
    ],
)
def test_a_short_run_is_no_count_with_its_slash_misread(text: str, read: str) -> None:
    assert fix_count_slash(text) == text
    assert repair_ocr_text(text) == read


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Ngân sách xã: 1.450.000:000 đồng;", "Ngân sách xã: 1.450.000.000 đồng;"),
        ("vốn 2:300.500 triệu", "vốn 2.300.500 triệu"),
        ("tổng 12.600;000 đồng", "tổng 12.600.000 đồng"),
        ("tổng 7.250,000.000 đồng", "tổng 7.250.000.000 đồng"),
        ("đã giải ngân 1.925 triệu/4. 080 triệu", "đã giải ngân 1.925 triệu/4.080 triệu"),
        ("mở 12. 400 ha lúa", "mở 12.400 ha lúa"),
        # a space after a thousands dot, the decimals running on to the unit
        ("góp được 41. 208,35 tỷ đồng", "góp được 41.208,35 tỷ đồng"),
        ("xã hội hóa 7. 615,402 tỷ", "xã hội hóa 7.615,402 tỷ"),
        # a thousands dot read as a colon and a space, before a group led by 0
        ("đã đầu tư trên 36: 000 tỷ đồng", "đã đầu tư trên 36.000 tỷ đồng"),
        ("vốn dân góp 9; 050 triệu", "vốn dân góp 9.050 triệu"),
        ("Chưa đạt: 1,4,7, 13, 18", "Chưa đạt: 1, 4, 7, 13, 18"),
        ("Ấp Bắc | 14 | 3,8,12", "Ấp Bắc | 14 | 3, 8, 12"),
        ("kế hoạch 640. 000, trong đó", "kế hoạch 640.000, trong đó"),
        ("vốn tỉnh 6:310 triệu đồng", "vốn tỉnh 6.310 triệu đồng"),
        ("tổng 2.416.090. triệu đồng", "tổng 2.416.090 triệu đồng"),
        ("dự kiến 730.000, triệu đồng", "dự kiến 730.000 triệu đồng"),
        ("có việc làm đạt 88, 7% (yêu cầu", "có việc làm đạt 88,7% (yêu cầu"),
        ("dự kiến 31, 4 tỷ đồng", "dự kiến 31,4 tỷ đồng"),
        ("Tiều chí số 9 về nhà ở; tiểu chí 11", "Tiêu chí số 9 về nhà ở; tiêu chí 11"),
        ("- Ngân sách tỉnh: .12.804,5 triệu đồng", "- Ngân sách tỉnh: 12.804,5 triệu đồng"),
        ("trường học đạt.chuẩn quốc gia", "trường học đạt chuẩn quốc gia"),
        ("xã.đạt.chuẩn năm nay", "xã đạt chuẩn năm nay"),  # a chain of specks
        ("3 thôn được .công nhận;\n.có 12 trường", "3 thôn được công nhận;\ncó 12 trường"),
        ("vốn ngân sách. huyện (Cầu. cống)", "vốn ngân sách huyện (Cầu cống)"),
        ("huyện đã có 6/6.xã về đích", "huyện đã có 6/6 xã về đích"),
        ("giảm 1.250.hộ nghèo", "giảm 1.250 hộ nghèo"),
        ('thôn Buôn Tơ, huyện Ea H"leo; xã', "thôn Buôn Tơ, huyện Ea H’leo; xã"),
        ("xã Cư M“lan đạt", "xã Cư M’lan đạt"),
        ("nhân dân tự.\nđóng góp", "nhân dân tự\nđóng góp"),  # a speck at a line's end
        ("gồm 2 xã (Yên Hồ, Đức.Lạng); 1 xã", "gồm 2 xã (Yên Hồ, Đức Lạng); 1 xã"),
        ("có 41/98{2] xã đạt", "có 41/98[2] xã đạt"),
        ("+ Vốn lồng.ghép: 12 tỷ", "+ Vốn lồng ghép: 12 tỷ"),
        ("2 345.600", "2.345.600"),  # a cell holding one amount
        ("toàn huyện có 1 2/15 xã đạt", "toàn huyện có 12/15 xã đạt"),
        ("- Vốn vay.Ngân hàng: 30 tỷ", "- Vốn vay Ngân hàng: 30 tỷ"),
        ("đạt 12/19[13} tiêu chí", "đạt 12/19[13] tiêu chí"),
        # thousands dots read as commas where no decimal can be meant
        ("tổng 1,284,650 triệu đồng", "tổng 1.284.650 triệu đồng"),
        ("vốn tỉnh 2,705,8 tỷ đồng", "vốn tỉnh 2.705,8 tỷ đồng"),
        ("toàn huyện có 1,267 thôn", "toàn huyện có 1.267 thôn"),
        ("góp 930.000,000 đồng", "góp 930.000.000 đồng"),
        ("(đạt 70 ,32%)", "(đạt 70,32%)"),
        # letters read for digits inside an amount
        ("trung ương 4B.320 triệu", "trung ương 48.320 triệu"),
        ("mở 39.6S0 m đường", "mở 39.650 m đường"),
        # a count's slash read as a letter, or as a 1 before criteria
        ("xã đạt 15l19 tiêu chí", "xã đạt 15/19 tiêu chí"),
        ("có 12|15 xã đạt chuẩn", "có 12/15 xã đạt chuẩn"),
        ("bình quân 16119 tiêu chí", "bình quân 16/19 tiêu chí"),
        # a speck's full stop glued between a word or a semicolon and a number
        ("toàn vùng đã có.312 đơn vị đạt chuẩn", "toàn vùng đã có 312 đơn vị đạt chuẩn"),
        ("môi trường;.27 xã đạt tiêu chí", "môi trường; 27 xã đạt tiêu chí"),
        # between a count and what it counts, the phrase going on in lowercase
        ("và 57. xã đạt chuẩn kiểu mẫu", "và 57 xã đạt chuẩn kiểu mẫu"),
        ("thị xã có: 2. hộ còn nghèo", "thị xã có: 2 hộ còn nghèo"),
        # after an acronym, before a lowercase word
        ("năm 2019, vùng ĐBSCL. đạt 16,2 tiêu chí", "năm 2019, vùng ĐBSCL đạt 16,2 tiêu chí"),
        # a speck's full stop opening a line before a capitalised word
        ("16/16 xã.\n.Toàn tỉnh có 1.267 thôn", "16/16 xã.\nToàn tỉnh có 1.267 thôn"),
        # a count run into what it counts
        ("toàn tỉnh có 7Xã về đích", "toàn tỉnh có 7 Xã về đích"),
        ("giảm 215hộ nghèo", "giảm 215 hộ nghèo"),
        ("bình quân 17/19tiêu chí", "bình quân 17/19 tiêu chí"),
        ("còn 1.042hộ cận nghèo", "còn 1.042 hộ cận nghèo"),
        # a speck's hyphen between a count and its noun
        ("Yên Bái: đã có 23-xã về đích", "Yên Bái: đã có 23 xã về đích"),
        ("còn 7/19-tiêu chí chưa đạt", "còn 7/19 tiêu chí chưa đạt"),
    ],
)
def test_a_misread_mark_between_digit_groups_is_repaired(read: str, meant: str) -> None:
    assert repair_ocr_text(read) == meant
    assert repair_ocr_text(meant) == meant  # twice changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "họp lúc 08:30 ngày 5/3",  # a time
        "họp lúc 10: 05 sáng",  # a time, a space after its colon
        "giai đoạn 2: 500 tỷ đồng",  # a label's number, its sum after the colon
        "hết năm 2023. 415,2 tỷ đồng được giải ngân",  # a year ends the sentence
        "bản đồ tỷ lệ 1:2.000",  # a scale: one group, no thousands dot before the colon
        "diện tích 1.205,750 ha",  # a final comma may be a decimal comma
        "đạt 3,5, 4,5 và 6,0 điểm",  # decimals, not a rising list
        "Đông Hòa | 17 | 4,16",  # two numbers: a decimal as likely as a list
        "hết năm 2024. 120 hộ thoát nghèo",  # a year ends the sentence
        "đạt 1.450.000.000 đồng",  # already right
        "các xã số 2, 14, 6 tỷ đồng",  # a list before the comma: not a decimal
        "đạt 100%. 5 xã còn lại",  # a sentence may start with a number not led by 0
        "năm 2021. Đồng thời",  # nor with a capital
        "khối tiểu học",
        "đơn giá 1,2 tr.đ/m",  # abbreviations keep their dots
        "UBND.xã, TP.Vinh, v.v. và",
        "đạt 98%.Các xã còn lại",  # a sentence run into the next: the boundary stays
        "xem nongthonmoi.gov.vn",
        "nền tảng .NET",
        "tỷ lệ 0.5",
        "1.đường giao thông nông thôn",  # a list item's number opens its line
        "Mục 3.b, tiêu chí 17.1",  # one letter after the dot: a sub-item
        "năm 2020.Các xã",  # a capital after the dot: a sentence run into the next
        'gọi là "xã" kiểu mẫu',  # quotation marks beside spaces
        "cấp 3 125.000 cây giống",  # in prose, 3 may count what 125.000 measures
        "có 5 6/19 tiêu chí",  # 56 of 19 cannot be: two numbers
        "ngân sách 58,400 triệu đồng",  # 58,4 million with three decimals, maybe
        "vốn 456,528 tỷ đồng",  # a decimal
        "12 xã đạt 216 tiêu chí",  # a sum of criteria: no slash misread
        "nền tảng 5S và B52",  # a letter at a token's end: no digit
        "nhóm 1 3/15 xã",  # no "có" / "đạt" before: a label's number may come first
        "giá 3 tr.\nđồng",  # two ASCII letters: an abbreviation
        "về Hà Nội.Sau đó (năm 2020)",  # outside a bracketed list a sentence may end there
        "- Xong đường trục thôn.Sau đó các xã làm tiếp đường ngõ xóm, kênh mương: 3 thôn",
        "tuyến QL1A qua 3 xã, dịch cúm H5N1, mạng 5G",  # codes end in no counted noun
        "cột Km12xã",  # a word before the digits: no count
        "xem tr.12 và Đ.5",  # abbreviations before a number keep their dots
        "gồm: 1. xã Tân Lập; 2. xã Hòa Bình",  # a list's numbers before named communes
        "Nhóm 2. xã hội hóa nguồn vốn",  # "xã hội": no count's noun
        "mục tiêu:\n3. hộ nghèo giảm 2%",  # a list item's number opening its line
        "năm 2022. Xã Đông Sơn",  # a sentence ends, the next starts with a capital
        "TP. sẽ tiếp tục",  # an abbreviation of two letters keeps its stop
        "mỗi năm 1-2 xã, Quyết định 16-QĐ, mã 2-Xã",  # a range, a code, a capital
        "giai đoạn 2016-2020 xã Tân Lập",  # a span's hyphen
    ],
)
def test_what_could_mean_something_else_is_left_alone(text: str) -> None:
    assert repair_ocr_text(text) == text


_OCR_PIECES = st.sampled_from(
    [
        "7",
        "12",
        "450",
        "000",
        ".",
        ",",
        ":",
        ";",
        " ",
        "\n",
        '"',
        "“",
        "(",
        ")",
        "xã",
        "hộ",
        "tự",
        "tr",
        "Đức",
        "Tùng",
        "Hà",
        "Nội",
        "triệu",
        "đồng",
        "%",
        "/",
        "đạt",
        "chuẩn",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_OCR_PIECES, max_size=30).map("".join))
def test_repairs_keep_every_digit_and_letter_and_settle_at_once(text: str) -> None:
    # a repair only changes marks between digits and words: what is read stays in order
    repaired = repair_ocr_text(text)
    assert [c for c in repaired if c.isalnum()] == [c for c in text if c.isalnum()]
    assert repair_ocr_text(repaired) == repaired


def test_repairs_happen_before_the_text_is_built_so_offsets_hold() -> None:
    page = OcrPage(
        "Kinh phí xã: 2.100.000:000 đồng.",
        81.0,
        blocks=(
            Block(lines=("Kinh phí xã: 2.100.000:000 đồng.",)),
            Block(rows=(("Xã", "Chưa đạt"), ("Tân Phú", "2,5,9, 14"))),
        ),
    )
    document = ocr.pages_to_builder([page]).build(image_source(b""))
    assert "2.100.000.000 đồng" in document.text
    cells = [cell for row in document.tables[0].rows for cell in row]
    assert cells[-1].text == "2, 5, 9, 14"
    assert all(document.text[c.start : c.end] == c.text for c in cells)
    assert document.pages[0].ocr and document.pages[0].end == len(document.text)


def test_an_ocr_page_rejoins_a_sentence_its_line_wrapped() -> None:
    # OCR lines are a page's visual lines, as a PDF's are: "… 9 tháng năm" / "2024, tỉnh …"
    # is one sentence, or the period it states is lost to the patterns that read sentences
    page = OcrPage("Kết quả của tỉnh 9 tháng năm\n2024, toàn tỉnh có 12 xã.\n\nII. NHIỆM VỤ", 88.0)
    document = ocr.pages_to_builder([page]).build(image_source(b""))
    assert "9 tháng năm 2024, toàn tỉnh có 12 xã." in document.text
    assert "\nII. NHIỆM VỤ" in document.text


def placed_lines(*lines: tuple[int, int, int, int, str]) -> str:
    """A TSV page 1000 px wide of lines (paragraph, line, left, right, words), one line every
    28 px, each word 20 px tall and as wide as the line shares out."""
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1400\t-1\t"]
    for n, (par, line, left, right, text) in enumerate(lines):
        words = text.split()
        width = (right - left) // len(words)
        for k, word in enumerate(words):
            x = left + k * width
            rows.append(
                f"5\t1\t1\t{par}\t{line}\t{k}\t{x}\t{100 + 28 * n}\t{width - 8}\t20\t90\t{word}"
            )
    return "\n".join(rows) + "\n"


def test_a_line_run_to_the_right_margin_wraps_even_across_a_paragraph_break() -> None:
    # Tesseract may close a paragraph where the line merely wrapped ("… kể từ" ⏎⏎ "năm 2012 …"):
    # the boxes say the line ran to the margin and the next starts at the left edge, unindented;
    # a start year cut from its "từ" would date the report.
    page = tsv_to_page(
        placed_lines(
            (1, 1, 100, 900, "Thôn Đông bắt đầu làm đường bê tông kể từ"),
            (2, 1, 100, 898, "năm 2012, nay đã xong cả các tuyến trục của"),
            (2, 2, 100, 902, "xã Hòa Tiến và đường nội đồng ra tới bến"),
            (2, 3, 100, 500, "Cầu Mới đầu làng."),
            (3, 1, 160, 900, "Đoạn sau lùi vào đầu dòng: một đoạn văn mới"),
        )
    )
    assert page.text.split("\n") == [
        "Thôn Đông bắt đầu làm đường bê tông kể từ năm 2012, nay đã xong cả các tuyến trục của"
        " xã Hòa Tiến và đường nội đồng ra tới bến Cầu Mới đầu làng.",
        "",
        "Đoạn sau lùi vào đầu dòng: một đoạn văn mới",
    ]


def test_a_repair_that_leaves_another_to_make_is_made_in_the_same_call() -> None:
    # a doubled stop before a unit: the stray dot is dropped, then the mark before the unit
    assert repair_ocr_text("Kinh phí:7..triệu đồng") == "Kinh phí:7 triệu đồng"
    assert repair_ocr_text("Vốn:12..tỷ đồng") == "Vốn:12 tỷ đồng"
    assert repair_ocr_text(repair_ocr_text(":7..triệu")) == repair_ocr_text(":7..triệu")
