"""The pieces every count reads: a number written in words, a count and its whole,
the record of a count found, a clause's and a sentence's start, a negation that denies a
count, a count's label, the criteria not met, a whole set, a band or an average.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baocao.nlp.context import Sections
from baocao.nlp.segment import Block
from baocao.vocab.criteria import LARGEST_SET
from baocao.vocab.numbers import number_words_pattern, words_value
from baocao.vocab.patterns import cues

#: A count written in words ("hai tiêu chí", "Một đơn vị", "mười hai xã", "hai mươi mốt xã"):
#: the vocabulary's number words (never a lone "năm" or "tư", a year and an ordinal).
COUNT_WORDS = number_words_pattern()

#: The same before a unit, where a lone "năm" is five ("năm xã còn lại"): a year is followed
#: by its digits, not by a unit.
NUMBER_WORDS = rf"(?:{COUNT_WORDS}|(?<![^\W\d_])(?i:năm)(?![^\W\d_]))"


def _of(m: re.Match[str]) -> str | None:
    """The whole of a count, written with it or after its noun."""
    return m.group("of") or m.group("of_after")


def _met(m: re.Match[str]) -> str | None:
    """The number of a count in figures ("hai tiêu chí" → "2"), None when its words are no
    count."""
    written = m.group("met")
    if written[0].isdigit():
        return written
    value = words_value(written)
    return None if value is None else str(value)


@cache
def _reached() -> re.Pattern[str]:
    # "được công nhận đạt chuẩn", "về đích": the standard reached (a bare "đạt" reaches anything)
    return re.compile(cues().pattern("reach_verb", "finish", "standard"))


_UNMET_TOPIC = re.compile(r"(?i:tiêu\s+chí\s+(?:chưa\s+đạt|còn\s+nợ|không\s+đạt))")

_CLAUSE_START = re.compile(r"[.;:!?]")

_COUNT_LABEL = re.compile(r"(?i:(?:tiêu\s+chí|chỉ\s+tiêu)\s+(?:đã\s+)?(?:chưa\s+)?đạt)")


@cache
def _negation() -> re.Pattern[str]:
    return re.compile(cues().pattern("negation"), re.IGNORECASE)


@cache
def _verb_joined() -> re.Pattern[str]:
    """A predicate of its own joined after another: "… không có nợ đọng và đạt …"."""
    return re.compile(
        rf"(?:,|\s(?i:và))\s+(?:(?i:đã|đều|cũng|cơ\s+bản)\s+)*(?:{cues().pattern('reach_verb')})"
        r"(?:\s+[^\W\d_]+){0,3}\s*$"
    )


def _denied(before: str) -> bool:
    """Whether a negation before a count denies it: not one of an earlier predicate the
    count's own verb is joined after ("2 xã đều không có nợ đọng … và đạt 19/19 tiêu chí")."""
    ends = [n.end() for n in _negation().finditer(before)]
    return bool(ends) and _verb_joined().search(before, ends[-1]) is None


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    met: str
    of: str | None
    what: str
    unmet: bool
    partner: str | None = None
    subject: str | None = None
    quote: tuple[int, int] | None = None
    group: bool = False
    whole_set: bool = False
    group_place: str | None = None


