"""percent_mismatch: two shares of one population that imply different totals.

A count written with its share and no base ("25 hộ nghèo (4%)", the percentage's ``part``
with no ``whole``) implies the base: 25 / 4% = 625 households. Two such statements of one
population in one report must imply one total, within the rounding of each share's written
decimals (a share is rounded or truncated, FACTS.md "Audit findings"): "165 hộ nghèo
(9,1%)" implies 1.794–1.823 households (9,05% ≤ share < 9,2%), which no "25 hộ nghèo (4%)"
(500–714) of the same commune can share. A change ("giảm 18 hộ cận nghèo (0,01%)") is a
share of the same total, and implies it too.

Only statements that must share a base are compared (consistent numbers are never flagged):

- one subject, and the same counted words ("hộ nghèo" with "hộ nghèo", never "hộ cận nghèo");
  a bare counted word ("1.200 hộ (95%)", "là 6 xã, chiếm 4%") is never compared: which
  households, which communes is said before it, and may name another base each time;
- a count of a whole population: none of a part (a place below the subject, "khu vực nông
  thôn", "trong đó" …: ``implied.toml``), no goal, no approximation or range;
- one period; or two periods when the later statement is stated against the earlier in its
  own clause ("từ 25 hộ nghèo (4%) năm 2014, giờ đây … 165 hộ nghèo (9,1%)"), allowing the
  population :data:`GROWTH_PER_YEAR` a year between them;
- a change is compared with states of its period, allowing a year's growth, and not when its
  share could be of the state's own count instead (a relative change: "giảm 18 hộ (10%)").

A count written in brackets after its share ("chiếm 4% (25 hộ nghèo)", "tỷ lệ hộ nghèo còn
3,2% (41 hộ)") is read the same way, its lead being all the label before the share; when the
bracket names only the unit ("41 hộ"), what is counted is what the rate is of: the label's
words after a ``rate_of`` word ("tỷ lệ"), up to a ``rate_end`` word ("còn", "toàn", "năm"…)
— "hộ nghèo". A rate that names nothing more than the unit is not compared.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from baocao.audit.common import (
    IdFact,
    Where,
    end_year,
    finding,
    fold_name,
    period_of,
    place_identity,
    split_prefix,
    vn,
)
from baocao.audit.implied_cues import (
    ImpliedCues,
    load_implied_cues,
)
from baocao.audit.percents import KIND, stated_decimals
from baocao.model import Finding, Percentage, Report, Severity
from baocao.vocab.numbers import NUMBER_PATTERN

#: How much a population may grow (or shrink) a year between two statements of different
#: periods: households in a commune grow a few percent a year; 10% keeps far clear of that.
GROWTH_PER_YEAR = 0.10
#: A change's share may be of the total at the start of its period: a year apart at most.
CHANGE_YEARS = 1

# The count and what it counts, at the start of the fact's quote: "25 hộ nghèo (4%)".
_COUNTED = re.compile(rf"^(?P<count>{NUMBER_PATTERN})\s+(?P<words>[^\W\d_][^\d(),;%]*?)\s*[(,]")
# The count in brackets after the share, ending the quote: "3,2% (với 41 hộ)".
_COUNTED_AFTER = re.compile(
    rf"^{NUMBER_PATTERN}\s*%\s*\(\s*[^\W\d_]*(?:\s+[^\W\d_]+)*?\s*=?\s*"
    rf"(?P<count>{NUMBER_PATTERN})\s+(?P<words>[^\W\d_][^\d(),;%]*?)\s*\)$"
)
_WORDS_AFTER = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)*)")
# A count of places, or several of them: "6 xã", "các xã", "những thôn".
_MANY = re.compile(r"(?:\d[\d.]*|(?i:các|những|mỗi|một\s+số))\s+$")
# The first character after a place's kind: "xã Tân Lập", "ấp 3" name one.
_NEXT = re.compile(r"\s+(\w)")


@dataclass(frozen=True)
class CountShare:
    """A count written with its share and no base, and the total it implies: the share is
    rounded or truncated, so the total lies in (``low``, ``high``]."""

    fid: int
    fact: Percentage
    words: str  # what is counted, folded: "hộ nghèo"
    base: str  # what the total counts: "hộ"
    lead: str  # the label's words before the count
    change: bool
    period: str | None
    low: float
    high: float

    def says(self) -> str:
        share = vn(self.fact.value, stated_decimals(self.fact.value_decimals, self.fact.value))
        what = "a change of " if self.change else ""
        page = f", page {self.fact.page}" if self.fact.page is not None else ""
        return (
            f"{what}{vn(self.fact.part or 0)} {self.words} = {share}% implies "
            f"{_total(self.low, self.high)} {self.base} in all ({self.fact.quote!r}{page})"
        )


def _total(low: float, high: float) -> str:
    top = "∞" if math.isinf(high) else vn(math.floor(high))
    bottom = vn(math.ceil(low))
    return bottom if bottom == top else f"{bottom}–{top}"


def implied_total(count: float, share: float, decimals: int) -> tuple[float, float]:
    """The totals (low, high] a count and its share allow: the true share lies in
    [share − u/2, share + u) for u one unit of the last decimal written."""
    unit = 10.0**-decimals
    least = share - unit / 2
    high = count / least * 100 if least > 0 else math.inf
    return count / (share + unit) * 100, high


def _subject_free(lead: str, fact: Percentage) -> str:
    """The lead without the fact's own subject named in it ("xã Tân Lập còn" → " còn")."""
    _prefix, name = split_prefix(fact.subject or "")
    out = lead
    for written in (fact.subject or "", name):
        if written.strip():
            out = re.sub(re.escape(written.strip()), " ", out, flags=re.IGNORECASE)
    return out


