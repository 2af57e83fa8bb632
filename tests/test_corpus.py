"""The sample corpus (corpus/) is well formed: every report has a gold file in the seeds'
format, every gold quote is in its text, the facts are typed as shared FACTS.md defines
them, the corpus exercises what it claims to, and every built format is up to date."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402

TXT = sorted((CORPUS / "txt").glob("*.txt"))
NAMES = [p.stem for p in TXT]
FACT_LISTS = ("verdicts", "criteria_counts", "coverage", "funding", "percentages")
LEVELS = {"commune": ("xã",), "district": ("huyện", "thị xã", "thành phố"), "province": ("tỉnh",)}
SCHEMES = {"NTM", "NTM nâng cao", "NTM kiểu mẫu"}
CRITERIA_SETS = {"2010-2015": 19, "2016-2020": 19, "2021-2025": 19, "2026-2030": 10}
SOURCES = {
    "total", "central", "province", "district", "commune", "integrated", "credit",
    "enterprise", "community", "other",
}  # fmt: skip
FLOWS = {"mobilised", "allocated", "disbursed", "planned"}
UNITS_WRITTEN = {"đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "triệu", "tỷ"}
FINDING_KINDS = {
    "sum_mismatch", "percent_mismatch", "count_mismatch", "denominator_mismatch",
    "unit_implausible", "threshold_contradiction", "cross_document",
}  # fmt: skip
PERIOD = re.compile(r"^\d{4}(-\d{4}|-H[12])?$")
THRESHOLD = re.compile(r"^(>=|<=|>|<)\d+(\.\d+)?$")


def text(name: str) -> str:
    return (CORPUS / "txt" / f"{name}.txt").read_text(encoding="utf-8")


def gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def facts(name: str):
    g = gold(name)
    return [(kind, f) for kind in FACT_LISTS for f in g[kind]]


def slug(words: str) -> str:
    ascii_ = unicodedata.normalize("NFD", words.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(ch for ch in ascii_ if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


# -- the corpus as a whole ----------------------------------------------------------------


def test_every_report_has_a_gold_file_and_nothing_else_does():
    golds = {p.stem for p in (CORPUS / "gold").glob("*.json")}
    assert golds == set(NAMES)


def test_the_corpus_spans_levels_provinces_and_criteria_sets():
    metas = [gold(n)["meta"] for n in NAMES]
    assert len(NAMES) >= 10
    assert {m["level"] for m in metas} == {"commune", "district", "province"}
    assert len({m["province"] for m in metas}) >= 5
    assert {m["criteria_set"] for m in metas} >= {"2010-2015", "2016-2020", "2021-2025"}
    cited = "\n".join(text(n) for n in NAMES)
    assert "1980/QĐ-TTg" in cited and "318/QĐ-TTg" in cited


def test_every_fact_kind_is_exercised_in_several_reports():
    for kind in FACT_LISTS:
        assert sum(1 for n in NAMES if gold(n)[kind]) >= 3, kind
    all_facts = [f for n in NAMES for _, f in facts(n)]
    assert any(f.get("target") for f in all_facts)
    assert any(f.get("flow") == "planned" for f in all_facts)
    assert any(f.get("flow") == "disbursed" and f.get("of_vnd") for f in all_facts)
    assert any(f.get("unmet") for f in all_facts)
    assert any(f.get("origin") == "table" for f in all_facts)
    assert {f["unit_written"] for f in all_facts if "unit_written" in f} >= {
        "đồng", "triệu đồng", "tỷ đồng",
    }  # fmt: skip
    assert {f.get("unit") for f in all_facts} >= {"%", "tiêu chí/xã", "triệu đồng/người/năm"}


def test_some_reports_are_consistent_and_others_carry_planted_errors():
    planted = {n: gold(n)["inconsistencies"] for n in NAMES}
    assert sum(1 for found in planted.values() if not found) >= 4
    assert sum(1 for found in planted.values() if found) >= 3
    kinds = {f["kind"] for found in planted.values() for f in found}
    assert kinds == FINDING_KINDS


def test_a_cross_document_finding_is_recorded_in_both_reports():
    crossing = [
        n for n in NAMES if any(f["kind"] == "cross_document" for f in gold(n)["inconsistencies"])
    ]
    assert len(crossing) >= 2
    for name in crossing:
        explained = " ".join(f["explain"] for f in gold(name)["inconsistencies"])
        assert any(other in explained for other in crossing if other != name)


def test_the_readme_describes_every_report():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert name in readme


# -- one report at a time -----------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_text_is_nfc_utf8_with_unix_line_ends(name):
    raw = (CORPUS / "txt" / f"{name}.txt").read_bytes()
    decoded = raw.decode("utf-8")
    assert "\r" not in decoded
    assert unicodedata.is_normalized("NFC", decoded)


@pytest.mark.parametrize("name", NAMES)
def test_name_is_built_from_province_level_unit_and_period(name):
    meta = gold(name)["meta"]
    assert meta["unit_type"] in LEVELS[meta["level"]]
    expected = "-".join(
        (
            slug(meta["province"]),
            slug(meta["unit_type"]),
            slug(meta["unit"]),
            meta["period"].lower(),
        )
    )
    assert name == expected
    assert gold(name)["doc"] == name


@pytest.mark.parametrize("name", NAMES)
def test_meta_is_complete(name):
    meta = gold(name)["meta"]
    for key in ("level", "unit", "unit_type", "province", "period", "report_date"):
        assert key in meta, key
    assert PERIOD.match(meta["period"])
    assert meta["criteria_set"] in CRITERIA_SETS
    assert re.match(r"^\d{4}-\d{2}(-\d{2})?$", meta["report_date"])
    assert meta["unit"] in text(name)


PLACE_PREFIXES = ("xã ", "huyện ", "thị xã ", "thành phố ", "tỉnh ", "thị trấn ", "thôn ")


@pytest.mark.parametrize("name", NAMES)
def test_every_fact_says_when_and_where_it_is(name):
    # FACTS.md, "When and where a fact is, decided": a period (null when the text dates the
    # fact nowhere) and a place with its prefix on every gold fact
    for kind, fact in facts(name):
        assert "period" in fact, (kind, fact["quote"])
        for period in [fact["period"], *(fact.get("period_alt") or [])]:
            assert period is None or PERIOD.match(period), (kind, period)
        place = fact.get("region" if kind in ("coverage", "funding") else "subject")
        assert place and place.startswith(PLACE_PREFIXES), (kind, place, fact["quote"])


@pytest.mark.parametrize("name", NAMES)
def test_every_quote_is_in_the_text_and_repeated_quotes_are_anchored(name):
    body = text(name)
    for kind, fact in facts(name):
        quote = fact["quote"]
        assert quote in body, (kind, quote)
        if body.count(quote) > 1:
            anchor = body.index(fact["anchor"])
            occurrences = [m.start() for m in re.finditer(re.escape(quote), body)]
            assert occurrences[fact["occurrence"] - 1] == body.index(quote, anchor), quote
    for finding in gold(name)["inconsistencies"]:
        assert finding["quote"] in body


@pytest.mark.parametrize("name", NAMES)
def test_facts_have_the_fields_and_types_of_their_kind(name):
    for kind, f in facts(name):
        assert f["scheme"] in SCHEMES
        if f.get("criterion") is not None:
            assert f["criteria_set"] in CRITERIA_SETS
            assert 1 <= f["criterion"] <= CRITERIA_SETS[f["criteria_set"]]
        if f.get("period") is not None:
            assert PERIOD.match(f["period"]), f["period"]
        assert isinstance(f.get("target", False), bool)
        if kind == "verdicts":
            assert isinstance(f["subject"], str) and isinstance(f["met"], bool)
            assert isinstance(f["criterion"], int)
        elif kind == "criteria_counts":
            assert f["what"] in ("tiêu chí", "chỉ tiêu")
            assert isinstance(f["met"], int) and isinstance(f["unmet"], bool)
            assert f["of"] is None or 0 <= f["met"] <= f["of"]
        elif kind == "coverage":
            assert isinstance(f["region"], str) and isinstance(f["units_met"], int)
            total = f["units_total"]
            assert total is None or 0 <= f["units_met"] <= total
            assert f["percent_stated"] is None or isinstance(f["percent_stated"], float)
        elif kind == "funding":
            assert all(part in SOURCES for part in f["source"].split("+")), f["source"]
            assert f["flow"] in FLOWS
            assert isinstance(f["amount_vnd"], int) and f["amount_vnd"] > 0
            assert f["unit_written"] in UNITS_WRITTEN
            assert f["period"] is not None
            assert f["of_vnd"] is None or f["of_vnd"] >= f["amount_vnd"]
        elif kind == "percentages":
            assert isinstance(f["value"], float)
            assert f["threshold"] is None or THRESHOLD.match(f["threshold"])
            assert f["unit"] in ("%", "tiêu chí/xã", "triệu đồng/người/năm")


@pytest.mark.parametrize("name", NAMES)
def test_targets_are_stated_as_goals(name):
    """A fact marked as a goal sits in a sentence that says so; no goal is left unmarked."""
    body = text(name)
    goal_words = ("phấn đấu", "mục tiêu", "kế hoạch vốn", "dự kiến")
    for _, f in facts(name):
        start = body.index(f["quote"])
        line = body[body.rfind("\n", 0, start) + 1 : body.find("\n", start)].lower()
        is_goal = f.get("target", False) or f.get("flow") == "planned"
        assert is_goal == any(w in line for w in goal_words), f["quote"]


@pytest.mark.parametrize("name", NAMES)
def test_written_percentages_are_recorded_where_they_are_quoted(name):
    """A percentage inside a coverage or funding quote is that fact's ``percent_stated``."""
    for kind, f in facts(name):
        if kind not in ("coverage", "funding") or f.get("origin") == "table":
            continue
        written = re.findall(r"(\d+(?:,\d+)?)\s?%", f["quote"])
        if written:
            assert f["percent_stated"] == float(written[-1].replace(",", ".")), f["quote"]
        else:
            assert f["percent_stated"] is None, f["quote"]


