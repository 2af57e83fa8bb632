"""A generative grammar of short NTM paragraphs and the facts each must yield (FACTS.md): the
probe of ``test_coverage_wording_grammar.py``. Every paragraph is rendered from independent
dimensions, so a failure is read by the dimension values it shares with the other failures,
not by its sentence:

- ``frame``: the enclosing text: a province's or a district's report (header with its unit and
  date, report year 2024), a news item about one (headline and dateline of 2024), or no header
  (the place is only in the sentence, and an undated statement has no period), or a
  province's report whose title gives its period in another form (``TITLED``: "3 năm
  (2022-2024)", "quý III/2024", "9 tháng năm 2024", "6 tháng đầu năm", "nhiệm kỳ 2020-2025",
  "từ đầu năm đến nay"), each with 2024 as its present; a news item whose only place is its
  dateline, or whose headline names its district bare ("… ở Tân Kỳ", "Các xã của Tân Kỳ
  …"); a province's report on the map of 1 July 2025 (``AREAS_2025``: merged provinces,
  their new communes, no districts);
- ``place``: how the sentence names its place: a level word ("Toàn huyện"), the frame's own
  unit named, a district or a thị xã of the province named, the province named, or no place
  at all ("Có 13/19 xã …": the frame's unit);
- ``time``: the time framing opening the sentence: a year, "đến nay", a cut-off date, the end
  of a year, the first half, a span, a goal, a year's end after the text (a goal), the text's
  own year's end (a goal when the frame is dated by September), a comparison base opening it,
  none; ``tail`` a comparison base after it (a year, the same months a year before or
  unnamed, the term's start, a year's end);
- ``statement``: the wording (counts and coverage, bands, averages, verdicts, criteria counts,
  indicator rates), ``count`` the form of its number, ``share`` the share written after it.

All sentences are written here for the probe (none is copied from a report); the places are
real units of the gazetteer, from several provinces.
"""

from __future__ import annotations

import itertools
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

REPORT_YEAR = 2024


@dataclass(frozen=True)
class Area:
    """A province, one of its districts (``district_type`` "huyện" or "thị xã"), another
    district, two communes of the first district, and how many xã each of the three has on
    the map (a K/N whose N exceeds its place's is read, rightly, as another place's)."""

    province: str
    district: str
    district_type: str
    other: str
    other_type: str
    communes: tuple[str, str]
    xa: tuple[int, int, int]  # province, district, other
    districts: int = 10  # district-level units of the province


AREAS = (
    Area(
        "Nghệ An",
        "Tân Kỳ",
        "huyện",
        "Thái Hòa",
        "thị xã",
        ("Tân Hợp", "Nghĩa Đồng"),
        (362, 19, 5),
        21,
    ),
    Area(
        "Thái Bình",
        "Kiến Xương",
        "huyện",
        "Vũ Thư",
        "huyện",
        ("Quốc Tuấn", "Bình Nguyên"),
        (223, 28, 29),
        8,
    ),
    Area(
        "Quảng Nam",
        "Điện Bàn",
        "thị xã",
        "Duy Xuyên",
        "huyện",
        ("Điện Tiến", "Điện Phước"),
        (190, 8, 12),
        18,
    ),
    Area(
        "Hà Tĩnh",
        "Can Lộc",
        "huyện",
        "Hương Khê",
        "huyện",
        ("Thiên Lộc", "Vượng Lộc"),
        (170, 15, 19),
        13,
    ),
    Area(
        "Sóc Trăng",
        "Ngã Năm",
        "thị xã",
        "Mỹ Tú",
        "huyện",
        ("Vĩnh Quới", "Long Bình"),
        (80, 5, 8),
        11,
    ),
    Area(
        "Bắc Giang",
        "Lục Nam",
        "huyện",
        "Tân Yên",
        "huyện",
        ("Đông Phú", "Bảo Sơn"),
        (143, 22, 17),
        10,
    ),
)


#: Provinces of the map of 1 July 2025 (merged: Đắk Lắk took Phú Yên, Phú Thọ took Vĩnh Phúc
#: and Hòa Bình), two of their new communes each, and their xã on that map; districts are
#: gone from it, so no district is named.
AREAS_2025 = (
    Area("Đắk Lắk", "", "", "", "", ("Tuy An Bắc", "Ô Loan"), (88, 0, 0)),
    Area("Phú Thọ", "", "", "", "", ("Tam Dương Bắc", "Mường Bi"), (133, 0, 0)),
)
#: The year a text on the 2025 map is written in.
YEAR_2025 = 2025


