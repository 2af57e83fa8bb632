"""Audit results as a terminal table, JSON Lines, or one self-contained HTML page.

The HTML page needs nothing but a browser: inline CSS, no script, no network (its Content
Security Policy forbids every fetch). Document text is untrusted, so everything shown is
escaped; each finding's quote is highlighted (``<mark>``) inside its paragraph, read from the
stored page texts.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable, Iterable
from importlib import resources
from string import Template
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.table import Table

from baocao.audit.results import AuditResult, DocumentAudit
from baocao.display import cell
from baocao.model import Finding, Severity

if TYPE_CHECKING:
    from baocao.store import Store

TEMPLATE = "report.html"

#: What ``baocao audit --format`` offers: a table for people, JSON Lines, one HTML page.
AUDIT_FORMATS = ("table", "jsonl", "html")

#: Columns of a table written to a file or a pipe (a terminal gives its own width).
TABLE_WIDTH = 160

#: Characters of context shown on each side of a quote when its paragraph is longer.
CONTEXT_CHARS = 400

_SEVERITIES = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)


def render_table(result: AuditResult) -> Table:
    """One row per finding: document, page, severity, kind, explanation, quote. Cells are
    :func:`~baocao.display.cell` texts: a quote holding ``[/bold]`` or an escape code is
    shown as it is, never interpreted."""
    table = Table(title=f"{len(result.findings)} findings in {len(result.documents)} documents")
    for name in ("document", "page", "severity", "kind", "explain", "quote"):
        table.add_column(name, overflow="fold")
    for doc in result.documents:
        for f in sorted(doc.findings, key=_order):
            table.add_row(
                cell(f.document),
                "" if f.page is None else str(f.page),
                str(f.severity),
                cell(f.kind),
                cell(f.explain),
                cell(_short(f.quote, 120)),
            )
    return table


def render_jsonl(findings: Iterable[Finding], out: TextIO) -> int:
    """One JSON object per finding (FACTS.md "Audit findings"); returns how many."""
    n = 0
    for f in findings:
        out.write(json.dumps(f.to_record(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _order(f: Finding) -> tuple[int, int]:
    return (_SEVERITIES.index(f.severity), f.start if f.start is not None else -1)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- HTML --------------------------------------------------------------------------------


def paragraph_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """``(before, quote, after)``: the quote with the rest of its paragraph (its line or
    lines up to a blank line), cut to :data:`CONTEXT_CHARS` on each side."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    before = text[max(left, start - CONTEXT_CHARS) : start]
    after = text[end : min(right, end + CONTEXT_CHARS)]
    if start - left > CONTEXT_CHARS:
        before = "…" + before
    if right - end > CONTEXT_CHARS:
        after = after + "…"
    return before, text[start:end], after


def _context_html(f: Finding, text: str | None) -> str:
    if text is not None and f.start is not None and f.end is not None:
        if text[f.start : f.end] == f.quote:
            before, quote, after = paragraph_around(text, f.start, f.end)
            return (
                f'<p class="context">{html.escape(before)}<mark>{html.escape(quote)}</mark>'
                f"{html.escape(after)}</p>"
            )
    return f'<p class="context"><mark>{html.escape(f.quote)}</mark></p>'


def _finding_html(f: Finding, text: str | None) -> str:
    where = f"page {f.page}" if f.page is not None else "no page"
    facts = ", ".join(str(i) for i in f.fact_ids)
    return (
        f'<div class="finding {html.escape(str(f.severity))}" data-kind="{html.escape(f.kind)}">'
        f'<span class="badge {html.escape(str(f.severity))}">{html.escape(str(f.severity))}</span>'
        f'<span class="kind">{html.escape(f.kind)}</span>'
        f'<p class="explain">{html.escape(f.explain)}</p>'
        f"{_context_html(f, text)}"
        f'<p class="where">{html.escape(where)} · facts {html.escape(facts)}</p>'
        f"</div>"
    )


def _counts_html(doc: DocumentAudit) -> str:
    return "".join(
        f'<span class="{s}" data-severity="{s}">{doc.count(s)} {s}</span>' for s in _SEVERITIES
    )


def _document_html(doc: DocumentAudit, text: str | None) -> str:
    parts = [
        f'<section class="document" id="doc-{doc.document_id}" '
        f'data-findings="{len(doc.findings)}">',
        f"<h2>{html.escape(doc.name)}</h2>",
        f'<p class="counts">{_counts_html(doc)} · {doc.fact_count} facts</p>',
    ]
    if not doc.findings:
        parts.append('<p class="none">No inconsistency found.</p>')
    for severity in _SEVERITIES:
        group = [f for f in sorted(doc.findings, key=_order) if f.severity == severity]
        if not group:
            continue
        parts.append(f'<h3 class="{severity}">{severity} ({len(group)})</h3>')
        parts.extend(_finding_html(f, text) for f in group)
    parts.append("</section>")
    return "\n".join(parts)


def _index_html(result: AuditResult) -> str:
    rows = "".join(
        f'<tr><td><a href="#doc-{d.document_id}">{html.escape(d.name)}</a></td>'
        + "".join(f"<td>{d.count(s)}</td>" for s in _SEVERITIES)
        + "</tr>"
        for d in result.documents
    )
    head = "".join(f"<th>{s}</th>" for s in _SEVERITIES)
    return f'<table class="index"><tr><th>document</th>{head}</tr>{rows}</table>'


def store_text(store: Store) -> Callable[[str], str | None]:
    """A document's text from the store (see :meth:`Store.document_text`)."""

    def text_of(sha256: str) -> str | None:
        return store.document_text(sha256) if sha256 else None

    return text_of


def render_html(
    result: AuditResult,
    store: Store | None = None,
    *,
    title: str = "baocao audit",
    text_of: Callable[[str], str | None] | None = None,
) -> str:
    """The whole audit as one HTML page. Paragraph context comes from ``text_of(sha256)``
    (default: the store's page texts); without it, each quote is shown alone."""
    if text_of is None:
        text_of = store_text(store) if store is not None else (lambda _sha: None)
    counts = result.by_severity()
    summary = f"{len(result.findings)} findings in {len(result.documents)} documents: " + ", ".join(
        f"{counts[s]} {s}" for s in _SEVERITIES
    )
    documents = "\n".join(_document_html(d, text_of(d.sha256)) for d in result.documents)
    template = Template(resources.files("baocao.audit").joinpath(TEMPLATE).read_text("utf-8"))
    return template.substitute(
        title=html.escape(title),
        summary=html.escape(summary),
        index=_index_html(result) if len(result.documents) > 1 else "",
        documents=documents,
    )


def render_audit(
    result: AuditResult,
    *,
    format: str,
    store: Store | None = None,
    width: int = TABLE_WIDTH,
    styled: bool = False,
) -> str:
    """The audit in one of :data:`AUDIT_FORMATS`, as text to write wherever the caller wants.

    ``table``: :func:`render_table` laid out ``width`` columns wide, with terminal styles
    (bold headers) when ``styled``; ``jsonl``: :func:`render_jsonl`; ``html``:
    :func:`render_html`, quoting paragraphs from ``store``. A ``ValueError`` names an
    unknown format."""
    if format == "html":
        return render_html(result, store)
    buffer = io.StringIO()
    if format == "jsonl":
        render_jsonl(result.findings, buffer)
    elif format == "table":
        console = Console(
            file=buffer, width=width, soft_wrap=True, highlight=False, force_terminal=styled
        )
        console.print(render_table(result))
    else:
        raise ValueError(f"format must be one of {', '.join(AUDIT_FORMATS)}, not {format!r}")
    return buffer.getvalue()
