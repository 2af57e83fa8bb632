# One entry point for every task. `make demo` and `make test` are the README's two commands:
# each installs what it needs (Debian packages, then a virtualenv) before it runs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= baocao.db

.PHONY: setup system-deps venv demo test test-fast lint corpus bench bench-scale notebooks clean eval-seeds eval-tune eval-holdout accuracy

setup: system-deps venv

system-deps:
	bash scripts/install-system-deps.sh

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

## Extract the bundled corpus into ./baocao.db, audit, compare provinces (after the audit, so
## the facts it flags as implausible are left out of the comparison).
demo: setup
	$(BIN)/baocao extract corpus/pdf --db $(DB)
	$(BIN)/baocao audit --db $(DB)
	$(BIN)/baocao compare --db $(DB)

## The whole test suite, SQLite and the PostgreSQL at 127.0.0.1:5432 (skipped if unreachable).
test: setup
	$(BIN)/pytest -q

test-fast: venv
	$(BIN)/pytest -q -m "not slow"

lint: venv
	$(BIN)/ruff check baocao tests scripts bench
	$(BIN)/ruff format --check baocao tests scripts bench
	$(BIN)/mypy baocao

## Accuracy against the gold of ../shared: the seeds, and the two halves of ../shared/real
## (patterns are tuned on `tune`; `holdout` checks that they generalise).
eval-seeds: venv
	$(BIN)/baocao evaluate ../shared/seeds/gold ../shared/seeds/*.txt

eval-tune: venv
	$(BIN)/baocao evaluate ../shared/real/gold $$($(BIN)/python scripts/real_split.py tune)

eval-holdout: venv
	$(BIN)/baocao evaluate ../shared/real/gold $$($(BIN)/python scripts/real_split.py holdout)

## The README's accuracy table: every text set (seeds, tune, holdout, corpus) in every format
## (the shared texts' formats are built under build/ first; the first run takes minutes).
accuracy: setup
	$(BIN)/python scripts/measure_accuracy.py

## Rebuild corpus/{docx,pdf,...} from corpus/txt (needs LibreOffice), then corpus/badscan.
corpus: setup
	$(BIN)/python scripts/make_corpus.py
	$(BIN)/python scripts/make_bad_scans.py

bench: setup
	$(BIN)/python bench/bench_pipeline.py
	$(BIN)/python bench/bench_ocr.py
	$(BIN)/python bench/bench_ocr_quality.py
	$(BIN)/python bench/bench_audit.py
	$(BIN)/python bench/bench_workers.py

## The archive-scale benchmark (2,000 documents, pool and Dask; tens of minutes on 2 cores).
bench-scale: setup
	$(BIN)/python bench/bench_scale.py --store-on-client

## Execute the notebooks so they cannot rot.
notebooks: venv
	$(BIN)/python scripts/run_notebooks.py notebooks

clean:
	rm -rf $(VENV) build .pytest_cache .hypothesis $(DB)
