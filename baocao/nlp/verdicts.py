"""Verdicts: a subject meets or fails one numbered criterion.

Three ways reports say it:

* an assessment line under a criterion heading — "Tiêu chí số 3 - Thủy lợi:" … "Kết quả tự
  đánh giá: Đạt." — or on the heading line itself ("Tiêu chí số 5 - Trường học: Đạt");
* a list of criteria after a verdict word — "Các tiêu chí chưa đạt chuẩn tại xã A: Tiêu chí
  số 7 (…); Tiêu chí số 6 (…)", or by name: "Các tiêu chí chưa đạt … như: Đường giao thông;
  Văn hóa; Nước sạch tập trung";
* a place with a verdict on a numbered criterion: "xã Quang Trung chưa đạt tiêu chí số 7";
  several communes, one verdict each ("xã A và xã B chưa đạt tiêu chí số 7", "Đối với xã A và
  xã B, huyện phấn đấu hoàn thành tiêu chí số 17 …").

A list may also be led by its verdict ("Xã A chưa đạt các tiêu chí: …") or by its count
("còn 2 tiêu chí chưa đạt là giao thông và thu nhập", kept only when it names as many); its
last item after "và" is two items when both halves name different criteria ("nhà ở dân cư
và thu nhập"), one when they do not ("Giáo dục và Đào tạo"). A verdict whose sentence names
no place takes the place its list lead or heading is named for ("1. Xã Hòa Phú:" over
"- Tiêu chí số 2 - Giao thông: Đạt."), through its context.

Names stay names here; :mod:`baocao.normalize.facts` maps them to numbers in the report's
criteria set, using the document's own glosses ("Văn hóa (Trung tâm văn hóa xã; …)", see
:func:`find_glosses`) before the national lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections, context_at, place_before
from baocao.nlp.counts import COUNT_WORDS, NUMBER_WORDS, communes_before, words_value
from baocao.nlp.mentions import CriterionGloss, VerdictMention
from baocao.nlp.segment import BlockKind
from baocao.vocab.criteria import (
    CRITERIA_SETS,
    LARGEST_SET,
    criterion_by_topic,
    criterion_count,
    criterion_number,
    topic_spans,
)
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN
from baocao.vocab.shortforms import CRITERION_WORD

_ASSESSMENT = (
    r"(?i:(?:kết\s+quả(?:\s+(?:tự\s+)?(?:đánh\s+giá|thẩm\s+định|rà\s+soát))?"
    r"|(?:tự\s+)?(?:đánh\s+giá|thẩm\s+định|rà\s+soát))"
    r"(?:\s+tiêu\s+chí)?(?:\s+(?:của|tại)\s+[^:\n]{1,40}?)?\s*:\s*)"
)
_CRITERION_NUMBER = rf"{CRITERION_WORD}\s+(?i:số\s+)?(?P<number>\d{{1,2}})(?!\d)(?!\s*/)"
# After the verdict word: the end of the statement, not more words ("đạt 100% …").
_VERDICT_END = r"(?=\s*(?:[.;,)(]|\*|$))"
# The separators of a list of criteria, outside parentheses.
_ITEM_NUMBER = re.compile(_CRITERION_NUMBER)
_TRAILING = re.compile(r"[\s.…;,:*]+$")
_LEADING = re.compile(r"^[\s\-–+*•]+")
_PAREN = re.compile(r"\s*\([^()]*\)")
#: An item that is a number alone ("9", "số 16 (Văn hóa)"), after a list's numbered item
#: ("tiêu chí số 4, 9 và 16"): a criterion of the same list, numbered once for them all.
_BARE_NUMBER = re.compile(r"(?:(?i:số)\s+)?(?P<number>\d{1,2})(?:\s*\([^()]*\))?")
# Cheap test before the verdict patterns, whose leading alternations are slow to scan.
# (a cheap test before the costly patterns: "tiêu chí", or "TC số 1" written short)
_TIEU_CHI = re.compile(rf"[Tt][Ii][Êê][Uu]\s+[Cc][Hh][Íí]|{CRITERION_WORD}")
#: A criterion name in a list is short; longer items are prose, not names.
MAX_NAME_WORDS = 7


@cache
def _assessment() -> re.Pattern[str]:
    return re.compile(_ASSESSMENT + r"(?P<verdict>" + cues().verdict_pattern + ")" + _VERDICT_END)


@cache
def _heading_verdict() -> re.Pattern[str]:
    # "Tiêu chí số 5 - Trường học: Đạt" — a name of a few words, then the verdict
    return re.compile(
        _CRITERION_NUMBER
        + r"[^\n:.;]{0,80}?:\s*(?P<verdict>"
        + cues().verdict_pattern
        + ")"
        + _VERDICT_END
    )


@cache
def _list_lead() -> re.Pattern[str]:
    # "Các tiêu chí chưa đạt chuẩn tại xã A:" / "các tiêu chí còn nợ gồm:"
    return re.compile(
        r"(?i:tiêu\s+chí)(?:\s+[^\W\d_]+){0,3}?\s+(?P<verdict>"
        + cues().verdict_pattern
        + r")(?P<middle>[^:.;\n]{0,120}?)\s*:\s*",
        re.IGNORECASE,
    )


_UNIT_WORD = r"(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị|địa\s+phương)(?![^\W\d_])"
_FIGURE = r"\d{1,3}(?:\.\d{3})*"
#: After a list of criteria: the number of units meeting them all ("…: A, B đều đạt ở 112
#: xã", "…: A, B có 90/112 xã đạt") — coverage of each criterion (coverage/counts.py), no verdict.
UNITS_MEET_AFTER = re.compile(
    r"\s*,?\s*(?:(?i:đều|cùng|đã)\s+)*(?:(?i:đạt)(?:\s+(?i:chuẩn))?\s+(?i:ở|tại)\s+"
    rf"(?P<k>{_FIGURE})(?:\s*/\s*(?P<n>{_FIGURE}))?\s+(?P<unit>{_UNIT_WORD})"
    rf"|(?i:có)\s+(?P<k2>{_FIGURE})(?:\s*/\s*(?P<n2>{_FIGURE}))?\s+(?P<unit2>{_UNIT_WORD})"
    r"\s+(?:(?i:đều|cùng|đã)\s+)*(?i:đạt)(?![^\W\d_]))"
)


@cache
def _degree_after_verdict() -> re.Pattern[str]:
    # "các tiêu chí đạt cao như: …", "tiêu chí đạt còn thấp: …" (cue ``criteria_degree``): how
    # well the criteria are met across units, no verdict of the place on each
    return re.compile(
        r"\s*(?:(?i:rất|khá|còn|ở\s+mức|tương\s+đối)\s+)?"
        rf"(?:{cues().pattern('criteria_degree')})"
    )


@cache
def _degree() -> re.Pattern[str]:
    # "Một số tiêu chí đạt chất lượng cao như:", "tiêu chí đạt còn ở mức thấp so với cả
    # nước:": a lead that judges how well the criteria are met, or compares them
    return re.compile(cues().pattern("verdict_degree"), re.IGNORECASE)


@cache
def _verdict_first_lead() -> re.Pattern[str]:
    # "Xã A chưa đạt các tiêu chí: …", "còn 2 tiêu chí chưa đạt là giao thông và thu nhập"
    return re.compile(
        r"(?P<verdict>"
        + cues().verdict_pattern
        + r")\s+(?:(?i:các)\s+)?(?i:tiêu\s+chí)(?:\s+(?i:sau))?\s*:\s*"
        + r"|(?<![\w.,/])(?P<count>\d{1,2}|"
        + COUNT_WORDS
        + r")\s+(?i:tiêu\s+chí)\s+(?P<verdict2>"
        + cues().verdict_pattern
        + r")(?:\s+(?i:là|gồm)\s*:?|\s*:)\s*"
        # "còn thiếu 2 tiêu chí là môi trường và an ninh", "còn nợ 3 tiêu chí gồm: …", "chưa
        # đạt 02 tiêu chí: tiêu chí số 5 (…) và …" (a colon for "là": the count checks the list)
        + r"|(?P<verdict3>"
        + cues().verdict_pattern
        # "đạt thêm 5 tiêu chí gồm …" (a goal), "chưa hoàn thành cả 2 tiêu chí là …"
        + r")\s+(?:(?i:thêm|cả)\s+)?(?P<count3>\d{1,2}|"
        + COUNT_WORDS
        + r")\s+(?i:tiêu\s+chí)(?:\s+(?i:là|gồm)\s*:?|\s*:)\s*",
        re.IGNORECASE,
    )


@cache
def _inline() -> re.Pattern[str]:
    # "xã Quang Trung chưa đạt tiêu chí số 7"
    return re.compile(
        r"(?P<verdict>" + cues().verdict_pattern + r")\s+" + _CRITERION_NUMBER, re.IGNORECASE
    )


@cache
def _place() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


def _verdict_words(written: str) -> str:
    return " ".join(written.split())


def find_assessments(sections: Sections) -> Iterator[VerdictMention]:
    """ "Kết quả tự đánh giá: Đạt." under a criterion heading, and verdicts on the heading
    line itself."""
    text = sections.text
    for block in sections.blocks:
        lowered = text[block.start : block.end].lower()
        if "tiêu chí" not in lowered and ":" not in lowered:
            continue
        for m in _heading_verdict().finditer(text, block.start, block.end):
            ctx = context_at(sections, m.start(), m.end())
            yield VerdictMention(
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                ctx,
                verdict=_verdict_words(m.group("verdict")),
                criterion=m.group("number"),
            )
        for m in _assessment().finditer(text, block.start, block.end):
            ctx = context_at(sections, m.start(), m.end())
            criterion, by_name = ctx.criterion, False
            if criterion is None:
                criterion, by_name = _named_heading_above(sections, block.index), True
            if criterion is None:
                continue
            end = m.end() + 1 if text[m.end() : m.end() + 1] == "." else m.end()
            yield VerdictMention(
                m.start(),
                end,
                text[m.start() : end],
                ctx,
                verdict=_verdict_words(m.group("verdict")),
                criterion=criterion,
                by_name=by_name,
            )


#: A line that is a criterion's name alone, no number ("Tiêu chí Trường học:", "- Tiêu chí
#: về Y tế"): the heading of the lines under it, up to their assessment line.
_NAMED_HEADING_LINE = re.compile(
    r"[ \t\-–+*•]*(?i:tiêu\s+chí)\s+(?:(?i:về)\s+)?(?!(?i:số)\s)"
    r"(?P<name>[^\W\d_][^:\n\d()]{1,80}?)\s*:?\s*"
)
#: How many lines above an assessment line its named heading may stand.
NAMED_HEADING_REACH = 4


def _named_heading_above(sections: Sections, index: int) -> str | None:
    """The criterion name of the named heading over the assessment line of block ``index``
    ("Tiêu chí Trường học:" ⏎ the text ⏎ "Tự đánh giá: Đạt."), if a line close above is one:
    not past a numbered heading or another criterion's assessment."""
    text = sections.text
    for i in range(index - 1, max(index - 1 - NAMED_HEADING_REACH, -1), -1):
        block = sections.blocks[i]
        m = _NAMED_HEADING_LINE.fullmatch(text, block.start, block.end)
        if m is not None:
            name = " ".join(m.group("name").split())
            return name if _known_name(name) else None
        if block.kind is BlockKind.HEADING or _assessment().search(text, block.start, block.end):
            return None
    return None


