"""The ``baocao`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns the library's
exceptions into a one-line message and an :class:`~baocao.exitcodes.ExitCode`. Results go to
stdout; progress, per-file status and log lines go to stderr (progress only on a terminal).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table as RichTable

from baocao.display import cell, visible
from baocao.errors import (
    BaocaoError,
    ClusterError,
    DocumentNotFound,
    GoldError,
    Interrupted,
    LexiconError,
    SettingsError,
    StoreError,
)
from baocao.exitcodes import ExitCode
from baocao.settings import DEFAULT_MAX_BYTES, MiB, ocr_workers_for

app = typer.Typer(
    name="baocao",
    help="Turn Vietnam's New Rural Development (NTM) reports into a database you can query "
    "and audit.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

out = Console(soft_wrap=True, highlight=False)
if not out.is_terminal:  # piped or redirected: tables as wide as their content needs
    out = Console(soft_wrap=True, highlight=False, width=160)
err = Console(stderr=True, soft_wrap=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="BAOCAO_DB",
        help="Database URL (sqlite:///file.db, postgresql://…) or a SQLite file path. "
        "Default: $BAOCAO_DB, else ./baocao.db.",
    ),
]
#: What the commands that print rows (documents, show, compare) print: a table for people,
#: JSON Lines (one object per row, like `export` and `audit`) or CSV for other tools.
ROW_FORMATS = ("table", "jsonl", "csv")
RowFormatOption = Annotated[
    str,
    typer.Option(
        "--format", "-f", help="table (default), jsonl (one JSON object per line) or csv."
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no per-file lines on stderr.")
]


def _fail(message: str, code: ExitCode) -> typer.Exit:
    err.print(f"error: {visible(message)}", markup=False)
    return typer.Exit(int(code))


def _check_choice(flag: str, value: str | None, choices: tuple[str, ...]) -> None:
    """A usage error naming ``flag`` when ``value`` (if given) is not one of ``choices``."""
    if value is not None and value not in choices:
        raise _fail(f"{flag} must be one of {', '.join(choices)}, not {value!r}", ExitCode.USAGE)


def _version() -> str:
    """The installed distribution's version (its metadata), else the package's own."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("baocao")
    except PackageNotFoundError:
        from baocao import __version__

        return __version__


@contextmanager
def _output(path: Path | None, *, newline: str | None = None):
    """The file to write results to: ``path`` opened for writing, else stdout. A path that
    cannot be opened is a one-line error with exit code OUTPUT."""
    if path is None:
        yield sys.stdout
        return
    try:
        fh = path.open("w", encoding="utf-8", newline=newline)
    except OSError as e:
        raise _fail(f"cannot write {path}: {e.strerror or e}", ExitCode.OUTPUT) from e
    with fh:
        yield fh


@contextmanager
def _binary_output(path: Path):
    """``path`` opened for writing bytes; one line and exit code OUTPUT when it cannot be."""
    try:
        fh = path.open("wb")
    except OSError as e:
        raise _fail(f"cannot write {path}: {e.strerror or e}", ExitCode.OUTPUT) from e
    with fh:
        yield fh


def _write_rows(records, *, format: str, columns: list[str]) -> int:
    """Records as JSON Lines or CSV on stdout (through export's writers: CSV cells that a
    spreadsheet would run as formulas are neutralised)."""
    from baocao.export import write_csv, write_jsonl

    if format == "jsonl":
        return write_jsonl(records, sys.stdout)
    return write_csv(records, sys.stdout, columns=columns)