@dataclass(frozen=True)
class Expected:
    """One fact a paragraph must yield: its kind, its comparison key (as ``evaluate``
    compares), its place (None: not checked), its period, whether it is a goal, its scheme,
    and the share it states (coverage)."""

    kind: str
    key: tuple
    place: str | None
    period: str | None
    target: bool = False
    scheme: str = "NTM"
    percent: float | None = None
    unit: str | None = None  # a percentage's unit
    alts: tuple[tuple, ...] = ()  # other keys a careful reader accepts


@dataclass(frozen=True)
class Case:
    dims: dict[str, str]
    text: str
    name: str
    expected: tuple[Expected, ...]
    # kinds and keys that may be extracted or not (FACTS.md's optional classes)
    optional: tuple[tuple[str, tuple], ...] = field(default_factory=tuple)


# -- frames ---------------------------------------------------------------------------------


def _frame(frame: str, area: Area) -> tuple[str, str, str | None, str | None]:
    """The header text, the file name, the frame's unit (as a place) and its level word."""
    d = f"{area.district_type} {area.district}"
    if frame == "report_province":
        head = (
            f"ỦY BAN NHÂN DÂN\nTỈNH {area.province.upper()}\nSố: 412/BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"{area.province}, ngày 16 tháng 12 năm {REPORT_YEAR}\n\nBÁO CÁO\n"
            "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
            f"năm {REPORT_YEAR}\n\n"
        )
        return head, "report.txt", f"tỉnh {area.province}", "tỉnh"
    if frame == "report_district":
        head = (
            f"ỦY BAN NHÂN DÂN\n{d.upper()}\nSố: 287/BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"{area.district}, ngày 16 tháng 12 năm {REPORT_YEAR}\n\nBÁO CÁO\n"
            "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
            f"năm {REPORT_YEAR}\n\n"
        )
        return head, "report.txt", d, area.district_type
    if frame == "news_province":
        head = (
            f"{area.province} tiếp tục nâng chất các tiêu chí nông thôn mới\n"
            f"Thứ Sáu, 13/12/{REPORT_YEAR} 09:15\n\n"
        )
        return head, "tin.txt", f"tỉnh {area.province}", "tỉnh"
    if frame == "news_district":
        head = (
            f"{d[0].upper()}{d[1:]} tiếp tục nâng chất các tiêu chí nông thôn mới\n"
            f"Thứ Sáu, 13/12/{REPORT_YEAR} 09:15\n\n"
        )
        return head, "tin.txt", d, area.district_type
    if frame == "news_dateline":
        # a headline about the province, the district in the dateline opening the lead
        head = (
            f"Nông thôn mới {area.province}: những chuyển biến rõ nét\n"
            f"13/12/{REPORT_YEAR} | 10:20\n\n{area.district.upper()} - "
        )
        return head, "tin.txt", d, area.district_type
    if frame == "news_dateline_alone":
        # a headline naming no place, the district only in the dateline opening the lead
        head = (
            "Nông thôn mới: những chuyển biến rõ nét\n"
            f"13/12/{REPORT_YEAR} | 10:20\n\n{area.district.upper()} - "
        )
        return head, "tin.txt", d, area.district_type
    if frame == "news_bare_headline":
        # a headline naming the district without its level word
        head = (
            f"Thêm xã đạt chuẩn nông thôn mới ở {area.district}\n"
            f"Thứ Sáu, 13/12/{REPORT_YEAR} 09:15\n\n"
        )
        return head, "tin.txt", d, area.district_type
    if frame == "news_headline_of":
        # a headline naming the district bare as the owner of its communes
        head = (
            f"Các xã của {area.district} nâng chất tiêu chí nông thôn mới\n"
            f"Thứ Sáu, 13/12/{REPORT_YEAR} 09:15\n\n"
        )
        return head, "tin.txt", d, area.district_type
    if frame == "report_2025":
        head = (
            f"ỦY BAN NHÂN DÂN\nTỈNH {area.province.upper()}\nSố: 96/BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"{area.province}, ngày 15 tháng 12 năm {YEAR_2025}\n\nBÁO CÁO\n"
            "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
            f"năm {YEAR_2025}\n\n"
        )
        return head, "report.txt", f"tỉnh {area.province}", "tỉnh"
    if frame in TITLED:
        day, title = TITLED[frame]
        head = (
            f"ỦY BAN NHÂN DÂN\nTỈNH {area.province.upper()}\nSố: 530/BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"{area.province}, ngày {day}\n\nBÁO CÁO\n{title}\n\n"
        )
        return head, "report.txt", f"tỉnh {area.province}", "tỉnh"
    return "", "report.txt", None, None


