"""A count of model villages then ranked by the districts they lie in ("Trong đó, huyện A có 5
thôn; các huyện B, C mỗi đơn vị có 3 thôn và D có 2 thôn"): each district named gets its own
coverage of villages, the ranking's first clause too, though only a later clause says "mỗi
đơn vị" (devau: a province's model villages by district). Our own wording, real districts."""

from __future__ import annotations

from readfacts import news_facts_of, of_kind

from baocao.model import Coverage

THAI_BINH_VILLAGES = (
    "Thái Bình có 18 thôn kiểu mẫu\n\n"
    "Năm 2027, toàn tỉnh Thái Bình có 18 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. Trong đó, "
    "huyện Kiến Xương có 6 thôn; các huyện Tiền Hải, Vũ Thư, Đông Hưng mỗi đơn vị có 3 thôn và "
    "Quỳnh Phụ có 3 thôn.\n"
)


def test_each_district_of_a_village_ranking_gets_its_count(make_document) -> None:
    got = {
        (f.region, f.units_met, f.unit_kind)
        for f in of_kind(news_facts_of(make_document, THAI_BINH_VILLAGES), Coverage)
    }
    assert {
        ("huyện Kiến Xương", 6, "thôn"),
        ("huyện Tiền Hải", 3, "thôn"),
        ("huyện Vũ Thư", 3, "thôn"),
        ("huyện Đông Hưng", 3, "thôn"),
        ("huyện Quỳnh Phụ", 3, "thôn"),
    } <= got


def test_a_village_list_after_a_commune_count_is_no_ranking(make_document) -> None:
    # twin: the count before counts communes; villages named by district after it are not its
    # ranking (what a ranking counts must be what its whole counts)
    text = (
        "Năm 2027, tỉnh Thái Bình có 40 xã đạt chuẩn nông thôn mới kiểu mẫu. Các huyện Tiền "
        "Hải, Vũ Thư mỗi đơn vị có 3 thôn văn hóa tiêu biểu được khen thưởng.\n"
    )
    regions = {
        f.region
        for f in of_kind(news_facts_of(make_document, text), Coverage)
        if f.unit_kind == "thôn"
    }
    assert "huyện Tiền Hải" not in regions and "huyện Vũ Thư" not in regions