class _VisibleFormatter(logging.Formatter):
    """Log lines name documents, whose names may hold newlines or escape codes: the message
    is made :func:`~baocao.display.visible`, so one record is one line (a traceback, when
    there is one, follows as it is)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        record.message = visible(record.message)
        return super().formatMessage(record)


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_VisibleFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


@contextmanager
def _store(db: str | None, *, read_only: bool = False, create: bool | None = None):
    from baocao.store import open_store

    try:
        store = open_store(db, read_only=read_only, create=create)
    except StoreError as e:
        raise _fail(str(e), ExitCode.STORE_ERROR) from e
    try:
        yield store
    except StoreError as e:
        raise _fail(str(e), ExitCode.STORE_ERROR) from e
    finally:
        store.close()


@app.callback()
def _main(
    verbose: Annotated[
        int,
        typer.Option("--verbose", "-v", count=True, help="More log lines on stderr (-vv: debug)."),
    ] = 0,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            is_eager=True,
            callback=lambda value: _print_version(value),
        ),
    ] = False,
) -> None:
    _setup_logging(verbose)


def _print_version(value: bool) -> None:
    if value:
        out.print(f"baocao {_version()}", markup=False)
        raise typer.Exit(0)


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files and folders (walked recursively).")
    ],
    db: DbOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-extract documents already stored at this version.")
    ] = False,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Refuse files larger than this many MiB.")
    ] = DEFAULT_MAX_BYTES / MiB,
    ocr: Annotated[
        bool, typer.Option("--ocr/--no-ocr", help="OCR pages without a usable text layer.")
    ] = True,
    ocr_workers: Annotated[
        int | None,
        typer.Option(
            "--ocr-workers",
            help="Tesseract processes per document. Default: the cores left to each "
            "worker (at most 2); give 1 on a cluster's workers.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            help="Documents extracted at once, each in a supervised worker process. "
            "Default: the machine's cores; 1 extracts one after another.",
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Extract on the Dask cluster whose scheduler is at this address "
            "(tcp://HOST:8786): documents are sent as bytes, each worker stores its "
            "documents in the PostgreSQL --db. See docs/scale.md.",
            metavar="ADDRESS",
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Extract facts from report files into the database.

    Prints one status line per file on stderr and a summary on stdout; exits 1 if any
    document failed (after storing all the others).
    """
    from baocao.pipeline import iter_files, run_batch
    from baocao.settings import ExtractSettings

    if not max_mb > 0:
        raise _fail(f"--max-mb must be > 0, not {max_mb:g}", ExitCode.USAGE)
    try:
        settings = ExtractSettings(max_bytes=int(max_mb * MiB), ocr=ocr)
        if workers is not None:  # else the settings' default: the machine's cores
            settings = replace(settings, workers=workers)
        settings = replace(
            settings,
            # A cluster's workers run one per core: one Tesseract each.
            ocr_workers=ocr_workers
            if ocr_workers is not None
            else (1 if cluster is not None else ocr_workers_for(settings.workers)),
        )
    except SettingsError as e:
        raise _fail(str(e), ExitCode.USAGE) from e
    if cluster is not None:
        from baocao.store import resolve_url

        try:
            backend = resolve_url(db).get_backend_name()
        except StoreError as e:
            raise _fail(str(e), ExitCode.STORE_ERROR) from e
        if backend != "postgresql":
            raise _fail(
                "--cluster needs a PostgreSQL --db (workers on other machines cannot share "
                "a SQLite file)",
                ExitCode.USAGE,
            )
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _fail("no such file or folder: " + ", ".join(missing), ExitCode.INPUT_MISSING)
    files = list(iter_files(paths))
    if not files:
        raise _fail("no files found under " + ", ".join(map(str, paths)), ExitCode.INPUT_MISSING)

    show_progress = not quiet and err.is_terminal
    with (
        _store(db) as store,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[file]}", markup=False),
            console=err,
            disable=not show_progress,
            transient=True,
        ) as progress,
    ):
        # The file being read is the next one in the list: the batch takes them in order.
        task = progress.add_task("extracting", total=len(files), file=visible(files[0]))
        done = 0

        def on_outcome(outcome) -> None:
            nonlocal done
            done += 1
            current = visible(files[done]) if done < len(files) else ""
            progress.update(task, advance=1, file=current)
            if quiet:
                return
            if outcome.status == "failed":
                line = f"failed   {visible(_as_given(outcome))}"
                progress.console.print(line, markup=False)
            else:
                n = sum(outcome.facts_by_kind.values())
                detail = f" ({n} facts)" if outcome.status == "ok" else ""
                line = f"{outcome.status:<8} {visible(outcome.path)}{detail}"
                progress.console.print(line, markup=False)

        try:
            if cluster is not None:
                summary = _run_on_cluster(cluster, paths, store, settings, force, on_outcome, files)
            else:
                summary = run_batch(
                    paths,
                    store=store,
                    settings=settings,
                    force=force,
                    on_outcome=on_outcome,
                    files=files,
                )
        except Interrupted as e:
            e.detail = (
                f"{done} of {len(files)} files done, each stored whole; "
                "the same command finishes the rest"
            )
            raise

    ok, failed, skipped = summary.count("ok"), summary.count("failed"), summary.count("skipped")
    out.print(f"{len(summary.outcomes)} files: {ok} ok, {failed} failed, {skipped} skipped")
    kinds = summary.facts_by_kind
    if kinds:
        out.print("facts: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    for outcome in summary.failed:
        out.print(f"failed: {visible(outcome.error)}", markup=False)
    if failed:
        raise typer.Exit(int(ExitCode.DOCUMENTS_FAILED))


def _run_on_cluster(address, paths, store, settings, force, on_outcome, files):
    from baocao.cluster import run_cluster

    try:
        return run_cluster(
            paths,
            address=address,
            store=store,
            db_url=store.engine.url.render_as_string(hide_password=False),
            settings=settings,
            force=force,
            on_outcome=on_outcome,
            files=files,
        )
    except ClusterError as e:
        raise _fail(str(e), ExitCode.CLUSTER) from e


def _as_given(outcome) -> str:
    """A failed outcome's error with the file named as the command line gave it (the error
    names the file alone: ``empty.txt: empty file`` → ``reports/empty.txt: empty file``)."""
    error = outcome.error or ""
    name = outcome.path.name
    if error.startswith(name) and str(outcome.path) != name:
        return str(outcome.path) + error[len(name) :]
    return error


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl, csv or parquet (needs -o).")
    ] = "jsonl",
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            help="Only this kind: verdict, criteria_count, coverage, funding, percentage.",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    what: Annotated[
        str,
        typer.Option(
            "--what",
            help="facts (one row per fact), reports (one row per document: unit, its "
            "official name and code, level, province, period, date, criteria set, and the "
            "units of a text about several) or "
            "findings (one row per audit finding).",
        ),
    ] = "facts",
    db: DbOption = None,
) -> None:
    """Write the stored facts in the FACTS.md contract (JSON Lines, CSV or Parquet with typed
    columns), or with --what the reports or the audit findings."""
    from baocao.export import (
        WHATS,
        export_facts,
        export_findings,
        export_parquet,
        export_reports,
    )
    from baocao.model import FACT_KINDS

    if format not in ("jsonl", "csv", "parquet"):
        raise _fail(f"--format must be jsonl, csv or parquet, not {format!r}", ExitCode.USAGE)
    if what not in WHATS:
        raise _fail(f"--what must be one of {', '.join(WHATS)}, not {what!r}", ExitCode.USAGE)
    if kind is not None and kind not in FACT_KINDS:
        raise _fail(f"--kind must be one of {', '.join(FACT_KINDS)}, not {kind!r}", ExitCode.USAGE)
    if kind is not None and what != "facts":
        raise _fail(f"--kind applies to facts, not to --what {what}", ExitCode.USAGE)
    if format == "parquet" and output is None:
        raise _fail("--format parquet writes a file: give -o FILE", ExitCode.USAGE)

    def write(out: TextIO) -> int:
        if what == "reports":
            return export_reports(store, format=format, out=out)
        if what == "findings":
            return export_findings(store, format=format, out=out)
        return export_facts(store, format=format, kind=kind, out=out)

    with _store(db, read_only=True) as store:
        if format == "parquet" and output is not None:
            with _binary_output(output) as fh:
                count = export_parquet(store, fh, what=what, kind=kind)
        else:
            with _output(output, newline="") as fh:
                count = write(fh)
    err.print(f"{count} {what} exported", markup=False)


