"""Communes: the commune the sentence or two before a statement were about, a
sentence's subject, a commune's own result, and where a commune named in passing stops
being the subject (a whole above it spoken of).
"""

from __future__ import annotations

import re
from functools import cache

from baocao.model import Level
from baocao.nlp.context.common import _CLAUSE_MARK
from baocao.nlp.context.levels import _speaks_above_commune
from baocao.nlp.context.places import _bare_place, place_at_start, place_before
from baocao.nlp.context.sections import Sections
from baocao.nlp.context.topics import _TOPIC_OPENING, TOPIC_CARRY
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.patterns import cues
from baocao.vocab.places import NAME_PATTERN, parse_place


#: A commune's own result, right after its name opening a sentence: "Xã A (huyện B) đã đạt
#: 19/19 tiêu chí", "Xã A được công nhận đạt chuẩn nông thôn mới".
@cache
def _own_result_after() -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:\([^()\n]{0,60}\)\s*)?,?\s*"
        # (the adverbs are cues of patterns_cues.toml: result_adverb)
        rf"(?:(?:{cues().pattern('result_adverb')}|(?i:năm)\s+\d{{4}})\s+)*"
        rf"(?:{cues().pattern('reach_verb')})(?!\w)"
    )


#: What makes a commune's sentence its result: a count of criteria or a standard reached.
@cache
def _own_result_object() -> re.Pattern[str]:
    return re.compile(
        r"\d+(?:/\d+)?\s+(?i:tiêu\s+chí)"
        rf"|(?:{cues().pattern('reach_verb', 'finish', 'standard')})(?!\w)"
    )


def _commune_result(sections: Sections, ss: int, se: int, known: dict[str, str]) -> bool:
    """Whether the sentence ``text[ss:se]`` states a commune's own result, the commune its
    bare subject ("Xã A đạt 19/19 tiêu chí.", "Năm 2023, xã A đã được công nhận đạt chuẩn
    NTM."), not a topic it sets ("Tại xã A, …") nor a label ("1. Xã A: …")."""
    text = sections.text
    found = place_at_start(text, ss, se, known=known)
    place = parse_place(found) if found else None
    if found is None or place is None or place.level is not Level.COMMUNE:
        return False
    if _TOPIC_OPENING.match(text, ss, se) or _LABEL_OPENING.match(text, ss, se):
        return False
    last = found.split()[-1]
    written = text.lower().find(last.lower(), ss, se)
    if written < 0:
        return False
    verb = _own_result_after().match(text, written + len(last), se)
    return verb is not None and _own_result_object().search(text, verb.start(), se) is not None


#: A list item or heading naming a place before a colon: "1. Xã A: …", "- Xã B:".
_LABEL_OPENING = re.compile(r"[\s\-–—+•·*]*(?:[0-9IVXivx]+[.)]\s*)?[^:.;\n]{0,60}:")


def _commune_carry_ends(sections: Sections, lo: int, s: int, known: dict[str, str]) -> bool:
    """Whether a commune named in ``text[lo:s]`` is no place for the sentence at ``s`` in a
    text of a district or a province: a sentence there states the commune's own result (an
    item of the text's account, "Xã A đạt 19/19 tiêu chí. Tỷ lệ hộ nghèo còn 2,1%": the
    text's rate), or one speaks of a whole above it ("Toàn huyện có 12/15 xã …")."""
    own = sections.own
    if not own or Level.COMMUNE in own:
        return False
    text = sections.text
    block = sections.block_at(lo)
    if block is None:
        return False
    for ss, se in sections.sentences(block, semicolons=False):
        if se <= lo or ss >= s:
            continue
        if _commune_result(sections, max(ss, lo), se, known):
            return True
        first = place_at_start(text, max(ss, lo), se, known=known)
        if first is None and _speaks_above_commune(text, max(ss, lo), min(se, s)):
            return True
    return False


#: The verb a sentence's subject comes before: "Xã A (huyện B) là …", "…, xã A đã đạt …".
_SUBJECT_VERB = re.compile(
    r"(?<!\w)(?i:là|có|đã|đạt|được|vừa|đang|tiếp\s+tục|hoàn\s+thành|về\s+đích|cán\s+đích)(?!\w)"
)

