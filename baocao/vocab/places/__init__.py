"""Place names: "xã Quang Trung" → Place(prefix="xã", name="Quang Trung", level=commune), and
their official codes; the shared vocabulary's public names for places, one module per part:

* :mod:`.keys` — how names are compared (:func:`place_key`, :func:`accent_key`).
* :mod:`.index` — the name index of each map, and the former names of provinces.
* :mod:`.names` — the prefixes, the patterns of a place as written, :func:`parse_place`.
* :mod:`.spellings` — names written another way than the map writes them (a province cut
  short or a letter off, a mark left out).
* :mod:`.resolve` — a place written with its prefix resolved to its code in the map of the
  document's time (:func:`resolve_place`).
* :mod:`.bare` — a place written without its prefix (:func:`place_named`,
  :func:`leading_place_name`, :func:`resolve_bare_name`).
* :mod:`.units` — what the map says of its units: counts, enclosing units, where a name lies.
* :mod:`.regions` — the country's regions (``data/regions.toml``).
* :mod:`.bare_provinces` — provinces named bare in running text.
* :mod:`.capitalised`, :mod:`.described` — names with a syllable left in small letters; communes
  named bare and described as communes.

Modules of the package import each other, never this one; the rest of baocao imports the
names below from here (the vocabulary's API), each defined once in the module that holds it.
"""

from __future__ import annotations

from baocao.vocab.places.bare import (
    commune_spelling,
    leading_place_name,
    place_named,
    province_as_then,
    resolve_bare_name,
)
from baocao.vocab.places.bare_provinces import (
    a_listed_district,
    amid_other_names,
    provinces_named_bare,
)
from baocao.vocab.places.capitalised import names_capitalised
from baocao.vocab.places.described import described_communes
from baocao.vocab.places.index import former_province_names
from baocao.vocab.places.keys import accent_key, place_key
from baocao.vocab.places.names import (
    HYPHENATED_PROVINCES,
    NAME_PATTERN,
    NATIONAL_PATTERN,
    PLACE_PATTERN,
    TOPIC_PATTERN,
    abbreviated_prefix,
    parse_place,
    place_label,
)
from baocao.vocab.places.regions import (
    region_member_near,
    region_place,
    region_provinces,
    region_written_as_place,
    regions_in,
)
from baocao.vocab.places.resolve import resolve_place
from baocao.vocab.places.spellings import province_spelled
from baocao.vocab.places.units import (
    commune_homes,
    district_place,
    district_provinces,
    enclosing_places,
    most_units,
    official_commune_count,
    official_xa_counts,
)

__all__ = [
    "abbreviated_prefix",
    "accent_key",
    "amid_other_names",
    "commune_homes",
    "commune_spelling",
    "described_communes",
    "district_place",
    "district_provinces",
    "enclosing_places",
    "former_province_names",
    "HYPHENATED_PROVINCES",
    "leading_place_name",
    "most_units",
    "NAME_PATTERN",
    "names_capitalised",
    "NATIONAL_PATTERN",
    "official_commune_count",
    "official_xa_counts",
    "parse_place",
    "place_key",
    "place_label",
    "place_named",
    "PLACE_PATTERN",
    "province_as_then",
    "province_spelled",
    "provinces_named_bare",
    "a_listed_district",
    "region_member_near",
    "region_place",
    "region_provinces",
    "region_written_as_place",
    "regions_in",
    "resolve_bare_name",
    "resolve_place",
    "TOPIC_PATTERN",
]
