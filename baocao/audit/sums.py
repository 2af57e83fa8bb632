"""sum_mismatch: funding parts that do not add up to their stated total.

The blocks (a total and its parts) are :mod:`baocao.audit.blocks`. Totals are allowed the
rounding of their parts: each amount is known to half a unit of its last written digit, so
parts may miss the total by the sum of those halves.

When the parts miss the total but reading one or a few amounts in another unit (đồng, nghìn,
triệu, tỷ) makes them add up exactly, the finding is ``unit_implausible`` on those amounts,
not a sum mismatch (see :mod:`baocao.audit.units`).

Parts under their total are not flagged when the missing amount is written inside the
breakdown but no fact was read from it (a line the extractor missed): the amounts written in
the document's text around the block, as the vocabulary reads them
(:func:`baocao.vocab.money.amounts_in`), against the facts' spans. The facts do not say which
written amounts became no fact (ARCHITECTURE.md, "The auditor and the document model").

Parts under their total are an inconsistency only when the breakdown claims to be the whole
of it. Running text often names some sources only, and the auditor does not flag it when
the breakdown is *open* (:func:`open_breakdown`; cue words in ``sums.toml``):

- it says the rest exists: "còn lại là …", "các nguồn khác", "v.v.", "…" written from the
  total to a little past its last part (before the parts, only in the sentence of the
  first: a rest word in an earlier sentence is the rest of something else);
- it goes on with amounts of the same total that are no parts, an approximate or ranged
  source line among or right after the parts ("nhân dân góp hơn 80 tỷ đồng");
- it is a "Trong đó, …" (of which) in running text, not opening a list (a colon, a line
  break before the first part), with no word saying the parts are all of it ("gồm",
  "bao gồm", "cụ thể", "cơ cấu", "như sau").

A part written in a smaller unit than the others ("nhân dân 300 triệu" among amounts in tỷ)
shows the breakdown counted to that unit: a whole amount in the larger unit ("10 tỷ") is then
read to the finest digit the breakdown writes in that unit ("12,5 tỷ", "2,4 tỷ": ±0,05 tỷ),
not to ±0,5 tỷ, which would swallow the small part. Parts that miss their total only at that
finer reading are flagged only in running text that claims to be the whole of it (not
:func:`open_breakdown`), never in tables (:func:`finer_mismatch`).

A breakdown short of its total that begins in a later sentence than the total ("… huy động
hơn 900 tỷ đồng. … Trong tổng vốn trên thì vốn tỉnh 120 tỷ đồng, …") is flagged on its
first part: that sentence is the claim that the parts are the total's.

Table rows, sub-period totals and parts over their total are checked as before: parts over
the total cannot all be true whatever the list leaves out. An approximate total is known on
one side only: parts over "hơn X" or under "gần X", or within a tenth of "khoảng X", are no
inconsistency.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from baocao.audit.amounts import amount_tolerance, tolerance_in, unit_factor
from baocao.audit.blocks import (
    FundingBlock,
    SumCheck,
    flatten,
    funding_blocks,
    is_part,
    measure,
    period_blocks,
)
from baocao.audit.common import (
    AT_LEAST,
    IdFact,
    Where,
    finding,
    place_identity,
    vnd,
)
from baocao.audit.cues import load_cue_table, parse_cue_table
from baocao.audit.units import reread_to_fit
from baocao.model import Finding, Funding, Report, Severity
from baocao.vocab.money import amounts_in
from baocao.vocab.patterns import cues

log = logging.getLogger(__name__)

KIND = "sum_mismatch"

#: How far past its last member a breakdown's text may hold a part the extractor missed,
#: or go on with the rest of its total.
UNREAD_TAIL_CHARS = 200

SUMS_FILE = "sums.toml"


@dataclass(frozen=True)
class SumCues:
    rest: re.Pattern[str]
    some_of: re.Pattern[str]
    whole: re.Pattern[str]


def parse_sum_cues(text: str, *, source: str = SUMS_FILE) -> SumCues:
    """The cue lists of ``sums.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(SumCues, text, source=source)


def load_sum_cues() -> SumCues:
    return load_cue_table(SumCues, SUMS_FILE)


def _members(block: FundingBlock) -> list[Funding]:
    return [block.total[1], *(f for _, f in block.parts)]


def _is_text_breakdown(block: FundingBlock) -> bool:
    """A total and its source lines in running text: no table rows, no sub-period totals."""
    return all(not f.origin.startswith("table:") for f in _members(block)) and all(
        f.source != "total" for _, f in block.parts
    )


