"""A move written with both its ends and its size, whose size is not the ends' difference.

"Tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, giảm 1,3%": from 5,2% to 4,1% is 1,1 points (or
21% of the start), not 1,3% — a ``percent_mismatch``. "Số xã đạt chuẩn tăng từ 9 xã lên 13
xã, tăng 5 xã": 4, not 5 — a ``count_mismatch``. Each number may be rounded or truncated at
the decimals written (FACTS.md "Audit findings"), so a size is consistent when some pair of
ends it allows gives it: as a difference, or for shares also as a change relative to the
start ("từ 60% lên 75%, tăng 25%").

Only one strict wording is read, from the text (cues in ``fromto.toml``): "từ A" (a year
after it, "năm 2021", may follow), an end word and "B" (a year may follow), then in the
same clause, after a comma or bracket and maybe a restating word ("tức", "tương ứng"), a
size word going the way the ends go ("giảm" when B < A) right before "Z". All three are
shares ("%"), or counts of one counted word (``counted`` in ``implied.toml``: "xã", "hộ"
…). A size per year ("giảm 0,5%/năm", "bình quân"), "điểm phần trăm" or any other word
between breaks the wording, and nothing is weighed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from baocao.audit.common import IdFact, fold_name, text_finding, vn
from baocao.audit.counts import KIND as COUNT_KIND
from baocao.audit.cues import load_cue_table, parse_cue_table
from baocao.audit.implied_cues import load_implied_cues
from baocao.audit.percents import KIND as PERCENT_KIND
from baocao.model import Finding, Severity
from baocao.vocab.numbers import NUMBER_PATTERN, decimals_written, parse_number

FROMTO_FILE = "fromto.toml"


def _num(name: str) -> str:
    """A number written alone (no part of a date or fraction), as group ``name``."""
    return rf"(?<![\d.,/])(?P<{name}>{NUMBER_PATTERN})(?![\d/])"


def _unit_of(name: str) -> str:
    """A number's unit: "%" or one or two words, as group ``name``."""
    return rf"\s*(?P<{name}>%|[^\W\d_]+(?:\s+[^\W\d_]+)?)"


_YEAR = r"(?:\s*\(?\s*(?i:năm|cuối\s+năm|đầu\s+năm)\s+(?:19|20)\d\d\s*\)?)?"
# A size per year or per unit: "giảm 0,5%/năm", "tăng 2 xã mỗi năm".
_PER = re.compile(r"\s*(?:/|(?i:mỗi|một|bình\s+quân|trung\s+bình)(?![^\W\d_]))")


@dataclass(frozen=True)
class FromToCues:
    start: re.Pattern[str]
    end: re.Pattern[str]
    down: re.Pattern[str]
    up: re.Pattern[str]
    restate: re.Pattern[str]
    raise_to: re.Pattern[str]
    added: re.Pattern[str]


def parse_fromto_cues(text: str, *, source: str = FROMTO_FILE) -> FromToCues:
    """The cue lists of ``fromto.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(FromToCues, text, source=source)


def load_fromto_cues() -> FromToCues:
    return load_cue_table(FromToCues, FROMTO_FILE)


def _words(pattern: re.Pattern[str]) -> str:
    """A cue pattern's alternation, to build a larger pattern with (case-insensitive)."""
    return f"(?i:{pattern.pattern})"


@cache
def move_pattern() -> re.Pattern[str]:
    """ "từ A [năm Y] xuống|lên B [năm Y], [tức] giảm|tăng Z", each with its unit."""
    cues = load_fromto_cues()
    size_word = rf"(?P<way>{_words(cues.down)}|{_words(cues.up)})"
    return re.compile(
        rf"{_words(cues.start)}\s+{_num('a')}{_unit_of('ua')}{_YEAR}\s+{_words(cues.end)}\s+"
        rf"{_num('b')}{_unit_of('ub')}{_YEAR}"
        rf"\s*[,(;]?\s*(?:{_words(cues.restate)}\s+)?{size_word}\s+{_num('z')}{_unit_of('uz')}"
    )


def _range(written: str) -> tuple[Decimal, Decimal]:
    """The values a number written with its decimals stands for, rounded or truncated:
    [x − u/2, x + u) (in decimals, so that the bounds are exact)."""
    value = parse_number(written)
    unit = Decimal(1).scaleb(-decimals_written(value))
    return value - unit / 2, value + unit


