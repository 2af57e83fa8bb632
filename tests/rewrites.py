"""Meaning-preserving rewrites of a report's text, the ways real Vietnamese documents differ
from one office, word processor or PDF converter to the next: the metamorphic tests
(test_metamorphic.py) require the same facts from a text and from its rewrite.

Every rewrite is a pure function ``str -> str`` written here on its own, sharing no code with
the extractor (a rewrite built from the extractor's own tables would hide their gaps). The
``random.Random`` ones take the generator hypothesis draws, so a failure shrinks to a seed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

Rewrite = Callable[[str], str]

# -- tone-mark placement -------------------------------------------------------------------

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # acute, grave, hook above, tilde, dot below
#: Word-final vowel pairs whose tone mark two spellings put on either vowel ("hòa"/"hoà",
#: "khỏe"/"khoẻ", "thủy"/"thuỷ"); never after "q" ("quý": its "u" is the consonant's).
_PAIRS = ("oa", "oe", "uy")


def _move_tone(word: str, to_second: bool) -> str:
    letters = [unicodedata.normalize("NFD", c) for c in word]
    if len(letters) < 2 or (len(letters) > 2 and letters[-3][:1].lower() == "q"):
        return word
    toned = [i for i, c in enumerate(letters) if any(t in c for t in _TONES)]
    pair = "".join(c[:1] for c in letters[-2:])
    if pair.lower() not in _PAIRS or len(toned) != 1 or toned[0] < len(letters) - 2:
        return word
    if len(letters[-1]) != 1 + (toned[0] == len(letters) - 1):
        return word  # a hat or horn on the second vowel: not one of the pairs
    tone = next(t for t in _TONES if t in letters[toned[0]])
    first = letters[-2].replace(tone, "")
    second = letters[-1].replace(tone, "")
    moved = first + second + tone if to_second else first + tone + second
    return unicodedata.normalize("NFC", "".join(letters[:-2]) + moved)


def _retone(text: str, to_second: bool) -> str:
    return re.sub(r"[^\W\d_]+", lambda w: _move_tone(w.group(), to_second), text)


def tones_new(text: str) -> str:
    """The "new" placement, the mark on the pair's second vowel: "hòa" → "hoà",
    "thủy" → "thuỷ", "khỏe" → "khoẻ", "Ủy ban" unchanged ("ủy" is a word of its own vowel
    pair: "uy" → "uỷ" too)."""
    return _retone(text, to_second=True)


def tones_old(text: str) -> str:
    """The "old" placement, the mark on the pair's first vowel: "hoà" → "hòa"."""
    return _retone(text, to_second=False)


# -- spellings and abbreviations ------------------------------------------------------------

#: i/y in Sino-Vietnamese words, both spellings in use: "tỷ"/"tỉ", "quản lý"/"quản lí",
#: "kỹ thuật"/"kĩ thuật", "quy hoạch"/"qui hoạch".
_I_FOR_Y = (
    (r"(?<!\w)([Tt])ỷ(?!\w)", r"\1ỉ"),
    (r"(?<!\w)(quản|xử|hợp|địa|pháp|tâm|giải) lý(?!\w)", r"\1 lí"),
    (r"(?<!\w)([Kk])ỹ(?= (?:thuật|năng|sư))", r"\1ĩ"),
    (r"(?<!\w)([Qq])uy(?= (?:hoạch|định|mô|chế|trình|chuẩn|tắc)(?!\w))", r"\1ui"),
)


def i_for_y(text: str) -> str:
    for pattern, repl in _I_FOR_Y:
        text = re.sub(pattern, repl, text)
    return text


def money_abbreviated(text: str) -> str:
    """ "triệu đồng" → "tr.đ", "tỷ đồng" → "tỷ đ" after a number ("1.250 triệu đồng" →
    "1.250 tr.đ"), as tables and tight prose write them."""
    text = re.sub(r"(?<=\d )triệu đồng(?!\w)", "tr.đ", text)
    return re.sub(r"(?<=\d )tỷ đồng(?!\w)", "tỷ đ", text)


def ntm_abbreviated(text: str) -> str:
    """ "nông thôn mới" → "NTM" inside a sentence (not in a heading or title line written in
    capitals)."""
    return re.sub(r"(?<=\S )nông thôn mới(?!\w)", "NTM", text)


