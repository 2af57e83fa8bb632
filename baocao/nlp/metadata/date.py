"""The report's place and date.

* **place and date** — "Bỉm Sơn, ngày 13 tháng 7 năm 2018" → "Bỉm Sơn", "2018-07-13"; a
  blank day gives "YYYY-MM". A scan's misreadings are read back ("ngảy 1 3 thảng 7 nãm
  2O18"), the year only within :data:`EARLIEST_REPORT_YEAR` and the present year.
* A text with no date line is dated by the date a news site printed
  (:func:`_publication_date`), a lead naming the day making a month date whole
  (:func:`_lead_day`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from baocao.data.lexicon import fold
from baocao.nlp.metadata.common import _FROM_VALUE, _PERIOD_RE, _SENTENCE, FROM_VALUE_REACH, _lines
from baocao.nlp.metadata.furniture import _headline
from baocao.nlp.metadata.header import HEADER_CHARS
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    is_comparison_base,
    is_start,
    names_a_document,
    parse_period,
    period_end_year,
)

_DATE = re.compile(
    r"(?P<place>[^\W\d_][^\n,:;]{0,40}?)\s*,\s*ngày\s*(?P<day>\d{1,2})?\s*"
    r"tháng\s*(?P<month>\d{1,2})[\s,]*năm\s*(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)
#: The date line alone on its line anywhere in a document ("Hương Sơn, ngày 20 tháng 12 năm
#: 2023" over the signature, when a conversion moved it from the header): its place has no
#: digit, so that a decision cited in words ("Quyết định số 12/QĐ-UBND, ngày …") is not it.
_SIGNED_DATE = re.compile(
    r"^[ \t*_]*(?P<place>[^\W\d_](?:[^\W\d_]|[ \t.'’-]){0,40}?)[ \t]*,[ \t]*(?i:ngày)[ \t]*"
    r"(?P<day>\d{1,2})?[ \t]*(?i:tháng)[ \t]*(?P<month>\d{1,2})[ \t,]*(?i:năm)[ \t]*"
    r"(?P<year>(?:19|20)\d{2})[ \t*_.]*$",
    re.MULTILINE,
)

#: A date line the long form leaves out: "Quảng Trị, 15 tháng 12 năm 2023" (no "ngày"),
#: "Quảng Trị, ngày 15/12/2023", "Quảng Trị, tháng 12/2023". The place opens its line or
#: column and the date ends it, so that a date cited in a sentence ("Quyết định số 318/QĐ-TTg
#: ngày 08/3/2022") is never taken for it.
_SHORT_DATE = re.compile(
    r"(?:^|\t|[ ]{3})[ \t*_]*(?P<place>[^\W\d_](?:[^\W\d_]|[ \t.'’-]){0,40}?)[ \t]*,[ \t]*"
    r"(?:(?i:ngày)[ \t]*)?(?:"
    r"(?P<day>\d{1,2})[ \t]*(?P<sep>[/.-])[ \t]*(?P<month>\d{1,2})[ \t]*(?P=sep)[ \t]*"
    r"(?P<year>(?:19|20)\d{2})"
    r"|(?P<day2>\d{1,2})[ \t]+(?i:tháng)[ \t]*(?P<month2>\d{1,2})[ \t,]*(?i:năm)[ \t]*"
    r"(?P<year2>(?:19|20)\d{2})"
    r"|(?i:tháng)[ \t]*(?P<month3>\d{1,2})[ \t]*(?:/|(?i:năm))[ \t]*(?P<year3>(?:19|20)\d{2})"
    r")[ \t*_.]*$",
    re.MULTILINE,
)


def _one_letter_off(word: str) -> str:
    """A pattern for ``word`` (folded) or ``word`` with one of its letters misread."""
    return "(?:" + "|".join(word[:i] + "[a-z]" + word[i + 1 :] for i in range(len(word))) + ")"


#: The date line as a scan may read it, matched in the folded text: accents of the words
#: misread ("ngảy 15 thảng 6 nãm 2020") or one of their letters ("nqày", "thánq", "năn": the
#: line's shape, a place, a comma and a day, month and year, makes it the date line still),
#: a space inside a number ("năm 20 20"), an "O" for a zero ("2O20").
_SCANNED_DATE = re.compile(
    rf"(?P<place>[^\W\d_][^\n,:;]{{0,40}}?)\s*,\s*{_one_letter_off('ngay')}\s*"
    rf"(?P<day>\d ?\d?)?\s*{_one_letter_off('thang')}\s*(?P<month>[\dOo] ?\d?)\s*"
    rf"{_one_letter_off('nam')}\s*(?P<year>[12] ?[\dOo] ?[\dOo] ?[\dOo])(?![\dOo])",
    re.IGNORECASE,
)
#: The years a report's date may be in: the programme began in 2010, the earliest reports
#: on its pilots are of 2009; none is dated after the year it is read in.
EARLIEST_REPORT_YEAR = 2009


#: A weekday where a date line names its place ("Thứ Sáu", "Chủ nhật", "Thứ 7").
_WEEKDAY_PLACE = re.compile(r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)")


def _place_and_date(header: str, *, short_forms: bool) -> tuple[str | None, str | None]:
    """The place and date of the header's date line ("Bỉm Sơn, ngày 13 tháng 7 năm 2018"),
    else of one a scan misread (:data:`_SCANNED_DATE`), taken only with a plausible year.
    The short forms (:data:`_SHORT_DATE`) only head an official document (``short_forms``):
    over a news page "Hà Nội, ngày 17-01-2021" is the site's clock, not the article's date."""
    m = _DATE.search(header)
    short = _SHORT_DATE.search(header) if m is None and short_forms else None
    if m is not None:
        place = m.group("place")
        day, month, year = m.group("day"), int(m.group("month")), int(m.group("year"))
    elif short is not None:
        place = short.group("place")
        day = short.group("day") or short.group("day2")
        month = int(short.group("month") or short.group("month2") or short.group("month3"))
        year = int(short.group("year") or short.group("year2") or short.group("year3"))
    else:
        m = _SCANNED_DATE.search(fold(header))
        if m is None:
            return None, None
        place = header[m.start("place") : m.end("place")]  # fold keeps every offset
        day, month = _digits(m.group("day")), int(_digits(m.group("month")))
        year = int(_digits(m.group("year")))
        if not EARLIEST_REPORT_YEAR <= year <= datetime.date.today().year:
            return None, None
    if not 1 <= month <= 12:
        return None, None
    place = " ".join(place.split()) or None
    if place is not None and _WEEKDAY_PLACE.fullmatch(place):
        # "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27": a news page's date banner written
        # like a date line, no place; the page's dates are read with its other banners
        return None, None
    if day and 1 <= int(day) <= 31:
        return place, f"{year:04d}-{month:02d}-{int(day):02d}"
    return place, f"{year:04d}-{month:02d}"


def _signed_date(text: str) -> tuple[str | None, str | None]:
    """The place and date of the last date line standing alone in ``text``
    (:data:`_SIGNED_DATE`)."""
    lines = list(_SIGNED_DATE.finditer(text))
    found = lines[-1] if lines else None
    if found is None or not 1 <= int(found.group("month")) <= 12:
        return None, None
    date = f"{int(found.group('year')):04d}-{int(found.group('month')):02d}"
    day = int(found.group("day") or 0)
    return " ".join(found.group("place").split()), date + (f"-{day:02d}" if 1 <= day <= 31 else "")


def _digits(written: str | None) -> str:
    """A number as a scan wrote it, spaces dropped and an "O" read back as a zero."""
    return re.sub(r"\s", "", written or "").replace("O", "0").replace("o", "0")


#: A publication date as news sites print it: "Thứ bảy, 26/11/2022 14:44", "Thứ Ba, ngày
#: 28/08/2012"; matched in the folded text, so a scan's misread marks ("Thú Tu, 26/11/2022")
#: still date the page.
_WEEKDAY_DATE = re.compile(
    r"(?i:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*(?:ngay\s+)?)"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
)
#: A date line with the month in words: "Thứ Tư, 5 tháng 3, 2019", "Chủ nhật, ngày 2 tháng 6
#: năm 2019 09:15", "Ngày 12 tháng 8 năm 2021" (a line of its own: a sentence opening with a
#: date is an event's), perhaps labelled as a posting ("Đã đăng vào 3 Tháng 5, 2018 lúc
#: 9:40", "Đăng lúc 21 tháng 6 năm 2019").
_WORDED_DATE_LINE = re.compile(
    r"^[ \t*_]*(?:(?i:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật))\s*,?\s*)?"
    r"(?:(?i:(?:đã\s+)?(?:được\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:vào|lúc))?)\s*:?\s*)?"
    r"(?:(?i:ngày)\s+)?(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s*(?:,\s*|\s+(?i:năm)\s+)"
    r"((?:19|20)\d{2})(?:\s*[-|,]?\s*(?i:lúc\s+)?\d{1,2}[:h]\d{2}[^\n]{0,20})?[ \t*_.]*$",
    re.MULTILINE,
)


#: A date printed with its time: "26/11/2022 10:05", "10/04/2019 - 14:44".
_TIMED_DATE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})\s*(?:[-|,]\s*)?\d{1,2}[:h]\d{2}"
)
#: A site's clock printed before the date: "09:12:45 21/01/2016", "14:05 | 03/08/2020",
#: "03:27 PM 01/08/2019" (a 12-hour clock's AM/PM, or SA/CH, between them).
_CLOCK_DATE = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[AP]M|SA|CH)(?!\w))?\s*(?:[-|,]\s*)?(?i:ngày\s+)?"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})(?!\d)"
)
#: A line near the top giving only the month a text is of: "date 2022-07", "Tháng 7/2022",
#: "Ngày đăng: 07/2022", "tháng 7 năm 2022" (a finer date wins).
_MONTH_LINE = re.compile(
    r"^[ \t*_]*(?:(?i:date|ngày(?:\s+đăng)?|đăng|cập\s+nhật|xuất\s+bản)\s*:?\s*)?"
    r"(?:(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})"
    r"|(?i:tháng)\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)\d{2})"
    r"|(?i:tháng)\s+(?P<m3>\d{1,2})\s+(?i:năm)\s+(?P<y3>(?:19|20)\d{2}))[ \t*_.]*$"
    r"|^[ \t*_]*(?i:date|ngày\s+đăng|đăng|cập\s+nhật|xuất\s+bản)\s*:?\s*"
    r"(?P<m4>\d{1,2})\s*/\s*(?P<y4>(?:19|20)\d{2})[ \t*_.]*$",
    re.MULTILINE,
)
#: A saved page's date label opening its first line: "date 2022-07 …", "date: 2023-05-14 …".
_DATE_LABEL = re.compile(
    r"\s*(?i:date)\s*:?\s*((?:19|20)\d{2})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:]+(?=\s))?(?=\s|$)"
)
#: "date 2022-07-15" near the top: an ISO date a saved page was labelled with.
_ISO_DATE_LINE = re.compile(
    r"^[ \t*_]*(?i:date|ngày(?:\s+đăng)?|đăng|published)\s*:?\s*"
    r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ][\d:]+)?[ \t*_.]*$",
    re.MULTILINE,
)


#: A line near the top that is only a date, perhaps labelled and timed: "Ngày đăng:
#: 15/08/2022", "Cập nhật lúc 10:20 ngày 15/08/2022", "15-08-2022"; a portal may print its
#: view counter after it ("22/02/2025 - Lượt xem: 12", "15/08/2022 | Lượt truy cập 1.204").
_DATE_LINE = re.compile(
    r"^[ \t*_]*(?:(?i:ngày\s+)?(?i:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?i:lúc|ngày))?\s*:?\s*)?"
    r"(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*,?\s*)?(?:(?i:ngày)\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
    r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}[^\n]{0,20})?"
    r"(?:\s*[-–|]\s*(?i:lượt\s+(?:xem|truy\s+cập|đọc))\s*:?\s*[\d.,]+)?[ \t*_]*$",
    re.MULTILINE,
)
#: How far from the top a date line may be.
DATE_LINE_CHARS = 600
#: A byline line near the top where the site glued its source's name to the date ("Việt
#: NamViệt Nam14/10/2025", "Báo Tây Ninh03/05/2021"): a short name, no digits, then the date.
_GLUED_BYLINE = re.compile(
    r"^[ \t*_]*[^\W\d_][^\n\d]{0,40}?[^\W\d_\s](\d{1,2})/(\d{1,2})/((?:19|20)\d{2})[ \t*_.]*$",
    re.MULTILINE,
)
#: A radio or television bulletin's line near the top naming its programme and the day it was
#: aired ("Audio thời sự 12-05-2020", "Thời sự 19h ngày 3/4/2021", "Bản tin ngày 7/6/2018"):
#: the date of the text, the only one such a page may print.
_BROADCAST_DATE_LINE = re.compile(
    r"^[^\n\d]{0,30}?(?:" + cues().pattern("broadcast") + r")[^\n\d]{0,30}?"
    r"(?:\d{1,2}\s*[h:]\s*(?:\d{2})?\s*,?\s*)?(?:(?i:ngày)\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})[ \t*_.]*$",
    re.MULTILINE,
)
#: A byline date written at the end of one of the first lines, after the title ("Xã A về
#: đích nông thôn mới 21/08/2019", "Kết quả … - 14/07/2016"): the date of writing, unless
#: the words before it make it a state date or a document's ("tính đến 30/6/2016",
#: "Quyết định số … ngày …"). A bracketed date may be glued to the title's last word, as a
#: site's list of stories prints it, or square-bracketed ("… nông thôn mới(14/05/2014)", "…
#: nông thôn mới [14/05/2014]").
_TITLE_END_DATE = re.compile(
    r"^(?P<head>[^\n]*\w[^\n]*?)(?:[ \t]+[-–|,(\[]?|[(\[])[ \t]*(?:(?i:ngày)\s+)?"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})[)\]]?[ \t*_.]*$",
    re.MULTILINE,
)
_NOT_A_BYLINE = re.compile(
    r"(?i:(?<!\w)(?:đến|tới|hết|từ|trước|sau|cuối|kể\s+từ)(?:\s+(?:hết\s+)?ngày)?[\s(]*$"
    # "(Số liệu tính) đến thời điểm báo cáo (ngày) 30/6/2024": the data's cut-off, the
    # period's end; "báo" in it is no paper's name, and the report's issue date stays unknown
    r"|(?<!\w)(?:" + cues().pattern("time_point") + r")(?:\s+ngày)?[\s(:]*$"
    r"|(?<!\w)(?:số|quyết\s+định|nghị\s+quyết|thông\s+tư|chỉ\s+thị|ký|ban\s+hành)(?!\w)"
    r"|/\s*(?:QĐ|NQ|KH|BC|TB|CT|TTg))"
)
#: How many of a text's first non-empty lines may end with its byline date.
TITLE_DATE_LINES = 3


def _title_end_dates(text: str) -> Iterator[re.Match[str]]:
    """Dates written at the end of one of the first lines after a title (see
    ``_TITLE_END_DATE``)."""
    seen = 0
    for pos, line in _lines(text[:DATE_LINE_CHARS]):
        if not line.strip():
            continue
        seen += 1
        if seen > TITLE_DATE_LINES:
            return
        m = _TITLE_END_DATE.match(text, pos, pos + len(line))
        if m is not None and _NOT_A_BYLINE.search(m.group("head")) is None:
            yield m


_ADDRESS = re.compile(r"https?://\S+")
#: A date in a news site's address: "…-20230416095353242.htm", "/2019/12/05/…".
_ADDRESS_DATE = re.compile(
    r"[-_/.](?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{0,12}(?=\.\w{2,5}\b|/|$)"
    r"|/(?P<y2>20\d{2})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/"
)


def _address_date(text: str) -> str | None:
    """The date in the address of a saved article ("Nguồn: https://…-20230416095353242.htm"),
    when the page printed none."""
    for address in _ADDRESS.finditer(text):
        m = _ADDRESS_DATE.search(address.group())
        if m is None:
            continue
        year = int(m.group("y") or m.group("y2"))
        month = int(m.group("m") or m.group("m2"))
        day = int(m.group("d") or m.group("d2"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


#: A month in a news site's address, with no day: a folder "/201802/" or "/2018/02/".
_ADDRESS_MONTH = re.compile(r"/(?P<y>20\d{2})/?(?P<m>\d{2})/")


def _address_month(text: str) -> str | None:
    """The month in the address of a saved article filed by month ("…/kinh-te/201802/…",
    "…/2019/07/…"), when the page printed no date and its address no day: "2018-02"."""
    for address in _ADDRESS.finditer(text):
        for m in _ADDRESS_MONTH.finditer(address.group()):
            year, month = int(m.group("y")), int(m.group("m"))
            if 1 <= month <= 12 and year <= datetime.date.today().year:
                return f"{year:04d}-{month:02d}"
    return None


#: A credit or source line closing a news article, ending with the date it was printed:
#: "(Theo Báo Hà Tĩnh, 12/3/2022)", "Nguồn: Cổng TTĐT huyện, ngày 5-9-2021", "Cập nhật lúc
#: 9:30 ngày 02.11.2020", "Minh Châu (Đài PT-TH tỉnh) - 12/3/2022", or a line that is only a
#: date.
_CLOSING_DATE = re.compile(
    r"[ \t*_]*(?P<head>[^\n]*?)[ \t\-–|,:(]*(?:(?i:ngày)\s+)?"
    r"(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d{2}))"
    r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?[ \t)*_.]*"
)
#: What makes a closing line a credit: a source, a paper, a site, an update.
_CREDIT = re.compile(
    r"(?i:(?<!\w)(?:theo|nguồn|cập\s+nhật|đăng|xuất\s+bản|báo|tạp\s+chí|đài|cổng|ttxvn"
    r"|tin\s+bài|bài\s+và\s+ảnh|ảnh)(?!\w))|\w\.(?:vn|com|net)(?!\w)"
)
#: How many of a text's last non-empty lines may be its credit.
CLOSING_LINES = 4
#: How long the words of a credit before its date may be, and how far into them the word
#: that makes them a credit ("Theo", "Nguồn", "Báo", "Đài") may be.
CREDIT_CHARS = 60
CREDIT_OPENING = 30


def _closing_dates(text: str) -> list[str]:
    """The date a news article's closing credit prints ("(Theo Báo X, 10/4/2023)", "Nguồn:
    …", "Cập nhật 10/4/2023"), for a text with no date at its top: the date it was written."""
    lines = [(pos, line) for pos, line in _lines(text) if line.strip()][-CLOSING_LINES:]
    for pos, line in reversed(lines):
        m = _CLOSING_DATE.fullmatch(text, pos, pos + len(line))
        if m is None:
            continue
        head = m.group("head")
        if len(head) > CREDIT_CHARS:
            continue  # a sentence ending with a date ("… thông báo kết quả ngày 30/6/2023")
        credit = _CREDIT.search(head)
        if head.strip(" \t*_-–|,:(") and (
            credit is None
            or credit.start() > CREDIT_OPENING
            or _NOT_A_BYLINE.search(head) is not None
        ):
            continue
        day = int(m.group("d") or m.group("d2"))
        month = int(m.group("m") or m.group("m2"))
        year = int(m.group("y") or m.group("y2"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return [f"{year:04d}-{month:02d}-{day:02d}"]
    return []


def _publication_date(text: str) -> str | None:
    """The date a news site printed ("Thứ bảy, 26/11/2022", "26/11/2022 10:05"): the
    earliest near the top, the later ones being the site's clock when the page was saved;
    a date years after everything the text speaks of is that clock too."""
    own = _stamp_under_headline(text)
    if own is not None:
        # the stamp under the headline is the article's own, whatever clock a banner above
        # it prints, even an earlier one a cached page kept ("Thứ Sáu, ngày 23 tháng 08 năm
        # 2019" over the byline "Văn Hoa - 05:32, 24/11/2023")
        return own
    dates = []
    searches = (
        (_WEEKDAY_DATE, HEADER_CHARS),
        (_TIMED_DATE, HEADER_CHARS),
        (_CLOCK_DATE, DATE_LINE_CHARS),
        (_DATE_LINE, DATE_LINE_CHARS),
        (_WORDED_DATE_LINE, DATE_LINE_CHARS),
        (_BROADCAST_DATE_LINE, DATE_LINE_CHARS),
        (_GLUED_BYLINE, DATE_LINE_CHARS),
    )
    folded = fold(text[:HEADER_CHARS])
    for pattern, reach in searches:
        for m in pattern.finditer(folded if pattern is _WEEKDAY_DATE else text, 0, reach):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= day <= 31 and 1 <= month <= 12:
                dates.append(f"{year:04d}-{month:02d}-{day:02d}")
    if not dates:  # "Xã A về đích 21/08/2019": a byline date after the title
        for m in _title_end_dates(text):
            day, month, year = int(m.group(2)), int(m.group(3)), int(m.group(4))
            if 1 <= day <= 31 and 1 <= month <= 12:
                dates.append(f"{year:04d}-{month:02d}-{day:02d}")
    for m in _ISO_DATE_LINE.finditer(text, 0, DATE_LINE_CHARS):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12:
            dates.append(f"{year:04d}-{month:02d}-{day:02d}")
    if not dates:
        dates = _closing_dates(text)
    if not dates:
        return _address_date(text) or _month_date(text) or _address_month(text)
    clock = _clock_banner(text)
    if clock is not None and clock in dates:
        # the site's clock when the page was saved: a byline's date under the headline beats
        # it, and it dates nothing a year or more after every year the text writes (even
        # when the text opens an undated present)
        byline = _byline_under(text, clock)
        if byline is not None:
            return byline
        if _long_after_all_stated(text, int(clock[:4])):
            dates = [d for d in dates if d != clock]
            if not dates:
                return None
    latest = max((y for y in _years_stated(text) if y), default=None)
    if latest is not None:
        lag = 2 if _opens_undated_present(text) else 1
        # "20/02/2024 08:55" alone on the first line, no weekday: the article's own stamp,
        # kept even when its figures are of years before ("đến cuối năm 2022")
        stamp = _first_line_stamp(text)
        dates = [d for d in dates if int(d[:4]) <= latest + lag or d == stamp]
    return min(dates) if dates else None


#: A site's clock on a page's first line, above its headline: a weekday, the date and the time
#: alone ("Thứ Hai, 07/12/2026 09:00", "Thứ bảy, 26/11/2022 | 19:11").
_CLOCK_LINE = re.compile(
    r"[ \t*_|]*(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*(?:ngay\s+)?"
    # "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27": the date in words
    r"(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*((?:19|20)\d{2})"
    r"\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*\(?\s*gmt\s*\+\s*7\s*\)?)?[ \t*_|]*",
    re.IGNORECASE,
)
#: Longest headline under a clock line.
CLOCK_HEADLINE_CHARS = 200


#: A site's word alone on a page's first line, above its clock ("Analytic", "Tiện ích"): a
#: label with no figure.
_LABEL_LINE = re.compile(r"[^\W\d_][^\d\n]{0,19}")


def _top_lines(text: str) -> list[str]:
    """The first non-empty lines of a page, stripped."""
    lines = [line.strip() for line in text.lstrip("\n").split("\n", 12)[:12]]
    return [line for line in lines if line]


def _clock_line_index(text: str) -> int | None:
    """Which of a page's first lines is a site's clock: the first, or the second under a
    lone label of the site's ("Analytic" ⏎ "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25")."""
    lines = _top_lines(text)
    for at in (0, 1):
        if at < len(lines) and _CLOCK_LINE.fullmatch(fold(lines[at])):
            if at == 1 and _LABEL_LINE.fullmatch(lines[0]) is None:
                return None
            return at
    return None


def _clock_banner(text: str) -> str | None:
    """The date of a site's clock printed as a page's first line, right above its headline
    (a line with no sentence end): when the page was saved, not when it was written."""
    at = _clock_line_index(text)
    lines = _top_lines(text)
    if at is None or len(lines) < at + 3:
        return None
    m = _CLOCK_LINE.fullmatch(fold(lines[at]))
    headline = lines[at + 1]
    if (
        m is None
        or len(headline) > CLOCK_HEADLINE_CHARS
        or _SENTENCE_END.search(headline)
        or _CLOCK_LINE.match(fold(headline))
    ):
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_SENTENCE_END = re.compile(r"[.!?;]\s*$")


def _long_after_all_stated(text: str, year: int) -> bool:
    """Whether ``year`` is more than a year after every year the text writes below its first
    line that can be its present (no start, no comparison base: a base years before is no
    sign of a clock), some such year being written."""
    body = text.lstrip("\n").split("\n", 1)[-1]
    latest = max((y for y in _years_stated(body) if y), default=None)
    return latest is not None and year > latest + 1


#: A date on a byline: a day, month and year ("Nguyễn Văn A - 15/03/2025", "(Ngày đăng:
#: 15/3/2025)", "Đăng ngày 15/03/2025 lúc 10:20").
_BYLINE_DATE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)"
)
#: Longest byline, and how many lines under the headline it may be.
BYLINE_CHARS = 80
BYLINE_LINES = 3
#: How many lines of a site's header (its section's name in capitals) may stand between a
#: clock and the headline, the byline under it.
HEADER_LINES_BEFORE_HEADLINE = 4


