"""`baocao serve`: Datasette over the database, every table, view and column described, the
comparison questions as canned queries (and as q_* views on both backends), each fact linked
to its document and quote; checked through a real server process and a real browser."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from clirun import write_news_two_communes
from sqlalchemy import inspect, text

from baocao.errors import LexiconError
from baocao.serve import FACETS, build_metadata, schema_of
from baocao.serve.descriptions import load_descriptions, parse_descriptions
from baocao.serve.plugin import quote_in_context
from baocao.serve.queries import QUESTIONS, canned_queries, question_sql
from baocao.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "txt"
BAOCAO = [sys.executable, "-m", "baocao"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# A coverage statement of the corpus (the Nghệ An province report, criterion 2).
NGHE_AN_QUOTE = "301/411 xã đạt (đạt 73,24%)."


# -- descriptions: every table, view and column, kept in step with the migrations ------------


def test_every_table_view_and_column_has_a_description(db_url: str) -> None:
    with open_store(db_url) as store:
        schema = schema_of(store.engine)
    assert {"facts", "v_coverage", "q_criterion_coverage", "q_unit_series"} <= set(schema)
    assert load_descriptions().missing(schema) == []


def test_no_description_names_a_table_or_column_that_is_gone(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        schema = schema_of(store.engine)
    assert load_descriptions().stale(schema) == []


def test_each_tables_example_query_runs(db_url: str) -> None:
    descriptions = load_descriptions()
    with open_store(db_url) as store, store.engine.connect() as connection:
        for table, example in descriptions.examples.items():
            assert re.search(rf"\b{table}\b", example), f"{table}'s example does not read it"
            connection.execute(text(example)).fetchall()


def test_a_new_column_without_description_is_reported() -> None:
    schema = {"facts": ["id", "kind", "brand_new"], "v_new": ["period"]}
    assert load_descriptions().missing(schema) == ["facts.brand_new", "v_new"]


def test_a_name_means_one_thing_unless_a_table_overrides_it() -> None:
    descriptions = load_descriptions()
    assert descriptions.column("v_verdicts", "period") == descriptions.column("facts", "period")
    assert descriptions.column("verdicts", "met") != descriptions.column("criteria_counts", "met")
    assert "tỷ đồng" in (descriptions.column("funding", "unit_written") or "")


def test_bad_entries_are_reported_all_at_once() -> None:
    data = {
        "version": 1,
        "table": [{"name": "facts"}, {"name": "facts", "description": "d", "example": "x"}],
        "column": [
            {"name": "period", "description": "a", "example": "2020"},
            {"name": "period", "description": "b", "example": "2020"},
            {"name": "met", "tables": [""], "description": "c", "example": "1"},
        ],
    }
    with pytest.raises(LexiconError) as raised:
        parse_descriptions(data, source="d.toml")
    message = str(raised.value)
    assert "d.toml: 4 problems" in message
    assert "missing `description`" in message and "missing `example`" in message
    assert "two general descriptions" in message and "non-blank strings" in message


# -- metadata and canned queries --------------------------------------------------------------


def test_metadata_describes_facets_and_hides_the_revision_table(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        schema = schema_of(store.engine)
    metadata = build_metadata(schema, database="x")
    tables = metadata["databases"]["x"]["tables"]
    assert tables["v_coverage"]["facets"] == ["province", "period", "criterion", "kind"]
    assert tables["facts"]["facets"] == ["period", "kind"]
    assert tables["alembic_version"]["hidden"] is True
    for table, columns in schema.items():
        assert tables[table]["description"]
        assert set(tables[table]["columns"]) == set(columns), table
        assert set(tables[table].get("facets", [])) <= set(FACETS)
    queries = metadata["databases"]["x"]["queries"]
    assert set(queries) == {q.name for q in QUESTIONS}
    assert all(f"FROM {q.view}\n" in queries[q.name]["sql"] for q in QUESTIONS)


def test_each_question_takes_its_parameters() -> None:
    sql = {q.name: question_sql(q, ["province", "period", "criterion"]) for q in QUESTIONS}
    assert ":criterion" in sql["criterion_coverage"] and ":province" in sql["criterion_coverage"]
    assert ":flow" in sql["funding_mix"] and ":period" in sql["funding_mix"]
    assert ":unit" in sql["unit_series"] and ":kind" in sql["unit_series"]
    assert ":map" not in sql["criterion_coverage"]  # no 2025 column, no map to choose


def test_with_the_2025_map_the_province_follows_the_map_parameter() -> None:
    coverage = next(q for q in QUESTIONS if q.name == "criterion_coverage")
    sql = question_sql(coverage, ["province", "province_2025", "period", "criterion"])
    assert "CASE WHEN :map = '2025' THEN province_2025 ELSE province END AS map_province" in sql
    assert "ORDER BY map_province," in sql


def test_a_question_whose_view_is_missing_is_left_out() -> None:
    assert set(canned_queries({"q_funding_mix": ["province"]})) == {"funding_mix"}


def test_the_quote_is_shown_in_whole_lines_around_it() -> None:
    text = "Dòng một.\nTrước đó, 55/115 xã đạt tiêu chí số 2. Sau đó.\nDòng ba."
    start = text.index("55/115")
    end = start + len("55/115 xã đạt tiêu chí số 2")
    shown = quote_in_context(text, start, end, margin=14)
    assert (shown.before, shown.quote, shown.after) == (
        "Trước đó, ",
        "55/115 xã đạt tiêu chí số 2",
        ". Sau đó.",
    )
    whole = quote_in_context(text, start, end, margin=1000)
    assert whole.before + whole.quote + whole.after == text


# -- the question views on both backends ------------------------------------------------------

QUESTION_VIEWS = tuple(q.view for q in QUESTIONS)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The text corpus extracted and audited into a SQLite file (its URL)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('q') / 'corpus.db'}"
    _extract_and_audit(url)
    return url


@pytest.fixture(scope="module")
def corpus_rows(corpus_db: str) -> dict[str, list[tuple]]:
    """The question views' rows over the text corpus, on SQLite."""
    return _question_rows(corpus_db)


