"""What a scanned web digest is made of, kept through OCR: the bullets Tesseract's Vietnamese
model cannot write (found by their shape, :mod:`baocao.extract.ocrmarks`), the "..." that
ends a teaser or stands on a line of its own (kept by the page cleaning as a row of dots, not
taken for dust), and a seal's pale rim on a short page's last lines, which is paper."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from baocao.extract import ocr, ocrmarks, preprocess
from baocao.extract.scantables import Word

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import make_bad_scans  # noqa: E402
import make_corpus  # noqa: E402

FONT = ImageFont.truetype("DejaVuSerif.ttf", 40)
LEFT, GAP, STEP = 120, 28, 90

#: Our own digest: a national teaser, then items of one province's, each after a bullet.
DIGEST = (
    "ĐIỂM TIN TRONG TUẦN",
    "Cả nước có thêm 120 xã đạt chuẩn. Tính đến cuối quý I/2022, cả nước có 5.400 xã đạt chuẩn ...",
    "• Đến 31/3/2022 - Toàn tỉnh có 64 xã đạt chuẩn nông thôn mới ...",
    "● Quý I/2022 - Toàn tỉnh đã huy động 420 tỷ đồng cho đường làng ...",
    "▪ Nhiều mô hình trồng rau sạch cho thu nhập khá",
    "...",
)


def draw_lines(lines: tuple[str, ...], *, width: int = 2480, height: int = 1400) -> Image.Image:
    """The lines as an A4-wide page at 300 dpi, a line apart; a bullet set apart from its
    text as a word processor sets it."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        y = 100 + STEP * i
        head, _, rest = line.partition(" ")
        if head in ("•", "●", "▪"):
            draw.text((LEFT, y), head, "black", FONT)
            draw.text((LEFT + 40 + GAP, y), rest, "black", FONT)
        else:
            draw.text((LEFT, y), line, "black", FONT)
    return image


def words_of(line: str, i: int, *, bullet_as: str | None) -> list[Word]:
    """Tesseract's words for line ``i`` of :func:`draw_lines`, its bullet read as
    ``bullet_as`` (None: not read at all)."""
    y = 100 + STEP * i
    head, _, rest = line.partition(" ")
    out = []
    x = LEFT
    if head in ("•", "●", "▪"):
        if bullet_as is not None:
            # Tesseract's box hugs the glyph's ink
            left, top, right, bottom = FONT.getbbox(head)
            out.append(
                Word(bullet_as, LEFT + left, y + top, right - left, bottom - top, (1, i, 1), 60.0)
            )
        x = LEFT + 40 + GAP
    else:
        rest = line
    for word in rest.split():
        left, top, right, bottom = FONT.getbbox(word)
        box = (round(x) + left, y + top, right - left, bottom - top)
        out.append(Word(word, *box, (1, i, 1), 90.0))
        x += FONT.getlength(word + " ")
    return out


@pytest.mark.parametrize("bullet_as", ["‹", "©", "m", "»°", None])
def test_a_bullet_tesseract_misreads_or_drops_is_written_back(bullet_as: str | None) -> None:
    image = draw_lines(DIGEST[2:5])
    marks = ocrmarks.find_marks(image)
    words = [
        w for i, line in enumerate(DIGEST[2:5]) for w in words_of(line, i, bullet_as=bullet_as)
    ]
    placed = ocrmarks.place_marks(words, marks)
    firsts = {}
    for w in placed:
        firsts.setdefault(w.line, w.text)
    assert list(firsts.values()) == ["•", "•", "•"]
    # the words after the bullet are as read
    assert [w.text for w in placed if w.text != "•"] == [
        w.text for w in words if w.text != bullet_as
    ]


def test_a_line_opening_with_a_letter_or_a_number_keeps_it() -> None:
    lines = ("o Lô đất số 5 của thôn", "a) Xã có 12 thôn", "0,5 ha đất trồng lúa")
    image = draw_lines(lines)
    words = [w for i, line in enumerate(lines) for w in words_of(line, i, bullet_as=None)]
    assert ocrmarks.place_marks(words, ocrmarks.find_marks(image)) == words


def grey_page(lines: tuple[str, ...]) -> np.ndarray:
    return np.asarray(draw_lines(lines).convert("L"))


def test_an_ellipsis_standing_free_is_no_dust() -> None:
    lines = ("Toàn tỉnh có 64 xã đạt chuẩn ...", "...", "Tin khác trong tuần")
    grey = grey_page(lines)
    rng = np.random.default_rng(5)
    # dust: single dots of a full stop's size strewn over the paper, none in a row
    dusty = grey.copy()
    xs, ys = rng.integers(1400, 2400, 12), rng.integers(400, 1300, 12)
    dust = [(int(x), int(y)) for x, y in zip(xs, ys, strict=True)]
    for x, y in dust:
        cv2.circle(dusty, (x, y), 3, 0, -1)
    cleaned = preprocess.remove_specks(dusty)
    ink = cleaned < 128
    # the dots of both ellipses stay, each dot's ink whole
    second = 100 + STEP
    assert (ink[second : second + STEP, :400] == (grey < 128)[second : second + STEP, :400]).all()
    first_end = LEFT + int(FONT.getlength("Toàn tỉnh có 64 xã đạt chuẩn "))
    band = (slice(100, 100 + STEP), slice(first_end, first_end + 120))
    assert (ink[band] == (grey < 128)[band]).all()
    # the dust goes
    assert not any(ink[y - 2 : y + 3, x - 2 : x + 3].any() for x, y in dust)


