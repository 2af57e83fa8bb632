"""Communes a sentence refers to unnamed ("Đây là các xã … đã hoàn thành 19/19 tiêu chí"),
named one by one by the sentences right after it ("Xã A …. Xã B …."): each named commune
gets the count, as units named with a count do (FACTS.md, "N xã đạt 19/19 tiêu chí"), when
they are as many as the sentence before counted, or at least two when it counts none."""

from __future__ import annotations

from readfacts import MakeDocument, facts_of

from baocao.model import CriteriaCount

HEAD = (
    "UBND HUYỆN CAN LỘC\nCan Lộc, ngày 20 tháng 12 năm 2019\n"
    "BÁO CÁO kết quả xây dựng nông thôn mới năm 2019\n"
)


def _counts(make_document: MakeDocument, body: str) -> list[tuple[str | None, int, int | None]]:
    facts = facts_of(make_document, HEAD + body)
    return [(f.subject, f.met, f.of) for f in facts if isinstance(f, CriteriaCount)]


def test_each_commune_named_after_the_summary_has_the_count(make_document: MakeDocument) -> None:
    body = (
        "Trong năm, huyện có thêm 3 xã được công nhận đạt chuẩn nông thôn mới. Đây là những "
        "xã có điểm xuất phát thấp, đến nay đã hoàn thành 19/19 tiêu chí. Xã Thiên Lộc huy "
        "động nhân dân hiến hàng nghìn m2 đất. Xã Thuần Thiện làm mới nhiều tuyến đường. "
        "Riêng xã Kim Song Trường chú trọng phát triển sản xuất.\n"
    )
    assert _counts(make_document, body) == [
        ("xã Thiên Lộc", 19, 19),
        ("xã Thuần Thiện", 19, 19),
        ("xã Kim Song Trường", 19, 19),
    ]


def test_with_no_number_before_two_named_communes_have_it(make_document: MakeDocument) -> None:
    body = (
        "Đây là các xã còn nợ nhiều tiêu chí năm 2016, nay đã đạt đủ 19 tiêu chí. Xã Thiên "
        "Lộc làm tốt công tác dồn điền đổi thửa. Xã Thuần Thiện huy động được nhiều nguồn lực.\n"
    )
    assert _counts(make_document, body) == [("xã Thiên Lộc", 19, 19), ("xã Thuần Thiện", 19, 19)]


def test_names_not_as_many_as_counted_get_nothing(make_document: MakeDocument) -> None:
    body = (
        "Trong năm, huyện có thêm 3 xã đạt chuẩn. Đây là các xã đã nỗ lực, đến nay đã hoàn "
        "thành 19/19 tiêu chí. Xã Thiên Lộc làm tốt công tác dồn điền đổi thửa. Tuy vậy, "
        "nhiều tiêu chí chưa bền vững.\n"
    )
    assert _counts(make_document, body) == []


def test_a_named_commune_with_a_count_of_its_own_breaks_the_reading(
    make_document: MakeDocument,
) -> None:
    body = (
        "Đây là các xã đã nỗ lực, đến nay đã hoàn thành 19/19 tiêu chí. Xã Thiên Lộc làm "
        "tốt công tác dồn điền đổi thửa. Xã Thuần Thiện mới đạt 17/19 tiêu chí.\n"
    )
    assert [c for c in _counts(make_document, body) if c[1] == 19 and c[2] == 19] == []