def _found(
    m: re.Match[str],
    what: str,
    unmet: bool = False,
    *,
    at: tuple[int, int] | None = None,
    subject: str | None = None,
    quote: tuple[int, int] | None = None,
    group: bool = False,
) -> _Found:
    """The count ``m`` reads ("N[/M] tiêu chí"), found at its own span or at ``at`` (the
    units of a breakdown named after it)."""
    start, end = at or m.span()
    met = _met(m) or ""
    return _Found(start, end, met, _of(m), what, unmet, subject=subject, quote=quote, group=group)


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last . ; : ! ? before it that is
    not inside parentheses: "05 xã (A - huyện X; B, C - huyện Y) …" is one clause, nor a
    number's: "1.030 xã")."""
    depth = 0
    for i in range(at - 1, lo - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_START.match(text, i):
            if ch == "." and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
                continue  # "1.030 xã": a number's separator
            return i + 1
    return lo


def _sentences(sections: Sections, block: Block) -> list[tuple[int, int]]:
    """The block's sentences, a sentence cut inside parentheses joined to the next."""
    text = sections.text
    out: list[tuple[int, int]] = []
    for s, e in sections.sentences(block):
        if out and text.count("(", out[-1][0], out[-1][1]) > text.count(
            ")", out[-1][0], out[-1][1]
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _gap(text: str, start: int, end: int) -> str:
    """The words between two counts, spaces and line breaks folded: "với"."""
    return " ".join(text[start:end].split()).strip(" ,*")


def _count_label(text: str, s: int, clause: int) -> str | None:
    """The "label:" before a clause that opens with a count, when the label says the count
    is of criteria met or not met ("Số tiêu chí đạt chuẩn:")."""
    if clause <= s or text[clause - 1] != ":":
        return None
    label = text[_clause_start(text, s, clause - 1) : clause - 1]
    return label if _COUNT_LABEL.search(label) else None


def _what(written: str) -> str:
    if written == "TC":
        return "tiêu chí"
    return " ".join(written.lower().split())


def _unmet_topic(sections: Sections, block: Block, at: int) -> bool:
    """Whether the text before ``at`` in its block, or the lead of its list, is about the
    criteria not met."""
    text = sections.text
    if _UNMET_TOPIC.search(text, block.start, at):
        return True
    lead = sections.lead(block)
    return lead is not None and _UNMET_TOPIC.search(text, lead.start, lead.end) is not None


def _whole_set_number(met: str, what: str) -> bool:
    """Whether a bare number of criteria is a whole set ("19 tiêu chí", "20 tiêu chí" where a
    province adds one): no band below the whole reaches it (FACTS.md: a count's M is the size
    of one set)."""
    return what == "tiêu chí" and met.isdigit() and int(met) >= LARGEST_SET


# "đạt từ 15-18 tiêu chí", "đạt trên 15 tiêu chí": a band or a bound, no count.
_BAND_BEFORE = re.compile(r"(?:\d\s*[-–]|(?i:(?<![^\W\d_])(?:từ|trên|dưới|gần)))\s*$")

# "… 14 tiêu chí trở lên", "… 10 tiêu chí trở xuống": a bound.
_BAND_AFTER = re.compile(r"\s*(?i:trở\s+(?:lên|xuống))(?![^\W\d_])")


@cache
def _rest() -> re.Pattern[str]:
    # "hai xã còn lại", "các xã còn lại": the rest of the units, a group named as a subject
    return re.compile(cues().pattern("units_rest"))


# "Số xã còn lại đạt bình quân 16 tiêu chí": an average (a percentage), no count.
_AVERAGE = re.compile(r"(?i:bình\s+quân|trung\s+bình)")


def _average_or_bound(text: str, lo: int, m: re.Match[str], *, chained: bool) -> bool:
    """Whether the words from ``lo`` to the count ``m``, or those right after its end, make it
    an average ("bình quân mỗi xã đạt 2 tiêu chí", "Số xã còn lại đạt bình quân 16 tiêu
    chí") or a band or bound ("đạt từ 15-18 tiêu chí", "đạt từ 14 tiêu chí trở lên"), not a
    count. A count ``chained`` to the one before it ("… với 06 chỉ tiêu") is never the value
    of each unit ("mỗi xã")."""
    at = m.start()
    return bool(
        _AVERAGE.search(text, lo, at)
        or _BAND_BEFORE.search(text, lo, at)
        or _BAND_AFTER.match(text, m.end())
        or (not chained and _EACH_BEFORE.search(text, lo, at))
    )


#: "mỗi xã đạt …": a value of each unit, an average.
_EACH_BEFORE = re.compile(r"(?i:(?<![^\W\d_])mỗi\s+(?:xã|huyện|thôn|bản|ấp)(?![^\W\d_]))")


def _number(m: re.Match[str]) -> int:
    """The K of a count of units written in figures or in words ("2", "hai")."""
    return int(m.group("k") or words_value(m.group("word")) or 0)


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())
