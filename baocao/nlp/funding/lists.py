"""Lists across mentions: where a list of parts or of phases ends and which amount
it divides, the giver a paragraph's running text names, parts of a whole stated in the
sentence before, and a headline's amount the body states again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baocao.nlp.context import Sections
from baocao.nlp.funding.amounts import Span, _amount, _cue
from baocao.nlp.funding.flows import _flow
from baocao.nlp.funding.mention import _GIVER_LEVEL, _GIVER_SOURCE
from baocao.nlp.funding.recipients import _level_word
from baocao.nlp.funding.sources import _SENTENCE_END, _names_a_source
from baocao.nlp.mentions import FundingMention
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.places import PLACE_PATTERN
from baocao.vocab.sources import funding_source, names_kind_only

# Parts in the next sentence: "… cần 13,2 tỷ đồng. Trong đó, xã A 9,9 tỷ đồng và …", "…
# 900 triệu đồng. Trong đó chi xây dựng 700 triệu …" (the comma left out before a word).
_PARTS_NEXT = re.compile(
    r"\s*[.;]\s+(?P<paren>)(?i:trong\s+(?:số\s+)?đó)(?:\s*[,:]|\s+(?=[^\W\d_]))"
)

# The phases of one amount listed in brackets right after it, each with its own amount:
# "2.100 tỷ đồng (giai đoạn 2011-2015: 700 tỷ đồng; giai đoạn 2016-2020: 1.400 tỷ đồng)",
# "(năm 2021 là 40 tỷ đồng, năm 2022 là 55 tỷ đồng)".
_PHASES_OPEN = re.compile(
    r"\s*(?P<paren>\()\s*(?=(?:(?i:giai\s+đoạn|năm|từ\s+năm)\s+)(?:19|20)\d{2}"
    r"(?:\s*(?:[-–]|(?i:đến))\s*(?:(?i:năm)\s+)?(?:19|20)\d{2})?\s*(?::|,|(?i:là|đạt))?\s*\d)"
)


def _parts_end(text: str, opened: re.Match[str], end: int) -> int:
    """Where the list of parts ``opened`` ends: its closing parenthesis, else its sentence's
    end ("…, gồm: vốn trong nước …; vốn nước ngoài … ."), within ``end``."""
    if opened.group("paren"):
        closing = text.find(")", opened.end(), end)
        return closing if closing >= 0 else end
    stop = _SENTENCE_END.search(text, opened.end(), end)
    return stop.start() if stop else end


def _phases_open(text: str, at: int) -> re.Match[str] | None:
    """The bracket listing an amount's phases, each with its amount, opened at ``at``: each
    amount in it is the money of its phase, with the whole's source and flow."""
    return _PHASES_OPEN.match(text, at)


def _running_source(mention: FundingMention, running: str | None) -> str | None:
    """The budget of the giver the paragraph's running text names after ``mention``: the
    giver's, when ``mention`` names one as its source ("Tỉnh được Trung ương phân bổ 400 tỷ
    đồng"); none once an amount names a budget of another source itself ("Ngân sách tỉnh bố
    trí thêm 50 tỷ đồng"); else ``running``, unchanged."""
    if mention.giver is not None and mention.own_sources:
        level = _GIVER_LEVEL.match(mention.giver)
        budget = _GIVER_SOURCE[_level_word(level.group())] if level is not None else None
        if budget is not None and mention.sources[0] == budget:
            return budget
    named = [
        funding_source(phrase)
        for phrase in mention.sources[: mention.own_sources]
        if not names_kind_only(phrase)
    ]
    named = [n for n in named if n not in (None, "total")]
    if running is not None and named and named[0] != funding_source(running):
        return None
    return running


