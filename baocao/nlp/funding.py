"""Funding: amounts of money mobilised, allocated, disbursed or planned.

An amount is a number with a money unit ("6.281,0 triệu đồng", "**14.808.000.000** đồng",
"109 triệu/217 triệu"). It is programme money only when a ``funding`` cue (kinh phí, vốn,
ngân sách, huy động…) is written before it in its block and no ``not_funding`` cue (thu nhập,
doanh thu, "Tiêu chí yêu cầu") is in its clause; a per-head value ("38,6 triệu
đồng/người/năm") is an average, read by :mod:`baocao.nlp.percentages`.

What the mention records, as written:

* ``sources`` — candidate phrases, best first: the amount's label (its clause before it:
  "- Ngân sách tỉnh:"), the owner written after it ("700 triệu của UBND tỉnh"), the rest of
  its block, the lead of its list ("… do nhân dân đóng góp kinh phí để thực hiện cụ thể:");
  the normalise stage takes the first that names a source;
* ``total`` — the label calls it the total ("Tổng kinh phí đã thực hiện …", "tổng nguồn vốn
  huy động …"), or the label is only a period under a funding heading ("3.1. Giai đoạn
  2011-2015: 227.014 triệu đồng.");
* ``purpose`` — money spent on something with no source ("chợ … với kinh phí hơn 16 tỷ
  đồng": the words before the ``spending`` cue);
* ``flow`` — the flow verb written in the label or right after ("giải ngân", "phân bổ");
* ``percent`` — the share right after ("chiếm tỷ lệ 17,91%"), claimed so it is not a
  separate percentage.

Lists (FACTS.md "total" and "other"): a part of a total naming no budget level, by kind of
money or by purpose ("Tổng kinh phí 900 triệu đồng, gồm vốn sự nghiệp 300 triệu …", and
again by purpose in a sentence opening "Trong đó …"), is of its heading's source, else money
of no named source, never another total; a bare level word after a budget's amount in one
sentence is that level's budget ("ngân sách tỉnh 50 tỷ đồng, huyện là 12 tỷ, xã 30 tỷ"); a
source set aside before the amount's own words ("Ngoài vốn Trung ương, vốn địa phương 80 tỷ
đồng") is not joined to it.

Money a named campaign raised ("phong trào “Ngày Chủ nhật xanh” huy động …", "chương trình
“Chung tay …”") takes the campaign as its source (``other``) unless a budget or giver is
named, and the campaign's quoted name is read as no source; land or labour the people gave,
valued in money ("hiến 2 ha đất, trị giá …", "… ngày công, quy ra tiền …"), is their
contribution, not a cost. A comparison base or a change ("tăng gấp 4 lần so với năm 2010
(2.106 tỷ đồng)", "cao hơn cùng kỳ (70 tỷ đồng)", "…, tăng 12 tỷ đồng") is no amount.

A range ("từ 300 đến 400 tỷ đồng", "khoảng 50-60 tỷ") is one mention: its lower bound is the
amount, its upper ``amount_max`` (as a range of rates keeps both); a dash after a numbered
item or a date, or to a number far larger, joins no range. Money still needed or lacking
("cần thêm 40 tỷ đồng", "còn thiếu 12 tỷ đồng", cue concept ``need``) is programme money,
``needed`` (planned). Money per unit, written before or after it ("mỗi km đường", "… cho mỗi
xã", "/1 km"), is no amount of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp import percentages
from baocao.nlp.context import (
    NATIONAL,
    Sections,
    context_at,
    lead_span,
    money_span_before,
    period_in,
    undated_or_present,
)
from baocao.nlp.mentions import FundingMention
from baocao.nlp.percentages import EACH_AFTER, EACH_UNIT, EACH_WORDS, PER_TWICE
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.money import SCALE_PATTERN, UNIT_PATTERN, money_to_vnd, tail_at
from baocao.vocab.numbers import NUMBER_PATTERN, number_words_pattern
from baocao.vocab.patterns import approx_at, cues
from baocao.vocab.periods import (
    PERIOD_PATTERN,
    carried_over,
    is_state_date,
    parse_period,
    phase_so_far,
)
from baocao.vocab.places import NAME_PATTERN, NATIONAL_PATTERN, PLACE_PATTERN, parse_place
from baocao.vocab.sources import funding_source, leading_source, names_kind_only

Span = tuple[int, int]

# Cheap test before the amount pattern: a digit (or a number word) followed somewhere by a
# money word's start.
_MONEY_HINT = re.compile(
    r"(?:\d|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)[^\n]*?(?i:đ|tr|tỷ|tỉ|ngh|ngàn|vn)"
)
# An ellipsis closing a list ("… doanh nghiệp, tín dụng… Riêng năm 2016, …") ends the
# sentence when a capital opens the next one: the next amount does not inherit that list.
_CLAUSE_BREAK = re.compile(rf"[.;!?](?:\s|\*)|;|…\s+(?=[{CAPITALS}])")
# "/người/năm", "/km", "/1 km": per a unit, not a total.
_PER_HEAD = re.compile(r"\s*/\s*(?:(?:1|(?i:một))\s*)?[^\W\d_]")
_SHARE = re.compile(
    r"\s*,?\s*\(?\s*(?i:(?:chiếm|bằng|đạt)\s+)?(?i:(?:tỷ|tỉ)\s+lệ\s+)?(?P<value>"
    + NUMBER_PATTERN
    + r")\s*%\)?"
)
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
_LABEL_TRIM = re.compile(r"^[\s\-–+•*·]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*)?|[\s:*,]+$")
# What opens a part of a list written in one line: ", trong đó: - Vốn …", "(gồm …".
_PART_OPENING = re.compile(r"[\s,:;()\-–+•*·]*(?:(?i:trong\s+đó|bao\s+gồm|gồm)\b[\s,:;\-–+•*·]*)?")
# A share written before its amount: "ngân sách nhà nước chiếm 14% (70 tỷ đồng)", "vốn nhân
# dân chiếm 30%, tương ứng 150 tỷ đồng".
_SHARE_BEFORE = re.compile(
    r"(?i:chiếm|bằng)\s+(?:(?i:tỷ|tỉ)\s+lệ\s+)?(?P<value>"
    + NUMBER_PATTERN
    + r")\s*%\s*[(,:]?\s*(?:(?i:tương\s+ứng|với|là)\s*:?\s*)?$"
)
# "…, bằng 112% so với năm 2023": a comparison, a percentage of its own (FACTS.md).
_COMPARED_AFTER = re.compile(r"\s*(?i:so\s+với|kế\s+hoạch|vượt|mục\s+tiêu)")
# A share in brackets: "(đạt 88,95% kế hoạch)".
_BRACKETED_SHARE = re.compile(
    r"\s*\(\s*(?i:đạt\s+)(?P<value>" + NUMBER_PATTERN + r")\s*%(?=\s*(?i:kế\s+hoạch|KH)[\s)])"
)
# "đạt 62% kế hoạch", "(đạt 83,6% kế hoạch)", "đạt 64% KH" right after money disbursed or
# allocated: the amount's share of its own plan (its ``of_vnd`` when written), not a
# comparison ("so với kế hoạch" still is one).
_OWN_PLAN = re.compile(r"\s*(?i:kế\s+hoạch|KH)(?![^\W\d_])")


def _own_plans_share(text: str, share: re.Match[str], flow_cue: re.Match[str] | None) -> bool:
    """Whether ``share``, "đạt X%" followed by "kế hoạch", is money's share of its own plan:
    the amount was disbursed or allocated (``flow_cue``), and the share says "đạt"."""
    if flow_cue is None or cues().value("flow", flow_cue.group()) not in ("disbursed", "allocated"):
        return False
    return "đạt" in share.group().lower() and _OWN_PLAN.match(text, share.end()) is not None


# A money phrase written right after the amount: "200 tỷ đồng vốn Trung ương", "… là nguồn
# vốn ngân sách tỉnh" (up to the next figure or clause break).
_SOURCE_AFTER = re.compile(
    r"\s*(?:(?i:là|của|từ|thuộc)\s+)?(?i:(?:nguồn\s+)?vốn|ngân\s+sách|NS|nguồn|kinh\s+phí)(?![^\W\d_])"
    r"[^,;.()\d\n]{0,50}"
)
# "quyết chi 40 tỷ đồng để nâng cấp …", "… là nguồn vốn tỉnh bố trí ra để tập trung cho …":
# the purpose of money allocated, written after it.
_PURPOSE_AFTER = re.compile(
    r"(?<![^\W\d_])(?i:để|nhằm|nâng|tập\s+trung\s+cho|cho\s+việc|đầu\s+tư\s+cho)\s+"
    r"(?P<purpose>[^,;.()\n]+)"
)
# Money invested "for" one thing, written right after it: "đầu tư 40 tỷ đồng cho phát triển hạ
# tầng viễn thông", "… cho xây dựng trường học" (works, not the programme as a whole).
_INVESTED = re.compile(r"(?i:đầu\s+tư)")
_INVESTED_FOR = re.compile(
    r"\s*(?i:cho)\s+(?P<purpose>(?i:phát\s+triển|xây\s+dựng|nâng\s+cấp|cải\s+tạo|sửa\s+chữa|"
    r"kiên\s+cố\s+hóa|cứng\s+hóa|làm|mua|lắp\s+đặt)\s+[^,;.()\n]+?)"
    r"(?=\s+(?i:và\s+(?:đến|tới|hiện|nay|đã|có|trong))(?![^\W\d_])|\s*[,;.()\n]|\s*$)"
)
_EACH_UNIT = re.compile(EACH_UNIT)
_AVERAGE_SLASHED = re.compile(percentages.AVERAGE_SLASHED)
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


# Things money is shared out by besides the units of EACH_UNIT: "mỗi km đường", "từng căn nhà".
_PER_THING = (
    r"(?i:km|ki\s*-?\s*lô\s*-?\s*mét|mét|m2|m²|ha|héc\s*-?\s*ta|tuyến|căn|ngôi\s+nhà|nhà|"
    r"phòng\s+học|trường|cây\s+cầu|cầu|mô\s+hình|suất|con\s+đường|đoạn)"
)
_EACH_THING_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:mỗi|từng)\s+{_PER_THING}(?![^\W\d_])")
# Money per unit written after the amount: "2 tỷ đồng cho mỗi xã", "300 triệu đồng mỗi km
# đường" (FACTS.md: money per unit is never a funding total).
_EACH_AFTER = re.compile(
    r"\s*,?\s*(?:(?i:cho|với|trên|tại|ở)\s+)?(?<![^\W\d_])(?i:mỗi|từng)\s+"
    rf"(?:{EACH_WORDS}|{_PER_THING})(?![^\W\d_])"
    # "bình quân 40 tỷ đồng một xã": one unit right after the amount
    rf"|{EACH_AFTER}{EACH_WORDS}(?![^\W\d_])"
)
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
_PER_TWICE = re.compile(PER_TWICE)
# The words after an amount end at the next figure: those before it are that figure's.
_FIGURE = re.compile(r"\d")
# "vốn đầu tư", "tổng mức đầu tư": the flow word is part of the name of the money.
_MONEY_NOUN_BEFORE = re.compile(r"(?i:vốn|nguồn|mức)\s+$")
# "thực hiện" right after another flow verb ("bố trí thực hiện", "phân bổ để thực hiện").
_CARRY_OUT = re.compile(r"(?i:thực\s+hiện)")
_FLOW_JOINED = re.compile(r"\s+(?:(?i:để|cho)\s+)?")
# What a label that only states a flow is made of ("đã giải ngân", ", trong đó đã chi").
_FLOW_ONLY_WORDS = re.compile(
    r"(?i:đã|được|đạt|là|và|trong\s+đó|tiến\s+độ|kết\s+quả|số\s+tiền|tổng\s+số|đến\s+nay"
    r"|hiện\s+nay|đến\s+thời\s+điểm\s+báo\s+cáo|tính\s+đến\s+nay|lũy\s+kế)(?![^\W\d_])"
)
# A share closing an item of a list written in one line, and the words that tie a share to
# the amount after it ("chiếm 30%, tương ứng 150 tỷ đồng").
_SHARE_PART = re.compile(r"\d\s*%\s*,\s*")
_SHARE_LINK = re.compile(r"(?i:tương\s+ứng|với|là|bằng)(?![^\W\d_])")
# A label that is only a giving verb, its giver left to the head of the sentence.
_GIVER_ELIDED = re.compile(
    r"(?i:(?:và\s+)?(?:(?:đã|cùng|còn|đồng\s+thời|cũng)\s+)*"
    r"(?:đóng\s+góp|góp|hiến|ủng\s+hộ|tự\s+đầu\s+tư)(?:\s+(?:được|thêm))?)$"
)
# "đã huy động", "đã được phân bổ": the flow is stated as done.
_DONE_BEFORE = re.compile(r"(?i:(?<![^\W\d_])đã)(?:\s+(?i:được))?\s*$")
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
# Money allocated "to carry out the Programme" has no purpose of its own: "phân bổ 36,8 tỷ
# đồng để thực hiện Chương trình năm 2023", "… để xây dựng nông thôn mới".
_PROGRAMME_ITSELF = re.compile(
    r"\s*(?:(?i:thực\s+hiện|triển\s+khai)\s+)?(?:(?i:chương\s+trình)(?=\s*$|\s*[,.;]|\s+(?i:mục"
    r"\s+tiêu\s+quốc\s+gia|MTQG|xây\s+dựng|nông\s+thôn\s+mới|NTM|năm|giai\s+đoạn)(?![^\W\d_]))"
    r"|(?i:CTMTQG|XDNTM|xây\s+dựng\s+(?:nông\s+thôn\s+mới|NTM))(?![^\W\d_]))"
)
# A whole named before its parts: "Trong 14,5 tỷ đồng bố trí cho Chương trình, có 9 tỷ đồng
# … và 5,5 tỷ đồng …" (the whole is the total; the parts follow its ", có").
_WHOLE_LABEL = re.compile(r"\s*(?i:trong)\s*")
_WHOLE_OPEN = re.compile(
    r"(?P<what>[^,;.()\n]{0,80}),\s*(?P<paren>)(?i:có|gồm|bao\s+gồm|trong\s+đó(?:\s+có)?)"
    r"\s*:?(?=\s*(?:\d|(?i:ngân\s+sách|vốn|nguồn|kinh\s+phí|nhân\s+dân)(?![^\W\d_])))"
)
# "… 3 tỷ đồng được cấp cho 8 xã, trong đó 1,2 tỷ đồng …": any amount's parts after "trong đó".
_WHOLE_PARTS = re.compile(r"[^,;.()\n]{0,80},\s*(?i:trong\s+đó)\s+(?=\d)")
# A list of the kinds of money one amount is made of, opened right after it: "225 tỷ đồng
# (gồm vốn trái phiếu 122 tỷ đồng, …)", "… là 5.050 tỷ đồng, gồm: vốn trong nước …".
_PARTS_OPEN = re.compile(r"\s*(?P<paren>\()?[\s,]*(?i:bao\s+gồm|gồm)\s*:?")
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
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_QUOTED = re.compile(r"“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"")
#: How far before a quoted name its campaign word may be ("phong trào thi đua “…”").
CAMPAIGN_NAME_GAP = 20
# The phrases a campaign's and a donation's money are read as (funding_sources.toml).
CAMPAIGN_SOURCE = "nguồn khác"
DONATION_SOURCE = "đóng góp của nhân dân"
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


# A decimal comma typed or scanned with a space after it: "vốn sự nghiệp 71, 4 tỷ đồng" is
# 71,4 — only where it cannot be a list: right after a word that is no time word, with no
# figure before it and no "lần lượt" ("lần lượt 3, 5 tỷ đồng" is two amounts).
# Investment a place draws in or aims to draw in ("thu hút khoảng 9.000 tỷ đồng vốn đầu tư",
# "thu hút được 40 dự án, 2.500 tỷ đồng vốn đăng ký"): capital of firms, not programme money.
# Only with the investment named after the amount: "thu hút … người tham gia, huy động
# được 2 tỷ đồng" is a campaign's money.
_ATTRACTING = re.compile(r"(?<![^\W\d_])(?i:thu\s+hút)(?![^\W\d_])")
_INVESTMENT_AFTER = re.compile(
    r"\s*(?i:vốn\s+(?:đầu\s+tư|đăng\s+ký|FDI)|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)"
)

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


def _is_total(sections: Sections, block: Block, label_text: str, label: str) -> bool | None:
    """True for a total's label, False for another label, None when the label is a bare
    period outside any funding section (not programme money at all)."""
    if _spending(label_text) or _works_total(label_text):
        return False
    if _cue("total").search(label_text):
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
    return lead is not None and _cue("funding").search(text, lead.start, lead.end) is not None


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
    sections: Sections,
    block: Block,
    m: re.Match[str],
    end: int,
    clause: int,
    label: str,
    spending: bool,
    running: str | None = None,
    disbursed: bool = False,
) -> tuple[list[str], int]:
    """Candidate source phrases, best first (see the module docstring), and the index where
    the candidates of the amount's own words end and those of its parents begin. ``running``
    is the budget of the giver the paragraph's running text named before the amount ("Tỉnh
    được Trung ương phân bổ 400 tỷ đồng, …"): the innermost parent of a kind of that money
    ("… và vốn sự nghiệp 60 tỷ") or of a disbursement naming no source (``disbursed``: "Đến
    nay, tỉnh đã giải ngân 200 tỷ đồng"), as a heading is of its lines."""
    text = sections.text
    found = [label] if label else []
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
    parents: list[str] = []
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
    own = len(found)
    return [" ".join(f.split()) for f in (*found, *parents)], own


# What closes the words written right after an amount: a list's comma or "và", a clause
# break, a bracket, a colon, a line's end.
_AFTER_CLOSE = re.compile(r"[,;:()\t|\n]|\.(?:\s|$)|\s(?i:và|cùng\s+với)\s|$")


# A bracket right after an amount holding only words: "30 tỷ đồng (ngân sách huyện)".
_BRACKETED = re.compile(r"[ \t]*\((?P<words>[^()\d\n]{1,60})\)")


#: A bracket right after an amount: "90 tỷ đồng (năm 2019: 40 tỷ đồng, năm 2020: 50 tỷ)".
_BRACKET_AFTER = re.compile(r"\s*\(([^()\n]{0,300})\)")
#: One year of a split in brackets with its own figure: "năm 2019: 40 tỷ", "năm 2020 là 50".
_YEAR_PART = re.compile(r"(?i:(?<!\w)năm\s+((?:19|20)\d{2})\s*(?::|là|đạt|-|–)?\s*\d)")


#: How far after an amount its share of its plan ("(đạt 88,95% kế hoạch)") may be written.
PLAN_SHARE_REACH = 80
_PLAN_SHARE = re.compile(r"(?i:đạt)\s+[\d.,]+\s*%\s*(?i:kế\s+hoạch|KH)(?![^\W\d_])")


def _against_its_plan(m: re.Match[str], text: str, end: int) -> bool:
    """Whether money is measured against its plan: "giải ngân 30,87/34,71 tỷ đồng", "… (đạt
    88,95% kế hoạch)" in its clause: the plan's money, of the plan's year, not a total since
    the programme began (:func:`_counted_to_a_day`)."""
    if m.group("of_amount") or m.group("of_bare"):
        return True
    clause = re.match(r"[^;.\n]*", text[end : end + PLAN_SHARE_REACH])
    return clause is not None and _PLAN_SHARE.search(clause.group()) is not None


def _counted_to_a_day(text: str, block: Block, written: str | None) -> str | None:
    """The years money counted up to a day or a month was raised over ("đã giải ngân 831 tỷ
    đồng (tính đến tháng 9-2015)"): the programme's phase up to that year, "2011-2015" (a
    total to date, not the money of one month); None for any other period."""
    period = parse_period(written) if written else None
    if written is None or period is None or re.fullmatch(r"\d{4}-M\d{2}", period) is None:
        return None
    at = text.find(written, block.start, block.end)
    if at < 0 or not is_state_date(text, at):
        return None
    return phase_so_far(int(period[:4]))


#: The total of a plan the text names: "tổng kinh phí theo Đề án được phê duyệt: …"
#: (``plan_total`` cues).
_PLAN_TOTAL = re.compile(cues().pattern("plan_total"))
#: A plan named with its span: "phê chuẩn đề án xây dựng nông thôn mới huyện … giai đoạn
#: 2011-2020".
_PLAN_NAMED = re.compile(
    r"(?i:(?<!\w)đề\s+án)[^.;\n]{0,120}?(?i:giai\s+đoạn|thời\s+kỳ)\s+"
    rf"(?P<span>{PERIOD_PATTERN})"
)


def _plan_span(text: str, clause: int, first: int) -> str | None:
    """The span of the plan whose total an amount is ("tổng kinh phí theo Đề án được phê
    duyệt: 5.826,5 tỷ đồng" after "đề án … giai đoạn 2011-2020"): the last plan named with
    its span before it, not the time the text reports on; "" when the amount is a plan's
    total but no plan is named with a span (the plan's time is unstated, so the amount has
    no period); None when the amount is no plan's total."""
    total = _PLAN_TOTAL.search(text, clause, first)
    if total is None or re.match(r"\s*\d", text[total.end() : first]):
        return None  # "theo Đề án 1956 là …": a plan named by its number, not the one named
    spans = [m.group("span") for m in _PLAN_NAMED.finditer(text, 0, first)]
    spans = [w for w in spans if re.fullmatch(r"\d{4}-\d{4}", parse_period(w) or "")]
    return spans[-1] if spans else ""


#: The whole of a phase written without its years: "nhu cầu vốn cho cả giai đoạn là …",
#: "tổng vốn toàn giai đoạn …" (a span written right after it is its own).
_WHOLE_PHASE = re.compile(r"(?i:(?<!\w)(?:cả|toàn|suốt)\s+giai\s+đoạn)(?!\s*(?:\d|(?i:I|V)\b))")
#: A phase written with its span: "giai đoạn 2017 - 2020", "giai đoạn 2021-2025".
_PHASE_SPAN = re.compile(rf"(?i:(?<!\w)giai\s+đoạn)\s*,?\s*(?P<span>{PERIOD_PATTERN})")


#: A part opened right after its whole: "; trong đó nhân dân 90 tỷ đồng".
_PHASE_PART = re.compile(r"[\s,;:]*(?i:trong\s+đó)(?!\w)")


def _whole_phase_span(text: str, clause: int, first: int) -> str | None:
    """The span of "cả giai đoạn" written before an amount with no years ("nhu cầu vốn cho cả
    giai đoạn là 900 tỷ đồng" after "Nghị quyết … giai đoạn 2017 - 2020"): the last phase
    the text names with its span before it; None when the amount's clause names no whole
    phase or no span was named."""
    if _WHOLE_PHASE.search(text, clause, first) is None:
        return None
    spans = [parse_period(m.group("span")) or "" for m in _PHASE_SPAN.finditer(text, 0, clause)]
    spans = [w for w in spans if re.fullmatch(r"\d{4}-\d{4}", w)]
    return spans[-1] if spans else None


def _split_by_years(text: str, end: int) -> tuple[str, str] | None:
    """The years a bracket right after the amount ending at ``end`` splits it into, each
    with its own figure ("(năm 2019: 40 tỷ đồng, năm 2020: 50 tỷ đồng)"): the first as
    written and the span from the first to the last; None for no such split."""
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is None:
        return None
    years = [int(y) for y in _YEAR_PART.findall(bracket.group(1))]
    if len(set(years)) < 2:
        return None
    return str(years[0]), f"{min(years)}-{max(years)}"


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
    words = text[end:stop]
    if not words.strip() or _FIGURE.search(words) or leading_source(words) is None:
        return None
    return " ".join(words.split()), stop


# What opens the purpose of money written after it ("15 tỷ đồng để đầu tư làm đường"), and
# what opens the statement's own verb after that purpose ("… đã được giải ngân").
_PURPOSE_OPEN = re.compile(r"(?<![^\W\d_])(?i:để|nhằm|cho\s+việc|phục\s+vụ|dùng\s+vào)(?![^\W\d_])")
_PREDICATE = re.compile(r"(?<![^\W\d_])(?i:đã|đang|được|sẽ)(?![^\W\d_])")


def _in_purpose(after: str, at: int) -> bool:
    """Whether the verb at ``at`` of the words after an amount is part of its purpose ("… để
    thực hiện Chương trình", "… để đầu tư làm đường"), not the statement's own verb ("… để
    làm đường đã được giải ngân")."""
    opened = _PURPOSE_OPEN.search(after, 0, at)
    if opened is None:
        return False
    return _PREDICATE.search(after, opened.end(), at) is None


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


#: The year right after a plan's word: "kế hoạch (của) năm 2015 …".
_YEAR_AFTER_PLAN = re.compile(r"\s+(?i:của\s+)?(?=(?i:năm)\s+\d|\d)")


def _carried_plan(written: str, cue: re.Match[str]) -> bool:
    """Whether the plan's word ``cue`` names money carried over from a year's plan ("vốn kế
    hoạch của năm 2015 chuyển qua là 4,5 tỷ đồng"): money raised now, not planned."""
    year = _YEAR_AFTER_PLAN.match(written, cue.end())
    return year is not None and carried_over(written, year.end())


def _flow(
    label_text: str, after: str, clause_text: str, *, plans: bool = True
) -> re.Match[str] | None:
    """The flow verb nearest the amount, before it in its label or after it, else
    the nearest in its clause before the label ("đã bố trí 1.250 tỷ đồng … và 300 tỷ đồng …").
    A mobilising word that names money ("vốn đầu tư", "nguồn huy động") is no verb, nor is
    a verb of the amount's purpose ("… để thực hiện …"); without ``plans``, a plan's word
    is none either (the plan an amount is achieved against: "đạt 22/23 tỷ đồng kế hoạch")."""

    def verbs(written: str) -> list[re.Match[str]]:
        found = list(_cue("flow").finditer(written))
        return [
            f
            for i, f in enumerate(found)
            if not (
                cues().value("flow", f.group()) == "mobilised"
                and _MONEY_NOUN_BEFORE.search(written, 0, f.start())
            )
            # "đã bố trí thực hiện 66 tỷ đồng": what the money was allocated to do, not a
            # second flow
            and not (
                i > 0
                and _CARRY_OUT.fullmatch(f.group())
                and _FLOW_JOINED.fullmatch(written, found[i - 1].end(), f.start())
            )
            and (plans or cues().value("flow", f.group()) != "planned")
            and not _carried_plan(written, f)
        ]

    before = verbs(label_text)
    after_verbs = [f for f in verbs(after) if not _in_purpose(after, f.start())]
    if before and after_verbs:  # the nearer of the two
        gap_before = len(label_text) - before[-1].end()
        return before[-1] if gap_before <= after_verbs[0].start() else after_verbs[0]
    if before:
        return before[-1]
    if after_verbs:
        return after_verbs[0]
    earlier = verbs(clause_text)
    return earlier[-1] if earlier else None


def _of_unit(m: re.Match[str]) -> str | None:
    """The unit of the plan a disbursement is of: its own ("109 triệu/217 triệu") or the
    amount's ("850/1.000 tỷ đồng")."""
    if m.group("of_unit"):
        return " ".join(m.group("of_unit").split())
    return " ".join(m.group("unit").split()) if m.group("of_bare") else None


def _of_previous(m: re.Match[str], previous: FundingMention) -> bool:
    """Whether ``m`` is a disbursement of the amount just before it ("được giao 612,3 tỷ
    đồng; … đã giải ngân 545,2 tỷ đồng/612,3 tỷ đồng")."""
    of_amount, of_unit = m.group("of_amount") or m.group("of_bare"), _of_unit(m)
    if of_amount is None or of_unit is None:
        return False
    try:
        return money_to_vnd(of_amount, of_unit) == money_to_vnd(
            previous.amount, previous.unit, previous.tail
        )
    except ValueError:
        return False


# What a disbursement's own sentence may say besides its flow when it is of the money the
# sentence before stated: the money's bare word and the day it was counted to ("Kinh phí
# giải ngân đến ngày 25/12/2024 là", "Số vốn đã giải ngân tính đến 30/6 đạt").
_DISBURSED_WORDS = re.compile(
    r"(?i:kinh\s+phí|số\s+vốn|nguồn\s+vốn\s+này|vốn)(?![^\W\d_])"
    r"|(?i:(?:tính\s+)?(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?)\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
)
#: The words between the money stated and its disbursement: the end of that sentence, no
#: figure of its own (a decision's number may name the money's basis).
_TO_NEXT_SENTENCE = re.compile(r"[^\d.;]*(?:\d+(?:/[^\s.;/]+)+[^\d.;]*)*\.\s+$")


def _disbursed_of_before(label: str, previous: FundingMention, block: Block, between: str) -> bool:
    """Whether a disbursement naming no source, in the sentence right after an amount of one
    source that was no disbursement, is of that money."""
    if previous.flow is not None and cues().value("flow", previous.flow) == "disbursed":
        return False
    own = [funding_source(p) for p in previous.sources[: previous.own_sources]]
    if not own or own[0] in (None, "total") or previous.start < block.body:
        return False
    return _flow_only(_DISBURSED_WORDS.sub(" ", label)) and bool(
        _TO_NEXT_SENTENCE.fullmatch(between)
    )


def _flow_only(label: str) -> bool:
    """Whether a label states nothing but a flow ("đã giải ngân"): then it is the flow of
    the money named just before it in its sentence."""
    rest = _FLOW_ONLY_WORDS.sub(" ", _cue("flow").sub(" ", label))
    return re.search(r"[^\W\d_]", rest) is None


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


def _mention(
    sections: Sections,
    block: Block,
    m: re.Match[str],
    floor: int,
    previous: FundingMention | None = None,
    whole: FundingMention | None = None,
    running: str | None = None,
) -> tuple[FundingMention, Span | None, int] | None:
    """The mention of amount ``m``, with the share it claims and where it ends; None when it
    is not programme money. ``whole`` is the amount whose parts ("gồm …") ``m`` is listed
    among: a part that names no source of its own is of its whole's source and flow;
    ``running`` is the budget of the giver named earlier in its paragraph (:func:`_sources`)."""
    text = sections.text
    tail = None if m.group("of_unit") else tail_at(text, m.end(), m.group("unit"))
    end = tail.end() if tail else m.end()
    if _PER_HEAD.match(text, end) or _PER_TWICE.match(text, end):
        return None  # "38,6 triệu đồng/người/năm", "295 tỷ đồng xã/xã": averages, not money
    clause = _label_start(text, block, m, floor)
    for share_part in _SHARE_PART.finditer(text, clause, m.start()):
        # "… ngân sách nhà nước chiếm 18,5%, vốn tín dụng 2.150 tỷ đồng": the share is its
        # own part of the list, not the label of the amount after it
        if not _SHARE_LINK.match(text, share_part.end()):
            clause = share_part.end()
    if previous is not None and floor > block.body:
        # "… 900 tỷ đồng để xây dựng NTM, trong đó ngân sách nhà nước 600 tỷ đồng": the words
        # before "trong đó" end the amount before (its purpose); the part's own start after it
        clause = _past_among(text, clause, m.start())
    clause += _PART_OPENING.match(text, clause, m.start()).end() - clause  # type: ignore[union-attr]
    low = None if tail else _low_bound(text, clause, m)
    first = low.start() if low else m.start()  # where the amount's figures start
    label_text = text[clause:first]
    after_start = end
    after_end = min(block.end, end + AFTER_WINDOW)
    stop = _CLAUSE_BREAK.search(text, end, after_end)
    after = text[after_start : stop.start() if stop else after_end]
    figure = _FIGURE.search(after)
    if figure is not None:  # the next figure's own words are not this amount's
        joint = max(after.rfind(",", 0, figure.start()), after.rfind(" và ", 0, figure.start()))
        after = after[: joint if joint >= 0 else figure.start()]
    if _cue("not_funding").search(label_text) or _cue("not_funding").search(after):
        return None
    if _ATTRACTING.search(label_text) and _INVESTMENT_AFTER.match(after):
        return None  # "thu hút 180.000 tỷ đồng vốn đầu tư": investment drawn in, no NTM money
    if (
        _EACH_UNIT.search(label_text)
        or _AVERAGE_SLASHED.search(label_text)
        or _EACH_THING_BEFORE.search(label_text)
    ):  # "bình quân mỗi xã 2 tỷ đồng", "bình quân/xã 2 tỷ đồng": an average per unit
        return None
    if _EACH_AFTER.match(text, end):
        return None  # "hỗ trợ 2 tỷ đồng cho mỗi xã": money per unit, no total
    if _each_unit_subject_before(text, m.start()):
        return None  # "mỗi xã được thưởng 500 triệu đồng; hỗ trợ 50 triệu đồng …": still each's
    if _compared(label_text, after, previous is not None and floor > block.body):
        return None
    label = _LABEL_TRIM.sub("", label_text)
    # "huy động vốn trung ương, tỉnh, tín dụng và nhân dân với tổng kinh phí …": the total
    list_total = _total_of_list(sections, block, m.start(), clause, label_text)
    total = True if list_total else _is_total(sections, block, label_text, label)
    if total is None and whole is not None and _only_period(label):
        total = True  # "2.100 tỷ đồng (giai đoạn 2011-2015: 700 tỷ đồng; …)": a phase's share
    if _WHOLE_LABEL.fullmatch(label_text) and _WHOLE_OPEN.match(text, end):
        total = True  # "Trong 14,5 tỷ đồng bố trí cho Chương trình, có …": the whole
    need = _need(label_text)
    # "ngân sách tỉnh 50 tỷ đồng; huyện 12 tỷ đồng": a budget, however far the funding cue
    elided = _elided_budget(text, label, previous, first)
    if total is None or not (
        total or need or elided or _is_funding(sections, block, m.start(), after)
    ):
        return None
    donation = _cue("donation").search(label_text)
    # "hiến 3 ha đất, trị giá 6 tỷ đồng": the value of what was given, not a cost
    spending = None if donation or list_total else _spending(label_text)
    # "sửa chữa 60 cây cầu, tổng kinh phí 45 tỷ đồng": the cost of the works, not a total
    works = None if donation or list_total or spending else _works_total(label_text)
    purpose = None
    if works is not None:
        spending, purpose = works
    elif spending:
        s, _ = sections.sentence_at(block, m.start())
        purpose = " ".join(text[s : clause + spending.start()].split()).strip(" ,.-") or None
    supported = None if spending or donation else _PURPOSE_SUPPORTED.search(label_text)
    if supported is not None:  # "xây dựng trạm y tế được hỗ trợ 5 tỷ đồng": money for a purpose
        purpose = " ".join(supported.group("purpose").split())
    real_clause = _clause_start(text, block.body, m.start())
    # "giải ngân 22/23 tỷ đồng kế hoạch vốn": achieved against a plan, the plan's word names
    # what the amount is set against, not a planned flow
    of_plan = bool(m.group("of_amount") or m.group("of_bare"))
    flow_cue = _flow(label_text, after, text[real_clause:clause], plans=not of_plan)
    if spending and flow_cue is not None and cues().value("flow", flow_cue.group()) == "mobilised":
        flow_cue = None  # "với tổng mức đầu tư …": the cost of a purpose, not money raised
    if purpose is None and flow_cue is not None:
        invested = _INVESTED_FOR.match(after) if _INVESTED.fullmatch(flow_cue.group()) else None
        if invested is not None and not _PROGRAMME_ITSELF.match(invested.group("purpose")):
            # "tỉnh đã đầu tư 40 tỷ đồng cho phát triển hạ tầng viễn thông": money for one purpose
            purpose = " ".join(invested.group("purpose").split()).strip(" ,.-") or None
        elif cues().value("flow", flow_cue.group()) == "allocated":
            wanted = _PURPOSE_AFTER.search(after)
            if wanted is not None and not _PROGRAMME_ITSELF.match(wanted.group("purpose")):
                purpose = " ".join(wanted.group("purpose").split()).strip(" ,.-") or None
    done = (
        flow_cue is not None
        and flow_cue.string is label_text
        and _DONE_BEFORE.search(label_text, 0, flow_cue.start())
    )
    if not done and not of_plan:  # "Kế hoạch năm 2026 huy động …": a plan's verb is planned
        plans = [
            f
            for f in _cue("flow").finditer(label_text)
            if cues().value("flow", f.group()) == "planned" and not _carried_plan(label_text, f)
        ]
        if plans:
            flow_cue = plans[-1]
    if need is not None and done and flow_cue is not None and flow_cue.start() > need.start():
        need = None  # "Xã cần nỗ lực, đã huy động 10 tỷ đồng": the money raised
    if need is not None:  # "còn thiếu 12 tỷ đồng", "cần huy động thêm 8 tỷ đồng": planned
        flow_cue, done = need, None
    needed = need is not None
    share = _SHARE.match(text, end)
    if share is None and (named_after := _SOURCE_AFTER.match(text, end)) is not None:
        # "giải ngân 30,87/34,71 tỷ đồng vốn xây dựng nông thôn mới (đạt 88,95% kế hoạch)":
        # the share in brackets after the kind of money written after the amount
        share = _BRACKETED_SHARE.match(text, named_after.end())
    if (
        share is not None
        and _COMPARED_AFTER.match(text, share.end())
        and not _own_plans_share(text, share, flow_cue)
    ):
        share = None
    if share is None:
        share = _SHARE_BEFORE.search(text, clause, first)
    quote_start = clause
    quote_end = max(share.end(), end) if share else end
    after_share = share is not None and share.start() >= end
    trailing = None if after_share else _trailing_source(text, end, block.end)
    if trailing is not None:  # "15 tỷ đồng nhân dân đóng góp": the quote holds its source
        quote_end = max(quote_end, trailing[1])
    went_to = None if after_share or trailing else _trailing_place(text, end, block.end)
    if went_to is not None:  # "2 tỷ đồng cho xã Tân Phú": the quote holds its place
        quote_end = max(quote_end, went_to[1])
    ctx = context_at(sections, first, end, label_first=True)
    listed = _listed_place(text[floor:first]) if previous is not None else None
    if listed is not None:  # "… xã A 9,9 tỷ đồng và xã B 3,3 tỷ đồng": B's money
        ctx = replace(ctx, subject=listed)
    if went_to is not None:  # "… 2 tỷ đồng cho xã Tân Phú, 1,5 tỷ đồng …": Tân Phú's money
        ctx = replace(ctx, subject=went_to[0])
    if ctx.scheme is not None and not _scheme_here(sections, block, m.start()):
        # "… 10% số xã đạt chuẩn NTM kiểu mẫu. Tổng vốn … là 39.632 tỷ đồng": the money is
        # the programme's, not of the scheme an earlier statement counted
        ctx = replace(ctx, scheme=None)
    own_span = re.fullmatch(r"\d{4}-\d{4}", parse_period(ctx.period or "") or "")
    if not own_span and (phase := _whole_phase_span(text, clause, first)) is not None:
        # "… nhu cầu vốn cần cho cả giai đoạn là 900 tỷ đồng": the phase named before
        ctx = replace(ctx, period=phase)
    elif (
        not own_span
        and previous is not None
        and _PHASE_PART.match(text, previous.end, first) is not None
        and _SENTENCE_END.search(text, previous.end, first) is None
        and _whole_phase_span(text, sections.sentence_at(block, previous.start)[0], previous.end)
        is not None
    ):
        # "… cho cả giai đoạn là 900 tỷ đồng; trong đó nhân dân 90 tỷ đồng": a part of the
        # phase's whole, of its span
        ctx = replace(ctx, period=previous.context.period)
    elif not own_span and (plan := _plan_span(text, clause, first)) is not None:
        # a plan's total is of the plan's span, or of no time the text states
        ctx = replace(ctx, period=plan) if plan else replace(ctx, undated=True)
    elif (
        not _against_its_plan(m, text, end)
        and (so_far := _counted_to_a_day(text, block, ctx.period)) is not None
    ):
        ctx = replace(ctx, period=so_far)
    split = _split_by_years(text, end)
    if split is not None and (
        undated_or_present(ctx.period) or parse_period(ctx.period or "") == split[0]
    ):
        # "90 tỷ đồng (năm 2019: 40 tỷ đồng, năm 2020: 50 tỷ đồng)": a total split by year
        # in brackets is of the years it splits into, not of the first of them
        ctx = replace(ctx, period=split[1])
    elif undated_or_present(ctx.period) and (span := lead_span(sections)) is not None:
        # "Sau 7 năm thực hiện, …" ⏎ "Tổng số vốn huy động … hiện nay là 543 tỷ đồng": money
        # raised over the years the text's lead counts up to now
        ctx = replace(ctx, period=span)
    if ctx.period is None and ctx.goal is None and (span := money_span_before(sections, first)):
        # "Giai đoạn 2017-2020, xã huy động 120 tỷ đồng." ⏎ "Vốn doanh nghiệp 30 tỷ đồng":
        # money stated after it goes on in the span the money before it opened with
        ctx = replace(ctx, period=span)
    approx = approx_at(text, first)
    own_start = _past_excluded(text, clause, first)
    if own_start > clause:  # "Ngoài vốn Trung ương, vốn địa phương 80 tỷ đồng": not joined
        quote_start = own_start
        label = _LABEL_TRIM.sub("", text[own_start:first])
    named = _without_campaign_names(label)
    disbursed = flow_cue is not None and cues().value("flow", flow_cue.group()) == "disbursed"
    sources, own = _sources(
        sections, block, m, end, clause, named, spending is not None, running, disbursed
    )
    if own_start > clause and not any(funding_source(p) for p in sources[:own]):
        # "Ngoài vốn ngân sách, xã còn huy động được 3 tỷ đồng": money of another source
        sources.insert(own, PART_SOURCE)
        own += 1
    if trailing is not None:  # right after the label, before the owner and the block's words
        at = 1 if named else 0
        sources.insert(at, trailing[0])
        own += 1
    if elided is not None:  # "ngân sách tỉnh 50 tỷ đồng, huyện là 12 tỷ": the district's budget
        sources.insert(0, elided)
        own += 1
    giver = _GIVER.search(text, clause, first)
    if giver is not None and not _a_source_among(sources[:own]):
        # "tỉnh Đắk Lắk hỗ trợ 6 tỷ đồng", "được huyện hỗ trợ 2 tỷ đồng": the giver's budget
        sources.insert(0, _GIVER_SOURCE[_level_word(giver.group("level"))])
        own += 1
    # "xã nhận 4 tỷ đồng …": money the unit received, whose giver is written after it
    receives = _RECEIVES.search(label_text) is not None
    came_from = _FROM_A_LEVEL.match(after) if receives else None
    level = _GIVER_LEVEL.match(came_from.group("who")) if came_from else None
    if level is not None and not _a_source_among(sources[:own]):
        # "xã nhận 4 tỷ đồng vốn hỗ trợ của tỉnh": the giver's budget
        sources.insert(0, _GIVER_SOURCE[_level_word(level.group())])
        own += 1
    supporter = _from_a_supporter(after) if receives and came_from is None else None
    if supporter is not None and not _a_source_among(sources[:own]):
        # "xã nhận được 3 tỷ đồng hỗ trợ từ các doanh nghiệp": the supporter's money, mobilised
        sources.insert(0, supporter)
        own += 1
    if (
        giver is None
        and previous is not None
        and previous.giver is not None
        and _CLAUSE_BREAK.search(text, previous.end, m.start()) is None
        and not any(_names_one_source(phrase) for phrase in sources[:own])
    ):  # "Trung ương hỗ trợ 120 tỷ đồng vốn đầu tư và 25 tỷ đồng vốn sự nghiệp": every item
        # of the list is of the giver's budget, not only the first
        level = _GIVER_LEVEL.match(previous.giver)
        if level is not None:
            sources.insert(0, _GIVER_SOURCE[_level_word(level.group())])
            own += 1
    if _PEOPLE_GAVE.search(text, clause, first) and not _a_source_among(sources[:own]):
        # "Người dân xã Kim Đông đóng góp 3,5 tỷ đồng": the people's money, not a total
        sources.insert(0, _PEOPLE_SOURCE)
        own += 1
    if (
        whole is None
        and previous is not None
        and not total
        and not any(funding_source(phrase) for phrase in sources)
        and _after_among_parts(text, sections.sentence_at(block, m.start())[0], previous, first)
    ):  # "… huy động 90 tỷ đồng, trong đó …, Báo Nhân Dân hỗ trợ 6,2 tỷ đồng": a part of
        # the amount before it that names no source, not a total of its own; of the source
        # that amount names, if one ("Nhân dân đã hiến đất, đóng góp … trên 20 tỷ đồng,
        # trong đó tiền mặt 1,1 tỷ đồng": the people's cash)
        sources.insert(own, _whole_source(previous) or PART_SOURCE)
        own += 1
    if list_total is None and _within_whole(text, clause, first):
        # "Trong nguồn vốn huy động có 80 tỷ đồng tiền mặt": some of the total, no source named
        sources, own, total = [PART_SOURCE], 1, False
    if list_total is not None:  # the sources listed make up the total: not one of them
        sources, own = [list_total.group()], 1
    given = None
    if donation:  # land or labour the people gave, unless its giver is named
        given = DONATION_SOURCE
    elif _campaign(text, sections.sentence_at(block, m.start())[0], m.start()):
        given = CAMPAIGN_SOURCE  # money a campaign raised, unless a budget is named
    if given is not None:
        # "Tổng kinh phí huy động từ phong trào “…” là 3 tỷ đồng": the campaign's total, not
        # the programme's
        first = funding_source(named) == "total" and _campaigns_total(label_text)
        sources.insert(0 if first else own, given)
        own += 1
    disbursed_next = (
        disbursed
        and previous is not None
        and _disbursed_of_before(label, previous, block, text[previous.end : clause])
    )
    if disbursed_next:
        # "Nguồn vốn X năm 2024 là 200 tỷ đồng. Kinh phí giải ngân đến ngày … là 112 tỷ đồng":
        # what was disbursed of the money just stated, not a total of its own
        total = False
    if previous is not None and (
        (_flow_only(label) and _CLAUSE_BREAK.search(text, previous.end, m.start()) is None)
        or _of_previous(m, previous)
        or disbursed_next
    ):  # "… là 36.630 triệu đồng, đã giải ngân 20.100 triệu đồng": the same money
        inherited = list(previous.sources[: previous.own_sources])
        sources = [*sources[:own], *inherited, *sources[own:]]
        own += len(inherited)
    if whole is not None:  # "(gồm vốn sự nghiệp 71,4 tỷ đồng, …)": the whole's money
        sources, own = _with_whole(sources, own, whole, total)
        own_flow = flow_cue is not None and flow_cue.string in (label_text, after)
        if not own_flow and whole.flow is not None:
            # "nhu cầu kinh phí còn thiếu là 20,5 tỷ đồng. Trong đó, xã A 12 tỷ đồng …": the
            # parts of money needed are needed too
            flow_cue = _cue("need" if whole.needed else "flow").search(whole.flow)
            needed = needed or whole.needed
    if (
        purpose is None
        and whole is None
        and list_total is None
        and given is None
        and not _a_source_among(sources[:own])
    ):
        # "cứng hóa 120 km đường, kinh phí 150 tỷ đồng": the cost of works, no source named
        purpose = _works_cost(label_text)
    mention = FundingMention(
        quote_start,
        quote_end,
        text[quote_start:quote_end],
        ctx,
        amount=" ".join((_low_written(low, m) if low else m.group("amount")).split()),
        unit=_low_unit(low, m) if low else " ".join(m.group("unit").split()),
        amount_max=" ".join(m.group("amount").split()) if low else None,
        unit_max=" ".join(m.group("unit").split()) if low else None,
        tail=" ".join(tail.group().split()) if tail else None,
        of_amount=m.group("of_amount") or m.group("of_bare"),
        of_unit=_of_unit(m),
        sources=tuple(sources),
        own_sources=own,
        part=not total and period_in(label, 0, len(label), 0) is None,
        total=total,
        flow=" ".join(flow_cue.group().split()) if flow_cue else None,
        flow_done=bool(done),
        needed=needed,
        purpose=purpose,
        approx=approx.group().strip() if approx else None,
        percent=share.group("value") if share else None,
        region=NATIONAL
        if _national_money(sections, block, m.start(), end)
        else _region(ctx.subject or _carried_place(sections, block, m.start()), giver),
        giver=" ".join(giver.group("who").split()) if giver else None,
        received=flow_cue is None and _received(label_text, after, came_from),
    )
    floor = max(end, trailing[1]) if trailing is not None else end
    if went_to is not None:
        floor = max(floor, went_to[1])
    if share is not None and after_share:  # "… 150 tỷ (chiếm 75%), nhân dân …": its share
        floor = max(floor, share.end())
    return mention, ((share.start("value"), share.end()) if share else None), floor


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


def _broken_down(sections: Sections, block: Block, at: int, end: int) -> bool:
    """Whether the amount at ``at`` (ending at ``end``) is the whole of parts its sentence
    lists after it, with no other amount between: "huy động 900 tỷ đồng để xây dựng NTM,
    trong đó ngân sách tỉnh 300 tỷ đồng …", "… 52 tỷ đồng (gồm vốn …)"."""
    text = sections.text
    _, sentence_end = sections.sentence_at(block, at)
    among = _PARTS_OPEN.match(text, end) or _AMONG_PARTS.search(text, end, sentence_end)
    if among is None or _amount().search(text, end, among.start()) is not None:
        return False
    return _amount().search(text, among.end(), sentence_end) is not None


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


#: A level of government giving the money, in the amount's clause: "tỉnh Đắk Lắk hỗ trợ",
#: "huyện cũng hỗ trợ thêm", "được tỉnh hỗ trợ", "cấp trên hỗ trợ", "vốn cấp trên hỗ trợ khác",
#: "huyện Tứ Kỳ hỗ trợ cho 3 xã với số tiền", "huyện Gia Lộc hỗ trợ 4 xã".
_GIVER = re.compile(
    r"(?<!\w)(?P<who>(?P<level>(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|cấp\s+trên|"
    r"chính\s+phủ))"
    rf"(?:\s+{NAME_PATTERN})?)"
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|trực\s+tiếp)\s+)*"
    r"(?i:hỗ\s+trợ|cấp|phân\s+bổ|bố\s+trí)(?:\s+(?i:thêm|khác))?"
    r"(?:\s+[^,;.:]{1,40}?)?\s*$"
)
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


