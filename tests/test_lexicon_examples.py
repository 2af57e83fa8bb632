"""Every wording of the lexicons is a class, never one sentence: each entry of the wording
files carries at least two ``example`` phrases, and on each of them the extractor's own
matcher finds that entry (not a longer or overlapping entry that shadows it).

The matchers are the ones the extractor runs: the cue and verdict alternations of
vocab/patterns.py (longest first, accents significant), the funding phrase and list-word
regexes of vocab/sources.py (accent-folded), the unit and scale patterns of vocab/money.py,
the place, topic and national patterns of vocab/places/names.py, the header lookups of
nlp/tables (a cell of a "|"-separated header row), and the line shapes of extract/layout.py.
The auditor's own lexicons (baocao/audit/*.toml) are held to the same rule with the auditor's
matchers: the cue alternations of audit/implied.py and audit/rates.py, searched where the
checks search them, and the ceilings of audit/units.py's bounds.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from baocao.audit import common, implied, implied_cues, partshares, percents, rates, units
from baocao.data.lexicon import fold, fold_words, load_data
from baocao.errors import LexiconError
from baocao.extract import layout
from baocao.nlp.tables.cells import cell_mark, fold_header
from baocao.nlp.tables.lexicon import HeaderWord, flow_in, header_lexicon, lookup
from baocao.vocab import money, places, shortforms, sources, spellings
from baocao.vocab.numbers import NUMBER_PATTERN, parse_number
from baocao.vocab.patterns import cues
from baocao.vocab.places import names as place_names

#: file → the arrays of entries it holds and the field naming an entry's written form
FILES: dict[str, tuple[tuple[str, ...], str]] = {
    "patterns_cues.toml": (("cue",), "written"),
    "verdict_words.toml": (("verdict",), "written"),
    "funding_sources.toml": (("source", "list_word"), "phrase"),
    "table_headers.toml": (("column", "flow", "mark", "row"), "words"),
    "units.toml": (("unit", "scale", "measure"), "written"),
    "place_prefixes.toml": (("prefix", "topic", "national"), "written"),
    "layout.toml": (("list_item", "heading", "label_value", "debris", "flat_table"), "name"),
    "spellings.toml": (("variant",), "written"),
    "abbreviations.toml": (("abbreviation",), "written"),
    "short_forms.toml": (("short_form",), "written"),
}


def _entries(name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    data = load_data(name)
    tables, _ = FILES[name]
    for table in tables:
        yield from ((table, entry) for entry in data.get(table, []))


def _examples(entry: dict[str, Any], key: str = "example") -> list[str]:
    value = entry.get(key)
    return [value] if isinstance(value, str) else list(value or [])


def _cases(name: str) -> list[Any]:
    _, label = FILES[name]
    return [
        pytest.param(table, entry, id=f"{table}:{entry.get('concept', '')}:{entry[label]}")
        for table, entry in _entries(name)
    ]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


# -- at least two phrases, each holding the written form ------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_entry_has_two_example_phrases(name: str) -> None:
    _, label = FILES[name]
    few = [
        f"{table} {entry[label]!r}"
        for table, entry in _entries(name)
        if len(set(_examples(entry))) < 2
        or (table == "debris" and len(set(_examples(entry, "next_example"))) < 2)
    ]
    assert not few, f"{name}: entries with fewer than two examples: {few}"


@pytest.mark.parametrize("name", sorted(set(FILES) - {"layout.toml"}))
def test_every_example_holds_the_written_form(name: str) -> None:
    """Containment as the loader matches it: accent-folded for funding phrases and table
    headers, accents significant (case-insensitive) elsewhere."""
    _, label = FILES[name]
    folded = name in ("funding_sources.toml", "table_headers.toml")
    missing = []
    for table, entry in _entries(name):
        written = entry[label]
        for example in _examples(entry):
            haystack, needle = (
                (fold_words(example), fold_words(written))
                if folded
                else (_key(example), _key(written))
            )
            if needle not in haystack:
                missing.append(f"{table} {written!r}: {example!r}")
    assert not missing, f"{name}: examples without their written form: {missing}"


# -- the extractor's matcher fires for the entry on each example -----------------------------


@pytest.mark.parametrize(("table", "entry"), _cases("patterns_cues.toml"))
def test_cue_examples_fire_their_cue(table: str, entry: dict[str, Any]) -> None:
    pattern = re.compile(cues().pattern(entry["concept"]))
    for example in _examples(entry):
        found = [_key(m.group()) for m in pattern.finditer(example)]
        assert _key(entry["written"]) in found, (example, found)


@pytest.mark.parametrize(("table", "entry"), _cases("spellings.toml"))
def test_spelling_examples_are_respelt(table: str, entry: dict[str, Any]) -> None:
    """Each example is read with the variant's word, one character for one."""
    for example in _examples(entry):
        respelt = spellings.respell(example)
        assert len(respelt) == len(example)
        assert _key(entry["reads"]) in _key(respelt), (example, respelt)


