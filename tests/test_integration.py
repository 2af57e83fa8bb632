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

from baocao.evaluate import Score, compare, evaluate, find_gold, load_gold
from baocao.export import export_facts
from baocao.model import FACT_KINDS, fact_from_record
from baocao.pipeline import extract_file, run_batch
from baocao.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
CORPUS = ROOT / "corpus"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seeds at {SEEDS}")


def extractor(path: Path):
    extraction = extract_file(path)
    return extraction.report, extraction.facts


@pytest.fixture(scope="session")
def seed_fixtures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds as .docx and .pdf, made by the project's fixture script."""
    out = tmp_path_factory.mktemp("seeds")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_seed_fixtures.py"), "--seeds", str(SEEDS),
         "--out", str(out), "--formats", "docx,pdf"],
        check=True, capture_output=True, timeout=900,
    )
    return out


@needs_seeds
def test_seeds_meet_the_bar() -> None:
    evaluation = evaluate(SEEDS / "gold", sorted(SEEDS.glob("*.txt")), extract=extractor)
    assert evaluation.micro.f1 >= 0.95, evaluation
    for kind in FACT_KINDS:
        score = evaluation.by_kind[kind]
        if score.tp + score.fn:  # a kind with gold facts
            assert score.f1 >= 0.90, (kind, score)
    sparse = next(d for d in evaluation.documents if d.document.startswith("002_"))
    assert sparse.micro.fp <= 2


@needs_seeds
@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_seeds_score_the_same_in_docx_and_pdf(seed_fixtures: Path, fmt: str) -> None:
    txt = evaluate(SEEDS / "gold", sorted(SEEDS.glob("*.txt")), extract=extractor)
    other = evaluate(SEEDS / "gold", sorted((seed_fixtures / fmt).glob(f"*.{fmt}")),
                     extract=extractor)
    assert len(other.documents) == 3
    assert other.micro.f1 >= txt.micro.f1 - 0.02, (fmt, other.micro, txt.micro)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_corpus_meets_the_bar_in_every_format(fmt: str) -> None:
    files = sorted((CORPUS / fmt).glob(f"*.{fmt}"))
    assert len(files) >= 8
    evaluation = evaluate(CORPUS / "gold", files, extract=extractor)
    assert evaluation.micro.f1 >= 0.98, (evaluation.micro, evaluation.false_negatives[:10],
                                         evaluation.false_positives[:10])


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
            pages = store.page_texts(row.sha256)
            texts[row.name] = "".join(pages[n][0] for n in sorted(pages))
    for record in records:
        text = texts[record["document"]]
        assert text[record["start"]:record["end"]] == record["quote"]

    micro = Score()
    for path in files:
        facts = [fact_from_record(r) for r in records if r["document"] == path.name]
        scores, _, _ = compare(path.name, load_gold(find_gold(CORPUS / "gold", path)), facts)
        for score in scores.values():
            micro = micro + score
    assert micro.f1 >= 0.98, micro
