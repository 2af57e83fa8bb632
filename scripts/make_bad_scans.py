"""Build bad scans of the corpus and the seed reports: what a tired office scanner makes of a
signed, stamped report.

    python scripts/make_bad_scans.py                 # corpus/badscan/ (build what is stale)
    python scripts/make_bad_scans.py --check         # exit 1 if corpus/badscan/ is stale
    python scripts/make_bad_scans.py --seeds         # build/seeds/badscan/ (never committed)

Each page of a report's digital PDF (``corpus/pdf/``; for the seeds, the PDF that
``scripts/make_seed_fixtures.py`` makes under ``build/seeds/pdf/``) is rendered in colour at
300 dpi and degraded, in this order (:func:`degrade_page`):

1. a round red or blue stamp pressed over the last lines of the last page (the signature
   block), ink multiplied into the paper so the text shows through it;
2. a slight warp: a smooth random displacement field plus a bow across the page (the
   paper did not lie flat), up to ``WARP_PX`` pixels;
3. a rotation of 1–3° either way;
4. uneven light: a linear gradient from one side plus a darker corner, down to
   ``1 - MAX_SHADE`` of full brightness, on slightly yellowed paper;
5. optical blur (Gaussian);
6. resampling to a lower resolution (150–200 dpi);
7. sensor noise and salt-and-pepper specks (dark toner specks, white drop-outs in strokes);
8. JPEG compression at a low quality (25–40): the image-only PDF holds one JPEG per page,
   greyscale but for the stamped page, which stays in colour (as a scanner set to "auto
   colour" files it; it also keeps the corpus's ten bad scans near 4 MB).

One resolution and one JPEG quality per document, as one scanning session gives.

Everything random comes from one :class:`numpy.random.Generator` seeded by the report's name
and ``--seed``: the same PDF and seed give the same pixels. ``corpus/badscan/MANIFEST.json``
records, per report, the hash of the PDF each bad scan was built from, the seed and the
degradation version, and the bad scan's hash; ``--check`` compares without rebuilding.
The corpus builder (``scripts/make_corpus.py``) is left alone: its manifest is for its formats.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import math
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

logger = logging.getLogger("make_bad_scans")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_OUT = ROOT / "build" / "seeds"
SEEDS = ROOT.parent / "shared" / "seeds"
#: Bump when the degradation changes: every bad scan built by an older version is stale.
VERSION = "1"
DEFAULT_SEED = 8
RENDER_DPI = 300
#: Largest displacement of the warp at 300 dpi, in pixels (~0.7 mm).
WARP_PX = 8.0
MAX_SHADE = 0.45
JPEG_QUALITY = (25, 40)
SCAN_DPIS = (150, 200)
FIXED_TIME = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0))
#: Share of pixels turned into dark specks / white drop-outs.
PEPPER = 0.0006
SALT = 0.003


@dataclass(frozen=True)
class Degradation:
    """What was done to one page (logged at debug level)."""

    angle: float
    dpi: int
    stamp: str | None


def _seed(name: str, seed: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{name}".encode()).digest()[:8], "big")


# -- the stamp ---------------------------------------------------------------------------------

STAMP_COLOURS = {"red": (205, 35, 45), "blue": (35, 60, 190)}
STAMP_WORDS = "ỦY BAN NHÂN DÂN * BAN CHỈ ĐẠO NÔNG THÔN MỚI *"


def _font(size: int):
    from PIL import ImageFont

    for name in ("DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def stamp_mask(radius: int, rng: np.random.Generator) -> np.ndarray:
    """A round seal as ink coverage 0–1: two rings, words around the rim, a star in the
    middle, pressed unevenly (some of the ink missing)."""
    from PIL import Image, ImageDraw

    size = 2 * radius + 4
    image = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(image)
    c = size / 2
    width = max(3, radius // 22)
    draw.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=width)
    inner = radius * 0.68
    draw.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=width // 2 + 1)
    # Words around the rim, one letter at a time, turned to follow the circle.
    font = _font(max(10, int(radius * 0.17)))
    letters = STAMP_WORDS
    middle = (radius + inner) / 2
    for i, letter in enumerate(letters):
        theta = 2 * math.pi * i / len(letters) - math.pi / 2
        glyph = Image.new("L", (int(radius * 0.3), int(radius * 0.3)), 0)
        ImageDraw.Draw(glyph).text(
            (glyph.width / 2, glyph.height / 2), letter, fill=255, font=font, anchor="mm"
        )
        glyph = glyph.rotate(-math.degrees(theta) - 90, resample=Image.Resampling.BICUBIC)
        x = c + middle * math.cos(theta) - glyph.width / 2
        y = c + middle * math.sin(theta) - glyph.height / 2
        image.paste(255, (int(x), int(y)), glyph)
    # A five-pointed star in the middle.
    star = []
    for k in range(10):
        r = inner * (0.55 if k % 2 == 0 else 0.22)
        theta = math.pi * k / 5 - math.pi / 2
        star.append((c + r * math.cos(theta), c + r * math.sin(theta)))
    draw.polygon(star, fill=255)
    coverage = np.asarray(image, dtype=np.float32) / 255
    # Uneven pressure: smooth low-frequency ink density, 0.55–1.
    pressure = _smooth_field(rng, coverage.shape, cells=5)
    pressure = 0.55 + 0.45 * (pressure - pressure.min()) / (np.ptp(pressure) + 1e-6)
    return coverage * pressure


def _last_lines(page: np.ndarray, height: int) -> tuple[int, int, int]:
    """The bottom row of ink and the left and right ends of the ink in the ``height`` rows
    above it: the signature block."""
    ink = page.mean(axis=2) < 128
    rows = np.flatnonzero(ink.sum(axis=1) > 3)
    if not rows.size:
        return page.shape[0] // 2, page.shape[1] // 4, page.shape[1] // 2
    last = int(rows[-1])
    cols = np.flatnonzero(ink[max(0, last - height) : last + 1].any(axis=0))
    return last, int(cols[0]), int(cols[-1])


def press_stamp(page: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """The page with a seal, red or blue, pressed over the right end of its last lines of
    text (where the signature and the signer's title are), as an office stamps a report."""
    colour_name = str(rng.choice(sorted(STAMP_COLOURS)))
    colour = np.array(STAMP_COLOURS[colour_name], dtype=np.float32) / 255
    height, width = page.shape[:2]
    radius = int(RENDER_DPI * 0.78 * rng.uniform(0.9, 1.1))  # a seal ~4 cm across
    last, left, right = _last_lines(page, 2 * radius)
    cy = int(np.clip(last - radius * rng.uniform(0.3, 0.7), radius, height - radius - 2))
    cx = int(np.clip(right - radius * rng.uniform(0.1, 0.6), left + radius, width - radius - 2))
    mask = stamp_mask(radius, rng)
    h, w = mask.shape
    y0, x0 = cy - h // 2, cx - w // 2
    y0, x0 = max(0, y0), max(0, min(x0, width - w))
    h, w = min(h, height - y0), min(w, width - x0)
    cover = mask[:h, :w, None]
    region = page[y0 : y0 + h, x0 : x0 + w].astype(np.float32)
    # Ink multiplies into the paper: black text stays black under the seal.
    tinted = region * (1 - cover + cover * colour)
    out = page.copy()
    out[y0 : y0 + h, x0 : x0 + w] = np.clip(tinted, 0, 255).astype(np.uint8)
    return out, colour_name


# -- geometry and light ------------------------------------------------------------------------


def _smooth_field(rng: np.random.Generator, shape: tuple[int, int], *, cells: int) -> np.ndarray:
    import cv2

    coarse = rng.normal(0, 1, (cells, cells)).astype(np.float32)
    return cv2.resize(coarse, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC)


def warp(page: np.ndarray, rng: np.random.Generator, *, amplitude: float = WARP_PX) -> np.ndarray:
    """A smooth displacement (random low-frequency field + a bow across the page)."""
    import cv2

    height, width = page.shape[:2]
    dx = _smooth_field(rng, (height, width), cells=4)
    dy = _smooth_field(rng, (height, width), cells=4)
    scale = amplitude * 0.5 / max(float(np.abs(dx).max()), float(np.abs(dy).max()), 1e-6)
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    bow = amplitude * 0.5 * rng.choice((-1.0, 1.0)) * np.sin(np.pi * xs / width)
    map_x = xs + dx * scale
    map_y = ys + dy * scale + bow.astype(np.float32)
    return cv2.remap(
        page,
        map_x,
        map_y,
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(255, 255, 255),
    )


def rotate(page: np.ndarray, angle: float) -> np.ndarray:
    """Turned ``angle`` degrees counter-clockwise about the centre, white showing at the
    corners (a scanner bed's lid)."""
    import cv2

    height, width = page.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(
        page,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(250, 250, 250),
    )


def uneven_light(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Brightness falling off towards one side and one corner, on yellowed paper."""
    height, width = page.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    direction = rng.uniform(0, 2 * math.pi)
    u = (xs / width - 0.5) * math.cos(direction) + (ys / height - 0.5) * math.sin(direction)
    u = (u - u.min()) / (np.ptp(u) + 1e-6)
    corner_x, corner_y = rng.choice((0.0, 1.0)), rng.choice((0.0, 1.0))
    dist = np.hypot(xs / width - corner_x, ys / height - corner_y)
    vignette = np.clip(1 - dist / 0.6, 0, 1) ** 2
    shade = MAX_SHADE * (0.6 * u + 0.4 * vignette) * rng.uniform(0.7, 1.0)
    light = 1 - shade
    paper = np.array([1.0, 0.97, 0.90], dtype=np.float32)
    lit = page.astype(np.float32) * light[..., None] * paper
    return np.clip(lit, 0, 255).astype(np.uint8)


def specks(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Sensor noise, dark toner specks (1–3 px) and white drop-outs."""
    noisy = page.astype(np.float32) + rng.normal(0, 4, page.shape[:2])[..., None]
    height, width = page.shape[:2]
    n = int(PEPPER * height * width)
    ys, xs = rng.integers(0, height - 3, n), rng.integers(0, width - 3, n)
    sizes = rng.integers(1, 3, n)  # 1–2 px
    for y, x, s in zip(ys, xs, sizes, strict=True):
        noisy[y : y + s, x : x + s] = rng.uniform(20, 90)
    salt = rng.random((height, width)) < SALT
    noisy[salt] = 235
    return np.clip(noisy, 0, 255).astype(np.uint8)


def degrade_page(
    page: np.ndarray, rng: np.random.Generator, *, stamp: bool, dpi: int
) -> tuple[np.ndarray, Degradation]:
    """A clean RGB render at ``RENDER_DPI`` → a bad scan (RGB) at ``dpi``."""
    import cv2

    stamp_colour = None
    if stamp:
        page, stamp_colour = press_stamp(page, rng)
    page = warp(page, rng)
    angle = float(rng.choice((-1.0, 1.0)) * rng.uniform(1.0, 3.0))
    page = rotate(page, angle)
    page = uneven_light(page, rng)
    page = cv2.GaussianBlur(page, (0, 0), sigmaX=float(rng.uniform(0.8, 1.2)))
    size = (round(page.shape[1] * dpi / RENDER_DPI), round(page.shape[0] * dpi / RENDER_DPI))
    page = cv2.resize(page, size, interpolation=cv2.INTER_AREA)
    page = specks(page, rng)
    return page, Degradation(round(angle, 3), dpi, stamp_colour)


def pdf_to_bad_scan(pdf: bytes, *, name: str, seed: int = DEFAULT_SEED) -> bytes:
    """Every page of ``pdf`` rendered, degraded (:func:`degrade_page`, the stamp on the last
    page) and saved as one JPEG per page in an image-only PDF; one scanner resolution and one
    JPEG quality per document, as one scanning session gives."""
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(_seed(name, seed))
    dpi = int(rng.choice(SCAN_DPIS))
    quality = int(rng.integers(JPEG_QUALITY[0], JPEG_QUALITY[1] + 1))
    document = pdfium.PdfDocument(pdf)
    try:
        renders = [
            np.asarray(page.render(scale=RENDER_DPI / 72).to_pil().convert("RGB"))
            for page in document
        ]
    finally:
        document.close()
    pages = []
    for index, render in enumerate(renders):
        last = index == len(renders) - 1
        degraded, info = degrade_page(render, rng, stamp=last, dpi=dpi)
        image = Image.fromarray(degraded)
        # A greyscale scan, but for the stamped page (keeps the corpus small: ~1/3 the bytes).
        pages.append(image if last else image.convert("L"))
        logger.debug("%s page %d: %s, JPEG quality %d", name, index + 1, info, quality)
    out = io.BytesIO()
    # Pillow writes an RGB page as DCT (JPEG) at this quality; the dpi keeps A4's size.
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=quality,
        creationDate=FIXED_TIME,
        modDate=FIXED_TIME,
    )
    return out.getvalue()


# -- the build ---------------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _entry(pdf: bytes, seed: int) -> dict:
    return {"pdf_sha256": sha256(pdf), "seed": seed, "version": VERSION}


def build(
    pdf_dir: Path,
    out_dir: Path,
    *,
    seed: int = DEFAULT_SEED,
    force: bool = False,
    names: Sequence[str] = (),
) -> list[Path]:
    """A bad scan ``out_dir/<name>.pdf`` for each ``pdf_dir/<name>.pdf`` that is missing or
    stale by ``out_dir/MANIFEST.json``; returns what was written."""
    manifest_path = out_dir / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    written = []
    for source in sorted(pdf_dir.glob("*.pdf")):
        if names and source.stem not in names:
            continue
        pdf = source.read_bytes()
        target = out_dir / source.name
        entry = _entry(pdf, seed)
        recorded = manifest.get(source.stem, {})
        fresh = (
            target.exists()
            and {k: recorded.get(k) for k in entry} == entry
            and recorded.get("sha256") == sha256(target.read_bytes())
        )
        if fresh and not force:
            continue
        data = pdf_to_bad_scan(pdf, name=source.stem, seed=seed)
        out_dir.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        manifest[source.stem] = {**entry, "sha256": sha256(data)}
        written.append(target)
    if written:
        text = json.dumps(dict(sorted(manifest.items())), indent=1)
        manifest_path.write_text(text + "\n", encoding="utf-8")
    return written


def check(pdf_dir: Path, out_dir: Path, *, seed: int = DEFAULT_SEED) -> list[str]:
    """What makes ``out_dir``'s bad scans out of date (empty when all is well)."""
    manifest_path = out_dir / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    problems = []
    for source in sorted(pdf_dir.glob("*.pdf")):
        target = out_dir / source.name
        recorded = manifest.get(source.stem, {})
        entry = _entry(source.read_bytes(), seed)
        if not target.exists():
            problems.append(f"{source.stem}: no bad scan")
        elif {k: recorded.get(k) for k in entry} != entry:
            problems.append(f"{source.stem}: bad scan built from another PDF, seed or version")
        elif recorded.get("sha256") != sha256(target.read_bytes()):
            problems.append(f"{source.stem}: bad scan changed since it was built")
    return problems


def seed_pdfs(seeds: Path, out: Path) -> Path:
    """The seeds' PDFs, made the way ``make_seed_fixtures.py`` makes them; their folder."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_seed_fixtures

    layout = make_seed_fixtures.seed_layout(seeds, out)
    out.mkdir(parents=True, exist_ok=True)
    make_seed_fixtures.make_corpus.build(layout, formats=["pdf"])
    return out / "pdf"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify corpus/badscan is current")
    parser.add_argument("--force", action="store_true", help="rebuild every bad scan")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument(
        "--seeds",
        nargs="?",
        type=Path,
        const=SEEDS,
        default=None,
        help="bad scans of the seed reports (folder of .txt, default ../shared/seeds) "
        "into --out instead of the corpus",
    )
    parser.add_argument("--out", type=Path, default=None, help="output folder")
    parser.add_argument("names", nargs="*", help="only these reports (default: all)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.seeds is not None:
        root = args.out or SEED_OUT
        pdf_dir, out_dir = seed_pdfs(args.seeds, root), root / "badscan"
    else:
        pdf_dir, out_dir = CORPUS / "pdf", args.out or CORPUS / "badscan"
    if args.check:
        problems = check(pdf_dir, out_dir, seed=args.seed)
        for problem in problems:
            logger.error(problem)
        return 1 if problems else 0
    written = build(pdf_dir, out_dir, seed=args.seed, force=args.force, names=args.names)
    for path in written:
        logger.info("wrote %s", path)
    logger.info("%d bad scans written to %s", len(written), out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
