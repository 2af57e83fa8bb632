"""The Datasette plugin of ``baocao serve``: every fact links to a page showing its document
and its quote in context.

- ``render_cell``: a ``fact_id`` cell, a fact's ``quote`` and the ``facts`` table's ``id``
  link to ``/-/fact/<id>``; a ``document_id`` in a view or query links to the document's row.
- ``extra_body_script``: on table pages, the column descriptions fold behind one line and
  show as tooltips on the column headers.
- ``register_routes``: ``/-/fact/<id>``, the fact's page: its document (file, report unit,
  period, page), the quote highlighted in the paragraphs around it, the fact's fields, and
  the audit findings that involve it.

Registered in-process (:func:`register`), not through an entry point: only ``baocao serve``
loads it. Every value put into HTML is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from datasette import hookimpl
from markupsafe import Markup

from baocao.export import join_units
from baocao.store.schema import DETAIL_TABLES

#: Characters of text shown on each side of a quote (cut back to a line start/end).
CONTEXT_CHARS = 600

_NAME = "baocao-serve"


def register() -> None:
    """Register the hooks with Datasette's plugin manager (once per process)."""
    import sys

    from datasette.plugins import pm

    if pm.get_plugin(_NAME) is None:
        pm.register(sys.modules[__name__], name=_NAME)
    # Datasette prints every error it answers, a 404 included, as a rich traceback with the
    # locals when rich is importable (baocao's terminal tables need it): a browsing session
    # would flood the terminal. Without it, only server errors (500) print a traceback.
    import datasette.handle_exception

    datasette.handle_exception.rich = None


@dataclass(frozen=True)
class InContext:
    """A quote with the text around it: ``before + quote + after`` is a slice of the text."""

    before: str
    quote: str
    after: str


def quote_in_context(text: str, start: int, end: int, *, margin: int = CONTEXT_CHARS) -> InContext:
    """The text around ``text[start:end]``: up to ``margin`` characters each side, cut at the
    first line break inside the margin so the context is whole lines."""
    lo = max(0, start - margin)
    hi = min(len(text), end + margin)
    before = text[lo:start]
    after = text[end:hi]
    if lo > 0 and "\n" in before:
        before = before[before.index("\n") + 1 :]
    if hi < len(text) and "\n" in after:
        after = after[: after.rindex("\n")]
    return InContext(before, text[start:end], after)


def _fact_url(datasette, fact_id: Any) -> str:
    return str(datasette.urls.path(f"/-/fact/{int(fact_id)}"))


def _link(href: str, text: Any) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def _keys(row) -> set[str]:
    try:
        return set(row.keys())
    except (AttributeError, TypeError):
        return set()


@hookimpl
def render_cell(row, value, column, table, database, datasette) -> Markup | None:
    if value is None:
        return None
    keys = _keys(row)
    if column == "fact_id" and isinstance(value, int):
        return _link(_fact_url(datasette, value), value)
    if column == "quote" and isinstance(value, str):
        fact_id = row["fact_id"] if "fact_id" in keys else None
        if fact_id is None and table == "facts" and "id" in keys:
            fact_id = row["id"]
        if isinstance(fact_id, int):
            return _link(_fact_url(datasette, fact_id), value)
    if column == "document_id" and isinstance(value, int) and table not in DATASETTE_LINKED:
        href = datasette.urls.row(database, "documents", str(value))
        return _link(href, value)
    return None


#: Tables where Datasette already links document_id (a foreign key) to its row.
DATASETTE_LINKED = frozenset({"facts", "pages", "document_texts", "reports", "findings"})


#: On a table page, the list of column descriptions (long on a flat view) folds away behind
#: one line, and each column header shows its description as a tooltip.
_TABLE_SCRIPT = """
document.querySelectorAll("dl.column-descriptions").forEach((list) => {
  const fold = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "What the " + list.querySelectorAll("dt").length + " columns mean";
  fold.className = "baocao-columns";
  list.replaceWith(fold);
  fold.append(summary, list);
});
document.querySelectorAll("th[data-column-description]").forEach((th) => {
  th.title = th.dataset.columnDescription;
});
"""


@hookimpl
def extra_body_script(template, database, table, columns, view_name, request, datasette):
    return _TABLE_SCRIPT if view_name == "table" else None


