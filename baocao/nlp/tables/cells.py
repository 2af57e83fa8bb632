"""Reading one cell: header words and units, periods, numbers, fractions, thresholds,
marks ("Đạt", "x") and the summary role of a row's name cell ("Tổng cộng")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from baocao.data.lexicon import fold_words
from baocao.model import Cell
from baocao.nlp.tables.lexicon import HeaderLexicon, HeaderWord, fold_keeping_dd, lookup
from baocao.vocab.money import UNIT_PATTERN, MoneyUnitError, parse_money_unit
from baocao.vocab.numbers import NumberFormatError, parse_number
from baocao.vocab.shortforms import spelt_folded

_TRAILING_PARENS = re.compile(r"\(([^()]*)\)\s*[:.*]*\s*$")
_UNIT_PHRASE = re.compile(
    r"(?:đơn\s+vị(?:\s+tính)?|đvt)\s*[:：]\s*([^;|)\n]+)|(?:đơn\s+vị\s+tính|đvt)\s+([^;|)\n]+)",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?!\d)")
_NUMBER_TEXT = re.compile(r"^\s*([-−+]?\s*[\d][\d.,\u00a0\u202f\u2009 ]*)\s*(.*?)\s*$")
THRESHOLD = re.compile(r"^\s*(≥|>=|=>|>|≤|<=|=<|<)\s*(.+)$")
_THRESHOLD_WORDS = (
    (re.compile(r"^\s*(?:tối thiểu|ít nhất|từ)\s+(.+?)(?:\s+trở lên)?\s*$", re.I), ">="),
    (re.compile(r"^\s*(.+?)\s+trở lên\s*$", re.I), ">="),
    (re.compile(r"^\s*(?:tối đa|không quá|dưới|nhỏ hơn)\s+(.+)$", re.I), "<="),
)


# -- header text ------------------------------------------------------------------------------


def split_unit(header: str) -> tuple[str, str | None]:
    """``"Số tiền (triệu đồng)"`` → ``("Số tiền", "triệu đồng")``; no parentheses → None."""
    m = _TRAILING_PARENS.search(header)
    if not m:
        return header.strip(), None
    return header[: m.start()].strip(), m.group(1).strip() or None


def fold_header(header: str) -> str:
    """A header as lexicon key: the unit in parentheses and trailing ``:*.`` dropped,
    accents, case and spacing folded ("Số tiền (triệu đồng)" → "so tien"), short forms spelt
    out ("Số TC đạt" → "so tieu chi dat": shortforms.toml)."""
    words, _ = split_unit(header)
    return spelt_folded(fold_words(words.rstrip(":*. ")))


def money_unit_in(text: str | None) -> str | None:
    """The money unit ``text`` is, or names after "Đơn vị tính:" / "ĐVT:", as written."""
    if not text:
        return None
    candidates = [m.group(1) or m.group(2) for m in _UNIT_PHRASE.finditer(text)] + [text]
    for candidate in candidates:
        written = " ".join(candidate.strip(" .:;,()").split())
        try:
            parse_money_unit(written)
        except MoneyUnitError:
            continue
        return written
    return None


def unit_statement(text: str) -> str | None:
    """The unit of "Đơn vị tính: triệu đồng" / "(ĐVT: tỷ đồng)"; a bare word is not one."""
    for m in _UNIT_PHRASE.finditer(text):
        unit = money_unit_in(m.group(1) or m.group(2))
        if unit:
            return unit
    return None


def period_in(text: str) -> str | None:
    """The period a header names: "Năm 2023" → "2023", "Giai đoạn 2021 - 2025" →
    "2021-2025"."""
    m = _PERIOD.search(text)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


# -- numbers ----------------------------------------------------------------------------------


def cell_number(text: str) -> Decimal | None:
    """A cell holding one number ("484.574", "12,5", "100%"), else None."""
    stripped = text.strip().rstrip("%").strip()
    if not stripped:
        return None
    try:
        return parse_number(stripped)
    except NumberFormatError:
        return None


def amount_with_unit(text: str) -> tuple[Decimal, str] | None:
    """An amount written with its unit: "15 tỷ đồng" → (15, "tỷ đồng"), also with words
    after it ("6.281,0 triệu đồng, chiếm tỷ lệ 2,76%.", a list line split into cells at its
    colon); else None."""
    m = _NUMBER_TEXT.match(text)
    if not m or not m.group(2):
        return None
    unit = money_unit_in(m.group(2))
    if unit is None:
        lead = _LEADING_UNIT.match(m.group(2))
        unit = money_unit_in(lead.group(1)) if lead else None
    number = cell_number(m.group(1))
    if unit is None or number is None:
        return None
    return number, unit


#: A unit at the start of a cell's words, before a comma, a bracket or a share.
_LEADING_UNIT = re.compile(rf"^({UNIT_PATTERN})\s*(?:[,;.(]|chiếm|$)", re.IGNORECASE)
#: The share written after an amount in the same cell: "…, chiếm tỷ lệ 2,76%", "(20%)".
_SHARE_IN_CELL = re.compile(
    r"(?:chiếm(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?\s*|\(\s*)(\d+(?:,\d+)?)\s*%", re.IGNORECASE
)


def share_in_cell(text: str) -> Decimal | None:
    """The share an amount's cell also writes: "…, chiếm tỷ lệ 2,76%." → 2.76."""
    m = _SHARE_IN_CELL.search(text)
    return cell_number(m.group(1)) if m else None


