"""A report's metadata: who issued it, when, about which period, under which criteria set.

Vietnamese administrative reports open with a fixed header (Nghị định 30/2020/NĐ-CP)::

    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    THÀNH PHỐ ĐỒNG HỚI                     Độc lập - Tự do - Hạnh phúc
    Số: 125/BC-UBND                    Đồng Hới, ngày 13 tháng 7 năm 2018
                          BÁO CÁO
     Kết quả xây dựng nông thôn mới … năm 2020

Converted files lose the layout, or the header altogether, so each field is read by the first
rule that finds it:

* **unit** — the place after "ỦY BAN NHÂN DÂN"/"UBND" in the header; else the first place of
  the title ("trên địa bàn thành phố Đồng Hới"); else the body: the level the report speaks of
  as itself ("trên địa bàn huyện", "toàn xã", "UBND xã"), then that level's most mentioned
  named place (the one named in the date line first).
* **province** — a "tỉnh X" in the header or title; else the most mentioned in the text; in
  a text with no header, also a province written bare as its sentences' subject ("Hòa Bình
  đã …"), then the one province whose communes and districts equal the totals the text
  states of itself ("73/129 xã", "10/10 đơn vị cấp huyện"); else (in
  :func:`baocao.normalize.report.metadata_to_report`) the province the unit resolves to.
* **number** — after "Số:"; None when the number is left blank ("Số:    /BC-UBND").
* **place and date** — "Bỉm Sơn, ngày 13 tháng 7 năm 2018" → "Bỉm Sơn", "2018-07-13"; a
  blank day gives "YYYY-MM". A scan's misreadings are read back ("ngảy 1 3 thảng 7 nãm
  2O18"), the year only within :data:`EARLIEST_REPORT_YEAR` and the present year.
* **title** — the lines after "BÁO CÁO" up to a blank line or the first heading.
* **period** and **scheme** — from the title (years it counts in words, "Sơ kết 3 năm …",
  back from the last whole year at its date; a span not yet over when written, up to that
  year); else from the text (:func:`_document_period`). **plan_period** — what the text's
  goals written without a year are for: the plan its title names after the review, a plan's
  own span, else what comes after the period reported (:func:`_goals_period`). The
  **criteria set** is chosen in
  :mod:`baocao.normalize.report`: the decision the text cites ("1980/QĐ-TTg"), else the
  period (:func:`baocao.vocab.criteria.criteria_set_for`).
"""

from __future__ import annotations

import datetime
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from baocao.data.lexicon import fold
from baocao.model import Level, Place
from baocao.nlp.issuer import blank_addressees, issuer_unit
from baocao.nlp.segment import UPPER
from baocao.vocab.criteria import decision_set
from baocao.vocab.gazetteer import MAP_PRE2025, denominators
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.periods import (
    PERIOD_PATTERN,
    is_comparison_base,
    is_start,
    is_state_date,
    last_full_year,
    names_a_document,
    parse_period,
    period_end_year,
    period_years,
    rest_of_phase,
    runs_to_a_day,
    years_back,
)
from baocao.vocab.places import (
    NAME_PATTERN,
    NATIONAL_PATTERN,
    PLACE_PATTERN,
    commune_homes,
    district_place,
    district_provinces,
    enclosing_places,
    leading_place_name,
    parse_place,
    place_key,
    place_named,
    province_as_then,
    provinces_named_bare,
    region_place,
    region_written_as_place,
    regions_in,
    resolve_bare_name,
    resolve_place,
)
from baocao.vocab.press import press_province
from baocao.vocab.schemes import scheme_of

__all__ = ["RawMetadata", "read_metadata", "report_period"]

logger = logging.getLogger(__name__)

#: How far into the text the header may reach (characters).
HEADER_CHARS = 3000

_PLACE = re.compile(PLACE_PATTERN)
#: The title word on a line of its own; a scan may misread its accents ("BẢO CÁO") or read
#: specks beside it as quotes or dots ("'BÁO CÁO", "BÁO CÁO.").
_TITLE_WORD = re.compile(
    r"^[\s*_#'‘’\"“”`.,:;|]*B\s*[AÁÀẢÃẠ]\s*O\s+C\s*[AÁÀẢÃẠ]\s*O[\s*_#'‘’\"“”`.,:;|]*$",
    re.MULTILINE,
)
_ISSUER = re.compile(r"(?<![-/–]\s)(?<![-/–\w])(?:uy\s+ban\s+nhan\s+dan|ubnd)(?!\w)")
_NATIONAL_MOTTO = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia")
_NUMBER = re.compile(r"(?<!\w)Số\s*:\s*([^\n]*)")
_NUMBER_VALUE = re.compile(r"\d[\w.]*(?:\s*/\s*[\w.]+(?:\s*-\s*[\w.]+)*)+")
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
_HEADING = re.compile(r"^\s*(?:[IVX]+\.|[A-Z]\.|\d+\.|Phần\s|PHẦN\s|Kính\s+gửi|Căn\s+cứ)")
_SELF_REFERENCE = re.compile(
    r"(?P<how>trên\s+địa\s+bàn|toàn|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"
    r"\s+(?P<level>huyện|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|tỉnh)(?!\w)"
    r"(?P<next>[ \t]+\w)?",
    re.IGNORECASE,
)
_SELF_LEVEL = {
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "thành phố": Level.DISTRICT,
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "tỉnh": Level.PROVINCE,
}
_DECISION = re.compile(r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?QĐ\s*-\s*TTg", re.IGNORECASE)


def _parse_place(text: str) -> Place | None:
    """The first place written in ``text``, as :func:`~baocao.vocab.places.parse_place`
    reads it, but a province no map has: one cut short or misspelt is read as the one
    province it can be ("tỉnh Quảng Ni" → Quảng Ninh), one that can be none is no place at
    all (a foreign province, an official's name after "UBND tỉnh", a name a scan garbled), so
    that every rule falls back to the next place it finds."""
    place = parse_place(text)
    if place is None or place.level is not Level.PROVINCE:
        return place
    if region_written_as_place(place.written):
        return None  # "các tỉnh Đông Nam Bộ": a region's provinces, not "Đồng Nai" misspelt
    resolved = resolve_place(place)
    if resolved.code is None:
        return None
    if place_key(resolved.name) != place_key(place.name):
        return replace(place, name=resolved.name)
    return place


@dataclass(frozen=True)
class RawMetadata:
    """What the text says about itself, as written (before resolution).

    ``unit`` and ``province`` are places as parsed (no codes); ``unit_from`` says which rule
    found the unit (``header``, ``title``, ``body``). ``decisions`` are the criteria-set
    decisions the text cites, in order of first mention. ``plan_period`` is the time the
    goals the text sets without a year of their own are for (:func:`_goals_period`).
    """

    unit: Place | None = None
    unit_from: str | None = None
    province: Place | None = None
    number: str | None = None
    place_written: str | None = None
    date: str | None = None
    title: str | None = None
    period: str | None = None
    scheme: str | None = None
    decisions: tuple[str, ...] = ()
    plan_period: str | None = None
    # a text about several communes one by one: all of them (``unit`` is the first)
    units: tuple[Place, ...] = ()
    # the period is the span of a programme the text sets out the goals of ("Chương trình …
    # giai đoạn 2021-2025 đặt mục tiêu …"): its "đến nay" is no state at the span's end
    programme_span: bool = False


def read_metadata(text: str) -> RawMetadata:
    """Read a report's metadata from its text (see the module docstring for the rules)."""
    text = blank_sidebar(unicodedata.normalize("NFC", text))  # other articles' headlines
    text = blank_addressees(text)  # "Kính gửi: UBND huyện A": recipients, not the unit
    labelled = _DATE_LABEL.match(text)
    if labelled is not None:
        # "date 2022-07 16 tỉnh có …": a saved page's date label before its headline, blanked
        # (offsets kept) so that the headline is read after it
        text = " " * labelled.end() + text[labelled.end() :]
    title_match = _TITLE_WORD.search(text, 0, HEADER_CHARS)
    header = text[: title_match.start()] if title_match else text[:HEADER_CHARS]
    title = _title(text, title_match.end()) if title_match else _appendix_title(text)
    # a text with neither title nor the national motto is no administrative document (news,
    # a web post, an excerpt): its "UBND tỉnh …" are agencies acting, not a header
    formal = title is not None or _NATIONAL_MOTTO.search(fold(text[:1000])) is not None
    # a text opening with its issuer ("BAN CHỈ ĐẠO CÁC CTMTQG ⏎ TỈNH B", "ĐẢNG BỘ XÃ D") is an
    # official document whatever its title word (a decision, a plan, a letter)
    issued = issuer_unit(text)
    formal = formal or issued is not None
    headline = None if formal else _headline(text)
    place_written, date = _place_and_date(
        header if title_match else text[:HEADER_CHARS], short_forms=formal
    )
    if date is None and formal:
        place_written, date = _signed_date(text)
    if date is None:
        date = _publication_date(text)
    if date is None and labelled is not None:
        year, month, day = (int(g) if g else 0 for g in labelled.groups())
        if 1 <= month <= 12 and EARLIEST_REPORT_YEAR <= year <= datetime.date.today().year:
            date = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if 1 <= day <= 31 else "")
    if date is not None:
        date = _lead_day(text, date)
    unit, unit_from = (_header_unit(header) or issued, "header") if formal else (None, None)
    if unit is None and title:
        unit, unit_from = _first_place(title, exclude={Level.PROVINCE, Level.VILLAGE}), "title"
    if unit is None and (title or headline):
        # "53 địa phương các tỉnh Tây Nguyên đạt …", "… ở vùng duyên hải Nam Trung Bộ": a
        # text about a region (its provinces' figures are the region's breakdown)
        unit, unit_from = _headline_region(text, title or headline or ""), "headline"
    paper_province: Place | None = None  # the province of a paper on the country
    if unit is None and headline:
        unit, unit_from = _headline_unit(text, headline), "headline"
        if unit is not None and unit.level is Level.PROVINCE:
            # "Hà Tĩnh: Ít nhất 34 xã …" over a body about one district (or one commune):
            # the province is the site's section tag, the lower unit what the article
            # reports on. A headline opening with its province untagged gives way only to
            # the one commune it speaks of ("Hòa Bình thêm một xã về đích"): "Lào Cai đã có
            # 52 xã …" over a district's figures is the province's news
            tagged = _TAG.match(headline) is not None or _is_tag_line(headline)
            if not tagged and _country_paper(text, headline, unit):
                # "Sơn La trong cuộc đua …" over "Cả nước có 8.909 xã …" and the regions'
                # figures: the province is where the paper ends, the excerpt the country's;
                # the paper stays the province's
                paper_province, unit = unit, NATIONAL_UNIT
            elif tagged or _COMMUNE_WORD.search(headline):
                unit = _unit_of_body(text, headline, districts=tagged) or unit
            elif _ONE_DISTRICT_WORD.search(headline):
                # "Thanh Hóa có thêm huyện đạt chuẩn …" over "Huyện Thọ Xuân (Thanh Hóa) vừa
                # …": the one district the lead opens with is the news
                unit = _lead_district(text, headline) or unit
            if unit.level is Level.PROVINCE:
                # "Bắc Ninh có 40 xã đạt chuẩn …" over "Xã A, huyện B vừa tổ chức lễ đón nhận
                # Bằng công nhận …": the province's tally is the headline's hook, the
                # ceremony the lead reports the news
                unit = _recognised_in_lead(text, headline) or unit
        elif unit is not None and _district_tag(headline, unit):
            # "Ninh Phước (Ninh Thuận): Thành tựu …" over "… xã Phước Vinh (huyện Ninh Phước)
            # … của xã …": the district files the article; the commune it reports on is its unit
            unit = _unit_of_body(text, headline, districts=False) or unit
    if unit is None and _national(text, header if formal else None, headline):
        unit, unit_from = NATIONAL_UNIT, "headline" if headline else "body"
    units: tuple[Place, ...] = ()
    if unit is None and not formal:
        units = _subject_communes(text, headline) or _recognised_districts(text)
        if units:
            unit, unit_from = units[0], "body"
    if unit is None:
        unit, unit_from = _body_unit(text, place_written, headline), "body"
    example: Place | None = None
    if unit is None and not formal and headline:
        unit, unit_from = _unit_of_level_word(text, headline), "headline"
    if unit is None and not formal:
        unit, unit_from = _lead_unit(text), "body"
        if unit is not None and _province_speaks_past(text, unit):
            # "Xã Na Mao (Đại Từ) xây dựng …" captioned over "toàn tỉnh đã huy động …": an
            # example the province's article opens with, not its unit
            example, unit = unit, None
    if unit is None and not formal:
        # "Cổng thông tin điện tử huyện X" over a page naming no unit of its own, a status
        # page ("Tiêu chí 1: 90/123 xã đạt") under its portal's name or naming its province
        # once: the site's unit, else the one province the text names; not a page counting
        # more communes than a province has ("785 xã đạt 19 tiêu chí": the country's figures)
        if not _counts_beyond_a_province(text):
            unit, unit_from = _site_unit(text) or _sole_province(text), "body"
    if unit is None and not formal:
        unit, unit_from = _unit_of_bare_communes(text), "body"
    if unit is not None and unit.level in (Level.NATIONAL, Level.REGION):
        # a national or regional text's provinces are examples, not its own; a paper on the
        # country under a province's headline is that province's
        province = paper_province
    elif formal:
        province = _province(header, title, text, unit)
    else:
        province = _news_province(text, headline, unit or example)
    if province is None and unit is not None and unit.level is Level.PROVINCE:
        province = unit  # "ỦY BAN NHÂN DÂN ⏎ TỈNH ⏎ QUẢNG TRỊ" over a body naming no province
    if unit is None and province is not None and _self_level(text) is Level.PROVINCE:
        unit, unit_from = province, "body"  # "toàn tỉnh …" in a text naming its province once
    if province is None:
        unit, unit_from, province = _press_fallback(text, unit, unit_from)
    number = _number(header)
    # a title dated at a month ("Kết quả thực hiện các tiêu chí (06/2016)") reports the state
    # at its end, as a report writes its own period (2016-H1)
    period = _title_period(title, date) if title else None
    period = report_period(period) if period else None
    if period is None:
        period = _document_period(text, headline, date if labelled is not None else None)
        period = _first_half_of_writing(text, period, date) or period
    period = _year_unless_half_year(text, period, title)
    if period is None and date is None and unit is not None and unit.level is Level.COMMUNE:
        period = _goal_year_of_present(text)
    if province is not None:
        # a province read from its districts, named as it was when the text was written
        then = province_as_then(province, date or period)
        unit = then if unit == province else unit
        province = then
    return RawMetadata(
        unit=unit,
        unit_from=unit_from if unit else None,
        province=province,
        number=number,
        place_written=place_written,
        date=date,
        title=title,
        period=period,
        scheme=scheme_of(title) if title else None,
        decisions=_decisions(text),
        plan_period=_goals_period(text, title, number, period, date),
        units=units,
        programme_span=period is not None
        and "-" in period
        and any(d.role == "programme" and d.period == period for d in _dated(text)),
    )


#: A programme named by its span in a title: "Chương trình MTQG xây dựng NTM giai đoạn …".
_PROGRAMME_SPAN = re.compile(r"(?i:chương\s+trình|bộ\s+tiêu\s+chí)[^.;:,\d]{0,80}$")
#: A party committee's or council's term: "nhiệm kỳ 2020-2025".
_TERM = re.compile(r"(?i:nhiệm\s+kỳ\s+(?:19|20)\d{2})")


#: The months a report is on, their year left to a later period of the title ("6 tháng đầu
#: năm và phương hướng 6 tháng cuối năm 2023").
_MONTHS_WITHOUT_YEAR = re.compile(
    r"(?i:(?<!\w)(?:\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+năm)(?!\s*(?:(?:19|20)\d{2}|nay)(?!\w))"
)
#: A headline that is a report's title written on the title word's line ("Báo cáo kết quả
#: … năm 2022 và kế hoạch năm 2023"): read as a title, its plan not making it a goal.
_REPORT_HEADLINE = re.compile(
    r"[\s*_#]*(?i:báo\s+cáo)\s+(?i:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết|đánh\s+giá)(?!\w)"
)


def _title_period(title: str, date: str | None, *, headline: bool = False) -> str | None:
    """The period a report's title names: the first it writes, and years counted in words
    ("Sơ kết 3 năm thực hiện …", "Tổng kết 10 năm xây dựng …") back from the last whole
    year at the report's date (a report of June 2024 on 3 years is on 2021-2023), or the
    first of a span written beside them that is longer than they are ("Sơ kết 3 năm …
    giai đoạn 2021-2025" → 2021-2023; "Tổng kết 10 năm … giai đoạn 2010-2020" keeps the
    span written). A news ``headline`` is read the same way, but for a comparison base, a
    start or a decision's year, and not at all when it states a goal; the years it counts
    back give their last ("10 năm thực hiện …" printed in 2019 → 2019: what they reached)."""
    if headline and _goal_in(title):
        return None
    unyeared = _MONTHS_WITHOUT_YEAR.search(title)
    if unyeared is not None:
        # "Sơ kết 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023": the year written once
        # for both halves; the report is on the first
        later = _PERIOD_RE.search(title, unyeared.end())
        shared = parse_period(later.group()) if later is not None else None
        if shared is not None:
            return parse_period(f"{unyeared.group()} {shared[:4]}")
    back = None
    spans = []
    named: list[tuple[str, int]] = []  # a programme's span ("Chương trình MTQG … 2021-2025")
    others: list[tuple[str, int]] = []
    for m in _PERIOD_RE.finditer(title):
        if names_a_document(title, m.start()):
            continue
        if headline and (is_comparison_base(title, m.start()) or is_start(title, m.start())):
            continue
        if back is None:
            back = years_back(m.group())
        written = parse_period(m.group())
        if written is None:
            continue
        if re.fullmatch(r"\d{4}-\d{4}", written):
            spans.append(period_years(written))
            if _PROGRAMME_SPAN.search(title, max(0, m.start() - 80), m.start()):
                named.append((written, m.start()))
                continue
        others.append((written, m.start()))
    if back is None:
        # "Kết quả thực hiện Chương trình … giai đoạn 2021-2025 năm 2023": the year reported
        if not (others or named):
            return None
        found, at = (others or named)[0]
        if headline or date is None or not re.fullmatch(r"\d{4}-\d{4}", found):
            return found
        first, last = period_years(found)
        year = int(date[:4])
        if _TERM.search(title) and year <= first:
            # "… trình Đại hội …, nhiệm kỳ 2020-2025" written in 2020: the term just ended
            return f"{2 * first - last}-{first}"
        if first <= year < last and not _planned(title, at):
            # "Sơ kết giữa nhiệm kỳ 2020-2025" written in 2022: the years gone so far
            return f"{first}-{year}" if year > first else str(first)
        return found
    now = last_full_year(None, date)
    if spans:
        first, last = spans[0]
        if back >= last - first:  # "10 năm" of 2010-2020, "5 năm" of 2016-2020: the span
            return f"{first}-{last}"
        end = min(last, now) if now is not None and now >= first + back - 1 else first + back - 1
        return f"{end - back + 1}-{end}"
    if now is None:
        return None if headline else parse_period(title)
    if headline:
        # "[Infographic] 10 năm thực hiện chương trình … tỉnh X": news on a review states
        # what the years have reached, at their end; a report's title covers the years
        return str(now)
    return f"{now - back + 1}-{now}" if back > 1 else str(now)


def _planned(title: str, at: int) -> bool:
    """Whether the period at ``title[at:]`` is the span of a plan the title names ("Kế
    hoạch … giai đoạn 2021-2025"), not one carried out ("Kết quả thực hiện kế hoạch …")."""
    plan = None
    for m in _PLAN_WORD.finditer(title, 0, at):
        plan = m
    return plan is not None and not _CARRIED_OUT.search(
        title, max(0, plan.start() - 20), plan.start()
    )


