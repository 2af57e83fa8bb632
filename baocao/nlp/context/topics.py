"""Topics: the place a text switches to with a line of its own, the province a
headline opens with, the place a list lead or heading is named for, and the place an
earlier sentence set as its topic ("Tại Hậu Giang, …"), up to a few sentences back.
"""

from __future__ import annotations

import re

from baocao.nlp.context.common import _place
from baocao.nlp.context.places import _bare_place, place_at_start
from baocao.nlp.context.sections import Sections
from baocao.nlp.segment import HEADER_CHARS, SUBMISSION_WORD, Block, BlockKind
from baocao.vocab.places import TOPIC_PATTERN, regions_in


def _headline_province(sections: Sections) -> str | None:
    """A province the headline opens with, written bare ("Lào Cai: …", "Yên Bái có …")."""
    for block in sections.blocks[:HEADLINE_BLOCKS]:
        bare = _bare_place(sections.text, block.body, block.end, {})
        if bare is not None:
            return bare
    return None


def topic_line(sections: Sections, block: Block) -> str | None:
    """The place a text has switched to with a line of its own ("Thị xã Từ Sơn" ⏎ "Đối với
    …"): the nearest earlier block, within the section, that is only a place name."""
    headings = sections.parents[block.index]
    first = headings[-1] + 1 if headings else 0
    for i in range(block.index - 1, first - 1, -1):
        other = sections.blocks[i]
        written = sections.text[other.start : other.end]
        words = written.strip(" \t\n:.-–—*#+•·")
        m = _place().fullmatch(words)
        if m is not None and _above_a_submission_title(sections, other):
            continue  # "HUYỆN B" ⏎ … ⏎ "TỜ TRÌNH" ⏎ "Đề nghị … xã A": the issuer, no topic
        if m is not None and _cell_of_a_flat_table(sections, i):
            continue  # "Huyện Vị Xuyên" ⏎ "22" ⏎ "9": a row's cell, one per line, no topic
        if m is not None:
            if (
                i < HEADLINE_BLOCKS
                and written.rstrip(" \t\n*#").endswith(":")
                and not _sentence_before(sections, i)
            ):
                # "Huyện Thống Nhất:" ⏎ "Xã Gia Tân 3 tái đạt chuẩn …": a kicker over the
                # headline files the article under the place; its unit is the headline's
                # (a caption after a sentence of the article is no kicker: "… có 18/25 xã
                # đạt chuẩn." ⏎ "- Huyện B:" ⏎ "Có 9/14 xã …" are huyện B's)
                return None
            return " ".join(m.group().split())
    return None


def _above_a_submission_title(sections: Sections, block: Block) -> bool:
    """Whether ``block`` lies in a submission's header, above its title word ("TỜ TRÌNH"):
    the issuer's name there is no topic of the lines under the title (the unit the title
    proposes is: normalize/facts.py, ``Normaliser.proposed``)."""
    title = SUBMISSION_WORD.search(sections.text, 0, HEADER_CHARS)
    return title is not None and block.end <= title.start()


#: A cell of figures alone on its line: "22", "1.250,6", "63,2%".
_BARE_FIGURE = re.compile(r"[ \t]*\d[\d.,]*[ \t]*%?[ \t]*")


def _cell_of_a_flat_table(sections: Sections, index: int) -> bool:
    """Whether block ``index`` (a place alone on its line) is a cell of a table written one
    cell per line: the block after it is a bare figure ("Huyện Bắc Quang" ⏎ "22" ⏎ "12")."""
    if index + 1 >= len(sections.blocks):
        return False
    after = sections.blocks[index + 1]
    return _BARE_FIGURE.fullmatch(sections.text, after.start, after.end) is not None


def _sentence_before(sections: Sections, index: int) -> bool:
    """Whether a block before block ``index`` is a sentence of running text (it ends like
    one): what comes after it is the article's body, no headline or kicker."""
    text = sections.text
    return any(
        text[b.start : b.end].rstrip(" *_").endswith((".", "!", "?", "…"))
        for b in sections.blocks[:index]
    )


#: How many blocks from the top the headline may be (after a banner and a placeholder).
HEADLINE_BLOCKS = 3


#: How many sentences back a topic set by "Tại X, …" still holds for a sentence naming no place.
TOPIC_CARRY = 2

#: A sentence that opens by setting its place as the topic: "Tại An Giang, …", "Toàn thị
#: xã Tân Châu, …", "Riêng huyện Hải Hậu, …".
_TOPIC_OPENING = re.compile(
    rf"[\s\-–—+•·*\"“]*(?:[^\W\d][^,.;:\n]{{0,30}},\s*)?(?:{TOPIC_PATTERN}|(?i:toàn))"
    rf"(?:\s+(?i:toàn))?\s+(?:{TOPIC_PATTERN}\s+)?"
)


