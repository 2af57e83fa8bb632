"""A report's metadata: who issued it, when, about which period, under which criteria set.

Vietnamese administrative reports open with a fixed header (Nghị định 30/2020/NĐ-CP)::

    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    THÀNH PHỐ ĐỒNG HỚI                     Độc lập - Tự do - Hạnh phúc
    Số: 125/BC-UBND                    Đồng Hới, ngày 13 tháng 7 năm 2018
                          BÁO CÁO
     Kết quả xây dựng nông thôn mới … năm 2020

Converted files lose the layout, or the header altogether, so each field is read by the first
rule that finds it; :func:`read_metadata` tries the rules in order, and each module holds the
rules of one field (its docstring says them):

* :mod:`.header` — the formal header and title: **number**, **title**, the criteria-set
  **decisions** cited.
* :mod:`.date` — **place and date**, of the header or of a news page.
* :mod:`.furniture` — page furniture a news text is wrapped in (banners, datelines, other
  articles' headlines) and its **headline**.
* :mod:`.unit` — **unit**: which unit the document is about (one module per kind of
  evidence); :mod:`.national` when that is the whole country.
* :mod:`.province` — **province**; :mod:`.level` — the **level** a text naming no unit
  speaks as.
* :mod:`.period` — **period** and **scheme**; :mod:`.plan` — **plan_period**;
  :mod:`.recognitions` — what a list of recognitions by year says of the period.
* :mod:`.common` — the place and text helpers they share.

The **criteria set** is chosen in :mod:`baocao.normalize.report`: the decision the text cites
("1980/QĐ-TTg"), else the period (:func:`baocao.vocab.criteria.criteria_set_for`).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

from baocao.data.lexicon import fold
from baocao.model import Level, Place
from baocao.nlp.issuer import blank_addressees, issuer_unit
from baocao.nlp.metadata.caps_title import caps_title
from baocao.nlp.metadata.common import _BARE_PROVINCE, _first_place, _self_level
from baocao.nlp.metadata.date import (
    _DATE_LABEL,
    EARLIEST_REPORT_YEAR,
    _clock_banner,
    _lead_day,
    _place_and_date,
    _publication_date,
    _signed_date,
)
from baocao.nlp.metadata.furniture import (
    _headline,
    blank_sidebar,
    more_news_start,
    related_tail,
    sidebar_lines,
)
from baocao.nlp.metadata.header import (
    _NATIONAL_MOTTO,
    HEADER_CHARS,
    _appendix_title,
    _decisions,
    _header_unit,
    _letter_subject,
    _number,
    _title,
)
from baocao.nlp.metadata.level import spoken_level
from baocao.nlp.metadata.national import (
    NATIONAL_UNIT,
    _caption_over_country,
    _country_paper,
    _counts_beyond_a_province,
    _national,
)
from baocao.nlp.metadata.period import (
    _dated,
    _document_period,
    _first_half_of_writing,
    _goal_year_of_present,
    _title_period,
    _year_unless_half_year,
    congress_term,
    report_period,
)
from baocao.nlp.metadata.plan import _goals_period
from baocao.nlp.metadata.province import _news_province, _press_fallback, _province, _sole_province
from baocao.nlp.metadata.unit.body import _body_unit
from baocao.nlp.metadata.unit.communes import _province_tally, _subject_communes
from baocao.nlp.metadata.unit.districts import _recognised_districts, _several_recognised
from baocao.nlp.metadata.unit.examples import _caption_over_province, _province_speaks_past
from baocao.nlp.metadata.unit.fallbacks import (
    _described_commune,
    _site_unit,
    _unit_of_bare_communes,
)
from baocao.nlp.metadata.unit.headline import (
    _headline_region,
    _headline_unit,
    _names_several_communes,
)
from baocao.nlp.metadata.unit.lead import _lead_unit
from baocao.nlp.metadata.unit.level_words import (
    _COMMUNE_WORD,
    _ONE_DISTRICT_WORD,
    _TAG,
    _commune_of_unnamed_headline,
    _district_tag,
    _is_tag_line,
    _lead_district,
    _unit_of_level_word,
)
from baocao.nlp.metadata.unit.reported import _recognised_in_lead, _unit_of_body
from baocao.nlp.segment import title_word
from baocao.vocab.places import province_as_then
from baocao.vocab.schemes import scheme_of

__all__ = [
    "RawMetadata",
    "blank_sidebar",
    "more_news_start",
    "read_metadata",
    "related_tail",
    "report_period",
    "sidebar_lines",
]


@dataclass(frozen=True)
class RawMetadata:
    """What the text says about itself, as written (before resolution).

    ``unit`` and ``province`` are places as parsed (no codes); ``unit_from`` says which rule
    found the unit (``header``, ``title``, ``body``). ``decisions`` are the criteria-set
    decisions the text cites, in order of first mention. ``plan_period`` is the time the
    goals the text sets without a year of their own are for
    (:func:`~baocao.nlp.metadata.plan._goals_period`).
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
    # an undated text whose headline names a congress and the term it opens ("Đại hội Đảng bộ
    # xã A …, nhiệm kỳ 2020-2025"), its period that term: the term just ended ("2015-2020"),
    # which its undated figures are of ("đến nay" is the congress's year, not the term's end)
    term_ended: str | None = None
    # the level a text naming no unit speaks as ("toàn huyện có …", "xã đã đạt …"); None
    # when it names its unit (the unit's level is the report's)
    level: Level | None = None