@pytest.mark.parametrize(("table", "entry"), _cases("short_forms.toml"))
def test_short_form_examples_are_read_spelt_out(table: str, entry: dict[str, Any]) -> None:
    """Each example holds the short form as a whole word, counted at its meaning's length."""
    grows = len(entry["meaning"]) - len(entry["written"])
    for example in _examples(entry):
        found = [m.group() for m in shortforms.short_forms().pattern.finditer(example)]
        assert entry["written"] in found, (example, found)
        assert shortforms.spelt_length(example) >= len(example) + grows


@pytest.mark.parametrize(("table", "entry"), _cases("verdict_words.toml"))
def test_verdict_examples_fire_their_verdict(table: str, entry: dict[str, Any]) -> None:
    pattern = re.compile(cues().verdict_pattern)
    for example in _examples(entry):
        found = [_key(m.group()) for m in pattern.finditer(example)]
        assert _key(entry["written"]) in found, (example, found)
        assert cues().verdict_met(entry["written"]) is entry["met"]


def _funding_hits(example: str) -> tuple[set[str], set[str]]:
    """The source phrases and the list words the funding matcher finds in ``example``, as
    vocab.sources reads a phrase: each phrase, then the list words joined after it."""
    lexicon = sources._lexicon()
    folded = fold(example)
    phrases: set[str] = set()
    words: set[str] = set()
    for m in lexicon.phrase_re.finditer(folded):
        phrases.add(" ".join(m.group().split()))
        position = m.end()
        while (more := lexicon.list_re.match(folded, position)) is not None:
            words.add(" ".join(more.group("word").split()))
            position = more.end()
    return phrases, words


@pytest.mark.parametrize(("table", "entry"), _cases("funding_sources.toml"))
def test_funding_examples_fire_their_phrase(table: str, entry: dict[str, Any]) -> None:
    for example in _examples(entry):
        phrases, words = _funding_hits(example)
        found = phrases if table == "source" else words
        assert fold_words(entry["phrase"]) in found, (example, phrases, words)
        assert sources.funding_source(example) is not None, example


def _header_entry(table: str, entry: dict[str, Any]) -> HeaderWord:
    lexicon = header_lexicon()
    listed = {"column": lexicon.columns, "flow": lexicon.flows, "mark": lexicon.marks}.get(
        table, lexicon.rows
    )
    value = entry.get("role", entry.get("flow", entry.get("met")))
    prefix = entry.get("match") == "prefix"
    return next(
        w
        for w in listed
        if w.words == fold_words(entry["words"]) and w.value == value and w.prefix == prefix
    )


def _header_reads(table: str, cell: str) -> HeaderWord | None:
    """The entry the tables reader gives ``cell`` (one header, mark or row name)."""
    lexicon = header_lexicon()
    if table == "column":
        return lookup(lexicon.columns, fold_header(cell))
    if table == "flow":
        return flow_in(lexicon.flows, fold_header(cell))
    if table == "mark":
        return cell_mark(cell, lexicon)
    return lookup(lexicon.rows, fold_header(cell))


@pytest.mark.parametrize(("table", "entry"), _cases("table_headers.toml"))
def test_header_examples_have_a_cell_the_entry_reads(table: str, entry: dict[str, Any]) -> None:
    wanted = _header_entry(table, entry)
    for example in _examples(entry):
        cells = [c.strip() for c in example.split("|")]
        read = [_header_reads(table, c) for c in cells]
        assert wanted in read, (example, [w.words if w else None for w in read])


