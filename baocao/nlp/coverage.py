"""Coverage: K of N subordinate units meet a criterion or the whole standard.

Forms (FACTS.md "Borderline cases"):

* "55/115 xã đạt tiêu chí số 2 … (đạt 47,82%)", "6/6 xã có điểm phục vụ bưu chính" — a
  ratio of counted units (``unit_kind`` cues: xã, thôn, trường, nhà văn hóa…) followed by a
  predicate (``unit_verb`` cues: đạt, có, được, hoàn thành…), or opened by "trong đó có";
* "185 trong tổng số 220 xã đạt chuẩn";
* "491 trường …, trong đó có 257 trường … đạt chuẩn" (257 of 491);
* "111 xã đạt chuẩn …", "18 xã được công nhận đạt chuẩn …" with no total (``units_total``
  None), and "chưa có xã nào đạt …" (0); goals ("phấn đấu có thêm 15 xã đạt chuẩn …") are
  kept and marked by their context. Not "05 xã còn lại đạt chuẩn …" nor "01 xã đạt chuẩn …
  (xã Quang Phú)": named or remaining communes are recognitions of each, not a count;
* a labelled block: "- Số xã đã được công nhận đạt chuẩn nông thôn mới: 6 xã" with its
  siblings "- Tổng số xã trên địa bàn: 6 xã" (the total) and "- Tỷ lệ xã đạt chuẩn …: 100%"
  (the share).

A ratio after a preposition ("Quyết định … cho 6/6 xã") or with no predicate ("Khu vực 3:
Cơ quan xã, 7/7 Nhà Văn hóa thôn; 3/3 trường") says nothing about the units. The share written
right after ("(đạt 47,82%)", "chiếm 100%") is the coverage's ``percent`` and is claimed, so it
does not become a separate percentage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from baocao.nlp.context import Sections, context_at, own_criterion, place_before
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.patterns import cues
from baocao.nlp.segment import UPPER, Block
from baocao.normalize.numbers import NUMBER_PATTERN

Span = tuple[int, int]

_WHOLE = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d])(?![.,]\d)"
_INT = r"(?<![\w.,/])" + _WHOLE
_PREPOSITION_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:cho|của|tại|ở|với|trên|so\s+với))\s*$")
_IN_WHICH_BEFORE = re.compile(r"(?i:trong\s+đó)\s*,?\s*(?:(?i:có)\s+)?$")
_WHOLE_STANDARD = re.compile(
    r"(?i:đạt\s+chuẩn\s+(?:(?:xã|thôn|bản|huyện|thị\s+xã)\s+)?(?:nông\s+thôn\s+mới|NTM)"
    r"|hoàn\s+thành\s+nhiệm\s+vụ\s+xây\s+dựng\s+nông\s+thôn\s+mới)"
)
# Criterion numbers between a statement and its share are not other figures.
_CRITERION_WORDS = re.compile(r"(?i:tiêu\s+chí\s+(?:số\s+)?\d{1,2})")
# "…, đạt 85,71% so với kế hoạch năm": a share of a plan, not of the units.
_COMPARED_AFTER = re.compile(r"\s*(?i:so\s+với|vượt)")
# "(xã Quang Phú)", "(Lộc Ninh, Thuận Đức, …)": the units are named one by one.
_NAMED_UNITS_AFTER = re.compile(rf"[^.;()]{{0,60}}?\(\s*(?:(?i:xã|thôn|bản|phường)\s+)?[{UPPER}]")
_REMAINING = re.compile(r"(?i:còn\s+lại)")
_DATE_BEFORE = re.compile(r"(?i:năm|tháng|ngày|quý|đến|giai\s+đoạn)\s*$")
_CRITERION_NAMED = re.compile(r"(?i:tiêu\s+chí\s+(?:số\s+)?\d)")
_DIGIT = re.compile(r"\d|(?i:nào)")  # a number, or "chưa có xã nào đạt"
_CLAUSE_END = re.compile(r"[.;:!?]\s|[;:]|$")
_SHARE = re.compile(r"(?P<value>" + NUMBER_PATTERN + r")\s*%")

#: How far after the counted unit a predicate may come.
PREDICATE_WINDOW = 60
#: The quote runs to the end of the statement's clause when that is this close.
QUOTE_REACH = 120


@cache
def _unit_kind() -> str:
    return cues().pattern("unit_kind")


@cache
def _unit_verb() -> re.Pattern[str]:
    return re.compile(cues().pattern("unit_verb"), re.IGNORECASE)


@cache
def _ratio() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<met>{_INT})\s*/\s*(?P<total>{_WHOLE})\s+(?P<unit>(?i:{_unit_kind()}))"
        rf"|(?P<met2>{_INT})\s+(?i:trong\s+(?:tổng\s+)?(?:số\s+)?)(?P<total2>{_INT})\s+"
        rf"(?P<unit2>(?i:{_unit_kind()}))"
    )


@cache
def _bare() -> re.Pattern[str]:
    # "111 xã đạt …", "39 trường đã được công nhận đạt chuẩn"; "chưa có xã nào đạt"
    return re.compile(
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?P<mods>[^\d.;:()]{{0,40}}?)\s+"
        r"(?i:(?:đã\s+)?(?:được\s+(?:[^\W\d_]+\s+){0,4}?công\s+nhận\s+)?đạt\s+"
        r"(?:chuẩn|tiêu\s+chí|danh\s+hiệu))(?![^\W\d_])"
        rf"|(?i:chưa\s+có\s+)(?P<none>(?i:{_unit_kind()}))\s+(?i:nào)\s+(?i:đạt)"
    )


@cache
def _labelled() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:số\s+)(?P<unit>(?i:{_unit_kind()}))[^:\n]*?(?i:đạt\s+chuẩn)[^:\n]*:\s*"
        rf"(?P<met>{_INT})(?!\s*/)(?:\s+(?i:{_unit_kind()}))?"
    )


@cache
def _labelled_total() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:tổng\s+số\s+)(?P<unit>(?i:{_unit_kind()}))[^:\n]*:\s*(?P<total>{_INT})"
    )


@cache
def _labelled_share() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:tỷ\s+lệ\s+|tỉ\s+lệ\s+)(?P<unit>(?i:{_unit_kind()}))[^:\n]*?(?i:đạt)[^:\n]*:\s*"
        rf"(?P<value>{NUMBER_PATTERN})\s*%"
    )


@dataclass(frozen=True)
class CoverageFinding:
    """The coverage mentions of a document and the spans of the shares they claimed."""

    mentions: tuple[CoverageMention, ...]
    claimed: tuple[Span, ...]


def _clause_end(text: str, at: int, end: int) -> int:
    m = _CLAUSE_END.search(text, at, end)
    return m.start() if m else end


def _has_predicate(text: str, unit_end: int, end: int) -> bool:
    stop = min(_clause_end(text, unit_end, end), unit_end + PREDICATE_WINDOW)
    return _unit_verb().search(text, unit_end, stop) is not None


def _percent_after(text: str, at: int, end: int) -> re.Match[str] | None:
    """The share written right after a coverage statement, in its clause, with no other
    number between them ("… (đạt 47,82%)", "…, chiếm 100%")."""
    stop = min(_clause_end(text, at, end), at + PREDICATE_WINDOW + 40)
    m = _SHARE.search(text, at, stop)
    if m is None or re.search(r"\d", _CRITERION_WORDS.sub("", text[at : m.start()])):
        return None
    if _COMPARED_AFTER.match(text, m.end()):
        return None
    return m


def _criterion_override(text: str, s: int, e: int) -> bool:
    """Whether the sentence is about the whole standard, whatever its section."""
    return bool(_WHOLE_STANDARD.search(text, s, e)) and not _CRITERION_NAMED.search(text, s, e)


def _mention(
    sections: Sections,
    start: int,
    end: int,
    met: str,
    total: str | None,
    unit: str,
    percent: re.Match[str] | None,
    sentence: Span,
    block: Block,
) -> CoverageMention:
    text = sections.text
    ctx = context_at(sections, start, end)
    if _criterion_override(text, *sentence) and own_criterion(text, start, end, *sentence) is None:
        ctx = type(ctx)(**{**ctx.__dict__, "criterion": None})
    clause_end = _clause_end(text, end, sentence[1])
    quote_end = clause_end if clause_end - end <= QUOTE_REACH else end
    if percent is not None:
        quote_end = max(quote_end, percent.end())
    while quote_end > start and text[quote_end - 1] in " ,(":
        quote_end -= 1
    region = place_before(text, block.start, start, window=30)
    return CoverageMention(
        start,
        quote_end,
        text[start:quote_end],
        ctx,
        units_met=met,
        units_total=total,
        unit_kind=" ".join(unit.split()),
        percent=percent.group("value") if percent else None,
        region=region,
    )


def _ratios(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    for m in _ratio().finditer(text, s, e):
        met = m.group("met") or m.group("met2")
        total = m.group("total") or m.group("total2")
        unit = m.group("unit") or m.group("unit2")
        before = text[s : m.start()]
        if _PREPOSITION_BEFORE.search(before):
            continue
        if not (
            _has_predicate(text, m.end(), e)
            or _IN_WHICH_BEFORE.search(before)
            or _lead_predicate(text, block, m.start())
        ):
            continue
        taken.append((m.start(), m.end()))
        percent = _percent_after(text, m.end(), e)
        mention = _mention(sections, m.start(), m.end(), met, total, unit, percent, (s, e), block)
        yield mention, (percent.start("value"), percent.end()) if percent else None


def _lead_predicate(text: str, block: Block, at: int) -> bool:
    """ "Một số huyện có tỷ lệ xã đạt chuẩn cao: huyện Yên Thành 27/31 xã; …": the predicate
    is in the lead before the colon the ratio's list hangs from."""
    colon = text.rfind(":", block.start, at)
    if colon < 0:
        return False
    stop = max(text.rfind(". ", block.start, colon), block.start)
    return _unit_verb_strict().search(text, stop, colon) is not None


