"""News wordings of where and when (devaw, second batch): provinces ranked in a region
("… thấp nhất Tây Nguyên với 75 xã"); the whole of a place after a lead-in clause ("Cụ thể,
toàn tỉnh A đã có …"); a region of several provinces counting more communes than any
province has; a value followed by its place ("3% ở xã A"); a text on several districts
named in its headline, whose bare "huyện" is the one last named; a share of districts
after a list of districts; a clock-then-date line under the headline; a meeting reviewing
a half whose year is written once after the half it plans; a verb of reaching the standard
in quotation marks. FACTS.md, "When and where a fact is, decided". Our own wording."""

from __future__ import annotations

import pytest
from readfacts import news_report_and_facts as read

from baocao.nlp.metadata import read_metadata


def places(facts, kind: str) -> dict[float, str]:
    value = {"coverage": "units_met", "percentage": "value"}[kind]
    return {
        getattr(f, value): getattr(f, "region", None) or f.subject for f in facts if f.kind == kind
    }


# -- 1. provinces ranked in a region ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        (
            "Còn tỉnh Phú Yên đứng ở vị trí thấp nhất Tây Nguyên với 62 xã đạt chuẩn nông "
            "thôn mới.",
            "tỉnh Phú Yên",
        ),
        (
            "Còn tỉnh Tây Ninh xếp thứ hai, sau Đồng Nai và cao nhất Đông Nam Bộ với 70 xã đạt "
            "chuẩn nông thôn mới.",
            "tỉnh Tây Ninh",
        ),
    ],
)
def test_a_province_ranked_in_a_region_keeps_its_figure(make_document, sentence, province):
    text = f"Nông thôn mới các tỉnh\nBáo cáo tại hội nghị sơ kết.\n{sentence}\n"
    _, facts = read(make_document, text)
    assert [p for p in places(facts, "coverage").values()] == [province]


def test_the_whole_of_a_place_after_a_lead_in_is_the_subject_of_each_item(make_document):
    text = (
        "Gia Lai dẫn đầu Tây Nguyên về xây dựng nông thôn mới\n\n"
        "Ngày 20.7, tại thành phố Pleiku, tỉnh Gia Lai, các tỉnh Tây Nguyên tổ chức sơ kết.\n\n"
        "Tại Tây Nguyên, công tác xây dựng nông thôn mới ở tỉnh Gia Lai có 120/180 xã về đích "
        "(đạt tỉ lệ 66,7%), cao nhất Tây Nguyên. Cụ thể, toàn tỉnh Gia Lai đã có 12 xã đạt nông "
        "thôn mới nâng cao, 3 xã kiểu mẫu và 2 huyện đạt nông thôn mới.\n"
    )
    _, facts = read(make_document, text)
    assert set(places(facts, "coverage").values()) == {"tỉnh Gia Lai"}


def test_a_region_of_several_provinces_may_count_more_communes_than_a_province(make_document):
    text = (
        "Hội nghị cụm thi đua\n"
        "Báo cáo cho thấy, 5 tỉnh Tây Nguyên hiện có 820/1.100 xã đạt chuẩn nông thôn mới.\n"
    )
    _, facts = read(make_document, text)
    assert places(facts, "coverage") == {820: "vùng Tây Nguyên"}


# -- 2. a value followed by its place --------------------------------------------------------


def test_a_value_followed_by_its_place_is_that_place_s(make_document):
    text = (
        "Huyện miền núi về đích\n"
        "Huyện Bảo Yên có 9 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo thấp nhất là 2,5% ở xã "
        "Phúc Khánh, cao nhất 18,4% ở xã Tân Tiến.\n"
    )
    _, facts = read(make_document, text)
    assert places(facts, "percentage") == {2.5: "xã Phúc Khánh", 18.4: "xã Tân Tiến"}


# -- 3. a text on several districts named in its headline ------------------------------------


def test_bare_huyen_is_the_district_last_named(make_document):
    text = (
        "Hà Tĩnh: Huyện Can Lộc và huyện Thạch Hà đạt chuẩn nông thôn mới nâng cao\n"
        "Thủ tướng công nhận huyện Can Lộc và huyện Thạch Hà đạt chuẩn nông thôn mới nâng cao.\n"
        "Thạch Hà là địa phương có nhiều mô hình sản xuất hiệu quả.\n"
        "Đến nay, huyện có 28/28 xã đạt chuẩn nông thôn mới; 20/28 xã đạt chuẩn nông thôn mới "
        "nâng cao.\n"
    )
    report, facts = read(make_document, text)
    assert [u.name for u in report.units] == ["Can Lộc", "Thạch Hà"]
    assert places(facts, "coverage") == {28: "huyện Thạch Hà", 20: "huyện Thạch Hà"}


