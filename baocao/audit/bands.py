"""Bands of communes by the criteria they meet against the whole they share.

The bands of one list (read from the text, :mod:`baocao.audit.bandlists`) share one whole:
the communes of the unit. Checked against it (:func:`check_bands`):

- ``sum_mismatch``: the communes of the bands add up to more than the whole stated beside
  them, or to less when the list is all of them — its bands leave no number of criteria out
  (from none to the whole set), its shares make 100%, or it says so (:func:`said_all`, cue
  words in ``bands.toml``: "50 xã, gồm: …", a later band "N xã còn lại …"); a list that
  leaves bands out with no such word may leave communes out, and its bands short of the
  whole are no finding; a list that leaves no number of criteria out, with no whole written,
  whose communes do not make the whole its bands' shares imply ("18 xã …, chiếm 12,5%; 60 xã
  …, chiếm 41,7%; …"); shares of disjoint bands adding up to more than 100% when no whole
  is known at all. ``denominator_mismatch`` instead when
  the whole is the N written with the list's own top band ("5/123 xã hoàn thành 19 tiêu
  chí; 3 xã …"): the bands count the unit's communes, and that N is below them (bands that
  leave no number of criteria out and fall short of it leave a commune out: the sum's).
- ``percent_mismatch``: a band's share that is not its communes over the whole — the whole
  stated, else the one most bands' shares imply, else (a list that is all of them) the
  communes of all the bands. A share that the bands' own sum gives, when that sum is not the
  stated whole, is the sum's finding, not the share's.

The whole stated is the one number of communes written within BAND_WHOLE_REACH of the list
(:func:`baocao.audit.wholes.stated_wholes`), or the N of a K/N of communes just before it
— unless that N is itself a count of some communes written just before the K/N ("13 xã đạt
19/19 tiêu chí; trong đó có 9 xã …": 9 of those 13, not of all the unit's communes).
Only lists whose bands do not overlap ("15-18 tiêu chí …, trong đó 18 tiêu chí …" is a band
inside another) are weighed: consistent numbers are never flagged.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.bandlists import BAND_WHOLE_REACH, Band, BandList, band_lists, set_size
from baocao.audit.common import IdFact, fold_name, text_finding, vn
from baocao.audit.cues import load_cue_table
from baocao.audit.implied import implied_total
from baocao.audit.percents import KIND as PERCENT_KIND
from baocao.audit.percents import consistent, stated_decimals
from baocao.audit.rates import of_a_count
from baocao.audit.wholes import Whole, stated_wholes
from baocao.model import Coverage, Finding, Severity

SUM_KIND = "sum_mismatch"
DENOMINATOR_KIND = "denominator_mismatch"
#: The widest range of wholes a band's share may imply and still vote for one.
MAX_IMPLIED_SPAN = 1000
BANDS_FILE = "bands.toml"
#: What ends the sentence that states a whole and goes on with its bands.
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


@dataclass(frozen=True)
class BandCues:
    """The words that say a list of bands is all of its whole's communes (``bands.toml``)."""

    all_of: re.Pattern[str]
    rest: re.Pattern[str]


def load_band_cues() -> BandCues:
    return load_cue_table(BandCues, BANDS_FILE)


# -- the whole a list shares --------------------------------------------------------------


@dataclass(frozen=True)
class ListWhole:
    count: int
    quote: str
    fact_ids: tuple[int, ...]
    start: int
    end: int


