"""Which standard a statement is about: plain NTM, advanced ("nâng cao") or model ("kiểu mẫu").

"nâng cao" alone usually means "to improve" ("nâng cao chất lượng các tiêu chí"), so it names
the advanced standard only right after "nông thôn mới"/"NTM", "chuẩn" or "đạt" ("đạt chuẩn
nâng cao", "chuẩn xã nâng cao", "10 xã đạt nâng cao": reaching it, the standard elided), or as
the abbreviation "NTMNC". "kiểu mẫu" names the model
standard wherever it appears ("thôn NTM kiểu mẫu", "khu dân cư kiểu mẫu", "vườn mẫu" does
not count). When a text names several, the first one written wins.
"""

from __future__ import annotations

import re

from baocao.data.lexicon import fold

__all__ = ["SCHEMES", "SCHEME_PATTERN", "scheme_of"]

#: The scheme values of the fact contract.
SCHEMES = ("NTM", "NTM nâng cao", "NTM kiểu mẫu")

_NTM = r"(?:nông\s+thôn\s+mới|ntm)"
#: "nông thôn mới (NTM) nâng cao": the abbreviation in brackets stands between the standard
#: and its qualifier, in the same noun phrase.
_NTM_QUALIFIED = r"(?:nông\s+thôn\s+mới(?:\s*\(\s*ntm\s*\))?|ntm)"
#: One mention of a scheme, case-insensitive, no capture groups.
#: ("đạt chuẩn nâng cao", "chuẩn xã nâng cao": after "chuẩn" it is the standard too.)
SCHEME_PATTERN = (
    rf"(?i:(?<!\w)(?:{_NTM_QUALIFIED}\s+nâng\s+cao|(?:chuẩn|đạt)\s+(?:xã\s+)?nâng\s+cao|ntmnc"
    rf"|(?:{_NTM_QUALIFIED}\s+)?kiểu\s+mẫu|{_NTM})(?!\w))"
)
_FOLDED = re.compile(
    r"(?<!\w)(?:(?P<advanced>(?:nong\s+thon\s+moi(?:\s*\(\s*ntm\s*\))?|ntm|(?:chuan|dat)(?:\s+xa)?)"
    r"\s+nang\s+cao|ntmnc)"
    r"|(?P<model>(?:(?:nong\s+thon\s+moi(?:\s*\(\s*ntm\s*\))?|ntm)\s+)?kieu\s+mau)"
    r"|(?P<plain>nong\s+thon\s+moi|ntm))(?!\w)"
)


def scheme_of(text: str) -> str | None:
    """The scheme the text names first: "xã đạt chuẩn NTM nâng cao" → "NTM nâng cao",
    "thôn nông thôn mới kiểu mẫu" → "NTM kiểu mẫu", "xã nông thôn mới" → "NTM"; None when it
    names none."""
    m = _FOLDED.search(fold(text))
    if m is None:
        return None
    if m.group("advanced"):
        return "NTM nâng cao"
    if m.group("model"):
        return "NTM kiểu mẫu"
    return "NTM"
