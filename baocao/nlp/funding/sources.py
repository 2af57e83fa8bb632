"""Sources: the candidate source phrases of an amount, best first — its label, the
owner or source written after it, its list's lead line, its headings — and the parts of a
whole: budgets by level in one sentence, a source set aside, a part picked out of a whole, the
parts listed after "trong đó" or "gồm".

Lists (FACTS.md "total" and "other"): a part of a total naming no budget level, by kind of
money or by purpose ("Tổng kinh phí 900 triệu đồng, gồm vốn sự nghiệp 300 triệu …", and
again by purpose in a sentence opening "Trong đó …"), is of its heading's source, else money
of no named source, never another total; a bare level word after a budget's amount in one
sentence is that level's budget ("ngân sách tỉnh 50 tỷ đồng, huyện là 12 tỷ, xã 30 tỷ"); a
source set aside before the amount's own words ("Ngoài vốn Trung ương, vốn địa phương 80 tỷ
đồng") is not joined to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from baocao.nlp.context import Sections
from baocao.nlp.funding.amounts import AmountAt, _amount, _owner_phrase
from baocao.nlp.mentions import FundingMention
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.patterns import approx_at
from baocao.vocab.places import PLACE_PATTERN
from baocao.vocab.sources import funding_source, leading_source, names_kind_only

# "… của UBND tỉnh", "… của ngân sách huyện", "… do nhân dân đóng góp": whose money it is,
# written after the amount ("do UBND huyện làm chủ đầu tư" names who invests, not who pays);
# the supporter too: "… hỗ trợ từ Trung ương", "… do tỉnh hỗ trợ".
_OWNER_AFTER = re.compile(
    r"\s*(?:(?:(?i:hỗ\s+trợ|tài\s+trợ)\s+)?(?i:của|từ)|(?i:do)(?=\s+(?:(?i:nhân\s+dân|doanh\s+nghiệp|cộng\s+đồng)"
    r"|(?i:trung\s+ương|tỉnh|huyện|thành\s+phố|thị\s+xã)\s+(?i:hỗ\s+trợ|cấp|phân\s+bổ|bố\s+trí))))\s+"
    r"(?i:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|ngân\s+sách|"
    r"NS|nguồn\s+vốn|vốn)\s+)?(?P<level>(?i:trung\s+ương|tỉnh|huyện|thành\s+phố|thị\s+xã|xã|"
    r"nhân\s+dân|doanh\s+nghiệp|cộng\s+đồng))(?![^\W\d_])"
)


# One more budget in a list of budgets of several levels written after an amount, after a
# comma ("… vốn ngân sách Trung ương, ngân sách tỉnh"): not when that budget labels the next
# figure ("…, ngân sách tỉnh 20 tỷ đồng"), which is its own. A budget joined by "và" ("… từ
# vốn ngân sách Trung ương và vốn đối ứng địa phương") is `_JOINED_AFTER`'s, one reading of
# it (fundmore: the "và" alternative here read it twice, to the same effect).
_BUDGET_MORE = (
    r",\s*(?i:ngân\s+sách|vốn|NS)\s+(?:(?i:đối\s+ứng\s+(?:của\s+)?)?"
    r"(?i:trung\s+ương|tỉnh|huyện|thị\s+xã|thành\s+phố|xã|địa\s+phương)"
    r"|T\.Ư|TƯ|TW)(?![^\W\d_])(?![^,;.()\n]*\d)[^,;.()\d\n]{0,50}"
)

_BUDGET_MORE_AFTER = re.compile(_BUDGET_MORE)

# A money phrase written right after the amount: "200 tỷ đồng vốn Trung ương", "… là nguồn
# vốn ngân sách tỉnh" (up to the next figure or clause break).
_SOURCE_AFTER = re.compile(
    r"\s*(?:(?i:là|của|từ|thuộc)\s+)?(?i:(?:nguồn\s+)?vốn|ngân\s+sách|NS|nguồn|kinh\s+phí)(?![^\W\d_])"
    r"[^,;.()\d\n]{0,50}"
    rf"(?:{_BUDGET_MORE})*"
)

# The words after an amount end at the next figure: those before it are that figure's.
_FIGURE = re.compile(r"\d")

# A label that is only a giving verb, its giver left to the head of the sentence.
_GIVER_ELIDED = re.compile(
    r"(?i:(?:và\s+)?(?:(?:đã|cùng|còn|đồng\s+thời|cũng)\s+)*"
    r"(?:đóng\s+góp|góp|hiến|ủng\s+hộ|tự\s+đầu\s+tư)(?:\s+(?:được|thêm))?)$"
)

# A list of the kinds of money one amount is made of, opened right after it: "225 tỷ đồng
# (gồm vốn trái phiếu 122 tỷ đồng, …)", "… là 5.050 tỷ đồng, gồm: vốn trong nước …".
# A bracket opening right on a kind of capital is such a list too (fundmore): "… được phân
# bổ 20 tỷ đồng từ ngân sách tỉnh (vốn đầu tư phát triển 12 tỷ đồng và vốn sự nghiệp 8 tỷ
# đồng)" — the kinds are the whole's money.
_PARTS_OPEN = re.compile(
    r"\s*(?P<paren>\()?(?:[\s,]*(?i:bao\s+gồm|gồm)\s*:?"
    r"|(?<=\()\s*(?=(?i:vốn|kinh\s+phí)\s+(?i:đầu\s+tư\s+phát\s+triển|sự\s+nghiệp)(?![^\W\d_])))"
)

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")

# The phrases a campaign's and a donation's money are read as (funding_sources.toml).
CAMPAIGN_SOURCE = "nguồn khác"

# The phrase a part of a total that names no source is read as (money of no named source).
PART_SOURCE = CAMPAIGN_SOURCE

#: How far after an amount its owner or flow verb may be written.
AFTER_WINDOW = 60

#: How many blocks back a lead line ("Ngân sách trung ương hỗ trợ:") may govern an amount
#: line, over the sibling amount lines between them.
LEAD_LINES_BACK = 12

#: How many enclosing headings may give an amount line its source.
HEADINGS_UP = 2

#: Longest heading text read as a source label.
MAX_HEADING_LABEL = 120


def _lead_line(sections: Sections, block: Block) -> str | None:
    """The line that introduces a run of amount lines that are not list items ("Ngân sách
    trung ương hỗ trợ:" over "Vốn đầu tư phát triển: 390.193 triệu đồng"): the nearest earlier
    block, over sibling amount lines, that ends with a colon."""
    text = sections.text
    blocks = sections.blocks
    for i in range(block.index - 1, max(-1, block.index - 1 - LEAD_LINES_BACK), -1):
        other = blocks[i]
        body = text[other.body : other.end].rstrip(" *")
        if body.endswith(":"):
            return body
        if other.kind is BlockKind.HEADING or _amount().search(text, other.body, other.end) is None:
            return None
    return None


def _heading_labels(sections: Sections, block: Block) -> list[str]:
    """The enclosing headings' labels, innermost first ("2.1. Ngân sách trung ương:" over
    "2.1.1. Vốn sự nghiệp: …"): each heading's text before its first amount."""
    text = sections.text
    found = []
    for heading in sections.headings(block)[:HEADINGS_UP]:
        first = _amount().search(text, heading.body, heading.end)
        label = text[heading.body : first.start() if first else heading.end]
        if len(label) <= MAX_HEADING_LABEL:
            found.append(label)
    return found


