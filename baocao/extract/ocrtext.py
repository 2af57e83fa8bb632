"""Numbers in OCR text repaired where the misreading is certain.

Tesseract on a poor scan keeps most digits but misreads the marks between them: a thousands
dot read as a colon (``1.450.000:000``), a space after a thousands dot (``3. 050 triệu``), the
spaces of a list of criteria numbers dropped (``2,3,5,6, 10``, read by the patterns as the
decimal 2,3). Each repair below applies only where the written form can mean one thing:

- :func:`fix_group_marks` — a number of three or more digit groups, every group after the
  first exactly three digits, with at least one thousands dot: a ``:`` or ``;`` between groups,
  or a ``,`` anywhere but last (a Vietnamese decimal comma comes last), is a dot. ``10:30``,
  ``1:500`` and ``1.450,5`` are left alone.
- :func:`fix_count_slash` — a count's slash read as ``l`` (``15l19 tiêu chí``, ``12|15
  xã``), or as ``1`` before "tiêu chí" (``15119 tiêu chí``), where the run cannot be one
  number and splits one way into a count no larger than its whole.
- :func:`fix_comma_groups` — thousands dots all read as commas (``1,284,650``), a
  thousands comma before the decimal one (``1,705,8``), a comma and three digits before what
  is counted whole (``1,267 thôn``, ``45,000 đồng``), and ``70 ,32%``.
- :func:`fix_spaced_group` — ``3. 050`` (or ``25. 349,65``, with its decimals) directly
  before a unit of amount or count (``triệu``, ``tỷ``, ``đồng``, ``ha``, ``hộ``, …) is
  ``3.050``: a sentence does not end between a number and its unit.
- :func:`fix_spaced_number` — ``895. 000`` (a group led by 0 starts no number), ``8:720
  triệu`` and ``24: 000 tỷ`` (a colon before a sum of money; with a space after it only
  before a group led by 0), ``1.284.650. triệu`` or ``895.000, triệu`` (a
  mark between a number and its unit: no sentence or list item starts with ``triệu``),
  ``91, 2%`` and ``12, 5 tỷ`` (a decimal comma and a space before ``%`` or a sum, unless a
  list precedes).
- :func:`fix_split_number` — a thousands dot read as a space in a cell that holds one
  number (``1 125.730``: a cell is one value), and a count's digits split by a space before
  its whole after "có" / "đạt" (``có 1 1/12 xã``: "có 1" is followed by a noun, never by
  another count), when the count so joined does not exceed its whole.
- :func:`fix_stray_dots` — a full stop a speck made before a number's first digit
  (``: .6.281,0``) or a lowercase word (``được .công nhận``), opening a line before a
  capitalised word (``.Toàn tỉnh có``), between two lowercase
  words (``đạt.chuẩn``, ``thành. phố``, ``tự.`` ⏎ ``đầu tư``), glued between a number and a
  lowercase word (``7/7.xã``, a space), between "số" and its number (``số. 1``), or
  glued before a capital where no sentence ends: in a bracketed list of names
  (``(Bùi Xá, Đức.Tùng)``) or a list item's label (``- Ngân sách.Trung ương:``);
  abbreviations, capitals and web addresses keep theirs.
  A speck's full stop glued between a word (or a semicolon) and a number (``có.249
  đơn vị``, ``y tế;.18 xã``: a space), between a count and the noun it counts when the
  phrase goes on in lowercase (``có 83. xã đạt``; not opening a line, where it numbers a
  list item), or after an acronym before a lowercase word (``vùng DHNTB. đạt``) goes too.
- :func:`fix_inner_quote` — a ``"`` between two letters (``Cư M"gar``) is the apostrophe of
  a name (``M’gar``): a quotation opens after a space and closes before one, and a quote left
  open hides the rest of its paragraph's names from the patterns.
- :func:`fix_footnote_mark` — ``{1]`` / ``[1}`` (a footnote's number after a figure,
  ``76/115[1]``) is ``[1]``: a report writes no braces.
- :func:`fix_criterion_word` — ``Tiểu chí`` / ``Tiều chí`` is ``Tiêu chí``.
- :func:`fix_glued_count` — a count glued to what it counts (``cả 05Xã đều``, ``có
  12hộ``, ``đạt 15/19tiêu chí``, or joined by a speck's hyphen, ``có 16-xã``) gets its
  space back: a number runs on into no word, and
  the patterns read a count only as a number, a space, then its noun.
- :func:`fix_number_list` — three or more numbers of one or two digits joined by commas,
  some without the space after the comma, rising strictly (``2,3,5,6, 10, 11, 17``), are a
  list and get their spaces back; ``2,5, 3,5`` (two decimals) does not rise and stays.

- letters read for digits (``1O``, ``l5``, ``2,5O%``) and key cue words read as other real
  words (``quyết chỉ``, ``dạt``, ``xả``) in their context: :mod:`baocao.extract.ocrwords`,
  from ``data/ocr_confusables.toml``.

Repairs run on the page's lines and cells before the text is built (:func:`repair_ocr_text`),
so offsets, pages and quotes are those of the repaired text; the page stays marked as OCR.
Applying them twice changes nothing.
"""