def stated_whole(
    bands: BandList, wholes: Sequence[Whole], facts: Sequence[IdFact], text: str | None = None
) -> ListWhole | None:
    """The one whole of communes stated within BAND_WHOLE_REACH of the list: in the text,
    with its top band ("5/20 xã đạt chuẩn"), or as the N of a K/N of communes before it
    (one after it is of a place the report goes on to: "Thị xã A đã có 7/7 xã đạt chuẩn")."""
    start, end = bands.start - BAND_WHOLE_REACH, bands.end + BAND_WHOLE_REACH
    found: dict[int, tuple[str, list[int], int, int]] = {}
    for w in wholes:
        if w.unit == "xã" and start <= w.start and w.end <= end:
            if not any(b.start <= w.start < b.end for b in bands.bands):
                found.setdefault(w.count, (w.quote, [], w.start, w.end))
    for fid, fact in facts:
        if (
            isinstance(fact, Coverage)
            and fact.units_total is not None
            and not fact.target
            and fold_name(fact.unit_kind or "xã") == "xã"
            and fact.start is not None
            and start <= fact.start < bands.end
            and (fact.start < bands.start or fact.criterion is None)
            # ("13 xã đạt 19/19 tiêu chí; trong đó có 9 xã …": the 13 are some communes)
            and not of_a_count(fact, facts)
            # ("47 xã đạt từ 15-18 tiêu chí (trong đó có 23 xã …)": some of one band's)
            and not _of_a_band(fact, bands)
        ):
            span_end = fact.end if fact.end is not None else fact.start
            found.setdefault(fact.units_total, (fact.quote, [], fact.start, span_end))[1].append(
                fid
            )
    for band in bands.bands:
        if band.whole is not None and band.whole not in found:
            return None  # "5/20 xã đạt chuẩn" read as no fact: its whole is not sure
    found = _in_the_list_sentence(found, bands, text) if text is not None else found
    if len(found) != 1:
        return None
    ((count, (quote, ids, whole_start, whole_end)),) = found.items()
    return ListWhole(count, quote, tuple(ids), whole_start, whole_end)


#: How far before a list a K/N of the communes that completed the set may stand and still be
#: its top band, when its K and the bands add up to its N exactly (a status page's lead
#: sentence, a paragraph of comment, then the list).
SUM_WHOLE_REACH = 800


def whole_by_sum(bands: BandList, facts: Sequence[IdFact]) -> ListWhole | None:
    """ "40 xã /60 xã hoàn thành 19/19 tiêu chí …" ⏎ (a paragraph) ⏎ "- 15-18 tiêu chí: 12 xã,
    tỷ lệ …; 10-14 tiêu chí: 6 xã …; 5-9 tiêu chí: 2 xã": a K/N of communes (the NTM standard
    as a whole) too far before the list to be its stated whole, whose K with the bands'
    communes makes its N exactly, and the list has no top band of its own: the K are the top
    band and N is the whole the bands share. The nearest such K/N before the list; None when
    none adds up (a sum that does not is no evidence either way)."""
    if any(b.high == bands.size for b in bands.bands):
        return None
    start = bands.start - SUM_WHOLE_REACH
    for fid, fact in sorted(facts, key=lambda f: -(f[1].start or 0)):
        if (
            isinstance(fact, Coverage)
            and fact.units_total is not None
            and fact.criterion is None
            and not fact.target
            and fold_name(fact.unit_kind or "xã") == "xã"
            and fact.start is not None
            and start <= fact.start < bands.start
            and fact.units_met + bands.communes == fact.units_total
        ):
            end = fact.end if fact.end is not None else fact.start
            return ListWhole(fact.units_total, fact.quote, (fid,), fact.start, end)
    return None


#: A sentence's end: a full stop before a space or line break (not the dot of "6.084").
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _in_the_list_sentence(
    found: dict[int, tuple[str, list[int], int, int]], bands: BandList, text: str
) -> dict[int, tuple[str, list[int], int, int]]:
    """The wholes written in the sentence that opens the list ("Toàn huyện có 19 xã, trong
    đó: …"), when it writes one: a whole in an earlier sentence is another statement's, often
    of another place ("Cả nước có 6.084/8.167 xã …. Toàn huyện có 19 xã, trong đó …")."""
    lo = max(0, bands.start - 2 * BAND_WHOLE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, bands.start)]
    opens = ends[-1] if ends else 0
    own = {count: w for count, w in found.items() if opens <= w[2] < bands.end}
    return own or found


#: How far after a band a K/N of its communes may start ("… tiêu chí (trong đó có 23 xã").
OF_A_BAND_REACH = 30


def _of_a_band(fact: Coverage, bands: BandList) -> bool:
    """Whether a K/N's N is the count of a band of the list written just before it: K is
    some of that band's communes, N no number of the unit's."""
    at = fact.start or 0
    return any(
        b.count == fact.units_total and b.end <= at <= b.end + OF_A_BAND_REACH for b in bands.bands
    )


