"""The store keeps what the pipeline extracted, one transaction per document, on SQLite and
PostgreSQL alike (every test here runs on both through the ``db_url`` fixture)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from baocao.errors import StoreError, UnreadableFile
from baocao.model import (
    Coverage,
    CriteriaCount,
    Document,
    Extraction,
    Fact,
    Finding,
    Format,
    Funding,
    Level,
    Page,
    Percentage,
    Place,
    Report,
    Severity,
    Verdict,
)
from baocao.store import Store, open_store, resolve_url

VERSION = "test-1"

# A short report in our own words; every quote below is a slice of it.
TEXT = (
    "BÁO CÁO kết quả xây dựng nông thôn mới năm 2020 của huyện Yên Hòa, tỉnh Hà Nam.\n"
    "Tiêu chí số 2 về giao thông: Đạt.\n"
    "Có 12/20 xã đạt tiêu chí số 2 về giao thông (đạt 60%).\n"
    "Toàn huyện có 18/20 xã đạt tiêu chí số 5 về trường học.\n"
    "Xã An Lạc đạt 17/19 tiêu chí.\n"
    "Tổng vốn huy động 100 tỷ đồng; ngân sách tỉnh 30 tỷ đồng; ngân sách huyện 50 tỷ đồng; "
    "nhân dân đóng góp 20 tỷ đồng. Ngân sách tỉnh 30 tỷ đồng được giải ngân hết.\n"
    "Tỷ lệ hộ nghèo còn 2,5%.\n"
    "Phấn đấu năm 2021 có 20/20 xã đạt tiêu chí số 2.\n"
)
SPLIT = TEXT.index("Tổng vốn")


def sha(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def span(quote: str, after: int = 0) -> dict[str, object]:
    start = TEXT.index(quote, after)
    return {"start": start, "end": start + len(quote), "quote": quote}


def make_facts(name: str, sha256: str) -> tuple[Fact, ...]:
    doc = {
        "document": name,
        "document_sha256": sha256,
        "period": "2020",
        "criteria_set": "2016-2020",
    }
    province_30 = TEXT.index("ngân sách tỉnh 30 tỷ đồng")
    return (
        Verdict(**doc, page=1, **span("Tiêu chí số 2 về giao thông: Đạt"),
                subject="huyện Yên Hòa", criterion=2, met=True),
        Coverage(**doc, page=1, **span("12/20 xã đạt tiêu chí số 2 về giao thông (đạt 60%)"),
                 region="huyện Yên Hòa", criterion=2, units_met=12, units_total=20,
                 percent_stated=60.0, unit_kind="xã"),
        Coverage(**doc, page=1, **span("18/20 xã đạt tiêu chí số 5"),
                 region="huyện Yên Hòa", criterion=5, units_met=18, units_total=20),
        CriteriaCount(**doc, page=1, **span("Xã An Lạc đạt 17/19 tiêu chí"),
                      subject="xã An Lạc", met=17, of=19),
        Funding(**doc, page=2, **span("Tổng vốn huy động 100 tỷ đồng"), region="huyện Yên Hòa",
                source="total", amount_vnd=100 * 10**9, unit_written="tỷ đồng"),
        Funding(**doc, page=2, **span("ngân sách tỉnh 30 tỷ đồng"), region="huyện Yên Hòa",
                source="province", amount_vnd=30 * 10**9, unit_written="tỷ đồng"),
        Funding(**doc, page=2, **span("ngân sách huyện 50 tỷ đồng"), region="huyện Yên Hòa",
                source="district", amount_vnd=50 * 10**9, unit_written="tỷ đồng"),
        Funding(**doc, page=2, **span("nhân dân đóng góp 20 tỷ đồng"), region="huyện Yên Hòa",
                source="community", amount_vnd=20 * 10**9, unit_written="tỷ đồng"),
        # The province's share stated a second time: stored twice, counted once in the mix.
        Funding(**doc, page=2, **span("Ngân sách tỉnh 30 tỷ đồng", province_30 + 1),
                region="huyện Yên Hòa", source="province", amount_vnd=30 * 10**9,
                unit_written="tỷ đồng"),
        Percentage(**doc, page=2, **span("Tỷ lệ hộ nghèo còn 2,5%"), subject="huyện Yên Hòa",
                   label="hộ nghèo", value=2.5),
        Coverage(**{**doc, "period": "2021"}, page=2, target=True,
                 **span("20/20 xã đạt tiêu chí số 2"), region="huyện Yên Hòa", criterion=2,
                 units_met=20, units_total=20),
    )  # fmt: skip


def make_extraction(name: str = "bao-cao-2020.pdf", *, label: str = "v1") -> Extraction:
    sha256 = sha(label)
    document = Document(
        path=f"/data/{name}",
        name=name,
        sha256=sha256,
        format=Format.PDF,
        text=TEXT,
        pages=(Page(1, 0, SPLIT), Page(2, SPLIT, len(TEXT), ocr=True, ocr_confidence=91.5)),
        size_bytes=12_345,
    )
    report = Report(
        unit=Place("huyện Yên Hòa", "huyện", "Yên Hòa", Level.DISTRICT, "999",
                   "Hà Nam", "35"),
        province=Place("tỉnh Hà Nam", "tỉnh", "Hà Nam", Level.PROVINCE, "35"),
        number="12/BC-UBND",
        date="2020-12-01",
        title="Báo cáo kết quả xây dựng nông thôn mới năm 2020",
        period="2020",
        criteria_set="2016-2020",
    )  # fmt: skip
    return Extraction(
        document=document,
        report=report,
        facts=make_facts(name, sha256),
        timings={"load": 0.5, "patterns": 0.25, "normalise": 0.125},
    )


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as opened:
        yield opened


def save(store: Store, extraction: Extraction) -> int:
    return store.save_extraction(
        extraction, extractor_version=VERSION, path=extraction.document.path
    )


def count(store: Store, table: str) -> int:
    return store.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]


# -- saving and reading back ----------------------------------------------------------------


def test_saved_facts_read_back_equal_in_order(store: Store) -> None:
    extraction = make_extraction()
    save(store, extraction)
    assert [fact for _, fact in store.facts()] == list(extraction.facts)


def test_facts_filter_by_kind_document_and_target(store: Store) -> None:
    extraction = make_extraction()
    save(store, extraction)
    save(store, make_extraction("other.docx", label="other"))
    coverage = [f for _, f in store.facts(kind="coverage", document="bao-cao-2020.pdf")]
    assert [f.units_met for f in coverage] == [12, 18, 20]  # type: ignore[attr-defined]
    achieved = [
        f for _, f in store.facts(kind="coverage", document=sha("v1"), include_targets=False)
    ]
    assert [f.units_met for f in achieved] == [12, 18]  # type: ignore[attr-defined]
    assert len(list(store.facts())) == 2 * len(extraction.facts)


def test_fact_ids_are_increasing_and_unique(store: Store) -> None:
    save(store, make_extraction())
    ids = [fact_id for fact_id, _ in store.facts()]
    assert ids == sorted(set(ids))


def test_unknown_kind_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown fact kind"):
        list(store.facts(kind="verdicts"))


def test_document_row_records_the_extraction(store: Store) -> None:
    document_id = save(store, make_extraction())
    [row] = store.documents()
    assert row.id == document_id
    assert (row.name, row.sha256, row.path, row.format) == (
        "bao-cao-2020.pdf", sha("v1"), "/data/bao-cao-2020.pdf", "pdf",
    )  # fmt: skip
    assert (row.status, row.error_code, row.error) == ("ok", None, None)
    assert (row.page_count, row.size_bytes, row.ocr, row.extractor_version) == (
        2,
        12_345,
        True,
        VERSION,
    )
    assert (row.load_s, row.patterns_s, row.normalise_s) == (0.5, 0.25, 0.125)
    assert row.store_s is not None and row.store_s >= 0
    assert row.extracted_at is not None


def test_store_timing_can_be_left_out(store: Store) -> None:
    store.save_extraction(
        make_extraction(), extractor_version=VERSION, path="x", store_timing=False
    )
    assert store.documents()[0].store_s is None


def test_report_reads_back(store: Store) -> None:
    extraction = make_extraction()
    save(store, extraction)
    assert store.report("bao-cao-2020.pdf") == extraction.report
    assert store.report(sha("v1")) == extraction.report
    assert store.report("nothing.pdf") is None


COMMUNES = (
    Place("xã Tân Lập", "xã", "Tân Lập", Level.COMMUNE, "9991", "Hà Nam", "35", "Tân Lập"),
    Place("xã Quang Trung", "xã", "Quang Trung", Level.COMMUNE, "9992", "Hà Nam", "35"),
    Place("xã Hòa Bình", "xã", "Hòa Bình"),  # unresolved
)


def with_units(extraction: Extraction, units: tuple[Place, ...] = COMMUNES) -> Extraction:
    """The extraction as news about several communes: its unit the first of them."""
    report = dataclasses.replace(extraction.report, unit=units[0], units=units)
    return dataclasses.replace(extraction, report=report)


def test_a_report_about_several_units_reads_back_with_them_in_order(store: Store) -> None:
    several = with_units(make_extraction())
    save(store, several)
    save(store, make_extraction("one.pdf", label="one"))
    assert store.report("bao-cao-2020.pdf") == several.report
    assert store.report("one.pdf") == make_extraction().report
    rows = store.query("SELECT position, name, code FROM report_units ORDER BY position")
    assert [tuple(r.values()) for r in rows] == [
        (0, "Tân Lập", "9991"),
        (1, "Quang Trung", "9992"),
        (2, "Hòa Bình", None),
    ]
    # each coded unit has its place row, as the report's unit has
    assert {"9991", "9992"} <= {r["code"] for r in store.query("SELECT code FROM places")}
    units = store.query("SELECT document, units FROM v_reports ORDER BY document")
    assert units == [
        {"document": "bao-cao-2020.pdf", "units": "Tân Lập; Quang Trung; Hòa Bình"},
        {"document": "one.pdf", "units": None},
    ]


def test_saving_again_replaces_the_units(store: Store) -> None:
    save(store, with_units(make_extraction()))
    fewer = with_units(make_extraction(), COMMUNES[1:])
    save(store, fewer)
    assert store.report("bao-cao-2020.pdf") == fewer.report
    assert count(store, "report_units") == 2
    save(store, make_extraction())
    assert store.report("bao-cao-2020.pdf") == make_extraction().report
    assert count(store, "report_units") == 0


def test_a_superseded_document_keeps_its_units(store: Store) -> None:
    old = with_units(make_extraction())
    save(store, old)
    save(store, make_extraction(label="v2"))  # the same file, edited
    assert store.report(sha("v1")) == old.report
    assert count(store, "report_units") == 3
    assert store.query("SELECT units FROM v_reports WHERE superseded_by IS NULL") == [
        {"units": None}
    ]


def test_a_failing_save_writes_no_units(store: Store) -> None:
    good = with_units(make_extraction())
    broken = dataclasses.replace(good.facts[1], region=None)
    with pytest.raises(StoreError):
        save(store, dataclasses.replace(good, facts=(*good.facts, broken)))
    assert count(store, "report_units") == 0


def test_report_places_are_shared_by_code(store: Store) -> None:
    save(store, make_extraction())
    save(store, make_extraction("other.pdf", label="other"))
    places = store.query("SELECT code, name, prefix, level FROM places ORDER BY code")
    assert places == [
        {"code": "35", "name": "Hà Nam", "prefix": "tỉnh", "level": "province"},
        {"code": "999", "name": "Yên Hòa", "prefix": "huyện", "level": "district"},
    ]


def test_page_texts_keep_each_page(store: Store) -> None:
    save(store, make_extraction())
    assert store.page_texts(sha("v1")) == {
        1: (TEXT[:SPLIT], False, None),
        2: (TEXT[SPLIT:], True, 91.5),
    }
    assert store.page_texts(sha("unknown")) == {}


@pytest.mark.parametrize(
    "amount",
    [2 * 10**18, 2**53 + 1, 2**63 - 1, 10**20, 1_234_567_891_234 * 10**9],
)
def test_amounts_round_trip_exactly(store: Store, amount: int) -> None:
    # 2×10^18: "2.000.000.000 tỷ đồng" read literally; 2^53 + 1: no float holds it.
    funding = make_extraction().facts[5]
    absurd = dataclasses.replace(funding, amount_vnd=amount, of_vnd=amount)
    save(store, dataclasses.replace(make_extraction(), facts=(absurd,)))
    [(_, fact)] = store.facts(kind="funding")
    assert fact.amount_vnd == amount  # type: ignore[attr-defined]
    assert fact.of_vnd == amount  # type: ignore[attr-defined]
    assert type(fact.amount_vnd) is int  # type: ignore[attr-defined]


# -- idempotency and replacement ------------------------------------------------------------


def test_is_current_only_for_an_ok_document_at_that_version(store: Store) -> None:
    assert not store.is_current(sha("v1"), VERSION)
    save(store, make_extraction())
    assert store.is_current(sha("v1"), VERSION)
    assert not store.is_current(sha("v1"), "test-2")
    assert not store.is_current(sha("v2"), VERSION)


def test_saving_the_same_file_again_replaces_it(store: Store) -> None:
    first = save(store, make_extraction())
    extraction = make_extraction()
    second = save(store, dataclasses.replace(extraction, facts=extraction.facts[:3]))
    assert second != first
    assert [row.id for row in store.documents()] == [second]
    assert len(list(store.facts())) == 3
    assert count(store, "pages") == 2
    assert count(store, "reports") == 1
    assert count(store, "coverage") == 2  # detail rows of the first save went with it


def test_failure_is_recorded_then_replaced_by_success(store: Store) -> None:
    error = UnreadableFile("bao-cao-2020.pdf", "truncated PDF")
    failed_id = store.save_failure(
        path="/data/bao-cao-2020.pdf", name="bao-cao-2020.pdf", sha256=sha("v1"),
        size_bytes=10, format="pdf", error=error, extractor_version=VERSION,
    )  # fmt: skip
    [row] = store.documents(status="failed")
    assert (row.id, row.status, row.error_code, row.error) == (
        failed_id, "failed", "unreadable", "truncated PDF",
    )  # fmt: skip
    assert not store.is_current(sha("v1"), VERSION)
    save(store, make_extraction())
    assert store.documents(status="failed") == []
    assert len(store.documents(status="ok")) == 1


def test_failure_without_hash_replaces_by_path(store: Store) -> None:
    def fail() -> int:
        return store.save_failure(
            path="/data/gone.pdf", name="gone.pdf", sha256=None, size_bytes=None, format=None,
            error=UnreadableFile("gone.pdf", "vanished"), extractor_version=VERSION,
        )  # fmt: skip

    fail()
    second = fail()
    assert [row.id for row in store.documents()] == [second]


# -- atomicity and cascades -----------------------------------------------------------------


def test_a_failing_save_leaves_nothing_and_keeps_the_older_row(store: Store) -> None:
    good = make_extraction()
    save(store, good)
    broken = dataclasses.replace(good.facts[0], subject=None)  # NOT NULL breaks mid-transaction
    bad = dataclasses.replace(good, facts=(*good.facts[1:], broken))
    with pytest.raises(StoreError, match="bao-cao-2020.pdf: cannot store"):
        save(store, bad)
    assert [fact for _, fact in store.facts()] == list(good.facts)
    assert count(store, "documents") == 1
    assert count(store, "pages") == 2


def test_a_failing_first_save_writes_nothing(store: Store) -> None:
    good = make_extraction()
    broken = dataclasses.replace(good.facts[1], region=None)
    with pytest.raises(StoreError):
        save(store, dataclasses.replace(good, facts=(*good.facts, broken)))
    for table in ("documents", "pages", "reports", "facts", "verdicts", "coverage", "funding"):
        assert count(store, table) == 0, table


def test_deleting_a_document_cascades_to_everything_read_from_it(store: Store) -> None:
    document_id = save(store, with_units(make_extraction()))
    fact_ids = [fact_id for fact_id, _ in store.facts(kind="funding")]
    store.replace_findings(document_id, [finding(fact_ids[:2])])
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM documents WHERE id = :id"), {"id": document_id})
    for table in (
        "pages", "reports", "report_units", "facts", "verdicts", "criteria_counts",
        "coverage", "funding", "percentages", "findings", "finding_facts",
    ):  # fmt: skip
        assert count(store, table) == 0, table
    assert count(store, "places") == 3  # places are shared, not owned by a document


# -- findings -------------------------------------------------------------------------------


def finding(fact_ids: list[int], kind: str = "sum_mismatch") -> Finding:
    return Finding(
        document="bao-cao-2020.pdf",
        kind=kind,
        severity=Severity.HIGH,
        explain="30 + 50 + 20 = 100, stated 100",
        quote="Tổng vốn huy động 100 tỷ đồng",
        page=2,
        start=10,
        end=39,
        fact_ids=tuple(fact_ids),
        document_sha256=sha("v1"),
    )


def test_findings_round_trip_with_their_fact_ids_in_order(store: Store) -> None:
    document_id = save(store, make_extraction())
    ids = [fact_id for fact_id, _ in store.facts(kind="funding")]
    wanted = [finding([ids[3], ids[0], ids[1]]), finding([ids[2]], kind="percent_mismatch")]
    store.replace_findings(document_id, wanted)
    got = store.findings(document="bao-cao-2020.pdf")
    assert [f for _, f in got] == wanted
    assert store.findings(document="other.pdf") == []


def test_replace_findings_replaces_and_resaving_drops_them(store: Store) -> None:
    document_id = save(store, make_extraction())
    ids = [fact_id for fact_id, _ in store.facts()]
    store.replace_findings(document_id, [finding(ids[:2]), finding(ids[2:4])])
    store.replace_findings(document_id, [finding(ids[4:5])])
    assert [f.fact_ids for _, f in store.findings()] == [(ids[4],)]
    save(store, make_extraction())
    assert store.findings() == []
    assert count(store, "finding_facts") == 0


def test_findings_naming_an_unknown_fact_are_refused_whole(store: Store) -> None:
    # A fact gone since it was read (another run replaced its document): nothing is written.
    document_id = save(store, make_extraction())
    ids = [fact_id for fact_id, _ in store.facts()]
    assert store.replace_findings(document_id, [finding(ids[:1])]) is True
    assert store.replace_findings(document_id, [finding(ids[:1]), finding([10**9])]) is False
    assert [f.fact_ids for _, f in store.findings()] == [(ids[0],)]


def test_findings_of_a_document_no_longer_stored_are_not_written(store: Store) -> None:
    document_id = save(store, make_extraction())
    assert store.replace_findings(document_id + 1000, [finding([])]) is False
    assert store.findings() == []


# -- views ----------------------------------------------------------------------------------


def test_flat_views_carry_document_unit_and_province(store: Store) -> None:
    save(store, make_extraction())
    rows = store.query("SELECT * FROM v_verdicts")
    assert len(rows) == 1
    row = rows[0]
    assert (row["document"], row["report_unit"], row["province"]) == (
        "bao-cao-2020.pdf", "Yên Hòa", "Hà Nam",
    )  # fmt: skip
    assert (row["criterion"], bool(row["met"]), row["period_start_year"]) == (2, True, 2020)
    for view, n in [("v_coverage", 3), ("v_funding", 5), ("v_percentages", 1),
                    ("v_criteria_counts", 1), ("v_reports", 1)]:  # fmt: skip
        assert count(store, view) == n, view


def test_criterion_coverage_computes_percent_and_leaves_goals_out(store: Store) -> None:
    save(store, make_extraction())
    rows = store.query(
        "SELECT province, period, criteria_set, criterion, units_met, units_total, percent,"
        " percent_stated FROM v_criterion_coverage ORDER BY criterion"
    )
    assert rows == [
        {"province": "Hà Nam", "period": "2020", "criteria_set": "2016-2020", "criterion": 2,
         "units_met": 12, "units_total": 20, "percent": 60.0, "percent_stated": 60.0},
        {"province": "Hà Nam", "period": "2020", "criteria_set": "2016-2020", "criterion": 5,
         "units_met": 18, "units_total": 20, "percent": 90.0, "percent_stated": None},
    ]  # fmt: skip


def test_funding_mix_gives_each_source_its_share(store: Store) -> None:
    save(store, make_extraction())
    rows = store.query(
        "SELECT province, region, period, flow, source, amount_vnd, share, stated_total_vnd,"
        " share_of_stated_total, statements FROM v_funding_mix ORDER BY source"
    )
    got = {
        row["source"]: (row["amount_vnd"], round(row["share"], 9),
                        round(row["share_of_stated_total"], 9), row["statements"])
        for row in rows
    }  # fmt: skip
    assert got == {
        "community": (20 * 10**9, 0.2, 0.2, 1),
        "district": (50 * 10**9, 0.5, 0.5, 1),
        "province": (30 * 10**9, 0.3, 0.3, 1),
    }
    assert {(r["province"], r["region"], r["period"], r["flow"]) for r in rows} == {
        ("Hà Nam", "huyện Yên Hòa", "2020", "mobilised")
    }
    assert {r["stated_total_vnd"] for r in rows} == {100 * 10**9}
    assert all(type(r["amount_vnd"]) is int for r in rows)


def test_funding_views_show_a_range_and_sum_its_upper_bound(store: Store) -> None:
    # "ngân sách huyện từ 50 đến 60 tỷ": the lower bound is the amount, the upper is kept.
    extraction = make_extraction()
    facts = tuple(
        dataclasses.replace(f, amount_max_vnd=60 * 10**9)
        if isinstance(f, Funding) and f.source == "district"
        else f
        for f in extraction.facts
    )
    save(store, dataclasses.replace(extraction, facts=facts))
    rows = store.query(
        "SELECT source, amount_vnd, amount_max_vnd FROM v_funding WHERE source = 'district'"
    )
    assert rows == [{"source": "district", "amount_vnd": 50 * 10**9, "amount_max_vnd": 60 * 10**9}]
    mix = {
        row["source"]: (row["amount_vnd"], row["amount_max_vnd"], row["ranged_statements"])
        for row in store.query(
            "SELECT source, amount_vnd, amount_max_vnd, ranged_statements FROM v_funding_mix"
        )
    }
    assert mix == {
        "community": (20 * 10**9, 20 * 10**9, 0),
        "district": (50 * 10**9, 60 * 10**9, 1),
        "province": (30 * 10**9, 30 * 10**9, 0),
    }
    assert all(type(v) is int for row in mix.values() for v in row)


# -- property: insert → read returns the same facts -------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)
_int = st.integers(min_value=0, max_value=2**31 - 1)
_float = st.floats(allow_nan=False, allow_infinity=False)
# Exact on both backends: any int64, or a written number (≤ 15 digits) times a power of ten.
_amount = st.one_of(
    st.integers(min_value=0, max_value=2**63 - 1),
    st.builds(lambda k, e: k * 10**e, st.integers(1, 10**15 - 1), st.integers(0, 22)),
)
_base = {
    "document": st.just("prop.pdf"),
    "document_sha256": st.just(sha("prop")),
    "page": st.none() | st.integers(1, 5000),
    "start": _int,
    "end": _int,
    "quote": _text,
    "period": st.none() | st.sampled_from(["2020", "2016-2018", "2019-H1"]) | _text,
    "scheme": _text,
    "criteria_set": st.none() | _text,
    "ocr": st.booleans(),
    "target": st.booleans(),
    "origin": _text,
}
_facts = st.one_of(
    st.builds(Verdict, **_base, subject=_text, subject_code=st.none() | _text,
              criterion=_int, met=st.booleans()),
    st.builds(CriteriaCount, **_base, subject=_text, subject_code=st.none() | _text,
              met=_int, of=st.none() | _int, what=_text, unmet=st.booleans()),
    st.builds(Coverage, **_base, region=_text, region_code=st.none() | _text,
              criterion=st.none() | _int, units_met=_int, units_total=st.none() | _int,
              percent_stated=st.none() | _float, unit_kind=st.none() | _text),
    st.builds(Funding, **_base, region=_text, region_code=st.none() | _text, source=_text,
              flow=_text, amount_vnd=_amount, unit_written=_text,
              percent_stated=st.none() | _float, of_vnd=st.none() | _amount,
              purpose=st.none() | _text, criterion=st.none() | _int,
              approx=st.none() | _text),
    st.builds(Percentage, **_base, subject=_text, subject_code=st.none() | _text,
              label=st.none() | _text, criterion=st.none() | _int, value=_float,
              value_max=st.none() | _float, threshold=st.none() | _text, unit=_text,
              approx=st.none() | _text),
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(facts=st.lists(_facts, max_size=8))
def test_any_facts_read_back_exactly(store: Store, facts: list[Fact]) -> None:
    # Every example stores the same file again, so each also exercises replacement.
    extraction = make_extraction("prop.pdf", label="prop")
    save(store, dataclasses.replace(extraction, facts=tuple(facts)))
    assert [fact for _, fact in store.facts(document="prop.pdf")] == facts


# -- opening ------------------------------------------------------------------------------


def test_url_defaults_to_env_then_a_file_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BAOCAO_DB", raising=False)
    assert resolve_url(None).database == str(tmp_path / "baocao.db")
    monkeypatch.setenv("BAOCAO_DB", "postgresql://u@h:5/db")
    assert resolve_url(None).render_as_string() == "postgresql+psycopg://u@h:5/db"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:pw@h/db", "postgresql+psycopg://u:pw@h/db"),
        (
            "postgres://u@h/db?options=-csearch_path%3Dx",
            "postgresql+psycopg://u@h/db?options=-csearch_path%3Dx",
        ),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/a.db", "sqlite:////tmp/a.db"),
        ("out/facts.db", "sqlite:///out/facts.db"),
    ],
)
def test_urls_are_normalised(url: str, expected: str) -> None:
    assert resolve_url(url).render_as_string(hide_password=False) == expected


def test_opening_creates_the_default_sqlite_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BAOCAO_DB", raising=False)
    with open_store() as store:
        assert store.documents() == []
    assert (tmp_path / "baocao.db").is_file()


def test_sqlite_has_foreign_keys_and_wal(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "w.db")) as store:
        assert store.query("PRAGMA foreign_keys") == [{"foreign_keys": 1}]
        assert store.query("PRAGMA journal_mode") == [{"journal_mode": "wal"}]


def test_an_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open database postgresql"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")


def test_the_password_is_not_shown_in_errors() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in str(caught.value)


def test_a_document_without_pages_has_no_page_count(store: Store) -> None:
    extraction = make_extraction()
    save(store, dataclasses.replace(extraction, document=dataclasses.replace(
        extraction.document, format=Format.DOCX, pages=())))  # fmt: skip
    assert store.documents()[0].page_count is None
    assert store.page_texts(sha("v1")) == {}


def test_reading_facts_can_stop_early(store: Store) -> None:
    save(store, make_extraction())
    facts = store.facts()
    first = next(facts)
    facts.close()  # returns the connection; the store stays usable
    assert first == next(store.facts())


def test_document_text_is_kept_whatever_the_format(store: Store) -> None:
    extraction = make_extraction()
    save(store, extraction)
    assert store.document_text(sha("v1")) == TEXT  # its pages, joined
    unpaginated = dataclasses.replace(extraction, document=dataclasses.replace(
        extraction.document, format=Format.DOCX, pages=()))  # fmt: skip
    save(store, unpaginated)
    assert store.document_text(sha("v1")) == TEXT  # its own row
    assert store.document_text(sha("unknown")) is None


def test_a_regions_fact_has_the_level_region_in_the_views(store: Store) -> None:
    # a region has no code; its prefix "vùng" gives its level (Level.REGION), not the
    # reporting unit's
    extraction = make_extraction()
    regional = dataclasses.replace(extraction.facts[1], region="vùng Tây Nguyên", region_code=None)
    save(store, dataclasses.replace(extraction, facts=(*extraction.facts, regional)))
    rows = store.query("SELECT region, level FROM v_coverage WHERE region = 'vùng Tây Nguyên'")
    assert rows == [{"region": "vùng Tây Nguyên", "level": "region"}]
    assert store.query("SELECT DISTINCT level FROM v_coverage WHERE region = 'huyện Yên Hòa'") == [
        {"level": "district"}
    ]