from __future__ import annotations

import re

from baocao.data.lexicon import CAPITALS
from baocao.extract.ocrdates import fix_opening_year, fix_years, repair_dates
from baocao.extract.ocrwords import fix_cue_words, fix_digit_letters

_GROUPED = re.compile(r"(?<![\d.,:;])(\d{1,3})((?:[.,:;]\d{3}){2,})(?![\d]|[.,]\d)")
_UNITS = r"(?:triệu|tỷ|nghìn|ngàn|đồng|ha|km|người|hộ|xã|công trình|%)"
#: "3. 050 triệu", "25. 349,65 tỷ": a space after a thousands dot, the rest of the number (its
#: decimals too) running on to a unit
_SPACED = re.compile(
    rf"(?<![\d.,])(\d{{1,3}})\. (\d{{3}}(?:\.\d{{3}})*(?:,\d+)?)(?![\d]|[.,]\d)"
    rf"(?=\s*{_UNITS}(?!\w))"
)
_MONEY = r"(?:triệu|tỷ|nghìn|ngàn|đồng)(?!\w)"
_ZERO_LED = re.compile(r"(?<![\d.,])(\d{1,3})\. (0\d{2}(?:\.\d{3})*)(?![\d]|[.,]\d)")
#: "8:720 triệu", and "24: 000 tỷ" (a space after the colon only before a group led by 0,
#: which starts no number: "giai đoạn 2: 500 tỷ" is a label and its sum)
_LONE_COLON = re.compile(
    rf"(?<![\d.,:;])(\d{{1,3}})[:;](?: (?=0))?(\d{{3}}(?:,\d+)?)(?![\d]|[.,]\d)(?=\s*{_MONEY})"
)
_DOT_BEFORE_UNIT = re.compile(r"(?<=\d)[.,](?=\s+(?:triệu|tỷ|nghìn|ngàn)(?!\w))")
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}), (\d{1,2})(?=\s*%|\s+(?:triệu|tỷ)(?!\w))")
_LIST_BEFORE = re.compile(r"\d,\s?$")
_SPLIT_CELL = re.compile(r"\d{1,3} \d{3}(?:\.\d{3})+(?:,\d+)?")
_SPLIT_COUNT = re.compile(r"(?:(?<=\bcó )|(?<=\bđạt ))(\d) (\d)/(\d{1,3})(?![\d/])")
_FOOTNOTE = re.compile(r"[\[{](\d{1,2})[\]}](?<!\[\d\])(?<!\[\d\d\])")
_INNER_QUOTE = re.compile(r'(?<=[^\W\d_])["“”](?=[^\W\d_])')
_CRITERION = re.compile(r"\b([Tt])i[ểềếệễ]u chí\b")
_DOT_BEFORE_WORD = re.compile(r"(?:(?<=^)|(?<=[\s:(]))\.(?=\d|[^\W\d_])", re.MULTILINE)
#: "7/7.xã", "12.hộ": a full stop glued between a number and a lowercase word of two or more
#: letters (no number goes on past a dot into letters, no sentence starts in lowercase); a
#: number opening its line is a list item's ("1.đường …") and keeps its dot
_DOT_AFTER_NUMBER = re.compile(r"(?<![\w.,/])(\d[\d.,/]*?)\.(?=[^\W\d_]{2})")
_TLD = r"(?:vn|com|net|org|gov|edu|info)"
_DOT_IN_PHRASE = re.compile(
    rf"(?<![\w.])([^\W\d_]{{2,}})\.( ?|\n)(?=([^\W\d_]{{2,}})(?!\.\w))(?!{_TLD}\b)"
)
#: "(Bùi Xá, Đức.Tùng)": a list of names in brackets, where no sentence ends, and a dot
#: glued between a name's lowercase syllable end and its next capitalised syllable
_NAME_LIST = re.compile(r"\([^()\n]{3,160},[^()\n]{0,160}\)")
#: "- Ngân sách.Trung ương: 6.281,0 triệu đồng": a list item's label up to its colon, where
#: no sentence ends either
_ITEM_LABEL = re.compile(r"^[-+*]\s*[^\W\d_][^:\n]{1,60}:", re.MULTILINE)
#: "Tiêu chí số. 1", "Quyết định số. 15/QĐ-UBND": a full stop between "số" (number) and its
#: number; no sentence ends on "số" and goes on with a figure
_DOT_AFTER_NUMBER_WORD = re.compile(r"(?<![^\W\d_])(số|Số|SỐ)\.(?=\s?\d)")
#: "có.249 đơn vị", "y tế;.18 xã": a full stop glued between a word (three letters or more,
#: or one with a mark: "tr.5" is an abbreviation's) or a semicolon and a number: a speck where
#: a space was, since no number goes on from a word past a dot
_DOT_BEFORE_NUMBER = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_][^\W\d_\x00-\x7f])|(?<=[^\W\d_\x00-\x7f][^\W\d_])|(?<=;))"
    r"\.(?=\d)"
)
#: "có 83. xã đạt chuẩn": a full stop between a count and the noun it counts, which goes on
#: in lowercase; no sentence starts there ("xã hội" is society, not a count's noun)
_DOT_BEFORE_COUNTED = re.compile(
    r"(?<![\w.,/])(\d+(?:[.,/]\d+)*)\. (?=(?:xã|huyện|thôn|bản|ấp|hộ|tiêu chí|đơn vị|trường|"
    r"công trình)(?!\w)(?! hội)[ \t]+([^\W\d_]))"
)
_DOT_IN_NAME = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")
#: A run of digits and slash-like marks before what a count counts ("15l19 tiêu chí")
_COUNT_RUN = re.compile(
    r"(?<![\w/.,])([\dlI|!]{3,7})(?![\w/]|[.,]\d)(?=\s+(tiêu\s+chí|xã|thôn|bản|ấp|huyện|"
    r"phường|thị\s+trấn|đơn\s+vị|trường|hộ)(?!\w))",
    re.IGNORECASE,
)
_COUNT_DIGITS = re.compile(r"[lI|!]")
#: ".Toàn tỉnh có …": a full stop opening a line before a capitalised word (no line starts
#: with a full stop; ".NET", all capitals, keeps its own)
_DOT_OPENING_LINE = re.compile(rf"^[ \t]*\.(?=[^\W\d_][^\W\d_{CAPITALS}])", re.MULTILINE)
#: "1,284,650" (two or more thousands groups, each after a comma) and "1,705,8" (a thousands
#: comma, then the decimal one): no number has two decimal commas
_COMMA_GROUPS = re.compile(r"(?<![\d.,])(\d{1,3})((?:,\d{3}){2,})(?![\d]|[.,]\d)")
_COMMA_THEN_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3}),(\d{1,2})(?![\d]|[.,]\d)")
#: What is counted whole, so a comma and three digits before it are a thousands group:
#: "1,267 thôn", "45,000 đồng" (đồng alone: no sum in đồng has decimals)
_WHOLE_UNITS = (
    r"(?:đồng|người|hộ|khẩu|nhân\s+khẩu|lao\s+động|học\s+sinh|thôn|bản|ấp|xã|"
    r"công\s+trình|ngôi\s+nhà|căn\s+nhà|lượt)(?!\w)"
)
_COMMA_BEFORE_WHOLE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:\.\d{{3}})*),(\d{{3}})(?![\d]|[.,]\d)(?=\s+{_WHOLE_UNITS})"
)
#: "70 ,32%": a decimal comma a space split from its whole
_SPACE_BEFORE_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}) ,(\d{1,2})(?=\s*%)")
_LIST = re.compile(r"(?<![\d.,])\d{1,2}(?:, ?\d{1,2}){2,}(?![\d]|[.,]\d)")
#: "05Xã", "12hộ", "15/19tiêu chí": a count (no letter, dot or comma before it) run into a
#: noun that counts units, households or criteria; codes such as "QL1A", "H5N1", "5G" end
#: in no such noun, and a word before the digits ("Km5xã") is no count
_GLUED_COUNT = re.compile(
    r"(?<![\w.,/])(\d+(?:[.,]\d+)*(?:/\d+)?)(?=(?:xã|phường|thị\s+trấn|huyện|thôn|bản|ấp|xóm|"
    r"tổ\s+dân\s+phố|hộ|người|tiêu\s+chí|chỉ\s+tiêu|đơn\s+vị|công\s+trình)(?![^\W_]))",
    re.IGNORECASE,
)

