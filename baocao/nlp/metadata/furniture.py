"""Page furniture of texts without a header (news, web posts, excerpts): date banners, site
names, breadcrumbs and captions (:data:`_FURNITURE`), datelines, the headline a news text opens
with (:func:`_headline`), and other articles' headlines — a sidebar, a "Tin khác" list, a
related-articles tail — blanked before anything is read (:func:`blank_sidebar`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from baocao.data.lexicon import fold
from baocao.nlp.metadata.common import _NAME, _NATIONAL_WORD, _PLACE, _lines
from baocao.nlp.metadata.header import _NATIONAL_MOTTO, _NUMBER, _TITLE_WORD, HEADER_CHARS
from baocao.vocab.patterns import cues
from baocao.vocab.places import (
    NAME_PATTERN,
    PLACE_PATTERN,
    leading_place_name,
    parse_place,
    place_key,
    place_named,
)

_BANNER_WORDS = cues().pattern("page_banner")
#: Lines that are page furniture, not a headline: a date banner ("Thứ hai, 29/04/2024 07:50
#: (GMT+7)", "Thứ năm 12/02/2026 21:00", the comma left out), a template placeholder
#: ("dd/mm/yyyy"), a weather line ("Cà Mau, 32°C/ 33°C …"), image markup and captions.
_FURNITURE = re.compile(
    r"^\s*(?:(?:thứ\s+\w+|chủ\s+nhật"
    # a weekday a scan misread ("Thú Tu,")
    r"|th[^\W\d_]\s+(?:hai|ba|t[^\W\d_]|n[^\W\d_]m|s[^\W\d_]u|b[^\W\d_]{1,2}y|[2-7]))"
    r"(?:\s*,|\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d))|"
    # a weather line: a temperature in degrees ("Hà Giang, 28°C/ 25°C - 30°C Icon thời tiết")
    r"[^\n]{0,60}?\d\s*°\s*[CF]\b|[\d/\s:,|()–-]+(?:\(GMT[+-]\d+\))?\s*$|dd/mm|"
    # … or a weather widget's lines: a temperature alone, the degree sign dropped ("27 C"),
    # and the city it is for in English ("Ho Chi Minh City", "Da Nang City"): a Vietnamese
    # text writes "Thành phố"/"TP", so an English city line is the site's, never the unit
    r"-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*$|(?:[A-Za-z]+\s+){1,4}City\s*$|"
    r"(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày))?\s*:?\s*\d[\d/:.\s,-]*"
    r"(?:ngày\s+[\d/:.\s,-]*)?$|"
    r"!\[|\||.*\bẢnh\s*:|"
    # a page template's unfilled fields, alone on their line ("{title}", "{publish} {head}"):
    # no headline, nothing of the article's
    r"\{\w+\}(?:\s*\{\w+\})*\s*$|"
    # a picture's caption closed by the layout's bar ("Đường làng … tại xã A |"): the
    # picture's place, not the text's
    r"[^\n|]{1,160}\s\|\s*$|"
    # a page's text-size buttons ("A- A A+ | Tăng tương phản Giảm tương phản")
    r"a\s*[-–]\s+a\s+a\s*\+|"
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


#: How long a headline may be (characters).
HEADLINE_CHARS = 200


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


#: A line a site opens with its own domain before another article's teaser ("baotinh.vn Sáng
#: 5/9, Sở Y tế tổ chức …"): the site's links to other stories, not the article. The first
#: may follow the article's byline on its line, when a loader joined the two ("Minh Anh
#: baotinh.vn …"): the teaser starts at the domain.
_DOMAIN_TEASER = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?"
    r"(?P<domain>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))(?![\w.])[ \t]+\S"
)
#: Fewest such lines that make a list of other articles (one could be a credit line).
DOMAIN_TEASERS = 2


def domain_teasers_start(text: str) -> int | None:
    """Where a run of other articles' teasers, each line opening with the site's domain,
    ends the text (at least :data:`DOMAIN_TEASERS` of them, every line after the first one
    such a teaser, blank or furniture), after a line of the article's running text."""
    lines = _lines(text)
    start, at, teasers = None, 0, 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i][1]
        if not line.strip() or _SEPARATOR_LINE.match(line.strip()):
            continue
        teaser = _DOMAIN_TEASER.match(line)
        if teaser is None:
            break
        start, at, teasers = i, lines[i][0] + teaser.start("domain"), teasers + 1
    if start is None or teasers < DOMAIN_TEASERS or not _after_running_text(lines[:start]):
        return None
    return at


def other_articles_start(text: str) -> int | None:
    """Where the list of other articles a saved news page ends with begins: at a label after
    the article's running text (:func:`more_news_start`), a heading over headlines only
    (:func:`related_tail`) or a run of teasers led by the site's domain
    (:func:`domain_teasers_start`), whichever comes first."""
    starts = [
        more_news_start(text),
        (related_tail(text) or (None,))[0],
        domain_teasers_start(text),
    ]
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