def _tail_end(block: FundingBlock, text: str, facts: Sequence[IdFact]) -> int:
    """Where the breakdown's text ends: a little past its last part, at the paragraph's end
    or at the next total, whichever comes first."""
    last = max(f.end for _, f in block.parts)
    end = min(last + UNREAD_TAIL_CHARS, len(text))
    paragraph = text.find("\n", last, end)
    if paragraph >= 0:
        end = paragraph
    for _, fact in facts:
        if isinstance(fact, Funding) and fact.source == "total" and last <= fact.start < end:
            end = fact.start
    return end


def _goes_on(block: FundingBlock, facts: Sequence[IdFact], end: int) -> bool:
    """Whether a source line of the same place and flow that is no part (approximate, a
    range) sits among the parts or right after them: the breakdown lists more of its total
    than the parts hold."""
    total = block.total[1]
    place = place_identity(total.region, total.region_code)
    members = {block.total[0], *(fid for fid, _ in block.parts)}
    for fid, fact in facts:
        if (
            isinstance(fact, Funding)
            and fid not in members
            and fact.source not in ("total", "other")
            and fact.purpose is None
            and fact.criterion is None
            and (fact.approx is not None or fact.amount_max_vnd is not None)
            and fact.flow == total.flow
            and fact.period in (None, total.period)
            and place_identity(fact.region, fact.region_code) == place
            and total.end <= fact.start < end
        ):
            return True
    return False


def _some_of(lead: str, cues: SumCues) -> bool:
    """A "Trong đó, …" before the parts that opens no list (no colon after it, no line break
    before the first part) and no word saying the parts are all of the total."""
    if cues.whole.search(lead):
        return False
    return any(not re.search(r"[:\n]", lead[m.end() :]) for m in cues.some_of.finditer(lead))


#: A sentence's end: a full stop before a space or line break (not the dot of "2.274").
_SENTENCE_END = re.compile(r"\.(?=\s)")


def _sentence_start(text: str, start: int, first: int) -> int:
    """Where the sentence holding the first part (at ``first``) begins, if after ``start``:
    a rest word in an earlier sentence ("…, còn lại là nội lực địa phương. Trong tổng nguồn
    lực trên thì …") says what the rest of something else is, not of these parts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, first)]
    return ends[-1] if ends else start


#: What begins a list line: a dash, a bullet, a number or letter with its mark.
_LIST_MARK = re.compile(r"\s*(?:[-+*•–]|\d{1,2}[.)/]|[a-zđ]\))", re.IGNORECASE)


def apart_from_total(block: FundingBlock, text: str | None) -> bool:
    """Whether a breakdown in running text is a paragraph of its own after its total's
    ("… huy động hơn 900 tỷ đồng.\n… Trong tổng vốn trên thì vốn tỉnh …"): the total's
    paragraph ends with a full stop (it opens no list: no colon, no "trong đó") and the
    parts' is no list line. The statement that the parts are the total's is then the
    breakdown's own sentence."""
    if text is None or not _is_text_breakdown(block):
        return False
    total = block.total[1]
    first = min(f.start for _, f in block.parts)
    if first < total.end:
        return False
    total_ends = text.find("\n", total.end, first)
    if total_ends < 0 or not text[total.end : total_ends].rstrip().endswith("."):
        return False
    return not _LIST_MARK.match(text, text.rfind("\n", total.end, first) + 1)


def open_breakdown(block: FundingBlock, facts: Sequence[IdFact], text: str | None) -> bool:
    """Whether a breakdown in running text does not claim to be the whole of its total: it
    says the rest exists, goes on with amounts that are no parts, or names some sources
    only ("Trong đó, …"). Parts short of such a total are no inconsistency."""
    return _open_reason(block, facts, text) is not None


def _open_reason(block: FundingBlock, facts: Sequence[IdFact], text: str | None) -> str | None:
    """Why a breakdown does not claim all of its total (:func:`open_breakdown`): ``rest``,
    ``goes_on`` or ``some_of``; None when it claims all of it."""
    if text is None or not _is_text_breakdown(block):
        return None
    cues = load_sum_cues()
    total = block.total[1]
    first = min(f.start for _, f in block.parts)
    end = _tail_end(block, text, facts)
    near = first - UNREAD_TAIL_CHARS  # the words that lead into the parts
    if cues.rest.search(text, _sentence_start(text, max(min(total.end, first), near), first), end):
        return "rest"
    if _goes_on(block, facts, end):
        return "goes_on"
    if total.end <= first and _some_of(text[max(total.start, near) : first], cues):
        return "some_of"
    return None


