"""The cue lexicons of the text patterns, loaded from ``baocao/data``.

``verdict_words.toml`` lists the words that state a verdict ("Đạt", "Chưa đạt", "Còn nợ");
``patterns_cues.toml`` the cue words by concept (goal markers, approximations, negations, flow
verbs, funding words, counted unit kinds…). Both are validated on first use: every entry
needs its ``written`` form and ``example`` phrases of its class that contain it, and all bad
entries are reported at once in one :class:`~baocao.errors.LexiconError`.

A cue is matched case-insensitively with accents significant ("đạt" is not "đất"), as a
whole word, with any whitespace between its words; alternatives are tried longest first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from baocao.data.lexicon import Problems, entries, load_data
from baocao.vocab.shortforms import cue_variants, short_forms

VERDICT_FILE = "verdict_words.toml"
CUES_FILE = "patterns_cues.toml"

#: Every concept patterns_cues.toml may use, and whether its entries need a ``value``.
CONCEPTS: dict[str, tuple[str, ...] | None] = {
    "goal": None,
    "goal_heading": None,
    "until_now": None,
    "years_back": None,
    "years_back_work": None,
    "count_restated": None,
    "then_now": None,
    "result_lead": None,
    "phase_opening": None,
    "programme_goal": None,
    "goal_under_way": None,
    "year_framing": None,
    "plan_year": None,
    "place_in_passing": None,
    "clause_intro": None,
    "level_owner": None,
    "source_says": None,
    "approx": None,
    "negation": None,
    "flow": ("mobilised", "allocated", "disbursed", "planned"),
    "spending": None,
    "works": None,
    "total": None,
    "funding": None,
    "not_funding": None,
    "revenue": None,
    "place_people": None,
    "need": None,
    "campaign": None,
    "donation": None,
    "comparison": None,
    "margin": None,
    "forecast": None,
    "estimate": None,
    "units_rest": None,
    "unit_kind": None,
    "school_level": None,
    "unit_verb": None,
    "unit_taking_part": None,
    "unit_status": None,
    "district_status": None,
    "unit_rank": None,
    "indicator_rate": None,
    "unit_standard": None,
    "unit_label": None,
    "unit_all": None,
    "unit_reviewed": None,
    "unit_in_all": None,
    "unit_left": None,
    "unit_increment": None,
    "whole_opening": None,
    "unit_ordinal": None,
    "district_kind": None,
    "units_named": None,
    "names_next": None,
    "back_reference": None,
    "units_back": None,
    "units_example": None,
    "units_list": None,
    "none_met": None,
    "pending": None,
    "recognition_given": None,
    "recognition_event": None,
    "growth": None,
    "items_detail": None,
    "merger_standard": None,
    "merger_before": None,
    "former_unit": None,
    "standard_after": None,
    "unmet_lead": None,
    "share_base": None,
    "page_banner": None,
    "site_name": None,
    "other_articles": ("label", "heading"),
    "broadcast": None,
    "national_rank": None,
    "national_topic": None,
    "national_agency": None,
    "national_event": None,
    "issuer": None,
    "level_committee": None,
    "addressee": None,
    "centre_voice": None,
    "national_decision": None,
    "present_check": None,
    "baseline": None,
    "back_then": None,
    "earlier_than_now": None,
    "half_year": None,
    "standard_phase": None,
    "body_phase": None,
    "plan_total": None,
    "horizon": None,
    "vision": None,
    "goal_measured": None,
    "requirement": None,
    "condition": None,
    "purpose_reach": None,
    "review_event": None,
    "recognised_in": None,
    "trajectory_from": None,
    "quality_raised": None,
    "breakdown": None,
    "item_joint": None,
    "cost_label": None,
    "unit_zone": None,
    "plan_span": None,
    "half_gain": None,
    "time_point": None,
    "criteria_degree": None,
    "reach_verb": ("verb", "finish", "standard"),
    "verdict_degree": None,
    "several_units": ("determiner", "number"),
    "result_adverb": None,
    "example_adverb": None,
    "year_under_way": None,
    "commune_epithet": None,
    "share_bound": None,
    "verb_hien": None,
    "proposal_title": None,
    "whole_named": None,
    "rank_within": None,
    "cumulative_total": None,
    "own_organ": None,
}

# Letters of Vietnamese words: a cue must not touch one on either side.
_WORD_EDGE_BEFORE = r"(?<![^\W\d_])"
_WORD_EDGE_AFTER = r"(?![^\W\d_])"


#: The five tone marks (acute, grave, hook above, tilde, dot below), decomposed.
_TONES = frozenset("\u0301\u0300\u0309\u0303\u0323")
#: Word-final vowel pairs whose tone mark two spellings put on either vowel ("hóa"/"hoá",
#: "thủy"/"thuỷ", "khỏe"/"khoẻ"); never after "q" ("quý", "quá": the "u" is the consonant's).
_TONE_PAIRS = ("oa", "oe", "uy")


def tone_placements(word: str) -> tuple[str, ...]:
    """``word`` and, when it ends in "oa", "oe" or "uy" with a tone mark on either vowel, the
    same word with the mark on the other one (the old and new placements are one word)."""
    letters = [unicodedata.normalize("NFD", c) for c in word]
    if len(letters) < 2:
        return (word,)
    last = "".join(letters[-2:])
    base = "".join(ch for ch in last if ch not in _TONES)
    tones = [ch for ch in last if ch in _TONES]
    qu = len(letters) > 2 and letters[-3].lower() == "q"
    if len(tones) != 1 or base.lower() not in _TONE_PAIRS or qu:
        return (word,)
    head = "".join(letters[:-2])
    first, second = base[0], base[1]
    forms = {word}
    for placed in (first + tones[0] + second, first + second + tones[0]):
        forms.add(unicodedata.normalize("NFC", head + placed))
    return tuple(sorted(forms))


def _word_regex(word: str) -> str:
    if word in short_forms().meanings:
        # a short form is matched with its case ("NTM", never "ntm": short_forms.toml)
        return f"(?-i:{re.escape(word)})"
    forms = tone_placements(word)
    if len(forms) == 1:
        return re.escape(word)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


def words_regex(forms: tuple[str, ...] | list[str]) -> str:
    """One regex matching any of ``forms`` as whole words, case-insensitively, longest
    first, any whitespace between words, blind to where the tone mark of a final "oa", "oe",
    "uy" sits ("nhà văn hóa" matches "nhà văn hoá"). No capture groups."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    body = "|".join(r"\s+".join(_word_regex(w) for w in f.split()) for f in ordered)
    return rf"(?i:{_WORD_EDGE_BEFORE}(?:{body}){_WORD_EDGE_AFTER})"


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Cues:
    """The compiled lexicons. ``pattern(concept)`` is a regex string (no groups) matching any
    cue of the concept; ``value(concept, written)`` the value of the cue written so."""

    forms: dict[str, tuple[str, ...]]
    values: dict[tuple[str, str], str]
    verdicts: dict[str, bool]  # casefolded written form → met

    def pattern(self, concept: str, *values: str) -> str:
        """Any cue of ``concept``; with ``values``, only the cues of those values ("reach_verb"
        "finish": "về đích", "cán đích")."""
        forms = self.forms[concept]
        if values:
            forms = tuple(f for f in forms if self.values.get((concept, _key(f))) in values)
        return words_regex(forms)

    def value(self, concept: str, written: str) -> str | None:
        return self.values.get((concept, _key(written)))

    @property
    def verdict_pattern(self) -> str:
        return words_regex(tuple(self.verdicts))

    def verdict_met(self, written: str) -> bool | None:
        return self.verdicts.get(_key(written))


