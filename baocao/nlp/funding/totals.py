"""Totals and kinds: whether an amount is a total (of a list of sources, of works),
the cost of a purpose, programme money at all, a comparison base or a change, the result of a
growth, or money a named campaign raised.

Money a named campaign raised ("phong trào “Ngày Chủ nhật xanh” huy động …", "chương trình
“Chung tay …”") takes the campaign as its source (``other``) unless a budget or giver is
named, and the campaign's quoted name is read as no source; land or labour the people gave,
valued in money ("hiến 2 ha đất, trị giá …", "… ngày công, quy ra tiền …"), is their
contribution, not a cost. A comparison base or a change ("tăng gấp 4 lần so với năm 2010
(2.106 tỷ đồng)", "cao hơn cùng kỳ (70 tỷ đồng)", "…, tăng 12 tỷ đồng") is no amount.
"""

from __future__ import annotations

import re

from baocao.nlp.context import Sections
from baocao.nlp.funding.amounts import Span, _cue, _funding_heading, _only_period
from baocao.nlp.segment import Block
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.sources import funding_source

# Words that start an amount of its own after a comparison ("So với năm 2019, vốn lồng ghép
# đạt 45 tỷ đồng"): a kind of money or a flow verb.
_MONEY_NAMED = re.compile(r"(?i:(?<![^\W\d_])(?:kinh\s+phí|vốn|ngân\s+sách|nguồn)(?![^\W\d_]))")

# "…, tăng 12 tỷ đồng": a change, written right before the amount.
_CHANGE_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:tăng|giảm))(?:\s+(?i:thêm))?\s*$")

# A campaign that is the programme itself ("phong trào thi đua “Cả nước chung sức xây dựng
# nông thôn mới”", "phong trào xây dựng NTM") names no source; nor does a local copy of it
# named after its place ("phong trào “Tân Phú chung sức xây dựng NTM”").
_PROGRAMME_AFTER = re.compile(
    r"[\s“”\"«»']*(?:(?i:thi\s+đua)[\s“”\"«»']*)?(?:(?i:cả\s+nước|toàn\s+dân)\s+)?"
    r"(?i:chung\s+sức|xây\s+dựng\s+(?:nông\s+thôn\s+mới|NTM)|XDNTM)"
    r"|[\s“”\"«»']*(?:(?i:thi\s+đua)[\s“”\"«»']*)?(?:[^\W\d_]+\s+){1,5}?"
    r"(?i:chung\s+sức\s+xây\s+dựng\s+(?:nông\s+thôn\s+mới|NTM))"
)

