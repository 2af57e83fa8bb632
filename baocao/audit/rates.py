"""Stated rates that cannot be true of what they measure.

- **a share above the whole** (``unit_implausible``): a percentage of a whole ("tỷ lệ hộ …",
  "chiếm …") cannot exceed 100%, nor be "hơn 100%"; rates that compare with a plan, a base
  year or growth ("đạt 112% so với cùng kỳ", "vượt 21% kế hoạch") may, and are left alone.
- **a share written in money** (``unit_implausible``): a percent sign followed at once by a
  unit of money ("thu nhập tăng lên 40,2% triệu đồng/người/năm", "đạt 12% (tỷ đồng)") is a
  figure in two units at once, no share of anything: one of them is a slip. The units are
  data (``rates.toml`` ``money_after_share``); a base named in money words ("15% tổng vốn",
  "20% vốn ngân sách") is no unit and is left alone.
- **an average above the set** (``count_mismatch``): no average of criteria per commune can
  pass the number of criteria a commune can meet ("bình quân 19,4 tiêu chí/xã").
- **a rise between two averages** (``count_mismatch``): an average written with its rise
  since a year whose average the text states must differ from it by that rise, within the
  rounding of the three numbers ("15,2 … năm 2022; 16,1 …, tăng 1,5 tiêu chí so với năm 2022").
- **an average below the standard** (``count_mismatch``): an average of criteria met taken
  over communes that all meet the standard ("bình quân các xã đạt chuẩn … 17 tiêu chí/xã",
  "các xã đã về đích bình quân 18 tiêu chí") must be the set's size — each of those
  communes meets every criterion.
- **an average the counts do not allow** (``count_mismatch``): a unit's average of criteria
  per commune cannot be less than its counts give at the least: K of its N communes meet
  the standard, so all the criteria each ("12/12 xã đạt chuẩn …; bình quân 17,5 tiêu
  chí/xã" cannot be), and communes in a band of criteria met (read from the text before
  the average, :mod:`baocao.audit.bands`) at least the band's lowest number ("10/15 xã đạt
  chuẩn, 5 xã còn lại đạt từ 15-18 tiêu chí; bình quân 14 tiêu chí/xã" is at least 17,67).
  Bands that leave no number of criteria out bound it from above too, by their highest
  numbers ("5 xã đạt 19 tiêu chí, 10 xã đạt 15-18 tiêu chí, 5 xã đạt dưới 15 tiêu chí;
  bình quân 18,5" is at most 17,25). The K/N is the unit's, of the average's period; an
  average of some communes only ("các xã chưa đạt chuẩn"), or scored again against a new
  set ("theo bộ tiêu chí mới"), is left alone.
- **an average its table does not give** (``count_mismatch``): a unit's average of criteria
  per commune written in the text and again in a table's row for the same unit and period
  ("bình quân toàn tỉnh 16,52 tiêu chí/xã" and "Toàn tỉnh | … | 16.50") must agree within the
  rounding or truncation of each; the table's cell is the figure the criteria sum over the
  communes gives, so the text's is flagged. A unit with several table figures is left alone.

An average that names the whole unit right after its word ("bình quân chung toàn huyện mỗi
xã", "bình quân các xã") is over all its communes, even after a count of those that meet the
standard ("có 2 xã đạt chuẩn và bình quân …"); an average written as a goal ("phấn đấu",
"chỉ tiêu giao") is never audited against what is achieved.

The cue words are data (``rates.toml``), each with an example of the wording it is for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from baocao.audit.bandlists import BAND_WHOLE_REACH, DEFAULT_SET_SIZE, BandList, band_lists
from baocao.audit.common import (
    AT_LEAST,
    YEAR,
    IdFact,
    Where,
    consistent,
    decimals_of,
    end_year,
    finding,
    fold_name,
    period_of,
    place_identity,
    scheme_key,
    text_finding,
    vn,
)
from baocao.audit.cues import cue_field, load_cue_table, parse_cue_table
from baocao.model import Coverage, Finding, Percentage, Report, Severity
from baocao.vocab import patterns
from baocao.vocab.criteria import criterion_count

RATES_FILE = "rates.toml"


@dataclass(frozen=True)
class RateCues:
    comparison: re.Pattern[str]
    average: re.Pattern[str]
    recognised_communes: re.Pattern[str]
    some_communes: re.Pattern[str]
    rescored: re.Pattern[str]
    whole_unit: re.Pattern[str]
    other_place: re.Pattern[str]
    goal: re.Pattern[str]
    no_base: re.Pattern[str]
    money_after_share: re.Pattern[str] = cue_field("start")


def parse_rate_cues(text: str, *, source: str = RATES_FILE) -> RateCues:
    """The cue lists of ``rates.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(RateCues, text, source=source)