@app.command()
def show(
    document: Annotated[str, typer.Argument(help="A stored document's file name or sha256.")],
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    format: RowFormatOption = "table",
    db: DbOption = None,
) -> None:
    """Print a document's metadata and facts with their quotes and pages (--format jsonl or
    csv: its facts as `export` writes them)."""
    from baocao.export import export_facts
    from baocao.model import FACT_KINDS
    from baocao.show import find_document, render_document

    _check_choice("--format", format, ROW_FORMATS)
    _check_choice("--kind", kind, FACT_KINDS)
    with _store(db, read_only=True) as store:
        try:
            if format == "table":
                text = render_document(store, document, kind=kind)
            else:
                row = find_document(store, document)
                export_facts(
                    store, format=format, kind=kind, document=row.sha256 or row.path, out=sys.stdout
                )
                return
        except DocumentNotFound as e:
            raise _fail(str(e.args[0]), ExitCode.INPUT_MISSING) from e
    out.print(text, markup=False)


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (shared format).")],
    files: Annotated[list[Path], typer.Argument(help="Report files to extract and score.")],
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", help="Exit 5 when the micro-F1 is below this."),
    ] = None,
    min_period: Annotated[
        float | None,
        typer.Option(
            "--min-period",
            help="Exit 5 when the share of matched facts with the right period is below this.",
        ),
    ] = None,
    min_place: Annotated[
        float | None,
        typer.Option(
            "--min-place",
            help="Exit 5 when the share of matched facts with the right place is below this.",
        ),
    ] = None,
    with_audit: Annotated[
        bool,
        typer.Option(
            "--audit",
            help="Also audit each document's facts and score the findings "
            "against the gold inconsistencies.",
        ),
    ] = False,
    min_meta: Annotated[
        float | None,
        typer.Option(
            "--min-meta",
            help="Exit 5 when the share of report metadata fields right is below this.",
        ),
    ] = None,
) -> None:
    """Extract FILES without a database and score them against GOLD_DIR: precision, recall and
    F1 per kind and per document."""
    from baocao.evaluate import evaluate_files, render_evaluation

    if not gold_dir.is_dir():
        raise _fail(f"gold folder not found: {gold_dir}", ExitCode.INPUT_MISSING)

    try:
        evaluation = evaluate_files(gold_dir, files, audit=with_audit)
    except LexiconError:  # a broken data file: exit DATA (see main), not "input missing"
        raise
    except (GoldError, BaocaoError) as e:
        raise _fail(str(e), ExitCode.INPUT_MISSING) from e
    out.print(render_evaluation(evaluation), markup=False)
    ww = evaluation.micro_when_where
    bars = (
        ("micro-F1", evaluation.micro.f1, "--min-f1", min_f1),
        ("right period", ww.period_rate, "--min-period", min_period),
        ("right place", ww.place_rate, "--min-place", min_place),
        ("report metadata", evaluation.meta_rate, "--min-meta", min_meta),
    )
    unmet = [
        f"{name} {value:.3f} is below {flag} {bar}"
        for name, value, flag, bar in bars
        if bar is not None and value < bar
    ]
    if unmet:
        raise _fail("; ".join(unmet), ExitCode.BAR_NOT_MET)


