"""Reporting periods: what a report or a figure covers, in one canonical string.

Canonical forms (``period_years`` reads them all back):

===============================  ================  ======================================
written                          canonical         note
===============================  ================  ======================================
năm 2020                         ``2020``          a calendar year
giai đoạn 2016-2020              ``2016-2020``     any dash, spaces or a line break inside;
3 năm (2016- 2018)                                 "từ năm 2011 đến năm 2015" too, and a
                                                   span run up to a day of its last year
                                                   ("từ năm 2011 đến hết tháng 6/2019":
                                                   ``2011-2019``, :func:`runs_to_a_day`)
trước khi xây dựng NTM           ``2010``          the programme's starting point, the year
                                                   before its first phase; a year in
                                                   brackets after it wins ("… (năm 2011)")
6 tháng đầu năm 2019             ``2019-H1``       also "sáu tháng", "6 tháng năm 2019",
                                                   "nửa đầu năm 2019"
6 tháng cuối năm 2019            ``2019-H2``
quý I năm 2020, quý 1/2020       ``2020-Q1``       "3 tháng đầu năm" is Q1 too
9 tháng (đầu) năm 2020           ``2020-M01-09``   first..last month, two digits each
tháng 5 năm 2020, tháng 5/2020   ``2020-M05``      a single month (also "tháng 6-2017")
đến (hết ngày) 30/6/2023        ``2023-M06``      a state reached on a day: its month
                                                   ("tại thời điểm 31/12/2021", "tính đến
                                                   ngày 31 tháng 12 năm 2022" too)
(2010)                           ``2010``          a year in parentheses: "khi mới triển
                                                   khai chương trình (2010), …"
(06/2016), (tháng 6/2016)        ``2016-M06``      a month in brackets, as a heading
                                                   dates the status under it
giai đoạn I, giai đoạn 2         ``2011-2015``     the programme's phase by numeral
                                                   (``programme_phases.toml``); a span
                                                   written beside it wins: "Giai đoạn I
                                                   (2010-2015)" → ``2010-2015``
từ năm 2011 (đến nay)            ``2011-2019``     a span to the text's present: only when
                                                   ``now`` (the present year) is known
từ khi triển khai chương trình    ``2011-2019``     the programme's years to the present
(đến nay)                                          (``now``): from its first phase's first
                                                   year (``programme_phases.toml``)
sau 3 năm xây dựng, 5 năm qua,   ``2017-2019``     years back from the present (``now``):
"Sau 3 năm, …"
                                                   whole years, so a report on the first
                                                   half of 2020 counts to 2019
                                                   (:func:`last_full_year`)
(trong) năm qua, năm vừa qua     ``2019``          the one year back: "1 năm qua"
năm trước, năm ngoái             ``2018``          the year before the present (``now``)
năm nay                          ``2019``          the present's year (``now``); "6 tháng
                                                   đầu năm nay", "tháng 6 năm nay" too
năm tới, năm sau, sang năm       ``2020``          the year after the present (``now``):
                                                   a goal (:func:`is_ahead`)
đến cuối năm, tới hết năm        ``2019``          the end of the present's year (``now``;
                                                   a goal: the year the text is written in)
trong năm                        ``2019``          the present's year unwritten (``now``;
                                                   :func:`is_this_year`: only a present
                                                   within one year is meant)
hiện nay, đến nay, hiện tại,     None              the present itself: whatever the
từ đầu năm (đến nay)                               caller's present is (the report's
                                                   period: a half, nine months, a year),
                                                   so never a period of its own
===============================  ================  ======================================

A year a scan wrote with a letter for a digit ("năm 2O21", "năm 202l") is that year: no clean
text writes a letter inside a year after the words that date it.

:func:`rest_of_phase` gives the years of the programme's phase (``programme_phases.toml``) left
after a year, or the next phase: what a plan written after a review looks ahead to.

Relative periods ("năm trước", "năm nay", "đến nay") are read only against ``now``: without
it they are None, never a guess. "những năm trước", "2 năm trước", "năm trước đó" (the year
before another year, not before the present) are not read, nor "năm sau đó" (the year
after another) and "năm sau cao hơn năm trước" (each year over the one before).

A run of months that is a half or a quarter takes that name ("6 tháng" → H1, "3 tháng cuối
năm" → Q4, "12 tháng" → the year). :func:`parse_period` returns the first period written in
the text (a title "… 6 tháng đầu năm 2019; phương hướng … 6 tháng cuối năm 2019" is 2019-H1)
or None; a bare year counts only when it is the whole text.

What a period written in a sentence *does* depends on the words before it:
:func:`is_comparison_base` tells a comparison base ("tăng 7 xã so với năm 2019": the fact is
not of 2019), :func:`is_state_date` a date a state is reached at ("Tính đến hết tháng
6/2017", "đến cuối năm 2020": the fact is of that time), :func:`is_start` when something
began ("bắt đầu từ năm 2009") and :func:`names_a_document` the year of a decision the text
cites ("Quyết định số 491/QĐ-TTg năm 2009"); neither of the last two is the text's present. A
base needs no "so với" when it is the same time of another year: "bằng 96% cùng kỳ năm
trước". :func:`reaches_present` tells a span or a year up to the present ("từ năm 2011",
"5 năm qua"), whose state is the present's, from a year of its own ("năm trước").
"""

from __future__ import annotations

import re

from baocao.data.lexicon import load_data
from baocao.vocab.patterns import cues

__all__ = [
    "PERIOD_PATTERN",
    "carried_over",
    "contract_form",
    "counts_to_now",
    "harmonise",
    "is_ahead",
    "is_comparison_base",
    "is_start",
    "is_state_date",
    "is_this_year",
    "is_year_end",
    "last_full_year",
    "names_a_document",
    "parse_period",
    "period_end_year",
    "period_years",
    "phase_so_far",
    "programme_so_far",
    "reaches_present",
    "runs_to_a_day",
    "rest_of_phase",
    "years_back",
]