def _sources(
    at: AmountAt, end: int, clause: int, label: str, spending: bool, disbursed: bool = False
) -> tuple[list[str], int]:
    """Candidate source phrases, best first (see the module docstring), and the index where
    the candidates of the amount's own words end and those of its parents begin.
    ``at.running`` is the budget of the giver the paragraph's running text named before the
    amount ("Tỉnh được Trung ương phân bổ 400 tỷ đồng, …"): the innermost parent of a kind
    of that money ("… và vốn sự nghiệp 60 tỷ") or of a disbursement naming no source
    (``disbursed``: "Đến nay, tỉnh đã giải ngân 200 tỷ đồng"), as a heading is of its
    lines."""
    sections, block, m, running = at.sections, at.block, at.m, at.running
    text = sections.text
    found = [label] if label else []
    list_lead = _lead_in_label(label)
    if list_lead is not None:
        # "nguồn vốn ngân sách tỉnh gồm: ngân sách tỉnh 12 tỷ đồng, …": the first item's own
        # words, its list's lead a parent (as it is of the items after it)
        found = [list_lead[1]]
    if _GIVER_ELIDED.match(label):
        # "Nhân dân đã hiến … trị giá 9 tỷ đồng và đóng góp 4,5 tỷ đồng": the giver named
        # once at the head of the sentence
        s, _ = sections.sentence_at(block, m.start())
        if s < clause:
            found.append(text[s:clause])
    owner = _OWNER_AFTER.match(text, end)
    if owner is not None:
        found.append(_owner_phrase(owner))
    after = _SOURCE_AFTER.match(text, end)
    if after is not None:
        found.append(after.group())
    parents: list[str] = [list_lead[0]] if list_lead is not None else []
    if not spending:  # a cost's source is what its own clause says, or none
        first = _amount().search(text, block.body, clause)
        if first is None:
            lo = block.body
            if _broken_down(sections, block, m.start(), end):
                # "… nhân dân hiến đất. Toàn tỉnh huy động 900 tỷ đồng, trong đó ngân sách
                # …, nhân dân …": the whole of the sources its parts name, none of an
                # earlier sentence of its paragraph
                lo = max(lo, sections.sentence_at(block, m.start())[0])
            before = text[lo:clause].strip()
            if before:
                found.append(before)
        else:  # siblings before it: only a lead written before the first of them counts
            colon = text.rfind(":", block.body, first.start())
            if colon >= 0:
                parents.append(text[block.body : colon])
            else:
                parents += _sentence_lead(sections, block, clause)
        lead = sections.lead(block)
        if lead is not None:
            parents.append(text[lead.start : lead.end])
        else:
            line = _lead_line(sections, block)
            if line is not None:
                parents.append(line)
        parents += _heading_labels(sections, block)
        if running is not None and (
            (found and all(names_kind_only(f) for f in found))
            or (disbursed and not any(funding_source(f) for f in found))
        ):
            parents.insert(0, running)
    if all(names_kind_only(f) for f in found) and any(
        funding_source(p) not in (None, "total", "other") and not names_kind_only(p)
        for p in parents
    ):  # "Ngân sách tỉnh: … - Vốn đầu tư phát triển: 600 triệu đồng": a kind of the parent's money
        found = []
        parents = [p for p in parents if not names_kind_only(p)]
    if found and _DEVOLVED.match(found[0]):
        # "… ngân sách tỉnh gồm: phân cấp ngân sách huyện 6 tỷ đồng": money the province
        # devolved to the district, the province's: the budget its parent names comes first
        above = next(
            (p for p in parents if funding_source(p) not in (None, "total", "other")), None
        )
        if above is not None:
            found.insert(0, above)
    own = len(found)
    return [" ".join(f.split()) for f in (*found, *parents)], own


