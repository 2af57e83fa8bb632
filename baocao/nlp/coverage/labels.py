"""Labels of units reaching the standard and their number (issue 8; the words are cues of
``patterns_cues.toml``).

* a label with its number after "là"/"lên": "Số xã hoàn thành 19 tiêu chí … là 86 xã, chiếm
  57,33%", "nâng tổng số xã đạt chuẩn toàn tỉnh lên 38 xã", "Số xã … là 3/15 xã, tỷ lệ 20%"
  ("Tổng số …" is the whole, and a band label "Số xã đạt từ 15 - 18 tiêu chí" no fact); the
  total an increment raises is a fact ("…, nâng tổng số xã đạt chuẩn lên 45 xã", "lên 44 xã
  /104 xã"), and so is each further total the same verb raises;
* a labelled block: "- Số xã đã được công nhận đạt chuẩn nông thôn mới: 6 xã" with its
  siblings "- Tổng số xã trên địa bàn: 6 xã" (the total) and "- Tỷ lệ xã đạt chuẩn …: 100%"
  (the share);
* group headers of a flattened list titled "Danh sách xã được công nhận đạt chuẩn …":
  "TP VIỆT TRÌ ⏎ (10 xã)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections, context_at
from baocao.nlp.counts import NUMBER_WORDS, words_value
from baocao.nlp.coverage.common import (
    _CRITERIA_NUMBER,
    _INT,
    _WHOLE,
    Span,
    _claim,
    _is_taken,
    _reaches,
    _same_unit,
    _standard_cue,
    _unit_kind,
    _whole_set,
)
from baocao.nlp.coverage.statement import _mention, _own_scheme, _percent_after
from baocao.nlp.coverage.whole import _total_before
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import Block
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.patterns import cues
from baocao.vocab.shortforms import CRITERION_WORD


@cache
def _inline_label() -> re.Pattern[str]:
    # "Số xã hoàn thành 19 tiêu chí … là 86 xã", "nâng tổng số xã đạt chuẩn … lên 38 xã",
    # "Số xã đã được công nhận … là 3/15 xã"
    unit = _unit_kind()
    return re.compile(
        rf"(?:(?:{cues().pattern('unit_label')})\s+"
        # a line of a grouped list that opens with the units themselves and gives their
        # number after a colon: "Xã đạt 19 tiêu chí: 30", "- Nhóm 1: Xã đạt đủ 19 tiêu chí: 8"
        r"|(?P<line>(?m:^)[ \t]*(?:[-+•*][ \t]*)?(?:(?i:nhóm)[ \t]+\d{1,2}[ \t]*[:.][ \t]*)?)"
        rf"(?=(?i:{unit})\s+(?:(?i:đã|đều)\s+)?(?i:đạt|hoàn\s+thành|được)(?![^\W\d_])))"
        rf"(?P<unit>(?i:{unit}))(?![^\W\d_])"
        r"(?P<label>[^.;:!?\n]{0,100}?)(?:\s+(?i:là|lên)\s+|\s*(?P<colon>:)\s*)"
        # "là 57xã": the unit may be written against the number; "là 19%" is a rate, no count
        # (or in words: "nâng tổng số xã đạt chuẩn lên chín xã", "lên năm xã": five)
        rf"(?P<met>{_INT}|{NUMBER_WORDS})(?!\d)(?![\d,.]*\s*%)(?:\s*/\s*(?P<total>{_WHOLE}))?(?:\s*(?i:{unit}))?(?![^\W\d_])"
        # "lên 44 xã /104 xã": the whole after the unit
        rf"(?:\s*/\s*(?P<total_after>{_WHOLE})\s+(?P=unit)(?![^\W\d_]))?"
    )


# "Tổng số đơn vị thực hiện xây dựng NTM là 10": the whole, unless the label says they reach
# something ("Tổng số xã đạt chuẩn NTM là 45 xã").
_TOTAL_LABEL = re.compile(r"(?i:(?<!nâng\s)(?<!đưa\s)tổng)\s*$")


#: A day or month a label dates its units by ("… đạt chuẩn tính đến cuối tháng 6 năm 2018 là
#: 30/40 xã", "… đến ngày 30/6/2016 là …", "tính đến 6/2016"): no number of criteria.
_DATES = re.compile(
    r"(?i:(?<![^\W\d_])(?:ngày|tháng))\s+\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s*/\s*(?:19|20)\d\d)?(?!\d)"
    r"|(?<![\d/])\d{1,2}\s*/\s*(?:19|20)\d\d(?!\d)"
)


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)")


# "đạt 19 tiêu chí", "đạt đủ 19/19 tiêu chí", "hoàn thành 19 tiêu chí" in a label (a band is
# told from the whole set by ``_whole_set``)
_WHOLE_SET_REACHED = re.compile(
    r"(?i:(?<![^\W\d_])(?:đạt|hoàn\s+thành)\s+(?:đủ\s+)?(?:các\s+)?)\d{1,2}(?:\s*/\s*\d{1,2})?"
    r"\s+(?i:tiêu\s+chí)"
)


# "Tổng số xã đạt (chuẩn) tiêu chí số 2 về giao thông là 10/12 xã": a label of one numbered
# criterion reached (its number read by the mention's context)
_ONE_CRITERION_LABEL = re.compile(
    r"\s*(?:(?i:đã|đều)\s+)?(?:(?i:được\s+công\s+nhận)\s+)?(?i:đạt|hoàn\s+thành)\s+"
    rf"(?:(?i:chuẩn)\s+)?(?i:tiêu\s+chí|{CRITERION_WORD})\s+(?:(?i:số)\s+)?\d{{1,2}}"
    r"(?![\d/])[^\d]{0,60}"
)


def _label_is_standard(label: str) -> bool:
    """A label of units reaching the standard ("… hoàn thành 19 tiêu chí xây dựng NTM"),
    not of a band ("… đạt từ 15 - 18 tiêu chí"); the whole set of criteria reached names
    the standard too ("Số xã đạt 19 tiêu chí: 30 xã")."""
    if not (_standard_cue().search(label) or _WHOLE_SET_REACHED.search(label)):
        return False
    rest = _YEARS.sub(" ", _DATES.sub(" ", label))
    for m in _CRITERIA_NUMBER.finditer(rest):
        if not _whole_set(m.group(1), m.group(2)):
            return False
        rest = rest.replace(m.group(), " ")
    return re.search(r"\d", rest) is None


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


@cache
def _raised_total() -> re.Pattern[str]:
    # "…, nâng tổng số lên 120 xã", "nâng tổng số đạt chuẩn NTM lên 26 xã": the unit after
    # the number, the standard (if any) written before "lên" without a unit
    return re.compile(
        r"(?i:(?:nâng|đưa)\s+(?:tổng\s+)?số\s+"
        rf"(?:(?:{cues().pattern('reach_verb', 'finish', 'standard')})(?:\s+[^\W\d_]+){{0,4}}?\s+)?"
        r"(?:lên|là)\s+"
        # "…, nâng tổng số 95 xã nông thôn mới": the number right after "tổng số", the
        # standard written after the unit
        r"|(?:nâng|đưa)\s+tổng\s+số\s+(?=\d[\d.]*(?:\s*/\s*\d[\d.]*)?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+"
        rf"(?:{cues().pattern('reach_verb', 'finish', 'standard')}"
        rf"|{cues().pattern('unit_standard')}))"
        # "(lũy kế 15 xã)", "lũy kế đến nay có 12/16 xã": the running total reached
        rf"|(?:{cues().pattern('cumulative_total')})\s*,?\s+"
        r"(?:(?:đến|tới)\s+(?:nay|(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d\d)\s*,?\s+)?"
        r"(?:(?:toàn\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố)\s+)?(?:có|là|đạt|được)\s+)?)"
        # (the total in figures or in words: "nâng tổng số xã đạt chuẩn lên chín xã")
        rf"(?P<met>{_INT}|{NUMBER_WORDS})(?:\s*/\s*(?P<total>{_WHOLE}))?\s+"
        rf"(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _figures(written: str) -> str | None:
    """A count as figures: as written, or the value of its words (None: words no count)."""
    if written[0].isdigit():
        return written
    value = words_value(written)
    return str(value) if value else None


def _labels(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Số xã hoàn thành 19 tiêu chí xây dựng NTM là 86 xã, chiếm 57,33%", "nâng tổng số xã
    đạt chuẩn toàn tỉnh lên 38 xã": a label of units reaching the standard and its number."""
    text = sections.text
    for m in _inline_label().finditer(text, s, e):
        if _is_taken(m.start("met"), taken):
            continue
        met = _figures(m.group("met"))
        if met is None:
            continue
        label = m.group("label")
        one_criterion = _ONE_CRITERION_LABEL.fullmatch(label) is not None
        if not (_label_is_standard(label) or one_criterion):
            continue
        if m.group("line") is not None and m.group("colon") is None:
            continue  # a line opening with its units reads as a label only before a colon
        if (
            _TOTAL_LABEL.search(text, s, m.start())
            and not _reaches(label)
            and not _WHOLE_SET_REACHED.search(label)
            and not one_criterion
        ):
            continue  # "Tổng số xã là 12": the whole (not "Tổng số xã đạt 19/19 tiêu chí là …")
        taken.append((m.start(), m.end()))
        total = (
            m.group("total")
            or m.group("total_after")
            or _total_before(text, s, m.start(), m.group("unit"))
        )
        percent = _percent_after(text, m.end(), e)
        mention = _own_scheme(
            sections,
            _mention(
                sections,
                m.start("met"),
                m.end(),
                met,
                total,
                m.group("unit"),
                percent,
                (s, e),
                block,
                unit_at=(m.start("unit"), m.start("met")),
                quote_start=m.start(),
            ),
            m.start(),
            m.start("met"),
        )
        yield mention, _claim(percent)
        yield from _more_raised(sections, block, (s, e), m, mention, taken)
    if not _standard_cue().search(text, s, e):
        return
    for m in _raised_total().finditer(text, s, e):
        if _is_taken(m.start("met"), taken):
            continue
        met = _figures(m.group("met"))
        if met is None:
            continue
        taken.append((m.start(), m.end()))
        percent = _percent_after(text, m.end(), e)
        mention = _mention(
            sections,
            m.start("met"),
            m.end(),
            met,
            m.group("total"),
            m.group("unit"),
            percent,
            (s, e),
            block,
            unit_at=m.span("unit"),
            quote_start=m.start(),
        )
        yield mention, _claim(percent)


