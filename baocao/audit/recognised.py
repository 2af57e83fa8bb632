"""A commune recognised as meeting the standard, counted short of its criteria.

"3 xã được công nhận đợt này là: xã A, B và C … xã A đạt 18/19 tiêu chí" cannot be right as
written: a commune is recognised only once it meets every criterion of the set, so either the
recognition or the count is wrong (``threshold_contradiction``). The recognition is read from
the text: a sentence with a recognition cue that has happened ("được công nhận", "quyết định
công nhận"), no step still to come before it ("đề nghị", "xét", "sẽ", "chưa") and no other
standard ("nâng cao", "kiểu mẫu", "theo bộ tiêu chí mới"); the commune must be named in that
sentence. A count of another year than the recognition's (a starting point, "năm 2012 đạt
9/19"), or in another sentence dated after it or on review ("hiện nay", "rà soát"), is left
alone.

The cue words are data (``recognised.toml``), each with an example of the wording it is for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.common import (
    YEAR,
    IdFact,
    Where,
    finding,
    fold_name,
    scheme_key,
    split_prefix,
)
from baocao.audit.cues import load_cue_table, parse_cue_table
from baocao.model import CriteriaCount, Finding, Severity

KIND = "threshold_contradiction"
RECOGNISED_FILE = "recognised.toml"
#: How far before a recognition cue a word making it a step to come may be.
_NOT_YET_REACH = 30
_SENTENCE_END = re.compile(r"[.;!?\n](?:\s|$)|\n")


@dataclass(frozen=True)
class RecognitionCues:
    recognition: re.Pattern[str]
    not_yet: re.Pattern[str]
    other_standard: re.Pattern[str]
    later: re.Pattern[str]


def parse_recognition_cues(text: str, *, source: str = RECOGNISED_FILE) -> RecognitionCues:
    """The cue lists of ``recognised.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(RecognitionCues, text, source=source)


def load_recognition_cues() -> RecognitionCues:
    return load_cue_table(RecognitionCues, RECOGNISED_FILE)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def recognitions(text: str, cues: RecognitionCues) -> list[str]:
    """The folded sentences of ``text`` that state communes recognised as meeting the
    base standard."""
    found = []
    for m in cues.recognition.finditer(text):
        start, end = _sentence(text, m.start(), m.end())
        lead = text[max(start, m.start() - _NOT_YET_REACH) : m.start()]
        sentence = text[start:end]
        if cues.not_yet.search(lead) or cues.other_standard.search(sentence):
            continue
        found.append(fold_name(sentence))
    return found


def _short(fact: CriteriaCount) -> bool:
    return (
        not fact.target
        and not fact.unmet
        and fact.what == "tiêu chí"
        and fact.of is not None
        and fact.met < fact.of
        and scheme_key(fact.scheme) == scheme_key("NTM")
    )


def _named(name: str, sentence: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) is not None


def recognised_short_of_criteria(facts: Sequence[IdFact], text: str | None) -> list[Finding]:
    if not text:
        return []
    cues = load_recognition_cues()
    sentences = recognitions(text, cues)
    if not sentences:
        return []
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, CriteriaCount) or not _short(fact):
            continue
        prefix, name = split_prefix(fact.subject or "")
        if prefix != "xã" or len(name) < 3:
            continue
        start, end = _sentence(text, fact.start, fact.end)
        own = fold_name(text[start:end])
        if cues.other_standard.search(own):
            continue
        dated = set(YEAR.findall(own)) | ({fact.period[:4]} if fact.period else set())
        for sentence in sentences:
            years = set(YEAR.findall(sentence))
            if not _named(name, sentence) or (dated and years and not dated & years):
                continue  # a count of another year than the recognition's
            if own != sentence and cues.later.search(own):
                continue  # counted since, or on review: the commune may have fallen short
            explain = (
                f"{fact.subject} is recognised as meeting the standard, yet meets only "
                f"{fact.met}/{fact.of} criteria: a recognised commune meets all {fact.of}"
            )
            findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid]))
            break
    return findings