@cache
def _unit_verb_strict() -> re.Pattern[str]:
    return re.compile(r"(?i:(?<![^\W\d_])đạt(?![^\W\d_]))")


def _bares(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    for m in _bare().finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("none"):
            yield (
                _mention(
                    sections, m.start(), m.end(), "0", None, m.group("none"), None, (s, e), block
                ),
                None,
            )
            continue
        before = text[s : m.start()]
        if _PREPOSITION_BEFORE.search(before) or _REMAINING.search(m.group("mods") or ""):
            continue
        if _DATE_BEFORE.search(before):
            continue  # "Năm 2020 xã đạt chuẩn …": a year, not a number of communes
        if _NAMED_UNITS_AFTER.match(text, m.end(), e):
            continue  # named communes: recognitions of each, not a count
        total = _total_before(text, s, m.start(), m.group("unit"))
        percent = _percent_after(text, m.end(), e)
        yield (
            _mention(
                sections,
                m.start(),
                m.end(),
                m.group("met"),
                total,
                m.group("unit"),
                percent,
                (s, e),
                block,
            ),
            (percent.start("value"), percent.end()) if percent else None,
        )


def _total_before(text: str, s: int, at: int, unit: str) -> str | None:
    """ "491 trường …, trong đó có 257 trường …": the whole written before "trong đó"."""
    before = text[s:at]
    if not _IN_WHICH_BEFORE.search(before):
        return None
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    found = None
    for m in re.finditer(rf"(?P<total>{_INT})\s+(?i:{unit_re})(?![^\W\d_])", before):
        found = m.group("total")
    return found


def _labelled_blocks(sections: Sections) -> Iterator[tuple[CoverageMention, list[Span]]]:
    """ "Số xã đã được công nhận đạt chuẩn …: 6 xã" with its sibling total and share."""
    text = sections.text
    blocks = sections.blocks
    for block in blocks:
        m = _labelled().search(text, block.body, block.end)
        if m is None or m.start() - block.body > 3:
            continue
        unit = " ".join(m.group("unit").lower().split())
        siblings = [b for b in blocks[max(0, block.index - 3) : block.index + 4] if b is not block]
        total, share, claimed = None, None, []
        for sibling in siblings:
            t = _labelled_total().search(text, sibling.body, sibling.end)
            if t is not None and " ".join(t.group("unit").lower().split()) == unit:
                total = t.group("total")
            p = _labelled_share().search(text, sibling.body, sibling.end)
            if p is not None and " ".join(p.group("unit").lower().split()) == unit:
                share = p
                claimed.append((p.start("value"), p.end()))
        start = block.body
        ctx = context_at(sections, start, m.end())
        mention = CoverageMention(
            start,
            m.end(),
            text[start : m.end()],
            ctx,
            units_met=m.group("met"),
            units_total=total,
            unit_kind=unit,
            percent=share.group("value") if share else None,
        )
        yield mention, claimed


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
    for block in sections.blocks:
        if _DIGIT.search(text, block.start, block.end) is None:
            continue
        for s, e in sections.sentences(block):
            if _DIGIT.search(text, s, e) is None:
                continue
            taken: list[Span] = list(labelled_spans)
            for mention, span in _ratios(sections, block, s, e, taken):
                mentions.append(mention)
                if span:
                    claimed.append(span)
            for mention, span in _bares(sections, block, s, e, taken):
                mentions.append(mention)
                if span:
                    claimed.append(span)
    mentions.sort(key=lambda c: (c.start, c.end))
    return CoverageFinding(tuple(mentions), tuple(claimed))