def topic_before(sections: Sections, block: Block, s: int) -> str | None:
    """The place an earlier sentence set as its topic ("Tại Hậu Giang, … toàn tỉnh có 25 xã
    …" ⏎ "Tuy vậy, … chỉ có 9 xã …"), up to :data:`TOPIC_CARRY` sentences back within the
    section; a sentence that opens with another place ends the search. A topic carries
    into the next paragraph only from the sentence that opened its own: one set later in a
    paragraph ("Tại huyện A, … Riêng thành phố B đã hoàn thành …") is an example of the
    paragraph's, and the paragraph after it ("Tổng nguồn vốn huy động …") is not B's."""
    text = sections.text
    known = sections.named_places()
    first = sections.parents[block.index][-1] + 1 if sections.parents[block.index] else 0
    seen = 0
    for i in range(block.index, first - 1, -1):
        other = sections.blocks[i]
        if other.kind is BlockKind.HEADING:
            break
        own = sections.sentences(other)
        for ss, se in reversed(own):
            if ss >= s:
                continue
            seen += 1
            if seen > TOPIC_CARRY:
                return None
            opening = _TOPIC_OPENING.match(text, ss, se)
            if opening is not None and i != block.index and (sections.formal or (ss, se) != own[0]):
                # (a formal report's paragraph stands under its heading: "Tại xã A, mô hình …"
                # is an example, the paragraph after it the report's own)
                return None
            if opening is not None:
                m = _place().match(text, opening.end(), se)
                if m is not None:
                    return " ".join(m.group().split())
                bare = _bare_place(text, opening.end(), se, known)
                if bare:
                    return bare
            if place_at_start(text, ss, se, known=known) or regions_in(
                text, ss, min(se, ss + REGION_OPENING)
            ):
                # a sentence with its own subject: an item of an enumeration ("Huyện A có
                # 12/12 xã. Huyện B có 75/75 bản."), or the region a text speaks of ("Tính
                # chung, vùng X đạt …"), not a topic for the sentences after it
                return None
    return None


#: How far into a sentence a region it opens with may be (after a lead-in clause).
REGION_OPENING = 60


_PLACE_LABEL_END = re.compile(r"[\s*_:.\-–]*$")


def _named_heading(sections: Sections, block: Block) -> str | None:
    """The place a list lead or a heading above is named for, when it is nothing but the
    place ("1. Xã Hòa Phú:", "- Thôn Đông:"), or when a lead line ends with it ("Kết quả tự
    đánh giá các tiêu chí của xã A:" over the items or numbered headings it leads): the
    subject of the verdicts and counts listed under it. Innermost first: "1. Xã A" ⏎ "1.1.
    Tiêu chí số 5 …" ⏎ "Đánh giá: Đạt." is xã A's, its criterion's heading nested in the
    commune's."""
    lead = sections.lead(block)
    if lead is not None and not _above_a_submission_title(sections, lead):
        place = _place_alone(sections, lead) or (
            _place_ending(sections, lead) if lead.kind is BlockKind.TEXT else None
        )
        if place is not None:
            return place
    # (a heading's own line is an item of a list too: "1. Tiêu chí số 5 …: Đạt.")
    own = [block] if block.kind is BlockKind.HEADING else []
    chain = [*own, *sections.headings(block)]
    for k, heading in enumerate(chain):
        if heading is not block and not _above_a_submission_title(sections, heading):
            # (a submission's issuer in its header heads no figure under its title)
            place = _place_alone(sections, heading)
            if place is not None:
                return place
        if heading.level is not None:
            # the sections the heading sits in: the chain above it (a heading's own entry in
            # ``parents`` may hold the sibling it closes)
            parents = tuple(h.index for h in reversed(chain[k + 1 :]))
            place = _lead_of(sections, heading, parents)
            if place is not None:
                return place
    return None


def _place_alone(sections: Sections, block: Block) -> str | None:
    m = _place().match(sections.text, block.body, block.end)
    if m is not None and _PLACE_LABEL_END.match(sections.text, m.end(), block.end):
        return " ".join(m.group().split())
    return None


def _place_ending(sections: Sections, block: Block) -> str | None:
    """The one place a lead line names, when it ends with it and a colon."""
    places = list(_place().finditer(sections.text, block.body, block.end))
    if len(places) == 1 and _LEAD_PLACE_END.match(sections.text, places[0].end(), block.end):
        return " ".join(places[0].group().split())
    return None


#: A lead line's end: the place it is of, then its colon ("Kết quả tự đánh giá các tiêu chí
#: của xã A:").
_LEAD_PLACE_END = re.compile(r"[\s*_]*:[\s*_]*$")


def _lead_of(sections: Sections, heading: Block, parents: tuple[int, ...]) -> str | None:
    """The place of the lead line of the list of numbered headings ``heading`` is an item of
    (in the section ``parents``): the line stands right before the list's first heading,
    and only the list's items, and the lines inside them, come between."""
    for i in range(heading.index - 1, -1, -1):
        other = sections.blocks[i]
        own = sections.parents[i]
        if own != parents:
            if len(own) > len(parents) and own[: len(parents)] == parents:
                continue  # a line inside an earlier item of the list
            return None
        if other.kind is BlockKind.HEADING:
            if other.level != heading.level:
                return None  # another kind of heading: no list of these
            continue  # an earlier item of the list
        following = sections.blocks[i + 1]
        if following.kind is not BlockKind.HEADING or following.level != heading.level:
            return None  # prose at the section's own level: no lead of the list
        return _place_ending(sections, other)
    return None