@hookimpl
def register_routes(datasette):
    return [(r"^/-/fact/(?P<fact_id>\d+)$", fact_page)]


#: Fact kind → its flat view (the fact with its document's report unit and province).
_KIND_VIEWS = {
    "verdict": "v_verdicts",
    "criteria_count": "v_criteria_counts",
    "coverage": "v_coverage",
    "funding": "v_funding",
    "percentage": "v_percentages",
}


async def fact_page(datasette, request):
    from datasette.utils.asgi import NotFound, Response

    fact_id = int(request.url_vars["fact_id"])
    db = datasette.get_database()
    fact = (
        await db.execute(
            'SELECT f.id, f.document_id, f.kind, f.page, f.start, f."end", f.quote, f.period,'
            " f.scheme, f.criteria_set, f.target, f.ocr, f.origin, d.name AS document,"
            " d.path, d.format, r.unit_prefix, r.unit_name, r.province_name, r.title,"
            " r.number, r.report_date, r.period AS report_period"
            " FROM facts f JOIN documents d ON d.id = f.document_id"
            " LEFT JOIN reports r ON r.document_id = f.document_id WHERE f.id = ?",
            [fact_id],
        )
    ).first()
    if fact is None:
        raise NotFound(f"no fact {fact_id}")
    detail_table = DETAIL_TABLES[fact["kind"]].name
    detail = (
        await db.execute(f"SELECT * FROM {detail_table} WHERE fact_id = ?", [fact_id])
    ).first()
    # How comparisons treat it (view revision 0005): counted once per report, flagged or not.
    standing = (
        await db.execute(
            "SELECT level, period, counted, flagged, document_role, province_2025"
            " FROM v_facts WHERE fact_id = ?",
            [fact_id],
        )
    ).first()
    context = await _context(db, fact)
    # A report about several units (news naming the communes recognised) is of all of them.
    several = (
        await db.execute(
            "SELECT prefix, name FROM report_units WHERE document_id = ? ORDER BY position",
            [fact["document_id"]],
        )
    ).rows
    report_units = (
        join_units(" ".join(filter(None, (u["prefix"], u["name"]))) for u in several)
        if len(several) > 1
        else None
    )
    findings = (
        await db.execute(
            "SELECT g.id, g.kind, g.severity, g.explain FROM finding_facts ff"
            " JOIN findings g ON g.id = ff.finding_id WHERE ff.fact_id = ? ORDER BY g.id",
            [fact_id],
        )
    ).rows
    database = db.name
    page = await datasette.render_template(
        "baocao_fact.html",
        {
            "fact": dict(fact),
            "report_units": report_units,
            "detail": {k: detail[k] for k in detail.keys() if k != "fact_id"} if detail else {},
            "context": context,
            "standing": dict(standing) if standing else None,
            "findings": [dict(f) for f in findings],
            "database": database,
            "document_url": datasette.urls.row(database, "documents", str(fact["document_id"])),
            "facts_url": datasette.urls.table(database, "facts")
            + f"?document_id={int(fact['document_id'])}",
            "view_url": datasette.urls.table(database, _KIND_VIEWS[fact["kind"]])
            + f"?fact_id={fact_id}",
            "findings_url": datasette.urls.table(database, "findings"),
        },
        request=request,
    )
    return Response.html(page)


async def _context(db, fact) -> InContext | None:
    """The quote in its surrounding text, from the stored pages or the whole text; None
    when the text is not stored or no longer slices to the quote."""
    start, end = fact["start"], fact["end"]
    rows = (
        await db.execute(
            'SELECT start, "end", text FROM pages WHERE document_id = ?'
            ' AND "end" > ? AND start < ? ORDER BY number',
            [fact["document_id"], start - CONTEXT_CHARS, end + CONTEXT_CHARS],
        )
    ).rows
    if rows:
        offset = rows[0]["start"]
        text = "".join(r["text"] for r in rows)
    else:
        whole = (
            await db.execute(
                "SELECT text FROM document_texts WHERE document_id = ?", [fact["document_id"]]
            )
        ).first()
        if whole is None:
            return None
        offset, text = 0, whole["text"]
    local_start, local_end = start - offset, end - offset
    if not 0 <= local_start <= local_end <= len(text):
        return None
    if text[local_start:local_end] != fact["quote"]:
        return None
    return quote_in_context(text, local_start, local_end)
