"""Blocks, headings and sentences of a document's text, as character spans.

A report's text is a sequence of *blocks*: headings ("3.1. Giai đoạn 2011-2015: …",
"Tiêu chí số 3 - Thủy lợi:"), list items ("- Ngân sách tỉnh: …") and paragraphs. Word and
PDF conversions break one logical line over several physical ones — a label and its value
("- Ngân sách tỉnh:" ⏎⏎ "40.661,9 triệu đồng, …"), a sentence wrapped at a page end ("…
chuyên môn của" ⏎⏎ "huyện, thường xuyên …") — so a physical line is joined to the next
non-blank one when it ends in ":" and the next starts with a number or is a short value,
or when it does not end a sentence and the next starts with a lower-case letter. PDF and OCR
text is laid out in page-wide lines: when it sets paragraphs apart with blank lines, the
lines of a paragraph are one block (headings and list items stand alone); otherwise a line
as wide as the page that is not closed by punctuation runs on into the next.

Every block is a span ``text[start:end]`` (ends stripped); nothing is copied or rewritten, so
offsets found inside a block are document offsets. Lines inside a table span are skipped:
tables are mapped to facts by :mod:`baocao.nlp.tables`.

Segmentation is plain ``re`` over lines, at about 12 MB/s on the seed and corpus texts (one
core). underthesea's ``sent_tokenize`` is fast as well (about 6 MB/s) and splits these
reports' sentences sensibly, but it returns strings, not offsets, and knows nothing of the
headings, list items and "label: value" lines the context rules are built on; sentences are
therefore cut inside each block by one regex over the block's span: a full stop before a
space and a capital, or an ellipsis, "!" or "?" glued to one ("nước sạch...Với kết quả"),
except after list numbering, the abbreviations of ``data/abbreviations.toml`` ("TP. Tân
An") and a person's initials ("Trần V. Nam").
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from baocao.data.lexicon import CAPITALS, SMALLS, Problems, entries, load_data
from baocao.vocab.shortforms import CRITERION_WORD

_LINE = re.compile(r"[^\n]*")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_CLOSING = tuple('.:;!?…)"”’*')
_FULL_STOPS = tuple(".!?…")
#: The abbreviations that never end a sentence ("TP. Tân An").
ABBREVIATIONS_FILE = "abbreviations.toml"
#: A line of this many words at most after a "label:" line is the label's value ("Đạt.").
SHORT_VALUE = 3
#: Share of the typical line width from which a PDF/OCR line counts as wrapped.
WRAPPED_SHARE = 0.8
#: Fewer lines than this tell nothing about a page's width.
MIN_WRAPPED_LINES = 20
#: PDF/OCR text with at least this many blank-line gaps is read paragraph by paragraph.
MIN_PARAGRAPH_GAPS = 3
_STARTS_LOWER = re.compile(rf"[{SMALLS}]")
_STARTS_NUMBER = re.compile(r"\d")

# Headings, tried on the block's text without leading markup ("**", "#").
_PART = re.compile(r"(?i:phần\s+thứ\s+\w+)\b")
_ROMAN = re.compile(r"(?:(?i:phần)\s+)?[IVX]{1,5}\s*[.):]\s*(?=\S)")
_NUMBERED = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.\s*-?|\)|\s*-)\s*(?=[^\W\d_]|\*)")
_LETTER = re.compile(r"[a-zđ]\s*[.)]\s+(?=\S)")
_CRITERION = re.compile(rf"{CRITERION_WORD}\s+(?i:số\s+)?(\d{{1,2}})(?!\d)(?!\s*/)")
#: A block that opens with a criterion is about it, heading or not.
OPENS_WITH_CRITERION = re.compile(r"[\s*_#\-–+•]*" + _CRITERION.pattern)
# A figure alone on its line, maybe with its unit and a footnote mark ("69/101", "181 thôn",
# "112/194 xã (1)"), and the caption line under it saying what it counts ("Là số xã đạt
# chuẩn …", "Đã được Chủ tịch UBND tỉnh công nhận …"): the two are one statement.
_FIGURE_LINE = re.compile(r"\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?(?:\s+[^\W\d_]+){0,2}(?:\s*\(\d{1,2}\))?")
_CAPTION_LINE = re.compile(r"(?:Là\s+số|Đã\s+được|Được)\s")
_BULLET = re.compile(r"(?:[-–—+•·]|\*(?=\s))\s*(?=\S)")
_MARKUP = re.compile(r"[*#_\s]+")
_UPPER_WORD = re.compile(r"[^\W\d_]+")

#: The title word of a formal report on a line of its own; a scan may misread its accents
#: ("BẢO CÁO") or read specks beside it as quotes or dots ("'BÁO CÁO", "BÁO CÁO.").
TITLE_WORD = re.compile(
    r"^[\s*_#'‘’\"“”`.,:;|]*B\s*[AÁÀẢÃẠ]\s*O\s+C\s*[AÁÀẢÃẠ]\s*O[\s*_#'‘’\"“”`.,:;|]*$",
    re.MULTILINE,
)
#: The title word opening its title in capitals on one line ("BÁO CÁO KẾT QUẢ THỰC HIỆN …
#: NĂM 2021"): the match ends where the title starts.
_TITLE_WORD_OPENING = re.compile(
    rf"^[ \t*_#]*B\s*[AÁÀẢÃẠ]\s*O\s+C\s*[AÁÀẢÃẠ]\s*O[ \t]+(?=[{CAPITALS}][^\n{SMALLS}]*$)",
    re.MULTILINE,
)
#: How far into a text a report's header and title word may reach (characters).
HEADER_CHARS = 3000
#: A title is read over at most this many lines (a line of its own in brackets, "(Giai
#: đoạn 2016 - 2020)", not counted).
TITLE_LINES = 4


#: A submission's title word on a line of its own ("TỜ TRÌNH" ⏎ "Đề nghị … công nhận xã A
#: đạt chuẩn …"): its title is read as a report's is.
SUBMISSION_WORD = re.compile(r"^[\s*_#]*T\s*Ờ\s+T\s*R\s*Ì\s*N\s*H[\s*_#.:]*$", re.MULTILINE)


def title_word(text: str) -> re.Match[str] | None:
    """The report's title word, alone on its line or opening its title in capitals (or a
    submission's, "TỜ TRÌNH"), the first within :data:`HEADER_CHARS`; the match ends where
    the title may start."""
    patterns = (TITLE_WORD, _TITLE_WORD_OPENING, SUBMISSION_WORD)
    found = [m for m in (p.search(text, 0, HEADER_CHARS) for p in patterns) if m]
    return min(found, key=lambda m: m.start()) if found else None


#: A heading that names a criterion is only a heading when it is this short.
MAX_CRITERION_HEADING = 160
#: Longest all-caps line read as the wrapped end of the numbered heading before it.
MAX_HEADING_WRAP = 80


class BlockKind(enum.StrEnum):
    HEADING = "heading"
    ITEM = "item"
    TEXT = "text"


@dataclass(frozen=True)
class Block:
    """One logical line: ``text[start:end]`` with its ends stripped.

    ``level`` orders headings (0 a part or an all-caps title, 1 a roman numeral, 2 "1.",
    3 "1.1.", …, 5 "a)"); a criterion heading with no numbering ("Tiêu chí số 3 - Thủy lợi:")
    has level None and sits just under the heading before it. ``criterion`` is the criterion
    number a heading names, as written ("3"). ``body`` is where the text after the heading
    number or bullet starts.
    """

    index: int
    start: int
    end: int
    kind: BlockKind
    body: int
    level: float | None = None
    criterion: str | None = None
    marker: str | None = None

    def text(self, document_text: str) -> str:
        return document_text[self.start : self.end]


@dataclass(frozen=True)
class Segmentation:
    """The blocks of one text, in order, with lookups by offset."""

    text: str
    blocks: tuple[Block, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [b.start for b in self.blocks])

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset``, or None when it falls between blocks."""
        i = bisect.bisect_right(self._starts, offset) - 1  # type: ignore[attr-defined]
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return self.blocks[i]
        return None


