"""Communes named bare and described as communes right after ("A - một trong 13 xã biên giới
của tỉnh B"): :func:`described_communes`.
"""

from __future__ import annotations

import re

from baocao.data.lexicon import CAPITALS
from baocao.model import Level, Place
from baocao.vocab.places.names import NAME_PATTERN

#: A name described as a commune right after it: "A - một trong 13 xã biên giới của tỉnh B",
#: "A, một trong 5 xã vùng cao", "A – xã biên giới của huyện B" (a word in small letters
#: after "xã", not another commune's name).
_DESCRIBED_COMMUNE = re.compile(
    rf"(?<![^\W\d_])(?P<name>{NAME_PATTERN})\s*(?:[-–—,]\s*|\s+(?i:là)\s+)"
    r"(?:(?i:(?:một|1)\s+trong\s+(?:số\s+)?)\d{1,3}\s+(?i:xã)(?![^\W\d_])"
    rf"|(?i:xã)\s+(?=[^\W\d_{CAPITALS}]))"
)


#: A level word right before a name: the name is that level's, described or not.
_LEVEL_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|TP\.?)\s+$"
)


def described_communes(text: str, lo: int, hi: int) -> list[tuple[int, Place]]:
    """The communes named bare between ``lo`` and ``hi`` and described as communes right
    after ("Sau 6 năm, A - một trong 13 xã biên giới của tỉnh B, đã đạt …"), each with where
    its name starts: a name a province may share ("Đăk Nông" of Kon Tum) is the commune when
    the text also writes it "xã A" (FACTS.md: the place is the unit the fact is about)."""
    found: list[tuple[int, Place]] = []
    for m in _DESCRIBED_COMMUNE.finditer(text, lo, hi):
        if _LEVEL_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        name = " ".join(m.group("name").split())
        if re.search(rf"(?<![^\W\d_])(?i:xã)\s+{re.escape(name)}(?![^\W\d_])", text) is None:
            continue
        place = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
        found.append((m.start(), place))
    return found