_YEAR = r"(?:19|20)\d{2}"
#: A year as a text writes it, a scan's letters for digits too ("năm 2O21", "năm 202l"): no
#: clean text writes a letter inside a year, so after the words that date it, "O" is a zero
#: and "l" or "I" a one (:func:`_as_year` reads it back).
_YEAR_WRITTEN = r"(?:19|2[0O])[\dOolI]{2}"
_OCR_DIGITS = str.maketrans("OolIi", "00111")
_DASH = r"\s*[-–—]\s*"
_MONTH_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "chín": 9, "mười": 10}
#: A month (or a day of one) in figures, its leading zero written or not: "6", "06", "31",
#: "07/12" (one alternation for every place a date is read, so none misses the zero).
_MONTH_FIGURE = r"1[0-2]|0?[1-9]"
_DAY_FIGURE = r"(?:[0-2]?[1-9]|[123]0|31)"
_MONTH_COUNT = rf"(?:{_MONTH_FIGURE}|một|hai|ba|bốn|sáu|chín|mười)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEARS_BACK = r"(?:0?[1-9]|1[0-9]|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
#: What follows "N năm" when the years run up to the present: "5 năm qua", "sau 3 năm xây
#: dựng", "qua 8 năm thực hiện", "sau 2 năm triển khai" (``years_back`` cues).
_BACK_WORD = cues().pattern("years_back")
#: The moment a state is counted to, named after "đến" ("thời điểm báo cáo", "thời điểm
#: tổng kết"; ``time_point`` cues).
_TIME_POINT = cues().pattern("time_point")
#: The programme's work after "N năm" and a short verb phrase: "qua 4 năm dồn sức xây dựng
#: NTM", "trải qua 3 năm ra quân xây dựng" (``years_back_work`` cues).
_BACK_WORK = cues().pattern("years_back_work")
#: A verb phrase of a few words between "N năm" and that work, no number or punctuation in it.
_BACK_GAP = r"(?:[^\W\d_]+\s+){1,4}?"
#: The groups a span counted back from the present is read from, in the pattern's order.
_BACK_GROUPS = ("back", "back_gap", "back_clause")
_YEAR_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
#: Not a year of its own after these: "những năm trước", "nhiều năm qua", "2 năm trước".
_NOT_ONE_YEAR = (
    r"(?<!\d\s)(?<!những\s)(?<!nhiều\s)(?<!các\s)(?<!mấy\s)(?<!mọi\s)(?<!hàng\s)"
    r"(?<!mỗi\s)(?<!vài\s)(?<!hai\s)(?<!ba\s)"
)
#: "năm nay": this year, written where a year could be ("6 tháng đầu năm nay").
_THIS_YEAR = r"nay(?!\w)"
_AGO = r"trước|ngoái|liền\s+trước|nay|tới|sau(?!\s+(?:cao|hơn|đó))"
_PAST = r"(?:vừa\s+)?qua"
_PRESENT = r"(?:cho\s+|tính\s+)?(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại"
#: "trước khi xây dựng nông thôn mới", "trước khi thực hiện Chương trình xây dựng NTM": the
#: programme's starting point, the year before its first phase unless a year is written in
#: brackets after it ("… NTM (năm 2011)").
_BEFORE_PROGRAMME = (
    r"trước\s+khi\s+(?:xây\s+dựng|thực\s+hiện|triển\s+khai)\s+"
    r"(?:(?:chương\s+trình|phong\s+trào)\s+(?:mục\s+tiêu\s+quốc\s+gia\s+)?(?:xây\s+dựng\s+)?)?"
    r"(?:NTM|nông\s+thôn\s+mới)(?!\w)"
)
#: "từ khi triển khai Chương trình (xây dựng NTM) đến nay", "từ khi bắt đầu xây dựng nông
#: thôn mới tới nay": the programme's years from its first (``programme_phases.toml``) up to
#: the text's present.
_SINCE_PROGRAMME = (
    r"từ\s+khi\s+(?:bắt\s+đầu\s+)?(?:triển\s+khai|thực\s+hiện|xây\s+dựng)"
    r"(?:\s+(?:thực\s+hiện|xây\s+dựng))?\s+(?:chương\s+trình|phong\s+trào|NTM|nông\s+thôn\s+mới)"
    r"(?!\w)[^.;:\n\d]{0,100}?(?:đến|tới)\s+nay"
)
#: Years before the present a relative year names: "năm trước", "năm ngoái" (1), "năm nay"
#: (0), "năm tới", "năm sau" (-1: the year after).
_YEARS_AGO = {"trước": 1, "ngoái": 1, "liền trước": 1, "nay": 0, "tới": -1, "sau": -1}
#: What may follow "trong năm" that makes it some other year than the present's ("trong năm
#: 2020", "trong năm học", "trong năm đầu", "trong năm qua" …): then it is not the text's year.
_NOT_THIS_YEAR_AFTER = (
    r"(?!\s*\d)(?!\s+(?:nay|qua|vừa|tới|sau|trước|ngoái|liền|học|đầu|cuối|thứ|kế|tài|đó|ấy|"
    r"kia|này|mới|nữa|tháng|\d))"
)


#: The programme's phases by numeral ("giai đoạn I" → 2011-2015): baocao/data/
#: programme_phases.toml, where their sources are noted.
PHASES_FILE = "programme_phases.toml"


def _phases() -> dict[str, tuple[int, int]]:
    data = load_data(PHASES_FILE)
    out: dict[str, tuple[int, int]] = {}
    for entry in data.get("phase", []):
        for numeral in entry["numeral"]:
            out[str(numeral).lower()] = (int(entry["first"]), int(entry["last"]))
    return out


def _phase_spans() -> tuple[tuple[int, int], ...]:
    data = load_data(PHASES_FILE)
    return tuple(sorted((int(e["first"]), int(e["last"])) for e in data.get("phase", [])))


def _later_phases() -> dict[str, tuple[int, int, int]]:
    """numeral → (first year of writing, first, last): the programmes as counted from 2021."""
    data = load_data(PHASES_FILE)
    out: dict[str, tuple[int, int, int]] = {}
    for entry in data.get("later_phase", []):
        for numeral in entry["numeral"]:
            out[str(numeral).lower()] = (
                int(entry["from"]),
                int(entry["first"]),
                int(entry["last"]),
            )
    return out


_PHASES = _phases()
_LATER_PHASES = _later_phases()
_PHASE_SPANS = _phase_spans()
#: A phase written by its numeral, not a project's ("giai đoạn 1 của dự án", "giai đoạn 2 công
#: trình"), perhaps with its span in brackets ("Giai đoạn I (2010-2015)").
_PHASE_NUMERAL = "|".join(sorted((re.escape(n) for n in _PHASES), key=len, reverse=True))


#: "năm 2018 đến 2020" without its "từ", but not "từ đầu năm 2024 đến nay" (the year so far).
_SPAN_OPENING = r"(?:từ\s+(?:năm\s+)?|(?<!đầu\s)(?<!cuối\s)(?<!giữa\s)(?<!hết\s)năm\s+)"


#: Between a span's first year and its "đến": spaces, or a line break only before a "đến" in
#: lower case (a wrapped line). A title ending on a year ("… nông thôn mới năm 2024") over a
#: paragraph opening "Đến hết năm 2022, …" is no span 2024-2022: the capital opens a sentence.
_SPAN_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:đến|tới)(?!\w)))"


