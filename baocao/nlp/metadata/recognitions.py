"""Recognitions a news text lists: units a province recognised, each with the year of the
standard it reached ("công nhận xã A đạt chuẩn nông thôn mới nâng cao năm 2024, xã B … năm
2025"), and what they say of the text's own period."""

from __future__ import annotations

import re

from baocao.nlp.metadata.common import _SENTENCE
from baocao.vocab.patterns import cues

#: A recognition the text reports: "… quyết định công nhận xã A đạt chuẩn năm 2025"
#: (``recognised_in`` cues).
_RECOGNISED_IN = re.compile(cues().pattern("recognised_in"))


def latest_recognised_in_list(
    text: str, first: tuple[int, str], items: list[tuple[int, str]], now: int
) -> str | None:
    """The latest year of a list of recognitions the text's first year opens ("công nhận xã A
    đạt chuẩn nâng cao năm 2024, xã B đạt chuẩn nâng cao năm 2025; xã C … năm 2025" printed
    in 2025): units recognised for successive years, the text on the latest, up to the year
    ``now`` it is printed in. ``first`` and ``items`` are (offset, period) of the text's first
    dated year and of the years bound to a list's items. None unless the first year is a
    recognition's and later ones follow it in its sentence."""
    at, period = first
    if not period.isdigit():
        return None
    sentence = next((sm for sm in _SENTENCE.finditer(text) if sm.start() <= at < sm.end()), None)
    if sentence is None or _RECOGNISED_IN.search(text, sentence.start(), at) is None:
        return None
    later = [
        int(p)
        for i, p in items
        if p.isdigit() and at < i < sentence.end() and int(period) < int(p) <= now
    ]
    return str(max(later)) if later else None