def _speaks_as_province(text: str) -> bool:
    """Whether a text speaks of itself as a province: "toàn tỉnh", "trên địa bàn tỉnh", or,
    speaking of no level so, a bare "tỉnh" as a sentence's subject ("…, tỉnh phấn đấu có thêm
    9 xã …")."""
    level = _self_level(text)
    return level is Level.PROVINCE or (level is None and _BARE_PROVINCE.search(text) is not None)


#: An issuer left blank in a form's header: "ỦY BAN NHÂN DÂN……….………", "UBND ……… ".
_LEVEL_RANK = {Level.COMMUNE: 0, Level.DISTRICT: 1, Level.PROVINCE: 2}


def _lowest(written: Place | None, issued: Place | None) -> Place | None:
    """The header's unit: the place written after "ỦY BAN NHÂN DÂN", unless the issuer block
    names a lower one ("UBND HUYỆN A ⏎ ỦY BAN NHÂN DÂN XÃ B", "ỦY BAN NHÂN DÂN ⏎ HUYỆN A ⏎
    XÃ B"): a commune's committee writes its district above its own name, and the report is
    the commune's."""
    if written is None or issued is None:
        return written or issued
    if written.level is None or issued.level is None:
        return written
    rank_written, rank_issued = _LEVEL_RANK.get(written.level), _LEVEL_RANK.get(issued.level)
    if rank_written is not None and rank_issued is not None and rank_issued < rank_written:
        return issued
    return written


_BLANK_ISSUER = re.compile(r"(?i:ủy\s+ban\s+nhân\s+dân|ubnd)[ \t]*[….]{3,}")