def _check_example(
    problems: Problems, where: str, written: str, example: str | tuple[str, ...] | None
) -> None:
    if example is None:
        return
    for phrase in (example,) if isinstance(example, str) else example:
        found = re.search(words_regex((written,)), phrase, re.IGNORECASE)
        problems.check_example(where, phrase, found is not None, repr(written))


def verdicts_from(data: dict[str, Any], source: str = VERDICT_FILE) -> dict[str, bool]:
    """The verdict words of a parsed verdict_words.toml; LexiconError lists every bad entry."""
    problems = Problems(source)
    verdicts: dict[str, bool] = {}
    for where, entry in entries(data, "verdict", problems):
        written = problems.require(where, entry, "written", str)
        met = problems.require(where, entry, "met", bool)
        example = problems.require_examples(where, entry)
        if written is None or met is None:
            continue
        if _key(written) in verdicts:
            problems.add(where, f"{written!r} is listed twice")
        verdicts[_key(written)] = met
        _check_example(problems, where, written, example)
    problems.raise_if_any()
    return verdicts


def cues_from(
    data: dict[str, Any], source: str = CUES_FILE
) -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, str], str]]:
    """``(forms by concept, flow values)`` of a parsed patterns_cues.toml; LexiconError lists
    every bad entry."""
    problems = Problems(source)
    forms: dict[str, list[str]] = {concept: [] for concept in CONCEPTS}
    values: dict[tuple[str, str], str] = {}
    for where, entry in entries(data, "cue", problems):
        concept = problems.require(where, entry, "concept", str)
        written = problems.require(where, entry, "written", str)
        example = problems.require_examples(where, entry)
        if concept is None or written is None:
            continue
        if concept not in CONCEPTS:
            problems.add(where, f"unknown concept {concept!r} (known: {', '.join(CONCEPTS)})")
            continue
        allowed = CONCEPTS[concept]
        if allowed is not None:
            value = problems.require(where, entry, "value", str)
            if value is not None and value not in allowed:
                problems.add(where, f"`value` must be one of {', '.join(allowed)}, got {value!r}")
            elif value is not None:
                values[(concept, _key(written))] = value
        elif "value" in entry:
            problems.add(where, f"concept {concept!r} takes no `value`")
        if _key(written) in (_key(f) for f in forms[concept]):
            problems.add(where, f"{written!r} is listed twice for {concept!r}")
        forms[concept].append(written)
        _check_example(problems, where, written, example)
    for concept, listed in forms.items():
        if not listed:
            problems.add(concept, "no cue of this concept")
        _add_short_variants(problems, concept, listed, values)
    for short, concepts in short_forms().in_cues.items():
        for concept in sorted(concepts - CONCEPTS.keys()):
            problems.add(f"short form {short!r}", f"`in_cues`: unknown concept {concept!r}")
    problems.raise_if_any()
    return {c: tuple(f) for c, f in forms.items()}, values