#: How many verbs into a sentence its subject is looked for.
SUBJECT_VERBS = 2

#: A sentence opening by saying what its bare-named subject is: "Tân Lập là một xã …".
_NAMED_IS_COMMUNE = re.compile(
    rf"[\s\-–—+•·*\"“]*(?P<name>{NAME_PATTERN})\s+(?i:là)\s+(?i:(?:một|1)\s+)?(?i:xã)(?!\w)"
)


def _sentence_subject(text: str, ss: int, se: int, known: dict[str, str]) -> str | None:
    """The place a sentence is about: the one it opens with (after a lead-in), a name it
    says is a commune ("Tân Lập là xã …"), else the one right before one of its first verbs
    ("Trong số các xã điểm của tỉnh A, xã B có nhiều đổi thay")."""
    opening = place_at_start(text, ss, se, known=known)
    if opening is not None:
        return opening
    named = _NAMED_IS_COMMUNE.match(text, ss, se)
    if named is not None:
        return "xã " + " ".join(named.group("name").split())
    for n, verb in enumerate(_SUBJECT_VERB.finditer(text, ss, se)):
        if n == SUBJECT_VERBS:
            break
        found = place_before(text, ss, verb.start(), window=60)
        if found is not None:
            return found
    return None


def _own_subject_above_commune(
    sections: Sections, block: Block, s: int, at: int, known: dict[str, str]
) -> bool:
    """Whether the whole sentence of ``s`` (its ";"-items joined), up to ``at``, has a
    subject above the commune: a level word ("toàn huyện"), or a place, written bare at a
    clause's opening ("Để …, Bình Liêu đề ra …") or with its prefix as its subject."""
    text = sections.text
    ws = next((a for a, b in sections.sentences(block, semicolons=False) if a <= s < b + 1), s)
    if at <= ws:
        return False
    if _speaks_above_commune(text, ws, at):
        return True
    subjects = [_sentence_subject(text, ws, at, known)]
    subjects += [_bare_place(text, m.end(), at, known) for m in _CLAUSE_MARK.finditer(text, ws, at)]
    for subject in subjects:
        place = parse_place(subject) if subject is not None else None
        if place is not None and place.level in (Level.DISTRICT, Level.PROVINCE):
            return True
    return False


def commune_before(sections: Sections, block: Block, s: int, at: int | None = None) -> str | None:
    """The commune the sentence or two before ``s`` were about, within the section (across
    paragraphs, not across a heading): "Xã Tân Lập là xã đầu tiên của huyện … ⏎ Đến nay, 5/5
    thôn đạt chuẩn" counts the commune's villages, not the district's. A sentence about
    another place (a district, a province, another's list) ends the search: None. For the
    statements only a commune can be the subject of (a criteria count, villages counted);
    others keep the report's unit. The statement's own sentence up to ``at`` ends it too when
    it has a subject above the commune ("Xã A cơ bản đạt chuẩn. Để trở thành huyện NTM, Bình
    Liêu đề ra …: hoàn thành 9 tiêu chí …; 26 thôn …": the district's)."""
    text = sections.text
    known = sections.named_places()
    if at is not None and _own_subject_above_commune(sections, block, s, at, known):
        return None
    first = sections.parents[block.index][-1] + 1 if sections.parents[block.index] else 0
    seen = 0
    for i in range(block.index, first - 1, -1):
        other = sections.blocks[i]
        if other.kind is BlockKind.HEADING or (sections.formal and i != block.index):
            break  # (a formal report's paragraph stands under its heading, see topic_before)
        for ss, se in reversed(sections.sentences(other, semicolons=False)):
            if ss >= s:
                continue
            seen += 1
            if seen > TOPIC_CARRY or _speaks_above_commune(text, ss, min(se, s)):
                return None  # "Bình quân toàn huyện đạt …; 150/160 thôn …": the district's
            subject = _sentence_subject(text, ss, se, known)
            if subject is None:
                continue
            place = parse_place(subject)
            return subject if place is not None and place.level is Level.COMMUNE else None
    return None
