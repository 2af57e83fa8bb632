"""The auditor's probe (tests/audit_grammar.py): paragraphs rendered in pairs from independent
dimensions (frame, month, class of inconsistency, units, precision, a consistent "trick"
sentence beside it), each read by the extractor and audited as ``baocao evaluate --audit``
does. The consistent version must raise no finding; the inconsistent one must raise the
finding of its class's kind whose quote overlaps the sentence with the wrong number, and no
other. A fixed-seed sample keeps it fast.

Run as a script to see the failures grouped by dimension value, N pairs:
``PYTHONPATH=$PWD .venv/bin/python tests/test_audit_wording_grammar.py [N] [-v]``.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from audit_grammar import Pair, pairs

from baocao.evaluate import quotes_overlap
from baocao.model import Document, Finding, Format, Page

SAMPLE = 96  # pairs (eight of each class): well under 30 s on two cores
SEED = 20261207


def _undated_beside_another_year(pair: Pair) -> bool:
    """A text with no report header (news, or none) reads its period from its first dated
    sentence (metadata), so its undated statement and another year's figure beside it share
    that year."""
    return pair.dims["frame"] in ("none", "news") and pair.dims["trick"] == "other_year"


def _level_word_after_another_province(pair: Pair) -> bool:
    """ "Toàn tỉnh …" in a province's report, after a sentence naming another province: the
    level word is read as the province last named, not the report's own."""
    return (
        pair.dims["trick"] == "other_place"
        and pair.dims["klass"].startswith("money")
        and pair.dims["frame"] == "report_province"
    )


#: Classes found and left, by name: a predicate on the pair (README, "Decisions", fourteenth
#: session). A class found and not fixed is named here, so the probe still fails on any other.
KNOWN_LEFT: dict[str, Callable[[Pair], bool]] = {
    "undated beside another year, no report header": _undated_beside_another_year,
    "level word after another province": _level_word_after_another_province,
}


def known_left(pair: Pair) -> str | None:
    return next((name for name, holds in KNOWN_LEFT.items() if holds(pair)), None)


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    good_false: tuple[Finding, ...]  # findings on the consistent version
    found: bool  # the bad version's finding was raised
    bad_false: tuple[Finding, ...]  # the bad version's findings beyond it

    @property
    def failed(self) -> bool:
        return bool(self.good_false or not self.found or self.bad_false)


def _document(text: str) -> Document:
    text = unicodedata.normalize("NFC", text)
    return Document(
        path="bao-cao.txt",
        name="bao-cao.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=Format.TEXT,
        text=text,
        pages=(Page(number=1, start=0, end=len(text)),),
        size_bytes=len(text.encode()),
    )


def audit(text: str) -> list[Finding]:
    from baocao.audit import audit_facts
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = _document(text)
    report, facts = reading_to_facts(document, read_document(document))
    return audit_facts(list(enumerate(facts, start=1)), report=report, text=document.text)


def outcome(pair: Pair) -> Outcome:
    def hits(f: Finding) -> bool:
        return f.kind == pair.kind and quotes_overlap(f.quote, pair.wrong)

    good = audit(pair.good)
    bad = audit(pair.bad)
    return Outcome(
        pair,
        tuple(good),
        any(hits(f) for f in bad),
        tuple(f for f in bad if not hits(f)),
    )


def summary(outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    found = sum(o.found for o in outcomes)
    good_false = sum(len(o.good_false) for o in outcomes)
    bad_false = sum(len(o.bad_false) for o in outcomes)
    lines = [
        f"recall {found}/{n}; false findings {good_false} on consistent, {bad_false} on "
        f"inconsistent; {sum(o.failed for o in outcomes)}/{n} pairs fail",
    ]
    dims = sorted({k for o in outcomes for k in o.pair.dims})
    for dim in dims:
        total = Counter(o.pair.dims.get(dim) for o in outcomes)
        missed = Counter(o.pair.dims.get(dim) for o in outcomes if not o.found)
        falses = Counter(o.pair.dims.get(dim) for o in outcomes if o.good_false or o.bad_false)
        row = ", ".join(
            f"{v} miss {missed[v]} false {falses[v]} /{total[v]}"
            for v in total
            if v is not None and (missed[v] or falses[v])
        )
        if row:
            lines.append(f"{dim}: {row}")
    return "\n".join(lines)


def describe(o: Outcome) -> str:
    lines = [f"---- {o.pair.dims}"]
    if o.good_false:
        lines.append("consistent version flagged:")
        lines.append(o.pair.good.rstrip())
        lines += [f"  {f.kind}: {f.explain} | {f.quote!r}" for f in o.good_false]
    if not o.found or o.bad_false:
        lines.append(f"inconsistent version ({'found' if o.found else 'MISSED'} {o.pair.kind}):")
        lines.append(o.pair.bad.rstrip())
        lines += [f"  extra {f.kind}: {f.explain} | {f.quote!r}" for f in o.bad_false]
    return "\n".join(lines)


def test_every_pair_is_audited_right() -> None:
    outcomes = [outcome(p) for p in pairs(SAMPLE, SEED)]
    failed = [o for o in outcomes if o.failed and known_left(o.pair) is None]
    shown = "\n".join(describe(o) for o in failed[:5])
    assert not failed, summary(outcomes) + "\n" + shown


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else SAMPLE
    outcomes = [outcome(p) for p in pairs(size, SEED)]
    print(summary(outcomes))
    if "-v" in sys.argv:
        for o in outcomes:
            if o.failed:
                print(describe(o))
