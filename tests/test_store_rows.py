"""Model records ⇄ table rows, without a database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.model import Coverage, Funding, Level, Place, Report, Verdict
from baocao.store.rows import (
    fact_to_rows,
    period_years,
    report_places,
    report_to_row,
    report_unit_rows,
    row_to_report,
    rows_to_fact,
)


@pytest.mark.parametrize(
    ("period", "years"),
    [
        ("2020", (2020, 2020)),
        ("2016-2018", (2016, 2018)),
        ("2019-H1", (2019, 2019)),
        ("2011-2015", (2011, 2015)),
        (None, (None, None)),
        ("", (None, None)),
        ("năm nay", (None, None)),
        ("2018-2016", (None, None)),  # a backwards range is not a period
        ("20201", (None, None)),
    ],
)
def test_period_years(period: str | None, years: tuple[int | None, int | None]) -> None:
    assert period_years(period) == years


@given(st.integers(1900, 2100), st.integers(0, 20))
def test_period_years_of_any_range(start: int, length: int) -> None:
    assert period_years(f"{start}-{start + length}") == (start, start + length)


def test_a_fact_splits_into_its_common_row_and_its_detail_row() -> None:
    fact = Coverage(
        document="a.pdf", document_sha256="ab" * 32, page=3, start=10, end=20,
        quote="55/115 xã", period="2016-2018", region="huyện X", criterion=2,
        units_met=55, units_total=115, percent_stated=47.82, percent_decimals=2,
    )  # fmt: skip
    base, detail = fact_to_rows(fact, document_id=7)
    assert base["document_id"] == 7 and base["kind"] == "coverage"
    assert (base["period_start_year"], base["period_end_year"]) == (2016, 2018)
    assert "document" not in base and "document_sha256" not in base
    assert detail == {
        "region": "huyện X", "region_code": None, "criterion": 2, "units_met": 55,
        "units_total": 115, "percent_stated": 47.82, "unit_kind": None,
        "percent_decimals": 2,
    }  # fmt: skip
    rebuilt = rows_to_fact("coverage", {**base, **detail}, document="a.pdf",
                           document_sha256="ab" * 32)  # fmt: skip
    assert rebuilt == fact


@pytest.mark.parametrize(
    "fact",
    [
        Verdict(document="d", document_sha256="s", page=None, start=0, end=1, quote="Đạt",
                subject="xã A", criterion=7, met=False, target=True),
        Funding(document="d", document_sha256="s", page=1, start=0, end=1, quote="2 tỷ",
                region="xã A", source="central+province", amount_vnd=2 * 10**18,
                unit_written="tỷ đồng", origin="table:3:row:5"),
        Funding(document="d", document_sha256="s", page=None, start=0, end=1,
                quote="từ 3 đến 4 tỷ đồng", region="xã A", source="total",
                amount_vnd=3 * 10**9, amount_max_vnd=4 * 10**9, unit_written="tỷ đồng"),
    ],
)  # fmt: skip
def test_rows_round_trip(fact: Verdict | Funding) -> None:
    base, detail = fact_to_rows(fact, document_id=1)
    assert rows_to_fact(fact.kind, {**base, **detail}, document="d", document_sha256="s") == fact


DISTRICT = Place("huyện Yên Hòa", "huyện", "Yên Hòa", Level.DISTRICT, "999", "Hà Nam", "35")
PROVINCE = Place("tỉnh Hà Nam", "tỉnh", "Hà Nam", Level.PROVINCE, "35")


def test_report_round_trips_through_its_row() -> None:
    report = Report(unit=DISTRICT, province=PROVINCE, number="1/BC", date="2024-05",
                    period="2019-H1", criteria_set="2016-2020", scheme="NTM nâng cao")  # fmt: skip
    row = report_to_row(report, document_id=3)
    assert (row["period_start_year"], row["period_end_year"]) == (2019, 2019)
    assert row_to_report(row) == report


def test_report_without_a_province_place_takes_the_units_province() -> None:
    row = report_to_row(Report(unit=DISTRICT), document_id=1)
    assert (row["province_name"], row["province_code"]) == ("Hà Nam", "35")


def test_empty_report_round_trips() -> None:
    assert row_to_report(report_to_row(Report(), document_id=1)) == Report()


COMMUNES = (
    Place("xã Tân Lập", "xã", "Tân Lập", Level.COMMUNE, "9991", "Hà Nam", "35", "Tân Lập"),
    Place("xã Quang Trung", "xã", "Quang Trung", Level.COMMUNE, "9992", "Hà Nam", "35"),
    Place("xã Hòa Bình", "xã", "Hòa Bình"),  # unresolved: no level, code nor province
)


def test_a_report_about_several_units_round_trips_with_them_in_order() -> None:
    report = Report(unit=COMMUNES[0], province=PROVINCE, period="2023", units=COMMUNES)
    units = report_unit_rows(report, document_id=4)
    assert [(u["document_id"], u["position"], u["name"]) for u in units] == [
        (4, 0, "Tân Lập"),
        (4, 1, "Quang Trung"),
        (4, 2, "Hòa Bình"),
    ]
    assert row_to_report(report_to_row(report, document_id=4), units) == report


def test_a_report_about_one_unit_has_no_unit_rows() -> None:
    assert report_unit_rows(Report(unit=DISTRICT, province=PROVINCE), document_id=1) == []


def test_report_places_take_every_coded_unit_of_the_report() -> None:
    rows = report_places(Report(unit=COMMUNES[0], province=PROVINCE, units=COMMUNES))
    assert [r["code"] for r in rows] == ["35", "9991", "9992"]


def test_report_places_are_the_coded_unit_and_province() -> None:
    rows = report_places(Report(unit=DISTRICT, province=PROVINCE))
    assert [(r["code"], r["name"], r["level"]) for r in rows] == [
        ("35", "Hà Nam", "province"),
        ("999", "Yên Hòa", "district"),
    ]
    assert report_places(Report(unit=Place("xã B", "xã", "B"))) == []
    assert [r["code"] for r in report_places(Report(unit=DISTRICT))] == ["35", "999"]


def test_a_place_row_takes_the_gazetteers_name_map_and_2025_counterpart() -> None:
    from baocao.store.rows import place_row

    row = place_row("450", name="Đồng Hới")
    assert (row["name"], row["prefix"], row["level"], row["province_code"], row["map"]) == (
        "Đồng Hới",
        "thành phố",
        "district",
        "44",
        "pre2025",
    )
    assert (row["code_2025"], row["province_name_2025"], row["relation_2025"]) == (
        None,
        "Quảng Trị",
        "dissolved",
    )


def test_a_code_the_gazetteer_does_not_know_keeps_what_the_text_said() -> None:
    from baocao.store.rows import place_row

    row = place_row("99999", name="xã Mới", prefix="xã", level="commune")
    assert (row["name"], row["prefix"], row["map"], row["code_2025"]) == (
        "xã Mới",
        "xã",
        None,
        None,
    )
