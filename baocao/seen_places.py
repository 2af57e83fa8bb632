"""The places a store's reports and facts name, with their codes on both maps, and how many of
them resolved (``baocao places``).

A place is what a report names as its unit (each of them, of a report about several), a
verdict, count or percentage as its subject, or a coverage or funding fact as its region,
counted once per distinct spelling and code. The resolution rate counts only places a map
can hold: provinces, districts and communes, and names written with no prefix. Villages
(thôn, bản, ấp: no map codes them), the whole country ("cả nước") and blank places are
listed but kept out of the rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import RowMapping, text

from baocao.model import Level
from baocao.store import Store
from baocao.vocab.places import NATIONAL_PATTERN, parse_place, region_provinces, resolve_place

__all__ = ["PLACE_COLUMNS", "PlaceCensus", "SeenPlace", "places_seen"]

# Every place the store names: (written, code, role, document id). A report about several
# units names each of them (report_units; the first, position 0, is the report's own unit).
_SEEN = """
SELECT r.unit_written AS written, r.unit_code AS code, 'unit' AS role, r.document_id AS doc
  FROM reports r JOIN documents d ON d.id = r.document_id
  WHERE d.status = 'ok' AND d.superseded_by IS NULL
UNION ALL SELECT u.written, u.code, 'unit', u.document_id
  FROM report_units u JOIN documents d ON d.id = u.document_id
  WHERE u.position > 0 AND d.status = 'ok' AND d.superseded_by IS NULL
UNION ALL SELECT k.subject, k.subject_code, 'subject', f.document_id
  FROM verdicts k JOIN facts f ON f.id = k.fact_id
UNION ALL SELECT k.subject, k.subject_code, 'subject', f.document_id
  FROM criteria_counts k JOIN facts f ON f.id = k.fact_id
UNION ALL SELECT k.subject, k.subject_code, 'subject', f.document_id
  FROM percentages k JOIN facts f ON f.id = k.fact_id
UNION ALL SELECT k.region, k.region_code, 'region', f.document_id
  FROM coverage k JOIN facts f ON f.id = k.fact_id
UNION ALL SELECT k.region, k.region_code, 'region', f.document_id
  FROM funding k JOIN facts f ON f.id = k.fact_id
"""

_QUERY = f"""
SELECT s.written, s.code, s.role, COUNT(*) AS mentions, COUNT(DISTINCT s.doc) AS documents,
       p.name, p.level, p.map, p.province_code, p.code_2025, p.name_2025, p.level_2025,
       p.province_code_2025, p.province_name_2025, p.relation_2025
  FROM ({_SEEN}) s LEFT JOIN places p ON p.code = s.code
 GROUP BY s.written, s.code, s.role, p.name, p.level, p.map, p.province_code, p.code_2025,
          p.name_2025, p.level_2025, p.province_code_2025, p.province_name_2025,
          p.relation_2025
 ORDER BY s.code IS NOT NULL, s.written, s.role
"""

#: The columns of ``baocao places --format jsonl|csv``, in order.
PLACE_COLUMNS = (
    "written",
    "role",
    "kind",
    "resolved",
    "code",
    "map",
    "name",
    "level",
    "province_code",
    "code_2025",
    "name_2025",
    "level_2025",
    "province_code_2025",
    "province_name_2025",
    "relation_2025",
    "mentions",
    "documents",
)


@dataclass(frozen=True)
class SeenPlace:
    """One spelling of a place in one role, with its code when it resolved. ``kind`` is the
    level its prefix gives (``province``, ``district``, ``commune``, ``village``), ``national``
    for the whole country, ``region`` for one of its regions ("vùng Tây Nguyên"),
    ``several`` for a place made of several units (resolved when each of them is),
    ``unprefixed`` for a bare name, ``blank`` for none."""

    written: str
    role: str
    kind: str
    code: str | None
    map: str | None
    name: str | None
    level: str | None
    province_code: str | None
    code_2025: str | None
    name_2025: str | None
    level_2025: str | None
    province_code_2025: str | None
    province_name_2025: str | None
    relation_2025: str | None
    mentions: int
    documents: int
    #: For a place made of several units ("huyện A, thị xã B"), which has no one code: whether
    #: every unit of it resolves.
    parts_resolved: bool = False

    @property
    def resolved(self) -> bool:
        return self.code is not None or self.parts_resolved

    @property
    def countable(self) -> bool:
        """Whether a map can hold the place (it counts toward the resolution rate)."""
        return self.kind not in ("village", "national", "region", "blank")

    def record(self) -> dict[str, object]:
        values = {**self.__dict__, "resolved": self.resolved}
        return {column: values[column] for column in PLACE_COLUMNS}


@dataclass(frozen=True)
class PlaceCensus:
    """The places seen, and the resolution rate over the countable ones."""

    places: tuple[SeenPlace, ...]

    @property
    def countable(self) -> int:
        return len({(p.written, p.code) for p in self.places if p.countable})

    @property
    def resolved(self) -> int:
        return len({(p.written, p.code) for p in self.places if p.countable and p.resolved})

    @property
    def rate(self) -> float | None:
        return self.resolved / self.countable if self.countable else None

    @property
    def unresolved(self) -> tuple[SeenPlace, ...]:
        return tuple(p for p in self.places if not p.resolved)


_SEVERAL = re.compile(r",\s+|\s+và\s+")


def _parts(written: str) -> list[str]:
    return [part for part in _SEVERAL.split(written) if part.strip()]


def _parts_resolved(written: str) -> bool:
    """Whether every unit of a ``several`` place (each part parses: see :func:`_kind`)
    resolves."""
    places = [parse_place(part) for part in _parts(written)]
    return all(p is not None and resolve_place(p).code is not None for p in places)


def _kind(written: str) -> str:
    if not written.strip():
        return "blank"
    if re.search(NATIONAL_PATTERN, written):
        return "national"
    if written.strip() in region_provinces():  # a region's label: no map codes it
        return "region"
    parts = _parts(written)
    if len(parts) > 1 and all(parse_place(part) for part in parts):
        return "several"
    place = parse_place(written)
    if place is None or place.level is None:
        return "unprefixed"
    return "village" if place.level is Level.VILLAGE else str(place.level)


def _seen(row: RowMapping) -> SeenPlace:
    written = row["written"] or ""
    kind = _kind(written)
    return SeenPlace(
        written=written,
        role=row["role"],
        kind=kind,
        code=row["code"],
        map=row["map"],
        name=row["name"],
        level=row["level"],
        province_code=row["province_code"],
        code_2025=row["code_2025"],
        name_2025=row["name_2025"],
        level_2025=row["level_2025"],
        province_code_2025=row["province_code_2025"],
        province_name_2025=row["province_name_2025"],
        relation_2025=row["relation_2025"],
        mentions=int(row["mentions"]),
        documents=int(row["documents"]),
        parts_resolved=kind == "several" and row["code"] is None and _parts_resolved(written),
    )


def places_seen(store: Store) -> PlaceCensus:
    """Every place the store's reports and facts name, unresolved ones first."""
    with store.engine.connect() as connection:
        rows = connection.execute(text(_QUERY)).mappings().all()
    return PlaceCensus(tuple(_seen(row) for row in rows))