#: A province's report whose title gives its own period in another form than "năm 2024"
#: (its day, its title); each has 2024 as its present, so the time framings read alike.
TITLED: dict[str, tuple[str, str]] = {
    "title_years": (
        f"20 tháng 12 năm {REPORT_YEAR}",
        f"Tổng kết 3 năm ({REPORT_YEAR - 2}-{REPORT_YEAR}) thực hiện Chương trình xây dựng "
        "nông thôn mới",
    ),
    "title_quarter": (
        f"08 tháng 10 năm {REPORT_YEAR}",
        f"Kết quả xây dựng nông thôn mới quý III/{REPORT_YEAR}",
    ),
    "title_months": (
        f"12 tháng 10 năm {REPORT_YEAR}",
        f"Tình hình thực hiện Chương trình nông thôn mới 9 tháng năm {REPORT_YEAR}",
    ),
    "title_half_bare": (
        f"18 tháng 6 năm {REPORT_YEAR}",
        "Sơ kết 6 tháng đầu năm thực hiện Chương trình xây dựng nông thôn mới",
    ),
    "title_term": (
        f"05 tháng 11 năm {REPORT_YEAR}",
        "Kết quả thực hiện Nghị quyết về xây dựng nông thôn mới nhiệm kỳ 2020-2025",
    ),
    "title_so_far": (
        f"25 tháng 8 năm {REPORT_YEAR}",
        "Kết quả xây dựng nông thôn mới từ đầu năm đến nay",
    ),
}

#: The month each frame is dated in (None: undated), which tells a year's end ahead from one
#: reviewed (a text dated by September cannot yet know the year's end).
FRAME_MONTHS: dict[str, int | None] = {
    "report_province": 12,
    "report_district": 12,
    "news_province": 12,
    "news_district": 12,
    "news_dateline": 12,
    "title_years": 12,
    "title_quarter": 10,
    "title_months": 10,
    "title_half_bare": 6,
    "title_term": 11,
    "title_so_far": 8,
    "news_dateline_alone": 12,
    "news_bare_headline": 12,
    "news_headline_of": 12,
    "report_2025": 12,
    "none": None,
}

#: Frames whose unit is a district (a district's figures are what they state).
DISTRICT_FRAMES = (
    "report_district",
    "news_district",
    "news_dateline",
    "news_dateline_alone",
    "news_bare_headline",
    "news_headline_of",
)

FRAMES = (
    "report_province",
    "report_district",
    "news_province",
    "news_district",
    "news_dateline",
    "none",
    *TITLED,
    "news_dateline_alone",
    "news_bare_headline",
    "news_headline_of",
    "report_2025",
)

# -- places ---------------------------------------------------------------------------------


def _place(place: str, area: Area, frame_unit: str | None, level: str | None):
    """The place as the sentence writes it and the place the facts are of (None: unchecked);
    None when the combination is not one a text would write."""
    if place == "level_word":
        if level is None:
            return None
        return f"toàn {level}", frame_unit, _xa(area, frame_unit)
    if place == "own_named":
        if frame_unit is None:
            return None
        return frame_unit, frame_unit, _xa(area, frame_unit)
    if place == "district_named":
        written = f"{area.district_type} {area.district}"
        return written, written, area.xa[1]
    if place == "other_named":
        written = f"{area.other_type} {area.other}"
        return written, written, area.xa[2]
    if place == "province_named":
        written = f"tỉnh {area.province}"
        return written, written, area.xa[0]
    if place == "unwritten":
        # the sentence names no place ("Có 13/19 xã đạt chuẩn …"): the frame's unit
        if frame_unit is None:
            return None
        return "", frame_unit, _xa(area, frame_unit)
    raise ValueError(place)


def _xa(area: Area, unit: str | None) -> int:
    return area.xa[0] if unit is not None and unit.startswith("tỉnh") else area.xa[1]


PLACES = (
    "level_word",
    "own_named",
    "district_named",
    "other_named",
    "province_named",
    "unwritten",
)

# -- time -----------------------------------------------------------------------------------

