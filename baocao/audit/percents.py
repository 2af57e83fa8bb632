"""percent_mismatch: a stated share that its own numbers do not give.

A share is consistent when it equals the computed value rounded **or** truncated at the
decimals the report wrote ("7,90" has two; "41,7" one: the facts' ``percent_decimals`` and
``value_decimals``, read by the extractor). The amounts a share is computed from
are themselves rounded ("17.903,8 triệu"), so the computed value is an interval and the share
is consistent when any value in it rounds or truncates to the stated one.

Shares checked: a coverage statement's against its K/N; a funding part's against its block's
total or its own ``of_vnd``; a percentage's against the count and base written with it in its
sentence ("1.200/1.500 hộ dùng nước sạch, đạt 80%", ``part``/``whole``). A share paired with a
K/N it is not of is left alone: the rate of an indicator named between them ("88/91 xã …; tỷ
lệ hộ … đạt 61,5%", :func:`share_of_other_things`).

A funding part's share is of its block's total only when it names no other base: with the
document's text, the words written right after the percent ("chiếm 60% vốn ngân sách",
"bằng 40% so với kế hoạch") must be none or name the total ("chiếm 30% tổng nguồn vốn");
a share of another base is left alone (:func:`names_other_base`), and so is a share of an
approximate total ("khoảng 1.000 tỷ đồng"): the true base is not known. Of a total known
from below ("trên 300 tỷ đồng, trong đó … 240 tỷ đồng (chiếm 85%)") the share can only be
smaller than the part over that total: a larger stated share is checked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from baocao.audit.amounts import amount_tolerance, in_unit, tolerance_in, unit_factor
from baocao.audit.blocks import FundingBlock, funding_blocks
from baocao.audit.common import (
    AT_LEAST,
    FLOAT_NOISE,
    IdFact,
    Where,
    consistent,
    decimals_of,
    finding,
    percent_text,
    period_of,
    place_identity,
    scheme_key,
    vn,
)
from baocao.audit.implied_cues import load_implied_cues
from baocao.audit.rates import load_rate_cues
from baocao.model import Coverage, Finding, Funding, Percentage, Report, Severity
from baocao.vocab import patterns
from baocao.vocab.money import UNIT_PATTERN, to_vnd
from baocao.vocab.numbers import NUMBER_PATTERN, NumberFormatError, parse_number
from baocao.vocab.sources import funding_source

KIND = "percent_mismatch"

#: No report writes a share to more places; a float like 7.8999999 is not "written" so.
MAX_DECIMALS = 4


def stated_decimals(written: int | None, stated: float) -> int:
    """The decimals a share is held to: those the report wrote it with ("chiếm 7,90%" → 2),
    else (a fact stored without them) the fewest that express the value: a looser test, so
    never a false alarm."""
    if written is not None:
        return written
    return min(decimals_of(Decimal(str(stated))), MAX_DECIMALS)


def rounded_and_truncated(value: float, decimals: int) -> tuple[str, str]:
    unit = Decimal(1).scaleb(-decimals)
    truncated = (Decimal(str(value)) / unit).to_integral_value(rounding="ROUND_DOWN") * unit
    return vn(value, decimals), vn(truncated, decimals)


@dataclass(frozen=True)
class Share:
    """A stated share and the numbers it should be: ``part/whole`` (each ± its rounding)."""

    where: Where
    stated: float
    part: float
    whole: float
    part_tol: float
    whole_tol: float
    part_text: str
    whole_text: str
    fact_ids: tuple[int, ...]
    decimals: int | None = None  # as written; None when not known
    note: str = ""  # where the whole was read, when not from the statement itself
    whole_at_least: bool = False  # "trên 293 tỷ": the whole may be larger, the share smaller


def _digits(value: float) -> int:
    """Significant digits of a whole number of units ("2411" → 4, "3" → 1)."""
    return len(str(round(abs(value)))) if value >= 1 else 0


def _held_to_its_whole(share: Share, decimals: int) -> bool:
    """Whether a share is held to its amounts exactly, as written (FACTS.md: the computed
    value rounded or truncated at the share's decimals), rather than to any value their
    rounding allows: when its whole is written to at least as many significant digits as
    the share ("57,85%" of "2.411 tỷ": four and four) the share was computed from figures
    that precise, and those are the ones the report gives. A whole written coarser than
    its share ("40%" of "3 tỷ") is a rounded figure: its rounding is allowed."""
    if share.whole_at_least or share.whole_tol <= 0:
        return False
    whole_digits = _digits(share.whole / (2 * share.whole_tol))
    share_digits = _digits(share.stated * 10**decimals)
    return whole_digits >= share_digits


def check_share(share: Share) -> Finding | None:
    if share.whole <= 0:
        return None
    decimals = stated_decimals(share.decimals, share.stated)
    low = max(share.part - share.part_tol, 0.0) / (share.whole + share.whole_tol) * 100
    if share.whole_at_least:  # only the share's upper bound is known
        low = 0.0
    high_whole = share.whole - share.whole_tol
    high = (share.part + share.part_tol) / high_whole * 100 if high_whole > 0 else float("inf")
    if _held_to_its_whole(share, decimals):
        # "1.394 tỷ … chiếm 57,85%" of "2.411 tỷ": held to the amounts as written
        low = high = share.part / share.whole * 100
    if consistent(share.stated, low, high, decimals):
        return None
    computed = share.part / share.whole * 100
    shown = max(decimals, 2)
    rounded, truncated = rounded_and_truncated(computed, decimals)
    also = "" if rounded == truncated else f" (rounded {rounded}, truncated {truncated})"
    explain = (
        f"{share.part_text}/{share.whole_text} = {percent_text(computed, shown)}{also}, "
        f"stated {percent_text(share.stated, decimals)}{share.note}"
    )
    return finding(KIND, Severity.HIGH, explain, share.where, share.fact_ids)


_BRACKET = re.compile(r"\(([^()]*)\)?")
_PERCENT = re.compile(rf"({NUMBER_PATTERN})\s*%")
_DIGIT = re.compile(r"\d")
# What ends the words a share in brackets is said of: another figure or clause.
_BRACKET_CLAUSE = re.compile(r"[,;:]|%")


def another_places_share(quote: str, stated: float) -> bool:
    """Whether ``stated`` is written in ``quote`` only in brackets, as the share of another
    place named right before it ("45/45 xã đạt chuẩn (cả nước là 60,3%)"): that place's
    figure, not the share of the count before the brackets."""
    cues = load_rate_cues().other_place
    seen = False
    for m in _PERCENT.finditer(quote):
        try:
            value = float(parse_number(m.group(1)))
        except NumberFormatError:
            continue
        if abs(value - stated) > FLOAT_NOISE:
            continue
        around = (b for b in _BRACKET.finditer(quote) if b.start() < m.start() < b.end())
        bracket = next(around, None)
        if bracket is None:
            return False
        said = quote[bracket.start() + 1 : m.start()]
        clauses = _BRACKET_CLAUSE.split(said)
        if not cues.search(clauses[-1] if clauses else said):
            return False
        seen = True
    return seen


@cache
def _rate_of_indicator() -> re.Pattern[str]:
    """A rate of an indicator ("tỷ lệ hộ", "tỷ lệ lao động": the extractor's
    ``indicator_rate`` cues, "tỷ lệ" in either spelling), anywhere in a clause."""
    return re.compile(patterns.cues().pattern("indicator_rate").replace("tỷ", "(?:tỷ|tỉ)"))


def share_of_other_things(quote: str, stated: float) -> bool:
    """Whether ``stated`` is written in ``quote`` as the rate of an indicator named between
    the count and it ("88/91 xã có tỷ lệ hộ dùng nước sạch đạt 61,5%", "…, trong đó tỷ lệ hộ
    nghèo còn 2%"): a share of households or people, not of the units counted, so no K/N
    states it."""
    first = _DIGIT.search(quote)
    if first is None:
        return False
    for m in _PERCENT.finditer(quote):
        try:
            value = float(parse_number(m.group(1)))
        except NumberFormatError:
            continue
        if abs(value - stated) <= FLOAT_NOISE:
            return _rate_of_indicator().search(quote, first.start(), m.start()) is not None
    return False


def coverage_shares(facts: Sequence[IdFact]) -> list[Share]:
    shares = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.percent_stated is None:
            continue
        if another_places_share(fact.quote, fact.percent_stated):
            continue
        if share_of_other_things(fact.quote, fact.percent_stated):
            continue
        if not fact.units_total:
            continue
        shares.append(
            Share(
                where=Where(fid, fact),
                stated=fact.percent_stated,
                part=float(fact.units_met),
                whole=float(fact.units_total),
                part_tol=0.0,
                whole_tol=0.0,
                part_text=str(fact.units_met),
                whole_text=str(fact.units_total),
                fact_ids=(fid,),
                decimals=fact.percent_decimals,
            )
        )
    return shares


def _amount_text(fact: Funding, amount: int | None = None) -> str:
    """An amount in the unit the report used for it ("17.903,8" for 17.903,8 triệu đồng)."""
    return in_unit(fact.amount_vnd if amount is None else amount, fact.unit_written)


#: The words after a share that may name its base: up to the clause's end, a number or "và".
_BASE_WORDS = re.compile(r"[^\d;,.:()\[\]|\n]*?(?=\s+và\s|[\d;,.:()\[\]|\n]|$)")
_BASE_REACH = 80


def names_other_base(part: Funding, text: str | None) -> bool:
    """Whether the words written right after a part's share name a base that is not the
    total of the breakdown ("chiếm 60% vốn ngân sách", "đạt 40% so với kế hoạch"): the share
    is of that base, not of the block's total. Table cells and facts without the text name
    none."""
    if text is None or part.origin.startswith("table:") or not text[: part.end].endswith("%"):
        return False
    after = _BASE_WORDS.match(text[part.end : part.end + _BASE_REACH])
    words = after.group().strip() if after else ""
    return bool(words) and funding_source(words) != "total"


def funding_shares(
    blocks: Sequence[FundingBlock], facts: Sequence[IdFact], text: str | None = None
) -> list[Share]:
    """A part's share of its block's total, or of its own ``of_vnd`` ("109 triệu/217 triệu");
    not a share that names another base after it (:func:`names_other_base`)."""
    shares = []
    in_blocks: set[int] = set()
    for block in blocks:
        tid, total = block.total
        for pid, part in block.parts:
            in_blocks.add(pid)
            if part.percent_stated is None or names_other_base(part, text):
                continue
            at_least = (total.approx or "").strip().lower() in AT_LEAST
            if (total.approx and not at_least) or part.approx:
                continue  # an approximate total ("khoảng 1.000 tỷ") gives no share to hold
            shares.append(
                Share(
                    where=Where(pid, part),
                    stated=part.percent_stated,
                    part=float(part.amount_vnd),
                    whole=float(total.amount_vnd),
                    part_tol=amount_tolerance(part),
                    whole_tol=amount_tolerance(total),
                    part_text=_amount_text(part),
                    whole_text=_amount_text(total),
                    fact_ids=(pid, tid),
                    decimals=part.percent_decimals,
                    whole_at_least=at_least,
                )
            )
    for fid, fact in facts:
        if not isinstance(fact, Funding) or fact.percent_stated is None or fid in in_blocks:
            continue
        if fact.of_vnd:
            shares.append(
                Share(
                    where=Where(fid, fact),
                    stated=fact.percent_stated,
                    part=float(fact.amount_vnd),
                    whole=float(fact.of_vnd),
                    part_tol=amount_tolerance(fact),
                    whole_tol=amount_tolerance(fact, fact.of_vnd),
                    part_text=_amount_text(fact),
                    whole_text=_amount_text(fact, fact.of_vnd),
                    fact_ids=(fid,),
                    decimals=fact.percent_decimals,
                )
            )
    return shares


def _written(value: float) -> str:
    return vn(value, decimals_of(Decimal(str(value))))


def _rounding(value: float) -> float:
    """Half a unit of the last digit a count was written with ("11,7 km" → 0,05; "45" → 0)."""
    decimals = decimals_of(Decimal(str(value)))
    return 0.5 * 10.0**-decimals if decimals else 0.0


def percentage_shares(facts: Sequence[IdFact]) -> list[Share]:
    """A rate against the count and base written with it ("45/50 hộ, đạt 90%"). Ranges and
    approximations ("khoảng 90%") are not held to a rounding."""
    shares = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.unit != "%":
            continue
        if fact.part is None or not fact.whole or fact.value_max is not None or fact.approx:
            continue
        if share_of_other_things(fact.quote, fact.value):
            continue  # "88/91 xã …, tỷ lệ hộ … đạt 61,5%": the count is not the rate's
        shares.append(
            Share(
                where=Where(fid, fact),
                stated=fact.value,
                part=fact.part,
                whole=fact.whole,
                part_tol=_rounding(fact.part),
                whole_tol=_rounding(fact.whole),
                part_text=_written(fact.part),
                whole_text=_written(fact.whole),
                fact_ids=(fid,),
                decimals=fact.value_decimals,
            )
        )
    return shares


#: An amount, its share of a base, then the base's amount in the same clause: "52 tỷ đồng,
#: bằng 350% so với năm 2020 (15 tỷ đồng)", "đạt 40 tỷ, bằng 80% kế hoạch là 50 tỷ đồng".
#: Between the percent and the base only words (a year may date them), a bracket or "là".
_BASED = re.compile(
    rf"(?P<a>{NUMBER_PATTERN})\s*(?P<ua>{UNIT_PATTERN}),?\s+(?i:bằng|đạt|tương\s+đương)\s+"
    rf"(?P<p>{NUMBER_PATTERN})\s*%"
    r"(?P<words>(?:[^\d.,;%\n]|(?<!\d)(?:19|20)\d\d(?!\d)){1,60}?)"
    rf"(?P<b>{NUMBER_PATTERN})\s*(?P<ub>{UNIT_PATTERN})"
)


def _vnd(number: str, unit: str) -> tuple[int, float] | None:
    """An amount in đồng with its rounding, or None when it is no amount."""
    try:
        value = to_vnd(number, unit)
    except ValueError:
        return None
    return value, tolerance_in(value, unit_factor(unit) or 1)


def based_money_shares(facts: Sequence[IdFact], text: str | None) -> list[Share]:
    """An amount's share of a base amount written after the percent, in the same clause
    ("Kế hoạch 2021 là 52 tỷ đồng, bằng 350% năm 2020 (15 tỷ đồng)"): a completion rate or
    a plan's multiple of a base may pass 100%, but it is still the one amount over the other.
    Located at the fact that holds the percent; none holds it, nothing is checked."""

    if not text:
        return []
    change, no_base = load_implied_cues().change, load_rate_cues().no_base
    shares = []
    for m in _BASED.finditer(text):
        words = m.group("words")
        if no_base.search(words) or change.search(words):
            continue
        part, whole = _vnd(m.group("a"), m.group("ua")), _vnd(m.group("b"), m.group("ub"))
        if part is None or whole is None:
            continue
        holder = [
            (fid, f)
            for fid, f in facts
            if isinstance(f, Funding | Percentage) and f.start <= m.start("p") < f.end
        ]
        if not holder:
            continue
        try:
            stated = float(parse_number(m.group("p")))
        except (NumberFormatError, ValueError):
            continue
        fid, fact = holder[0]
        shares.append(
            Share(
                where=Where(fid, fact),
                stated=stated,
                part=float(part[0]),
                whole=float(whole[0]),
                part_tol=part[1],
                whole_tol=whole[1],
                part_text=m.group("a"),
                whole_text=m.group("b"),
                fact_ids=tuple(
                    i for i, f in facts if f.start is not None and m.start() <= f.start < m.end()
                ),
                decimals=len(m.group("p").partition(",")[2]),
            )
        )
    return shares


def check_percents(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    """Every coverage share against K/N, every funding share against its total (with the
    document ``text``: unless it names another base), and every rate against the count and
    base written with it."""
    blocks = funding_blocks(facts, report=report, text=text)
    shares = coverage_shares(facts) + funding_shares(blocks, facts, text)
    shares += percentage_shares(facts)
    shares += commune_rates(facts, report, text)
    shares += based_money_shares(facts, text)
    return [f for f in (check_share(s) for s in shares) if f is not None]


def one_wrong_amount(findings: Sequence[Finding], facts: Sequence[IdFact]) -> list[Finding]:
    """``findings`` with a breakdown's ``sum_mismatch`` folded into the ``percent_mismatch``
    of its one part whose amount is the one wrong number: the parts miss their total, that
    part's share misses it too, and the amount its share states is what the other parts
    leave of the total ("ngân sách tỉnh 30 tỷ, chiếm 40%" in 100 tỷ whose other parts sum
    to 60). One wrong number, one finding, at the amount; the sum's facts join its ids.
    Any other shape keeps both findings."""
    by_id = dict(facts)
    shares = [f for f in findings if f.kind == KIND and len(f.fact_ids) == 2]
    dropped: set[int] = set()
    replaced: dict[int, Finding] = {}
    for n, found in enumerate(findings):
        if found.kind != "sum_mismatch" or not found.fact_ids:
            continue
        tid, *part_ids = found.fact_ids
        total = by_id.get(tid)
        parts = [by_id.get(i) for i in part_ids]
        if not isinstance(total, Funding) or not all(isinstance(p, Funding) for p in parts):
            continue
        wrong = [s for s in shares if s.fact_ids[1] == tid and s.fact_ids[0] in part_ids]
        if len(wrong) != 1:
            continue
        (share,) = wrong
        part = by_id[share.fact_ids[0]]
        assert isinstance(part, Funding) and part.percent_stated is not None
        others = [p for i, p in zip(part_ids, parts, strict=True) if i != share.fact_ids[0]]
        left = total.amount_vnd - sum(p.amount_vnd for p in others if isinstance(p, Funding))
        tolerance = amount_tolerance(total) + sum(
            amount_tolerance(p) for p in others if isinstance(p, Funding)
        )
        decimals = stated_decimals(part.percent_decimals, part.percent_stated)
        low = (left - tolerance) / total.amount_vnd * 100
        high = (left + tolerance) / total.amount_vnd * 100
        if left <= 0 or not consistent(part.percent_stated, low, high, decimals):
            continue
        at = findings.index(share)
        explain = (
            f"{share.explain}; the other parts leave {_amount_text(part, left)} of the total, "
            f"which is the {percent_text(part.percent_stated, decimals)} stated: this amount "
            f"is the one number that does not fit ({found.explain})"
        )
        ids = share.fact_ids + tuple(i for i in found.fact_ids if i not in share.fact_ids)
        replaced[at] = replace(share, explain=explain, fact_ids=ids)
        dropped.add(n)
    return [replaced.get(n, f) for n, f in enumerate(findings) if n not in dropped]


# "Tỷ lệ xã đạt chuẩn nông thôn mới (toàn tỉnh) đạt": the share of a unit's communes that
# reach its scheme, written as a rate. Not of a criterion, nor of another scheme's level.
_COMMUNE_RATE = re.compile(
    r"(?i:tỷ|tỉ)\s+(?i:lệ)\s+(?:(?i:số)\s+)?(?i:xã)\s+(?:(?i:đã)\s+)?"
    r"(?i:đạt\s+chuẩn|được\s+công\s+nhận(?:\s+đạt\s+chuẩn)?|về\s+đích)\s+"
    r"(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])"
)
_OTHER_RATE = re.compile(
    r"(?<![^\W\d_])(?i:nâng\s+cao|kiểu\s+mẫu|tiêu\s+chí|phấn\s+đấu|kế\s+hoạch)(?![^\W\d_])"
)
# Right after a share: "85% số xã (của huyện) (đã) đạt chuẩn nông thôn mới", the share of
# all the unit's communes that have reached the plain standard (not "… nâng cao").
_RATE_AFTER = re.compile(
    r"\s*(?:(?i:tổng)\s+)?(?i:số)\s+(?i:xã)(?:\s+(?i:của|toàn|trên\s+địa\s+bàn)"
    r"(?:\s+[^\s\d.,;:()]+){0,3}?)?\s+(?:(?i:đã|được)\s+)?"
    r"(?i:đạt\s+chuẩn|được\s+công\s+nhận(?:\s+đạt\s+chuẩn)?|công\s+nhận\s+đạt\s+chuẩn|về\s+đích)"
    r"\s+(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])(?!\s+(?i:nâng\s+cao|kiểu\s+mẫu))"
)
# "12 xã …, chiếm 45,5% số xã (của huyện)": a count's share of all the unit's communes.
_OF_ALL = re.compile(
    r"%\s*(?:(?i:tổng)\s+)?(?i:số)\s+(?i:xã)(?:\s+(?i:toàn|của|trên\s+địa\s+bàn)"
    r"(?:\s+\S+){0,3})?\s*[.;)]?\s*$"
)


def _coverage_key(fact: Coverage, report: Report | None) -> tuple[str, str, str | None]:
    return (
        place_identity(fact.region, fact.region_code),
        scheme_key(fact.scheme),
        period_of(fact, report),
    )


def commune_rates(
    facts: Sequence[IdFact], report: Report | None = None, text: str | None = None
) -> list[Share]:
    """A share of a unit's communes that reach its scheme, written as a rate ("tỷ lệ xã đạt
    chuẩn NTM đạt 62%"), as the share of its communes that have reached it, said after the
    figure ("Như vậy, 85% số xã của huyện đã đạt chuẩn nông thôn mới", with the ``text``), or
    as a count's share of all its communes ("12 xã …, chiếm 37,5% số xã"), against the K/N
    of communes of the same unit, scheme and period the document states. Only when exactly
    one such K/N (its N the unit's whole) is stated, and, for a count, when its K is that
    K/N's or its share is said to be of all the communes."""
    ratios: dict[tuple[str, str, str | None], list[tuple[int, Coverage]]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or not fact.units_total or fact.target:
            continue
        if fact.criterion is not None or (fact.unit_kind or "xã").lower() != "xã":
            continue
        ratios.setdefault(_coverage_key(fact, report), []).append((fid, fact))
    shares = []
    for fid, fact in facts:
        key: tuple[str, str, str | None]
        if isinstance(fact, Percentage):
            if fact.unit != "%" or fact.target or fact.approx or fact.value_max is not None:
                continue
            if fact.part is not None or fact.whole is not None or fact.criterion is not None:
                continue
            label = fact.label or ""
            rate = _COMMUNE_RATE.search(label)
            if rate is None and text and fact.end is not None:
                rate = _RATE_AFTER.match(text, fact.end)
            if rate is None or _OTHER_RATE.search(label):
                continue
            key = (
                place_identity(fact.subject, fact.subject_code),
                scheme_key(fact.scheme),
                period_of(fact, report),
            )
            count, stated, decimals = None, fact.value, fact.value_decimals
        elif isinstance(fact, Coverage):
            if fact.units_total is not None or fact.percent_stated is None or fact.target:
                continue
            if fact.criterion is not None or (fact.unit_kind or "xã").lower() != "xã":
                continue
            if another_places_share(fact.quote, fact.percent_stated):
                continue
            key = _coverage_key(fact, report)
            count, stated, decimals = fact.units_met, fact.percent_stated, fact.percent_decimals
        else:
            continue
        if key[2] is None:
            continue
        found = ratios.get(key, [])
        if len({(f.units_met, f.units_total) for _, f in found}) != 1:
            continue  # none, or several that would each give another share
        kid, kn = found[0]
        assert kn.units_total is not None
        if count is not None and count != kn.units_met and not _OF_ALL.search(fact.quote):
            continue
        part = kn.units_met if count is None else count
        if part > kn.units_total:
            continue
        shares.append(
            Share(
                where=Where(fid, fact),
                stated=stated,
                part=float(part),
                whole=float(kn.units_total),
                part_tol=0.0,
                whole_tol=0.0,
                part_text=str(part),
                whole_text=str(kn.units_total),
                fact_ids=(fid, kid),
                decimals=decimals,
                note=f" (the K/N the text states: {kn.quote!r})",
            )
        )
    return shares
