"""A generative grammar of money-by-source paragraphs, and the facts each must yield.

A render is drawn from independent dimensions — the paragraph's framing (place and period),
its layout (amount first, source first, a total with its parts, a source heading with kinds
of capital, two sources joined…), the flow verb, the spelling of each source and of each
amount — and carries the funding facts a careful reader takes from it (FACTS.md: source,
amount_vnd, flow, period, region, and the share written with a part). Every wording here is
our own; none is copied from a report.

Beyond money by source, a render may state money that is no funding fact of its own (money
per unit, FACTS.md: a `percentage`; another national target programme's money in a paragraph
of its own: at most `integrated`, as ``Render.tolerated`` allows), money of several places
(each district's amount is its place's), an allocated whole with its kinds of capital (their
flow is the whole's), or a funding table — flattened one cell per line as a web page writes
it, or a document's own table under a caption (``Render.table``). Ranges ("từ 2 đến 3 tỷ
đồng", "2-3 tỷ") are left out: FACTS.md does not decide what a range of money yields.

``renders(n, seed)`` draws ``n`` renders with a fixed seed; ``mismatches`` compares one
render's expected facts with the facts read, field by field, so a failure can be grouped by
the dimension values that produced it (``tests/test_funding_wording_grammar.py``; run
``python tests/funding_grammar.py`` for the table of failures by dimension).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from baocao.vocab.sources import SOURCES as SOURCES_IN_ORDER

ALL = "central+province+district+commune"
LOCAL = "province+district+commune"
#: Joined sources are written in the taxonomy's order (the library's own list).
ORDER = SOURCES_IN_ORDER

#: Each canonical source (and the budgets of several levels, FACTS.md) with the spellings a
#: report writes it as: `label` where the source names the line ("Ngân sách tỉnh: …",
#: "… ; vốn tỉnh 3 tỷ đồng"), `after` after an amount ("5 tỷ đồng từ …").
SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "central": {
        "label": ("ngân sách Trung ương", "NSTW", "vốn TW"),
        "after": ("ngân sách Trung ương", "nguồn vốn NSTW", "vốn Trung ương"),
    },
    "province": {
        "label": ("ngân sách tỉnh", "vốn tỉnh", "NS tỉnh"),
        "after": ("ngân sách tỉnh", "nguồn ngân sách cấp tỉnh", "vốn tỉnh"),
    },
    "district": {
        "label": ("ngân sách huyện", "vốn huyện", "NS huyện"),
        "after": ("ngân sách huyện", "nguồn ngân sách cấp huyện", "vốn của huyện"),
    },
    "commune": {
        "label": ("ngân sách xã", "vốn xã", "NS xã"),
        "after": ("ngân sách xã", "nguồn ngân sách cấp xã", "vốn của xã"),
    },
    "integrated": {
        "label": ("vốn lồng ghép các chương trình", "vốn lồng ghép", "lồng ghép các chương trình"),
        "after": ("lồng ghép các chương trình, dự án", "vốn lồng ghép các chương trình"),
    },
    "credit": {
        "label": ("vốn tín dụng", "vốn vay tín dụng ưu đãi", "tín dụng"),
        "after": ("nguồn vốn tín dụng", "vốn vay của Ngân hàng Chính sách xã hội"),
    },
    "enterprise": {
        "label": ("doanh nghiệp", "vốn doanh nghiệp", "các doanh nghiệp hỗ trợ"),
        "after": ("các doanh nghiệp", "doanh nghiệp trên địa bàn"),
    },
    "community": {
        "label": ("nhân dân đóng góp", "người dân đóng góp", "vốn nhân dân"),
        "after": ("sự đóng góp của nhân dân", "nhân dân đóng góp", "đóng góp của người dân"),
    },
    "other": {
        "label": ("vốn khác", "nguồn vốn khác", "các nguồn khác"),
        "after": ("các nguồn vốn khác", "nguồn khác"),
    },
    ALL: {
        "label": ("ngân sách nhà nước", "vốn ngân sách nhà nước", "NSNN"),
        "after": ("ngân sách nhà nước", "nguồn NSNN"),
    },
    LOCAL: {
        "label": ("ngân sách địa phương", "vốn đối ứng địa phương", "vốn đối ứng của địa phương"),
        "after": ("ngân sách địa phương", "vốn đối ứng địa phương"),
    },
}

#: Places a paragraph is about, as written (the region every fact of it carries).
PLACES = ("huyện Tam Dương", "xã Hợp Thịnh", "tỉnh Bắc Giang", "thị xã Phú Thọ")


@dataclass(frozen=True)
class Frame:
    """The paragraph's opening: its period as written and the period the facts carry."""

    name: str
    opening: str  # "{place}" is filled in
    period: str
    past: bool = True  # a past state ("đã huy động"); False for a plan


