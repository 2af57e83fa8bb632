"""Subjects: whether a count's subject is a number of units (no subject's count),
the units named before its verb or as the topic its sentence opens with, the place a bare
level word or a label stands for, the commune the sentences before were about, and the
subject a count carries from the one before.

Several communes listed before one verb ("xã A và xã B đã hoàn thành 19/19 tiêu chí", "2 xã
A và B đạt 19 tiêu chí", "… về đích với 19/19 tiêu chí") or named as the topic a sentence
opens with ("Đối với xã A và xã B, huyện phấn đấu hoàn thành 19/19 tiêu chí trong năm 2025":
the district works for them, the count is theirs) each get the count. A commune that "là xã
đầu tiên của huyện hoàn thành …" is the subject, not the district it is the first of. A bare
"19 tiêu chí" of one subject is the whole set ("xã A đã hoàn thành 19 tiêu chí": 19 of 19),
unless the sentence goes on to criteria still missing ("…, còn thiếu tiêu chí số 20").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.counts.common import NUMBER_WORDS, _clause_start, _Found
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN, TOPIC_PATTERN, described_communes

# ("duy trì và nâng chất 19/19 tiêu chí" too; "cơ bản hoàn thiện 9 tiêu chí": finishing the set is
# completing it)
_VERB_BEFORE = re.compile(
    # ("xã A đạt chuẩn 19/19 tiêu chí": the standard's word between the verb and the count)
    r"(?i:(?:đạt(?:\s+chuẩn)?|hoàn\s+th(?:ành|iện)|có)(?:\s+được)?(?:\s+(?:đủ|cả|tất\s+cả))?|được|"
    r"(?P<held>giữ\s+vững|duy\s+trì)"
    r"(?:\s+và\s+(?:nâng\s+cao(?:\s+chất\s+lượng)?|nâng\s+chất))?)\s*(?:\*\*)?\s*$"
)


@cache
def _units_subject() -> re.Pattern[str]:
    """A count whose subject is a number of units ("3 xã đạt 19/20 tiêu chí", "Số xã hoàn
    thành 19 tiêu chí", "05 xã (A - huyện X; B) tự đánh giá đạt"): the units, not a place."""
    return re.compile(
        # "30/90 xã đạt 19 tiêu chí", "6 trong số 9 xã … hoàn thành đủ 19 tiêu chí": K of N
        # units, as much a number of units as "30 xã"
        r"(?:(?<![\w.,/])(?P<k>\d{1,3}(?:\.\d{3})+|\d{1,5})"
        r"(?:\s*/\s*[\d.]{1,7}|\s+(?i:trong|trên)\s+(?:(?i:tổng)\s+)?(?i:số)\s+[\d.]{1,7})?\s+"
        r"|(?i:(?<![^\W\d_])(?P<word>" + NUMBER_WORDS + r"|số|các|những))\s+"
        # "…, xã còn lại đạt 18/19 tiêu chí": the one unit left
        rf"|(?<![^\W\d_])(?=(?i:{cues().pattern('unit_kind')})\s+(?:{cues().pattern('units_rest')})))"
        rf"(?P<unit>(?i:{cues().pattern('unit_kind')}))"
        # "30 xã/90 xã", "10/12 xã, thị trấn", "30 xã, chiếm 33,3%, đạt …": the whole, the
        # other units of its level or the share after the units
        rf"(?:\s*/\s*[\d.]{{1,7}}\s+(?i:{cues().pattern('unit_kind')}))?"
        r"(?:\s*,\s*(?i:thị\s+trấn|phường))?"
        r"(?:\s*,\s*(?:(?i:chiếm|bằng|đạt)\s+)?(?:(?i:tỷ\s+lệ|tỉ\s+lệ)\s+)?\d{1,3}(?:,\d+)?\s*%)?"
        r"(?:\s*\((?P<names>[^()]{2,300})\)"
        # "3 xã gồm xã A, xã B và xã C hoàn thành 19/19 tiêu chí", "hai xã còn lại là xã A và
        # xã B đạt …": named after "là"/"gồm"
        r"|(?:\s+[^\W\d_()]+){0,3}?,?\s+"
        rf"(?:{cues().pattern('units_named')})\s+(?P<listed>[{CAPITALS}xX][^\d.;:()]{{1,300}}?)"
        rf"(?=\s+(?i:(?:đã\s+|đều\s+)*(?:{cues().pattern('reach_verb')}))))?"
        # words between the units and the count, quoted or not ("5 xã “tự tin” đạt đủ …"),
        # with the year they are registered for ("6 xã đăng ký xây dựng NTM nâng cao năm
        # 2022 đã hoàn thành đủ …")
        r"(?:\s+(?:[\"“‘']?[^\W\d_()]+[\"”’']?|(?<=(?i:năm) )(?:19|20)\d{2}(?![\d/.,]))){0,20}"
        r"\s*(?:\*\*)?\s*$"
    )


@cache
def _names_after() -> re.Pattern[str]:
    # "… 19/19 tiêu chí, gồm các xã: A, B (huyện X) và C", "… tiêu chí: A, B; C (huyện X)":
    # the names may carry their district in brackets
    # "… 19/19 tiêu chí trong năm 2019: A, B, C": the year they reached it before the colon
    return re.compile(
        # "…, đó là các xã A, B và C": the names after "đó là" in the same sentence
        r"(?:(?:\s+[^\W\d_]+){0,4}?\s*,?\s+(?:(?i:đó)\s+)?"
        rf"(?:{cues().pattern('units_named')})\s*:?\s+"
        r"|(?:\s+(?i:trong\s+)?(?i:năm)\s+(?:19|20)\d{2})?\s*:[\s;]*)"
        rf"(?:(?i:các|những)\s+(?i:{cues().pattern('unit_kind')})\s*:?\s+)?"
        # names may be split by ";" ("A - huyện X; B"), but not a next count ("…; 2 xã đạt …");
        # a blank line ends them ("A, B,⏎⏎Tải file 1": page furniture, no unit)
        r"(?P<names>(?:[^.:;()\n]|\n(?![ \t]*\n)|;(?!\s*\d)|\([^()]*\)){2,300})"
    )


_NAME_SPLIT = re.compile(r"\s*(?:[,;]|\s(?i:và)\s)\s*")

# "Hòa Hiệp (Tam Bình)", "Tân An (huyện Yên Dũng)": where a named unit lies
_PLACE_NOTE = re.compile(r"\s*\([^()]*\)")


def _name_then_clause(part: str) -> str | None:
    """ "Vinh Mỹ đưa tổng số xã đạt chuẩn lên …": the last name of a list, and the clause
    the sentence goes on with after it (a word in lower case)."""
    name = _NAME.match(part)
    if name is None or name.end() == len(part) or not part[name.end()].isspace():
        return None
    rest = part[name.end() :].lstrip()
    return name.group() if rest[:1].islower() else None


# "… và xã H là xã NTM nâng cao": a unit after the list said to hold a standard of its own
_OWN_STANDARD = re.compile(r"\s+(?i:là|đạt)\s")

_QUALIFIER = re.compile(r"\s+[-–]\s+.*$")

_LEVEL_ABOVE = re.compile(r"(?i:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?|TX\.?)\s")

# a commune's name may end in a number ("Phước Cát 1", "Tân Lâm 2")
_NAME = re.compile(
    rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,3}}(?:\s+\d{{1,2}}(?![\d.,/]))?"
)