_QUOTED = re.compile(r"“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"")

#: How far before a quoted name its campaign word may be ("phong trào thi đua “…”").
CAMPAIGN_NAME_GAP = 20


# A flow verb whose object is money itself: "phân bổ nguồn vốn cho các địa phương", "giao
# kinh phí cho các xã" (not a work the money pays for).
_MONEY_GIVEN = re.compile(
    r"(?<![^\W\d_])(?i:phân\s+bổ|bố\s+trí|giao|cấp|quyết\s+chi|hỗ\s+trợ)\s+(?:(?i:nguồn\s+vốn|"
    r"nguồn|vốn|kinh\s+phí|ngân\s+sách)(?![^\W\d_]))"
)


def _spending(label_text: str) -> re.Match[str] | None:
    """The cue that makes the amount the cost of a purpose ("chợ … với kinh phí hơn 16 tỷ
    đồng"); None when what comes before it gives money itself out ("phân bổ nguồn vốn cho
    các địa phương, đơn vị với tổng kinh phí 258,3 tỷ đồng": the total allocated)."""
    found = _cue("spending").search(label_text)
    if (
        found is not None
        and "kinh" in found.group().lower()
        and _MONEY_GIVEN.search(label_text, 0, found.start())
    ):
        return None
    return found


#: Raising money, before the sources it lists.
_RAISING = re.compile(r"(?<![^\W\d_])(?i:huy\s+động|lồng\s+ghép)(?![^\W\d_])")

#: "với" right before a total's label: the total of what the clause listed before it.
_WITH_END = re.compile(r"(?<![^\W\d_])(?i:với)\s+$")


def _total_of_list(
    sections: Sections, block: Block, at: int, clause: int, label_text: str
) -> re.Match[str] | None:
    """The total's label when money raised from several sources listed is written as their
    total after "với" ("huy động vốn trung ương, tỉnh, lồng ghép, tín dụng và nhân dân với
    tổng kinh phí hơn 900 tỷ đồng"): the total, none of the sources listed."""
    cue = _cue("total").search(label_text)
    if cue is None or not _WITH_END.search(label_text, 0, cue.start()):
        return None
    text = sections.text
    s, _ = sections.sentence_at(block, at)
    raising = _RAISING.search(text, s, clause + cue.start())
    if raising is None:
        return None
    listed = funding_source(text[raising.start() : clause + cue.start()])
    if listed is None or "+" not in listed:
        return None
    return cue


# The programme itself as the works built: "xây dựng NTM", "xây dựng các xã nông thôn mới",
# "xây dựng thôn kiểu mẫu", "thực hiện chương trình".
_PROGRAMME_BUILT = re.compile(
    r"\s+(?:(?i:các|xã|huyện|tỉnh|thôn|ấp|bản|khu\s+dân\s+cư|mô\s+hình)\s+)*"
    r"(?i:nông\s+thôn\s+mới|NTM|chương\s+trình|kiểu\s+mẫu)(?![^\W\d_])"
)

# Between a total's label and the works it is the cost of: "tổng kinh phí đầu tư cho …".
_TO_WORKS = re.compile(
    r"\s+(?:(?i:đầu\s+tư|thực\s+hiện)\s+)?(?:(?i:cho|để|của)\s+)?(?:(?i:các|việc)\s+)?"
)

# What ends the works written after a total's label: the verb before the amount, its
# approximation, a colon.
_WORKS_END = re.compile(r"(?:\s*(?:(?i:là|đạt|được|khoảng|gần|hơn|trên|:)(?![^\W\d_])|:))*\s*$")


def _works_total(label_text: str) -> tuple[re.Match[str], str] | None:
    """The total's label of the cost of works, and the works (the money's purpose), when its
    clause names works before it ("sửa chữa, xây mới 40 cây cầu, tổng kinh phí …") or right
    after it ("tổng vốn nâng cấp 12 km đường là …"): money for a purpose, not the programme's
    total; None for money raised ("tổng vốn huy động …") or the programme's own works
    ("tổng kinh phí xây dựng NTM …")."""
    total = _cue("total").search(label_text)
    if total is None or _RAISING.search(label_text):
        return None
    works = [
        w
        for w in _cue("works").finditer(label_text)
        if _PROGRAMME_BUILT.match(label_text, w.end()) is None
    ]
    before = [w for w in works if w.end() <= total.start()]
    if before:
        purpose = label_text[before[0].start() : total.start()]
    else:
        to = _TO_WORKS.match(label_text, total.end())
        after = [w for w in works if to is not None and w.start() == to.end()]
        if not after:
            return None
        purpose = _WORKS_END.sub("", label_text[after[0].start() :])
    purpose = " ".join(purpose.split()).strip(" ,.-")
    return (total, purpose) if purpose else None


#: An investment's verb right before the works it pays for: "đầu tư xây dựng trường học 80 tỷ
#: đồng" (the money's purpose, the works).
_INVESTED_IN_WORKS = re.compile(r"(?<![^\W\d_])(?i:đầu\s+tư)\s+$")


def _works_cost(label_text: str) -> str | None:
    """The works an amount whose label names no source pays for (FACTS.md: money spent on one
    purpose with no source named is source ``other``, its purpose in ``purpose``): works named
    in the clause before a cost word ("cứng hóa 120 km đường, kinh phí 150 tỷ đồng"), right
    after it ("kinh phí xây dựng trường học là …"), or right after "đầu tư" ("đầu tư xây dựng
    trường học 80 tỷ đồng"); None for money raised or the programme's own works ("kinh phí
    xây dựng NTM …")."""
    if _RAISING.search(label_text):
        return None
    works = [
        w
        for w in _cue("works").finditer(label_text)
        if _PROGRAMME_BUILT.match(label_text, w.end()) is None
    ]
    if not works:
        return None
    costs = list(_cue("cost_label").finditer(label_text))
    if costs:
        cost = costs[-1]
        before = [w for w in works if w.end() <= cost.start()]
        if before:
            purpose = label_text[before[0].start() : cost.start()]
        else:
            to = _TO_WORKS.match(label_text, cost.end())
            after = [w for w in works if to is not None and w.start() == to.end()]
            if not after:
                return None
            purpose = _WORKS_END.sub("", label_text[after[0].start() :])
    else:
        invested = [w for w in works if _INVESTED_IN_WORKS.search(label_text, 0, w.start())]
        if not invested:
            return None
        purpose = _WORKS_END.sub("", label_text[invested[0].start() :])
    purpose = " ".join(purpose.split()).strip(" ,.-")
    return purpose or None


# A line summing the lines of a list above it with no "tổng": "Cộng: 94.520 triệu đồng",
# "Cộng lại: 12 tỷ đồng". The whole label is the word: "cộng" is also the first syllable of
# "cộng đồng" (the community), so no cue of its own can stand for it.
_SUM_LINE = re.compile(r"[\s\-–+•*]*(?i:cộng)(?:\s+(?i:lại|chung))?\s*:?\s*")


def _is_total(sections: Sections, block: Block, label_text: str, label: str) -> bool | None:
    """True for a total's label, False for another label, None when the label is a bare
    period outside any funding section (not programme money at all)."""
    if _spending(label_text) or _works_total(label_text):
        return False
    if _cue("total").search(label_text) or _SUM_LINE.fullmatch(label_text):
        return True
    if _only_period(label):
        return True if _funding_heading(sections, block) else None
    return False


# An amount followed at once by the programme it builds ("Hơn 23 tỷ đồng xây dựng nông thôn
# mới 2018", "40 tỷ đồng cho xây dựng NTM"): the programme's money, though no money word
# comes before it (a headline's wording).
_FOR_THE_PROGRAMME = re.compile(
    r"\s*(?:(?i:để|cho|đầu\s+tư)\s+)?(?i:xây\s+dựng|XD)\s+(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])"
)


def _is_funding(sections: Sections, block: Block, at: int, after: str) -> bool:
    """A funding cue before the amount in its block, right after it in its clause ("440 tỷ
    đồng là nguồn vốn …"), or in the lead of its list."""
    text = sections.text
    # in its sentence or the one before ("Tổng vốn huy động 100 tỷ đồng. Trong đó, nhân dân
    # 20 tỷ đồng …"), not anywhere earlier in a paragraph that has moved on
    sentences = sections.sentences(block)
    here = next((i for i, (ss, se) in enumerate(sentences) if ss <= at < se + 1), 0)
    lo = sentences[max(0, here - 1)][0] if sentences else block.body
    if _cue("funding").search(text, max(lo, block.body), at) or _cue("funding").search(after):
        return True
    if _FOR_THE_PROGRAMME.match(after):
        return True  # "Hơn 23 tỷ đồng xây dựng nông thôn mới 2018": money for the programme
    lead = sections.lead(block)
    if lead is None and block.index > 0:
        above = sections.blocks[block.index - 1]
        if text[above.start : above.end].rstrip().endswith(":"):
            # "… phấn đấu huy động vốn như sau:" ⏎ "Tín dụng: 17 tỷ đồng." (a line with no
            # bullet): the line the colon leads to
            lead = above
    return lead is not None and _cue("funding").search(text, lead.start, lead.end) is not None


# A rate of growth against a base, then the amount reached: "tăng 10% so với năm trước, đạt
# ", "giảm 5% so với năm 2020, còn ", "tăng gấp 2 lần so với cùng kỳ, lên ".
_GROWTH_THEN_AMOUNT = re.compile(
    r"(?<![^\W\d_])(?i:tăng|giảm)(?:\s+(?i:thêm))?\s+(?:(?i:gần|hơn|khoảng|trên)\s+)?"
    rf"(?:(?P<rate>{NUMBER_PATTERN}\s*%)|(?i:gấp)\s+{NUMBER_PATTERN}\s+(?i:lần))\s+"
    r"(?i:so\s+với|so)\s+[^,;()]{1,40}?,\s*(?:(?i:và)\s+)?(?i:đạt|lên|là|còn|ở\s+mức)"
    r"(?:\s+(?i:khoảng|gần|hơn|trên))?\s*$"
)


def _growth_then_amount(label_text: str) -> re.Match[str] | None:
    """The rate of growth written before the amount it led to ("vốn lồng ghép tăng 10% so
    với năm trước, đạt 150 tỷ đồng"): the amount is money of its own, not a comparison
    base, and the rate no fact (it is claimed, not read as a percentage)."""
    return _GROWTH_THEN_AMOUNT.search(label_text)


def _growth_rate(text: str, start: int, at: int) -> Span | None:
    """The span of the rate of growth an amount's label ends with ("… tăng 10% so với năm
    trước, đạt 150 tỷ đồng": "10%"), claimed with the amount: the rate is no fact."""
    growth = _growth_then_amount(text[start:at])
    if growth is None or growth.group("rate") is None:
        return None
    return start + growth.start("rate"), start + growth.end("rate")


def _compared(label_text: str, after: str, follows_amount: bool) -> bool:
    """Whether the amount is a comparison base or a change, not money of its own: "tăng gấp
    4 lần so với năm 2010 (2.106 tỷ đồng)", "cao hơn cùng kỳ (70 tỷ đồng)", "so với năm
    trước tăng 12 tỷ đồng", "45 tỷ đồng, tăng 12 tỷ đồng"."""
    compared = list(_cue("comparison").finditer(label_text))[-1:]
    if compared and _growth_then_amount(label_text) is None:
        between = label_text[compared[0].end() :]
        if not (_MONEY_NAMED.search(between) or _cue("flow").search(between)):
            return True
    change = _CHANGE_BEFORE.search(label_text)
    if change is None:
        return False
    only_change = not re.search(r"[^\W\d_]", label_text[: change.start()])
    return (only_change and follows_amount) or _cue("comparison").match(
        after.lstrip(" ,(")
    ) is not None


def _campaign(text: str, lo: int, at: int) -> bool:
    """Whether a campaign or movement other than the programme itself is named between
    ``lo`` and ``at`` ("phong trào “Ngày Chủ nhật xanh”", "chương trình “Chung tay …”")."""
    return any(
        _PROGRAMME_AFTER.match(text, c.end()) is None or c.group().casefold() == "chung tay"
        for c in _cue("campaign").finditer(text, lo, at)
    )


def _campaigns_total(label_text: str) -> bool:
    """Whether the label calls the amount the total of a campaign ("Tổng kinh phí huy động
    từ phong trào “…” là"), not the programme's total in a sentence that mentions one
    ("Hưởng ứng phong trào “…”, tổng vốn huy động xây dựng NTM đạt")."""
    total = _cue("total").search(label_text)
    return total is not None and _campaign(label_text, total.end(), len(label_text))


def _without_campaign_names(label: str) -> str:
    """The label with the quoted name of a campaign left out: "“Ngày Chủ nhật vì cộng
    đồng”" names a campaign, not the community as a giver."""

    def blank(q: re.Match[str]) -> str:
        before = label[max(0, q.start() - CAMPAIGN_NAME_GAP) : q.start()]
        named = _cue("campaign").search(q.group()) or _cue("campaign").search(before)
        return " " if named else q.group()

    return " ".join(_QUOTED.sub(blank, label).split())


# What opens the parts of the amount before it: "…, trong đó thu …", "…, gồm …".
_PARTS_AFTER = re.compile(r"(?<![^\W\d_])(?i:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm)(?![^\W\d_])")

# A label opening on "thu" as revenue ("thu từ đất", "thu thuế"), not a verb of another sense.
_REVENUE_ITEM = re.compile(
    r"[\s,;:\-–+•*·]*(?i:thu)\s+(?!(?i:hút|nhập|hoạch|gom|hồi|mua|nhận|hẹp)(?![^\W\d_]))"
)


def _revenue(sections: Sections, block: Block, at: int, clause: int, label_text: str) -> bool:
    """Whether the amount at ``at`` (its label starting at ``clause``) is budget revenue: a
    ``revenue`` cue in its label, or earlier in its sentence with the amount among its parts
    ("Tổng thu ngân sách … 285 tỷ đồng; trong đó, thu trên địa bàn huyện …", "thu ngân sách
    300 tỷ đồng; thu từ đất 120 tỷ đồng"). Money collected is no programme money (FACTS.md);
    a part with a flow verb of its own ("…; huy động 50 tỷ đồng …") is money of its own."""
    revenue = _cue("revenue")
    if revenue.search(label_text):
        return True
    text = sections.text
    start = next(
        (s for s, e in sections.sentences(block, semicolons=False) if s <= at < e + 1),
        block.start,
    )
    cues = list(revenue.finditer(text, start, clause))
    if not cues or _cue("flow").search(label_text):
        return False
    parts = _PARTS_AFTER.search(text, cues[-1].end(), clause)
    return bool(parts or _REVENUE_ITEM.match(label_text))