# A list's lead naming whose money its items are: "Trong đó, giải ngân nguồn vốn ngân sách
# tỉnh gồm: xổ số kiến thiết (11 tỷ đồng); …".
_LIST_LEAD = re.compile(r"(?i:gồm|bao\s+gồm|như\s+sau|cụ\s+thể)\s*:")


# Money a level above devolved to the one named after it ("phân cấp ngân sách huyện",
# "vốn phân cấp cho xã"): the level that manages it, not whose money it is.
_DEVOLVED = re.compile(r"\s*(?:(?i:vốn|nguồn)\s+)?(?i:phân\s+cấp)(?![^\W\d_])")


def _lead_in_label(label: str) -> tuple[str, str] | None:
    """The lead of a list and the first item's own words, when the first item's label runs on
    from its list's lead ("… nguồn vốn ngân sách tỉnh và huyện gồm: ngân sách tỉnh"), the lead
    naming a budget: each item takes its own source, not the lead's joined to it."""
    leads = list(_LIST_LEAD.finditer(label))
    if not leads:
        return None
    before, own = label[: leads[-1].start()], label[leads[-1].end() :]
    if not own.strip() or funding_source(before) in (None, "total", "other"):
        return None
    return before, own


def _sentence_lead(sections: Sections, block: Block, clause: int) -> list[str]:
    """The lead of a list of amounts in one sentence of a paragraph whose first amount is in
    an earlier sentence ("Đến nay, huyện giải ngân 112 tỷ đồng. Trong đó, nguồn vốn ngân sách
    tỉnh gồm: … (6 tỷ đồng); xổ số kiến thiết (11 tỷ đồng)"): the words before its "gồm:",
    when no amount stands before them in the sentence; none otherwise."""
    text = sections.text
    s = next(
        (a for a, b in sections.sentences(block, semicolons=False) if a <= clause <= b),
        block.body,
    )
    first = _amount().search(text, s, clause)
    if first is None:
        return []
    leads = list(_LIST_LEAD.finditer(text, s, first.start()))
    return [text[s : leads[-1].start()]] if leads else []