#: "có 16-xã đạt": a count and its noun, lowercase, a speck's hyphen between them
_HYPHENED_COUNT = re.compile(
    r"(?<![\w.,/-])(\d+(?:[.,]\d+)*(?:/\d+)?)-(?=(?:xã|huyện|thôn|bản|ấp|xóm|hộ|tiêu\s+chí|"
    r"đơn\s+vị|công\s+trình)(?![^\W_]))"
)


def fix_group_marks(text: str) -> str:
    """A thousands separator misread as ``:``, ``;`` or a non-final ``,`` made a dot."""

    def repair(match: re.Match[str]) -> str:
        groups = match.group(2)
        marks = groups[::4]  # each group is one mark and three digits
        if "." not in marks or set(marks) == {"."}:
            return match.group(0)
        if marks[-1] == "," and "," not in marks[:-1] and not set(marks) & {":", ";"}:
            return match.group(0)  # 1.450,500: a decimal comma, maybe
        return match.group(1) + re.sub(r"[,:;]", ".", groups)

    return _GROUPED.sub(repair, text)


def fix_count_slash(text: str) -> str:
    """A count's slash read as ``l``, ``I``, ``|`` or ``!`` (``đạt 15l19 tiêu chí``, ``có
    12|15 xã``), or as ``1`` before "tiêu chí" (``đạt 15119 tiêu chí``), written back: before
    what is counted, a run of digits and such marks that splits in exactly one way into a
    count no larger than its whole (criteria: a whole of 19 at most). Only where the run read
    as one number could not be meant: four characters or more (a count of a thousand or more
    is written with its thousands dot), five for a ``1`` read as the slash; ``1l5 hộ`` and
    ``9l9 tiêu chí`` (9/9, or a sum of 919 criteria) are left to the digit repairs."""

    def repair(match: re.Match[str]) -> str:
        run = match.group(1)
        if len(run) < 4:  # "9l9 tiêu chí": 9/9, or a sum of 919 criteria
            return match.group(0)
        criteria = match.group(2).lower().startswith("tiêu")
        marks = "lI|!" + ("1" if criteria and len(run) >= 5 else "")
        found = set()
        for at, ch in enumerate(run):
            if ch not in marks:
                continue
            met, whole = (_COUNT_DIGITS.sub("1", part) for part in (run[:at], run[at + 1 :]))
            if not (met.isdigit() and whole.isdigit()) or len(met) > 3 or len(whole) > 3:
                continue
            if int(whole) == 0 or int(met) > int(whole) or (criteria and int(whole) > 19):
                continue
            found.add(f"{met}/{whole}")
        if len(found) != 1:
            return match.group(0)
        return found.pop() + match.group(0)[len(run) :]

    return _COUNT_RUN.sub(repair, text)


