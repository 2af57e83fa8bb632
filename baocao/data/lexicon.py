"""Loading and validating the lexicon data files in ``baocao/data/*.toml``.

Every data file is a TOML document with a top-level ``version`` (an integer, bumped whenever
entries change meaning) and one or more arrays of tables ("entries"). Every entry carries an
``example``: phrases of the wording class it stands for (a wording is a class, never one
sentence, so the shipped files give at least two; tests/test_lexicon_examples.py checks that
each one fires the entry's matcher). A loader reads the file with :func:`load_data`, checks
each entry through a :class:`Problems` collector and calls :meth:`Problems.raise_if_any` once
at the end, so a user who breaks a file sees every bad entry in one
:class:`~baocao.errors.LexiconError`::

    data = load_data("units.toml")
    problems = Problems("units.toml")
    for where, entry in entries(data, "unit", problems):
        written = problems.require(where, entry, "written", str)
        examples = problems.require_examples(where, entry)
    problems.raise_if_any()

:func:`fold` is the accent- and case-insensitive key used to match lexicon wording against
report text; it keeps one output character per input character, so offsets found in the
folded text are offsets in the original.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import Any

from baocao.errors import LexiconError

#: Python types accepted for a TOML value, as given to :meth:`Problems.require`.
TomlType = type | tuple[type, ...]

_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "an array",
    dict: "a table",
}


def load_data(name: str) -> dict[str, Any]:
    """Parse ``baocao/data/<name>``; a missing file or bad TOML is a LexiconError."""
    try:
        raw = resources.files("baocao.data").joinpath(name).read_bytes()
    except (FileNotFoundError, OSError) as e:
        raise LexiconError(f"{name}: cannot read the data file ({e})") from e
    return parse_data(raw.decode("utf-8"), source=name)


def parse_data(text: str, *, source: str) -> dict[str, Any]:
    """Parse TOML ``text`` (named ``source`` in messages) and check its ``version``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"{source}: invalid TOML: {e}") from e
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LexiconError(f"{source}: needs a top-level integer `version` >= 1")
    return data


def fold(text: str) -> str:
    """Accent- and case-insensitive form of ``text``, one character per character.

    "Đường Giao thông" → "duong giao thong". Combining marks are dropped after NFD and "đ"
    maps to "d"; a lone combining mark (NFD input) becomes a zero-width nothing only when it
    follows a character, so call it on NFC text when offsets matter.
    """
    return "".join(_fold_char(ch) for ch in text)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    if not base:  # a stray combining mark: keep the length, lose the mark
        return " "
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base[:1]


#: The capital letters of Vietnamese, for a regex class: A-Z with their accented forms, and Đ.
#: (Not a range of the Latin Extended Additional block: its precomposed letters alternate
#: capital and small, "Ả" U+1EA2 then "ả" U+1EA3.)
CAPITALS: str = "".join(
    sorted(
        {
            ch
            for ch in map(chr, range(0x41, 0x1EFA))
            if ch.isupper() and len(fold(ch)) == 1 and "a" <= fold(ch) <= "z"
        }
        | {"Đ"}
    )
)
#: The small letters of Vietnamese, for a regex class: :data:`CAPITALS` in small letters.
SMALLS: str = "".join(sorted({ch.lower() for ch in CAPITALS if len(ch.lower()) == 1}))


def fold_words(text: str) -> str:
    """:func:`fold` with whitespace runs collapsed to one space and the ends stripped: the
    key under which lexicon phrases are stored ("Triệu  đồng" → "trieu dong")."""
    return " ".join(fold(text).split())


class Problems:
    """Collects what is wrong with one data file so all of it is reported at once."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def require(
        self,
        where: str,
        entry: dict[str, Any],
        name: str,
        kind: TomlType,
        *,
        optional: bool = False,
        default: Any = None,
    ) -> Any:
        """``entry[name]`` when it has type ``kind``; else note the problem and return
        ``default``. Strings must not be blank. ``bool`` never passes for ``int``."""
        if name not in entry:
            if not optional:
                self.add(where, f"missing `{name}`")
            return default
        value = entry[name]
        if not _is_type(value, kind):
            self.add(where, f"`{name}` must be {_type_name(kind)}, got {value!r}")
            return default
        if isinstance(value, str) and not value.strip():
            self.add(where, f"`{name}` must not be blank")
            return default
        return value

    def require_strings(
        self, where: str, entry: dict[str, Any], name: str, *, optional: bool = True
    ) -> tuple[str, ...]:
        """``entry[name]`` as a tuple of non-blank strings (an array of strings in TOML)."""
        value = self.require(where, entry, name, list, optional=optional, default=[])
        bad = [v for v in value if not isinstance(v, str) or not v.strip()]
        if bad:
            self.add(where, f"`{name}` must hold non-blank strings, got {bad!r}")
            return ()
        return tuple(value)

    def require_examples(
        self, where: str, entry: dict[str, Any], name: str = "example"
    ) -> tuple[str, ...]:
        """``entry[name]``: one phrase or an array of phrases of the entry's class, as a
        tuple (empty, with the problem noted, when missing or blank)."""
        if isinstance(entry.get(name), list):
            if not entry[name]:
                self.add(where, f"`{name}` must hold at least one phrase")
            return self.require_strings(where, entry, name, optional=False)
        example = self.require(where, entry, name, str)
        return (example,) if example is not None else ()

    def compile(self, where: str, pattern: str, flags: int = 0) -> re.Pattern[str] | None:
        """``pattern`` compiled, or None with the regex error noted."""
        try:
            return re.compile(pattern, flags)
        except re.error as e:
            self.add(where, f"bad pattern {pattern!r}: {e}")
            return None

    def check_example(
        self, where: str, example: str | None, matches: bool, what: str = "the entry"
    ) -> None:
        """Note an entry whose ``example`` is not matched by ``what``."""
        if example is not None and not matches:
            self.add(where, f"example {example!r} is not matched by {what}")

    def raise_if_any(self) -> None:
        if self.items:
            lines = "\n  - ".join(self.items)
            n = len(self.items)
            raise LexiconError(f"{self.source}: {n} problem{'s' if n > 1 else ''}:\n  - {lines}")


def entries(
    data: dict[str, Any], key: str, problems: Problems, *, required: bool = True
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(where, entry)`` for each table of the array ``data[key]``; ``where`` names
    the entry in messages (``unit[3]`` or ``unit[3] "triệu đồng"``)."""
    items = data.get(key)
    if items is None:
        if required:
            problems.add(key, "missing array of entries")
        return
    if not isinstance(items, list):
        problems.add(key, "must be an array of tables ([[" + key + "]])")
        return
    for i, entry in enumerate(items):
        if not isinstance(entry, dict):
            problems.add(f"{key}[{i}]", "must be a table")
            continue
        label = next((entry[k] for k in ("name", "written", "phrase", "id") if k in entry), None)
        where = f"{key}[{i}]" + (f" {label!r}" if isinstance(label, str) and label.strip() else "")
        yield where, entry


def _is_type(value: Any, kind: TomlType) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False
    if float in kinds and isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, kinds)


def _type_name(kind: TomlType) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)