def physical_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, ends stripped."""
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        yield start, start + len(stripped)


def _inside(starts: Sequence[int], spans: Sequence[tuple[int, int]], start: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and spans[i][0] <= start < spans[i][1]


def _table_between(starts: Sequence[int], end: int, start: int) -> bool:
    """Whether a skipped span starts between ``end`` and ``start``."""
    i = bisect.bisect_left(starts, end)
    return i < len(starts) and starts[i] < start


def continues(previous: str, following: str, *, wrap_width: int | None = None) -> bool:
    """Whether line ``following`` continues ``previous`` (see the module docstring).

    With ``wrap_width`` (text laid out in lines: PDF, OCR), a line at least that long and not
    closed by punctuation also continues on the next, whatever its first letter: "… đã giải
    ngân" ⏎ "2.745 triệu/3.050 triệu".
    """
    if _LETTER.match(following) or _BULLET.match(following) or _NUMBERED.match(following):
        return False  # a new heading or list item
    if _CRITERION.match(following) and _bare_heading(following):
        return False  # "Tiêu chí số 4 - Điện:"
    if previous.endswith(":") and (_STARTS_NUMBER.match(following) or _is_short_value(following)):
        return True  # "Kết quả tự đánh giá:" ⏎ "Đạt."
    if _caps_heading_wraps(previous, following):
        return True  # "IV. DỰ KIẾN NGUỒN VỐN THỰC" ⏎ "HIỆN CHƯƠNG TRÌNH"
    if previous.count("(") > previous.count(")") and following.count(")") > following.count("("):
        return True  # "… 175/181 xã đạt chuẩn (đạt" ⏎ "96,69%); …": a bracket wrapped open
    if _FIGURE_LINE.fullmatch(previous.strip()) and _CAPTION_LINE.match(following):
        return True  # a portal's figure box: "69/101" ⏎ "Là số xã đạt chuẩn nông thôn mới"
    if _STARTS_LOWER.match(following):
        return not previous.endswith(_FULL_STOPS)
    return (
        wrap_width is not None and len(previous) >= wrap_width and not previous.endswith(_CLOSING)
    )


def _caps_heading_wraps(previous: str, following: str) -> bool:
    """Whether an all-caps numbered heading left open ("IV. DỰ KIẾN TỔNG MỨC VỐN VÀ CƠ CẤU
    NGUỒN LỰC THỰC") runs on into an all-caps line with no numbering of its own ("HIỆN
    CHƯƠNG TRÌNH"): one heading wrapped, not two."""
    head = previous.strip().lstrip("*#_ ")
    marker = _ROMAN.match(head) or _NUMBERED.match(head)
    if marker is None or head.endswith(_CLOSING):
        return False
    body, tail = head[marker.end() :], following.strip().rstrip("*_ ")
    return (
        _is_caps_title(body)
        and bool(_UPPER_WORD.search(tail))
        and tail.upper() == tail
        and len(tail) <= MAX_HEADING_WRAP
    )


def _is_short_value(line: str) -> bool:
    """A value on its own line ("Đạt.", "Chưa đạt"), not a heading of its own."""
    return len(line.split()) <= SHORT_VALUE and not line.rstrip("*_ ").endswith(":")


def wrap_width(lengths: Sequence[int]) -> int | None:
    """The length from which a physical line counts as wrapped: WRAPPED_SHARE of the long
    lines' typical width (their 90th percentile); None for too few lines to tell."""
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    ordered = sorted(lengths)
    return int(ordered[int(0.9 * (len(ordered) - 1))] * WRAPPED_SHARE)


def _is_heading_line(line: str) -> bool:
    """A line that is a heading by its numbering, or a bare criterion heading."""
    rest = line.lstrip("*#_ ")
    if _PART.match(rest) or _ROMAN.match(rest) or _LETTER.match(rest) or _NUMBERED.match(rest):
        return True
    return bool(_CRITERION.match(rest) and _bare_heading(rest))


def _same_paragraph(previous: str, following: str) -> bool:
    """In text whose paragraphs are set apart by blank lines (PDF, OCR), consecutive lines
    belong together unless one of them is a heading or the next is a list item."""
    if _BULLET.match(following) or _is_heading_line(following):
        return False
    return not (_is_heading_line(previous) and not _STARTS_LOWER.match(following))


def logical_lines(
    text: str, skip: Sequence[tuple[int, int]] = (), *, wrapped: bool = False
) -> Iterator[tuple[int, int]]:
    """Physical lines joined by :func:`continues`, skipping lines that start in ``skip``.

    ``wrapped`` says the text was laid out in lines of a page width (PDF, OCR). Such text
    that sets paragraphs apart with blank lines is read by paragraph (:func:`_same_paragraph`);
    without blank lines, a page-wide line runs on into the next (``wrap_width``)."""
    spans = sorted(skip)
    starts = [s for s, _ in spans]
    lines = [(s, e) for s, e in physical_lines(text) if not (spans and _inside(starts, spans, s))]
    gaps = [
        _BLANK_LINE.search(text, a[1], b[0]) is not None
        for a, b in zip(lines, lines[1:], strict=False)
    ]
    by_paragraph = wrapped and sum(gaps) >= MIN_PARAGRAPH_GAPS
    width = wrap_width([e - s for s, e in lines]) if wrapped and not by_paragraph else None
    current: tuple[int, int] | None = None
    last_line = ""
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        # A table between two lines ends the paragraph: "…, trong đó:" never runs on into
        # the line after the table it introduces.
        across_table = current is not None and _table_between(starts, current[1], start)
        joined = (
            current is not None
            and not across_table
            and (
                continues(last_line, line, wrap_width=width)
                or (by_paragraph and not gaps[i - 1] and _same_paragraph(last_line, line))
            )
        )
        if joined and current is not None:
            current = (current[0], end)
        else:
            if current is not None:
                yield current
            current = (start, end)
        last_line = line
    if current is not None:
        yield current


def _is_caps_title(body: str) -> bool:
    words = _UPPER_WORD.findall(body)
    letters = sum(len(w) for w in words)
    return len(words) >= 2 and letters >= 8 and body.upper() == body and len(body) <= 200


def classify(index: int, start: int, end: int, text: str) -> Block:
    """The :class:`Block` the logical line ``text[start:end]`` is."""
    line = text[start:end]
    lead = _MARKUP.match(line)
    offset = lead.end() if lead else 0
    rest = line[offset:]
    criterion = _CRITERION.match(rest)
    m = _BULLET.match(line)
    if m is not None and not _NUMBERED.match(rest):
        marker = line[0] if line[0] in "+*•·" else "-"
        return Block(index, start, end, BlockKind.ITEM, start + m.end(), marker=marker)
    for pattern, level in ((_PART, 0.0), (_ROMAN, 1.0), (_LETTER, 5.0)):
        m = pattern.match(rest)
        if m is not None:
            body = start + offset + m.end()
            return Block(index, start, end, BlockKind.HEADING, body, level, _named(text, body, end))
    m = _NUMBERED.match(rest)
    if m is not None:
        level = 2.0 + m.group(1).count(".")
        body = start + offset + m.end()
        return Block(index, start, end, BlockKind.HEADING, body, level, _named(text, body, end))
    if criterion is not None and _bare_heading(rest):
        return Block(index, start, end, BlockKind.HEADING, start + offset, None, criterion.group(1))
    if _is_caps_title(rest):
        return Block(index, start, end, BlockKind.HEADING, start + offset, 0.0)
    return Block(index, start, end, BlockKind.TEXT, start + offset)


def _bare_heading(rest: str) -> bool:
    """A criterion line is a heading when it is short and states nothing after its name:
    "Tiêu chí số 3 - Thủy lợi:", "Tiêu chí số 1 - Quy hoạch và thực hiện quy hoạch" — not
    "Tiêu chí số 3 về thủy lợi: 21/23 xã đạt (đạt 91,30%)."."""
    if len(rest) > MAX_CRITERION_HEADING:
        return False
    head, colon, tail = rest.partition(":")
    if colon:
        return not tail.strip(" *_")
    return not rest.rstrip(" *_").endswith(".")


def _named(text: str, body: int, end: int) -> str | None:
    """The criterion number a numbered heading names right after its number."""
    m = _CRITERION.match(text, body, end)
    return m.group(1) if m and end - body <= MAX_CRITERION_HEADING else None


def segment(
    text: str, skip: Sequence[tuple[int, int]] = (), *, wrapped: bool = False
) -> Segmentation:
    """The blocks of ``text``, skipping lines that start inside a ``skip`` span (tables);
    ``wrapped`` for text laid out in page-wide lines (PDF, OCR)."""
    lines, title = _title_joined(text, list(logical_lines(text, skip, wrapped=wrapped)))
    blocks = tuple(
        _as_text(block) if i == title else block
        for i, block in enumerate(
            classify(i, start, end, text) for i, (start, end) in enumerate(lines)
        )
    )
    return Segmentation(text, blocks)


#: A short line in brackets under a title: its period ("(Giai đoạn 2016 - 2020)"), what
#: comes with it ("(Kèm theo các biểu số liệu)").
_BRACKETED = re.compile(r"[*_]*\([^()\n]{3,100}\)[*_.]*")


def _title_joined(
    text: str, lines: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], int | None]:
    """``lines`` with a formal report's title one line, and that line's index: the line after
    the title word (or the rest of the title word's own line, "BÁO CÁO KẾT QUẢ …"), with the
    lines in capitals it is wrapped over when it is in capitals ("KẾT QUẢ THỰC HIỆN CHƯƠNG
    TRÌNH" ⏎ "… GIAI ĐOẠN 2016-2020") and a bracketed line under it, up to a blank line or a
    heading. Whatever its case and however it is wrapped, the title is one paragraph, never
    a heading whose period the body would stand under."""
    word = title_word(text)
    if word is None:
        return lines, None
    at = word.start() + len(word.group()) - len(word.group().lstrip(" \t\n*_#'‘’\"“”`.,:;|"))
    i = next((k for k, (s, e) in enumerate(lines) if s <= at < e), None)
    if i is None:
        return lines, None
    start, end = lines[i]
    if word.end() < end:  # "BÁO CÁO KẾT QUẢ …": the title word its own block, then the title
        lines = [
            *lines[:i],
            (start, text.rindex("O", start, word.end()) + 1),
            (word.end(), end),
            *lines[i + 1 :],
        ]
    k = i + 1
    if k >= len(lines) or _is_heading_line(text[lines[k][0] : lines[k][1]]):
        return lines, None
    first = text[lines[k][0] : lines[k][1]].strip("*_# ")
    # in capitals however short its first line ("KẾT QUẢ" ⏎ "THỰC HIỆN CHƯƠNG TRÌNH …")
    caps = bool(_UPPER_WORD.search(first)) and first.upper() == first
    j, counted = k + 1, 1
    while j < len(lines):
        line = text[lines[j][0] : lines[j][1]].strip()
        if _BLANK_LINE.search(text, lines[j - 1][1], lines[j][0]) or _is_heading_line(line):
            break
        if _BRACKETED.fullmatch(line):
            j += 1
            continue
        if not (
            caps and counted < TITLE_LINES and _UPPER_WORD.search(line) and line.upper() == line
        ):
            break
        j, counted = j + 1, counted + 1
    return [*lines[:k], (lines[k][0], lines[j - 1][1]), *lines[j:]], k