def fix_comma_groups(text: str) -> str:
    """Thousands dots a scan read as commas, where no decimal can be meant:
    ``1,284,650`` → ``1.284.650``, ``1,705,8`` → ``1.705,8`` (two commas), ``1,267 thôn``
    → ``1.267 thôn`` and ``930.000,000 đồng`` → ``930.000.000 đồng`` (before what is
    counted whole). ``58,400 triệu`` stays: 58,4 million written with three decimals, maybe;
    and ``70 ,32%`` is ``70,32%``."""
    text = _COMMA_GROUPS.sub(lambda m: m.group(1) + m.group(2).replace(",", "."), text)
    text = _COMMA_THEN_DECIMAL.sub(r"\1.\2,\3", text)
    text = _COMMA_BEFORE_WHOLE.sub(r"\1.\2", text)
    return _SPACE_BEFORE_COMMA.sub(r"\1,\2", text)


def fix_spaced_group(text: str) -> str:
    """``3. 050 triệu`` made ``3.050 triệu``: a space after a thousands dot, before a unit."""
    return _SPACED.sub(r"\1.\2", text)


def fix_spaced_number(text: str) -> str:
    """Marks inside a number a bad scan spaced or changed, where the result can mean one
    thing: ``895. 000`` (a group led by 0 starts no number), ``8:720 triệu`` (a colon before
    a sum of money), ``1.284.650. triệu`` / ``895.000, triệu`` (a mark between a number and
    its unit), and
    ``91, 2%`` / ``12, 5 tỷ`` (a decimal comma followed by a space, before ``%`` or a sum of
    money, not inside a list such as ``1, 12, 5 tỷ``)."""
    text = _ZERO_LED.sub(r"\1.\2", text)
    text = _LONE_COLON.sub(r"\1.\2", text)
    text = _DOT_BEFORE_UNIT.sub("", text)

    def decimal(match: re.Match[str]) -> str:
        if _LIST_BEFORE.search(text, 0, match.start()):
            return match.group(0)
        return f"{match.group(1)},{match.group(2)}"

    return _SPACED_DECIMAL.sub(decimal, text)