#: Words of a title that open the plan a report sets out after its review ("… năm 2022 và
#: kế hoạch năm 2023", "…; phương hướng, nhiệm vụ năm 2023", "…, nhiệm vụ 6 tháng cuối năm").
_PLAN_WORD = re.compile(r"(?i:(?<!\w)(?:kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|mục\s+tiêu)(?!\w))")
#: Before a plan word, what makes it the plan carried out, reviewed: "Kết quả thực hiện kế
#: hoạch năm 2022", "đánh giá nhiệm vụ năm 2021".
_CARRIED_OUT = re.compile(r"(?i:(?:thực\s+hiện|kết\s+quả|đánh\s+giá)(?:\s+(?:các|những))?\s*$)")
#: A plan's number ("Số: 159/KH-UBND") or its title word on a line of its own.
_PLAN_NUMBER = re.compile(r"(?i:/\s*KH(?![A-Za-z]))")
_PLAN_TITLE_WORD = re.compile(r"^[\s*_#]*K\s*Ế\s+H\s*O\s*Ạ\s*C\s*H[\s*_#.:]*$", re.MULTILINE)
#: The month a year's last quarter opens with: a report on a year written before it plans
#: the rest of that year, one written in it (or later) the year after.
LAST_QUARTER = 10
#: How many lines after its header a plan's title may take.
PLAN_DOCUMENT_LINES = 4


def _goals_period(
    text: str, title: str | None, number: str | None, period: str | None, date: str | None
) -> str | None:
    """The time a text's goals are for when they write no year of their own ("Phấn đấu có
    thêm 5 xã đạt chuẩn" under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ"), by the first rule that finds
    one:

    1. the plan its title names after its review ("Kết quả … năm 2022 và kế hoạch năm 2023"
       → 2023; "…; nhiệm vụ 6 tháng cuối năm 2021" → 2021-H2);
    2. the span of a plan (numbered "…/KH-…", or titled "KẾ HOẠCH"), written in its title
       ("Thực hiện Chương trình … giai đoạn 2021-2025"), or, in a text with no report's
       title, a plan named in the opening lines (:func:`_plan_period`);
    3. what comes after the period the text reports on: the rest of a year reported in part
       (a report on its first half plans the second), the year after a year, the rest of
       the programme's phase after a span (:func:`~baocao.vocab.periods.rest_of_phase`) —
       for an administrative report (``title``), or a text printed after that period; a
       text printed within it sets goals for that same time (None: the report's own).
    """
    if title:
        for m in _PLAN_WORD.finditer(title):
            if _CARRIED_OUT.search(title, max(0, m.start() - 20), m.start()):
                continue
            for p in _PERIOD_RE.finditer(title, m.end()):
                found = parse_period(p.group())
                if found is not None and not names_a_document(title, p.start()):
                    return found
    plan = _plan_document_period(text, number) or (None if title else _plan_period(text))
    if plan is not None:
        return plan
    if period is None:
        return None
    first, last = period_years(period)
    written = int(date[:4]) if date else None
    if not title and (written is None or written <= last):
        return None
    parts = re.fullmatch(r"(\d{4})-(?:H(1)|Q[1-3]|M\d{2}(?:-(?:0\d|1[01]))?)", period)
    if parts is not None:  # a part of a year not reaching December: the rest of that year
        return f"{parts.group(1)}-H2" if parts.group(2) else parts.group(1)
    if re.fullmatch(r"\d{4}-M\d{2}-12|\d{4}(?:-H2|-Q4)?", period):
        if written == last and date is not None and int(date[5:7] or 12) < LAST_QUARTER:
            return str(last)  # a year's report written before its last quarter: its rest
        return str(last + 1)
    return rest_of_phase(last)


def _plan_document_period(text: str, number: str | None) -> str | None:
    """The period a plan is for, written in its title after its header ("Số: 159/KH-UBND" ⏎
    "Đồng Tháp, ngày …" ⏎ "THỰC HIỆN CHƯƠNG TRÌNH … GIAI ĐOẠN 2021 - 2025")."""
    word = _PLAN_TITLE_WORD.search(text, 0, HEADER_CHARS)
    if word is None and not (number and _PLAN_NUMBER.search(number)):
        return None
    start = word.end() if word is not None else 0
    date_line = _DATE.search(text, start, HEADER_CHARS) if word is None else None
    if date_line is not None:
        start = date_line.end()
    else:
        numbered = _NUMBER.search(text, start, HEADER_CHARS)
        start = numbered.end() if numbered is not None and word is None else start
    seen = 0
    for _pos, line in _lines(text[start:HEADER_CHARS]):
        clean = line.strip(" \t*_#|")
        if not clean or _FURNITURE.match(clean):
            continue
        if _HEADING.match(clean) or _TITLE_WORD.match(clean):
            return None
        seen += 1
        if seen > PLAN_DOCUMENT_LINES:
            return None
        for m in _PERIOD_RE.finditer(clean):
            if names_a_document(clean, m.start()) or is_start(clean, m.start()):
                continue
            found = parse_period(m.group())
            if found is not None:
                return found
    return None


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
    for line in text[start : start + 1500].split("\n"):
        clean = line.strip().strip("*_#").strip()
        if not clean:
            if lines:
                break
            continue
        if _HEADING.match(clean) or _TITLE_WORD.match(clean):
            break
        if lines and _BODY_FIGURE.search(clean):
            break  # "Xã đạt 19/19 tiêu chí." right under the title, no blank line between
        lines.append(clean)
        if len(lines) == 4 or clean.endswith("."):
            break
    return " ".join(" ".join(lines).split()) or None


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


#: A count right before a place prefix: "4 tỉnh Nam Định, Đồng Nai …", "3 huyện Lấp Vò, …"
#: count the places listed after it (examples), the prefix is the counted noun.
_COUNT_BEFORE = re.compile(r"(?<![\w.,/])\d{1,3}(?:\.\d{3})*\s+$")


def _named_places(text: str) -> Iterator[re.Match[str]]:
    """The place names of ``text``, but those listed after a count of places."""
    for m in _PLACE.finditer(text):
        if not _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            yield m


def _first_place(text: str, *, exclude: set[Level]) -> Place | None:
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is not None and place.level not in exclude:
            return place
    return None


#: The weight of a headline's self-reference against the body's (each 1 or 2).
_HEADLINE_SELF = 100


def _body_unit(text: str, place_written: str | None, headline: str | None = None) -> Place | None:
    """The level the report speaks of as itself, then that level's most named place. A
    headline speaking of itself ("Năm 2017, toàn tỉnh có thêm 6 xã …") sets the level over
    a body that goes through its districts one by one ("huyện A … bình quân toàn huyện …")."""
    weights: Counter[Level] = Counter()
    for m in _SELF_REFERENCE.finditer(headline or ""):
        if not (m.group("next") and m.group("next").strip().isupper()):
            weights[_SELF_LEVEL[" ".join(m.group("level").lower().split())]] += _HEADLINE_SELF
    cities = False  # the text speaks of itself as "thành phố"
    for m in _SELF_REFERENCE.finditer(text):
        if m.group("next") and m.group("next").strip().isupper():
            continue  # "UBND huyện Sông Lô" names a place; the bare "UBND huyện" is the self
        word = " ".join(m.group("level").lower().split())
        cities = cities or word == "thành phố"
        level = _SELF_LEVEL[word]
        weights[level] += 1 if fold(m.group("how")).startswith(("ubnd", "uy")) else 2
    if not weights:
        return None
    level = weights.most_common(1)[0][0]
    city = _city_named_bare(text) if cities else None
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    first_at: dict[str, int] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is None or place.level is not level:
            continue
        key = place_key(place.name)
        counts[key] += 1
        first.setdefault(key, place)
        first_at.setdefault(key, m.start())
    if city is not None and level is Level.DISTRICT and city[1] >= max(counts.values(), default=0):
        # "Hà Nội … Đến nay, toàn thành phố đã có 294/386 xã …": the city run by the centre
        # the text names bare, not a district it names in passing ("xã A (huyện B)")
        return city[0]
    if not counts:
        return None
    if place_written and place_key(place_written) in counts:
        return first[place_key(place_written)]
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    lead = next(iter(first))
    if first_at[lead] < len(text) // 2 <= first_at[best]:
        # "… diện mạo xã A đổi thay …" ⏎ "… học tập kinh nghiệm từ xã B. Xã B là …": a
        # place first named in the text's second half is an example, not what its lead is about
        return first[lead]
    return first[best]


# -- the whole country --------------------------------------------------------------------------

#: The unit of a national text (FACTS.md: national figures have the place "cả nước").
NATIONAL_UNIT = Place(written="cả nước", prefix=None, name="cả nước", level=Level.NATIONAL)
_NATIONAL_WORD = re.compile(NATIONAL_PATTERN)
#: A base at the end of a year ("so với cuối năm 2018", "so với thời điểm cuối năm 2020"):
#: a state set against the year-end before it is stated in the year after.
_YEAR_END_BASE = re.compile(r"(?i:(?<!\w)(?:cuối|hết)\s+(?:năm\s+)?)$")
_NATIONAL_AGENCY = re.compile(cues().pattern("national_agency"))
_CENTRE_VOICE = re.compile(cues().pattern("centre_voice"))
#: A meeting of the whole country the lead reports ("… tại hội nghị toàn quốc triển khai …").
_NATIONAL_EVENT = re.compile(cues().pattern("national_event"))
#: The country named as a sentence's subject, optionally after a lead-in ("Tính đến tháng
#: 6/2022, cả nước có …", "Toàn quốc đã …").
_NATIONAL_AS_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:;])\s|\n)[\W\d_]*(?:[^\n.;:]{{0,60}}?,\s*)?"
    # "…, đến nay cả nước đã có …", "Hiện nay toàn quốc có …": an adverb of time before it
    r"(?:(?i:(?:đến|tới|cho\s+đến)\s+nay|hiện\s+nay|hiện\s+tại|hiện|tính\s+đến\s+nay)\s+)?"
    r"(?:(?i:trên|trong)\s+)?"
    rf"{NATIONAL_PATTERN}"
    r"(?!\s+(?:là|với))",
    re.MULTILINE,
)
#: The country as the measure a place is set against ("cao hơn bình quân cả nước").
_AGAINST_NATION = re.compile(
    r"(?i:(?<!\w)(?:so\s+với|hơn|bằng|của|với)\s+(?:(?:bình\s+quân|trung\s+bình|mức|của|chung)"
    rf"\s+)*){NATIONAL_PATTERN}"
    # or the rank a place holds among the country's ("đứng thứ 3 cả nước", "nhóm dẫn đầu
    # cả nước")
    r"|(?i:" + cues().pattern("national_rank") + r")[^,.;:\n]{0,25}?" + NATIONAL_PATTERN
)
#: How far into a text its lead may name the country or a national body.
NATIONAL_LEAD_CHARS = 600


def _national(text: str, header: str | None, headline: str | None) -> bool:
    """Whether a text is about the whole country: an official text issued by a national body
    (``national_agency`` cues in its header), a headline naming the country and no place of
    its own ("Cả nước có 6.000 xã …", "74% xã trên cả nước …"), or, under a headline naming
    no place, a lead with the country as its subject or a national body's figures
    ("Theo Ban Chỉ đạo Trung ương …, cả nước có …"), the country named more than any
    province, district or commune spoken of as itself ("toàn tỉnh", "huyện đã …")."""
    if header is not None:
        return _NATIONAL_AGENCY.search(header) is not None and _header_unit(header) is None
    if headline and _PLACE.search(headline) is None:
        leading = leading_place_name(headline)
        if leading is not None and leading.level in _LEVEL_RANK:
            return False
        if _NATIONAL_WORD.search(headline) and not _AGAINST_NATION.search(headline):
            return True
    elif headline:
        return False
    start = text.find(headline) + len(headline) if headline else 0
    lead = text[start : start + NATIONAL_LEAD_CHARS]
    body = text[start:]
    if not (
        _NATIONAL_AS_SUBJECT.search(lead)
        or _NATIONAL_AGENCY.search(lead)
        or _NATIONAL_EVENT.search(lead)
        # "Tỷ lệ xã đạt chuẩn … 79%; … Cả nước có 12 tỉnh …": a text naming no place at all,
        # the country the subject of a sentence of it, however late
        or (_names_no_place(body) and _NATIONAL_AS_SUBJECT.search(body))
    ):
        return False
    national = len(_NATIONAL_WORD.findall(body)) - len(_AGAINST_NATION.findall(body))
    # (not "toàn tỉnh Đồng Nai có …", a province the country's text names as an example, nor
    # "11/11 huyện đã …", a count)
    own = sum(
        1
        for pattern in (_BARE_PROVINCE, _BARE_DISTRICT, _BARE_COMMUNE)
        for m in pattern.finditer(body)
        if not _NAME_AFTER.match(body, m.end())
        and not _COUNT_RIGHT_BEFORE.search(body, max(0, m.start() - 3), m.start())
    )
    if national < 1 and own == 0 and _centre_speaks(lead, body):
        return True
    if national < 1 or national <= own:
        return False
    if _digest_with_own_items(body):
        return False
    # a lead opening with a place of its own ("Tỉnh Nam Định có …") is that place's text
    first = _body_lines(body)[:1]
    return not first or place_at_line_start(first[0][1]) is None


def _names_no_place(text: str) -> bool:
    """Whether a text names no place of its own: none with its prefix ("tỉnh A", "huyện
    B"), no province bare, none opening a line, and never speaks of itself as a province, a
    district or a commune ("toàn tỉnh", "huyện đã …")."""
    return (
        _PLACE.search(text) is None
        and not provinces_named_bare(text)
        and all(place_at_line_start(line) is None for _, line in _body_lines(text))
        and _self_level(text) is None
    )


def _country_paper(text: str, headline: str, province: Place) -> bool:
    """Whether a text under a headline naming one province bare is the country's paper: its
    body counts more communes than a province has ("Cả nước có 8.909 xã …") and names the
    country more often than it comes back to the province (a repeat of the headline, as a
    printed title in capitals, is no return)."""
    start = text.find(headline) + len(headline)
    key = fold(headline).strip()
    body = "\n".join(ln for _, ln in _lines(text[start:]) if fold(ln).strip() != key)
    if not _counts_beyond_a_province(body):
        return False
    national = len(_NATIONAL_WORD.findall(body)) - len(_AGAINST_NATION.findall(body))
    own = len(re.findall(rf"(?<!\w){re.escape(fold(province.name))}(?!\w)", fold(body)))
    return national >= 2 and national > own


def _centre_speaks(lead: str, body: str) -> bool:
    """Whether a text that never writes "cả nước" speaks as the centre: a national body's
    figures in its lead ("Theo Bộ NN&PTNT, năm nay …") and the centre giving the localities
    their means ("Chính phủ đã bố trí …", "hỗ trợ các địa phương"), with no place named
    anywhere in it (a province's article citing the ministry names its province)."""
    return (
        _NATIONAL_AGENCY.search(lead) is not None
        and _CENTRE_VOICE.search(body) is not None
        and _PLACE.search(body) is None
    )


_COUNT_RIGHT_BEFORE = re.compile(r"[\d%][ \t]*$")
#: An item of a listing page (a news digest): a bulleted line, or a teaser cut off by "...".
_DIGEST_ITEM = re.compile(r"^[ \t]*[•·▪●◦*+\-–][ \t]*\S|[^\n]*(?:\.\.\.|…)[ \t]*$", re.MULTILINE)
#: How many items make a page a listing.
DIGEST_ITEMS = 2


def _digest_with_own_items(body: str) -> bool:
    """Whether ``body`` is a listing page (several short items, each a teaser) whose items
    after the first speak of a place of their own ("• Tiến độ đến 30/9 - Toàn tỉnh có 20
    xã …" under a national first item): a digest, not the country's text, whatever its first
    item is about."""
    starts = [m.start() for m in _DIGEST_ITEM.finditer(body)]
    if len(starts) < DIGEST_ITEMS:
        return False
    later = body[starts[1] :] if _NATIONAL_AS_SUBJECT.search(body[: starts[1]]) else ""
    return any(
        not _NAME_AFTER.match(later, m.end())
        for pattern in (_BARE_PROVINCE, _BARE_DISTRICT)
        for m in pattern.finditer(later)
    )


#: A capitalised name right after a level word: "toàn tỉnh Đồng Nai" names its province.
_NAME_AFTER = re.compile(
    r"[ \t]+[A-ZĐ\u00c0-\u00dd\u1ea0-\u1ef8\u0102\u0110\u0128\u0168\u01a0\u01af]"
)


#: A line opening with a name it then says the level of: "Thanh Bình là xã cù lao …",
#: "Mộc Châu là một huyện vùng cao …".
_NAME_IS_UNIT = re.compile(
    rf"(?P<name>{NAME_PATTERN})\s+là\s+(?:một\s+)?(?P<prefix>(?i:xã|huyện|thị\s+xã))(?!\w)"
)


def place_at_line_start(line: str) -> Place | None:
    """The place a line opens with: prefixed ("Tỉnh Nam Định có …"), named with its level
    after it ("Thanh Bình là xã …"), or a province written bare ("Nghệ An: Có thêm …")."""
    line = line.strip(" \t*_-–•+")
    m = _PLACE.match(line)
    if m is not None:
        return _parse_place(m.group())
    named = _NAME_IS_UNIT.match(line)
    if named is not None:
        return _parse_place(f"{named.group('prefix').lower()} {named.group('name')}")
    leading = leading_place_name(line)
    return leading if leading is not None and leading.level is Level.PROVINCE else None


_NAME = re.compile(NAME_PATTERN)


def _city_named_bare(text: str) -> tuple[Place, int] | None:
    """The province-level city ("thành phố Hà Nội") the text names most often bare ("Hà
    Nội"), with how often, when it names one at least twice."""
    counts: Counter[str] = Counter()
    found: dict[str, Place] = {}
    for m in _NAME.finditer(text):
        words = m.group().split()
        for n in range(min(len(words), 4), 0, -1):
            place = place_named(" ".join(words[:n]))
            if place is not None:
                if place.level is Level.PROVINCE and place.prefix == "thành phố":
                    counts[place_key(place.name)] += 1
                    found.setdefault(place_key(place.name), place)
                break
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    return (found[key], count) if count >= 2 else None


# -- texts without a header: news, web posts, excerpts -----------------------------------------

_BANNER_WORDS = cues().pattern("page_banner")
#: Lines that are page furniture, not a headline: a date banner ("Thứ hai, 29/04/2024 07:50
#: (GMT+7)"), a template placeholder ("dd/mm/yyyy"), image markup and captions.
_FURNITURE = re.compile(
    r"^\s*(?:(?:thứ\s+\w+|chủ\s+nhật"
    # a weekday a scan misread ("Thú Tu,")
    r"|th[^\W\d_]\s+(?:hai|ba|t[^\W\d_]|n[^\W\d_]m|s[^\W\d_]u|b[^\W\d_]{1,2}y|[2-7]))\s*,|[\d/\s:,|()–-]+(?:\(GMT[+-]\d+\))?\s*$|dd/mm|"
    r"(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày))?\s*:?\s*\d[\d/:.\s,-]*"
    r"(?:ngày\s+[\d/:.\s,-]*)?$|"
    r"!\[|\||.*\bẢnh\s*:|"
    # a breadcrumb trail ("Trang chủ > Kinh tế > Nông thôn mới")
    r"[^\n>»›]{1,40}(?:\s[>»›]\s[^\n>»›]{1,40})+$|"
    # … or with slashes between spaced words ("Tin tức  /  Nông thôn mới  /  Hoạt động")
    r"[^\W\d][^\n/]{0,40}(?:\s+/\s+[^\W\d][^\n/]{0,40})+$|"
    # a month or ISO date a saved page is labelled with ("date 2022-07", "Tháng 7/2022")
    r"(?:date|published)\s*:?\s*\d[\d/:.T\s-]*$|tháng\s*\d{1,2}\s*(?:[/.-]|\s+năm)\s*\d{4}\s*$|"
    # a banner or contact line ("Đường dây nóng: 0912 …", "Email: …", a site's name)
    r"(?=[^\n]{0,160}$)(?:(?:" + _BANNER_WORDS + ")"
    r"|.*(?:" + _BANNER_WORDS + r")(?=\s*(?:[:|–-]|\d{3}))"
    r"|.*[\w.-]+@[\w-]+\.\w|.*(?:https?://|www\.)"
    r"|.*(?<![\d.,/])\(?0\d{2,3}\)?[ .]?\d{3,4}[ .]?\d{3,4}(?![\d.,/])"
    r"|(?:báo(?!\s+(?:cáo|chí))|cổng\s+thông\s+tin|trang\s+(?:thông\s+)?tin|tạp\s+chí)"
    r"[^\d\n]{0,60}điện\s+tử\s*$)"
    # a site's or portal's name line ("Cổng thông tin điện tử huyện X"): see _site_unit
    r"|(?:" + cues().pattern("site_name") + r")[^\d\n.!?;:]{0,80}$)",
    re.IGNORECASE,
)
#: A dateline: where and when a text was written, as a news lead or a letter opens ("TP Vĩnh
#: Yên, ngày 12/3/2021", "Hà Nội, 5-1-2023 - …", "(Thị xã Phú Thọ) - …", "VĨNH YÊN - …"). The
#: town it names is where the writer sat, not what the text reports on.
_DATELINE = re.compile(
    r"[ \t*_]*(?:\(\s*)?(?P<place>(?:" + PLACE_PATTERN + r")|" + NAME_PATTERN + r")\s*\)?\s*"
    r"(?:,\s*(?:(?i:ngày)\s*)?\d{1,2}\s*(?:[/.-]|\s+(?i:tháng)\s+)\d{1,2}\s*"
    r"(?:[/.-]|\s+(?i:năm)\s+)(?:19|20)\d{2}(?!\d)\s*(?:[-–]\s*)?"
    r"|(?<=\))\s*[-–]\s+)"
)
#: A dateline in capitals with a dash: "VĨNH YÊN - Sáng 12/3, …", "TP. VĨNH YÊN – …".
_CAPITAL_DATELINE = re.compile(
    r"[ \t*_]*(?P<place>[^\W\d_]+\.?(?:[ \t]+[^\W\d_]+\.?){0,5}?)[ \t]+[-–][ \t]+"
)


