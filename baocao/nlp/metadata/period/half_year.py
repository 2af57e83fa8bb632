"""Half years: a text printed in July or August whose results are stated to the end
of June is of the first half; a state at the end of June in a text that is no report on the
half is the year's — unless its headline is stamped with June or its lead opens on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from baocao.nlp.metadata.common import _PERIOD_RE, _SENTENCE
from baocao.nlp.metadata.furniture import _FURNITURE
from baocao.nlp.metadata.period.dated import LEAD_SENTENCES, _reviews_months_of_shared_year
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues

#: The moment a state is counted to, named between "đến" and its month ("tính đến thời điểm
#: tổng kết tháng 6/2025", "đến thời điểm báo cáo (ngày 30/6/2025)"; ``time_point`` cues):
#: optional, so the month still dates it.
_TIME_POINT = r"(?:" + cues().pattern("time_point") + r"\s+(?:\(\s*)?)?"


#: Results stated to the end of June: "tính đến hết tháng 6", "đến 30/6/2022", "6 tháng đầu
#: năm nay" (the year, when written, in ``y``).
_TO_END_OF_JUNE = re.compile(
    r"(?i:(?<!\w)(?:đến|tới)\s+"
    + _TIME_POINT
    + r"(?:hết\s+)?(?:ngày\s+)?(?:30\s*/\s*0?6|tháng\s+0?6)"
    r"(?:\s*[/-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
    r"|(?<!\w)(?:6|sáu)\s+tháng\s+đầu\s+năm(?:\s+(?:nay|(?P<y2>(?:19|20)\d{2})))?(?!\s*\d))"
)

#: A later month the text states results to: "đến hết tháng 9", "đến 31/10", "9 tháng đầu năm".
_LATER_MONTH = re.compile(
    r"(?i:(?<!\w)(?:đến|tới)\s+" + _TIME_POINT + r"(?:hết\s+|cuối\s+)?(?:ngày\s+)?"
    r"(?:\d{1,2}\s*/\s*(?:0?[7-9]|1[0-2])|tháng\s+(?:0?[7-9]|1[0-2]))(?!\d)"
    r"|(?<!\w)(?:[7-9]|1[01]|bảy|tám|chín|mười|mười\s+một)\s+tháng(?:\s+đầu)?\s+năm"
    r"|(?<!\w)(?:hết|cuối)\s+năm\s+(?:nay|(?P<y>(?:19|20)\d{2})))"
)

#: The months of a year's second half a text dated then may be printed in.
SECOND_HALF_MONTHS = (7, 8)


def _first_half_of_writing(text: str, period: str | None, date: str | None) -> str | None:
    """The first half of the year of writing ("2022-H1") for a text printed in July or August
    of that year whose results are stated to the end of June ("tính đến hết tháng 6, cả nước
    có …", "6 tháng đầu năm") and to no later month nor a year's end, when its period is
    read as that bare year; None otherwise."""
    if period is None or not re.fullmatch(r"\d{4}", period) or date is None:
        return None
    if not date.startswith(period) or len(date) < 7 or int(date[5:7]) not in SECOND_HALF_MONTHS:
        return None
    found = [
        m
        for m in _TO_END_OF_JUNE.finditer(text)
        if (m.group("y") or m.group("y2") or period) == period
    ]
    # "so với cuối năm 2021" is a base; "đến cuối năm 2022", "hết năm nay" a later present
    later = [m for m in _LATER_MONTH.finditer(text) if (m.group("y") or period) >= period]
    if not found or later:
        return None
    return f"{period}-H1"


#: A text on the first half of a year: "sơ kết 6 tháng", "6 tháng đầu năm", "từ đầu năm",
#: "tăng 160 xã so với cuối năm 2021" (``half_year`` cues); with a year or "nay" after it, it
#: says so wherever it is written.
_HALF_YEAR = re.compile(cues().pattern("half_year"))

_HALF_YEAR_DATED = re.compile(r"\s+(?i:nay|trước|ngoái|(?:19|20)\d{2})(?!\d)")

#: A gain written with the state at the end of June ("đến tháng 6/2019, toàn tỉnh có thêm 4
#: xã …"): the half's progress (``half_gain`` cues).
_HALF_GAIN = re.compile(cues().pattern("half_gain"))


def _year_unless_half_year(text: str, period: str | None, title: str | None) -> str | None:
    """The year of a first half ("2019-H1" → "2019") read from a state at the end of June
    ("đến hết tháng 6/2019", a title's "(06/2016)") in a text that is no report on the
    half: figures cumulative to that day are the year's. A text is on the half when a
    ``half_year`` cue is dated ("6 tháng đầu năm 2019", "… năm nay"), or opens its lead, or
    dates money ("Từ đầu năm đến nay, tỉnh huy động 2.288 tỷ đồng"), or the state at the
    end of June is written as a gain in its sentence ("đến tháng 6/2019, tỉnh có thêm 4
    xã"; "tăng 2 xã so với năm 2017" is no gain of the half); works done "6 tháng
    đầu năm" further on in a text stating its present do not make it one. A title naming
    the half ("Sơ kết 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2022") is on it."""
    if period is None or not period.endswith("-H1"):
        return period
    if title is not None and _HALF_YEAR.search(title):
        return period
    if _opens_on_end_of_june(text, period):
        return period
    if title is None and _headline_stamped_june(text, period):
        return period
    opening = 0
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence):
            continue
        opening += 1
        if _TO_END_OF_JUNE.search(sentence) and _HALF_GAIN.search(sentence):
            return period  # "đến tháng 6/2019, toàn tỉnh có thêm 4 xã …": the half's gain
        if _reviews_months_of_shared_year(sentence):
            return period  # "… sơ kết 6 tháng đầu năm và … 6 tháng cuối năm 2023": the half's
        for cue in _HALF_YEAR.finditer(sentence):
            if (
                opening <= LEAD_SENTENCES
                or _HALF_YEAR_DATED.match(sentence, cue.end())
                or MONEY_AMOUNT.search(sentence)
            ):
                return period
    return period[:4]


_ANY_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d/.,-]\d)")

#: The end of June opening its sentence as the time the sentence is at: "Tính đến tháng
#: 6-2016, toàn tỉnh …", "Theo Sở, đến hết tháng 6/2021, …" (a comma closes it, after the
#: bracket of "Đến thời điểm báo cáo (ngày 30/6/2024), …").
_OPENING_TIME_CLOSED = re.compile(r"\s*\)?\s*,")


#: A month of June in brackets closing a line, the rest of it no words (a date at most):
#: "… đạt chuẩn nông thôn mới (06/2016)", "… (tháng 6/2016) 14/07/2016".
_BRACKETED_JUNE = re.compile(
    r"\(\s*(?i:tháng\s+)?0?6\s*[/-]\s*(?P<y>(?:19|20)\d{2})\s*\)[\s\d/.:|–-]*$",
    re.MULTILINE,
)


def _headline_stamped_june(text: str, period: str) -> bool:
    """Whether a news text's headline, the first line that states a time, closes on the
    month of June of ``period``'s year in brackets ("Tỉnh A có 45 xã đạt chuẩn nông thôn
    mới (06/2016)"): the headline stamps the state the whole text gives as at the end of
    that month, the time a lead opening on it would give (:func:`_opens_on_end_of_june`),
    so the text is on the first half. A formal title so dated is read by spanJ's rule."""
    year = period[:4]
    if _later_month_written(text, year):
        return False
    for sentence in _unfurnished_sentences(text):
        stamp = _BRACKETED_JUNE.search(sentence)
        if stamp is not None:
            return stamp.group("y") == year and _ANY_YEAR.search(sentence, 0, stamp.start()) is None
        if _ANY_YEAR.search(sentence) is not None or _PERIOD_RE.search(sentence) is not None:
            return False  # an earlier time stated first
    return False


def _later_month_written(text: str, year: str) -> bool:
    """Whether the text states results to a month after June (or to a year's end) of ``year``
    or later: "đến hết tháng 9", "9 tháng đầu năm", "hết năm 2016"."""
    return any((m.group("y") or year) >= year for m in _LATER_MONTH.finditer(text))


def _unfurnished_sentences(text: str) -> Iterator[str]:
    """The text's sentences in order, without a page's furniture (a site's name, a clock)."""
    for sm in _SENTENCE.finditer(text):
        if not _FURNITURE.match(sm.group()):
            yield sm.group()


#: Before a time word run on from a headline: a closing word, quote or bracket, a space, and
#: maybe "Tính" (capitalised when it opens the teaser).
_BEFORE_RUN_ON = re.compile(r"[\w\"”»)][ \t]+(Tính[ \t]+)?$")


def _run_on_lead(sentence: str, at: int) -> bool:
    """Whether the time word at ``at`` opens a teaser run on to a headline on one line (a
    listing page: "… Những con số "biết nói" Đến 30/6/2023, cả nước …"): capitalised, after
    a word, a quote or a bracket with no full stop or comma between."""
    before = _BEFORE_RUN_ON.search(sentence, 0, at)
    if before is None or at == 0:
        return False
    opener = before.group(1) or sentence[at:]
    return opener[:1].isupper()


def _opens_on_end_of_june(text: str, period: str) -> bool:
    """Whether the first time the text states is the end of June of ``period``'s year, the
    time its lead opens on ("Tính đến tháng 6-2016, toàn tỉnh đã có 18 xã …", "Đến
    30/6/2021, huyện có …"): the text's present, so a news text is on the first half (the
    shared gold's decision: half-year news is ``-H1``), with no later month or year's end
    written. A text that dates something earlier first ("Năm 2012, xã A đạt chuẩn. Tính
    đến hết tháng 6-2018, …") or states the end of June mid-sentence, as one figure's
    time, is not (spanJ: such figures are the year's)."""
    year = period[:4]
    if _later_month_written(text, year):
        return False
    for sentence in _unfurnished_sentences(text):
        june = _TO_END_OF_JUNE.search(sentence)
        if june is not None and _run_on_lead(sentence, june.start()):
            # "Tên bài: Những con số "biết nói" Đến 30/6/2023, cả nước …": a listing's
            # headline run on to its teaser, which opens on the end of June
            sentence = sentence[june.start() :]
            june = _TO_END_OF_JUNE.match(sentence)
        first_year = _ANY_YEAR.search(sentence)
        if june is None:
            if first_year is not None:
                return False  # an earlier time stated first
            continue
        if (june.group("y") or june.group("y2") or year) != year:
            return False
        if first_year is not None and first_year.start() < june.start():
            return False
        return (
            not any(ch.isdigit() for ch in sentence[: june.start()])
            and _OPENING_TIME_CLOSED.match(sentence, june.end()) is not None
        )
    return False