def split_items(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the items of a written list: split on ";" outside parentheses, or
    on "," when there is no ";"."""
    depth = 0
    cuts: dict[str, list[int]] = {";": [], ",": []}
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch in cuts and depth == 0:
            cuts[ch].append(i)
    marks = cuts[";"] or cuts[","]
    out, pos = [], 0
    for cut in [*marks, len(text)]:
        out.append((pos, cut))
        pos = cut + 1
    return out


def split_last_and(items: list[str]) -> list[str]:
    """ "nhà ở dân cư và thu nhập" as the last item of a list is two criteria; "Thủy lợi và
    phòng, chống thiên tai" and "Giáo dục và Đào tạo" stay one (the halves do not name two
    criteria)."""
    if not items:
        return items
    *head, last = items
    parts = re.split(r"\s+(?i:và)\s+", last, maxsplit=1)
    if len(parts) == 2 and all(_ITEM_NUMBER.match(p) for p in parts):
        return [*head, *parts]  # "tiêu chí số 10 và tiêu chí số 13": two numbered criteria
    numbered = any(_ITEM_NUMBER.match(item) for item in head)
    if (
        len(parts) == 2
        and (_ITEM_NUMBER.match(parts[0]) or (numbered and _BARE_NUMBER.fullmatch(parts[0])))
        and _BARE_NUMBER.fullmatch(parts[1])
    ):
        return [*head, *parts]  # "tiêu chí số 6 và 14", "số 4, 9 và 16": numbers, one each
    if len(parts) == 2:
        first, second = (criterion_number(p, None) for p in parts)
        if first is not None and second is not None and first != second:
            return [*head, *parts]
    return items


def _clean_item(text: str, start: int, end: int) -> tuple[int, int]:
    item = text[start:end]
    lead = _LEADING.match(item)
    s = start + (lead.end() if lead else 0)
    trail = _TRAILING.search(text[s:end])
    e = s + trail.start() if trail else end
    return s, e


def _name_like(name: str) -> bool:
    """A short item, or a longer one the lexicon knows ("cơ sở hạ tầng thương mại nông
    thôn"): a criterion's name, not prose."""
    return len(name.split()) <= MAX_NAME_WORDS or criterion_number(name, None) is not None


def _count_of(written: str) -> int | None:
    return int(written) if written[0].isdigit() else words_value(written)


def _units_meet_listed(text: str, start: int, end: int) -> bool:
    """Whether the list from ``start`` ends with the number of units meeting its items."""
    for m in UNITS_MEET_AFTER.finditer(text, start, end):
        if not re.search(r"[.;:]", text[start : m.start()]):
            return True
    return False


_CRITERIA_RATIO = re.compile(r"(?<![\d,.])\d{1,2}\s*/\s*(?P<of>\d{1,2})\s+(?i:tiêu\s+chí)")


def _other_set_count(text: str, s: int, at: int) -> bool:
    """Whether the sentence before ``at`` counts criteria out of a number no national set
    has ("đạt 10/15 tiêu chí"): the criteria it then names are of another set."""
    sizes = {criterion_count(name) for name in CRITERIA_SETS}
    # a province's own set adds criteria after the national ones ("19/20 tiêu chí")
    return any(
        not (int(m.group("of")) in sizes or int(m.group("of")) > LARGEST_SET)
        for m in _CRITERIA_RATIO.finditer(text, s, at)
    )


#: A time written after a list's last item: ", tính đến cuối năm 2023", ", đến nay".
_TIME_TAIL = re.compile(
    r"\s*,\s*(?i:(?:tính\s+)?(?:đến|tới)\s+(?:nay|hết|cuối|ngày|tháng|năm|\d)"
    r"|(?:trong|vào|cuối)\s+năm\s+\d)"
)


def find_lists(sections: Sections) -> Iterator[VerdictMention]:
    """ "Các tiêu chí chưa đạt …: A; B; C" — one verdict per listed criterion."""
    text = sections.text
    for block in sections.blocks:
        if not _TIEU_CHI.search(text, block.start, block.end):
            continue
        for s, e in sections.sentences(block, semicolons=False):
            m = _list_lead().search(text, s, e)
            count = None
            if m is not None and (
                _degree().search(m.group())
                or _degree_after_verdict().match(m.group("middle"))
                or _units_meet_listed(text, m.end(), e)
            ):
                continue  # how well criteria are met, or by how many units: no verdict
            if m is not None:
                verdict = m.group("verdict")
                place = _place().search(m.group("middle"))
                subject = " ".join(place.group().split()) if place is not None else None
            else:
                m = _verdict_first_lead().search(text, s, e)
                if m is None:
                    continue
                verdict = m.group("verdict") or m.group("verdict2") or m.group("verdict3")
                written_count = m.group("count") or m.group("count3")
                # "còn 2 tiêu chí chưa đạt là …", "còn thiếu hai tiêu chí là …"
                count = _count_of(written_count) if written_count else None
                subject = place_before(text, s, m.start(), window=40)
            body_start, body_end = m.end(), e
            # "…: tiêu chí số 5 (…) và tiêu chí số 13 (…), tính đến cuối năm 2023": the
            # time the list is of, after its last item, is no item
            tail = _TIME_TAIL.search(text, body_start, body_end)
            if tail is not None:
                body_end = tail.start()
            quote_start = m.start()
            # "Các tiêu chí …": start the quote at "Các" when it is there
            before = text[max(s, quote_start - 4) : quote_start]
            if before.lower().endswith("các "):
                quote_start -= 4
            ctx = context_at(sections, quote_start, body_end)
            items = [
                text[a:b]
                for a, b in (
                    _clean_item(text, body_start + i, body_start + j)
                    for i, j in split_items(text[body_start:body_end])
                )
            ]
            items = split_last_and([item for item in items if item])
            if count is not None and len(items) != count:
                continue  # "còn 2 tiêu chí chưa đạt là …" names exactly 2, or it is prose
            # "xã A đạt 10/15 tiêu chí, 05 tiêu chí chưa đạt gồm: giao thông, …": names of a
            # set of another size (a province's advanced set) have no number in a national one
            foreign = _other_set_count(text, s, quote_start)
            numbered = False
            for item in items:
                number = _ITEM_NUMBER.match(item)
                bare = _BARE_NUMBER.fullmatch(item) if numbered else None
                if number is not None:
                    criterion, by_name, numbered = number.group("number"), False, True
                elif bare is not None:
                    criterion, by_name = bare.group("number"), False
                else:
                    name = _PAREN.sub("", item).strip()
                    if foreign or not name or name[0].isdigit() or not _name_like(name):
                        continue
                    criterion, by_name = name, True
                yield VerdictMention(
                    quote_start,
                    body_end,
                    text[quote_start:body_end],
                    ctx,
                    verdict=_verdict_words(verdict),
                    criterion=criterion,
                    by_name=by_name,
                    subject=subject,
                )


#: Units counted between a place and its verdict ("huyện A có 13/19 xã đạt tiêu chí số 17",
#: "tỉnh B có ba xã đạt tiêu chí về thủy lợi"): the units meet the criterion, not the place
#: (coverage, coverage/counts.py), so no verdict of the place is read.
_UNITS_COUNTED = re.compile(
    rf"(?<![\d,.])(?:{_FIGURE}(?:\s*/\s*{_FIGURE})?|{NUMBER_WORDS})\s+"
    rf"(?:(?i:trên\s+tổng\s+số)\s+{_FIGURE}\s+)?{_UNIT_WORD}"
)


def _units_counted(text: str, start: int, end: int) -> bool:
    return _UNITS_COUNTED.search(text, start, end) is not None


def find_inline(sections: Sections) -> Iterator[VerdictMention]:
    """ "xã Quang Trung chưa đạt tiêu chí số 7": a named place, a verdict, a number."""
    text = sections.text
    for block in sections.blocks:
        if not _TIEU_CHI.search(text, block.start, block.end):
            continue
        for m in _inline().finditer(text, block.start, block.end):
            # "xã A và xã B chưa đạt tiêu chí số 7", "Đối với xã A và xã B, huyện phấn đấu
            # hoàn thành tiêu chí số 17 …": one verdict for each commune
            several = communes_before(text, block.start, m.start())
            if several is not None:
                subjects, start = several
            else:
                subject = place_before(text, block.start, m.start(), window=30)
                if subject is None:
                    continue
                subjects = (subject,)
                start = text.rfind(subject.split()[0], block.start, m.start())
                start = start if start >= 0 else m.start()
                if _units_counted(text, start, m.start()):
                    continue
            ctx = context_at(sections, start, m.end())
            for subject in subjects:
                yield VerdictMention(
                    start,
                    m.end(),
                    text[start : m.end()],
                    ctx,
                    verdict=_verdict_words(m.group("verdict")),
                    criterion=m.group("number"),
                    subject=subject,
                )


@cache
def _named_inline() -> re.Pattern[str]:
    # "xã Tân Hòa chưa hoàn thành tiêu chí trường học", "An Lạc (Gò Dầu) thiếu tiêu chí về
    # nhà ở": a place, a verdict, one criterion by name up to the end of the clause
    return re.compile(
        r"(?P<verdict>"
        + cues().verdict_pattern
        + r")\s+(?i:tiêu\s+chí)\s+(?:(?i:về)\s+)?"
        + r"(?P<name>[^\W\d_][^,.;:!?\n()\d]{1,80}?)(?=\s*(?:[,.;:!?)\n]|(?i:và)\s|$))",
        re.IGNORECASE,
    )


# A commune written by its bare name before its verdict, in a sentence that counts communes
# ("3 xã chưa đạt là Tân Hòa (Gò Dầu) thiếu …, An Lạc chưa hoàn thành …").
_BARE_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*|(?<![^\W\d_])(?i:là|riêng)\s+)"
    rf"(?P<name>[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{1,3}})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*$"
)
_COMMUNES_WORD = re.compile(r"(?<![^\W\d_])(?i:xã)(?![^\W\d_])")