@cache
def _more_raised_pattern() -> re.Pattern[str]:
    # "…lên 25 xã, xã NTM kiểu mẫu lên 6 xã", "…, số xã NTM kiểu mẫu lên 6 xã": the next total
    # the same verb raises
    unit = _unit_kind()
    return re.compile(
        rf"\s*(?:,|;|\s(?i:và))\s*(?:(?i:số)\s+)?(?P<unit>(?i:{unit}))(?![^\W\d_])"
        r"(?P<label>[^.;:!?,\d\n]{0,60}?)\s+(?i:lên|là)\s+"
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?(?:\s+(?i:{unit}))?(?![^\W\d_])"
    )


def _more_raised(
    sections: Sections,
    block: Block,
    sentence: Span,
    first: re.Match[str],
    stated: CoverageMention,
    taken: list[Span],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "nâng tổng số xã đạt chuẩn NTM nâng cao lên 25 xã, xã NTM kiểu mẫu lên 6 xã": each
    further total the label's verb raises, with its own scheme (or the first one's)."""
    if not re.match(r"(?i:nâng|đưa)", first.group()):
        return
    text = sections.text
    at = first.end()
    while (m := _more_raised_pattern().match(text, at, sentence[1])) is not None:
        if _is_taken(m.start("met"), taken):
            return
        taken.append((m.start("unit"), m.end()))
        percent = _percent_after(text, m.end(), sentence[1])
        mention = _mention(
            sections,
            m.start("met"),
            m.end(),
            m.group("met"),
            m.group("total"),
            m.group("unit"),
            percent,
            sentence,
            block,
            unit_at=(m.start("unit"), m.start("met")),
            quote_start=m.start("unit"),
        )
        own = sections.found("scheme", m.start("unit"), m.start("met"))
        scheme = own[-1][2] if own else stated.context.scheme
        yield replace(mention, context=replace(mention.context, scheme=scheme)), _claim(percent)
        at = m.end()


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
        if share is None:
            # "- Số xã đạt chuẩn NTM: 118 xã, chiếm 83,5%": the line's own share
            share = _percent_after(text, m.end(), block.end)
            if share is not None:
                claimed.append((share.start("value"), share.end()))
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


@cache
def _list_title() -> re.Pattern[str]:
    # "Danh sách xã được công nhận đạt chuẩn nông thôn mới …"
    return re.compile(
        rf"(?:{cues().pattern('units_list')})\s+(?:(?i:các)\s+)?(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        r"[^\n]{0,60}?(?i:đạt\s+chuẩn|công\s+nhận)"
    )


@cache
def _group_header() -> re.Pattern[str]:
    # "TP VIỆT TRÌ" ⏎ "(10 xã)": a group of a flattened list table, with its number of units;
    # a scan's OCR may read the two lines as two paragraphs (a blank line between)
    return re.compile(
        rf"^(?P<name>[{CAPITALS}][{CAPITALS}. \t]{{1,40}}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
        rf"\((?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))\)[ \t]*$",
        re.MULTILINE,
    )


def _group_headers(sections: Sections) -> Iterator[CoverageMention]:
    """The groups of a list of units reaching the standard ("Danh sách xã được công nhận
    đạt chuẩn …", then "TP VIỆT TRÌ ⏎ (10 xã)", "LÂM THAO ⏎ (12 xã)"): each group's units
    reach what the list's title says, in the place the group names."""
    text = sections.text
    title = _list_title().search(text)
    if title is None:
        return
    for m in _group_header().finditer(text, title.end()):
        if not _same_unit(m.group("unit"), title.group("unit")):
            continue
        ctx = replace(context_at(sections, m.start("met"), m.end()), criterion=None)
        yield CoverageMention(
            m.start(),
            m.end(),
            text[m.start() : m.end()],
            ctx,
            units_met=m.group("met"),
            units_total=None,
            unit_kind=" ".join(m.group("unit").split()),
            region=" ".join(m.group("name").split()),
        )


@cache
def _count_with_share() -> re.Pattern[str]:
    # "Về xã đạt chuẩn NTM, toàn tỉnh có 118 xã, chiếm 83,5%", "Về đích NTM có 118 xã (chiếm
    # 83,5%)": units counted with their share after a predicate written before them
    return re.compile(
        r"(?:(?<![^\W\d_])(?i:có|là|được)\s+|:\s*)"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        r"(?=\s*(?:,|\()\s*(?i:chiếm|bằng)\s+(?:(?i:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
        rf"{NUMBER_PATTERN}\s*%)"
    )


#: A criterion named by its number in a label ("Số xã đạt tiêu chí số 2 …").
_CRITERION_NUMBERED = re.compile(rf"{CRITERION_WORD}\s+(?i:số\s+)?\d{{1,2}}(?!\s*/)")


def _shares_after_standard(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """A count of units with its share, the standard they reach written before them in the
    sentence with no other figure but years between ("Về xã đạt chuẩn nông thôn mới, toàn
    tỉnh có 118 xã, chiếm 83,5%"; FACTS.md: coverage, the share its ``percent_stated``)."""
    text = sections.text
    for m in _count_with_share().finditer(text, s, e):
        if _is_taken(m.start("met"), taken):
            continue
        label = text[s : m.start()]
        if not (_reaches(label) and _label_is_standard(label)):
            continue
        percent = _percent_after(text, m.end(), e)
        if percent is None:
            continue
        taken.append((m.start("met"), m.end()))
        mention = _mention(
            sections,
            m.start("met"),
            m.end(),
            m.group("met"),
            _total_before(text, s, m.start(), m.group("unit")),
            m.group("unit"),
            percent,
            (s, e),
            block,
            unit_at=m.span("unit"),
        )
        if not _CRITERION_NUMBERED.search(label):
            # the standard as a whole, which the words before the units name
            mention = replace(mention, context=replace(mention.context, criterion=None))
        yield _own_scheme(sections, mention, s, m.start("met")), _claim(percent)