def said_all(bands: BandList, whole: ListWhole, text: str) -> str | None:
    """The word by which a list says it is all of its whole's communes, else None: one
    between the whole and the first band ("50 xã, gồm: …"), in one sentence with them; or a
    band after the first said to be the rest ("…, 10 xã còn lại đạt 10-14 tiêu chí"). A
    "còn lại" before the first band is not of the list ("Các xã còn lại: …" after the
    recognised ones: the rest, not all)."""
    cues = load_band_cues()
    rest = cues.rest.search(text, bands.bands[0].end, bands.end)
    if rest:
        return rest.group()
    if whole.end > bands.start or _CLAUSE_END.search(text, whole.end, bands.start):
        return None  # the whole is after the list, or in a sentence of its own
    said = list(cues.all_of.finditer(text, whole.end, bands.start))
    return said[-1].group() if said else None


def _implied_whole(bands: BandList) -> int | None:
    """The whole most bands' shares imply (each share is rounded or truncated, so each
    implies a range): the one whole at least two bands allow and more bands allow than any
    other whole."""
    ranges = []
    for b in bands.bands:
        if b.share is None or b.count == 0 or not 0 < b.share < 100:
            continue
        low, high = implied_total(b.count, b.share, stated_decimals(b.decimals, b.share))
        ranges.append((math.floor(low) + 1, math.floor(high)))
    votes: Counter[int] = Counter()
    for low, high in ranges:
        if high - low > MAX_IMPLIED_SPAN:
            continue  # a share too small to say much of its whole
        for whole in range(max(low, 1), high + 1):
            votes[whole] += 1
    if not votes:
        return None
    best = max(votes.values())
    leaders = [w for w, n in votes.items() if n == best]
    if best < 2:
        return None
    if len(leaders) == 1:
        return leaders[0]
    communes = bands.communes  # several wholes fit: the bands' own sum, when it is one
    return communes if communes in leaders else None


# -- checks ---------------------------------------------------------------------------------


def _share_fits(band: Band, whole: int) -> bool:
    assert band.share is not None
    value = band.count / whole * 100
    decimals = stated_decimals(band.decimals, band.share)
    return consistent(band.share, value, value, decimals)


def _finding(
    kind: str,
    explain: str,
    text: str,
    start: int,
    end: int,
    facts: Sequence[IdFact],
    ids: Sequence[int],
) -> Finding:
    inside = [fid for fid, f in facts if f.start is not None and start <= f.start < end]
    ids = list(dict.fromkeys([*inside, *ids]))
    return text_finding(kind, Severity.HIGH, explain, text, (start, end), facts, ids)


def _parts(bands: BandList) -> str:
    return " + ".join(str(b.count) for b in bands.bands)


def _shares_total(bands: BandList) -> tuple[float, float] | None:
    """The sum of the bands' shares and the slack their rounding allows (each is rounded or
    truncated, so off by less than a unit of its last decimal), when every band has one."""
    shares = [(b.share, stated_decimals(b.decimals, b.share)) for b in bands.bands if b.share]
    if len(shares) != len(bands.bands):
        return None
    return sum(v for v, _ in shares), sum(10.0**-d for _, d in shares)


def _off_shares(bands: BandList, whole: int, stated: bool) -> list[Band]:
    """The bands whose share is not their communes over ``whole``. With the whole stated, a
    share of the list's own communes is not off (the sum is the finding), nor one of the
    communes of the bands that carry shares ("Các xã còn lại: 15 xã … (75%), 5 xã …
    (25%)": shares of the communes not yet recognised)."""
    shared = [b for b in bands.bands if b.share is not None]
    bases = {bands.communes, sum(b.count for b in shared)} - {whole} if stated else set()
    return [
        b
        for b in shared
        if b.count <= whole
        and not _share_fits(b, whole)
        and not any(_share_fits(b, base) for base in bases if base > 0)
    ]