def _after_dateline(line: str) -> str:
    """``line`` without the dateline it opens with, blanked (offsets kept)."""
    m = _DATELINE.match(line)
    if m is None:
        caps = _CAPITAL_DATELINE.match(line)
        if caps is None or not caps.group("place").replace(".", "").strip().isupper():
            return line
        m = caps
    return " " * m.end() + line[m.end() :]


#: A site's or portal's name line: "Cổng thông tin điện tử huyện X", "Trang thông tin điện
#: tử xã Y", or a provincial portal named "Nông thôn mới Gia Lai".
_SITE_LINE = re.compile(
    r"[\W\d_]*(?:(?i:" + cues().pattern("site_name") + r")[^\d\n.!?;:]{0,80}"
    r"|(?i:(?:xây\s+dựng\s+)?nông\s+thôn\s+mới)\s+(?P<bare>[^\d\n.!?;:,]{2,30}?))\s*$"
)
#: How many lines from the top a site's name line may be.
SITE_LINES = 4
#: How long a headline may be (characters).
HEADLINE_CHARS = 200
#: A publication date as news sites print it: "Thứ bảy, 26/11/2022 14:44", "Thứ Ba, ngày
#: 28/08/2012"; matched in the folded text, so a scan's misread marks ("Thú Tu, 26/11/2022")
#: still date the page.
_WEEKDAY_DATE = re.compile(
    r"(?i:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*(?:ngay\s+)?)"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
)
#: A date line with the month in words: "Thứ Tư, 5 tháng 3, 2019", "Chủ nhật, ngày 2 tháng 6
#: năm 2019 09:15", "Ngày 12 tháng 8 năm 2021" (a line of its own: a sentence opening with a
#: date is an event's).
_WORDED_DATE_LINE = re.compile(
    r"^[ \t*_]*(?:(?i:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật))\s*,?\s*)?"
    r"(?:(?i:ngày)\s+)?(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s*(?:,\s*|\s+(?i:năm)\s+)"
    r"((?:19|20)\d{2})(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}[^\n]{0,20})?[ \t*_.]*$",
    re.MULTILINE,
)
#: A headline about several lower units: "Thêm 3 huyện đạt chuẩn", "2 đơn vị cấp huyện".
_SEVERAL_UNITS = re.compile(
    r"(?i:(?<!\w)(?:\d+|hai|ba|bốn|năm)\s+(?:đơn\s+vị\s+cấp\s+)?"
    r"(?P<level>huyện|thị\s+xã|xã)(?!\w))"
)
_LEVEL_OF_WORD = {"huyện": Level.DISTRICT, "thị xã": Level.DISTRICT, "xã": Level.COMMUNE}
_LEVEL_RANK = {Level.COMMUNE: 0, Level.DISTRICT: 1, Level.PROVINCE: 2}


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


#: How long a kicker may be: the short line a news site prints over its headline, ending
#: with a colon ("Huyện Thống Nhất:" ⏎ "Xã Gia Tân 3 tái đạt chuẩn …").
KICKER_CHARS = 60


def _headline(text: str) -> str | None:
    """The headline of a news text: its first line that is not page furniture, when that line
    is short and does not end like a sentence. None for a text that opens mid-article. A
    kicker line ending with a colon is read with the line after it, as one headline (the
    text between them kept as written, so that the body can be found after it)."""
    kicker: int | None = None
    for pos, line in _lines(text[:2000]):
        clean = line.strip().strip("*_#").strip()
        if not clean or _FURNITURE.match(clean) or not _after_dateline(clean).strip(" .-–"):
            continue  # (a dateline alone on its line: "TP Vĩnh Yên, ngày 12/3/2021")
        if len(clean) > HEADLINE_CHARS or clean.endswith((".", ";", ",")):
            return None
        if kicker is None and _is_section_label(clean):
            continue  # "Nông thôn mới", "Tin tức - Sự kiện" over the headline
        if kicker is None and clean.endswith(":") and len(clean) <= KICKER_CHARS:
            kicker = pos + line.find(clean)
            continue
        if kicker is not None:
            return text[kicker : pos + line.find(clean) + len(clean)]
        return clean
    return text[kicker:].split("\n", 1)[0].strip() if kicker is not None else None


#: How many words a site's section label over a headline may have ("Tin tức - Sự kiện").
SECTION_LABEL_WORDS = 5


#: A line that only separates items of a list of links ("-", "•", "* * *").
_SEPARATOR_LINE = re.compile(r"[\s\-–—•·*|]*$")
#: A list item's mark opening a line ("- ", "• ").
_ITEM_MARK = re.compile(r"[ \t]*[-–•·*][ \t]+")
#: A numbered heading opening a line ("I. ĐÁNH GIÁ", "2. Kết quả", "a) Về …").
_HEADING_NUMBER = re.compile(r"(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s")
#: Words of the programme: a headline holding one may be the article's own.
_PROGRAMME_WORD = re.compile(
    r"(?i:(?<!\w)(?:nông\s+thôn|NTM|tiêu\s+chí|đạt\s+chuẩn|tam\s+nông|OCOP)(?!\w))"
)
#: How many words a line of headlines may have at least / characters at most.
SIDEBAR_WORDS = 4
SIDEBAR_CHARS = 160
#: How many headlines not about the article make the top of a page a list of links.
SIDEBAR_HEADLINES = 3
#: How much of the body's opening names the article's places (characters).
SIDEBAR_LEAD_CHARS = 600


def _place_keys(text: str) -> set[str]:
    """The name keys of the places ``text`` names, with a prefix or bare."""
    keys = set()
    for m in _PLACE.finditer(text):
        place = parse_place(m.group())
        if place is not None:
            keys.add(place_key(place.name))
    for m in _NAME.finditer(text):
        words = m.group().split()
        for n in range(min(len(words), 4), 0, -1):
            place = place_named(" ".join(words[:n]))
            if place is not None:
                keys.add(place_key(place.name))
                break
    return keys


