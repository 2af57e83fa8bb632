"""The patterns stage: a :class:`~baocao.model.Document` → a :class:`Reading`.

``read_document`` is a chain of small steps over the document text::

    segment (blocks, skipping tables) → build_sections (heading nesting)
      → find_coverage, find_funding (they claim the shares written with them)
      → find_counts, find_verdicts, find_glosses
      → find_percentages (what is left)
    read_tables (appendix tables, cell by cell: :mod:`baocao.nlp.tables`)

Every text mention keeps its raw strings and its span (``quote == text[start:end]``), every
table mention its row; :func:`baocao.normalize.reading_to_facts` turns both into facts.

Plain ``re`` throughout, chosen by measurement on the seeds and corpus texts (102 k
characters, one core): this stage reads about 0.9 MB/s including the metadata reader
(1.7 MB/s for the mention finders alone), some 350 pages of 2,500 characters a second; the
normalise stage about 10 MB/s. spaCy's Vietnamese tokenizer alone (``blank("vi")`` without
pyvi) ran at 1.8 MB/s before any Matcher rule, and splits on spaces only, leaving the
punctuation on the words ("xã,", "(đạt", "47,82%)") for every rule to strip. The patterns
are therefore regexes over character spans, with cheap literal pre-checks ("tiêu chí", a
digit, "%") before the costly alternations, and each context pattern (periods, schemes,
goal words) runs once per document and is looked up by offset.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TypeVar

from baocao.model import Document, Format, Level
from baocao.nlp.context import Sections, build_sections, regions_joined, subjects_joined
from baocao.nlp.counts import find_counts
from baocao.nlp.coverage import find_coverage
from baocao.nlp.funding import find_funding
from baocao.nlp.mentions import (
    Context,
    CountMention,
    CoverageMention,
    CriterionGloss,
    FundingMention,
    Mention,
    PercentageMention,
    Reading,
    RowSpan,
    TableCountMention,
    TableCoverageMention,
    TableFundingMention,
    TableMention,
    TablePercentageMention,
    TableVerdictMention,
    VerdictMention,
)
from baocao.nlp.metadata import RawMetadata, blank_sidebar, read_metadata
from baocao.nlp.percentages import find_percentages
from baocao.nlp.places import dateline_district, districts_named_bare, places_within
from baocao.nlp.segment import segment, sentence_at
from baocao.nlp.tables import read_tables
from baocao.nlp.tables.flattened import with_flattened_tables
from baocao.nlp.verdicts import find_glosses, find_verdicts
from baocao.vocab.criteria import report_criteria_set
from baocao.vocab.dotted_years import years_undotted
from baocao.vocab.filenames import place_of_file_name
from baocao.vocab.places import names_capitalised, parse_place, place_key
from baocao.vocab.spellings import respell

__all__ = [
    "Context",
    "CountMention",
    "CoverageMention",
    "CriterionGloss",
    "FundingMention",
    "Mention",
    "PercentageMention",
    "Reading",
    "RowSpan",
    "TableCountMention",
    "TableCoverageMention",
    "TableFundingMention",
    "TableMention",
    "TablePercentageMention",
    "TableVerdictMention",
    "VerdictMention",
    "read_document",
    "read_sections",
    "sections_of",
]

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=Mention)


def sections_of(document: Document) -> Sections:
    """The document's text cut into blocks nested under their headings, tables left out."""
    skip = [(t.start, t.end) for t in document.tables]
    wrapped = document.format in (Format.PDF, Format.IMAGE) or document.ocr
    # a list of other articles' headlines over a web page's article: furniture, blanked
    text = blank_sidebar(document.text)
    return build_sections(segment(text, skip, wrapped=wrapped))


def _quoted_from(reading: Reading, text: str) -> Reading:
    """``reading`` with every text mention's quote cut from ``text`` (the text as written)."""

    def requote(mentions: tuple[M, ...]) -> tuple[M, ...]:
        return tuple(
            m if m.quote == text[m.start : m.end] else replace(m, quote=text[m.start : m.end])
            for m in mentions
        )

    return replace(
        reading,
        verdicts=requote(reading.verdicts),
        counts=requote(reading.counts),
        coverage=requote(reading.coverage),
        funding=requote(reading.funding),
        percentages=requote(reading.percentages),
    )