def named_units(written: str, unit: str, k: int) -> list[str] | None:
    """The units a list names, with the unit's prefix ("Tân Nhuận Đông - huyện Châu Thành;
    Mỹ Đông" → ["xã Tân Nhuận Đông", "xã Mỹ Đông"]), or None unless it names exactly ``k``
    of them. The places above them ("- huyện Tháp Mười", ", thành phố Buôn Ma Thuột") only
    say where they are."""
    prefix = re.compile(rf"(?i:{re.escape(unit)})\s+")
    names: list[str] = []
    for part, after_semicolon in _parts(_PLACE_NOTE.sub("", written).strip()):
        part = _QUALIFIER.sub("", part.strip())
        if not part or _LEVEL_ABOVE.match(part + " "):
            continue
        part = prefix.sub("", part, count=1) if prefix.match(part) else part
        if not _NAME.fullmatch(part):
            if len(names) == k and part[:1].islower():
                # "… là A, B (huyện X), C, tăng 2 xã so với năm trước": the K names, then
                # the sentence goes on after a comma with a clause of its own
                break
            last = _name_then_clause(part)
            if last is None:
                return None
            if len(names) == k and (after_semicolon or _OWN_STANDARD.match(part, len(last))):
                # "7 xã NTM là: A, …, G và xã H là xã NTM nâng cao": the last unit, with a
                # standard of its own, is none of the K
                break
            names.append(f"{unit.lower()} {last}")
            break  # the last name, then its sentence goes on
        names.append(f"{unit.lower()} {part}")
    return names if len(names) == k else None