def _named_at(text: str, at: int) -> bool:
    """Whether a name or number follows a place's kind at ``at`` ("xã Tân Lập", "ấp 3")."""
    named = _NEXT.match(text, at)
    return named is not None and (named.group(1).isupper() or named.group(1).isdigit())


def _of_a_part(lead: str, fact: Percentage, base: str, cues: ImpliedCues) -> bool:
    """Whether the words before the count make it a count of part of the subject's people:
    a part named ("khu vực nông thôn", "trong đó"), or a place other than the subject —
    another kind of place, several ("6 xã", "các thôn"), or one named ("xã Tân Lập", "ấp
    3") that is not the subject. The subject's own kind alone ("trên địa bàn xã") is it, and
    so are the places counted ("Số xã đạt … là 6 xã, chiếm 4%": ``base`` "xã")."""
    if cues.part_of.search(lead):
        return True
    own, _name = split_prefix(fact.subject or "")
    rest = _subject_free(lead, fact)
    for m in cues.place.finditer(rest):
        kind = fold_name(m.group())
        if _MANY.search(rest, 0, m.start()) or _named_at(rest, m.end()):
            return True  # "6 xã", "các thôn", "Trong 20 xã …, có 6 xã (30%)"; "xã Tân Lập"
        if kind not in (own, base):
            return True
    return False


def rate_population(label: str, base: str, cues: ImpliedCues) -> str | None:
    """What a rate's label says it is of, when that starts with the counted unit ``base``
    and names more than it: "tỷ lệ hộ nghèo toàn xã còn" with "hộ" → "hộ nghèo"."""
    rates = list(cues.rate_of.finditer(label))
    if not rates:
        return None
    words = _WORDS_AFTER.match(label, rates[-1].end())
    if words is None:
        return None
    of = words.group(1)
    end = cues.rate_end.search(of)
    of = fold_name(of[: end.start()] if end is not None else of)
    if not of.startswith(fold_name(base) + " "):
        return None
    return of


