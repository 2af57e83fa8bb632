"""The cue lists of ``implied.toml`` (counts behind a share, changes, parts, places, rates),
in a module of their own so that the auditor's percent checks can read the change cues
without importing :mod:`baocao.audit.implied`, which builds on them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baocao.audit.common import read_audit_file, read_cue_lists, whole_words

IMPLIED_FILE = "implied.toml"


@dataclass(frozen=True)
class ImpliedCues:
    counted: re.Pattern[str]
    change: re.Pattern[str]
    part_of: re.Pattern[str]
    place: re.Pattern[str]
    rate_of: re.Pattern[str]
    rate_end: re.Pattern[str]


_KEYS = ("counted", "change", "part_of", "place", "rate_of", "rate_end")


def parse_implied_cues(text: str, *, source: str = IMPLIED_FILE) -> ImpliedCues:
    """The cue lists of ``implied.toml``; every bad entry reported in one LexiconError."""
    lists = read_cue_lists(text, _KEYS, source=source)
    return ImpliedCues(
        counted=re.compile(rf"^{whole_words(lists['counted']).pattern}", re.IGNORECASE),
        change=whole_words(lists["change"], at_end=True),
        part_of=whole_words(lists["part_of"]),
        place=whole_words(lists["place"]),
        rate_of=whole_words(lists["rate_of"]),
        rate_end=whole_words(lists["rate_end"]),
    )


@cache
def load_implied_cues() -> ImpliedCues:
    text = read_audit_file(IMPLIED_FILE)
    return parse_implied_cues(text)