def _list_end(text: str, end: int, written: str, last: str) -> int:
    """Where a list of names ends in the text (``end`` the end of ``written``): after its last
    name when a statement of its own follows a ";" ("A, B, C; xã D hiện đạt …")."""
    start = end - len(written)
    if text[start:end] != written:
        return end
    bare = last.split(" ", 1)[-1]
    at = text.find(bare, start, end)
    if at < 0 or ";" not in text[at + len(bare) : end]:
        return end
    return at + len(bare)


def _parts(written: str) -> Iterator[tuple[str, bool]]:
    """The parts of a list of names, each with whether a ";" opens it: "A, B, C; xã D hiện
    đạt 11 tiêu chí" goes on after the K names with a statement of its own."""
    for i, chunk in enumerate(written.split(";")):
        for j, part in enumerate(_NAME_SPLIT.split(chunk)):
            yield part, i > 0 and j == 0


# "…, huyện hoàn thành 9/9 chỉ tiêu", "Thị xã đã hoàn thành …": a district-level word standing
# for the place of that level named last (a bare "xã" or "tỉnh" is the reporting unit's own).
_BARE_LEVEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<level>(?i:huyện|thị\s+xã|thành\s+phố|quận))\s+"
    r"(?:(?i:đã|cũng)\s+)?(?:(?i:thực\s+hiện)\s+)?"
    r"(?i:đạt|hoàn\s+thành)(?:\s+(?i:được))?\s*$"
)

#: How far back the place a bare level word stands for may be named.
LEVEL_REACH = 1500


@cache
def _place() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


def _level_place(text: str, at: int, level: str) -> str | None:
    """The last place of ``level`` ("huyện") named in the ``LEVEL_REACH`` characters before
    ``at``."""
    want = " ".join(level.lower().split())
    found = None
    for m in _place().finditer(text, max(0, at - LEVEL_REACH), at):
        written = " ".join(m.group().split())
        if written.lower().startswith(want + " ") and written[len(want) + 1 :][:1].isupper():
            found = written
    return found


def _label_place(text: str, s: int, at: int) -> str | None:
    """ "Đối với xã Hải Nhân: đạt 17/19 tiêu chí", "- Xã A: đạt …": the place of the label
    before the colon the count's clause opens after."""
    clause = _clause_start(text, s, at)
    if clause <= s or text[clause - 1] != ":" or text[clause:at].strip(" *-–+•").count(" ") > 3:
        return None
    label_start = _clause_start(text, s, clause - 1)
    found = None
    for m in _place().finditer(text, label_start, clause - 1):
        found = m
    if found is None or text[found.end() : clause - 1].strip(" *"):
        return None
    return " ".join(found.group().split())