def ntm_spelt_out(text: str) -> str:
    """ "NTM" → "nông thôn mới"."""
    return re.sub(r"(?<!\w)NTM(?!\w)", "nông thôn mới", text)


#: A phrase and the capitals real reports write for it, whole words, anywhere in a sentence
#: but not in a line written in capitals (a heading or the letterhead keeps its words):
#: "Chương trình mục tiêu quốc gia" → "Chương trình MTQG", "nguồn ngân sách trung ương" →
#: "nguồn NSTW", "Ủy ban nhân dân tỉnh" → "UBND tỉnh". Its first letter may be a capital
#: ("Ngân sách trung ương hỗ trợ …" → "NSTW hỗ trợ …").
_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "mtqg": ("mục tiêu quốc gia", "MTQG"),
    "nsnn": ("ngân sách nhà nước", "NSNN"),
    "nstw": ("ngân sách trung ương", "NSTW"),
    "nstu": ("ngân sách trung ương", "NSTƯ"),
    "nsdp": ("ngân sách địa phương", "NSĐP"),
    "bhyt": ("bảo hiểm y tế", "BHYT"),
    "htx": ("hợp tác xã", "HTX"),
    "tht": ("tổ hợp tác", "THT"),
    "ubnd": ("(?:[Ủủ]y|[Uu]ỷ) ban nhân dân", "UBND"),
    "hdnd": ("hội đồng nhân dân", "HĐND"),
    "ktxh": ("kinh tế ?[-–] ?xã hội", "KT-XH"),
    "attp": ("an toàn thực phẩm", "ATTP"),
    "vsmt": ("vệ sinh môi trường", "VSMT"),
    "dtts": ("dân tộc thiểu số", "DTTS"),
    "dbkk": ("đặc biệt khó khăn", "ĐBKK"),
    "xdntm": ("xây dựng nông thôn mới", "XDNTM"),
    "xd_ntm": ("xây dựng nông thôn mới", "xây dựng NTM"),
    "ntm": ("nông thôn mới", "NTM"),
}


def _capitals_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    return line.isupper()


def abbreviation(name: str) -> Rewrite:
    """The one abbreviation ``name`` of _ABBREVIATIONS written for its phrase."""
    phrase, short = _ABBREVIATIONS[name]
    head, rest = phrase[0], phrase[1:]
    first = f"[{head}{head.upper()}]{rest}" if head.isalpha() else phrase
    pattern = re.compile(rf"(?<!\w){first}(?!\w)")

    def rewrite(text: str) -> str:
        return pattern.sub(lambda m: m.group() if _capitals_line(text, m.start()) else short, text)

    return rewrite


def abbreviated(text: str) -> str:
    """Every phrase of _ABBREVIATIONS in its capitals at once (the "NSTW" spelling, the one
    word "XDNTM"), "tiêu chí" in table rows as "TC", money units as "trđ"."""
    for name in _ABBREVIATIONS:
        if name not in ("nstu", "xd_ntm"):
            text = abbreviation(name)(text)
    return money_tr(criteria_tc(text))


def _abbreviations() -> dict[str, Rewrite]:
    out = {name: abbreviation(name) for name in _ABBREVIATIONS}
    return {**out, "tc": criteria_tc, "money_tr": money_tr}


def criteria_tc(text: str) -> str:
    """ "tiêu chí" → "TC" in table rows ("| Số TC đạt |", "| 17/19 TC |"), as tight tables
    write it."""
    return "\n".join(
        re.sub(r"(?<!\w)([Tt])iêu chí(?!\w)", "TC", line) if "|" in line else line
        for line in text.split("\n")
    )


def money_tr(text: str) -> str:
    """ "triệu đồng" → "trđ" after a number ("1.250 trđ"), "tr.đồng" in a unit's brackets
    ("Kinh phí (tr.đồng)"), "Tr.đ" after "Đơn vị tính:"; "tỷ đồng" → "tỷ đ" after a number."""
    text = re.sub(r"(?<=\d )triệu đồng(?!\w)", "trđ", text)
    text = re.sub(r"(?<=\()\s*triệu đồng\s*(?=\))", "tr.đồng", text)
    text = re.sub(r"(?i)(?<=đơn vị tính: )triệu đồng(?!\w)", "Tr.đ", text)
    return re.sub(r"(?<=\d )tỷ đồng(?!\w)", "tỷ đ", text)


# -- numbers, ranges, spaces ----------------------------------------------------------------