# What closes the words written right after an amount: a list's comma or "và", a clause
# break, a bracket, a colon, a line's end.
_AFTER_CLOSE = re.compile(r"[,;:()\t|\n]|\.(?:\s|$)|\s(?i:và|cùng\s+với)\s|$")


# One more source joined to the one written right after an amount, running to the end of
# its clause: "… 312 tỷ đồng từ vốn ngân sách Trung ương và vốn đối ứng địa phương", "… từ
# vốn tín dụng, các nguồn vốn khác". A figure before the clause ends makes those words the
# next figure's label ("… từ ngân sách tỉnh và nhân dân đóng góp 3 tỷ đồng"): no match.
_JOINED_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?i:và)\s+)(?P<next>[^,;:()\d\n]{2,60}?)(?=\s*(?:[,;:()\n]|\.(?:\s|$)|$))"
)


# A name of money that goes on past a comma: "lồng ghép các chương trình, dự án" (the
# programmes and projects whose money is pooled), up to the clause's end or a "và".
_NAME_GOES_ON = re.compile(
    r"\s*,\s*(?i:dự\s+án|đề\s+án)(?=\s*(?:[,;:()\n]|\.(?:\s|$)|$)|\s+(?i:và)\s)"
)


# A bracket right after an amount holding only words: "30 tỷ đồng (ngân sách huyện)".
_BRACKETED = re.compile(r"[ \t]*\((?P<words>[^()\d\n]{1,60})\)")


def _trailing_source(text: str, end: int, block_end: int) -> tuple[str, int] | None:
    """The source written right after an amount and closed before the next figure ("30 tỷ
    đồng ngân sách huyện và 15 tỷ đồng nhân dân đóng góp", "12 tỷ vốn doanh nghiệp, 3,5
    tỷ vốn tín dụng"): those words are this amount's, not a label of the next one. Words
    running on into the next figure ("ngân sách tỉnh 12 tỷ đồng ngân sách huyện 5 tỷ đồng")
    are the next one's label. Returns the words and where they end."""
    limit = min(block_end, end + AFTER_WINDOW)
    bracket = _BRACKETED.match(text, end, limit)
    if bracket is not None:  # "30 tỷ đồng (ngân sách huyện), 15 tỷ đồng (nhân dân đóng góp)"
        words = bracket.group("words")
        if leading_source(words) is None:
            return None
        return " ".join(words.split()), bracket.end()
    close = _AFTER_CLOSE.search(text, end, limit)
    stop = close.start() if close else limit
    if stop == limit and limit < block_end:
        return None  # runs on past the window: no closing separator seen
    while (more := _BUDGET_MORE_AFTER.match(text, stop, block_end)) is not None:
        stop = more.end()  # "… vốn ngân sách Trung ương, ngân sách tỉnh": both budgets
    words = text[end:stop]
    if not words.strip() or _FIGURE.search(words) or leading_source(words) is None:
        return None
    if (goes_on := _NAME_GOES_ON.match(text, stop, block_end)) is not None:
        stop = goes_on.end()  # "… từ lồng ghép các chương trình, dự án": one name
    while (joined := _JOINED_AFTER.match(text, stop, block_end)) is not None and leading_source(
        joined.group("next")
    ) is not None:
        # "… 312 tỷ đồng từ ngân sách Trung ương và vốn đối ứng địa phương": both, joined
        stop = joined.end()
    return " ".join(text[end:stop].split()), stop


