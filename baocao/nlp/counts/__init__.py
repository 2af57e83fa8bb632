"""Criteria counts: a subject meets N of M criteria (or indicators), or has N left unmet.

The forms, each "N tiêu chí" or "N chỉ tiêu" (indicators):

* a ratio after a verb — "xã đã đạt được 15/19 tiêu chí, với 51/57 chỉ tiêu";
* a remainder — "còn lại 04 tiêu chí với 06 chỉ tiêu chưa đạt", "còn 02 tiêu chí": unmet;
* a count with "chưa đạt" after it — "04 tiêu chí chưa đạt": unmet;
* a bare count after a verb — "đạt 17 tiêu chí", "hoàn thành 08 tiêu chí"; under a lead
  about the criteria not met ("Đối với các tiêu chí chưa đạt: Tập trung hoàn thành 08 tiêu
  chí …") it counts unmet criteria;
* a pair — "đối với 13 tiêu chí, còn 02 tiêu chí": 13 met, 2 unmet, each the other's
  partner (their sum is the whole).

A count whose subject is a number of units ("3 xã đạt 19/20 tiêu chí", "Số xã hoàn thành
19 tiêu chí") is no subject's count (FACTS.md: it is coverage, or a band); each unit it
names gets the count instead, when the names add up to K: "2 xã đạt 20/20 tiêu chí (Bùi Xá,
Đức Tùng)", "05 xã (A - huyện X; B, C - huyện Y) tự đánh giá đạt 19 tiêu chí", "… là xã A,
xã B", "3 xã gồm xã A, … hoàn thành 19/19 tiêu chí", a named part ("15 xã đạt 19/19 tiêu chí,
có 2 xã miền núi là A và B"), or group by group right after a whole-set statement ("7 xã đạt
19 tiêu chí." ⏎ "Trong đó, 5 xã A, B, …; 01 xã … (xã C, …)"). Units named as a part of those
that reached the standard ("Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B") each meet
the whole set. The rest of the units ("hai xã còn lại đạt 18/19 tiêu chí", "xã còn lại …")
is a subject of its own, written as part of its place ("hai xã còn lại của huyện X"); a band
("đạt từ 15-18 tiêu chí") or an average is no count. A bare level word before the verb
("…, huyện hoàn thành 9/9 chỉ tiêu …", "Thị xã đã hoàn thành …") is the place of that level
named last.

A number may be written in words ("còn hai tiêu chí chưa đạt", "hai xã còn lại", "mười hai
xã": the vocabulary's number words). Units named after the standard they hold ("có 4 xã nông
thôn mới (A, B, C, D)", "hai xã NTM nâng cao là xã A và xã B") each meet the whole set, as
the named part of those that reached it does; names may follow "gồm các xã:" or a colon,
carry their district in brackets ("Hòa Hiệp (Tam Bình)") and end where the sentence goes on
("…, Vinh Mỹ (Phú Lộc) đưa tổng số xã đạt chuẩn lên …"). "hoàn thành tất cả 19 tiêu chí",
"đạt đủ 19 tiêu chí": the whole is the count.

"với M chỉ tiêu" after a count is a second count of the same polarity. A count denied or
past ("không còn giữ vững đạt 14/14 tiêu chí", "trước đây đạt 12/19") is no statement, and
neither is an average ("11,75 tiêu chí/xã", a percentage with a unit).

The package holds, in layers (each module uses only the ones above it here):

* :mod:`.common` — the count pattern, number words, the found record, clauses and sentences,
  denials, bands and averages;
* :mod:`.subjects` — a count's subject: a number of units, the units named before its verb, a
  level word, a topic, a commune before;
* :mod:`.named` — units named for a count of units: in brackets, after gồm/là, in the next
  sentence, back, by group, by standard;
* :mod:`.sentence` — the counts of one sentence: ratios, remainders, pairs, bare counts; and
  what is no count: sums, sets, conditions.

:func:`find_counts` (here) puts them together over a text.
"""

from __future__ import annotations

import re

from baocao.nlp.context import Sections, commune_before, context_at
from baocao.nlp.counts.common import (
    COUNT_WORDS,
    NUMBER_WORDS,
    _clause_start,
    _Found,
    _gap,
    _sentences,
    words_value,
)
from baocao.nlp.counts.named import _UNMET_AFTER, _holders_named, _standard_subset_counts
from baocao.nlp.counts.sentence import UNITS_LABEL_BEFORE, counts_in_sentence
from baocao.nlp.counts.subjects import _carried, _subjects, communes_before
from baocao.nlp.mentions import CountMention

__all__ = [
    "COUNT_WORDS",
    "NUMBER_WORDS",
    "UNITS_LABEL_BEFORE",
    "communes_before",
    "find_counts",
    "words_value",
]


# Cheap test before the count pattern: a count needs a digit and "tiêu"/"chỉ", or its number
# in words right before them ("còn hai tiêu chí").
_COUNTED = re.compile(r"\d[^\n]*?(?:(?i:tiêu|chỉ)\s|/\s*\d{1,3}\s+TC(?![^\W\d_]))")