def zero_padded(text: str) -> str:
    """A one-digit whole number padded to two ("3 xã" → "03 xã", "5/19" → "05/19",
    "tháng 6" → "tháng 06"), as typed in official letters; not inside a decimal, a money
    amount or a list number at a line start ("1. Kết quả")."""
    return re.sub(r"(?<![\d.,/\n])(?<!^)(?<=\s)([1-9])(?=\s+[^\W\d_]|/\d)", r"0\1", text)


def spaced_ranges(text: str) -> str:
    """A year range with an en dash between spaces: "2016-2020" → "2016 – 2020"."""
    return re.sub(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)", r"\1 – \2", text)


def dashed_ranges(text: str) -> str:
    """A year range with an em dash, no spaces: "2016 - 2020" → "2016—2020"."""
    return re.sub(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)", r"\1—\2", text)


def spaced_percent(text: str) -> str:
    """ "75%" → "75 %" (the French-style space some offices type)."""
    return re.sub(r"(?<=\d)%", " %", text)


def odd_spaces(rng: random.Random) -> Rewrite:
    """Inner spaces become, at random, a no-break space, two spaces or a tab after a list
    dash, as Word alignment and copy-paste leave them."""

    def rewrite(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            return rng.choice((" ", " ", "\u00a0", "  "))

        text = re.sub(r"(?<=\S) (?=\S)", one, text)
        return re.sub(r"(?m)^- ", lambda m: rng.choice(("- ", "-\t")), text)

    return rewrite


def spaces_doubled(text: str) -> str:
    """Every inner space two ("xã  đạt  chuẩn"), as justified text copied out of a PDF or
    Word's alignment leaves them."""
    return re.sub(r"(?<=\S) (?=\S)", "  ", text)


# -- lines -----------------------------------------------------------------------------------


def wrapped(width: int) -> Rewrite:
    """Each prose line longer than ``width`` broken at spaces into lines of at most
    ``width`` characters, as text copied out of a PDF is; table lines (with "|") kept."""

    def rewrite(text: str) -> str:
        out = []
        for line in text.split("\n"):
            if "|" in line or len(line) <= width:
                out.append(line)
                continue
            current = ""
            for word in line.split(" "):
                if current and len(current) + 1 + len(word) > width:
                    out.append(current)
                    current = word
                else:
                    current = f"{current} {word}" if current else word
            out.append(current)
        return "\n".join(out)

    return rewrite


#: A numbered heading: "II. Kết quả thực hiện", "A. Mục tiêu", "2. Về huy động nguồn lực"
#: (short, no full stop at its end).
_HEADING = re.compile(r"(?m)^((?:[IVX]+|[A-E]|\d{1,2})\.\s+[^\n]{3,80}(?<![.;:]))$")


def headings_upper(text: str) -> str:
    """Numbered section headings ("II. Kết quả thực hiện") in capitals."""
    return _HEADING.sub(lambda m: m.group(1).upper(), text)


def headings_lower(text: str) -> str:
    """Numbered section headings in capitals ("II. KẾT QUẢ THỰC HIỆN") in sentence case
    ("II. Kết quả thực hiện"): their first letter alone a capital."""

    def lower(m: re.Match[str]) -> str:
        number, _, words = m.group(1).partition(" ")
        if not words.isupper():
            return m.group(1)
        return f"{number} {words[:1]}{words[1:].lower()}"

    return _HEADING.sub(lower, text)


#: name → one abbreviation a report may write ("mtqg", "nstw", "dbkk", "tc", "money_tr", …)
ABBREVIATED: dict[str, Rewrite] = _abbreviations()

#: name → rewrite, the fixed ones (the random ones are drawn in the tests)
REWRITES: dict[str, Rewrite] = {
    "tones_new": tones_new,
    "tones_old": tones_old,
    "i_for_y": i_for_y,
    "money_abbreviated": money_abbreviated,
    "ntm_abbreviated": ntm_abbreviated,
    "ntm_spelt_out": ntm_spelt_out,
    "abbreviated": abbreviated,
    "zero_padded": zero_padded,
    "spaced_ranges": spaced_ranges,
    "dashed_ranges": dashed_ranges,
    "spaced_percent": spaced_percent,
    "odd_spaces": odd_spaces(random.Random(7)),
    "spaces_doubled": spaces_doubled,
    "wrapped_72": wrapped(72),
    "wrapped_50": wrapped(50),
    "headings_upper": headings_upper,
    "headings_lower": headings_lower,
}


# -- header and title layouts --------------------------------------------------------------
#
# A formal report opens with the issuer ("ỦY BAN NHÂN DÂN ⏎ HUYỆN X"), its number ("Số:
# 12/BC-UBND"), the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ⏎ Độc lập - Tự do -
# Hạnh phúc"), the place and date ("X, ngày 5 tháng 6 năm 2020"), then "BÁO CÁO" and the
# title. Offices and converters lay these out in many ways; none of them changes what the
# report is. Each rewrite below leaves a text without the part it moves as it is.

#: The title word on a line of its own (bold marks a converter leaves around it kept).
_TITLE_WORD_LINE = re.compile(r"(?m)^[ \t*]*BÁO CÁO[ \t*]*$")
#: A line that ends the title: a numbered or lettered heading, a part's heading.
_AFTER_TITLE = re.compile(r"^\s*(?:[IVX]+\.|[A-E]\.|\d{1,2}\.|Phần\s|PHẦN\s)")
_NUMBER_LINE = re.compile(r"^\s*Số\s*:")
_MOTTO_LINE = re.compile(r"^\s*(?:CỘNG\s+H[OÒ][AÀ]|Độc\s+lập)", re.IGNORECASE)
_DATE_LINE = re.compile(r"^[^\n]{0,40},\s*ngày\s[^\n]*năm\s+(?:19|20)\d\d\s*$")
_ISSUER_LINE = re.compile(r"^\s*(?:[ỦU][YỶ]\s+BAN\s+NHÂN\s+DÂN|UBND)\b")


#: A header's line a layout puts under the title: the place and date, "Kính gửi", "(Kèm
#: theo …)".
_NOT_TITLE_LINE = re.compile(r"^[^\n]{0,40},\s*ngày\s|^Kính gửi|^\(Kèm theo|^V/v|^Số\s*:")


def _title_span(text: str) -> tuple[int, int] | None:
    """Where the title lines after "BÁO CÁO" start and end (the end before its newline):
    up to a blank line, a heading or a line of the header's, five lines at most."""
    word = _TITLE_WORD_LINE.search(text, 0, 3000)
    if word is None:
        return None
    pos = word.end() + 1
    while text.startswith("\n", pos):
        pos += 1
    start = end = pos
    for _ in range(5):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip() or _AFTER_TITLE.match(line) or _NOT_TITLE_LINE.match(line.strip()):
            break
        end = line_end
        pos = line_end + 1
    return (start, end) if end > start else None


def _split_words(words: list[str], parts: int) -> list[str]:
    """``words`` as ``parts`` lines of about equal length, broken at spaces."""
    size = sum(len(w) + 1 for w in words) / parts
    lines: list[list[str]] = [[]]
    length = 0
    for word in words:
        if lines[-1] and length + len(word) > size * len(lines) and len(lines) < parts:
            lines.append([])
        lines[-1].append(word)
        length += len(word) + 1
    return [" ".join(line) for line in lines]


def _retitle(text: str, make: Callable[[list[str]], str]) -> str:
    span = _title_span(text)
    if span is None:
        return text
    start, end = span
    words = text[start:end].replace("*", " ").split()
    return text[:start] + make(words) + text[end:]


def title_upper_wrapped(parts: int) -> Rewrite:
    """The title in capitals broken over ``parts`` lines at spaces, as a centred title in a
    Word file is ("KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH ⏎ … GIAI ĐOẠN 2016-2020")."""

    def rewrite(text: str) -> str:
        return _retitle(text, lambda words: "\n".join(_split_words(words, parts)).upper())

    return rewrite


def title_broken_at(rng: random.Random) -> Rewrite:
    """The title broken over two to four lines at spaces drawn at random, in capitals or
    as written."""

    def rewrite(text: str) -> str:
        def make(words: list[str]) -> str:
            cuts = sorted(rng.sample(range(1, len(words)), min(len(words) - 1, rng.randint(1, 3))))
            lines = [
                " ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)
            ]
            joined = "\n".join(lines)
            return joined.upper() if rng.random() < 0.5 else joined

        return _retitle(text, make)

    return rewrite


def title_case(text: str) -> str:
    """The title in Title Case ("Kết Quả Thực Hiện Chương Trình … Năm 2021"): each word
    written in small letters gets a capital first letter, acronyms as they are."""

    def make(words: list[str]) -> str:
        return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)

    return _retitle(text, make)