def _as_text(block: Block) -> Block:
    """A block read as a paragraph, whatever its case made it."""
    if block.kind is not BlockKind.HEADING or block.level != 0.0:
        return block
    return Block(block.index, block.start, block.end, BlockKind.TEXT, block.body)


# -- sentences ----------------------------------------------------------------------------

#: What a sentence opens with after a space: a capital, a digit, a quote, a bracket, a bullet.
_OPENS = rf"[{CAPITALS}\d\"“(*+-]"
# A full stop is a run of ". ! ? …" with the quotes and brackets it closes ('đạt chuẩn."',
# '…).'); bold markup after it ("**") is in neither sentence. It ends a sentence before
# spaces and what a sentence opens with, or glued to a capital or an opening quote when it is
# an ellipsis, "!" or "?" ("nước sạch...Với kết quả", "đạt chuẩn!Năm"): one "." glued to a
# letter is an abbreviation, a web address or a number ("TP.Tân An", "baonghean.vn").
_STOP = (
    rf"(?P<stop>[.!?…]+[\"”’)\]]*)\**\s+(?={_OPENS})"
    rf"|(?P<glued>(?:\.{{2,}}|[!?…])[.!?…]*[”’)\]]*)(?=[{CAPITALS}\"“])"
)
_FULL_STOP = re.compile(_STOP)
_SENTENCE_END = re.compile(rf"{_STOP}|;\s+")
#: The numbering of a heading or list item ("1.", "3.1.", "II.", "a."): at a block's start,
#: after a ";" or after a full stop its period opens what follows, it ends no sentence.
_MARKER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zđA-Z]")
_MARKER_AFTER = frozenset(";.!?…")
#: After these a word opens a sentence or a label's value ("Nhóm A. …" ends at its period).
_OPENS_AFTER = frozenset(";:.!?…")
#: A second initial after a first ("T. H. Lan", "Ảnh: Đ. T. Minh").
_NEXT_INITIAL = re.compile(rf"[{CAPITALS}]\.(?:\s|[{CAPITALS}])")


