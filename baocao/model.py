"""Records that cross stage boundaries.

Data flows one way: file → :class:`Document` (extract) → mentions (nlp) → :class:`Fact`
(normalize) → rows (store) → findings (audit). Every record here is frozen; derive a new
one with :func:`dataclasses.replace` instead of mutating.

Offsets are character offsets into ``Document.text`` (Unicode NFC, ``\\n`` line ends).
The invariant every stage relies on, and the tests check, is::

    document.text[fact.start:fact.end] == fact.quote
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


class Format(enum.StrEnum):
    """A document's format, detected from its bytes, never from its file name."""

    TEXT = "text"
    DOCX = "docx"
    PDF = "pdf"
    DOC = "doc"  # Word 97-2003 (OLE2), converted through LibreOffice
    RTF = "rtf"
    ODT = "odt"
    XLSX = "xlsx"
    XLS = "xls"
    IMAGE = "image"  # PNG / JPEG / TIFF: a scanned page


@dataclass(frozen=True)
class Page:
    """One page of a paginated document: ``text[start:end]`` is its text.

    Pages are contiguous and in order; ``number`` is 1-based. ``ocr`` is true when the page's
    text came from Tesseract, and then ``ocr_confidence`` is Tesseract's mean word confidence
    (0–100) and ``ocr_version`` the OCR pipeline that read it
    (:func:`baocao.extract.ocr.ocr_pipeline_version`; None when unknown).
    """

    number: int
    start: int
    end: int
    ocr: bool = False
    ocr_confidence: float | None = None
    ocr_version: str | None = None


@dataclass(frozen=True)
class Cell:
    """One table cell. ``start``/``end`` locate its text in ``Document.text`` when the loader
    rendered the table into the text (it always does); ``text`` is the cell's text (NFC,
    inner line breaks folded to spaces)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table in reading order: ``rows`` of :class:`Cell`, first row first.

    Loaders render every table into the document text, one line per row, cells joined by
    ``" | "``, so ``text[start:end]`` is the table's rendering and patterns over the text can
    skip table spans (tables are mapped to facts by ``nlp.tables``).
    ``index`` is the table's 0-based position in the document; ``page`` its 1-based page or
    None; ``source`` is where it came from (``docx``, ``pdf``, ``text``, ``xlsx:Sheet1``…).
    """

    index: int
    page: int | None
    start: int
    end: int
    rows: tuple[tuple[Cell, ...], ...]
    source: str = ""


@dataclass(frozen=True)
class Document:
    """What a loader makes of one file.

    ``text`` is the whole normalised text; ``pages`` is empty for formats without pages
    (text, Word), else covers ``text`` contiguously. ``name`` is the file name, ``sha256`` the
    hash of the file's bytes. ``warnings`` are non-fatal problems worth showing the user.
    """

    path: str
    name: str
    sha256: str
    format: Format
    text: str
    pages: tuple[Page, ...] = ()
    tables: tuple[Table, ...] = ()
    encoding: str | None = None  # text files: the detected encoding; legacy: "tcvn3", "vni"
    size_bytes: int = 0
    warnings: tuple[str, ...] = ()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)

    def page_at(self, offset: int) -> Page | None:
        """The page holding character ``offset``, or None for unpaginated documents."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)]

    def page_number_at(self, offset: int) -> int | None:
        page = self.page_at(offset)
        return page.number if page else None


class Level(enum.StrEnum):
    """Administrative level of a reporting unit or subject."""

    PROVINCE = "province"
    DISTRICT = "district"  # huyện, thị xã, thành phố thuộc tỉnh, quận
    COMMUNE = "commune"  # xã, phường, thị trấn
    VILLAGE = "village"  # thôn, bản, ấp, tổ dân phố
    REGION = "region"  # a socio-economic region ("vùng Tây Nguyên"), a regional text's unit
    NATIONAL = "national"  # the whole country ("cả nước"), a national text's unit

    @property
    def rank(self) -> int:
        """How high the level stands, from a village (0) to the whole country (5)."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {
    Level.VILLAGE: 0,
    Level.COMMUNE: 1,
    Level.DISTRICT: 2,
    Level.PROVINCE: 3,
    Level.REGION: 4,
    Level.NATIONAL: 5,
}