#: (opening, the period it gives (None: the frame's), a goal)
TIMES: dict[str, tuple[str, str | None, bool]] = {
    "none": ("", None, False),
    "year": ("Năm 2023, ", "2023", False),
    "to_now": ("Đến nay, ", None, False),
    "cutoff": ("Tính đến 30/6/2024, ", "2024", False),
    "end_of_year": ("Đến hết năm 2022, ", "2022", False),
    "first_half": ("6 tháng đầu năm 2024, ", "2024", False),
    "span": ("Giai đoạn 2021-2023, ", "2023", False),
    "goal": ("Phấn đấu đến năm 2025, ", "2025", True),
    "goal_aim": ("Mục tiêu đến năm 2025, ", "2025", True),
    "plan_year": ("Kế hoạch năm 2025, ", "2025", True),
    "in_year": ("Trong năm 2023, ", "2023", False),
    "to_month": ("Tính đến tháng 9/2024, ", "2024", False),
    "since": ("Từ năm 2021 đến nay, ", None, False),
    "end_words": ("Đến cuối năm 2023, ", "2023", False),
    "cutoff_day": ("Tính đến ngày 31/12/2023, ", "2023", False),
    "suffix_end": ("", "2023", False),  # ", tính đến cuối năm 2023" after the statement
    "goal_year_end": ("Phấn đấu đến cuối năm 2025, ", "2025", True),
    "end_ahead": ("Đến cuối năm 2025, ", "2025", True),  # a year's end not yet come
    # the report's own year's end: a goal in a text dated by September (FRAME_MONTHS)
    "end_this_year": (f"Đến cuối năm {REPORT_YEAR}, ", str(REPORT_YEAR), False),
    "base_first": ("So với năm 2020, ", None, False),  # a comparison base opening it
}

#: Time framings whose goal mark depends on when the frame is dated.
YEAR_END_OF_REPORT = {"end_this_year"}

#: what a time framing writes after its statement instead of before it
TIME_SUFFIXES = {"suffix_end": ", tính đến cuối năm 2023"}

TAILS = {
    "none": "",
    "compared": ", tăng 2 xã so với năm 2020",
    "same_period": f", tăng 2 xã so với cùng kỳ năm {REPORT_YEAR - 1}",
    "same_period_bare": ", tăng 2 xã so với cùng kỳ",
    "term_start": ", tăng 2 xã so với đầu nhiệm kỳ",
    "year_end_base": f", tăng 2 xã so với cuối năm {REPORT_YEAR - 2}",
}

#: The year a comparison base tells an undated text is written in (a base a year back, the
#: same months of last year or the end of the year before: FACTS.md's weaker clues to the
#: year of writing); it never dates a text that is dated.
TAIL_YEARS = {"same_period": str(REPORT_YEAR), "year_end_base": str(REPORT_YEAR - 1)}

# -- counts and shares ----------------------------------------------------------------------

#: how the count is written ({k} of {n}; {k0} zero-padded; {kw} in words) and whether N is
COUNTS: dict[str, tuple[str, bool]] = {
    "slash": ("{k}/{n} xã", True),
    "padded": ("{k0}/{n} xã", True),
    "of_total": ("{k} trên tổng số {n} xã", True),
    "of_total_words": ("{k} xã trên tổng số {n} xã", True),
    "in_total": ("{k} trong tổng số {n} xã", True),
    "slash_units": ("{k} xã/{n} xã", True),
    "bare": ("{k} xã", False),
    "word": ("{kw} xã", False),
}