FRAMES = (
    Frame("year", "Năm 2023, {place}", "2023"),
    Frame("in_year", "Trong năm 2022, {place}", "2022"),
    Frame("phase", "Giai đoạn 2021-2025, {place}", "2021-2025"),
    Frame("from_to", "Từ năm 2016 đến năm 2020, {place}", "2016-2020"),
    Frame("cumulative", "Lũy kế từ năm 2011 đến hết năm 2020, {place}", "2011-2020"),
    Frame("plan", "Kế hoạch giai đoạn 2026-2030, {place}", "2026-2030", past=False),
)


@dataclass(frozen=True)
class Flow:
    """A flow verb, as an amount-first clause writes it (``verb``) and as a noun of a
    heading writes it (``noun``), and the flow it means."""

    name: str
    verb: str
    noun: str
    flow: str
    goal: bool = False


FLOWS = (
    Flow("huy_dong", "đã huy động được", "huy động", "mobilised"),
    Flow("bo_tri", "đã được bố trí", "bố trí", "allocated"),
    Flow("phan_bo", "được phân bổ", "phân bổ", "allocated"),
    Flow("giai_ngan", "đã giải ngân", "giải ngân", "disbursed"),
    Flow("phan_dau", "phấn đấu huy động", "huy động", "planned", goal=True),
    Flow("du_kien", "dự kiến huy động", "huy động", "planned", goal=True),
)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _decimal(x: float) -> str:
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    return _thousands(int(whole)) + ("," + frac if frac else "")


MILLION = 1_000_000
BILLION = 1_000_000_000


@dataclass(frozen=True)
class Amount:
    """A spelling of money: ``draw`` gives (text, amount_vnd) from a random source."""

    name: str
    draw: Callable[[random.Random], tuple[str, int]]
    exact: bool = True  # "hơn …" is no part of a sum


def _trieu(r: random.Random) -> tuple[str, int]:
    n = r.randrange(1_200, 60_000)
    return f"{_thousands(n)} triệu đồng", n * MILLION


def _ty_comma(r: random.Random) -> tuple[str, int]:
    tenths = r.randrange(11, 600)
    if tenths % 10 == 0:
        tenths += 5
    return f"{_decimal(tenths / 10)} tỷ đồng", tenths * 100 * MILLION


def _ty_trieu(r: random.Random) -> tuple[str, int]:
    b, m = r.randrange(1, 40), r.randrange(105, 990)
    return f"{b} tỷ {m} triệu đồng", b * BILLION + m * MILLION


def _hon_nghin_ty(r: random.Random) -> tuple[str, int]:
    n = r.randrange(1, 4)
    return f"hơn {n} nghìn tỷ đồng", n * 1000 * BILLION


def _trieu_decimal_bare(r: random.Random) -> tuple[str, int]:
    n, c = r.randrange(1_100, 9_900), r.randrange(11, 99)
    if c % 10 == 0:
        c += 1
    return f"{_thousands(n)},{c} triệu", n * MILLION + c * 10_000


def _ty_bare(r: random.Random) -> tuple[str, int]:
    n = r.randrange(2, 90)
    return f"{n} tỷ", n * BILLION


AMOUNTS = (
    Amount("trieu", _trieu),
    Amount("ty_comma", _ty_comma),
    Amount("ty_trieu", _ty_trieu),
    Amount("hon_nghin_ty", _hon_nghin_ty, exact=False),
    Amount("trieu_decimal_bare", _trieu_decimal_bare),
    Amount("ty_bare", _ty_bare),
)


