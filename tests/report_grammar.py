"""A generative grammar of official NTM reports' structure, and the facts each must yield
(FACTS.md): the probe of ``test_report_wording_grammar.py``. A report is rendered from
independent dimensions, so a failure is read by the dimension values it shares with the other
failures, not by its sentence:

- ``header``: the People's Committee header (ỦY BAN NHÂN DÂN, số hiệu, "…, ngày d tháng m
  năm y") of a commune's, a district's or a province's report, or none at all;
- ``title``: the report period its title writes ("năm 2023", "6 tháng đầu năm 2024", "giai
  đoạn 2021-2025", "3 năm (2016-2018)", "đến 30/6/2024"), which every fact of the body takes;
- ``body``: what follows the header: ``verdicts`` (one section per criterion), ``summary``
  (criteria met and unmet, with the unmet ones listed) or ``communes`` (a district's list of
  its communes and the criteria each meets);
- for verdicts, ``form`` (numbered "Tiêu chí số 3 về …", numbered without "số", by name, a
  dash list of names, a table of criterion | result as flattened text or as a real table),
  ``at`` (the verdict in the heading or after the section's text), ``word`` (the verdict
  line: "Đánh giá", "Tự đánh giá", "Kết quả"), ``text`` (the section's text: none, words, or
  figures that are facts of their own), ``names`` (official names or short ones), and in a
  district's report ``sub`` (the commune's sections under its numbered heading "1. Xã A", or
  under a lead line ending in it "… của xã A:");
- for summaries, ``count`` (15/19 with the unmet count in digits or in words), ``listing``
  (names joined with "và", names after semicolons, numbers, numbers with names), ``subject``
  (the bare "Xã" of a commune's own report, or the commune named);
- for commune lists, ``layout`` (inline, one line per commune, parenthesised counts, a table
  flattened or real).

The subject of a verdict section is the reporting commune, or in a district's report the
commune its subsection heading names. Left out, because FACTS.md does not decide them: verdict
sections with no header naming their subject (whose are they?), a header whose title gives no
period (does the date line's year make the period?), commune verdict sections in a province's
report, and the criteria set of a text with no period (the probe uses criteria whose number is
the same in 2016-2020 and 2021-2025, and checks the set only where the title decides it).

All wordings are written here for the probe (none is copied from a report); the places are
real units of the gazetteer.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from baocao.vocab.criteria import criterion_name


@dataclass(frozen=True)
class Area:
    """A province, one of its districts and three of that district's communes."""

    province: str
    district: str
    communes: tuple[str, str, str]


AREAS = (
    Area("Nghệ An", "Tân Kỳ", ("Tân Hợp", "Nghĩa Đồng", "Giai Xuân")),
    Area("Thái Bình", "Kiến Xương", ("Quốc Tuấn", "Bình Nguyên", "Thanh Tân")),
    Area("Hà Tĩnh", "Can Lộc", ("Thiên Lộc", "Vượng Lộc", "Thượng Lộc")),
    Area("Bắc Giang", "Lục Nam", ("Đông Phú", "Bảo Sơn", "Tam Dị")),
)


@dataclass(frozen=True)
class Expected:
    """One fact a report must yield: its kind, its comparison key (as ``evaluate``
    compares), its place, its period (``evaluate.period_right``: the end year for these
    kinds), its criteria set (None: not checked) and other keys a careful reader accepts."""

    kind: str
    key: tuple
    place: str | None
    period: str | None
    criteria_set: str | None = None
    alts: tuple[tuple, ...] = ()


@dataclass(frozen=True)
class Case:
    dims: dict[str, str]
    text: str
    expected: tuple[Expected, ...]
    # rows of a table the document holds as a real table (rendered " | " in ``text``)
    table: tuple[tuple[str, ...], ...] = ()
    optional: tuple[tuple[str, tuple], ...] = field(default_factory=tuple)


# -- header and title -----------------------------------------------------------------------

#: title wording, the period its facts take, the criteria set it decides
TITLES: dict[str, tuple[str, str, str]] = {
    "year": ("năm 2023", "2023", "2021-2025"),
    "half": ("6 tháng đầu năm 2024", "2024-H1", "2021-2025"),
    "phase": ("giai đoạn 2021-2025", "2021-2025", "2021-2025"),
    "three_years": ("3 năm (2016-2018)", "2016-2018", "2016-2020"),
    "to_date": ("đến 30/6/2024", "2024", "2021-2025"),
}