# "xã Quế Sơn đã hoàn thành tất cả 19 tiêu chí": only adverbs between the place and its verb;
# "xã C (đạt 15/19 tiêu chí) phấn đấu đạt 19/19 tiêu chí": an aside in brackets and a goal
# word too (the goal is the commune's)
# "xã Hòa Tiến là xã đầu tiên của huyện hoàn thành 19/19 tiêu chí": what the commune is, then
# its verb (the district it is the first of is no subject); "được công nhận" before the verb
# "Các xã A, B thuộc huyện C đạt 18/19 tiêu chí", "xã A, B, huyện C đã đạt …": where they lie,
# written between the communes and their verb, like a bracket
_ADVERBS = re.compile(
    r"\s*(?:\([^()]*\)\s*,?\s*"
    r"|,?\s*(?:(?i:thuộc|của)\s+)?(?i:huyện|thị\s+xã|thành\s+phố|TP\.?)\s+"
    rf"{_NAME.pattern}\s*,?\s*)?"
    r"(?:(?i:là)\s+(?:(?i:một)\s+)?(?i:xã|đơn\s+vị)(?:\s+[^\W\d_]+|\s+(?i:thứ)\s+\d{1,3}){0,8}?\s+)?"
    r"(?:(?i:đã|đều|cũng|mới|chỉ|vẫn|sẽ|phấn\s+đấu|tiếp\s+tục|quyết\s+tâm)\s+)*"
    # "xã B (huyện C) đã được công nhận đạt 19/19 tiêu chí": the recognition is the
    # commune's, its count too
    r"(?:(?i:được\s+(?:công\s+nhận|thẩm\s+định|đánh\s+giá))(?:\s+(?i:là))?\s+)?"
)


def _verb_subject(text: str, s: int, f: _Found) -> str | None:
    """The commune written right before the verb of the count ``f`` in its clause, the
    subject of the count whatever place the text is about."""
    clause = _clause_start(text, s, f.start)
    verb = _VERB_BEFORE.search(text, clause, f.start)
    if verb is None or f.group or f.whole_set:
        return None
    found = None
    for m in _place().finditer(text, clause, verb.start()):
        if _ADVERBS.fullmatch(text, m.end(), verb.start()) is not None:
            found = m
            break  # (the first that is: "xã A là xã đầu tiên của huyện B hoàn thành …")
    if found is None or not found.group().lower().startswith("xã "):
        # "A - một trong 13 xã biên giới của tỉnh B đã đạt …": the commune the clause opens
        # with, described, whatever place its description names (FACTS.md: the place is the
        # unit the fact is about)
        described = described_communes(text, clause, verb.start())
        if described and not _COMMUNE_NAMED.search(text, described[0][0] + 1, verb.start()):
            return described[0][1].written
    if found is None:
        return None
    written = " ".join(found.group().split())
    # a commune ("xã Quang Châu, huyện Việt Yên đạt …": the district only says where it is)
    return written if written.lower().startswith("xã ") else None


@cache
def _reached_with() -> re.Pattern[str]:
    # "xã A và xã B về đích với 19/19 tiêu chí": the verb of the ratio the standard was
    # reached with
    return re.compile(rf"(?:{cues().pattern('reach_verb')})[^\d.;:]{{0,60}}?\s(?i:với)\s*$")


@cache
def _topic_lead() -> re.Pattern[str]:
    # "Đối với xã A và xã B, …", "Riêng các xã A, B, …", "Đối với 2 xã A và B, …": the communes
    # a sentence opens with as its topic
    return re.compile(
        rf"[\s*\-–+•]*(?:{TOPIC_PATTERN})\s+(?:(?i:các|những|\d{{1,2}}|{NUMBER_WORDS})\s+)?$"
    )


#: Between a topic's list and the verb of its count, no other commune is named.
_OTHER_COMMUNE = re.compile(rf"(?<![^\W\d_])(?i:xã)\s+[{CAPITALS}]")


def units_before_verb(text: str, lo: int, at: int) -> tuple[str, ...] | None:
    """The communes the count at ``at`` is of, when its clause (from ``lo`` on) names several
    before its verb (see :func:`communes_before`)."""
    clause = _clause_start(text, lo, at)
    verb = _VERB_BEFORE.search(text, clause, at) or _reached_with().search(text, clause, at)
    if verb is None:
        return None
    found = communes_before(text, clause, verb.start())
    return found[0] if found else None


