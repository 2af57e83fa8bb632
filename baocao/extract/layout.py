"""Pure functions that normalise extracted text, shared by every loader.

Two levels:

* characters — :func:`clean_chars`: NFC (Word often saves decomposed NFD diacritics),
  ``\\r\\n``/``\\r`` and other line separators to ``\\n``, no-break and typographic spaces
  to spaces, control and zero-width characters dropped. :func:`clean_cell` also folds
  whitespace for a table cell. Text is normalised only through :func:`nfc`, which first
  refuses a run of more than :data:`MAX_COMBINING_RUN` combining marks
  (:class:`~baocao.errors.MalformedText`).
* lines — :func:`normalise_lines`: strip each line and make its runs of spaces one, drop
  Word field-code debris (a ``PAGE`` field line followed by a lone page number), rejoin a
  sentence broken across lines, rejoin a label and its amount split over lines, keep a hyphen
  at a line end ("2011-" + "2015" → "2011-2015"), join lines a page's geometry (a PDF's or a
  scan's, :func:`line_wraps`) marks as visual wraps even after "."
  (:func:`continues_paragraph`), collapse runs of blank lines. List items and headings stay
  on their own lines.

Line repairs only ever remove whitespace (and the documented debris lines): no other
character is lost. Both levels are idempotent. The line shapes are data,
``baocao/data/layout.toml``.

The soft hyphen U+00AD is kept: in TCVN3 byte 0xAD is "ư", and the legacy converter runs
before layout; a real soft hyphen is rare in these reports and harmless to keep.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from baocao.errors import LexiconError, MalformedText

# -- characters ------------------------------------------------------------------------------

# Characters Python's str.splitlines() treats as line ends: mapped to "\n" so offsets computed
# from splitlines() and from "\n" agree.
_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# no-break spaces (Word uses them for alignment) and the typographic ones (en, em, figure,
# punctuation, hair, ideographic): read as the space they stand for. Not the thin space
# U+2009, which groups digits ("1\u2009234", :mod:`baocao.vocab.numbers`).
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f\u3000"
_ZERO_WIDTH = "\u200b\u2060\ufeff"  # invisible; a BOM may sit mid-file after concatenation

_TRANSLATE = {
    **{ord(c): "\n" for c in _LINE_BREAKS},
    **{ord(c): " " for c in _SPACES},
    **{ord(c): None for c in _ZERO_WIDTH},
    # C0 and C1 control characters other than tab and line feed carry no text.
    **{c: None for c in range(0x20) if chr(c) not in "\t\n" and chr(c) not in _LINE_BREAKS},
    0x7F: None,
    **{c: None for c in range(0x80, 0xA0) if chr(c) not in _LINE_BREAKS},
    # the Icelandic eth, drawn like "Đ", typed for it on pages made with Windows-1252 fonts
    # ("huyện Cờ Ðỏ"): Vietnamese has no eth, and a name must match its map spelling
    0xD0: "\u0110",
    0xF0: "\u0111",
}
_SURROGATES = re.compile("[\ud800-\udfff]")
_WHITESPACE_RUN = re.compile(r"\s+")


def clean_chars(text: str) -> str:
    """``text`` in NFC with ``\\n`` line ends, no control, zero-width or surrogate characters,
    and no-break spaces turned into spaces. Idempotent. Raises
    :class:`~baocao.errors.MalformedText` (see :func:`nfc`)."""
    text = text.replace("\r\n", "\n").translate(_TRANSLATE)
    text = _SURROGATES.sub("", text)
    return nfc(text)


# -- combining marks -------------------------------------------------------------------------

#: The longest run of combining marks accepted on one base character. Vietnamese stacks at
#: most two (a hat, breve or horn, then a tone: "ệ" is e + U+0302 + U+0323 decomposed);
#: the most heavily marked scripts in ordinary use (pointed Hebrew, Thai, Lao, Devanagari)
#: reach three or four. A longer run is "Zalgo" decoration or an attack: NFC sorts a run of
#: marks by insertion, so its cost grows with the square of the run (measured: 80,000
#: alternating marks take 14 s; a million, hours), while any run up to this bound costs a
#: constant. Four keeps every real orthography and makes normalisation linear.
MAX_COMBINING_RUN = 4

#: Combining marks past the Basic Multilingual Plane: variation selectors 17-256.
_ASTRAL_MARK_RANGES = ((0xE0100, 0xE01EF),)


@functools.cache
def _mark_runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a run of more than MAX_COMBINING_RUN marks (Unicode category M): the BMP
    ones (a fast bitmap class) and all of them (slower; used only on text with astral
    characters)."""
    marks = [cp for cp in range(0x300, 0x1F000) if unicodedata.category(chr(cp))[0] == "M"]
    marks += [cp for lo, hi in _ASTRAL_MARK_RANGES for cp in range(lo, hi + 1)]
    bmp = "".join(_class_range(lo, hi) for lo, hi in _ranges(cp for cp in marks if cp < 0x10000))
    every = "".join(_class_range(lo, hi) for lo, hi in _ranges(marks))
    run = f"{{{MAX_COMBINING_RUN + 1},}}"
    return re.compile(f"[{bmp}]{run}"), re.compile(f"[{every}]{run}")