HEADERS = ("commune", "commune_nested", "district", "province", "none")


def _header(header: str, title: str, area: Area, commune: str) -> tuple[str, str | None]:
    """The header text and the reporting unit (as a place)."""
    if header == "none":
        return "", None
    wording, _, _ = TITLES[title]
    year = {"2016-2018": 2018, "2021-2025": 2025}.get(TITLES[title][1], 2024)
    if header == "commune":
        issuer = f"ỦY BAN NHÂN DÂN\nXÃ {commune.upper()}"
        where, unit, number = commune, f"xã {commune}", "38/BC-UBND"
    elif header == "commune_nested":  # the district above the commune, as some headers write
        issuer = f"UBND HUYỆN {area.district.upper()}\nỦY BAN NHÂN DÂN XÃ {commune.upper()}"
        where, unit, number = commune, f"xã {commune}", "38/BC-UBND"
    elif header == "district":
        issuer = f"ỦY BAN NHÂN DÂN\nHUYỆN {area.district.upper()}"
        where, unit, number = area.district, f"huyện {area.district}", "215/BC-UBND"
    else:
        issuer = f"ỦY BAN NHÂN DÂN\nTỈNH {area.province.upper()}"
        where, unit, number = area.province, f"tỉnh {area.province}", "507/BC-UBND"
    text = (
        f"{issuer}\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n{where}, ngày 12 tháng 7 năm {year}\n\nBÁO CÁO\n"
        f"Kết quả xây dựng nông thôn mới {wording}\n\n"
    )
    return text, unit


# -- criteria -------------------------------------------------------------------------------

#: criteria whose number is the same in 2016-2020 and 2021-2025, and a short name for each
SHORT_NAMES = {
    2: "Giao thông",
    3: "Thủy lợi",
    5: "Trường học",
    6: "Cơ sở vật chất văn hóa",
    10: "Thu nhập",
    11: "Hộ nghèo",
    13: "Tổ chức sản xuất",
    15: "Y tế",
    17: "Môi trường",
    19: "Quốc phòng và an ninh",
}

#: a section's figures: text and the facts it states (kind, key, unit); the commune its place
FIGURES: dict[int, tuple[str, tuple[tuple[str, tuple], ...]]] = {
    2: ("Đường trục xã dài 8,5 km, đã được cứng hóa 8,5 km.", ()),
    3: ("Xã có 4,2 km kênh mương, đã kiên cố hóa 3,6 km.", ()),
    5: ("Xã có 3/3 trường học đạt chuẩn cơ sở vật chất.", (("coverage", (5, 3, 3)),)),
    6: ("Nhà văn hóa xã rộng 450 m2, có 250 chỗ ngồi.", ()),
    10: (
        "Thu nhập bình quân đầu người đạt 52,6 triệu đồng/người/năm.",
        (("percentage", (52.6,)),),
    ),
    11: ("Tỷ lệ hộ nghèo còn 1,8%.", (("percentage", (1.8,)),)),
    13: ("Xã có hợp tác xã hoạt động theo Luật Hợp tác xã.", ()),
    15: ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,4%.", (("percentage", (93.4,)),)),
    17: ("Tỷ lệ hộ sử dụng nước hợp vệ sinh đạt 98,5%.", (("percentage", (98.5,)),)),
    19: ("Lực lượng dân quân được xây dựng vững mạnh, rộng khắp.", ()),
}

WORDS_TEXT = "Các nội dung của tiêu chí được duy trì và từng bước nâng chất."


def _name(number: int, criteria_set: str, names: str) -> str:
    if names == "short":
        return SHORT_NAMES[number]
    return criterion_name(number, criteria_set)


# -- verdict sections -----------------------------------------------------------------------

FORMS = ("numbered", "numbered_bare", "by_name", "dash_name", "table_flat", "table_real")
ATS = ("after", "heading")
#: how a district's report sets off one commune's sections (its own report has none)
SUBSECTIONS = ("place_heading", "lead_line")
WORDS = ("danh_gia", "tu_danh_gia", "ket_qua")
TEXTS = ("none", "words", "figures")
NAMES = ("official", "short")