def _whole_of_parts(
    opened: re.Match[str], mention: FundingMention, whole: FundingMention | None
) -> FundingMention:
    """The amount a list of parts opened by ``opened`` right after ``mention`` divides:
    ``mention``, unless the list opens a new sentence ("Trong đó …") after ``mention`` was
    itself listed among the parts of ``whole`` — then the whole is divided again, another
    way ("Tổng kinh phí 900 triệu đồng, gồm vốn sự nghiệp 300 triệu, vốn đầu tư 600 triệu.
    Trong đó chi xây dựng 700 triệu, chi đào tạo 200 triệu": by kind, then by purpose)."""
    if whole is not None and opened.re is _PARTS_NEXT:
        return whole
    return mention


# A sentence that opens on the whole stated before it: "Trong tổng nguồn lực huy động trên thì
# ngân sách Trung ương …", "Trong số vốn nói trên, …", "Trong tổng số vốn này, …".
_WHOLE_ABOVE = re.compile(
    r"[\s\-–+•*·]*(?:(?i:đặc\s+biệt|riêng|cụ\s+thể)\s*,?\s*)?(?i:trong)\s+(?:(?i:tổng)\s+)?"
    r"(?:(?i:số)\s+)?(?i:nguồn\s+vốn|nguồn\s+lực|số\s+vốn|vốn|kinh\s+phí|số\s+tiền)"
    r"(?:\s+(?i:đã\s+)?(?i:huy\s+động|thu\s+hút|đầu\s+tư)(?:\s+(?i:được))?)?"
    r"\s+(?:(?i:nói|kể)\s+)?(?i:trên|này)(?![^\W\d_])"
)


def _parts_of_whole_above(
    sections: Sections, mentions: list[FundingMention]
) -> list[FundingMention]:
    """Money a sentence states of the whole stated before it ("Tổng vốn huy động qua 4 năm
    là 900 tỷ đồng." ⏎ "Trong tổng nguồn vốn trên, ngân sách tỉnh 200 tỷ đồng, …") with no
    time of its own is of that whole's span: its parts are raised over the same years."""
    text = sections.text
    out = list(mentions)
    for i, part in enumerate(mentions):
        if part.context.period is not None or part.context.goal is not None:
            continue
        block = sections.blocks[part.context.block]
        s = next(
            (
                ss
                for ss, se in sections.sentences(block, semicolons=False)
                if ss <= part.start <= se
            ),
            block.start,
        )
        if _WHOLE_ABOVE.match(text, s) is None:
            continue
        whole = next(
            (
                m
                for m in reversed(out[:i])
                if m.start < s
                and m.context.period is not None
                and m.context.goal is None
                and not _names_a_source(m)
            ),
            None,
        )
        if whole is not None:
            out[i] = replace(part, context=replace(part.context, period=whole.context.period))
    return out


#: How many blocks from the top a headline may be (a banner may come first), and how long.
HEADLINE_BLOCKS = 3

HEADLINE_CHARS = 200


def _headline_restated(sections: Sections, mentions: list[FundingMention]) -> list[FundingMention]:
    """A news headline's amount that the body states again with its span ("Huy động 44.263
    tỷ đồng …" ⏎ "… từ năm 2010 đến nay, toàn tỉnh huy động 44.263 tỷ đồng") is of that span,
    and a plan when the body states it as one ("Huy động gần 7,6 nghìn tỷ đồng …" ⏎ "Tỉnh
    dự kiến chi 7,6 nghìn tỷ đồng …"); a headline dates nothing itself. One naming no
    source ("Đồng Nai: Đóng góp 292 tỷ đồng …") is of the source the body names with the same
    amount ("… người dân và doanh nghiệp đóng góp gần 292 tỷ đồng"), not the total."""
    top = {b.index for b in sections.blocks[:HEADLINE_BLOCKS]}
    out = list(mentions)
    for i, head in enumerate(mentions):
        if head.context.block not in top or not _only_line(sections, head):
            continue
        named = next(
            (
                m
                for m in mentions[i + 1 :]
                if m.context.block != head.context.block and _same_amount(m, head)
            ),
            None,
        )
        if named is not None and not _names_a_source(head) and _names_a_source(named):
            head = out[i] = replace(
                head,
                sources=(*named.sources[: named.own_sources], *head.sources),
                own_sources=named.own_sources + head.own_sources,
            )
        if head.context.period is not None:
            continue
        same = next(
            (
                m
                for m in mentions[i + 1 :]
                if m.context.block != head.context.block
                and _same_amount(m, head)
                and (m.context.period is not None or m.context.goal is not None)
            ),
            None,
        )
        if same is not None:
            context = replace(
                head.context,
                period=same.context.period,
                goal=head.context.goal or same.context.goal,
            )
            out[i] = replace(head, context=context)
    return out