def _add_short_variants(
    problems: Problems, concept: str, listed: list[str], values: dict[tuple[str, str], str]
) -> None:
    """Each cue of ``concept`` also written with its phrases' short forms (short_forms.toml:
    "đạt tiêu chí" → "đạt TC"), of the cue's value; a cue so derived is never listed by hand,
    so that the short forms a cue is read with are kept in one place."""
    written_by_hand = {_key(f): f for f in listed}
    for written in list(written_by_hand.values()):
        for variant in cue_variants(written, concept):
            if _key(variant) in written_by_hand:
                problems.add(
                    concept, f"{variant!r} is {written!r} with a short form: remove the entry"
                )
                continue
            listed.append(variant)
            value = values.get((concept, _key(written)))
            if value is not None:
                values[(concept, _key(variant))] = value


@cache
def cues() -> Cues:
    """The validated lexicons (read once per process)."""
    forms, values = cues_from(load_data(CUES_FILE))
    return Cues(forms=forms, values=values, verdicts=verdicts_from(load_data(VERDICT_FILE)))


@cache
def approx_before() -> re.Pattern[str]:
    """An approximation word ending right before a number ("khoảng 360 triệu")."""
    return re.compile("(?:" + cues().pattern("approx") + r")\s+$")


def approx_at(text: str, start: int) -> re.Match[str] | None:
    """The approximation written just before offset ``start``, if any. (Searched backwards
    here rather than as an optional prefix of the number pattern, which would be tried at
    every position of the text.)"""
    return approx_before().search(text, max(0, start - 20), start)


@cache
def indicator_rate_opening() -> re.Pattern[str]:
    """A rate of an indicator opening a clause of its own after a count of units ("60 xã đạt
    chuẩn, tỷ lệ hộ nghèo còn 3,1%"); the cues, written "tỷ lệ", read in either spelling."""
    rate = cues().pattern("indicator_rate").replace("tỷ", "(?:tỷ|tỉ)")
    return re.compile(rf"[,;]\s*(?:{rate})")


@cache
def indicator_rate_in() -> re.Pattern[str]:
    """A rate of an indicator anywhere in a stretch ("88/91 xã có tỷ lệ hộ dùng nước sạch đạt
    …", "…, trong đó tỷ lệ hộ nghèo …"): a share after it is that rate, not the units'."""
    rate = cues().pattern("indicator_rate").replace("tỷ", "(?:tỷ|tỉ)")
    return re.compile(rate)