_VERDICT_LINE = {"danh_gia": "Đánh giá", "tu_danh_gia": "Tự đánh giá", "ket_qua": "Kết quả"}
_TABLE_COLUMN = {
    "danh_gia": "Kết quả",
    "tu_danh_gia": "Tự đánh giá",
    "ket_qua": "Kết quả tự đánh giá",
}


def _verdict_word(met: bool, lower: bool) -> str:
    word = "Đạt" if met else "Chưa đạt"
    return word.lower() if lower else word


def _section(
    i: str, number: int, name: str, met: bool, form: str, at: str, word: str, text: str
) -> str:
    """One criterion's section (not the table forms)."""
    body = {"none": "", "words": WORDS_TEXT, "figures": FIGURES[number][0]}[text]
    v = _verdict_word(met, lower=i.endswith(("1", "3")))
    if form == "numbered":
        head = f"{i}. Tiêu chí số {number} về {name}"
    elif form == "numbered_bare":
        head = f"{i}. Tiêu chí {number} - {name}"
    elif form == "by_name":
        head = f"Tiêu chí {name}"
    else:  # dash_name: a list line, the verdict on it
        line = f"- {name}: {v}."
        return line + (f" {body}" if body else "")
    if at == "heading" or not body:
        return f"{head}: {v}.\n{body}".rstrip()
    return f"{head}:\n{body}\n{_VERDICT_LINE[word]}: {v}."


def _verdicts_body(
    rng: random.Random, dims: dict[str, str], criteria_set: str, numbering: str = ""
):
    """The sections (numbered under ``numbering``: "1." for "1.1.", "1.2."…), the verdicts
    (number, met) and the facts of their figures."""
    chosen = sorted(rng.sample(sorted(SHORT_NAMES), 3))
    mets = [True, False, True] if rng.random() < 0.5 else [False, True, True]
    form = dims["form"]
    names = [_name(n, criteria_set, dims["names"]) for n in chosen]
    table: tuple[tuple[str, ...], ...] = ()
    if form in ("table_flat", "table_real"):
        rows = [("TT", "Tên tiêu chí", _TABLE_COLUMN[dims["word"]])]
        rows += [
            (str(n), nm, _verdict_word(m, False))
            for n, nm, m in zip(chosen, names, mets, strict=True)
        ]
        table = tuple(rows) if form == "table_real" else ()
        text = "\n".join(" | ".join(r) for r in rows)
        figures: list[tuple[str, tuple]] = []
    else:
        parts = [
            _section(f"{numbering}{i}", n, nm, m, form, dims["at"], dims["word"], dims["text"])
            for i, (n, nm, m) in enumerate(zip(chosen, names, mets, strict=True), start=1)
        ]
        text = "\n".join(parts)
        figures = [f for n in chosen for f in FIGURES[n][1]] if dims["text"] == "figures" else []
    return text, table, list(zip(chosen, mets, strict=True)), figures


# -- summaries ------------------------------------------------------------------------------

COUNTS = ("slash_digits", "slash_words", "met_only")
LISTINGS = ("names_va", "names_semicolon", "numbers", "numbers_names")
SUBJECTS = ("bare", "named")

UNMET_WORDS = {2: "hai", 3: "ba", 4: "bốn"}


def _listing(unmet: list[int], criteria_set: str, listing: str) -> str:
    names = [criterion_name(n, criteria_set) for n in unmet]
    if listing == "names_va":
        return ", ".join(names[:-1]) + " và " + names[-1]
    if listing == "names_semicolon":
        return "; ".join(names)
    if listing == "numbers":
        nums = [str(n) for n in unmet]
        return "tiêu chí số " + ", ".join(nums[:-1]) + " và " + nums[-1]
    return "; ".join(f"tiêu chí số {n} ({nm})" for n, nm in zip(unmet, names, strict=True))


