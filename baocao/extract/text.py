"""Plain-text reports: decode, repair lines, find pipe tables.

Decoding, in order (first that holds wins):

1. a byte-order mark: UTF-8, UTF-16 or UTF-32;
2. UTF-16 without a mark, when every other byte is NUL;
3. strict UTF-8 (nearly all files today), unless it decodes to control-character soup;
4. the best of Windows-1258 (the Vietnamese code page, whose tone marks are separate
   combining bytes: decoded with Python's ``cp1258`` codec, then NFC), charset-normalizer's
   guesses and the legacy font encodings TCVN3 and VNI (:mod:`baocao.extract.legacy`),
   scored by :func:`vietnamese_plausibility` (ties go to the earlier candidate).

A file no candidate decodes plausibly raises :class:`~baocao.errors.UnknownEncoding`;
an empty or whitespace-only one :class:`~baocao.errors.EmptyDocument`.

Consecutive pipe-table lines (``| a | b |`` or ``a | b | c``, two or more) become
:class:`~baocao.model.Table` records with source ``"text"``, re-rendered the way every
loader renders tables (cells joined by ``" | "``); markdown separator rows are dropped.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import charset_normalizer

from baocao.errors import EmptyDocument, MalformedText, UnknownEncoding
from baocao.extract import legacy
from baocao.extract.builder import TextBuilder
from baocao.extract.layout import (
    clean_chars,
    combining_run,
    combining_run_cause,
    control_share,
    flat_table_cell,
    normalise_lines,
    strip_lines,
    text_wraps,
    wrap_width,
)
from baocao.extract.source import Source
from baocao.model import Document
from baocao.settings import ExtractSettings

logger = logging.getLogger(__name__)

#: Minimum :func:`vietnamese_plausibility` for a legacy (non-UTF) decoding to be accepted.
MIN_PLAUSIBILITY = 0.6
#: Share of control characters above which a decoding is binary soup, not text.
MAX_CONTROL_SHARE = 0.01
_SAMPLE_CHARS = 200_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _vietnamese_letters() -> frozenset[str]:
    vowels = "aăâeêioôơuưy"
    marks = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    toned = {unicodedata.normalize("NFC", v + m) for v in vowels for m in marks}
    # f, j, w, z appear in loanwords and names; all ASCII letters are plausible.
    letters = toned | set("bcdđghklmnpqrstvx") | set("abcdefghijklmnopqrstuvwxyz")
    return frozenset(letters | {c.upper() for c in letters})


VIETNAMESE_LETTERS = _vietnamese_letters()


# -- decoding --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def vietnamese_plausibility(text: str) -> float:
    """How much ``text`` looks like Vietnamese (or plain Latin) prose, at most 1.0.

    The share of letters that belong to the Vietnamese alphabet, minus penalties for control
    characters, for combining marks NFC could not attach to a letter (a sign of decoding with
    the wrong code page) and for words with diacritics that are no Vietnamese syllable (a
    Cyrillic code page read as TCVN3 yields Vietnamese letters in impossible words).
    """
    sample = text[:_SAMPLE_CHARS]
    if combining_run(sample) is not None:
        return -1.0  # no language stacks marks so (and NFC of it would take ages)
    sample = unicodedata.normalize("NFC", sample)
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return 0.0
    vietnamese = sum(1 for c in letters if c in VIETNAMESE_LETTERS)
    stray_marks = sum(1 for c in sample if unicodedata.category(c) == "Mn")
    return (
        vietnamese / len(letters)
        - 5 * control_share(sample)
        - 2 * stray_marks / len(sample)
        - (1 - syllable_share(sample))
    )


_WORD = re.compile(r"\w+")
_MAX_WORDS = 5_000


def syllable_share(text: str) -> float:
    """Share of the words with non-ASCII letters that are Vietnamese syllables (1.0 when there
    are none: ASCII words say nothing about the code page)."""
    words = [w for w in _WORD.findall(text) if not w.isascii()][:_MAX_WORDS]
    if not words:
        return 1.0
    good = sum(1 for w in words if legacy.vietnamese_score(w) > 0)
    return good / len(words)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _bomless_utf16(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _legacy_candidates(data: bytes) -> list[str]:
    """Windows-1258 first (the prior for Vietnamese reports), then charset-normalizer's."""
    candidates = ["cp1258"]
    try:
        guesses = [match.encoding for match in charset_normalizer.from_bytes(data)]
    except (ValueError, LookupError, UnicodeError):  # defensive: a guesser bug is no verdict
        guesses = []
    for guess in guesses:
        encoding = codecs.lookup(guess).name
        if encoding not in candidates:
            candidates.append(encoding)
    return candidates