@dataclass(frozen=True)
class Place:
    """A place as written (``written``: "xã Quang Trung"), split into its ``prefix`` ("xã") and
    ``name`` ("Quang Trung"), with its ``level`` and official ``code`` when resolved."""

    written: str
    prefix: str | None
    name: str
    level: Level | None = None
    code: str | None = None
    province: str | None = None
    province_code: str | None = None
    # The official spelling of the name when ``code`` is known ("Bỉm Sơn" for "Bim Sơn").
    official_name: str | None = None


@dataclass(frozen=True)
class Report:
    """A report's metadata. ``unit`` is the issuing (reporting) unit. ``period`` is the
    normalised period of the report (``2020``, ``2016-2018``, ``2019-H1``); ``criteria_set``
    the national set its criterion numbers belong to by default."""

    unit: Place | None = None
    province: Place | None = None
    number: str | None = None  # "1408/VPĐP"
    place_written: str | None = None  # "Bỉm Sơn"
    date: str | None = None  # ISO date, or "YYYY-MM" when the day is blank
    title: str | None = None
    period: str | None = None
    criteria_set: str | None = None
    scheme: str = "NTM"
    # a text about several units of one level one by one ("Xã A (huyện X) … Xã B (huyện Y)
    # …"): all of them, ``unit`` being the first; empty for a text about one unit
    units: tuple[Place, ...] = ()
    # the level a text naming no unit speaks as ("toàn huyện có 14/16 xã …"); None when the
    # text names its unit: read :attr:`own_level`, the unit's level first
    level: Level | None = None

    @property
    def own_level(self) -> Level | None:
        """The report's level: its unit's, else the level its text speaks as."""
        if self.unit is not None and self.unit.level is not None:
            return self.unit.level
        return self.level


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A statement read from a report, traced to its quote.

    Invariant: ``text[start:end] == quote`` in the document the fact was read from.
    Subclasses add the fields of their kind (see shared FACTS.md). Field names are the
    export's public interface: extend, never rename.
    """

    kind: ClassVar[str] = ""

    document: str
    document_sha256: str
    page: int | None
    start: int
    end: int
    quote: str
    period: str | None = None
    scheme: str = "NTM"
    criteria_set: str | None = None
    ocr: bool = False
    target: bool = False
    # Where the fact came from inside the document: "text", or "table:3:row:5" for table cells.
    origin: str = "text"

    def to_record(self) -> dict[str, Any]:
        """The fact as a flat dict in the FACTS.md export contract (``kind`` first)."""
        return {"kind": self.kind, **asdict(self)}


@dataclass(frozen=True, kw_only=True)
class Verdict(Fact):
    """``subject`` meets (``met``) or fails one numbered criterion of ``criteria_set``."""

    kind: ClassVar[str] = "verdict"
    subject: str
    subject_code: str | None = None
    criterion: int
    met: bool


@dataclass(frozen=True, kw_only=True)
class CriteriaCount(Fact):
    """``subject`` meets ``met`` of ``of`` criteria (``what="tiêu chí"``) or indicators
    (``"chỉ tiêu"``); with ``unmet`` true, ``met`` holds the number NOT met."""

    kind: ClassVar[str] = "criteria_count"
    subject: str
    subject_code: str | None = None
    met: int
    of: int | None
    what: str = "tiêu chí"
    unmet: bool = False


@dataclass(frozen=True, kw_only=True)
class Coverage(Fact):
    """``units_met`` of ``units_total`` subordinate units of ``region`` meet ``criterion``
    (None: the whole standard). ``unit_kind`` is the counted unit as written ("xã",
    "trường", "thôn")."""

    kind: ClassVar[str] = "coverage"
    region: str
    region_code: str | None = None
    criterion: int | None
    units_met: int
    units_total: int | None
    percent_stated: float | None = None
    unit_kind: str | None = None
    # The decimals ``percent_stated`` was written with ("47,80%" → 2): what a share is
    # rounded to. None when not known (then the fewest that express it).
    percent_decimals: int | None = None


@dataclass(frozen=True, kw_only=True)
class Funding(Fact):
    """Money for ``region`` from ``source`` (FACTS.md taxonomy, or two joined by ``+``)."""

    kind: ClassVar[str] = "funding"
    region: str
    region_code: str | None = None
    source: str
    flow: str = "mobilised"  # mobilised | allocated | disbursed | planned
    amount_vnd: int
    unit_written: str
    percent_stated: float | None = None
    of_vnd: int | None = None
    purpose: str | None = None
    criterion: int | None = None
    approx: str | None = None  # "hơn", "khoảng", "gần", "trên" as written
    percent_decimals: int | None = None  # as on Coverage
    amount_max_vnd: int | None = None  # a range's upper bound ("từ 300 đến 400 tỷ đồng")


@dataclass(frozen=True, kw_only=True)
class Percentage(Fact):
    """Any other stated rate or average: ``value`` in ``unit`` ("%" by default).

    ``value_decimals`` are the decimals ``value`` was written with; ``met`` the verdict the
    text writes right after a stated requirement ("(yêu cầu ≥ 85%) - Đạt" → true; None when
    it writes none); ``part``/``whole`` the count and base the rate is written with in its
    sentence ("45/50 hộ, đạt 90%" → 45, 50; "120 hộ trên tổng số 3.750 hộ, chiếm 3,2%"); a count
    written with no base has no ``whole`` ("25 hộ nghèo (4%)" → 25, None; the quote holds
    the count)."""

    kind: ClassVar[str] = "percentage"
    subject: str
    subject_code: str | None = None
    label: str | None = None
    criterion: int | None = None
    value: float
    value_max: float | None = None  # "20-25%"
    threshold: str | None = None  # ">=85", "<=5"
    unit: str = "%"
    approx: str | None = None
    value_decimals: int | None = None
    met: bool | None = None
    part: float | None = None
    whole: float | None = None


FACT_TYPES: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (Verdict, CriteriaCount, Coverage, Funding, Percentage)
}
FACT_KINDS: tuple[str, ...] = tuple(FACT_TYPES)


def fact_from_record(record: dict[str, Any]) -> Fact:
    """Rebuild a fact from :meth:`Fact.to_record` output (unknown keys are ignored)."""
    cls = FACT_TYPES[record["kind"]]
    names = {f for f in cls.__dataclass_fields__}
    return cls(**{k: v for k, v in record.items() if k in names and k != "kind"})


@dataclass(frozen=True)
class Extraction:
    """Everything one document yields: the document, its report metadata and its facts,
    with the seconds each stage took (``load``, ``patterns``, ``normalise``)."""

    document: Document
    report: Report
    facts: tuple[Fact, ...]
    timings: dict[str, float] = field(default_factory=dict)


class Severity(enum.StrEnum):
    HIGH = "high"  # numbers that cannot all be true
    MEDIUM = "medium"  # likely an error, may have an explanation
    LOW = "low"  # worth a look


@dataclass(frozen=True)
class Finding:
    """An inconsistency the auditor found (kinds in shared FACTS.md "Audit findings").

    ``explain`` shows computed against stated ("74/115 = 64,35%, stated 63,34%");
    ``quote``/``page``/``start``/``end`` locate the main statement; ``fact_ids`` are the ids
    of every fact involved, as given to the auditor (store ids once stored).
    """

    document: str
    kind: str
    severity: Severity
    explain: str
    quote: str
    page: int | None
    start: int | None
    end: int | None
    fact_ids: tuple[int, ...]
    document_sha256: str = ""

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["severity"] = str(self.severity)
        record["fact_ids"] = list(self.fact_ids)
        return record
