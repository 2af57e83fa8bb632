"""A synthetic archive of reports for the scale benchmark, reproducible from a seed.

    python bench/make_archive.py OUT [--documents 2000] [--seed 11]

Each document is one of the ten corpus reports (``corpus/txt`` and its built formats) moved
to another real commune, district and province (drawn from the official list that
``vietnamadminunits`` ships), with its years shifted, its report number redrawn and the last
digit of its amounts varied, then written in a format drawn by :data:`MIX`:

- ``.txt`` and ``.docx`` (python-docx, through ``scripts/make_corpus.py``'s own
  ``text_to_docx``, TCVN3 fonts for ``tcvn3``) are made from the varied text, so their text
  and their facts differ from document to document; both are cheap to make;
- PDF, Word 97, scans (image-only PDFs that need OCR), bad scans and .xlsx appendix tables
  are *copies* of the corpus's converted files, made distinct documents (another hash) by a
  trailing comment. Converting 2,000 texts through LibreOffice and a scanner simulation would
  take hours; a copy costs the pipeline exactly what the original costs (the same pages to
  render and OCR), which is what the benchmark measures. Their facts repeat the template's.

Files are laid out as an archive is: ``OUT/<province>/<year>/<n>-<template>.<ext>``. The
same seed and corpus give the same bytes (``archive.json`` records each file's hash).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "scripts"))

#: Share of each format in the archive (weights). Scans are few: each costs seconds of OCR a
#: page, and a real archive's digital share grows with the years.
MIX = {
    "txt": 38,
    "docx": 30,
    "tcvn3": 4,
    "pdf": 13,
    "doc": 6,
    "xlsx": 3,
    "scan": 4,
    "badscan": 2,
}

#: Where the converted copies come from, and their extension.
COPIED = {
    "pdf": ("pdf", ".pdf"),
    "doc": ("doc", ".doc"),
    "scan": ("scan", ".pdf"),
    "badscan": ("badscan", ".pdf"),
    "xlsx": ("tables", ".xlsx"),
}


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    meta: dict


@dataclass(frozen=True)
class Commune:
    province: str
    district: str
    district_type: str
    commune: str


def templates() -> list[Template]:
    found = []
    for path in sorted((CORPUS / "txt").glob("*.txt")):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        found.append(Template(path.stem, path.read_text(encoding="utf-8"), gold["meta"]))
    if not found:
        raise SystemExit("no corpus texts in corpus/txt")
    return found


def communes() -> list[Commune]:
    """Every rural commune (xã) of a rural district (huyện), pre-July-2025 map."""
    from vietnamadminunits.database.main import get_data

    rows = get_data(
        fields=["provinceShort", "district", "districtType", "ward", "wardType"],
        table="admin_units_legacy",
    )
    found = {
        Commune(
            row["provinceShort"],
            _short(row["district"], row["districtType"]),
            row["districtType"],
            _short(row["ward"], row["wardType"]),
        )
        for row in rows
        if row["ward"] and row["wardType"] == "Xã" and row["districtType"] == "Huyện"
    }
    return sorted(found, key=lambda c: (c.province, c.district, c.commune))


def _short(full: str, unit_type: str) -> str:
    name = full.strip()
    prefix = f"{unit_type} "
    return name[len(prefix) :] if name.lower().startswith(prefix.lower()) else name


def _upper(name: str) -> str:
    return unicodedata.normalize("NFC", name.upper())


_YEAR = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")
_RANGE = re.compile(r"(?<!\d)20[12]\d\s*[-–]\s*20[12]\d(?!\d)")
_REPORT_NUMBER = re.compile(r"(Số:\s*)(\d+)(/)")
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d.,])")


def vary(template: Template, place: Commune, rng: random.Random) -> tuple[str, str, int]:
    """The template moved to ``place``, its years shifted, its numbers varied; with the
    province and the report's first year, for the archive's folders."""
    meta = template.meta
    text = template.text
    names: list[tuple[str, str]] = [(meta["province"], place.province)]
    if meta.get("district"):
        names.append((meta["district"], place.district))
    if meta["level"] == "commune":
        names.append((meta["unit"], place.commune))
    elif meta["level"] == "district":
        names.append((meta["unit"], place.district))
    for old, new in sorted(names, key=lambda pair: -len(pair[0])):
        text = text.replace(old, new).replace(_upper(old), _upper(new))
    # Years move within the national programme's stage of the report's period (2011-2015,
    # 2016-2020, 2021-2025), so its criteria set still applies; stage ranges themselves
    # ("giai đoạn 2021-2025") stay as written.
    years = [int(y) for y in _YEAR.findall(_RANGE.sub("", text))]
    low, high = (min(years), max(years)) if years else (2020, 2020)
    first = 2011 + 5 * ((low - 2011) // 5)
    shift = rng.randint(min(0, first - low), max(0, first + 4 - high))
    pieces = _RANGE.split(text)
    ranges = _RANGE.findall(text)
    moved = [_YEAR.sub(lambda m: str(int(m.group(1)) + shift), piece) for piece in pieces]
    text = "".join(p + r for p, r in zip(moved, [*ranges, ""], strict=True))
    text = _REPORT_NUMBER.sub(lambda m: f"{m.group(1)}{rng.randint(1, 299)}{m.group(3)}", text)
    text = _AMOUNT.sub(lambda m: m.group(1)[:-1] + str(rng.randint(0, 9)), text)
    return text, place.province, low + shift


def distinct_copy(data: bytes, suffix: str, mark: str) -> bytes:
    """The same document under another hash: a trailing PDF comment, a zip comment, or bytes
    past the end of a Word 97 file (readers stop at the file's own end)."""
    if suffix == ".xlsx":
        import io

        buffer = io.BytesIO(data)
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.comment = mark.encode()
        return buffer.getvalue()
    if suffix == ".pdf":
        return data + f"\n%% {mark}\n".encode()
    return data + f"\n{mark}\n".encode()


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def make_archive(out: Path, *, documents: int, seed: int, mix: dict[str, int] = MIX) -> dict:
    """Write ``documents`` reports under ``out``; return the manifest (also ``archive.json``)."""
    import make_corpus  # scripts/make_corpus.py: the corpus's own .docx writer

    rng = random.Random(seed)
    bases = templates()
    places = communes()
    formats = list(mix)
    weights = [mix[f] for f in formats]
    copies: dict[tuple[str, str], bytes] = {}
    files: dict[str, str] = {}
    counts: dict[str, int] = dict.fromkeys([*formats, "docx"], 0)
    for n in range(documents):
        fmt = rng.choices(formats, weights)[0]
        template = rng.choice(bases)
        if fmt == "xlsx" and not (CORPUS / "tables" / f"{template.name}.xlsx").exists():
            fmt = "docx"  # not every report has appendix tables
        text, province, year = vary(template, rng.choice(places), rng)
        folder = out / slug(province) / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            path, data = folder / f"{n:06d}-{template.name}.txt", text.encode("utf-8")
        elif fmt in ("docx", "tcvn3"):
            title = make_corpus.report_title(text)
            writer = make_corpus.text_to_docx if fmt == "docx" else make_corpus.text_to_tcvn3_docx
            path, data = folder / f"{n:06d}-{template.name}.docx", writer(text, title=title)
        else:
            sub, suffix = COPIED[fmt]
            key = (sub, template.name)
            if key not in copies:
                copies[key] = (CORPUS / sub / f"{template.name}{suffix}").read_bytes()
            mark = f"archive copy {seed}-{n}"
            data = distinct_copy(copies[key], suffix, mark)
            path = folder / f"{n:06d}-{template.name}-{fmt}{suffix}"
        path.write_bytes(data)
        files[str(path.relative_to(out))] = hashlib.sha256(data).hexdigest()
        counts[fmt] += 1
    manifest = {"seed": seed, "documents": documents, "formats": counts, "files": files}
    (out / "archive.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--formats", help=f"only these formats, comma-separated (default all: {','.join(MIX)})"
    )
    args = parser.parse_args()
    mix = MIX
    if args.formats:
        wanted = args.formats.split(",")
        unknown = sorted(set(wanted) - set(MIX))
        if unknown:
            parser.error(f"unknown formats {unknown}; choose from {list(MIX)}")
        mix = {f: MIX[f] for f in wanted}
    manifest = make_archive(args.out, documents=args.documents, seed=args.seed, mix=mix)
    made = ", ".join(f"{k} {v}" for k, v in manifest["formats"].items())
    print(f"{args.documents} documents under {args.out} (seed {args.seed}): {made}")


if __name__ == "__main__":
    main()
