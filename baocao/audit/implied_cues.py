"""The cue lists of ``implied.toml`` (counts behind a share, changes, parts, places, rates,
the populations that share one base, the words restating a count as its share),
in a module of their own so that the auditor's percent checks can read the change cues
without importing :mod:`baocao.audit.implied`, which builds on them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.audit.cues import cue_field, load_cue_table, parse_cue_table

IMPLIED_FILE = "implied.toml"


@dataclass(frozen=True)
class ImpliedCues:
    counted: re.Pattern[str] = cue_field("start")
    change: re.Pattern[str] = cue_field("end")
    part_of: re.Pattern[str] = cue_field("anywhere")
    place: re.Pattern[str] = cue_field("anywhere")
    rate_of: re.Pattern[str] = cue_field("anywhere")
    rate_end: re.Pattern[str] = cue_field("anywhere")
    households: re.Pattern[str] = cue_field("anywhere")
    restated: re.Pattern[str] = cue_field("anywhere")


def parse_implied_cues(text: str, *, source: str = IMPLIED_FILE) -> ImpliedCues:
    """The cue lists of ``implied.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(ImpliedCues, text, source=source)


def load_implied_cues() -> ImpliedCues:
    return load_cue_table(ImpliedCues, IMPLIED_FILE)
