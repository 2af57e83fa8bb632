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

A document's gold is the JSON whose name equals the document's file name up to its first
dot (``000_e3a9.txt`` ↔ ``000_e3a9.json``; ``x.docx`` ↔ ``x.json``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baocao.display import visible
from baocao.errors import GoldError
from baocao.model import FACT_KINDS, Fact, Report

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
    "thành phố",
    "thị trấn",
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
)
_PREFIX_RE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in _SUBJECT_PREFIXES) + r")\s+", re.IGNORECASE
)

Key = tuple[Hashable, ...]
Extractor = Callable[[Path], tuple[Report, Sequence[Fact]]]


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

    @property
    def micro(self) -> Score:
        return sum(self.by_kind.values(), Score())


# -- keys ---------------------------------------------------------------------------------


def subject_key(subject: str | None) -> str:
    """``"Xã  Cẩm Ngọc"`` → ``"cẩm ngọc"``: NFC, no prefix, casefolded, single spaces."""
    text = " ".join(unicodedata.normalize("NFC", subject or "").split())
    return _PREFIX_RE.sub("", text).casefold()


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


def gold_stem(path: Path) -> str:
    """A file's name up to its first dot: the name its gold file shares."""
    return path.name.split(".", 1)[0]


def find_gold(gold_dir: Path, document: Path) -> Path:
    """The gold JSON of ``document`` in ``gold_dir``; :class:`GoldError` when there is none."""
    path = gold_dir / f"{gold_stem(document)}.json"
    if not path.is_file():
        raise GoldError(f"{document.name}: no gold file {path}")
    return path


def load_gold(path: Path) -> dict[str, list[tuple[Key, str]]]:
    """Gold keys (with their quotes) per fact kind; :class:`GoldError` names every bad entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: cannot read gold file: {e}") from e
    if not isinstance(data, dict):
        raise GoldError(f"{path}: gold file is not a JSON object")
    keys: dict[str, list[tuple[Key, str]]] = {}
    problems: list[str] = []
    for kind, list_name in GOLD_LISTS.items():
        entries = data.get(list_name) or []
        if not isinstance(entries, list):
            problems.append(f"{list_name}: not a list")
            continue
        keys[kind] = []
        for i, entry in enumerate(entries):
            try:
                keys[kind].append((record_key(kind, entry), str(entry.get("quote", ""))))
            except (KeyError, TypeError, ValueError, AttributeError) as e:
                problems.append(f"{list_name}[{i}]: {type(e).__name__}: {e}")
    if problems:
        raise GoldError(f"{path}: " + "; ".join(problems))
    return keys


# -- scoring ------------------------------------------------------------------------------


def _by_key(pairs: Iterable[tuple[Key, str]]) -> dict[Key, str]:
    out: dict[Key, str] = {}
    for key, quote in pairs:
        out.setdefault(key, quote)
    return out


def compare(
    document: str,
    gold: Mapping[str, Sequence[tuple[Key, str]]],
    facts: Sequence[Fact],
) -> tuple[dict[str, Score], list[Mismatch], list[Mismatch]]:
    """Per-kind scores of ``facts`` against ``gold`` keys, with the mismatches."""
    extracted: dict[str, list[tuple[Key, str]]] = {kind: [] for kind in FACT_KINDS}
    for fact in facts:
        extracted[fact.kind].append((fact_key(fact), fact.quote))
    scores: dict[str, Score] = {}
    fps: list[Mismatch] = []
    fns: list[Mismatch] = []
    for kind in FACT_KINDS:
        want = _by_key(gold.get(kind, ()))
        got = _by_key(extracted[kind])
        tp = len(want.keys() & got.keys())
        scores[kind] = Score(tp, len(got) - tp, len(want) - tp)
        fps += [Mismatch(document, kind, "fp", k, q) for k, q in got.items() if k not in want]
        fns += [Mismatch(document, kind, "fn", k, q) for k, q in want.items() if k not in got]
    return scores, fps, fns


def evaluate(
    gold_dir: Path,
    files: Sequence[Path],
    *,
    extract: Extractor,
) -> Evaluation:
    """Extract each of ``files`` with ``extract`` and score its facts against its gold file
    in ``gold_dir``. Raises :class:`GoldError` before extracting anything when a file has no
    gold or a gold file is malformed."""
    golds = {Path(f): load_gold(find_gold(Path(gold_dir), Path(f))) for f in files}
    by_kind: dict[str, Score] = {kind: Score() for kind in FACT_KINDS}
    documents: list[DocumentScore] = []
    fps: list[Mismatch] = []
    fns: list[Mismatch] = []
    for path, gold in golds.items():
        _report, facts = extract(path)
        scores, doc_fps, doc_fns = compare(path.name, gold, facts)
        for kind, score in scores.items():
            by_kind[kind] = by_kind[kind] + score
        documents.append(DocumentScore(path.name, gold_stem(path), scores))
        fps += doc_fps
        fns += doc_fns
    return Evaluation(by_kind, tuple(documents), tuple(fps), tuple(fns))


# -- rendering ----------------------------------------------------------------------------


def _row(name: str, s: Score) -> str:
    return (
        f"{name:<32} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
        f"{s.precision:>9.3f} {s.recall:>9.3f} {s.f1:>7.3f}"
    )


def render_evaluation(ev: Evaluation, *, mismatches: bool = True) -> str:
    """A plain-text report: per kind, per document, micro, then the mismatches."""
    header = f"{'':<32} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>9} {'F1':>7}"
    lines = [header]
    lines += [_row(kind, score) for kind, score in ev.by_kind.items()]
    lines.append(_row("micro", ev.micro))
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
                quote = " ".join(m.quote.split())
                if len(quote) > 90:
                    quote = quote[:87] + "..."
                lines.append(f"  {m.document[:24]:<24} {m.kind:<15} {m.key!s:<40} {quote}")
    return "\n".join(visible(line) for line in lines)


__all__ = [
    "DocumentScore",
    "Evaluation",
    "Mismatch",
    "Score",
    "compare",
    "evaluate",
    "fact_key",
    "find_gold",
    "gold_stem",
    "load_gold",
    "record_key",
    "render_evaluation",
    "subject_key",
]
