"""One quantity stated twice in a report with two values.

Reports give a figure in their summary and again in the body, or in a paragraph and again in
a table: "toàn huyện có 12/18 xã đạt chuẩn" in section I and "13/18 xã đạt chuẩn" in the
conclusion; the people's contribution 25,3 tỷ in one place and 23,5 tỷ in another; the poor
households' rate 2,1% and 2,4%. One of the two is wrong. Reported as the kind the fact's own
checks use (a count: ``count_mismatch``, money: ``sum_mismatch``, a rate:
``percent_mismatch``; wording and severity in ``twice.toml``).

Two statements are one quantity only when every key the facts carry is the same — kind,
place, period, scheme, criterion and the N of a K/N (coverage); source and flow (funding);
the indicator named before a rate and its unit (percentages) — and both are achievements
(a goal and a result never conflict; goals are revised too often to weigh one against
another). Values within the rounding or truncation of the coarser one agree ("2,1" and
"2,14"; "25,3 tỷ" and "25.346 triệu").

What makes two such statements two quantities on real text, each excluded (cue words in
``twice.toml``):

- the same sentence or line, or one table (a list or a breakdown, not a restatement: "64/64
  xã …; 27/64 xã … nâng cao", "13/13 huyện …, trong đó 11/13 …"); and no sentence ends
  between them (a hard-wrapped sentence);
- an approximate figure ("khoảng", "gần", "hơn"), an estimate ("ước", "dự kiến"), a change
  or a rank ("tăng", "thêm", "từ … lên", "xã thứ 22/161"), a part ("trong đó", "riêng"), a
  part of the population ("các xã miền núi", "vùng đồng bào …"), the time before ("năm
  trước", "trước sáp nhập"), a goal word in the sentence, another place named before it;
- another time inside the period ("tháng 6", "6 tháng đầu năm", "30/6/2022"), another status
  ("được công nhận" against "đạt 19 tiêu chí"), another kind of money ("lồng ghép", "ngày
  công", "giải ngân"), another measure or population of a rate ("đa chiều", "hộ" against
  "dân số"): the sets of these words in the two sentences must be the same;
- a criterion's K/N in running text that does not say "tiêu chí" (a sub-indicator: "6/6 xã
  có điểm bưu chính", "5/6 xã có internet"), counts of units other than communes and
  districts (schools by level, villages by indicator), a rate written with its own base
  (checked by ``percents``) or followed by what it is a share of ("98% số hộ có …");
- a group whose statements give more than two values, or disagree inside one sentence: the
  key holds several quantities.

Of two values, the one stated more often is taken as right (a tie: the earlier one), and
each statement of the other is flagged, citing the nearest statement it contradicts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from baocao.audit.amounts import in_unit, tolerance_in, unit_factor
from baocao.audit.common import (
    IdFact,
    Where,
    decimals_of,
    finding,
    fold_name,
    period_of,
    place_identity,
    read_audit_file,
    scheme_key,
    split_prefix,
    vn,
)
from baocao.audit.cues import parse_cue_table
from baocao.data.lexicon import Problems, entries, parse_data
from baocao.model import Coverage, Fact, Finding, Funding, Percentage, Report, Severity
from baocao.vocab.patterns import approx_at, cues

TWICE_FILE = "twice.toml"
#: The kind of a headline's count the body restates otherwise (:func:`headline_restatements`).
KIND_COUNT = "count_mismatch"
#: How far before a figure a word that makes it a change may stand ("tăng thêm 3/18 xã").
CHANGE_REACH = 30
#: Counted units whose K/N is weighed: communes and districts. Schools, villages and houses
#: are counted by level or by indicator, several K/N of one N in one report.
COUNTED_UNITS = frozenset({"xã", "huyện", "địa phương", "đơn vị"})
_FACT_KINDS = ("coverage", "funding", "percentage")

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# What separates two statements: a sentence's end, a blank line, or a line of a table.
_SEPARATED = re.compile(r"[.!?](?=\s)|\n\s*\n|\n[^\n]*\s\|\s")
_CLAUSE_START = re.compile(r"[,;:(]|\s[-–]\s")
# A date or a month of a year: "30/6/2022", "6/2022", "6-2022", "30.6.2022".
_DATE = re.compile(r"(?<![\d/.-])(?:\d{1,2}[/.-])?\d{1,2}[/.-](?:19|20)\d\d(?![\d/])")
_NUMBER_AFTER = re.compile(r"\s*([\dIVX]+(?:/\d{2,4})?)(?![\w/])")
_NUMBER_BEFORE = re.compile(r"(\d+)\s*$")
# A place named by its prefix and the words after it ("huyện Yên Thành", "TP. Vinh"); its
# name is those of them that are capitalised.
_NAMED_PLACE = re.compile(
    r"(?<!\w)(?i:huyện|thị\s+xã|thành\s+phố|tỉnh|xã|quận|thị\s+trấn|TP\.?)\s+"
    r"(?P<name>[^\W\d_][^\s,.;:()]*(?:\s+[^\W\d_][^\s,.;:()]*){0,3})"
)
# After a rate: what it is a share of ("98% số hộ có xe máy"): the indicator is named after.
_SHARE_OF_AFTER = re.compile(r"\s*(?i:số|hộ|người|dân|các)(?!\w)")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class TwiceCues:
    estimate: re.Pattern[str]
    change: re.Pattern[str]
    part: re.Pattern[str]
    subset: re.Pattern[str]
    relative: re.Pattern[str]
    when: re.Pattern[str]
    status: re.Pattern[str]
    money: re.Pattern[str]
    indicator: re.Pattern[str]
    qualifier: re.Pattern[str]
    state: re.Pattern[str]


@dataclass(frozen=True)
class Wording:
    """How a fact kind's finding is reported."""

    kind: str
    severity: Severity
    explain: str