def test_a_lone_ellipsis_tesseract_left_out_is_a_paragraph_of_its_own() -> None:
    lines = ("Tin nổi bật trong tuần", "...", "Xem thêm các tin khác")
    image = draw_lines(lines)
    words = [
        w
        for i, line in enumerate(lines)
        if line != "..."
        for w in words_of(line, i, bullet_as=None)
    ]
    placed = ocrmarks.place_marks(words, ocrmarks.find_marks(image))
    assert [w.text for w in placed] == [
        "Tin",
        "nổi",
        "bật",
        "trong",
        "tuần",
        "...",
        "Xem",
        "thêm",
        "các",
        "tin",
        "khác",
    ]
    page = ocr.tsv_to_page(tsv(words), ocrmarks.find_marks(image))
    assert page.text.split("\n") == [
        "Tin nổi bật trong tuần",
        "",
        "...",
        "",
        "Xem thêm các tin khác",
    ]


def tsv(words: list[Word]) -> str:
    rows = [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    ]
    rows.append("1\t1\t0\t0\t0\t0\t0\t0\t2480\t1400\t-1\t")
    for n, w in enumerate(words):
        block, par, line = w.line
        rows.append(
            f"5\t1\t{block}\t{par}\t{line}\t{n}\t{w.left}\t{w.top}\t{w.width}\t{w.height}\t90\t{w.text}"
        )
    return "\n".join(rows) + "\n"


# --- a seal's rim ---------------------------------------------------------------------------------


def test_a_seals_pale_rim_after_the_scanner_is_paper() -> None:
    # A short page stamped, blurred, scanned at 150 dpi and saved as a coarse JPEG, as
    # make_bad_scans does; read back at 300 dpi.
    lines = tuple(
        f"Dòng {i + 1}: toàn huyện có {i + 3}/12 xã đạt chuẩn, vốn {i + 2} tỷ đồng."
        for i in range(8)
    )
    page = np.asarray(draw_lines(lines, height=1200))
    rng = np.random.default_rng(11)
    stamped, _ = make_bad_scans.press_stamp(page, rng)
    blurred = cv2.GaussianBlur(stamped, (0, 0), sigmaX=1.0)
    small = cv2.resize(
        blurred, (page.shape[1] // 2, page.shape[0] // 2), interpolation=cv2.INTER_AREA
    )
    out = io.BytesIO()
    Image.fromarray(small).save(out, "JPEG", quality=30)
    scanned = np.asarray(Image.open(out).convert("RGB").resize((page.shape[1], page.shape[0])))
    seal = (np.abs(stamped.astype(int) - page.astype(int)).max(axis=2) > 30) & (
        page.min(axis=2) > 200
    )
    seal = cv2.dilate(seal.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    text = cv2.erode((page.max(axis=2) < 60).astype(np.uint8), np.ones((3, 3), np.uint8)).astype(
        bool
    )
    away = ~cv2.dilate((page.max(axis=2) < 200).astype(np.uint8), np.ones((9, 9), np.uint8)).astype(
        bool
    )
    cleaned = preprocess.clean_page(scanned)
    _, ink = cv2.threshold(cleaned, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    # the seal's strokes, away from the type, are paper; the type is ink
    assert ink[seal & away].mean() < 0.01
    assert ink[text].mean() > 0.98


# --- the whole path: a digest scanned, read like the typed page -----------------------------------


def page_pdf(lines: tuple[str, ...]) -> bytes:
    out = io.BytesIO()
    draw_lines(lines, height=3508).save(out, "PDF", resolution=300.0)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["scan", "badscan"])
def test_a_scanned_digest_reads_as_a_digest(kind: str, tmp_path: Path) -> None:
    from samefacts import facts_of

    pdf = page_pdf(DIGEST)
    data = (
        make_corpus.pdf_to_scan(pdf, name="digest")
        if kind == "scan"
        else make_bad_scans.pdf_to_bad_scan(pdf, name="digest")
    )
    typed, scanned = tmp_path / "digest.txt", tmp_path / "digest.pdf"
    # every bullet is written back as "•": the typed page is compared with its bullets so
    # written ("●" and "▪" are not yet read alike in typed text: README, left)
    typed_text = "\n\n".join(DIGEST).replace("●", "•").replace("▪", "•")
    typed.write_text(typed_text + "\n", encoding="utf-8")
    scanned.write_bytes(data)
    document = pdfium.PdfDocument(data)
    try:
        image = ocr.render_page(document[0], 300, colour=True)
    finally:
        document.close()
    [page] = ocr.ocr_images([image], workers=1)
    text = ocr.page_ocr_text(page)
    assert [ln[:1] for ln in text.split("\n") if ln.strip()][2:5] == ["•", "•", "•"]
    assert text.count("...") == 4
    meta, facts = facts_of(typed)
    got_meta, got = facts_of(scanned)
    assert got_meta == meta
    # every fact is where and when the typed page has it (a bad scan may still misread a
    # figure's digit: "5.400" as "400", no matter of this test)
    assert sorted((k, p, q) for k, _, p, q in got.elements()) == sorted(
        (k, p, q) for k, _, p, q in facts.elements()
    )
    if kind == "scan":
        assert got == facts
    assert meta[0] is None  # a digest: not the country's page