# -- the built formats --------------------------------------------------------------------


def test_built_formats_are_up_to_date():
    layout = make_corpus.Layout(CORPUS / "txt", CORPUS, CORPUS / "gold")
    assert make_corpus.check(layout) == []


@pytest.mark.parametrize("name", NAMES)
def test_the_pdf_holds_every_number_of_its_text(name):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(CORPUS / "pdf" / f"{name}.pdf")
    try:
        assert 1 <= len(document) <= 4
        pdf_text = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    squeezed = re.sub(r"\s+", "", pdf_text)
    numbers = set(re.findall(r"\d[\d.,/]*\d", text(name)))
    missing = sorted(n for n in numbers if n not in squeezed)
    assert missing == []


@pytest.mark.parametrize("name", NAMES)
def test_the_scan_is_pictures_of_the_pdf_pages(name):
    import pypdfium2 as pdfium

    scan = pdfium.PdfDocument(CORPUS / "scan" / f"{name}.pdf")
    pdf = pdfium.PdfDocument(CORPUS / "pdf" / f"{name}.pdf")
    try:
        assert len(scan) == len(pdf)
        assert all(page.get_textpage().get_text_range().strip() == "" for page in scan)
    finally:
        scan.close()
        pdf.close()


@pytest.mark.parametrize("name", NAMES)
def test_the_word_97_file_is_an_ole2_document(name):
    assert (CORPUS / "doc" / f"{name}.doc").read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")