def _candidate_decodings(data: bytes) -> Iterator[tuple[str, str]]:
    for candidate in _legacy_candidates(data):
        decoded = _try_decode(data, candidate)
        if decoded is not None:
            yield candidate, decoded
    # Pre-Unicode Vietnamese fonts' bytes (TCVN3 / VNI), converted to Unicode.
    try:
        legacy_text = legacy.decode_legacy_bytes(data)
    except MalformedText:  # a reading no language has: no candidate
        legacy_text = None
    if legacy_text is not None:
        yield legacy_text[1], legacy_text[0]


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes (see the module docstring for the order).

    Raises :class:`UnknownEncoding` when no encoding gives plausible text.
    """
    encoding = _bom_encoding(data) or _bomless_utf16(data)
    if encoding is not None:
        text = _try_decode(data, encoding)
        if text is not None and control_share(text) <= MAX_CONTROL_SHARE:
            return Decoded(text.lstrip("\ufeff"), encoding)
    text = _try_decode(data, "utf-8")
    if text is not None and control_share(text) <= MAX_CONTROL_SHARE:
        return Decoded(text, "utf-8")
    best: tuple[float, str, str] | None = None
    marked: tuple[int, int] | None = None  # a candidate that reads as a run of marks
    for candidate, decoded in _candidate_decodings(data):
        run = combining_run(decoded)
        if run is not None:
            marked = marked or run
            continue
        score = vietnamese_plausibility(decoded)
        logger.debug("%s: %s scores %.3f", name, candidate, score)
        if best is None or score > best[0]:
            best = (score, candidate, decoded)
    if best is None or best[0] < MIN_PLAUSIBILITY:
        if marked is not None:
            raise MalformedText(name, combining_run_cause(marked))
        raise UnknownEncoding(name, "not text in any encoding we can detect")
    return Decoded(best[2], best[1])


# -- pipe tables -----------------------------------------------------------------------------

_SEPARATOR_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def is_pipe_row(line: str) -> bool:
    """``| a | b |`` (markdown) or ``a | b`` (cells separated by ``" | "``)."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:
        return True
    return " | " in line


def split_pipe_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:
        line = line[1:-1]
    return [cell.strip() for cell in line.split("|")]


@dataclass(frozen=True)
class Block:
    """A run of lines: prose (``rows`` empty) or a pipe table (``lines`` empty)."""

    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


#: The most columns a table written one cell per line is read with, and the longest cell.
_FLAT_COLUMNS = 10
_FLAT_CELL_CHARS = 80


def _flat_table(lines: Sequence[str], i: int) -> tuple[list[tuple[str, ...]], int] | None:
    """A table written one cell per line from ``lines[i]`` ("STT" ⏎ "Đơn vị" ⏎ "Số xã" ⏎
    "1" ⏎ "Huyện A" ⏎ "22" ⏎ "2" ⏎ …, as a web page flattens one): its rows (the header
    first) and the index after it; None unless the header opens with the row-number column
    ("STT", "TT") and at least two rows of as many cells follow, each opening with its
    number or a total ("Tổng" may leave the name cell out), no blank line between (a table
    spaced by blank lines is read by :func:`_spaced_flat_table`)."""
    if not flat_table_cell("ordinal-header", lines[i]):
        return None
    header: list[str] = []
    j = i
    while j < len(lines) and len(header) < _FLAT_COLUMNS:
        cell = lines[j].strip()
        if not cell or len(cell) > _FLAT_CELL_CHARS or (header and _row_number(cell)):
            break
        header.append(cell)
        j += 1
    k = len(header)
    if k < 3:
        return None
    rows: list[tuple[str, ...]] = [tuple(header)]
    while j < len(lines):
        first = lines[j].strip()
        if not _row_number(first):
            break
        cells = [line.strip() for line in lines[j : j + k]]
        if flat_table_cell("total-row", first) and _not_a_cell(
            cells[k - 1] if len(cells) == k else ""
        ):
            # "Tổng cộng" ⏎ "16.500": the total row leaves the number cell out, its word
            # standing in the name column
            cells = ["", *cells[: k - 1]]
            if len(cells) < k or any(not c or len(c) > _FLAT_CELL_CHARS for c in cells[1:]):
                break
            rows.append(tuple(cells))
            j += k - 1
            continue
        if len(cells) < k or any(not c or len(c) > _FLAT_CELL_CHARS for c in cells):
            break
        rows.append(tuple(cells))
        j += k
    if len(rows) < 3:
        return None
    return rows, j


