"""Recipients: money a unit received from a level of government or a supporter,
the place an amount is of (a list item's, the sentence before's, the whole country's, a
giver's below the sentence's place), and the scheme written with it.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.nlp.context import Sections
from baocao.nlp.segment import Block
from baocao.vocab.places import NAME_PATTERN, NATIONAL_PATTERN, PLACE_PATTERN, parse_place
from baocao.vocab.sources import funding_source

#: The unit receiving money from a level of government or its budget, in the amount's
#: clause: "xã được Trung ương hỗ trợ", "huyện được ngân sách tỉnh hỗ trợ thêm", "được
#: tỉnh Nghệ An hỗ trợ", "được Nhà nước hỗ trợ" (an allocation from above, where a supporter
#: who is no budget, "được doanh nghiệp hỗ trợ", gives money the unit mobilised).
_LEVEL_BUDGET = (
    r"(?:(?i:ngân\s+sách|nguồn\s+vốn|vốn|NS)\s+)?(?:(?i:cấp)\s+)?"
    r"(?P<who>(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|TW|TƯ|T\.Ư|cấp\s+trên|"
    rf"chính\s+phủ|nhà\s+nước)(?![^\W\d_])(?:\s+{NAME_PATTERN})?)"
)

_LEVEL_SUPPORTS = (
    rf"{_LEVEL_BUDGET}\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|trực\s+tiếp)\s+)*"
    r"(?i:hỗ\s+trợ)(?:\s+(?i:thêm|trực\s+tiếp))?"
)

#: "do" is the passive's "by" as "được" is: "do tỉnh hỗ trợ 3 tỷ đồng" is given from above.
_RECEIVED = re.compile(rf"(?<!\w)(?i:được|do)\s+{_LEVEL_SUPPORTS}(?:\s+[^,;.:\d]{{1,40}}?)?\s*$")

#: The same, written after the amount: "có thêm 4 tỷ đồng do tỉnh hỗ trợ".
_RECEIVED_AFTER = re.compile(rf"\s*(?i:do)\s+{_LEVEL_SUPPORTS}(?![^\W\d_])")


def _from_whom(gave: str) -> str:
    """The words after money received that open whom it came from: "(vốn | kinh phí | tiền)
    (<gave>) từ | của", ``gave`` the verbs of giving that may stand before "từ"."""
    return rf"\s*(?:(?i:vốn|kinh\s+phí|tiền)\s+)?(?:(?i:{gave})\s+)?(?i:từ|của)\s+"


#: Any supporter named after money received, as a level is: "… hỗ trợ từ các doanh nghiệp",
#: "… tài trợ của Công ty X" (its source is what the funding sources lexicon reads in it).
_FROM_A_SUPPORTER = re.compile(
    _from_whom(r"hỗ\s+trợ|tài\s+trợ|ủng\s+hộ") + r"(?P<who>[^,;.:()\d\n]{1,60})"
)


def _from_a_supporter(after: str) -> str | None:
    """The supporter who is no level of government named after money the unit received
    (``after`` the amount: "nhận được 3 tỷ đồng hỗ trợ từ các doanh nghiệp", "nhận 500 triệu
    đồng tài trợ của Công ty X"), as a source phrase; None unless the lexicon reads a source
    other than the total in it. The money stays mobilised (:func:`_received` allocates only
    a level's)."""
    found = _FROM_A_SUPPORTER.match(after)
    if found is None:
        return None
    who = " ".join(found.group("who").split())
    return who if funding_source(who) not in (None, "total") else None


def _received(label: str, after: str, came_from: re.Match[str] | None) -> bool:
    """Whether the amount is written as given to the unit by a level of government or its
    budget ("xã được Trung ương hỗ trợ …", "do tỉnh hỗ trợ …", or ``came_from`` the level
    named after money the unit received: "nhận được … từ Trung ương"): allocated, where a
    supporter who is no budget gives money the unit mobilised."""
    return bool(_RECEIVED.search(label) or _RECEIVED_AFTER.match(after)) or came_from is not None


# The whole country as the scope of money: "… cho Chương trình trên cả nước", "… trên phạm
# vi toàn quốc", "Trong cả nước, …".
_NATIONAL_SCOPE = re.compile(
    r"(?<![^\W\d_])(?i:trên|trong|của|cho|khắp|ở)\s+(?:(?i:phạm\s+vi|địa\s+bàn)\s+)?"
    + NATIONAL_PATTERN
)

