"""Years typed with a thousands dot ("tháng 6/2.025", "năm 2.024", "giai đoạn 2.021-2.025"),
read as the years they are.

A writer who lets a word processor group digits writes a year as a number: "2.025". Where the
words before it make it a year — "năm", "tháng 6/", a day and month "30/6/", "giai đoạn",
"nhiệm kỳ", "thời kỳ", a year and a dash — or a dash and a year follow it,
:func:`years_undotted` writes it without its dot and with a space after it, one character
for one, so the finders read a year while every offset they find is an offset in the text as
written (the quotes are cut from it, as :mod:`baocao.vocab.spellings` does). Only 1.900 to
2.099 can be a year. A dotted number a count noun or a unit follows ("năm 2.025 hộ", "2.025
triệu đồng") stays a number, as does one after any other word: an amount "2.025" is never
read as a year.
"""

from __future__ import annotations

import re

#: The words that make the number after them a year.
_BEFORE = (
    r"(?:(?<![^\W\d_])(?i:năm|giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+"
    r"|(?<![^\W\d_])(?i:tháng)\s+\d{1,2}\s*[/-]\s*"
    r"|(?<![\d/.])\d{1,2}\s*/\s*\d{1,2}\s*/\s*"
    r"|(?<!\d)(?:19|20)\d\d\s*[-–]\s*"
    r"|(?<!\d)(?:1\.9|2\.0)\d\d\s*[-–]\s*)"
)

#: What may not follow a year: more digits of a number, or a count noun or unit.
_NOT_AFTER = (
    r"(?![.,]?\d)(?!\s*(?:%|(?i:tỷ|tỉ|triệu|nghìn|ngàn|đồng|hộ|người|lao\s+động|khẩu|ha|km|m|"
    r"tấn|con|xã|thôn|bản|ấp|công\s+trình|trường|nhà|căn|hồ\s+sơ|sản\s+phẩm|"
    r"lượt|lần|cái|chiếc|mô\s+hình)(?![^\W\d_])))"
)

_DOTTED = re.compile(
    r"(?<![\d.,])(?P<first>1|2)\.(?P<rest>(?<=1\.)9\d\d|(?<=2\.)0\d\d)" + _NOT_AFTER
)
_LEAD = re.compile(_BEFORE + r"$")
#: A span's first year, known by the year after its dash ("2.021-2.025", "2.016 - 2020").
_SPAN_AFTER = re.compile(r"\s*[-–]\s*(?:(?:19|20)\d\d|(?:1\.9|2\.0)\d\d)" + _NOT_AFTER)

#: How far before a dotted number its leading words may start.
_LEAD_REACH = 24


def years_undotted(text: str) -> str:
    """``text`` with every dotted year ("2.025" after "năm", "tháng 6/", …) written as
    "2025 ", one character for one."""
    if "." not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _DOTTED.finditer(text):
        lead = text[max(0, m.start() - _LEAD_REACH) : m.start()]
        if _LEAD.search(lead) is None and _SPAN_AFTER.match(text, m.end()) is None:
            continue
        out.append(text[last : m.start()])
        out.append(m.group("first") + m.group("rest") + " ")
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