#: A criterion's name run to the end of its clause (past any "và").
_NAME_TO_CLAUSE_END = re.compile(r"[^,.;:!?\n()\d]{1,80}?(?=\s*(?:[,.;:!?)\n]|$))")


def _known_name(name: str) -> bool:
    return any(criterion_number(name, s) is not None for s in _SETS)


# (the 2026-2030 set names its ten criteria by topic, "khoa học công nghệ và chuyển đổi số",
# words no 19-criterion set knows)
_SETS = (None, "2010-2015", "2016-2020", "2021-2025", "2026-2030")


def find_named_inline(sections: Sections) -> Iterator[VerdictMention]:
    """ "xã Quang Trung chưa hoàn thành tiêu chí trường học": a place, a verdict, a criterion
    the lexicon knows by its name."""
    text = sections.text
    for block in sections.blocks:
        if not _TIEU_CHI.search(text, block.start, block.end):
            continue
        for s, e in sections.sentences(block, semicolons=False):
            for m in _named_inline().finditer(text, s, e):
                name = " ".join(m.group("name").split())
                whole = _NAME_TO_CLAUSE_END.match(text, m.start("name"), e)
                if whole is not None and whole.end() > m.end():
                    # "chưa đạt tiêu chí về khoa học công nghệ và chuyển đổi số": a name whose
                    # own words hold "và" (the 2026-2030 set's) is read whole when it is known
                    longer = " ".join(whole.group().split())
                    if _known_name(longer):
                        name, m_end = longer, whole.end()
                    else:
                        m_end = m.end()
                else:
                    m_end = m.end()
                if not _known_name(name):
                    continue
                subject = place_before(text, s, m.start(), window=40)
                start = text.rfind(subject.split()[0], s, m.start()) if subject else -1
                if subject is None:
                    bare = _BARE_BEFORE.search(text, s, m.start())
                    if bare is None or not _COMMUNES_WORD.search(text, s, bare.start()):
                        continue
                    subject, start = f"xã {bare.group('name')}", bare.start("name")
                start = start if start >= 0 else m.start()
                if _units_counted(text, start, m.start()):
                    continue
                ctx = context_at(sections, start, m_end)
                yield VerdictMention(
                    start,
                    m_end,
                    text[start:m_end],
                    ctx,
                    verdict=_verdict_words(m.group("verdict")),
                    criterion=name,
                    by_name=True,
                    subject=subject,
                )


