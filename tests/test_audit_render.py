"""Audit output: terminal table, JSON Lines, and a self-contained HTML page checked in a real
headless browser (Debian's chromium)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from auditfacts import Doc
from rich.console import Console

from baocao.audit import AuditResult, DocumentAudit, audit_facts
from baocao.audit.render import (
    paragraph_around,
    render_audit,
    render_html,
    render_jsonl,
    render_table,
)
from baocao.model import Finding, Report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = '<script>alert("x")</script> & <img src=http://example.invalid/x.png>'


def audited(name: str, *, hostile: bool = False) -> tuple[DocumentAudit, str]:
    doc = Doc(name)
    doc.line("3. Kết quả huy động nguồn lực" + (f" {HOSTILE}" if hostile else ""))
    doc.text += "Năm 2023 "
    doc.funding("tổng nguồn vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 4.500.000.000 đồng", 4_500_000_000, source="commune")
    doc.coverage(
        "74/115 xã đạt tiêu chí số 2 (đạt 63,34%)", 74, 115, criterion=2, percent_stated=63.34
    )
    doc.count("đạt 15/19 tiêu chí", 15, 19)
    doc.count("còn lại 05 tiêu chí", 5, 19, unmet=True, target=True)
    findings = audit_facts(doc.facts, report=Report(period="2023"))
    audit = DocumentAudit(
        document_id=1 if not hostile else 2,
        name=name,
        sha256=f"sha-{name}",
        fact_count=len(doc.facts),
        findings=tuple(findings),
    )
    return audit, doc.text


def result_and_texts() -> tuple[AuditResult, dict[str, str]]:
    a, text_a = audited("bao-cao-2023.txt")
    b, text_b = audited(f"{HOSTILE}.pdf", hostile=True)
    clean = DocumentAudit(
        document_id=3, name="dung.pdf", sha256="sha-ok", fact_count=0, findings=()
    )
    texts = {a.sha256: text_a, b.sha256: text_b}
    return AuditResult(documents=(a, b, clean)), texts


def test_the_table_lists_every_finding() -> None:
    result, _ = result_and_texts()
    console = Console(record=True, width=300)
    console.print(render_table(result))
    shown = console.export_text()
    assert "6 findings in 3 documents" in shown
    for f in result.findings:
        assert f.kind in shown


def test_jsonl_writes_one_finding_per_line_in_the_export_contract() -> None:
    result, _ = result_and_texts()
    out = io.StringIO()
    assert render_jsonl(result.findings, out) == len(result.findings)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["kind"] for r in records] == [f.kind for f in result.findings]
    first = records[0]
    assert {"document", "kind", "severity", "explain", "quote", "page", "fact_ids"} <= set(first)
    assert Finding(**{**first, "fact_ids": tuple(first["fact_ids"])}).to_record() == first


def test_render_audit_gives_each_format_as_text() -> None:
    result, _ = result_and_texts()
    jsonl = io.StringIO()
    render_jsonl(result.findings, jsonl)
    assert render_audit(result, format="jsonl") == jsonl.getvalue()
    table = render_audit(result, format="table", width=300)
    assert "6 findings in 3 documents" in table and "\x1b[" not in table
    assert "\x1b[" in render_audit(result, format="table", styled=True)  # a terminal's bold
    assert render_audit(result, format="html").startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match="format must be one of table, jsonl, html, not 'pdf'"):
        render_audit(result, format="pdf")


def test_a_failed_audit_writes_no_output_file(tmp_path: Path) -> None:
    from clirun import run

    from baocao.store import open_store

    db = tmp_path / "empty.db"
    open_store(str(db)).close()
    out = tmp_path / "audit.html"
    failed = run("audit", "--db", db, "--document", "nope.pdf", "-f", "html", "-o", out,
                 cwd=tmp_path)  # fmt: skip
    assert failed.returncode == 3, failed.stderr
    assert not out.exists()
    done = run("audit", "--db", db, "-f", "html", "-o", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_quote_is_shown_inside_its_paragraph() -> None:
    text = "Tiêu đề\nNăm 2023 tổng vốn là 10 tỷ đồng, trong đó:\n- Vốn tỉnh"
    start = text.index("tổng vốn")
    before, quote, after = paragraph_around(text, start, start + len("tổng vốn là 10 tỷ đồng"))
    assert (before, quote, after) == ("Năm 2023 ", "tổng vốn là 10 tỷ đồng", ", trong đó:")


def test_long_paragraphs_are_cut_around_the_quote() -> None:
    text = "a" * 1000 + "QUOTE" + "b" * 1000
    before, _, after = paragraph_around(text, 1000, 1005)
    assert before.startswith("…") and len(before) == 401
    assert after.endswith("…") and len(after) == 401


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []  # every src/href: things a browser would fetch or follow
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [v or "" for k, v in attrs if k in ("src", "href")]
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks.append(data)


def test_html_escapes_everything_from_documents() -> None:
    result, texts = result_and_texts()
    page = render_html(result, text_of=texts.get)
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert "&lt;script&gt;" in page
    assert all(link.startswith("#") for link in parser.links)  # nothing to fetch


def test_html_marks_each_quote_even_without_text() -> None:
    result, _ = result_and_texts()
    parser = _Collect()
    parser.feed(render_html(result))
    assert sorted(parser.marks) == sorted(f.quote for f in result.findings)


# -- in a real browser ------------------------------------------------------------------


def _dump_dom(page: Path, profile: Path) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_page_shows_findings_marked_quotes_and_counts_in_a_browser(tmp_path: Path) -> None:
    result, texts = result_and_texts()
    page = tmp_path / "audit.html"
    page.write_text(render_html(result, text_of=texts.get), encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    parser = _Collect()
    parser.feed(dom)
    # Every finding's quote is highlighted, in its paragraph ("Năm 2023 " precedes one).
    assert sorted(parser.marks) == sorted(f.quote for f in result.findings)
    assert "Năm 2023 <mark>tổng nguồn vốn: 10.000.000.000 đồng</mark>" in dom
    # Counts by severity per document, and the explanations with computed vs stated.
    for d in result.documents:
        for s in ("high", "medium", "low"):
            assert f'data-severity="{s}">{d.count(s)} {s}</span>' in dom  # type: ignore[arg-type]
    assert "74/115 = 64,35% (rounded 64,35, truncated 64,34), stated 63,34%" in dom
    assert "No inconsistency found." in dom
    # The hostile document name stayed text: the browser built no script or image from it.
    assert "script" not in parser.tags and "img" not in parser.tags
    assert all(link.startswith("#") for link in parser.links)
    assert "&lt;script&gt;alert" in dom


def test_the_page_takes_paragraphs_from_the_stored_pages(tmp_path: Path) -> None:
    from auditfacts import save

    from baocao.audit import audit_store
    from baocao.store import open_store

    doc = Doc("a.pdf")
    doc.text += "Năm 2023, "
    doc.funding("tổng nguồn vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 4.500.000.000 đồng", 4_500_000_000, source="commune")
    with open_store(str(tmp_path / "audit.db")) as store:
        save(store, doc, Report(period="2023"))
        page = render_html(audit_store(store), store)
    assert "Năm 2023, <mark>tổng nguồn vốn: 10.000.000.000 đồng</mark>" in page
    assert "page 1" in page