def sidebar_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a list of other articles' headlines a saved web page
    opens with, before its article ("Tỉnh A đặt mục tiêu GRDP tăng 9%", "- Bộ X ban hành
    …", each on its own line): page furniture, whose places, dates and percentages are not
    the article's. The list is the run of short lines that do not end like a sentence up to
    the article's first paragraph; it counts only when at least ``SIDEBAR_HEADLINES`` of them
    are not about the article (no word of the programme, or a place the article's opening
    does not name) and they are most of the run. Those lines are furniture, and so is each
    item of a list ("- …") in the run; a line of the run about the article (its headline)
    is kept. A document with a formal header or title has none (its opening lines are its
    own)."""
    head = text[:HEADER_CHARS]
    if _TITLE_WORD.search(head) or _NATIONAL_MOTTO.search(fold(text[:1000])):
        return []
    run: list[tuple[int, int, str]] = []
    body = None
    for pos, line in _lines(head):
        clean = line.strip()
        if not clean or _SEPARATOR_LINE.match(clean) or _FURNITURE.match(clean):
            continue
        if len(clean) > SIDEBAR_CHARS or clean.endswith((".", ";", "!", "?", "…")):
            body = pos
            break
        if clean.isupper() or _NUMBER.search(clean) or _HEADING_NUMBER.match(clean):
            return []  # an issuer, a title, a number, a numbered heading: a document's own
        run.append((pos, pos + len(line), line))
    if body is None:
        return []
    lead = _place_keys(text[body : body + SIDEBAR_LEAD_CHARS])
    headlines, others, blank = 0, 0, []
    for start, end, line in run:
        if len(re.findall(r"[^\W\d_]+", line)) < SIDEBAR_WORDS:
            continue
        headlines += 1
        named = _place_keys(line)
        other = _PROGRAMME_WORD.search(line) is None or (bool(named) and not named & lead)
        others += other
        if other or _ITEM_MARK.match(line):
            blank.append((start, end))
    if others < SIDEBAR_HEADLINES or 2 * others < headlines:
        return []
    return blank


#: The label or heading of a list of other articles, alone on its line ("Những tin cũ hơn",
#: "Tin cùng chuyên mục:", "** Tin khác **"), a word or two before it ("Các", "Mời đọc thêm").
_OTHER_ARTICLES = re.compile(
    r"(?:[^\w\n]|_)*(?:[^\W\d_]+[ \t]+){0,2}?(?P<cue>"
    + cues().pattern("other_articles")
    + r")(?:[^\w\n]|_)*$"
)
#: Of those, a label that closes the article wherever it stands after its running text.
_LABEL_CUE = re.compile(cues().pattern("other_articles", "label"))


def _other_articles_lines(text: str) -> Iterator[tuple[int, list[tuple[int, str]], bool]]:
    """``(index, lines, label)`` of each line of ``text`` (split by :func:`_lines`) that is
    only the label or heading of a list of other articles (``other_articles`` in
    ``patterns_cues.toml``); ``label``: a cue of value ``label``."""
    lines = _lines(text)
    for i, (_, line) in enumerate(lines):
        if m := _OTHER_ARTICLES.match(line):
            yield i, lines, _LABEL_CUE.fullmatch(m.group("cue")) is not None


def _after_running_text(lines: list[tuple[int, str]]) -> bool:
    """Whether a line of the article's running text stands among ``lines``: a long one, or
    one ending like a sentence."""
    return any(
        len(line.strip()) > SIDEBAR_CHARS or line.rstrip().endswith((".", "…")) for _, line in lines
    )


def _over_headlines_only(lines: list[tuple[int, str]]) -> bool:
    """Whether ``lines`` (those under a heading, to the text's end) are a list of headlines
    only: each a headline (short, not ending like a sentence), a teaser right after one,
    another heading or furniture, with one headline at least."""
    headlines, after_headline = 0, False
    for _, rest in lines:
        clean = rest.strip()
        if not clean or _SEPARATOR_LINE.match(clean) or _FURNITURE.match(clean):
            continue
        if _OTHER_ARTICLES.match(clean):
            after_headline = False
            continue
        if len(clean) <= SIDEBAR_CHARS and not clean.endswith((".", ";", "!", "?", ":")):
            headlines += 1
            after_headline = True
        elif after_headline and headlines:
            after_headline = False  # a teaser under its headline
        else:
            return False
    return headlines > 0


def more_news_start(text: str) -> int | None:
    """Where the list of other articles a saved news page closes with begins, by its label:
    the first line that is only a label of such a list ("Những tin mới hơn", "Tin cùng
    chuyên mục", "Xem thêm"), after a line of the article's running text. The other
    articles' headlines and leads below it are page furniture: their places, dates and
    figures are none of the article's ("… trên địa bàn tỉnh B" under a district's news
    relayed by B's portal)."""
    for i, lines, label in _other_articles_lines(text):
        if label and _after_running_text(lines[:i]):
            return lines[i][0]
    return None


def related_tail(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the list of other articles' headlines a saved web page ends with,
    by its heading, such as "Tin liên quan" or "Những tin cũ hơn": page furniture, whose
    places, years and figures are other stories'. It counts only when the heading is the
    whole of its line and every line to the text's end is a headline, a teaser right after
    one, another such heading or furniture, a headline first: a list of links in the middle
    of an article, with the article going on under it, is no tail."""
    for i, lines, _ in _other_articles_lines(text):
        if _over_headlines_only(lines[i + 1 :]):
            return lines[i][0], len(text)
    return None


def other_articles_start(text: str) -> int | None:
    """Where the list of other articles a saved news page ends with begins: at a label after
    the article's running text (:func:`more_news_start`) or a heading over headlines only
    (:func:`related_tail`), whichever comes first."""
    starts = [more_news_start(text), (related_tail(text) or (None,))[0]]
    return min((s for s in starts if s is not None), default=None)


def blank_sidebar(text: str) -> str:
    """``text`` with the lines of a list of other headlines at its top (see
    :func:`sidebar_lines`) and the list of other articles at its end (see
    :func:`other_articles_start`) blanked, offsets kept."""
    lines = sidebar_lines(text)
    tail = other_articles_start(text)
    if tail is not None:
        lines.append((tail, len(text)))
    if not lines:
        return text
    chars = list(text)
    for start, end in lines:
        chars[start:end] = [" " if c != "\n" else c for c in chars[start:end]]
    return "".join(chars)


def _is_section_label(line: str) -> bool:
    """Whether a line is a news site's section name: a few words naming no place and no
    number ("Nông thôn mới", "Kinh tế - Xã hội"), not a headline."""
    words = re.findall(r"[^\W\d_]+", line)
    return (
        0 < len(words) <= SECTION_LABEL_WORDS
        and not re.search(r"\d", line)
        and _PLACE.search(line) is None
        and leading_place_name(line) is None
        and _NATIONAL_WORD.search(line) is None
    )


def _body_lines(text: str) -> list[tuple[int, str]]:
    """The text's lines without page furniture (captions, image markup, banners, a dateline
    alone on its line)."""
    return [
        (p, line)
        for p, line in _lines(text)
        if line.strip() and not _FURNITURE.match(line) and _after_dateline(line).strip()
    ]


def _headline_unit(text: str, headline: str) -> Place | None:
    """The unit a news text is about, from its headline: when it counts several lower units
    ("Thêm 3 huyện đạt chuẩn"), the first such unit the body names; else the most specific
    place the headline names, with its prefix ("Hòa Bình: Xã Bảo Hiệu …" → xã Bảo Hiệu) or
    without ("Quảng Nam quyết chi …", "Yên Bái: 78/150 xã …")."""
    several = _SEVERAL_UNITS.search(headline)
    if several and " ".join(several.group("level").lower().split()) != "xã":
        level = _LEVEL_OF_WORD[" ".join(several.group("level").lower().split())]
        for _, line in _body_lines(text)[1:]:
            first = _first_place(line, exclude=set(Level) - {level})
            if first is not None:
                if _spoken_of(text, headline, first):
                    return first
                # "… có 2 đơn vị là huyện A, thị xã B đang hoàn thiện hồ sơ": units named
                # once in passing are not what the text reports on
                break
    found = [
        p
        for p in (_parse_place(m.group()) for m in _PLACE.finditer(headline))
        if p is not None and p.level in _LEVEL_RANK
    ]
    communes = {place_key(p.name) for p in found if p.level is Level.COMMUNE}
    if len(communes) > 1:
        # "Công nhận xã Chi Lăng, huyện Tràng Định, xã Sơn Hà, huyện Hữu Lũng …": several
        # communes are the news of the province they lie in, not of the first one named
        return _province_of_places(headline) or _province_of_places(text)
    prefixed = bool(found)  # places the headline writes with their prefix
    leading = leading_place_name(headline) or _district_with_province(headline)
    if leading is not None:
        found.append(leading)
    if not found:
        # "Diện mạo mới của nông thôn ở Lạng Sơn": the place the news is from, written bare
        for m in _AT_PLACE.finditer(headline):
            at = leading_place_name(headline[m.end() :])
            if at is not None:
                found.append(at)
    if not prefixed and (leading is None or leading.level is not Level.PROVINCE):
        # "Tân Hòa về đích nông thôn mới nâng cao" over "… xã Tân Hòa …": a name the
        # headline writes bare (no province's) and the body with its prefix
        named = _named_in_body(text, headline) or _commune_of_named_units(text, headline)
        if named is not None:
            found.append(named)
    if not found:
        return None
    return min(found, key=lambda p: _LEVEL_RANK.get(p.level, 3) if p.level else 3)


#: A region set against or where a place lies, not what a headline is about: "cao hơn Tây
#: Nguyên", "một tỉnh thuộc Tây Nguyên".
_REGION_AGAINST = re.compile(r"(?i:(?<!\w)(?:so\s+với|hơn|bằng|thuộc|của)\s+(?:vùng\s+)?)$")


#: A province spoken of as a whole: "toàn tỉnh Long An có 57 xã …".
_WHOLE_PROVINCE = re.compile(r"(?i:(?<!\w)toàn\s+tỉnh(?!\w))")


def _headline_region(text: str, headline: str) -> Place | None:
    """The region a headline is about when it names one and no place of its own ("53 địa
    phương các tỉnh Tây Nguyên đạt …", "Nông thôn mới ở vùng đồng bằng sông Cửu Long") and
    the body speaks of the region more often than of a province as a whole ("toàn tỉnh"):
    "Nhiều xã miền Tây …" over a province's figures is that province's news; not a region
    set against ("Đắk Lắk cao hơn bình quân Tây Nguyên") or one a place lies in."""
    at = text.find(headline)
    body = text[at + len(headline) :] if at >= 0 else text
    if len(_WHOLE_PROVINCE.findall(body)) > len(regions_in(body)):
        return None
    found = regions_in(headline)
    if not found or len({label for _, _, label in found}) > 1:
        return None
    start, end, label = found[0]
    if _REGION_AGAINST.search(headline, max(0, start - 20), start):
        return None
    for m in _PLACE.finditer(headline):
        if not (m.start() <= start and end <= m.end()) and _parse_place(m.group()) is not None:
            return None  # "xã A, một xã vùng Tây Nguyên": the place's news
    rest = headline[:start] + " " * (end - start) + headline[end:]
    if leading_place_name(rest) is not None or _NATIONAL_WORD.search(headline):
        return None
    return region_place(label)


#: A unit spoken of as a subject: "toàn huyện Tiên Du có …", "Huyện Tiên Du đã …".
_AS_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:;]\s*|\n[\W\d_]*|(?i:toàn|đối\s+với|tại)\s+)$")


def _spoken_of(text: str, headline: str, unit: Place) -> bool:
    """Whether the body speaks of ``unit`` as what it reports on: named twice or more, or once
    as a sentence's subject ("Toàn huyện Tiên Du có 13/13 xã …")."""
    start = text.find(headline) + len(headline)
    named = [m for m in re.finditer(rf"(?<!\w){re.escape(unit.name)}(?!\w)", text[start:])]
    if len(named) >= 2:
        return True
    for m in named:
        at = start + m.start()
        prefix = text.rfind(unit.prefix or unit.name, max(start, at - 20), at + 1)
        if prefix < 0:
            prefix = at
        if _AS_SUBJECT_BEFORE.search(text, max(start, prefix - 20), prefix):
            return True
    return False


#: Where a headline says its news is from: "… ở Lạng Sơn", "… tại Krông Pắc".
_AT_PLACE = re.compile(r"(?<!\w)(?:ở|tại|Ở|Tại)\s+(?=[A-ZĐ\u00c0-\u00dd\u1ea0-\u1ef8])")
_LEADING_WORDS = re.compile(r"[\W\d_]*((?:[A-ZĐ\u00c0-\u00dd\u1ea0-\u1ef8][^\W\d_]*[ \t]*){1,4})")


def _named_in_body(text: str, headline: str) -> Place | None:
    """The place the body names with its prefix whose name the headline opens with."""
    lead = _LEADING_WORDS.match(headline)
    if lead is None:
        return None
    words = lead.group(1).split()
    start = text.find(headline) + len(headline)
    named: dict[str, Place] = {}
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is not None:
            named.setdefault(place_key(place.name), place)
    for n in range(len(words), 0, -1):
        place = named.get(place_key(" ".join(words[:n])))
        if place is not None:
            return place
    return None


def _units_above(text: str, start: int = 0) -> list[Place]:
    """The districts, then the provinces, the text names with their prefix from ``start``,
    each once, first named first."""
    named: dict[tuple[Level, str], Place] = {}
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is not None and place.level in (Level.DISTRICT, Level.PROVINCE):
            named.setdefault((place.level, place_key(place.name)), place)
    return sorted(named.values(), key=lambda p: p.level is Level.PROVINCE)


def _commune_of_named_units(text: str, headline: str) -> Place | None:
    """The commune a headline names bare ("Hòa Tiến về đích nông thôn mới") when the map has
    a commune of that name in a district (else a province) the body names with its prefix
    ("Huyện Hòa Vang … vừa công nhận …"): the body confirms what the headline leaves unsaid."""
    lead = _LEADING_WORDS.match(headline)
    if lead is None:
        return None
    words = lead.group(1).split()
    above = _units_above(text, text.find(headline) + len(headline))
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        commune = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
        for unit in above:
            if unit.level is Level.DISTRICT:
                resolved = resolve_place(commune, district=unit.name)
            else:
                resolved = resolve_place(commune, province=unit.name)
            if resolved.code is not None and resolved.level is Level.COMMUNE:
                return commune
    return None


#: Who acts for a place, so that naming them is not speaking of the place: "Đoàn liên
#: ngành tỉnh Hà Tĩnh", "UBND tỉnh", "Văn phòng điều phối … tỉnh".
_AGENCY_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|đoàn[\w\s]{0,20}|"
    r"văn\s+phòng[\w\s]{0,40}|ban\s+chỉ\s+đạo[\w\s]{0,30}|sở[\w\s\-–]{0,40}|"
    r"tỉnh\s+ủy|huyện\s+ủy|chủ\s+tịch|lãnh\s+đạo)\s*$"
)


def _site_unit(text: str) -> Place | None:
    """The unit a site's or portal's name line near the top names ("Cổng thông tin điện tử
    huyện X" → huyện X, "Nông thôn mới Gia Lai" → tỉnh Gia Lai): page furniture, the unit
    of a page only when nothing else names one."""
    for _, line in [(p, ln) for p, ln in _lines(text[:2000]) if ln.strip()][:SITE_LINES]:
        clean = line.strip().strip("*_#").strip()
        m = _SITE_LINE.fullmatch(clean)
        if m is None:
            continue
        if m.group("bare") is not None:
            place = place_named(m.group("bare").strip())
            if place is not None and place.level is Level.PROVINCE:
                return place
            continue
        found = _first_place(clean, exclude={Level.VILLAGE})
        if found is not None:
            return found
        leading = None
        for cue in re.finditer(cues().pattern("site_name"), clean, re.IGNORECASE):
            leading = leading_place_name(clean[cue.end() :].strip())
        if leading is not None and leading.level is Level.PROVINCE:
            return leading
    return None


#: More communes than any province has (the largest had some 600): a count of the country's.
PROVINCE_MOST_XA = 700
_XA_COUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{3,4})\s+(?i:xã)(?!\w)")


def _counts_beyond_a_province(text: str) -> bool:
    """Whether a text counts more communes than any province has ("785 xã", "1.800 xã")."""
    return any(
        int(m.group(1).replace(".", "")) > PROVINCE_MOST_XA for m in _XA_COUNT.finditer(text)
    )


def _sole_province(text: str) -> Place | None:
    """The one province a text names, with its prefix or bare in its running text ("Theo
    Sở NN&PTNT Thái Bình, …"), when it names no other province and no district or commune
    with theirs ("Toàn tỉnh Lâm Đồng hiện có …" under per-criterion lines): the unit of a
    status page, or of a news text, that names nothing else."""
    provinces: dict[str, Place] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is None or place.level is None:
            continue
        if place.level is not Level.PROVINCE:
            return None
        provinces.setdefault(place_key(place.name), place)
    for _, _, bare in provinces_named_bare(text):
        provinces.setdefault(place_key(bare.name), bare)
    return next(iter(provinces.values())) if len(provinces) == 1 else None


def _province_named_bare(text: str) -> Place | None:
    """The province a text names most often bare in its running text ("người dân Cà Mau
    …"), when one is named more than any other."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for _, _, place in provinces_named_bare(text):
        counts[place_key(place.name)] += 1
        first.setdefault(place_key(place.name), place)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return first[ranked[0][0]]


#: The text speaking of a district or a province as its subject without naming it.
_BARE_DISTRICT = re.compile(r"(?i:(?<!\w)(?:toàn|của|cả)\s+huyện|huyện\s+(?:có|đã|đang))(?!\w)")
#: A headline speaking of a commune: "… thêm một xã vùng cao về đích".
_COMMUNE_WORD = re.compile(r"(?i:(?<!\w)(?<!thị )xã(?!\w))")
#: "toàn xã", "xã đã …", "xã này" — a bare "xã" as the subject, not "12 xã", "các xã".
_BARE_COMMUNE = re.compile(
    r"(?i:(?<!\w)(?:toàn|của|cả)\s+xã(?!\w))(?![ \t]+[A-ZĐ])"
    # (not "100% xã đạt chuẩn": a share of the communes counted)
    r"|(?i:(?<!\w )(?<!\w)(?<!%)(?<!% )xã\s+(?:này|đã|đang|hiện|có|đạt|về\s+đích)(?!\w))"
)
_BARE_PROVINCE = re.compile(r"(?i:(?<!\w)(?:toàn|cả)\s+tỉnh|tỉnh\s+(?:có|đã|đang))(?!\w)")


#: A headline speaking of one district, unnamed: "… có thêm huyện đạt chuẩn", "… thêm một
#: huyện về đích" (not "3 huyện", "các huyện", nor a named "huyện Thọ Xuân").
_ONE_DISTRICT_WORD = re.compile(
    r"(?i:(?<!\w)(?:thêm|(?:một|1)|có)\s+(?:(?:một|1)\s+)?(?:huyện|thị\s+xã)(?!\w))"
    r"(?![ \t]+[A-ZĐ\u00c0-\u00dd\u1ea0-\u1ef8])"
)


def _lead_district(text: str, headline: str) -> Place | None:
    """The district the first line after the headline opens with ("Huyện Thọ Xuân …")."""
    start = text.find(headline) + len(headline)
    lines = [ln for _, ln in _body_lines(text[start:]) if ln.strip() != headline.strip()]
    for line in lines[:1]:  # (a headline printed twice is read once)
        opening = place_at_line_start(line)
        if opening is not None and opening.level is Level.DISTRICT:
            return opening
    return None


#: A headline that opens with a tag: "Hà Tĩnh: …", "TP.HCM: …".
_TAG = re.compile(r"[^\W\d_][^:\n]{0,30}:\s")


#: A headline opening with a level word as its subject, no name after it: "Thành phố phấn đấu
#: …", "Huyện hoàn thành …" (a portal's news of its own unit).
_LEVEL_WORD_OPENING = re.compile(
    r"[\W\d_]*(?P<level>(?i:thành\s+phố|huyện|thị\s+xã|quận))[ \t]+"
    r"(?![A-ZĐ\u00c0-\u00dd\u1ea0-\u1ef8])"
)


def _unit_of_level_word(text: str, headline: str) -> Place | None:
    """The district-level unit a headline speaks of by its level word alone ("Thành phố phấn
    đấu hoàn thành …"), known from the lower units the text names with their prefix ("… cho
    phường Xuất Hóa …"): the one unit of that kind that the map has every one of them in."""
    opening = _LEVEL_WORD_OPENING.match(headline)
    if opening is None:
        return None
    kind = " ".join(opening.group("level").lower().split())
    holders: dict[str, Place] = {}
    for m in _PLACE.finditer(text):
        place = parse_place(m.group())
        if place is None or place.level is not Level.COMMUNE:
            continue
        resolved = resolve_place(place)
        if resolved.code is None:
            continue
        above = [p for p in enclosing_places(resolved.code) if p.level is Level.DISTRICT]
        if not above or above[0].prefix != kind:
            return None
        holders[above[0].code or ""] = above[0]
    return next(iter(holders.values())) if len(holders) == 1 else None


#: A name with its province in brackets opening a headline: "Châu Thành (Tiền Giang): …".
_NAME_WITH_PROVINCE = re.compile(
    rf"[\W\d_]*(?P<name>{NAME_PATTERN})\s*\(\s*(?P<province>{NAME_PATTERN})\s*\)"
)


def _district_with_province(headline: str) -> Place | None:
    """The district a headline names bare with its province in brackets ("Châu Thành (Tiền
    Giang): …"), when the province has one district of that name: a name many provinces give
    a district is one in the province written beside it."""
    m = _NAME_WITH_PROVINCE.match(headline)
    if m is None:
        return None
    province = place_named(m.group("province"))
    if province is None or province.level is not Level.PROVINCE:
        return None
    found = resolve_bare_name(m.group("name"), province=province)
    return found if found is not None and found.level is Level.DISTRICT else None


def _district_tag(headline: str, unit: Place) -> bool:
    """Whether a headline opens with a tag naming the district ``unit`` ("Ninh Phước (Ninh
    Thuận): …", "Huyện Đức Trọng: …"): the section a news site files the article under."""
    tag = _TAG.match(headline)
    return (
        unit.level is Level.DISTRICT
        and tag is not None
        and place_key(unit.name) in place_key(tag.group())
    )


#: A province named in passing, not as what the text speaks of: where a place lies or
#: whose it is ("đi đầu của tỉnh Thanh Hóa", "xã …, tỉnh Thanh Hóa"), who acted on it
#: ("được tỉnh Thanh Hóa hỗ trợ"); ``place_in_passing`` cues, or after the places it holds
#: ("xã Định Hòa, huyện Yên Định, tỉnh Thanh Hóa").
_IN_PASSING_BEFORE = re.compile(
    r"(?:" + cues().pattern("place_in_passing") + rf"|(?:{PLACE_PATTERN})\s*[,(-])\s*$"
)


def _is_tag_line(headline: str) -> bool:
    """Whether a text's first line is nothing but a province's name, the section a news site
    files the article under ("Thanh Hóa" over "Làng biển … đổi thay")."""
    place = leading_place_name(headline)
    return (
        place is not None
        and place.level is Level.PROVINCE
        and place_key(place.name) == place_key(headline.strip(" :-–|"))
    )


def _province_own_refs(text: str, start: int) -> int:
    """How often the body speaks of a province as its subject: bare ("toàn tỉnh", "tỉnh
    đã …") or named neither in passing nor as an agency acting."""
    count = len(_BARE_PROVINCE.findall(text, start))
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is None or place.level is not Level.PROVINCE:
            continue
        lo = max(start, m.start() - 60)
        if not (
            _AGENCY_BEFORE.search(text, lo, m.start())
            or _IN_PASSING_BEFORE.search(text, lo, m.start())
        ):
            count += 1
    return count


def _unit_of_body(text: str, headline: str, *, districts: bool = True) -> Place | None:
    """The one commune, else the one district, a news text's body reports on, when it speaks
    of it more than of the places above it (agencies acting for those do not count): the unit
    of an article filed under a province's tag ("Hà Tĩnh: …") about one district's communes,
    or about one commune ("Hòa Bình: Thêm một xã vùng cao về đích" over "Xã Tân Dân được
    công nhận …")."""
    start = text.find(headline) + len(headline)
    named: dict[Level, dict[str, Place]] = {Level.COMMUNE: {}, Level.DISTRICT: {}}
    refs: Counter[Level] = Counter()
    by_commune: Counter[str] = Counter()
    commune_end = -1  # where the last commune named ends
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is None or place.level not in _LEVEL_RANK:
            continue
        agency = _AGENCY_BEFORE.search(text, max(start, m.start() - 60), m.start())
        if place.level in named:
            named[place.level].setdefault(place_key(place.name), place)
        if place.level is Level.COMMUNE:
            # "UBND huyện X tổ chức lễ công bố xã Y": the district acts, the commune is reported
            by_commune[place_key(place.name)] += 1
            commune_end = m.end()
        elif place.level is Level.DISTRICT and _where_a_commune_lies(text, m.start(), commune_end):
            continue  # "xã Bình An, huyện Châu Thành", "Minh Hòa (huyện Châu Thành)": a location
        elif place.level is Level.DISTRICT or agency is None:
            refs[place.level] += 1
    refs[Level.DISTRICT] += len(_BARE_DISTRICT.findall(text, start))
    refs[Level.PROVINCE] += len(_BARE_PROVINCE.findall(text, start))
    several = _SEVERAL_UNITS.search(headline)
    if by_commune and (several is None or several.group().split()[0] == "1"):
        # one commune the body comes back to, others at most named in passing ("cùng với xã
        # Phúc Sạn, …"); not under a headline counting several ("Thêm 5 xã …")
        (top, top_refs), *others = by_commune.most_common()
        lead = next(iter(named[Level.COMMUNE]))
        switched = lead != top and _first_named_in_second_half(text, start, named, top, lead)
        if switched:
            # "Năm 2023, xã A được công nhận …" ⏎ "Trước đó, xã B … Xã B … Xã B …": the
            # commune the lead is about, not one the second half comes back to
            top, top_refs = lead, by_commune[lead]
        own = _name_refs(text, start, named[Level.COMMUNE][top].name, top_refs)
        own += len(_BARE_COMMUNE.findall(text, start))
        if (
            own >= 2
            and (switched or top_refs > sum(n for _, n in others))
            # the province a commune's article names more often, but only in passing
            # ("địa phương đi đầu của tỉnh Thanh Hóa"), is not what it reports on
            and own > min(refs[Level.PROVINCE], _province_own_refs(text, start))
            and own > _own_refs(text, start, named[Level.DISTRICT])
        ):
            return named[Level.COMMUNE][top]
    one = named[Level.DISTRICT]
    if districts and len(one) == 1 and refs[Level.DISTRICT] > refs[Level.PROVINCE] + 1:
        return next(iter(one.values()))
    return None


#: A ceremony of recognition a lead reports ("vừa tổ chức lễ đón nhận Bằng công nhận …",
#: "tổ chức lễ công bố xã A đạt chuẩn"): ``recognition_event`` cues.
_RECOGNITION_EVENT = re.compile(cues().pattern("recognition_event"))
#: How often the body must name the unit a lead's ceremony recognises: the lead and again.
EVENT_UNIT_REFS = 2


def _recognised_in_lead(text: str, headline: str) -> Place | None:
    """The commune or district a news text's lead (its first sentence after the headline)
    reports recognised at a ceremony: the one named after the ceremony ("UBND huyện A tổ
    chức lễ đón nhận bằng công nhận xã B …" → xã B), else the lowest one named before it and
    not as an agency acting ("Xã B, huyện A, tỉnh C long trọng tổ chức lễ đón nhận …" → xã B); when
    the body names it again and speaks of it more than of a province as its subject."""
    start = text.find(headline) + len(headline)
    lead = next((line for p, line in _body_lines(text) if p >= start), None)
    if lead is None:
        return None
    sentence = _SENTENCE.match(lead)
    first = sentence.group() if sentence is not None else lead
    event = _RECOGNITION_EVENT.search(first)
    if event is None:
        return None
    before: list[Place] = []
    after: list[Place] = []
    for m in _PLACE.finditer(first):
        place = _parse_place(m.group())
        if place is None or place.level not in (Level.COMMUNE, Level.DISTRICT):
            continue
        if m.start() >= event.end():
            after.append(place)
        elif not _AGENCY_BEFORE.search(first, max(0, m.start() - 60), m.start()):
            before.append(place)
    found = after[:1] or sorted(before, key=lambda p: _LEVEL_RANK[p.level] if p.level else 3)[:1]
    if not found:
        return None
    unit = found[0]
    own = _name_refs(text, start, unit.name, 1)
    if own < EVENT_UNIT_REFS or own <= _province_own_refs(text, start):
        return None
    return unit


def _first_named_in_second_half(
    text: str, start: int, named: dict[Level, dict[str, Place]], top: str, lead: str
) -> bool:
    """Whether the body names commune ``top`` first in its second half, and commune ``lead``
    (the first it names) in its first half."""
    middle = start + (len(text) - start) // 2

    def first_at(key: str) -> int:
        found = text.find(named[Level.COMMUNE][key].name, start)
        return found if found >= 0 else len(text)

    return first_at(lead) < middle <= first_at(top)


#: A district written as where the commune before it lies: in brackets, or after it and a comma.
_IN_BRACKETS_BEFORE = re.compile(r"\(\s*$")
_AFTER_COMMA = re.compile(r"\s*,\s*")


def _where_a_commune_lies(text: str, at: int, commune_end: int) -> bool:
    """Whether the district named at ``at`` only says where a commune lies ("Minh Hòa
    (huyện Châu Thành)", "xã Bình An, huyện Châu Thành"), not what the text reports on."""
    if _IN_BRACKETS_BEFORE.search(text, max(0, at - 3), at):
        return True
    return commune_end >= 0 and _AFTER_COMMA.fullmatch(text, commune_end, at) is not None


#: A prefix of a unit above a commune, whose name a commune may share ("huyện Yên Định").
_ABOVE_COMMUNE_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?))\s*$"
)


def _name_refs(text: str, start: int, name: str, prefixed: int) -> int:
    """How often the body names a commune, with its prefix (``prefixed``) or bare, as news
    goes on to ("Xã Định Hòa …" ⏎ "Người dân Định Hòa …"); the name of a district or a
    province it shares does not count."""
    bare = 0
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[start:]):
        if not _ABOVE_COMMUNE_BEFORE.search(
            text, max(start, start + m.start() - 12), start + m.start()
        ):
            bare += 1
    return max(prefixed, bare)


def _own_refs(text: str, start: int, places: dict[str, Place]) -> int:
    """How often the body names these places other than as an agency acting ("UBND huyện
    X tổ chức …"), or speaks of a district bare ("toàn huyện", "huyện đã …")."""
    count = len(_BARE_DISTRICT.findall(text, start))
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is None or place_key(place.name) not in places:
            continue
        if place.level is Level.DISTRICT and not _AGENCY_BEFORE.search(
            text, max(start, m.start() - 60), m.start()
        ):
            count += 1
    return count


#: How often a news text must speak of itself as a province ("toàn tỉnh", "tỉnh đã …") to
#: be the province's, whatever lower unit its first lines name.
PROVINCE_SELF_REFS = 2


def _province_speaks_past(text: str, lead: Place) -> bool:
    """Whether a news text whose first lines name a lower unit (``lead``) speaks of itself as
    a province, never naming it, more often than it comes back to that unit: the unit is an
    example the province's article opens with (a caption, a first case), not its subject."""
    if lead.level not in (Level.COMMUNE, Level.DISTRICT, Level.VILLAGE):
        return False
    if _self_level(text) is not Level.PROVINCE:
        return False
    own = len(_BARE_PROVINCE.findall(text)) + _province_subject_refs(text, lead)
    return own >= PROVINCE_SELF_REFS and own > _name_refs(text, 0, lead.name, 1)


def _province_subject_refs(text: str, lead: Place) -> int:
    """How many sentences open with the province of a lower unit (``lead``) bare as their
    subject ("Năm 2016, Nam Sơn có 57 xã …", "Hiện Nam Sơn đã …"): the province speaking of
    itself by name. For a district the province is the one the map puts it in (any, when
    the map does not know it or knows it in several)."""
    holding = (
        {place_key(name) for name in _district_provinces(lead.name)}
        if lead.level is Level.DISTRICT
        else set()
    )
    count = 0
    for m in _SUBJECT_START.finditer(text):
        place = leading_place_name(m.group("name"))
        if place is None or place.level is not Level.PROVINCE:
            continue
        if len(holding) == 1 and place_key(place.name) not in holding:
            continue
        count += 1
    return count