def _ranges(codes: Iterable[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cp in codes:
        if out and cp == out[-1][1] + 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out


def _class_range(lo: int, hi: int) -> str:
    return f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"


def combining_run(text: str) -> tuple[int, int] | None:
    """``(start, length)`` of the first run of more than :data:`MAX_COMBINING_RUN` combining
    marks in ``text``, or None. Linear in the text (about 50 ms for 500,000 characters)."""
    bmp, every = _mark_runs()
    found = bmp.search(text)
    if found is None and text and max(text) >= "\U00010000":
        found = every.search(text)
    return None if found is None else (found.start(), found.end() - found.start())


def nfc(text: str) -> str:
    """``text`` in Unicode NFC, unless it holds a run of combining marks no writing system
    has: then :class:`~baocao.errors.MalformedText`, raised before normalising (whose time
    would grow with the square of the run). The error names no document: :func:`baocao.
    extract.load` adds the file's name."""
    run = combining_run(text)
    if run is not None:
        raise MalformedText("", combining_run_cause(run))
    return unicodedata.normalize("NFC", text)


def combining_run_cause(run: tuple[int, int]) -> str:
    """The message for a run found by :func:`combining_run`."""
    start, length = run
    return (
        f"a run of {length:,} combining marks on one letter (character {start:,}); "
        f"no language stacks more than {MAX_COMBINING_RUN}"
    )


def clean_cell(text: str | None) -> str:
    """A table cell's text: :func:`clean_chars`, all whitespace runs (line breaks included)
    folded to one space, stripped. ``None`` (a merged cell) is ``""``."""
    if not text:
        return ""
    return _WHITESPACE_RUN.sub(" ", clean_chars(text)).strip()


def control_share(text: str, *, sample_chars: int = 200_000) -> float:
    """Share of characters no text holds: controls (other than tab and line ends), unassigned,
    private-use or surrogate code points, and U+FFFD. Text decoded with the wrong codec, or a
    PDF font without a Unicode map, scores high."""
    sample = text[:sample_chars]
    if not sample:
        return 0.0
    bad = sum(
        1
        for c in sample
        if (unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f\v")
        or c == "\ufffd"
    )
    return bad / len(sample)


# -- line shapes (data) ----------------------------------------------------------------------


@dataclass(frozen=True)
class LineShape:
    """One entry of ``layout.toml``: a line pattern with example lines of its shape."""

    kind: str
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    next: re.Pattern[str] | None = None
    next_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class LineShapes:
    list_items: tuple[LineShape, ...]
    headings: tuple[LineShape, ...]
    label_values: tuple[LineShape, ...]
    debris: tuple[LineShape, ...]
    flat_tables: tuple[LineShape, ...] = ()


_KINDS = {
    "list_item": "list_items",
    "heading": "headings",
    "label_value": "label_values",
    "flat_table": "flat_tables",
}


def parse_line_shapes(data: dict[str, object], *, origin: str = "layout.toml") -> LineShapes:
    """Validate the parsed ``layout.toml``; every bad entry is reported in one LexiconError."""
    problems: list[str] = []
    shapes: dict[str, list[LineShape]] = {k: [] for k in (*_KINDS.values(), "debris")}
    for kind in (*_KINDS, "debris"):
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            problems.append(f"[[{kind}]] must be an array of tables")
            continue
        for i, entry in enumerate(entries):
            where = f"[[{kind}]] #{i + 1}"
            shape = _parse_shape(kind, entry, where, problems)
            if shape is not None:
                shapes[_KINDS.get(kind, "debris")].append(shape)
    if problems:
        raise LexiconError(f"{origin}: " + "; ".join(problems))
    return LineShapes(**{k: tuple(v) for k, v in shapes.items()})


def _parse_shape(kind: str, entry: object, where: str, problems: list[str]) -> LineShape | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: not a table")
        return None
    name = entry.get("name")
    where = f"{where} ({name})" if name else where
    fields = ["name", "pattern", "example"] + (["next", "next_example"] if kind == "debris" else [])
    missing = [
        f
        for f in fields
        if not (_strings(entry.get(f)) if f.endswith("example") else _string(entry.get(f)))
    ]
    if missing:
        problems.append(f"{where}: missing {', '.join(missing)}")
        return None
    compiled: dict[str, re.Pattern[str]] = {}
    before = len(problems)
    for key, example_key in (("pattern", "example"), ("next", "next_example")):
        if key not in fields:
            continue
        try:
            compiled[key] = re.compile(entry[key])
        except re.error as e:
            problems.append(f"{where}: bad {key}: {e}")
            continue
        for example in _strings(entry[example_key]):
            if not compiled[key].match(example):
                problems.append(f"{where}: {example_key} {example!r} does not match")
    if len(problems) > before:
        return None
    return LineShape(
        kind,
        entry["name"],
        compiled["pattern"],
        _strings(entry["example"]),
        compiled.get("next"),
        _strings(entry.get("next_example")),
    )


def _string(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _strings(value: object) -> tuple[str, ...]:
    """A field holding one non-empty string or an array of them (examples), as a tuple;
    empty when it is neither."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    if not items or not all(isinstance(v, str) and v for v in items):
        return ()
    return tuple(items)


@functools.cache
def line_shapes() -> LineShapes:
    """The packaged ``baocao/data/layout.toml``, parsed and validated once."""
    raw = resources.files("baocao").joinpath("data/layout.toml").read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"layout.toml: {e}") from e
    return parse_line_shapes(data)


# -- line predicates -------------------------------------------------------------------------

_SENTENCE_END = frozenset(".!?;:…")
_CLOSERS = "\"'”’»)]"


def _matches(shapes: Sequence[LineShape], line: str) -> bool:
    return any(s.pattern.match(line) for s in shapes)


def is_list_item(line: str) -> bool:
    """ "- …", "+ …", "a) …", "1. …", "1.2. …", "(3) …"."""
    return _matches(line_shapes().list_items, line)


def is_all_caps(line: str) -> bool:
    """At least two letters, none of them lowercase ("BÁO CÁO", "I. MỤC TIÊU")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def is_heading(line: str) -> bool:
    """A line in capitals, a roman-numbered section, "Tiêu chí số 3 - Thủy lợi"…"""
    return is_all_caps(line) or _matches(line_shapes().headings, line)


def ends_sentence(line: str) -> bool:
    """The line ends with sentence punctuation (closing quotes/brackets looked through)."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


_OPENERS = "*_(\"“‘'["


def _lead(line: str) -> str:
    """The line's first character past opening quotes, brackets and bold markup."""
    return line.lstrip(_OPENERS)[:1]


def _starts_lowercase(line: str) -> bool:
    lead = _lead(line)
    return lead.isalpha() and lead.islower()


def continues_sentence(previous: str, line: str, *, wrapped: bool = False) -> bool:
    """``line`` carries on the sentence ``previous`` left unfinished: ``previous`` ends
    neither a sentence nor a heading, and ``line`` starts in lowercase (or with a digit after
    a comma) without being a list item.

    ``wrapped``: the lines are a page's visual lines (PDF), where a break is usually a wrap,
    not a paragraph end. Then a lowercase line also continues after ":" or ";", a number or a
    "(" after any unfinished line ("đạt" / "95,4%"), any line after an unclosed "(", and a
    short sentence ending in "." after a ":" ("Kết quả tự đánh giá:" / "Đạt.").
    """
    if not previous or not line or is_list_item(line) or is_heading(previous):
        return False
    if wrapped and not _ends_hard(previous):
        if _starts_lowercase(line) or _lead(line).isdigit() or line.startswith("("):
            return True
        if previous.count("(") > previous.count(")"):  # "(xã" / "Quang Phú)"
            return True
        return previous.endswith(":") and _is_short_sentence(line) and not is_heading(line)
    if ends_sentence(previous):
        return False
    return _starts_lowercase(line) or (previous.endswith(",") and line[:1].isdigit())


def _ends_hard(line: str) -> bool:
    """Ends with ".", "!", "?" or "…" (closing quotes looked through)."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in ".!?…"


def _is_short_sentence(line: str) -> bool:
    """ "Đạt.", "Chưa đạt." — not a caption such as "Bảng 1."."""
    return _ends_hard(line) and len(line.split()) <= 3 and not any(c.isdigit() for c in line)


def continues_word(previous: str, line: str) -> bool:
    """``previous`` ends with a hyphen inside a word or number ("2011-") and ``line`` goes on
    with a letter or digit: they are one token split by the line break."""
    return (
        len(previous) >= 2
        and previous.endswith("-")
        and previous[-2].isalnum()
        and line[:1].isalnum()
        and not is_list_item(line)
    )


def continues_paragraph(previous: str, line: str) -> bool:
    """The page's geometry says the break between ``previous`` and ``line`` is a visual wrap
    (``previous`` ran to the right margin, ``line`` goes on at the left margin without a gap):
    one paragraph whatever ``previous`` ends with ("… đưa vào sử dụng." / "Tiến độ giải ngân:
    …") — unless ``line`` is a list item or either line is a heading."""
    return bool(
        previous
        and line
        and not is_list_item(line)
        and not is_heading(previous)
        and not is_heading(line)
    )


def is_label(line: str) -> bool:
    """A short line ending with ":" ("- Ngân sách tỉnh:"), waiting for its value."""
    return line.endswith(":") and len(line) <= 80


def is_label_value(line: str) -> bool:
    """A line that starts with an amount or a count ("40.661,9 triệu đồng, …")."""
    return _matches(line_shapes().label_values, line) and not is_list_item(line)


# -- line passes -----------------------------------------------------------------------------


#: A run of spaces inside a line: Word alignment, justified PDF text and copy-paste leave two
#: or more where one is meant, and every pattern and cue writes one.
_SPACE_RUN = re.compile(r" {2,}")


def strip_lines(lines: Iterable[str]) -> list[str]:
    """Each line stripped, its inner runs of spaces one space (only whitespace removed)."""
    return [_SPACE_RUN.sub(" ", line.strip()) for line in lines]


def drop_debris(lines: Sequence[str]) -> list[str]:
    """Remove Word field-code pairs (``PAGE`` then a lone page number) until none is left."""
    return [lines[i] for i in kept_after_debris(lines)]


def kept_after_debris(lines: Sequence[str]) -> list[int]:
    """Indices of the lines :func:`drop_debris` keeps."""
    shapes = line_shapes().debris
    current = list(range(len(lines)))
    while True:
        kept: list[int] = []
        i = 0
        while i < len(current):
            nxt = lines[current[i + 1]] if i + 1 < len(current) else None
            if nxt is not None and any(
                s.pattern.match(lines[current[i]]) and s.next is not None and s.next.match(nxt)
                for s in shapes
            ):
                i += 2
                continue
            kept.append(current[i])
            i += 1
        if len(kept) == len(current):
            return kept
        current = kept


def join_broken_lines(
    lines: Sequence[str],
    *,
    wrapped: bool = False,
    wraps: Sequence[bool] | None = None,
    stops: Sequence[bool] | None = None,
) -> list[str]:
    """Rejoin words, sentences and label/value pairs split over lines (stripped lines in);
    ``wrapped`` as in :func:`continues_sentence`. ``wraps[i]``: the page's geometry says the
    break after ``lines[i]`` is a visual wrap (:func:`continues_paragraph`). ``stops[i]``: it
    says the line ended by choice (:func:`line_stops`), so only the rules of unwrapped text
    may join the next line to it."""
    return _join_pass(lines, wrapped=wrapped, wraps=wraps, stops=stops)[0]


def _join_pass(
    lines: Sequence[str],
    *,
    wrapped: bool,
    wraps: Sequence[bool] | None,
    stops: Sequence[bool] | None,
) -> tuple[list[str], list[bool]]:
    """:func:`join_broken_lines`, and for each line out the ``stops`` flag of its last line."""
    out: list[str] = []
    out_stops: list[bool] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stop = bool(stops is not None and stops[i])
        if out and out[-1] and line:
            previous = out[-1]
            # a line the page shows ending short of the margin: no visual wrap to undo
            eager = wrapped and not (stops is not None and i > 0 and stops[i - 1])
            if (
                continues_word(previous, line)
                or (
                    wraps is not None
                    and i > 0
                    and wraps[i - 1]
                    and continues_paragraph(previous, line)
                )
                or continues_sentence(previous, line, wrapped=eager)
            ):
                glue = "" if continues_word(previous, line) else " "
                out[-1] = f"{previous}{glue}{line}"
                out_stops[-1] = stop
                i += 1
                continue
        if out and out[-1] and not line and is_label(out[-1]):
            # "- Ngân sách tỉnh:" / "" / "40.661,9 triệu đồng": skip the blank lines.
            j = i
            while j < len(lines) and not lines[j]:
                j += 1
            if j < len(lines) and j - i <= 2 and is_label_value(lines[j]):
                out[-1] = f"{out[-1]} {lines[j]}"
                out_stops[-1] = bool(stops is not None and stops[j])
                i = j + 1
                continue
        if out and out[-1] and line and is_label(out[-1]) and is_label_value(line):
            out[-1] = f"{out[-1]} {line}"
            out_stops[-1] = stop
            i += 1
            continue
        out.append(line)
        out_stops.append(stop)
        i += 1
    return out, out_stops


def collapse_blank_lines(lines: Sequence[str]) -> list[str]:
    """At most one blank line in a row, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


# -- geometry: wrap or paragraph end ---------------------------------------------------------

#: The text block's right edge must be reached by this many lines (within one line height):
#: a page of a few short lines has no margin to run to.
MIN_MARGIN_LINES = 3
#: …and the block must be at least this share of the page wide.
MIN_BLOCK_SHARE = 0.5
#: Baseline to baseline, at most this many line heights between lines of one paragraph;
#: more is a paragraph gap.
MAX_PITCH = 1.6
#: A line starting more than this many line heights right of the block's left edge is
#: indented (a paragraph's first line, a centred or right-aligned line).
MAX_INDENT = 0.5
#: A line box is its first character's band, which a font's tall diacritics or a descender
#: ("g", "q") make look short or long next to the spacing the typesetter used: a pitch up to
#: this many times the page's tightest line pitch is one paragraph's too (a word processor's
#: 1.15-1.5 spacing, where paragraph gaps run to twice the pitch).
MAX_PITCH_OF_TIGHTEST = 1.25
#: The space a word needs before it at a line's end, in bands: a space is a quarter to a
#: third of the font size, and a band (a first character's box) is most of it; half a band
#: leaves room for a wide serif font's space and the typesetter's rounding.
SPACE_BANDS = 0.5
#: Two lines' bands differing by more than this share are another font size (a heading, a
#: footnote); a descender's band differs by about a quarter from a capital's.
MAX_BAND_CHANGE = 0.3


@dataclass(frozen=True)
class LineBox:
    """Where one text line sits (PDF points, y upwards; an OCR'd page's pixels with y negated):
    its ink from ``left`` to ``right``, the band ``bottom``–``top`` of its first character (of
    its words, on a scan), and the width of its first word (what would have had to fit at the
    end of the line before)."""

    left: float
    right: float
    bottom: float
    top: float
    first_word: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


def line_wraps(boxes: Sequence[LineBox | None], page_width: float) -> tuple[bool, ...]:
    """For each line, whether the break after it is a visual wrap inside a paragraph: the
    line ran to the text block's right edge (the next line's first word would not have fitted
    after it), and the next line follows at the baseline pitch of one paragraph, at the block's
    left edge (no first-line indent), in the same font size. All False when the page shows no
    text block (fewer than :data:`MIN_MARGIN_LINES` lines reach one right edge, or stop
    short of it by less than their next line's first word)."""
    found = [b for b in boxes if b is not None]
    block = _text_block(boxes, found, page_width)
    if block is None:
        return (False,) * len(boxes)
    left_edge, right_edge = block
    tightest = _tightest_pitch(found, right_edge)
    return tuple(
        _wraps(box, nxt, left_edge, right_edge, tightest)
        for box, nxt in zip(boxes, [*boxes[1:], None], strict=True)
    )


def line_stops(boxes: Sequence[LineBox | None], page_width: float) -> tuple[bool, ...]:
    """For each line, whether the page's geometry shows it ended by choice: the page has a
    text block (as :func:`line_wraps` finds one) and the line stops short of the block's right
    edge by more than its next line's first word, which would have fitted after it. A .txt of
    the same text has a line end there too, so a PDF's eager joins (a number or a "(" after
    an unfinished line, :func:`continues_sentence`) must not join it: a table written one
    cell per line ("Tổng cộng" / "98.061") stays one cell per line."""
    found = [b for b in boxes if b is not None]
    block = _text_block(boxes, found, page_width)
    if block is None:
        return (False,) * len(boxes)
    right_edge = block[1]
    return tuple(
        box is not None and nxt is not None and not _full(box, nxt, right_edge)
        for box, nxt in zip(boxes, [*boxes[1:], None], strict=True)
    )


def _text_block(
    boxes: Sequence[LineBox | None], found: Sequence[LineBox], page_width: float
) -> tuple[float, float] | None:
    """The page's text block (left and right edge), or None when there is none: fewer than
    :data:`MIN_MARGIN_LINES` lines reach one right edge, or it is too narrow."""
    if not found:
        return None
    left_edge = min(b.left for b in found)
    right_edge = max(b.right for b in found)
    at_margin = sum(
        1
        for b, nxt in zip(boxes, [*boxes[1:], None], strict=True)
        if b is not None and _full(b, nxt, right_edge)
    )
    if at_margin < MIN_MARGIN_LINES or right_edge - left_edge < MIN_BLOCK_SHARE * page_width:
        return None
    return left_edge, right_edge


def _full(box: LineBox, nxt: LineBox | None, right_edge: float) -> bool:
    """The line reaches the right edge: within its band of it, or short of it by less than
    the next line's first word (a ragged-right page of long words stops most lines a word
    short, more than a lowercase letter's band)."""
    gap = right_edge - box.right
    if gap <= box.height:
        return True
    return nxt is not None and gap < nxt.first_word + SPACE_BANDS * max(box.height, nxt.height)


def _tightest_pitch(found: Sequence[LineBox], right_edge: float) -> float:
    """The page's wrap pitch: the median baseline-to-baseline step between consecutive
    lines that is a line pitch at all (over half a band, under two bands), taken after a line
    that ran to the right edge (its next line's first word would not have fitted): the pitch
    of a paragraph's own wraps. Not the smallest: a band's bottom moves with its first glyph
    (a descender, a stacked diacritic), and a table's single-spaced rows near the edge would
    make the prose's 1.15 spacing look like a paragraph gap. 0 when the page has none."""
    steps = [
        a.bottom - b.bottom
        for a, b in itertools.pairwise(found)
        if 0.5 * max(a.height, b.height) < a.bottom - b.bottom <= 2 * max(a.height, b.height)
        and _full(a, b, right_edge)
    ]
    return statistics.median(steps) if steps else 0.0


def _wraps(
    box: LineBox | None,
    nxt: LineBox | None,
    left_edge: float,
    right_edge: float,
    tightest: float = 0.0,
) -> bool:
    if box is None or nxt is None:
        return False
    height = max(box.height, nxt.height)
    if abs(box.height - nxt.height) > MAX_BAND_CHANGE * height:  # another font size
        return False
    pitch = box.bottom - nxt.bottom
    limit = max(MAX_PITCH * height, MAX_PITCH_OF_TIGHTEST * tightest)
    if not 0.5 * height < pitch <= limit:  # same line, above, or a gap
        return False
    if nxt.left - left_edge > MAX_INDENT * height:  # indented: a new paragraph
        return False
    # the next line's first word (and a space) would have fitted: the line ended by choice
    return right_edge - box.right < nxt.first_word + SPACE_BANDS * height


# -- plain text hard-wrapped at a fixed width --------------------------------------------------

#: A plain text is hard-wrapped (copied out of a PDF, or saved with a line width) when at
#: least this share of its long prose lines (over half its longest) are full: the next
#: line's first word would not have fitted after them. In a text of one paragraph a line
#: only a line about as long as its longest comes close: one or two of its long lines.
MIN_FULL_SHARE = 0.5
#: …and a wrap narrower than this is no prose width (a column of short items).
MIN_WRAP_WIDTH = 40


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def _full_lines(lines: Sequence[str], width: int) -> tuple[bool, ...]:
    return tuple(
        bool(line)
        and bool(nxt)
        and "|" not in line
        and "|" not in nxt
        and len(line) + 1 + len(_first_word(nxt)) > width
        for line, nxt in zip(lines, [*lines[1:], ""], strict=True)
    )


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width a plain text's stripped lines are hard-wrapped at (its longest prose line's),
    or None when they are not: fewer than :data:`MIN_MARGIN_LINES` full lines (the next
    line's first word would not have fitted after them), or under :data:`MIN_FULL_SHARE` of
    its long lines, or too narrow a width. A text written one paragraph a line has none. Pipe-table
    rows are left out."""
    prose = [line for line in lines if line and "|" not in line]
    if not prose:
        return None
    width = max(len(line) for line in prose)
    full = sum(_full_lines(lines, width))
    long = sum(1 for line in prose if 2 * len(line) > width)
    if width < MIN_WRAP_WIDTH or full < MIN_MARGIN_LINES or full < MIN_FULL_SHARE * long:
        return None
    return width


def text_wraps(lines: Sequence[str], width: int) -> tuple[bool, ...]:
    """The character-count twin of :func:`line_wraps` for a text hard-wrapped at ``width``
    (:func:`wrap_width`): whether the break after each stripped line is a wrap, the next
    line's first word not fitting after it."""
    return _full_lines(lines, width)


def normalise_lines(
    lines: Iterable[str],
    *,
    wrapped: bool = False,
    wraps: Sequence[bool] | None = None,
    stops: Sequence[bool] | None = None,
) -> list[str]:
    """The line-level chain: strip → drop debris → rejoin broken lines → collapse blanks.

    Lines must already be character-clean (:func:`clean_chars`) and contain no ``\\n``.
    ``wrapped``: the lines are visual lines of a page (PDF, OCR), joined more eagerly.
    ``wraps``: one flag per line, from the page's geometry — the break after the line is a
    visual wrap inside a paragraph. ``stops``: one flag per line, from the same geometry —
    the line ended by choice short of the margin (:func:`line_stops`), where ``wrapped``'s
    eager rules do not join. Each is ignored unless it has one flag per line.
    """
    stripped = strip_lines(lines)
    kept = kept_after_debris(stripped)
    kept_wraps = None
    if wraps is not None and len(wraps) == len(stripped):
        # a dropped line breaks the paragraph: a kept line wraps only into its kept neighbour
        kept_wraps = [
            wraps[k] and (n + 1 == len(kept) or kept[n + 1] == k + 1) for n, k in enumerate(kept)
        ]
    kept_stops = None
    if stops is not None and len(stops) == len(stripped):
        # past a dropped line the geometry is another line's: no stop is known
        kept_stops = [
            stops[k] and (n + 1 == len(kept) or kept[n + 1] == k + 1) for n, k in enumerate(kept)
        ]
    joined, joined_stops = _join_pass(
        [stripped[k] for k in kept], wrapped=wrapped, wraps=kept_wraps, stops=kept_stops
    )
    # a join can make a line joinable to the one above it (":" / ":" / "kết thúc." joins the
    # last two, then ":" takes ": kết thúc."): join until nothing changes, so the chain is
    # idempotent. Every pass but the last removes a line, so this ends.
    while True:
        again, again_stops = _join_pass(joined, wrapped=wrapped, wraps=None, stops=joined_stops)
        if again == joined:
            break
        joined, joined_stops = again, again_stops
    return collapse_blank_lines(joined)


def normalise_text(text: str, *, wrapped: bool = False) -> str:
    """:func:`clean_chars` then :func:`normalise_lines` over a whole text; idempotent."""
    return "\n".join(normalise_lines(clean_chars(text).split("\n"), wrapped=wrapped))


def flat_table_cell(name: str, line: str) -> bool:
    """Whether ``line`` (stripped) is a cell of the ``[[flat_table]]`` shape ``name`` of
    ``layout.toml`` ("ordinal-header": "STT"; "row-number": "2."; "total-row": "Tổng cộng"):
    the cells a table written one cell per line is found by."""
    return any(
        s.name == name and s.pattern.match(line.strip()) is not None
        for s in line_shapes().flat_tables
    )