@cache
def abbreviations() -> frozenset[str]:
    """The abbreviations of ``abbreviations.toml`` ("TP.", "ThS."), each with its period."""
    problems = Problems(ABBREVIATIONS_FILE)
    found: set[str] = set()
    for where, entry in entries(load_data(ABBREVIATIONS_FILE), "abbreviation", problems):
        written = problems.require(where, entry, "written", str)
        examples = problems.require_examples(where, entry)
        if written is None:
            continue
        if not re.fullmatch(r"[^\W\d_]+\.", written):
            problems.add(where, f"`written` must be letters and a period, got {written!r}")
            continue
        found.add(written)
        for example in examples:
            problems.check_example(
                where, example, f"{written} " in example, f"{written!r} before a word"
            )
    problems.raise_if_any()
    return frozenset(found)


def _word_before(text: str, start: int, at: int) -> int:
    """Where the run of letters ending at ``at`` starts (``at`` when there is none)."""
    i = at
    while i > start and text[i - 1].isalpha():
        i -= 1
    return i


def _is_initial(text: str, start: int, word: int, at: int) -> bool:
    """Whether the capital ``text[word:at]`` before a period is a person's initial ("Trần
    V. Nam", "T. H. Lan"): it follows an initial, or a capitalised word that does not open
    its sentence ("xếp loại A. Năm …" and "Nhóm A. Trong …" end there)."""
    if at - word != 1 or not text[word].isupper():
        return False
    i = word
    while i > start and text[i - 1] == " ":
        i -= 1
    if i == word:
        return False
    if i - 2 >= start and text[i - 1] == "." and text[i - 2].isupper():
        return _word_before(text, start, i - 1) == i - 2  # "T. H."
    before = _word_before(text, start, i)
    if before == i or not text[before].isupper():
        return False
    while before > start and text[before - 1] in " \t\n*#_":
        before -= 1
    return before > start and text[before - 1] not in _OPENS_AFTER


