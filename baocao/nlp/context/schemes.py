"""Schemes: the scheme (nông thôn mới, nâng cao, kiểu mẫu) of a statement — the one
right after its figure, in its own predicate, before it in its block, in an earlier block of
its section, or in its headings — not one qualifying another figure.
"""

from __future__ import annotations

import re

from baocao.nlp.context.sections import Sections, _nearest
from baocao.nlp.segment import Block
from baocao.vocab.patterns import cues

#: How far after a statement the scheme of its own predicate may be written.
SCHEME_REACH = 40

_SCHEME_LEVEL = re.compile(r"(?i:nâng\s+cao|kiểu\s+mẫu)")


def scheme_near(sections: Sections, start: int, end: int, at: int) -> str | None:
    """The scheme phrase nearest ``at``; an advanced/model phrase wins over a bare "NTM" in
    the same span ("đối với xã NTM nâng cao xã đã đạt …")."""
    found = sections.found("scheme", start, end)
    specific = [f for f in found if _SCHEME_LEVEL.search(f[2])]
    return _nearest(specific or found, at)


#: An average over all the units of a place: "bình quân cả nước", "bình quân toàn tỉnh".
_AVERAGE_OF_ALL = re.compile(
    r"(?i:(?:bình\s+quân|trung\s+bình)\s+(?:(?:mỗi\s+xã\s+)?(?:của\s+)?(?:cả|toàn)\s+\w+"
    # a clause that opens with the average itself ("…; bình quân đạt 17,5 tiêu chí/xã")
    r"|(?:chung\s+)?(?:đạt|là)(?!\w)))"
)

#: Where the next figure of a list begins after a statement ("…đạt chuẩn NTM trên 90%, trong
#: đó 50% số xã đạt chuẩn NTM nâng cao", "51% đã đạt chuẩn nông thôn mới, 20% đạt chuẩn
#: nông thôn mới nâng cao"): a scheme written after it is that figure's.
_NEXT_FIGURE = re.compile(r"(?i:trong\s+đó)|[,;]\s*(?:(?i:khoảng|gần|trên|hơn|có)\s+)?\d")


#: A verb of reaching after a figure's units: the figure has a predicate of its own.
_REACHED = re.compile(rf"(?i:(?<!\w)(?:{cues().pattern('reach_verb')})(?!\w))")

#: A contrast that opens another statement in the sentence: "…, nhưng …", "… song …".
_CONTRAST = re.compile(r",?\s(?i:nhưng|song)\s")


def _scheme_of(
    sections: Sections, block: Block, headings: list[Block], s: int, e: int, at: int, end: int
) -> str | None:
    # the statement's own predicate first: "28/31 xã đạt chuẩn nông thôn mới (…), trong đó
    # có 06 xã đạt chuẩn nông thôn mới nâng cao" — each count takes the scheme right after it
    # ("9 xã đạt chuẩn nhưng chưa có xã đạt chuẩn nâng cao": not past a contrast, another
    # statement)
    contrast = _CONTRAST.search(sections.text, end, e)
    e = contrast.start() if contrast is not None else e
    cut = _NEXT_FIGURE.search(sections.text, end, e)
    if cut is not None and _REACHED.search(sections.text, at, cut.start()):
        # "17/17 xã đạt chuẩn, 13/17 xã đạt tiêu chí nông thôn mới nâng cao": a figure with
        # a predicate of its own ends before the next figure, whose scheme is not its own
        e = cut.start()
    right_after = sections.found("scheme", end, min(e, end + SCHEME_REACH))
    if right_after:
        return right_after[0][2]
    found = (cut is not None and scheme_near(sections, s, cut.start(), at)) or scheme_near(
        sections, s, e, at
    )
    if found:
        return found
    if _AVERAGE_OF_ALL.search(sections.text, s, at):
        # "…, 83 xã đạt chuẩn kiểu mẫu; bình quân cả nước đạt 17 tiêu chí/xã": an average
        # over every unit is of the standard itself, not of the clause before's scheme
        return None
    # "20 xã đạt chuẩn nâng cao. Toàn huyện có 45/45 xã đạt chuẩn.": a scheme qualifying an
    # earlier figure is that figure's; a statement with a predicate of its own does not take it
    own_predicate = _REACHED.search(sections.text, at, e) is not None
    found = scheme_near(sections, block.start, s, s)
    if found and not (own_predicate and _qualifies_figure(sections, block.start, s)):
        return found
    # the nearest earlier block of the same section that names a scheme
    first = headings[0].end if headings else 0
    earlier = sections.found("scheme", first, block.start)
    if earlier and not found:
        b = sections.block_at(earlier[-1][0])
        if b is not None and not (own_predicate and _qualifies_figure(sections, b.start, b.end)):
            return scheme_near(sections, b.start, b.end, b.end)
    for heading in headings:
        found = scheme_near(sections, heading.start, heading.end, heading.end)
        if found:
            return found
    return None


def _qualifies_figure(sections: Sections, lo: int, hi: int) -> bool:
    """Whether the last scheme phrase in ``text[lo:hi]`` qualifies a figure before it in its
    sentence ("… có 20 xã đạt chuẩn nâng cao"): a figure, then a verb of reaching, then the
    scheme, with no sentence end between."""
    found = sections.found("scheme", lo, hi)
    if not found:
        return False
    at = found[-1][0]
    window = sections.text[max(lo, at - SCHEME_REACH) : at]
    stop = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
    window = window[stop + 1 :]
    last = max((m.end() for m in re.finditer(r"\d", window)), default=None)
    return last is not None and _REACHED.search(window, last) is not None