@cache
def _named_heading() -> re.Pattern[str]:
    # "- Tiêu chí về quy hoạch: đạt.", "Tiêu chí hạ tầng kinh tế - xã hội: Chưa đạt": a line
    # opening with a criterion by its topic, no number, then its verdict (the 2026-2030 set's
    # ten criteria are cited so); numbered headings are :func:`_heading_verdict`'s
    return re.compile(
        r"^[ \t\-–+*•]*(?i:tiêu\s+chí)\s+(?:(?i:về)\s+)?(?!(?i:số)\s)"
        r"(?P<name>[^\W\d_][^:\n\d()]{1,80}?)\s*:\s*(?P<verdict>"
        + cues().verdict_pattern
        + ")"
        + _VERDICT_END,
        re.MULTILINE,
    )


def find_named_headings(sections: Sections) -> Iterator[VerdictMention]:
    """ "- Tiêu chí về quy hoạch: đạt.": a criterion the lexicon knows by its topic, on a line
    of its own with its verdict; its subject is the place the line's context is named for
    (the report's unit, a list lead "1. Xã A:")."""
    text = sections.text
    for block in sections.blocks:
        if not _TIEU_CHI.search(text, block.start, block.end):
            continue
        for m in _named_heading().finditer(text, block.start, block.end):
            name = " ".join(m.group("name").split())
            if not _known_name(name):
                continue
            lead = m.group()
            start = m.start() + len(lead) - len(lead.lstrip(" \t-–+*•"))  # the bullet left out
            yield _named_verdict(sections, m, start, name)