def _byline_under(text: str, clock: str) -> str | None:
    """The date of a short line right under the headline a site's clock is printed above (a
    byline or a posting line, no sentence): when the article was written."""
    at = _clock_line_index(text) or 0
    lines = _top_lines(text)[at + 2 : at + 2 + BYLINE_LINES + HEADER_LINES_BEFORE_HEADLINE]
    # a template's clock dated before the article ("Thứ Sáu, 23/08/2019" over a 2024 byline):
    # the byline stands when the clock's year is nowhere in the text below it
    stale = int(clock[:4]) not in _years_stated(text.lstrip("\n").split("\n", at + 1)[-1])
    for line in lines:
        if len(line) > BYLINE_CHARS or _SENTENCE_END.search(line.rstrip(")")):
            continue
        m = _BYLINE_DATE.search(line)
        if m is None:
            continue
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        found = f"{year:04d}-{month:02d}-{day:02d}"
        if 1 <= day <= 31 and 1 <= month <= 12 and (found <= clock or stale):
            return found
    return None


#: The first line of a saved article when it is only its date and time, no weekday:
#: "20/02/2024 08:55", "5-3-2023 14:20".
_STAMP_LINE = re.compile(
    r"[ \t*_]*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*[-|,]?\s*"
    r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?i:[AP]M|SA|CH))?[ \t*_]*$"
)