def title_word_joined(text: str) -> str:
    """The title word and the title on one line in capitals ("BÁO CÁO KẾT QUẢ …")."""
    word = _TITLE_WORD_LINE.search(text, 0, 3000)
    span = _title_span(text)
    if word is None or span is None:
        return text
    title = " ".join(text[span[0] : span[1]].replace("*", " ").split()).upper()
    return text[: word.start()] + "BÁO CÁO " + title + text[span[1] :]


#: The period a title ends on, or its only one: "giai đoạn 2016-2020", "năm 2021", "đến năm
#: 2015" (what follows it the title's place: "… năm 2021 huyện A, tỉnh B").
_TITLE_PERIOD = re.compile(
    r"\s+((?:đến\s+)?(?:giai\s+đoạn|năm)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)(?=[\s,]|$)",
    re.IGNORECASE,
)


def period_under_title(parts: int = 1, *, upper: bool = False) -> Rewrite:
    """A title's one period taken out of it onto a line of its own, in brackets
    ("(Giai đoạn 2016 - 2020)"), as reports print it under the title; the rest of the
    title over ``parts`` lines, in capitals when ``upper``. A title writing more than one
    year, or none, is left as it is."""

    def rewrite(text: str) -> str:
        span = _title_span(text)
        if span is None:
            return text
        title = " ".join(text[span[0] : span[1]].replace("*", " ").split())
        found = list(_TITLE_PERIOD.finditer(title))
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", title)
        if len(found) != 1 or len(years) != len(re.findall(r"\d{4}", found[0].group(1))):
            return text
        m = found[0]
        period = re.sub(r"\s*[-–]\s*", " - ", m.group(1))
        period = f"({period[:1].upper()}{period[1:]})"
        rest = (title[: m.start()] + title[m.end() :]).replace(" ,", ",").strip()
        lines = _split_words(rest.split(), parts)
        if upper:
            lines, period = [line.upper() for line in lines], period.upper()
        return text[: span[0]] + "\n".join([*lines, period]) + text[span[1] :]

    return rewrite


