"""The title of a decision, a resolution or a plan written with no "BÁO CÁO" over it.

A decision's header ends in its date line, then its kind and its title in capitals::

    Số: 2428/QĐ-UBND | Quảng Nam, ngày 16 tháng 9 năm 2022 |
    QUYẾT ĐỊNH
    BAN HÀNH BỘ TIÊU CHÍ … GIAI ĐOẠN 2022-2025 …

That title names the span the document is about, as a report's title does; lines before the
date line (a portal's list of related documents, its own headings) are no part of it.
"""

from __future__ import annotations

import re

from baocao.data.lexicon import fold

#: The header's date line ("Hải Phòng, ngày 18 tháng 7 năm 2023").
_DATE_LINE = re.compile(r"(?i:ngày)\s*\d{1,2}\s*(?i:tháng)\s*\d{1,2}\s*,?\s*(?i:năm)\s*\d{4}")
#: How far after the date line the title may start (characters).
TITLE_REACH = 400
#: A line that opens the body: the title is above it.
_BODY = re.compile(r"^\W*(?i:căn\s+cứ|xét\s+đề\s+nghị|điều\s+\d|kính\s+gửi)")
#: The issuing body repeated under the title ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"): no title.
_ISSUER_LINE = re.compile(r"^\W*(?:uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan|ubnd|hdnd)\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Fewest letters a title line in capitals has ("QUYẾT ĐỊNH" alone is the kind, no title).
MIN_TITLE_LETTERS = 15


def caps_title(text: str, header_chars: int) -> str | None:
    """The first line in capitals naming a year between the header's date line and the body
    ("Căn cứ …"), when the header has one; None otherwise."""
    date = _DATE_LINE.search(text, 0, header_chars)
    if date is None:
        return None
    line_start = text.find("\n", date.end())
    if line_start < 0:
        return None
    for line in text[line_start : date.end() + TITLE_REACH].split("\n"):
        clean = line.strip(" \t|*_#")
        if _BODY.match(clean):
            return None
        letters = [c for c in clean if c.isalpha()]
        if len(letters) < MIN_TITLE_LETTERS or not all(c.isupper() for c in letters):
            continue
        if _ISSUER_LINE.match(fold(clean)) is None and _YEAR.search(clean):
            return " ".join(clean.split())
    return None