def _build(named: bool) -> str:
    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    year_of = r"\s+(?:năm\s+)?"
    y = _YEAR_WRITTEN
    this = rf"{y}|{_THIS_YEAR}"
    return (
        r"(?i:(?<!\w)(?:"
        # từ (năm) 2011 đến (năm) 2015; năm 2018 đến (năm) 2020, its "từ" left unwritten
        + rf"{_SPAN_OPENING}{g('from1', y)}{_SPAN_GAP}(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?"
        + g("to1", y)
        # từ năm 2011 đến hết tháng 6/2019, … đến 30/6/2019: a span run up to a day or a
        # month of its last year is a span of years all the same (the money of 2011-2019)
        + rf"|{_SPAN_OPENING}{g('from3', y)}{_SPAN_GAP}(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
        + rf"(?:ngày\s+)?(?:{_DAY_FIGURE}\s*/\s*|tháng\s+)(?:{_MONTH_FIGURE})\s*[/-]\s*"
        + g("to3", y)
        # từ (năm) 2011 đến nay, năm 2011 đến nay: a span up to the text's present
        + rf"|{_SPAN_OPENING}{g('since', y)}{_SPAN_GAP}(?:đến|tới)\s+nay(?!\w)"
        # từ khi triển khai chương trình đến nay: the programme's years up to the present
        + rf"|{g('since_programme', _SINCE_PROGRAMME)}"
        # từ năm 2011, …: since then, to the text's present too
        + rf"|từ\s+năm\s+{g('start', y)}(?!\d|{_DASH}{y}|\s+(?:đến|tới)(?!\w))"
        # sau 3 năm xây dựng, qua hơn 8 năm thực hiện, 5 năm qua: years back from the text's
        # present; the word after "năm" is part of the match, so the match alone reads back
        + r"|(?:(?:sau|trong|qua|suốt)\s+(?:(?:gần|hơn|khoảng)\s+)?|(?:gần|hơn)\s+)?"
        + rf"{g('back', _YEARS_BACK)}\s+năm\s+{_BACK_WORD}"
        # qua 4 năm dồn sức xây dựng NTM, trải qua 3 năm ra quân xây dựng: a short verb
        # phrase before the programme's work, only after an opening "qua"/"sau"/…
        + r"|(?:sau|trong|qua|suốt)\s+(?:(?:gần|hơn|khoảng)\s+)?"
        + rf"{g('back_gap', _YEARS_BACK)}\s+năm\s+{_BACK_GAP}{_BACK_WORK}"
        # "Trong 10 năm, tổng số vốn huy động …", "Sau 3 năm, …", "Qua 5 năm, …": the
        # years up to now, opening a clause
        + r"|(?:trong|suốt|sau|(?:trải\s+)?qua)\s+(?:(?:gần|hơn|khoảng)\s+)?"
        + rf"{g('back_clause', _YEARS_BACK)}\s+năm(?=\s*(?:,|$))"
        # giai đoạn I, giai đoạn 2 (2016-2020): the programme's phase by its numeral
        + rf"|giai\s+đoạn\s+{g('phase', _PHASE_NUMERAL)}(?![\w/.,]\w)(?!\w)"
        + r"(?!\s+(?:của\s+)?(?:dự\s+án|công\s+trình|hai|ba)(?!\w))"
        + rf"(?:\s*\(\s*(?:năm\s+)?{g('phase_from', y)}{_DASH}{g('phase_to', y)}\s*\))?"
        # trước khi xây dựng nông thôn mới (năm 2011): the programme's starting point
        + rf"|{g('before_programme', _BEFORE_PROGRAMME)}"
        + rf"(?:\s*\(\s*(?:năm\s+)?{g('baseline', y)}\s*\))?"
        # trong 2 năm 2024 và 2025, hai năm 2019, 2020: a span of years counted and listed
        + rf"|(?:0?2|hai)\s+năm\s+{g('from4', y)}\s*(?:,|và)\s*(?:năm\s+)?{g('to4', y)}"
        # (giai đoạn|năm|thời kỳ) 2016-2020
        + rf"|(?:(?:giai\s+đoạn|thời\s+kỳ|năm)\s+)?{g('from2', y)}{_DASH}{g('to2', y)}"
        # 6 tháng đầu năm 2019, 9 tháng năm 2020, 6 tháng đầu năm nay
        + rf"|{g('count', _MONTH_COUNT)}\s+tháng(?:\s+{g('part', r'đầu|cuối')})?\s+năm\s+"
        + g("year1", this)
        # nửa đầu năm 2020, nửa cuối năm nay: a half of the year in words
        + rf"|nửa\s+{g('half', r'đầu|cuối')}\s+năm\s+{g('year_half', this)}"
        # quý I năm 2020, quý 1/2020
        + rf"|quý\s+{g('quarter', r'iv|i{1,3}|0?[1-4]')}(?:{year_of}|\s*/\s*){g('year2', y)}"
        # tháng 5 năm 2020, tháng 5/2020, tháng 6 năm nay
        + rf"|tháng\s+{g('month', _MONTH_FIGURE)}"
        + rf"(?:\s+năm\s+{g('year3', this)}|\s*[/-]\s*{g('year6', y)})"
        # đến 30/6/2023, tính đến hết ngày 31/12/2024, tại thời điểm 31/12/2021: a state
        # reached on a day is of its month; "đến thời điểm báo cáo (ngày) 30/6/2024" too
        # (``time_point`` cues): the data's cut-off, the period's end, not the issue date
        + rf"|(?:(?:tính\s+)?(?:đến|tới)(?:\s+(?:{_TIME_POINT}))?"
        + r"|(?:tại|vào)\s+thời\s+điểm)\s+"
        + rf"(?:\(\s*)?(?:hết\s+)?(?:ngày\s+)?{_DAY_FIGURE}(?:\s*/\s*"
        + rf"{g('day_month', _MONTH_FIGURE)}\s*/\s*{g('year7', y)}"
        # "tính đến ngày 25-12-2023": the day written with dashes
        + rf"|-{g('day_month3', _MONTH_FIGURE)}-{g('year10', y)}"
        # "tính đến ngày 31 tháng 12 năm 2022": the same day in words
        + rf"|\s+tháng\s+{g('day_month2', _MONTH_FIGURE)}\s+năm\s+"
        + rf"{g('year9', y)})"
        # năm 2020
        + rf"|năm\s+{g('year4', y)}"
        # đến cuối năm, tới hết năm: the end of the year the text is in, its year unwritten
        + rf"|(?:đến|tới)\s+(?:hết|cuối)\s+{g('year_end', 'năm')}(?!\s*\(?\s*[\dOo])(?!\w)"
        + r"(?!\s+(?:nay|học|tài|qua|vừa|trước|ngoái|sau|tới|đó|ấy|kế|thứ|\d))"
        # từ đầu năm (đến nay): this year so far (not "từ đầu năm 2024", a year written)
        + rf"|từ\s+đầu\s+{g('sofar', 'năm')}(?:\s+(?:đến|tới)\s+nay)?(?!\s*\(?\s*\d)(?!\w)"
        # năm trước, năm ngoái, năm nay: a year counted back from the present
        + rf"|{_NOT_ONE_YEAR}năm\s+{g('ago', _AGO)}(?!\w)(?!\s+(?:đó|nữa|khi|đây|kia))"
        # sang năm: the year after the present ("Sang năm, xã phấn đấu …")
        + rf"|sang\s+{g('next', 'năm')}(?!\s*\d)(?!\w)(?!\s+(?:đó|nữa|mới))"
        # trong năm: the present's own year, written without it ("Trong năm, xã huy động …")
        + rf"|{_NOT_ONE_YEAR}trong\s+{g('in_year', 'năm')}(?!\w){_NOT_THIS_YEAR_AFTER}"
        # (trong) năm qua, năm vừa qua: the one year back
        + rf"|{_NOT_ONE_YEAR}năm\s+{g('past', _PAST)}(?!\w)"
        # đến nay, hiện nay, hiện tại: the present itself
        + rf"|{g('present', _PRESENT)}(?!\w)"
        # (06/2016), (tháng 6/2016): a heading's month in brackets ("Kết quả thực hiện các
        # tiêu chí (09/2018)")
        + rf"|\(\s*(?:tháng\s+)?{g('bracket_month', _MONTH_FIGURE)}\s*[/-]\s*"
        + rf"{g('bracket_year', y)}\s*\)"
        # (2010): a year in parentheses
        + rf"|\(\s*{g('year5', y)}\s*\)"
        # "Đến 2025 phấn đấu …", "tới hết 2030,": a goal's year without its "năm" (never a
        # number of a range: "từ 1.500 đến 2000 hộ")
        + r"|(?:(?<=đến\s|tới\s|hết\s)|(?<=cuối\s))(?<!\d\sđến\s)(?<!\d\stới\s)"
        + g("year8", y)
        + r"(?=\s*[,:;.)]|\s*$|\s+(?:phấn|toàn|cả|có|tỉnh|huyện|xã|thành|đạt|sẽ|hoàn|mục|"
        + r"trên|dưới|ít|thì|phải|tối|cần|là|đã|"
        # "năm 2011 là 25%, đến 2019 còn 4,5%": a rate's later value, its year bare
        + r"còn|chỉ|giảm|tăng|lên|xuống))"
        + r")(?!\d))"
    )