#: After a percentage, the words that make it a share of the subject's own units ("100% số
#: xã đạt chuẩn", "100% xã"): a share each of two subjects joined by "và" has.
_UNITS_SHARE = re.compile(r"\s*(?:số\s+)?(?P<unit>xã|thôn|ấp|bản|huyện)(?!\w)", re.IGNORECASE)
#: The level of the units a share counts: a place can only hold units below its own level.
_UNIT_LEVEL = {
    "xã": Level.COMMUNE,
    "thôn": Level.VILLAGE,
    "ấp": Level.VILLAGE,
    "bản": Level.VILLAGE,
    "huyện": Level.DISTRICT,
}
_RANK = {Level.VILLAGE: 0, Level.COMMUNE: 1, Level.DISTRICT: 2, Level.PROVINCE: 3}
#: "đều": what the joined subjects state holds for each ("A và B đều đạt …").
_EACH = re.compile(r"(?i:(?<!\w)(?:đều|mỗi\s+(?:huyện|xã)|từng\s+(?:huyện|xã))(?!\w))")


def _number_at(m: Mention) -> int:
    """Where the number a mention states is written (its quote may open with its clause)."""
    if isinstance(m, CountMention):
        number = m.met
    elif isinstance(m, CoverageMention):
        number = m.units_met
    else:
        digit = re.search(r"\d", m.quote)
        return m.start + (digit.start() if digit else 0)
    found = re.search(r"(?<!\d)" + re.escape(number) + r"(?!\d)", m.quote)
    return m.start + (found.start() if found else 0)


def _holds(places: tuple[str, ...], unit: str) -> bool:
    """Whether each of ``places`` is above the level of the units a share counts ("100% số
    huyện" is no share of a district's: "thêm 5 huyện A, B, …, nâng tỷ lệ 100% số huyện …"
    is the province's)."""
    level = _UNIT_LEVEL.get(unit.lower())
    for label in places:
        place = parse_place(label)
        if level is not None and place is not None and place.level in _RANK:
            if _RANK[place.level] <= _RANK[level]:
                return False
    return True


def _each_subject(sections: Sections, mentions: tuple[M, ...], kind: str) -> tuple[M, ...]:
    """``mentions`` with each statement made of two subjects joined by "và" ("huyện A và
    huyện B đều đạt 9/9 tiêu chí", "Hai huyện A và B đã có 100% số xã đạt chuẩn") made one
    mention per subject, same span, each with its own place. A criteria count holds for each
    subject; a percentage when it is a share of the subject's units or "đều" says so; a
    coverage count only with "đều" (else "A và B có 30/30 xã" is the pair's). The country's
    regions named together are read the same way; a figure that stays the pair's has the
    pair as its place, named as several places are ("vùng A, vùng B",
    :func:`baocao.nlp.context.national._region_before`)."""
    text = sections.text
    known = sections.named_places()
    out: list[M] = []
    for m in mentions:
        block = sections.block_at(m.start)
        pair = None
        at = _number_at(m)
        if block is not None and not (isinstance(m, CountMention) and m.subject is not None):
            # (a count the finder gave its own subject was already made one per unit)
            s, _ = sentence_at(text, block, at)
            pair = subjects_joined(text, s, at, known)
            if pair is None and kind != "count":
                # "Hai vùng A và vùng B đều có tỷ lệ … trên 95%": regions named together are
                # read as two places are: each one's with "đều" or for a share of their
                # units, else the pair's ("bình quân 600 tỷ đồng/xã" of both together)
                pair = regions_joined(text, s, at)
        if pair is not None and kind != "count":
            each = _EACH.search(text, s, at) is not None
            percent = text.find("%", at, m.end)
            units = _UNITS_SHARE.match(text, percent + 1) if percent >= 0 else None
            share = kind == "percentage" and units is not None and _holds(pair, units.group("unit"))
            if not (each or share):
                pair = None
        if pair is None:
            out.append(m)
            continue
        for label in pair:
            context = replace(m.context, subject=label)
            if isinstance(m, CountMention):
                out.append(replace(m, subject=label, context=context))  # type: ignore[arg-type]
            elif isinstance(m, CoverageMention):
                out.append(replace(m, region=label, context=context))  # type: ignore[arg-type]
            else:
                out.append(replace(m, context=context))
    return tuple(out)


