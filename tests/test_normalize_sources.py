"""Funding-source phrases → the FACTS.md taxonomy."""

from __future__ import annotations

import pytest

from baocao.data.lexicon import load_data
from baocao.model import Level
from baocao.normalize.sources import SOURCES, funding_source


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("Tổng nguồn vốn huy động", "total"),
        ("tổng kinh phí", "total"),
        ("tổng vốn huy động", "total"),
        ("ngân sách Trung ương", "central"),
        ("vốn Trung ương", "central"),
        ("NSTW", "central"),
        ("ngân sách tỉnh", "province"),
        ("vốn tỉnh", "province"),
        ("NS tỉnh", "province"),
        ("ngân sách huyện", "district"),
        ("vốn của Huyện", "district"),
        ("ngân sách xã", "commune"),
        ("vốn của xã", "commune"),
        ("vốn lồng ghép", "integrated"),
        ("lồng ghép các chương trình", "integrated"),
        ("vốn tín dụng", "credit"),
        ("vốn doanh nghiệp", "enterprise"),
        ("nhân dân đóng góp", "community"),
        ("vốn nhân dân", "community"),
        ("huy động cộng đồng", "community"),
        ("huy động nhân dân", "community"),
        ("vốn khác", "other"),
        ("NGÂN SÁCH TRUNG ƯƠNG", "central"),
    ],
)
def test_single_sources(phrase: str, source: str) -> None:
    assert funding_source(phrase) == source


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("Nguồn vốn Trung ương, tỉnh", "central+province"),
        ("ngân sách tỉnh và Trung ương", "central+province"),  # taxonomy order, not text order
        ("ngân sách tỉnh, huyện, xã", "province+district+commune"),
        ("doanh nghiệp và nhân dân đóng góp", "enterprise+community"),
        ("ngân sách huyện, xã hội hóa", "district"),  # "xã hội hóa" is not the commune
    ],
)
def test_joined_sources(phrase: str, source: str) -> None:
    assert funding_source(phrase) == source


def test_a_named_source_beats_total() -> None:
    assert funding_source("tổng kinh phí từ ngân sách tỉnh") == "province"


def test_city_budget_depends_on_the_reporting_level() -> None:
    assert funding_source("ngân sách thành phố", Level.DISTRICT) == "district"
    assert funding_source("ngân sách thành phố") == "district"
    assert funding_source("ngân sách thành phố", "province") == "province"


@pytest.mark.parametrize("phrase", ["", "kinh phí", "ngân sách nhà nước", "tỉnh"])
def test_no_source(phrase: str) -> None:
    assert funding_source(phrase) is None


def test_every_lexicon_entry_maps_its_own_example() -> None:
    data = load_data("funding_sources.toml")
    for entry in data["source"]:
        assert funding_source(entry["example"]) is not None, entry["example"]
    assert data["order"] == list(SOURCES)