_COUNTED_IN_WORDS = re.compile(COUNT_WORDS + r"\s+(?i:tiêu|chỉ)\s")

# Cheap test before a named part of the units that reached the standard ("Trong số 18 xã …",
# "…, trong đó có 2 xã …").
_SUBSET_HINT = re.compile(
    r"(?i:trong\s+(?:tổng\s+)?số)\s+\d|(?i:trong\s+đó)|(?i:nông\s+thôn\s+mới|NTM)"
)


def _propagate_unmet(found: list[_Found], text: str) -> list[_Found]:
    """ "còn lại 04 tiêu chí với 06 chỉ tiêu chưa đạt": the "chưa đạt" after the last of a
    chain makes every count of the chain unmet."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if b.unmet and not a.unmet and a.of is None and b.of is None and a.partner is None:
            if _gap(text, a.end, b.start).lower() in ("với", "và", "gồm"):
                out[i - 1] = _Found(a.start, a.end, a.met, a.of, a.what, True)
    return out


def find_counts(sections: Sections) -> list[CountMention]:
    """Every criteria-count mention, in document order. The quote is the sentence (up to the
    last count it holds) from the verb before its first count, cut at the clauses of counts
    of different subjects (``_own_count_clauses``)."""
    text = sections.text
    out: list[CountMention] = []
    for block in sections.blocks:
        counted = (
            _COUNTED.search(text, block.start, block.end) is not None
            or _COUNTED_IN_WORDS.search(text, block.start, block.end) is not None
        )
        if not counted and _SUBSET_HINT.search(text, block.start, block.end) is None:
            continue
        for s, e in _sentences(sections, block):
            found = _propagate_unmet(list(counts_in_sentence(sections, block, s, e)), text)
            if not found:
                found = [
                    f
                    for f in (*_standard_subset_counts(text, s, e), *_holders_named(text, s, e))
                    if not context_at(sections, f.start, f.end).goal
                ]
            if not found:
                continue
            quote_start = _quote_start(text, s, found[0].start)
            quote_end = found[-1].end
            if _UNMET_AFTER.match(text, quote_end):
                quote_end = _UNMET_AFTER.match(text, quote_end).end()  # type: ignore[union-attr]
            contexts = [context_at(sections, f.start, f.end) for f in found]
            who = _carried(
                text,
                found,
                [_subjects(text, s, f, c.subject) for f, c in zip(found, contexts, strict=True)],
                [c.subject for c in contexts],
            )
            named = [
                (w[0] or c.subject) if len(w) == 1 else None
                for w, c in zip(who, contexts, strict=True)
            ]
            own = _own_count_clauses(text, quote_start, quote_end, found, named)
            for f, ctx, subjects, clause in zip(found, contexts, who, own, strict=True):
                a, b = f.quote or clause
                for subject in subjects:
                    if subject is None and ctx.subject is None and not f.group:
                        # "Xã Tân Lập là xã đầu tiên … ⏎ Năm 2021 đạt 19/19 tiêu chí": one
                        # unit meets the criteria, the commune just spoken of
                        subject = commune_before(sections, block, s, a)
                    out.append(
                        CountMention(
                            a,
                            b,
                            text[a:b],
                            ctx,
                            met=f.met,
                            of=f.of,
                            what=f.what,
                            unmet=f.unmet,
                            partner=f.partner,
                            subject=subject,
                            group=f.group,
                            group_place=f.group_place,
                            whole_set=f.whole_set,
                        )
                    )
    return out


# Where one count's clause ends before the next count's subject: a comma or a semicolon.
_COUNT_JOINT = re.compile(r"[,;]\s*")


def _own_count_clauses(
    text: str, start: int, end: int, found: list[_Found], who: list[str | None]
) -> list[tuple[int, int]]:
    """The quote of each count of a sentence: the sentence's run (``start`` to ``end``),
    except that counts of different subjects, each named in its own clause ("xã A đạt 15/19
    tiêu chí, xã B đạt 17/19 tiêu chí"; ``who`` each count's one subject, from its words or
    its context, else None), each end at their own clause and start after the comma before
    their subject."""
    bounds = [[start, end] for _ in found]
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if who[i] is None or who[i + 1] is None or who[i] == who[i + 1]:
            continue
        joints = list(_COUNT_JOINT.finditer(text, a.end, b.start))
        if not joints or not re.search(r"[^\W\d_]", text[joints[-1].end() : b.start]):
            continue
        bounds[i][1] = a.end
        bounds[i + 1][0] = joints[-1].end()
    return [(a, b) for a, b in bounds]


_QUOTE_LEAD = re.compile(r"[\s*\-–+•]+")


def _quote_start(text: str, s: int, first: int) -> int:
    """Start the quote at the clause holding the first count, without bullets or markup."""
    start = _clause_start(text, s, first)
    m = _QUOTE_LEAD.match(text, start, first)
    return m.end() if m else start