def _unit_from_file_name(metadata: RawMetadata, name: str) -> RawMetadata:
    """``metadata`` with the unit its file's name names when the text names none of its own
    (:mod:`baocao.vocab.filenames`), and that unit's province when the text names none or the
    same one; a file named for another province than the text's says nothing."""
    if metadata.unit is not None:
        return metadata
    named = place_of_file_name(name)
    if named is None:
        return metadata
    if metadata.province is not None and place_key(metadata.province.name) != place_key(
        named.province.name
    ):
        return metadata
    return replace(
        metadata,
        unit=named.unit,
        unit_from="file name" if named.unit is not None else None,
        province=metadata.province or named.province,
    )


def read_sections(name: str, sections: Sections, path: str | None = None) -> Reading:
    """Every mention in ``sections`` (see the module docstring for the order); ``path`` (the
    file's path, its folders a clue to the unit as its name is) defaults to ``name``."""
    metadata = _unit_from_file_name(read_metadata(sections.text), path or name)
    if metadata.unit is not None:
        sections.know(metadata.unit)  # a unit the headline or lead names bare is named
    for district in districts_named_bare(sections.text, metadata.province):
        sections.know(district)  # "Riêng Chợ Lách có 9/9 xã": a district of the province
    dateline = dateline_district(sections.text) if metadata.province is None else None
    if dateline is not None:
        sections.know(dateline)  # "KIẾN XƯƠNG - Đến nay, toàn huyện có …", no province named
    # a text about several units of one level ("Huyện A và huyện B đạt chuẩn …") has none of
    # them as its own: "huyện" alone is the one the text last spoke of, not the first named
    several = len({p.level for p in metadata.units}) == 1 and len(metadata.units) > 1
    sections.own_places(None if several else metadata.unit, metadata.province)
    if metadata.title is not None or metadata.unit_from == "header":
        sections.mark_formal()
    coverage = find_coverage(sections)
    funding = find_funding(sections)
    claimed = (*coverage.claimed, *funding.claimed)
    return Reading(
        document=name,
        metadata=metadata,
        verdicts=tuple(find_verdicts(sections)),
        counts=_each_subject(sections, tuple(find_counts(sections)), "count"),
        coverage=_each_subject(sections, tuple(coverage.mentions), "coverage"),
        funding=funding.mentions,
        percentages=_each_subject(
            sections, tuple(find_percentages(sections, claimed)), "percentage"
        ),
        glosses=tuple(find_glosses(sections)),
        within=places_within(sections.text),
    )


def read_document(document: Document) -> Reading:
    """The raw metadata, text mentions and table mentions of ``document``. Its tables are
    read in the criteria set its metadata gives (a criterion named by its name). The text is
    read with its misspelt and unaccented cue words respelt (:mod:`baocao.vocab.spellings`,
    one character for one) and place names left partly in small letters written as the map
    writes them (:func:`baocao.vocab.places.names_capitalised`), the quotes cut from the text
    as written."""
    # a table a web page flattened one cell per line is read as a table, its lines skipped
    document = with_flattened_tables(document)
    respelt = names_capitalised(respell(years_undotted(document.text)))
    if respelt == document.text:
        reading = read_sections(document.name, sections_of(document), document.path)
    else:
        respelt_document = replace(document, text=respelt)
        reading = read_sections(document.name, sections_of(respelt_document), document.path)
        reading = _quoted_from(reading, document.text)
    metadata = reading.metadata
    criteria_set = report_criteria_set(metadata.period, metadata.decisions)
    reading = replace(reading, tables=read_tables(document, criteria_set))
    logger.debug(
        "%s: %d verdict, %d count, %d coverage, %d funding, %d percentage, %d table mentions",
        document.name,
        len(reading.verdicts),
        len(reading.counts),
        len(reading.coverage),
        len(reading.funding),
        len(reading.percentages),
        len(reading.tables),
    )
    return reading
