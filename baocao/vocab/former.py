"""Units as they stood before the 2025 merger, in texts of the new map.

Texts written after 1 July 2025 describe parts of a new province by the units it was made of:
"khu vực tỉnh Quảng Nam (cũ)", "các xã thuộc Bến Tre trước sáp nhập", "địa bàn huyện Cờ Đỏ
cũ" (cue ``former_unit``, ``data/patterns_cues.toml``), then the whole new province ("toàn
tỉnh có …"). A place so written is the former unit: resolved on the old map (its own code;
the new province through the gazetteer's ``_2025`` columns) and labelled with
:data:`FORMER` after its name as written, so that no fact, check or comparison takes a
former province's count for the new province of the same name or code (Tuyên Quang 08 is
both; Long An's 80 is the new Tây Ninh's).
"""

from __future__ import annotations

import re
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.vocab.patterns import cues

__all__ = ["FORMER", "former_after", "is_former", "mentioned_former", "without_former"]

#: What a former unit's label ends with ("tỉnh Long An (cũ)").
FORMER = "(cũ)"
_LABEL_END = re.compile(r"\s*\(\s*(?i:cũ)\s*\)\s*$")
#: How far before a statement the mention of its place may be (a topic line above a list).
MENTION_REACH = 600
_SENTENCE_END = re.compile(r"[.;!?\n]")


@cache
def _marker() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{cues().pattern('former_unit')})")


def former_after(text: str, pos: int) -> bool:
    """Whether a place that ends at ``pos`` is written as a former unit ("Tây Ninh (cũ)")."""
    return _marker().match(text, pos) is not None


def is_former(label: str | None) -> bool:
    """Whether a fact's place is a former unit's label ("tỉnh Long An (cũ)")."""
    return bool(label) and _LABEL_END.search(label or "") is not None


def without_former(label: str) -> str:
    """The label without its former mark: "tỉnh Long An (cũ)" → "tỉnh Long An"."""
    return _LABEL_END.sub("", label)


def _name_regex(name: str) -> re.Pattern[str]:
    words = r"[ \t]+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<![^\W\d_])(?i:{words})(?![^\W\d_])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - MENTION_REACH)
    s = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    after = _SENTENCE_END.search(text, end)
    return s, after.start() if after is not None else len(text)


def mentioned_former(text: str, name: str, prefix: str | None, start: int, end: int) -> bool:
    """Whether the place ``name`` a statement at ``text[start:end]`` is about was written
    as a former unit where the statement takes it from: its mention in the statement's
    sentence before it, else after it in the sentence, else the last one above it (a topic
    line). A mention above that the sentence overrides by the level alone ("Toàn tỉnh có …",
    "Tỉnh đã …": the whole unit, the new one) is not the statement's."""
    if not name.strip():
        return False
    s, e = _sentence(text, start, end)
    found = list(_name_regex(name).finditer(text, max(0, start - MENTION_REACH), e))
    before = [m for m in found if m.start() >= s and m.end() <= start]
    after = [m for m in found if m.start() >= start]
    above = [m for m in found if m.end() <= s]
    if before:
        mention = before[-1]
    elif after:
        mention = after[0]
    elif above:
        mention = above[-1]
        if prefix and _level_alone(prefix).search(text, mention.end(), start):
            return False
    else:
        return False
    return former_after(text, mention.end())


@cache
def _level_alone(prefix: str) -> re.Pattern[str]:
    """The level word of ``prefix`` not followed by a capitalised name ("toàn tỉnh có")."""
    words = r"\s+".join(re.escape(w) for w in prefix.split())
    return re.compile(rf"(?<![^\W\d_])(?i:{words})(?![^\W\d_])(?!\s+[{CAPITALS}])")