def _stamp_under_headline(text: str) -> str | None:
    """The date of the line right under a news text's headline when that line is only a
    date and a time ("Cà Mau: Thay đổi diện mạo vùng quê" ⏎ "20/03/2022 17:22"): the
    article's byline stamp, whatever site clock a banner prints above the headline."""
    headline = _headline(text)
    if headline is None:
        return None
    at = text.find(headline)
    if at < 0:
        return None
    below = text[at + len(headline) :].lstrip(" \t*_").lstrip("\n").split("\n", 1)[0]
    return _first_line_stamp(below) or _byline_stamp(below) or _clock_stamp(below)


#: A line that is only a clock then a date ("05:01, 21/01/2022", "14:20 | 5-3-2023"): the
#: article's stamp when it stands right under the headline.
_CLOCK_STAMP_LINE = re.compile(
    r"[ \t*_]*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?i:[AP]M|SA|CH))?\s*[-|,]?\s*"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?:\s*(?i:GMT)\s*\+\s*7)?[ \t*_]*"
)


def _clock_stamp(line: str) -> str | None:
    """The date of a line that is a clock then a date (see ``_CLOCK_STAMP_LINE``)."""
    return _stamp_date(_CLOCK_STAMP_LINE.fullmatch(line))


def _stamp_date(m: re.Match[str] | None) -> str | None:
    """The ISO date of a stamp whose groups 1-3 are its day, month and year, if a real one
    not in the future."""
    if m is None:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 1 <= day <= 31 and 1 <= month <= 12 and year <= datetime.date.today().year:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


