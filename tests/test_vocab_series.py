"""Criteria followed across the national sets: one stable key per measure, and a new segment
wherever a set changed what the measure means (criteria_series.toml)."""

from __future__ import annotations

import pytest

from baocao.data.lexicon import parse_data
from baocao.errors import LexiconError
from baocao.vocab.series import build_series, series_members, series_of


def test_trained_labour_moves_from_indicator_14_3_to_criterion_12() -> None:
    until_2020 = series_of("2016-2020", indicator="14.3")
    from_2021 = series_of("2021-2025", indicator="12.2")
    assert until_2020 is not None and from_2021 is not None
    assert until_2020.series == from_2021.series == "lao-dong-qua-dao-tao"
    assert until_2020.segment != from_2021.segment  # not comparable across the move
    assert from_2021.kept is False and from_2021.why


def test_the_labour_criterion_breaks_in_2021_when_it_takes_in_trained_labour() -> None:
    older, old, new = (series_of(s, 12) for s in ("2010-2015", "2016-2020", "2021-2025"))
    assert older is not None and old is not None and new is not None
    assert older.series == old.series == new.series == "lao-dong"
    assert older.segment == old.segment != new.segment


def test_a_criterion_that_kept_its_meaning_is_one_segment_across_the_three_sets() -> None:
    points = [series_of(s, 2) for s in ("2010-2015", "2016-2020", "2021-2025")]
    assert {p.segment for p in points if p} == {"giao-thong@2010-2015"}
    assert all(p and p.kept and p.mapped for p in points)


def test_an_indicator_no_series_lists_falls_back_on_its_criterion() -> None:
    point = series_of("2021-2025", indicator="2.1")
    assert point is not None and point.series == "giao-thong"


def test_a_criterion_no_series_lists_is_a_series_of_its_own() -> None:
    point = series_of("2026-2030", 4)
    assert point is not None
    assert (point.series, point.segment, point.mapped) == ("2026-2030:4", "2026-2030:4", False)
    assert series_of("2021-2025") is None


def test_members_are_listed_in_time_order_with_the_decisions_as_sources() -> None:
    members = series_members("thuong-mai-nong-thon")
    assert [m.criteria_set for m in members] == ["2010-2015", "2016-2020", "2021-2025"]
    assert [m.kept for m in members] == [True, False, False]
    assert series_members("no-such-series") == ()


BAD = """
version = 1
[[series]]
key = "x"
name = "X"
sources = ["1980/QĐ-TTg", "9999/QĐ-TTg"]
example = "tiêu chí số 2"
member = [
  { set = "2016-2020", criterion = 2, kept = false },
  { set = "2016-2020", criterion = 2 },
  { set = "1999-2000", criterion = 2 },
  { set = "2016-2020", criterion = 42 },
  { set = "2016-2020", criterion = 3, indicator = "3.1" },
]
"""


def test_bad_entries_are_all_reported_at_once() -> None:
    with pytest.raises(LexiconError) as caught:
        build_series(parse_data(BAD, source="bad.toml"), source="bad.toml")
    message = str(caught.value)
    for part in (
        "says `why`",
        "already in series",
        "unknown set '1999-2000'",
        "no criterion 42",
        "exactly one of",
        "cannot break the series",
        "'9999/QĐ-TTg' is no decision",
    ):
        assert part in message, part