#: ("đạt và vượt các mục tiêu được giao", "hoàn thành những chỉ tiêu": a plural before the
#: goal word keeps it a result set against the goals)
#: How far before a goal word its comparison verb may start ("hoàn thành các mục tiêu").
COMPARED_REACH = 20
_COMPARED_TO = re.compile(
    r"(?i:so\s+với|so|vượt|theo|lần|đạt|hoàn\s+thành)\s+(?:(?i:các|những|toàn\s+bộ)\s+)?$"
)
_PURPOSE_TO_REACH = re.compile(
    r"(?<![^\W\d_])(?i:để|nhằm)\s+(?:(?i:sớm|phấn\s+đấu)\s+)?(?i:đạt|hoàn\s+thành)\s+"
    r"(?:(?i:các|những|toàn\s+bộ)\s+)?$"
)
#: "Chương trình mục tiêu quốc gia" is the programme's name, not a goal.
_PROGRAMME_NAME_AFTER = re.compile(r"\s+(?i:quốc\s+gia)(?!\w)")


#: "các chương trình mục tiêu", "hỗ trợ có mục tiêu": the kind of a programme or of support
#: (targeted), not a goal; "có mục tiêu" alone only so when nothing follows it in its clause.
_KIND_BEFORE = re.compile(r"(?i:chương\s+trình)\s+$")
_TARGETED_BEFORE = re.compile(r"(?<![^\W\d_])(?i:có)\s+$")
#: "ngân sách Trung ương bổ sung có mục tiêu 86 tỷ đồng": a targeted transfer, with its
#: amount right after it.
_SUPPORT_BEFORE = re.compile(r"(?i:hỗ\s+trợ|bổ\s+sung)\s+(?i:có)\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[;,.)\n]|$)")


#: A purpose clause opening its sentence or clause ("Để hoàn thành 19 tiêu chí vào năm
#: 2025, xã cần …"): only the bullets or a conjunction before it.
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.;:!?\n(]|,)[\s\-–—+•·*\"“]*(?:(?i:và|còn)\s+)?$")
#: Words saying the sentence tells of what was done, not of what is still to be done.
_DONE_IN_SENTENCE = re.compile(r"(?i:(?<!\w)(?:đã|vừa|được\s+công\s+nhận)(?!\w))")
_SENTENCE_END = re.compile(r"[.!?\n]")


#: A purpose of units still to come: "để có thêm", "nhằm có thêm".
_MORE_UNITS = re.compile(r"(?i:để|nhằm)\s+(?i:có\s+thêm)")