def _lead_unit(text: str) -> Place | None:
    """The first district, commune or province named in the text's first paragraph, unless
    it is one of several units a count names ("… trong đó có 4 tỉnh Nam Định, Đồng Nai, …")
    or the whole country is the paragraph's subject before it ("cả nước có …"): then the
    text is no one unit's."""
    # "TP Vĩnh Yên, 12/3/2021 - Sáng nay, …": the dateline's town is no unit
    lines = [(p, _after_dateline(line)) for p, line in _body_lines(text)[:2]]
    for _, line in lines:
        opening = place_at_line_start(line)
        if opening is not None and opening.level is not Level.VILLAGE:
            return opening  # "Nghệ An: Có thêm 16 xã …" run into its lead: the tag's province
        defined = _DEFINED_COMMUNE.match(line)
        if defined is not None:  # "Thanh Bình là xã cù lao thuộc huyện Vũng Liêm, …"
            name = " ".join(defined.group("name").split())
            return Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
        m = next(
            (
                m
                for m in _PLACE.finditer(line)
                if (p := _parse_place(m.group())) is not None and p.level is not Level.VILLAGE
            ),
            None,
        )
        if m is None:
            # "Đến hết năm 2023, Hà Tĩnh có 182/182 xã …": a province written bare opening a
            # clause of a lead that names no place with its prefix
            bare = _province_opening_clause(line, len(line))
            if bare is not None and not _NATIONAL_RE.search(line, 0, line.find(bare.name)):
                return bare
            continue
        if _COUNTED_UNITS_BEFORE.search(line, max(0, m.start() - 20), m.start()) or (
            _NATIONAL_RE.search(line, 0, m.start())
        ):
            return None
        found = _parse_place(m.group())
        if found is not None and found.level is Level.PROVINCE:
            recognised = _district_recognised(line, m)
            if recognised is not None:
                return recognised
        if (found is None or found.level is not Level.PROVINCE) and (
            _BARE_PROVINCE.search(line, 0, m.start())
            or _UNITS_LISTED_BEFORE.search(line, max(0, m.start() - 12), m.start())
        ):
            # "Năm 2021, toàn tỉnh có 145 xã đạt chuẩn. Các huyện A, B đã …": a province's lead,
            # the lower units it names listed as its own
            return None
        subject = _province_opening_clause(line, m.start()) or _province_as_subject(
            line[: m.start()]
        )
        if subject is not None:
            return subject  # "Hết năm 2019, Tuyên Quang dự kiến …, xã A đạt …": the province
        if (
            found is not None
            and found.level is Level.COMMUNE
            and _several_communes(" ".join(ln for _, ln in lines))
        ):
            # "Năm 2022, xã A đạt 15 tiêu chí, xã B đạt 14 tiêu chí. Toàn tỉnh X có …":
            # communes listed are the news of the place above them
            return _first_place(
                " ".join(ln for _, ln in lines), exclude={Level.VILLAGE, Level.COMMUNE}
            )
        return found
    return None


#: A province's people's committee right before its name ("UBND tỉnh", "giao Ủy ban nhân
#: dân tỉnh"): the province as the agency acting.
_COMMITTEE_BEFORE = re.compile(r"(?i:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+$")
#: What the province's committee is asked to do, or does, on a recognition: announce it or
#: hand over its decision ("… có trách nhiệm công bố", "… đã trao quyết định công nhận").
_ANNOUNCES_AFTER = re.compile(
    r"[\s,]*(?i:(?:có\s+trách\s+nhiệm|đã|vừa|sẽ|tổ\s+chức(?:\s+lễ)?)\s+)*"
    r"(?i:công\s+bố|trao\s+(?:tặng\s+)?quyết\s+định)(?!\w)"
)


def _district_recognised(line: str, province: re.Match[str]) -> Place | None:
    """The district a recognition news is about when its lead opens on the province's
    committee announcing it ("Thủ tướng giao UBND tỉnh X công bố …; chỉ đạo UBND huyện Y
    …", "UBND tỉnh X đã trao quyết định công nhận huyện Y đạt chuẩn …"): the province
    announces, the district is recognised; the first district the line names after it."""
    if not _COMMITTEE_BEFORE.search(line, max(0, province.start() - 30), province.start()):
        return None
    if not _ANNOUNCES_AFTER.match(line, province.end()):
        return None
    for m in _PLACE.finditer(line, province.end()):
        place = _parse_place(m.group())
        if place is not None and place.level is Level.DISTRICT:
            return place
    return None


#: Where a clause of a lead line opens, after a lead-in ("Hết năm 2019, ", "Theo đó, ").
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s+)")


def _province_opening_clause(line: str, before: int) -> Place | None:
    """A province written bare opening a clause of the line before ``before`` ("Hết năm
    2019, Tuyên Quang dự kiến …"): the subject of the lead, whatever it names after it."""
    for m in _CLAUSE_OPENING.finditer(line, 0, before):
        place = leading_place_name(line[m.end() : before])
        if place is not None and place.level is Level.PROVINCE:
            return place
    return None


#: A count of communes, then their names: "3 xã được công nhận đợt này là: xã A (huyện X),
#: B (huyện Y) và C (huyện Z)".
_COMMUNES_COUNTED = re.compile(
    r"(?<![\d.,/])(?P<n>\d{1,2})\s+(?i:xã)(?!\w)[^.\n:;]{0,60}?(?i:là|gồm)(?!\w)\s*:?\s*"
)
#: One commune of such a list, or a paragraph opening on a commune with its district in
#: brackets ("Tây Giang (Tiền Hải) là …", "Xã Minh Lãng (huyện Vũ Thư) cũng …").
_COMMUNE_WITH_DISTRICT = re.compile(
    rf"[\W\d_]*(?:(?i:xã)\s+)?(?P<name>{NAME_PATTERN})\s*\(\s*"
    rf"(?:(?i:huyện|thị\s+xã|thành\s+phố|TP\.?)\s+)?(?P<district>{NAME_PATTERN})\s*\)"
)
_LIST_JOINT = re.compile(r"\s*(?:,|;|(?i:và))\s*")


def _commune_in(name: str, district: str) -> Place | None:
    """The commune ``name`` when the map has one of that name in ``district``."""
    place = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
    return place if resolve_place(place, district=district).code is not None else None


def _subject_communes(text: str, headline: str | None) -> tuple[Place, ...]:
    """The communes a news text is about one by one, when it is about two or more: those a
    count lists by name with their districts ("3 xã được công nhận là: xã A (huyện X), B
    (huyện Y) và C (huyện Z)"), or those its paragraphs open with, the first paragraph
    among them ("Tây Giang (Tiền Hải) là …" ⏎ … ⏎ "Xã Minh Lãng (Vũ Thư) cũng …"). Not
    under a headline speaking of a whole province or district ("toàn tỉnh có thêm 6 xã")."""
    for m in _SELF_REFERENCE.finditer(headline or ""):
        if _SELF_LEVEL[" ".join(m.group("level").lower().split())] is not Level.COMMUNE:
            return ()
    for counted in _COMMUNES_COUNTED.finditer(text):
        found: list[Place] = []
        pos = counted.end()
        while (item := _COMMUNE_WITH_DISTRICT.match(text, pos)) is not None:
            commune = _commune_in(" ".join(item.group("name").split()), item.group("district"))
            if commune is None:
                break
            found.append(commune)
            joint = _LIST_JOINT.match(text, item.end())
            if joint is None:
                break
            pos = joint.end()
        if len(found) == int(counted.group("n")) >= 2:
            return tuple(found)
    openings: list[Place] = []
    for i, (_, line) in enumerate(_body_lines(text)):
        opening = _COMMUNE_WITH_DISTRICT.match(line)
        commune = (
            _commune_in(" ".join(opening.group("name").split()), opening.group("district"))
            if opening
            else None
        )
        if commune is None:
            if i == 0:
                return ()
            continue
        if all(place_key(p.name) != place_key(commune.name) for p in openings):
            openings.append(commune)
    return tuple(openings) if len(openings) >= 2 else ()


#: A recognition given to the unit named right after: "công nhận huyện A, tỉnh X đạt chuẩn".
_RECOGNISED_BEFORE = re.compile(r"(?i:công\s+nhận)(?:\s+(?i:cho))?\s+$")


def _recognised_districts(text: str) -> tuple[Place, ...]:
    """The district-level units a news lead says are recognised, when it says so of two or
    more ("Thủ tướng vừa công nhận thành phố A, tỉnh X hoàn thành nhiệm vụ … Đồng thời, công
    nhận huyện B, tỉnh X đạt chuẩn …"): the text is about them all."""
    lead = _body_lines(text)[:1]
    if not lead:
        return ()
    start, line = lead[0]
    found: list[Place] = []
    for m in _PLACE.finditer(line):
        place = _parse_place(m.group())
        if (
            place is not None
            and place.level is Level.DISTRICT
            and _RECOGNISED_BEFORE.search(line, max(0, m.start() - 20), m.start())
            and all(place_key(p.name) != place_key(place.name) for p in found)
        ):
            found.append(place)
    return tuple(found) if len(found) >= 2 else ()


def _several_communes(text: str) -> bool:
    """Whether a text names two communes or more (by name, each once or more)."""
    names = {
        place_key(p.name)
        for p in (_parse_place(m.group()) for m in _PLACE.finditer(text))
        if p is not None and p.level is Level.COMMUNE
    }
    return len(names) > 1


#: A paragraph opening by saying what its bare-named subject is: "Thanh Bình là xã cù lao
#: thuộc huyện …", "Tân Lập là một xã miền núi …".
_DEFINED_COMMUNE = re.compile(
    rf"[\W\d_]*(?P<name>{NAME_PATTERN})\s+(?i:là)\s+(?i:(?:một|1)\s+)?(?i:xã)(?!\w)"
)
#: A count of units right before the first of their names: "4 tỉnh Nam Định, …", "có 3 xã".
_COUNTED_UNITS_BEFORE = re.compile(r"(?<![\d.,/])\d{1,3}\s+$")
#: Units listed, not spoken of one by one: "các huyện Yên Dũng, Lạng Giang", "những xã A, B".
_UNITS_LISTED_BEFORE = re.compile(r"(?i:(?<!\w)(?:các|những))\s+$")
_NATIONAL_RE = re.compile(NATIONAL_PATTERN)


_PROVINCE_AFTER = re.compile(r"\s*(?:,\s*|\(\s*)(?:(?i:tỉnh|thành\s+phố|TP\.?)\s+)?")


#: The district written right after a commune: "xã Tân Lập, huyện Đan Phượng", "xã Phú Lộc
#: (huyện Krông Năng)", "xã An Bình - thị xã Dĩ An".
_DISTRICT_AFTER = re.compile(
    r"\s*(?:,|\(|[-–])?\s*(?P<place>(?i:huyện|thị\s+xã|quận|thành\s+phố)\s+"
    rf"{NAME_PATTERN})"
)


def _district_after(text: str, unit: Place) -> str | None:
    """The name of the district written right after the commune ``unit`` in ``text``, which
    tells the commune among the many of its name."""
    for m in re.finditer(re.escape(unit.written), text):
        after = _DISTRICT_AFTER.match(text, m.end())
        if after is None:
            continue
        district = _parse_place(after.group("place"))
        if district is not None and district.level is Level.DISTRICT:
            return district.name
    return None


def _district_holding(text: str, unit: Place) -> str | None:
    """The first district the text names anywhere with its prefix that the map has the
    commune ``unit`` in ("UBND huyện Đồng Phú tổ chức lễ công bố xã Tân Phước …")."""
    for place in _units_above(text):
        if place.level is not Level.DISTRICT:
            continue
        if resolve_place(unit, district=place.name).code is not None:
            return place.name
    return None


def _headline_district(headline: str | None) -> str | None:
    """The one district a headline names ("HĐND huyện Thới Bình giám sát … tại xã Tân Phú")."""
    names = set()
    for m in _PLACE.finditer(headline or ""):
        place = _parse_place(m.group())
        if place is not None and place.level is Level.DISTRICT:
            names.add(place.name)
    return names.pop() if len(names) == 1 else None


def _news_province(text: str, headline: str | None, unit: Place | None) -> Place | None:
    """A news text's province: the unit itself when it is one; the province written right
    after the unit ("huyện Mỏ Cày Nam, tỉnh Bến Tre", "huyện Hoà Vang (Đà Nẵng)"); the
    province the headline opens with ("Hòa Bình: …"); the one the unit resolves to (a commune
    with the district written after it or named in the headline, which tells it among the
    many of its name); the one the headline names; else the one most mentioned, else the one
    the places resolve to."""
    if unit is not None and unit.level is Level.PROVINCE:
        return unit
    if unit is not None:
        for m in re.finditer(re.escape(unit.written), text):
            after = _PROVINCE_AFTER.match(text, m.end())
            if after is None:
                continue
            named = leading_place_name(text[after.end() : after.end() + 40])
            if named is not None and named.level is Level.PROVINCE:
                return named
        lead = leading_place_name(headline) if headline else None
        if lead is not None and lead.level is Level.PROVINCE:
            # "Hòa Bình: …", "Hòa Bình thêm một xã …" over one commune: the headline's
            # province, which a commune's name alone (dozens share it) cannot tell
            return lead
        named = _province(
            "", None, text[text.find(headline) + len(headline) :] if headline else text
        )
        if named is not None and _holds(named, unit):
            # a lower unit lies in the province the text names ("Tỉnh Quảng Trị …, xã Triệu
            # Phước …"), whatever other province holds a unit of its name
            return named
        district = (
            _district_after(text, unit)
            or _headline_district(headline)
            or _district_holding(text, unit)
            if unit.level is Level.COMMUNE
            else None
        )
        if district is None and unit.level is Level.COMMUNE:
            bracketed = _province_of_bracketed_commune(text, unit)
            if bracketed is not None:  # "Xã Long Hòa (Bình Đại): …"
                return bracketed
        resolved = resolve_place(unit, district=district)
        if district is None and unit.level is Level.COMMUNE:
            # "… xã Tân Phước …, tỉnh Bình Phước": a province the text names that the map
            # has the commune in tells it among the many of its name
            for above in _units_above(text):
                if above.level is Level.PROVINCE and resolve_place(unit, province=above.name).code:
                    return above
        if district is not None and not resolved.province:
            resolved = resolve_place(unit)
        if resolved.province:  # "huyện Diễn Châu" is in Nghệ An, whatever else the text names
            return place_named(resolved.province)
    if headline:
        for m in _PLACE.finditer(headline):
            place = _parse_place(m.group())
            if place is not None and place.level is Level.PROVINCE:
                return place
        leading = leading_place_name(headline)
        if leading is not None and leading.level is Level.PROVINCE:
            return leading
    return (
        _province("", None, text)
        or _province_as_subject(text)
        or _province_of_places(text)
        or _province_named_bare(text)
        or _province_by_counts(text)
        or _province_of_bare_districts(text)
        or _province_of_bracketed_districts(text)[0]
    )


def _province_of_bare_districts(text: str) -> Place | None:
    """The province of a text that speaks of itself as one ("toàn tỉnh …") and names it
    nowhere, from the districts it names without their prefix ("Có 1 huyện (Đơn Dương) …",
    "Đơn Dương cũng là …"): the one province that holds a district of every such name (a
    name unique in the country, or names whose provinces have one in common); None when
    they disagree or name no district."""
    if _self_level(text) is not Level.PROVINCE:
        return None
    prefixed = [(m.start(), m.end()) for m in _PLACE.finditer(text)]
    common: set[str] | None = None
    for m in _NAME.finditer(text):
        if not m.group()[:1].isalpha() or any(a <= m.start() < b for a, b in prefixed):
            continue  # a number ("Quận 5"), or a name written with its prefix
        provinces = _district_provinces(m.group())
        if provinces:
            common = set(provinces) if common is None else common & provinces
    if not common or len(common) != 1:
        return None
    return place_named(common.pop())


#: A list of communes written bare after their count or "các xã": "12 xã: A 15/19 tiêu chí,
#: B, C 12/19 tiêu chí", "các xã A, B và C" (to the sentence's end).
_COMMUNE_LIST = re.compile(
    r"(?i:(?<![\w.,/])\d{1,3}\s+xã|các\s+xã|những\s+xã)[^.:;\n]{0,60}?:?\s+(?P<items>[^.;\n]+)"
)
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?i:và)\s+")
_ITEM_NAME = re.compile(NAME_PATTERN)
#: What a listed commune's name is followed by: its count ("14/19 tiêu chí", "12 tiêu chí").
_ITEM_COUNT = re.compile(r"\s+\d.*$")
#: How many bare communes a list must name, and what share of them one district must hold,
#: for the list to tell that district.
LISTED_COMMUNES = 3
LISTED_SHARE = 0.8


def _district_of_listed_communes(text: str) -> Place | None:
    """The district of a portal page that lists its communes by bare name, never writing its
    own ("… cho 9 xã: Ngọc Sơn 14/19 tiêu chí, Hà Lâm 10/19 tiêu chí, …"): the one district
    the map has (nearly) all of them in (at least LISTED_COMMUNES named, LISTED_SHARE of them);
    None when the text names a district with its prefix, or the names are spread."""
    for m in _PLACE.finditer(text):
        place = _parse_place(m.group())
        if place is not None and place.level in (Level.DISTRICT, Level.PROVINCE):
            return None
    names: list[str] = []
    for m in _COMMUNE_LIST.finditer(text):
        for item in _LIST_SPLIT.split(m.group("items")):
            lead = _ITEM_NAME.match(_ITEM_COUNT.sub("", item.strip()))
            if lead is not None and lead.group()[:1].isupper():
                names.append(" ".join(lead.group().split()))
    names = list(dict.fromkeys(names))
    if len(names) < LISTED_COMMUNES:
        return None
    counts: Counter[tuple[str, str]] = Counter()
    for name in names:
        counts.update(commune_homes(name))
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [(("", ""), 0)]
    if n < LISTED_COMMUNES or n < LISTED_SHARE * len(names) or rest[0][1] == n:
        return None
    return district_place(*best)


#: A commune with its district in brackets, no prefix: "xã Tân Định (Bàu Bàng)", "Phú An
#: (Bến Cát)".
_BARE_DISTRICT_IN_BRACKETS = re.compile(
    rf"(?P<commune>{NAME_PATTERN})[ \t]*\([ \t]*(?P<district>{NAME_PATTERN})[ \t]*\)"
)


def _bracketed_district_provinces(commune: str, district: str) -> frozenset[str]:
    """The provinces that have a district named ``district`` holding a commune named
    ``commune``; when no commune of that name is on the map (renamed, numbered since), the
    one province with a district of that name."""
    key = place_key(district)
    found = frozenset(p for d, p in commune_homes(commune) if d == key)
    if found:
        return found
    provinces = district_provinces(district)
    return provinces if len(provinces) == 1 and not commune_homes(commune) else frozenset()


