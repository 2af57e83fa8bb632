"""Years, dates and period numerals misread by OCR, repaired where only one reading fits.

A report's periods and dates hang on a few characters: "năm 2021", "30/9/2021", "quý III". A
bad scan misreads them in a few ways, each repaired here only inside the words that make a
year, a date or a numeral certain:

- :func:`fix_date_marks` — a date's slash read as ``l``, ``I``, ``|`` or ``!`` (``30l9/2021``,
  ``ngày 30/9|2021``), or as ``1`` after "ngày", a weekday or "tháng" (``ngày 3019/2021``,
  ``tháng 912021``): a run of digits and such marks that splits into a day (1–31), a month
  (1–12) and a year (1900–2099) in exactly one way, every ``/`` a separator, is written with
  its slashes (a ``1`` is taken for a slash too after a slash that more than four characters
  follow, ``18/1111930``, a year glued to its month, or in a run that as a count would count
  more than its whole, ``18111/1930``). A run that splits two ways
  (``1l1/2021``, ``ngày 1112/2021``), or whose marks are all slashes, is left alone; so is
  one followed by a count's noun ("30l9/2021 hộ" is a count as well as a date) or by another
  ``/`` (a decision's number, ``1019/2021/QĐ-UBND``).
  It runs before :func:`baocao.extract.ocrwords.fix_digit_letters`, which would read the
  ``l`` as a ``1``.
- :func:`fix_years` — a year where the words before it make one (after "năm", "giai đoạn",
  "thời kỳ", a day and month "30/9/", "tháng 9/", "quý II/", or a year and a dash, or before
  a dash and a year, all matched without accents, so "nắm" and "Nam" count): letters read for
  its digits beyond those :mod:`baocao.extract.ocrwords` repairs everywhere (``2O1S``,
  ``20B1``, ``202I``, ``Z021``); its digits split by spaces (``20 21``, ``2 0 2 1``); one digit
  lost, when only one year from 2000 to 2050 has the three left in order (``năm 221`` is
  2021, ``216-2020`` is 2016-2020; ``năm 202`` could be 2020 to 2029 and stays), and only
  before a mark, a line's end, a dash or a word that follows a year and never a count
  ("đạt", "đã", "có"): a count may follow "năm" in a sentence that lost its comma, and
  "Trong năm 221 hộ thoát nghèo" stays; so does a year split as a thousands group is
  (``năm 2 021 hộ``).
- :func:`fix_opening_year` — the comma after a year that opens a sentence (``Năm 2017;
  tỉnh …``, after "Năm", "Trong năm", "Đến (hết|cuối) năm", "(Trong) giai đoạn") read as a
  semicolon before a lowercase word: a sentence that is its time alone does not go on in
  lowercase, and the patterns read a time so cut off as a statement of its own.
- :func:`fix_numerals` — a quarter's or a phase's Roman numeral with an ``I`` read as ``l``,
  ``1``, ``|``, ``!`` or ``i``, or ``II`` read as ``H`` (``quý IIl``, ``quý lV``, ``giai đoạn
  H``): after "quý" or "giai đoạn", a token of those characters that is not all digits and
  reads as I to IV.

Like :mod:`baocao.extract.ocrtext`'s repairs these run on an OCR page's lines and cells
before its text is built, so quotes slice from the repaired text; applying them twice changes
nothing, and a correct year, date or numeral is never changed (a token of digits alone that
is a year, or a date written with its slashes, matches no repair).
"""

from __future__ import annotations

import itertools
import re

from baocao.data.lexicon import fold

#: Characters OCR reads for a digit, and the digit (a year's digits only: a year is four
#: digits in a year's place, so a letter there is a misreading).
YEAR_LETTERS = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "l": "1",
    "I": "1",
    "i": "1",
    "|": "1",
    "!": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "z": "2",
    "g": "9",
    "b": "6",
}
#: The years a year's place may hold, and the narrower span a year that lost a digit is
#: completed in (the programme's years, with room for its goals).
FIRST_YEAR, LAST_YEAR = 1900, 2099
FIRST_COMPLETED, LAST_COMPLETED = 2000, 2050