@app.command()
def audit(
    db: DbOption = None,
    document: Annotated[
        str | None, typer.Option("--document", "-d", help="Only this document (name or sha256).")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or html.")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    official_counts: Annotated[
        bool,
        typer.Option(
            "--official-counts",
            help="Also compare each district's number of xã with the official map "
            "(before July 2025; low severity: boundaries changed over the years).",
        ),
    ] = False,
) -> None:
    """Find totals that do not add up, wrong percentages, impossible units and reports that
    disagree; store the findings and print them."""
    from baocao import audit_store
    from baocao.audit import AUDIT_FORMATS, render_audit
    from baocao.audit.render import TABLE_WIDTH

    if format not in AUDIT_FORMATS:
        raise _fail(f"--format must be table, jsonl or html, not {format!r}", ExitCode.USAGE)
    # Audit stores its findings, so it opens the database for writing, but never creates one.
    with _store(db, create=False) as store:
        try:
            counts = None
            if official_counts:
                from baocao.vocab.places import official_xa_counts

                counts = official_xa_counts()
            result = audit_store(store, document=document, official_counts=counts)
        except DocumentNotFound as e:
            raise _fail(str(e.args[0]), ExitCode.INPUT_MISSING) from e
        to_terminal = output is None and out.is_terminal
        text = render_audit(
            result,
            format=format,
            store=store,
            width=out.width if output is None else TABLE_WIDTH,
            styled=to_terminal,
        )
    # The output is opened only once there is something to write: a failed audit leaves no
    # empty file behind.
    with _output(output) as fh:
        fh.write(text)
    err.print(f"{len(result.findings)} findings", markup=False)