# A place written right after an amount: the place it went to or was spent in ("… 2 tỷ
# đồng cho xã Tân Phú, 1,5 tỷ đồng cho xã Tân Hòa", "… 3 tỷ đồng xã A, 2 tỷ đồng xã B").
_PLACE_AFTER = re.compile(rf"\s*(?:(?i:cho|tại|ở|thuộc|về)\s+)?(?P<place>{PLACE_PATTERN})\s*")


def _trailing_place(text: str, end: int, block_end: int) -> tuple[str, int] | None:
    """The place written right after an amount and closed before the next figure (see
    :func:`_trailing_source`): that amount's place, not a label of the next one."""
    limit = min(block_end, end + AFTER_WINDOW)
    close = _AFTER_CLOSE.search(text, end, limit)
    stop = close.start() if close else limit
    if stop == limit and limit < block_end:
        return None
    found = _PLACE_AFTER.fullmatch(text, end, stop)
    if found is None:
        return None
    return " ".join(found.group("place").split()), stop


# A level word alone as the label of an amount: "…, huyện là 12 tỷ", "; cấp xã 30 tỷ".
_BARE_LEVEL_LABEL = re.compile(
    r"(?:(?i:và|còn|cấp)\s+)*(?P<level>(?i:trung\s+ương|TW|T\.Ư|tỉnh|huyện|thị\s+xã|"
    r"thành\s+phố|xã))(?:\s+(?i:là|được|có|đạt|chiếm|bố\s+trí|đóng\s+góp))?\s*:?"
)

#: The budgets of a level of government (``funding_sources.toml``).
_BUDGETS = frozenset({"central", "province", "district", "commune"})


def _names_budget(mention: FundingMention) -> bool:
    """Whether the amount's own words name the budget of a level of government."""
    return any(
        _BUDGETS & set((funding_source(phrase) or "").split("+"))
        for phrase in mention.sources[: mention.own_sources]
    )


def _elided_budget(text: str, label: str, previous: FundingMention | None, at: int) -> str | None:
    """The budget a bare level word labels in a list of budgets by level written in one
    sentence: "ngân sách tỉnh 50 tỷ đồng, huyện là 12 tỷ, xã 30 tỷ" names "ngân sách" once,
    and "huyện", "xã" are the district's and the commune's budgets (alone, a level word
    after an amount names a place, :func:`baocao.vocab.sources.leading_source`). None unless
    the amount before, in the same sentence, is a budget's."""
    approx = approx_at(label + " ", len(label) + 1)  # "huyện là gần 34 tỷ đồng"
    found = _BARE_LEVEL_LABEL.fullmatch(label, 0, approx.start() if approx else len(label))
    if found is None or previous is None or not _names_budget(previous):
        return None
    if _SENTENCE_END.search(text, previous.end, at) is not None:
        return None
    return f"ngân sách {' '.join(found.group('level').split())}"


# A source set aside before the amount's own words: "Ngoài nguồn vốn Trung ương, vốn địa
# phương 80 tỷ đồng", "Bên cạnh nguồn ngân sách, nhân dân đóng góp 5 tỷ đồng" (not "Ngoài ra",
# nor "Bên cạnh đó," / "Cùng với đó,", which set nothing aside: they join the sentence on).
_EXCLUDED = re.compile(
    r"[\s\-–+•*·]*(?i:ngoài|bên\s+cạnh|cùng\s+với|không\s+kể)\s+"
    r"(?!(?i:ra|đó|đấy|này)(?![^\W\d_]))"
    r"[^,;:\d\n]{1,80}?(?:,|\s(?i:thì|còn)(?![^\W\d_]))\s*"
)