def _check_list(
    bands: BandList, text: str, wholes: Sequence[Whole], facts: Sequence[IdFact]
) -> list[Finding]:
    findings: list[Finding] = []
    stated = stated_whole(bands, wholes, facts, text)
    summed = whole_by_sum(bands, facts) if stated is None else None
    communes = bands.communes
    shares = _shares_total(bands)
    make_100 = shares is not None and abs(shares[0] - 100) <= shares[1]
    whole: int | None
    ids: tuple[int, ...] = ()
    if stated is not None:
        whole, ids = stated.count, stated.fact_ids
        said = f"the {whole} xã stated ({stated.quote!r})"
    elif summed is not None:
        whole, ids = summed.count, summed.fact_ids
        said = f"the {whole} xã the bands make with the top band before them ({summed.quote!r})"
    else:
        whole = _implied_whole(bands)
        said = f"the {whole} xã the other bands' shares imply"
        if whole is None and (bands.complete() or make_100):
            whole, said = communes, f"the {communes} xã of all the bands"
    off = _off_shares(bands, whole, stated is not None) if whole else []
    for b in off:
        decimals = stated_decimals(b.decimals, b.share or 0.0)
        explain = (
            f"{b.count} xã meeting {b.range_text()} criteria: {b.count}/{whole} = "
            f"{vn(b.count / (whole or 1) * 100, max(decimals, 1))}%, stated "
            f"{vn(b.share or 0.0, decimals)}% (the whole is {said})"
        )
        findings.append(_finding(PERCENT_KIND, explain, text, b.start, b.end, facts, ids))
    if bands.complete():
        every = " (the bands leave no number of criteria out)"
    elif make_100 and not off:  # shares that are off cannot say the list is all of them
        every = " (their shares make 100%)"
    elif stated is not None and (word := said_all(bands, stated, text)):
        every = f" (the list says it is all of them: {word!r})"
    else:
        every = ""
    start, end = bands.start, bands.end
    if stated is not None and (communes > stated.count or (every and communes < stated.count)):
        relation = "more than" if communes > stated.count else "fewer than"
        explain = (
            f"communes by criteria met: {_parts(bands)} = {communes} xã, {relation} {said}{every}"
        )
        # the whole written with the list's own top band ("5/123 xã hoàn thành 19 tiêu chí;
        # 3 xã …") is the N the bands count: bands beyond it say that denominator is
        # what disagrees; bands short of it, though their list leaves no commune out ("…,
        # không còn xã nào đạt dưới 5 tiêu chí"), leave one out of the parts: the sum's
        own = any(b.whole == stated.count for b in bands.bands)
        kind = DENOMINATOR_KIND if own and communes > stated.count else SUM_KIND
        findings.append(_finding(kind, explain, text, start, end, facts, ids))
    implied = stated is None and whole is not None and whole != communes
    if implied and bands.complete() and bands.disjoint():
        # no whole written, the bands' shares imply one and the bands leave no number of
        # criteria out ("18 xã đạt chuẩn, chiếm 12,5%; 60 xã …, chiếm 41,7%; …; không còn xã
        # đạt dưới 6 tiêu chí"): their communes should make it
        relation = "more than" if communes > (whole or 0) else "fewer than"
        explain = (
            f"communes by criteria met: {_parts(bands)} = {communes} xã, {relation} {said}"
            " (the bands leave no number of criteria out)"
        )
        findings.append(_finding(SUM_KIND, explain, text, start, end, facts, ()))
    if whole is None and bands.disjoint() and shares is not None and shares[0] > 100 + shares[1]:
        written = " + ".join(f"{vn(b.share or 0.0, b.decimals or 0)}%" for b in bands.bands)
        explain = (
            f"shares of communes by criteria met: {written} = {vn(shares[0], 2)}%, more than 100%"
        )
        findings.append(_finding(SUM_KIND, explain, text, start, end, facts, ()))
    return findings


def check_bands(facts: Sequence[IdFact], *, text: str | None = None) -> list[Finding]:
    """Every list of bands against its whole: its communes, and each band's share."""
    if text is None or not facts:
        return []
    wholes = stated_wholes(text)
    findings: list[Finding] = []
    for bands in band_lists(text, set_size(facts)):
        if bands.disjoint():
            findings += _check_list(bands, text, wholes, facts)
    return findings