def test_a_share_of_districts_after_a_list_of_districts_is_the_province_s(make_document):
    text = (
        "Tỉnh Đắk Lắk đặt mục tiêu\n"
        "Mục tiêu trong năm 2025, toàn tỉnh Đắk Lắk có thêm 3 huyện Krông Bông, Lắk và Ea Súp "
        "đáp ứng tiêu chí nông thôn mới, nâng tỷ lệ 80% số huyện nông thôn mới trên địa bàn.\n"
    )
    _, facts = read(make_document, text)
    assert places(facts, "percentage") == {80.0: "tỉnh Đắk Lắk"}


# -- 4. dates and halves -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"), [("07:15, 18/02/2022", "2022-02-18"), ("16:40 | 03/01/2021", "2021-01-03")]
)
def test_a_clock_then_date_under_the_headline_dates_the_text(line, date):
    text = (
        f"Xã vùng đồng bào đạt chuẩn\n\n{line}\nToàn huyện Lạc Dương đến nay có 4 xã đạt chuẩn "
        "nông thôn mới, trong đó xã Đạ Chais đạt chuẩn từ năm 2015 đến năm 2019.\n"
    )
    assert read_metadata(text).date == date


@pytest.mark.parametrize("months", ["6 tháng", "sáu tháng"])
def test_a_meeting_reviewing_the_half_is_on_the_half(months: str) -> None:
    text = (
        "Cụm thi đua sơ kết\n"
        f"Ngày 25.7, các tỉnh tổ chức sơ kết {months} đầu năm và triển khai nhiệm vụ 6 tháng "
        "cuối năm 2024.\nTỉnh Gia Lai có 120 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).period == "2024-H1"


# -- 5. a verb of reaching the standard in quotation marks -----------------------------------


@pytest.mark.parametrize("quoted", ['"về đích"', "“cán đích”"])
def test_a_registration_to_reach_a_quoted_finish_is_a_goal(make_document, quoted: str) -> None:
    text = f"Nhiều xã lỡ hẹn\nNăm 2024, toàn tỉnh Kon Tum có 8 xã đăng ký {quoted} nông thôn mới.\n"
    _, facts = read(make_document, text)
    found = [(f.units_met, f.target) for f in facts if f.kind == "coverage"]
    assert found == [(8, True)]


# -- 6. a paper's tag before a lead giving a state for a programme's phase -----------------


@pytest.mark.parametrize("tag", ["(BNA) -", "TTH -"])
def test_a_phase_lead_after_a_paper_s_tag_dates_an_undated_text(tag: str) -> None:
    text = (
        "Gần 70% xã đạt chuẩn\n"
        f"{tag}Thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021 - 2025, đến "
        "nay toàn tỉnh Bắc Ninh đã có gần 70% xã đạt chuẩn NTM nâng cao.\n"
    )
    assert read_metadata(text).period == "2021-2025"


# -- 7. a phase naming the standard the communes met -------------------------------------------


@pytest.mark.parametrize("scheme", ["nâng cao", "kiểu mẫu"])
def test_a_phase_naming_a_standard_does_not_date_the_count(make_document, scheme: str) -> None:
    text = (
        "Huyện Phù Cừ đạt chuẩn nâng cao\nThứ Hai, 13/11/2023 09:00\n"
        f"Đến nay, huyện Phù Cừ có 12/13 xã đạt chuẩn nông thôn mới {scheme}, trong đó 8 xã "
        f"đạt chuẩn nông thôn mới {scheme} giai đoạn 2018 – 2020 và 4 xã đạt chuẩn nông thôn "
        f"mới {scheme} giai đoạn 2021 – 2025.\n"
    )
    _, facts = read(make_document, text)
    periods = {f.units_met: f.period for f in facts if f.kind == "coverage"}
    assert periods == {12: "2023", 8: "2023", 4: "2023"}


# -- 8. a share joined by "với" to the units it is of ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Thực hiện Chương trình xây dựng nông thôn mới, tỉnh Hòa Bình đạt tỉ lệ 55,2% với "
            "80/145 xã, cao nhất khu vực.",
            (80, 145, 55.2),
        ),
        ("Về nông thôn mới, huyện Kỳ Anh đạt tỷ lệ 70%, với 14/20 xã về đích.", (14, 20, 70.0)),
    ],
)
def test_a_share_joined_by_voi_to_its_units_is_their_coverage(make_document, sentence, count):
    _, facts = read(make_document, f"Tin nông thôn mới\n{sentence}\n")
    found = [(f.units_met, f.units_total, f.percent_stated) for f in facts if f.kind == "coverage"]
    assert found == [count]
    assert not [f for f in facts if f.kind == "percentage"]