def communes_before(text: str, lo: int, verb: int) -> tuple[tuple[str, ...], int] | None:
    """The communes the clause of the verb at ``verb`` (not before ``lo``) names as the
    verb's subject, and where their list starts: listed right before the verb ("xã A và xã B đã
    hoàn thành 19/19 tiêu chí", "hai xã A và B đã đạt …") or as the topic the sentence opens
    with ("Đối với xã A và xã B, huyện phấn đấu hoàn thành 19/19 tiêu chí …": the district
    works for them). None when no such list is written or its names are not all communes."""
    clause = _clause_start(text, lo, verb)
    for m in _list_back().finditer(text, clause, verb):
        before_verb = _ADVERBS.fullmatch(text, m.end(), verb) is not None
        topic = (
            _topic_lead().fullmatch(text, clause, m.start()) is not None
            and re.match(r"\s*,", text[m.end() : verb]) is not None
            and _OTHER_COMMUNE.search(text, m.end(), verb) is None
        )
        if not (before_verb or topic):
            continue
        run = m.group("run")
        parts = [p for p in _NAME_SPLIT.split(_PLACE_NOTE.sub("", run)) if p.strip()]
        names = named_units(run, "xã", len(parts))
        if names is None or any(n.split()[1].lower() in _NOT_A_NAME for n in names):
            return None
        return tuple(names), m.start()
    return None


#: First words of a capitalised run that are no commune's name.
_NOT_A_NAME = frozenset(
    "huyện tỉnh thành thị quận xã toàn các đến năm hiện trong riêng đây có tổng".split()
)


_NOTED_NAME = rf"{_NAME.pattern}(?:\s*\([^()]{{1,60}}\))?"

#: How many words may describe the communes between "xã" and the word that opens their names
#: ("Các xã được hội đồng bỏ phiếu công nhận đạt chuẩn gồm A, B"); words only, so the run
#: stops at a figure or a stop.
LIST_LEAD_WORDS = 16


@cache
def _list_back() -> re.Pattern[str]:
    # "Các xã A, B và C …", "xã A và xã B …", "Các xã dự kiến đạt chuẩn gồm: A (huyện X), B
    # và C": a list of communes a later "các xã trên" may refer to
    return re.compile(
        r"(?<![^\W\d_])(?i:xã)\s+"
        rf"(?:(?:[^\W\d_]+\s+){{0,{LIST_LEAD_WORDS}}}?(?:{cues().pattern('units_named')})\s*:?\s+)?"
        rf"(?P<run>{_NOTED_NAME}(?:(?:\s*,\s*|\s+(?i:và)\s+)(?:(?i:xã)\s+)?{_NOTED_NAME})+)"
    )


_COMMUNE_NAMED = re.compile(rf"(?<![^\W\d_])(?i:xã)\s+[{CAPITALS}]")


def _carried(
    text: str, found: list[_Found], who: list[list[str | None]], context: list[str | None]
) -> list[list[str | None]]:
    """A count naming no subject after a count of one subject in its sentence is that
    subject's too ("xã A đạt 16/19 tiêu chí, đến cuối năm 2019 đạt 19 tiêu chí"), unless a
    place comes between them: the next clause's context (a district named later) is none of
    its own."""
    out = list(who)
    for i in range(1, len(found)):
        previous = out[i - 1]
        before = previous[0] or context[i - 1] if len(previous) == 1 else None
        if (
            out[i] == [None]
            and not found[i].group
            and not found[i - 1].group
            and before
            and before != context[i]
            and _place().search(text, found[i - 1].end, found[i].start) is None
        ):
            out[i] = [before]
    return out


def _subjects(text: str, s: int, f: _Found, context: str | None) -> list[str | None]:
    """Who the count ``f`` is of: the subject it names itself or the label before it, else
    each commune a list before its verb names, else the place right before the verb (None
    when it is the context's own), else the place a bare level word stands for, else None
    (the context's)."""
    subject = f.subject or _label_place(text, s, f.start)
    if subject is not None:
        return [subject]
    several = units_before_verb(text, s, f.start)
    if several is not None:
        return list(several)
    own = _verb_subject(text, s, f)
    if own is not None:
        # (a commune's own verb: "xã A là xã đầu tiên của huyện hoàn thành …" is no district's)
        return [own if own.casefold() != (context or "").casefold() else None]
    bare = _BARE_LEVEL_BEFORE.search(text, max(s, f.start - 60), f.start)
    return [_level_place(text, bare.start(), bare.group("level")) if bare else None]
