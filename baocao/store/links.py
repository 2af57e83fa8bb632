"""Which stored documents are one report: keys computed from one document alone.

A report reaches the store as several files — the .txt, .docx, .pdf and scan of one text, or
a report and its appendix of tables ("PHỤ LỤC (Kèm theo báo cáo …)"). Each document's row in
``reports`` carries three values computed here, at save time, from that document only:

- ``report_key``: the report's identity — its unit, number and date when the document states
  both (the issuing office's register: one number on one day is one report, whatever the
  format or an OCR misreading of the period), written ``unit|no number|date``; else its
  unit, period and title (``unit|period|title``). The view joins a scan keyed the second way to
  a numbered report of its unit and period when one is stored (a number that did not
  survive OCR); a typed text without a number (a news article) stays a report of its own;
- ``family_key``: its unit and period, which an appendix shares with its report;
- ``appendix``: the document is an appendix (it opens with "Phụ lục" or "Kèm theo …").

Which document of a key is canonical, and which report an appendix belongs to, is decided in
SQL (view ``v_report_links``, revision 0005) over the documents stored at the time of the
query. Nothing links one stored row to another, so documents added, replaced or removed in
any order, by any number of processes, never leave a stale link behind.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from baocao.model import Report

#: How many characters of a document's opening are read to tell an appendix.
OPENING_CHARS = 400

_APPENDIX = re.compile(r"^\W*(phu luc|kem theo)\b")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Lower case, no diacritics (đ → d), runs of anything else one space: the form names and
    titles are keyed in, so "THÁP MƯỜI" and "Tháp Mười" are one."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", plain).strip()


def is_appendix(opening: str) -> bool:
    """True when a document's first lines say it is an appendix to a report."""
    lines = [line for line in opening[:OPENING_CHARS].splitlines() if line.strip()][:3]
    return any(_APPENDIX.match(fold(line)) for line in lines)


def unit_key(report: Report) -> str:
    """The reporting unit: its official code, else its level, name and province; a report
    naming only its province (a province's appendix) is the province's."""
    unit, province = report.unit, report.province
    if unit is not None:
        if unit.code:
            return unit.code
        level = str(unit.level) if unit.level else ""
        return f"~{level}:{fold(unit.name)}@{unit.province_code or fold(unit.province)}"
    if province is not None:
        return province.code or f"~province:{fold(province.name)}"
    return "?"


def report_keys(report: Report, opening: str) -> dict[str, Any]:
    """The ``reports`` columns ``report_key``, ``family_key`` and ``appendix`` of a document
    whose report metadata is ``report`` and whose text starts with ``opening``."""
    unit = unit_key(report)
    period = report.period or "?"
    if report.number and report.date:
        key = f"{unit}|no {fold(report.number)}|{report.date}"
    else:
        key = f"{unit}|{period}|{fold(report.title)}"
    return {
        "report_key": key,
        "family_key": f"{unit}|{period}",
        "appendix": is_appendix(opening),
    }
