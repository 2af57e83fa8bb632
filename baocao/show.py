"""A stored document's facts as readable text, for ``baocao show``."""

from __future__ import annotations

from collections.abc import Iterable

from baocao.display import visible
from baocao.errors import DocumentNotFound
from baocao.export import join_units
from baocao.model import (
    Coverage,
    CriteriaCount,
    Fact,
    Funding,
    Percentage,
    Place,
    Report,
    Verdict,
)
from baocao.vocab.numbers import format_number


def describe_fact(fact: Fact) -> str:
    """One line saying what the fact states, in canonical values."""
    goal = " [goal]" if fact.target else ""
    if isinstance(fact, Verdict):
        verdict = "meets" if fact.met else "does not meet"
        text = f"{fact.subject} {verdict} criterion {fact.criterion} ({fact.criteria_set})"
    elif isinstance(fact, CriteriaCount):
        state = "unmet" if fact.unmet else "met"
        text = f"{fact.subject}: {fact.met}/{fact.of} {fact.what} {state} ({fact.scheme})"
    elif isinstance(fact, Coverage):
        criterion = f"criterion {fact.criterion}" if fact.criterion else "the whole standard"
        total = fact.units_total if fact.units_total is not None else "?"
        pct = f", stated {fact.percent_stated}%" if fact.percent_stated is not None else ""
        units = fact.unit_kind or "units"
        text = f"{fact.region}: {fact.units_met}/{total} {units} meet {criterion}{pct}"
    elif isinstance(fact, Funding):
        pct = f", {fact.percent_stated}%" if fact.percent_stated is not None else ""
        of = f" of {format_number(fact.of_vnd)}" if fact.of_vnd is not None else ""
        text = (
            f"{fact.region}: {fact.source} {fact.flow} {format_number(fact.amount_vnd)} đồng"
            f"{of}{pct}"
        )
    elif isinstance(fact, Percentage):
        threshold = f" (required {fact.threshold})" if fact.threshold else ""
        criterion = f" [criterion {fact.criterion}]" if fact.criterion else ""
        text = (
            f"{fact.subject}: {fact.label or 'rate'} {fact.value} {fact.unit}{threshold}{criterion}"
        )
    else:  # pragma: no cover - every kind is handled above
        text = fact.kind
    period = f" · {fact.period}" if fact.period else ""
    return f"{text}{period}{goal}"


def place_label(place: Place, *, code: bool = False) -> str:
    """A unit as a reader names it: its prefix and name ("xã Tân Lập"), with its code in
    brackets when ``code`` and it resolved ("xã Tân Lập [13285]")."""
    label = " ".join(filter(None, (place.prefix, place.name)))
    return f"{label} [{place.code}]" if code and place.code else label


def units_label(report: Report, *, codes: bool = False) -> str | None:
    """Every unit a report is about (:func:`place_label` each): of a report about several,
    all of them in the text's order, joined as every output joins them
    (:func:`~baocao.export.join_units`: "xã Tân Lập; xã Quang Trung"); else its unit; None
    for a report without one."""
    if len(report.units) > 1:
        return join_units(place_label(unit, code=codes) for unit in report.units)
    return place_label(report.unit, code=codes) if report.unit else None


def describe_report(name: str, report: Report | None) -> list[str]:
    lines = [f"document: {name}"]
    if report is None:
        return lines
    if len(report.units) > 1:
        lines.append(f"units: {units_label(report, codes=True)}")
    elif report.unit:
        lines.append(f"unit: {units_label(report, codes=True)}")
    if report.province:
        lines.append(f"province: {report.province.name}")
    for label, value in (
        ("number", report.number),
        ("date", report.date),
        ("period", report.period),
        ("criteria set", report.criteria_set),
        ("title", report.title),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return lines


def render_facts(facts: Iterable[tuple[int, Fact]]) -> list[str]:
    lines = []
    for fact_id, fact in facts:
        page = f"p.{fact.page}" if fact.page is not None else "—"
        lines.append(f"#{fact_id} {fact.kind:<14} {page:>5}  {describe_fact(fact)}")
        lines.append(f"{'':>22}“{fact.quote}” [{fact.start}:{fact.end}]")
    return lines


def find_document(store, document: str):
    """The stored document row named ``document`` (file name, path or sha256): of several,
    one not superseded (its file not stored again since with other content), then the one
    stored last; raises :class:`~baocao.errors.DocumentNotFound` when there is none."""
    rows = [row for row in store.documents() if document in (row.name, row.sha256, row.path)]
    if not rows:
        raise DocumentNotFound(f"no stored document named {document!r}")
    return max(rows, key=lambda row: (row.superseded_by is None, row.id))


def render_document(store, document: str, *, kind: str | None = None) -> str:
    """Raise :class:`~baocao.errors.DocumentNotFound` when no stored document has that name
    or hash."""
    row = find_document(store, document)
    lines = describe_report(row.name, store.report(row.sha256))
    if row.status != "ok":
        lines.append(f"status: {row.status}: {row.error}")
        return _lines(lines)
    facts = list(store.facts(document=row.sha256, kind=kind))
    lines.append(f"{len(facts)} facts")
    lines.extend(render_facts(facts))
    return _lines(lines)


def _lines(lines: list[str]) -> str:
    """One line per entry, whatever the data in it holds (:func:`~baocao.display.visible`)."""
    return "\n".join(visible(line) for line in lines)
