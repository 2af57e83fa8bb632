"""`baocao show`: a stored document's metadata and facts, each with its quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from clirun import write_news_two_communes

from baocao.model import Funding, Level, Place, Report, Verdict
from baocao.pipeline import run_batch
from baocao.settings import ExtractSettings
from baocao.show import describe_fact, describe_report, render_document, units_label
from baocao.store import open_store

CORPUS_TXT = Path(__file__).resolve().parents[1] / "corpus" / "txt"
NAME = "quang-binh-huyen-bo-trach-2016-2020.txt"


def test_a_verdict_and_an_amount_read_as_sentences() -> None:
    common = {
        "document": "a.pdf",
        "document_sha256": "x",
        "page": 2,
        "start": 0,
        "end": 1,
        "quote": "Đ",
    }
    verdict = Verdict(
        **common,
        subject="xã Hòa Trạch",
        criterion=17,
        met=False,
        criteria_set="2016-2020",
        period="2020",
    )
    assert describe_fact(verdict) == ("xã Hòa Trạch does not meet criterion 17 (2016-2020) · 2020")
    funding = Funding(
        **common,
        region="huyện Bố Trạch",
        source="province",
        flow="planned",
        amount_vnd=40_661_900_000,
        unit_written="triệu đồng",
        target=True,
    )
    assert describe_fact(funding) == ("huyện Bố Trạch: province planned 40.661.900.000 đồng [goal]")


def test_show_prints_the_report_and_every_fact_with_its_quote(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        run_batch(
            [], store=store, files=[CORPUS_TXT / NAME], settings=ExtractSettings(isolate=False)
        )
        text = render_document(store, NAME)
        facts = list(store.facts(document=NAME))
        with pytest.raises(LookupError, match="no stored document named 'nope.pdf'"):
            render_document(store, "nope.pdf")
    lines = text.splitlines()
    assert lines[0] == f"document: {NAME}"
    assert "unit: huyện Bố Trạch" in lines[1]
    assert f"{len(facts)} facts" in lines
    for _, fact in facts:
        assert f"“{fact.quote}” [{fact.start}:{fact.end}]" in text


def test_a_file_edited_and_extracted_again_shows_its_latest_content(tmp_path: Path) -> None:
    report = tmp_path / "bao-cao.txt"
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        report.write_text("Tỉnh Điện Biên\n\nNăm 2018, toàn tỉnh có 5/11 xã đạt chuẩn NTM.\n")
        run_batch([], store=store, files=[report], settings=ExtractSettings(isolate=False))
        report.write_text("Tỉnh Điện Biên\n\nNăm 2019, toàn tỉnh có 7/11 xã đạt chuẩn NTM.\n")
        run_batch([], store=store, files=[report], settings=ExtractSettings(isolate=False))
        text = render_document(store, "bao-cao.txt")
    assert "7/11 xã" in text and "5/11 xã" not in text


def test_a_report_about_two_communes_shows_both(tmp_path: Path, db_url: str) -> None:
    """Every unit of a report about several, in the text's order and joined as `export
    --what reports` joins them, each with its code."""
    news = write_news_two_communes(tmp_path)
    with open_store(db_url) as store:
        run_batch([], store=store, files=[news], settings=ExtractSettings(isolate=False))
        report = store.report(news.name)
        text = render_document(store, news.name)
    assert report is not None
    assert units_label(report) == "xã Tịnh Hiệp; xã Đức Lân"
    lines = text.splitlines()
    assert lines[1] == "units: xã Tịnh Hiệp [21184]; xã Đức Lân [21436]"
    assert not any(line.startswith("unit:") for line in lines)


def test_a_report_about_one_unit_shows_it_alone() -> None:
    commune = Place("xã Tân Lập", "xã", "Tân Lập", Level.COMMUNE, "9991")
    assert describe_report("a.txt", Report(unit=commune))[1] == "unit: xã Tân Lập [9991]"
    assert units_label(Report(unit=commune, units=(commune,))) == "xã Tân Lập"
    assert units_label(Report()) is None