_T = "[0-9" + re.escape("".join(YEAR_LETTERS)) + "]"
#: A count's noun or a unit after a number: the number is a count or an amount, not a year.
_COUNT_AFTER = re.compile(
    r"\s*(?:%|(?i:hộ|người|xã|thôn|bản|ấp|khẩu|lao\s+động|học\s+sinh|công\s+trình|km|ha|m2?|"
    r"tấn|tỷ|tỉ|triệu|nghìn|ngàn|đồng|con|cái|chiếc|lượt|trường|tiêu\s+chí)(?!\w))"
)
#: The words before a year's place, folded (accents and case aside).
_YEAR_PLACE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:nam|giai\s+doan|thoi\s+ky)\s+"
    r"|(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*"
    r"|(?<![^\W\d_])thang\s+\d{1,2}\s*/\s*"
    r"|(?<![^\W\d_])quy\s+[ivx1-4]{1,3}\s*/\s*"
    r"|(?<![\d.,])(?:(?:19|20)\d\d|[12](?:\ ?[\dolis|!]){2,3})\s*[-–]\s*)$"
)
#: A dash and a year after a year's place, perhaps misread too: the start of a span
#: ("2O16-2020", "201-2 015").
_SPAN_AFTER = re.compile(r"\s*[-–]\s*(?:(?:19|20)\d\d|[12](?: ?[\dOlIS|!]){3})(?!\d)")
#: What may follow a year that lost a digit: a mark, a line's end, a dash, or a word that
#: follows a year and never a count ("năm 221 đạt", "năm 219 đã", not "năm 221 hộ").
_CLOSED_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|[-–]\s*\d|(?:đạt|có|đã|là|và|của|được|trên|với|so|tăng|giảm|toàn|"
    r"tỉnh|huyện|đến|tới|theo|sẽ|phấn|tiếp|ước|còn|trở)(?!\w))",
    re.MULTILINE,
)
#: A year-like token: one to four groups of year characters split by single spaces, ending
#: where no letter, digit or number mark goes on (a date's slash may come before it).
_YEAR_TOKEN = re.compile(rf"(?<![\w.,]){_T}{{1,4}}(?: {_T}{{1,3}}){{0,3}}(?![\w/]|[.,]\d)")


def _digits(token: str) -> str | None:
    """The token's characters as digits, spaces dropped; None unless two at least were
    written as digits (a word of letters is no year)."""
    chars = token.replace(" ", "")
    if sum(ch.isdigit() for ch in chars) < 2:
        return None
    return "".join(ch if ch.isdigit() else YEAR_LETTERS[ch] for ch in chars)


def _completed(three: str) -> str | None:
    """The one year from :data:`FIRST_COMPLETED` to :data:`LAST_COMPLETED` that ``three``
    digits are with one digit put back; None for none or several."""
    found = {
        year
        for at, digit in itertools.product(range(4), "0123456789")
        if (year := three[:at] + digit + three[at:])[0] != "0"
        and FIRST_COMPLETED <= int(year) <= LAST_COMPLETED
    }
    return found.pop() if len(found) == 1 else None


def _year_place(text: str, start: int, end: int) -> bool:
    folded = fold(text[max(0, start - 24) : start])
    return bool(_YEAR_PLACE_BEFORE.search(folded) or _SPAN_AFTER.match(text, end))


def fix_years(text: str) -> str:
    """Years misread in a year's place made years (see the module docstring)."""

    def repair(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.isdigit() and len(token) == 4:
            return token
        if not _year_place(match.string, match.start(), match.end()):
            return token
        digits = _digits(token)
        if digits is None:
            return token
        groups = [len(group) for group in token.split()]
        if 4 in groups[:-1] or (len(groups) > 1 and groups[-1] == 4):
            return token  # a year written whole, then more
        # a count may follow "năm" where a comma was lost ("năm 221 hộ", "năm 2 021 hộ": a
        # thousands group after a space); "20 24 xã" splits no number that way
        counted = len(digits) == 3 or groups == [1, 3]
        if counted and _COUNT_AFTER.match(match.string, match.end()):
            return token
        if len(digits) == 4 and FIRST_YEAR <= int(digits) <= LAST_YEAR:
            return digits
        if len(digits) == 3 and " " not in token and _CLOSED_AFTER.match(match.string, match.end()):
            return _completed(digits) or token
        return token

    return _YEAR_TOKEN.sub(repair, text)


# --- dates ----------------------------------------------------------------------------------

#: Marks OCR reads for a date's slash, besides the slash; "1" only after a date's words.
_WEAK_SLASHES = "lI|!"
#: A run of digits and slash-like marks that may be a date (no space inside).
_DATE_RUN = re.compile(r"(?<![\w/.,])[0-9Ol" + re.escape("I|!/") + r"]{5,12}(?![\w/]|[.,]\d)")
#: The words before a date that make a "1" inside the run a slash too, folded.
_DATE_WORDS_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:ngay|thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*,?\s*"
    r"(?:ngay\s+)?)$"
)
#: A letter inside a date's numbers read back as its digit.
_DATE_DIGITS = {"l": "1", "I": "1", "|": "1", "!": "1", "O": "0"}
_MONTH_WORD_BEFORE = re.compile(r"(?<![^\W\d_])thang\s+$")
#: A clock time after a date: a site's date line ("30/9/2021 08:15").
_CLOCK_AFTER = re.compile(r"\s*[-|,]?\s*\d{1,2}[:h]\d{2}")