#: The fewest significant digits a total needs for a one-digit gap to read as a slip: a
#: round total ("500 tỷ") may lack a round source the "trong đó" leaves out.
SLIP_DIGITS = 4


def one_digit_slip(check: SumCheck) -> bool:
    """Whether the total and the sum of its parts, written to the total's last digit, differ
    in one digit that is not the first, the total written with at least SLIP_DIGITS
    significant digits ("166.905" for parts of 165.905): a slip of the pen in a breakdown
    meant as the whole. Sources left out of a "Trong đó, …" leave an amount of their own,
    which all but never matches every other digit of a precise total."""
    total = check.block.total[1]
    step = 2 * amount_tolerance(total)
    if step <= 0:
        return False
    written, summed = str(round(total.amount_vnd / step)), str(round(check.parts_sum / step))
    if len(written) != len(summed) or len(written.rstrip("0")) < SLIP_DIGITS:
        return False
    differing = [i for i, (a, b) in enumerate(zip(written, summed, strict=True)) if a != b]
    return len(differing) == 1 and differing[0] > 0


def _sum_explain(check: SumCheck) -> str:
    total = check.block.total[1]
    n = len(check.block.parts)
    relation = "more" if check.difference > 0 else "less"
    return (
        f"{n} parts sum to {vnd(check.parts_sum)}, stated total {vnd(total.amount_vnd)} "
        f"({vnd(abs(check.difference))} {relation})"
    )


def unread_part(block: FundingBlock, missing: int, tolerance: float, text: str | None) -> bool:
    """Whether the amount the parts lack is written inside the breakdown's own text, outside
    every part read from it: a line the extractor missed ("vốn lồng ghép 94.330 triệu
    đồng" split across two PDF lines), not numbers that disagree."""
    if text is None:
        return False
    members = [block.total[1], *(f for _, f in block.parts)]
    start = min(f.start for f in members)
    end = min(max(f.end for f in members) + UNREAD_TAIL_CHARS, len(text))
    units = Counter(unit_factor(f.unit_written) or 1 for _, f in block.parts)
    factor = units.most_common(1)[0][0]
    for a, b, amount in amounts_in(text, factor, start, end):
        if any(a < f.end and f.start < b for f in members):
            continue
        if abs(amount - missing) <= tolerance:
            return True
    return False


#: Approximate totals and the side the true total lies on: "hơn 1.000 tỷ" is at least 1.000
#: tỷ, "gần 1.000 tỷ" at most; "khoảng" either way, by up to ABOUT_SHARE of it.
_AT_MOST = frozenset({"gần", "dưới", "chưa đến"})
ABOUT_SHARE = 0.1


def _within_approximation(check: SumCheck) -> bool:
    """Whether parts that miss an approximate total are on its open side: over a "hơn X",
    under a "gần X", or within ABOUT_SHARE of a "khoảng X"."""
    total = check.block.total[1]
    approx = (total.approx or "").strip().lower()
    if not approx:
        return False
    if approx in AT_LEAST:
        return check.difference > 0
    if approx in _AT_MOST:
        return check.difference < 0
    return abs(check.difference) <= ABOUT_SHARE * total.amount_vnd + check.tolerance


def finer_tolerance(block: FundingBlock) -> float | None:
    """The rounding a breakdown's amounts carry when a part is written in a smaller unit than
    the others ("… 2,4 tỷ đồng, nhân dân 300 triệu đồng"): each amount in the largest unit of
    the parts known to the finest digit the breakdown writes in that unit, when that is
    finer than its own; None when all parts share one unit or nothing is finer."""
    factors = [unit_factor(f.unit_written) for _, f in block.parts]
    if None in factors or len(set(factors)) < 2:
        return None
    large = max(f for f in factors if f is not None)
    members = [block.total[1], *(f for _, f in block.parts)]
    in_large = [f for f in members if unit_factor(f.unit_written) == large]
    finest = min(tolerance_in(f.amount_vnd, large) for f in in_large)
    tolerances = [
        min(amount_tolerance(f), finest) if f in in_large else amount_tolerance(f) for f in members
    ]
    tolerance = sum(tolerances)
    return tolerance if tolerance < sum(amount_tolerance(f) for f in members) else None


