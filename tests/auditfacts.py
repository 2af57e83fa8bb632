"""Facts for the auditor's tests, built the way reports write them.

Each builder makes a fact from a sentence and keeps the text it is located in, so
``text[start:end] == quote`` holds as it does for extracted facts; ``save`` stores such a
document for the tests that audit a real store.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from baocao.model import (
    Coverage,
    CriteriaCount,
    Document,
    Extraction,
    Fact,
    Finding,
    Format,
    Funding,
    Level,
    Page,
    Percentage,
    Place,
    Report,
    Verdict,
)
from baocao.pipeline import extract_file
from baocao.store import Store


class Doc:
    """A report being written: each added fact's quote is appended to ``text`` so that
    ``text[start:end] == quote`` holds, as it does for extracted facts."""

    def __init__(self, name: str = "bao-cao.txt") -> None:
        self.name = name
        self.text = ""
        self.facts: list[tuple[int, Fact]] = []

    def add(
        self, cls: type[Fact], quote: str, *, again: bool = False, **fields: Any
    ) -> tuple[int, Fact]:
        """Append ``quote`` and read a fact from it; ``again``: read another fact from the
        previous quote (one sentence, two facts)."""
        if again:
            start = self.facts[-1][1].start
        else:
            self.text += quote
            start = len(self.text) - len(quote)
            self.text += "\n"
        fact = cls(
            document=self.name,
            document_sha256=f"sha-{self.name}",
            page=None,
            start=start,
            end=start + len(quote),
            quote=quote,
            **fields,
        )
        item = (len(self.facts) + 1, fact)
        self.facts.append(item)
        return item

    def line(self, text: str) -> None:
        """Text between facts (headings, prose)."""
        self.text += text + "\n"

    def funding(self, quote: str, amount_vnd: int, **fields: Any) -> tuple[int, Fact]:
        fields.setdefault("region", "xã Minh Tân")
        fields.setdefault("source", "total")
        fields.setdefault("unit_written", "đồng")
        return self.add(Funding, quote, amount_vnd=amount_vnd, **fields)

    def coverage(self, quote: str, met: int, total: int | None, **fields: Any) -> tuple[int, Fact]:
        fields.setdefault("region", "huyện Yên Lạc")
        fields.setdefault("criterion", None)
        return self.add(Coverage, quote, units_met=met, units_total=total, **fields)

    def count(self, quote: str, met: int, of: int | None, **fields: Any) -> tuple[int, Fact]:
        fields.setdefault("subject", "xã Minh Tân")
        return self.add(CriteriaCount, quote, met=met, of=of, **fields)

    def verdict(self, quote: str, criterion: int, met: bool, **fields: Any) -> tuple[int, Fact]:
        fields.setdefault("subject", "xã Minh Tân")
        return self.add(Verdict, quote, criterion=criterion, met=met, **fields)

    def percentage(self, quote: str, value: float, **fields: Any) -> tuple[int, Fact]:
        fields.setdefault("subject", "xã Minh Tân")
        return self.add(Percentage, quote, value=value, **fields)


COMMUNE_2023 = Report(
    unit=Place(written="xã Minh Tân", prefix="xã", name="Minh Tân", level=Level.COMMUNE),
    province=Place(written="tỉnh Thanh Hóa", prefix="tỉnh", name="Thanh Hóa"),
    period="2023",
)


def save(store: Store, doc: Doc, report: Report, *, pages: int = 2) -> str:
    """Store ``doc`` as a document of ``pages`` pages; returns its sha256."""
    sha = hashlib.sha256(doc.text.encode()).hexdigest()
    cut = doc.text.find("\n", len(doc.text) // 2) + 1 if pages == 2 else len(doc.text)
    page_tuple = (Page(1, 0, cut), Page(2, cut, len(doc.text))) if pages == 2 else ()
    document = Document(
        path=f"/in/{doc.name}",
        name=doc.name,
        sha256=sha,
        format=Format.PDF,
        text=doc.text,
        pages=page_tuple,
    )
    facts = tuple(
        replace(f, document=doc.name, document_sha256=sha, page=document.page_number_at(f.start))
        for _, f in doc.facts
    )
    store.save_extraction(
        Extraction(document, report, facts), extractor_version="t", path=document.path
    )
    return sha


def audit_text(folder: Path, name: str, text: str, kinds: tuple[str, ...]) -> list[Finding]:
    """The findings of ``kinds`` the auditor makes on ``text``, written as the file ``name``
    in ``folder`` and extracted as ``baocao extract`` does (the auditor reads the text too:
    bands and wholes are no facts)."""
    from baocao.audit import audit_facts
    from baocao.pipeline import extract_file

    path = folder / name
    path.write_text(text, encoding="utf-8")
    extraction = extract_file(path)
    facts = list(enumerate(extraction.facts, start=1))
    found = audit_facts(facts, report=extraction.report, text=text)
    return [f for f in found if f.kind in kinds]


def extracted(path: Path, text: str) -> tuple[list[tuple[int, Fact]], Extraction]:
    """Write ``text`` to ``path`` and extract it: its facts numbered from 1, as the store
    numbers them for the auditor, and the extraction (its text and report)."""
    path.write_text(text, encoding="utf-8")
    extraction = extract_file(path)
    return list(enumerate(extraction.facts, start=1)), extraction