def _splits(run: str, parts: int, slashes: str) -> set[str]:
    """The ways ``run`` is ``parts`` numbers (day, month, year; or month, year) joined by
    slashes, each ``/`` a slash and each of ``slashes`` a slash or a digit; written back
    with ``/``. Only splits with a day 1–31, a month 1–12 and a year 1900–2099 count."""
    marks = [i for i, ch in enumerate(run) if ch in slashes or ch == "/"]
    fixed = [i for i, ch in enumerate(run) if ch == "/"]
    found: set[str] = set()
    for chosen in itertools.combinations(marks, parts - 1):
        if not set(fixed) <= set(chosen):
            continue
        pieces, at = [], 0
        for i in (*chosen, len(run)):
            pieces.append(run[at:i])
            at = i + 1
        numbers = ["".join(_DATE_DIGITS.get(ch, ch) for ch in piece) for piece in pieces]
        if not all(n.isdigit() for n in numbers):
            continue
        *day_month, year = numbers
        limits = [(1, 31), (1, 12)][-len(day_month) :]
        if len(year) != 4 or not FIRST_YEAR <= int(year) <= LAST_YEAR:
            continue
        if any(
            len(n) > 2 or not lo <= int(n) <= hi
            for n, (lo, hi) in zip(day_month, limits, strict=True)
        ):
            continue
        found.add("/".join(numbers))
    return found


def fix_date_marks(text: str) -> str:
    """Dates whose slash OCR read as another mark written with their slashes (see the
    module docstring)."""

    def repair(match: re.Match[str]) -> str:
        run = match.group(0)
        if not set(run) & set(_WEAK_SLASHES + "1"):
            return run
        if _COUNT_AFTER.match(match.string, match.end()):
            return run
        before = fold(match.string[max(0, match.start() - 16) : match.start()])
        month_year = bool(_MONTH_WORD_BEFORE.search(before))
        strong = month_year or bool(
            _DATE_WORDS_BEFORE.search(before) or _CLOCK_AFTER.match(match.string, match.end())
        )
        # "18/1111930": after a slash, more than a year's four characters hold a slash too;
        # "18111/1930": no count has more than its whole, so the run is no count
        glued = "/" in run and len(run) - run.rindex("/") - 1 > 4
        parts = run.split("/")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            glued = glued or int(parts[0]) > int(parts[1])
        slashes = _WEAK_SLASHES + ("1" if strong or glued else "")
        found = _splits(run, 2 if month_year else 3, slashes)
        if len(found) != 1:
            return run
        date = found.pop()
        # a run already a date but for its letters is left to the digit repairs
        if run.count("/") == date.count("/"):
            return run
        return date

    return _DATE_RUN.sub(repair, text)


# --- numerals -------------------------------------------------------------------------------

#: "quý" as a scan may read it too ("quỹ IIl năm 2021": :mod:`baocao.extract.ocrwords`
#: makes "quỹ" "quý" once the numeral reads as one)
_NUMERAL = re.compile(
    r"(?i:(?<![^\W\d_])(?:qu[yýỳỷỹỵíìịỉĩ]|giai\s+đoạn)\s+)([IVlHi1|!]{1,4})(?![\w])"
)
_VALID_NUMERALS = frozenset({"I", "II", "III", "IV"})


#: "Năm 2017; tỉnh …": a sentence opened by its time (a year or a span after "Năm", "Trong
#: năm", "Đến năm", "Đến hết năm", "Đến cuối năm", "Giai đoạn", "Trong giai đoạn") and a
#: semicolon before a lowercase word: the comma such an opening takes, misread; a sentence
#: that is its time alone does not go on in lowercase
_OPENING_YEAR = re.compile(
    r"(?:(?<=^)|(?<=[.!?] ))((?:Trong năm|Đến (?:hết |cuối )?năm|Năm|(?:Trong g|G)iai đoạn))"
    r"( (?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?);(?= [^\W\d_])",
    re.MULTILINE,
)


def fix_opening_year(text: str) -> str:
    """``Năm 2017; tỉnh phấn đấu`` is ``Năm 2017, tỉnh phấn đấu``: the comma after a year
    opening a sentence read as a semicolon, before a lowercase word."""

    def repair(match: re.Match[str]) -> str:
        if not match.string[match.end() + 1].islower():
            return match.group(0)
        return f"{match.group(1)}{match.group(2)},"

    return _OPENING_YEAR.sub(repair, text)


def fix_numerals(text: str) -> str:
    """A quarter's or phase's Roman numeral with its ``I`` misread made whole: ``quý IIl``
    → ``quý III``, ``quý lV`` → ``quý IV``, ``giai đoạn H`` → ``giai đoạn II``."""

    def repair(match: re.Match[str]) -> str:
        numeral = match.group(1)
        if numeral.isdigit() or numeral in _VALID_NUMERALS:
            return match.group(0)
        roman = "".join("II" if ch == "H" else "I" if ch in "l1|!i" else ch for ch in numeral)
        if roman not in _VALID_NUMERALS:
            return match.group(0)
        return match.group(0)[: match.start(1) - match.start()] + roman

    return _NUMERAL.sub(repair, text)


def repair_dates(text: str) -> str:
    """:func:`fix_date_marks`, :func:`fix_numerals`; :func:`fix_years` runs after the letters
    read for digits (:func:`baocao.extract.ocrtext.repair_ocr_text`)."""
    return fix_numerals(fix_date_marks(text))