def _same_amount(a: FundingMention, b: FundingMention) -> bool:
    """Whether two mentions write the same amount, its tail too ("27 tỷ 786 triệu đồng" is
    not "27 tỷ")."""
    return (a.amount, a.unit, a.tail) == (b.amount, b.unit, b.tail)


def _only_line(sections: Sections, mention: FundingMention) -> bool:
    """Whether the mention's block is one short line, as a headline is."""
    block = sections.blocks[mention.context.block]
    line = sections.text[block.start : block.end].strip()
    return "\n" not in line and len(line) <= HEADLINE_CHARS and not line.endswith(".")


# Shares written after a list of amounts, one for each in order: "… (6 tỷ đồng); … (5 tỷ
# đồng), tương ứng đạt kế hoạch lần lượt 44%; 38%", "… 23 tỷ đồng …; 5 tỷ đồng …, đạt 67% và
# 47% kế hoạch". Only words, never a figure, between the last amount and the shares.
_SHARE_RUN = re.compile(
    rf"(?:{NUMBER_PATTERN})\s*%(?:\s*(?:[;,]|(?i:và))\s*(?:{NUMBER_PATTERN})\s*%)+"
)

_ONE_SHARE = re.compile(rf"(?P<value>{NUMBER_PATTERN})\s*%")

_DIGIT = re.compile(r"\d")

#: How many characters of words (the last amount's kind of money, "tương ứng đạt kế hoạch lần
#: lượt") may stand between the last amount and its list of shares.
SHARES_REACH = 160


def _respective_shares(
    sections: Sections, mentions: list[FundingMention]
) -> tuple[list[FundingMention], list[Span]]:
    """``mentions`` with the shares a list of amounts is given in order after its last one
    (FACTS.md: a share written with its amount is the amount's ``percent_stated``, no
    percentage of its own), and the spans of those shares, claimed. A run of N shares goes to
    the N amounts written in its sentence before it, in order, only when they are exactly N
    (money that is no programme money keeps its share from being read as a rate of its own
    too), none has a share already, and nothing but words stands between the last and the
    run."""
    text = sections.text
    out = list(mentions)
    claimed: list[Span] = []
    for index in sorted({m.context.block for m in mentions if m.context.block >= 0}):
        block = sections.blocks[index]
        for run in _SHARE_RUN.finditer(text, block.start, block.end):
            start = next(
                (
                    s
                    for s, e in sections.sentences(block, semicolons=False)
                    if s <= run.start() <= e
                ),
                block.start,
            )
            figures = [f for f in _amount().finditer(text, start, run.start())]
            shares = list(_ONE_SHARE.finditer(text, run.start(), run.end()))
            if len(figures) != len(shares):
                continue
            between = text[figures[-1].end() : run.start()]
            if len(between) > SHARES_REACH or _DIGIT.search(between):
                continue
            owners = [
                next((i for i, m in enumerate(out) if m.start <= f.start() < m.end), None)
                for f in figures
            ]
            if any(i is not None and out[i].percent for i in owners):
                continue
            for i, share in zip(owners, shares, strict=True):
                if i is not None:
                    out[i] = replace(out[i], percent=share.group("value"))
                claimed.append((share.start("value"), share.end()))
    return out, claimed