@pytest.mark.parametrize(("table", "entry"), _cases("units.toml"))
def test_unit_examples_fire_their_unit(table: str, entry: dict[str, Any]) -> None:
    if table == "measure":  # a quantity of the measure, written with a bare unit word: no money
        for example in _examples(entry):
            assert _key(entry["written"]) in _key(example), example
            assert re.search(money.UNIT_PATTERN, example) is None, example
        return
    pattern = re.compile(money.UNIT_PATTERN if table == "unit" else money.SCALE_PATTERN)
    for example in _examples(entry):
        found = [_key(m.group()) for m in pattern.finditer(example)]
        assert _key(entry["written"]) in found, (example, found)


def _prefixes_read(example: str) -> list[str]:
    """The prefix of each place PLACE_PATTERN finds in ``example``, as written (lower
    case), for the places that parse."""
    out = []
    for m in re.finditer(places.PLACE_PATTERN, example):
        written = place_names._PREFIX_SPLIT.match(m.group())
        if written is not None and places.parse_place(m.group()) is not None:
            out.append(" ".join(written.group().lower().split()))
    return out


@pytest.mark.parametrize(("table", "entry"), _cases("place_prefixes.toml"))
def test_place_examples_fire_their_word(table: str, entry: dict[str, Any]) -> None:
    written = _key(entry["written"])
    for example in _examples(entry):
        if table == "prefix":
            found = _prefixes_read(example)
        else:
            pattern = places.TOPIC_PATTERN if table == "topic" else places.NATIONAL_PATTERN
            found = [_key(m.group()) for m in re.finditer(pattern, example)]
        assert written in found, (example, found)


_PREDICATES = {
    "list_item": layout.is_list_item,
    "heading": layout.is_heading,
    "label_value": layout.is_label_value,
}


@pytest.mark.parametrize(("table", "entry"), _cases("layout.toml"))
def test_layout_examples_have_their_shape(table: str, entry: dict[str, Any]) -> None:
    shapes = layout.line_shapes()
    shape = next(
        s
        for s in (
            *shapes.list_items,
            *shapes.headings,
            *shapes.label_values,
            *shapes.debris,
            *shapes.flat_tables,
        )
        if s.kind == table and s.name == entry["name"]
    )
    for example in _examples(entry):
        assert shape.pattern.match(example), example
        if table in _PREDICATES:
            assert _PREDICATES[table](example), example
    for line in _examples(entry, "next_example"):
        assert shape.next is not None and shape.next.match(line), line
    if table == "debris":  # the pair is dropped as a whole
        for example, line in zip(_examples(entry), _examples(entry, "next_example"), strict=False):
            assert layout.drop_debris(["Báo cáo", example, line, "kết quả"]) == [
                "Báo cáo",
                "kết quả",
            ]


def test_a_planned_mobilisation_header_reads_planned() -> None:
    # "dự kiến" is modal: it wins over the longer "huy động", in either order.
    for header in ("Dự kiến huy động (triệu đồng)", "Vốn huy động dự kiến năm sau"):
        read = _header_reads("flow", header)
        assert read is not None and read.value == "planned", header


@pytest.mark.parametrize(
    "header",
    [
        "Kế hoạch giải ngân năm 2025 (triệu đồng)",
        "Kế hoạch vốn được giao (tỷ đồng)",
        "Vốn kế hoạch phân bổ 2024",
        "Kế hoạch huy động giai đoạn 2026-2030",
    ],
)
def test_a_plan_word_before_a_flow_word_reads_planned(header: str) -> None:
    # the longest flow word would win ("giải ngân" is longer than "kế hoạch"): a plan written
    # first says the money is planned, whatever it is planned to do
    read = _header_reads("flow", header)
    assert read is not None and read.value == "planned", header


@pytest.mark.parametrize(
    ("header", "flow"),
    [
        ("Giải ngân theo kế hoạch (triệu đồng)", "disbursed"),
        ("Vốn được giao so với kế hoạch", "allocated"),
        ("Đã giải ngân (tỷ đồng)", "disbursed"),
    ],
)
def test_a_flow_word_before_a_plan_word_keeps_its_flow(header: str, flow: str) -> None:
    read = _header_reads("flow", header)
    assert read is not None and read.value == flow, header


# -- the auditor's lexicons (baocao/audit/*.toml) --------------------------------------------

