"""A generative grammar of short NTM paragraphs in PAIRS for the auditor: the probe of
``test_audit_wording_grammar.py``. Each pair is one paragraph written twice from the same
dimension values: a consistent version, which must raise no finding at all, and an
inconsistent one (one number changed), which must raise a finding of the expected kind whose
quote overlaps the sentence the wrong number stands in (``baocao evaluate --audit`` scores a
gold inconsistency so). A failure is read by the dimension values it shares with the other
failures, not by its sentence:

- ``frame``: a province's or a district's report (header with its unit and date), a news
  item (headline and dateline), or no header; ``month`` the month the text is dated (April:
  a goal "đến cuối năm" of the same year is still ahead);
- ``klass``: the inconsistency the bad version carries (money parts by source against their
  total, in lines, inline after "trong đó" or with "Cộng:" after them; a source's share of
  the total; K/N against its percentage; communes by district or by band against the whole;
  K above N; a criteria count against the unmet criteria listed; a rise against the two
  totals; an impossible average of criteria; a rate above 100%);
- ``units`` (money): the total and the parts in one unit, or the total in tỷ and the parts
  in triệu; ``precision`` (shares): the decimals a share is written with, rounded or cut;
- ``trick``: a consistent sentence beside it that a careless auditor takes for a clash: a
  goal for a later time, another year's figure, a "trong đó" example that is not all the
  parts, another place's total.

All sentences are written here for the probe (none is copied from a report); the places are
real units of the gazetteer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Area:
    """A province, one of its districts (with its kind), three of its districts for lists,
    and two communes of the district."""

    province: str
    district: str
    district_type: str
    districts: tuple[str, str, str]
    communes: tuple[str, str]
    xa: int  # communes of the district


AREAS = (
    Area(
        "Nghệ An",
        "Tân Kỳ",
        "huyện",
        ("Yên Thành", "Diễn Châu", "Nghi Lộc"),
        ("Tân Hợp", "Nghĩa Đồng"),
        19,
    ),
    Area(
        "Thái Bình",
        "Kiến Xương",
        "huyện",
        ("Vũ Thư", "Đông Hưng", "Tiền Hải"),
        ("Quốc Tuấn", "Bình Nguyên"),
        28,
    ),
    Area(
        "Hà Tĩnh",
        "Can Lộc",
        "huyện",
        ("Hương Khê", "Thạch Hà", "Đức Thọ"),
        ("Thiên Lộc", "Vượng Lộc"),
        15,
    ),
    Area(
        "Bắc Giang",
        "Lục Nam",
        "huyện",
        ("Tân Yên", "Lạng Giang", "Yên Dũng"),
        ("Đông Phú", "Bảo Sơn"),
        22,
    ),
    Area(
        "Sóc Trăng",
        "Mỹ Tú",
        "huyện",
        ("Châu Thành", "Kế Sách", "Long Phú"),
        ("Mỹ Hương", "Long Hưng"),
        8,
    ),
)

YEARS = (2019, 2021, 2023)
MONTHS = (4, 12)

#: The statement classes and the finding kind each one's bad version must raise.
KINDS = {
    "money_lines": "sum_mismatch",
    "money_inline": "sum_mismatch",
    "money_cong": "sum_mismatch",
    "money_share": "percent_mismatch",
    "coverage_pct": "percent_mismatch",
    "district_counts": "sum_mismatch",
    "band_counts": "sum_mismatch",
    "k_over_n": "denominator_mismatch",  # "more units than there are" (audit/denominators.py)
    "unmet_listed": "count_mismatch",
    "rise": "count_mismatch",
    "average": "count_mismatch",
    "rate_over_100": "unit_implausible",
}

TRICKS = ("none", "goal_later", "other_year", "example", "other_place")


@dataclass(frozen=True)
class Pair:
    dims: dict[str, str]
    good: str
    bad: str
    kind: str  # the finding the bad version must raise
    wrong: str  # the sentence of ``bad`` the finding's quote must overlap


@dataclass
class _Draw:
    rng: random.Random
    dims: dict[str, str] = field(default_factory=dict)

    def pick(self, dim: str, options):
        choice = self.rng.choice(list(options))
        self.dims[dim] = str(choice)
        return choice


def _vn(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _cut(value: float, decimals: int) -> float:
    scale = 10**decimals
    return int(value * scale) / scale


def _frame(frame: str, area: Area, year: int, month: int) -> tuple[str, str, str]:
    """The header, the place word a sentence of the unit uses, and the unit as written."""
    d = f"{area.district_type} {area.district}"
    date = f"ngày 16 tháng {month} năm {year}"
    if frame == "report_province":
        head = (
            f"ỦY BAN NHÂN DÂN\nTỈNH {area.province.upper()}\nSố: 118/BC-UBND\n"
            f"{area.province}, {date}\n\nBÁO CÁO\nKết quả xây dựng nông thôn mới "
            f"năm {year}\n\n"
        )
        return head, "toàn tỉnh", f"tỉnh {area.province}"
    if frame == "report_district":
        head = (
            f"ỦY BAN NHÂN DÂN\n{d.upper()}\nSố: 57/BC-UBND\n{area.district}, {date}\n\n"
            f"BÁO CÁO\nKết quả xây dựng nông thôn mới năm {year}\n\n"
        )
        return head, "toàn huyện", d
    if frame == "news":
        head = (
            f"{d[:1].upper()}{d[1:]} nâng chất các tiêu chí nông thôn mới\n"
            f"16/{month:02d}/{year} | 08:30\n\n"
        )
        return head, d, d
    return "", d, d


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- money ------------------------------------------------------------------------------------

_SOURCES = (
    "Ngân sách Trung ương",
    "Ngân sách tỉnh",
    "Ngân sách huyện",
    "Vốn lồng ghép các chương trình",
    "Vốn tín dụng",
    "Doanh nghiệp",
    "Nhân dân đóng góp",
)


def _money_parts(d: _Draw) -> tuple[list[str], list[int]]:
    """Three sources and their amounts in triệu đồng."""
    k = d.rng.choice((3, 4))
    sources = d.rng.sample(_SOURCES, k)
    amounts = [d.rng.randrange(1_200, 90_000) for _ in sources]
    return sources, amounts


def _amount(millions: int, unit: str) -> str:
    if unit == "ty":
        return f"{_vn(millions / 1000, 3)} tỷ đồng"
    return f"{_thousands(millions)} triệu đồng"


def _total(millions: int, unit: str) -> str:
    """A total in triệu, or in tỷ written to the triệu (so it is exact)."""
    return _amount(millions, "ty" if unit == "mixed" else "trieu")


def _off(total: int, d: _Draw) -> int:
    """The total with a slip of the pen: one digit after the first written one more or less
    (far more than the rounding of what is written)."""
    digits = list(str(total))
    at = d.rng.randrange(1, min(3, len(digits)))
    old = int(digits[at])
    digits[at] = str(d.rng.choice([v for v in range(10) if v != old and abs(v - old) <= 3]))
    return int("".join(digits))


def money(d: _Draw, klass: str, lead: str, place: str) -> tuple[str, str, str]:
    sources, amounts = _money_parts(d)
    unit = d.pick("units", ("same", "mixed"))
    total = sum(amounts)
    wrong_total = _off(total, d)

    def render(t: int) -> tuple[str, str]:
        parts = [(s, _amount(a, "trieu")) for s, a in zip(sources, amounts, strict=True)]
        if klass == "money_lines":
            first = f"{lead}{place} đã huy động tổng nguồn vốn {_total(t, unit)}, trong đó:"
            lines = [f"- {s}: {a};" for s, a in parts]
            return "\n".join([first, *lines])[:-1] + ".", first
        if klass == "money_inline":
            inner = "; ".join(f"{s.lower()} {a}" for s, a in parts)
            sentence = (
                f"{lead}{place} đã huy động tổng nguồn vốn {_total(t, unit)}, trong đó {inner}."
            )
            return sentence, sentence
        last = f"Cộng: {_total(t, unit)}."
        first = f"{lead}{place} đã huy động vốn từ các nguồn sau:"
        lines = [f"- {s}: {a};" for s, a in parts]
        return "\n".join([first, *lines, last]), last

    good, _ = render(total)
    bad, wrong = render(wrong_total)
    return good, bad, wrong


def money_share(d: _Draw, lead: str, place: str) -> tuple[str, str, str]:
    sources, amounts = _money_parts(d)
    total = sum(amounts)
    decimals = int(d.pick("precision", ("0", "1", "2")))
    how = d.pick("rounding", ("round", "cut"))
    wrong_at = d.rng.randrange(len(sources))

    def share(a: int) -> float:
        value = 100 * a / total
        return round(value, decimals) if how == "round" else _cut(value, decimals)

    first = f"{lead}{place} đã huy động tổng nguồn vốn {_total(total, 'same')}, trong đó:"

    def render(bad: bool) -> tuple[str, str]:
        lines = []
        for i, (s, a) in enumerate(zip(sources, amounts, strict=True)):
            p = share(a) + (7 if bad and i == wrong_at else 0)
            lines.append(f"- {s}: {_amount(a, 'trieu')}, chiếm {_vn(p, decimals)}%;")
        return "\n".join([first, *lines])[:-1] + ".", lines[wrong_at]

    good, _ = render(False)
    bad, wrong = render(True)
    return good, bad, wrong.rstrip(";")


# -- counts -----------------------------------------------------------------------------------


def coverage_pct(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    n = area.xa
    k = max(2, n * 2 // 3 + d.rng.randrange(-2, 2))
    decimals = int(d.pick("precision", ("0", "1", "2")))
    how = d.pick("rounding", ("round", "cut"))
    value = 100 * k / n
    p = round(value, decimals) if how == "round" else _cut(value, decimals)
    form = d.pick("share_form", ("dat", "chiem", "ty_le"))
    words = {"dat": " (đạt {p}%)", "chiem": ", chiếm {p}%", "ty_le": ", đạt tỷ lệ {p}%"}[form]

    def render(pv: float) -> str:
        share = words.format(p=_vn(pv, decimals))
        return f"{lead}{place} có {k}/{n} xã đạt chuẩn nông thôn mới{share}."

    bad = render(p + 9)
    return render(p), bad, bad


def district_counts(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    parts = [d.rng.randrange(1, 6) for _ in area.districts]
    total = sum(parts)
    scheme = d.pick("scheme", ("nâng cao", "kiểu mẫu"))
    inner = ", ".join(f"huyện {h} {c} xã" for h, c in zip(area.districts, parts, strict=True))
    opener = d.pick("opener", ("gồm: ", "trong đó: ", "cụ thể: "))

    def render(t: int) -> str:
        return (
            f"{lead}toàn tỉnh {area.province} có {t:02d} xã đạt chuẩn nông thôn mới {scheme}, "
            f"{opener}{inner}."
        )

    bad = render(total + 1)
    return render(total), bad, bad


def band_counts(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    n = area.xa
    a = d.rng.randrange(1, n // 3 + 1)
    c = d.rng.randrange(1, n // 3 + 1)
    b = n - a - c
    form = d.pick("band_form", ("range", "words"))
    middle = "từ 15-18 tiêu chí" if form == "range" else "từ 15 đến 18 tiêu chí"

    def render(bb: int) -> str:
        return (
            f"{lead}{place} có {n} xã, trong đó: {a} xã đạt 19 tiêu chí, {bb} xã đạt {middle}, "
            f"{c} xã đạt dưới 15 tiêu chí."
        )

    bad = render(b + 2)
    return render(b), bad, bad


def k_over_n(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    n = area.xa
    what = d.pick("criterion", ("tiêu chí số 17 về môi trường", "tiêu chí về giao thông"))

    def render(k: int) -> str:
        return f"{lead}{place} có {k}/{n} xã đạt {what}."

    bad = render(n + 2)
    return render(n - 1), bad, bad


def unmet_listed(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    w = area.communes[0]
    form = d.pick("list_form", ("numbers", "topics"))
    listed = (
        "tiêu chí số 5 về trường học và tiêu chí số 13 về tổ chức sản xuất"
        if form == "numbers"
        else "trường học, tổ chức sản xuất"
    )
    join = " là " if form == "numbers" else " gồm: "

    def render(met: int) -> str:
        return f"{lead}xã {w} đạt {met}/19 tiêu chí, còn 02 tiêu chí chưa đạt{join}{listed}."

    bad = render(16)
    return render(17), bad, bad


def rise(d: _Draw, lead: str, place: str, area: Area, year: int) -> tuple[str, str, str]:
    n = area.xa
    before = max(2, n // 3)
    added = d.rng.randrange(2, 5)
    now = before + added
    base = d.pick("base", ("năm trước", "năm {y}"))
    base = base.format(y=year - 1)
    first = f"Năm {year - 1}, {place} có {before} xã đạt chuẩn nông thôn mới."

    def render(step: int) -> tuple[str, str]:
        second = (
            f"Năm {year}, {place} có {now}/{n} xã đạt chuẩn nông thôn mới, tăng {step} xã "
            f"so với {base}."
        )
        return f"{first}\n{second}", second

    good, _ = render(added)
    bad, wrong = render(added + 2)
    return good, bad, wrong


def average(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    form = d.pick("average_form", ("above_set", "recognised_all"))
    n = area.xa
    if form == "above_set":

        def render(v: str) -> str:
            return f"{lead}{place} bình quân đạt {v} tiêu chí/xã."

        bad = render("19,6")
        return render("16,4"), bad, bad

    def render2(v: str) -> str:
        return (
            f"{lead}{place} có {n}/{n} xã đạt chuẩn nông thôn mới, bình quân đạt {v} tiêu chí/xã."
        )

    bad = render2("17,5")
    return render2("19"), bad, bad


def rate_over_100(d: _Draw, lead: str, place: str, area: Area) -> tuple[str, str, str]:
    what = d.pick(
        "rate",
        (
            "tỷ lệ hộ dân sử dụng nước hợp vệ sinh",
            "tỷ lệ người dân tham gia bảo hiểm y tế",
            "tỷ lệ hộ có nhà ở đạt chuẩn",
        ),
    )

    def render(v: str) -> str:
        return f"{lead}{what} của {place} đạt {v}%."

    bad = render("104,5")
    return render("94,5"), bad, bad


# -- tricks: consistent sentences beside the statement ----------------------------------------


def trick(name: str, klass: str, area: Area, year: int, place: str) -> str:
    """A sentence that must not change the verdict on the paragraph."""
    if name == "none":
        return ""
    money_class = klass.startswith("money")
    w = area.communes[0]
    if name == "goal_later":
        if money_class:
            return f"Năm {year + 1}, phấn đấu huy động tổng nguồn vốn 95.000 triệu đồng."
        if klass == "unmet_listed":
            return f"Phấn đấu đến cuối năm {year}, xã {w} đạt 19 tiêu chí."
        if klass == "average":
            return f"Phấn đấu đến năm {year + 2}, bình quân đạt 18,5 tiêu chí/xã."
        return f"Phấn đấu đến cuối năm {year + 1}, {place} có thêm 3 xã đạt chuẩn nông thôn mới."
    if name == "other_year":
        if money_class:
            return f"Năm {year - 2}, tổng nguồn vốn huy động là 61.250 triệu đồng."
        if klass == "unmet_listed":
            return f"Năm {year - 2}, xã {w} mới đạt 12/19 tiêu chí."
        if klass == "average":
            return f"Năm {year - 2}, bình quân đạt 14,2 tiêu chí/xã."
        return f"Năm {year - 3}, {place} mới có 1 xã đạt chuẩn nông thôn mới."
    if name == "example":
        if money_class:
            return (
                "Riêng nguồn vốn sự nghiệp là 48.000 triệu đồng, trong đó có 6.000 triệu đồng "
                "hỗ trợ phát triển sản xuất."
            )
        return (
            f"Trong số xã đạt chuẩn, có 2 xã đạt chuẩn nông thôn mới nâng cao, trong đó có xã {w}."
        )
    if name == "other_place":
        if money_class:
            return (
                "Tỉnh Thanh Hóa đã huy động 2.460.000 triệu đồng, trong đó ngân sách tỉnh "
                "310.000 triệu đồng."
            )
        return "Cả nước có 6.084/8.167 xã đạt chuẩn nông thôn mới (đạt 74,5%)."
    raise ValueError(name)


_TRICK_BEFORE = {"other_year", "other_place"}

LEADS = ("Năm {y}, ", "Đến nay, ", "Tính đến 31/12/{y}, ", "")


def render_pair(d: _Draw, klass: str) -> Pair:
    area = d.pick("province", AREAS)
    d.dims["province"] = area.province
    year = d.pick("year", YEARS)
    month = d.pick("month", MONTHS)
    frame = d.pick("frame", ("report_province", "report_district", "news", "none"))
    d.dims["klass"] = klass
    head, level, unit = _frame(frame, area, year, month)
    place = d.pick("place", ("level", "named")) if frame != "none" else "named"
    written = level if place == "level" else unit
    if klass == "rise":
        lead = ""
    else:
        lead = d.pick("lead", LEADS).format(y=year)
    plain = written if lead else _cap(written)
    builders: dict[str, Callable[[], tuple[str, str, str]]] = {
        "money_lines": lambda: money(d, klass, lead, plain),
        "money_inline": lambda: money(d, klass, lead, plain),
        "money_cong": lambda: money(d, klass, lead, plain),
        "money_share": lambda: money_share(d, lead, plain),
        "coverage_pct": lambda: coverage_pct(d, lead, plain, area),
        "district_counts": lambda: district_counts(d, lead, plain, area),
        "band_counts": lambda: band_counts(d, lead, plain, area),
        "k_over_n": lambda: k_over_n(d, lead, plain, area),
        "unmet_listed": lambda: unmet_listed(d, lead, plain, area),
        "rise": lambda: rise(d, lead, written, area, year),
        "average": lambda: average(d, lead, plain, area),
        "rate_over_100": lambda: rate_over_100(d, lead, written, area),
    }
    good, bad, wrong = builders[klass]()
    name = d.pick("trick", TRICKS)
    extra = trick(name, klass, area, year, written)

    def whole(body: str) -> str:
        if not extra:
            parts = [_cap(body)]
        elif name in _TRICK_BEFORE and (frame != "none" or name == "other_place"):
            # (a text with no header whose opening is dated is read as of that year: the
            # other year's figure then goes after the statement)
            parts = [extra, _cap(body)]
        else:
            parts = [_cap(body), extra]
        return head + "\n".join(parts) + "\nCác địa phương tiếp tục nâng chất các tiêu chí.\n"

    return Pair(dict(d.dims), whole(good), whole(bad), KINDS[klass], wrong)


def pairs(n: int, seed: int = 20261207) -> list[Pair]:
    """``n`` pairs drawn with a fixed seed, the classes taken in turn."""
    rng = random.Random(seed)
    out = []
    klasses = list(KINDS)
    for i in range(n):
        out.append(render_pair(_Draw(rng), klasses[i % len(klasses)]))
    return out