def _purpose_is_goal(text: str, start: int, end: int) -> bool:
    """Whether a purpose cue ("để hoàn thành", "để về đích") states a goal: it opens its
    clause ("Để về đích năm 2025, xã cần huy động …") and its sentence tells of nothing done
    ("Xã đã huy động 20 tỷ đồng để hoàn thành …", "Để về đích, xã đã …" are results)."""
    if not _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 8), start):
        if not _MORE_UNITS.match(text, start, end):
            return False
        # "tập trung đầu tư để có thêm 5 xã đạt chuẩn": units still to come, whatever clause
        # the purpose stands in, unless what led to it is done ("đã đầu tư … để có thêm")
        opened = max((text.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
        if _DONE_IN_SENTENCE.search(text, opened, start):
            return False
    stop = _SENTENCE_END.search(text, end)
    return _DONE_IN_SENTENCE.search(text, end, stop.start() if stop else len(text)) is None


#: "sự quyết tâm", "với quyết tâm cao", "đoàn kết, quyết tâm, …", "quyết tâm chính trị": the
#: noun or an adjective in a list, not a resolve about what is still to be done.
_RESOLVE_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:sự|với|niềm|lòng|tinh\s+thần|ý\s+chí|thể\s+hiện(?:\s+được)?|nêu\s+cao|"
    r"bằng|có|là|tính)\s+$"
)
_RESOLVE_NOUN_AFTER = re.compile(
    r"\s*(?:[,;:.)\n]|$|(?i:chính\s+trị|cao|lớn|của|trong|và|rất)(?![^\W\d_]))"
)


#: Years or months of effort right before "phấn đấu": the striving done, a noun ("Sau hơn 6
#: năm phấn đấu, …", "qua 5 năm phấn đấu"), not a goal ("mỗi năm phấn đấu có thêm 2 xã").
_YEARS_OF_EFFORT = re.compile(
    r"(?<![^\W\d_])(?i:sau|qua|trải\s+qua)(?:\s+(?i:hơn|gần|nhiều|mấy|\d{1,2}))*\s+(?i:năm|tháng)\s+$"
)


def _resolve_is_goal(text: str, start: int, end: int) -> bool:
    """Whether "quyết tâm" states a resolve about the future ("Huyện quyết tâm có thêm 3 xã
    đạt chuẩn"): the verb, not the noun ("với sự quyết tâm của …"), in a sentence that tells
    of nothing done after it ("quyết tâm thực hiện và đã có 5 xã đạt chuẩn" is a result)."""
    if _RESOLVE_NOUN_BEFORE.search(text, max(0, start - 16), start):
        return False
    if _RESOLVE_NOUN_AFTER.match(text, end):
        return False
    stop = _SENTENCE_END.search(text, end)
    return _DONE_IN_SENTENCE.search(text, end, stop.start() if stop else len(text)) is None


#: Money a year's plan allotted, carried over into a later year ("nguồn kế hoạch năm 2021
#: chuyển sang 5 tỷ đồng", "vốn kế hoạch của năm 2015 chuyển qua"): money of now, no goal.
_MONEY_BEFORE_PLAN = re.compile(r"(?i:(?:vốn|nguồn)\s+(?:vốn\s+)?)$")
_CARRIED_YEAR_AFTER = re.compile(
    r"(?:\s+(?i:của))?(?:\s+(?i:năm))?\s*(?:19|20)\d{2}\s*"
    r"(?i:chuyển\s+(?:qua|sang)|kéo\s+dài\s+sang|chuyển\s+nguồn)(?!\w)"
)


def _carried_plan(text: str, start: int, end: int) -> bool:
    return (
        _MONEY_BEFORE_PLAN.search(text, max(0, start - 12), start) is not None
        and _CARRIED_YEAR_AFTER.match(text, end) is not None
    )


def is_goal_word(text: str, start: int, end: int, *, lo: int = 0) -> bool:
    """Whether the goal cue written at ``text[start:end]`` marks a goal: not a comparison
    with one ("đạt 85,71% so với kế hoạch năm", "gấp hơn 3 lần mục tiêu …"), nor the name of
    the national programme ("Chương trình mục tiêu quốc gia"), nor the kind of a programme
    or of support ("các chương trình mục tiêu", "chương trình hỗ trợ có mục tiêu;"); a
    purpose ("để hoàn thành …") only as :func:`_purpose_is_goal` says, a resolve ("quyết
    tâm") only as :func:`_resolve_is_goal` says."""
    if _COMPARED_TO.search(text, max(lo, start - COMPARED_REACH), start):
        # "để đạt mục tiêu đến năm 2020", "nhằm hoàn thành kế hoạch": a goal still to reach,
        # not a result set against one ("đạt 85% so với kế hoạch", "vượt mục tiêu")
        return _PURPOSE_TO_REACH.search(text, max(lo, start - 24), start) is not None
    if text[start:end].casefold().startswith(("để", "nhằm")):
        return _purpose_is_goal(text, start, end)
    if text[start:end].casefold().startswith("quyết"):
        return _resolve_is_goal(text, start, end)
    if text[start:end].casefold().startswith("phấn đấu") and _YEARS_OF_EFFORT.search(
        text, max(0, start - 30), start
    ):
        return False  # "Sau hơn 6 năm phấn đấu, xã A đã đạt …": the years striven, no goal
    if text[start:end].casefold().startswith("kế hoạch") and _carried_plan(text, start, end):
        return False
    if text[start:end].casefold() == "mục tiêu":
        before = text[max(0, start - 24) : start]
        if _KIND_BEFORE.search(before) or _SUPPORT_BEFORE.search(before):
            return False
        if _TARGETED_BEFORE.search(before) and _CLAUSE_ENDS.match(text, end):
            return False
    return _PROGRAMME_NAME_AFTER.match(text, end) is None