#: file → the arrays of entries it holds and the field naming an entry
AUDIT_FILES: dict[str, tuple[tuple[str, ...], str]] = {
    "implied.toml": (
        ("counted", "change", "part_of", "place", "rate_of", "rate_end", "households", "restated"),
        "cue",
    ),
    "rates.toml": (
        (
            "comparison",
            "average",
            "recognised_communes",
            "some_communes",
            "rescored",
            "no_base",
            "money_after_share",
        ),
        "cue",
    ),
    "partshares.toml": (("base", "province", "country", "district"), "cue"),
    "bounds.toml": (("bound",), "level"),
    "recognised.toml": (("recognition", "not_yet", "other_standard", "later"), "cue"),
    "sums.toml": (("rest", "some_of", "whole"), "cue"),
    "complements.toml": (("rest", "unmet"), "cue"),
    "fromto.toml": (("start", "end", "down", "up", "restate"), "cue"),
    "twice.toml": (
        (
            "estimate",
            "change",
            "part",
            "subset",
            "relative",
            "when",
            "status",
            "money",
            "indicator",
            "qualifier",
            "state",
        ),
        "cue",
    ),
}


def _audit_entries(name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    data = tomllib.loads(resources.files("baocao.audit").joinpath(name).read_text("utf-8"))
    tables, _ = AUDIT_FILES[name]
    for table in tables:
        yield from ((table, entry) for entry in data.get(table, []))


def _audit_cases(name: str) -> list[Any]:
    _, label = AUDIT_FILES[name]
    return [
        pytest.param(table, entry, id=f"{table}:{entry[label]}")
        for table, entry in _audit_entries(name)
    ]


@pytest.mark.parametrize("name", sorted(AUDIT_FILES))
def test_every_audit_entry_has_two_example_phrases(name: str) -> None:
    _, label = AUDIT_FILES[name]
    few = [
        f"{table} {entry[label]!r}"
        for table, entry in _audit_entries(name)
        if len(set(_examples(entry))) < 2
    ]
    assert not few, f"{name}: entries with fewer than two examples: {few}"


@pytest.mark.parametrize(
    "name",
    [
        "implied.toml",
        "rates.toml",
        "recognised.toml",
        "sums.toml",
        "complements.toml",
        "fromto.toml",
        "twice.toml",
    ],
)
def test_every_audit_example_holds_its_cue(name: str) -> None:
    """As the loaders match a cue: whole words, accents significant, any case."""
    missing = [
        f"{table} {entry['cue']!r}: {example!r}"
        for table, entry in _audit_entries(name)
        for example in _examples(entry)
        if common.whole_words([entry["cue"]]).search(example) is None
    ]
    assert not missing, f"{name}: examples without their cue: {missing}"


def _implied_reads(table: str, example: str) -> set[str]:
    """The ``table`` cues audit/implied.py finds in ``example``, at each count it reads there
    ("25 hộ nghèo (4%)"): the counted word right after the count, a change word right
    before it, a part or a place anywhere before it."""
    found_cues = implied_cues.load_implied_cues()
    found: set[str] = set()
    if table in ("rate_of", "rate_end"):
        return _implied_rate_reads(table, example, found_cues)
    if table == "restated":  # the words between a count and the share it is restated as
        share = re.search(rf"{NUMBER_PATTERN}\s*%", example)
        said = implied._restated(example[: share.start()].strip(), found_cues) if share else None
        restate = example[said.end() : share.start()] if said and share else ""
        return {_key(m.group()) for m in found_cues.restated.finditer(restate)}
    for number in re.finditer(NUMBER_PATTERN, example):
        counted = implied._COUNTED.match(example[number.start() :])
        base = found_cues.counted.search(counted.group("words")) if counted else None
        if base is None:
            continue
        lead = example[: number.start()]
        if table == "counted":
            found.add(_key(base.group()))
        elif table == "households":  # the whole of what is counted
            words = found_cues.households.fullmatch(counted.group("words") if counted else "")
            found.update([_key(words.group())] if words else [])
        elif table == "change":
            change = found_cues.change.search(lead)
            found.update([_key(change.group())] if change else [])
        else:
            pattern = found_cues.part_of if table == "part_of" else found_cues.place
            found.update(_key(m.group()) for m in pattern.finditer(lead))
    return found


def _implied_rate_reads(table: str, example: str, found_cues: implied_cues.ImpliedCues) -> set[str]:
    """The rate words in the label before a share ("tỷ lệ hộ nghèo còn 3,2% (41 hộ)"), and
    the words ending what the last of them is of."""
    share = re.search(rf"{NUMBER_PATTERN}\s*%", example)
    label = example[: share.start()] if share else example
    rates = list(found_cues.rate_of.finditer(label))
    if table == "rate_of":
        return {_key(m.group()) for m in rates}
    words = implied._WORDS_AFTER.match(label, rates[-1].end()) if rates else None
    if words is None:
        return set()
    return {_key(m.group()) for m in found_cues.rate_end.finditer(words.group(1))}


@pytest.mark.parametrize(("table", "entry"), _audit_cases("implied.toml"))
def test_implied_examples_fire_their_cue(table: str, entry: dict[str, Any]) -> None:
    for example in _examples(entry):
        found = _implied_reads(table, example)
        assert _key(entry["cue"]) in found, (example, found)


def _rates_reads(table: str, example: str) -> set[str]:
    """The ``table`` cues audit/rates.py finds in ``example``: recognised communes only where
    the check looks for them, after the last average word or right before it."""
    found_cues = rates.load_rate_cues()
    if table == "recognised_communes":
        return {_key(m.group()) for m in rates.recognised_spans(example, found_cues)}
    if table == "whole_unit":
        last = list(found_cues.average.finditer(example))[-1]
        words = example[last.end() : last.end() + rates._OVER_REACH]
        return {_key(m.group()) for m in found_cues.whole_unit.finditer(words)}
    if table == "other_place":
        share = re.search(rf"\(([^()]*?)({NUMBER_PATTERN})\s*%", example)
        assert share is not None, example
        said = percents.another_places_share(example, float(parse_number(share.group(2))))
        found = found_cues.other_place.finditer(share.group(1))
        return {_key(m.group()) for m in found} if said else set()
    if table == "money_after_share":  # right after the percent sign (and a bracket)
        after = example.split("%", 1)[1].lstrip(" (")
        return {_key(m.group()) for m in found_cues.money_after_share.finditer(after)}
    if table == "no_base":  # between a share and the amount after it
        between = re.search(r"%([^\d]*)\d", example)
        assert between is not None, example
        return {_key(m.group()) for m in found_cues.no_base.finditer(between.group(1))}
    pattern = {
        "comparison": found_cues.comparison,
        "some_communes": found_cues.some_communes,
        "rescored": found_cues.rescored,
        "goal": found_cues.goal,
    }.get(table, found_cues.average)
    return {_key(m.group()) for m in pattern.finditer(example)}


@pytest.mark.parametrize(("table", "entry"), _audit_cases("rates.toml"))
def test_rate_examples_fire_their_cue(table: str, entry: dict[str, Any]) -> None:
    for example in _examples(entry):
        found = _rates_reads(table, example)
        assert _key(entry["cue"]) in found, (example, found)


@pytest.mark.parametrize(("table", "entry"), _audit_cases("partshares.toml"))
def test_partshare_examples_fire_their_cue(table: str, entry: dict[str, Any]) -> None:
    cues = partshares.load_partshare_cues()
    for example in _examples(entry):
        if table == "base":  # at the start of the words after the percent
            found = cues.base.match(example)
            assert found is not None and _key(found.group()) == _key(entry["cue"]), example
        else:  # the base names the larger place of this level
            level = partshares.larger_level(example, cues)
            assert (
                level is not None
                and level.value
                == {
                    "province": "province",
                    "country": "national",
                    "district": "district",
                }[table]
            ), (example, level)
            assert _key(entry["cue"]) in {
                _key(m.group()) for m in getattr(cues, table).finditer(example)
            }


@pytest.mark.parametrize(("table", "entry"), _audit_cases("bounds.toml"))
def test_bound_examples_cross_their_ceiling(table: str, entry: dict[str, Any]) -> None:
    bound = units.load_bounds()[entry["level"]]
    assert bound.examples == tuple(_examples(entry))
    for example in bound.examples:
        amount = units._example_amount(example)
        assert amount is not None and amount > bound.per_year_max_vnd, (example, amount)


def test_audit_loaders_check_each_example_of_an_array() -> None:
    one_bad = 'version = 1\n[[average]]\ncue = "bình quân"\nexample = ["bình quân 15", "có 15"]\n'
    with pytest.raises(LexiconError, match="'có 15' is not matched by the cue"):
        rates.parse_rate_cues(one_bad)
    empty = 'version = 1\n[[counted]]\ncue = "hộ"\nexample = []\n'
    with pytest.raises(LexiconError, match="at least one phrase"):
        implied_cues.parse_implied_cues(empty)