@dataclass(frozen=True)
class TwiceTable:
    cues: TwiceCues
    wording: Mapping[str, Wording]


def parse_twice(text: str, *, source: str = TWICE_FILE) -> TwiceTable:
    """The cue lists and the findings' wording of ``twice.toml``; every bad entry reported in
    one LexiconError."""
    table = parse_cue_table(TwiceCues, text, source=source, also=("finding",))
    data = parse_data(text, source=source)
    problems = Problems(source)
    wording: dict[str, Wording] = {}
    for where, entry in entries(data, "finding", problems):
        fact = problems.require(where, entry, "fact", str)
        kind = problems.require(where, entry, "kind", str)
        severity = problems.require(where, entry, "severity", str)
        explain = problems.require(where, entry, "explain", str)
        problems.require_examples(where, entry)
        if fact is not None and fact not in _FACT_KINDS:
            problems.add(where, f"`fact` must be one of {', '.join(_FACT_KINDS)}, got {fact!r}")
        elif fact in wording:
            problems.add(where, f"fact {fact!r} is worded twice")
        if severity is not None and severity not in {s.value for s in Severity}:
            problems.add(where, f"unknown severity {severity!r}")
        if explain is not None:
            try:
                explain.format(what="", here="", there="", there_quote="", period="")
            except (KeyError, IndexError, ValueError) as e:
                problems.add(where, f"`explain` names an unknown field ({e})")
        if problems or fact is None or kind is None or severity is None or explain is None:
            continue
        wording[fact] = Wording(kind, Severity(severity), explain)
    for fact in _FACT_KINDS:
        if fact not in wording and not problems:
            problems.add("finding", f"no wording for {fact!r} facts")
    problems.raise_if_any()
    return TwiceTable(table, wording)


@cache
def load_twice() -> TwiceTable:
    return parse_twice(read_audit_file(TWICE_FILE))


@dataclass(frozen=True)
class Statement:
    """One fact as a figure of a quantity: its key, value and where it stands."""

    fid: int
    fact: Fact
    key: tuple[Hashable, ...]
    value: Decimal
    step: Decimal  # the unit of the last digit written: a rounding or a truncation away agrees
    shown: str
    what: str
    period: str
    sentence: tuple[int, int]
    line: tuple[int, int]

    @property
    def table(self) -> str | None:
        parts = self.fact.origin.split(":")
        return parts[1] if parts[0] == "table" and len(parts) > 1 else None


def _agree(a: Statement, b: Statement) -> bool:
    return abs(a.value - b.value) < max(a.step, b.step)