def _is_marker(text: str, start: int, at: int) -> bool:
    """Whether the period at ``at`` closes list numbering: "1. Ngân sách tỉnh: …" opening
    a block, "…; 2. Vốn lồng ghép …", "gồm: a. …" — not the value "Số xã đạt chuẩn: 12."."""
    i = at
    while i > start and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    if i == at or not _MARKER.fullmatch(text, i, at):
        return False
    letter = at - i == 1 and text[i].islower()  # "gồm: a. …; b. …", never a value
    while i > start and text[i - 1] in " \t\n*#_":
        i -= 1
    return i == start or text[i - 1] in _MARKER_AFTER or (letter and text[i - 1] == ":")


def _is_end(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the full stop ``m`` (followed by spaces) in the block starting at ``start``
    ends a sentence: not after list numbering, an abbreviation or an initial. It does not
    depend on where the sentence started, so the sentences with ``semicolons`` cut those
    without them, never across."""
    if m.group("stop") != ".":
        return True
    at = m.start()
    if _is_marker(text, start, at):
        return False  # "1. Ngân sách tỉnh: …", "II. KẾT QUẢ"
    word = _word_before(text, start, at)
    if text[word : at + 1] in abbreviations():
        return False  # "TP. Tân An"
    if at - word == 1 and text[word].isupper() and _NEXT_INITIAL.match(text, m.end()):
        return False  # "T. H. Lan"
    return not _is_initial(text, start, word, at)


def sentences(text: str, start: int, end: int, *, semicolons: bool = True) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text[start:end]``, ends stripped; with
    ``semicolons`` false a ";" does not end a sentence (lists of criteria use it). A sentence
    ends after its full stop and the quotes or brackets that close it."""
    out: list[tuple[int, int]] = []
    pos = start
    splitter = _SENTENCE_END if semicolons else _FULL_STOP
    for m in splitter.finditer(text, start, end):
        if m.group("stop") is not None and not _is_end(text, start, m):
            continue
        stop = m.group("stop") or m.group("glued")
        e = m.start() + len(stop) if stop else m.start()
        while e > pos and text[e - 1].isspace():
            e -= 1  # "Thôn A ; Thôn B"
        if e > pos:
            out.append((pos, e))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def sentence_at(text: str, block: Block, offset: int) -> tuple[int, int]:
    """The sentence of ``block`` holding ``offset`` (the whole block when it has one)."""
    for s, e in sentences(text, block.start, block.end):
        if s <= offset < e + 1:
            return s, e
    return block.start, block.end