def _summary_body(rng: random.Random, dims: dict[str, str], criteria_set: str, commune: str):
    unmet = sorted(rng.sample(sorted(SHORT_NAMES), rng.choice((2, 3, 4))))
    met = 19 - len(unmet)
    subject = "Xã" if dims["subject"] == "bare" else f"Xã {commune}"
    listed = _listing(unmet, criteria_set, dims["listing"])
    if dims["count"] == "slash_digits":
        text = (
            f"{subject} đã đạt {met}/19 tiêu chí; còn {len(unmet):02d} tiêu chí chưa đạt "
            f"gồm: {listed}."
        )
    elif dims["count"] == "slash_words":
        text = (
            f"{subject} đã đạt {met}/19 tiêu chí, còn {UNMET_WORDS[len(unmet)]} tiêu chí "
            f"chưa đạt là: {listed}."
        )
    else:
        text = f"{subject} đạt {met}/19 tiêu chí; các tiêu chí chưa đạt: {listed}."
    counts = [("criteria_count", (met, 19, False), ())]
    if dims["count"] != "met_only":
        n = len(unmet)
        counts.append(("criteria_count", (n, None, True), ((n, 19, True),)))
    return text, unmet, counts


# -- commune lists --------------------------------------------------------------------------

LAYOUTS = ("inline", "lines", "paren", "table_flat", "table_real")


def _communes_body(area: Area, layout: str):
    """The list and the counts (commune, met, of, alternative of)."""
    a, b, c = area.communes
    counts = [(a, 19, 19, None), (b, 17, 19, None), (c, 15, 19, None)]
    table: tuple[tuple[str, ...], ...] = ()
    if layout == "inline":
        text = f"Xã {a} đạt 19/19 tiêu chí, xã {b} đạt 17 tiêu chí, xã {c} đạt 15 tiêu chí."
        counts = [(a, 19, 19, None), (b, 17, None, 19), (c, 15, None, 19)]
    elif layout == "lines":
        text = "Kết quả của từng xã:\n" + "\n".join(
            f"- Xã {x}: đạt {m}/19 tiêu chí." for x, m, _, _ in counts
        )
    elif layout == "paren":
        text = (
            f"Số tiêu chí đạt của các xã: xã {a} (19/19 tiêu chí), xã {b} (17/19 tiêu chí), "
            f"xã {c} (15/19 tiêu chí)."
        )
    else:
        rows = [("TT", "Xã", "Số tiêu chí đạt")]
        rows += [(str(i), f"Xã {x}", f"{m}/19") for i, (x, m, _, _) in enumerate(counts, 1)]
        text = "Số tiêu chí đạt của từng xã:\n" + "\n".join(" | ".join(r) for r in rows)
        table = tuple(rows) if layout == "table_real" else ()
    return text, table, counts


# -- rendering ------------------------------------------------------------------------------

BODIES = ("verdicts", "summary", "communes")


def render(dims: dict[str, str], seed: int) -> Case | None:
    """The report of these dimension values (criteria drawn with ``seed``) and the facts it
    must yield; None when FACTS.md leaves it undecided or nobody writes it."""
    rng = random.Random(seed)
    area = AREAS[seed % len(AREAS)]
    header, title, body = dims["header"], dims["title"], dims["body"]
    commune = area.communes[seed % 3]
    head, unit = _header(header, title, area, commune)
    period = TITLES[title][1] if header != "none" else None
    criteria_set = TITLES[title][2] if header != "none" else None
    names_set = criteria_set or "2021-2025"
    expected: list[Expected] = []
    table: tuple[tuple[str, ...], ...] = ()
    if body == "verdicts":
        if header in ("none", "province"):
            return None  # undecided: whose verdicts (module docstring)
        if header != "district":
            dims = {k: v for k, v in dims.items() if k != "sub"}
        sub = dims.get("sub")
        numbering = "1." if sub == "place_heading" else ""
        text, table, verdicts, figures = _verdicts_body(rng, dims, names_set, numbering)
        subject = f"xã {commune}"
        if sub == "place_heading":  # the commune's own numbered heading over its sections
            text = f"1. Xã {commune}\n{text}"
        elif sub == "lead_line":  # a line naming the commune, ending in a colon
            text = f"Kết quả tự đánh giá các tiêu chí của xã {commune}:\n{text}"
        for number, met in verdicts:
            expected.append(
                Expected("verdict", (subject, number, met), subject, period, criteria_set)
            )
        for kind, key in figures:
            expected.append(Expected(kind, key, subject, period))
    elif body == "summary":
        if dims["subject"] == "bare" and not header.startswith("commune"):
            return None  # a bare "Xã" is the commune's own report only
        text, unmet, counts = _summary_body(rng, dims, names_set, commune)
        subject = f"xã {commune}"
        for kind, key, alts in counts:
            expected.append(
                Expected(
                    kind,
                    (subject, *key),
                    subject,
                    period,
                    criteria_set,
                    tuple((subject, *alt) for alt in alts),
                )
            )
        for number in unmet:
            expected.append(
                Expected("verdict", (subject, number, False), subject, period, criteria_set)
            )
    else:
        if header.startswith("commune"):
            return None  # a commune's report lists no communes
        text, table, counts = _communes_body(area, dims["layout"])
        for name, met, of, alt in counts:
            subject = f"xã {name}"
            alts = ((subject, met, alt, False),) if alt is not None else ()
            expected.append(
                Expected(
                    "criteria_count", (subject, met, of, False), subject, period, criteria_set, alts
                )
            )
    full = head + text + "\nĐề nghị cấp trên xem xét, hỗ trợ.\n"
    return Case(dict(dims, province=area.province), full, tuple(_keyed(e) for e in expected), table)


