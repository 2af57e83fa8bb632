"""The national criteria sets: which set a report uses, and which number a name means."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from baocao.normalize.criteria import (
    CRITERIA_SETS,
    criteria_set_for,
    criterion_count,
    criterion_name,
    criterion_number,
    decision_set,
)


def test_the_four_national_sets() -> None:
    assert {s: (c.count, c.decisions[0]) for s, c in CRITERIA_SETS.items()} == {
        "2010-2015": (19, "491/QĐ-TTg"),
        "2016-2020": (19, "1980/QĐ-TTg"),
        "2021-2025": (19, "318/QĐ-TTg"),
        "2026-2030": (10, "51/2025/QĐ-TTg"),
    }
    assert CRITERIA_SETS["2026-2030"].indicators == 47


@pytest.mark.parametrize("criteria_set", ["2010-2015", "2016-2020", "2021-2025", "2026-2030"])
def test_every_set_numbers_its_criteria_one_to_count(criteria_set: str) -> None:
    assert list(CRITERIA_SETS[criteria_set].criteria) == list(
        range(1, criterion_count(criteria_set) + 1)
    )


def test_names_differ_between_sets() -> None:
    assert criterion_name(7, "2010-2015") == "Chợ nông thôn"
    assert criterion_name(7, "2016-2020") == "Cơ sở hạ tầng thương mại nông thôn"
    assert criterion_name(8, "2010-2015") == "Bưu điện"
    assert criterion_name(3, "2021-2025") == "Thủy lợi và phòng, chống thiên tai"
    assert criterion_name(11, "2021-2025") == "Nghèo đa chiều"
    assert criterion_name(19, "2010-2015") == "An ninh, trật tự xã hội"


def test_unverified_names_are_marked() -> None:
    assert all(not c.verified for c in CRITERIA_SETS["2026-2030"].criteria.values())
    assert all(c.verified for c in CRITERIA_SETS["2021-2025"].criteria.values())


def test_unknown_set_or_number_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown criteria set"):
        criterion_count("2000-2005")
    with pytest.raises(ValueError, match="no criterion 11"):
        criterion_name(11, "2026-2030")


@pytest.mark.parametrize(
    ("decision", "criteria_set"),
    [
        ("Quyết định số 1980/QĐ-TTg ngày 17/10/2016", "2016-2020"),
        ("318/QĐ-TTg", "2021-2025"),
        ("QĐ 491/QĐ-TTg", "2010-2015"),
        ("số 51/2025/QĐ-TTg", "2026-2030"),
        ("1980/qđ-ttg", "2016-2020"),
        ("1980 / QĐ - TTg", "2016-2020"),
        ("51/QĐ-TTg", None),  # 51 is only the 2026-2030 decision with its year
        ("5155/QĐ-UBND", None),
    ],
)
def test_decision_set(decision: str, criteria_set: str | None) -> None:
    assert decision_set(decision) == criteria_set


@pytest.mark.parametrize(
    ("period", "criteria_set"),
    [
        ("2011-2015", "2010-2015"),
        ("2020", "2016-2020"),
        ("2019-H1", "2016-2020"),
        ("2021-2025", "2021-2025"),
        ("2023", "2021-2025"),
        ("2011-2020", "2016-2020"),  # spans two sets: the end year decides
        ("2026", "2026-2030"),
        ("2008", None),
        (None, None),
    ],
)
def test_criteria_set_for_period(period: str | None, criteria_set: str | None) -> None:
    assert criteria_set_for(period=period) == criteria_set


def test_a_cited_decision_wins_over_the_period() -> None:
    assert criteria_set_for(period="2021", decision="1980/QĐ-TTg") == "2016-2020"
    assert criteria_set_for(period="2021", decision="5155/QĐ-UBND") == "2021-2025"


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Giao thông", 2),
        ("Đường giao thông", 2),
        ("GIAO THONG", 2),
        ("Nước sạch", 17),
        ("Nước sạch tập trung", 17),
        ("Trung tâm văn hóa xã", 6),
        ("Cơ sở vật chất văn hóa", 6),
        ("Văn hóa", 16),
        ("BHYT", 15),
        ("hộ nghèo", 11),
        ("Thuỷ lợi", 3),  # old-style accent placement
        ("Bưu điện", 8),
        ("Điện", 4),
        ("Quốc phòng và An ninh", 19),
        ("Hệ thống chính trị và tiếp cận pháp luật", 18),
    ],
)
def test_criterion_number_by_name_and_alias(name: str, number: int) -> None:
    assert criterion_number(name, "2021-2025") == number


def test_longest_wording_wins() -> None:
    # "văn hóa" alone is 16, but the longer "cơ sở vật chất văn hóa" is 6
    assert criterion_number("tiêu chí cơ sở vật chất văn hóa", "2016-2020") == 6
    assert criterion_number("điểm bưu điện văn hóa xã", "2010-2015") == 8


def test_wordings_that_moved_between_sets() -> None:
    assert criterion_number("lao động qua đào tạo", "2016-2020") == 14
    assert criterion_number("lao động qua đào tạo", "2021-2025") == 12
    assert criterion_number("lao động qua đào tạo", None) is None  # the sets disagree
    assert criterion_number("Chợ nông thôn", "2010-2015") == 7
    assert criterion_number("Chợ nông thôn", None) == 7


def test_words_that_only_look_like_criteria() -> None:
    assert criterion_number("cổng giao tiếp điện tử", "2021-2025") is None
    assert criterion_number("số điện thoại", "2021-2025") is None
    assert criterion_number("xyz", None) is None


def test_the_seed_report_headings_name_their_criteria() -> None:
    seed = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e3a9277c9180f2a0.txt"
    if not seed.exists():
        pytest.skip("shared seeds not beside the clone")
    text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8"))
    headings = re.findall(r"Tiêu chí số (\d+) - ([^\n:]+)", text)
    assert len({n for n, _ in headings}) >= 12
    for number, name in headings:
        assert criterion_number(name, "2016-2020") == int(number), name