def _span(text: str, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    before = [m.end() for m in boundary.finditer(text, max(0, start - 600), start)]
    after = boundary.search(text, end)
    return (before[-1] if before else max(0, start - 600), after.start() if after else len(text))


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, last if last >= 0 else len(text)


def _figure_at(fact: Fact) -> int | None:
    """Where the fact's figure starts: its quote's first digit."""
    m = _DIGIT.search(fact.quote)
    return fact.start + m.start() if m else None


def _marks(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    return frozenset(fold_name(m.group()) for m in pattern.finditer(text))


def _times(cue: TwiceCues, sentence: str) -> frozenset[str]:
    """The times inside a period a sentence names: "tháng 6", "6 tháng", "quý iii", dates."""
    out = set()
    for m in cue.when.finditer(sentence):
        after = _NUMBER_AFTER.match(sentence, m.end())
        before = _NUMBER_BEFORE.search(sentence[: m.start()])
        out.add(
            " ".join(
                p
                for p in (
                    before and before.group(1),
                    fold_name(m.group()),
                    after and after.group(1),
                )
                if p
            )
        )
    out.update(m.group() for m in _DATE.finditer(sentence))
    return frozenset(out)


def _other_place(fact_place: str, lead: str) -> bool:
    """Whether the words before a figure name a place other than the fact's."""
    own = split_prefix(fact_place)[1]
    for m in _NAMED_PLACE.finditer(lead):
        words = m.group("name").split()
        name = []
        for word in words:
            if not word[0].isupper():
                break
            name.append(word)
        if name and fold_name(" ".join(name)) != own:
            return True
    return False


def _goal_in(sentence: str) -> bool:
    return re.search(cues().pattern("goal"), sentence, re.IGNORECASE) is not None


@dataclass(frozen=True)
class _Context:
    """Where a figure stands: its sentence and line (spans of the text), the sentence's
    words before the figure, the whole sentence, and the times it names."""

    sentence: tuple[int, int]
    line: tuple[int, int]
    lead: str
    whole: str
    times: frozenset[str]


def _context(fact: Fact, text: str, cue: TwiceCues) -> _Context | None:
    """Where the fact's figure stands, or None when the words around it make it no one
    state of a quantity."""
    at = _figure_at(fact)
    if at is None or fact.end > len(text) or text[fact.start : fact.end] != fact.quote:
        return None
    sentence = _span(text, fact.start, fact.end, _SENTENCE_END)
    lead = text[sentence[0] : at]
    whole = text[sentence[0] : sentence[1]]
    if (
        approx_at(text, at) is not None
        or cue.change.search(text[max(sentence[0], at - CHANGE_REACH) : at])
        or cue.estimate.search(lead)
        or cue.relative.search(whole)
        or _goal_in(whole)
    ):
        return None
    line = _line(text, fact.start, fact.end)
    return _Context(sentence, line, lead, whole, _times(cue, whole))


def _a_state(fact: Coverage, text: str, where: _Context, cue: TwiceCues) -> bool:
    """Whether a count with no N is the state of the place's units: said with a word of the
    state reached in its sentence before it ("đến nay", "hiện có", "toàn tỉnh", "nâng tổng
    số"), or as the headline (a title sums up the state the body reports). Without one, a
    bare count is too often a year's, an increment's or a part's to weigh (the seventh
    session's finding)."""
    assert fact.start is not None
    if fact.start < _headline_end(text):
        return True
    return cue.state.search(where.lead) is not None


def _coverage(fid: int, fact: Coverage, text: str, period: str, cue: TwiceCues) -> Statement | None:
    unit = fold_name(fact.unit_kind or "xã")
    total = fact.units_total
    if unit not in COUNTED_UNITS or (total is not None and fact.units_met > total):
        return None
    where = _context(fact, text, cue)
    if where is None:
        return None
    if total is None and not _a_state(fact, text, where, cue):
        return None
    if (
        cue.part.search(where.lead)
        or cue.subset.search(where.whole)
        or _other_place(fact.region, where.lead)
    ):
        return None
    status = _marks(cue.status, where.whole)
    if fact.criterion is not None:
        if fact.origin == "text" and "tiêu chí" not in status:
            return None  # a sub-indicator of the criterion, not the criterion met
        status -= {"tiêu chí"}
    place = place_identity(fact.region, fact.region_code)
    key = (
        "coverage",
        place,
        fact.criterion,
        unit,
        scheme_key(fact.scheme),
        period,
        total,
        where.times,
        status,
    )
    met = "the standard" if fact.criterion is None else f"criterion {fact.criterion}"
    scheme = "" if fact.scheme == "NTM" else f" ({fact.scheme})"
    what = f"{unit} of {fact.region} meeting {met}{scheme}"
    shown = f"{fact.units_met}/{total} {unit}" if total is not None else f"{fact.units_met} {unit}"
    return Statement(
        fid,
        fact,
        key,
        Decimal(fact.units_met),
        Decimal(1),
        shown,
        what,
        period,
        where.sentence,
        where.line,
    )


def _funding(fid: int, fact: Funding, text: str, period: str, cue: TwiceCues) -> Statement | None:
    factor = unit_factor(fact.unit_written)
    if (
        factor is None
        or fact.source == "other"
        or fact.purpose
        or fact.criterion is not None
        or fact.approx
        or fact.amount_max_vnd is not None
    ):
        return None
    where = _context(fact, text, cue)
    if where is None:
        return None
    if cue.subset.search(where.whole) or _other_place(fact.region, where.lead):
        return None
    money = _marks(cue.money, where.whole)
    place = place_identity(fact.region, fact.region_code)
    key = (
        "funding",
        place,
        fact.source,
        fact.flow,
        scheme_key(fact.scheme),
        period,
        where.times,
        money,
    )
    step = Decimal(str(2 * tolerance_in(fact.amount_vnd, factor)))
    shown = f"{in_unit(fact.amount_vnd, fact.unit_written)} {fact.unit_written}"
    what = f"{fact.source} money {fact.flow} for {fact.region}"
    return Statement(
        fid,
        fact,
        key,
        Decimal(fact.amount_vnd),
        step,
        shown,
        what,
        period,
        where.sentence,
        where.line,
    )


def _percentage(
    fid: int, fact: Percentage, text: str, period: str, cue: TwiceCues
) -> Statement | None:
    if (
        fact.approx
        or fact.value_max is not None
        or fact.threshold
        or fact.part is not None
        or fact.whole is not None
        or not _DIGIT.match(fact.quote)
        or _SHARE_OF_AFTER.match(text, fact.end)
    ):
        return None
    where = _context(fact, text, cue)
    if where is None:
        return None
    clause_starts = [m.end() for m in _CLAUSE_START.finditer(where.lead)]
    clause = where.lead[clause_starts[-1] :] if clause_starts else where.lead
    named = list(cue.indicator.finditer(clause))
    if not named or cue.part.search(where.lead) or cue.subset.search(where.whole):
        return None
    if _other_place(fact.subject, where.lead):
        return None
    indicator = fold_name(named[-1].group())
    qualifiers = _marks(cue.qualifier, clause)
    place = place_identity(fact.subject, fact.subject_code)
    key = (
        "percentage",
        place,
        indicator,
        fact.unit,
        scheme_key(fact.scheme),
        period,
        where.times,
        qualifiers,
    )
    value = Decimal(str(fact.value))
    decimals = fact.value_decimals if fact.value_decimals is not None else decimals_of(value)
    unit = fact.unit if fact.unit == "%" else f" {fact.unit}"
    shown = f"{vn(value, decimals)}{unit}"
    what = f"{indicator} of {fact.subject}"
    step = Decimal(1).scaleb(-decimals)
    return Statement(fid, fact, key, value, step, shown, what, period, where.sentence, where.line)


def statement_of(
    fid: int, fact: Fact, text: str, report: Report | None, cue: TwiceCues
) -> Statement | None:
    """The fact as one figure of a quantity, or None when it is none to compare."""
    period = period_of(fact, report)
    if fact.target or not period:
        return None
    if isinstance(fact, Coverage):
        return _coverage(fid, fact, text, period, cue)
    if isinstance(fact, Funding):
        return _funding(fid, fact, text, period, cue)
    if isinstance(fact, Percentage):
        return _percentage(fid, fact, text, period, cue)
    return None


def apart(text: str, a: Statement, b: Statement) -> bool:
    """Two statements that can restate one another: in other lines and sentences, with a
    sentence's end (a blank line, a table's line) between them, not of one table."""
    if a.line == b.line or a.sentence == b.sentence:
        return False
    if a.table is not None and a.table == b.table:
        return False
    first, second = sorted((a, b), key=lambda s: s.fact.start)
    return _SEPARATED.search(text, first.fact.end, second.fact.start) is not None


def _values(statements: Sequence[Statement]) -> list[list[Statement]]:
    """The statements grouped by the value they give (agreeing within rounding)."""
    clusters: list[list[Statement]] = []
    for s in statements:
        home = next((c for c in clusters if _agree(c[0], s)), None)
        if home is None:
            clusters.append([s])
        else:
            home.append(s)
    return clusters


def disagreements(text: str, statements: Sequence[Statement]) -> list[tuple[Statement, Statement]]:
    """(statement, the statement it contradicts) for one quantity's statements."""
    clusters = _values(statements)
    if len(clusters) != 2:
        return []
    for s in statements:
        for o in statements:
            if s.fid < o.fid and not _agree(s, o) and not apart(text, s, o):
                return []  # two values close together: two quantities under one key
    first, second = sorted(clusters, key=lambda c: (-len(c), min(s.fact.start for s in c)))
    right, wrong = first, second
    pairs = []
    for s in wrong:
        nearest = min(right, key=lambda o: abs(o.fact.start - s.fact.start))
        pairs.append((s, nearest))
    return pairs


def check_twice(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Findings for each quantity the report states twice with two values."""
    if text is None:
        return []
    table = load_twice()
    groups: dict[tuple[Hashable, ...], list[Statement]] = defaultdict(list)
    for fid, fact in facts:
        s = statement_of(fid, fact, text, report, table.cues)
        if s is not None:
            groups[s.key].append(s)
    findings = []
    for statements in groups.values():
        for s, other in disagreements(text, statements):
            wording = table.wording[s.fact.kind]
            explain = wording.explain.format(
                what=s.what,
                here=s.shown,
                there=other.shown,
                there_quote=_short(_said(text, other)),
                period=s.period,
            )
            where = Where(s.fid, s.fact)
            findings.append(finding(wording.kind, wording.severity, explain, where, [other.fid]))
    return findings + headline_restatements(facts, text, report)


#: How many words after a K/N must be the same for two statements to count one thing.
SAME_WORDS = 3
_WORDS_AFTER_KN = re.compile(r"\s*\d{1,5}\s*/\s*\d{1,5}\s+((?:[^\W\d_]+\s*){1,6})")
# A line that ends a sentence: the headline is the lines before the first one.
_FULL_LINE = re.compile(r"[.!?:]\s*$")


def _headline_end(text: str) -> int:
    """Where the body starts: the first line that ends a sentence (the title and the page's
    banner lines before it have no full stop)."""
    at = 0
    for line in text.splitlines(keepends=True):
        if _FULL_LINE.search(line.rstrip("\n")) and len(line.split()) > 8:
            return at
        at += len(line)
    return 0


def _counted_words(text: str, fact: Coverage) -> tuple[str, ...] | None:
    assert fact.start is not None
    m = _WORDS_AFTER_KN.match(text, fact.start)
    if m is None:
        return None
    words = tuple(fold_name(w) for w in m.group(1).split())
    return words[:SAME_WORDS] if len(words) >= SAME_WORDS else None


def headline_restatements(
    facts: Sequence[IdFact], text: str, report: Report | None
) -> list[Finding]:
    """A headline's K/N that the body restates with the same K, the same counted words and
    another N ("Sóc Trăng: 12/17 ấp khó khăn hoàn thành …" over "… 12/72 ấp khó khăn …"):
    the headline sums up the body, so one N is miswritten. Of one place, period and scheme;
    any counted unit (the words after the K/N must be the same, at least
    :data:`SAME_WORDS`)."""
    end = _headline_end(text)
    if end == 0:
        return []
    heads: list[tuple[tuple[Hashable, ...], int, Coverage]] = []
    body: list[tuple[tuple[Hashable, ...], int, Coverage]] = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.units_total is None or fact.start is None:
            continue
        if text[fact.start : fact.end] != fact.quote or fact.target:
            continue
        words = _counted_words(text, fact)
        if words is None:
            continue
        key = (
            place_identity(fact.region, fact.region_code),
            period_of(fact, report),
            scheme_key(fact.scheme),
            fact.criterion,
            fact.units_met,
            words,
        )
        (heads if fact.start < end else body).append((key, fid, fact))
    findings = []
    for head_key, fid, fact in heads:
        said = [(bid, b) for k, bid, b in body if k == head_key]
        if not said or any(b.units_total == fact.units_total for _, b in said):
            continue
        totals = {b.units_total for _, b in said}
        if len(totals) != 1:
            continue
        bid, other = said[0]
        explain = (
            f"the headline's {fact.units_met}/{fact.units_total} is the body's "
            f"{other.units_met}/{other.units_total} ({_short(other.quote)!r}) with another N"
        )
        findings.append(finding(KIND_COUNT, Severity.MEDIUM, explain, Where(fid, fact), [bid]))
    return findings


def _said(text: str, s: Statement) -> str:
    """A statement's words for an explanation: its quote, from its clause's start when the
    quote is the bare figure ("2,1%")."""
    lead = text[max(s.sentence[0], s.fact.start - 60) : s.fact.start]
    starts = [m.end() for m in _CLAUSE_START.finditer(lead)]
    return (lead[starts[-1] :] if starts else lead).lstrip() + s.fact.quote


def _short(quote: str, width: int = 80) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"