#: The unit receiving the amount ("huyện nhận được 15 tỷ đồng", "xã tiếp nhận 6 tỷ đồng"),
#: and a level or its budget it came from written after it ("… hỗ trợ từ Trung ương", "…
#: từ ngân sách tỉnh"): given from above, as "được Trung ương hỗ trợ" is.
_RECEIVES = re.compile(r"(?<![^\W\d_])(?i:nhận)(?:\s+(?i:được))?(?:\s+[^\s,;.:\d]+){0,2}\s*$")
_FROM_A_LEVEL = re.compile(_from_whom(r"hỗ\s+trợ") + rf"(?:(?i:nguồn)\s+)?{_LEVEL_BUDGET}")


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


# A work the money is for, then "được hỗ trợ"/"được đầu tư" with no source: "xây dựng sân
# vận động được hỗ trợ 6 tỷ đồng", "nâng cấp chợ xã được đầu tư 2 tỷ đồng" (a purpose's cost).
_PURPOSE_SUPPORTED = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=^\s)|(?i:nếu|khi)\s+)(?P<purpose>(?i:xây\s+dựng|xây|làm|nâng\s+cấp|"
    r"cải\s+tạo|kiên\s+cố\s+hóa|sửa\s+chữa|mua\s+sắm|lắp\s+đặt|bê\s+tông\s+hóa|cứng\s+hóa)"
    r"\s+[^,;:\d]{1,60}?)\s+(?i:được)\s+(?i:hỗ\s+trợ|đầu\s+tư|cấp)\s*$"
)
# The people of a place giving, with the place (or other words) between: "Người dân xã Kim
# Đông đóng góp 3,5 tỷ đồng", "nhân dân các thôn đã tự nguyện góp 2 tỷ đồng", "người dân
# trong, ngoài tỉnh tham gia đóng góp 60 tỷ đồng" (a comma inside the people's words).
_PEOPLE_GAVE = re.compile(
    r"(?<!\w)(?i:người\s+dân|nhân\s+dân|bà\s+con)(?:,?\s+[^\s\d,;.:()]+){1,6}?"
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|tự\s+nguyện|tích\s+cực)\s+)*"
    r"(?i:đóng\s+góp|góp|ủng\s+hộ)(?:\s+[^,;.:\d]{1,40}?)?\s*$"
)
#: The source phrase of the people's money (``funding_sources.toml``).
_PEOPLE_SOURCE = "nhân dân đóng góp"
#: The budget of each giver, as a source phrase of ``funding_sources.toml``.
_GIVER_SOURCE = {
    "tỉnh": "ngân sách tỉnh",
    "huyện": "ngân sách huyện",
    "thị xã": "ngân sách thị xã",
    "thành phố": "ngân sách thành phố",
    "trung ương": "ngân sách trung ương",
    "cấp trên": "vốn cấp trên",
    "chính phủ": "ngân sách trung ương",
}


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