# A part picked out of a whole named by words, not by an amount: "Trong nguồn vốn huy động có
# trên 300 tỷ đồng tiền mặt", "trong tổng kinh phí đã huy động, có 40 tỷ đồng …" — some of
# the total, of no source the words name.
_WITHIN_WHOLE = re.compile(
    r"[\s\-–+•*·]*(?:(?i:đặc\s+biệt|riêng|cụ\s+thể)\s*,?\s*)?(?i:trong)\s+(?:(?i:tổng)\s+)?"
    r"(?:(?i:số)\s+)?(?i:nguồn\s+vốn|nguồn\s+lực|số\s+vốn|vốn|kinh\s+phí)"
    r"(?:\s+(?i:đã\s+)?(?i:huy\s+động|thu\s+hút|đầu\s+tư)(?:\s+(?i:được))?)?\s*,?\s*"
    r"(?i:có|thì\s+có)\s+(?:(?i:trên|hơn|gần|khoảng|tới|đến)\s+)?"
)


def _within_whole(text: str, clause: int, at: int) -> bool:
    """Whether the amount at ``at`` is picked out of a whole its clause names by words
    ("Trong nguồn vốn huy động có 80 tỷ đồng tiền mặt"): a part, not the total."""
    found = _WITHIN_WHOLE.match(text, clause, at)
    return found is not None and found.end() == at


def _past_excluded(text: str, clause: int, at: int) -> int:
    """Where the amount's own words start after a source its clause sets aside ("Ngoài vốn
    Trung ương, vốn địa phương 80 tỷ đồng": the local budgets' 80 tỷ, not the two joined);
    ``clause`` when it sets none aside."""
    found = _EXCLUDED.match(text, clause, at)
    return found.end() if found is not None and found.end() < at else clause


def _a_source_among(phrases: Sequence[str]) -> bool:
    """Whether any of ``phrases`` names a source other than the total ("Ngân sách T.Ư" does,
    "Tổng kinh phí" does not)."""
    return any(funding_source(phrase) not in (None, "total") for phrase in phrases)


def _names_a_source(mention: FundingMention) -> bool:
    """Whether the amount's own words name a source other than the total ("Ngân sách T.Ư
    hỗ trợ 310 tỷ đồng" does, "Tổng kinh phí năm nay 900 triệu đồng" does not)."""
    return _a_source_among(mention.sources[: mention.own_sources])


_AMONG_PARTS = re.compile(r"(?<![^\W\d_])(?i:trong\s+đó)(?![^\W\d_])")


def _after_among_parts(text: str, sentence: int, previous: FundingMention, at: int) -> bool:
    """Whether the amount at ``at`` is listed after a "trong đó" that follows an earlier
    amount of its sentence (``previous`` or one before it)."""
    if previous.end < sentence:
        return False
    among = _AMONG_PARTS.search(text, sentence, at)
    return among is not None and _FIGURE.search(text, sentence, among.start()) is not None


def _parts_of(text: str, previous: FundingMention, at: int) -> bool:
    """Whether the amount at ``at`` is listed after a "trong đó" written after ``previous``
    (``previous`` the whole the parts divide), not after one before it (``previous`` then a
    sibling part: "…, trong đó vốn lồng ghép 100 tỷ đồng, vốn trực tiếp 50 tỷ đồng")."""
    return _AMONG_PARTS.search(text, previous.end, at) is not None


def _broken_down(sections: Sections, block: Block, at: int, end: int) -> bool:
    """Whether the amount at ``at`` (ending at ``end``) is the whole of parts its sentence
    lists after it, with no other amount between: "huy động 900 tỷ đồng để xây dựng NTM,
    trong đó ngân sách tỉnh 300 tỷ đồng …", "… 52 tỷ đồng (gồm vốn …)"."""
    text = sections.text
    _, sentence_end = sections.sentence_at(block, at)
    among = _PARTS_OPEN.match(text, end) or _AMONG_PARTS.search(text, end, sentence_end)
    if among is None or _amount().search(text, end, among.start()) is not None:
        return False
    # parts by amount, or by share alone ("… 1.300 tỷ đồng, trong đó 14% là vốn ngân sách")
    return (
        _amount().search(text, among.end(), sentence_end) is not None
        or _PART_SHARE.search(text, among.end(), sentence_end) is not None
    )