#: A byline under the headline: the writer's name, a dash or bar, then the time and the date
#: ("Văn Hoa - 05:32, 24/11/2023", "Minh Anh | 08:15 21/01/2022").
_BYLINE_STAMP = re.compile(
    r"[ \t*_]*[^\W\d_][^\d\n|–-]{1,40}?\s*[-–|]\s*\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"(?:\s*(?i:[AP]M|SA|CH)(?!\w))?\s*,?\s*"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})[ \t*_]*"
)


def _byline_stamp(line: str) -> str | None:
    """The date of a byline line (see ``_BYLINE_STAMP``)."""
    return _stamp_date(_BYLINE_STAMP.fullmatch(line))


def _first_line_stamp(text: str) -> str | None:
    """The date of a first line that is only a date and a time (see ``_STAMP_LINE``)."""
    first = text.lstrip("\n").split("\n", 1)[0]
    m = _STAMP_LINE.fullmatch(first)
    if m is None:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 1 <= day <= 31 and 1 <= month <= 12 and year <= datetime.date.today().year:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


#: A day and month opening the lead, with no year: "Sáng 18-3, …", "Chiều 5/11, …",
#: "Ngày 12-9, …", "Hôm qua (7/4), …".
_LEAD_DAY = re.compile(
    # "Sáng 18-3,", "Sáng nay (16/2),": the part of the day, "nay" when it is today's
    r"(?i:(?:sáng|trưa|chiều|tối)(?:\s+nay)?|ngày|hôm\s+(?:nay|qua))\s*(?:\(\s*)?(?:ngày\s+)?"
    r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/.-]*\d)\s*\)?\s*,"
)
#: How far into the text the lead's day may be.
LEAD_DAY_CHARS = 400


