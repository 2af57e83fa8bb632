"""Amounts: a number with a money unit, the lower bound of a range written before
it, the clause and label it opens, the money still needed, and the record of a document's
funding mentions with the share spans they claimed.

A range ("từ 300 đến 400 tỷ đồng", "khoảng 50-60 tỷ") is one mention: its lower bound is the
amount, its upper ``amount_max`` (as a range of rates keeps both); a dash after a numbered
item or a date, or to a number far larger, joins no range. Money still needed or lacking
("cần thêm 40 tỷ đồng", "còn thiếu 12 tỷ đồng", cue concept ``need``) is programme money,
``needed`` (planned). Money per unit, written before or after it ("mỗi km đường", "… cho mỗi
xã", "/1 km"), is no amount of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections, period_in
from baocao.nlp.mentions import FundingMention
from baocao.nlp.segment import Block
from baocao.vocab.money import SCALE_PATTERN, UNIT_PATTERN, money_to_vnd
from baocao.vocab.numbers import NUMBER_PATTERN, number_words_pattern
from baocao.vocab.patterns import cues

Span = tuple[int, int]

# An ellipsis closing a list ("… doanh nghiệp, tín dụng… Riêng năm 2016, …") ends the
# sentence when a capital opens the next one: the next amount does not inherit that list.
_CLAUSE_BREAK = re.compile(rf"[.;!?](?:\s|\*)|;|…\s+(?=[{CAPITALS}])")


@dataclass(frozen=True)
class AmountAt:
    """One amount being read, where it is and what the reading before it left: what every
    step of :func:`_mention` reads, bundled once rather than passed along one by one.

    ``m`` is the amount's match in ``block`` of ``sections``; ``floor`` where its label may
    start (past what the amount before it claimed); ``previous`` the mention before it in its
    block; ``whole`` the amount whose parts ("gồm …") it is listed among: a part that names
    no source of its own is of its whole's source and flow; ``running`` the budget of the
    giver named earlier in its paragraph (:func:`_sources`)."""

    sections: Sections
    block: Block
    m: re.Match[str]
    floor: int
    previous: FundingMention | None = None
    whole: FundingMention | None = None
    running: str | None = None

    @property
    def text(self) -> str:
        return self.sections.text


#: A sentence whose subject is each unit ("Mỗi xã được thưởng …", "mỗi huyện được hỗ trợ …"):
#: the clauses after its semicolons go on with that subject.
_EACH_UNIT_SUBJECT = re.compile(
    r"(?<![^\W\d_])(?i:mỗi|từng)\s+(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị)\s+"
    r"(?:(?i:sẽ|đã)\s+)?(?i:được|nhận)(?![^\W\d_])"
)


def _each_unit_subject_before(text: str, at: int) -> bool:
    """Whether the amount at ``at`` stands in a clause after a semicolon of a sentence whose
    subject is each unit (see :data:`_EACH_UNIT_SUBJECT`)."""
    opened = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    clause = text.rfind(";", opened, at)
    if clause == -1:
        return False
    return _EACH_UNIT_SUBJECT.search(text, opened, clause) is not None


# A range's lower bound written before the amount: "từ 300 đến 400 tỷ đồng", "khoảng 50-60
# tỷ", "300 triệu - 1,2 tỷ đồng". The fact is the lower bound, the upper its ``amount_max``
# (as a range of rates: "20-25%" is 20 up to 25).
_RANGE_LOW = re.compile(
    rf"(?P<low>{NUMBER_PATTERN})(?:[ \t]*(?P<low_unit>{UNIT_PATTERN}))?"
    r"[ \t]*(?:(?P<dash>[-–—])|(?i:đến|tới))[ \t]*$"
)

_RANGE_LINK = re.compile(r"[ \t]*(?:[-–—]|(?i:đến|tới)(?![^\W\d_]))[ \t]*")

# A number that counts or dates something, or a change, before a dash is no lower bound: "Tiêu
# chí 2 - 15 tỷ đồng", "năm 2015 đến 400 tỷ", "tăng từ 300 đến 400 tỷ".
_NO_RANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?i:số|năm|tháng|ngày|quý|đoạn|chí|mục|điểm|khoản|lần|thứ|đợt)"
    r"|(?i:tăng|giảm)(?:\s+(?i:thêm|từ))?)\s*$"
)

#: A dash joins two amounts into a range only when the upper is at most this many times the
#: lower ("2 - 15 tỷ" in a list is no range of its own).
MAX_RANGE_RATIO = 10

# Words after "cần" that make it no need: "cần thiết", "cần cù".
_NOT_NEED = re.compile(r"\s+(?i:cù|mẫn)(?![^\W\d_])")

_NOT_AFTER = ("tháng", "ngày", "năm", "quý", "đợt", "số", "lượt", "thứ", "lượt là", "và")

_SPACED_DECIMAL = (
    r"(?<=[^\W\d_]\s)"
    + "".join(rf"(?<!(?i:{word})\s)" for word in _NOT_AFTER)
    + r"\d{1,3}(?:\.\d{3})*,[ ]\d{1,3}(?=\s*(?i:tỷ|tỉ|triệu|nghìn|ngàn|đồng))"
)


@cache
def _amount() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<amount>{_SPACED_DECIMAL}"
        rf"|{NUMBER_PATTERN}\s+(?i:nghìn|ngàn)\s+\d\s+(?i:trăm)(?![^\W\d_])"
        rf"|{NUMBER_PATTERN}\s+(?i:nghìn|ngàn)\s+\d{{1,3}}(?![\d.,])"
        rf"|{NUMBER_PATTERN}(?:\s+{SCALE_PATTERN})?|{number_words_pattern(lazy=True)})"
        rf"(?:\s*/\s*(?P<of_bare>{NUMBER_PATTERN}))?"
        rf"(?:\s*\*\*)?\s*(?P<unit>{UNIT_PATTERN})"
        rf"(?:\s*/\s*(?P<of_amount>{NUMBER_PATTERN})\s*(?P<of_unit>{UNIT_PATTERN}))?"
    )


@cache
def _cue(concept: str) -> re.Pattern[str]:
    return re.compile(cues().pattern(concept), re.IGNORECASE)


@dataclass(frozen=True)
class FundingFinding:
    """The funding mentions of a document and the share spans they claimed."""

    mentions: tuple[FundingMention, ...]
    claimed: tuple[Span, ...]


def _clause_start(text: str, lo: int, at: int) -> int:
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, at):
        if _in_closed_brackets(text, lo, m.start(), at):
            continue  # "(do nhân dân, hợp tác xã... đóng góp) hơn 3 tỷ đồng": an aside's stop
        start = m.end()
    return start


def _in_closed_brackets(text: str, lo: int, i: int, at: int) -> bool:
    """Whether ``i`` lies inside brackets opened after ``lo`` and closed before ``at``."""
    return text.rfind("(", lo, i) > text.rfind(")", lo, i) and text.find(")", i, at) >= 0


def _owner_phrase(m: re.Match[str]) -> str:
    """The owner after an amount as a budget phrase: "của UBND tỉnh" → "ngân sách tỉnh"
    (an authority's money is its budget; people and firms are named as they are)."""
    level = " ".join(m.group("level").lower().split())
    if level in ("nhân dân", "doanh nghiệp", "cộng đồng"):
        return f"vốn {level}"
    return f"ngân sách {level}"


def _only_period(label: str) -> bool:
    """Whether the label is nothing but a period ("Giai đoạn 2011-2015")."""
    rest = period_in(label, 0, len(label), 0)
    if rest is None:
        return False
    leftover = label.lower().replace(rest.lower(), " ")
    return not re.search(r"[^\W\d_]", leftover)


def _funding_heading(sections: Sections, block: Block) -> bool:
    text = sections.text
    lead = sections.lead(block)
    spans = [(h.start, h.end) for h in sections.headings(block)]
    if lead is not None:
        spans.append((lead.start, lead.end))
    return any(_cue("funding").search(text, a, b) for a, b in spans)


def _label_start(text: str, block: Block, m: re.Match[str], floor: int) -> int:
    """Where the amount's label starts: its clause, and no earlier than ``floor`` (the end of
    the amount before it: "… trung ương 32.500 triệu đồng và ngân sách huyện 15.000 …")."""
    return _clause_start(text, max(block.body, floor), m.start())


def _low_bound(text: str, lo: int, m: re.Match[str]) -> re.Match[str] | None:
    """The lower bound of a range whose upper bound is the amount ``m`` ("từ 300 đến 400
    tỷ đồng", "50-60 tỷ"), written after ``lo``; None when the number before the dash is no
    lower bound (a count, a date, a change, a larger number, a dash joining a far smaller
    one) or ``m`` is no plain amount."""
    if m.group("of_amount") or m.group("of_bare"):
        return None
    low = _RANGE_LOW.search(text, lo, m.start())
    if low is None or _NO_RANGE_BEFORE.search(text, lo, low.start()):
        return None
    try:
        floor = money_to_vnd(_low_written(low, m), _low_unit(low, m))
        ceiling = money_to_vnd(m.group("amount"), m.group("unit"))
    except ValueError:
        return None
    if not 0 < floor < ceiling:
        return None
    if low.group("dash") and ceiling > MAX_RANGE_RATIO * floor:
        return None
    return low


def _low_written(low: re.Match[str], m: re.Match[str]) -> str:
    """The lower bound as an amount: with the upper's scale word when it has no unit of its
    own ("từ 1,2 đến 1,5 nghìn tỷ đồng" is 1,2 nghìn up to 1,5 nghìn)."""
    parts = m.group("amount").split()
    if low.group("low_unit") is None and len(parts) == 2 and parts[0][:1].isdigit():
        return f"{low.group('low')} {parts[1]}"
    return low.group("low")


def _low_unit(low: re.Match[str], m: re.Match[str]) -> str:
    return " ".join((low.group("low_unit") or m.group("unit")).split())


def _upper_follows(text: str, m: re.Match[str], block: Block) -> bool:
    """Whether the amount ``m`` is the lower bound of a range written with both units ("từ
    300 tỷ đồng đến 400 tỷ đồng"): the upper bound's mention holds it."""
    link = _RANGE_LINK.match(text, m.end())
    if link is None:
        return False
    upper = _amount().match(text, link.end(), block.end)
    if upper is None:
        return False
    low = _low_bound(text, block.body, upper)
    return low is not None and low.start() == m.start()


def _need(label_text: str) -> re.Match[str] | None:
    """The last word of need or lack in an amount's label ("cần thêm", "còn thiếu", "nhu cầu
    vốn"): the money is still to be found, planned."""
    found = [
        n for n in _cue("need").finditer(label_text) if not _NOT_NEED.match(label_text, n.end())
    ]
    return found[-1] if found else None