def spell_total(vnd: int, r: random.Random) -> str:
    """A total written in one of the usual ways (in triệu with decimals, or in tỷ)."""
    if vnd % (10 * MILLION) == 0 and r.random() < 0.5:
        return f"{_decimal(vnd / BILLION)} tỷ đồng"
    return f"{_decimal(vnd / MILLION)} triệu đồng"


@dataclass(frozen=True)
class Expected:
    source: str
    amount_vnd: int
    flow: str
    period: str
    region: str
    percent: float | None = None


@dataclass(frozen=True)
class Tolerated:
    """An amount a careful reader may leave out or read as one of ``sources`` (another
    programme's money in an NTM report: not the programme's own, at most `integrated`)."""

    amount_vnd: int
    sources: frozenset[str]


@dataclass(frozen=True)
class Render:
    """A paragraph, the facts it must yield, the amounts it may yield (``tolerated``), and,
    for a table layout, the table's rows (``table``: the text is then the lead line above it,
    and the document holds the table as a loader renders it)."""

    text: str
    expected: tuple[Expected, ...]
    dims: dict[str, str] = field(hash=False, compare=False)
    tolerated: tuple[Tolerated, ...] = ()
    table: tuple[tuple[str, ...], ...] | None = None


def joined(*sources: str) -> str:
    """Sources joined in taxonomy order (FACTS.md), each level once."""
    levels = {s for source in sources for s in source.split("+")}
    return "+".join(s for s in ORDER if s in levels)


class _Draw:
    """The random choices of one render, each recorded under its dimension."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.dims: dict[str, str] = {}
        self.tolerated: list[Tolerated] = []
        self.table: tuple[tuple[str, ...], ...] | None = None

    def pick(self, dim: str, options: Sequence, name: Callable[[object], str] = str):
        choice = self.r.choice(options)
        self.dims.setdefault(dim, name(choice))
        return choice

    def sources(self, k: int, *, pool: Sequence[str] = tuple(SOURCES)) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < k:
            s = self.r.choice(list(pool))
            if s not in chosen and not any(set(s.split("+")) & set(c.split("+")) for c in chosen):
                chosen.append(s)
        for i, s in enumerate(chosen):
            self.dims.setdefault(f"source{i}", s)
        return chosen

    def spelling(self, source: str, where: str, i: int = 0) -> str:
        spelling = self.r.choice(SOURCES[source][where])
        self.dims.setdefault(f"spelling{i}", spelling)
        return spelling

    def amount(self, *, exact: bool = False, i: int = 0) -> tuple[str, int]:
        options = [a for a in AMOUNTS if a.exact or not exact]
        a = self.r.choice(options)
        self.dims.setdefault(f"amount{i}", a.name)
        return a.draw(self.r)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _share(d: _Draw, part: int, whole: int) -> tuple[str, float]:
    pct = round(100 * part / whole, 2)
    written = _decimal(pct)
    form = d.pick("share", ("bracket", "chiem_ty_le", "bang"))
    text = {
        "bracket": f" (chiếm {written}%)",
        "chiem_ty_le": f", chiếm tỷ lệ {written}%",
        "bang": f", bằng {written}%",
    }[form]
    return text, pct


# ---- layouts: each draws its own choices and returns (text, expected) -------------------


def amount_first(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "Năm 2023, huyện A đã huy động được 5 tỷ đồng từ ngân sách tỉnh." """
    (source,) = d.sources(1)
    written, vnd = d.amount()
    spelling = d.spelling(source, "after")
    prep = d.pick("prep", ("từ", "từ nguồn", "của"))
    return f"{frame.opening.format(place=place)} {flow.verb} {written} {prep} {spelling}.", [
        (source, vnd, None)
    ]