#: The most blank lines one gap between two cells of a table written one cell per line may
#: hold: a page that spaces its cells or rows ("STT" ⏎ ⏎ "Đơn vị" ⏎ ⏎ …) is the same table.
_FLAT_GAP = 2


def _spaced_flat_table(lines: Sequence[str], i: int) -> tuple[list[tuple[str, ...]], int] | None:
    """:func:`_flat_table` for a table whose cells or rows are spaced by blank lines (a web
    page's table copied with a gap after each cell or row): read over its non-blank lines,
    the index after it that of its last cell's line plus one. A gap of more than
    ``_FLAT_GAP`` blank lines ends it."""
    if not flat_table_cell("ordinal-header", lines[i]):
        return None
    kept: list[int] = []
    blanks = 0
    for j in range(i, len(lines)):
        if lines[j].strip():
            kept.append(j)
            blanks = 0
        else:
            blanks += 1
            if blanks > _FLAT_GAP:
                break
    flat = _flat_table([lines[j] for j in kept], 0)
    if flat is None:
        return None
    rows, end = flat
    return rows, kept[end - 1] + 1


#: A table whose places are its columns, written one row per line with its cells spaced
#: (a web page's table flattened row by row): the names line splits at runs of two or more
#: spaces, each row is its number, its label, then one number per place (and maybe one
#: more before them, the whole's column).
_NAME_GAP = re.compile(r"\s{2,}")
_COLUMN_NAME = re.compile(r"[^\W\d_][^\d|:;.()]{0,28}")
_VALUE_ROW = re.compile(r"(\d{1,2})[.)]?\s+(\D+?)\s+(\d[\d.,]*(?:\s+\d[\d.,]*)+)")
#: The whole's column named in the caption line ("Toàn tỉnh", "Tổng cộng").
_WHOLE_WORDS = re.compile(r"(?i:toàn\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố)|tổng\s+cộng)")
#: Names a places-as-columns table holds at least (fewer is a sentence's numbers).
_MIN_COLUMN_NAMES = 3
#: Words one place name has at most.
_MAX_NAME_WORDS = 4


def _column_names(line: str) -> list[str] | None:
    """The place names of a names line ("Nam Sơn  Bắc Hà  Đông Xuyên"), or None."""
    names = [n for n in _NAME_GAP.split(line.strip()) if n]
    if len(names) < _MIN_COLUMN_NAMES:
        return None
    if any(
        not _COLUMN_NAME.fullmatch(n) or len(n.split()) > _MAX_NAME_WORDS or not n[0].isupper()
        for n in names
    ):
        return None
    return names


def _columns_table(lines: Sequence[str], i: int) -> tuple[list[tuple[str, ...]], int] | None:
    """A table whose places are columns, flattened one row per line, from ``lines[i]``:
    an optional caption line opening with the row-number column ("TT …", naming the
    whole's column: "Toàn tỉnh"), a names line, then at least two numbered rows of one
    number per place (or one more: the whole's, first). Turned round into one row per
    place (``"TT" | "Đơn vị" | <row labels>``, the whole's row first), the shape every
    table reader reads; None unless all of that holds."""
    caption = ""
    first = lines[i].strip()
    if flat_table_cell("ordinal-header", first.split(" ", 1)[0]) and i + 1 < len(lines):
        caption, i = first, i + 1
    names = _column_names(lines[i])
    if names is None:
        return None
    labels: list[str] = []
    columns: list[list[str]] = []
    j = i + 1
    while j < len(lines):
        row = _VALUE_ROW.fullmatch(lines[j].strip())
        if row is None:
            break
        values = row.group(3).split()
        if len(values) not in (len(names), len(names) + 1):
            break
        if columns and len(values) != len(columns):
            break
        if not columns:
            columns = [[] for _ in values]
        for column, value in zip(columns, values, strict=True):
            column.append(value)
        labels.append(_NAME_GAP.sub(" ", row.group(2).strip()))
        j += 1
    if len(labels) < 2:
        return None
    rows: list[tuple[str, ...]] = [("TT", "Đơn vị", *labels)]
    if len(columns) > len(names):
        whole = _WHOLE_WORDS.search(caption)
        rows.append(("", whole.group(0) if whole else "Tổng cộng", *columns.pop(0)))
    rows.extend(
        (str(n), name, *column)
        for n, (name, column) in enumerate(zip(names, columns, strict=True), 1)
    )
    return rows, j