def finer_mismatch(
    block: FundingBlock, check: SumCheck, text: str | None, facts: Sequence[IdFact]
) -> list[Finding]:
    """A sum_mismatch for parts within their total's rounding that miss it at the finer
    reading a part in a smaller unit gives (:func:`finer_tolerance`), in a breakdown of
    running text that claims to be all of its total, with no amount written among its parts
    that fills the gap."""
    finer = finer_tolerance(block)
    if finer is None or abs(check.difference) <= finer or text is None:
        return []
    if not _is_text_breakdown(block) or open_breakdown(block, facts, text):
        return []
    if check.difference < 0 and unread_part(block, -check.difference, finer, text):
        return []
    tid, total = block.total
    ids = [tid, *(fid for fid, _ in block.parts)]
    explain = (
        f"{_sum_explain(check)}; a part written in a smaller unit shows the breakdown counts to it"
    )
    return [finding(KIND, Severity.MEDIUM, explain, Where(tid, total), ids)]


def check_block(
    block: FundingBlock, *, text: str | None = None, facts: Sequence[IdFact] = ()
) -> list[Finding]:
    if len(block.parts) < 2:
        return []
    check = measure(block)
    if _within_approximation(check):
        return []
    if check.consistent:
        return finer_mismatch(block, check, text, facts)
    rereads = reread_to_fit(block)
    if rereads:
        return rereads
    if check.difference < 0 and unread_part(block, -check.difference, check.tolerance, text):
        log.debug(
            "%s: parts of %r lack an amount written beside them: a part not extracted",
            block.total[1].document,
            block.total[1].quote,
        )
        return []
    reason = _open_reason(block, facts, text) if check.difference < 0 else None
    if reason is not None and not (reason == "some_of" and one_digit_slip(check)):
        log.debug(
            "%s: parts of %r fall short of a breakdown that names some sources only",
            block.total[1].document,
            block.total[1].quote,
        )
        return []
    tid, total = block.total
    ids = [tid, *(fid for fid, _ in block.parts)]
    # Parts over the total cannot all be true; parts under it may be an incomplete list.
    severity = Severity.HIGH if check.difference > 0 else Severity.MEDIUM
    at = Where(tid, total)
    if check.difference < 0 and apart_from_total(block, text):
        at = Where(*min(block.parts, key=lambda part: part[1].start))
    return [finding(KIND, severity, _sum_explain(check), at, ids)]


# What leads from a whole that names its sources into its parts, ending the words between
# them: "…, trong đó", ". Trong đó,", "gồm:", "bao gồm", "cụ thể".
_INTO_PARTS = re.compile(
    r"(?<![^\W\d_])(?i:trong\s+đó|bao\s+gồm|gồm|cụ\s+thể)(?:\s+(?i:có|là))?\s*[,:]?\s*$"
)
#: How long the words between a named whole and its first part, and between two parts, may
#: run (a purpose after the whole's amount: "… để thực hiện Chương trình, trong đó …").
NAMED_WHOLE_GAP_CHARS = 120
# Between two parts: a list's separators, a line break before a list mark, or a sentence's
# end within its paragraph (the list goes on in the next sentence: "… vốn đầu tư phát triển
# 150 tỷ đồng. Vốn sự nghiệp 65 tỷ đồng", when that part writes no flow of its own).
_PART_GAP = re.compile(r"[ \t,;:]*(?:\n[ \t]*[-–+•*][ \t]*|\.[ \t]+)?(?:(?i:và)\s+)?")
_SENTENCE_BREAK = re.compile(r"\.[ \t]")


@cache
def _flow_words() -> re.Pattern[str]:
    return re.compile(cues().pattern("flow"))


def _own_flow(part: Funding) -> bool:
    """Whether a part's quote writes a flow verb of its own ("đã giải ngân 60 tỷ đồng"): a
    part with none ("ngân sách tỉnh 40 tỷ đồng") moved as its whole did, whatever flow the
    extractor gave it by default. (A kind of the whole's own capital is part of it whatever
    its label says: "vốn đầu tư phát triển" holds a flow word.)"""
    return _flow_words().search(part.quote) is not None


def _sources_of(source: str) -> frozenset[str]:
    return frozenset(s for s in source.split("+") if s)


