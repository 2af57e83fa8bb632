"""The shared loader of baocao/data/*.toml: parse, validate, report every bad entry at once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.data.lexicon import Problems, entries, fold, fold_words, load_data, parse_data
from baocao.errors import LexiconError


def test_fold_strips_accents_and_case_keeping_length() -> None:
    assert fold("Đường Giao thông") == "duong giao thong"
    assert fold("THỦY LỢI") == "thuy loi"
    assert fold("Thuỷ lợi") == fold("Thủy lợi")


@given(st.text())
def test_fold_keeps_one_character_per_character(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_words_collapses_whitespace() -> None:
    assert fold_words("  Triệu \n đồng ") == "trieu dong"


def test_parse_data_needs_a_version() -> None:
    with pytest.raises(LexiconError, match="version"):
        parse_data('[[unit]]\nwritten = "x"\n', source="x.toml")


def test_bad_toml_is_a_lexicon_error_naming_the_file() -> None:
    with pytest.raises(LexiconError, match="bad.toml: invalid TOML"):
        parse_data("version = = 1", source="bad.toml")


def test_missing_data_file_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="nope.toml"):
        load_data("nope.toml")


def test_every_bad_entry_is_reported_at_once() -> None:
    data = parse_data(
        """
version = 1
[[unit]]
written = "triệu"
example = "109 triệu"
[[unit]]
written = ""
example = "x"
[[unit]]
written = "tỷ"
multiplier = true
[[unit]]
written = 3
example = "3"
""",
        source="units.toml",
    )
    problems = Problems("units.toml")
    for where, entry in entries(data, "unit", problems):
        problems.require(where, entry, "written", str)
        problems.require(where, entry, "example", str)
        problems.require(where, entry, "multiplier", int, optional=True)
    with pytest.raises(LexiconError) as err:
        problems.raise_if_any()
    message = str(err.value)
    assert message.startswith("units.toml: 4 problems:")
    assert "unit[1]: `written` must not be blank" in message
    assert "unit[2] 'tỷ': missing `example`" in message
    assert "unit[2] 'tỷ': `multiplier` must be an integer, got True" in message
    assert "unit[3]: `written` must be a string, got 3" in message


def test_require_strings_and_patterns() -> None:
    problems = Problems("x.toml")
    entry = {"sets": ["a", ""], "pattern": "(unclosed"}
    assert problems.require_strings("e", entry, "sets") == ()
    assert problems.compile("e", entry["pattern"]) is None
    problems.check_example("e", "ví dụ", False, "the pattern")
    assert len(problems.items) == 3


def test_examples_are_one_phrase_or_an_array_of_phrases() -> None:
    problems = Problems("x.toml")
    assert problems.require_examples("a", {"example": "vốn tỉnh 2 tỷ"}) == ("vốn tỉnh 2 tỷ",)
    assert problems.require_examples("b", {"example": ["vốn tỉnh", "vốn huyện"]}) == (
        "vốn tỉnh",
        "vốn huyện",
    )
    assert problems.require_examples("c", {"example": ["vốn tỉnh", " "]}) == ()
    assert problems.require_examples("d", {}) == ()
    assert problems.items == [
        "c: `example` must hold non-blank strings, got [' ']",
        "d: missing `example`",
    ]


def test_a_missing_array_is_reported_unless_optional() -> None:
    problems = Problems("x.toml")
    assert list(entries({"version": 1}, "unit", problems)) == []
    assert list(entries({"version": 1}, "ignore", problems, required=False)) == []
    assert problems.items == ["unit: missing array of entries"]


@pytest.mark.parametrize(
    "name", ["units.toml", "criteria_sets.toml", "funding_sources.toml", "place_prefixes.toml"]
)
def test_shipped_data_files_parse(name: str) -> None:
    assert load_data(name)["version"] >= 1


def test_criteria_indicators_are_checked_all_at_once() -> None:
    from baocao.vocab.criteria import build_lexicon

    data = parse_data(
        """
version = 1
[[set]]
id = "2016-2020"
decisions = ["1980/QĐ-TTg"]
years = [2016, 2020]
criteria = 1
indicators = 1
example = "Quyết định 1980/QĐ-TTg"

[[criterion]]
set = "2016-2020"
number = 1
name = "Quy hoạch"
example = "tiêu chí quy hoạch"

[[alias]]
phrase = "quy hoạch chung"
number = 1
sets = ["2016-2020"]
example = ["lập quy hoạch chung xã", "quy hoạch chung được duyệt"]

[[indicator]]
set = "2016-2020"
criterion = 1
number = "2.1"
name = "Quy hoạch sử dụng đất"
verified = false
example = "quy hoạch sử dụng đất"

[[indicator]]
set = "2016-2020"
criterion = 1
number = "1.2"
name = "Quy định quản lý quy hoạch"
wordings = ["quản lý quy hoạch", "công bố quy hoạch"]
verified = false
example = ["ban hành quy định quản lý quy hoạch", "một câu khác hẳn"]

[[indicator]]
set = "2016-2020"
criterion = 3
number = "3.1"
name = "Tưới tiêu"
verified = false
example = "tưới tiêu chủ động"
""",
        source="bad.toml",
    )
    with pytest.raises(LexiconError) as e:
        build_lexicon(data, source="bad.toml")
    message = str(e.value)
    assert "bad.toml: 4 problems" in message
    assert "number '2.1' is not 1 or 1.N" in message
    assert "'công bố quy hoạch' (no example holds it)" in message
    assert "'một câu khác hẳn' is not matched by its wordings" in message
    assert "set 2016-2020 has no criterion 3" in message
