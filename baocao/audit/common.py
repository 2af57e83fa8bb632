"""What every check shares: comparison keys, periods, number formatting, findings.

Checks compare facts only when they are comparable, so the keys here decide what "the same
place", "the same period" and "the same scheme" mean: a place is its official code when known,
else its name without the administrative prefix, case- and space-folded ("xã Cẩm Ngọc",
"Cẩm Ngọc" and "XÃ CẨM NGỌC" are one place). That key is :func:`place_identity`, not
:func:`baocao.vocab.places.place_key` (an accent-free key for looking names up in the
map): the auditor's key keeps accents and punctuation, the map's drops them.

Which words are administrative prefixes, and the level each gives, is
``data/place_prefixes.toml`` read through :func:`baocao.vocab.places.parse_place`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from baocao.errors import LexiconError
from baocao.model import Fact, Finding, Level, Report, Severity
from baocao.vocab.former import FORMER, is_former
from baocao.vocab.gazetteer import former_name
from baocao.vocab.numbers import format_number
from baocao.vocab.places import parse_place

#: A fact as the auditor receives it: its id (store id, or any caller-chosen number) and
#: the fact itself. Findings cite these ids.
IdFact = tuple[int, Fact]

_SPACES = re.compile(r"\s+")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4}))?(?:-(H[12]|Q[1-4]))?$")
#: A year written in a text or a period, not part of a longer number.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: The words of an approximate figure that put the true figure above it ("trên", "hơn").
AT_LEAST = frozenset({"hơn", "trên"})

#: A cumulative statement with no period may cover the whole programme (2010 onwards).
UNKNOWN_PERIOD_YEARS = 20.0


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """NFC, lower case, single spaces: the form names are compared in."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


@lru_cache(maxsize=65536)
def _prefixed(written: str) -> tuple[str | None, Level | None, str]:
    """The canonical prefix a name opens with, the level it gives, and the folded rest.

    The prefix table's words are matched by ``parse_place``, on the name title-cased (a
    folded "xã cẩm ngọc" is still a commune); only a place at the very start counts, and
    the name is everything after its prefix ("xã Minh Tân cũ" → "minh tân cũ")."""
    name = fold_name(written)
    titled = name.title()
    place = parse_place(titled)
    if place is None or place.prefix is None or not titled.startswith(place.written):
        return None, None, name
    written_prefix = place.written[: len(place.written) - len(place.name)]
    return place.prefix, place.level, name[len(written_prefix) :].strip()


@lru_cache(maxsize=65536)
def split_prefix(written: str) -> tuple[str | None, str]:
    """``("xã", "cẩm ngọc")`` for "Xã Cẩm Ngọc"; ``(None, name)`` when there is no prefix.
    The prefix is the canonical one ("TP. Đồng Hới" → "thành phố")."""
    prefix, _level, name = _prefixed(written)
    return prefix, name


@lru_cache(maxsize=65536)
def place_identity(written: str | None, code: str | None = None) -> str:
    """The key two mentions of one place share: its code, else its unprefixed folded name.
    A place written with a name its unit took in a later merger ("xã Mỹ Thành", now part of
    xã Bình Phú) keeps that name in its key: a text that names both counts two places. A
    former unit ("tỉnh Tuyên Quang (cũ)", vocab/former.py) is never the unit of the 2025 map
    that reuses its code (Tuyên Quang 08) or its name: its key says so."""
    if code:
        if is_former(written):
            return f"#{code}{FORMER}"
        former = former_name(split_prefix(written or "")[1], code) if written else None
        return f"#{code}~{former}" if former else f"#{code}"
    return split_prefix(written or "")[1]


def level_of(written: str | None, code: str | None, report: Report | None) -> Level | None:
    """The administrative level of a place, from its code length, its prefix (a city run by
    the centre is a province), or the report's own unit when the place is the reporting
    unit; a fact with no place in a text naming no unit is at the level the text speaks as
    (``Report.level``). None when nothing says."""
    if code and code.isdigit():
        return {2: Level.PROVINCE, 3: Level.DISTRICT, 5: Level.COMMUNE}.get(len(code))
    _prefix, level, _name = _prefixed(written or "")
    if level is not None:
        return level
    if report is not None and report.unit is not None and written:
        if place_identity(report.unit.written) == place_identity(written):
            return report.unit.level
    if report is not None and report.unit is None and not written and not code:
        return report.level  # no place of its own in a text naming no unit: the text's voice
    return None