def _named_verdict(sections: Sections, m: re.Match[str], start: int, name: str) -> VerdictMention:
    """The verdict a line naming a criterion states (its ``verdict`` group), quoted from
    ``start`` to the match's end and the full stop after it."""
    text = sections.text
    end = m.end() + 1 if text[m.end() : m.end() + 1] == "." else m.end()
    return VerdictMention(
        start,
        end,
        text[start:end],
        context_at(sections, start, end),
        verdict=_verdict_words(m.group("verdict")),
        criterion=name,
        by_name=True,
    )


@cache
def _named_item() -> re.Pattern[str]:
    # "- Trường học: Chưa đạt.", "+ Thủy lợi và phòng, chống thiên tai: đạt": a list item that
    # is a criterion's whole name, no "tiêu chí", then its verdict
    return re.compile(
        r"[ \t]*[-–+*•][ \t]*(?P<name>[^\W\d_][^:\n\d()]{1,80}?)\s*:\s*(?P<verdict>"
        + cues().verdict_pattern
        + ")"
        + _VERDICT_END
    )


def _whole_name(name: str) -> bool:
    """Whether ``name`` is a criterion's name and nothing more ("Y tế", not "Trạm y tế xã"
    nor "Tỷ lệ người dân tham gia bảo hiểm y tế": an indicator's)."""
    topic = criterion_by_topic(name, None)
    return topic is not None and topic.indicator is None and topic_spans(name) == [(0, len(name))]