def count_share(fid: int, fact: Percentage, report: Report | None) -> CountShare | None:
    """The total a percentage's count and share imply, when it may be compared at all."""
    if fact.unit != "%" or fact.part is None or fact.whole is not None or fact.target:
        return None
    if fact.value_max is not None or fact.approx or not 0 < fact.value <= 100:
        return None
    cues = load_implied_cues()
    counted = _COUNTED.match(fact.quote)
    after = counted is None
    if after:  # "3,2% (41 hộ)": the count written after its share
        counted = _COUNTED_AFTER.match(fact.quote)
    base = cues.counted.search(counted.group("words")) if counted is not None else None
    if counted is None or base is None:
        return None
    label = " ".join((fact.label or "").split())
    words: str | None = fold_name(counted.group("words"))
    if after:
        lead = label  # all the label is before the share, and so before the count
        if words == fold_name(base.group()):  # "(41 hộ)": what the rate is of says which
            words = rate_population(label, base.group(), cues)
    else:
        at = label.rfind(f"{counted.group('count')} ")
        if at < 0:
            return None  # the label lost the count: nothing says what the share is of
        lead = label[:at]
    if words is None or words == fold_name(base.group()):
        return None  # a bare "1.200 hộ (95%)": what is counted is said before it, in words
    if _of_a_part(lead, fact, fold_name(base.group()), cues):
        return None
    decimals = stated_decimals(fact.value_decimals, fact.value)
    low, high = implied_total(fact.part, fact.value, decimals)
    return CountShare(
        fid=fid,
        fact=fact,
        words=words,
        base=fold_name(base.group()),
        lead=lead,
        change=cues.change.search(lead) is not None,
        period=period_of(fact, report),
        low=low,
        high=high,
    )


def _years_apart(a: CountShare, b: CountShare) -> int | None:
    """Years a population may have changed between ``a`` and ``b`` (the later), or None
    when the two are not of one population at one time, nor one stated against the other."""
    if a.change or b.change:
        return CHANGE_YEARS if a.period == b.period else None
    if a.period == b.period:
        return 0
    first, last = end_year(a.period), end_year(b.period)
    if first is None or last is None:
        return None
    stated_against = fold_name(a.fact.quote) in fold_name(b.lead)
    return abs(last - first) if stated_against else None


def _relative(change: CountShare, state: CountShare) -> bool:
    """Whether the change's share could be of the state's own count (a relative change:
    "còn 162 hộ nghèo …, giảm 18 hộ (10%)"), before or after it."""
    count = state.fact.part or 0.0
    delta = change.fact.part or 0.0
    return any(change.low < n <= change.high for n in (count, count + delta, count - delta))


def _disagree(a: CountShare, b: CountShare) -> int | None:
    """The years allowed between ``a`` and ``b`` when their totals cannot be one, else
    None."""
    years = _years_apart(a, b)
    if years is None:
        return None
    if a.change != b.change and _relative(*((a, b) if a.change else (b, a))):
        return None
    growth = (1 + GROWTH_PER_YEAR) ** years
    if a.low / growth < b.high and b.low < a.high * growth:
        return None  # some total of a, grown or shrunk by the years between, is one of b's
    return years


def _explain(a: CountShare, b: CountShare, years: int) -> str:
    allowed = f", allowing {years} year(s) of growth" if years else ""
    return f"{b.says()}, but {a.says()}{allowed}: not one total"


def check_implied(facts: Sequence[IdFact], *, report: Report | None = None) -> list[Finding]:
    """Every pair of counts with a share of one population whose totals cannot agree."""
    groups: dict[tuple[str, str], list[CountShare]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Percentage):
            continue
        share = count_share(fid, fact, report)
        if share is not None:
            key = (place_identity(fact.subject, fact.subject_code), share.words)
            groups.setdefault(key, []).append(share)
    findings = []
    for shares in groups.values():
        ordered = sorted(shares, key=lambda s: s.fact.start or 0)
        for a, b in combinations(ordered, 2):
            years = _disagree(a, b)
            if years is None:
                continue
            severity = Severity.HIGH if years == 0 else Severity.MEDIUM
            explain = _explain(a, b, years)
            findings.append(finding(KIND, severity, explain, Where(b.fid, b.fact), [b.fid, a.fid]))
    return findings