def _lead_day(text: str, month_date: str) -> str:
    """``month_date`` ("2024-03", from a banner giving only the month) with the day the lead
    opens with when it is of that month ("Sáng 18-3, …" → "2024-03-18"); else unchanged."""
    if len(month_date) != 7:
        return month_date
    month = int(month_date[5:])
    for m in _LEAD_DAY.finditer(text, 0, LEAD_DAY_CHARS):
        day, lead_month = int(m.group(1)), int(m.group(2))
        if lead_month == month:
            try:
                return datetime.date(int(month_date[:4]), month, day).isoformat()
            except ValueError:
                return month_date
        break
    return month_date


def _month_date(text: str) -> str | None:
    """The month a line near the top dates the text in ("date 2022-07", "Tháng 7/2022"), as
    "YYYY-MM", when no finer date is printed."""
    for m in _MONTH_LINE.finditer(text, 0, DATE_LINE_CHARS):
        year = next(
            int(y) for y in (m.group("y"), m.group("y2"), m.group("y3"), m.group("y4")) if y
        )
        month = next(
            int(x) for x in (m.group("m"), m.group("m2"), m.group("m3"), m.group("m4")) if x
        )
        if 1 <= month <= 12 and EARLIEST_REPORT_YEAR <= year <= datetime.date.today().year:
            return f"{year:04d}-{month:02d}"
    return None