def _keyed(want: Expected) -> Expected:
    """The expected key with its subject keyed as ``evaluate`` keys it."""
    from baocao.evaluate import subject_key

    def key(k: tuple) -> tuple:
        if want.kind in ("verdict", "criteria_count"):
            return (subject_key(k[0]), *k[1:])
        return k

    return Expected(
        want.kind,
        key(want.key),
        want.place,
        want.period,
        want.criteria_set,
        tuple(key(a) for a in want.alts),
    )


#: the dimensions each body draws (beside header and title)
BODY_DIMS: dict[str, dict[str, tuple[str, ...]]] = {
    "verdicts": {
        "form": FORMS,
        "at": ATS,
        "word": WORDS,
        "text": TEXTS,
        "names": NAMES,
        "sub": SUBSECTIONS,
    },
    "summary": {"count": COUNTS, "listing": LISTINGS, "subject": SUBJECTS},
    "communes": {"layout": LAYOUTS},
}


def sample(per_body: int, seed: int = 20261207) -> list[Case]:
    """``per_body`` distinct cases of each body, their dimensions drawn with a fixed seed."""
    rng = random.Random(seed)
    out: list[Case] = []
    for body in BODIES:
        seen: set[tuple[tuple[str, str], ...]] = set()
        for _ in range(per_body * 200):
            if len(seen) >= per_body:
                break
            dims = {"header": rng.choice(HEADERS), "title": rng.choice(list(TITLES)), "body": body}
            for dim, values in BODY_DIMS[body].items():
                dims[dim] = rng.choice(values)
            key = tuple(sorted(dims.items()))
            if key in seen:
                continue
            case = render(dims, rng.randrange(1 << 30))
            if case is not None:
                seen.add(key)
                out.append(case)
    return out


def all_dims() -> Iterator[dict[str, str]]:
    """Every combination of dimension values (for a full run)."""
    import itertools

    for body, extra in BODY_DIMS.items():
        for header, title in itertools.product(HEADERS, TITLES):
            for values in itertools.product(*extra.values()):
                yield {
                    "header": header,
                    "title": title,
                    "body": body,
                    **dict(zip(extra, values, strict=True)),
                }


# -- comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    case: Case
    what: str  # missing <kind> | period | place | criteria_set | extra
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
            got = [fact_key(f) for f in facts if f.kind == want.kind]
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
        got_set = getattr(fact, "criteria_set", None)
        if (
            want.criteria_set is not None
            and want.kind == "verdict"
            and got_set != want.criteria_set
        ):
            failures.append(Failure(case, "criteria_set", f"{got_set} != {want.criteria_set}"))
    for fact in left:
        if (fact.kind, fact_key(fact)) in case.optional:
            continue
        failures.append(Failure(case, "extra", f"{fact.kind} {fact_key(fact)} {fact.quote!r}"))
    return failures