def _bracketed_districts(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each commune written with its district bare in brackets, as (commune, district,
    the provinces that have both)."""
    out = []
    for m in _BARE_DISTRICT_IN_BRACKETS.finditer(text):
        commune = " ".join(m.group("commune").split())
        split = _parse_place(commune)
        if split is not None:
            if split.level is not Level.COMMUNE:
                continue
            commune = split.name
        district = " ".join(m.group("district").split())
        named = place_named(district)
        if named is not None and named.level is Level.PROVINCE:
            continue  # "xã X (Bến Tre)": the province, read elsewhere
        provinces = _bracketed_district_provinces(commune, district)
        if provinces:
            out.append((commune, district, provinces))
    return out


def _province_of_bracketed_commune(text: str, unit: Place) -> Place | None:
    """The province of a commune unit written with its district bare in brackets ("Xã Long
    Hòa (Bình Đại)"): the one province with such a district holding such a commune."""
    for commune, _, provinces in _bracketed_districts(text):
        if place_key(commune) == place_key(unit.name) and len(provinces) == 1:
            return place_named(next(iter(provinces)))
    return None


def _province_of_bracketed_districts(text: str) -> tuple[Place | None, int]:
    """The one province every commune written with its district in brackets lies in ("Nhân
    Hòa (Bình Giang), Cao Xá (Cẩm Giàng)"), and how many districts they name; None when they
    disagree."""
    common: set[str] | None = None
    districts = set()
    for _, district, provinces in _bracketed_districts(text):
        common = set(provinces) if common is None else common & provinces
        districts.add(place_key(district))
    if not common or len(common) != 1:
        return None, 0
    return place_named(common.pop()), len(districts)


def _unit_of_bare_communes(text: str) -> Place | None:
    """The unit of a text naming its communes bare, no unit of its own: the district its
    listed communes lie in, else the province of communes written with their districts in
    brackets when they lie in two districts or more ("Nhân Hòa (Bình Giang), Cao Xá (Cẩm
    Giàng)": the province's news). The brackets come first: a list whose first communes
    share one district ("Phú Lộc, Mỹ Lộc (Tam Bình) và Long Mỹ (Mang Thít)") is the
    province's examples when its brackets name two districts or more."""
    province, districts = _province_of_bracketed_districts(text)
    if province is not None and districts >= 2:
        return province
    return _district_of_listed_communes(text)


def _district_provinces(name: str) -> frozenset[str]:
    """The provinces that hold a district named as ``name`` opens (its longest leading
    run of words that the map has as a district), none for a province's name."""
    words = name.split()
    for n in range(min(len(words), 4), 0, -1):
        head = " ".join(words[:n])
        named = place_named(head)
        if named is not None and named.level is Level.PROVINCE:
            return frozenset()
        found = district_provinces(head)
        if found:
            return found
    return frozenset()


#: A province written bare as the subject of a sentence: "Hòa Bình đã huy động …", "Năm
#: 2022, Hòa Bình có thêm 8 xã …" (a text cut from mid-article names its province so).
_SUBJECT_START = re.compile(
    r"(?:^|(?<=[.!?;])[ \t]+)[ \t*_\-–•+]*(?:(?i:năm|đến\s+nay|hiện\s+nay)[^,.;:\n]{0,20},\s*"
    # "Tuy vậy Nghệ An vẫn …", "Hiện Nghệ An có …": a connective before the subject
    r"|(?i:tuy\s+vậy|tuy\s+nhiên|hiện\s+nay|hiện|đến\s+nay|nhờ\s+đó|qua\s+đó)\s+)?"
    rf"(?P<name>{NAME_PATTERN})\s+"
    r"(?=(?i:(?:đã|đang|hiện|có|đạt|tiếp\s+tục|cũng|vẫn|luôn|phấn\s+đấu|huy\s+động|là)(?!\w)))",
    re.MULTILINE,
)


def _province_as_subject(text: str) -> Place | None:
    """The province a text names bare at the start of its sentences ("Hòa Bình đã …"), the
    one it names so most often."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _SUBJECT_START.finditer(text):
        place = leading_place_name(m.group("name"))
        if place is None or place.level is not Level.PROVINCE:
            continue
        counts[place_key(place.name)] += 1
        first.setdefault(place_key(place.name), place)
    return first[counts.most_common(1)[0][0]] if counts else None


#: "73/129 xã", "10/10 huyện", "Tổng số đơn vị cấp huyện … là 10/10": totals a text states.
_XA_TOTAL = re.compile(r"(?<![\d.,/])\d{1,3}\s*/\s*(?P<n>\d{1,3})\s+(?i:xã)(?!\w)")
_DISTRICT_TOTAL = re.compile(
    r"(?<![\d.,/])\d{1,2}\s*/\s*(?P<n>\d{1,2})\s+(?i:(?:đơn\s+vị\s+cấp\s+)?huyện)(?!\w)"
    r"|(?i:đơn\s+vị\s+cấp\s+huyện|số\s+huyện)[^.;\d]{0,80}?(?<![\d.,/])\d{1,2}\s*/\s*"
    r"(?P<n2>\d{1,2})(?![\d/])"
)


def _province_by_counts(text: str) -> Place | None:
    """The province a text that speaks of itself as one ("toàn tỉnh", "trên địa bàn tỉnh")
    but never names is, by the totals it states: the one province of the map whose rural
    communes (xã) number the largest "K/N xã" total and whose districts number the district
    total ("73/129 xã", "10/10 đơn vị cấp huyện" → Hòa Bình). Both totals must be stated and
    fit one province alone: a total alone, or counts of an earlier map (boundaries moved in
    2019-2021), match no province or several, and the text keeps no province."""
    if _self_level(text) is not Level.PROVINCE:
        return None
    xa = [int(m.group("n")) for m in _XA_TOTAL.finditer(text)]
    districts = [int(m.group("n") or m.group("n2")) for m in _DISTRICT_TOTAL.finditer(text)]
    if not xa or not districts:
        return None
    n, d = max(xa), max(districts)
    fits = [
        c
        for c in denominators(map=MAP_PRE2025)
        if c.level == str(Level.PROVINCE) and c.xa == n and c.districts == d
    ]
    return place_named(fits[0].region_name) if len(fits) == 1 else None


def _province_of_places(text: str) -> Place | None:
    """The province most of the text's districts resolve to, for a text that speaks of its
    province only as "toàn tỉnh" ("TP Việt Trì", "thị xã Phú Thọ" → tỉnh Phú Thọ)."""
    counts: Counter[str] = Counter()
    for m in _PLACE.finditer(text):
        place = _parse_place(m.group())
        if place is None or place.level is not Level.DISTRICT:
            continue
        resolved = resolve_place(place)
        if resolved.province:
            counts[resolved.province] += 1
    if not counts:
        return None
    return place_named(counts.most_common(1)[0][0])


#: A date printed with its time: "26/11/2022 10:05", "10/04/2019 - 14:44".
_TIMED_DATE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})\s*(?:[-|,]\s*)?\d{1,2}[:h]\d{2}"
)
#: A site's clock printed before the date: "09:12:45 21/01/2016", "14:05 | 03/08/2020".
_CLOCK_DATE = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-|,]\s*)?(?i:ngày\s+)?"
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
#: 15/08/2022", "Cập nhật lúc 10:20 ngày 15/08/2022", "15-08-2022".
_DATE_LINE = re.compile(
    r"^[ \t*_]*(?:(?i:ngày\s+)?(?i:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?i:lúc|ngày))?\s*:?\s*)?"
    r"(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*,?\s*)?(?:(?i:ngày)\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
    r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}[^\n]{0,20})?[ \t*_]*$",
    re.MULTILINE,
)
#: How far from the top a date line may be.
DATE_LINE_CHARS = 600
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
#: "Quyết định số … ngày …").
_TITLE_END_DATE = re.compile(
    r"^(?P<head>[^\n]*\w[^\n]*?)[ \t]+[-–|,(]?[ \t]*(?:(?i:ngày)\s+)?"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})\)?[ \t*_.]*$",
    re.MULTILINE,
)
_NOT_A_BYLINE = re.compile(
    r"(?i:(?<!\w)(?:đến|tới|hết|từ|trước|sau|cuối|kể\s+từ)(?:\s+(?:hết\s+)?ngày)?[\s(]*$"
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
    dates = []
    searches = (
        (_WEEKDAY_DATE, HEADER_CHARS),
        (_TIMED_DATE, HEADER_CHARS),
        (_CLOCK_DATE, DATE_LINE_CHARS),
        (_DATE_LINE, DATE_LINE_CHARS),
        (_WORDED_DATE_LINE, DATE_LINE_CHARS),
        (_BROADCAST_DATE_LINE, DATE_LINE_CHARS),
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
    latest = max((y for y in _years_stated(text) if y), default=None)
    if latest is not None:
        lag = 2 if _opens_undated_present(text) else 1
        # "20/02/2024 08:55" alone on the first line, no weekday: the article's own stamp,
        # kept even when its figures are of years before ("đến cuối năm 2022")
        stamp = _first_line_stamp(text)
        dates = [d for d in dates if int(d[:4]) <= latest + lag or d == stamp]
    return min(dates) if dates else None


#: The first line of a saved article when it is only its date and time, no weekday:
#: "20/02/2024 08:55", "5-3-2023 14:20".
_STAMP_LINE = re.compile(
    r"[ \t*_]*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*[-|,]?\s*"
    r"\d{1,2}[:h]\d{2}(?::\d{2})?[ \t*_]*$"
)


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
    r"(?i:sáng|trưa|chiều|tối|ngày|hôm\s+(?:nay|qua))\s*(?:\(\s*)?(?:ngày\s+)?"
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


# -- the period a text speaks of --------------------------------------------------------------

_PERIOD_RE = re.compile(PERIOD_PATTERN)
# (an ellipsis closing a list ends the sentence when a capital opens the next: "… tín
# dụng… Riêng năm 2016, …")
_SENTENCE = re.compile(rf"[^\n]+?(?:[.!?;](?=\s)|…(?=\s+[{UPPER}])|$)", re.MULTILINE)
#: A date inside a sentence ("ngày 13 tháng 5 năm 2021", "ngày 29/4/2021") is an event.
_DAY_BEFORE = re.compile(r"(?i:ngày\s+\d{1,2}\s*(?:/\s*)?)$")
#: A plan's horizon, a vision or a party term written before a year ("lập quy hoạch đến năm
#: 2030", "tầm nhìn đến năm 2050", "nhiệm kỳ 2020 - 2025"), or a vision after it ("đến năm
#: 2030, tầm nhìn …"): no time the text states anything at (``horizon``, ``vision`` cues).
_HORIZON_BEFORE_YEAR = re.compile(
    "(?:" + cues().pattern("horizon") + "|" + cues().pattern("vision") + r")[^\d.;:,]{0,20}$"
)
_VISION_AFTER_YEAR = re.compile(r"\s*,?\s*" + cues().pattern("vision"))


def _horizon(sentence: str, start: int, end: int) -> bool:
    """Whether the period at ``sentence[start:end]`` is a plan's horizon, a vision's or a
    party term (see ``_HORIZON_BEFORE_YEAR``), which dates nothing of the text."""
    return (
        _HORIZON_BEFORE_YEAR.search(sentence[max(0, start - 40) : start]) is not None
        or _VISION_AFTER_YEAR.match(sentence, end) is not None
    )


#: A span that names a programme or a criteria set, not the time of a statement.
#: A plan or roadmap the span names ("40 xã nằm trong lộ trình … giai đoạn 2016-2020": which
#: communes; ``plan_span`` cues) is no time either.
_NAMED_SPAN = re.compile(
    rf"(?i:bộ\s+tiêu\s+chí|chương\s+trình|đề\s+án|{cues().pattern('plan_span')})[^.;:]{{0,80}}$"
)
#: A standard or criteria set named by any period: "Bộ tiêu chí quốc gia ban hành năm 2009",
#: "theo chuẩn nghèo áp dụng cho giai đoạn 2021-2025" (``standard_phase`` cues).
_CRITERIA_SET_BEFORE = re.compile("(?:" + cues().pattern("standard_phase") + r")[^.;:,\d]{0,40}$")
#: "Nhân kỷ niệm 88 năm … (18/11/1930 - 18/11/2018)": the anniversary falls in the year of
#: writing.
_ANNIVERSARY = re.compile(
    r"(?i:kỷ\s+niệm)[^()]{0,200}\(\s*\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s*[-–]\s*"
    r"\d{1,2}/\d{1,2}/((?:19|20)\d{2})\s*\)"
)
#: "Đến hết ngày 30/6", "hết tháng 6", "6 tháng đầu năm" with no year: the first half of the
#: year of writing.
_MID_YEAR = re.compile(
    r"(?i:(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+30\s*/\s*0?6|tháng\s+0?6)(?![\d/])"
    r"|(?:6|sáu)\s+tháng\s+đầu\s+năm(?!\s*(?:nay\s+)?\d))"
)
#: "9 tháng đầu năm", "Chín tháng năm nay" with no year: the months so far of the year of
#: writing.
_MONTHS_SO_FAR = re.compile(
    r"(?i:(?<!\w)((?:[3-9]|1[01]|ba|chín)\s+tháng)\s+(?:đầu\s+)?năm(?:\s+nay)?(?!\s*\d))"
)


#: The end of a year a forecast is made for ("Hết năm 2019, … dự kiến …", "ước đến cuối năm
#: 2022 …"): estimates, unlike targets ("phấn đấu đến hết năm 2025"), are of the year they
#: are made in.
_END_OF_YEAR = re.compile(r"(?i:(?<!\w)(?:hết|cuối)\s+)$")
_ESTIMATE = re.compile(cues().pattern("estimate"))


#: "phấn đấu đến năm 2025", "trở thành thị xã vào năm 2025": a horizon says nothing of the
#: year of writing, unlike a plan for the year ("Năm 2019, tỉnh có 12 xã đăng ký …").
_HORIZON_BEFORE = re.compile(r"(?i:(?:đến|tới|vào|trước|sau)\s+)$")


#: A plan for one year, which a text is written in: communes registered for it, the year's
#: plan, or the year opening the sentence ("Năm 2019, tỉnh có 12 xã đăng ký …").
#: "Xã đang phấn đấu đạt chuẩn … trong năm 2023": a goal being worked on, within its year.
_YEAR_PLAN = re.compile(r"(?i:đăng\s+ký|kế\s+hoạch\s+năm|(?<!\w)đang\s+phấn\s+đấu)")
_OPENS_WITH = re.compile(r"\W*(?i:trong\s+)?$")
# "Riêng năm 2016, cả nước huy động …": a statement singling out its year opens with it too
# (a goal so opened is no plan of the year: "Riêng năm 2016, xã quyết tâm …"), and so does a
# lead naming the results of its span ("Kết quả giai đoạn năm 2016-2019 …, toàn tỉnh đã huy
# động …": ``result_lead`` cues).
_OPENS_SINGLED = re.compile(
    r"\W*(?:(?:" + cues().pattern("result_lead") + r")\s+(?i:(?:giai\s+đoạn|thời\s+kỳ)\s+)?)?"
    r"(?i:riêng\s+)?(?i:trong\s+)?$"
)


def _goal_in(sentence: str) -> bool:
    return any(
        is_goal_word(sentence, m.start(), m.end())
        for m in re.finditer(cues().pattern("goal"), sentence)
    )


def _stated_before_goal(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` heads a figure stated before the sentence
    turns to a goal ("Tính đến hết tháng 9/2024, toàn tỉnh có 100 xã, phấn đấu đến cuối năm
    …"), unlike a date the goal itself is for ("Tính đến hết năm 2025, tỉnh phấn đấu …")."""
    goals = [
        m.start()
        for m in re.finditer(cues().pattern("goal"), sentence)
        if is_goal_word(sentence, m.start(), m.end())
    ]
    return (
        bool(goals)
        and goals[0] > end
        and re.search(r"\d", sentence[end : goals[0]]) is not None
        and _AS_OF_BEFORE.search(sentence[max(0, start - 30) : start]) is not None
    )


#: What introduces a date a figure is stated at: "Tính đến hết …", a clause opening "Hết
#: năm 2019, …"; not a date inside a plan's clause ("ưu tiên 6 xã điểm cuối năm 2021").
_AS_OF_BEFORE = re.compile(
    r"(?i:(?:^\W*|[,;:]\s*|(?<!\w)(?:đến|tới)\s+)(?:(?:hết|cuối)\s+)?(?:ngày\s+)?)$"
)


def report_period(period: str) -> str:
    """A state's period as a report writes its own: a state at the end of June is the first
    half ("2017-M06" → "2017-H1"), at the end of March or September the quarter or the nine
    months, any other month the year; years, spans and halves as they are."""
    m = re.fullmatch(r"((?:19|20)\d{2})-M(\d{2})", period)
    if m is None:
        return period
    year, month = m.group(1), int(m.group(2))
    return {6: f"{year}-H1", 3: f"{year}-Q1", 9: f"{year}-M01-09"}.get(month, year)


#: The old value of a change: "giảm từ 6,4% năm 2012 xuống …", "từ 18 triệu đồng (năm
#: 2012) lên …", "từ chỗ mỗi xã chỉ đạt 2 tiêu chí năm 2010, đến nay …" — a base, not the
#: present.
#: How far before a year its change's "từ …" may be written.
FROM_VALUE_REACH = 70
_FROM_VALUE = re.compile(
    r"(?i:(?<!\w)từ\s+(?:mức\s+|chỗ\s+[^\d.;:]{0,40}?)?\d[\d.,]*[^\d.;:]{0,30}?\(?\s*)$"
)
#: "Từ đầu năm 2024, …": since the start of the year the text is written in.
_SINCE_NEW_YEAR = re.compile(r"(?i:(?<!\w)từ\s+đầu\s+)$")
#: A state date with nothing but "đến" before it ("Đến năm 2016, cả 11 xã …") is a step of a
#: timeline; "tính đến", "đến hết", "đến cuối" date the text's own present.
_BARE_UNTIL = re.compile(r"(?i:(?<!\w)(?<!tính\s)(?:đến|tới)\s+(?:ngày\s+\d{1,2}\s*/\s*)?)$")
#: "Đến đầu năm 2019, thu nhập đạt …": a state reached at the start of a year is of that year
#: (a present of the text, unlike "Năm 2016, xã được công nhận …" before it).
_UNTIL_YEAR_START = re.compile(r"(?i:(?<!\w)(?:tính\s+)?(?:đến|tới)\s+đầu\s+)$")
#: A period whose match holds its own "(tính) đến": "Đến 30/6/2023", "Tính đến 31/12/2022",
#: "Tại thời điểm 31/12/2021" (a state taken on that day, as "tính đến" dates it).
_UNTIL_IN_PERIOD = re.compile(
    r"(?i:(?:(?P<how>tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?"
    r"|(?P<at>(?:tại|vào)\s+thời\s+điểm\s+))(?P<end>(?:hết|cuối)\s+)?(?:ngày\s+)?\d)"
)
#: A run of months from January: "9 tháng năm 2024", "6 tháng đầu năm 2016".
_MONTHS_TO_DATE = re.compile(r"(?i:^\S+\s+tháng\s+(?:đầu\s+)?năm)")
#: Words that speak of an undated present after a dated year: "Đến nay, …", "hiện nay".
_STILL_NOW = re.compile(cues().pattern("until_now"))
#: A turn from an earlier year or phase to the present within a sentence: "…, nhưng hiện nay
#: …", "… thì nay …" (``then_now`` cues).
_THEN_NOW = re.compile(cues().pattern("then_now"))
#: Words that speak of an undated present after a dated sentence: "Đến nay, …", "Năm nay".
_UNDATED_PRESENT = re.compile(cues().pattern("until_now") + r"|(?i:(?<!\w)năm\s+nay(?!\w))")
#: A sentence giving a state for the phase of a programme it names: "Thực hiện Chương trình
#: … giai đoạn 2021-2025, toàn tỉnh có 80% số xã đạt chuẩn" (``phase_opening`` cues, then a
#: figure after the span).
_PHASE_OPENING = re.compile(r"\W*" + cues().pattern("phase_opening"))
#: A sentence opening on a programme named up to its span ("Chương trình MTQG xây dựng NTM
#: giai đoạn ") and the goals it sets right after the span ("… 2021-2025 đặt mục tiêu").
_PROGRAMME_OPENING = re.compile(r"\W*(?i:chương\s+trình|đề\s+án|kế\s+hoạch)[^.;:\d]{0,100}$")
_GOAL_UNDER_WAY = re.compile(
    cues().pattern("goal_under_way") + r"[^.;:]{0,80}?(?i:trong)\s+(?:(?i:năm)\s+)?$"
)
_PROGRAMME_GOAL = re.compile(r"\s*,?\s*" + cues().pattern("programme_goal"))
_FIGURE = re.compile(r"\d")
#: The last year a programme's starting point is stated at: the 2010 baseline survey, the
#: first year of the programme (QĐ 800/QĐ-TTg, 2010; communes began in 2011).
BASELINE_YEAR = 2011
_BASELINE = re.compile(cues().pattern("baseline"))
#: How many sentences open a text (its headline and lead), where a phase is the text's.
LEAD_SENTENCES = 3


_QUARTER = re.compile(r"((?:19|20)\d{2})-Q([1-4])")


@dataclass(frozen=True)
class _Dated:
    """A period written in a sentence, and what it does there (see :func:`_dated`)."""

    period: str
    role: str  # "present", "step", "opener", "plain", "goal", "remaining", "base", "hint",
    # "phase", "programme"
    at: int  # where it is written in the text
    end: int  # where its sentence ends


def _dated(text: str) -> list[_Dated]:
    """Every period a text writes that can say when the text is, with its role: the present
    it dates ("Tính đến hết năm 2020", "9 tháng năm 2024", "Từ đầu năm 2024"), a step of a
    timeline ("Đến năm 2016"), a sentence opening with its year ("Năm 2019, toàn tỉnh …"),
    any other statement's date, a goal, a goal for the rest of a year, a comparison base or a
    hint at the year (a base of the same period a year before, "so với cùng kỳ năm 2019", or
    a month). A start ("Từ năm 2011"), the old value of a change, a decision's year, an
    event's day and a programme's span date nothing of the text and are left out."""
    out: list[_Dated] = []
    opening = 0  # sentences read so far, page furniture left out
    # the latest year the sentence just before sets a goal for, and where it ends
    goal_before: tuple[int, int] | None = None
    in_goal = False  # the sentence just before is a goal's clause ending on a semicolon
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence):
            continue
        opening += 1
        goal = _goal_in(sentence) or _PLAN_OPENING.match(sentence) is not None
        aimed = (
            goal_before[0]
            if goal_before is not None and "\n" not in text[goal_before[1] : sm.start()]
            else None
        )
        # a clause after a semicolon goes on with its sentence's goal
        goal_before = (aimed, sm.end()) if aimed and in_goal else None
        in_goal = False
        if goal:
            years = [
                period_end_year(p) or 0
                for p in map(parse_period, _PERIOD_RE.findall(sentence))
                if p
            ]
            goal_before = (max(years), sm.end()) if years else None
        in_goal = goal_before is not None and sentence.rstrip().endswith(";")
        for m in _PERIOD_RE.finditer(sentence):
            period = parse_period(m.group())
            before = sentence[max(0, m.start() - 12) : m.start()]
            if (
                period is None
                or _DAY_BEFORE.search(before)
                or _horizon(sentence, m.start(), m.end())
                or names_a_document(sentence, m.start())
                or _CRITERIA_SET_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()])
                or _FROM_VALUE.search(sentence[max(0, m.start() - FROM_VALUE_REACH) : m.start()])
                or (is_start(sentence, m.start()) and not _SINCE_NEW_YEAR.search(before))
            ):
                continue
            role = "plain"
            if runs_to_a_day(m.group()):
                # "từ năm 2011 đến hết tháng 6/2019, thành phố đã huy động …": the text
                # reports from the span's last day, on its year (not a half of it)
                role, period = "present", str(period_years(period)[1])
            elif _SINCE_NEW_YEAR.search(before) and "-" not in period:
                role = "present"
            elif is_comparison_base(sentence, m.start()):
                cue = sentence[max(0, m.start() - 30) : m.start()]
                if "-M" in period:  # "so với tháng 3/2016": the text is of 2016
                    role, period = "hint", period[:4]
                elif re.search(r"(?i:cùng\s+(?:kỳ|thời\s+điểm))", cue) or (
                    "-" not in period and _YEAR_END_BASE.search(cue)
                ):  # a year before; "tăng 620 xã so với cuối năm 2018": the year after it
                    role, period = "hint", str((period_end_year(period) or 0) + 1)
                else:
                    role = "base"
            elif "-" not in period and _GOAL_UNDER_WAY.search(sentence[: m.start()]):
                # a goal worked for now in a year ("xã đang phấn đấu đạt chuẩn nâng cao trong
                # năm 2023"): the text is written in that year, like the rest of a year's
                role, period = "remaining", period[:4]
            elif goal and not (
                (is_state_date(sentence, m.start()) or _MONTHS_TO_DATE.match(m.group()))
                and _stated_before_goal(sentence, m.start(), m.end())
            ):
                if re.search(r"(?i:tháng\s+cuối)", m.group()):
                    role, period = "remaining", period[:4]
                elif (
                    "-" not in period and _END_OF_YEAR.search(before) and _ESTIMATE.search(sentence)
                ):
                    # "Hết năm 2019, tỉnh dự kiến thêm 7 xã …", "ước đến cuối năm 2022 …": a
                    # forecast for the end of a year is made in that year
                    role = "remaining"
                elif (
                    "-" not in period
                    and not _HORIZON_BEFORE.search(before)
                    and (_YEAR_PLAN.search(sentence) or _OPENS_WITH.match(sentence[: m.start()]))
                ):
                    role = "goal"
                elif (
                    opening <= LEAD_SENTENCES
                    and _PROGRAMME_OPENING.match(sentence[: m.start()])
                    and _PROGRAMME_GOAL.match(sentence, m.end())
                ):
                    # "Chương trình MTQG … giai đoạn 2021-2025 đặt mục tiêu …" opening a text:
                    # the programme is its subject, its span the text's when nothing else is
                    role = "programme"
                else:
                    continue
            elif is_state_date(sentence, m.start()) or _UNTIL_YEAR_START.search(before):
                bare = _BARE_UNTIL.search(sentence[max(0, m.start() - 30) : m.start()])
                role = "step" if bare else "present"
            elif (until := _UNTIL_IN_PERIOD.match(m.group())) is not None:
                # "Đến 30/6/2023, cả nước có …": the state date written with its "đến"
                dated = until.group("how") or until.group("end") or until.group("at")
                role = "present" if dated else "step"
            elif _MONTHS_TO_DATE.match(m.group()) and "-H2" not in period:
                role = "present"
            elif _NAMED_SPAN.search(sentence[: m.start()]) and "-" in period:
                if not (
                    opening <= LEAD_SENTENCES
                    and _PHASE_OPENING.match(sentence)
                    and _FIGURE.search(sentence, m.end())
                ):
                    continue
                role = "phase"  # the programme's phase the text's lead gives a state for
            elif _OPENS_SINGLED.match(sentence[: m.start()]) and not _in_brackets(text, sm.start()):
                # (not a part listed in brackets after a semicolon: "… 2.100 tỷ đồng
                # (giai đoạn 2011-2015: 700 tỷ đồng; giai đoạn 2016-2020: …)")
                role = "opener"
            if role in ("opener", "plain") and _THEN_NOW.search(sentence, m.end()):
                # "Giai đoạn 2016-2020, tiêu chí chỉ xét hộ nghèo, nhưng hiện nay …", "Nếu năm
                # 2015 … thì nay …": the year or phase the sentence turns from to the present
                # is recalled, no present of the text
                continue
            if (
                role in ("opener", "plain")
                and (period_end_year(period) or 0) <= BASELINE_YEAR
                and _BASELINE.search(sentence)
            ):
                # "Năm 2010, huyện mới đạt 5,1 tiêu chí/xã": where the programme started from
                role = "base"
            if (
                role in ("present", "step")
                and aimed is not None
                and period_years(period)[0] > aimed
            ):
                # "Đến năm 2020, tỉnh phấn đấu có … Đến hết năm 2025, toàn tỉnh có …": a state
                # later than the goal just set goes on with the goals, no present of the text
                continue
            if role in ("present", "step") and (q := _QUARTER.fullmatch(period)):
                # "Đến cuối quý II/2022": a state at the quarter's end, its last month's
                period = f"{q.group(1)}-M{3 * int(q.group(2)):02d}"
            if role in ("present", "step", "opener"):
                period = report_period(period)
            out.append(_Dated(period, role, sm.start() + m.start(), sm.end()))
        for m in _MISTYPED_SPAN.finditer(sentence):
            repaired = _repaired_span(m)
            if repaired is not None:
                out.append(_Dated(repaired, "plain", sm.start() + m.start(), sm.end()))
        _join_phases(out, sm.start())
    return sorted(out, key=lambda d: d.at)


