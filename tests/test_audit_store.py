"""The package's entry points: ``audit_facts`` never fails on any facts, and ``audit_store``
reads facts from a real store, audits them, stores and returns the findings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from auditfacts import COMMUNE_2023, Doc, save
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.audit import FINDING_KINDS, audit_facts, audit_store
from baocao.model import (
    Coverage,
    CriteriaCount,
    Funding,
    Percentage,
    Place,
    Report,
    Verdict,
)
from baocao.store import Store, open_store


def broken_breakdown(name: str) -> Doc:
    doc = Doc(name)
    doc.line("2. Kết quả huy động nguồn lực năm 2023")
    doc.funding("Tổng nguồn vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 4.500.000.000 đồng", 4_500_000_000, source="commune")
    doc.line("3. Kết quả thực hiện các tiêu chí")
    doc.count("đạt 15/19 tiêu chí", 15, 19)
    return doc


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as s:
        yield s


def test_findings_are_returned_and_stored_per_document(store: Store) -> None:
    save(store, broken_breakdown("a.pdf"), COMMUNE_2023)
    result = audit_store(store)
    (doc,) = result.documents
    assert doc.name == "a.pdf" and doc.fact_count == 4
    (finding,) = doc.findings
    assert finding.kind == "sum_mismatch" and finding.page == 1
    (stored,) = [f for _, f in store.findings()]
    assert stored.kind == "sum_mismatch"
    assert stored.fact_ids == finding.fact_ids
    assert set(stored.fact_ids) <= {fid for fid, _ in store.facts()}


def test_auditing_again_replaces_findings(store: Store) -> None:
    save(store, broken_breakdown("a.pdf"), COMMUNE_2023)
    audit_store(store)
    audit_store(store)
    assert len(store.findings()) == 1


def test_reports_that_disagree_get_a_finding_each(store: Store) -> None:
    province = Place(written="tỉnh Thanh Hóa", prefix="tỉnh", name="Thanh Hóa")
    report = Report(province=province, period="2023")
    a = Doc("a.pdf")
    a.count("xã Minh Tân đạt 15/19 tiêu chí", 15, 19)
    b = Doc("b.pdf")
    b.count("xã Minh Tân đạt 16/19 tiêu chí", 16, 19)
    save(store, a, report)
    save(store, b, report)
    result = audit_store(store)
    assert [(d.name, [f.kind for f in d.findings]) for d in result.documents] == [
        ("a.pdf", ["cross_document"]),
        ("b.pdf", ["cross_document"]),
    ]


def test_one_document_can_be_audited_alone(store: Store) -> None:
    save(store, broken_breakdown("a.pdf"), COMMUNE_2023)
    save(store, broken_breakdown("b.pdf"), COMMUNE_2023)
    result = audit_store(store, document="b.pdf")
    assert [d.name for d in result.documents] == ["b.pdf"]
    assert [f.document for _, f in store.findings()] == ["b.pdf"]


def test_an_unknown_document_is_a_lookup_error(store: Store) -> None:
    with pytest.raises(LookupError, match="nope.pdf: no such document"):
        audit_store(store, document="nope.pdf")


def test_a_consistent_report_has_no_findings(store: Store) -> None:
    doc = Doc("ok.pdf")
    doc.funding("Tổng nguồn vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 4.000.000.000 đồng", 4_000_000_000, source="commune")
    save(store, doc, COMMUNE_2023)
    result = audit_store(store)
    assert result.findings == () and store.findings() == []


_small = st.integers(min_value=0, max_value=40)
_place = st.sampled_from(["xã A", "A", "huyện B", "thôn C"])
_common = {
    "document": st.just("d.txt"),
    "document_sha256": st.just("d"),
    "page": st.none(),
    "start": st.integers(min_value=0, max_value=5000),
    "end": st.just(0),
    "quote": st.just("q"),
    "period": st.sampled_from([None, "2020", "2016-2020", "2019-H1"]),
    "scheme": st.sampled_from(["NTM", "NTM nâng cao"]),
    "target": st.booleans(),
}
any_fact = st.one_of(
    st.builds(
        Funding,
        region=_place,
        source=st.sampled_from(["total", "central", "province", "commune", "central+province"]),
        amount_vnd=st.integers(min_value=0, max_value=10**19),
        unit_written=st.sampled_from(["đồng", "triệu đồng", "tỷ đồng", "gạo"]),
        percent_stated=st.none() | st.floats(min_value=0, max_value=150),
        of_vnd=st.none() | st.integers(min_value=0, max_value=10**12),
        **_common,
    ),
    st.builds(
        Coverage,
        region=_place,
        criterion=st.none() | st.integers(1, 19),
        units_met=_small,
        units_total=st.none() | _small,
        percent_stated=st.none() | st.floats(min_value=0, max_value=150),
        **_common,
    ),
    st.builds(
        CriteriaCount,
        subject=_place,
        met=_small,
        of=st.none() | _small,
        unmet=st.booleans(),
        **_common,
    ),
    st.builds(Verdict, subject=_place, criterion=st.integers(1, 19), met=st.booleans(), **_common),
    st.builds(
        Percentage,
        subject=_place,
        criterion=st.none() | st.integers(1, 19),
        value=st.floats(min_value=0, max_value=150),
        threshold=st.sampled_from([None, ">=85", "<=5", "??"]),
        **_common,
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(any_fact, max_size=25))
def test_any_facts_audit_without_error_into_known_kinds(facts: list) -> None:
    findings = audit_facts(list(enumerate(facts, start=1)), report=COMMUNE_2023, text="x" * 100)
    assert {f.kind for f in findings} <= set(FINDING_KINDS)
    ids = set(range(1, len(facts) + 1))
    assert all(set(f.fact_ids) <= ids and f.fact_ids for f in findings)
