"""A place written without its prefix: a province or district of that name (:func:`place_named`,
:func:`resolve_bare_name`), the one a text opens with (:func:`leading_place_name`), a
commune's official spelling (:func:`commune_spelling`), a province under the name it had
then (:func:`province_as_then`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from baocao.model import Level, Place
from baocao.vocab.gazetteer import MAP_PRE2025
from baocao.vocab.gazetteer import units as gazetteer_units
from baocao.vocab.places.index import _former_names_until, _map
from baocao.vocab.places.keys import accent_key, place_key
from baocao.vocab.places.names import _NAME, _place_of, _province_prefix, _title
from baocao.vocab.places.resolve import _name_key, _narrow, resolve_place
from baocao.vocab.places.spellings import _names_another_unit, _one_syllable_other_tone, marks_agree

logger = logging.getLogger(__name__)


def province_as_then(place: Place, when: str | None) -> Place:
    """``place``, a province the map names as it is now, under the name it had at ``when``
    (a date or period, "2018-09-07", "2016-2020"): a text of 2018 whose province is read
    from its districts is Thừa Thiên Huế's, not thành phố Huế's (data/former_provinces.toml);
    ``place`` itself otherwise, or when ``when`` is unknown."""
    year = re.match(r"\d{4}", when or "")
    if place.level is not Level.PROVINCE or place.code is None or year is None:
        return place
    for former, code, until in _former_names_until():
        if (
            code == place.code
            and year.group() < until[:4]
            and place_key(place.name) != place_key(former)
        ):
            return place_named(former) or place
    return place


def place_named(name: str) -> Place | None:
    """A place written without its prefix ("Quảng Nam", "Hoà Vang"): the province of that
    name, else the one district of that name in the country; None when neither (or when
    several districts share the name, or the name carries marks the unit's lacks: see
    :func:`marks_agree`). The place carries its official code and name."""
    key = place_key(name)
    if not key or key.isdigit():
        return None
    try:
        admin = _map()
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return None
    written = " ".join(name.split())
    unit = admin.provinces.get(key)
    if unit is not None and unit.name and not marks_agree(written, unit.name):
        return None
    if unit is not None and unit.name and _names_another_unit(written, unit.name, admin):
        unit = None  # "Phù Yên" is a district's name, no slip for the province Phú Yên
    if unit is None and key in admin.former_provinces:
        # "Thừa Thiên Huế" before 2025: the province, under the name as written
        now = admin.former_provinces[key]
        return _place_of(now, written, "tỉnh", Level.PROVINCE, name=written)
    if unit is not None:
        prefix = _province_prefix(key)
        level = Level.PROVINCE
    else:
        found = admin.districts.get(key, ())
        if len(found) != 1:
            return None
        unit, level = found[0], Level.DISTRICT
        if unit.name and (
            not marks_agree(written, unit.name)
            or _names_another_unit(written, unit.name, admin)
            or _one_syllable_other_tone(written, unit.name)
        ):
            return None
        prefix = (unit.type or "huyện").lower()
    return _place_of(unit, written, prefix, level)


def resolve_bare_name(
    name: str, *, province: Place | str | None = None, when: str | None = None
) -> Place | None:
    """A place written with no prefix ("LÂM THAO" heading a list, "Quảng Nam"): the province
    of that name, else the one district of that name in ``province`` (with no province given,
    in the whole country); as a resolved Place, or None."""
    written = " ".join(_title(name).split())
    key = place_key(written)
    if not key or key.isdigit():
        return None
    if province is None or key in _map().provinces:
        return place_named(written)
    district = Place(written=written, prefix=None, name=written, level=Level.DISTRICT)
    resolved = resolve_place(district, province=province, when=when)
    if resolved.code is None:
        return None
    return replace(resolved, prefix=_district_type(resolved.code) or "huyện")


def commune_spelling(name: str, *, district: Place | str | None = None) -> str | None:
    """The official spelling of a commune written without its prefix and maybe in the wrong
    case ("Yên nhân" → "Yên Nhân"), when the 63-province map has a commune of that name (in
    ``district`` when given); else None. Says a name in a list is a commune's, not which."""
    key = place_key(name)
    if not key or key.isdigit():
        return None
    found = _map().communes.get(key, ())
    narrowed = _narrow(found, None, _name_key(district), None) if district else found
    spellings = {u.name for u in narrowed}
    exact = [n for n in spellings if accent_key(n) == accent_key(name)]
    if len(exact) == 1:
        return exact[0]
    return next(iter(spellings)) if len(spellings) == 1 else None


def _district_type(code: str) -> str | None:
    found = gazetteer_units(MAP_PRE2025).get(code)
    return found.type.lower() if found else None


def leading_place_name(text: str) -> Place | None:
    """The place a text opens with when it is written without a prefix, as news headlines
    do ("Quảng Nam quyết chi …", "Yên Bái: 78/150 xã …"): the longest run of up to four
    capitalised words at the start that names a province or a unique district."""
    m = re.match(rf"\s*({_NAME})", text)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = place_named(" ".join(words[:n]))
        if found is not None:
            return found
    return None
