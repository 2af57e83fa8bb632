"""Raw metadata → a :class:`~baocao.model.Report`: the unit and province resolved to official
codes in the map of the document's time, the criteria set chosen.

The reading stage (:mod:`baocao.nlp.metadata`) says what the text writes about itself; this
module decides what it means, with the ground floor's place and criteria vocabulary.
"""

from __future__ import annotations

from baocao.model import Level, Place, Report
from baocao.nlp.metadata import RawMetadata
from baocao.vocab.criteria import report_criteria_set
from baocao.vocab.periods import contract_form
from baocao.vocab.places import resolve_place


def metadata_to_report(raw: RawMetadata) -> Report:
    """A :class:`Report` from raw metadata: unit and province resolved to official codes
    where unambiguous, the criteria set chosen, the scheme defaulting to plain "NTM"."""
    when = raw.date or raw.period  # which map the text was written in
    province = resolve_place(raw.province, when=when) if raw.province else None
    unit = raw.unit
    if unit is not None and unit.level not in (Level.NATIONAL, Level.REGION):  # no code
        unit = resolve_place(unit, province=province, when=when)
    if province is None and unit is not None and unit.province:
        if unit.level is Level.PROVINCE:
            province = unit
        else:  # not written in the report: derived from the unit's official parent
            province = Place(
                written=unit.province,
                prefix="tỉnh",
                name=unit.province,
                level=Level.PROVINCE,
                code=unit.province_code,
                province=unit.province,
                province_code=unit.province_code,
            )
    return Report(
        unit=unit,
        province=province,
        number=raw.number,
        place_written=raw.place_written,
        date=raw.date,
        title=raw.title,
        period=contract_form(raw.period),
        criteria_set=report_criteria_set(raw.period, raw.decisions),
        scheme=raw.scheme or "NTM",
        units=tuple(resolve_place(u, province=province, when=when) for u in raw.units),
        level=raw.level if unit is None else None,
    )