@app.command()
def documents(
    db: DbOption = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Only ok, failed or superseded documents (superseded: the file was stored"
            " again since, with other content).",
        ),
    ] = None,
    format: RowFormatOption = "table",
) -> None:
    """List stored documents with their unit (every unit of a report about several), status,
    page count and error."""
    from baocao.show import units_label

    _check_choice("--status", status, ("ok", "failed", "superseded"))
    _check_choice("--format", format, ROW_FORMATS)
    with _store(db, read_only=True) as store:
        rows = [row for row in store.documents() if status in (None, _shown_status(row))]
        reports = {
            row.id: store.report(row.sha256) if row.sha256 and row.status == "ok" else None
            for row in rows
        }
    if format != "table":
        columns = ["id", "name", "path", "sha256", "format", "pages", "status", "superseded_by"]
        columns.extend(("error_code", "error", "unit", "units"))
        records = (
            {
                "id": row.id,
                "name": row.name,
                "path": row.path,
                "sha256": row.sha256,
                "format": row.format,
                "pages": row.page_count,
                "status": _shown_status(row),
                "superseded_by": row.superseded_by,
                "error_code": row.error_code,
                "error": row.error,
                # as `export --what reports` writes them
                **_report_units(reports[row.id]),
            }
            for row in rows
        )
        _write_rows(records, format=format, columns=columns)
        return
    table = RichTable("id", "name", "unit", "format", "pages", "status", "error")
    for row in rows:
        report = reports[row.id]
        table.add_row(
            str(row.id),
            cell(row.name),
            cell((units_label(report) if report else None) or ""),
            cell(row.format or ""),
            str(row.page_count or ""),
            cell(_shown_status(row)),
            cell(row.error or ""),
        )
    out.print(table)


def _report_units(report) -> dict[str, str | None]:
    """A document's ``unit`` and ``units`` columns, the values `export --what reports` gives
    them (``units`` null unless the report is about two or more)."""
    from baocao.export import report_to_export

    if report is None:
        return {"unit": None, "units": None}
    record = report_to_export("", None, report)
    return {"unit": record["unit"], "units": record["units"]}


def _shown_status(row) -> str:
    """ok or failed, or superseded for a document whose file was stored again since."""
    return "superseded" if row.superseded_by else row.status


#: What `compare` writes: a table, CSV, JSON Lines, JSON (one array, or one per question
#: in the summary) or Parquet (with -o, or piped).
COMPARE_FORMATS = ("table", "csv", "json", "jsonl", "parquet")