@pytest.mark.parametrize("name", NAMES)
def test_the_tcvn3_docx_decodes_back_to_the_text(name):
    import docx

    from baocao.extract.legacy import decode_tcvn3

    lines = []
    for paragraph in docx.Document(CORPUS / "tcvn3" / f"{name}.docx").paragraphs:
        runs = paragraph.runs
        assert runs and {r.font.name for r in runs} <= {".VnTime", ".VnTimeH"}
        lines.append("".join(decode_tcvn3(r.text, caps=r.font.name == ".VnTimeH") for r in runs))
    prose = [
        b.text
        for b in make_corpus.text_to_blocks(text(name))
        if not isinstance(b, make_corpus.Table)
    ]
    assert lines == prose


@pytest.mark.parametrize("name", [n for n in NAMES if (CORPUS / "tables" / f"{n}.xlsx").exists()])
def test_appendix_tables_hold_the_reports_tables_and_their_gold(name):
    from openpyxl import load_workbook

    tables = [b for b in make_corpus.text_to_blocks(text(name)) if isinstance(b, make_corpus.Table)]
    workbook = load_workbook(CORPUS / "tables" / f"{name}.xlsx")
    assert len(workbook.sheetnames) == len(tables)
    heading = [(p.text,) for p in make_corpus.appendix_heading(text(name))]
    for sheet, table in zip(workbook.worksheets, tables, strict=True):
        cells = [
            tuple("" if v is None else str(v) for v in row if v is not None)
            if i < len(heading)
            else tuple("" if v is None else str(v) for v in row)
            for i, row in enumerate(sheet.iter_rows(values_only=True))
        ]
        # Every sheet names the report it belongs to, then holds the table as written.
        assert cells[: len(heading)] == heading
        assert cells[len(heading) :] == [tuple(row) for row in table.rows]
    cut = json.loads((CORPUS / "tables" / f"{name}.json").read_text(encoding="utf-8"))
    rows = {" | ".join(row) for table in tables for row in table.rows}
    table_facts = [f for kind in FACT_LISTS for f in cut[kind]]
    assert table_facts and all(any(f["quote"] in row for row in rows) for f in table_facts)
    assert all(f.get("origin") == "table" for f in table_facts)