def fix_inner_quote(text: str) -> str:
    """``M"gar`` is ``M’gar``: a double quote inside a word is an apostrophe misread."""
    return _INNER_QUOTE.sub("’", text)


def fix_footnote_mark(text: str) -> str:
    """``76/115{1]`` is ``76/115[1]``: a brace is a footnote bracket misread."""
    return _FOOTNOTE.sub(r"[\1]", text)


def fix_split_number(text: str) -> str:
    """``1 125.730`` (a whole cell) is ``1.125.730``; ``có 1 1/12 xã`` is ``có 11/12 xã``."""
    if _SPLIT_CELL.fullmatch(text):
        text = text.replace(" ", ".", 1)

    def count(match: re.Match[str]) -> str:
        met = int(match.group(1) + match.group(2))
        if met > int(match.group(3)):
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}/{match.group(3)}"

    return _SPLIT_COUNT.sub(count, text)


def fix_criterion_word(text: str) -> str:
    """``Tiểu chí`` / ``Tiều chí`` (the circumflex read with a tone mark) is ``Tiêu chí``: no
    such word exists, and every criterion is named with it."""
    return _CRITERION.sub(r"\1iêu chí", text)


def fix_glued_count(text: str) -> str:
    """``cả 05Xã đều`` is ``cả 05 Xã đều``: a count and its noun a scan ran together get
    their space back (the noun's case is kept; the patterns read either); so do a count and
    a lowercase noun a speck joined with a hyphen (``có 16-xã đạt``: a range or a code goes on
    with a digit or a capital after its hyphen, "1-2 xã", "16-QĐ")."""
    return _HYPHENED_COUNT.sub(r"\1 ", _GLUED_COUNT.sub(r"\1 ", text))