@app.command()
def compare(
    question: Annotated[
        str | None,
        typer.Argument(
            help="coverage (of a criterion), standard (the NTM standard), funding (mix by "
            "source), criteria (criteria met per commune), series (one unit over the years, "
            "with --unit), trend (coverage of --criterion, or of the standard, over the "
            "years, followed across the criteria sets; --province narrows it). Default: a "
            "summary of the first four."
        ),
    ] = None,
    db: DbOption = None,
    criterion: Annotated[
        int | None, typer.Option("--criterion", "-c", help="Only this criterion's coverage.")
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="series: the unit, by code or name (Tam Dương)."),
    ] = None,
    province: Annotated[
        str | None,
        typer.Option(
            "--province",
            help="trend: only this province (a name or code; with --map 2025, "
            "a province after July 2025).",
        ),
    ] = None,
    map_: Annotated[
        str,
        typer.Option(
            "--map",
            help="period: provinces of the report's time (default); 2025: the provinces "
            "after 1 July 2025.",
        ),
    ] = "period",
    format: Annotated[
        str, typer.Option("--format", "-f", help="table, csv, json, jsonl or parquet.")
    ] = "table",
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Also draw the answer into this .png or .svg file."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    include_goals: Annotated[
        bool, typer.Option("--include-goals", help="Count goals and planned money too.")
    ] = False,
    include_flagged: Annotated[
        bool,
        typer.Option("--include-flagged", help="Keep facts the auditor flagged as implausible."),
    ] = False,
) -> None:
    """Compare provinces and years: criterion coverage, the NTM standard, the funding mix,
    criteria met per commune, one unit's time series. Each report counts once, however
    many files hold it; goals and facts flagged by `baocao audit` are left out by default."""
    from baocao import compare as questions
    from baocao.compare.plot import PLOT_SUFFIXES
    from baocao.compare.plot import plot as draw
    from baocao.compare.render import records, rich_table, title

    _check_choice("QUESTION", question, tuple(questions.QUESTIONS))
    _check_choice("--map", map_, questions.MAPS)
    _check_choice("--format", format, COMPARE_FORMATS)
    if question == "series" and not unit:
        raise _fail("series needs --unit (a code or a name)", ExitCode.USAGE)
    if province is not None and question != "trend":
        raise _fail("--province narrows the trend question only", ExitCode.USAGE)
    if question == "trend" and criterion is not None:
        from baocao.vocab.series import series_of

        point = series_of(questions.TREND_SET, criterion)
        if point is None or not point.mapped:
            raise _fail(
                f"--criterion {criterion}: the {questions.TREND_SET} set has no such criterion",
                ExitCode.USAGE,
            )
    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise _fail(f"--plot must end in {' or '.join(PLOT_SUFFIXES)}: {plot}", ExitCode.USAGE)
    if plot is not None and question is None:
        raise _fail("--plot draws one QUESTION: name it", ExitCode.USAGE)
    if format == "parquet" and question is None:
        raise _fail("--format parquet writes one QUESTION: name it", ExitCode.USAGE)
    if format == "parquet" and output is None and sys.stdout.isatty():
        raise _fail("--format parquet is binary: give -o FILE or pipe it", ExitCode.USAGE)
    with _store(db, read_only=True) as store:
        frames = questions.answer(
            store,
            question,
            criterion=criterion,
            unit=unit,
            province=province,
            map=map_,  # type: ignore[arg-type]  # checked above
            include_goals=include_goals,
            include_flagged=include_flagged,
        )
    titles = {q: title(q, criterion=criterion, unit=unit, province=province) for q in frames}
    if plot is not None and question is not None:
        try:
            draw(question, frames[question], plot, title=titles[question])
        except OSError as e:
            raise _fail(f"cannot write {plot}: {e.strerror or e}", ExitCode.OUTPUT) from e
    if format == "parquet":
        _write_parquet(frames[question or ""], output)
        return
    with _output(output, newline="" if format == "csv" else None) as fh:
        if format == "table":
            console = out if output is None else Console(file=fh, width=160)
            for q, frame in frames.items():
                console.print(rich_table(q, frame, title=titles[q]))
        elif format == "json":
            import json

            if question is None:
                data: object = {q: list(records(f)) for q, f in frames.items()}
            else:
                data = list(records(frames[question]))
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        else:
            from baocao.export import write_csv, write_jsonl

            # The summary's rows say which question they answer.
            named = question is None
            rows = [
                r
                for q, f in frames.items()
                for r in records(f, **({"question": q} if named else {}))
            ]
            if format == "jsonl":
                write_jsonl(rows, fh)
            else:
                columns = (["question"] if named else []) + list(
                    dict.fromkeys(c for f in frames.values() for c in f.columns)
                )
                write_csv(rows, fh, columns=columns)