period_own_line = period_under_title()


def composed(*rewrites: Rewrite) -> Rewrite:
    """The rewrites applied one after the other, the first first."""

    def rewrite(text: str) -> str:
        for one in rewrites:
            text = one(text)
        return text

    return rewrite


def _header_lines(text: str) -> tuple[list[str], int] | None:
    """The header's lines (before "BÁO CÁO") and where the title word starts, when the
    header has a number or the motto."""
    word = _TITLE_WORD_LINE.search(text, 0, 3000)
    if word is None:
        return None
    lines = text[: word.start()].split("\n")
    if not any(_NUMBER_LINE.match(x) or _MOTTO_LINE.match(x) for x in lines):
        return None
    return lines, word.start()


def _columns(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A header's lines as what comes first (page furniture, a form's label), the issuer's
    column (issuer, number) and the motto's (motto, place and date), blank lines dropped."""
    first: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _MOTTO_LINE.match(line) or _DATE_LINE.match(line):
            right.append(line)
        elif _NUMBER_LINE.match(line) or _ISSUER_LINE.match(line) or (left and line.isupper()):
            left.append(line)
        elif not left and not right:
            first.append(line)
        else:
            left.append(line)
    return first, left, right


def header_side_by_side(text: str) -> str:
    """The issuer's column and the motto's laid side by side, as a PDF's text is extracted:
    each line the issuer's, a run of spaces, the motto's ("ỦY BAN NHÂN DÂN        CỘNG HÒA
    XÃ HỘI …" ⏎ "Số: 12/BC-UBND        X, ngày …")."""
    found = _header_lines(text)
    if found is None:
        return text
    first, left, right = _columns(found[0])
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    width = max(len(x) for x in left) + 6
    out = [f"{a:<{width}}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    return "\n".join([*first, *out, ""]) + text[found[1] :]


def header_motto_first(text: str) -> str:
    """The motto's column before the issuer's (one column after the other, the right one
    first), as some converters order a two-column header."""
    found = _header_lines(text)
    if found is None:
        return text
    first, left, right = _columns(found[0])
    return "\n".join([*first, *right, "", *left, ""]) + text[found[1] :]


def number_beside_date(text: str) -> str:
    """The number and the place and date on one line ("Số: 12/BC-UBND      X, ngày …"),
    under the issuer and the motto."""
    found = _header_lines(text)
    if found is None:
        return text
    first, left, right = _columns(found[0])
    numbers = [x for x in left if _NUMBER_LINE.match(x)]
    dates = [x for x in right if _DATE_LINE.match(x)]
    if len(numbers) != 1 or len(dates) != 1:
        return text
    left.remove(numbers[0])
    right.remove(dates[0])
    joined = f"{numbers[0]}{' ' * 12}{dates[0]}"
    return "\n".join([*first, *left, *right, joined, ""]) + text[found[1] :]


def date_after_title(text: str) -> str:
    """The place and date line moved from the header to right under the title."""
    found = _header_lines(text)
    span = _title_span(text)
    if found is None or span is None:
        return text
    lines = found[0]
    dates = [i for i, x in enumerate(lines) if _DATE_LINE.match(x.strip())]
    if len(dates) != 1:
        return text
    date = lines.pop(dates[0]).strip()
    head = "\n".join(lines)
    shift = len(text[: found[1]]) - len(head)
    end = span[1] - shift
    rest = head + text[found[1] :]
    return rest[:end] + "\n" + date + rest[end:]


def issuer_abbreviated(text: str) -> str:
    """ "ỦY BAN NHÂN DÂN ⏎ HUYỆN X" → "UBND HUYỆN X" on one line."""
    return re.sub(
        r"(?m)^([ \t]*)[ỦU][YỶ] BAN NHÂN DÂN[ \t]*\n[ \t]*(?=(?:TỈNH|HUYỆN|THỊ XÃ|THÀNH PHỐ|XÃ|"
        r"PHƯỜNG|THỊ TRẤN)\s)",
        r"\1UBND ",
        text,
        count=1,
    )


def subject_line(text: str) -> str:
    """A "V/v" line under the number, saying what the document is about (no place, no
    year)."""
    found = _header_lines(text)
    if found is None:
        return text
    return re.sub(
        r"(?m)^([ \t]*Số\s*:[^\n]*)$",
        r"\1\nV/v báo cáo kết quả thực hiện Chương trình xây dựng nông thôn mới",
        text,
        count=1,
    )


def addressee_line(text: str) -> str:
    """A "Kính gửi" line under the title, to an agency named by no place."""
    span = _title_span(text)
    if span is None or _header_lines(text) is None:
        return text
    addressee = "\n\nKính gửi: Sở Nông nghiệp và Phát triển nông thôn\n"
    return text[: span[1]] + addressee + text[span[1] :]


def attached_line(text: str) -> str:
    """A bracketed "(Kèm theo …)" line under the title, as a report with its annexes
    prints: the annexes it comes with, no year and no place."""
    span = _title_span(text)
    if span is None:
        return text
    return text[: span[1]] + "\n(Kèm theo các biểu tổng hợp số liệu chi tiết)" + text[span[1] :]


#: the header and title rewrites, name → rewrite (test_metamorphic_headers.py)
HEADER_REWRITES: dict[str, Rewrite] = {
    "title_upper_1": title_upper_wrapped(1),
    "title_upper_2": title_upper_wrapped(2),
    "title_upper_3": title_upper_wrapped(3),
    "title_upper_4": title_upper_wrapped(4),
    "title_case": title_case,
    "title_word_joined": title_word_joined,
    "period_own_line": period_own_line,
    "header_side_by_side": header_side_by_side,
    "header_motto_first": header_motto_first,
    "number_beside_date": number_beside_date,
    "date_after_title": date_after_title,
    "issuer_abbreviated": issuer_abbreviated,
    "subject_line": subject_line,
    "addressee_line": addressee_line,
    "attached_line": attached_line,
    # several at once, as one office's template does them
    "upper_3_period_line": period_under_title(3, upper=True),
    "side_by_side_upper_2": composed(header_side_by_side, title_upper_wrapped(2)),
    "motto_first_dated_title_case": composed(header_motto_first, date_after_title, title_case),
    "side_by_side_subject_upper_4_period_addressee": composed(
        header_side_by_side,
        subject_line,
        period_under_title(4, upper=True),
        attached_line,
        addressee_line,
    ),
    "abbreviated_joined_word": composed(issuer_abbreviated, number_beside_date, title_word_joined),
}
