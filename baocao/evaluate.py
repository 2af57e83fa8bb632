"""Score extracted facts against gold files.

A gold file is JSON with the lists ``verdicts``, ``criteria_counts``, ``coverage``,
``funding`` and ``percentages`` (shared FACTS.md, "Gold files"). Facts are compared as sets
of keys, one key per kind, so a fact stated twice counts once:

=================  ============================================
kind               key
=================  ============================================
verdict            subject, criterion, met
criteria_count     subject, met, of, unmet
coverage           criterion, units_met, units_total
funding            source, amount_vnd
percentage         value (rounded to 2 decimals)
=================  ============================================

Subjects are compared without their administrative prefix ("xã", "thôn", "thành phố"…),
case and spacing. The prefix list here is deliberately the evaluator's own and not the
extractor's place parser: a scorer that shares code with the system it scores hides that
code's bugs.

Gold entries marked ``optional`` are neither missed when absent nor counted against when
extracted; an entry's ``alt`` (a list of field overrides, e.g. ``[{"criterion": 16}]``) and
``source_alt`` / ``flow_alt`` / ``alt_criterion`` give other readings, any of which matches.

For the facts that match, the evaluation also scores *when* and *where* (shared FACTS.md,
"When and where a fact is, decided"): the share with the right period (funding: the same
years; other kinds: the same end year; any of ``period_alt`` accepted) and the share with
the right place (``region`` for coverage and funding, ``subject`` otherwise, compared like
subjects). Report metadata (unit, level, province, period, date) is scored against the gold
``meta``, field by field.

A document's gold is the JSON whose name equals the document's file name up to its first
dot (``000_e3a9.txt`` ↔ ``000_e3a9.json``; ``x.docx`` ↔ ``x.json``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from baocao.display import visible
from baocao.errors import GoldError
from baocao.model import FACT_KINDS, Fact, Finding, Report
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from baocao.vocab.former import without_former

#: gold list name for each fact kind
GOLD_LISTS: dict[str, str] = {
    "verdict": "verdicts",
    "criteria_count": "criteria_counts",
    "coverage": "coverage",
    "funding": "funding",
    "percentage": "percentages",
}

# Longest first, so "thành phố" is removed before a bare "phố" could be.
_SUBJECT_PREFIXES = (
    "tổ dân phố",
    "khu dân cư",
    "thành phố",
    "thị trấn",
    "tp.",  # "TP. Hồ Chí Minh", "TP Hồ Chí Minh": the city's prefix written short
    "tp",
    "thị xã",
    "khu phố",
    "huyện",
    "tỉnh",
    "quận",
    "phường",
    "xã",
    "thôn",
    "bản",
    "ấp",
    "làng",
    "xóm",
    "buôn",
    "sóc",
    "tổ",
    "vùng",  # the country's regions ("vùng Tây Nguyên")
)
_PREFIX_RE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in _SUBJECT_PREFIXES) + r")\s+", re.IGNORECASE
)

Key = tuple[Hashable, ...]
Extractor = Callable[[Path], tuple[Report, Sequence[Fact]]]
#: Audits one extracted document: (path, report, facts) → findings.
Auditor = Callable[[Path, Report, Sequence[Fact]], Sequence[Finding]]
#: Audits the extracted documents together: [(report, facts)] → findings across them, each
#: of the document its quote is from.
AcrossAuditor = Callable[[Sequence[tuple[Report, Sequence[Fact]]]], Sequence[Finding]]


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Mismatch:
    """One key found on one side only: ``side`` is ``"fp"`` (extracted, not in gold) or
    ``"fn"`` (in gold, not extracted); ``quote`` is one quote that carried the key."""

    document: str
    kind: str
    side: str
    key: Key
    quote: str


@dataclass(frozen=True)
class Misplaced:
    """A matched fact whose period or place is wrong: what was extracted (``got_period``,
    ``got_place``) and what gold accepts, so a miss can be read without a debugger."""

    document: str
    kind: str
    key: Key
    quote: str
    got_period: str | None
    want_periods: tuple[str | None, ...]
    got_place: str | None
    want_places: tuple[str, ...]
    period_ok: bool
    place_ok: bool


@dataclass(frozen=True)
class MetaMiss:
    """One report metadata field that differs from gold."""

    document: str
    field: str
    got: Any
    wanted: Any


@dataclass(frozen=True)
class DocumentScore:
    """Scores of one document, per kind."""

    document: str
    gold: str
    by_kind: Mapping[str, Score]

    @property
    def micro(self) -> Score:
        return sum(self.by_kind.values(), Score())


@dataclass(frozen=True)
class Evaluation:
    """Scores per kind and per document, the micro average over everything, and every
    mismatch for debugging (``false_positives`` / ``false_negatives``)."""

    by_kind: Mapping[str, Score]
    documents: tuple[DocumentScore, ...]
    false_positives: tuple[Mismatch, ...]
    false_negatives: tuple[Mismatch, ...]
    when_where: Mapping[str, WhenWhere] = field(default_factory=dict)
    #: per metadata field: (right, documents with gold meta)
    meta: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: per document, when audited: the gold inconsistencies found and missed, and the
    #: findings no gold inconsistency accounts for
    audits: tuple[AuditScore, ...] = ()
    #: matched facts with a wrong period or place, and metadata fields that differ
    misplaced: tuple[Misplaced, ...] = ()
    meta_misses: tuple[MetaMiss, ...] = ()

    @property
    def micro(self) -> Score:
        return sum(self.by_kind.values(), Score())

    @property
    def micro_when_where(self) -> WhenWhere:
        return sum(self.when_where.values(), WhenWhere())

    @property
    def meta_rate(self) -> float:
        right = sum(r for r, _ in self.meta.values())
        total = sum(n for _, n in self.meta.values())
        return right / total if total else 1.0


# -- keys ---------------------------------------------------------------------------------


#: Apostrophes a name is written with (ASCII, curly, the modifier letter), dropped in keys.
_APOSTROPHES = str.maketrans("", "", "'’‘ʼ")


def subject_key(subject: str | None) -> str:
    """``"Xã  Cẩm Ngọc"`` → ``"cẩm ngọc"``: NFC, no prefix, casefolded, single spaces, no
    apostrophe of any kind ("Đắk R'Lấp", "Đắk R’lấp"; "Đăk G’long", "Đăk Glong": one name).

    Several places are one set, however they are joined and ordered: "vùng A và vùng B",
    "vùng A và B" (the prefix written once is each one's: keys drop it), "vùng B, vùng A"
    all key as "a, b"."""
    text = " ".join(unicodedata.normalize("NFC", subject or "").translate(_APOSTROPHES).split())
    items = [item for item in _PLACES_JOINT.split(text) if item]
    if len(items) < 2:
        return _one_subject_key(text)
    return ", ".join(sorted({_one_subject_key(item) for item in items}))


#: Between places named together: a comma, a semicolon, "và".
_PLACES_JOINT = re.compile(r"\s*(?:[,;]|(?<![^\W\d_])(?i:và)(?![^\W\d_]))\s*")


def _one_subject_key(text: str) -> str:
    # "tỉnh Long An (cũ)": a former unit's label (vocab/former.py) names it as written;
    # its code, not its key, tells it from the new unit of that name
    return _DAK.sub("đăk", _PREFIX_RE.sub("", without_former(text)).casefold())


#: The Central Highlands' "Đắk" (water, in the peoples' languages that name the places)
#: is written Đắk, Đăk, Đak or Dak by the provinces themselves and by the map ("Đăk Glong"
#: on the map, "Đắk Glong" in Đắk Nông's own reports): one syllable, folded to one form.
#: Only this syllable: other names differing by a tone mark are other units ("Diễn Hoa",
#: "Diên Hoa").
_DAK = re.compile(r"(?<!\w)[đd][ăắa]k(?!\w)")


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def record_key(kind: str, record: Mapping[str, Any]) -> Key:
    """The comparison key of one fact, given as a gold entry or a fact record."""
    if kind == "verdict":
        return (subject_key(record["subject"]), int(record["criterion"]), bool(record["met"]))
    if kind == "criteria_count":
        return (
            subject_key(record["subject"]),
            int(record["met"]),
            _int(record.get("of")),
            bool(record.get("unmet", False)),
        )
    if kind == "coverage":
        return (
            _int(record.get("criterion")),
            int(record["units_met"]),
            _int(record.get("units_total")),
        )
    if kind == "funding":
        return (str(record["source"]), int(record["amount_vnd"]))
    if kind == "percentage":
        return (round(float(record["value"]), 2),)
    raise ValueError(f"unknown fact kind {kind!r}")


def fact_key(fact: Fact) -> Key:
    return record_key(fact.kind, fact.to_record())


# -- gold ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldFact:
    """One gold entry: its key and the keys of its other readings, its quote, whether it is
    optional, and when and where it is (``periods``: the period and its ``period_alt``;
    ``places``: its region or subject and any ``region_alt``)."""

    keys: tuple[Key, ...]
    quote: str
    optional: bool = False
    periods: tuple[str | None, ...] | None = (None,)  # None: the gold states no period
    places: tuple[str, ...] = ()

    @property
    def key(self) -> Key:
        return self.keys[0]


@dataclass(frozen=True)
class Gold:
    """A gold file: its facts per kind and its report ``meta``."""

    facts: Mapping[str, tuple[GoldFact, ...]]
    meta: Mapping[str, Any]
    inconsistencies: tuple[Mapping[str, Any], ...] = ()

    def get(self, kind: str, default: Sequence[GoldFact] = ()) -> Sequence[GoldFact]:
        return self.facts.get(kind, default)


def gold_stem(path: Path) -> str:
    """A file's name up to its first dot: the name its gold file shares."""
    return path.name.split(".", 1)[0]


def find_gold(gold_dir: Path, document: Path) -> Path:
    """The gold JSON of ``document`` in ``gold_dir``; :class:`GoldError` when there is none."""
    path = gold_dir / f"{gold_stem(document)}.json"
    if not path.is_file():
        raise GoldError(f"{document.name}: no gold file {path}")
    return path


#: Gold keys that name one other reading of a single field.
_FIELD_ALTS = {"source_alt": "source", "flow_alt": "flow", "alt_criterion": "criterion"}


def _readings(entry: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The entry itself, then each other reading a careful reader accepts."""
    readings: list[Mapping[str, Any]] = [entry]
    for override in entry.get("alt") or ():
        if isinstance(override, Mapping):
            readings.append({**entry, **override})
    for alt_key, field_name in _FIELD_ALTS.items():
        values = entry.get(alt_key)
        if values is None:
            continue
        for value in values if isinstance(values, list) else [values]:
            readings.append({**entry, field_name: value})
    return readings


def _gold_fact(kind: str, entry: Mapping[str, Any]) -> GoldFact:
    keys: list[Key] = []
    for reading in _readings(entry):
        key = record_key(kind, reading)
        if key not in keys:
            keys.append(key)
    period_alt = entry.get("period_alt") or []
    periods = (
        (entry["period"], *(period_alt if isinstance(period_alt, list) else [period_alt]))
        if "period" in entry
        else None
    )
    place_field = "region" if kind in ("coverage", "funding") else "subject"
    places = [entry.get(place_field)]
    region_alt = entry.get("region_alt") or []
    places += region_alt if isinstance(region_alt, list) else [region_alt]
    return GoldFact(
        keys=tuple(keys),
        quote=str(entry.get("quote", "")),
        optional=bool(entry.get("optional", False)),
        periods=periods,
        places=tuple(str(p) for p in places if p),
    )


def load_gold(path: Path) -> Gold:
    """The gold facts per kind, and the report meta; :class:`GoldError` names every bad
    entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: cannot read gold file: {e}") from e
    if not isinstance(data, dict):
        raise GoldError(f"{path}: gold file is not a JSON object")
    facts: dict[str, tuple[GoldFact, ...]] = {}
    problems: list[str] = []
    for kind, list_name in GOLD_LISTS.items():
        entries = data.get(list_name) or []
        if not isinstance(entries, list):
            problems.append(f"{list_name}: not a list")
            continue
        parsed: list[GoldFact] = []
        for i, entry in enumerate(entries):
            try:
                parsed.append(_gold_fact(kind, entry))
            except (KeyError, TypeError, ValueError, AttributeError) as e:
                problems.append(f"{list_name}[{i}]: {type(e).__name__}: {e}")
        facts[kind] = tuple(parsed)
    if problems:
        raise GoldError(f"{path}: " + "; ".join(problems))
    meta: Mapping[str, Any] = data["meta"] if isinstance(data.get("meta"), dict) else {}
    inconsistencies = tuple(i for i in data.get("inconsistencies") or () if isinstance(i, dict))
    return Gold(facts, meta, inconsistencies)


# -- when and where -----------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def period_years(period: str | None) -> tuple[int, int] | None:
    """First and last year written in a period (``"2016-2020"`` → (2016, 2020),
    ``"2019-H1"`` → (2019, 2019)); None for no period. The scorer's own reading, on purpose."""
    years = [int(y) for y in _YEAR.findall(period or "")]
    return (min(years), max(years)) if years else None


def period_right(kind: str, got: str | None, wanted: Sequence[str | None]) -> bool:
    """Funding (a flow) needs the same years; other kinds (a state at a time) the same end
    year; a gold null needs a null."""
    got_years = period_years(got)
    for option in wanted:
        want_years = period_years(option)
        if want_years is None or got_years is None:
            if want_years is None and got_years is None:
                return True
            continue
        if kind == "funding" and got_years == want_years:
            return True
        if kind != "funding" and got_years[1] == want_years[1]:
            return True
    return False


def fact_place(fact: Fact) -> str | None:
    return getattr(fact, "region", None) or getattr(fact, "subject", None)


def place_right(got: str | None, wanted: Sequence[str]) -> bool:
    """Places compare like subjects; a gold fact with no place is right anywhere."""
    if not wanted:
        return True
    return subject_key(got) in {subject_key(w) for w in wanted}


@dataclass(frozen=True)
class WhenWhere:
    """Of the matched facts: how many, how many with the right period, the right place.

    A gold fact that states no period (its file has no ``period`` key: gold written before
    periods were annotated) or no place is not scored for it: ``period_scored`` and
    ``place_scored`` count the facts that were, and the rates are out of those.
    """

    matched: int = 0
    period_right: int = 0
    place_right: int = 0
    period_scored: int = 0
    place_scored: int = 0

    @property
    def period_rate(self) -> float:
        return self.period_right / self.period_scored if self.period_scored else 1.0

    @property
    def place_rate(self) -> float:
        return self.place_right / self.place_scored if self.place_scored else 1.0

    def __add__(self, other: WhenWhere) -> WhenWhere:
        return WhenWhere(
            self.matched + other.matched,
            self.period_right + other.period_right,
            self.place_right + other.place_right,
            self.period_scored + other.period_scored,
            self.place_scored + other.place_scored,
        )


#: Report metadata fields scored against gold ``meta``.
META_FIELDS = ("unit", "level", "province", "period", "date")


def meta_right(report: Report, meta: Mapping[str, Any]) -> dict[str, bool]:
    """Field by field, whether the extracted report metadata equals the gold ``meta``.
    Units and provinces compare like subjects; the date as written in ISO form."""
    got, want = _meta_values(report, meta)
    return {name: (got[name] or None) == (want[name] or None) for name in META_FIELDS}


def _units_key(units: str | None) -> str:
    """The units of a text about several ("Tây Giang; Minh Lãng", "A, B, C") as one key, in
    any order; one unit's name as :func:`subject_key` writes it."""
    names = sorted(subject_key(u) for u in re.split(r"[;,]", units or "") if u.strip())
    return "; ".join(names)


def _meta_values(report: Report, meta: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    unit = report.unit
    got = {
        "unit": _units_key(
            "; ".join(u.name for u in report.units) if report.units else unit.name if unit else None
        ),
        "level": str(report.own_level) if report.own_level else None,
        "province": subject_key(report.province.name if report.province else None) or None,
        "period": report.period,
        "date": report.date,
    }
    want = {
        "unit": _units_key(meta.get("unit")),
        "level": meta.get("level"),
        "province": subject_key(meta.get("province")) or None,
        "period": meta.get("period"),
        "date": meta.get("report_date"),
    }
    return got, want


# -- audit ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditScore:
    """One document's audit against its gold ``inconsistencies``."""

    document: str
    found: tuple[str, ...]  # gold quotes of the inconsistencies found
    missed: tuple[str, ...]  # gold quotes of those not found
    false: tuple[Finding, ...]  # findings that match no gold inconsistency


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def quotes_overlap(a: str, b: str, *, least: int = 24) -> bool:
    """Whether two quotes of one text share a run of ``least`` characters (or one holds
    the whole of the other, when it is shorter): a finding cites the figures it compares,
    a careful reader the sentence they stand in."""
    a, b = _fold(a), _fold(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return match.size >= min(least, len(a), len(b))


def score_audit(
    document: str, gold: Sequence[Mapping[str, Any]], findings: Sequence[Finding]
) -> AuditScore:
    """Gold inconsistencies are found by a finding of their kind whose quote overlaps theirs."""

    def hits(finding: Finding, expected: Mapping[str, Any]) -> bool:
        return finding.kind == expected.get("kind") and quotes_overlap(
            finding.quote, str(expected.get("quote", ""))
        )

    found = [e for e in gold if any(hits(f, e) for f in findings)]
    return AuditScore(
        document,
        tuple(str(e.get("quote", "")) for e in found),
        tuple(str(e.get("quote", "")) for e in gold if e not in found),
        tuple(f for f in findings if not any(hits(f, e) for e in gold)),
    )


# -- scoring ------------------------------------------------------------------------------


def compare(
    document: str,
    gold: Gold,
    facts: Sequence[Fact],
) -> tuple[dict[str, Score], list[Mismatch], list[Mismatch]]:
    """Per-kind scores of ``facts`` against ``gold``, with the mismatches."""
    scores, fps, fns, _ = _compare(document, gold, facts)
    return scores, fps, fns


def _compare(
    document: str,
    gold: Gold,
    facts: Sequence[Fact],
    misplaced: list[Misplaced] | None = None,
) -> tuple[dict[str, Score], list[Mismatch], list[Mismatch], dict[str, WhenWhere]]:
    extracted: dict[str, dict[Key, list[Fact]]] = {kind: {} for kind in FACT_KINDS}
    for fact in facts:
        extracted[fact.kind].setdefault(fact_key(fact), []).append(fact)
    scores: dict[str, Score] = {}
    when_where: dict[str, WhenWhere] = {}
    fps: list[Mismatch] = []
    fns: list[Mismatch] = []
    for kind in FACT_KINDS:
        got = extracted[kind]
        claimed: set[Key] = set()  # extracted keys a gold entry accounts for
        seen: set[Key] = set()  # gold entries scored once, like a set
        tp = fn = 0
        ww = WhenWhere()
        # required entries first, so an optional one never takes a required one's match
        for entry in sorted(gold.get(kind, ()), key=lambda g: g.optional):
            if entry.key in seen:
                continue
            seen.add(entry.key)
            if entry.optional:  # extracted or not, it counts neither way
                claimed.update(k for k in entry.keys if k in got)
                continue
            match = next((k for k in entry.keys if k in got and k not in claimed), None)
            if match is None:
                fn += 1
                fns.append(Mismatch(document, kind, "fn", entry.key, entry.quote))
                continue
            claimed.add(match)
            tp += 1
            candidates = got[match]
            scored_when, scored_where = entry.periods is not None, bool(entry.places)
            when = not scored_when or any(
                period_right(kind, f.period, entry.periods or ()) for f in candidates
            )
            where = any(place_right(fact_place(f), entry.places) for f in candidates)
            ww = ww + WhenWhere(
                1, when and scored_when, where and scored_where, scored_when, scored_where
            )
            if misplaced is not None and not (when and where):
                first = candidates[0]
                misplaced.append(
                    Misplaced(
                        document,
                        kind,
                        match,
                        first.quote,
                        first.period,
                        entry.periods or (),
                        fact_place(first),
                        entry.places,
                        when,
                        where,
                    )
                )
        unclaimed = [k for k in got if k not in claimed]
        fps += [Mismatch(document, kind, "fp", k, got[k][0].quote) for k in unclaimed]
        scores[kind] = Score(tp, len(unclaimed), fn)
        when_where[kind] = ww
    return scores, fps, fns, when_where


def evaluate(
    gold_dir: Path,
    files: Sequence[Path],
    *,
    extract: Extractor,
    audit: Auditor | None = None,
    across: AcrossAuditor | None = None,
) -> Evaluation:
    """Extract each of ``files`` with ``extract`` and score its facts against its gold file
    in ``gold_dir``. Raises :class:`GoldError` before extracting anything when a file has no
    gold or a gold file is malformed. With ``audit``, each document's findings are scored
    against its gold inconsistencies, with those ``across`` finds between the files given
    (``cross_document``: two reports that disagree on one fact) added to the document each
    quotes."""
    golds = {Path(f): load_gold(find_gold(Path(gold_dir), Path(f))) for f in files}
    by_kind: dict[str, Score] = {kind: Score() for kind in FACT_KINDS}
    when_where: dict[str, WhenWhere] = {kind: WhenWhere() for kind in FACT_KINDS}
    documents: list[DocumentScore] = []
    fps: list[Mismatch] = []
    fns: list[Mismatch] = []
    meta: dict[str, list[bool]] = {name: [] for name in META_FIELDS}
    findings: dict[Path, list[Finding]] = {}
    extracted: list[tuple[Path, Report, Sequence[Fact]]] = []
    misplaced: list[Misplaced] = []
    meta_misses: list[MetaMiss] = []
    for path, gold in golds.items():
        report, facts = extract(path)
        if audit is not None:
            findings[path] = list(audit(path, report, facts))
            extracted.append((path, report, facts))
        scores, doc_fps, doc_fns, doc_ww = _compare(path.name, gold, facts, misplaced)
        for kind, score in scores.items():
            by_kind[kind] = by_kind[kind] + score
            when_where[kind] = when_where[kind] + doc_ww[kind]
        if gold.meta:
            got, want = _meta_values(report, gold.meta)
            for name, right in meta_right(report, gold.meta).items():
                meta[name].append(right)
                if not right:
                    meta_misses.append(MetaMiss(path.name, name, got[name], want[name]))
        documents.append(DocumentScore(path.name, gold_stem(path), scores))
        fps += doc_fps
        fns += doc_fns
    if audit is not None and across is not None:
        for path, found in _across_by_file(extracted, across).items():
            findings[path] += found
    audits = [
        score_audit(path.name, golds[path].inconsistencies, findings[path]) for path in findings
    ]
    return Evaluation(
        by_kind,
        tuple(documents),
        tuple(fps),
        tuple(fns),
        when_where,
        {name: (sum(v), len(v)) for name, v in meta.items()},
        tuple(audits),
        tuple(misplaced),
        tuple(meta_misses),
    )


def _across_by_file(
    extracted: Sequence[tuple[Path, Report, Sequence[Fact]]], across: AcrossAuditor
) -> dict[Path, list[Finding]]:
    """The findings ``across`` the extracted files, by the file whose facts each quotes."""
    file_of: dict[str, Path] = {}
    for path, _report, facts in extracted:
        for fact in facts:
            file_of.setdefault(fact.document_sha256 or fact.document, path)
    out: dict[Path, list[Finding]] = {}
    for f in across([(report, facts) for _path, report, facts in extracted]):
        owner = file_of.get(f.document_sha256 or f.document)
        if owner is not None:
            out.setdefault(owner, []).append(f)
    return out


def evaluate_files(
    gold_dir: Path,
    files: Sequence[Path],
    *,
    audit: bool = False,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
) -> Evaluation:
    """:func:`evaluate` with the pipeline as the extractor: each of ``files`` extracted
    without a database (:func:`baocao.pipeline.extract_file`) and scored against its gold in
    ``gold_dir``; with ``audit``, its facts also audited with the document's text
    (:func:`baocao.audit.audit_facts`), the files' facts audited together
    (:func:`baocao.audit.audit_across`: reports that disagree with one another), and the
    findings scored against the gold inconsistencies. What ``baocao evaluate`` and
    ``scripts/measure_accuracy.py`` both run; ``settings`` are the extraction's (a test's
    longer OCR timeout)."""
    from baocao.audit import audit_across, audit_facts
    from baocao.pipeline import extract_file

    texts: dict[Path, str] = {}

    def extractor(path: Path) -> tuple[Report, Sequence[Fact]]:
        extraction = extract_file(path, settings=settings)
        if audit:
            texts[path] = extraction.document.text
        return extraction.report, extraction.facts

    def auditor(path: Path, report: Report, facts: Sequence[Fact]) -> Sequence[Finding]:
        numbered = list(enumerate(facts, start=1))
        return audit_facts(numbered, report=report, text=texts.pop(path, None))

    def across(docs: Sequence[tuple[Report, Sequence[Fact]]]) -> Sequence[Finding]:
        numbered, first = [], 1
        for report, facts in docs:
            numbered.append((report, list(enumerate(facts, start=first))))
            first += len(facts)
        return audit_across(numbered)

    return evaluate(
        gold_dir,
        files,
        extract=extractor,
        audit=auditor if audit else None,
        across=across if audit else None,
    )


# -- rendering ----------------------------------------------------------------------------


def _row(name: str, s: Score) -> str:
    return (
        f"{name:<32} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
        f"{s.precision:>9.3f} {s.recall:>9.3f} {s.f1:>7.3f}"
    )


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def render_evaluation(ev: Evaluation, *, mismatches: bool = True) -> str:
    """A plain-text report: per kind, per document, micro, then the mismatches."""
    header = f"{'':<32} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>9} {'F1':>7}"
    lines = [header]
    lines += [_row(kind, score) for kind, score in ev.by_kind.items()]
    lines.append(_row("micro", ev.micro))
    lines.append("")
    lines.append(f"{'of the matched facts':<32} {'n':>5} {'period':>9} {'place':>9}")
    for kind, ww in (*ev.when_where.items(), ("all", ev.micro_when_where)):
        lines.append(f"{kind:<32} {ww.matched:>5} {ww.period_rate:>9.3f} {ww.place_rate:>9.3f}")
    every = ev.micro_when_where
    if every.period_scored < every.matched or every.place_scored < every.matched:
        lines.append(
            f"(scored of the {every.matched}: period {every.period_scored}, place "
            f"{every.place_scored}; the other gold facts state none)"
        )
    if any(n for _, n in ev.meta.values()):
        lines.append("")
        lines.append(f"{'report metadata':<32} {'right':>5} {'of':>5}")
        for name, (right, total) in ev.meta.items():
            lines.append(f"{name:<32} {right:>5} {total:>5}")
        lines.append(f"{'all':<32} {ev.meta_rate:>11.3f}")
    if ev.audits:
        found = sum(len(a.found) for a in ev.audits)
        wanted = found + sum(len(a.missed) for a in ev.audits)
        worst = max(len(a.false) for a in ev.audits)
        lines.append("")
        lines.append(
            f"audit: {found} of {wanted} gold inconsistencies found; "
            f"{sum(len(a.false) for a in ev.audits)} findings beyond gold "
            f"(at most {worst} in one document)"
        )
        for a in ev.audits:
            for quote in a.missed:
                lines.append(f"  missed  {a.document[:24]:<24} {_short(quote)}")
            for finding in a.false:
                lines.append(
                    f"  extra   {a.document[:24]:<24} {finding.kind}: {_short(finding.explain)}"
                )
    lines.append("")
    lines.append(header)
    lines += [_row(doc.document[:32], doc.micro) for doc in ev.documents]
    if mismatches:
        for title, items in (
            ("false positives", ev.false_positives),
            ("false negatives", ev.false_negatives),
        ):
            if not items:
                continue
            lines.append("")
            lines.append(f"{title} ({len(items)}):")
            for m in items:
                lines.append(
                    f"  {m.document[:24]:<24} {m.kind:<15} {m.key!s:<40} {_short(m.quote)}"
                )
        if ev.misplaced:
            lines.append("")
            lines.append(f"wrong period or place ({len(ev.misplaced)}):")
            for w in ev.misplaced:
                when = "" if w.period_ok else f"period {w.got_period} ≠ {list(w.want_periods)} "
                where = "" if w.place_ok else f"place {w.got_place} ≠ {list(w.want_places)} "
                lines.append(
                    f"  {w.document[:24]:<24} {w.kind:<15} {when}{where}{_short(w.quote, 60)}"
                )
        if ev.meta_misses:
            lines.append("")
            lines.append(f"report metadata wrong ({len(ev.meta_misses)}):")
            for mm in ev.meta_misses:
                lines.append(f"  {mm.document[:24]:<24} {mm.field:<8} {mm.got!r} ≠ {mm.wanted!r}")
    return "\n".join(visible(line) for line in lines)


__all__ = [
    "AcrossAuditor",
    "AuditScore",
    "Auditor",
    "DocumentScore",
    "Gold",
    "GoldFact",
    "WhenWhere",
    "meta_right",
    "period_right",
    "place_right",
    "quotes_overlap",
    "score_audit",
    "Evaluation",
    "Mismatch",
    "MetaMiss",
    "Misplaced",
    "Score",
    "compare",
    "evaluate",
    "fact_key",
    "find_gold",
    "gold_stem",
    "load_gold",
    "period_years",
    "record_key",
    "render_evaluation",
    "subject_key",
]