def find_named_items(sections: Sections) -> Iterator[VerdictMention]:
    """ "- Trường học: Chưa đạt.": a list item naming a criterion by its whole name, with its
    verdict; its subject is the place the item's context is named for (the report's unit, a
    list lead "Kết quả của xã A:")."""
    text = sections.text
    for block in sections.blocks:
        if block.kind is not BlockKind.ITEM:
            continue
        m = _named_item().match(text, block.start, block.end)
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        if not _whole_name(name):
            continue
        yield _named_verdict(sections, m, m.start("name"), name)


_GLOSS = re.compile(
    rf"(?:(?<=[(,;:])|(?<=[(,;:]\s))(?P<name>[{CAPITALS}][^\W\d_]*(?:\s+[^\W\d_]+){{0,3}})"
    r"\s*\((?P<gloss>[^()]*;[^()]*)\)"
)


def find_glosses(sections: Sections) -> Iterator[CriterionGloss]:
    """A list item that explains itself: "…, Văn hóa (Trung tâm văn hóa xã; Các nhà văn hóa
    thôn), …" — the document's own reading of a short criterion name."""
    text = sections.text
    for block in sections.blocks:
        if text.find(";", block.start, block.end) < 0:
            continue
        for m in _GLOSS.finditer(text, block.start, block.end):
            first = m.group("gloss").split(";")[0].strip()
            if first:
                yield CriterionGloss(m.group("name"), first, m.start(), m.end())