def _row_number(cell: str) -> bool:
    """A row's first cell: its number ("1", "2.", "II") or a total ("Tổng cộng")."""
    return flat_table_cell("row-number", cell) or flat_table_cell("total-row", cell)


def _not_a_cell(line: str) -> bool:
    """A line that ends a table written one cell per line: blank, long, a sentence, or the
    next row's number."""
    line = line.strip()
    return (
        not line
        or len(line) > _FLAT_CELL_CHARS
        or line.endswith((".", ":", ";"))
        or _row_number(line)
    )


def lines_to_blocks(lines: Sequence[str]) -> Iterator[Block]:
    """Split lines into prose blocks and pipe tables (two or more consecutive pipe rows), and
    tables written one cell per line (:func:`_flat_table`)."""
    prose: list[str] = []
    i = 0
    while i < len(lines):
        flat = _flat_table(lines, i) or _spaced_flat_table(lines, i) or _columns_table(lines, i)
        if flat is not None:
            if prose:
                yield Block(lines=tuple(prose))
                prose = []
            yield Block(rows=tuple(flat[0]))
            i = flat[1]
            continue
        j = i
        while j < len(lines) and is_pipe_row(lines[j]):
            j += 1
        if j - i >= 2:
            if prose:
                yield Block(lines=tuple(prose))
                prose = []
            rows = tuple(
                tuple(split_pipe_row(line))
                for line in lines[i:j]
                if not _SEPARATOR_ROW.match(line.strip())
            )
            yield Block(rows=rows)
            i = j
        else:
            prose.extend(lines[i : max(j, i + 1)])
            i = max(j, i + 1)
    if prose:
        yield Block(lines=tuple(prose))


# -- loader ----------------------------------------------------------------------------------


def _ends_hard(line: str) -> bool:
    return line.rstrip("\"'”’»)]")[-1:] in (".", "!", "?", "…")


def _title_kept(lines: Sequence[str], wraps: list[bool]) -> list[bool]:
    """``wraps`` with no wrap after the first line when the next starts with a capital and
    is prose, full or ending a sentence with ".", "!", "?" (a title's own short last line
    is neither)."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:2]
    if len(filled) < 2 or filled[1] != filled[0] + 1:
        return wraps
    first, second = filled
    title, nxt = lines[first].strip(), lines[second].strip()
    if "(" in title or any(c in title for c in ",;:"):
        return wraps  # a line with clauses or brackets is prose, not a headline
    if nxt[:1].isupper() and (wraps[second] or _ends_hard(nxt)):
        wraps = [*wraps]
        wraps[first] = False
    return wraps


def text_to_builder(text: str, *, table_source: str = "text") -> TextBuilder:
    """Clean, repair and lay out ``text`` (prose lines and pipe tables) into a builder."""
    builder = TextBuilder()
    lines = clean_chars(text).split("\n")
    # a text hard-wrapped at one width (copied out of a PDF): its wraps rejoined as a PDF
    # page's geometry would rejoin them
    width = wrap_width(strip_lines(lines))
    for block in lines_to_blocks(lines):
        if block.rows:
            builder.add_table(block.rows, source=table_source)
        elif width is not None:
            wraps = list(text_wraps(strip_lines(block.lines), width))
            if not builder.length:
                # the text's first line may be its title (a news headline) over a sentence
                # opening with a capital: kept apart (a PDF shows the title's larger font)
                wraps = _title_kept(block.lines, wraps)
            builder.add_lines(normalise_lines(block.lines, wraps=wraps))
        else:
            builder.add_lines(normalise_lines(block.lines))
    return builder


def load_text(source: Source, settings: ExtractSettings) -> Document:
    """The text loader (``Format.TEXT``)."""
    if not source.data.strip():
        raise EmptyDocument(source.name, "empty file" if not source.data else "only whitespace")
    decoded = decode_text(source.data, source.name)
    if not decoded.text.strip():
        raise EmptyDocument(source.name, "only whitespace")
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        logger.info("%s: decoded as %s", source.name, decoded.encoding)
    return text_to_builder(decoded.text).build(source, encoding=decoded.encoding)
