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