def source_first(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "Năm 2023, vốn huy động của huyện A như sau:\n- Ngân sách tỉnh: 5 tỷ đồng." """
    (source,) = d.sources(1)
    written, vnd = d.amount()
    spelling = d.spelling(source, "label")
    head = f"{frame.opening.format(place=place)} {flow.verb} vốn cho Chương trình như sau:"
    mark = d.pick("mark", ("- ", "+ ", ""))
    return f"{head}\n{mark}{_cap(spelling)}: {written}.", [(source, vnd, None)]


def parts_inline(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """A total, then its parts after "trong đó" in one sentence, split by ";" or ","."""
    k = d.r.choice((2, 3))
    sources = d.sources(k)
    parts = [d.amount(exact=True, i=i) for i in range(k)]
    total = sum(v for _, v in parts)
    total_written = spell_total(total, d.r)
    sep = d.pick("sep", ("; ", ", "))
    opener = d.pick("trong_do", ("trong đó: ", "trong đó ", "gồm: "))
    part_order = d.pick("part_order", ("source_amount", "source_colon_amount", "amount_from"))
    shares = d.pick("with_shares", ("no", "yes")) == "yes"
    written_parts, expected = [], []
    for i, (source, (written, vnd)) in enumerate(zip(sources, parts, strict=True)):
        share, pct = _share(d, vnd, total) if shares else ("", None)
        if part_order == "amount_from":
            text = f"{written} từ {d.spelling(source, 'after', i)}{share}"
        elif part_order == "source_colon_amount":
            text = f"{d.spelling(source, 'label', i)}: {written}{share}"
        else:
            text = f"{d.spelling(source, 'label', i)} {written}{share}"
        written_parts.append(text)
        expected.append((source, vnd, pct))
    whole = d.pick("total_word", ("tong_nguon_von", "no_tong"))
    lead = frame.opening.format(place=place)
    if whole == "tong_nguon_von":
        head = f"{lead} {flow.verb} tổng nguồn vốn {total_written}"
    else:
        head = f"{lead} {flow.verb} {total_written} cho Chương trình"
    text = f"{head}, {opener}{sep.join(written_parts)}."
    return text, [("total", total, None), *expected]


def parts_lines(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """A total first or last, its parts on lines marked "-" or "+"."""
    k = d.r.choice((2, 3))
    sources = d.sources(k)
    parts = [d.amount(exact=True, i=i) for i in range(k)]
    total = sum(v for _, v in parts)
    total_written = spell_total(total, d.r)
    mark = d.pick("mark", ("- ", "+ "))
    where = d.pick("total_at", ("first", "last", "last_no_tong"))
    shares = d.pick("with_shares", ("no", "yes")) == "yes"
    lines, expected = [], []
    for i, (source, (written, vnd)) in enumerate(zip(sources, parts, strict=True)):
        share, pct = _share(d, vnd, total) if shares else ("", None)
        lines.append(f"{mark}{_cap(d.spelling(source, 'label', i))}: {written}{share};")
        expected.append((source, vnd, pct))
    lines[-1] = lines[-1][:-1] + "."
    lead = frame.opening.format(place=place)
    if where == "first":
        head = f"{lead} {flow.verb} tổng nguồn vốn {total_written}, trong đó:"
        text = "\n".join([head, *lines])
    else:
        head = f"{lead} {flow.verb} vốn từ các nguồn sau:"
        tail = "Tổng cộng: " if where == "last" else "Cộng: "
        text = "\n".join([head, *lines, f"{tail}{total_written}."])
    return text, [("total", total, None), *expected]


KINDS = ("Vốn đầu tư phát triển", "Vốn sự nghiệp")

#: Money split by kind of capital (development investment, recurrent) is public money: the
#: budgets and other programmes' money (README, twelfth session), not a firm's or a loan.
PUBLIC = ("central", "province", "district", "commune", "integrated", ALL, LOCAL)
#: The single levels, which two can be joined ("từ nguồn A và B").
LEVELS = ("central", "province", "district", "commune")


def heading_kinds(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """A source heading line, its kinds of capital on "+" sub-lines, then another source."""
    first = d.sources(1, pool=PUBLIC)[0]
    second = _other(d, first)
    (dev, dvnd), (rec, rvnd) = d.amount(exact=True, i=0), d.amount(exact=True, i=1)
    whole = dvnd + rvnd
    other_written, ovnd = d.amount(exact=True, i=2)
    total = whole + ovnd
    gom = d.pick("sub_open", (", trong đó:", ", gồm:", ":"))
    lead = f"{frame.opening.format(place=place)} {flow.verb} tổng nguồn vốn"
    lines = [
        f"{lead} {spell_total(total, d.r)}, trong đó:",
        f"- {_cap(d.spelling(first, 'label', 0))}: {spell_total(whole, d.r)}{gom}",
        f"+ {KINDS[0]}: {dev};",
        f"+ {KINDS[1]}: {rec};",
        f"- {_cap(d.spelling(second, 'label', 1))}: {other_written}.",
    ]
    return "\n".join(lines), [
        ("total", total, None),
        (first, whole, None),
        (first, dvnd, None),
        (first, rvnd, None),
        (second, ovnd, None),
    ]


def kinds_after_source(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """One source's amount, then its kinds of capital after "trong đó"."""
    (source,) = d.sources(1, pool=PUBLIC)
    (dev, dvnd), (rec, rvnd) = d.amount(exact=True, i=0), d.amount(exact=True, i=1)
    whole = dvnd + rvnd
    sep = d.pick("sep", ("; ", ", ", " và "))
    lead = frame.opening.format(place=place)
    text = (
        f"{lead} {flow.verb} {spell_total(whole, d.r)} từ {d.spelling(source, 'after')}, "
        f"trong đó {KINDS[0].lower()} {dev}{sep}{KINDS[1].lower()} {rec}."
    )
    return text, [(source, whole, None), (source, dvnd, None), (source, rvnd, None)]


def joined_after(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "… 312 tỷ đồng từ vốn ngân sách Trung ương và vốn đối ứng địa phương": two sources
    joined after one amount."""
    a, b = d.sources(2)
    written, vnd = d.amount()
    prep = d.pick("prep", ("từ", "từ nguồn"))
    conj = d.pick("conj", (" và ", ", "))
    text = (
        f"{frame.opening.format(place=place)} {flow.verb} {written} {prep} "
        f"{d.spelling(a, 'after', 0)}{conj}{d.spelling(b, 'after', 1)}."
    )
    return text, [(joined(a, b), vnd, None)]


def joined_before(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "Từ ngân sách tỉnh và ngân sách huyện, năm 2023 xã A đã bố trí 5 tỷ đồng." """
    a, b = d.sources(2, pool=LEVELS)
    written, vnd = d.amount()
    lead = frame.opening.format(place=place)
    text = (
        f"Từ nguồn {d.spelling(a, 'after', 0)} và {d.spelling(b, 'after', 1)}, "
        f"{lead[:1].lower()}{lead[1:]} {flow.verb} {written}."
    )
    return text, [(joined(a, b), vnd, None)]


# ---- money per unit, money of places, another programme, an allocated whole, tables -------

#: Money per unit, as a report writes it after (or before) the region's own money: an
#: average or a per-unit rate is a `percentage` with a money-per-unit unit, never funding
#: (FACTS.md "An average per unit is a percentage fact, never funding").
PER_UNIT = (
    "bình quân mỗi {unit} {verb} {amount}",
    "bình quân {amount}/{unit}",
    "hỗ trợ mỗi {unit} {amount}",
    "mức hỗ trợ {amount} cho mỗi {unit}",
    "trung bình {amount} một {unit}",
)
UNITS = ("xã", "thôn", "công trình")


def per_unit(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "Năm 2023, huyện A đã bố trí 5 tỷ đồng từ ngân sách tỉnh; bình quân mỗi xã được hỗ
    trợ 1,5 tỷ đồng." — the region's money, then money per unit (no funding fact)."""
    (source,) = d.sources(1)
    written, vnd = d.amount(exact=True)
    each, _ = d.amount(exact=True, i=1)
    form = d.pick("per_unit", PER_UNIT)
    unit = d.pick("unit", UNITS)
    clause = form.format(unit=unit, verb="được hỗ trợ", amount=each)
    sep = d.pick("per_sep", ("; ", ". ", ", "))
    if sep == ". ":
        clause = _cap(clause)
    lead = frame.opening.format(place=place)
    text = f"{lead} {flow.verb} {written} từ {d.spelling(source, 'after')}{sep}{clause}."
    return text, [(source, vnd, None)]


#: Districts of a province, as a list of allocations names them.
DISTRICTS = ("huyện Yên Thế", "huyện Lục Nam", "huyện Tân Yên", "thị xã Việt Yên")


def per_district(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "Năm 2023, tỉnh A đã phân bổ ngân sách tỉnh cho các huyện: huyện B 12 tỷ đồng,
    huyện C 8,5 tỷ đồng và …": each amount's place is its district (FACTS.md "Place")."""
    (source,) = d.sources(1, pool=LEVELS[:2])
    k = d.r.choice((2, 3))
    places = d.r.sample(DISTRICTS, k)
    parts = [d.amount(exact=True, i=i) for i in range(k)]
    lead = frame.opening.format(place="tỉnh Bắc Giang")
    verb = d.pick("district_verb", ("đã phân bổ", "đã bố trí", "đã giao"))
    head = f"{lead} {verb} {d.spelling(source, 'after')} cho các địa phương"
    form = d.pick("district_form", ("inline", "inline_colon", "lines"))
    if form == "lines":
        items = [f"- {_cap(p)}: {w};" for p, (w, _) in zip(places, parts, strict=True)]
        items[-1] = items[-1][:-1] + "."
        text = "\n".join([f"{head} như sau:", *items])
    else:
        colon = ": " if form == "inline_colon" else " "
        items = [f"{p}{colon}{w}" for p, (w, _) in zip(places, parts, strict=True)]
        sep = d.pick("sep", (", ", "; "))
        text = f"{head}: {sep.join(items[:-1])} và {items[-1]}."
    return text, [
        (source, v, None, p, "allocated") for p, (_, v) in zip(places, parts, strict=True)
    ]


#: Other national target programmes, as an NTM report names them in a paragraph of their own.
OTHER_PROGRAMMES = (
    "Chương trình MTQG giảm nghèo bền vững",
    "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
    "Chương trình MTQG 1719",
)


def other_programme(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """The region's NTM money, then another programme's money in a paragraph of its own:
    not NTM's own source money (at most `integrated`, the project's reading of another
    programme's money, funding_sources.toml), so never a budget level's."""
    text, parts = amount_first(d, frame, place, flow)
    programme = d.pick("programme", OTHER_PROGRAMMES)
    written, vnd = d.amount(exact=True, i=1)
    form = d.pick("programme_form", ("doi_voi", "colon", "thuc_hien"))
    money = d.pick("programme_money", ("von_tw", "ngan_sach_tw", "none"))
    of = {"von_tw": " vốn ngân sách Trung ương", "ngan_sach_tw": " từ ngân sách Trung ương"}.get(
        money, ""
    )
    year = frame.period.split("-")[-1]
    if form == "doi_voi":
        other = f"Đối với {programme}, năm {year} {place} đã được phân bổ {written}{of}."
    elif form == "colon":
        other = f"{programme}: năm {year}, {place} đã giải ngân {written}{of}."
    else:
        other = f"Thực hiện {programme}, {place} đã được giao {written}{of} trong năm {year}."
    d.tolerated.append(Tolerated(vnd, frozenset({"integrated"})))
    return f"{text}\n{other}", parts


#: An allocated whole's verbs: its kinds of capital take its flow, not the default.
ALLOCATING = ("được phân bổ", "được giao", "đã được bố trí")
#: A level handing money down, as the giver of the sentence names it, and its budget.
GIVERS = {"tỉnh": "province", "huyện": "district", "Trung ương": "central"}
GIVING = ("giao", "phân bổ", "bố trí")


def allocated_whole(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """ "Năm 2023, huyện A được giao 20 tỷ đồng vốn ngân sách tỉnh, trong đó vốn đầu tư phát
    triển …, vốn sự nghiệp …", "… được tỉnh giao 20 tỷ đồng (vốn đầu tư phát triển …)": the
    kinds of capital are the whole's source and flow."""
    (dev, dvnd), (rec, rvnd) = d.amount(exact=True, i=0), d.amount(exact=True, i=1)
    whole = dvnd + rvnd
    spelled = spell_total(whole, d.r)
    where = d.pick("source_at", ("after_amount", "before_amount", "giver", "giver_subject"))
    lead = frame.opening.format(place=place)
    if where in ("giver", "giver_subject"):
        giver = d.pick("giver", tuple(GIVERS))
        source = GIVERS[giver]
        d.dims.setdefault("source0", source)
        giving = d.pick("giving", GIVING)
        if where == "giver":
            head = f"{lead} được {giver} {giving} {spelled}"
        else:
            opening = frame.opening.split(", {place}")[0]
            head = f"{opening}, {giver} {giving} cho {place} {spelled}"
    else:
        (source,) = d.sources(1, pool=("province", "district", "commune", ALL, LOCAL))
        verb = d.pick("allocating", ALLOCATING)
        if where == "after_amount":
            head = f"{lead} {verb} {spelled} {d.spelling(source, 'after')}"
        else:
            head = f"{lead} {verb} {d.spelling(source, 'after')} {spelled}"
    kinds = d.pick(
        "kinds_form", ("trong_do", "trong_do_colon", "paren", "paren_bare", "next_sentence")
    )
    dev_text = f"{KINDS[0].lower()} {dev}"
    rec_text = f"{KINDS[1].lower()} {rec}"
    if kinds == "trong_do":
        text = f"{head}, trong đó {dev_text}, {rec_text}."
    elif kinds == "trong_do_colon":
        text = f"{head}, trong đó: {dev_text}; {rec_text}."
    elif kinds == "paren":
        text = f"{head} (trong đó {dev_text}, {rec_text})."
    elif kinds == "paren_bare":
        text = f"{head} ({dev_text} và {rec_text})."
    else:
        text = f"{head}. Trong đó, {dev_text} và {rec_text}."
    return text, [
        (source, whole, None, None, "allocated"),
        (source, dvnd, None, None, "allocated"),
        (source, rvnd, None, None, "allocated"),
    ]


#: A table's header cells by column, and the unit its amount header names.
TABLE_HEADS = {"source": "Nguồn vốn", "share": "Tỷ lệ (%)", "no": "TT"}
TOTAL_ROWS = ("Tổng cộng", "Tổng số", "Tổng nguồn vốn")


def _table_rows(d: _Draw) -> tuple[list[tuple[str, ...]], list[tuple]]:
    """A funding table's rows (header first): a source, amount and share column in some
    order, the unit in the amount header, a total row first or last."""
    k = d.r.choice((2, 3))
    sources = d.sources(k)
    unit = d.pick("table_unit", ("triệu đồng", "tỷ đồng"))
    scale = MILLION if unit == "triệu đồng" else 10 * MILLION
    values = [d.r.randrange(1_200, 60_000) * scale for _ in range(k)]
    total = sum(values)

    def cell(vnd: int) -> str:
        return _thousands(vnd // MILLION) if unit == "triệu đồng" else _decimal(vnd / BILLION)

    columns = list(
        d.pick(
            "columns",
            (
                ("source", "amount", "share"),
                ("source", "share", "amount"),
                ("no", "source", "amount", "share"),
                ("amount", "source", "share"),
                ("source", "amount"),
            ),
            lambda c: "_".join(c),
        )
    )
    header = [TABLE_HEADS.get(c, f"Số tiền ({unit})") for c in columns]
    rows, expected = [], []
    shares = "share" in columns
    for i, (source, vnd) in enumerate(zip(sources, values, strict=True)):
        pct = round(100 * vnd / total, 2)
        row = {
            "no": str(i + 1),
            "source": _cap(d.spelling(source, "label", i)),
            "amount": cell(vnd),
            "share": _decimal(pct),
        }
        rows.append(tuple(row[c] for c in columns))
        expected.append((source, vnd, pct if shares else None))
    total_row = {
        "no": "",
        "source": d.pick("total_row", TOTAL_ROWS),
        "amount": cell(total),
        "share": "100",
    }
    total_line = tuple(total_row[c] for c in columns)
    at = d.pick("total_at", ("first", "last"))
    body = [total_line, *rows] if at == "first" else [*rows, total_line]
    return [tuple(header), *body], [("total", total, 100.0 if shares else None), *expected]


def flat_table(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """A funding table as a web page flattens it: one cell per line under a lead line."""
    rows, parts = _table_rows(d)
    lead = f"{frame.opening.format(place=place)} {flow.verb} vốn cho Chương trình như sau:"
    return "\n".join([lead, *(c for row in rows for c in row if c)]), parts


def word_table(d: _Draw, frame: Frame, place: str, flow: Flow) -> tuple[str, list[tuple]]:
    """The same table as a document's own table (cells joined by " | ", as a loader
    renders a table), under its lead line."""
    rows, parts = _table_rows(d)
    d.table = tuple(rows)
    return f"{frame.opening.format(place=place)} {flow.verb} vốn cho Chương trình như sau:", parts


LAYOUTS: dict[str, Callable[[_Draw, Frame, str, Flow], tuple[str, list[tuple]]]] = {
    "amount_first": amount_first,
    "source_first": source_first,
    "parts_inline": parts_inline,
    "parts_lines": parts_lines,
    "heading_kinds": heading_kinds,
    "kinds_after_source": kinds_after_source,
    "joined_after": joined_after,
    "joined_before": joined_before,
    "per_unit": per_unit,
    "per_district": per_district,
    "other_programme": other_programme,
    "allocated_whole": allocated_whole,
    "flat_table": flat_table,
    "word_table": word_table,
}

#: Layouts whose own verbs state the flow: drawn with a past frame only.
OWN_FLOW = ("per_district", "allocated_whole")


GOAL_FRAMES = ("year", "phase", "plan")


def _other(d: _Draw, first: str) -> str:
    """A second source, sharing no level with ``first``."""
    levels = set(first.split("+"))
    pool = [s for s in SOURCES if not set(s.split("+")) & levels]
    second = d.r.choice(pool)
    d.dims.setdefault("source1", second)
    return second


def render(r: random.Random) -> Render:
    d = _Draw(r)
    layout = d.pick("layout", tuple(LAYOUTS))
    frames = [f for f in FRAMES if f.past or layout not in OWN_FLOW]
    frame = d.pick("frame", frames, lambda f: f.name)
    # A plan is never reached ("đã"), and a span already over is no goal.
    flows = [f for f in FLOWS if f.goal != frame.past or (f.goal and frame.name in GOAL_FRAMES)]
    flow = d.pick("flow", flows, lambda f: f.name)
    place = d.pick("place", PLACES)
    text, parts = LAYOUTS[layout](d, frame, place, flow)
    period = frame.period
    expected = tuple(_expected(part, flow, period, place) for part in parts)
    return Render(text + "\n", expected, d.dims, tuple(d.tolerated), d.table)


def _expected(part: tuple, flow: Flow, period: str, place: str) -> Expected:
    """A layout's part: (source, amount, share), and maybe its own place and flow."""
    source, vnd, pct, *own = part
    region = own[0] if own and own[0] else place
    return Expected(source, vnd, own[1] if len(own) > 1 else flow.flow, period, region, pct)


def renders(n: int, seed: int = 2026) -> list[Render]:
    r = random.Random(seed)
    return [render(r) for _ in range(n)]


def mismatches(
    expected: Sequence[Expected], got: Sequence[Expected], tolerated: Sequence[Tolerated] = ()
) -> list[str]:
    """What is wrong, one word per failed expectation: a field name where an amount was
    read with another value of it, ``missing`` where the amount was not read, ``extra`` for
    a fact no expectation has (``tolerated`` amounts, read as one of their sources, are
    none)."""
    left = [
        g
        for g in got
        if not any(t.amount_vnd == g.amount_vnd and g.source in t.sources for t in tolerated)
    ]
    problems: list[str] = []
    for want in expected:
        if want in left:
            left.remove(want)
            continue
        same = [g for g in left if g.amount_vnd == want.amount_vnd]
        if not same:
            problems.append("missing")
            continue
        best = min(same, key=lambda g: len(_diff(want, g)))
        left.remove(best)
        problems += _diff(want, best)
    problems += ["extra"] * len(left)
    return problems


def _diff(a: Expected, b: Expected) -> list[str]:
    return [
        k
        for k in ("source", "flow", "period", "region", "percent")
        if getattr(a, k) != getattr(b, k)
    ]
