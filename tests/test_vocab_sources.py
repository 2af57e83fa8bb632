"""Funding-source phrases → the FACTS.md taxonomy."""

from __future__ import annotations

import pytest

from baocao.data.lexicon import load_data
from baocao.model import Level
from baocao.vocab.sources import SOURCES, funding_source


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


@pytest.mark.parametrize("phrase", ["", "kinh phí", "Ủy ban nhân dân huyện", "tỉnh"])
def test_no_source(phrase: str) -> None:
    assert funding_source(phrase) is None


def test_every_lexicon_entry_maps_its_own_example() -> None:
    data = load_data("funding_sources.toml")
    for entry in data["source"]:
        examples = entry["example"] if isinstance(entry["example"], list) else [entry["example"]]
        for example in examples:
            assert funding_source(example) is not None, example
    assert data["order"] == list(SOURCES)


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("vốn ngân sách Nhà nước", "central+province+district+commune"),
        ("NSNN hỗ trợ", "central+province+district+commune"),
        ("vốn ngân sách địa phương", "province+district+commune"),
        ("ngân sách địa phương, doanh nghiệp", "province+district+commune+enterprise"),
    ],
)
def test_budgets_of_several_levels_name_every_level(phrase: str, source: str) -> None:
    assert funding_source(phrase) == source


def test_the_kind_of_money_wins_over_the_budget_in_parentheses() -> None:
    assert funding_source("Vốn tín dụng ưu đãi (ngân sách Nhà nước cấp bù lãi suất)") == "credit"
    assert funding_source("Vốn lồng ghép (vốn trung ương)") == "integrated"
    # a parenthesis alone still names its source
    assert funding_source("(ngân sách tỉnh)") == "province"


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("vốn huy động trong nhân dân hơn", "community"),
        ("nguồn đóng góp từ nhân dân", "community"),
        ("đóng góp của người dân", "community"),
        ("vốn các chương trình, dự án lồng ghép trên địa bàn huyện", "integrated"),
        ("nguồn vốn lồng ghép từ các chương trình mục tiêu", "integrated"),
        ("ngân sách huyện thị", "district"),
        ("ngân sách cấp huyện", "district"),
        ("vốn vay ưu đãi", "credit"),
        ("Vốn huy động chung tay", "other"),
    ],
)
def test_sources_named_by_where_the_money_was_raised(phrase: str, source: str) -> None:
    assert funding_source(phrase) == source


def test_a_people_committee_is_no_source() -> None:
    assert funding_source("Ủy ban nhân dân xã Tân Lập") is None
    assert funding_source("UBND huyện Tam Nông, Ủy ban nhân dân các xã") is None


def test_the_local_budget_joined_to_another_level() -> None:
    assert (
        funding_source("ngân sách trung ương và địa phương") == "central+province+district+commune"
    )
    assert funding_source("vốn ngân sách các cấp") == "central+province+district+commune"
    assert funding_source("nguồn lực tại địa phương") is None


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("ngân sách T.Ư hỗ trợ", "central"),
        ("Vốn T.Ư", "central"),
        ("ngân sách tỉnh, T.Ư", "central+province"),
        ("vốn trái phiếu Chính phủ", "central"),
        ("nguồn trái phiếu chính phủ bổ sung", "central"),
        ("vốn huy động khác", "other"),
        ("các khoản huy động khác", "other"),
    ],
)
def test_abbreviated_central_budget_bonds_and_other_mobilised_money(
    phrase: str, source: str
) -> None:
    assert funding_source(phrase) == source


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        # money direct to the programme is the state budget's …
        ("vốn đầu tư trực tiếp cho Chương trình", "central+province+district+commune"),
        ("Vốn hỗ trợ trực tiếp thực hiện các nội dung", "central+province+district+commune"),
        ("vốn trực tiếp cho xây dựng nông thôn mới", "central+province+district+commune"),
        # … unless a budget level is named with it
        ("vốn hỗ trợ trực tiếp từ ngân sách huyện", "district"),
        ("vốn đầu tư trực tiếp của ngân sách Trung ương", "central"),
        ("vốn trực tiếp NSTW", "central"),
    ],
)
def test_direct_programme_money_is_the_state_budget_unless_a_level_is_named(
    phrase: str, source: str
) -> None:
    assert funding_source(phrase) == source


def test_kinds_of_state_money_name_no_source_of_their_own() -> None:
    from baocao.vocab.sources import names_kind_only

    assert names_kind_only("Vốn đầu tư phát triển:")
    assert names_kind_only("nguồn kinh phí sự nghiệp")
    assert not names_kind_only("vốn đầu tư phát triển từ ngân sách huyện")
    assert not names_kind_only("vốn lồng ghép")


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        (" nhân dân đóng góp", "community"),
        (" vốn doanh nghiệp", "enterprise"),
        (" do bà con đóng góp", "community"),
        (" từ nguồn vốn xã hội hóa", "other"),
        (" huyện Tứ Kỳ", None),  # a place the money went to
        (" để làm đường cho xã", None),
        (" tổng vốn", None),
    ],
)
def test_a_source_opening_the_words_after_an_amount(phrase: str, source: str | None) -> None:
    from baocao.vocab.sources import leading_source

    assert leading_source(phrase) == source


def test_money_raised_from_society_is_no_communes() -> None:
    assert funding_source("vốn xã hội hóa") == "other"
    assert funding_source("ngân sách huyện, xã hội hóa") == "district"