def load_rate_cues() -> RateCues:
    return load_cue_table(RateCues, RATES_FILE)


def _number(value: float) -> str:
    exact = Decimal(str(value))
    return vn(exact, decimals_of(exact))


@cache
def _start_cue() -> re.Pattern[str]:
    return re.compile(patterns.cues().pattern("baseline"))


def _at_the_start(words: str) -> bool:
    """Whether ``words`` state the programme's starting point ("khi bắt đầu", "xuất phát
    điểm", "chỉ đạt" …: the extractor's ``baseline`` cues)."""
    return _start_cue().search(words) is not None


def _said(fact: Percentage) -> str:
    return f"{fact.label or ''} {fact.quote}"


def _averages_per_commune(facts: Sequence[IdFact]) -> Iterator[tuple[int, Percentage, str]]:
    """The averages of criteria per commune of the NTM standard among ``facts``, none a
    target, each with what its label and quote say (what the two average audits read)."""
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.target:
            continue
        if fact.unit == "tiêu chí/xã" and fact.scheme == "NTM":
            yield fid, fact, _said(fact)


#: How far after a percent its base may be written ("đạt 640% nghị quyết đại hội").
_BASE_REACH = 40
_BASE_END = re.compile(r"[,;.:()\n\d]")
# A percent in brackets after its ratio, its base after the bracket ("dồn được 4.391/4.302 ha
# (đạt 102%) kế hoạch giao"): the closing bracket does not end the words naming the base.
_CLOSING = re.compile(r"\s*\)")


def _base_after(fact: Percentage, text: str | None) -> str:
    """The words written right after a percent in the document, to its clause's end or the
    next figure: where the base a rate compares with is named ("bằng 130% chỉ tiêu giao")."""
    if text is None or fact.origin.startswith("table:"):
        return ""
    if not text[: fact.end].rstrip().removesuffix(")").rstrip().endswith("%"):
        return ""
    after = text[fact.end : fact.end + _BASE_REACH]
    closing = _CLOSING.match(after)
    if closing:
        after = after[closing.end() :]
    stop = _BASE_END.search(after)
    return after[: stop.start()] if stop else after


def shares_above_the_whole(facts: Sequence[IdFact], text: str | None = None) -> list[Finding]:
    cues = load_rate_cues()
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.unit != "%" or fact.target:
            continue
        over = fact.value > 100 or (fact.value >= 100 and (fact.approx or "") in AT_LEAST)
        said = f"{_said(fact)} {_base_after(fact, text)}"
        if not over or cues.comparison.search(said):
            continue
        written = f"{fact.approx or ''} {_number(fact.value)}%".strip()
        explain = f"a share of a whole cannot be {written}: more than all of it"
        findings.append(
            finding("unit_implausible", Severity.MEDIUM, explain, Where(fid, fact), [fid])
        )
    return findings


#: What may stand between a percent sign and a unit written right after it: spaces, an
#: opening bracket ("12% (tỷ đồng)").
_BEFORE_UNIT = re.compile(r"[ \t]*\(?[ \t]*")
#: What a unit of money goes on with: "/người/năm", "/xã".
_PER = re.compile(r"(?:\s*/\s*[^\W\d_]+)*")
#: How far back a share written in money is quoted: its clause, from the last stop.
_CLAUSE_REACH = 80
_CLAUSE_STOP = re.compile(r"[.;:\n]")


