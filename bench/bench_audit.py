"""Benchmark: ``audit_store`` over 1,000 stored documents on one core (target: under a minute).

Builds a fresh SQLite store of N synthetic district reports (default 1,000), each a copy of a
corpus-like fact set — 19 verdicts, criteria counts, ~15 coverage statements, a funding
breakdown with shares and sub-period totals, ~12 percentages with thresholds — under its own
district and province, one report in ten with an inconsistency planted, and pairs of reports
on one district so cross-document comparison has work to do. Then times ``audit_store`` over
all of them and prints documents/s, facts/s and the findings by kind.

    python bench/bench_audit.py [--documents 1000] [--db /tmp/bench-audit.db]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from baocao.audit import audit_store  # noqa: E402
from baocao.model import (  # noqa: E402
    Coverage,
    CriteriaCount,
    Document,
    Extraction,
    Fact,
    Format,
    Funding,
    Level,
    Page,
    Percentage,
    Place,
    Report,
    Verdict,
)
from baocao.store import open_store  # noqa: E402


class _Text:
    """Builds a document text and the offsets of each quote in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, quote: str) -> tuple[int, int, str]:
        start = self.length
        self.parts.append(quote + "\n")
        self.length += len(quote) + 1
        return start, start + len(quote), quote

    @property
    def text(self) -> str:
        return "".join(self.parts)


def fact_set(i: int) -> tuple[Report, str, list[Fact]]:
    """One district report; every tenth has a planted inconsistency."""
    district = f"Huyện Số {i // 2}"  # two reports per district: cross-document work
    province = f"Tỉnh {(i // 2) % 50}"
    planted = i % 10 == 0
    name = f"bench-{i:05d}.txt"
    out = _Text()
    facts: list[Fact] = []

    def at(quote: str) -> dict:
        start, end, q = out.add(quote)
        return dict(document=name, document_sha256="", page=1, start=start, end=end, quote=q)

    for c in range(1, 20):
        facts.append(
            Verdict(
                **at(f"Tiêu chí số {c}: Kết quả tự đánh giá: Đạt."),
                subject=district,
                criterion=c,
                met=True,
            )
        )
    facts.append(CriteriaCount(**at("huyện đạt 19/19 tiêu chí"), subject=district, met=19, of=19))
    communes = 30
    for c in range(1, 16):
        met = (c * 7 + i // 2) % communes
        pct = round(met / communes * 100, 2)
        total = communes + 1 if planted and c == 5 else communes
        facts.append(
            Coverage(
                **at(f"{met}/{total} xã đạt tiêu chí số {c} (đạt {pct}%)"),
                region=district,
                criterion=c,
                units_met=met,
                units_total=total,
                percent_stated=pct,
                unit_kind="xã",
            )
        )
    parts = [120_500, 310_250, 45_000, 78_125, 9_875, 36_250]
    total = sum(parts) + (1_000 if planted else 0)
    facts.append(
        Funding(
            **at(f"Tổng nguồn vốn giai đoạn 2016-2020: {total} triệu đồng"),
            region=district,
            source="total",
            amount_vnd=total * 10**6,
            unit_written="triệu đồng",
            period="2016-2020",
        )
    )
    for source, amount in zip(
        ("central", "province", "district", "commune", "enterprise", "community"),
        parts,
        strict=True,
    ):
        share = round(amount / total * 100, 2)
        facts.append(
            Funding(
                **at(f"Vốn {source}: {amount} triệu đồng, chiếm {share}%"),
                region=district,
                source=source,
                amount_vnd=amount * 10**6,
                unit_written="triệu đồng",
                percent_stated=share,
            )
        )
    for year, amount in ((2016, 200_000), (2017, 400_000)):
        facts.append(
            Funding(
                **at(f"Năm {year}: {amount} triệu đồng"),
                region=district,
                source="total",
                amount_vnd=amount * 10**6,
                unit_written="triệu đồng",
                period=str(year),
            )
        )
    for c in range(1, 13):
        facts.append(
            Percentage(
                **at(f"Tỷ lệ chỉ tiêu {c} đạt {80 + c}% (yêu cầu ≥ 80%)"),
                subject=district,
                criterion=c,
                value=80.0 + c,
                threshold=">=80",
            )
        )
    report = Report(
        unit=Place(written=district, prefix="huyện", name=district[6:], level=Level.DISTRICT),
        province=Place(written=province, prefix="tỉnh", name=province[5:]),
        period="2020",
    )
    return report, out.text, facts


def build_store(db: Path, documents: int) -> int:
    n_facts = 0
    with open_store(str(db)) as store:
        for i in range(documents):
            report, text, facts = fact_set(i)
            sha = hashlib.sha256(text.encode() + str(i).encode()).hexdigest()
            name = facts[0].document
            document = Document(
                path=f"/bench/{name}",
                name=name,
                sha256=sha,
                format=Format.TEXT,
                text=text,
                pages=(Page(1, 0, len(text)),),
            )
            stored = tuple(type(f)(**{**f.__dict__, "document_sha256": sha}) for f in facts)
            store.save_extraction(
                Extraction(document, report, stored), extractor_version="bench", path=document.path
            )
            n_facts += len(facts)
    return n_facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench-audit.db"
        if db.exists():
            db.unlink()
        t0 = time.perf_counter()
        n_facts = build_store(db, args.documents)
        t1 = time.perf_counter()
        print(f"built {args.documents} documents, {n_facts} facts in {t1 - t0:.1f}s")
        with open_store(str(db)) as store:
            t2 = time.perf_counter()
            result = audit_store(store)
            t3 = time.perf_counter()
        seconds = t3 - t2
        print(
            f"audit_store: {seconds:.2f}s for {len(result.documents)} documents "
            f"({len(result.documents) / seconds:.0f} documents/s, {n_facts / seconds:.0f} facts/s)"
        )
        print("findings by kind:", {k: v for k, v in result.by_kind().items() if v})
        verdict = "OK" if seconds < 60 else "TOO SLOW"
        print(f"{verdict}: target is under 60s for 1,000 documents")


if __name__ == "__main__":
    main()
