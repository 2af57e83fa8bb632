"""Bands of communes by the criteria they meet, and the whole they share (audit/bands.py).

A report sorts its communes into bands ("5 xã đạt 19 tiêu chí, 12 xã đạt từ 15-18 tiêu chí")
and often gives each band's share. The bands of one list are parts of one whole: their
communes cannot add up to more than the unit has (nor to less, when the bands leave no number
of criteria out), and each share is the band's communes over that whole. Bands are no facts,
so the auditor reads them from the text; every case here is a short report of our own, read by
the extractor and audited as `baocao audit` does.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from auditfacts import Doc, audit_text

from baocao.audit.bandlists import band_lists
from baocao.audit.bands import check_bands
from baocao.model import Finding

_HEADER = "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"
_KINDS = ("sum_mismatch", "percent_mismatch")


def findings(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS)


# -- a set of shares that should make the whole ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "quote_starts", "says"),
    [
        (  # counts written first, each with "chiếm": 12 + 20 + 10 = 42 of 40 communes
            "Toàn tỉnh có 40 xã. Kết quả phân loại: 12 xã đạt từ 15-18 tiêu chí, chiếm 30%; "
            "20 xã đạt từ 10-14 tiêu chí, chiếm 50%; 10 xã đạt dưới 10 tiêu chí, chiếm 25%.\n",
            "12 xã đạt từ 15-18 tiêu chí",
            "12 + 20 + 10 = 42 xã, more than the 40 xã stated",
        ),
        (  # bands written first, shares in brackets: 9 + 30 + 26 = 65 of 64 communes
            "Tổng số xã trên địa bàn tỉnh là 64 xã.\n"
            "- Số xã đạt 19 tiêu chí: 9 xã (14,1%);\n"
            "- Số xã đạt từ 15 - 18 tiêu chí: 30 xã (46,9%);\n"
            "- Số xã đạt từ 10 - 14 tiêu chí: 26 xã (40,6%).\n",
            "19 tiêu chí: 9 xã",
            "9 + 30 + 26 = 65 xã, more than the 64 xã stated",
        ),
    ],
)
def test_bands_whose_communes_and_shares_exceed_the_whole(
    tmp_path: Path, body: str, quote_starts: str, says: str
) -> None:
    [found] = findings(tmp_path, body)
    assert found.kind == "sum_mismatch" and found.quote.startswith(quote_starts)
    assert says in found.explain


@pytest.mark.parametrize(
    ("body", "quote", "says"),
    [
        (  # the whole stated: 10 of 50 communes is 20%, not 30%
            "Tỉnh có tổng số 50 xã, trong đó có 10 xã đạt 19 tiêu chí (20%), 25 xã đạt 15-18 "
            "tiêu chí (50%), 10 xã đạt 10-14 tiêu chí (30%).\n",
            "10 xã đạt 10-14 tiêu chí (30%)",
            "10/50 = 20,0%, stated 30%",
        ),
        (  # no whole stated: two bands' shares imply 32 communes, which 8 = 20% cannot be
            "Phân loại xã theo số tiêu chí đạt được: 8 xã đạt 19 tiêu chí, chiếm 25%; 16 xã "
            "đạt từ 15 đến 18 tiêu chí, chiếm 50%; 8 xã đạt dưới 15 tiêu chí, chiếm 20%.\n",
            "8 xã đạt dưới 15 tiêu chí, chiếm 20%",
            "8/32 = 25,0%, stated 20%",
        ),
        (  # a whole from the N of the K/N before the list: 6 of 24 is 25%, not 20%
            "Đến nay có 6/24 xã đạt chuẩn nông thôn mới. Các xã còn lại: 6 xã đạt 15-18 tiêu "
            "chí, chiếm 20%; 12 xã đạt 10-14 tiêu chí, chiếm 50%.\n",
            "6 xã đạt 15-18 tiêu chí, chiếm 20%",
            "6/24 = 25,0%, stated 20%",
        ),
    ],
)
def test_a_band_share_that_is_not_its_communes_over_the_whole(
    tmp_path: Path, body: str, quote: str, says: str
) -> None:
    [found] = findings(tmp_path, body)
    assert (found.kind, found.quote) == ("percent_mismatch", quote)
    assert says in found.explain


def test_shares_of_disjoint_bands_above_100_percent_with_no_whole_known() -> None:
    doc = Doc()
    doc.percentage("tỷ lệ xã đạt chuẩn 30%", 30.0, label="tỷ lệ xã đạt chuẩn")
    doc.line("Nhóm 15-18 tiêu chí: 9 xã (45%); nhóm 10-14 tiêu chí: 8 xã (60%).")
    [found] = check_bands(doc.facts, text=doc.text)
    assert found.kind == "sum_mismatch"
    assert found.quote == "15-18 tiêu chí: 9 xã (45%); nhóm 10-14 tiêu chí: 8 xã (60%)"
    assert "45% + 60% = 105,00%, more than 100%" in found.explain


# -- count-first bands and the communes of the unit ------------------------------------------


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (  # 5 + 12 + 10 = 27, and every commune has 19, 15-18 or fewer than 15 criteria
            "Huyện Thanh Ba có 25 xã. Đến nay có 5 xã đạt 19 tiêu chí, 12 xã đạt từ 15-18 tiêu "
            "chí, 10 xã đạt dưới 15 tiêu chí.\n",
            "5 + 12 + 10 = 27 xã, more than the 25 xã stated",
        ),
        (  # communes meeting the standard stand for the top band; an empty band is said
            "Toàn tỉnh có 30 xã, trong đó: 7 xã đạt chuẩn nông thôn mới; 14 xã đạt từ 15 đến "
            "18 tiêu chí; 6 xã đạt từ 10 đến 14 tiêu chí; không còn xã dưới 10 tiêu chí.\n",
            "7 + 14 + 6 + 0 = 27 xã, fewer than the 30 xã stated",
        ),
        (  # a band left out, but the shares make 100%: the list is all the communes
            "Toàn tỉnh có 27 xã. Trong đó: 5 xã đạt 19 tiêu chí (20%), 12 xã đạt từ 15-18 "
            "tiêu chí (48%), 8 xã đạt từ 10-14 tiêu chí (32%).\n",
            "5 + 12 + 8 = 25 xã, fewer than the 27 xã stated ('Toàn tỉnh có 27 xã') (their "
            "shares make 100%)",
        ),
        (  # band-first with a colon, fewer than the whole, no band left out
            "Tổng số xã của tỉnh là 22 xã; số xã đạt 19 tiêu chí: 4 xã; số xã đạt 15-18 tiêu "
            "chí: 11 xã; số xã đạt dưới 15 tiêu chí: 5 xã.\n",
            "4 + 11 + 5 = 20 xã, fewer than the 22 xã stated",
        ),
    ],
)
def test_band_counts_that_do_not_make_the_whole(tmp_path: Path, body: str, says: str) -> None:
    # the top band read as coverage of the whole ("Trong đó: 5 xã đạt 19 tiêu chí (20%)" under
    # "27 xã") may also show the same gap as its share (5/27 is not 20%): one band finding
    [found] = [f for f in findings(tmp_path, body) if f.kind == "sum_mismatch"]
    assert says in found.explain


# -- consistent twins: nothing is flagged ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Toàn tỉnh có 40 xã. Kết quả phân loại: 12 xã đạt từ 15-18 tiêu chí, chiếm 30%; 20 xã "
        "đạt từ 10-14 tiêu chí, chiếm 50%; 8 xã đạt dưới 10 tiêu chí, chiếm 20%.\n",
        "Tổng số xã trên địa bàn tỉnh là 64 xã.\n- Số xã đạt 19 tiêu chí: 9 xã (14,1%);\n"
        "- Số xã đạt từ 15 - 18 tiêu chí: 30 xã (46,9%);\n"
        "- Số xã đạt từ 10 - 14 tiêu chí: 25 xã (39%).\n",
        "Tỉnh có tổng số 50 xã, trong đó có 10 xã đạt 19 tiêu chí (20%), 25 xã đạt 15-18 tiêu "
        "chí (50%), 15 xã đạt 10-14 tiêu chí (30%).\n",
        "Phân loại xã theo số tiêu chí đạt được: 8 xã đạt 19 tiêu chí, chiếm 25%; 16 xã đạt từ "
        "15 đến 18 tiêu chí, chiếm 50%; 8 xã đạt dưới 15 tiêu chí, chiếm 25%.\n",
        "Huyện Thanh Ba có 25 xã. Đến nay có 5 xã đạt 19 tiêu chí, 12 xã đạt từ 15-18 tiêu chí, "
        "8 xã đạt dưới 15 tiêu chí.\n",
        "Toàn tỉnh có 30 xã, trong đó: 7 xã đạt chuẩn nông thôn mới; 14 xã đạt từ 15 đến 18 "
        "tiêu chí; 9 xã đạt từ 10 đến 14 tiêu chí; không còn xã dưới 10 tiêu chí.\n",
        "Toàn tỉnh có 25 xã. Trong đó: 5 xã đạt 19 tiêu chí (20%), 12 xã đạt từ 15-18 tiêu "
        "chí (48%), 8 xã đạt từ 10-14 tiêu chí (32%).\n",
        # shares of the communes not yet recognised, not of all of them
        "Toàn tỉnh có 30 xã, đã có 10 xã đạt chuẩn nông thôn mới. Các xã còn lại: 15 xã đạt "
        "15-18 tiêu chí (75%), 5 xã đạt 10-14 tiêu chí (25%).\n",
        # shares rounded or truncated at the decimals written: 7/30 = 23,33%, 23/30 = 76,67%
        "Toàn tỉnh có 30 xã: 7 xã đạt 19 tiêu chí (23,3%), 23 xã đạt từ 15-18 tiêu chí (76,6%).\n",
        # the N of "9 of 11" is a count of some communes (those meeting 19/19), not the whole
        "Toàn tỉnh hiện có 11 xã đạt 19/19 tiêu chí; trong đó có 8 xã đã được công nhận xã "
        "đạt chuẩn nông thôn mới. Bình quân các xã trong toàn tỉnh đạt gần 10,2 tiêu chí. "
        "Trong đó, có 3 xã đạt từ 15 – 18 tiêu chí, 25 xã đạt từ 10 – 14 tiêu chí, 40 xã đạt "
        "từ 5 – 9 tiêu chí, 6 xã đạt dưới 5 tiêu chí.\n",
    ],
)
def test_bands_that_make_their_whole_are_not_flagged(tmp_path: Path, body: str) -> None:
    assert findings(tmp_path, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a band left out (under 10 criteria): fewer communes than the whole is no finding
        "Toàn tỉnh có 30 xã; 7 xã đạt 19 tiêu chí, 14 xã đạt 15-18 tiêu chí, 6 xã đạt 10-14 "
        "tiêu chí.\n",
        # a band inside another: "trong đó 18 tiêu chí" is part of 15-18
        "Toàn tỉnh có 30 xã: 20 xã đạt 15-18 tiêu chí, trong đó 8 xã đạt 18 tiêu chí; 10 xã "
        "đạt 10-14 tiêu chí.\n",
        # two years' bands side by side are two lists, each within the whole
        "Toàn tỉnh có 30 xã. Năm 2020 có 4 xã đạt 19 tiêu chí, 20 xã đạt 15-18 tiêu chí; năm "
        "2022 có 10 xã đạt 19 tiêu chí, 18 xã đạt 15-18 tiêu chí.\n",
        # an increment is no band ("tăng 3 xã")
        "Toàn tỉnh có 30 xã: 12 xã đạt 19 tiêu chí, tăng 3 xã đạt 19 tiêu chí so với năm "
        "trước; 18 xã đạt 15-18 tiêu chí.\n",
        # communes that reach the standard and the top band, the same communes said twice
        "Toàn tỉnh có 30 xã, đến nay có 10/30 xã đạt chuẩn nông thôn mới. Phân loại: 19 tiêu "
        "chí: 10 xã; 15-18 tiêu chí: 15 xã; dưới 15 tiêu chí: 5 xã.\n",
        # … or two groups of communes at the top (recognised, and waiting): not read as bands
        "Toàn tỉnh có 30 xã: 7 xã đạt chuẩn nông thôn mới; 2 xã đạt 19 tiêu chí; 14 xã đạt "
        "15-18 tiêu chí; 7 xã đạt dưới 15 tiêu chí.\n",
        # communes reaching the advanced standard are no band of the standard's criteria
        "Toàn tỉnh có 30 xã; 21 xã được công nhận đạt chuẩn nông thôn mới nâng cao. Số xã đạt "
        "từ 15-18 tiêu chí là 2 xã; số xã đạt từ 10-14 tiêu chí là 7 xã.\n",
    ],
)
def test_lists_that_may_leave_communes_out_or_are_no_list_are_not_flagged(
    tmp_path: Path, body: str
) -> None:
    assert findings(tmp_path, body) == []


# -- reading -----------------------------------------------------------------------------------


def test_band_forms_read_as_ranges_of_criteria() -> None:
    text = (
        "có 3 xã đạt đủ 19/19 tiêu chí, 6 xã đạt từ 15 tiêu chí đến 18 tiêu chí, 4 xã đạt "
        "từ 10 đến dưới 15 tiêu chí, 2 xã đạt dưới 10 tiêu chí"
    )
    [bands] = band_lists(text)
    assert [(b.low, b.high, b.count) for b in bands.bands] == [
        (19, 19, 3),
        (15, 18, 6),
        (10, 14, 4),
        (0, 9, 2),
    ]
    assert bands.complete() and bands.disjoint() and bands.communes == 15


def test_a_band_finding_keeps_its_quote_and_the_page_of_the_facts_around_it() -> None:
    doc = Doc()
    doc.coverage("Toàn tỉnh có 4/20 xã đạt chuẩn", 4, 20)
    doc.line("Còn lại: 10 xã đạt 15-18 tiêu chí; 8 xã đạt 10-14 tiêu chí.")
    doc.coverage("2 xã đạt chuẩn nâng cao", 2, None)
    facts = [(fid, replace(f, page=3)) for fid, f in doc.facts]
    [found] = check_bands(facts, text=doc.text)
    # the whole is the N written with the top band: the denominator disagrees with the bands
    assert found.kind == "denominator_mismatch" and found.page == 3
    assert "4 + 10 + 8 = 22 xã, more than the 20 xã stated" in found.explain
    assert found.quote.startswith("4/20 xã đạt chuẩn") and found.quote.endswith("10-14 tiêu chí")
    assert doc.text[found.start : found.end] == found.quote


# -- the whole written with the list's own top band ------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind", "says"),
    [
        (  # "6/90 xã hoàn thành 19 tiêu chí" heads the list: 6 + 20 + 50 + 30 = 106, not 90
            "Đến nay toàn tỉnh đã có 6/90 xã hoàn thành 19 tiêu chí; 20 xã đạt 15-18 tiêu chí; "
            "50 xã đạt 10-14 tiêu chí; 30 xã đạt dưới 10 tiêu chí.\n",
            "denominator_mismatch",
            "6 + 20 + 50 + 30 = 106 xã, more than the 90 xã stated",
        ),
        (  # the same, the top band said "đạt đủ 19/19"
            "Hiện huyện có 3/20 xã đạt đủ 19/19 tiêu chí, 9 xã đạt từ 15-18 tiêu chí, 11 xã "
            "đạt dưới 15 tiêu chí.\n",
            "denominator_mismatch",
            "3 + 9 + 11 = 23 xã, more than the 20 xã stated",
        ),
    ],
)
def test_bands_against_the_n_of_their_top_band(
    tmp_path: Path, body: str, kind: str, says: str
) -> None:
    [found] = audit_text(tmp_path, "phu-tho.txt", _HEADER + body, (*_KINDS, kind))
    assert found.kind == kind and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay toàn tỉnh đã có 6/90 xã hoàn thành 19 tiêu chí; 20 xã đạt 15-18 tiêu chí; "
        "40 xã đạt 10-14 tiêu chí; 24 xã đạt dưới 10 tiêu chí.\n",
        # 17 criteria completed is no top band: 4 + 9 = 13 of 20 communes, a band left out
        "Hiện huyện có 4/20 xã hoàn thành 17 tiêu chí, 9 xã đạt từ 10-14 tiêu chí.\n",
    ],
)
def test_bands_that_fit_the_n_of_their_top_band_are_not_flagged(tmp_path: Path, body: str) -> None:
    kinds = (*_KINDS, "denominator_mismatch")
    assert audit_text(tmp_path, "phu-tho.txt", _HEADER + body, kinds) == []


# -- a list that says it is all of its whole, and one that does not --------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (  # "gồm" between the whole and the first band: 6 + 14 + 9 = 29 of 32
            "Huyện Cẩm Khê có 32 xã, gồm: 6 xã đạt 19 tiêu chí, 14 xã đạt 15-18 tiêu chí, 9 "
            "xã đạt 10-14 tiêu chí.\n",
            "gồm",
        ),
        (  # a later band is the rest of the communes: 6 + 14 + 9 = 29 of 32
            "Huyện Cẩm Khê có 32 xã. Đến nay, 6 xã đạt 19 tiêu chí, 14 xã đạt 15-18 tiêu chí, "
            "9 xã còn lại đạt 10-14 tiêu chí.\n",
            "còn lại",
        ),
        (  # the recognised communes, then "the rest": 8 + 11 + 6 = 25 of 28
            "Huyện Cẩm Khê có 28 xã, đã có 8 xã đạt chuẩn nông thôn mới; số còn lại gồm 11 xã "
            "đạt 15-18 tiêu chí, 6 xã đạt 10-14 tiêu chí.\n",
            "còn lại",
        ),
    ],
)
def test_a_list_saying_it_is_all_of_its_whole_must_make_it(
    tmp_path: Path, body: str, word: str
) -> None:
    [found] = [f for f in findings(tmp_path, body) if f.kind == "sum_mismatch"]
    assert "fewer than the" in found.explain
    assert f"the list says it is all of them: {word!r}" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # bands left out (under 10 criteria), no word of the whole: communes may be left out
        "Huyện Cẩm Khê có 32 xã. Đến nay, 6 xã đạt 19 tiêu chí, 14 xã đạt 15-18 tiêu chí, 9 "
        "xã đạt 10-14 tiêu chí.\n",
        # "gồm" of the whole's own make-up, in a sentence before the list
        "Huyện Cẩm Khê có 32 xã, gồm 30 xã và 2 thị trấn. Đến nay, 6 xã đạt 19 tiêu chí, 14 xã "
        "đạt 15-18 tiêu chí, 9 xã đạt 10-14 tiêu chí.\n",
        # the rest named after the list with no count: nothing to add
        "Huyện Cẩm Khê có 32 xã. Đến nay, 6 xã đạt 19 tiêu chí, 14 xã đạt 15-18 tiêu chí, các "
        "xã còn lại đạt 10-14 tiêu chí.\n",
        # a list saying it is all of them that makes its whole
        "Huyện Cẩm Khê có 29 xã, gồm: 6 xã đạt 19 tiêu chí, 14 xã đạt 15-18 tiêu chí, 9 xã "
        "đạt 10-14 tiêu chí.\n",
    ],
)
def test_a_list_with_no_word_of_the_whole_or_that_makes_it_is_not_flagged(
    tmp_path: Path, body: str
) -> None:
    assert findings(tmp_path, body) == []


# -- a band's own change in brackets does not end its list (tenth session) ----------------


@pytest.mark.parametrize(
    ("body", "quote_starts"),
    [
        (  # 20 + 40 + 30 + 11 = 101 communes; every other share gives 100: 11 xã is 11%
            "Đến nay toàn tỉnh có 20 xã đạt chuẩn NTM, chiếm 20,0%; 40 xã đạt từ 15 đến 18 "
            "tiêu chí, chiếm 40,0% (tăng 12 xã so với năm 2019); 30 xã đạt từ 10 đến 14 tiêu "
            "chí, chiếm 30,0% (giảm 5 xã so với năm 2019); 11 xã đạt dưới 10 tiêu chí, chiếm "
            "10,0%.\n",
            "11 xã đạt dưới 10 tiêu chí",
        ),
        (  # 18 + 25 + 7 = 50 of the 40 communes the first two shares give: 7 xã is 17,5%
            "Kết quả rà soát: 18 xã đạt 19 tiêu chí, chiếm 45%; 25 xã đạt từ 15-18 tiêu chí,"
            " chiếm 62,5% (tăng thêm 6 xã so với cuối năm 2020); 7 xã đạt từ 10-14 tiêu chí,"
            " chiếm 12,5%.\n",
            "",
        ),
    ],
)
def test_a_bands_change_in_brackets_keeps_its_list_whole(
    tmp_path: Path, body: str, quote_starts: str
) -> None:
    found = findings(tmp_path, body)
    assert found, "the list is read past the bracketed change and weighed"
    assert any(f.quote.startswith(quote_starts) for f in found)


def test_a_consistent_list_with_bracketed_changes_is_no_finding(tmp_path: Path) -> None:
    body = (
        "Đến nay toàn tỉnh có 20 xã đạt chuẩn NTM, chiếm 20,0%; 40 xã đạt từ 15 đến 18 tiêu "
        "chí, chiếm 40,0% (tăng 12 xã so với năm 2019); 30 xã đạt từ 10 đến 14 tiêu chí, "
        "chiếm 30,0% (giảm 5 xã so với năm 2019); 10 xã đạt dưới 10 tiêu chí, chiếm 10,0%.\n"
    )
    assert findings(tmp_path, body) == []
    lists = band_lists(_HEADER + body)
    assert [len(b.bands) for b in lists] == [4]
