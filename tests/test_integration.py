"""End to end: reports in every format → facts → SQLite and PostgreSQL → export → gold.

These are the issue's bars, kept as regression guards: the seeds (others' reports, read from
../shared/seeds at run time) and our own corpus must keep their F1.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from paths import CORPUS, ROOT, SEEDS

from baocao.evaluate import Score, compare, evaluate, find_gold, load_gold
from baocao.export import export_facts
from baocao.model import FACT_KINDS, fact_from_record
from baocao.pipeline import extract_file, run_batch
from baocao.store import open_store

SEED_FORMATS = ("docx", "pdf", "doc", "tcvn3", "scan", "table", "merged", "split")
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seeds at {SEEDS}")


def extractor(path: Path):
    extraction = extract_file(path)
    return extraction.report, extraction.facts


@pytest.fixture(scope="session")
def seed_fixtures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds in every format, made by the project's fixture script (never committed)."""
    out = tmp_path_factory.mktemp("seeds")
    formats = [arg for fmt in SEED_FORMATS for arg in ("--format", fmt)]
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "make_seed_fixtures.py"),
            "--seeds",
            str(SEEDS),
            "--out",
            str(out),
            *formats,
        ],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    return out


@pytest.fixture(scope="session")
def seeds_txt_score():
    return evaluate(SEEDS / "gold", sorted(SEEDS.glob("*.txt")), extract=extractor)


@pytest.fixture(scope="session")
def corpus_scores():
    """Corpus evaluation per format, computed once per session."""
    cache = {}

    def score(fmt: str, ext: str | None = None):
        if fmt not in cache:
            files = sorted((CORPUS / fmt).glob(f"*.{ext or fmt}"))
            assert len(files) >= 8, fmt
            cache[fmt] = evaluate(CORPUS / "gold", files, extract=extractor)
        return cache[fmt]

    return score


@needs_seeds
def test_seeds_meet_the_bar(seeds_txt_score) -> None:
    evaluation = seeds_txt_score
    assert evaluation.micro.f1 >= 0.95, evaluation
    for kind in FACT_KINDS:
        score = evaluation.by_kind[kind]
        if score.tp + score.fn:  # a kind with gold facts
            assert score.f1 >= 0.90, (kind, score)
    sparse = next(d for d in evaluation.documents if d.document.startswith("002_"))
    assert sparse.micro.fp <= 2


@needs_seeds
@pytest.mark.slow
@pytest.mark.parametrize(
    ("fmt", "ext", "tolerance"),
    [
        ("docx", "docx", 0.02),
        ("pdf", "pdf", 0.02),
        ("doc", "doc", 0.0),
        ("tcvn3", "docx", 0.0),
        ("scan", "pdf", 0.03),
        # funding lines as a Word table: headed, merged headers, split at the colons
        ("layouts/table", "docx", 0.0),
        ("layouts/table", "pdf", 0.0),
        ("layouts/merged", "pdf", 0.0),
        ("layouts/split", "docx", 0.0),
        ("layouts/split", "pdf", 0.0),
    ],
)
def test_seeds_score_as_well_in_every_format(
    seed_fixtures: Path, seeds_txt_score, fmt: str, ext: str, tolerance: float
) -> None:
    txt = seeds_txt_score
    other = evaluate(
        SEEDS / "gold", sorted((seed_fixtures / fmt).glob(f"*.{ext}")), extract=extractor
    )
    assert len(other.documents) == 3
    assert other.micro.f1 >= txt.micro.f1 - tolerance - 1e-9, (fmt, other.micro, txt.micro)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_corpus_meets_the_bar_in_every_format(corpus_scores, fmt: str) -> None:
    evaluation = corpus_scores(fmt)
    assert evaluation.micro.f1 >= 0.98, (
        evaluation.micro,
        evaluation.false_negatives[:10],
        evaluation.false_positives[:10],
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fmt", "ext", "tolerance"),
    [("doc", "doc", 0.0), ("tcvn3", "docx", 0.0), ("scan", "pdf", 0.03)],
)
def test_corpus_legacy_and_scanned_formats_score_as_well(
    corpus_scores, fmt: str, ext: str, tolerance: float
) -> None:
    reference = corpus_scores("pdf" if fmt == "scan" else "docx")
    other = corpus_scores(fmt, ext)
    assert other.micro.f1 >= reference.micro.f1 - tolerance - 1e-9, (fmt, other.micro)


def test_corpus_appendix_tables_meet_the_bar() -> None:
    tables = CORPUS / "tables"
    for ext in ("docx", "xlsx"):
        files = sorted(tables.glob(f"*.{ext}"))
        assert len(files) >= 2
        evaluation = evaluate(tables, files, extract=extractor)
        assert evaluation.micro.f1 >= 0.98, (ext, evaluation.micro, evaluation.false_negatives)


def test_corpus_pdfs_into_the_store_export_as_their_gold(db_url: str) -> None:
    files = sorted((CORPUS / "pdf").glob("*.pdf"))
    with open_store(db_url) as store:
        summary = run_batch([], store=store, files=files)
        assert summary.count("ok") == len(files)
        buffer = io.StringIO()
        count = export_facts(store, format="jsonl", kind=None, out=buffer)
        records = [json.loads(line) for line in buffer.getvalue().splitlines()]
        assert count == len(records) > 0
        texts = {}
        for row in store.documents():
            texts[row.name] = store.document_text(row.sha256)
    for record in records:
        text = texts[record["document"]]
        assert text[record["start"] : record["end"]] == record["quote"]

    micro = Score()
    for path in files:
        facts = [fact_from_record(r) for r in records if r["document"] == path.name]
        scores, _, _ = compare(path.name, load_gold(find_gold(CORPUS / "gold", path)), facts)
        for score in scores.values():
            micro = micro + score
    assert micro.f1 >= 0.98, micro
