"""A lower unit a province's text opens with as an example, not its subject: a first case the
province speaks past, a photo's caption over a province's body.
"""

from __future__ import annotations

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _BARE_PROVINCE, _self_level
from baocao.nlp.metadata.province import _SUBJECT_START, _district_provinces
from baocao.nlp.metadata.unit.refs import _name_refs
from baocao.vocab.places import leading_place_name, place_key

#: How often a news text must speak of itself as a province ("toàn tỉnh", "tỉnh đã …") to
#: be the province's, whatever lower unit its first lines name.
PROVINCE_SELF_REFS = 2


def _province_speaks_past(text: str, lead: Place) -> bool:
    """Whether a news text whose first lines name a lower unit (``lead``) speaks of itself as
    a province, never naming it, more often than it comes back to that unit: the unit is an
    example the province's article opens with (a caption, a first case), not its subject."""
    if lead.level not in (Level.COMMUNE, Level.DISTRICT, Level.VILLAGE):
        return False
    if _self_level(text) is not Level.PROVINCE:
        return False
    own = len(_BARE_PROVINCE.findall(text)) + _province_subject_refs(text, lead)
    return own >= PROVINCE_SELF_REFS and own > _name_refs(text, 0, lead.name, 1)


def _caption_over_province(text: str, headline: str, unit: Place) -> bool:
    """Whether a headline naming a lower unit is a photo's caption over a province's text:
    the unit ("Một khu dân cư … ở xã A, huyện B") is never named again under the headline,
    and the body speaks of itself as a province ("UBND tỉnh", "ngân sách tỉnh", "toàn
    tỉnh") and of no lower level so. The caption's place is an illustration, not the unit."""
    if unit.level not in (Level.COMMUNE, Level.DISTRICT, Level.VILLAGE):
        return False
    at = text.find(headline)
    if at < 0 or unit.name not in headline:
        return False  # the unit is the headline's own
    body = text[at + len(headline) :]
    return _self_level(body) is Level.PROVINCE and unit.name not in body


def _province_subject_refs(text: str, lead: Place) -> int:
    """How many sentences open with the province of a lower unit (``lead``) bare as their
    subject ("Năm 2016, Nam Sơn có 57 xã …", "Hiện Nam Sơn đã …"): the province speaking of
    itself by name. For a district the province is the one the map puts it in (any, when
    the map does not know it or knows it in several)."""
    holding = (
        {place_key(name) for name in _district_provinces(lead.name)}
        if lead.level is Level.DISTRICT
        else set()
    )
    count = 0
    for m in _SUBJECT_START.finditer(text):
        place = leading_place_name(m.group("name"))
        if place is None or place.level is not Level.PROVINCE:
            continue
        if len(holding) == 1 and place_key(place.name) not in holding:
            continue
        count += 1
    return count