# The level word a giver's words open with (``FundingMention.giver``).
_GIVER_LEVEL = re.compile(
    r"(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|cấp\s+trên|chính\s+phủ)(?![^\W\d_])"
)


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


def _whole_source(whole: FundingMention) -> str | None:
    """The phrase naming ``whole``'s one source, when it names one other than the total or
    money of no named source (its parts are of it)."""
    for phrase in whole.sources:
        found = funding_source(phrase)
        if found is not None:
            return phrase if found not in ("total", "other") and "+" not in found else None
    return None


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


def find_funding(sections: Sections) -> FundingFinding:
    """Every funding mention, in document order, and the share spans they claimed."""
    text = sections.text
    mentions: list[FundingMention] = []
    claimed: list[Span] = []
    for block in sections.blocks:
        if _MONEY_HINT.search(text, block.start, block.end) is None:
            continue
        floor = block.start
        previous: FundingMention | None = None
        whole: FundingMention | None = None
        whole_end = block.start
        running: str | None = None  # the budget of the paragraph's giver
        for m in _amount().finditer(text, block.start, block.end):
            if m.start() < floor:
                continue  # inside the tail of the amount before ("2 tỷ 735 triệu")
            if m.start() >= whole_end:
                whole = None
            if _upper_follows(text, m, block):
                continue  # "từ 300 tỷ đồng đến 400 tỷ đồng": read with its upper bound
            found = _mention(sections, block, m, floor, previous, whole, running)
            floor = m.end()
            if found is None:
                continue
            mention, span, floor = found
            previous = mention
            running = _running_source(mention, running)
            opened = (
                _PARTS_OPEN.match(text, floor)
                or (
                    _WHOLE_OPEN.match(text, floor)
                    if mention.total or _WHOLE_PARTS.match(text, floor)
                    else None
                )
                or _PARTS_NEXT.match(text, floor)
                or _phases_open(text, floor)
            )
            if opened is not None:  # its parts follow
                whole = _whole_of_parts(opened, mention, whole)
                whole_end = _parts_end(text, opened, block.end)
            mentions.append(mention)
            if span:
                claimed.append(span)
            rate = _growth_rate(text, mention.start, m.start())
            if rate is not None:
                claimed.append(rate)
    mentions = [replace(m, listed=True) if _in_breakdown(sections, m) else m for m in mentions]
    mentions = _parts_of_whole_above(sections, mentions)
    return FundingFinding(tuple(_headline_restated(sections, mentions)), tuple(claimed))


