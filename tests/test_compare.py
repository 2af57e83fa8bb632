"""`baocao compare`: provinces side by side, read from the SQL views."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from baocao.compare import province_comparison
from baocao.pipeline import run_batch
from baocao.settings import ExtractSettings
from baocao.store import open_store

CORPUS_TXT = Path(__file__).resolve().parents[1] / "corpus" / "txt"


def render(table) -> str:
    console = Console(width=200, record=True)
    console.print(table)
    return console.export_text()


def test_the_comparison_shows_each_province_standard_and_funding_mix(db_url: str) -> None:
    files = [
        CORPUS_TXT / "quang-binh-huyen-bo-trach-2016-2020.txt",
        CORPUS_TXT / "vinh-phuc-huyen-tam-duong-2019-h1.txt",
    ]
    with open_store(db_url) as store:
        run_batch([], store=store, files=files, settings=ExtractSettings(isolate=False))
        coverage, verdicts, funding = (render(t) for t in province_comparison(store))
        transport = render(province_comparison(store, criterion=2)[0])
    assert "Quảng Bình" in coverage and "Vĩnh Phúc" in coverage
    assert "9/12" in coverage  # huyện Tam Dương: communes meeting the NTM standard
    assert "11/12" not in coverage  # its goal for the year end ("Phấn đấu …") is left out
    assert "11/12" in transport
    assert "criterion 2" in transport
    assert "Quảng Bình" in verdicts
    # Shares of the mobilised parts, per region and period.
    assert "huyện Tam Dương" in funding and "2019-H1" in funding
