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

Counts of the unit's households ("hộ nghèo", "hộ cận nghèo": ``households`` in
``implied.toml``) share one base, so a change of near-poor households is held to the total
the poor households imply too. A change counted in the bare unit ("số hộ nghèo giảm 120 hộ
(0,3%)") counts what its lead names right before the change word; a count the share's fact
did not keep, restated as its share ("giảm 120 hộ nghèo, tương ứng 0,3%"), is read from the
label. A change written after a state in its sentence ("… 17.014 hộ cận nghèo, chiếm 4,25%
…; tăng 18 hộ cận nghèo (0,01%)") moved that state's rate, whatever period it was read with.

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
    text_finding,
    vn,
)
from baocao.audit.implied_cues import (
    ImpliedCues,
    load_implied_cues,
)
from baocao.audit.percents import KIND, stated_decimals
from baocao.model import Finding, Percentage, Report, Severity
from baocao.vocab.numbers import NUMBER_PATTERN, parse_number

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
# A number that is part of a date or a year is never a count: "tháng 9/2023 xã còn …",
# "năm 2023 xã …", "ngày 15/9/2023".
_NOT_A_DATE = r"(?<!\d[/\-.])(?<!(?i:năm)\s)(?<!(?i:tháng)\s)(?<!(?i:ngày)\s)"
# A count and what it counts right before the words restating it as its share: "giảm 120
# hộ nghèo, tương ứng".
_RESTATED = re.compile(
    rf"{_NOT_A_DATE}(?P<count>{NUMBER_PATTERN})\s+(?P<words>[^\W\d_][^\d(),;%]*?)\s*,?\s*$"
)
# What ends a sentence between a state and a change after it (not the dot of "17.014").
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# How far after a state a change in its sentence may be written.
_CHANGE_REACH = 400
# How far before its share a restated count may be written ("120 hộ nghèo, tương ứng 0,3%").
_RESTATE_REACH = 120
# A count of places, or several of them: "6 xã", "các xã", "những thôn".
_MANY = re.compile(rf"(?:{_NOT_A_DATE}(?<![\d.])\d[\d.]*|(?i:các|những|mỗi|một\s+số))\s+$")
# The first character after a place's kind: "xã Tân Lập", "ấp 3" name one.
_NEXT = re.compile(r"\s+(\w)")


@dataclass(frozen=True)
class CountShare:
    """A count written with its share and no base, and the total it implies: the share is
    rounded or truncated, so the total lies in (``low``, ``high``]."""

    fid: int
    fact: Percentage
    count: float
    words: str  # what is counted, folded: "hộ nghèo"
    base: str  # what the total counts: "hộ"
    lead: str  # the label's words before the count
    change: bool
    period: str | None
    low: float
    high: float
    restated: str | None = None  # the count as written, when the share's fact kept none

    @property
    def population(self) -> str:
        """What its total counts: the unit's households for any of ``households``, else
        what it counts."""
        if load_implied_cues().households.fullmatch(self.words):
            return f"{self.base} (all)"
        return self.words

    def says(self) -> str:
        share = vn(self.fact.value, stated_decimals(self.fact.value_decimals, self.fact.value))
        what = "a change of " if self.change else ""
        page = f", page {self.fact.page}" if self.fact.page is not None else ""
        return (
            f"{what}{vn(self.count)} {self.words} = {share}% implies "
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


def _restated(label: str, cues: ImpliedCues) -> re.Match[str] | None:
    """The count a label ends with when words restating it as its share follow it:
    "giảm 120 hộ nghèo, tương ứng" (and "tức giảm")."""
    said = list(cues.restated.finditer(label))
    if not said:
        return None
    tail = label[said[-1].end() :].strip()
    if tail and cues.change.fullmatch(tail) is None:
        return None
    return _RESTATED.search(label, 0, said[-1].start())


def _bare_change(lead: str, base: str, cues: ImpliedCues) -> str | None:
    """What a change counted in the bare unit counts: the households named right before its
    change word ("số hộ nghèo giảm 120 hộ" → "hộ nghèo")."""
    change = cues.change.search(lead)
    if change is None:
        return None
    named = list(cues.households.finditer(lead, 0, change.start()))
    if not named or lead[named[-1].end() : change.start()].strip():
        return None
    words = fold_name(named[-1].group())
    return words if words.startswith(fold_name(base) + " ") else None


def count_share(fid: int, fact: Percentage, report: Report | None) -> CountShare | None:
    """The total a percentage's count and share imply, when it may be compared at all."""
    if fact.unit != "%" or fact.whole is not None or fact.target:
        return None
    if fact.value_max is not None or fact.approx or not 0 < fact.value <= 100:
        return None
    cues = load_implied_cues()
    label = " ".join((fact.label or "").split())
    counted: re.Match[str] | None = None
    after = restated = False
    if fact.part is not None:
        counted = _COUNTED.match(fact.quote)
        after = counted is None
        if after:  # "3,2% (41 hộ)": the count written after its share
            counted = _COUNTED_AFTER.match(fact.quote)
    elif _COUNTED.match(fact.quote) is None:  # "giảm 120 hộ nghèo, tương ứng 0,3%"
        counted = _restated(label, cues)
        restated = True
    base = cues.counted.search(counted.group("words")) if counted is not None else None
    if counted is None or base is None:
        return None
    count = float(fact.part if fact.part is not None else parse_number(counted.group("count")))
    words: str | None = fold_name(counted.group("words"))
    if after:
        lead = label  # all the label is before the share, and so before the count
        if words == fold_name(base.group()):  # "(41 hộ)": what the rate is of says which
            words = rate_population(label, base.group(), cues)
    else:
        at = counted.start() if restated else label.rfind(f"{counted.group('count')} ")
        if at < 0:
            return None  # the label lost the count: nothing says what the share is of
        lead = label[:at]
        if words == fold_name(base.group()):  # "số hộ nghèo giảm 120 hộ (0,3%)"
            words = _bare_change(lead, base.group(), cues) or words
    if words is None or words == fold_name(base.group()):
        return None  # a bare "1.200 hộ (95%)": what is counted is said before it, in words
    if _of_a_part(lead, fact, fold_name(base.group()), cues):
        return None
    change = cues.change.search(lead) is not None
    if restated and not change:
        return None  # a state restated ("có 52 hộ nghèo, tương ứng 3%") is the extractor's
    decimals = stated_decimals(fact.value_decimals, fact.value)
    low, high = implied_total(count, fact.value, decimals)
    return CountShare(
        fid=fid,
        fact=fact,
        count=count,
        words=words,
        base=fold_name(base.group()),
        lead=lead,
        change=change,
        period=period_of(fact, report),
        low=low,
        high=high,
        restated=counted.group("count") if restated else None,
    )


def _in_its_sentence(state: CountShare, change: CountShare, text: str | None) -> bool:
    """Whether ``change`` is written after ``state`` in its sentence, so moved its rate."""
    first, then = state.fact.end, change.fact.start
    if text is None or first is None or then is None or not 0 <= then - first <= _CHANGE_REACH:
        return False
    return _SENTENCE_END.search(text, first, then) is None


def _years_apart(a: CountShare, b: CountShare, text: str | None = None) -> int | None:
    """Years a population may have changed between ``a`` and ``b`` (the later), or None
    when the two are not of one population at one time, nor one stated against the other."""
    if a.change or b.change:
        if a.period == b.period or (b.change and not a.change and _in_its_sentence(a, b, text)):
            return CHANGE_YEARS
        return None
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
    count, delta = state.count, change.count
    return any(change.low < n <= change.high for n in (count, count + delta, count - delta))


def _disagree(a: CountShare, b: CountShare, text: str | None = None) -> int | None:
    """The years allowed between ``a`` and ``b`` when their totals cannot be one, else
    None."""
    years = _years_apart(a, b, text)
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


def _located(
    explain: str,
    severity: Severity,
    b: CountShare,
    a: CountShare,
    facts: Sequence[IdFact],
    text: str | None,
) -> Finding:
    """The finding at ``b``'s quote; from its count on when its fact kept only the share
    ("120 hộ nghèo, tương ứng 0,9%"), so the quote holds both numbers weighed."""
    end = b.fact.end
    if b.restated is not None and text is not None and b.fact.start is not None and end:
        at = text.rfind(f"{b.restated} ", max(0, b.fact.start - _RESTATE_REACH), b.fact.start)
        if at >= 0:
            return text_finding(
                KIND, severity, explain, text, (at, end), facts, [b.fid, a.fid], of=b.fact
            )
    return finding(KIND, severity, explain, Where(b.fid, b.fact), [b.fid, a.fid])


def check_implied(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    """Every pair of counts with a share of one population whose totals cannot agree
    (``text``, the document's, tells a change written after a state in its sentence)."""
    groups: dict[tuple[str, str], list[CountShare]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Percentage):
            continue
        share = count_share(fid, fact, report)
        if share is not None:
            key = (place_identity(fact.subject, fact.subject_code), share.population)
            groups.setdefault(key, []).append(share)
    findings = []
    for shares in groups.values():
        ordered = sorted(shares, key=lambda s: s.fact.start or 0)
        for a, b in combinations(ordered, 2):
            years = _disagree(a, b, text)
            if years is None:
                continue
            severity = Severity.HIGH if years == 0 else Severity.MEDIUM
            explain = _explain(a, b, years)
            findings.append(_located(explain, severity, b, a, facts, text))
    return findings