def _write_parquet(frame, output: Path | None) -> None:
    """A comparison DataFrame as Parquet (money as decimal(38, 0)) to ``output`` or stdout."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    from baocao.export import MONEY_COLUMNS

    frame = frame.copy()
    money = [c for c in frame.columns if c in MONEY_COLUMNS or c.endswith("_total_vnd")]
    for column in money:
        frame[column] = [None if v is None or v != v else int(v) for v in frame[column]]
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for column in money:
        from decimal import Decimal

        values = [None if v is None else Decimal(v) for v in frame[column]]
        index = table.schema.get_field_index(column)
        table = table.set_column(index, column, pa.array(values, type=pa.decimal128(38, 0)))
    if output is not None:
        with _binary_output(output) as fh:
            pq.write_table(table, fh)
        return
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    sys.stdout.buffer.write(buffer.getvalue())
    sys.stdout.buffer.flush()


@app.command()
def places(
    db: DbOption = None,
    unresolved: Annotated[
        bool, typer.Option("--unresolved", help="Only the places that did not resolve.")
    ] = False,
    format: RowFormatOption = "table",
) -> None:
    """List the places the stored reports and facts name (report units, fact subjects and
    regions), with their codes on the pre-2025 map and the 2025 map; the resolution rate goes
    to stderr."""
    from baocao.seen_places import PLACE_COLUMNS, places_seen

    _check_choice("--format", format, ROW_FORMATS)
    with _store(db, read_only=True) as store:
        census = places_seen(store)
    shown = census.unresolved if unresolved else census.places
    rate = census.rate
    summary = (
        f"{census.resolved}/{census.countable} places resolved"
        + (f" ({rate:.1%})" if rate is not None else "")
        + "; villages, the whole country, its regions and blank places are not counted"
    )
    if format != "table":
        _write_rows((p.record() for p in shown), format=format, columns=list(PLACE_COLUMNS))
        err.print(summary, markup=False)
        return
    if not shown:
        # An empty grid reads like a failure: say what the emptiness means.
        out.print("every place resolved" if unresolved else "no place stored", markup=False)
        err.print(summary, markup=False)
        return
    table = RichTable("place", "role", "kind", "code", "name", "2025 code", "2025 name",
                      "2025 province", "relation", "mentions")  # fmt: skip
    for p in shown:
        table.add_row(
            cell(p.written),
            p.role,
            p.kind,
            p.code or "—",
            cell(p.name or ""),
            p.code_2025 or "",
            cell(p.name_2025 or ""),
            cell(p.province_name_2025 or ""),
            p.relation_2025 or "",
            str(p.mentions),
        )
    out.print(table)
    err.print(summary, markup=False)


@app.command()
def serve(
    db: DbOption = None,
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8001,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. The default answers this machine only; 0.0.0.0 "
            "would publish the database to the network.",
        ),
    ] = "127.0.0.1",
) -> None:
    """Browse the database in a web browser (Datasette, read-only): every table and column
    described, the comparison questions as queries, each fact linked to its quote in its
    document. Needs a SQLite database; PostgreSQL users have the same questions as the q_*
    views."""
    from baocao.serve import build_metadata, database_name, schema_of
    from baocao.serve import serve as run_server
    from baocao.store.store import _sqlite_file, resolve_url

    if not 0 < port < 65536:
        raise _fail(f"--port must be between 1 and 65535, not {port}", ExitCode.USAGE)
    try:
        path = _sqlite_file(resolve_url(db))
    except StoreError as e:
        raise _fail(str(e), ExitCode.STORE_ERROR) from e
    if path is None:
        raise _fail(
            "serve needs a SQLite database file; on PostgreSQL query the q_* views "
            "(README: Browse in a browser)",
            ExitCode.USAGE,
        )
    # Opening the store first upgrades an older schema (when the file can be written), so
    # the views the browser describes are there; then Datasette reads it read-only.
    with _store(str(path), read_only=True) as store:
        metadata = build_metadata(schema_of(store.engine), database=database_name(path))
    err.print(f"serving {visible(str(path))} at http://{host}:{port}/ (Ctrl-C stops)")
    run_server(path, metadata=metadata, host=host, port=port)


#: What each stopping signal prints and exits with.
_STOPS = {
    signal.SIGINT: ("interrupted", ExitCode.INTERRUPTED),
    signal.SIGTERM: ("terminated (SIGTERM)", ExitCode.TERMINATED),
}


def _on_stop_signal(signum: int, _frame: object) -> None:
    """The first SIGINT/SIGTERM unwinds the command (the batch worker and everything it
    started are killed on the way out); a second one while that runs leaves at once."""
    if _stopping:
        os._exit(int(_STOPS[signal.Signals(signum)][1]))
    _stopping.append(signum)
    raise Interrupted(signum)


_stopping: list[int] = []


def main() -> None:
    for stop in _STOPS:
        signal.signal(stop, _on_stop_signal)
    try:
        app()
    except LexiconError as e:  # a broken data file: configuration, not a document's fault
        err.print(f"error: {visible(str(e).splitlines()[0])}", markup=False)
        for line in str(e).splitlines()[1:]:
            err.print(visible(line), markup=False)
        sys.exit(int(ExitCode.DATA))
    except (Interrupted, KeyboardInterrupt) as e:
        signum = e.signum if isinstance(e, Interrupted) else int(signal.SIGINT)
        message, code = _STOPS[signal.Signals(signum)]
        detail = e.detail if isinstance(e, Interrupted) else None
        err.print(f"{message}: {detail}" if detail else message, markup=False)
        # Everything was closed on the way out (the worker's session killed, the store closed):
        # leave now. Tearing down the interpreter's lexicons and models takes seconds more.
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):
                stream.flush()
        os._exit(int(code))


if __name__ == "__main__":
    main()