#: A sentence that opens by saying what the plan is: "Theo kế hoạch đến hết năm 2020, toàn
#: tỉnh có 56 xã …", "Và theo kế hoạch thì …" (a plan's figures, not the text's present).
_PLAN_OPENING = re.compile(r"[\W\d_]*(?i:(?:và|còn)\s+)?(?i:theo\s+kế\s+hoạch)(?!\s+(?:số|vốn))")
#: A span whose first year lost a digit: "giai đoạn từ 206-2018" (2016-2018).
_MISTYPED_SPAN = re.compile(
    r"(?i:(?<!\w)(?:giai\s+đoạn|thời\s+kỳ)\s+(?:từ\s+)?(?:năm\s+)?)"
    r"(?P<first>2\d{2})\s*[-–]\s*(?P<last>(?:19|20)\d{2})(?!\d)"
)


def _repaired_span(m: re.Match[str]) -> str | None:
    """The span a mistyped one stands for: the one year the first can be with a digit put
    back that falls in the programme's years before the last ("206-2018" → 2016-2018, not
    2006 nor 2060); None when no year or several fit."""
    written, last = m.group("first"), int(m.group("last"))
    years = {
        int(written[:i] + digit + written[i:])
        for i in range(1, len(written) + 1)
        for digit in "0123456789"
    }
    fits = [y for y in years if EARLIEST_REPORT_YEAR <= y < last]
    return f"{fits[0]}-{last}" if len(fits) == 1 else None


def _join_phases(out: list[_Dated], sentence: int) -> None:
    """A sentence opening with a span and going on with the span after it ("Giai đoạn
    2011-2015 có 5 xã …, giai đoạn 2016-2020 có thêm 10 xã …") opens with both: its present
    is the later one's end, not the first's."""
    mine = [i for i, d in enumerate(out) if d.at >= sentence]
    if not mine or out[mine[0]].role != "opener":
        return
    opener = out[mine[0]]
    if not re.fullmatch(r"\d{4}-\d{4}", opener.period):
        return
    start, end = period_years(opener.period)
    for i in mine[1:]:
        d = out[i]
        if d.role == "plain" and re.fullmatch(r"\d{4}-\d{4}", d.period):
            a, b = period_years(d.period)
            if a == end + 1:
                end = b
    if f"{start}-{end}" != opener.period:
        out[mine[0]] = _Dated(f"{start}-{end}", opener.role, opener.at, opener.end)


def _document_period(text: str, headline: str | None, labelled: str | None = None) -> str | None:
    """The period a text without a dated title speaks of, by the first rule that finds one:

    1. the headline's period ("… đạt chuẩn NTM năm 2017");
    2. the latest present the text dates: a state reached ("Tính đến hết tháng 6-2017" →
       2017-H1, the year 2017 unless the text is on the half: :func:`_year_unless_half_year`;
       "đến cuối năm 2018"; "từ năm 2011 đến hết tháng 6/2019" → 2019), the months so far
       ("9 tháng năm 2024"), a sentence opening with its year ("Năm 2016, toàn tỉnh có …")
       — none after the text was printed, which is a goal. A text that goes on to an
       undated present ("Năm 2013, xã được chọn làm điểm. Đến nay, …") or whose latest
       step is a bare "Đến năm 2016" of a timeline has its present undated: the year printed
       when known, else no period;
    3. a goal for the rest of a year ("Trong 2 tháng cuối năm 2021, … phấn đấu") — the text
       is written in that year;
    4. the first period written that is no goal, no comparison base, no start, no event
       date and no decision's or programme's name ("Trong giai đoạn 2011-2015, tỉnh … đã có
       28 xã"), nor one its sentence goes on from to an undated present ("còn nợ 1 tiêu
       chí trong năm 2016, đến nay …": history);
    5. weaker clues to the year of writing: the year printed, a goal for one year, a
       comparison with the same period a year before or with a month, an anniversary.

    A text that prints no year of its own may still say its present: the year between its
    last completed year and a forecast two years on (:func:`_year_after_last_stated`, and
    :func:`_year_after_base` for a comparison base), the year a framing sentence or a plan
    paragraph gives its undated "đến nay" (:func:`_framed_year`,
    :func:`_plan_year_of_present`). An article printed two years or more after the last year
    it states, opening a sentence with an undated "Hiện …", is of the year printed
    (:func:`_present_long_after`).

    A state at the end of a span written before it is of that span ("1. Kết quả … giai đoạn
    2016 - 2020" ⏎ "Tính đến cuối năm 2020, …" → 2016-2020): a plan for 2021-2025 reports
    the period it reviews. A headline's year after every state the text dates, in a text
    printed that year, is the occasion it is printed on, not its data's ("… bước vào năm
    2023 …" over "Tính đến hết năm 2022, …" → 2022)."""
    dated = _dated(text)
    printed = _publication_date(text) or labelled
    now = _year_of_writing(text) or (int(labelled[:4]) if labelled else None)
    reporting = headline is not None and _REPORT_HEADLINE.match(headline) is not None
    period = _title_period(headline, printed, headline=not reporting) if headline else None
    if period is not None and headline is not None:
        body = [d for d in dated if d.at >= text.find(headline) + len(headline)]
        if not _occasion(period, body, now):
            return report_period(period)
        dated = body  # the occasion dates nothing of the text's data
    if now is not None:  # a present after the year of writing is a goal
        dated = [d for d in dated if period_years(d.period)[0] <= now or d.role == "base"]
    present = [d for d in dated if d.role in ("present", "step", "opener")]
    if present:
        money_end = _money_span(text, present)
        if money_end is not None:
            return money_end
        plain = [d for d in dated if d.role == "plain"]
        found = _present_period(text, present, plain, now, printed)
        if now is not None:
            found = _present_long_after(text, found, now) or found
        else:  # a text that prints no year of its own
            found = _year_after_last_stated(text, dated, found) or found
            if found is None:
                found = _framed_year(text, dated) or _plan_year_of_present(text)
        return found
    plan = _plan_period(text)
    if plan is not None:
        return plan
    raised = _money_only_since(text, now)
    if raised is not None:
        return raised
    ahead = _opening_goal_year(text, now)
    if ahead is not None:
        return ahead
    if now is not None and _lead_states_now(text, headline):
        # "Cập nhật … 13/09/2019" ⏎ "…, đến nay, toàn tỉnh đã có 90/116 xã …": the state the
        # lead gives at the time of writing, whatever spans the text goes on to
        return str(now)
    by_role: dict[str, list[str]] = {}
    for d in dated:
        by_role.setdefault(d.role, []).append(d.period)
    if "remaining" in by_role:
        return by_role["remaining"][0]
    # a year inside a sentence may be an achievement ("được công nhận đạt chuẩn năm 2023")
    # as well as an event: unlike a year opening one, an undated present after it is not later
    plain = [d for d in dated if d.role == "plain"]
    if now is not None:  # "Năm 2000, xã … được công nhận …" in a text of 2018 is history
        plain = [d for d in plain if (period_end_year(d.period) or 0) >= now - 2]
    # "… còn nợ tiêu chí môi trường trong năm 2016, đến nay xã đạt 19/19": a year its
    # sentence goes on from to an undated present is history, not the text's present
    plain = [d for d in plain if _STILL_NOW.search(text, d.at, d.end) is None]
    goals = [int(d.period) for d in dated if d.role == "goal" and d.period.isdigit()]
    if now is None and plain and goals and max(goals) > max(_end_years(plain)):
        # "… đạt chuẩn nâng cao trong năm 2022. … xã đang phấn đấu đạt chuẩn trong năm
        # 2023": a text with no date of its own is written in the year it works toward,
        # after every year it states as done
        return str(max(goals))
    if plain:
        found = report_period(_chained(plain))
        return (_present_long_after(text, found, now) if now is not None else None) or found
    # the year the text was printed in beats a goal's year ("Năm 2023, tỉnh phấn đấu …" in
    # an article of November 2022 is next year's plan)
    year: str | None = str(now) if now else _headline_this_year(text, headline)
    if year is None:
        year = _year_after_base(text, dated)
    if year is None and "phase" in by_role:
        # a text that writes no year of its own, whose lead gives a state for a programme's
        # phase ("Thực hiện Chương trình … giai đoạn 2021-2025, toàn tỉnh có 80% …"): its
        # states are the phase's
        return by_role["phase"][0]
    if year is None and "programme" in by_role:
        return by_role["programme"][0]  # a text on a programme's goals for its span
    if year is None and "goal" in by_role:
        year = by_role["goal"][0][:4]
    elif year is None and "hint" in by_role:
        year = by_role["hint"][0]
    if year and _MID_YEAR.search(text):
        return f"{year}-H1"
    so_far = _MONTHS_SO_FAR.search(text) if year else None
    if so_far:
        return parse_period(f"{so_far.group(1)} năm {year}") or year
    return year


#: Results stated to the end of June: "tính đến hết tháng 6", "đến 30/6/2022", "6 tháng đầu
#: năm nay" (the year, when written, in ``y``).
_TO_END_OF_JUNE = re.compile(
    r"(?i:(?<!\w)(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:30\s*/\s*0?6|tháng\s+0?6)"
    r"(?:\s*[/-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
    r"|(?<!\w)(?:6|sáu)\s+tháng\s+đầu\s+năm(?:\s+(?:nay|(?P<y2>(?:19|20)\d{2})))?(?!\s*\d))"
)
#: A later month the text states results to: "đến hết tháng 9", "đến 31/10", "9 tháng đầu năm".
_LATER_MONTH = re.compile(
    r"(?i:(?<!\w)(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?"
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
    opening = 0
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence):
            continue
        opening += 1
        if _TO_END_OF_JUNE.search(sentence) and _HALF_GAIN.search(sentence):
            return period  # "đến tháng 6/2019, toàn tỉnh có thêm 4 xã …": the half's gain
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
#: 6-2016, toàn tỉnh …", "Theo Sở, đến hết tháng 6/2021, …" (a comma closes it).
_OPENING_TIME_CLOSED = re.compile(r"\s*,")


def _opens_on_end_of_june(text: str, period: str) -> bool:
    """Whether the first time the text states is the end of June of ``period``'s year, the
    time its lead opens on ("Tính đến tháng 6-2016, toàn tỉnh đã có 18 xã …", "Đến
    30/6/2021, huyện có …"): the text's present, so a news text is on the first half (the
    shared gold's decision: half-year news is ``-H1``), with no later month or year's end
    written. A text that dates something earlier first ("Năm 2012, xã A đạt chuẩn. Tính
    đến hết tháng 6-2018, …") or states the end of June mid-sentence, as one figure's
    time, is not (spanJ: such figures are the year's)."""
    year = period[:4]
    later = [m for m in _LATER_MONTH.finditer(text) if (m.group("y") or year) >= year]
    if later:
        return False
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence):
            continue
        june = _TO_END_OF_JUNE.search(sentence)
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


#: The text speaking of its present without a date: "xã đang …", "hiện nay", "năm nay".
_PRESENT_WORD = re.compile(r"(?i:(?<!\w)(?:đang|hiện(?:\s+nay|\s+tại)?|năm\s+nay)(?!\w))")


def _goal_year_of_present(text: str) -> str | None:
    """The year of an undated commune text whose only years are its goals' ("Để về đích
    năm 2016, xã đang … Trong năm 2015, xã quyết tâm làm thêm 3 tiêu chí"), when it speaks of
    its present ("đang", "hiện nay", "năm nay"): the nearest goal's year, the one being
    worked on; None when any year is written outside a goal or no present is spoken of."""
    if _PRESENT_WORD.search(text) is None:
        return None
    years: list[int] = []
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        found = [int(m.group(1)) for m in _ANY_YEAR.finditer(sentence)]
        if not found:
            continue
        if not _goal_in(sentence):
            return None
        years += found
    return str(min(years)) if years else None


#: How many sentences of the body (after the headline) make its lead.
LEAD_NOW_SENTENCES = 2
#: A figure of a state: "90/116 xã", "77,5%", "12 xã".
_STATE_FIGURE = re.compile(r"\d")


def _lead_states_now(text: str, headline: str | None) -> bool:
    """Whether the text's lead states a figure as of now without dating it ("Thực hiện …,
    đến nay, toàn tỉnh đã có 90/116 xã đạt chuẩn …"): its first sentences after the headline
    (page furniture left out) say "đến nay"/"hiện nay" before a figure and write no period."""
    start = text.find(headline) + len(headline) if headline else 0
    seen = 0
    for sm in _SENTENCE.finditer(text, start):
        sentence = sm.group()
        if not sentence.strip() or _FURNITURE.match(sentence):
            continue
        seen += 1
        if seen > LEAD_NOW_SENTENCES:
            return False
        now = _STILL_NOW.search(sentence)
        if now is None or _goal_in(sentence):
            continue
        if any(parse_period(p.group()) for p in _PERIOD_RE.finditer(sentence)):
            return False
        if _STATE_FIGURE.search(sentence, now.end()):
            return True
    return False