def _extract_and_audit(url: str) -> None:
    from baocao.audit import audit_store
    from baocao.pipeline import run_batch
    from baocao.settings import ExtractSettings

    with open_store(url) as store:
        run_batch([CORPUS], store=store, settings=ExtractSettings(isolate=False, workers=1))
        audit_store(store)  # the flagged facts are the audit's


def _question_rows(url: str) -> dict[str, list[tuple]]:
    rows: dict[str, list[tuple]] = {}
    with open_store(url) as store, store.engine.connect() as connection:
        for view in QUESTION_VIEWS:
            columns = [c["name"] for c in inspect(connection).get_columns(view)]
            drop = {"document_id", "fact_id"}  # ids differ between two extractions
            keep = ", ".join(f'"{c}"' for c in columns if c not in drop)
            result = connection.execute(text(f"SELECT {keep} FROM {view}"))
            rows[view] = sorted((tuple(_plain(v) for v in row) for row in result), key=repr)
    return rows


def _plain(value: object) -> object:
    """Numbers (and booleans, which SQLite gives as 0/1) as rounded floats: PostgreSQL gives
    Decimal, SQLite int or float."""
    if value is None or isinstance(value, str):
        return value
    return round(float(value), 6)  # type: ignore[arg-type]


def test_the_question_views_answer_on_the_corpus(corpus_rows: dict[str, list[tuple]]) -> None:
    assert all(corpus_rows[view] for view in QUESTION_VIEWS), {
        v: len(r) for v, r in corpus_rows.items()
    }


def test_the_question_views_give_the_same_rows_on_every_backend(
    corpus_rows: dict[str, list[tuple]], db_url: str
) -> None:
    """PostgreSQL answers as SQLite does (and a second SQLite extraction as the first)."""
    _extract_and_audit(db_url)
    assert _question_rows(db_url) == corpus_rows


def test_the_question_views_count_as_baocao_compare_does(corpus_db: str, db_url: str) -> None:
    """Same statements, amounts, shares and communes as the DataFrame library's defaults:
    each report once, no goals, no flagged fact, a statement said twice counted once."""
    from baocao import compare

    if db_url.startswith("postgresql"):
        _extract_and_audit(db_url)
    else:
        db_url = corpus_db
    with open_store(db_url, read_only=True) as store:

        def rows(sql: str) -> list[tuple]:
            return sorted(tuple(dict(row).values()) for row in store.query(sql))

        coverage = rows("SELECT fact_id FROM q_criterion_coverage")
        assert coverage == sorted((int(i),) for i in compare.coverage(store).fact_id)
        standard = rows("SELECT fact_id FROM q_ntm_standard")
        assert standard == sorted((int(i),) for i in compare.standard(store).fact_id)
        mix = sorted(
            (key, region, period, source, int(amount), round(float(share), 9))
            for key, region, period, source, amount, share in rows(
                "SELECT report_key, region, period, source, amount_vnd, share"
                " FROM q_funding_mix WHERE flow = 'mobilised'"
            )
        )
        expected = compare.funding_mix(store, flow="mobilised")
        assert mix == sorted(
            (r.report_key, r.region, r.period, r.source, int(r.amount_vnd), round(r.share, 9))
            for r in expected.itertuples()
            if r.source != "total"
        )
        assert any(row[3] == "community" for row in mix)
        communes = rows(
            "SELECT province, period, scheme, criteria_met, communes FROM q_criteria_met"
        )
        assert communes == sorted(
            (r.province, r.period, r.scheme, int(r.criteria_met), int(r.communes))
            for r in compare.criteria_met(store).itertuples()
        )
    assert coverage and standard and mix and communes


