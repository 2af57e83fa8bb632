"""`baocao.compare`: one DataFrame per question, each report counted once whatever files hold
it, flagged facts and goals left out unless asked, the same numbers on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from baocao import compare
from baocao.audit import audit_store
from baocao.pipeline import run_batch
from baocao.settings import ExtractSettings
from baocao.store import Store, open_store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DUC_TRONG = "lam-dong-huyen-duc-trong-2016"
TAM_DUONG = "vinh-phuc-huyen-tam-duong-2019-h1"
NGHE_AN = "nghe-an-tinh-nghe-an-2021"
XUAN_LAP = "thanh-hoa-xa-xuan-lap-2023"
#: Đức Trọng's money mobilised in 2016, as its report states the total (412,6 tỷ đồng).
DUC_TRONG_TOTAL = 412_600_000_000


def store_files(store: Store, *files: Path) -> None:
    run_batch([], store=store, files=list(files), settings=ExtractSettings(isolate=False))


def copies(name: str) -> list[Path]:
    """One report in every format that needs neither LibreOffice nor Tesseract, and its
    appendix of tables (Word and Excel)."""
    return [
        CORPUS / "txt" / f"{name}.txt",
        CORPUS / "docx" / f"{name}.docx",
        CORPUS / "pdf" / f"{name}.pdf",
        CORPUS / "tcvn3" / f"{name}.docx",
        CORPUS / "layouts" / "table" / f"{name}.docx",
        *(CORPUS / "tables" / f"{name}.{ext}" for ext in ("docx", "xlsx") if
          (CORPUS / "tables" / f"{name}.{ext}").exists()),
    ]  # fmt: skip


def parts_total(frame: pd.DataFrame, region: str) -> int:
    rows = frame[(frame["region"] == region) & (frame["source"] != "total")]
    return sum(int(v) for v in rows["amount_vnd"])


def test_a_report_in_five_files_and_its_appendix_counts_once(db_url: str) -> None:
    with open_store(db_url) as store:
        store_files(store, *copies(DUC_TRONG))
        mix = compare.funding_mix(store)
        links = store.query("SELECT role, COUNT(*) AS n FROM v_report_links GROUP BY role")
        coverage = compare.coverage(store, criterion=5)
    assert {row["role"]: row["n"] for row in links} == {"canonical": 1, "appendix": 1, "copy": 5}
    assert parts_total(mix, "huyện Đức Trọng") == DUC_TRONG_TOTAL
    assert mix["share"].sum() == pytest.approx(1.0)
    assert mix["document"].unique().tolist() == [f"{DUC_TRONG}.txt"]  # the typed text counts
    counts = zip(coverage["units_met"], coverage["units_total"], strict=True)
    assert sorted(counts) == [(9, 14), (24, 57)]


def test_the_same_numbers_whatever_the_order_of_storing_and_removing(db_url: str) -> None:
    files = copies(DUC_TRONG)
    with open_store(db_url) as store:
        store_files(store, *reversed(files))  # the appendix first, the text last
        first = compare.funding_mix(store)
        with store.engine.begin() as connection:  # the canonical text is removed
            connection.execute(text("DELETE FROM documents WHERE name = :n"), {"n": files[0].name})
        second = compare.funding_mix(store)
        links = store.query("SELECT role, COUNT(*) AS n FROM v_report_links GROUP BY role")
    assert parts_total(first, "huyện Đức Trọng") == DUC_TRONG_TOTAL
    assert parts_total(second, "huyện Đức Trọng") == DUC_TRONG_TOTAL
    assert second["document"].unique().tolist() == [f"{DUC_TRONG}.docx"]  # Word, next best
    assert {row["role"]: row["n"] for row in links} == {"canonical": 1, "appendix": 1, "copy": 4}


def test_an_appendix_adds_only_what_its_report_does_not_say(db_url: str) -> None:
    with open_store(db_url) as store:
        store_files(store, CORPUS / "tables" / f"{NGHE_AN}.docx")
        alone = compare.funding_mix(store)
        store_files(store, CORPUS / "txt" / f"{NGHE_AN}.txt")
        both = compare.funding_mix(store)
        appendix = store.query(
            "SELECT document_role, counted, COUNT(*) AS n FROM v_facts"
            " WHERE document LIKE '%.docx' GROUP BY document_role, counted"
        )
    # Alone, the appendix is the report (its table names no place: the province's).
    assert len(alone) > 0
    assert [(r["document_role"], bool(r["counted"])) for r in appendix] == [("appendix", False)]
    total = both[(both["region"] == "tỉnh Nghệ An") & (both["source"] == "total")]
    assert total["amount_vnd"].tolist() == [7_846_920_000_000]
    assert set(both["document"]) == {f"{NGHE_AN}.txt"}


def test_flagged_facts_are_left_out_unless_asked(db_url: str) -> None:
    absurd = 2_500_000_000 * 10**9  # "Ngân sách huyện: 2.500.000.000 tỷ đồng"
    with open_store(db_url) as store:
        store_files(store, *copies(XUAN_LAP))
        before_audit = compare.funding_mix(store)
        view_before = store.query("SELECT amount_vnd FROM v_funding_mix WHERE source = 'district'")
        audit_store(store)
        mix = compare.funding_mix(store)
        flagged = compare.funding_mix(store, include_flagged=True)
        view_after = store.query("SELECT amount_vnd FROM v_funding_mix WHERE source = 'district'")
        marked = store.query("SELECT quote FROM v_funding WHERE flagged = 1 AND counted = 1")
    # Five copies, not audited yet: the absurd line is counted once, and nothing overflows.
    assert before_audit["amount_vnd"].tolist().count(absurd) == 1
    assert [float(r["amount_vnd"]) for r in view_before] == [pytest.approx(float(absurd))]
    # Audited: the statement the finding points at is flagged, the lines it cites are not.
    assert [r["quote"] for r in marked] == ["Ngân sách huyện: 2.500.000.000 tỷ đồng"]
    assert absurd not in mix["amount_vnd"].tolist() and view_after == []
    assert parts_total(mix, "xã Xuân Lập") == 12_746_500_000 - 2_500_000_000
    assert flagged["amount_vnd"].tolist().count(absurd) == 1


def test_sums_of_huge_amounts_never_overflow(db_url: str, make_document) -> None:
    from baocao.model import Extraction, Funding, Place, Report

    lines = [f"Ngân sách huyện cho công trình {i}: 4.000.000.000 tỷ đồng." for i in range(3)]
    document = make_document("\n".join(lines), name="huge.txt")
    facts = []
    for i, line in enumerate(lines):
        start = document.text.index(line)
        facts.append(
            Funding(document=document.name, document_sha256=document.sha256, page=None,
                    start=start, end=start + len(line), quote=line, period="2023",
                    region="xã A", source="district", amount_vnd=4 * 10**18,
                    unit_written="tỷ đồng", purpose=f"công trình {i}")
        )  # fmt: skip
    report = Report(unit=Place(written="xã A", prefix="xã", name="A"), period="2023")
    with open_store(db_url) as store:
        store.save_extraction(
            Extraction(document=document, report=report, facts=tuple(facts)),
            extractor_version="test", path="huge.txt",
        )  # fmt: skip
        view = store.query("SELECT amount_vnd, share FROM v_funding_mix")
        mix = compare.funding_mix(store, include_flagged=True)
    # 1.2 × 10^19 is beyond a 64-bit integer: exact in the library, no overflow in SQL.
    assert float(view[0]["amount_vnd"]) == pytest.approx(1.2e19)
    assert view[0]["share"] == pytest.approx(1.0)
    assert mix["amount_vnd"].tolist() == [12 * 10**18]


def test_goals_are_left_out_unless_asked(db_url: str) -> None:
    with open_store(db_url) as store:
        store_files(store, CORPUS / "txt" / f"{TAM_DUONG}.txt")
        done = compare.standard(store)
        with_goals = compare.standard(store, include_goals=True)
        planned = compare.funding_mix(store, flow="planned")
    pairs = set(zip(done["units_met"], done["units_total"], strict=True))
    assert (9, 12) in pairs and (11, 12) not in pairs  # 11/12 is the year-end goal
    assert (11, 12) in set(zip(with_goals["units_met"], with_goals["units_total"], strict=True))
    assert len(planned) > 0 and planned["period"].iloc[0] == "2020"


def test_one_document_writes_one_period_one_way(db_url: str) -> None:
    with open_store(db_url) as store:
        store_files(store, CORPUS / "txt" / f"{TAM_DUONG}.txt")
        periods = store.query(
            "SELECT DISTINCT period, fact_period FROM v_facts WHERE NOT target ORDER BY 1, 2"
        )
    assert {row["period"] for row in periods} == {"2019-H1"}
    assert {row["fact_period"] for row in periods} >= {"2019-H1"}


def test_a_state_in_a_report_on_several_years_is_grouped_by_its_year(
    db_url: str, make_document
) -> None:
    from baocao.model import Coverage, Extraction, Funding, Place, Report

    lines = [
        "Đến hết năm 2020, 40/52 xã đạt chuẩn nông thôn mới.",
        "Năm 2018 có 31/52 xã đạt chuẩn.",
        "Giai đoạn 2016-2020 huy động 1.200 tỷ đồng.",
    ]
    document = make_document("\n".join(lines), name="span.txt")

    def at(line: str) -> dict:
        start = document.text.index(line)
        return dict(document=document.name, document_sha256=document.sha256, page=None,
                    start=start, end=start + len(line), quote=line)  # fmt: skip

    facts = (
        Coverage(**at(lines[0]), period="2020", region="huyện X", criterion=None,
                 units_met=40, units_total=52),
        Coverage(**at(lines[1]), period="2018", region="huyện X", criterion=None,
                 units_met=31, units_total=52),
        Funding(**at(lines[2]), period="2016-2020", region="huyện X", source="total",
                amount_vnd=1_200 * 10**9, unit_written="tỷ đồng"),
    )  # fmt: skip
    report = Report(unit=Place(written="huyện X", prefix="huyện", name="X"), period="2016-2020")
    with open_store(db_url) as store:
        store.save_extraction(
            Extraction(document=document, report=report, facts=facts),
            extractor_version="test", path="span.txt",
        )  # fmt: skip
        rows = store.query(
            "SELECT kind, period, period_start_year, period_end_year, fact_period FROM v_facts"
            " ORDER BY fact_id"
        )
    # The state at the span's end is a state of 2020, comparable with other reports' 2020;
    # the money flowed over the five years and keeps them.
    periods = [(r["kind"], r["period"], r["period_start_year"], r["period_end_year"]) for r in rows]
    assert periods == [
        ("coverage", "2020", 2020, 2020),
        ("coverage", "2018", 2018, 2018),
        ("funding", "2016-2020", 2016, 2020),
    ]


def test_every_row_has_its_level_and_a_province_report_quotes_districts_apart(
    db_url: str,
) -> None:
    with open_store(db_url) as store:
        store_files(store, CORPUS / "txt" / f"{NGHE_AN}.txt")
        standard = compare.standard(store)
        mix = compare.funding_mix(store)
    levels = dict(zip(standard["region"], standard["level"], strict=False))
    assert levels["tỉnh Nghệ An"] == "province" and levels["huyện Yên Thành"] == "district"
    assert set(mix["level"]) == {"province"}
    shares = mix[mix["source"] != "total"].groupby(["region", "period"])["share"].sum()
    assert shares.tolist() == pytest.approx([1.0] * len(shares))
    # Joined sources and "other" are parts too.
    assert any("+" in s for s in mix["source"])


def test_the_2025_map_groups_by_the_province_after_july_2025(db_url: str) -> None:
    with open_store(db_url) as store:
        store_files(store, CORPUS / "txt" / f"{TAM_DUONG}.txt")
        with store.engine.begin() as connection:  # as `maps` fills it: Vĩnh Phúc → Phú Thọ
            connection.execute(
                text(
                    "UPDATE places SET province_name_2025 = 'Phú Thọ', province_code_2025 = '25'"
                    " WHERE code IN ('26', '247')"
                )
            )
        by_2025 = compare.coverage(store, criterion=2, map="2025")
        by_period = compare.coverage(store, criterion=2)
    assert by_period["province"].tolist() == ["Vĩnh Phúc"]
    assert by_2025["province"].tolist() == ["Phú Thọ"]
    assert by_2025["province_period"].tolist() == ["Vĩnh Phúc"]


def test_criteria_met_per_commune_and_one_unit_over_time(db_url: str) -> None:
    with open_store(db_url) as store:
        store_files(store, CORPUS / "txt" / f"{TAM_DUONG}.txt", CORPUS / "txt" / f"{DUC_TRONG}.txt")
        criteria = compare.criteria_met(store)
        series = compare.time_series(store, "Tam Dương")
        by_code = compare.time_series(store, "247", criterion=2)
    tam_duong = criteria[criteria["province"] == "Vĩnh Phúc"]
    met = dict(zip(tam_duong["criteria_met"], tam_duong["communes"], strict=True))
    assert met == {16: 1, 17: 2}
    assert set(series["unit"]) == {"huyện Tam Dương"}
    assert {"coverage c2", "coverage standard", "funding total"} <= set(series["measure"])
    assert by_code["measure"].tolist() == ["coverage c2"]
    assert by_code["value"].iloc[0] == pytest.approx(100 * 11 / 12)


def test_a_question_reads_a_database_url_too(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_store(str(db)) as store:
        store_files(store, CORPUS / "txt" / f"{TAM_DUONG}.txt")
    answers = compare.summary(str(db), criterion=2)
    assert set(answers) == {"coverage", "standard", "funding", "criteria"}
    assert all(isinstance(frame, pd.DataFrame) for frame in answers.values())
    with pytest.raises(ValueError, match="map must be one of period, 2025"):
        compare.coverage(str(db), map="1990")  # type: ignore[arg-type]


# -- the same numbers on SQLite and PostgreSQL -----------------------------------------------

PG = os.environ.get("BAOCAO_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def sqlite_and_postgres(tmp_path: Path, _pg_reachable: str | None) -> Iterator[tuple[str, str]]:
    if _pg_reachable:
        pytest.skip(_pg_reachable)
    import psycopg

    conninfo = PG.replace("postgresql+psycopg://", "postgresql://")
    schema = f"baocao_test_{secrets.token_hex(6)}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in PG else "?"
    try:
        yield str(tmp_path / "same.db"), f"{PG}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _comparable(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    columns = [c for c in frame.columns if c not in ("fact_id",)]
    rows = []
    for values in frame[columns].itertuples(index=False, name=None):
        row = []
        for v in values:
            if v is None or v is pd.NA or (isinstance(v, float) and v != v):
                row.append(None)
            elif isinstance(v, float):
                row.append(round(v, 9))
            else:
                row.append(int(v) if hasattr(v, "item") and not isinstance(v, str) else v)
        rows.append(tuple(row))
    return sorted(rows, key=repr)


@pytest.mark.postgres
def test_views_and_questions_give_the_same_numbers_on_sqlite_and_postgresql(
    sqlite_and_postgres: tuple[str, str],
) -> None:
    files = [
        *copies(DUC_TRONG),
        *copies(XUAN_LAP),
        CORPUS / "txt" / f"{NGHE_AN}.txt",
        CORPUS / "tables" / f"{NGHE_AN}.docx",
        CORPUS / "txt" / f"{TAM_DUONG}.txt",
    ]
    answers = []
    for url in sqlite_and_postgres:
        with open_store(url) as store:
            store_files(store, *files)
            audit_store(store)
            frames = {
                **compare.summary(store),
                "flagged": compare.funding_mix(store, include_flagged=True),
                "series": compare.time_series(store, "Đức Trọng"),
            }
            for view in ("v_criterion_coverage", "v_funding_mix", "v_report_links"):
                rows = store.query(f"SELECT * FROM {view}")
                frame = pd.DataFrame.from_records(rows).drop(
                    columns=["fact_id", "document_id", "canonical_document_id"], errors="ignore"
                )
                frames[view] = frame
        answers.append({name: _comparable(frame) for name, frame in frames.items()})
    sqlite, postgres = answers
    for name in sqlite:
        assert sqlite[name] == postgres[name], name
    assert len(sqlite["v_funding_mix"]) > 10


@pytest.mark.slow
def test_one_report_in_every_format_of_the_corpus_counts_once(tmp_path: Path) -> None:
    """Đức Trọng as text, Word, Word 97, TCVN3, PDF, every layout, a scan, a bad scan and its
    appendix of tables (LibreOffice and Tesseract): one report, its total once."""
    files = sorted(p for p in CORPUS.rglob(f"{DUC_TRONG}.*") if p.suffix != ".json")
    assert {p.parent.name for p in files} >= {"txt", "docx", "pdf", "doc", "scan", "badscan",
                                              "tcvn3", "tables", "table"}  # fmt: skip
    with open_store(str(tmp_path / "all.db")) as store:
        store_files(store, *files)
        audit_store(store)
        mix = compare.funding_mix(store)
        roles = store.query("SELECT role, COUNT(*) AS n FROM v_report_links GROUP BY role")
        answers = compare.summary(store)
    assert {r["role"]: r["n"] for r in roles} == {
        "canonical": 1, "appendix": 1, "copy": len(files) - 2,
    }  # fmt: skip
    assert parts_total(mix, "huyện Đức Trọng") == DUC_TRONG_TOTAL
    standard = answers["standard"]
    assert standard[["units_met", "units_total"]].drop_duplicates().shape[0] == len(standard)


def _store_in_a_process(url: str, files: list[Path]) -> None:
    with open_store(url) as store:
        store_files(store, *files)


def test_copies_stored_by_concurrent_processes_make_one_report(db_url: str) -> None:
    import multiprocessing

    files = copies(DUC_TRONG)
    open_store(db_url).close()  # migrated once, before the writers start
    context = multiprocessing.get_context("fork")
    writers = [
        context.Process(target=_store_in_a_process, args=(db_url, files[i::3])) for i in range(3)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=300)
    assert [writer.exitcode for writer in writers] == [0, 0, 0]
    with open_store(db_url) as store:
        roles = store.query("SELECT role, COUNT(*) AS n FROM v_report_links GROUP BY role")
        mix = compare.funding_mix(store)
    assert {row["role"]: row["n"] for row in roles} == {"canonical": 1, "appendix": 1, "copy": 5}
    assert parts_total(mix, "huyện Đức Trọng") == DUC_TRONG_TOTAL


@pytest.mark.slow
def test_the_whole_corpus_in_every_format_is_ten_reports_and_compare_runs_on_it(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from baocao.cli import app

    db = tmp_path / "corpus.db"
    formats = {".txt", ".docx", ".doc", ".pdf", ".xlsx"}
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in formats and p.name != "README.md")
    with open_store(str(db)) as store:
        store_files(store, *files)
        audit_store(store)
        roles = store.query("SELECT role, COUNT(*) AS n FROM v_report_links GROUP BY role")
        mix = compare.funding_mix(store)
    assert {r["role"]: r["n"] for r in roles}["canonical"] == len(list(CORPUS.glob("txt/*.txt")))
    # Each report's money once: one row per report, region, period and source.
    assert not mix.duplicated(["region", "period", "source"]).any()
    assert parts_total(mix, "huyện Đức Trọng") == DUC_TRONG_TOTAL
    runner = CliRunner()
    for question in ([], ["coverage"], ["standard"], ["funding"], ["criteria"],
                     ["series", "--unit", "Tháp Mười"], ["coverage", "--map", "2025"],
                     ["trend"], ["trend", "-c", "2", "--map", "2025", "--province",
                                 "Quảng Trị"]):  # fmt: skip
        result = runner.invoke(app, ["compare", *question, "--db", str(db)])
        assert result.exit_code == 0, (question, result.output)
    plot = tmp_path / "cov.png"
    result = runner.invoke(app, ["compare", "coverage", "-c", "2", "--plot", str(plot), "--db",
                                 str(db)])  # fmt: skip
    assert result.exit_code == 0 and plot.stat().st_size > 10_000


def test_a_scan_without_its_number_joins_its_report_a_typed_text_does_not(
    db_url: str, make_document
) -> None:
    from dataclasses import replace

    from baocao.model import Extraction, Level, Place, Report

    unit = Place(written="huyện Tam Dương", prefix="huyện", name="Tam Dương",
                 level=Level.DISTRICT, code="247", province_code="26")  # fmt: skip
    numbered = Report(unit=unit, number="142/BC-UBND", date="2019-07-05", period="2019-H1")
    lost = Report(unit=unit, period="2019-H1", title="Bao cao ket qua")  # OCR lost the number
    news = Report(unit=unit, period="2019-H1", title="Tam Dương về đích sớm")
    scan = make_document("ỦY BAN NHÂN DÂN (scan)", name="scan.pdf", pages=["scan"])
    scan = replace(scan, pages=tuple(replace(p, ocr=True) for p in scan.pages))
    documents = [
        (make_document("ỦY BAN NHÂN DÂN", name="report.txt"), numbered),
        (scan, lost),
        (make_document("Tin tức", name="news.txt"), news),
    ]
    with open_store(db_url) as store:
        for document, report in documents:
            store.save_extraction(
                Extraction(document=document, report=report, facts=()),
                extractor_version="test", path=document.name,
            )  # fmt: skip
        roles = store.query(
            "SELECT d.name, l.role FROM v_report_links l JOIN documents d"
            " ON d.id = l.document_id ORDER BY d.name"
        )
    assert [(r["name"], r["role"]) for r in roles] == [
        ("news.txt", "canonical"), ("report.txt", "canonical"), ("scan.pdf", "copy"),
    ]  # fmt: skip