NUMBER_WORDS = {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín"}


def _k(count: str, n: int) -> int:
    """K of N: about two thirds; one digit when padded or written in words."""
    k = max(2, round(n * 2 / 3))
    return min(k, 9) if count in ("padded", "word") else k


SHARES = {
    "none": "",
    "chiem": ", chiếm {p}%",
    "bracket": " (đạt {p}%)",
    "dat_ty_le": ", đạt tỷ lệ {p}%",
    "bang": ", bằng {p}%",
    "ty_le": ", tỷ lệ {p}%",
    "chiem_ty_le": " (chiếm tỷ lệ {p}%)",
}


def _share(k: int, n: int) -> float:
    return round(100 * k / n, 1)


def _vn(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


# -- statements -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    """A wording: its template (``{place}``, ``{count}``, ``{share}``, ``{w}`` a commune,
    ``{w2}`` another), the kind of its subject (``region``: the sentence's place; ``commune``)
    and what it yields."""

    template: str
    subject: str  # "region" | "commune"
    # coverage: (criterion, scheme); None: none of it
    coverage: tuple[int | None, str] | None = None
    uses_count: bool = False
    # other facts: (kind, key, scheme, unit, subject) with subject "place" / "w" / "w2"
    others: tuple[tuple[str, tuple, str, str | None, str], ...] = ()
    optional: tuple[tuple[str, tuple], ...] = ()
    alts: tuple[tuple[str, tuple], ...] = ()  # another key of one of ``others``
    shares: bool = True
    tail: bool = True  # may take the comparison tail
    unit_word: str = "xã"


P_NTM = "NTM"
P_ADV = "NTM nâng cao"
P_MODEL = "NTM kiểu mẫu"

STATEMENTS: dict[str, Statement] = {
    "cov_standard": Statement(
        "{place} có {count} đạt chuẩn nông thôn mới{share}", "region", (None, P_NTM), True
    ),
    "cov_recognised": Statement(
        "{place} có {count} được công nhận đạt chuẩn nông thôn mới{share}",
        "region",
        (None, P_NTM),
        True,
    ),
    "cov_finish_line": Statement(
        "{place} có {count} về đích nông thôn mới{share}", "region", (None, P_NTM), True
    ),
    "cov_all_criteria": Statement(
        "{place} có {count} đạt 19/19 tiêu chí{share}", "region", (None, P_NTM), True
    ),
    "cov_completed": Statement(
        "{place} có {count} hoàn thành 19/19 tiêu chí nông thôn mới{share}",
        "region",
        (None, P_NTM),
        True,
    ),
    "cov_advanced": Statement(
        "{place} có {count} đạt chuẩn nông thôn mới nâng cao{share}", "region", (None, P_ADV), True
    ),
    "cov_model": Statement(
        "{place} có {count} đạt chuẩn nông thôn mới kiểu mẫu{share}",
        "region",
        (None, P_MODEL),
        True,
    ),
    "cov_criterion_no": Statement(
        "{place} có {count} đạt tiêu chí số 17 về môi trường{share}", "region", (17, P_NTM), True
    ),
    "cov_criterion_topic": Statement(
        "{place} có {count} đạt tiêu chí về thủy lợi{share}", "region", (3, P_NTM), True
    ),
    "cov_count_first": Statement(
        "{count} của {place} đã đạt chuẩn nông thôn mới{share}", "region", (None, P_NTM), True
    ),
    "cov_place_after": Statement(
        "có {count} đạt chuẩn nông thôn mới trên địa bàn {place}{share}",
        "region",
        (None, P_NTM),
        True,
    ),
    "cov_share_first": Statement(
        "{place} có {pk}% số xã ({k}/{n} xã) đạt chuẩn nông thôn mới",
        "region",
        (None, P_NTM),
        False,
        shares=False,
    ),
    "cov_raised_total": Statement(
        "{place} có thêm 2 xã đạt chuẩn, nâng tổng số xã đạt chuẩn nông thôn mới lên "
        "{count}{share}",
        "region",
        (None, P_NTM),
        True,
        # "có thêm 2 xã đạt chuẩn": the real gold keeps the communes a period added
        optional=(("coverage", (None, 2, None)),),
    ),
    "cov_named_units": Statement(
        "{place} có 02 xã đạt 19/19 tiêu chí là xã {w} và xã {w2}",
        "region",
        (None, P_NTM),
        False,
        others=(
            ("criteria_count", ("{w}", 19, 19, False), P_NTM, None, "w"),
            ("criteria_count", ("{w2}", 19, 19, False), P_NTM, None, "w2"),
        ),
        shares=False,
        tail=False,
    ),
    "cov_districts": Statement(
        "{place} có {kd}/{nd} huyện, thị xã đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới",
        "province",
        (None, P_NTM),
        False,
        shares=False,
        unit_word="huyện",
    ),
    "cov_two_places": Statement(
        "{place} có {count} đạt chuẩn nông thôn mới{share}; {other} có {k2}/{n2} xã đạt chuẩn",
        "district_pair",
        (None, P_NTM),
        True,
        others=(("coverage", (None, "{k2}", "{n2}"), P_NTM, None, "other"),),
        shares=False,
        tail=False,
    ),
    "band_bare": Statement(
        "{place} có 4 xã đạt từ 15-18 tiêu chí và 2 xã đạt dưới 15 tiêu chí",
        "region",
        shares=False,
        tail=False,
    ),
    "average_each": Statement(
        "bình quân mỗi xã của {place} đạt 17,8 tiêu chí",
        "region",
        others=(("percentage", (17.8,), P_NTM, "tiêu chí/xã", "place"),),
        shares=False,
        tail=False,
    ),
    "rate_communes": Statement(
        "tỷ lệ xã đạt chuẩn nông thôn mới của {place} đạt 68,4%",
        "region",
        others=(("percentage", (68.4,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "band": Statement(
        "{place} có 5 xã đạt từ 15 đến 18 tiêu chí, chiếm 26,3%",
        "region",
        others=(("percentage", (26.3,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "average": Statement(
        "{place} bình quân đạt 17,5 tiêu chí/xã",
        "region",
        others=(("percentage", (17.5,), P_NTM, "tiêu chí/xã", "place"),),
        shares=False,
        tail=False,
    ),
    "rate_poor": Statement(
        "tỷ lệ hộ nghèo của {place} giảm còn 2,35%",
        "region",
        others=(("percentage", (2.35,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "rate_insurance": Statement(
        "{place} có tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%",
        "region",
        others=(("percentage", (93.5,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "rate_water": Statement(
        "tỷ lệ hộ dân của {place} sử dụng nước sạch đạt 61,8%",
        "region",
        others=(("percentage", (61.8,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "rate_trained": Statement(
        "{place} có tỷ lệ lao động qua đào tạo đạt 70,1%",
        "region",
        others=(("percentage", (70.1,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "income": Statement(
        "thu nhập bình quân đầu người của {place} đạt 52,4 triệu đồng/người/năm",
        "region",
        others=(("percentage", (52.4,), P_NTM, "triệu đồng/người/năm", "place"),),
        shares=False,
        tail=False,
    ),
    "count_all": Statement(
        "xã {w} đạt 19/19 tiêu chí nông thôn mới",
        "commune",
        others=(("criteria_count", ("{w}", 19, 19, False), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "count_some": Statement(
        "xã {w} đạt 17/19 tiêu chí",
        "commune",
        others=(("criteria_count", ("{w}", 17, 19, False), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "verdict_unmet": Statement(
        "xã {w} chưa đạt tiêu chí số 13 về tổ chức sản xuất",
        "commune",
        others=(("verdict", ("{w}", 13, False), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "verdict_met": Statement(
        "xã {w} đạt tiêu chí số 17 về môi trường",
        "commune",
        others=(("verdict", ("{w}", 17, True), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "verdict_topic": Statement(
        "xã {w} chưa đạt tiêu chí về thủy lợi",
        "commune",
        others=(("verdict", ("{w}", 3, False), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "verdict_colon": Statement(
        "xã {w} chưa đạt 02 tiêu chí: tiêu chí số 5 (trường học) và tiêu chí số 13 (tổ chức sản "
        "xuất)",
        "commune",
        others=(
            ("criteria_count", ("{w}", 2, None, True), P_NTM, None, "w"),
            ("verdict", ("{w}", 5, False), P_NTM, None, "w"),
            ("verdict", ("{w}", 13, False), P_NTM, None, "w"),
        ),
        alts=(("criteria_count", ("{w}", 2, 19, True)),),
        shares=False,
        tail=False,
    ),
    "count_unmet": Statement(
        "xã {w} đạt 17/19 tiêu chí, còn 02 tiêu chí chưa đạt",
        "commune",
        others=(
            ("criteria_count", ("{w}", 17, 19, False), P_NTM, None, "w"),
            ("criteria_count", ("{w}", 2, 19, True), P_NTM, None, "w"),
        ),
        alts=(("criteria_count", ("{w}", 2, None, True)),),
        shares=False,
        tail=False,
    ),
    "verdict_three": Statement(
        "xã {w} còn 3 tiêu chí chưa đạt: tiêu chí số 5, tiêu chí số 10 và tiêu chí số 13",
        "commune",
        others=(
            ("criteria_count", ("{w}", 3, None, True), P_NTM, None, "w"),
            ("verdict", ("{w}", 5, False), P_NTM, None, "w"),
            ("verdict", ("{w}", 10, False), P_NTM, None, "w"),
            ("verdict", ("{w}", 13, False), P_NTM, None, "w"),
        ),
        alts=(("criteria_count", ("{w}", 3, 19, True)),),
        shares=False,
        tail=False,
    ),
    "verdict_finished": Statement(
        "xã {w} đã hoàn thành tiêu chí số 9 về nhà ở dân cư",
        "commune",
        others=(("verdict", ("{w}", 9, True), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "count_rise": Statement(
        "xã {w} đạt 15/19 tiêu chí, tăng 3 tiêu chí so với năm 2020",
        "commune",
        others=(("criteria_count", ("{w}", 15, 19, False), P_NTM, None, "w"),),
        shares=False,
        tail=False,
    ),
    "rate_threshold": Statement(
        "{place} có tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2% (chỉ tiêu yêu cầu ≥ 85%)",
        "region",
        others=(("percentage", (91.2,), P_NTM, "%", "place"),),
        shares=False,
        tail=False,
    ),
    "verdict_list": Statement(
        "xã {w} còn 02 tiêu chí chưa đạt là tiêu chí số 5 về trường học và tiêu chí số 13 về "
        "tổ chức sản xuất",
        "commune",
        others=(
            ("criteria_count", ("{w}", 2, None, True), P_NTM, None, "w"),
            ("verdict", ("{w}", 5, False), P_NTM, None, "w"),
            ("verdict", ("{w}", 13, False), P_NTM, None, "w"),
        ),
        alts=(("criteria_count", ("{w}", 2, 19, True)),),
        shares=False,
        tail=False,
    ),
}


def _key(key: tuple, w: str, w2: str) -> tuple:
    from baocao.evaluate import subject_key

    return tuple(
        subject_key(f"xã {w}") if v == "{w}" else subject_key(f"xã {w2}") if v == "{w2}" else v
        for v in key
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def render(
    frame: str,
    place: str,
    time: str,
    statement: str,
    count: str = "slash",
    share: str = "none",
    tail: str = "none",
    area_index: int = 0,
) -> Case | None:
    """The paragraph of these dimension values and the facts it must yield; None when the
    combination is no text anybody writes."""
    on_2025_map = frame == "report_2025"
    areas = AREAS_2025 if on_2025_map else AREAS
    area = areas[area_index % len(areas)]
    st = STATEMENTS[statement]
    if on_2025_map and (
        (place in ("district_named", "other_named") and st.subject != "commune")
        or st.subject in ("province", "district_pair")
        or TIMES[time][2]
        or time in ("end_ahead", *YEAR_END_OF_REPORT)
    ):
        # no districts on the 2025 map; a goal for 2025 written in its December, or a year's
        # end, is done or planned as no reader can tell
        return None
    head, name, frame_unit, level = _frame(frame, area)
    placed = _place(place, area, frame_unit, level)
    if placed is None:
        return None
    written, place_of, n = placed
    if place == "province_named" and frame in DISTRICT_FRAMES:
        return None  # a district's text states the province's figures rarely; skip
    if st.subject == "commune" and place != "district_named":
        return None  # commune statements name their commune: one place value is enough
    if st.subject == "province" and not (place_of or "").startswith("tỉnh"):
        return None  # district-level units are counted in a province
    if st.subject == "district_pair" and (place != "district_named" or frame in DISTRICT_FRAMES):
        return None  # two districts side by side: a province's text, or none
    if not st.uses_count and (count != "slash" or share != "none"):
        return None
    if st.uses_count and statement == "cov_raised_total" and COUNTS[count][1]:
        return None  # a raised total is written with K alone
    if tail != "none" and not st.tail:
        return None
    if place == "unwritten" and not st.template.startswith("{place} có "):
        return None  # a sentence leaves its place out only where it opens on "có"
    opening, period, goal = TIMES[time]
    if goal and tail != "none":
        return None
    month = FRAME_MONTHS[frame]
    if time == "end_ahead" and month is None:
        return None  # an undated text's year's end may be its past: no reader can tell
    if time == "to_month" and month is not None and month < 9:
        return None  # a state at a month after the text was written
    if time in ("end_ahead", *YEAR_END_OF_REPORT) and " đã " in f" {st.template} ":
        return None  # "Đến cuối năm …, xã A đã hoàn thành …": done or planned, no reader can tell
    if time in YEAR_END_OF_REPORT:
        goal = month is not None and month <= 9
        if goal and tail != "none":
            return None
    if period is None and frame != "none":
        period = str(YEAR_2025 if on_2025_map else REPORT_YEAR)
    if period is None and not goal:
        period = TAIL_YEARS.get(tail)
    count_form, with_total = COUNTS[count]
    k = _k(count, n)
    count_text = count_form.format(k=k, k0=f"{k:02d}", kw=NUMBER_WORDS.get(k, str(k)), n=n)
    p = _share(k, n) if share != "none" else None
    if not with_total:
        n = None
    w, w2 = area.communes
    kd, nd = max(2, area.districts // 3), area.districts
    other = f"{area.other_type} {area.other}"
    k2, n2 = _k("slash", area.xa[2]), area.xa[2]
    if st.subject == "province":
        k, n = kd, nd
    if statement == "cov_share_first":
        k = _k("slash", n)
        p = _share(k, n)
    body = st.template.format(
        place=written,
        count=count_text,
        share=SHARES[share].format(p=_vn(p)) if p is not None else "",
        w=w,
        w2=w2,
        k=k,
        n=n,
        pk=_vn(p) if p is not None else "",
        kd=kd,
        nd=nd,
        other=other,
        k2=k2,
        n2=n2,
    )
    body = body.lstrip()
    sentence = _capital(opening + body) if opening else _capital(body)
    sentence += TIME_SUFFIXES.get(time, "") + TAILS[tail] + "."
    text = head + sentence + "\nCác địa phương tiếp tục rà soát, nâng chất các tiêu chí.\n"
    expected: list[Expected] = []
    if st.coverage is not None:
        criterion, scheme = st.coverage
        k_met = 2 if statement == "cov_named_units" else k
        n_total = None if statement == "cov_named_units" else n
        expected.append(
            Expected(
                "coverage",
                (criterion, k_met, n_total),
                place_of,
                period,
                goal,
                scheme,
                p,
            )
        )
    for kind, key, scheme, unit, subject in st.others:
        subject_place = {"place": place_of, "w": f"xã {w}", "w2": f"xã {w2}", "other": other}[
            subject
        ]
        key = tuple({"{k2}": k2, "{n2}": n2}.get(v, v) if isinstance(v, str) else v for v in key)
        alts = tuple(
            _key(alt, w, w2)
            for alt_kind, alt in st.alts
            if alt_kind == kind and alt[1:2] == key[1:2]
        )
        expected.append(
            Expected(
                kind, _key(key, w, w2), subject_place, period, goal, scheme, unit=unit, alts=alts
            )
        )
    dims = {
        "frame": frame,
        "place": place,
        "time": time,
        "statement": statement,
        "count": count,
        "share": share,
        "tail": tail,
        "province": area.province,
    }
    optional = tuple((kind, _key(key, w, w2)) for kind, key in st.optional)
    return Case(dims, text, name, tuple(expected), optional)


def all_cases() -> Iterator[Case]:
    """Every combination (each area in turn, so the product spreads over the provinces)."""
    product = itertools.product(FRAMES, PLACES, TIMES, STATEMENTS, COUNTS, SHARES, TAILS)
    for combo in product:
        case = render(*combo, area_index=zlib.crc32("|".join(combo).encode()))
        if case is not None:
            yield case


def sample(per_statement: int, seed: int = 20261207) -> list[Case]:
    """``per_statement`` distinct cases of each statement, their other dimensions drawn at
    random with a fixed seed (the whole product, ``all_cases``, is too large to run: the
    coverage wordings' counts and shares multiply it)."""
    rng = random.Random(seed)
    out: list[Case] = []
    for statement in STATEMENTS:
        seen: set[tuple[str, ...]] = set()
        for _ in range(per_statement * 200):
            if len(seen) >= per_statement:
                break
            st = STATEMENTS[statement]
            # (only the dimensions the statement writes are drawn)
            combo = (
                rng.choice(FRAMES),
                "district_named" if st.subject == "commune" else rng.choice(PLACES),
                rng.choice(list(TIMES)),
                statement,
                rng.choice(list(COUNTS)) if st.uses_count else "slash",
                rng.choice(list(SHARES)) if st.uses_count else "none",
                rng.choice(list(TAILS)) if st.tail else "none",
            )
            if combo in seen:
                continue
            case = render(*combo, area_index=zlib.crc32("|".join(combo).encode()))
            if case is not None:
                seen.add(combo)
                out.append(case)
    return out


# -- comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    case: Case
    what: str  # missing | period | place | target | scheme | share | unit | extra
    detail: str


def check(case: Case, facts) -> list[Failure]:
    """The failures of one case's facts against what it must yield."""
    from baocao.evaluate import fact_key, fact_place, period_right, place_right

    failures: list[Failure] = []
    left = list(facts)
    for want in case.expected:
        keys = (want.key, *want.alts)
        found = [f for f in left if f.kind == want.kind and fact_key(f) in keys]
        if not found:
            got = [(f.kind, fact_key(f)) for f in facts if f.kind == want.kind]
            failures.append(Failure(case, f"missing {want.kind}", f"{want.key} got {got}"))
            continue
        fact = found[0]
        left.remove(fact)
        if not period_right(want.kind, fact.period, [want.period]):
            failures.append(Failure(case, "period", f"{want.kind} {fact.period} != {want.period}"))
        if want.place is not None and not place_right(fact_place(fact), [want.place]):
            failures.append(
                Failure(case, "place", f"{want.kind} {fact_place(fact)!r} != {want.place!r}")
            )
        if fact.target != want.target:
            failures.append(Failure(case, "target", f"{want.kind} target={fact.target}"))
        if fact.scheme != want.scheme:
            failures.append(Failure(case, "scheme", f"{want.kind} {fact.scheme} != {want.scheme}"))
        if want.kind == "coverage" and fact.percent_stated != want.percent:
            failures.append(Failure(case, "share", f"{fact.percent_stated} != {want.percent}"))
        if want.unit is not None and getattr(fact, "unit", None) != want.unit:
            failures.append(Failure(case, "unit", f"{getattr(fact, 'unit', None)} != {want.unit}"))
    for fact in left:
        if (fact.kind, fact_key(fact)) in case.optional:
            continue
        failures.append(Failure(case, "extra", f"{fact.kind} {fact_key(fact)} {fact.quote!r}"))
    return failures


def with_dims(case: Case, **dims: str) -> Case:
    return replace(case, dims={**case.dims, **dims})