# -- a real server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    base: str
    db: Path
    process: subprocess.Popen

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8")

    def json(self, path: str):
        status, body = self.get(path)
        assert status == 200, body[:500]
        return json.loads(body)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*BAOCAO, *args], capture_output=True, text=True, timeout=600, cwd=ROOT)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`baocao serve` on a free port over the text corpus, extracted and audited."""
    db = tmp_path_factory.mktemp("serve") / "corpus.db"
    assert _run("extract", str(CORPUS), "--db", str(db), "-q", "-j", "1").returncode == 0
    assert _run("audit", "--db", str(db)).returncode == 0
    with _serving(db) as running:
        yield running


@contextmanager
def _serving(db: Path) -> Iterator[Server]:
    """`baocao serve` over ``db`` on a free port, stopped on the way out."""
    port = _free_port()
    process = subprocess.Popen(
        [*BAOCAO, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    running = Server(f"http://127.0.0.1:{port}", db, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()[1]
            try:
                if running.get("/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the server never answered"
            time.sleep(0.2)
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_server_answers_on_localhost_with_the_database(server: Server) -> None:
    status, page = server.get("/")
    assert status == 200
    assert "corpus" in page and "baocao" in page
    assert "serving" in server.process.stderr.readline()  # type: ignore[union-attr]


def test_a_table_page_shows_descriptions_and_facets(server: Server) -> None:
    status, page = server.get("/corpus/v_coverage")
    assert status == 200
    assert load_descriptions().table("v_coverage") in page
    data = server.json("/corpus/v_coverage.json?_size=1")
    assert set(data["facet_results"]) == {"province", "period", "criterion", "kind"}
    provinces = {f["value"] for f in data["facet_results"]["province"]["results"]}
    assert {"Nghệ An", "Lâm Đồng", "Quảng Bình"} <= provinces


def test_the_coverage_question_filters_by_criterion_and_province(server: Server) -> None:
    rows = server.json("/corpus/criterion_coverage.json?criterion=2&_shape=array")
    assert rows and {r["criterion"] for r in rows} == {2}
    assert any(r["quote"] == NGHE_AN_QUOTE and r["units_met"] == 301 for r in rows)
    nghe_an = server.json(
        "/corpus/criterion_coverage.json?criterion=2&province=Ngh%E1%BB%87%20An&_shape=array"
    )
    assert nghe_an and {r["province"] for r in nghe_an} == {"Nghệ An"}
    every = server.json("/corpus/criterion_coverage.json?_shape=array&_size=max")
    assert len(every) > len(rows)  # an empty field is no filter


def test_the_questions_take_the_map(server: Server) -> None:
    status, page = server.get("/corpus/criterion_coverage")
    assert status == 200 and 'name="map"' in page
    rows = server.json("/corpus/criterion_coverage.json?criterion=2&map=2025&_shape=array")
    assert rows and all(r["map_province"] == r["province_2025"] for r in rows)
    rows = server.json("/corpus/criterion_coverage.json?criterion=2&_shape=array")
    assert all(r["map_province"] == r["province"] for r in rows)


def test_every_question_answers(server: Server) -> None:
    for question in QUESTIONS:
        rows = server.json(f"/corpus/{question.name}.json?_shape=array")
        assert rows, question.name
    series = server.json("/corpus/unit_series.json?unit=Xu%C3%A2n%20L%E1%BA%ADp&_shape=array")
    assert {r["unit"] for r in series} == {"xã Xuân Lập"}
    assert {"verdict", "criteria_count", "coverage", "funding", "percentage"} == {
        r["kind"] for r in series
    }
    years = [r["period_end_year"] for r in series]
    assert years == sorted(years)


def test_a_quote_links_to_its_fact_page_with_the_quote_in_context(server: Server) -> None:
    status, page = server.get("/corpus/criterion_coverage?criterion=2")
    assert status == 200
    link = re.search(r'<a href="(/-/fact/(\d+))">' + re.escape(NGHE_AN_QUOTE) + "</a>", page)
    assert link, "the quote is not a link to its fact"
    status, fact = server.get(link.group(1))
    assert status == 200
    assert f'<mark id="quote">{NGHE_AN_QUOTE}</mark>' in fact
    assert 'href="/corpus/documents/' in fact and "nghe-an-tinh-nghe-an-2021.txt" in fact
    assert "In comparisons:\ncounted." in fact and "Level province, period 2021" in fact
    # The paragraph around it: what the report says just before the quote.
    context = re.search(r'<div class="baocao-context">(.*?)<mark', fact, re.S)
    assert context and "giao thông" in context.group(1).lower()


def test_the_facts_table_links_every_quote(server: Server) -> None:
    status, page = server.get("/corpus/facts?_size=20")
    assert status == 200
    assert len(re.findall(r'<a href="/-/fact/\d+">', page)) == 20


def test_a_fact_page_lists_the_findings_on_it(server: Server) -> None:
    import sqlite3

    with sqlite3.connect(server.db) as connection:
        fact_id, kind, explain = connection.execute(
            "SELECT ff.fact_id, g.kind, g.explain FROM finding_facts ff"
            " JOIN findings g ON g.id = ff.finding_id ORDER BY g.id LIMIT 1"
        ).fetchone()
    status, page = server.get(f"/-/fact/{fact_id}")
    assert status == 200
    assert kind in page
    assert explain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in page


def test_a_flagged_fact_says_comparisons_leave_it_out(server: Server) -> None:
    status, page = server.get(f"/-/fact/{connection_flagged(server.db)}")
    assert status == 200
    assert "left out: the audit found it implausible" in page
    assert "2.500.000.000 tỷ đồng" in page


def connection_flagged(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as connection:
        (fact_id,) = connection.execute(
            "SELECT fact_id FROM v_facts WHERE flagged = 1 LIMIT 1"
        ).fetchone()
    return int(fact_id)


def test_the_fact_page_of_a_report_about_two_communes_names_both(tmp_path: Path) -> None:
    news = write_news_two_communes(tmp_path)
    db = tmp_path / "news.db"
    assert _run("extract", str(news), "--db", str(db), "-q").returncode == 0
    with _serving(db) as running:
        fact_id = running.json("/news/facts.json?_shape=array")[0]["id"]
        status, page = running.get(f"/-/fact/{fact_id}")
    assert status == 200
    assert "report of xã Tịnh Hiệp; xã Đức Lân" in page


def test_an_unknown_fact_is_a_404(server: Server) -> None:
    status, _ = server.get("/-/fact/999999")
    assert status == 404


def test_the_browser_is_read_only(server: Server) -> None:
    status, body = server.get("/corpus.json?sql=DELETE+FROM+facts")
    assert status == 400 and "Statement must be a SELECT" in body
    import sqlite3

    with sqlite3.connect(server.db) as connection:
        assert connection.execute("SELECT count(*) FROM facts").fetchone()[0] > 0


def _browse(url: str, profile: Path) -> tuple[str, list[str]]:
    """The DOM Chromium builds for ``url``, and the console messages it logged."""
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    # Chromium logs every console message (console.error, uncaught exceptions) as CONSOLE.
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def _assets_load(server: Server, dom: str) -> None:
    """Nothing the page asked for is missing (a failed load is no console message)."""
    assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(/[^"]+)"', dom)
    assert assets
    for asset in assets:
        assert server.get(asset)[0] == 200, asset


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_a_page_in_a_real_browser_shows_the_facts_without_console_errors(
    server: Server, tmp_path: Path
) -> None:
    dom, console = _browse(
        server.base + "/corpus/criterion_coverage?criterion=2", tmp_path / "profile"
    )
    assert console == []
    assert NGHE_AN_QUOTE in dom
    assert re.search(r'<a href="/-/fact/\d+">' + re.escape(NGHE_AN_QUOTE) + "</a>", dom)
    _assets_load(server, dom)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_a_table_in_a_real_browser_folds_its_column_descriptions(
    server: Server, tmp_path: Path
) -> None:
    dom, console = _browse(server.base + "/corpus/v_coverage", tmp_path / "profile")
    assert console == []
    assert '<details class="baocao-columns"><summary>What the ' in dom
    description = load_descriptions().column("v_coverage", "units_met")
    assert f'title="{description}"' in dom  # the header's tooltip
    assert NGHE_AN_QUOTE in dom
    _assets_load(server, dom)


# -- the command's errors ---------------------------------------------------------------------


def test_serve_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    result = _run("serve", "--db", str(tmp_path / "nope.db"))
    assert result.returncode == 4
    assert "no such database" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_serve_needs_a_sqlite_database() -> None:
    result = _run("serve", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 2
    assert "q_* views" in result.stderr


def test_serve_refuses_a_port_out_of_range(tmp_path: Path) -> None:
    result = _run("serve", "--db", str(tmp_path / "x.db"), "--port", "70000")
    assert result.returncode == 2
    assert "--port" in result.stderr