def _years_stated(text: str) -> list[int | None]:
    """The end years of the periods a text writes, but for those that cannot be its present:
    a start, a comparison base, the old value of a change, a decision's year ("từ năm 2011",
    "gấp 4 lần so với năm 2010", "Quyết định … năm 2009")."""
    return [
        period_end_year(parse_period(m.group()))
        for m in _PERIOD_RE.finditer(text)
        if not is_start(text, m.start())
        and not is_comparison_base(text, m.start())
        and not names_a_document(text, m.start())
        and not _FROM_VALUE.search(text, max(0, m.start() - FROM_VALUE_REACH), m.start())
    ]


#: A sentence opening with the present, undated: "Hiện thu nhập …", "Hiện nay, …", "Đến
#: nay, …".
_NOW_OPENING = re.compile(r"\s*(?i:hiện(?:\s+nay|\s+tại)?|(?:tính\s+)?(?:đến|tới)\s+nay)(?!\w)")


def _opens_undated_present(text: str) -> bool:
    """Whether a sentence of the text opens with the present and writes no period ("Hiện
    thu nhập bình quân của huyện đạt …"): a text speaking of the time it is printed in."""
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _NOW_OPENING.match(sentence) and not any(
            parse_period(p.group()) for p in _PERIOD_RE.finditer(sentence)
        ):
            return True
    return False