#: Criteria a place lost, counted and listed in brackets or after "gồm": "xã A sau khi sáp
#: nhập giảm 02 tiêu chí (Tiêu chí số 5 - Trường học; Tiêu chí số 17 - Môi trường)", "bị
#: rớt 2 tiêu chí gồm: giao thông, thu nhập". Each is a criterion the place no longer meets.
_LOST = re.compile(
    r"(?<![^\W\d_])(?i:giảm|mất|rớt|bị\s+rớt|bị\s+trừ)\s+(?P<count>\d{1,2}|"
    + COUNT_WORDS
    + r")\s+(?i:tiêu\s+chí)\s*(?:\(\s*|,?\s*(?i:gồm|là)\s*:?\s*)"
)
#: How far before "giảm N tiêu chí" the place that lost them may be named.
LOST_PLACE_REACH = 60


#: Before a place merged into the one that lost criteria: "sau khi sáp nhập với xã B".
_MERGED_WITH_BEFORE = re.compile(
    r"(?i:(?:sáp\s+)?nhập(?:\s+(?:với|vào|cùng))?|cùng|và|với\s+xã)\s+$"
)


def _loser(text: str, lo: int, at: int) -> str | None:
    """The place that lost criteria: the first named in ``text[lo:at]`` that is not the one
    it merged with ("Riêng đối với xã A sau khi sáp nhập với xã B giảm …": A)."""
    for m in _place().finditer(text, lo, at):
        if not _MERGED_WITH_BEFORE.search(text, max(lo, m.start() - 16), m.start()):
            return " ".join(m.group().split())
    return None


