"""The auditor's cue tables: one loader for the TOML files of cue words packaged beside it
(``implied.toml``, ``rates.toml``, ``recognised.toml``, ``sums.toml``).

A cue table has a top-level ``version`` and, for each list a check reads, an array of
entries, each a ``cue`` (words matched whole, accents significant, any case) and an
``example``: one phrase or an array of phrases of our own, each holding the cue as whole
words::

    version = 1

    [[rest]]
    cue = "còn lại"
    example = ["vốn tỉnh 12 tỷ, còn lại là vốn dân", "ngân sách 40 tỷ; còn lại do dân góp"]

A check declares the lists it reads as a frozen dataclass of compiled patterns, one field per
array, and reads it through :func:`load_cue_table` (the packaged file, read and compiled once)
or :func:`parse_cue_table` (a text, for tests). A field made with :func:`cue_field` says where
its cues must stand in the text searched: anywhere (the default), at its start or at its end.
Every broken entry of a file (no cue, no example, an example without its cue, a cue listed
twice, an array no check reads) is reported in one :class:`~baocao.errors.LexiconError`,
which the command turns into exit code 6 (DATA), as for the lexicons under ``baocao/data``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field, fields
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from baocao.audit.common import read_audit_file, whole_words
from baocao.data.lexicon import Problems, entries, parse_data

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Table = TypeVar("Table", bound="DataclassInstance")

#: Where a list's cues must stand in the text a check searches with them.
Anchor = Literal["anywhere", "start", "end"]

_ANCHOR = "at"


def cue_field(at: Anchor) -> Any:
    """A cue table's field whose cues must stand at the start or end of the text searched
    ("^" or "\\s*$" around the alternation of whole words)."""
    return field(metadata={_ANCHOR: at})


def compile_cues(cues: Sequence[str], at: Anchor = "anywhere") -> re.Pattern[str]:
    """Any of ``cues`` as whole words, the longest first, case-insensitive, placed by ``at``."""
    if at == "end":
        return whole_words(cues, at_end=True)
    words = whole_words(cues)
    if at == "start":
        return re.compile(rf"^{words.pattern}", re.IGNORECASE)
    return words


def read_cue_lists(
    text: str, keys: Sequence[str], *, source: str, also: Sequence[str] = ()
) -> dict[str, list[str]]:
    """The ``cue`` of every ``[[key]]`` entry of a cue table, by key, each entry checked: a
    cue, examples that hold it as whole words, no cue twice in one list, no array but
    ``keys`` and ``also`` (arrays of another shape the check reads itself, e.g. the wording
    of its findings). Every bad entry is reported in one LexiconError."""
    data = parse_data(text, source=source)
    problems = Problems(source)
    for key in data:
        if key != "version" and key not in keys and key not in also:
            problems.add(key, f"no check reads this list (one of {', '.join(keys)})")
    lists: dict[str, list[str]] = {key: [] for key in keys}
    for key, cues in lists.items():
        for where, entry in entries(data, key, problems):
            cue = problems.require(where, entry, "cue", str)
            if cue is not None:
                where = f"{where} {cue!r}"
            examples = problems.require_examples(where, entry)
            if cue is None:
                continue
            own = whole_words([cue])
            for example in examples:
                problems.check_example(where, example, own.search(example) is not None, "the cue")
            if cue.casefold() in (c.casefold() for c in cues):
                problems.add(where, "the cue is listed twice")
                continue
            cues.append(cue)
    problems.raise_if_any()
    return lists


def parse_cue_table(
    kind: type[Table], text: str, *, source: str, also: Sequence[str] = ()
) -> Table:
    """The cue table ``kind`` (a dataclass of patterns, one field per list) read from TOML
    ``text``, named ``source`` in messages; ``also``: arrays the caller reads itself."""
    keys = tuple(f.name for f in fields(kind))
    lists = read_cue_lists(text, keys, source=source, also=also)
    return kind(
        **{
            f.name: compile_cues(lists[f.name], f.metadata.get(_ANCHOR, "anywhere"))
            for f in fields(kind)
        }
    )


@cache
def _load(kind: type[DataclassInstance], name: str) -> DataclassInstance:
    return parse_cue_table(kind, read_audit_file(name), source=name)


def load_cue_table(kind: type[Table], name: str) -> Table:
    """The cue table ``kind`` from the file ``name`` packaged in ``baocao/audit``, read and
    compiled once."""
    table = _load(kind, name)
    assert isinstance(table, kind)
    return table