def shares_written_in_money(facts: Sequence[IdFact], text: str | None) -> list[Finding]:
    """A percentage whose percent sign a unit of money follows at once ("tăng lên 40,2% triệu
    đồng/người/năm"): a figure in two units, no share (see the module's docstring)."""
    if not text:
        return []
    money = load_rate_cues().money_after_share
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.unit != "%" or fact.end is None:
            continue
        if fact.start is None or fact.origin.startswith("table:"):
            continue
        if not text[: fact.end].rstrip().endswith("%"):
            continue
        gap = _BEFORE_UNIT.match(text, fact.end)
        at = gap.end() if gap else fact.end
        unit = money.match(text[at : at + 40])
        if unit is None:
            continue
        unit_end = at + unit.end()
        rest = _PER.match(text, unit_end)
        unit_end = rest.end() if rest else unit_end
        stops = list(_CLAUSE_STOP.finditer(text, max(0, fact.start - _CLAUSE_REACH), fact.start))
        start = stops[-1].end() if stops else max(0, fact.start - _CLAUSE_REACH)
        if not stops and start > 0 and not text[start - 1].isspace():
            start = text.find(" ", start, fact.start) + 1 or start  # not mid-word
        start += len(text[start : fact.start]) - len(text[start : fact.start].lstrip())
        written = " ".join(text[fact.start : unit_end].split())
        explain = f"{written}: a share written in a unit of money, no share of anything"
        span = (start, unit_end)
        findings.append(
            text_finding(
                "unit_implausible", Severity.MEDIUM, explain, text, span, facts, [fid], fact
            )
        )
    return findings


def _set_size(fact: Percentage, report: Report | None) -> int:
    criteria_set = fact.criteria_set or (report.criteria_set if report else None)
    try:
        return criterion_count(criteria_set) if criteria_set else DEFAULT_SET_SIZE
    except (KeyError, ValueError):
        return DEFAULT_SET_SIZE


#: The largest set a commune's criteria are counted in: the national 19, or 20 where a
#: province adds one and the text says so ("đạt 20/20 tiêu chí", "20 tiêu chí").
_TWENTY = re.compile(r"(?<![\d.,])20\s*(?:/\s*20\s*)?(?i:tiêu\s+chí)")