#: "Năm nay, …": this year, which a text says without writing it.
_THIS_YEAR_WORD = re.compile(r"(?i:(?<!\w)năm\s+nay(?!\w))")


def _headline_this_year(text: str, headline: str | None) -> str | None:
    """The year "năm nay" means in a text that writes its year only in its headline, be it
    a goal's ("Thành phố phấn đấu hoàn thành giải ngân … trong tháng 11/2015" over "Năm nay,
    tổng vốn … là 2.485 triệu đồng" → 2015): a month or a year of the headline, not a span."""
    if not headline or _THIS_YEAR_WORD.search(text) is None:
        return None
    for m in _PERIOD_RE.finditer(headline):
        if is_start(headline, m.start()) or is_comparison_base(headline, m.start()):
            continue
        period = parse_period(m.group())
        if period is None:
            continue
        first, last = period_years(period)
        if first == last:
            return str(last)
    return None


#: A plan or its amendment named in a text's opening lines: "Kế hoạch xây dựng nông thôn mới
#: giai đoạn 2021-2025", "Về việc điều chỉnh, bổ sung Kế hoạch … năm 2023".
_PLAN_TITLE = re.compile(r"(?i:(?<!\w)kế\s+hoạch(?!\s+số)(?!\w))")
#: A line that runs on as a sentence, not a title or heading.
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
#: How many of a text's first non-empty lines may name the plan it is.
PLAN_TITLE_LINES = 6


#: "(tính) từ năm 2016 đến nay": money raised since a year, up to the time of writing.
_SINCE_YEAR = re.compile(r"(?i:(?<!\w)từ\s+năm\s+((?:19|20)\d{2})\s+(?:đến|tới)\s+nay(?!\w))")
#: A figure other than money: units counted, criteria, a share.
_OTHER_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:/\s*\d+\s*)?(?:%|(?i:xã|huyện|tiêu\s+chí|thôn|hộ|km|công\s+trình)(?!\w))"
)


def _money_only_since(text: str, now: int | None) -> str | None:
    """The span of a text stating nothing but money raised since a year ("tính từ năm 2016
    đến nay, thành phố đã huy động hơn 39.772 tỷ đồng. Trong đó, …" printed in 2019 →
    2016-2019): the years its only figures cover. None when it states any other figure (a
    state is of the present: the year printed) or money since more than one year."""
    if now is None or _OTHER_FIGURE.search(text):
        return None
    starts: set[int] = set()
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if MONEY_AMOUNT.search(sentence):
            starts.update(int(m.group(1)) for m in _SINCE_YEAR.finditer(sentence))
    if len(starts) != 1:
        return None
    first = starts.pop()
    return f"{first}-{now}" if first < now else None


def _opening_goal_year(text: str, now: int | None) -> str | None:
    """The year of the goals a text opens with, written before that year and stating no
    present of its own ("Tỉnh An Giang đặt mục tiêu phấn đấu có thêm 9 xã đạt chuẩn … vào năm
    2022" printed in December 2021): news relaying a plan is on the plan's year. None when
    its first sentence with a figure states no goal ("Toàn tỉnh có 45 xã đạt chuẩn. Năm 2023,
    tỉnh phấn đấu …" is on the year printed), or none for one year after ``now``."""
    if now is None:
        return None
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence) or not _FIGURE.search(sentence):
            continue
        # the first sentence stating a figure: a goal, or the text states what is first
        if not _goal_in(sentence):
            return None
        years = {parse_period(m.group()) for m in _PERIOD_RE.finditer(sentence)}
        ahead = {y for y in years if y and y.isdigit() and int(y) > now}
        return ahead.pop() if len(ahead) == 1 and len(years) == 1 else None
    return None


def _plan_period(text: str) -> str | None:
    """The span or year of the plan a text is (or amends), named in its opening lines, for a
    text that states no present of its own (a plan reviewing a past period is dated by that
    period, rule 2 of :func:`_document_period`): its goals are of the plan's period."""
    seen = 0
    for _pos, line in _lines(text[:HEADER_CHARS]):
        if not line.strip() or _FURNITURE.match(line.strip()):
            continue
        seen += 1
        if seen > PLAN_TITLE_LINES:
            return None
        plan = _PLAN_TITLE.search(line)
        if plan is None:
            continue
        for m in _PERIOD_RE.finditer(line, plan.end()):
            if names_a_document(line, m.start()) or is_start(line, m.start()):
                continue
            period = parse_period(m.group())
            if period is None:
                continue
            if "-" in period and _SENTENCE_END.search(line.strip()):
                # "Theo kế hoạch giai đoạn 2021-2025, tỉnh phấn đấu …": a horizon in a lead
                # sentence, not the plan the text is; a plan for one year ("Theo kế hoạch,
                # năm 2017 toàn tỉnh phấn đấu …") dates the text it is written in
                return None
            return period
    return None


#: "Từ đầu năm (đến nay)": this year so far, before an undated present.
_SO_FAR_BEFORE = re.compile(r"(?i:từ\s+đầu\s+năm\s*)$")


def _data_of_last_year(
    text: str, undated: re.Match[str], latest: int, now: int | None, printed: str | None
) -> bool:
    """Whether an undated present after a year a text dates is still that year: the text is
    printed in the first half of the next year (:func:`_present_period`)."""
    if now is None or now != latest + 1 or printed is None or len(printed) < 7:
        return False
    if int(printed[5:7]) > 6 or undated.group().lower().startswith("năm"):
        return False  # "năm nay": this year
    return _SO_FAR_BEFORE.search(text, max(0, undated.start() - 20), undated.start()) is None


def _occasion(period: str, dated: list[_Dated], now: int | None) -> bool:
    """Whether a headline's year is the occasion a text is printed on rather than its data's:
    one year, the year printed (when known), after the latest state the text dates or opens
    a sentence with ("Tính đến hết năm 2022" under "… bước vào năm 2023 …")."""
    if not re.fullmatch(r"\d{4}", period) or (now is not None and int(period) != now):
        return False
    states = [period_end_year(d.period) or 0 for d in dated if d.role in ("present", "opener")]
    return bool(states) and max(states) < int(period)


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` lies inside brackets opened earlier on its line."""
    line = text.rfind("\n", 0, at) + 1
    return text.count("(", line, at) > text.count(")", line, at)


def _money_span(text: str, present: list[_Dated]) -> str | None:
    """The one span a text without a dated title opens its sentences with, when that span is
    the time money was raised or spent over ("Giai đoạn 2017-2020, xã huy động 120 tỷ
    đồng"): the span is the money's period (FACTS.md: funding is a flow) and, as for any
    text reviewing results over a span it writes, the text's own (its undated states are of
    the span's last year; README "Decisions", a review's period). A span opening a statement
    of anything else, two spans, or a present dated otherwise leave the rule to
    :func:`_present_period`."""
    if any(d.role != "opener" for d in present):
        return None
    spans = {d.period for d in present}
    if len(spans) != 1:
        return None
    (span,) = spans
    if not re.fullmatch(r"\d{4}-\d{4}", span):
        return None
    if any(MONEY_AMOUNT.search(text, d.at, d.end) is None for d in present):
        return None
    return span


def _end_years(dated: list[_Dated]) -> list[int]:
    """The last year of each period dated."""
    return [period_end_year(d.period) or 0 for d in dated]


def _chained(plain: list[_Dated]) -> str:
    """The first period a text writes, or the spans it goes on with one after the other
    joined ("giai đoạn 2011-2015 có 3 xã …, giai đoạn 2016-2020 có 11 xã …" → 2011-2020: a
    text reviewing both phases is on both)."""
    first = plain[0].period
    if not re.fullmatch(r"\d{4}-\d{4}", first):
        return first
    start, end = period_years(first)
    for d in plain[1:]:
        if not re.fullmatch(r"\d{4}-\d{4}", d.period):
            continue
        a, b = period_years(d.period)
        if a == end + 1:
            end = b
    return f"{start}-{end}"


def _present_period(
    text: str,
    present: list[_Dated],
    plain: list[_Dated],
    now: int | None,
    printed: str | None = None,
) -> str | None:
    """The text's present among the dates it states its present at (rule 2 of
    :func:`_document_period`). A text printed in the first half of the year after the one
    it dates ("Năm 2022, …. Đến nay, …" printed in February 2023) speaks of that year's
    data: its undated present is still that year's, unless it says this year so far ("từ
    đầu năm đến nay")."""
    latest = max(period_end_year(d.period) or 0 for d in present)
    last = [d for d in present if period_end_year(d.period) == latest]
    if not any(d.role == "present" for d in last):
        steps = {period_end_year(d.period) for d in present if d.role == "step"}
        undated = _UNDATED_PRESENT.search(text, max(d.end for d in last))
        if (
            undated is not None
            and _STILL_NOW.search(undated.group()) is None
            and any(
                (period_end_year(p.period) or 0) > latest and p.at < undated.start() for p in plain
            )
        ):
            # "… công nhận thêm 10 xã năm 2016 … được công nhận năm nay …" (but "… còn nợ 1
            # tiêu chí trong năm 2016, đến nay …" runs past that year too: still undated)
            undated = None
        if undated is not None and _data_of_last_year(text, undated, latest, now, printed):
            undated = None
        if undated is not None or (all(d.role == "step" for d in last) and len(steps) > 1):
            # "Năm 2013, xã được chọn làm điểm. Đến nay, …", "Đến tháng 6/2015 … Đến năm 2017
            # …": a timeline whose present is later and undated but by the year printed
            return str(now) if now is not None and now >= latest else None
    parts = [d.period for d in last if "-H" in d.period or "-Q" in d.period or "-M" in d.period]
    if parts:
        return parts[0]
    # "1. Kết quả … giai đoạn 2016 - 2020" ⏎ "Tính đến cuối năm 2020, …": the span reviewed;
    # a span the text opens with stays ("Giai đoạn 2011-2020, toàn huyện có …, trong đó … ở
    # giai đoạn 2016-2020": the whole, not its second phase)
    opened = [d.period for d in last if re.fullmatch(r"\d{4}-\d{4}", d.period)]
    if opened:
        return opened[0]
    spans = [p.period for p in plain if "-" in p.period and period_end_year(p.period) == latest]
    return spans[0] if spans else last[0].period


#: A sentence framing the year it opens with as the text's own: "Năm 2016 là năm thứ 5 thực
#: hiện …", "Năm 2015, đánh dấu chặng đường …" (``year_framing`` cues).
_FRAMED_YEAR = re.compile(
    r"\s*(?i:năm)\s+(?P<y>(?:19|20)\d{2})\s*,?\s*(?:" + cues().pattern("year_framing") + ")"
)
#: A sentence opening with a plan or goal for one year: "Theo kế hoạch năm 2017, …", "Theo
#: mục tiêu đề ra trong năm 2016, …" (``plan_year`` cues).
_PLAN_YEAR_OPENING = re.compile(
    r"[\W\d_]*(?:"
    + cues().pattern("plan_year")
    + r")[^.;:\d\n]{0,25}?(?i:năm)\s+(?P<y>(?:19|20)\d{2})(?![\d/-])"
)


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


def _present_long_after(text: str, found: str | None, now: int) -> str | None:
    """The present of an article printed two years or more after the last year it states
    ("Tính đến cuối năm 2022, huyện A …" in an article of 2024) that opens a sentence with
    the present undated ("Hiện thu nhập của huyện B đạt …"): the year it is printed in, the
    dated state being the sibling's past."""
    if found is None or not re.fullmatch(r"\d{4}", found) or now < int(found) + 2:
        return None
    return str(now) if _opens_undated_present(text) else None


def _year_after_last_stated(text: str, dated: list[_Dated], found: str | None) -> str | None:
    """The present of a text that prints no year of its own, when it goes on from the last
    year it states completed ("Đến hết năm 2017 có 30/90 xã đạt chuẩn") to an undated
    present ("Đến nay có 40 xã …") and writes a later year only as a forecast two years on
    ("dự kiến năm 2019 …"): the year between, 2018, not the completed one carried forward.
    Nothing when the text says "năm nay" or writes the year between anywhere."""
    if found is None or not re.fullmatch(r"\d{4}", found) or _THIS_YEAR_WORD.search(text):
        return None
    year = int(found)
    last = [d for d in dated if d.role == "present" and d.period == found]
    if not last or _STILL_NOW.search(text, max(d.end for d in last)) is None:
        return None
    return str(year + 1) if _forecast_two_on(text, year) else None


def _year_after_base(text: str, dated: list[_Dated]) -> str | None:
    """The present of a text that prints no year of its own and dates nothing but a
    comparison base ("tăng 5 triệu đồng so với năm 2019") and a goal two years on ("phấn
    đấu cuối năm 2021 …"): the year between, as for :func:`_year_after_last_stated`."""
    if not dated or any(d.role != "base" for d in dated) or _THIS_YEAR_WORD.search(text):
        return None
    years = {period_end_year(d.period) for d in dated}
    if len(years) != 1 or None in years:
        return None
    year = years.pop() or 0
    return str(year + 1) if _forecast_two_on(text, year) else None


def _forecast_two_on(text: str, year: int) -> bool:
    """Whether every year the text writes after ``year`` is a goal's, none of them the year
    after it, and one is two years on ("dự kiến năm 2019" after "hết năm 2017")."""
    forecast = False
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        for m in _PERIOD_RE.finditer(sentence):
            period = parse_period(m.group())
            if period is None:
                continue
            first, end = period_years(period)
            if end <= year or ("-" in period and first <= year):
                continue  # a state before, or the programme's span
            if first == year + 1 or not _goal_in(sentence):
                return False  # the year between written, or a later year stated as done
            forecast = forecast or first == year + 2
    return forecast


def _framed_year(text: str, dated: list[_Dated]) -> str | None:
    """The year a text that prints no year of its own frames as its own in a sentence
    opening with it ("Năm 2016 là năm thứ 5 thực hiện …"), followed by an undated present
    ("Tính đến nay, …"), when the text states no later year but as a goal."""
    for sm in _SENTENCE.finditer(text):
        m = _FRAMED_YEAR.match(sm.group())
        if m is None:
            continue
        year = int(m.group("y"))
        if _STILL_NOW.search(text, sm.end()) is None:
            return None
        if any(
            (period_end_year(d.period) or 0) > year
            for d in dated
            if d.role in ("present", "step", "opener", "plain")
        ):
            return None
        return str(year)
    return None


def _plan_year_of_present(text: str) -> str | None:
    """The year of a plan or goal a paragraph opens with ("Theo kế hoạch năm 2017, …"), for
    a text that prints no year of its own and whose paragraph goes on to an undated present
    ("Đến nay, cả 6 xã đều chưa đạt"): the present the plan is checked at."""
    for line in text.splitlines():
        opened: str | None = None
        for sm in _SENTENCE.finditer(line):
            sentence = sm.group()
            m = _PLAN_YEAR_OPENING.match(sentence)
            if m is not None:
                opened = m.group("y")
                continue
            if (
                opened is not None
                and _STILL_NOW.search(sentence)
                and not _goal_in(sentence)
                and not any(parse_period(p.group()) for p in _PERIOD_RE.finditer(sentence))
            ):
                return opened
    return None


#: A full date of the event a news lead reports: "Sáng 20/10/2021, …", "Ngày 5 tháng 3 năm
#: 2022, …" (a sentence opening with it).
_LEAD_EVENT = re.compile(
    r"(?:^|(?<=[.!?]\s))[ \t]*(?i:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)"
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y>(?:19|20)\d{2})"
    r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+(?P<y2>(?:19|20)\d{2}))\s*,",
    re.MULTILINE,
)
#: How far into a text its lead may report an event.
LEAD_EVENT_CHARS = 800


def _year_of_writing(text: str) -> int | None:
    """The year a text was written in, when it says so in passing: the date a news site
    printed, an anniversary celebrated ("kỷ niệm 88 năm … (18/11/1930 - 18/11/2018)"), or
    the full date of the event its lead reports."""
    published = _publication_date(text)
    if published:
        return int(published[:4])
    anniversary = _ANNIVERSARY.search(text)
    if anniversary:
        return int(anniversary.group(1))
    # the event a news lead reports: "Sáng 20/10/2021, UBND huyện … tổ chức …"
    event = _LEAD_EVENT.search(text, 0, LEAD_EVENT_CHARS)
    if event is None:
        return None
    year = int(event.group("y") or event.group("y2"))
    # "Ngày 31/12/2010, 82 xã … triển khai …. 5 năm sau (năm 2015), …": a lead opening on
    # where the story started, the text stating a later year as done, is history
    later = [
        d
        for d in _dated(text)
        if d.role in ("present", "step", "opener", "plain")
        and "-" not in d.period
        and (period_end_year(d.period) or 0) > year
    ]
    return None if later else year


def _self_level(text: str) -> Level | None:
    """The level a text speaks of as itself ("toàn tỉnh", "trên địa bàn huyện"), if any."""
    weights: Counter[Level] = Counter()
    for m in _SELF_REFERENCE.finditer(text):
        if m.group("next") and m.group("next").strip().isupper():
            continue
        level = _SELF_LEVEL[" ".join(m.group("level").lower().split())]
        weights[level] += 1 if fold(m.group("how")).startswith(("ubnd", "uy")) else 2
    return weights.most_common(1)[0][0] if weights else None


def _province(header: str, title: str | None, text: str, unit: Place | None = None) -> Place | None:
    """The province a header or title names, else the one the text names most. A report of
    a lower unit (a district, a commune) is of the province that unit lies in: of the
    provinces the text names, the most named that holds it, else the one the map puts it in;
    a province named only where the report went to learn ("học tập kinh nghiệm tại huyện
    Hải Hậu, tỉnh Nam Định") is not its own."""
    for part in (header, title or ""):
        for m in _PLACE.finditer(part):
            place = _parse_place(m.group())
            if place is not None and place.level is Level.PROVINCE:
                return place
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is not None and place.level is Level.PROVINCE and not _a_persons_name(place):
            counts[place_key(place.name)] += 1
            first.setdefault(place_key(place.name), place)
    if unit is not None and unit.level in (Level.DISTRICT, Level.COMMUNE):
        holding = [k for k, _ in counts.most_common() if _holds(first[k], unit)]
        if holding:
            return first[holding[0]]
        resolved = resolve_place(unit)
        if resolved.province:
            return place_named(resolved.province)
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]


def _press_fallback(
    text: str, unit: Place | None, unit_from: str | None
) -> tuple[Place | None, str | None, Place | None]:
    """A text naming no province in prose, tagged by its province's press ("(Nguồn: Báo
    Hòa Bình)", "(HBĐT)", "baohaiduong.vn"): that province is the document's, and its unit
    when nothing else names one; a lower unit only when the province holds it. Never over a
    national or regional text (its press is where it was printed, not what it is about)."""
    if unit is not None and unit.level in (Level.NATIONAL, Level.REGION):
        return unit, unit_from, None
    press = press_province(text)
    if press is None:
        return unit, unit_from, None
    if unit is None:
        return press, "press", press
    if unit.level is Level.PROVINCE or not _holds(press, unit):
        return unit, unit_from, None
    return unit, unit_from, press


def _holds(province: Place, unit: Place) -> bool:
    """Whether the map has ``unit`` in ``province``."""
    found = resolve_place(unit, province=province)
    return found.code is not None and found.province_code == resolve_place(province).code


def _a_persons_name(place: Place) -> bool:
    """Whether a "province" is an official's name after their title ("Chủ tịch UBND tỉnh
    Nguyễn Văn A ký …"): three words or more, the first a family name, that name no province
    of the map."""
    words = place.name.split()
    return len(words) >= 3 and words[0] in _FAMILY_NAMES and place_named(place.name) is None


#: The commonest family names, which open a person's name.
_FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai "
    "Lương Tạ Đào Cao Lâm Hà Vương Chu Thái Lưu Tô Triệu Quách Đoàn Kiều".split()
)


def _decisions(text: str) -> tuple[str, ...]:
    """Criteria-set decisions cited ("1980/QĐ-TTg"), first mention first, each once."""
    seen: dict[str, None] = {}
    for m in _DECISION.finditer(text):
        if decision_set(m.group()) is not None:
            seen.setdefault(re.sub(r"\s+", "", m.group()), None)
    return tuple(seen)