def scheme_key(scheme: str | None) -> str:
    return fold_name(scheme or "NTM")


def end_year(period: str | None) -> int | None:
    """The last year a period names ("2016-2020" → 2020), or None."""
    years = YEAR.findall(period or "")
    return int(years[-1]) if years else None


def period_of(fact: Fact, report: Report | None) -> str | None:
    """The fact's own period, else the report's."""
    if fact.period:
        return fact.period
    return report.period if report is not None else None


def period_years(period: str | None) -> float:
    """How many years a normalised period spans: "2023" → 1, "2011-2015" → 5, "2019-H1" →
    0.5. Unknown or unreadable periods count as the whole programme (the loosest bound)."""
    if not period:
        return UNKNOWN_PERIOD_YEARS
    m = _PERIOD.match(period.strip())
    if not m:
        return UNKNOWN_PERIOD_YEARS
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    if m.group(3):
        return 0.5 if m.group(3).startswith("H") else 0.25
    return float(max(last - first + 1, 1))


def period_span(period: str | None) -> tuple[int, int] | None:
    """First and last year of a whole-year period ("2011-2015" → (2011, 2015)), else None."""
    if not period:
        return None
    m = _PERIOD.match(period.strip())
    if not m or m.group(3):
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    return (first, last) if last >= first else None


def vn(value: float | int | Decimal, decimals: int = 0) -> str:
    """A number the way the report's readers write it: ``vn(64.3478, 2)`` → "64,35"."""
    return format_number(Decimal(str(value)), decimals)


#: Float noise below any written decimal.
FLOAT_NOISE = 1e-9


def consistent(stated: float, low: float, high: float, decimals: int) -> bool:
    """Whether some true value in ``[low, high]`` gives ``stated`` when rounded or truncated
    to ``decimals`` places. Rounding accepts [s − u/2, s + u/2], truncation [s, s + u)."""
    unit = 10.0**-decimals
    return high >= stated - unit / 2 - FLOAT_NOISE and low < stated + unit - FLOAT_NOISE


def decimals_of(value: Decimal) -> int:
    """Digits after the point once trailing zeros are dropped: 6281.50 → 1, 2E+9 → 0."""
    exponent = value.normalize().as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def vnd(amount: int) -> str:
    """An amount in đồng, grouped: "14.808.000.000 đồng"."""
    return f"{format_number(amount)} đồng"


def percent_text(value: float, decimals: int) -> str:
    return f"{vn(value, decimals)}%"


@dataclass(frozen=True)
class Where:
    """The statement a finding points at."""

    fid: int
    fact: Fact


def finding(
    kind: str,
    severity: Severity,
    explain: str,
    at: Where,
    fact_ids: Iterable[int],
) -> Finding:
    """A finding located at one fact's quote, citing ``fact_ids`` (the located fact first)."""
    ids = [at.fid]
    for fid in fact_ids:
        if fid not in ids:
            ids.append(fid)
    return Finding(
        document=at.fact.document,
        kind=kind,
        severity=severity,
        explain=explain,
        quote=at.fact.quote,
        page=at.fact.page,
        start=at.fact.start,
        end=at.fact.end,
        fact_ids=tuple(ids),
        document_sha256=at.fact.document_sha256,
    )


def text_finding(
    kind: str,
    severity: Severity,
    explain: str,
    text: str,
    span: tuple[int, int],
    facts: Sequence[IdFact],
    fact_ids: Iterable[int],
    of: Fact | None = None,
) -> Finding:
    """A finding quoting ``text[start:end]``, a stretch no one fact was read from (a whole or
    a list of bands the auditor reads from the text), on the page of the fact nearest it; of
    the document of ``of``, else of the first of ``facts``."""
    start, end = span
    owner = of if of is not None else facts[0][1]
    return Finding(
        document=owner.document,
        kind=kind,
        severity=severity,
        explain=explain,
        quote=text[start:end],
        page=page_near(facts, start),
        start=start,
        end=end,
        fact_ids=tuple(fact_ids),
        document_sha256=owner.document_sha256,
    )