def _meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def size_fits(a: str, b: str, z: str, *, share: bool) -> bool:
    """Whether the size ``z`` of a move from ``a`` to ``b`` (numbers as written) is their
    difference within rounding, or, for shares, the difference relative to ``a``. Counts
    are exact."""
    if not share:
        return abs(parse_number(a) - parse_number(b)) == parse_number(z)
    (a_lo, a_hi), (b_lo, b_hi), size = _range(a), _range(b), _range(z)
    gaps = [abs(x - y) for x in (a_lo, a_hi) for y in (b_lo, b_hi)]
    low = Decimal(0) if a_lo <= b_hi and b_lo <= a_hi else min(gaps)  # the ends may be one
    if _meets((low, max(gaps)), size):
        return True
    if a_lo <= 0:
        return False
    relative = [abs(x - y) / x * 100 for x in (a_lo, a_hi) for y in (b_lo, b_hi)]
    return _meets((min(relative), max(relative)), size)


def _unit(m: re.Match[str], group: str) -> str:
    return fold_name(m.group(group))


def _counted(unit: str) -> str | None:
    """The counted word of a count's unit ("xã đạt" → "xã"), None if it counts nothing
    the implied check knows."""
    counted = load_implied_cues().counted.search(unit)
    return fold_name(counted.group()) if counted is not None else None


def check_moves(facts: Sequence[IdFact], *, text: str | None = None) -> list[Finding]:
    """Every move written with both ends whose size is not what the ends give."""
    if text is None or not facts:
        return []
    cues = load_fromto_cues()
    findings = []
    for m in move_pattern().finditer(text):
        if _PER.match(text, m.end()):
            continue  # a size per year: no difference of the ends
        a, b, z = (parse_number(m.group(g)) for g in ("a", "b", "z"))
        if a == b or (cues.down.fullmatch(m.group("way")) is not None) != (b < a):
            continue  # the size goes another way than the ends: another move
        units = [_unit(m, g) for g in ("ua", "ub", "uz")]
        share = units == ["%", "%", "%"]
        end = m.end()
        if not share:
            counted = [_counted(u) for u in units]
            if counted[0] is None or len(set(counted)) != 1:
                continue
            end = m.start("uz") + len(m.group("uz").split()[0])  # "3 xã", not "3 xã so"
        if size_fits(m.group("a"), m.group("b"), m.group("z"), share=share):
            continue
        diff = abs(float(a) - float(b))
        decimals = max(decimals_written(x) for x in (a, b, z))
        what = "%" if share else f" {counted[0]}"
        explain = (
            f"from {vn(a, decimals_written(a))}{what} to {vn(b, decimals_written(b))}{what} "
            f"is {vn(diff, decimals)}{what}"
        )
        if share and a > 0:
            explain += f" ({vn(diff / float(a) * 100, 1)}% of the start)"
        explain += f", stated {vn(z, decimals_written(z))}{what}"
        kind = PERCENT_KIND if share else COUNT_KIND
        span = (m.start(), end)
        findings.append(text_finding(kind, Severity.HIGH, explain, text, span, facts, ()))
    return findings


#: How far before a state's K/N its increment word ("thêm") may be written.
ADDED_REACH = 25


@cache
def raised_pattern() -> re.Pattern[str]:
    """ "K/N <unit> …, nâng tổng số … lên K'/N <unit>" in one sentence (no figure between)."""
    cues = load_fromto_cues()
    ratio = r"(?<![\d.,/])(?P<{0}>\d[\d.]*)\s*/\s*(?P<{1}>\d[\d.]*)"
    return re.compile(
        ratio.format("a", "n")
        + _unit_of("ua")
        + r"[^.;:\n\d]{0,160}?,\s*"
        + rf"{_words(cues.raise_to)}(?![^\W\d_])[^.;:\n\d]{{0,60}}?\s{_words(cues.end)}\s+"
        + ratio.format("b", "m")
        + _unit_of("ub")
    )


def check_raised_totals(facts: Sequence[IdFact], *, text: str | None = None) -> list[Finding]:
    """A state and the total it was raised to in one sentence, of one whole, disagreeing:
    "Huyện A có 10/14 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên 12/14 xã" states the
    communes reached twice, 10 and 12 of the same 14 (an increment is no K of the whole:
    "có thêm 2 xã, nâng tổng số lên 12/14" is not weighed, nor two wholes or units)."""
    if text is None or not facts:
        return []
    cues = load_fromto_cues()
    findings = []
    for m in raised_pattern().finditer(text):
        a, n, b, total = (parse_number(m.group(g)) for g in ("a", "n", "b", "m"))
        counted = {_counted(_unit(m, g)) for g in ("ua", "ub")}
        if a == b or n != total or len(counted) != 1 or None in counted:
            continue
        if cues.added.search(text, max(0, m.start() - ADDED_REACH), m.start()):
            continue  # "có thêm 2/14 …": the increment
        what = counted.pop()
        explain = (
            f"{vn(a, 0)}/{vn(n, 0)} {what}, then raised to {vn(b, 0)}/{vn(total, 0)} {what} in "
            f"the same sentence: one count with two values"
        )
        span = (m.start(), m.end())
        findings.append(text_finding(COUNT_KIND, Severity.HIGH, explain, text, span, facts, ()))
    return findings