def fraction_in(text: str) -> tuple[int, int] | None:
    """A "K/N" cell: "5/7" → (5, 7)."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def whole_number(text: str) -> int | None:
    value = cell_number(text)
    if value is None or value != value.to_integral_value() or value < 0:
        return None
    return int(value)


def threshold_of(text: str) -> str | None:
    """A requirement as the contract writes it: "≥ 85%" → ">=85", "≤5%" → "<=5",
    "Tối thiểu 70%" → ">=70"; a bare number → None (its direction is not written, and is
    not guessed)."""
    m = THRESHOLD.match(text)
    if m:
        op = {"≥": ">=", "=>": ">=", "≤": "<=", "=<": "<="}.get(m.group(1), m.group(1))
        value = cell_number(m.group(2))
        return f"{op}{_plain(value)}" if value is not None else None
    for pattern, op in _THRESHOLD_WORDS:
        m = pattern.match(text)
        if m:
            value = cell_number(m.group(1))
            if value is not None:
                return f"{op}{_plain(value)}"
    return None


def _plain(value: Decimal) -> str:
    """85 → "85", 2.5 → "2.5" (the contract's threshold form)."""
    text = format(value.normalize(), "f")
    return text


# -- rows and marks ---------------------------------------------------------------------------


def row_texts(row: Sequence[Cell]) -> list[str]:
    return [c.text.strip() for c in row]


def cell_mark(text: str, lexicon: HeaderLexicon, *, bare_d: bool = False) -> HeaderWord | None:
    """The mark a cell writes ("Đạt", "x", "Đ", "CĐ"), or None. A short mark's "đ" must be
    written ("D" is a letter, not "Đ"), unless ``bare_d``: the cell's table writes its marks
    with the đ elsewhere (:func:`writes_dd_marks`), so a "D" among them lost its bar."""
    folded = fold_words(text)
    if not folded:
        return None
    kept = fold_keeping_dd(text)
    return next((m for m in lexicon.marks if m.reads(folded, kept, bare_d=bare_d)), None)


def writes_dd_marks(texts: Iterable[str], lexicon: HeaderLexicon) -> bool:
    """Whether any of ``texts`` is a short mark written with its đ ("Đ", "CĐ")."""
    return any(
        mark is not None and mark.dd is not None
        for mark in (cell_mark(t, lexicon) for t in texts if t)
    )


def summary_role(texts: Sequence[str], name_index: int, lexicon: HeaderLexicon) -> str | None:
    """What a summary row is ("total" or "percent"), read from its name cell (or the first
    cell with words, as merged "Tổng cộng" cells often sit over the ordinal column)."""
    candidates = [texts[name_index]] if name_index < len(texts) else []
    candidates += [t for t in texts[: name_index + 1] if t]
    for text in candidates:
        word = lookup(lexicon.rows, fold_header(text))
        if word is not None:
            return str(word.value)
    return None