def page_near(facts: Sequence[IdFact], at: int) -> int | None:
    """The page of the fact nearest before offset ``at``, else of the first fact after it:
    for a finding quoting text no fact was read from (the auditor has the text, not its
    pages)."""
    located = [f for _, f in facts if f.start is not None and f.page]
    before = [f for f in located if (f.start or 0) <= at]
    if before:
        return max(before, key=lambda f: f.start or 0).page
    after = [f for f in located if (f.start or 0) > at]
    return min(after, key=lambda f: f.start or 0).page if after else None


def not_covered(findings: Sequence[Finding], by: Sequence[Finding]) -> list[Finding]:
    """``findings`` but those of a kind and a stretch of text one of ``by`` already has: a
    check that reads the text around the facts adds what the facts' checks did not find
    (the facts' finding quotes the statement itself)."""
    return [
        f
        for f in findings
        if not any(
            g.kind == f.kind
            and g.start is not None
            and f.start is not None
            and g.end is not None
            and f.end is not None
            and g.start < f.end
            and f.start < g.end
            for g in by
        )
    ]


_SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


def severity_rank(severity: Severity) -> int:
    return _SEVERITY_RANK[severity]


def merge_findings(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per (document, kind, quote span): two facts read from one sentence ("08
    tiêu chí với 17 chỉ tiêu") that are both wrong make one finding, their explanations
    joined, the highest severity kept. Order: document order, then severity."""
    merged: dict[tuple[str, str, str, int | None, int | None], Finding] = {}
    for f in findings:
        key = (f.document_sha256 or f.document, f.kind, f.quote, f.start, f.end)
        old = merged.get(key)
        if old is None:
            merged[key] = f
            continue
        explain = old.explain if f.explain in old.explain else f"{old.explain}; {f.explain}"
        ids = old.fact_ids + tuple(i for i in f.fact_ids if i not in old.fact_ids)
        severity = min(old.severity, f.severity, key=severity_rank)
        merged[key] = Finding(
            document=old.document,
            kind=old.kind,
            severity=severity,
            explain=explain,
            quote=old.quote,
            page=old.page,
            start=old.start,
            end=old.end,
            fact_ids=ids,
            document_sha256=old.document_sha256,
        )
    return sorted(
        merged.values(),
        key=lambda f: (f.document, f.start if f.start is not None else -1, f.kind),
    )


# -- the auditor's data files (bounds.toml; the cue tables are audit/cues.py's) ------------


def read_audit_file(name: str) -> str:
    """The text of a data file packaged beside the auditor (``bounds.toml``, ``rates.toml``,
    ``implied.toml``)."""
    try:
        return resources.files("baocao.audit").joinpath(name).read_text("utf-8")
    except OSError as e:
        raise LexiconError(f"{name}: cannot read the data file ({e})") from e


def whole_words(cues: Sequence[str], *, at_end: bool = False) -> re.Pattern[str]:
    """Any of ``cues`` as whole words, case-insensitive, the longest first (``at_end``: only
    at the end of the text)."""
    alternatives = "|".join(_guarded(c) for c in sorted(cues, key=len, reverse=True))
    end = r"\s*$" if at_end else ""
    return re.compile(rf"(?:{alternatives}){end}", re.IGNORECASE)


def _guarded(cue: str) -> str:
    """``cue`` kept from standing inside a longer word, on the sides where it has a letter or
    digit: a mark needs no guard ("SX…", an ellipsis glued to its word, is an ellipsis)."""
    before = r"(?<!\w)" if re.match(r"\w", cue) else ""
    after = r"(?!\w)" if re.search(r"\w$", cue) else ""
    return f"{before}{re.escape(cue)}{after}"