def _lead_flows(sections: Sections, mentions: list[FundingMention]) -> list[FundingMention]:
    """Each amount on a line of a list takes what the lead line its list hangs from says of
    the money its lines break down, where the line says nothing of it itself: its flow verb
    ("Năm 2023, huyện đã được bố trí vốn như sau:" ⏎ "- Ngân sách tỉnh: 50 tỷ đồng;" ⏎ "Cộng:
    80 tỷ đồng.": allocated), its goal ("… phấn đấu huy động tổng nguồn vốn 90 tỷ đồng,
    trong đó:" ⏎ "- Ngân sách tỉnh: 50 tỷ đồng, gồm:" ⏎ "+ Vốn sự nghiệp: 20 tỷ đồng;":
    planned, however deep the line) and its span (the one the lead's money, or the list's
    first line, was dated with), as a whole's verb and time are its parts' in one sentence."""
    text = sections.text
    spans: dict[int, str] = {}  # the span of the money on or under each lead, by its block
    places: dict[int, str] = {}  # the place of the money on each block
    out = []
    for mention in mentions:
        lead = _lead_above(sections, mention.context.block)
        context = mention.context
        if lead is not None:
            written = text[lead.start : lead.end]
            if mention.region is None:
                # the place the lead names: "Huyện A đã huy động …, trong đó:" ⏎ "- Vốn …"
                region = places.get(lead.index) or _one_place(written)
                mention = replace(mention, region=region) if region else mention
            cue = _flow(written, "", "") if mention.flow is None and not mention.needed else None
            if cue is not None:
                mention = replace(mention, flow=" ".join(cue.group().split()))
            goal = _cue("goal").search(written) if context.goal is None else None
            if goal is not None:
                context = replace(context, goal=" ".join(goal.group().split()))
            if context.period is None and lead.index in spans:
                context = replace(context, period=spans[lead.index])
        if context.period is not None:
            spans.setdefault(lead.index if lead is not None else context.block, context.period)
        if mention.region is not None:
            places.setdefault(context.block, mention.region)
        out.append(replace(mention, context=context))
    return out


def _one_place(written: str) -> str | None:
    """The one place a lead line names ("Đến nay, huyện A đã huy động vốn như sau:"); None
    when it names none or several."""
    found = {" ".join(m.group().split()) for m in re.finditer(PLACE_PATTERN, written)}
    return found.pop() if len(found) == 1 else None


def _sentence_flows(sections: Sections, mentions: list[FundingMention]) -> list[FundingMention]:
    """An amount writing no flow verb of its own after another in the same sentence, its
    parts split by semicolons, takes that amount's verb ("… được phân bổ 27,5 tỷ đồng, trong
    đó: 1,3 tỷ đồng từ vốn huyện; 2,3 tỷ đồng từ nguồn khác; …": each part allocated), as a
    list's lines take their lead's (:func:`_lead_flows`)."""
    text = sections.text
    out: list[FundingMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            mention.flow is None
            and not mention.needed
            and before is not None
            and before.flow is not None
            and not before.needed
            and before.context.block == mention.context.block
            and _SENTENCE_END.search(text, before.end, mention.start) is None
        ):
            mention = replace(mention, flow=before.flow)
        out.append(mention)
    return out


def _lead_above(sections: Sections, index: int) -> Block | None:
    """The lead of the list block ``index`` is a line of: the nearest line above ending in a
    colon, reached over list items (sub-headings too: "- Ngân sách tỉnh: 50 tỷ đồng, gồm:")
    and lines ending in a semicolon only; None when a running line comes first."""
    text = sections.text
    for i in range(index - 1, -1, -1):
        above = sections.blocks[i]
        line = text[above.start : above.end].rstrip()
        if above.kind is BlockKind.ITEM or line.endswith(";"):
            continue  # a sibling, or a source heading of its own lines
        return above if line.endswith(":") else None
    return None
