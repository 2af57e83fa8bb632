"""How place names are compared: :func:`place_key` (accent-, case-, space- and punctuation-free,
"Sông Lô" → "songlo") to look names up, :func:`accent_key` (the letters with their accents,
blind to where a tone mark sits) to tell names that fold alike apart.
"""

from __future__ import annotations

import re
import unicodedata

from baocao.data.lexicon import fold


def place_key(name: str) -> str:
    """Accent-, case-, space- and punctuation-free key: "Sông Lô" → "songlo"; a number loses
    its leading zeros ("Phường 01" is Phường 1)."""
    key = re.sub(r"[^0-9a-z]", " ", fold(unicodedata.normalize("NFC", name)))
    return re.sub(r"(?<![0-9])0+(?=[0-9])| ", "", key)


def _marked(word: tuple[str, str]) -> bool:
    """Whether a word (as :func:`accent_key` gives it) carries any mark: a tone, or a letter
    such as â, ơ, đ."""
    letters, tones = word
    return bool(tones) or any(not ch.isascii() for ch in letters)


# The five tone marks; the other marks (â, ă, ơ, ư, đ) are part of the letter.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def accent_key(name: str) -> tuple[tuple[str, str], ...]:
    """A name's letters with their accents, blind to where the tone mark sits and to case:
    "Hoà" and "Hòa" are one spelling (old and new tone placement), "Diễn" and "Diên" are not."""
    words = []
    for word in unicodedata.normalize("NFD", name.casefold()).split():
        tones = "".join(sorted(ch for ch in word if ch in _TONES))
        words.append(("".join(ch for ch in word if ch not in _TONES), tones))
    return tuple(words)