def named_whole_blocks(
    facts: Sequence[IdFact], text: str | None, *, report: Report | None = None
) -> list[FundingBlock]:
    """Wholes that name their sources rather than being called a total ("Từ nguồn ngân sách
    Trung ương và vốn đối ứng địa phương, tỉnh đã bố trí 237 tỷ đồng, trong đó vốn đầu tư
    phát triển 171 tỷ đồng; vốn sự nghiệp 65 tỷ đồng"), with the parts the text leads into
    right after them ("trong đó", "gồm", in the same sentence or opening the next): amounts
    of the same place, flow and period, one after the other, each of the whole's sources or
    some of them (kinds of its capital carry its sources; budgets of its levels, some of
    them). A total's breakdown is :func:`funding_blocks`'s."""
    if text is None:
        return []
    money = sorted(
        ((fid, f) for fid, f in facts if isinstance(f, Funding) and f.origin == "text"),
        key=lambda item: item[1].start,
    )
    blocks: list[FundingBlock] = []
    for i, (wid, whole) in enumerate(money):
        if whole.source in ("total", "other") or not is_part(whole):
            continue
        sources = _sources_of(whole.source)
        place = place_identity(whole.region, whole.region_code)
        parts: list[tuple[int, Funding]] = []
        last = whole
        for pid, part in money[i + 1 :]:
            gap = text[last.end : part.start]
            if (
                len(gap) > NAMED_WHOLE_GAP_CHARS
                or re.search(r"\d", gap)
                or (part.flow != whole.flow and part.source != whole.source and _own_flow(part))
                or part.period != whole.period
                or place_identity(part.region, part.region_code) != place
                or not is_part(part)
                or not _sources_of(part.source) <= sources
            ):
                break
            if not parts and not _INTO_PARTS.search(gap):
                break  # no words leading into parts: another amount, not a breakdown
            if parts and not _PART_GAP.fullmatch(gap):
                break  # words between two parts: the list is over
            if parts and _SENTENCE_BREAK.search(gap) and _own_flow(part):
                break  # "…. Tỉnh đã giải ngân 60 tỷ đồng …": a statement of its own
            parts.append((pid, part))
            last = part
        if len(parts) >= 2:
            blocks.append(FundingBlock(total=(wid, whole), parts=tuple(parts)))
    return blocks


def _split_by_kind(block: FundingBlock) -> bool:
    """Parts that each carry the whole's own sources: kinds of its capital ("vốn đầu tư
    phát triển", "vốn sự nghiệp"), a split of all of it by type."""
    return all(f.source == block.total[1].source for _, f in block.parts)


def check_named_whole(
    block: FundingBlock, *, text: str | None = None, facts: Sequence[IdFact] = ()
) -> list[Finding]:
    """A named whole against its parts, as :func:`check_block` checks a total's: a split by
    kind of capital claims all of the whole ("trong đó" there lists every kind), a split by
    budget may name some of them only (:func:`open_breakdown`)."""
    check = measure(block)
    if _within_approximation(check) or check.consistent:
        return []
    rereads = reread_to_fit(block)
    if rereads:
        return rereads
    if check.difference < 0:
        if unread_part(block, -check.difference, check.tolerance, text):
            return []
        if not _split_by_kind(block) and open_breakdown(block, facts, text):
            return []
        cues = load_sum_cues()
        if text is not None and cues.rest.search(
            text, block.total[1].end, _tail_end(block, text, facts)
        ):
            return []  # "…, còn lại là …": the rest said to exist
    tid, total = block.total
    ids = [tid, *(fid for fid, _ in block.parts)]
    severity = Severity.HIGH if check.difference > 0 else Severity.MEDIUM
    return [finding(KIND, severity, _sum_explain(check), Where(tid, total), ids)]


def check_sums(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    """Every breakdown against its total. With the document ``text``, parts under their
    total are not flagged when the missing amount is written among them (not extracted), nor
    when the breakdown does not claim to be all of the total (:func:`open_breakdown`); a
    whole that names its sources is checked against the parts the text leads into after it
    (:func:`named_whole_blocks`)."""
    blocks = flatten(funding_blocks(facts, report=report, text=text)) + period_blocks(
        facts, report=report
    )
    findings: list[Finding] = []
    for block in blocks:
        findings.extend(check_block(block, text=text, facts=facts))
    checked = {b.total[0] for b in blocks}
    for block in named_whole_blocks(facts, text, report=report):
        if block.total[0] not in checked:
            findings.extend(check_named_whole(block, text=text, facts=facts))
    return findings
