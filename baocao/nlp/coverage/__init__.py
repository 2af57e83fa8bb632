"""Coverage: K of N subordinate units meet a criterion or the whole standard.

:func:`find_coverage` reads each sentence with the readers below (a cheap literal test before
each costly one; FACTS.md "Borderline cases"), and keeps their mentions in document order with
the spans of the shares they claimed:

* :mod:`.ratios` — K/N ratios of counted units with their predicate, and the K-th unit;
* :mod:`.counts` — counts with no total written, units named by their standard, lists of
  counts of several units, criteria named before the units meeting them;
* :mod:`.labels` — a label with its number, the totals a verb raises, labelled blocks, the
  group headers of a list of units;
* :mod:`.parts` — parts after "trong đó", and counts broken down by place;
* :mod:`.goals` — goals, forecasts, registrations, the estimate after a count;
* :mod:`.whole` — the whole a count is part of, written elsewhere in its sentence;
* :mod:`.statement` — one statement: whether it says anything about the units, its
  criterion, topic, scheme, place, share and quote;
* :mod:`.common` — the regexes and cue helpers they share.

A sentence on administrative units or their merger that never speaks of the programme
("23/23 đơn vị hành chính … sau sắp xếp đã đạt tiêu chuẩn") is the merger's own standard, no
coverage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from baocao.nlp.context import Sections
from baocao.nlp.counts import COUNT_WORDS
from baocao.nlp.coverage.common import Span, _unit_kind, _unit_verb
from baocao.nlp.coverage.counts import (
    _all_belows,
    _bands_first,
    _bares,
    _criteria_all_meet,
    _criteria_none_meet,
    _nounless,
    _nouns,
)
from baocao.nlp.coverage.goals import (
    _estimates_after,
    _forecasts,
    _goals_met,
    _left_aiming,
    _registrations,
    _standards_first,
    _standards_for,
)
from baocao.nlp.coverage.labels import (
    _group_headers,
    _labelled_blocks,
    _labels,
    _shares_after_standard,
)
from baocao.nlp.coverage.parts import (
    _BREAKDOWN_WORDS,
    _breakdown_by_place,
    _breakdown_sentence,
    _by_place,
    _lead_counts,
    _part_of_counted,
    _places_after_statement,
    _ranked_by_place,
    _respectively,
    _subsets,
)
from baocao.nlp.coverage.ratios import _ordinals_alone, _ratios, _shares_restated_as_counts
from baocao.nlp.coverage.statement import _IS_ONE_OF
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import BlockKind
from baocao.vocab.patterns import cues

_DIGIT = re.compile(r"\d|(?i:nào)")  # a number, or "chưa có xã nào đạt"

__all__ = ["CoverageFinding", "find_coverage"]


@dataclass(frozen=True)
class CoverageFinding:
    """The coverage mentions of a document and the spans of the shares they claimed."""

    mentions: tuple[CoverageMention, ...]
    claimed: tuple[Span, ...]


@cache
def _merger() -> re.Pattern[str]:
    return re.compile(cues().pattern("merger_standard"))


#: What makes a sentence about the programme's standard, whatever else it speaks of.
_PROGRAMME_WORDS = re.compile(r"(?i:nông\s+thôn\s+mới|NTM|tiêu\s+chí)")


def _merger_standard(text: str, s: int, e: int) -> bool:
    """Whether a sentence counts units meeting the 2025 merger's own standard ("23/23 đơn vị
    hành chính cấp tỉnh hình thành sau sắp xếp đã đạt tiêu chuẩn"), no NTM coverage: it
    speaks of administrative units or their merger and never of the programme."""
    if _PROGRAMME_WORDS.search(text, s, e):
        return False
    before = [m.span() for m in _merger_before().finditer(text, s, e)]
    return any(
        not any(a <= m.start() < b for a, b in before) for m in _merger().finditer(text, s, e)
    )  # "trước khi sáp nhập": the units as they stood, not the merger's standard


@cache
def _merger_before() -> re.Pattern[str]:
    return re.compile(cues().pattern("merger_before"))


@cache
def _units_in_words() -> re.Pattern[str]:
    return re.compile(rf"{COUNT_WORDS}\s+(?i:{_unit_kind()})(?![^\W\d_])")


def _counted(text: str, s: int, e: int) -> re.Match[str] | None:
    """A cheap test that a stretch may hold a statement: a digit, units counted in words
    ("hai xã"), or none of them ("chưa có xã nào đạt", "chưa có huyện nông thôn mới")."""
    return (
        _DIGIT.search(text, s, e)
        or _units_in_words().search(text, s, e)
        or _none_met().search(text, s, e)
    )


@cache
def _none_met() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues().pattern('none_met')})\s+(?i:{_unit_kind()})(?![^\W\d_])")


# Where one statement's clause ends before the next one's subject: a comma or a semicolon.
_CLAUSE_JOINT = re.compile(r"[,;]")


@cache
def _pending_cue() -> re.Pattern[str]:
    return re.compile(cues().pattern("pending"), re.IGNORECASE)


#: Where the words about one count stop: a clause break or another figure.
_COUNT_CLAUSE_EDGE = re.compile(r"[,;:.!?()]\s|[;:()]|\d")
_FIGURE_RUN = re.compile(r"[\d.,/\s]*")
#: Where the words before a count after "là" stop: the names before it run past commas.
_NAMES_EDGE = re.compile(r"[;:()]|\d")


def _pending(text: str, s: int, e: int, mention: CoverageMention) -> bool:
    """Whether the units counted wait on their recognition ("đang thẩm định 5 xã", "Huyện đã
    trình UBND tỉnh công nhận 3 xã", "7 xã đang chờ công nhận"): in the clause of the count,
    before it back to the last break or figure, or after it up to the next. No standard is
    reached yet, so no coverage; a goal word keeps it, as a goal ("dự kiến công nhận 6 xã")."""
    if mention.context.goal is not None:
        return False
    at = text.find(mention.units_met, mention.start, mention.end)
    at = mention.start if at < 0 else at
    # "… trình Thủ tướng xét công nhận A, B là 2 thành phố hoàn thành …": the count names the
    # units the proposal lists, so its clause reaches back past the commas of their names
    edge_re = _NAMES_EDGE if _IS_ONE_OF.search(text, max(s, at - 6), at) else _COUNT_CLAUSE_EDGE
    edges = [m.end() for m in edge_re.finditer(text, s, at)]
    lo = edges[-1] if edges else s
    after = _FIGURE_RUN.match(text, at)
    first = after.end() if after else at
    edge = _COUNT_CLAUSE_EDGE.search(text, first, e)
    hi = edge.start() if edge else e
    cue = _pending_cue().search(text, lo, hi)
    # "… đã được thẩm định và công nhận đạt chuẩn": the recognition came after the appraisal
    return cue is not None and _RECOGNISED_AFTER.match(text, cue.end()) is None


#: A least number written right before a count: "có ít nhất 1 trường đạt chuẩn mức độ 2",
#: "tối thiểu 2 thôn đạt chuẩn kiểu mẫu".
_AT_LEAST_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:ít\s+nhất|tối\s+thiểu))\s*$")


def _required_least(text: str, mention: CoverageMention) -> bool:
    """Whether a count is the least a requirement asks for ("Chỉ tiêu 100% số trường đạt
    chuẩn, trong đó có ít nhất 1 trường đạt mức độ 2" listing an indicator not yet met): a
    rule of the standard, no units reaching it. A goal keeps it, as a goal ("Mục tiêu …
    có ít nhất 20 xã đạt chuẩn")."""
    if mention.context.goal is not None:
        return False
    at = text.find(mention.units_met, mention.start, mention.end)
    at = mention.start if at < 0 else at
    return _AT_LEAST_BEFORE.search(text, max(0, at - 20), at) is not None


#: A recognition joined to a pending step: "được thẩm định và (được) công nhận …".
_RECOGNISED_AFTER = re.compile(
    r"\s*,?\s*(?i:và|rồi)\s+(?i:đã\s+)?(?i:được\s+)?(?:[^\W\d_]+\s+){0,3}?(?i:công\s+nhận)"
)


def _own_clauses(
    text: str, found: list[tuple[CoverageMention, Span | None]]
) -> list[tuple[CoverageMention, Span | None]]:
    """Each statement's quote ending at its own clause when the sentence goes on to another
    statement with a subject of its own ("Riêng huyện A có 9/9 xã đạt chuẩn, huyện B có
    21/22 xã đạt chuẩn": the first quote stops before ", huyện B"). A list sharing one
    predicate ("3 huyện, 128 xã đạt chuẩn": nothing but the next count after the comma) or a
    count whose predicate comes after the comma keeps its run."""
    starts = sorted({c.start for c, _ in found})
    out: list[tuple[CoverageMention, Span | None]] = []
    for mention, span in found:
        after = next((a for a in starts if a > mention.start), None)
        if after is None or after >= mention.end:
            out.append((mention, span))
            continue
        joints = list(_CLAUSE_JOINT.finditer(text, mention.start, after))
        cut = joints[-1].start() if joints else None
        if (
            cut is None
            or (span is not None and span[1] > cut)
            or not re.search(r"[^\W\d_]", text[cut + 1 : after])
            or _unit_verb().search(text, mention.start, cut) is None
        ):
            out.append((mention, span))
            continue
        while cut > mention.start and text[cut - 1] in " (":
            cut -= 1
        mention = replace(mention, end=cut, quote=text[mention.start : cut])
        out.append((mention, span))
    return out


def find_coverage(sections: Sections) -> CoverageFinding:
    """Every coverage mention, in document order, and the share spans they claimed."""
    text = sections.text
    mentions: list[CoverageMention] = []
    claimed: list[Span] = []
    labelled_spans: list[Span] = []
    for mention, spans in _labelled_blocks(sections):
        mentions.append(mention)
        claimed += spans
        labelled_spans.append((mention.start, mention.end))
    earlier: list[CoverageMention] = []
    for block in sections.blocks:
        if _counted(text, block.start, block.end) is None:
            continue
        for s, e in sections.sentences(block):
            if _counted(text, s, e) is None or _merger_standard(text, s, e):
                continue
            taken: list[Span] = list(labelled_spans)
            found: list[tuple[CoverageMention, Span | None]] = []
            # cheap literal tests before the costly alternations
            lowered = text[s:e].lower()
            if "tiêu chí" in lowered:
                # criteria named, then the units meeting them all; bands before their units
                found += _criteria_all_meet(sections, block, s, e, taken)
                found += _bands_first(sections, block, s, e, taken)
            if "lần lượt" in lowered:
                found += _respectively(sections, block, s, e, taken)
            if "/" in lowered or "trong" in lowered or "trên" in lowered:
                found += _ratios(sections, block, s, e, taken)
            if "thứ" in lowered:
                found += _ordinals_alone(sections, block, s, e, taken)
            if "%" in lowered and "(" in lowered:
                found += _shares_restated_as_counts(sections, block, s, e, taken)
            if "số" in lowered or ":" in lowered or "lũy kế" in lowered or "luỹ kế" in lowered:
                found += _labels(sections, block, s, e, taken)
            if block.kind is BlockKind.ITEM and ":" in text[block.start : block.end]:
                found += _lead_counts(sections, block, taken)
            if any(w in text[max(block.start, s - 12) : e].lower() for w in _BREAKDOWN_WORDS):
                found += _breakdown_by_place(sections, block, s, e, taken)
            if "đăng ký" in lowered:
                found += _registrations(sections, block, s, e, taken)
            if "nào" in lowered:
                found += _criteria_none_meet(sections, block, s, e, taken)
            if "100" in lowered:
                found += _all_belows(sections, block, s, e, taken)
            if "đối với" in lowered or " cho " in lowered:
                found += _standards_for(sections, block, s, e, taken)
            if "đạt chuẩn" in lowered or "xây dựng" in lowered or "hoàn thành" in lowered:
                found += _standards_first(sections, block, s, e, taken)
            if "còn" in lowered:
                found += _left_aiming(sections, block, s, e, taken)
            found += _bares(sections, block, s, e, taken)
            if "chiếm" in lowered or "bằng" in lowered:
                found += _shares_after_standard(sections, block, s, e, taken)
            if "thêm" in lowered:
                found += _forecasts(sections, block, s, e, taken)
            if (" là " in lowered or "giao" in lowered or "đề ra" in lowered) and (
                "chỉ tiêu" in lowered or "kế hoạch" in lowered or "mục tiêu" in lowered
            ):
                found += _goals_met(sections, block, s, e, taken)
            if "công nhận" in lowered or "đạt chuẩn" in lowered:
                found += _nounless(sections, block, s, e, taken)
            earlier += [c for c, _ in found]
            if "ntm" in lowered or "nông thôn mới" in lowered or "kiểu mẫu" in lowered:
                found += _nouns(sections, block, s, e, taken, bool(found))
            if "trong đó" in lowered or " là " in lowered or " gồm " in lowered:
                found += _subsets(sections, block, s, e, taken, earlier)
            if found and ("trong đó" in lowered or "cụ thể" in lowered or " gồm" in lowered):
                found += _by_place(sections, block, s, e, taken, found)
            if found and ("ước" in lowered or "dự kiến" in lowered):
                found += _estimates_after(sections, block, (s, e), taken, found)
            if not found:
                found += _breakdown_sentence(sections, block, s, e, taken, mentions)
            if not found:
                found += _places_after_statement(sections, block, s, e, taken, mentions)
            found += _ranked_by_place(sections, block, s, e, taken, mentions)
            if "trong đó" in lowered:
                found = [(_part_of_counted(text, block.start, c), span) for c, span in found]
            for mention, span in _own_clauses(text, found):
                if _pending(text, s, e, mention) or _required_least(text, mention):
                    continue
                mentions.append(mention)
                if span:
                    claimed.append(span)
    mentions += _group_headers(sections)
    mentions.sort(key=lambda c: (c.start, c.end))
    return CoverageFinding(tuple(mentions), tuple(claimed))
