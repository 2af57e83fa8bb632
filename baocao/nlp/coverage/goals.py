"""Goals and forecasts of units reaching the standard; goals stated with a count are kept and
marked by their context ("phấn đấu có thêm 15 xã đạt chuẩn …").

* a forecast with its predicate left out ("Dự kiến đến hết năm 2019, sẽ có thêm 3 xã.", when
  its paragraph speaks of the standard);
* the whole set reached for units named after it ("phấn đấu hoàn thành 19 tiêu chí … đối với
  5 xã"), and the units left, aiming at it ("Còn lại 4 xã … phấn đấu … hoàn thành 19 tiêu
  chí");
* a registration stated with its units after it ("Đăng ký đạt chuẩn NTM năm 2024 có 12 xã");
* the goal a result is said to beat or meet, written with its count ("78 xã đạt chuẩn, vượt
  chỉ tiêu giai đoạn 2016 - 2020 (chỉ tiêu là 61 xã)"): the goal's own coverage, marked;
* a count an estimate gives after a count reached in the same sentence ("… số xã đạt chuẩn
  là 27, ước đến hết năm là 36 xã", "… có 7 xã đạt chuẩn, dự kiến cuối năm có 9 xã"): the
  same statement at a later time, its unit the first's unless written, marked as a goal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.nlp.context import Sections
from baocao.nlp.coverage.common import (
    _INT,
    _WHOLE,
    _WHOLE_STANDARD,
    Span,
    _claim,
    _is_taken,
    _reaches,
    _standard_cue,
    _unit_kind,
    _whole_set,
)
from baocao.nlp.coverage.statement import _count_mention, _mention, _own_scheme, _percent_after
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import Block
from baocao.vocab.patterns import cues


@cache
def _registration_label() -> re.Pattern[str]:
    # "Đăng ký đạt chuẩn NTM năm 2024 có 12 xã", "Năm 2025, đăng ký xã NTM nâng cao gồm 4
    # xã": a registration opening its sentence (perhaps after its year), its units after it
    return re.compile(
        r"(?P<lead>[\s*\-–+•]*(?:(?i:năm)\s+(?:19|20)\d{2}\s*,\s*)?)"
        r"(?P<label>(?i:đăng\s+ký)\s[^.;:!?\n\d]{0,80}?(?:(?i:năm)\s+(?:19|20)\d{2})?)"
        r"(?:\s+(?i:có|là|gồm)\s+|\s*:\s*)"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _registrations(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """A registration stated with its units after it ("Đăng ký đạt chuẩn nông thôn mới năm
    2024 có 12 xã"): FACTS.md, a registration stated on its own is coverage with ``target``
    (the goal cue "đăng ký" marks it, its year is the goal's)."""
    text = sections.text
    m = _registration_label().match(text, s, e)
    if m is None or _is_taken(m.start("met"), taken):
        return
    if not _standard_cue().search(m.group("label")):
        return
    taken.append((m.start("label"), m.end()))
    percent = _percent_after(text, m.end(), e)
    mention = _count_mention(
        sections, block, (s, e), m, percent=percent, quote_start=m.start("label")
    )
    yield _own_scheme(sections, mention, m.start("label"), m.start("met")), _claim(percent)


@cache
def _forecast() -> re.Pattern[str]:
    # "Dự kiến đến hết năm 2019, sẽ có thêm 3 xã.": units to reach what the text is about,
    # the predicate left out
    return re.compile(
        rf"(?:{cues().pattern('forecast')})\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])(?=\s*(?:[.;,]|$))"
    )


@cache
def _standard_for() -> re.Pattern[str]:
    # "phấn đấu hoàn thành 19 tiêu chí xây dựng NTM đối với 5 xã": the standard first, the
    # units it is reached for after it
    return re.compile(
        r"(?i:hoàn\s+thành|đạt)\s+(?:(?i:đủ|các)\s+)?(?P<cm>\d{1,2})(?:\s*/\s*(?P<co>\d{1,2}))?"
        r"\s+(?i:tiêu\s+chí)[^.;:\d]{0,60}?\s(?i:đối\s+với|cho)\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _standards_for(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "ngoài xã A, phấn đấu hoàn thành 19 tiêu chí đối với 5 xã": the whole set reached by
    5 units (a goal where the sentence sets one), not a count of the place named before."""
    text = sections.text
    for m in _standard_for().finditer(text, s, e):
        if _is_taken(m.start("met"), taken) or not _whole_set(m.group("cm"), m.group("co")):
            continue
        taken.append(m.span("met"))
        yield _count_mention(sections, block, (s, e), m, start=m.start()), None


@cache
def _standard_first() -> re.Pattern[str]:
    # "đến năm 2030 đạt chuẩn 50 xã", "phấn đấu xây dựng 12 xã nông thôn mới năm 2026": the
    # standard (or building to it) written before the units that reach it
    unit = _unit_kind()
    return re.compile(
        rf"(?P<how>(?i:đạt\s+chuẩn)|(?i:xây\s+dựng(?:\s+thành\s+công)?)"
        # "hoàn thành các tiêu chí của 3 xã: A, B, C", "hoàn thành đủ 19 tiêu chí NTM cho 2
        # xã": the whole set finished, the units it is finished for after it
        r"|(?i:hoàn\s+thành\s+(?:(?:đủ|các|toàn\s+bộ|tất\s+cả)\s+)?(?:các\s+)?"
        r"(?:(?P<cm>\d{1,2})(?:\s*/\s*(?P<co>\d{1,2}))?\s+)?tiêu\s+chí"
        r"(?:\s+(?:nông\s+thôn\s+mới|NTM))?\s+(?:của|cho)))\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{unit}))(?![^\W\d_])"
        r"(?P<standard>\s+(?i:đạt\s+chuẩn\s+)?(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_]))?"
        r"(?=\s*(?:[.;,):]|$|\s(?i:năm|nâng|kiểu|trong|vào|và|là|gồm)(?![^\W\d_])))"
    )


#: A goal's word earlier in the sentence: building units to the standard is a goal only so.
_GOAL_EARLIER = re.compile(r"(?i:phấn\s+đấu|mục\s+tiêu|kế\s+hoạch|dự\s+kiến)")


def _standards_first(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Năm 2030 đạt chuẩn 50 xã", "phấn đấu xây dựng 12 xã nông thôn mới", "hoàn thành các
    tiêu chí của 3 xã": K units reaching the standard (or its whole set) written after it.
    "xây dựng K xã" reaches it only when the standard follows the units and a goal's word
    comes before ("xây dựng 3 xã" alone is building in them)."""
    text = sections.text
    for m in _standard_first().finditer(text, s, e):
        if _is_taken(m.start("met"), taken) or not _whole_set(m.group("cm"), m.group("co")):
            continue  # (or a band: "hoàn thành 15 tiêu chí của 2 xã")
        if m.group("how").lower().startswith("xây") and not (
            m.group("standard") and _GOAL_EARLIER.search(text, s, m.start())
        ):
            continue
        taken.append(m.span("met"))
        yield _count_mention(sections, block, (s, e), m, start=m.start()), None


def _forecasts(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Dự kiến đến hết năm 2019, sẽ có thêm 3 xã.": a forecast of units reaching the
    standard its paragraph (or the one before) speaks of, with no predicate of its own."""
    text = sections.text
    for m in _forecast().finditer(text, s, e):
        if _is_taken(m.start("met"), taken):
            continue
        lo = block.start
        if not text[block.body : s].strip() and block.index > 0:
            lo = sections.blocks[block.index - 1].start  # it opens its paragraph
        spoken = text[lo : m.start()]
        if not (_WHOLE_STANDARD.search(spoken) or _reaches(spoken)):
            continue
        taken.append(m.span("met"))
        yield _count_mention(sections, block, (s, e), m), None


@cache
def _left_aiming_pattern() -> re.Pattern[str]:
    # "Còn lại 4 xã là A, B (huyện X); C, D (huyện Y) đang hoàn thiện các tiêu chí chưa đạt,
    # phấn đấu trong năm nay sẽ hoàn thành 19 tiêu chí": the units left, aiming at the whole
    # set or the standard (whatever they are busy with between)
    return re.compile(
        rf"(?:{cues().pattern('unit_left')})(?:\s+(?i:lại))?\s+(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))"
        # (no other figure between: "còn 3 xã đạt dưới 15 tiêu chí; phấn đấu có thêm 5 xã …"
        # is two statements)
        r"(?![^\W\d_])[^\d.!?\n]{0,250}?"
        rf"(?<![^\W\d_])(?P<goal>{cues().pattern('goal')})(?![^\W\d_])[^\d.;!?\n]{{0,40}}?\s"
        r"(?i:(?:sẽ\s+)?(?:hoàn\s+thành\s+(?:(?:các|đủ)\s+)?(?:\d{1,2}\s+)?tiêu\s+chí"
        r"|đạt\s+chuẩn|về\s+đích))(?![^\W\d_])"
    )


def _left_aiming(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Còn lại 4 xã … đang hoàn thiện các tiêu chí chưa đạt, phấn đấu trong năm nay sẽ hoàn
    thành 19 tiêu chí": a goal of the units left, however long the names and the work
    between them and their goal."""
    text = sections.text
    # the names of the units left may be grouped by semicolons: the whole sentence
    whole = next((b for a, b in sections.sentences(block, semicolons=False) if a <= s < b), e)
    for m in _left_aiming_pattern().finditer(text, s, max(e, whole)):
        if m.start("met") >= e or _is_taken(m.start("met"), taken):
            continue
        taken.append((m.start("met"), m.end()))
        mention = _count_mention(sections, block, (s, max(e, m.end())), m)
        goal = mention.context.goal or m.group("goal")  # the goal may lie past a semicolon
        yield replace(mention, context=replace(mention.context, criterion=None, goal=goal)), None


@cache
def _estimate_after() -> re.Pattern[str]:
    """ ", ước thực hiện đến hết năm 2018 là 36 xã", "; dự kiến cuối năm có 40/52 xã": an
    estimate's count after a count reached, in the same sentence (its words may hold a year,
    no other figure); the unit may be left to the count before."""
    return re.compile(
        rf"\s*[,;]\s*(?:(?i:và|còn)\s+)?(?P<cue>{cues().pattern('estimate')})(?![^\W\d_])"
        r"(?P<label>(?:[^.;:!?\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)"
        r"\s+(?:(?i:là|lên|có|đạt|sẽ\s+có|sẽ\s+đạt)\s+)?"
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?"
        rf"(?:\s*(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])|(?=\s*(?:[,.;)]|$)))"
    )


def _estimates_after(
    sections: Sections,
    block: Block,
    sentence: Span,
    taken: list[Span],
    found: list[tuple[CoverageMention, Span | None]],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Tính đến tháng 6, số xã đạt chuẩn là 27, ước đến hết năm là 36 xã": the count an
    estimate gives after a count reached in its sentence, an estimate of a later state
    (marked as a goal, with its own year) of the same standard, in the unit of the count
    before it unless it names its own."""
    text = sections.text
    s, e = sentence
    stated = sorted((c for c, _ in found if s <= c.start < e), key=lambda c: c.start)
    for m in _estimate_after().finditer(text, s, e):
        if _is_taken(m.start("met"), taken):
            continue
        before = [c for c in stated if c.start < m.start()]
        if not before:
            continue
        unit = m.group("unit") or before[-1].unit_kind
        taken.append((m.start("cue"), m.end()))
        mention = _mention(
            sections,
            m.start("met"),
            m.end(),
            m.group("met"),
            m.group("total"),
            unit,
            None,
            sentence,
            block,
            unit_at=(m.start("unit"), m.end("unit")) if m.group("unit") else None,
            quote_start=m.start("cue"),
        )
        goal = mention.context.goal or " ".join(m.group("cue").split())
        context = replace(  # the same statement at a later time: its criterion and scheme
            mention.context,
            goal=goal,
            criterion=before[-1].context.criterion,
            scheme=before[-1].context.scheme,
        )
        yield replace(mention, context=context), None


#: The goal a result beats or meets, then its count: "vượt chỉ tiêu giai đoạn 2016 - 2020
#: (chỉ tiêu là 61 xã)", "vượt kế hoạch năm 2019 là 12 xã", "hoàn thành mục tiêu đề ra (mục
#: tiêu là 9 xã)".
_GOAL_WORD = r"(?i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)"


@cache
def _goal_met() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:vượt|đạt|hoàn\s+thành)\s+(?P<goal>{_GOAL_WORD})"
        r"(?P<label>(?:[^.;:()\d]|(?:19|20)\d{2}){0,60}?)"
        rf"\s*(?:\(\s*{_GOAL_WORD}\s+(?:(?i:đề\s+ra)\s+)?)?(?i:là)\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


@cache
def _assigned_goal_met() -> re.Pattern[str]:
    # "vượt chỉ tiêu 15 xã do Thủ tướng Chính phủ giao", "đạt kế hoạch 20 xã tỉnh giao": the
    # goal's count right after its word, then who set it (not "vượt chỉ tiêu 5 xã", a margin)
    return re.compile(
        rf"(?i:vượt|đạt|hoàn\s+thành)\s+(?P<goal>{_GOAL_WORD})\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        r"(?=\s+(?:(?i:do|mà|được)\s+)?[^.;:()\d]{0,50}?(?i:giao|đề\s+ra)(?![^\W\d_]))"
    )


def _goals_met(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """The goal a result of units reaching the standard is said to beat or meet, with its
    count ("… có 78 xã đạt chuẩn NTM, vượt chỉ tiêu giai đoạn 2016 - 2020 (chỉ tiêu là 61
    xã)"): a goal stated on its own terms (FACTS.md: coverage with ``target``), of the time
    its words name (the phase's end), else the result's."""
    text = sections.text
    found = [*_goal_met().finditer(text, s, e), *_assigned_goal_met().finditer(text, s, e)]
    for m in found:
        if _is_taken(m.start("met"), taken):
            continue
        said = text[s : m.start()]
        if not (_WHOLE_STANDARD.search(said) or _reaches(said)):
            continue
        taken.append(m.span("met"))
        mention = _count_mention(
            sections, block, (s, e), m, start=m.start("met"), quote_start=m.start("goal")
        )
        context = replace(mention.context, goal=" ".join(m.group("goal").split()))
        yield replace(mention, context=context), None
