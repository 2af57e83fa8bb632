"""The facts the extractor reads from a text, the road every document takes (read it, then
normalise the reading with the report): one home for the small helpers the nlp tests use,
instead of one slightly different copy per test module.

Every function takes the ``make_document`` fixture first. ``name`` is the document's file
name (the fixture's own default, or ``NEWS`` for a news article); ``pages`` are page texts,
joined in order, taking the place of ``text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from baocao import model
from baocao.model import Document, Fact, Report
from baocao.nlp import read_document
from baocao.normalize import reading_to_facts

REPORT = "report.txt"  # the make_document fixture's default name
NEWS = "tin.txt"

MakeDocument = Callable[..., Document]


def read_text(
    make_document: MakeDocument,
    text: str = "",
    *,
    name: str = REPORT,
    pages: list[str] | None = None,
    traced: bool = False,
) -> tuple[Document, Report, tuple[Fact, ...]]:
    """The document made of ``text``, its report and its facts; ``traced`` also asserts that
    every fact's quote slices back out of the text at its offsets."""
    document = make_document(text, name=name, pages=pages)
    report, facts = reading_to_facts(document, read_document(document))
    if traced:
        for f in facts:
            assert document.text[f.start : f.end] == f.quote
    return document, report, facts


def report_and_facts(
    make_document: MakeDocument,
    text: str = "",
    *,
    name: str = REPORT,
    pages: list[str] | None = None,
) -> tuple[Report, tuple[Fact, ...]]:
    _, report, facts = read_text(make_document, text, name=name, pages=pages)
    return report, facts


def facts_of(
    make_document: MakeDocument,
    text: str = "",
    *,
    name: str = REPORT,
    pages: list[str] | None = None,
) -> tuple[Fact, ...]:
    return read_text(make_document, text, name=name, pages=pages)[2]


def news_report_and_facts(
    make_document: MakeDocument, text: str | None = None, *, pages: list[str] | None = None
) -> tuple[Report, tuple[Fact, ...]]:
    """``report_and_facts`` of a news article (``text`` may be left out for ``pages``)."""
    return report_and_facts(make_document, text or "", name=NEWS, pages=pages)


def news_facts_of(make_document: MakeDocument, text: str) -> tuple[Fact, ...]:
    return facts_of(make_document, text, name=NEWS)


def traced_news_facts_of(make_document: MakeDocument, text: str) -> tuple[Fact, ...]:
    """``news_facts_of``, asserting every quote slices back out of the text."""
    return read_text(make_document, text, name=NEWS, traced=True)[2]


def facts_of_class(make_document: MakeDocument, text: str, class_name: str) -> list[Fact]:
    """The facts of ``text`` of the model class named ``class_name`` ("Coverage", …)."""
    return of_kind(facts_of(make_document, text), getattr(model, class_name))


def of_kind(facts: Sequence[Fact], kind: type) -> list:
    return [f for f in facts if isinstance(f, kind)]


def place_of(fact: Fact) -> str | None:
    """The place a fact is about: its region, else its subject."""
    return getattr(fact, "region", None) or getattr(fact, "subject", None)


def sources_of(make_document: MakeDocument, text: str) -> list[tuple[str, int]]:
    """(source, amount_vnd) of each funding fact of ``text``, through normalisation."""
    return [(f.source, f.amount_vnd) for f in of_kind(facts_of(make_document, text), model.Funding)]