def averages_above_the_set(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    """An average of criteria per commune above the number of criteria a commune can meet
    ("bình quân 19,4 tiêu chí/xã" of a 19-criteria set): no commune meets more than all of
    them, so no average can (``count_mismatch``, as "20/19 tiêu chí" is). The ceiling is the
    set's size, never below 19 (a text dated to the 10-criteria set may still average the
    19 of the set before), 20 when the text counts 20 criteria."""
    findings = []
    for fid, fact, _ in _averages_per_commune(facts):
        ceiling = max(_set_size(fact, report), DEFAULT_SET_SIZE)
        if text is not None and _TWENTY.search(text):
            ceiling = max(ceiling, 20)
        if fact.value <= ceiling:
            continue
        explain = (
            f"an average of {_number(fact.value)} tiêu chí/xã: more than the {ceiling} criteria "
            "a commune can meet"
        )
        findings.append(finding("count_mismatch", Severity.HIGH, explain, Where(fid, fact), [fid]))
    return findings


# Between recognised communes named before an average and the average word: nothing that
# starts another clause or counts ("Các xã đã về đích bình quân đạt 18 tiêu chí", not "89/118
# xã đạt chuẩn …, bình quân toàn tỉnh đạt 17,7", nor "có 2 xã đạt chuẩn và bình quân …").
_CLAUSE_OR_FIGURE = re.compile(r"[,;:.\d]|(?i:\b(?:toàn|và)\b)")
# Recognised communes counted ("có thêm 3 xã đạt chuẩn"): a count of them, not the subject
# an average is taken over.
_COUNTED = re.compile(r"\d[\d.,]*\s*(?:/\s*\d[\d.,]*\s*)?(?:(?i:các|những)\s+)?$")
#: How far after an average word the words naming what it is over may be.
_OVER_REACH = 40


def recognised_spans(said: str, cues: RateCues) -> list[re.Match[str]]:
    """The recognised communes an average in ``said`` is taken over: named after its last
    average word, or right before it as the subject of the clause — unless the average names
    the whole unit right after its word ("bình quân chung toàn huyện mỗi xã đạt 14"): a
    unit's average is over all its communes."""
    averages = list(cues.average.finditer(said))
    if not averages:
        return []
    last = averages[-1]
    after = list(cues.recognised_communes.finditer(said, last.end()))
    if cues.whole_unit.search(said[last.end() : last.end() + _OVER_REACH]) and not (
        after and after[0].start() < last.end() + _OVER_REACH
    ):
        return []
    before = [
        m
        for m in cues.recognised_communes.finditer(said, 0, last.start())
        if not _CLAUSE_OR_FIGURE.search(said, m.end(), last.start())
        and not _COUNTED.search(said, 0, m.start())
    ]
    return before[-1:] + after


def averages_below_the_standard(
    facts: Sequence[IdFact], *, report: Report | None = None
) -> list[Finding]:
    cues = load_rate_cues()
    findings = []
    for fid, fact, said in _averages_per_commune(facts):
        if cues.goal.search(said) or not recognised_spans(said, cues):
            continue  # a goal is not audited against what is achieved
        size = _set_size(fact, report)
        if fact.value >= size:
            continue
        explain = (
            f"an average of {_number(fact.value)} criteria per commune over communes that meet "
            f"the standard: each of them meets all {size}, so the average is {size}"
        )
        findings.append(
            finding("count_mismatch", Severity.MEDIUM, explain, Where(fid, fact), [fid])
        )
    return findings


#: How far an approximate average ("gần 17", "khoảng 17") may be from its value.
APPROX_MARGIN = 1.0


def _value_range(fact: Percentage) -> tuple[float | None, float | None]:
    """The least and the most an average written so can be: its value within its rounding
    (or truncation), or the margin of an approximation; "hơn 17" has no most, "gần 17" no
    least beyond the margin."""
    if fact.value_max is not None:
        return fact.value, fact.value_max
    if fact.approx in AT_LEAST:
        return fact.value, None
    if fact.approx:
        return fact.value - APPROX_MARGIN, fact.value + APPROX_MARGIN
    decimals = fact.value_decimals
    if decimals is None:
        decimals = decimals_of(Decimal(str(fact.value)))
    unit = 10.0**-decimals
    return fact.value - unit, fact.value + unit


#: How far after a count a K/N may be that takes that count as its N ("19 xã đạt 19/19 tiêu
#: chí, trong đó 18 xã đã được công nhận": 18/19).
OF_A_COUNT_REACH = 80


def of_a_count(fact: Coverage, facts: Sequence[IdFact]) -> bool:
    """Whether a K/N's N is a count of communes written just before it, with no whole of its
    own ("có 19 xã đạt 19/19 tiêu chí, trong đó 18 xã đã được công nhận"): K is some of
    those communes, not of all the unit's, so N is no number of the unit's communes."""
    at = fact.start or 0
    return any(
        isinstance(g, Coverage)
        and g is not fact
        and g.units_total is None
        and g.units_met == fact.units_total
        and not g.target
        and place_identity(g.region, g.region_code) == place_identity(fact.region, fact.region_code)
        and g.end is not None
        and g.end <= at <= g.end + OF_A_COUNT_REACH
        for _, g in facts
    )


def _unit_counts(
    average: Percentage, facts: Sequence[IdFact], report: Report | None
) -> tuple[int, Coverage] | None:
    """The K/N of the average's unit's communes that meet the standard, of its period: the
    last one written before it (else the first after it), when all give one N."""
    place = place_identity(average.subject, average.subject_code)
    period = period_of(average, report)
    found = [
        (fid, f)
        for fid, f in facts
        if isinstance(f, Coverage)
        and f.criterion is None
        and f.units_total
        and not f.target
        and scheme_key(f.scheme) == scheme_key("NTM")
        and fold_name(f.unit_kind or "xã") == "xã"
        and place_identity(f.region, f.region_code) == place
        and period_of(f, report) == period
        and f.units_met <= f.units_total
    ]
    found = [(fid, f) for fid, f in found if not of_a_count(f, facts)]
    if not found or len({f.units_total for _, f in found}) != 1:
        return None
    start = average.start or 0
    before = [(fid, f) for fid, f in found if (f.start or 0) < start]
    return max(before, key=lambda i: i[1].start or 0) if before else found[0]


def _bands_before(
    average: Percentage, since: int, text: str | None, size: int, report: Report | None
) -> BandList | None:
    """The last list of bands written before the average, from ``since`` (its K/N, or the
    paragraph before it) on, with no other year than the average's between them."""
    if text is None or average.start is None:
        return None
    lists = [
        b
        for b in band_lists(text, size)
        if since <= b.start and b.end <= average.start and b.disjoint()
    ]
    if not lists:
        return None
    bands = lists[-1]
    years = {int(y) for y in YEAR.findall(text, bands.end, average.start)}
    period = period_of(average, report) or ""
    if years - {int(y) for y in YEAR.findall(period)}:
        return None
    return bands


@dataclass(frozen=True)
class _Bounds:
    """What a unit's counts allow its average of criteria per commune to be."""

    least: float
    most: float | None
    how: str  # the counts, for the explanation
    fact_ids: tuple[int, ...]


def _bounds(
    average: Percentage, facts: Sequence[IdFact], report: Report | None, text: str | None
) -> _Bounds | None:
    size = _set_size(average, report)
    counts = _unit_counts(average, facts, report)
    start = average.start or 0
    since = (counts[1].start or 0) if counts else start
    bands = _bands_before(average, min(since, start) - BAND_WHOLE_REACH, text, size, report)
    if counts is None:
        if bands is None or not bands.complete() or not bands.communes:
            return None  # no whole: nothing bounds the average
        n = bands.communes
        low = sum(b.low * b.count for b in bands.bands)
        high = sum(b.high * b.count for b in bands.bands)
        parts = " + ".join(f"{b.count} xã × {b.range_text()}" for b in bands.bands)
        return _Bounds(low / n, high / n, f"{parts} tiêu chí over {n} xã", ())
    cid, coverage = counts
    met, n = coverage.units_met, coverage.units_total or 0
    least, how = met * size, f"{met}/{n} xã meet the standard ({coverage.quote!r})"
    most = None
    if bands is not None:
        below = [b for b in bands.bands if b.high < size and b.count]
        if met + sum(b.count for b in below) <= n:
            least += sum(b.low * b.count for b in below)
            if below:
                how += ", " + ", ".join(f"{b.count} xã meet at least {b.low}" for b in below)
        if bands.complete() and bands.communes == n:
            most = sum(b.high * b.count for b in bands.bands) / n
            least = max(least, sum(b.low * b.count for b in bands.bands))
    return _Bounds(least / n, most, how, (cid,))


def averages_beyond_the_counts(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    cues = load_rate_cues()
    findings = []
    for fid, fact, said in _averages_per_commune(facts):
        if recognised_spans(said, cues):
            continue  # over recognised communes only: averages_below_the_standard
        if cues.some_communes.search(said) or cues.rescored.search(said):
            continue
        if cues.goal.search(said):
            continue  # a goal is not audited against what is achieved
        bounds = _bounds(fact, facts, report, text)
        if bounds is None:
            continue
        if _at_the_start(said) and not any(
            _at_the_start(f.quote) for i, f in facts if i in bounds.fact_ids
        ):
            # "Khi bắt tay vào xây dựng NTM, tỉnh chỉ đạt 6,19 tiêu chí/xã": the programme's
            # starting point, not bounded by the communes that meet the standard now
            continue
        lowest, highest = _value_range(fact)
        written = f"{fact.approx or ''} {_number(fact.value)}".strip()
        if highest is not None and highest < bounds.least - 1e-9:
            explain = (
                f"an average of {written} criteria per commune, but {bounds.how}: at least "
                f"{vn(bounds.least, 2)}"
            )
        elif lowest is not None and bounds.most is not None and lowest > bounds.most + 1e-9:
            explain = (
                f"an average of {written} criteria per commune, but {bounds.how}: at most "
                f"{vn(bounds.most, 2)}"
            )
        else:
            continue
        findings.append(
            finding(
                "count_mismatch",
                Severity.MEDIUM,
                explain,
                Where(fid, fact),
                [fid, *bounds.fact_ids],
            )
        )
    return findings


#: A rise of an average written right after it, against a year whose average the text states:
#: "…, tăng 1,5 tiêu chí so với năm 2022", "tăng 0,9 tiêu chí/xã so với năm trước".
_RISE = re.compile(
    r"[^.;\n\d]{0,30}?(?P<way>(?i:tăng|giảm))\s+(?:(?i:thêm)\s+)?(?P<size>\d+(?:,\d+)?)\s*"
    r"(?i:tiêu\s+chí)(?:\s*/\s*(?i:xã))?\s+(?i:so\s+(?:với\s+)?)"
    r"(?:(?i:cuối|hết)\s+)?(?:(?i:năm)\s+(?P<year>(?:19|20)\d\d)|(?P<before>(?i:năm\s+trước|cùng\s+kỳ)))"
)


def _decimals(fact: Percentage) -> int:
    if fact.value_decimals is not None:
        return fact.value_decimals
    return decimals_of(Decimal(str(fact.value)))


def _written_range(value: float, decimals: int) -> tuple[float, float]:
    """What a value written at ``decimals`` may be: rounded [v − u/2, v + u/2], or truncated
    [v, v + u)."""
    unit = 10.0**-decimals
    return value - unit / 2, value + unit


def rises_between_averages(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    """An average of criteria per commune written with its rise since a year whose average
    the text states ("năm 2022 bình quân 15,2 tiêu chí/xã … năm 2023 đạt 16,1 tiêu chí/xã,
    tăng 1,5 tiêu chí so với năm 2022"): the rise must be the difference, within the rounding
    or truncation of the three numbers as written (``count_mismatch``). One place's averages
    only, no goals; "năm trước" / "cùng kỳ" is the year before the average's."""
    if not text:
        return []
    averages = [(fid, f) for fid, f, _ in _averages_per_commune(facts) if f.end is not None]
    findings = []
    for fid, now in averages:
        assert now.end is not None
        rise = _RISE.match(text, now.end)
        year_now = end_year(period_of(now, report))
        if rise is None or year_now is None:
            continue
        year_then = int(rise.group("year")) if rise.group("year") else year_now - 1
        if year_then >= year_now:
            continue
        place = place_identity(now.subject, now.subject_code)
        then = [
            (tid, t)
            for tid, t in averages
            if tid != fid
            and place_identity(t.subject, t.subject_code) == place
            and end_year(period_of(t, report)) == year_then
        ]
        if not then:
            continue
        size = float(rise.group("size").replace(",", "."))
        size = -size if rise.group("way").lower() == "giảm" else size
        size_decimals = len(rise.group("size").partition(",")[2])
        lo_now, hi_now = _written_range(now.value, _decimals(now))
        fits = []
        for _, t in then:
            lo_then, hi_then = _written_range(t.value, _decimals(t))
            low, high = lo_now - hi_then, hi_now - lo_then
            s_lo, s_hi = _written_range(abs(size), size_decimals)
            s_lo, s_hi = (s_lo, s_hi) if size >= 0 else (-s_hi, -s_lo)
            fits.append(high >= s_lo and low <= s_hi)
        if any(fits):
            continue
        tid, t = then[0]
        difference = now.value - t.value
        explain = (
            f"{_number(now.value)} tiêu chí/xã in {year_now} against {_number(t.value)} in "
            f"{year_then} is a change of {vn(Decimal(str(round(difference, 4))), 2)}, stated "
            f"{rise.group('way')} {rise.group('size')} tiêu chí"
        )
        span = (now.start if now.start is not None else now.end, rise.end())
        findings.append(
            text_finding(
                "count_mismatch", Severity.HIGH, explain, text, span, facts, [fid, tid], now
            )
        )
    return findings


def _agree(said: Percentage, row: Percentage) -> bool:
    """The text's average and its table's: the finer one (the table's, at equal decimals:
    its cell is the criteria sum over the communes) taken as the computed value, the other
    must be it rounded or truncated at its own decimals (FACTS.md's rule for a stated
    figure against a computed one). Two writings at one precision must be one figure."""
    fine, coarse = (said, row) if _decimals(said) > _decimals(row) else (row, said)
    return consistent(coarse.value, fine.value, fine.value, _decimals(coarse))


def averages_against_a_table(
    facts: Sequence[IdFact], *, report: Report | None = None
) -> list[Finding]:
    """A unit's average of criteria per commune in the text against the one a table's row
    gives for the same unit and period (``count_mismatch``; the text's is flagged)."""
    tables: dict[tuple[str, str | None], list[tuple[int, Percentage]]] = {}
    said: list[tuple[int, Percentage]] = []
    for fid, fact, _ in _averages_per_commune(facts):
        if fact.approx or fact.value_max is not None:
            continue
        if fact.origin.startswith("table"):
            key = (place_identity(fact.subject, fact.subject_code), period_of(fact, report))
            tables.setdefault(key, []).append((fid, fact))
        else:
            said.append((fid, fact))
    findings = []
    for fid, fact in said:
        key = (place_identity(fact.subject, fact.subject_code), period_of(fact, report))
        rows = tables.get(key, [])
        if len({f.value for _, f in rows}) != 1:
            continue
        tid, row = rows[0]
        if _agree(fact, row):
            continue
        explain = (
            f"an average of {vn(fact.value, _decimals(fact))} tiêu chí/xã of {fact.subject} "
            f"here, but {vn(row.value, _decimals(row))} in its table ({row.quote!r})"
        )
        findings.append(
            finding("count_mismatch", Severity.MEDIUM, explain, Where(fid, fact), [fid, tid])
        )
    return findings


def check_rates(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    return (
        shares_above_the_whole(facts, text)
        + shares_written_in_money(facts, text)
        + averages_above_the_set(facts, report=report, text=text)
        + rises_between_averages(facts, report=report, text=text)
        + averages_below_the_standard(facts, report=report)
        + averages_beyond_the_counts(facts, report=report, text=text)
        + averages_against_a_table(facts, report=report)
    )