# A sentence that opens on the whole stated before it: "Trong tổng nguồn lực huy động trên thì
# ngân sách Trung ương …", "Trong số vốn nói trên, …", "Trong tổng số vốn này, …".
_WHOLE_ABOVE = re.compile(
    r"[\s\-–+•*·]*(?:(?i:đặc\s+biệt|riêng|cụ\s+thể)\s*,?\s*)?(?i:trong)\s+(?:(?i:tổng)\s+)?"
    r"(?:(?i:số)\s+)?(?i:nguồn\s+vốn|nguồn\s+lực|số\s+vốn|vốn|kinh\s+phí|số\s+tiền)"
    r"(?:\s+(?i:đã\s+)?(?i:huy\s+động|thu\s+hút|đầu\s+tư)(?:\s+(?i:được))?)?"
    r"\s+(?:(?i:nói|kể)\s+)?(?i:trên|này)(?![^\W\d_])"
)


#: A sentence opening a breakdown of the money stated before it: "Trong đó, …", "Trong số
#: đó …", "Riêng đối với nguồn vốn …".
_BREAKDOWN_OPENS = re.compile(r"\s*(?i:trong\s+(?:số\s+)?đó|riêng)(?![^\W\d_])")


def _in_breakdown(sections: Sections, mention: FundingMention) -> bool:
    """Whether ``mention``'s sentence, or the one before it (in its block or the block
    before), opens a breakdown (``_BREAKDOWN_OPENS``): the amount is an item of it."""
    text = sections.text
    index = mention.context.block
    block = sections.blocks[index]
    starts = [s for s, _ in sections.sentences(block, semicolons=False) if s <= mention.start]
    if index > 0 and len(starts) < 2:
        before = sections.sentences(sections.blocks[index - 1], semicolons=False)
        starts = [s for s, _ in before[-1:]] + starts
    return any(_BREAKDOWN_OPENS.match(text, s) for s in starts[-2:])


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
    dự kiến chi 7,6 nghìn tỷ đồng …"); a headline dates nothing itself."""
    top = {b.index for b in sections.blocks[:HEADLINE_BLOCKS]}
    out = list(mentions)
    for i, head in enumerate(mentions):
        if head.context.block not in top or head.context.period is not None:
            continue
        if not _only_line(sections, head):
            continue
        same = next(
            (
                m
                for m in mentions[i + 1 :]
                if m.context.block != head.context.block
                and (m.amount, m.unit) == (head.amount, head.unit)
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


def _only_line(sections: Sections, mention: FundingMention) -> bool:
    """Whether the mention's block is one short line, as a headline is."""
    block = sections.blocks[mention.context.block]
    line = sections.text[block.start : block.end].strip()
    return "\n" not in line and len(line) <= HEADLINE_CHARS and not line.endswith(".")