#: One period as written ("năm 2020", "giai đoạn 2016 – 2020", "6 tháng đầu năm 2019",
#: "quý I/2020"…), case-insensitive, no capture groups: embed it freely.
PERIOD_PATTERN = _build(named=False)
_PERIOD = re.compile(_build(named=True))
_BARE_YEAR = re.compile(rf"\s*({_YEAR})\s*")
_ISO_DATE = re.compile(rf"({_YEAR})-(0[1-9]|1[0-2])")
_CANONICAL = re.compile(
    rf"(?P<a>{_YEAR})(?:-(?P<b>{_YEAR})|-H(?P<h>[12])|-Q(?P<q>[1-4])"
    r"|-M(?P<m1>0[1-9]|1[0-2])(?:-(?P<m2>0[1-9]|1[0-2]))?)?"
)


def _months(year: int, first: int, last: int) -> str:
    """The canonical name of months ``first..last`` of ``year``."""
    if (first, last) == (1, 12):
        return str(year)
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{(first + 2) // 3}"
    if first == last:
        return f"{year}-M{first:02d}"
    return f"{year}-M{first:02d}-{last:02d}"


#: How far before the programme's first year (``programme_phases.toml``) a count of years
#: back from the present may start and still be the programme's whole run ("sau 14 năm
#: triển khai" in 2023 → 2011-2023, not 2010-2023): a writer rounds the years it has run.
PROGRAMME_START_SLACK = 2


def _programme_start_of(first: int, *, more: bool) -> int:
    """The first year of a span counted back from the present: the programme's first year
    when the count reaches back to it or up to :data:`PROGRAMME_START_SLACK` years before, or says
    "hơn" and reaches into its first phase ("Qua hơn 10 năm thực hiện Chương trình …" in
    2023: 2011-2023, the programme's whole run); else the year counted."""
    start, first_last = _PHASE_SPANS[0]
    if start - PROGRAMME_START_SLACK <= first <= start or (more and start <= first <= first_last):
        return start
    return first


def _range(first: int, last: int) -> str | None:
    if first > last:
        return None
    return str(first) if first == last else f"{first}-{last}"


def _as_year(written: str) -> int:
    """A year as written, a scan's letters for digits read back ("2O21" → 2021)."""
    return int(written.translate(_OCR_DIGITS))


def _year(written: str, now: int | None) -> int | None:
    """A year as written, or "nay" (this year) as ``now``."""
    return now if written.lower() == "nay" else _as_year(written)


def _back_group(m: re.Match[str]) -> str | None:
    """The group holding the N of "N năm" counted back from the present, if one matched."""
    return next((name for name in _BACK_GROUPS if m.group(name)), None)


def _canonical(m: re.Match[str], now: int | None = None) -> str | None:
    if m.group("present") or m.group("sofar"):
        return None  # the caller's present, whatever its form (a half, nine months, a year)
    if m.group("since_programme"):
        return programme_so_far(now) if now else None
    if m.group("since") or m.group("start"):
        return _range(_as_year(m.group("since") or m.group("start")), now) if now else None
    if name := _back_group(m):
        raw = m.group(name).lower()
        back = _YEAR_WORDS.get(raw) or int(raw)
        if not now:
            return None
        more = re.search(r"(?i:(?<!\w)hơn\s)", m.string[m.start() : m.start(name)]) is not None
        return _range(_programme_start_of(now - back + 1, more=more), now)
    if m.group("next") or m.group("in_year") or m.group("year_end"):
        return str(now + (1 if m.group("next") else 0)) if now else None
    if m.group("ago") or m.group("past"):
        if not now:
            return None
        ago = _YEARS_AGO.get(" ".join(m.group("ago").lower().split()), 0) if m.group("ago") else 0
        return str(now - ago)
    if m.group("from1"):
        return _range(_as_year(m.group("from1")), _as_year(m.group("to1")))
    if m.group("before_programme"):
        written = m.group("baseline")
        return str(_as_year(written) if written else _PHASE_SPANS[0][0] - 1)
    if m.group("from3"):
        return _range(_as_year(m.group("from3")), _as_year(m.group("to3")))
    if m.group("from4"):
        return _range(_as_year(m.group("from4")), _as_year(m.group("to4")))
    if m.group("from2"):
        return _range(_as_year(m.group("from2")), _as_year(m.group("to2")))
    if m.group("phase"):
        if m.group("phase_from"):
            return _range(_as_year(m.group("phase_from")), _as_year(m.group("phase_to")))
        numeral = m.group("phase").lower()
        first, last = _PHASES[numeral]
        later = _LATER_PHASES.get(numeral)
        if later is not None and now is not None and now >= later[0]:
            # "giai đoạn I" written from 2021 on: the whole first programme, 2010-2020
            first, last = later[1], later[2]
        return _range(first, last)
    if m.group("count"):
        raw = m.group("count").lower()
        count = _MONTH_WORDS.get(raw) or int(raw)
        year = _year(m.group("year1"), now)
        if year is None:
            return None
        if (m.group("part") or "").lower() == "cuối":
            return _months(year, 13 - count, 12)
        return _months(year, 1, count)
    if m.group("half"):
        year = _year(m.group("year_half"), now)
        if year is None:
            return None
        return _months(year, 7, 12) if m.group("half").lower() == "cuối" else _months(year, 1, 6)
    if m.group("quarter"):
        raw = m.group("quarter").lower()
        quarter = _ROMAN.get(raw) or int(raw)
        return f"{_as_year(m.group('year2'))}-Q{quarter}"
    if m.group("month"):
        year = _year(m.group("year3") or m.group("year6"), now)
        month = int(m.group("month"))
        return _months(year, month, month) if year is not None else None
    if m.group("bracket_month"):
        month = int(m.group("bracket_month"))
        return _months(_as_year(m.group("bracket_year")), month, month)
    if m.group("day_month") or m.group("day_month2") or m.group("day_month3"):
        month = int(m.group("day_month") or m.group("day_month2") or m.group("day_month3"))
        written = m.group("year7") or m.group("year9") or m.group("year10")
        return _months(_as_year(written), month, month)
    written = m.group("year4") or m.group("year5") or m.group("year8")
    return str(_as_year(written)) if written else None


def parse_period(text: str, *, now: int | None = None) -> str | None:
    """The first period written in ``text``, canonical (see the module docstring), or None.
    ``now`` is the year of the text's present, for "từ năm 2011 đến nay"."""
    bare = _BARE_YEAR.fullmatch(text)
    if bare:
        return bare.group(1)
    for m in _PERIOD.finditer(text):
        period = _canonical(m, now)
        if period is not None:
            return period
    return None


def years_back(written: str) -> int | None:
    """How many years a span back from the present counts ("sau 5 năm thực hiện" → 5, "năm
    qua" → 1), or None for any other period."""
    m = _PERIOD.fullmatch(" ".join(written.split()))
    name = _back_group(m) if m is not None else None
    if m is None or not (name or m.group("past")):
        return None
    if m.group("past") or name is None:
        return 1
    raw = m.group(name).lower()
    return _YEAR_WORDS.get(raw) or int(raw)


def is_ahead(written: str) -> bool:
    """Whether a period as written is the year after the text's present ("năm tới", "năm
    sau", "sang năm"): a time not yet come, so what is stated of it is a goal."""
    m = _PERIOD.fullmatch(" ".join(written.split()))
    if m is None:
        return False
    if m.group("next"):
        return True
    ago = m.group("ago")
    return ago is not None and _YEARS_AGO.get(" ".join(ago.lower().split()), 0) < 0


def is_year_end(written: str) -> bool:
    """Whether a period as written is the end of a year left unwritten ("đến cuối năm",
    "tới hết năm"): the end of the year the text is in."""
    m = _PERIOD.fullmatch(" ".join(written.split()))
    return m is not None and m.group("year_end") is not None


def is_this_year(written: str) -> bool:
    """Whether a period as written is the present's own year left unwritten ("trong năm"),
    which a text can only mean of a present within one year."""
    m = _PERIOD.fullmatch(" ".join(written.split()))
    return m is not None and m.group("in_year") is not None


def runs_to_a_day(written: str) -> bool:
    """Whether a period as written is a span of years run up to a day or a month of its last
    year ("từ năm 2011 đến hết tháng 6/2019"): money over the years, a state at that day,
    and a text reporting from it on its last year, not on a half of it."""
    m = _PERIOD.fullmatch(" ".join(written.split()))
    return m is not None and m.group("from3") is not None


def reaches_present(written: str) -> bool:
    """Whether a period as written runs up to the text's present ("từ năm 2011 (đến nay)",
    "qua 5 năm thực hiện", "năm qua"): a state reached over it is of the present. Not a
    year of its own counted from the present ("năm trước", "năm nay"), nor the present
    itself ("đến nay")."""
    m = _PERIOD.fullmatch(" ".join(written.split()))
    return m is not None and any(
        m.group(g) for g in ("since", "since_programme", "start", *_BACK_GROUPS, "past")
    )


def last_full_year(period: str | None, date: str | None = None) -> int | None:
    """The last calendar year a text's present has completed, where "N năm" up to the
    present end ("qua 5 năm thực hiện" in a report on the first half of 2016 is 2011-2015, not
    2012-2016): the last year of the report's ``period`` when that period reaches December,
    else the year before; a text dated (``date``, ISO) in the first half of that year, or with
    no period, counts to the year before its writing too. None when neither is known."""
    run = _month_run(period)
    if run is not None:
        return int(run[0]) - (run[2] < 12)
    end = period_end_year(period)
    written = _ISO_DATE.match(date or "")
    if written is None:
        return end
    year, month = int(written.group(1)), int(written.group(2))
    if end is None or end == year:
        return year - (month <= 6)
    return end


def rest_of_phase(year: int) -> str | None:
    """The years of the programme's phase left after ``year`` (2023 → "2024-2025"), or the
    next phase when ``year`` ends one (2020 → "2021-2025"): what a plan written after a
    review of years up to ``year`` looks ahead to. None past the phases known."""
    for first, last in _PHASE_SPANS:
        if first <= year + 1 <= last:
            return _range(year + 1, last)
    return None


def programme_so_far(year: int) -> str | None:
    """The programme's years from its first (``programme_phases.toml``: 2011) up to ``year``
    (2015 → "2011-2015"): the time money counted "từ khi triển khai chương trình đến nay", or
    only "đến nay", was raised over. None before the programme."""
    return _range(_PHASE_SPANS[0][0], year)


def counts_to_now(written: str) -> bool:
    """Whether a period as written is only the present reached ("đến nay", "tính đến nay",
    "tới nay"): money counted to it is a total to date, not one year's (unlike "hiện nay",
    "hiện tại", the present itself)."""
    written = " ".join(written.split())
    return re.fullmatch(r"(?i:(?:cho\s+|tính\s+)?(?:đến|tới)\s+nay)", written) is not None


def phase_so_far(year: int) -> str | None:
    """The years of the programme's phase (``programme_phases.toml``) up to ``year`` (2015 →
    "2011-2015", 2019 → "2016-2019"): the time money counted up to a day of ``year`` was
    raised over. None outside the phases known."""
    for first, last in _PHASE_SPANS:
        if first <= year <= last:
            return _range(first, year)
    return None


def period_years(period: str) -> tuple[int, int]:
    """First and last calendar year of a canonical period: "2016-2020" → (2016, 2020),
    "2019-H1" → (2019, 2019). Raises ValueError for anything else."""
    m = _CANONICAL.fullmatch(period)
    if m is None:
        raise ValueError(f"not a canonical period: {period!r}")
    first = int(m.group("a"))
    last = int(m.group("b")) if m.group("b") else first
    if last < first:
        raise ValueError(f"period ends before it starts: {period!r}")
    return first, last


def period_end_year(period: str | None) -> int | None:
    """The last calendar year of a canonical period, or None."""
    if not period:
        return None
    try:
        return period_years(period)[1]
    except ValueError:
        return None


# "so với (cùng kỳ) (cuối) năm 2019", "gấp 2 lần so với năm 2015", "tăng … so tháng 6/2015"
# "so với thời điểm bắt đầu xây dựng nông thôn mới năm 2010", "gấp 4 lần năm 2010", "gấp
# đôi năm 2011": words,
# but no figure and no punctuation, may come between the comparison and its base
# "bằng 96% cùng kỳ năm trước", "đạt 110% cùng thời điểm năm 2019": the same time of another
# year right after a figure or a comparing verb is a base with or without "so với" ("Cùng kỳ
# năm trước, tỉnh có 50 xã" is a state of that year)
_COMPARED = re.compile(
    r"(?i:(?:(?<!\w)(?:(?:so\s+(?:sánh\s+)?với|so)(?:\s+[^\W\d]+){0,9}?|hơn|từ"
    # (the factor in words too: "gấp đôi năm 2011", "gấp ba lần năm 2015")
    r"|gấp\s+(?:(?:gần|hơn|khoảng)\s+)?(?:[\d,.]+|đôi|hai|ba|bốn|năm|rưỡi)(?:\s+lần)?)"
    r"\s+(?:cùng\s+kỳ\s+)?"
    r"|(?:[\d%]|(?<!\w)(?:bằng|đạt|tăng|giảm|kém))\s*cùng\s+(?:kỳ|thời\s+điểm)\s+)"
    r"(?:(?:cuối|đầu|hết)\s+)?\(?)$"
)
# "(tính) đến (hết|cuối) năm 2020", "tới hết ngày 30/6/2019", "hết quý III/2021"
_STATE = re.compile(
    r"(?i:(?<!\w)(?:(?:(?:tính\s+)?(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?)|hết\s+|cuối\s+)"
    r"(?:ngày\s+\d{1,2}\s*/\s*)?)$"
)


# "từ năm 2011, …", "bắt đầu từ năm 2009", "bắt đầu xây dựng nông thôn mới năm 2011",
# "khởi công năm 2015", "được thành lập năm 1997" (not "từ đầu năm 2024": since the start of
# the year the text is written in); "(kể) từ khi đăng ký đạt chuẩn năm 2019, đến nay, …",
# "từ lúc khởi công năm 2020": the clause a span to now opens on, its year the span's start
_START = re.compile(
    r"(?i:(?<!\w)(?:(?:bắt\s+đầu|khởi\s+công|khởi\s+động|thành\s+lập)(?:\s+[^\W\d]+){0,6}?"
    r"(?:\s+(?:từ|vào|trong))?|(?:kể\s+)?từ\s+(?:sau\s+)?(?:khi|lúc)(?:\s+[^\W\d]+){0,9}?|từ)\s+)$"
)
# "Quyết định số 491/QĐ-TTg năm 2009", "Nghị quyết 26-NQ/TW năm 2008", "QĐ 1980 năm 2016",
# "Quyết định 1600/QĐ-TTg của Thủ tướng năm 2016" (not "Quyết định số 1611/QĐ-TTg công nhận
# huyện … đạt chuẩn năm 2023": the year of the standard reached)
_DOCUMENT_BEFORE = re.compile(
    r"(?i:(?:quyết\s+định|nghị\s+quyết|nghị\s+định|thông\s+tư|chỉ\s+thị|kết\s+luận|"
    r"công\s+văn|QĐ|NQ)\s*(?:số\s*)?\d[\w/.-]*|\d+\s*/\s*(?:\d{4}\s*/\s*)?(?:QĐ|NQ|NĐ|TT|CT)"
    r"[\w/-]*)(?:\s*(?:của|do|ban\s+hành)\s+(?:(?!công\s+nhận|đạt|về\s+đích|hoàn\s+thành)"
    r"[^.;:,\n]){0,50})?\s*$"
)


def is_start(text: str, start: int) -> bool:
    """Whether the period written at ``text[start:]`` is when something began ("Từ năm 2011,
    …", "bắt đầu từ năm 2009"), which says nothing of the time of the statement."""
    return _START.search(text, max(0, start - 60), start) is not None


#: Money a year's plan allotted, carried over into a later year: "vốn kế hoạch (của) năm 2015
#: chuyển qua", "nguồn vốn năm 2022 chuyển sang" — the year the money came from, not when
#: it was raised or spent.
_PLAN_MONEY_BEFORE = re.compile(r"(?i:(?:vốn|nguồn)\s+(?:vốn\s+)?kế\s+hoạch\s+(?:của\s+)?)$")
_CARRIED_AFTER = re.compile(r"\s*(?i:chuyển\s+(?:qua|sang)|kéo\s+dài\s+sang|chuyển\s+nguồn)(?!\w)")
_PERIOD_AT = re.compile(PERIOD_PATTERN)


def carried_over(text: str, start: int) -> bool:
    """Whether the period written at ``text[start:]`` is the year money was carried over
    from ("vốn kế hoạch của năm 2015 chuyển qua là 4,5 tỷ đồng", "vốn năm 2023 chuyển sang"),
    which dates neither the money's flow nor the text."""
    if _PLAN_MONEY_BEFORE.search(text, max(0, start - 30), start):
        return True
    m = _PERIOD_AT.match(text, start)
    return m is not None and _CARRIED_AFTER.match(text, m.end()) is not None


#: A cited decision's title, after its number (and its date, its issuer) and the word that
#: opens a title: "theo Quyết định số 1926 ngày 20/10/2022 của UBND tỉnh ban hành Bộ tiêu chí
#: thôn, bản nông thôn mới … đến năm 2025", "Quyết định 12/QĐ-UBND về việc phê duyệt Đề án …
#: giai đoạn 2016-2020". A year inside it is the title's, no time of the statement citing it;
#: a decision recognising a result ("Quyết định … công nhận xã A đạt chuẩn năm 2023") dates
#: that result, and is no title here.
_DOCUMENT_TITLE_BEFORE = re.compile(
    r"(?i:(?:quyết\s+định|nghị\s+quyết|kế\s+hoạch|QĐ|NQ|KH)\s*(?:số\s*)?:?\s*\d[\w/.-]*"
    r"(?:\s*,?\s*ngày\s+\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\d{1,2}\s*(?:[/.-]|\s+năm\s+)\d{4})?"
    r"(?:\s*(?:của|do)\s+[^.;:\n]{0,60}?)?"
    r"\s*(?:ban\s+hành|về\s+việc|v/v|phê\s+duyệt|quy\s+định)\s"
    r"(?:(?!công\s+nhận|về\s+đích|hoàn\s+thành)[^.;:\n]){0,200})$"
)


def names_a_document(text: str, start: int) -> bool:
    """Whether the period written at ``text[start:]`` is the year of a decision or
    resolution the text cites ("Quyết định số 491/QĐ-TTg năm 2009") or a year in the title
    it cites it by (``_DOCUMENT_TITLE_BEFORE``), not of a statement."""
    return (
        _DOCUMENT_BEFORE.search(text, max(0, start - 120), start) is not None
        or _DOCUMENT_TITLE_BEFORE.search(text, max(0, start - 400), start) is not None
    )


#: A span written after "từ": "giai đoạn từ năm 2010-2015 huy động …" is the span, not a
#: base the statement is compared with.
_SPAN_AT = re.compile(rf"(?i:(?:năm\s+)?{_YEAR}{_DASH}{_YEAR})")


def is_comparison_base(text: str, start: int) -> bool:
    """Whether the period written at ``text[start:]`` is what something is compared with
    ("tăng 7 xã so với năm 2019"), not the time of the statement ("từ năm 2010-2015" is a
    span)."""
    m = _COMPARED.search(text, max(0, start - 70), start)
    if m is None:
        return False
    return not (m.group().lower().startswith("từ") and _SPAN_AT.match(text, start))


def is_state_date(text: str, start: int) -> bool:
    """Whether the period written at ``text[start:]`` is the date a state is reached at
    ("Tính đến hết năm 2020", "đến cuối năm 2018", "hết quý III/2021")."""
    return _STATE.search(text, max(0, start - 30), start) is not None


#: The words that bring in a time at the end of a bracket's text or a clause's opening:
#: "(tính đến hết năm …)", "(tại thời điểm cuối năm …)", "(trong năm …)".
TIME_LEAD_END = re.compile(
    r"(?i:(?:(?:tính\s+)?(?:đến|tới)|trong|vào|tại|từ)?\s*(?:thời\s+điểm\s+)?"
    r"(?:(?:hết|cuối|đầu|giữa)\s+)?)$"
)
#: A span of years written: "2011-2015".
_YEARS_SPAN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")
#: A clause going on to break its figure down into the items after it.
_BREAKDOWN_AFTER = re.compile(r"(?i:(?<!\w)trong\s+đó(?!\w)|(?<!\w)gồm(?!\w))|:")
#: Bullets and spaces opening a clause.
_CLAUSE_OPENING = re.compile(r"[\s\-–—+•·*]*")
#: A goal word opening a clause before its time: "Phấn đấu đến năm 2025 …" (``goal`` cues).
_GOAL_OPENING = re.compile(r"(?:" + cues().pattern("goal") + r")\s*,?\s*")
#: What follows a clause's opening time before the clause goes on: "Năm 2021, …", "Khi
#: bắt đầu chương trình (2011), …".
_OPENING_TIME_END = re.compile(r"\)?\s*,")


def bound_to_its_item(text: str, clause: tuple[int, int], found: tuple[int, int, str]) -> bool:
    """Whether the period ``found`` (start, end, as written) is bound to one measure inside
    its own ``clause`` of a ";"-list, not a time the clause opens on: written after the
    measure's words ("thu nhập bình quân năm 2021 đạt …") or its figure ("hộ nghèo còn 0,3%
    năm 2021"), with no comma closing it as an opening ("Năm 2021, …", "Tính đến cuối năm
    2021, …", "Trong năm 2021 xã …" open their clause and go on in the clauses after)."""
    fs, fe, written = found
    if _YEARS_SPAN.search(written):
        return False  # a span frames the list ("Tổng vốn giai đoạn 2011-2015: …; …")
    opening = _CLAUSE_OPENING.match(text, clause[0], fs)
    before = text[opening.end() if opening else clause[0] : fs]
    if not before.strip() or TIME_LEAD_END.fullmatch(before.strip()):
        return False
    # "Dự kiến đến hết năm 2025 có thêm 6 xã …; nâng tổng số …": a goal word before the
    # time still opens the clause with it
    goal = _GOAL_OPENING.match(before)
    if goal is not None and TIME_LEAD_END.fullmatch(before, goal.end()):
        return False
    # "Tổng vốn năm 2021 là 80 tỷ đồng, trong đó: …; …": the items after break it down
    if _BREAKDOWN_AFTER.search(text, fe, clause[1]):
        return False
    return _OPENING_TIME_END.match(text, fe) is None


_SINGLE_MONTH = re.compile(rf"({_YEAR})-M(0[1-9]|1[0-2])")


def _month_run(period: str | None) -> tuple[str, int, int] | None:
    """Year, first and last month of a canonical part of a year ("2019-H1" → ("2019", 1,
    6), "2024-M01-09" → ("2024", 1, 9)); None for years and spans."""
    m = _CANONICAL.fullmatch(period or "")
    if m is None or m.group("b"):
        return None
    year = m.group("a")
    if m.group("h"):
        return (year, 1, 6) if m.group("h") == "1" else (year, 7, 12)
    if m.group("q"):
        quarter = int(m.group("q"))
        return year, 3 * quarter - 2, 3 * quarter
    if m.group("m1"):
        return year, int(m.group("m1")), int(m.group("m2") or m.group("m1"))
    return None


def contract_form(period: str | None) -> str | None:
    """A period in the fact contract's forms (FACTS.md: a year ``2020``, a span
    ``2016-2018``, a half-year ``2019-H1``): a quarter or another run of months of one year is
    that year ("2024-M01-09", a nine-month report, → "2024"; "2020-Q1" → "2020"), which is
    how a careful reader dates what such a report states."""
    run = _month_run(period)
    if run is None or (run[1], run[2]) in ((1, 6), (7, 12)):
        return period
    return run[0]


def harmonise(period: str, report_period: str | None) -> str:
    """A statement's period written the way its document writes periods: a state at a month
    is the document's part of the year when it falls in it ("tháng 6/2019" in a 2019-H1
    report → "2019-H1"; "tháng 9/2024" in a report on 9 months of 2024 → "2024-M01-09"),
    else its year ("đến tháng 11/2015" → "2015"). Other forms stay."""
    m = _SINGLE_MONTH.fullmatch(period)
    if m is None:
        return period
    year, month = m.group(1), int(m.group(2))
    run = _month_run(report_period)
    if run is not None and run[0] == year and run[1] <= month <= run[2]:
        return report_period or year
    return year
