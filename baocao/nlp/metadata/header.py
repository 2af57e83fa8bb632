"""The formal header and title of an administrative report.

* **number** — after "Số:"; None when the number is left blank ("Số:    /BC-UBND").
* **title** — the lines after "BÁO CÁO" up to a blank line or the first heading; an appendix
  ("Kèm theo báo cáo …") takes the title of the report it is attached to; a letter with no
  title word, its subject line ("V/v …"), for the period it names.
* **unit** from the header — the place after "ỦY BAN NHÂN DÂN"/"UBND".
* **decisions** — the criteria-set decisions the text cites ("1980/QĐ-TTg").
"""

from __future__ import annotations

import re

from baocao.data.lexicon import fold
from baocao.model import Place
from baocao.nlp.metadata.common import _PLACE, _parse_place
from baocao.nlp.segment import HEADER_CHARS, TITLE_LINES, TITLE_WORD
from baocao.vocab.criteria import decision_set

#: The title word on a line of its own (:data:`baocao.nlp.segment.TITLE_WORD`).
_TITLE_WORD = TITLE_WORD
#: The issuing council or committee: a People's Committee (UBND) reports and decides, a
#: People's Council (HĐND) resolves ("HỘI ĐỒNG NHÂN DÂN ⏎ THÀNH PHỐ HẢI PHÒNG").
_ISSUER = re.compile(
    r"(?<![-/–]\s)(?<![-/–\w])(?:uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd)(?!\w)"
)
_NATIONAL_MOTTO = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia")
_NUMBER = re.compile(r"(?<!\w)Số\s*:\s*([^\n]*)")
_NUMBER_VALUE = re.compile(r"\d[\w.]*(?:\s*/\s*[\w.]+(?:\s*-\s*[\w.]+)*)+")


_HEADING = re.compile(r"^\s*(?:[IVX]+\.|[A-Z]\.|\d+\.|Phần\s|PHẦN\s|Kính\s+gửi|Căn\s+cứ)")
#: A header's line that a layout may put under the title, no part of it: the number, what
#: the letter is about ("V/v …"), what comes with it ("(Kèm theo …)"), the place and date.
_NOT_TITLE = re.compile(
    r"^\W*(?:Số\s*:|V/v\s|(?i:kèm\s+theo)\s)"
    r"|^[^\W\d_][^\n,:;\d]{0,40},\s*(?i:ngày)\s*\d{0,2}\s*(?i:tháng)\s*\d{1,2}[\s,]*(?i:năm)\s*\d{4}\W*$"
)
#: A line of its own in brackets: "(Giai đoạn 2016 - 2020)".
_BRACKETED = re.compile(r"\([^()]{3,100}\)\W*")


_DECISION = re.compile(r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?QĐ\s*-\s*TTg", re.IGNORECASE)


#: An appendix names the report it belongs to: "(Kèm theo Báo cáo kết quả … năm 2019)".
_APPENDIX_OF = re.compile(r"^\W*Kèm\s+theo\s+báo\s+cáo\s+([^\n]+?)\W*$", re.M | re.I)


def _appendix_title(text: str) -> str | None:
    """The title of the report an appendix is attached to, when it says so."""
    match = _APPENDIX_OF.search(text, 0, HEADER_CHARS)
    return " ".join(match.group(1).split()) if match else None


#: A figure no title line holds: a count of units met ("8/9 xã"), a share ("85,5%").
_BODY_FIGURE = re.compile(r"\d\s*/\s*\d+\s+(?i:xã|tiêu\s+chí|huyện|thôn)(?!\w)|\d\s*%")


def _title(text: str, start: int) -> str | None:
    """The lines after "BÁO CÁO", up to a blank line or a heading, joined by spaces."""
    lines: list[str] = []
    counted = 0
    for line in text[start : start + 1500].split("\n"):
        clean = line.strip().strip("*_#").strip()
        if not clean:
            if lines:
                break
            continue
        if _HEADING.match(clean) or _TITLE_WORD.match(clean) or _NOT_TITLE.match(clean):
            break
        if lines and _BODY_FIGURE.search(clean):
            break  # "Xã đạt 19/19 tiêu chí." right under the title, no blank line between
        if not _BRACKETED.fullmatch(clean):  # "(Giai đoạn 2016 - 2020)" under four lines
            if counted == TITLE_LINES:
                break
            counted += 1
        lines.append(clean)
        if clean.endswith("."):
            break
    return " ".join(" ".join(lines).split()) or None


#: A letter's subject line ("V/v báo cáo sơ kết 03 năm … (2016-2018)", "V/v: rà soát …"),
#: wrapped or not: a letter (công văn) has no title word, and this line says what it is about.
_SUBJECT = re.compile(r"^[ \t]*(?i:v/v)\b[ \t]*:?[ \t]*(?P<first>\S[^\n]*)$", re.M)


def _letter_subject(header: str) -> str | None:
    """What a letter with no title is about: its "V/v …" line in the header, with the lines
    it wraps onto, up to a blank line, the place and date, the addressees or the motto."""
    m = _SUBJECT.search(header)
    if m is None:
        return None
    lines = [m.group("first").strip()]
    for line in header[m.end() :].split("\n")[1:]:
        clean = line.strip()
        if (
            not clean
            or len(lines) == TITLE_LINES
            or _NOT_TITLE.match(clean)
            or _HEADING.match(clean)
            or _TITLE_WORD.match(clean)
            or _NATIONAL_MOTTO.search(fold(clean))
        ):
            break
        lines.append(clean)
    return " ".join(" ".join(lines).split())


def _number(header: str) -> str | None:
    m = _NUMBER.search(header)
    if m is None:
        return None
    value = _NUMBER_VALUE.match(m.group(1).strip())
    return re.sub(r"\s+", "", value.group()) if value else None


def _header_unit(header: str) -> Place | None:
    """The place written right after "ỦY BAN NHÂN DÂN" / "UBND" in the header."""
    folded = fold(header)
    for m in _ISSUER.finditer(folded):
        window_end = min(len(header), m.end() + 80)
        motto = _NATIONAL_MOTTO.search(folded, m.end(), window_end)
        if motto is not None:
            window_end = motto.start()
            # "ỦY BAN NHÂN DÂN      CỘNG HÒA …" ⏎ "TỈNH NINH BÌNH      Độc lập …": two columns
            # side by side, the unit opening the next line
            line_end = header.find("\n", m.end())
            below = None
            if line_end >= 0:
                indent = re.compile(r"[ \t]*").match(header, line_end + 1)
                below = _PLACE.match(header, indent.end() if indent else line_end + 1)
            if below is not None:
                return _parse_place(_COLUMN_GAP.split(below.group(), 1)[0])
        found = _PLACE.search(header, m.end(), window_end)
        if found and not header[m.end() : found.start()].strip(" \t\n:,-"):
            return _parse_place(_COLUMN_GAP.split(found.group(), 1)[0])
    return None


#: The gap between two columns of a header laid out side by side (a tab, or three spaces).
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")


def _decisions(text: str) -> tuple[str, ...]:
    """Criteria-set decisions cited ("1980/QĐ-TTg"), first mention first, each once."""
    seen: dict[str, None] = {}
    for m in _DECISION.finditer(text):
        if decision_set(m.group()) is not None:
            seen.setdefault(re.sub(r"\s+", "", m.group()), None)
    return tuple(seen)