def fix_stray_dots(text: str) -> str:
    """A full stop a speck made: before a number's first digit (``: .6.281,0`` — a Vietnamese
    number never starts with a dot) or a lowercase word (``đã được .công nhận``), between
    two lowercase words (``đạt.chuẩn``, ``thành. phố`` — no sentence starts in lowercase), or
    glued between a number and a lowercase word (``7/7.xã``: a space; no number goes on past
    a dot into letters), between "số" and its number (``Tiêu chí số. 1``), or glued between a
    word and a capitalised one where no sentence ends: inside a bracketed list of names
    (``(Bùi Xá, Đức.Tùng)``) or a list item's label before its colon
    (``- Ngân sách.Trung ương:``).
    Abbreviations (``v.v.``, ``tr.đ``, ``TP.``, ``UBND.``: two ASCII letters or fewer, or
    capitals, before the dot), a sentence run into the next elsewhere (``Nội.Các``) and web
    addresses (``nongthonmoi.gov.vn``) keep theirs."""
    text = _DOT_AFTER_NUMBER_WORD.sub(
        lambda m: m.group(1) + ("" if m.string[m.end()].isspace() else " "), text
    )
    text = _DOT_BEFORE_WORD.sub(
        lambda m: "" if m.string[m.end()].isdigit() or m.string[m.end()].islower() else ".", text
    )
    text = _DOT_OPENING_LINE.sub("", text)
    text = _DOT_BEFORE_NUMBER.sub(" ", text)

    def before_counted(match: re.Match[str]) -> str:
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        if not match.string[line_start : match.start()].strip() or not match.group(2).islower():
            return match.group(0)  # "1. xã …" opening its line: a list item's number
        return match.group(1) + " "

    text = _DOT_BEFORE_COUNTED.sub(before_counted, text)

    def after_number(match: re.Match[str]) -> str:
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        opens_line = not match.string[line_start : match.start()].strip()
        glued = match.string[match.end() : match.end() + 2].islower() and not opens_line
        return match.group(1) + (" " if glued else ".")

    text = _DOT_AFTER_NUMBER.sub(after_number, text)

    def phrase(match: re.Match[str]) -> str:
        before, gap, after = match.groups()
        # "tự." is a word; "tr." and "kg." are abbreviations: two ASCII letters are kept
        word = len(before) >= 3 or not before.isascii()
        if word and before[-2:].islower() and after[:1].islower():
            return before + (gap or " ")
        # "vùng DHNTB. đạt": an acronym of three capitals or more takes no full stop, and
        # what goes on in lowercase after a space starts no sentence ("TP." is an
        # abbreviation's; "UBND.xã", glued, is left as written)
        if gap and len(before) >= 3 and before.isupper() and after[:1].islower():
            return before + (gap or " ")
        return match.group(0)

    # a chain ("xã.đạt.chuẩn") shares its middle word between two matches: again until done
    while (joined := _DOT_IN_PHRASE.sub(phrase, text)) != text:
        text = joined

    def name_dot(match: re.Match[str]) -> str:
        around = match.string[match.start() - 2 : match.start()], match.string[match.end()]
        after = match.string[match.end() + 1]
        return " " if around[0].islower() and around[1].isupper() and after.islower() else "."

    def names(match: re.Match[str]) -> str:
        return _DOT_IN_NAME.sub(name_dot, match.group(0))

    return _ITEM_LABEL.sub(names, _NAME_LIST.sub(names, text))


def fix_number_list(text: str) -> str:
    """A rising list of small numbers missing the spaces after its commas gets them back."""

    def repair(match: re.Match[str]) -> str:
        numbers = re.split(r", ?", match.group(0))
        values = [int(n) for n in numbers]
        if any(b <= a for a, b in zip(values, values[1:], strict=False)):
            return match.group(0)
        return ", ".join(numbers)  # as written: "03" stays "03"

    return _LIST.sub(repair, text)


#: The most passes of the repairs over one text (two settle every text seen; one more spare).
REPAIR_PASSES = 3


def repair_ocr_text(text: str) -> str:
    """All the repairs above, in order (none undoes another): a date's slash read as a
    letter and a period's numeral first (:mod:`baocao.extract.ocrdates`: before a ``l`` is
    read as a digit), then letters read for digits (so ``1.45O.000:000`` is a number the
    mark repairs see) and years, misread cue words last (:mod:`baocao.extract.ocrwords`)."""
    # a later repair can leave what an earlier one mends (":7..triệu" → ":7. triệu", a mark
    # before a unit): the passes run until the text settles, so a repaired text repairs to itself
    for _ in range(REPAIR_PASSES):
        repaired = _repair_once(text)
        if repaired == text:
            break
        text = repaired
    return text


def _repair_once(text: str) -> str:
    text = fix_opening_year(fix_years(fix_digit_letters(fix_count_slash(repair_dates(text)))))
    text = fix_spaced_number(fix_spaced_group(fix_comma_groups(fix_group_marks(text))))
    text = fix_inner_quote(fix_footnote_mark(fix_split_number(fix_number_list(text))))
    text = fix_glued_count(fix_criterion_word(text))
    return fix_cue_words(fix_stray_dots(text))