def find_lost(sections: Sections) -> Iterator[VerdictMention]:
    """Criteria a place lost (see :data:`_LOST`): one unmet verdict per criterion listed,
    when the list names exactly as many as counted."""
    text = sections.text
    for block in sections.blocks:
        for m in _LOST.finditer(text, block.start, block.end):
            s, e = next(
                (
                    (ws, we)
                    for ws, we in sections.sentences(block, semicolons=False)
                    if ws <= m.start() < we
                ),
                (block.start, block.end),
            )
            bracketed = m.group().rstrip().endswith("(")
            end = text.find(")", m.end(), e) if bracketed else e
            if end == -1:
                continue
            items = [
                text[a:b]
                for a, b in (
                    _clean_item(text, m.end() + i, m.end() + j)
                    for i, j in split_items(text[m.end() : end])
                )
            ]
            items = split_last_and([item for item in items if item])
            if len(items) != _count_of(m.group("count")):
                continue
            subject = _loser(text, max(s, m.start() - LOST_PLACE_REACH), m.start())
            if subject is None:
                continue
            ctx = context_at(sections, m.start(), end)
            for item in items:
                number = _ITEM_NUMBER.match(item)
                if number is not None:
                    criterion, by_name = number.group("number"), False
                else:
                    name = _PAREN.sub("", item).strip()
                    if not name or name[0].isdigit() or not _name_like(name):
                        break
                    criterion, by_name = name, True
                yield VerdictMention(
                    m.start(),
                    end,
                    text[m.start() : end],
                    ctx,
                    verdict="chưa đạt",
                    criterion=criterion,
                    by_name=by_name,
                    subject=subject,
                )


# The one criterion a place has left unmet, written after its count: "xã A đã đạt 18/19 tiêu
# chí (chỉ còn tiêu chí cơ sở hạ tầng thương mại nông thôn chưa đạt)", "…, còn tiêu chí số 10
# chưa hoàn thành".
_LEFT_UNMET = re.compile(
    r"(?<![^\W\d_])(?i:còn)\s+(?:(?i:lại)\s+)?(?:(?i:01|1|một)\s+)?(?i:tiêu\s+chí)\s+"
    r"(?:(?i:số)\s+(?P<number>\d{1,2})|(?:(?i:về)\s+)?(?P<name>[^\W\d_][^,.;:!?\n()\d]{1,80}?))"
    r"\s+(?P<verdict>(?i:chưa\s+đạt(?:\s+chuẩn)?|chưa\s+hoàn\s+thành))(?![^\W\d_])"
)


def find_left_unmet(sections: Sections) -> Iterator[VerdictMention]:
    """ "xã A đã đạt 18/19 tiêu chí, chỉ còn tiêu chí thu nhập chưa đạt": the one criterion left
    unmet, by number or by a name the lexicon knows, of the one place its sentence names
    before it (none when it names several: whose it is is not said)."""
    text = sections.text
    for block in sections.blocks:
        if not _TIEU_CHI.search(text, block.start, block.end):
            continue
        for s, e in sections.sentences(block, semicolons=False):
            for m in _LEFT_UNMET.finditer(text, s, e):
                name = " ".join((m.group("name") or "").split())
                if m.group("name") and not _known_name(name):
                    continue
                places = list(_place().finditer(text, s, m.start()))
                if len({" ".join(p.group().split()) for p in places}) != 1:
                    continue
                start = places[0].start()
                yield VerdictMention(
                    start,
                    m.end(),
                    text[start : m.end()],
                    context_at(sections, start, m.end()),
                    verdict=_verdict_words(m.group("verdict")),
                    criterion=m.group("number") or name,
                    by_name=not m.group("number"),
                    subject=" ".join(places[0].group().split()),
                )


def find_verdicts(sections: Sections) -> list[VerdictMention]:
    """Every verdict mention, in document order, one per (span, criterion, subject): "xã A
    và xã B chưa đạt tiêu chí số 7" is one statement of two communes."""
    seen: set[tuple[int, int, str, str | None]] = set()
    out: list[VerdictMention] = []
    finders = (
        find_assessments,
        find_lists,
        find_inline,
        find_named_inline,
        find_named_headings,
        find_named_items,
        find_lost,
        find_left_unmet,
    )
    for finder in finders:
        for mention in finder(sections):
            key = (mention.start, mention.end, mention.criterion, mention.subject)
            if key not in seen:
                seen.add(key)
                out.append(mention)
    return sorted(out, key=lambda v: (v.start, v.end))