def read_metadata(text: str) -> RawMetadata:
    """Read a report's metadata from its text (see the module docstring for the rules)."""
    text = blank_sidebar(unicodedata.normalize("NFC", text))  # other articles' headlines
    text = blank_addressees(text)  # "Kính gửi: UBND huyện A": recipients, not the unit
    labelled = _DATE_LABEL.match(text)
    if labelled is not None:
        # "date 2022-07 16 tỉnh có …": a saved page's date label before its headline, blanked
        # (offsets kept) so that the headline is read after it
        text = " " * labelled.end() + text[labelled.end() :]
    title_match = title_word(text)  # alone on its line, or opening a title in capitals
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
    if date is not None and not formal and date == _clock_banner(text):
        # "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25" over a headline: a site's clock read as
        # a dated line; the page's own date rules (a byline under the headline first)
        date = None
    if date is None:
        date = _publication_date(text)
    if date is None and labelled is not None:
        year, month, day = (int(g) if g else 0 for g in labelled.groups())
        if 1 <= month <= 12 and EARLIEST_REPORT_YEAR <= year <= datetime.date.today().year:
            date = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if 1 <= day <= 31 else "")
    if date is not None:
        date = _lead_day(text, date)
    unit, unit_from = (_lowest(_header_unit(header), issued), "header") if formal else (None, None)
    if unit is None and title:
        unit, unit_from = _first_place(title, exclude={Level.PROVINCE, Level.VILLAGE}), "title"
    if unit is None and (title or headline):
        # "53 địa phương các tỉnh Tây Nguyên đạt …", "… ở vùng duyên hải Nam Trung Bộ": a
        # text about a region (its provinces' figures are the region's breakdown)
        unit, unit_from = _headline_region(text, title or headline or ""), "headline"
    units: tuple[Place, ...] = ()  # the units of a text about several
    paper_province: Place | None = None  # the province of a paper on the country
    example: Place | None = None  # a lower unit the text opens with as an example
    if unit is None and headline:
        unit, unit_from = _headline_unit(text, headline), "headline"
        unit = _commune_of_unnamed_headline(text, headline, unit) or unit
        if unit is not None and _caption_over_province(text, headline, unit):
            # "Một khu dân cư kiểu mẫu ở xã A, huyện B" (a photo's caption) over "Theo đánh
            # giá của UBND tỉnh, … ngân sách tỉnh …", xã A never named again: the province's
            example, unit = unit, None
        if _caption_over_country(text, headline, unit):
            # "Tuyên truyền về nông thôn mới tại xã A" over "Quốc hội đặt mục tiêu …: Phấn đấu
            # cả nước có …", the commune never named again: a local portal's caption
            unit = NATIONAL_UNIT
        several = _several_recognised(text, headline, unit)
        if several:
            units, unit = several, several[0]
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
            elif tagged or (
                _COMMUNE_WORD.search(headline) and not _names_several_communes(headline)
            ):
                # (a headline naming several communes stays their province's news)
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
    if unit is None and not formal:
        # "công nhận 4 xã …, gồm: A (huyện X), B (Y) …" then "toàn tỉnh đã có 117/200 xã …":
        # communes the province recognised, in a text that goes on to the province's tally,
        # are its news, not the text's units one by one
        communes = () if _province_tally(text) else _subject_communes(text, headline)
        units = communes or _recognised_districts(text)
        if units:
            unit, unit_from = units[0], "body"
    if unit is None:
        unit, unit_from = _body_unit(text, place_written, headline), "body"
    if unit is None and not formal and headline:
        unit, unit_from = _unit_of_level_word(text, headline), "headline"
    if unit is None and not formal:
        unit, unit_from = _lead_unit(text), "body"
        if unit is not None and (unit == example or _province_speaks_past(text, unit)):
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
    if unit is None and formal and _BLANK_ISSUER.search(header):
        # a form whose header is left blank ("ỦY BAN NHÂN DÂN……….………", "Số: …./TTr-UBND")
        # inside a guide that names its province: the one province the text names
        unit, unit_from = _sole_province(text), "body"
    if unit is None and not formal:
        # "A - một trong 13 xã biên giới của tỉnh B": the commune the lead describes
        unit, unit_from = _described_commune(text), "body"
    if unit is not None and unit.level is Level.PROVINCE and not formal:
        # "Đăk Nông - một trong 13 xã biên giới của tỉnh Kon Tum": a commune named like a
        # province, described as a commune (and written "xã Đăk Nông" too), is the commune
        unit = _described_commune(text, unit) or unit
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
    if unit is None and province is not None and _speaks_as_province(text):
        unit, unit_from = province, "body"  # "toàn tỉnh …" in a text naming its province once
    if province is None:
        unit, unit_from, province = _press_fallback(text, unit, unit_from)
    # a page naming no unit of its own still speaks as one ("toàn huyện có 14/16 xã …")
    level = spoken_level(text, headline) if unit is None else None
    number = _number(header)
    # a letter names no title, but its subject line ("V/v báo cáo sơ kết 03 năm … (2016-2018)")
    # says what it reports on, as a title would
    subject = None if title else _letter_subject(header)
    named = title or subject
    # a title dated at a month ("Kết quả thực hiện các tiêu chí (06/2016)") reports the state
    # at its end, as a report writes its own period (2016-H1)
    period = _title_period(named, date) if named else None
    period = report_period(period) if period else None
    if period is None:
        period = _document_period(text, headline, date if labelled is not None else None)
        period = _first_half_of_writing(text, period, date) or period
    if period is None and named is None and formal:
        # a decision or a resolution that states nothing dated ("QUYẾT ĐỊNH ⏎ BAN HÀNH BỘ
        # TIÊU CHÍ … GIAI ĐOẠN 2022-2025" over its legal bases): the span its title sets
        # out, not clipped to its date as a report's; a plan reviewing a span before its own
        # ("I. ĐÁNH GIÁ KẾT QUẢ … GIAI ĐOẠN 2016 - 2020") keeps the span it reviews
        decided = caps_title(text, HEADER_CHARS)
        period = _title_period(decided, None) if decided else None
        period = report_period(period) if period else None
    period = _year_unless_half_year(text, period, title or subject)
    if period is None and date is None and unit is not None and unit.level is Level.COMMUNE:
        period = _goal_year_of_present(text)
    if province is not None:
        # a province read from its districts, named as it was when the text was written
        then = province_as_then(province, date or period)
        unit = then if unit == province else unit
        province = then
    term = congress_term(title or headline) if date is None else None
    term_ended = None
    if term is not None and period == f"{term[0]}-{term[1]}":
        term_ended = f"{2 * term[0] - term[1]}-{term[0]}"
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
        level=level,
        programme_span=period is not None
        and "-" in period
        and any(d.role == "programme" and d.period == period for d in _dated(text)),
        term_ended=term_ended,
    )
