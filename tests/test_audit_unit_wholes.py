"""A unit's number of communes stated in a sentence of its own ("Huyện có 18 xã và 1 thị
trấn") against the N of its K/N statements, and against another such sentence: one unit,
one number of communes (denominator_mismatch, audit/wholes.py). Each case is a short report
of our own, read by the extractor and audited as `baocao audit` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def denominators(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, ("denominator_mismatch",))


@pytest.mark.parametrize(
    ("body", "quoted", "says"),
    [
        (  # one whole and one K/N in one paragraph: the quote holds both
            "Huyện có 16 xã và 1 thị trấn. Đến nay đã có 10/18 xã đạt chuẩn nông thôn mới.\n",
            ("Huyện có 16 xã", "10/18 xã đạt chuẩn"),
            "the text states 16 xã ('Huyện có 16 xã'), here 18",
        ),
        (  # the whole after the words that place it; the K/N in its own paragraph
            "Trên địa bàn huyện có 16 xã, trong đó có 9 xã miền núi.\n\n"
            "Kết quả: có 14/17 xã đạt tiêu chí số 2 về giao thông.\n",
            ("14/17 xã đạt tiêu chí số 2",),
            "the text states 16 xã",
        ),
    ],
)
def test_a_k_of_n_whose_n_is_not_the_communes_the_text_states(
    tmp_path: Path, body: str, quoted: tuple[str, ...], says: str
) -> None:
    [found] = denominators(tmp_path, body)
    assert all(q in found.quote for q in quoted) and says in found.explain


def test_a_whole_that_several_k_of_n_contradict_is_flagged_once_at_the_whole(
    tmp_path: Path,
) -> None:
    body = (
        "Huyện Yên Lạc có 16 xã, 1 thị trấn.\n\n"
        "Kết quả: 14/17 xã đạt tiêu chí giao thông; 15/17 xã đạt tiêu chí thủy lợi; 17/17 xã "
        "đạt tiêu chí điện.\n"
    )
    [found] = denominators(tmp_path, body)
    assert found.quote == "Huyện Yên Lạc có 16 xã"
    assert "3 K/N statements of yên lạc give 17 xã, but the text states 16 xã" in found.explain


def test_two_sentences_that_give_the_unit_two_numbers_of_communes(tmp_path: Path) -> None:
    body = (
        "Toàn huyện có 16 xã, trong đó có 5 xã đặc biệt khó khăn.\n\n"
        "Đến cuối năm, huyện có 17 xã và 1 thị trấn; 10 xã đã đạt chuẩn nông thôn mới.\n"
    )
    [found] = denominators(tmp_path, body)
    assert found.quote == "huyện có 17 xã"
    assert "stated as 16 xã ('Toàn huyện có 16 xã') and here as 17 xã" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Huyện có 16 xã và 1 thị trấn. Đến nay đã có 10/16 xã đạt chuẩn nông thôn mới.\n",
        # the towns counted with the communes: no number of communes
        "Huyện có 17 xã, thị trấn. Đến nay đã có 10/16 xã đạt chuẩn nông thôn mới.\n",
        # a kind of communes, not all of them
        "Huyện có 6 xã miền núi. Đến nay đã có 10/16 xã đạt chuẩn nông thôn mới.\n",
        # what communes reach, not how many there are
        "Huyện có 10 xã đạt chuẩn nông thôn mới. Có 14/16 xã đạt tiêu chí giao thông.\n",
        # a count with its share is no whole
        "Toàn huyện có 10 xã, chiếm 62,5%. Có 14/16 xã đạt tiêu chí giao thông.\n",
        # a whole of another year (communes merge)
        "Năm 2015, huyện có 18 xã. Đến nay đã có 10/16 xã đạt chuẩn nông thôn mới.\n",
        # a goal's N is not compared
        "Huyện có 16 xã. Phấn đấu đến năm 2025 có 20/20 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_a_whole_that_agrees_or_is_no_whole_is_not_flagged(tmp_path: Path, body: str) -> None:
    assert denominators(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (  # the communes after the districts the province is made of
            "Toàn tỉnh có 7 huyện, thị xã và thành phố với 120 xã, 9 phường, 6 thị trấn.\n\n"
            "Đến nay có 80/125 xã đạt chuẩn nông thôn mới.\n",
            "80/125 xã đạt chuẩn",
        ),
        (
            "Tỉnh gồm 6 huyện và 1 thành phố, có tổng số 120 xã.\n\n"
            "Kết quả: 95/118 xã đạt tiêu chí về điện.\n",
            "95/118 xã đạt tiêu chí",
        ),
    ],
)
def test_a_province_whole_written_after_its_districts(
    tmp_path: Path, body: str, quoted: str
) -> None:
    text = "UBND TỈNH VĨNH PHÚC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n" + body
    [found] = audit_text(tmp_path, "vinh-phuc.txt", text, ("denominator_mismatch",))
    assert quoted in found.quote and "the text states 120 xã" in found.explain


def test_a_whole_in_brackets_after_the_unit(tmp_path: Path) -> None:
    body = (
        "Huyện Yên Lạc (16 xã, 1 thị trấn) là huyện đồng bằng.\n\n"
        "Đến nay có 12/17 xã đạt chuẩn nông thôn mới.\n"
    )
    [found] = denominators(tmp_path, body)
    assert "12/17 xã" in found.quote and "the text states 16 xã" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Huyện Yên Lạc (16 xã, 1 thị trấn) là huyện đồng bằng. Có 12/16 xã đạt chuẩn.\n",
        # the towns counted with the communes: no number of communes
        "Tỉnh có 9 huyện, thị xã với 130 xã, phường, thị trấn. Có 12/16 xã đạt chuẩn.\n",
        # what the communes reach, not how many there are
        "Huyện Yên Lạc (12 xã đạt chuẩn) dẫn đầu. Có 14/16 xã đạt tiêu chí giao thông.\n",
    ],
)
def test_wholes_after_districts_or_in_brackets_that_agree_or_are_none(
    tmp_path: Path, body: str
) -> None:
    assert denominators(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (  # all the unit's communes, with what they belong to
            "Toàn bộ 16 xã trên địa bàn huyện đã được quy hoạch.\n\n"
            "Đến nay có 11/18 xã đạt chuẩn nông thôn mới.\n",
            "11/18 xã đạt chuẩn",
        ),
        (  # "có tất cả N xã": the unit's own total
            "Huyện có tất cả 16 xã và 1 thị trấn.\n\nKết quả: 13/15 xã đạt tiêu chí về điện.\n",
            "13/15 xã đạt tiêu chí",
        ),
    ],
)
def test_all_the_units_communes_are_its_whole(tmp_path: Path, body: str, quoted: str) -> None:
    [found] = denominators(tmp_path, body)
    assert quoted in found.quote and "the text states 16 xã" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # all the communes that registered: a part of the unit's, no whole
        "Tất cả 8 xã đã đăng ký đều hoàn thành kế hoạch. Có 11/16 xã đạt chuẩn nông thôn mới.\n",
        # all the communes, agreeing with the K/N
        "Cả 16 xã thuộc huyện đều có quy hoạch. Có 11/16 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_all_of_a_part_or_an_agreeing_all_is_not_flagged(tmp_path: Path, body: str) -> None:
    assert denominators(tmp_path, body) == []