# Words that set a place's money against the country's ("cao nhất cả nước", "so với cả
# nước") or pick a part of it ("trong đó tỉnh …", "riêng …"): the money is not national.
_NOT_NATIONAL = re.compile(
    r"(?<![^\W\d_])(?i:so\s+với|cao\s+nhất|thấp\s+nhất|đứng|thứ|dẫn\s+đầu|bình\s+quân|hơn|"
    r"trong\s+đó|riêng|tỉnh|huyện|xã|thành\s+phố|thị\s+xã)(?![^\W\d_])"
)


@cache
def _place() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


# The label of an amount listed after another, naming only its place: "và xã Nghĩa Dũng",
# ", huyện Kim Thành:".
_LISTED_PLACE = re.compile(
    rf"[\s,;]*(?:(?i:và|còn)\s+)?(?P<place>{PLACE_PATTERN})\s*(?:(?i:là|được|có)\s*)?:?\s*"
)

# A sentence that goes on from the one before it: "Theo đó, tổng kinh phí … là 75 tỷ đồng".
_GOES_ON = re.compile(
    r"[\s\-–*•(]*(?i:theo\s+đó|qua\s+đó|như\s+vậy|với\s+kết\s+quả\s+(?:đó|này|trên))\s*,"
)


def _listed_place(label_text: str) -> str | None:
    """The place an item of a list of amounts by place is labelled with ("… xã Nghĩa Dõng
    9,9 tỷ đồng và xã Nghĩa Dũng 3,3 tỷ đồng": the label "và xã Nghĩa Dũng")."""
    found = _LISTED_PLACE.fullmatch(label_text)
    return " ".join(found.group("place").split()) if found else None


def _carried_place(sections: Sections, block: Block, at: int) -> str | None:
    """The place of the sentence before, for a sentence naming none that goes on from it
    ("… xã Sơn Thành đã đạt 18/19 tiêu chí. ⏎ Theo đó, tổng kinh phí đầu tư là 75 tỷ
    đồng"): the first place that sentence names."""
    text = sections.text
    s, _ = sections.sentence_at(block, at)
    if _GOES_ON.match(text, s, at) is None:
        return None
    sentences = [(a, b) for a, b in sections.sentences(block) if b <= s]
    if not sentences and block.index > 0:
        previous = sections.blocks[block.index - 1]
        sentences = sections.sentences(previous)
    if not sentences:
        return None
    a, b = sentences[-1]
    found = _place().search(text, a, b)
    return " ".join(found.group().split()) if found else None


def _national_money(sections: Sections, block: Block, at: int, end: int) -> bool:
    """Whether the amount at ``at`` is money of the programme in the whole country: its
    sentence gives the country as its scope ("Trung ương phân bổ 12.000 tỷ đồng cho Chương
    trình trên cả nước"), names no place, and sets nothing against the country and picks no
    part of it between that scope and the amount."""
    text = sections.text
    s, e = sections.sentence_at(block, at)
    for scope in _NATIONAL_SCOPE.finditer(text, s, e):
        lo, hi = (end, scope.start()) if scope.start() >= end else (scope.end(), at)
        if _NOT_NATIONAL.search(text, lo, hi) or _place().search(text, s, e):
            continue
        return True
    return False


def _region(subject: str | None, giver: re.Match[str] | None) -> str | None:
    """The place of an amount: its sentence's, unless a giver named below that place gave it
    ("Toàn tỉnh … Năm nay huyện Tứ Kỳ hỗ trợ cho 3 xã 12,4 tỷ đồng": the district's)."""
    named = parse_place(giver.group("who")) if giver else None
    if named is None or named.level is None:
        return subject
    place = parse_place(subject) if subject else None
    if place is None or place.level is None or place.level.rank > named.level.rank:
        return " ".join(named.written.split())
    return subject


def _names_one_source(phrase: str) -> bool:
    """Whether a source phrase names one source other than the total ("vốn tỉnh"), not the
    budgets of several levels ("vốn sự nghiệp") nor none."""
    source = funding_source(phrase)
    return source is not None and source != "total" and "+" not in source


def _level_word(written: str) -> str:
    return " ".join(written.lower().split())


def _scheme_here(sections: Sections, block: Block, at: int) -> bool:
    """Whether a scheme ("NTM nâng cao") is written in the sentence of the amount at ``at``,
    in the lead of its list or in its headings: money's scheme is never another sentence's."""
    s, e = sections.sentence_at(block, at)
    spans = [(s, e), *((h.start, h.end) for h in sections.headings(block))]
    lead = sections.lead(block)
    if lead is not None:
        spans.append((lead.start, lead.end))
    return any(sections.found("scheme", a, b) for a, b in spans)