# A part of a whole stated as its share only: "trong đó 14% là vốn ngân sách nhà nước".
_PART_SHARE = re.compile(r"\d\s*%")


# Words that run on from the amount before to the "trong đó" opening its parts: "để xây dựng
# NTM, ", "cho 8 xã, " (no figure, no clause break).
_RUN_ON_TO_PARTS = re.compile(r"[^\d,;.()\n]{0,80},\s*")


def _past_among(text: str, clause: int, at: int) -> int:
    """Where the label of the amount at ``at`` starts when its clause runs on from the amount
    before to a "trong đó" that opens its parts ("… 900 tỷ đồng để xây dựng NTM, trong đó
    ngân sách nhà nước …"): at that "trong đó"; else ``clause``."""
    run_on = _RUN_ON_TO_PARTS.match(text, clause, at)
    if run_on is None:
        return clause
    among = _AMONG_PARTS.match(text, run_on.end(), at)
    return among.start() if among is not None else clause


def _with_whole(
    sources: list[str], own: int, whole: FundingMention, total: bool
) -> tuple[list[str], int]:
    """The candidate sources of a part listed under ``whole`` ("… 310 tỷ đồng (gồm vốn sự
    nghiệp 95 tỷ đồng, …)"), and where the part's own words end. A part naming only a kind of
    money ("vốn sự nghiệp", "vốn đầu tư phát triển") is of the whole's source when the whole
    names one. Under a whole that names none but the total ("Tổng kinh phí 900 triệu đồng,
    gồm vốn sự nghiệp 300 triệu, …; chi xây dựng 700 triệu, …") a kind names no level: a
    part naming no source of its own (a kind, a purpose) is of the source its heading or lead
    names, else a part of the total, money of no named source (``other``), never a total
    itself; a part labelled as a total (a period's) stays one."""
    kind = own > 0 and all(names_kind_only(phrase) for phrase in sources[:own])
    inherited = list(whole.sources[: whole.own_sources])
    if _names_a_source(whole):
        at = 0 if kind else own  # a kind of money alone ("vốn đầu tư phát triển") is the whole's
        return [*sources[:at], *inherited, *sources[at:]], own
    rest = [] if total else [PART_SOURCE]
    if kind or own == 0:
        return [*sources[own:], *inherited, *rest], 0
    return [*sources[:own], *inherited, *sources[own:], *rest], own


# Another national target programme named before the amount in its sentence ("Đối với
# Chương trình MTQG giảm nghèo bền vững, năm 2023 huyện được phân bổ 12 tỷ đồng từ ngân
# sách Trung ương"): the money is that programme's — in an NTM report integrated money
# (funding_sources.toml), never NTM's own money of the level that funds the other programme.
_OTHER_PROGRAMME = re.compile(
    r"(?<![^\W\d_])(?i:chương\s+trình)\s+(?:(?i:MTQG|mục\s+tiêu\s+quốc\s+gia)\s+)?"
    r"(?i:giảm\s+nghèo|1719|135|phát\s+triển\s+kinh\s+tế)(?![^\W\d_])[^,;.:()\n]{0,100}"
)
# The NTM programme named in the sentence too: the money may be its own.
_NTM_NAMED = re.compile(r"(?<![^\W\d_])(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])")


def _other_programmes(sections: Sections, mentions: list[FundingMention]) -> list[FundingMention]:
    """Each mention whose sentence names another national target programme before it, and
    not the NTM programme, with that programme's name as its first own source."""
    text = sections.text
    out = []
    for mention in mentions:
        block = sections.blocks[mention.context.block]
        start, end = sections.sentence_at(block, mention.start)
        # before the amount (its quote may open on the programme's name)
        amount_at = text.find(mention.amount, mention.start, mention.end)
        named = _OTHER_PROGRAMME.search(text, start, amount_at if amount_at >= 0 else mention.end)
        if (
            named is not None
            and _NTM_NAMED.search(text, start, end) is None
            and funding_source(named.group()) == "integrated"
        ):
            sources = (named.group(), *mention.sources)
            mention = replace(mention, sources=sources, own_sources=mention.own_sources + 1)
        out.append(mention)
    return out
