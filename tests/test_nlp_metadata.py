"""Reading a report's header: unit, province, number, date, title, period, criteria set."""

from __future__ import annotations

import json
import unicodedata

import pytest
from paths import SEEDS

from baocao.model import Funding, Level, Percentage
from baocao.nlp import read_document
from baocao.nlp.metadata import RawMetadata, read_metadata
from baocao.normalize import reading_to_facts
from baocao.normalize.report import metadata_to_report

DISTRICT_HEADER = """\
ỦY BAN NHÂN DÂN
THỊ XÃ BỈM SƠN

Số: 1408/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bỉm Sơn, ngày 13 tháng 7 năm 2018

BÁO CÁO
Kết quả thực hiện Chương trình xây dựng nông thôn mới
giai đoạn 2011-2018 trên địa bàn thị xã

I. KẾT QUẢ
Thực hiện Quyết định số 1980/QĐ-TTg, toàn thị xã có 3 xã đạt chuẩn.
"""


def test_a_full_header() -> None:
    raw = read_metadata(DISTRICT_HEADER)
    assert raw.unit is not None and raw.unit_from == "header"
    assert (raw.unit.prefix, raw.unit.name, raw.unit.level) == ("thị xã", "Bỉm Sơn", Level.DISTRICT)
    assert raw.number == "1408/BC-UBND"
    assert (raw.place_written, raw.date) == ("Bỉm Sơn", "2018-07-13")
    assert raw.title == (
        "Kết quả thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2011-2018 "
        "trên địa bàn thị xã"
    )
    assert raw.period == "2011-2018"
    assert raw.decisions == ("1980/QĐ-TTg",)


def test_the_report_resolves_unit_and_derives_the_province() -> None:
    report = metadata_to_report(read_metadata(DISTRICT_HEADER))
    assert report.unit is not None and report.unit.code == "381"
    assert report.province is not None and report.province.name == "Thanh Hóa"
    assert report.criteria_set == "2016-2020"
    assert report.scheme == "NTM"


def test_blank_number_and_blank_day() -> None:
    raw = read_metadata("UBND XÃ CẨM NGỌC\nSố:     /BC-UBND\nCẩm Ngọc, ngày  tháng 5 năm 2024\n")
    assert raw.number is None
    assert raw.date == "2024-05"
    assert raw.unit is not None and raw.unit.name == "Cẩm Ngọc"


@pytest.mark.parametrize("word", ["'BÁO CÁO", "BÁO CÁO.", "‘BẢO CÁO:", "BÁO CẢO"])
def test_a_scans_title_word_with_specks_or_a_misread_accent(word: str) -> None:
    # a scan reads dust beside the title word as a quote or a dot, or misreads its accent
    title = "Kết quả xây dựng nông thôn mới 9 tháng năm 2021"
    text = f"UBND XÃ TÂN LẬP\n{word}\n{title}\n\nI. KẾT QUẢ\n"
    raw = read_metadata(text)
    assert raw.title == "Kết quả xây dựng nông thôn mới 9 tháng năm 2021"
    assert raw.period == "2021-M01-09"


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Kim Sơn, ngảy 2 1 thảng 9 nãm 2O19", "Kim Sơn", "2019-09-21"),
        ("Quảng Nam, ngay 5 thang 6 nam 20 20", "Quảng Nam", "2020-06-05"),
        ("Tân Lập, ngàỵ   thâng 11 nằm 2016", "Tân Lập", "2016-11"),
        ("Thiên Lộc, nqày 20 tháng 10 năm 2015", "Thiên Lộc", "2015-10-20"),  # a letter
        ("Tam Dưong, ngày 05 thánq 7 năn 2019", "Tam Dưong", "2019-07-05"),
        ("Kim Sơn, ngảy 3 thảng 4 nãm 2091", None, None),  # a misread year: not yet written
        ("Kim Sơn, ngảy 3 thảng 4 nãm 1896", None, None),  # before the programme
    ],
)
def test_a_scans_date_line_with_misread_accents_and_digits(
    line: str, place: str | None, date: str | None
) -> None:
    # the two columns of the header read one after the other, the date line misread
    header = (
        "UBND HUYỆN KIM SƠN\nSố: 88/BC-UBND\n"
        f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{line}\n"
        "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n"
    )
    raw = read_metadata(header)
    assert (raw.place_written, raw.date) == (place, date)


def test_unit_from_the_title_when_the_header_is_missing() -> None:
    text = "BÁO CÁO\nKết quả xây dựng NTM nâng cao trên địa bàn huyện Sông Lô, tỉnh Vĩnh Phúc\n"
    raw = read_metadata(text)
    assert raw.unit_from == "title"
    assert raw.unit is not None and raw.unit.name == "Sông Lô"
    assert raw.province is not None and raw.province.name == "Vĩnh Phúc"
    assert raw.scheme == "NTM nâng cao"


def test_unit_from_the_body_by_how_the_report_names_itself() -> None:
    text = (
        "BÁO CÁO\nKết quả 6 tháng đầu năm 2019\n\n"
        "UBND huyện chỉ đạo xã Quang Yên hoàn thiện hồ sơ; xã Quang Yên đạt chuẩn. "
        "Trên địa bàn huyện có 2 xã đạt chuẩn; cổng thông tin huyện Sông Lô đăng tải.\n"
    )
    raw = read_metadata(text)
    assert raw.unit_from == "body"
    assert raw.unit is not None and raw.unit.written == "huyện Sông Lô"
    assert raw.period == "2019-H1"


def test_empty_text_reads_nothing() -> None:
    assert read_metadata("") == RawMetadata()
    assert metadata_to_report(RawMetadata()).unit is None


def test_a_cited_decision_overrides_the_period() -> None:
    raw = RawMetadata(period="2021", decisions=("1980/QĐ-TTg",))
    assert metadata_to_report(raw).criteria_set == "2016-2020"
    raw = RawMetadata(period="2020", decisions=("491/QĐ-TTg", "1980/QĐ-TTg"))
    assert metadata_to_report(raw).criteria_set == "2016-2020"


@pytest.mark.parametrize("seed", sorted(p.stem for p in SEEDS.glob("*.txt")) or ["none"])
def test_seed_reports_match_their_gold_meta(seed: str) -> None:
    if seed == "none":
        pytest.skip("shared seeds not beside the clone")
    text = unicodedata.normalize("NFC", (SEEDS / f"{seed}.txt").read_text(encoding="utf-8"))
    gold = json.loads((SEEDS / "gold" / f"{seed}.json").read_text(encoding="utf-8"))["meta"]
    report = metadata_to_report(read_metadata(text))
    assert report.unit is not None and report.province is not None
    got = {
        "unit": report.unit.name,
        "unit_type": report.unit.prefix,
        "level": str(report.unit.level),
        "province": report.province.name,
        "period": report.period,
        "report_date": report.date,
    }
    assert got == {k: gold[k] for k in got}


def test_an_appendix_takes_its_title_and_period_from_the_report_it_is_attached_to() -> None:
    text = (
        "PHỤ LỤC\n"
        "(Kèm theo báo cáo kết quả xây dựng nông thôn mới 6 tháng đầu năm 2019 trên địa bàn "
        "huyện Tam Dương, tỉnh Vĩnh Phúc)\n"
        "Tên xã | Số tiêu chí đạt\n"
    )
    raw = read_metadata(text)
    assert raw.title is not None and raw.title.endswith("tỉnh Vĩnh Phúc")
    assert raw.period == "2019-H1"
    assert raw.unit is not None and raw.unit.name == "Tam Dương"


# -- texts without a header: news, web posts, excerpts ---------------------------------------


def read(text: str):
    return metadata_to_report(read_metadata(text))


def test_a_headline_names_the_province_without_its_prefix() -> None:
    report = read(
        "Thứ năm, 12/03/2020 08:15\n"
        "Tuyên Quang: 45/124 xã đã đạt chuẩn nông thôn mới\n"
        "Đến hết năm 2019, toàn tỉnh có 45/124 xã đạt chuẩn; UBND tỉnh Tuyên Quang chỉ đạo …\n"
    )
    assert report.unit is not None and (report.unit.name, report.unit.level) == (
        "Tuyên Quang",
        Level.PROVINCE,
    )
    assert report.province is not None and report.province.name == "Tuyên Quang"
    assert report.period == "2019"
    assert report.date == "2020-03-12"


def test_the_most_specific_place_of_the_headline_is_the_unit() -> None:
    report = read(
        "dd/mm/yyyy\n\nLạng Sơn: Xã Hoàng Đồng về đích nông thôn mới\n\n"
        "Năm 2021, UBND tỉnh Lạng Sơn công nhận xã Hoàng Đồng đạt chuẩn nông thôn mới năm 2021.\n"
    )
    assert report.unit is not None and report.unit.name == "Hoàng Đồng"
    assert report.unit.level is Level.COMMUNE
    assert report.province is not None and report.province.name == "Lạng Sơn"
    assert report.period == "2021"


def test_a_headline_about_several_districts_takes_the_first_the_body_names() -> None:
    report = read(
        "Thêm 2 huyện của Nghệ An đạt chuẩn nông thôn mới\n"
        "| Toàn cảnh huyện Quỳnh Lưu. Ảnh: PV |\n"
        "Theo đó, huyện Nam Đàn, tỉnh Nghệ An được công nhận đạt chuẩn năm 2020.\n"
    )
    assert report.unit is not None and report.unit.name == "Nam Đàn"
    assert report.province is not None and report.province.name == "Nghệ An"


def test_a_lead_that_names_its_district_with_the_city_in_parentheses() -> None:
    report = read(
        "Với 14/14 xã đạt chuẩn, huyện Củ Chi (TP Hồ Chí Minh) hướng tới đô thị.\n"
        "Đến tháng 6/2015, 10 xã đạt chuẩn. Đến năm 2017, cả 14 xã đã đạt chuẩn.\n"
    )
    assert report.unit is not None and report.unit.name == "Củ Chi"
    assert report.province is not None and report.province.name == "Hồ Chí Minh"
    assert report.period is None  # a timeline whose present is undated


def test_the_earliest_weekday_date_is_the_publication_the_later_one_the_site_clock() -> None:
    report = read(
        "Chủ nhật, 05/05/2024 09:00 (GMT+7)\n\nBắc Giang: 100% xã đạt chuẩn\n\n"
        "Hải Nam - Thứ sáu, 15/12/2023 10:30\n\nĐến hết năm 2023, tỉnh Bắc Giang có 100% xã.\n"
    )
    assert report.date == "2023-12-15"
    assert report.period == "2023"


@pytest.mark.parametrize(
    ("banner", "date"),
    [
        ("Thứ Tư, ngày 14/09/2016", "2016-09-14"),
        ("Chủ nhật, ngày 3/5/2020 10:15", "2020-05-03"),
    ],
)
def test_a_weekday_banner_with_the_word_ngay_dates_the_text(banner: str, date: str) -> None:
    report = read(
        f"Sóc Trăng: thêm xã về đích\n{banner}\n\n"
        "Đến nay, tỉnh Sóc Trăng có 40/80 xã đạt chuẩn nông thôn mới.\n"
    )
    assert report.date == date
    assert report.period == date[:4]


@pytest.mark.parametrize(
    ("banner", "date"),
    [
        ("Thú Tư, 14/09/2016", "2016-09-14"),  # a scan's misread marks
        ("Chủ nhặt, 3/5/2020", "2020-05-03"),
        ("Thứ Bẫy, ngảy 7/11/2020", "2020-11-07"),
    ],
)
def test_a_weekday_banner_a_scan_misread_dates_the_text(banner: str, date: str) -> None:
    report = read(
        f"Sóc Trăng: thêm xã về đích\n{banner}\n\n"
        "Đến nay, tỉnh Sóc Trăng có 40/80 xã đạt chuẩn nông thôn mới.\n"
    )
    assert report.date == date


@pytest.mark.parametrize(
    ("base", "period"),
    [
        # a cumulative state at the end of June in a text on no half: the year's (spanJ)
        ("năm 2017", "2018"),
        # set against the end of the year before: the half's progress
        ("cuối năm 2017", "2018-H1"),
    ],
)
def test_a_state_at_the_end_of_june_makes_a_half_year_text_only_on_the_half(
    base: str, period: str
) -> None:
    raw = read_metadata(
        "Nhiều xã rớt chuẩn\nNăm 2012, xã A đạt chuẩn. Tính đến hết tháng 6-2018, toàn "
        f"tỉnh Trà Vinh có 30 xã đạt chuẩn, tăng 2 xã so với {base}.\n"
    )
    assert raw.period == period


def test_a_goal_for_the_rest_of_a_year_dates_the_text() -> None:
    raw = read_metadata(
        "Số xã đạt chuẩn là 50 xã. Trong 3 tháng cuối năm 2022, tỉnh Sơn La phấn đấu "
        "có thêm 5 xã. Từ nguồn vốn giai đoạn 2016-2020 trên 900 tỷ đồng, …\n"
    )
    assert raw.period == "2022"


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Hội nghị bàn về giai đoạn 2021-2025. Giai đoạn 2016-2020, vốn huy động là 900 tỷ "
            "đồng; còn lại từ nhân dân, doanh nghiệp… Riêng năm 2021, tỉnh huy động 210 tỷ "
            "đồng.\n",
            "2021",
        ),
        (
            "Phong trào thi đua giai đoạn 2011-2015 được phát động. Tổng vốn giai đoạn "
            "2006-2010 là 300 tỷ đồng từ nhân dân, tín dụng… Riêng trong năm 2012, huyện có "
            "thêm 4 xã đạt chuẩn.\n",
            "2012",
        ),
    ],
)
def test_a_sentence_singling_out_its_year_dates_the_text(text: str, period: str) -> None:
    # "Riêng năm X, …" after a list closed by an ellipsis: a new sentence opening with its
    # year, the text's present, not the phase named before it
    assert read_metadata(text).period == period


def test_a_comparison_base_or_an_anniversary_only_hint_at_the_year() -> None:
    assert read_metadata("Toàn tỉnh có 90 xã, tăng 4 xã so với tháng 3/2016.\n").period == "2016"
    same_time_a_year_before = "Toàn tỉnh huy động 90 tỷ đồng, tăng 6% so với cùng kỳ năm 2016.\n"
    assert read_metadata(same_time_a_year_before).period == "2017"
    # a base at a year's end: the state set against it is of the year after
    after_year_end = "Cả nước có 5.100 xã đạt chuẩn, tăng 410 xã so với cuối năm 2020.\n"
    assert read_metadata(after_year_end).period == "2021"
    after_year_end = "Toàn tỉnh đạt 16,2 tiêu chí/xã, tăng 1,1 tiêu chí so với hết năm 2017.\n"
    assert read_metadata(after_year_end).period == "2018"
    # a base year may be any year before: "gấp 3 lần so với năm 2010" says nothing of now
    assert read_metadata("Toàn tỉnh có 90 xã, tăng 4 xã so với năm 2016.\n").period is None
    assert read_metadata("Thu nhập đạt 48 triệu đồng, gấp 3 lần so với năm 2010.\n").period is None
    text = (
        "Nhân kỷ niệm 70 năm Ngày thành lập (02/9/1945 - 02/9/2015), xã Ea Tiêu đón khách. "
        "Năm 1990, xã được tuyên dương. Đến nay, 80% hộ có nước sạch.\n"
    )
    assert read_metadata(text).period == "2015"


def test_a_plan_reports_the_period_it_reviews() -> None:
    raw = read_metadata(
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 88/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "An Giang, ngày 02 tháng 4 năm 2021\n"
        "THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2021 - 2025\n"
        "1. Kết quả thực hiện giai đoạn 2016 - 2020\n"
        "Tính đến cuối năm 2020, toàn tỉnh có 70/119 xã đạt chuẩn.\n"
    )
    assert raw.period == "2016-2020"
    assert raw.date == "2021-04-02"


def test_a_text_that_dates_nothing_has_no_period() -> None:
    assert read_metadata("Đến nay, toàn tỉnh có 73/129 xã đạt chuẩn.\n").period is None


def test_a_date_printed_with_its_time_and_a_site_clock_years_later() -> None:
    text = (
        "Thứ hai, 02/12/2024 07:50\n\nCà Mau: 60 xã đạt chuẩn\n\n"
        "18/06/2016 - 09:12\n\nTính đến hết tháng 5/2016, toàn tỉnh Cà Mau có 60 xã đạt chuẩn.\n"
    )
    raw = read_metadata(text)
    assert raw.date == "2016-06-18"
    assert raw.unit is not None and raw.unit.name == "Cà Mau"
    only_clock = "Thứ hai, 02/12/2024 07:50\n\nCà Mau: 60 xã\n\nNăm 2016, toàn tỉnh có 60 xã.\n"
    assert read_metadata(only_clock).date is None


@pytest.mark.parametrize("clock", ["Đà Nẵng, ngày 03-02-2022", "Cần Thơ, 14/09/2023"])
def test_a_news_pages_dated_clock_line_is_not_the_articles_date(clock: str) -> None:
    # the short date forms head official documents; over a news page they are the site's clock
    text = (
        f"{clock}\n\nQuảng Nam: 80 xã đạt chuẩn nông thôn mới\n\n11/10/2019 08:15 | 2\n\n"
        "Đến nay, toàn tỉnh Quảng Nam có 80 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).date == "2019-10-11"
    official = f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n{clock}\nBÁO CÁO\nKết quả năm 2019\n"
    assert read_metadata(official).date is not None


def test_a_district_named_in_the_text_gives_the_province_it_belongs_to() -> None:
    report = read("Xã Nghi Phong về đích\nXã Nghi Phong, huyện Nghi Lộc vừa đón bằng công nhận.\n")
    assert report.unit is not None and report.unit.name == "Nghi Phong"
    assert report.province is not None and report.province.name == "Nghệ An"


def test_a_horizon_goal_says_nothing_of_the_year_of_writing() -> None:
    # the present is undated; only a far goal ("vào năm 2030") carries a year
    text = (
        "Với 12/12 xã đạt chuẩn, huyện Cẩm Giàng tự tin phấn đấu trở thành thị xã vào năm "
        "2030.\nHuyện đang hoàn thiện các tiêu chí đô thị.\n"
    )
    assert read_metadata(text).period is None
    # a plan for a year, unlike a horizon, is written in that year
    assert read_metadata("Năm 2024, tỉnh có 9 xã đăng ký đạt chuẩn.\n").period == "2024"


def test_the_year_printed_beats_next_years_goal() -> None:
    text = (
        "Thứ năm, 15/12/2022 08:10\n\nKon Tum: 45 xã đạt chuẩn\n\n"
        "Toàn tỉnh có 45 xã đạt chuẩn nông thôn mới. Năm 2023, tỉnh phấn đấu có thêm 6 xã.\n"
    )
    assert read_metadata(text).period == "2022"


def test_a_province_tag_over_a_body_about_one_district_is_the_districts() -> None:
    text = (
        "Nghệ An: Thêm 5 xã về đích nông thôn mới\n\n"
        "Theo báo cáo của UBND huyện Quỳnh Lưu, năm 2022 huyện có thêm 5 xã đạt chuẩn, nâng "
        "tổng số xã đạt chuẩn của huyện lên 28/32 xã.\nÔng Hồ Văn Nam, Chủ tịch UBND huyện "
        "cho biết, huyện phấn đấu năm 2023 về đích.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("huyện", "Quỳnh Lưu")
    assert raw.province is not None and raw.province.name == "Nghệ An"
    # the province's own figures keep the province the unit, a district named in passing
    text = (
        "Lai Châu: 60 xã đạt chuẩn nông thôn mới\n\n"
        "Đến nay toàn tỉnh Lai Châu có 60 xã đạt chuẩn; huyện Tam Đường có 10 xã đạt chuẩn. "
        "Tỉnh đã huy động 900 tỷ đồng.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Lai Châu"


def test_a_headline_opening_with_a_bare_name_the_body_prefixes() -> None:
    text = (
        "Mỹ Đức về đích nông thôn mới nâng cao\n\n"
        "Sáng 9/1, UBND huyện Châu Phú tổ chức lễ công bố xã Mỹ Đức đạt chuẩn nông thôn "
        "mới nâng cao. Xã Mỹ Đức có 5 ấp.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("xã", "Mỹ Đức")


def test_only_a_plan_for_a_year_dates_an_undated_text() -> None:
    # an aspiration for a year says nothing of when the text was written
    text = (
        "Kỳ Sơn nỗ lực\n\nĐến nay, toàn huyện có 5/20 xã đạt chuẩn. "
        "Huyện phấn đấu năm 2025 có thêm 3 xã.\n"
    )
    assert read_metadata(text).period is None


@pytest.mark.parametrize(
    "line",
    [
        "Ngày đăng: 04/03/2021",
        "Cập nhật lúc 08:15 ngày 04/03/2021",
        "04/03/2021",
        "04-03-2021 08:15",
    ],
)
def test_a_date_line_near_the_top_is_the_publication_date(line: str) -> None:
    text = f"{line}\nXã Tân Phước về đích\n\nĐến nay, xã Tân Phước đạt 19/19 tiêu chí.\n"
    raw = read_metadata(text)
    assert raw.date == "2021-03-04"
    assert raw.unit is not None and raw.unit.name == "Tân Phước"


def test_the_first_six_months_without_a_year_are_the_printed_years_first_half() -> None:
    text = (
        "Thứ ba, 16/07/2024 09:00\n\nThái Bình huy động vốn\n\n"
        "Trong 6 tháng đầu năm, tỉnh Thái Bình đã huy động được 912 tỷ đồng.\n"
    )
    assert read_metadata(text).period == "2024-H1"


def test_a_saved_articles_address_dates_it_when_the_page_printed_no_date() -> None:
    text = (
        "Xã Tân Phước về đích\n\nĐến nay, xã Tân Phước đạt 19/19 tiêu chí.\n"
        "Nguồn: https://baomoi.example.vn/xa-tan-phuoc-ve-dich-20210304081530123.htm\n"
    )
    raw = read_metadata(text)
    assert raw.date == "2021-03-04"
    assert raw.period == "2021"  # the present of an undated "đến nay"
    text = "Xã Tân Phước về đích\n\nĐến nay đạt 19/19.\nhttps://example.vn/2019/12/05/tin.html\n"
    assert read_metadata(text).date == "2019-12-05"


def test_the_event_a_news_lead_reports_dates_its_present() -> None:
    text = (
        "Huyện Thạch Thất tổng kết\n\nChiều 14/12/2022, UBND huyện Thạch Thất tổ chức hội "
        "nghị. Đến nay, toàn huyện có 20/20 xã đạt chuẩn.\n"
    )
    raw = read_metadata(text)
    assert raw.period == "2022"
    assert raw.date is None  # an event's date is not the text's


def test_a_headline_about_the_province_itself_keeps_it_over_a_district_named_often() -> None:
    text = (
        "Lào Cai đã có 52 xã đạt chuẩn nông thôn mới\n\n"
        "Huyện Bảo Thắng có 12 xã đạt chuẩn. Huyện Bảo Thắng đang phấn đấu, huyện có thêm "
        "2 xã đăng ký.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Lào Cai"


def test_a_province_named_bare_in_the_headline_is_not_its_city() -> None:
    text = "Lào Cai đã có 52 xã đạt chuẩn\n\nThành phố Lào Cai có 5/5 xã đạt chuẩn.\n"
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("tỉnh", "Lào Cai")


_COMMUNES_ARTICLE = (
    "Xã Định Hòa là một trong những địa phương đi đầu của tỉnh Thanh Hóa. Năm 2021, nhờ sự "
    "quan tâm của tỉnh Thanh Hóa, xã đạt 19/19 tiêu chí. Hiện nay tỷ lệ hộ nghèo của xã còn "
    "1,5%. Mô hình này được tỉnh Thanh Hóa đánh giá cao, ở tỉnh Thanh Hóa ít nơi làm được.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "Thanh Hóa: Làng quê đổi thay nhờ nông thôn mới",  # a headline opening with its tag
        "Thanh Hóa\n\nLàng quê đổi thay nhờ nông thôn mới",  # a tag line over the headline
    ],
)
def test_a_communes_article_under_its_provinces_tag_is_the_communes(
    make_document, top: str
) -> None:
    # the province is named more often than the commune, but only in passing ("của tỉnh …",
    # "được tỉnh … đánh giá", "ở tỉnh …"): the article reports on the commune
    raw = read_metadata(f"{top}\n\n{_COMMUNES_ARTICLE}")
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("xã", "Định Hòa")
    assert raw.province is not None and raw.province.name == "Thanh Hóa"
    document = make_document(f"{top}\n\n{_COMMUNES_ARTICLE}")
    _, facts = reading_to_facts(document, read_document(document))
    assert {f.subject for f in facts if isinstance(f, Percentage)} == {"xã Định Hòa"}


def test_a_communes_article_that_goes_on_naming_it_bare_is_the_communes() -> None:
    # "Xã Định Hòa …" once, then "Định Hòa …": the body comes back to it by its name
    text = (
        "Thanh Hóa: Vùng quê vươn mình\n\nXã Định Hòa là địa phương đi đầu của tỉnh Thanh "
        "Hóa. Nhờ sự quan tâm của tỉnh Thanh Hóa, Định Hòa hoàn thành 19/19 tiêu chí. Người "
        "dân Định Hòa phấn khởi; mô hình được tỉnh Thanh Hóa đánh giá cao.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("xã", "Định Hòa")


def test_a_provinces_article_naming_one_commune_stays_the_provinces() -> None:
    text = (
        "Thanh Hóa: Toàn tỉnh có 350 xã đạt chuẩn nông thôn mới\n\n"
        "Năm 2020, tỉnh Thanh Hóa có thêm 40 xã đạt chuẩn. Tiêu biểu là xã Định Hòa, xã đã "
        "đạt chuẩn nâng cao. Tỉnh Thanh Hóa phấn đấu năm 2021 có thêm 30 xã.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Thanh Hóa"


# -- news: a kicker, an example the province's article opens with, "ở/tại" a place ----------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Huyện Tân Phú:\n\nXã Phú Lâm giữ vững chuẩn nông thôn mới\n\n"
            "Sau 4 năm được công nhận, xã Phú Lâm vẫn giữ vững 19/19 tiêu chí. Tỷ lệ hộ "
            "nghèo của xã còn 0,8%.\n",
            ("xã", "Phú Lâm"),
        ),
        (
            "Thị xã Điện Bàn:\n\nXã Điện Hòa về đích nông thôn mới nâng cao\n\n"
            "Năm 2022, xã Điện Hòa có thu nhập bình quân 60 triệu đồng/người/năm, tỷ lệ hộ "
            "nghèo còn 1,1%.\n",
            ("xã", "Điện Hòa"),
        ),
    ],
)
def test_a_kicker_over_a_communes_headline_files_it_not_its_unit(
    make_document, text: str, unit: tuple[str, str]
) -> None:
    # the district's name on a line of its own, ending with a colon, over the headline
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == unit
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert {f.subject for f in facts if isinstance(f, Percentage)} == {f"xã {unit[1]}"}


@pytest.mark.parametrize(
    "text",
    [
        "Huy động gần 3.000 tỷ đồng xây dựng nông thôn mới\n\n"
        "Xã Tiên Lục (Lạng Giang) vừa khánh thành nhà văn hóa với kinh phí 2 tỷ đồng.\n\n"
        "Tính đến tháng 10-2020, toàn tỉnh đã huy động gần 3.000 tỷ đồng. Đến nay toàn tỉnh "
        "có 120/184 xã đạt chuẩn, tỉnh có 14 xã đạt chuẩn nâng cao.\n",
        "Nông thôn mới khởi sắc\n\n"
        "Tại xã Đông Xuân (Quốc Oai), người dân hiến 2.000 m2 đất làm đường.\n\n"
        "Năm 2019, toàn tỉnh có thêm 25 xã đạt chuẩn; toàn tỉnh đã huy động 1.500 tỷ đồng, "
        "tỉnh đã có 4 huyện đạt chuẩn.\n",
    ],
)
def test_a_provinces_article_opening_with_a_communes_example_stays_the_provinces(
    text: str,
) -> None:
    # "toàn tỉnh" again and again, the commune in one caption: the province's news
    raw = read_metadata(text)
    assert raw.unit is None or raw.unit.level is Level.PROVINCE


def test_a_communes_article_naming_its_province_once_stays_the_communes() -> None:
    text = (
        "Chuyện làm nông thôn mới\n\nXã Hương Vĩnh (Hương Khê) năm 2021 đạt 19/19 tiêu chí; "
        "xã là một trong 12 xã đầu tiên của toàn tỉnh. Xã Hương Vĩnh huy động 30 tỷ đồng, "
        "xã có thu nhập bình quân 45 triệu đồng/người/năm.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("xã", "Hương Vĩnh")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Diện mạo mới của nông thôn ở Cao Bằng\n\nĐến hết năm 2023, toàn tỉnh có 55/139 "
            "xã đạt chuẩn nông thôn mới.\n",
            "Cao Bằng",
        ),
        (
            "Những con đường mới tại Bình Định\n\nNăm 2022, toàn tỉnh huy động 900 tỷ đồng "
            "xây dựng nông thôn mới.\n",
            "Bình Định",
        ),
    ],
)
def test_a_headline_saying_where_the_news_is_from_names_the_unit(text: str, name: str) -> None:
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == name
    assert raw.province is not None and raw.province.name == name


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [
        # a province's article under its tag, giving a commune as an example first
        (
            "Quảng Ninh: Nông thôn mới đi vào chiều sâu\n\nXã Bình Dân (huyện Vân Đồn) là một "
            "ví dụ. Năm 2023, toàn tỉnh Quảng Ninh có 98/98 xã đạt chuẩn nông thôn mới; tỉnh "
            "đã huy động 2.000 tỷ đồng. Ở tỉnh Quảng Ninh, tỷ lệ hộ nghèo còn 0,5%.\n",
            Level.PROVINCE,
            "Quảng Ninh",
        ),
        # a district's article naming its province in passing
        (
            "Huyện Hậu Lộc vươn mình\n\nLà huyện ven biển của tỉnh Thanh Hóa, huyện Hậu Lộc "
            "đến năm 2023 có 23/23 xã đạt chuẩn. Được tỉnh Thanh Hóa hỗ trợ, toàn huyện đã "
            "huy động 1.200 tỷ đồng.\n",
            Level.DISTRICT,
            "Hậu Lộc",
        ),
    ],
)
def test_a_province_named_in_passing_does_not_take_the_article_from_its_unit(
    make_document, text: str, level: Level, name: str
) -> None:
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.level, raw.unit.name) == (level, name)
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    money = [f for f in facts if isinstance(f, Funding)]
    assert money and {f.region.split(" ", 1)[-1] for f in money} == {name}


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Công nhận xã Yên Lãng, huyện Đại Từ và xã Phúc Trìu, thành phố Thái Nguyên đạt "
            "chuẩn nông thôn mới nâng cao\n\nUBND tỉnh vừa ban hành quyết định công nhận hai "
            "xã.\n",
            "Thái Nguyên",
        ),
        (
            "Xã Quang Minh (huyện Hiệp Hòa) và xã Tân Sơn (huyện Lục Ngạn) về đích\n\nHai xã "
            "vừa được UBND tỉnh công nhận đạt chuẩn.\n",
            "Bắc Giang",
        ),
    ],
)
def test_a_headline_naming_several_communes_is_their_provinces_news(
    text: str, province: str
) -> None:
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.level, raw.unit.name) == (Level.PROVINCE, province)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Xã Tân Hưng, huyện Hớn Quản: về đích nông thôn mới\n\n"
            "Đến nay, xã đã đạt 19/19 tiêu chí nông thôn mới.\n",
            "Bình Phước",
        ),
        (
            "Xã Tân Phú (huyện Đức Hòa) đạt 17/19 tiêu chí\n\n"
            "Năm 2020, xã Tân Phú đạt thêm 2 tiêu chí.\n",
            "Long An",
        ),
        (
            "Đoàn công tác huyện Đức Hòa làm việc tại xã Tân Phú\n\n"
            "Đến nay, xã Tân Phú đạt 17/19 tiêu chí nông thôn mới.\n",
            "Long An",
        ),
    ],
)
def test_the_district_written_with_a_commune_tells_its_province(text: str, province: str) -> None:
    report = read(text)
    assert report.province is not None and report.province.name == province


# -- the unit a text is about, not a place named in passing ----------------------------------


def _report(text: str):
    return metadata_to_report(read_metadata(text))


def test_units_listed_once_in_a_provinces_article_are_not_its_unit() -> None:
    report = _report(
        "Hưng Yên: 3 huyện đang hoàn thiện hồ sơ về đích nông thôn mới\n"
        "Tỉnh Hưng Yên có 8 huyện, 1 thị xã và 1 thành phố. Hiện toàn tỉnh có 5 huyện đạt "
        "chuẩn; có 3 đơn vị là huyện Ân Thi, huyện Phù Cừ, huyện Tiên Lữ đang hoàn thiện hồ "
        "sơ đề nghị xét công nhận.\n"
    )
    assert report.unit is not None and report.unit.level is Level.PROVINCE
    assert report.unit.name == "Hưng Yên"


@pytest.mark.parametrize(
    "lead, province",
    [
        (
            "Năm 2018, huyện Cẩm Giàng (Hải Dương) được công nhận đạt chuẩn nông thôn mới. "
            "Năm 2019, Hải Dương có thêm 15 xã đạt chuẩn.\n"
            "Đến nay, toàn tỉnh có 150 xã đạt chuẩn nông thôn mới.\n",
            "Hải Dương",
        ),
        (
            "Huyện Vũ Thư về đích nông thôn mới trong năm 2017. Hiện Thái Bình đã có 240 xã "
            "đạt chuẩn. "
            "Các sở, ngành hỗ trợ các huyện lập quy hoạch.\n"
            "Về giao thông, toàn tỉnh đã cứng hóa 95% đường trục xã.\n",
            "Thái Bình",
        ),
    ],
)
def test_a_district_a_provinces_lead_opens_with_is_an_example(lead: str, province: str) -> None:
    """A province's article (it names itself as the subject of its sentences and speaks of
    "toàn tỉnh") whose first sentence names a district once: the district is an example."""
    report = _report(lead)
    assert report.unit is not None and report.unit.level is Level.PROVINCE
    assert report.unit.name == province


def test_a_districts_article_naming_its_province_once_stays_the_districts() -> None:
    report = _report(
        "Năm 2021, huyện Cẩm Giàng (Hải Dương) được công nhận đạt chuẩn nông thôn mới. "
        "Hiện Hải Dương có 9 huyện đạt chuẩn.\n"
        "Đến nay, toàn huyện Cẩm Giàng có 17/17 xã đạt chuẩn; huyện đã đạt 9/9 tiêu chí.\n"
    )
    assert report.unit is not None and report.unit.name == "Cẩm Giàng"


def test_units_the_body_reports_on_are_still_the_unit() -> None:
    report = _report(
        "Công nhận 2 đơn vị cấp huyện của tỉnh Hải Dương đạt chuẩn nông thôn mới\n"
        "Đến nay, toàn huyện Gia Lộc có 19/19 xã đạt chuẩn nông thôn mới. Huyện Gia Lộc "
        "hoàn thành 9/9 tiêu chí huyện nông thôn mới.\n"
    )
    assert report.unit is not None and report.unit.name == "Gia Lộc"


def test_a_unit_named_with_its_level_after_it_opens_the_lead() -> None:
    report = _report(
        "Mỹ Lộc là xã thuần nông thuộc huyện Tam Nông, khi bắt đầu xây dựng nông thôn mới, "
        "xã chỉ đạt 4/19 tiêu chí. Đến nay xã đã đạt 19/19 tiêu chí.\n"
    )
    assert report.unit is not None
    assert (report.unit.prefix, report.unit.name) == ("xã", "Mỹ Lộc")


def test_a_province_tag_run_into_the_lead_is_the_unit() -> None:
    report = _report(
        "Quảng Bình: Thêm 5 xã đạt chuẩn nông thôn mới nâng caoKinh tế - 12/06 08:30Hội "
        "đồng thẩm định đã bỏ phiếu công nhận 5 xã đạt chuẩn nông thôn mới nâng cao; 1 xã "
        "đạt chuẩn kiểu mẫu.\n"
    )
    assert report.unit is not None and report.unit.name == "Quảng Bình"
    assert report.unit.level is Level.PROVINCE


# -- banners above a news page's headline ------------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        "Hotline: 0913 222 444 | Email: bbt@tinnongthon.vn\nBáo Nông nghiệp điện tử\n",
        "Đường dây nóng 024 3999 8888\nE-mail: toasoan@baotinh.vn\n",
    ],
)
def test_banner_lines_do_not_stop_the_metadata(banner: str) -> None:
    report = _report(
        banner + "14:20:05 08/03/2019\n"
        "Thanh Hóa: thêm 20 xã đạt chuẩn nông thôn mới\n"
        "Năm 2018, tỉnh Thanh Hóa có thêm 20 xã đạt chuẩn, nâng tổng số lên 281 xã.\n"
    )
    assert report.date == "2019-03-08"
    assert report.unit is not None and report.unit.name == "Thanh Hóa"
    assert report.period == "2018"


def test_a_weekday_date_with_dashes_is_the_printed_date() -> None:
    report = _report(
        "Bắc Kạn có thêm 4 xã đạt chuẩn nông thôn mới\n\nThứ Ba, 14-11-2023, 09:05\n"
        "Năm 2023, tỉnh Bắc Kạn có thêm 4 xã đạt chuẩn nông thôn mới.\n"
    )
    assert report.date == "2023-11-14"


# -- the whole country ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Toàn quốc đã có 250 đơn vị cấp huyện đạt chuẩn nông thôn mới\n"
        "Tính đến tháng 9/2022, toàn quốc có 5.800 xã đạt chuẩn nông thôn mới.\n",
        "Bức tranh nông thôn mới sau 12 năm\n"
        "Theo Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia, tính đến cuối năm "
        "2022, cả nước có 6.000 xã đạt chuẩn; trong đó tỉnh Hà Nam có 100% xã đạt chuẩn. "
        "Bình quân cả nước đạt 17 tiêu chí/xã.\n",
        "SỐ XÃ TRÊN CẢ NƯỚC ĐẠT CHUẨN NÔNG THÔN MỚI TĂNG MẠNH\n"
        "Đến hết năm 2020, cả nước có 5.100 xã đạt chuẩn nông thôn mới.\n",
        " date 2024-03 Theo số liệu mới, đến cuối năm 2023, cả nước có 6.100 xã đạt chuẩn "
        "nông thôn mới; bình quân cả nước đạt 17,7 tiêu chí/xã.\n",
    ],
)
def test_a_national_text_has_the_whole_country_as_its_unit(text: str) -> None:
    report = _report(text)
    assert report.unit is not None and report.unit.name == "cả nước"
    assert report.unit.level is Level.NATIONAL and report.province is None


@pytest.mark.parametrize(
    "lead",
    [
        "Phó Thủ tướng chủ trì hội nghị toàn quốc sơ kết chương trình nông thôn mới, sáng 12-4.",
        "Tại hội nghị trực tuyến toàn quốc về nông thôn mới chiều 5-10, Bộ trưởng cho biết "
        "nhiều việc còn phải làm.",
    ],
)
def test_a_lead_reporting_a_national_conference_makes_a_national_text(lead: str) -> None:
    report = _report(
        "Không để nợ đọng xây dựng cơ bản\n"
        + lead
        + "\nTheo báo cáo, năm 2017 tổng vốn huy động là 280.000 tỷ đồng cho phong trào thi "
        "đua cả nước chung sức xây dựng nông thôn mới.\n"
    )
    assert report.unit is not None and report.unit.name == "cả nước"
    assert report.unit.level is Level.NATIONAL


def test_a_province_set_against_the_country_is_no_national_text() -> None:
    report = _report(
        "Long An: 100% xã đạt chuẩn nông thôn mới\n"
        "Toàn tỉnh Long An có 161/161 xã đạt chuẩn, cao hơn bình quân cả nước; cả nước "
        "đạt 17,5 tiêu chí/xã.\n"
    )
    assert report.unit is not None and report.unit.level is Level.PROVINCE


# -- a month-only date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "top, date",
    [
        ("date 2021-11\n", "2021-11"),
        ("Tháng 11/2021\n", "2021-11"),
        (" date 2021-11 ", "2021-11"),
        ("date 2021-11-05\n", "2021-11-05"),
    ],
)
def test_a_month_date_label_dates_the_text_at_month_precision(top: str, date: str) -> None:
    report = _report(
        top + "Lâm Đồng: 85% số xã đạt chuẩn nông thôn mới\n"
        "Toàn tỉnh Lâm Đồng hiện có 101/111 xã đạt chuẩn nông thôn mới.\n"
    )
    assert report.date == date
    assert report.unit is not None and report.unit.name == "Lâm Đồng"
    assert report.period == "2021"


# -- a baseline year is not the text's period --------------------------------------------------


def test_the_programmes_starting_point_does_not_date_the_text() -> None:
    report = _report(
        "Huyện Tân Uyên vươn lên\n"
        "Năm 2011, huyện Tân Uyên chỉ đạt bình quân 4,2 tiêu chí/xã. Toàn huyện có 7/9 xã "
        "đạt chuẩn nông thôn mới, bình quân 18 tiêu chí/xã.\n"
    )
    assert report.period is None


def test_a_state_date_written_with_its_until_dates_the_text() -> None:
    report = _report(
        "Nông thôn mới giai đoạn 2021-2025: kết quả nổi bật Đến 31/3/2024, cả nước có "
        "6.050 xã đạt chuẩn nông thôn mới, 1.600 xã đạt chuẩn nâng cao.\n"
    )
    assert report.period is not None and report.period.startswith("2024")


def test_a_province_headline_on_one_more_district_is_that_districts_news() -> None:
    report = _report(
        "Nghệ An có thêm một huyện đạt chuẩn nông thôn mới\n\n"
        "Huyện Yên Thành (Nghệ An) vừa đón nhận quyết định công nhận đạt chuẩn nông thôn "
        "mới; toàn huyện có 38/38 xã đạt chuẩn.\n"
    )
    assert report.unit is not None and report.unit.name == "Yên Thành"
    assert report.province is not None and report.province.name == "Nghệ An"


def test_a_headline_naming_a_banner_word_in_passing_is_still_the_headline() -> None:
    report = _report(
        "Xã Phú Lương: 100% hộ dân có điện thoại và internet\n"
        "Xã Phú Lương, huyện Đông Hưng hiện đạt 19/19 tiêu chí nông thôn mới. Xã Phú Lương "
        "đã hoàn thành tiêu chí thông tin và truyền thông.\n"
    )
    assert report.unit is not None and report.unit.name == "Phú Lương"


def test_a_commune_is_read_as_a_town_only_where_the_map_has_a_town_of_its_name() -> None:
    from baocao.vocab.places import parse_place, resolve_place

    town = resolve_place(parse_place("xã Bỉm Sơn"), province="Thanh Hóa", when="2018")
    assert (town.prefix, town.level) == ("thị xã", Level.DISTRICT)
    # huyện Tân Phú is a district, not a town: "xã Tân Phú" is never it
    commune = resolve_place(parse_place("xã Tân Phú"), province="Đồng Nai", when="2022")
    assert commune.level is Level.COMMUNE


@pytest.mark.parametrize(
    "top",
    [
        "Trang chủ > Thời sự > Nông thôn mới\nKinh tế - Xã hội\n",
        "Tin tức » Địa phương\nXây dựng nông thôn mới\nCập nhật lúc 07:40:12, 03/10/2022\n",
    ],
)
def test_breadcrumbs_and_section_labels_are_no_headline(top: str) -> None:
    report = _report(
        top + "Phú Thọ: 85% số xã đạt chuẩn nông thôn mới\n"
        "Đến cuối tháng 9/2022, tỉnh Phú Thọ có 161/190 xã đạt chuẩn nông thôn mới.\n"
    )
    assert report.unit is not None and report.unit.name == "Phú Thọ"


def test_communes_listed_in_a_lead_are_the_news_of_the_place_above_them(make_document) -> None:
    text = (
        "Năm 2024, xã Minh Đức đạt 16 tiêu chí nâng cao, xã Hùng Sơn đạt 15 tiêu chí. Toàn "
        "tỉnh Thái Nguyên hiện có 130/164 xã đạt chuẩn nông thôn mới, bình quân 17,2 tiêu "
        "chí/xã.\n"
    )
    report = _report(text)
    assert report.unit is not None and report.unit.level is Level.PROVINCE
    assert report.unit.name == "Thái Nguyên"
    document = make_document(text, name="tin.txt")
    _, facts = reading_to_facts(document, read_document(document))
    [average] = [f for f in facts if isinstance(f, Percentage) and f.value == 17.2]
    assert average.subject == "tỉnh Thái Nguyên"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Hòa Tiến về đích nông thôn mới\n\nHuyện Hòa Vang, TP Đà Nẵng vừa tổ chức lễ công "
            "bố. Hòa Tiến đạt 19/19 tiêu chí.\n",
            "Đà Nẵng",
        ),
        (
            "Tân Phước rạng rỡ sắc xuân\n\nUBND huyện Đồng Phú vừa trao quyết định. Tân Phước "
            "hiện có 19/19 tiêu chí.\n",
            "Bình Phước",
        ),
    ],
)
def test_a_commune_the_headline_names_bare_is_the_unit_when_the_map_puts_it_under_the_bodys(
    text: str, province: str
) -> None:
    meta = read_metadata(text)
    assert meta.unit is not None and meta.unit.level is Level.COMMUNE
    assert meta.province is not None and meta.province.name == province


def test_a_communes_province_is_the_one_of_the_district_named_before_it() -> None:
    meta = read_metadata(
        "Tân Phước cán đích nông thôn mới\n\nChiều 5/1, UBND huyện Đồng Phú tổ chức lễ công "
        "bố xã Tân Phước đạt chuẩn nông thôn mới.\n"
    )
    assert meta.unit is not None and meta.unit.name == "Tân Phước"
    assert meta.province is not None and meta.province.name == "Bình Phước"


def test_the_bare_name_of_a_headlines_commune_is_that_commune_in_the_body(make_document) -> None:
    document = make_document(
        "Hòa Tiến về đích nông thôn mới\n\nHuyện Hòa Vang, TP Đà Nẵng vừa công nhận. Hòa Tiến "
        "đạt 19/19 tiêu chí, huy động 45 tỷ đồng.\n"
    )
    _, facts = reading_to_facts(document, read_document(document))
    places = {getattr(f, "subject", None) or getattr(f, "region", None) for f in facts}
    assert places == {"xã Hòa Tiến"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2020, 100% đơn vị cấp huyện (6/6 huyện, thành phố) của Hà Nam đạt chuẩn.",
        "Đến nay có 7/9 huyện thuộc Yên Bái đạt chuẩn nông thôn mới.",
    ],
)
def test_units_of_a_province_written_bare_are_that_provinces(make_document, sentence) -> None:
    document = make_document(f"Điểm sáng nông thôn mới của cả nước\n\n{sentence}\n")
    _, facts = reading_to_facts(document, read_document(document))
    regions = {f.region for f in facts if hasattr(f, "region")}
    assert regions and regions <= {"tỉnh Hà Nam", "tỉnh Yên Bái"}


@pytest.mark.parametrize(
    ("text", "national"),
    [
        # the country its lead's subject, provinces only counted ("có 9 tỉnh đã …"): the
        # country's text (placefix2: a count of provinces is no province speaking of itself)
        ("Nhiều tỉnh về đích\n\nTheo Bộ Nông nghiệp, cả nước có 5.100 xã đạt chuẩn; có 9 tỉnh "
         "đã có 100% số xã đạt chuẩn, trong đó có 3 tỉnh Thái Bình, Hà Nam và Nam Định.\n", True),
        ("Kết quả chung\n\nCó 3 tỉnh Đồng Nai, Bình Dương và Long An được công nhận hoàn thành "
         "nhiệm vụ.\n", False),
    ],
)  # fmt: skip
def test_a_province_listed_after_a_count_or_the_country_is_no_unit(
    text: str, national: bool
) -> None:
    unit = read_metadata(text).unit
    if national:
        assert unit is not None and unit.level is Level.NATIONAL
    else:
        assert unit is None


def test_a_city_named_bare_that_speaks_of_itself_as_the_city_is_the_unit() -> None:
    meta = read_metadata(
        "Đà Nẵng có nhiều đổi thay. Năm 2012, xã Hòa Phong (huyện Hòa Vang) được chọn làm "
        "điểm. Nông thôn Đà Nẵng nay đã khác. Đến nay, toàn thành phố có 11/11 xã đạt chuẩn.\n"
    )
    assert meta.unit is not None and meta.unit.level is Level.PROVINCE
    assert meta.unit.name == "Đà Nẵng"


@pytest.mark.parametrize(
    "opening",
    ["Hòa Phong là xã thuần nông thuộc huyện Hòa Vang", "Hòa Phong là một xã của huyện Hòa Vang"],
)
def test_a_lead_saying_its_bare_subject_is_a_commune_makes_it_the_unit(
    make_document, opening: str
) -> None:
    document = make_document(f"{opening}, đến nay xã đã đạt 19/19 tiêu chí.\n")
    report, facts = reading_to_facts(document, read_document(document))
    assert report.unit is not None and report.unit.level is Level.COMMUNE
    assert {f.subject for f in facts} == {"xã Hòa Phong"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Có 212 đơn vị cấp huyện thuộc 55 tỉnh, thành phố được công nhận đạt chuẩn.",
        "Đã có 14 tỉnh được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.",
    ],
)
def test_counts_no_province_can_hold_are_the_countrys(make_document, sentence: str) -> None:
    document = make_document(f"Nhiều địa phương về đích\n\n{sentence}\n")
    _, facts = reading_to_facts(document, read_document(document))
    assert facts and {f.region for f in facts} == {"cả nước"}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Về đích đúng hẹn\n\nHết năm 2022, Cao Bằng dự kiến thêm 5 xã đạt chuẩn nông thôn "
            "mới. Năm 2023 có 9 xã đăng ký về đích.\n",
            "2022",
        ),
        (
            "Kết quả nổi bật\n\nƯớc đến cuối năm 2018, toàn tỉnh Hà Giang có thêm 4 xã đạt "
            "chuẩn. Năm 2019, tỉnh có 6 xã đăng ký đạt chuẩn.\n",
            "2018",
        ),
    ],
)
def test_a_forecast_for_the_end_of_a_year_is_made_in_that_year(text: str, period: str) -> None:
    assert read_metadata(text).period == period


def test_a_target_for_the_end_of_a_later_year_does_not_date_the_text() -> None:
    text = (
        "Kế hoạch mới\n\nTỉnh Hà Giang phấn đấu đến hết năm 2025 có 60 xã đạt chuẩn. "
        "Năm 2021, toàn tỉnh có 35 xã đạt chuẩn.\n"
    )
    assert read_metadata(text).period == "2021"


@pytest.mark.parametrize(
    "text",
    [
        "Về đích đúng hẹn\n\nHết năm 2022, Cao Bằng dự kiến thêm 5 xã đạt chuẩn. Qua rà soát, "
        "xã Đức Long đạt 16 tiêu chí.\n",
        "Tin nông thôn mới\n\nTheo báo cáo, Cao Bằng có 2 xã là xã Đức Long và xã Cần Yên "
        "đăng ký đạt chuẩn.\n",
    ],
)
def test_a_province_opening_a_clause_of_the_lead_is_its_unit(text: str) -> None:
    unit = read_metadata(text).unit
    assert unit is not None and unit.name == "Cao Bằng"


@pytest.mark.parametrize(
    "text",
    [
        "Kiên Giang: Công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao\n\nUBND tỉnh vừa "
        "công nhận 3 xã. Người dân xã Bình An, huyện Châu Thành trồng hoa. Theo đó, 2 xã đạt "
        "chuẩn nâng cao là Bình An và Minh Hòa (huyện Châu Thành). Xã Thạnh Lộc (huyện Châu "
        "Thành) đạt chuẩn kiểu mẫu.\n",
        "Kiên Giang: Thêm 2 xã về đích\n\nTỉnh vừa công nhận xã Vĩnh Hòa, huyện Tân Hiệp và "
        "xã Thạnh Đông, huyện Tân Hiệp đạt chuẩn. Xã Tân An (huyện Tân Hiệp) đạt chuẩn kiểu "
        "mẫu.\n",
    ],
)
def test_a_district_written_as_where_communes_lie_is_no_unit(text: str) -> None:
    # under a province's tag, communes of one district the province recognises are the
    # province's news: "(huyện X)" or ", huyện X" after a commune only says where it lies
    unit = read_metadata(text).unit
    assert unit is not None and unit.name == "Kiên Giang"


def test_a_district_the_body_speaks_of_under_a_province_tag_is_the_unit() -> None:
    text = (
        "Kiên Giang: Huyện về đích\n\nHuyện Tân Hiệp vừa được công nhận đạt chuẩn. Toàn "
        "huyện Tân Hiệp có 10/10 xã đạt chuẩn; huyện Tân Hiệp đã huy động 900 tỷ đồng.\n"
    )
    unit = read_metadata(text).unit
    assert unit is not None and unit.name == "Tân Hiệp"


@pytest.mark.parametrize(
    "text",
    [
        "Nỗ lực xây dựng nông thôn mới\n(baonghean.vn) - Năm 2022, dịch bệnh ảnh hưởng đến "
        "tiến độ của tỉnh. Tuy vậy Nghệ An vẫn có thêm 9 xã đạt chuẩn. Hiện Nghệ An có 300 xã "
        "đạt chuẩn. Có 2 đơn vị: Yên Thành, TX Hoàng Mai đang hoàn thiện hồ sơ.\n",
        "Kết quả 6 tháng\n\nTuy nhiên Nghệ An đã có 300 xã đạt chuẩn; riêng huyện Yên Thành "
        "đang hoàn thiện hồ sơ.\n",
    ],
)
def test_a_province_the_lead_names_bare_as_subject_is_the_unit(text: str) -> None:
    unit = read_metadata(text).unit
    assert unit is not None and unit.name == "Nghệ An"


_STATUS_LINES = (
    "Tiêu chí 1 về Quy hoạch: 95/95 xã đạt.\n"
    "Tiêu chí 2 về Giao thông: 61/95 xã đạt.\n"
    "Bình quân đạt 15,4 tiêu chí/xã.\n"
)


@pytest.mark.parametrize(
    ("top", "name"),
    [
        # a provincial portal's name over its status page
        ("Nông thôn mới Quảng Trị\n\nKết quả thực hiện các tiêu chí\n\n", "Quảng Trị"),
        ("Cổng thông tin nông thôn mới tỉnh Bến Tre\nTiến độ thực hiện\n\n", "Bến Tre"),
        # the province named once, under the lines
        ("Kết quả thực hiện các tiêu chí\n\n", "Sơn La"),
    ],
)
def test_a_provincial_status_page_takes_its_portals_or_its_one_province(
    make_document, top: str, name: str
) -> None:
    tail = f"\nToàn tỉnh {name} hiện có 40 xã đạt chuẩn.\n" if name == "Sơn La" else ""
    text = f"{top}{_STATUS_LINES}{tail}"
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == name
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    rates = [f for f in facts if isinstance(f, Percentage)]
    assert rates and all((f.subject or "").endswith(name) for f in rates)


@pytest.mark.parametrize(
    "banner",
    ["Cổng thông tin điện tử huyện Thanh Miện", "TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐOÀN KẾT"],
)
def test_a_sites_banner_naming_another_unit_is_no_headline(banner: str) -> None:
    text = (
        f"{banner}\n\n"
        "Xã Ngũ Hùng đón bằng công nhận đạt chuẩn nông thôn mới nâng cao\n\n"
        "Sáng 20/4, xã Ngũ Hùng tổ chức lễ đón bằng công nhận. Hiện xã Ngũ Hùng có tỷ lệ hộ "
        "nghèo 0,8%.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("xã", "Ngũ Hùng")


def test_a_sites_banner_is_the_unit_when_nothing_else_names_one() -> None:
    text = (
        "Cổng thông tin điện tử huyện Thanh Miện\n\n"
        "Kết quả xây dựng nông thôn mới năm 2023\n\n"
        "Đến nay có 16/16 xã đạt chuẩn, bình quân 19 tiêu chí/xã.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.prefix, raw.unit.name) == ("huyện", "Thanh Miện")


def test_a_commune_first_named_late_is_not_the_unit_the_lead_is_about() -> None:
    text = (
        "Sức sống mới ở vùng quê\n\n"
        "Năm 2022, nhờ người dân chung tay, bộ mặt xã Hưng Đạo thay đổi rõ rệt. Tỷ lệ hộ "
        "nghèo của xã còn 1,7%, thu nhập bình quân đạt 49 triệu đồng/người/năm.\n\n"
        "Theo Chủ tịch UBND xã, địa phương đã học tập cách làm từ xã Hưng Lợi, xã Hưng Mỹ. "
        "Xã Hưng Lợi là xã nông thôn mới kiểu mẫu đầu tiên của huyện.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Hưng Đạo"


def test_a_lead_naming_its_province_bare_after_a_lead_in_is_the_provinces() -> None:
    text = (
        "Tin tức\n\n"
        "Đến cuối năm 2023, Thái Bình có 260/260 xã đạt chuẩn, đứng thứ 2 cả nước về số xã "
        "đạt chuẩn nâng cao.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Thái Bình"


def test_an_officials_name_after_the_provinces_word_is_no_province() -> None:
    text = (
        "Yên Mỹ có 3 xã đạt chuẩn nâng cao\n\n"
        "Chủ tịch UBND tỉnh Trần Quốc Văn vừa ký quyết định công nhận xã Giai Phạm, xã Tân "
        "Lập của huyện Yên Mỹ đạt chuẩn nông thôn mới nâng cao.\n"
    )
    raw = read_metadata(text)
    assert raw.province is None or raw.province.name != "Trần Quốc Văn"


def test_a_headline_ranking_a_place_among_the_countrys_is_no_national_text() -> None:
    text = (
        "Xếp thứ 2 cả nước về số xã đạt chuẩn nâng cao\n\n"
        "Năm 2024, toàn tỉnh có thêm 18 xã đạt chuẩn nông thôn mới nâng cao, tỷ lệ hộ nghèo "
        "còn 0,7%.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is None or raw.unit.name != "cả nước"


def test_a_tagged_articles_unit_is_the_commune_its_lead_is_about() -> None:
    # the second half comes back to another commune more often; the lead is about the first
    text = (
        "Hà Nam: Làng quê đổi mới\n\n"
        "Năm 2024, xã Liêm Cần được công nhận đạt chuẩn nông thôn mới kiểu mẫu. Bà con Liêm "
        "Cần đã góp hơn 5 tỷ đồng làm đường, trồng hàng cây xanh dọc các tuyến đường thôn, "
        "xây mới nhà văn hóa. Tỷ lệ hộ nghèo của xã còn 0,9%.\n\n"
        "Trước đó, xã Liêm Sơn đã về đích. Xã Liêm Sơn có nhiều mô hình hay. Lãnh đạo xã Liêm "
        "Sơn cho biết sẽ chia sẻ kinh nghiệm.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Liêm Cần"


# -- a month banner and the lead's day; a bare date-and-time first line -------------------------


@pytest.mark.parametrize(
    "top, lead, date",
    [
        ("date 2023-05 ", "Chiều 22-5, UBND tỉnh Bến Tre tổ chức lễ đón bằng", "2023-05-22"),
        ("Tháng 9/2021\n", "Sáng 7/9, huyện Tân Hiệp long trọng công bố", "2021-09-07"),
        # a lead's day of another month is an event's, not the text's
        ("date 2023-05 ", "Chiều 22-4, UBND tỉnh Bến Tre tổ chức lễ đón bằng", "2023-05"),
        # "this morning (day/month)": the day the text was written, in brackets after "nay"
        ("date 2023-05 ", "Sáng nay (23/5), UBND tỉnh Bến Tre tổ chức lễ đón bằng", "2023-05-23"),
        ("Tháng 9/2021\n", "Chiều nay (8-9), huyện Tân Hiệp long trọng công bố", "2021-09-08"),
    ],
)
def test_a_month_banner_takes_the_day_the_lead_opens_with(top: str, lead: str, date: str) -> None:
    report = _report(
        top + lead + " công nhận huyện Chợ Lách đạt chuẩn nông thôn mới năm 2022.\n"
        "Huyện Chợ Lách có 10/10 xã đạt chuẩn nông thôn mới.\n"
    )
    assert report.date == date


@pytest.mark.parametrize(
    "stamp, date", [("14/03/2023 09:40", "2023-03-14"), ("5-1-2024 16:05", "2024-01-05")]
)
def test_a_bare_date_and_time_first_line_dates_an_article_of_earlier_figures(
    stamp: str, date: str
) -> None:
    text = (
        stamp + "\nHuyện Tam Nông được công nhận đạt chuẩn nông thôn mới.\n"
        "Tính đến cuối năm 2021, thu nhập bình quân đầu người của huyện Tam Nông đạt 52 triệu "
        "đồng/người/năm.\n"
    )
    assert read_metadata(text).date == date


# -- a list of other headlines over a web page's article -----------------------------------------

_SIDEBAR = (
    "-\nĐồng Nai lập kế hoạch thu ngân sách tăng 9,5% trong năm tới\n-\n"
    "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành lần thứ ba\n-\n"
    "Bình Dương kêu gọi doanh nghiệp Hàn Quốc mở rộng đầu tư 30%\n"
    "- Thái Bình: Ba xã ven biển đạt chuẩn nông thôn mới kiểu mẫu\n"
)


def test_a_list_of_other_headlines_over_an_article_is_furniture(make_document) -> None:
    text = _SIDEBAR + (
        "Thủ tướng giao UBND tỉnh Sóc Trăng tổ chức công bố theo quy định.\n"
        "Tỉnh Sóc Trăng có 80/80 xã đạt chuẩn nông thôn mới, đạt 100%.\n"
    )
    report = _report(text)
    assert report.unit is not None and report.unit.name == "Sóc Trăng"
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert not [f for f in facts if isinstance(f, Percentage) and f.value in (9.5, 30.0)]


_ARTICLE_CUT = (
    "Để về đích đúng hẹn, huyện trích ngân sách hỗ trợ mỗi xã 800 triệu đồng làm đường "
    "giao thông và kênh mương nội đồng.\n"
    "Hiện nay, toàn huyện đã có 7 xã đạt chuẩn nông thôn mới; 5 xã đạt từ 15 đến 18 tiêu chí.\n"
)


@pytest.mark.parametrize(
    "label, other",
    [
        ("Những tin cũ hơn", "Quy định mức hỗ trợ phòng dịch trên địa bàn tỉnh Phú Yên"),
        ("Tin cùng chuyên mục:", "Tỉnh Bình Phước có 85% số xã đạt chuẩn nông thôn mới"),
        ("Xem thêm", "Long An: Người dân huyện Đức Hòa hiến 12 ha đất làm đường"),
        ("Các bài viết khác:", "Huyện Tân Châu (Tây Ninh) có 85% số xã đạt chuẩn"),
    ],
)
def test_a_list_of_other_articles_closing_a_page_is_furniture(
    make_document, label: str, other: str
) -> None:
    """A page cut from mid-article, its unit never named ("toàn huyện"), that closes with
    other articles' headlines under "Những tin cũ hơn": their places are not the unit, their
    figures not facts of the article."""
    text = _ARTICLE_CUT + label + "\n" + other + "\nKế hoạch chuyển đổi số năm 2031\n"
    report = _report(text)
    assert report.unit is None and report.province is None
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert not [f for f in facts if isinstance(f, Percentage) and f.value == 85.0]


def test_a_see_more_label_before_any_running_text_closes_nothing() -> None:
    from baocao.nlp.metadata import more_news_start

    assert more_news_start("Xem thêm\nHuyện Tân Phú đạt chuẩn nông thôn mới\n") is None
    assert more_news_start(_ARTICLE_CUT + "Tin khác\nCà Mau có thêm 3 xã\n") == len(_ARTICLE_CUT)


def test_a_news_headline_and_a_formal_headers_lines_are_not_a_list_of_headlines() -> None:
    from baocao.nlp.metadata import sidebar_lines

    news = (
        "Long An thêm 5 xã đạt chuẩn nông thôn mới\nThứ ba, 12/04/2022 10:15\n"
        "Toàn tỉnh Long An hiện có 140/161 xã đạt chuẩn nông thôn mới.\n"
    )
    assert sidebar_lines(news) == []
    formal = (
        "ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 45/BC-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Cần Giuộc, ngày 10 tháng 3 năm 2022\nBÁO CÁO\nKết quả thực hiện năm 2021\n"
        "Năm 2021, huyện có 15/15 xã đạt chuẩn nông thôn mới.\n"
    )
    assert sidebar_lines(formal) == []


# -- a list of related links under a web page's article ---------------------------------------

_ARTICLE = (
    "Huyện Mỹ Xuyên hỗ trợ 2 tỷ đồng cho mỗi xã khó khăn\n"
    "Hiện nay, huyện Mỹ Xuyên có 7/12 xã đạt chuẩn nông thôn mới, đạt 58,3%.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        # headlines only, blank lines between
        "Tin cùng chuyên mục\n\nBạc Liêu có 30 sản phẩm OCOP năm 2027\n\n"
        "Tỉnh Trà Vinh đạt 95% số xã nông thôn mới\n",
        # two headings, a headline with a teaser cut short, dated lines of other years
        "Những tin mới hơn\nNhững tin cũ hơn\nKế hoạch chuyển đổi số tỉnh Hậu Giang năm 2029\n"
        "Triển khai Nghị quyết về phát triển nông nghiệp, nông thôn đến năm 2035, tầm "
        "nhìn đến năm 2045 trên địa bàn các huyện phía tây của tỉnh theo lộ trình đã được "
        "phê duyệt và các văn bản hướng dẫn\n"
        "Quyết định 88/2028/QĐ-UBND hỗ trợ 40% chi phí cho tỉnh Hậu Giang\n",
        # a headline, its teaser sentence, the next headline
        "Xem thêm:\nMô hình đường hoa ở Vĩnh Long\n\n"
        "Vĩnh Long có 80% tuyến đường hoa đạt chuẩn kiểu mẫu.\n\n"
        "Kiên Giang đưa sản phẩm OCOP ra nước ngoài\n",
    ],
)
def test_a_list_of_related_links_ending_a_page_is_furniture(make_document, tail: str) -> None:
    from baocao.nlp.metadata import related_tail

    text = _ARTICLE + tail
    start, end = related_tail(text) or (0, 0)
    assert (start, end) == (len(_ARTICLE), len(text))
    report = _report(text)
    assert report.unit is not None and report.unit.name == "Mỹ Xuyên"
    assert report.period is None  # the other stories' years date nothing
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert facts and all(f.end <= start for f in facts)  # none from the links
    # the text and its offsets are kept: a quote is still cut from the text as written
    assert all(text[f.start : f.end] == f.quote for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # the article goes on under a box of related links
        _ARTICLE + "Tin liên quan\nSóc Trăng có thêm 3 xã đạt chuẩn năm 2026\n"
        "Năm 2021, huyện đã huy động 120 tỷ đồng.\nCác xã còn lại phấn đấu về đích.\n",
        # the heading's words inside a sentence of the article
        _ARTICLE + "Xem thêm các tin liên quan trên trang của huyện.\n",
    ],
)
def test_related_links_the_article_goes_on_under_are_no_tail(text: str) -> None:
    from baocao.nlp.metadata import related_tail

    assert related_tail(text) is None


def test_a_portal_listing_its_communes_bare_is_the_district_they_lie_in() -> None:
    text = (
        "Cổng thông tin điện tử\nKết quả xây dựng nông thôn mới\n"
        "Năm nay đã có 5 xã được thẩm định: Hồi Ninh 16 tiêu chí, Quang Thiện 15 tiêu chí, "
        "Như Hòa, Kim Trung và Kim Định 13 tiêu chí. Toàn huyện tăng 12 tiêu chí."
    )
    meta = read_metadata(text)
    assert meta.unit is not None and meta.unit.name == "Kim Sơn"
    assert meta.unit.level is Level.DISTRICT
    assert meta.province is not None and meta.province.name == "Ninh Bình"
    spread = (
        "Kết quả xây dựng nông thôn mới\nĐã có 4 xã được thẩm định: Hồi Ninh 16 tiêu chí, "
        "Ái Nghĩa 15 tiêu chí, Đại Hồng, Bình Minh 13 tiêu chí."
    )
    assert read_metadata(spread).unit is None  # communes of several districts: no one's


def test_a_commune_with_its_district_bare_in_brackets_has_that_districts_province() -> None:
    one = read_metadata(
        "Xã Đại Hồng (Đại Lộc): Về đích nông thôn mới\n\nXã Đại Hồng đã hoàn thành 19/19 tiêu chí."
    )
    assert one.unit is not None and one.unit.level is Level.COMMUNE
    assert one.province is not None and one.province.name == "Quảng Nam"
    several = read_metadata(
        "Hai xã chưa về đích\n\nHai xã chưa hoàn thành là Đại Hồng (Đại Lộc) và Bình Triều "
        "(Thăng Bình), còn thiếu tiêu chí trường học."
    )
    assert several.unit is not None and several.unit.level is Level.PROVINCE
    assert several.province is not None and several.province.name == "Quảng Nam"


@pytest.mark.parametrize(
    ("until", "period"), [("tính đến hết tháng 6", "2023-H1"), ("tính đến hết tháng 9", "2023")]
)
def test_a_july_text_stating_results_to_the_end_of_june_is_of_the_first_half(
    until: str, period: str
) -> None:
    text = (
        f"date 2023-07 Nhiều tỉnh về đích\n\nTheo Bộ, {until}, cả nước có 6.000 xã đạt chuẩn "
        "(tăng 100 xã so với cuối năm 2022); mục tiêu năm 2023 là 6.200 xã."
    )
    assert read_metadata(text).period == period


def test_an_undated_commune_text_with_only_goal_years_is_of_the_nearest_goal() -> None:
    text = (
        "Xã Hồi Ninh tăng tốc\n\nĐể về đích vào năm 2018, xã Hồi Ninh đang tập trung làm "
        "đường. Riêng năm 2016, xã quyết tâm làm thêm 3 tiêu chí."
    )
    assert read_metadata(text).period == "2016"
    no_present = text.replace("đang tập trung làm", "làm")
    assert read_metadata(no_present).period is None


@pytest.mark.parametrize(
    ("address", "date"),
    [
        ("http://baoabc.vn/kinh-te/201905/xa-dat-chuan-123/", "2019-05"),
        ("https://tv.example.vn/2021/11/xa-moi", "2021-11"),
        ("https://tv.example.vn/2021/11/20/page/3", "2021-11-20"),
    ],
)
def test_an_address_filed_by_month_dates_an_undated_page(address: str, date: str) -> None:
    text = f"Tin tức\nNguồn: {address}\nToàn tỉnh có 50 xã đạt chuẩn."
    assert read_metadata(text).date == date


@pytest.mark.parametrize(
    "text",
    [
        "Tin mới\n\nChiều 5/3, UBND tỉnh Long An đã tổ chức lễ công bố quyết định công nhận "
        "huyện Đức Hòa đạt chuẩn nông thôn mới.\n",
        "Tin mới\n\nPhó Thủ tướng giao UBND tỉnh Long An có trách nhiệm công bố theo quy định, "
        "chỉ đạo UBND huyện Đức Hòa giữ vững các tiêu chí.\n",
    ],
)
def test_the_district_a_province_announces_recognised_is_the_unit(text: str) -> None:
    # the province's committee announces, the district it recognises is the news
    meta = read_metadata(text)
    assert meta.unit is not None and meta.unit.name == "Đức Hòa"
    assert meta.province is not None and meta.province.name == "Long An"


_ISSUER_BODY = """
Số: 41/BC-BCĐ
BÁO CÁO
Kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2022

I. KẾT QUẢ
Xã Tân Thành đạt 19/19 tiêu chí; huyện Lục Yên có 12/19 xã đạt chuẩn; huyện Lục Yên.
"""


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("BAN CHỈ ĐẠO CÁC CTMTQG\nTỈNH YÊN BÁI", ("tỉnh", "Yên Bái", Level.PROVINCE)),
        ("Ban Chỉ đạo các CTMTQG huyện Văn Yên", ("huyện", "Văn Yên", Level.DISTRICT)),
        ("VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI\ntỉnh Yên Bái", ("tỉnh", "Yên Bái", Level.PROVINCE)),
        ("ĐẢNG BỘ XÃ ĐÔNG CUÔNG", ("xã", "Đông Cuông", Level.COMMUNE)),
        ("ĐẢNG BỘ HUYỆN VĂN YÊN\nĐẢNG ỦY XÃ ĐÔNG CUÔNG", ("xã", "Đông Cuông", Level.COMMUNE)),
        ("HUYỆN ỦY TRẤN YÊN", ("huyện", "Trấn Yên", Level.DISTRICT)),
        ("UBND TỈNH YÊN BÁI\nSỞ NÔNG NGHIỆP VÀ PTNT", ("tỉnh", "Yên Bái", Level.PROVINCE)),
        ("ỦY BAN NHÂN DÂN\nHUYỆN\nVĂN YÊN", ("huyện", "Văn Yên", Level.DISTRICT)),
        ("**UỶ BAN NHÂN DÂN**\n**HUYỆN TRẤN YÊN**", ("huyện", "Trấn Yên", Level.DISTRICT)),
        ("Hội đồng nhân dân\nxã Đông Cuông", ("xã", "Đông Cuông", Level.COMMUNE)),
    ],
)
def test_an_issuer_opening_the_header_is_the_unit(
    header: str, unit: tuple[str, str, Level]
) -> None:
    raw = read_metadata(header + "\n" + _ISSUER_BODY)
    assert raw.unit is not None and raw.unit_from == "header"
    assert (raw.unit.prefix.lower(), raw.unit.name, raw.unit.level) == unit


def test_a_decision_under_a_district_committees_header_takes_the_district() -> None:
    raw = read_metadata(
        "Ủy Ban Nhân Dân\nHuyện Mù Cang Chải\nSố: 77/QĐ-UBND\n"
        "QUYẾT ĐỊNH\nVề việc công nhận xã Kim Nọi đạt chuẩn nông thôn mới năm 2023\n"
    )
    assert raw.unit is not None
    assert (raw.unit.name, raw.unit.level) == ("Mù Cang Chải", Level.DISTRICT)


def test_a_headline_opening_with_a_committee_is_no_issuer() -> None:
    raw = read_metadata(
        "UBND huyện Trạm Tấu công bố xã Bản Mù đạt chuẩn nông thôn mới\n"
        "Ngày 9/3/2024, xã Bản Mù đón nhận bằng công nhận đạt chuẩn, xã đạt 19/19 tiêu chí.\n"
    )
    assert raw.unit is not None and raw.unit.name == "Bản Mù"


@pytest.mark.parametrize(
    "letter",
    [
        # the header lost: the letter opens with its addressees
        "Kính gửi: UBND huyện Phù Cát; UBND huyện Tây Sơn; UBND thị xã An Nhơn\n"
        "Thực hiện Kế hoạch số 70/KH-UBND của UBND tỉnh Bình Định, Sở Nông nghiệp và PTNT "
        "đề nghị các huyện báo cáo. Huyện Phù Cát có 14/17 xã đạt chuẩn; huyện Tây Sơn 13/14 xã.\n",
        # its subject line first, the province speaking of itself before it names itself
        "V/v đôn đốc hoàn thiện hồ sơ xã nông thôn mới năm 2023\n"
        "Kính gửi: UBND các huyện, thị xã, thành phố\n"
        "Ủy ban nhân dân tỉnh đã nhận báo cáo của các địa phương. Huyện Phù Mỹ có 12/17 xã "
        "đạt chuẩn; huyện Phù Mỹ còn 5 xã. UBND tỉnh Bình Định đề nghị các huyện khẩn trương.\n",
        # its addressees listed under it, its distribution list at its foot
        "UBND TỈNH BÌNH ĐỊNH\nSố: 901/UBND-KT\nV/v rà soát xã đăng ký đạt chuẩn năm 2023\n"
        "Kính gửi:\n- UBND huyện Hoài Ân;\n- UBND huyện Vĩnh Thạnh.\n"
        "Huyện Hoài Ân còn 3 xã chưa đạt chuẩn; huyện Vĩnh Thạnh còn 2 xã.\n"
        "Nơi nhận:\n- Như trên;\n- UBND huyện Hoài Ân;\n- Lưu: VT.\n",
    ],
)
def test_a_provincial_letters_addressees_are_not_its_unit(letter: str) -> None:
    raw = read_metadata(letter)
    assert raw.unit is not None
    assert (raw.unit.name, raw.unit.level) == ("Bình Định", Level.PROVINCE)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Yên Bái, 20 tháng 11 năm 2022", "2022-11-20"),
        ("Yên Bái, ngày 20/11/2022", "2022-11-20"),
        ("Yên Bái, 20-11-2022", "2022-11-20"),
        ("Yên Bái, tháng 11/2022", "2022-11"),
        ("Yên Bái, tháng 11 năm 2022", "2022-11"),
        ("Yên Bái, ngày 20 tháng 11, năm 2022", "2022-11-20"),
    ],
)
def test_a_date_line_in_its_short_forms_dates_the_report(line: str, date: str) -> None:
    raw = read_metadata(
        f"UBND TỈNH YÊN BÁI\nSố: 300/BC-UBND\n{line}\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2022\n\n"
        "Căn cứ Quyết định số 320/QĐ-TTg ngày 08/3/2022, toàn tỉnh có 100/150 xã đạt chuẩn.\n"
    )
    assert (raw.place_written, raw.date) == ("Yên Bái", date)


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Sơ kết 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2022", "2022-H1"),
        ("Kết quả 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2021", "2021-H1"),
    ],
)
def test_a_half_years_report_writing_its_year_once_is_of_the_first_half(
    title: str, period: str
) -> None:
    raw = read_metadata(
        f"UBND HUYỆN YÊN BÌNH\nSố: 12/BC-UBND\nBÁO CÁO\n{title}\n\nI. KẾT QUẢ\nCó 20/24 xã.\n"
    )
    assert raw.period == period


def test_a_report_title_as_first_line_is_of_its_year_not_its_plans() -> None:
    raw = read_metadata(
        "Báo cáo kết quả xây dựng nông thôn mới năm 2021 và kế hoạch năm 2022\n"
        "Huyện Yên Bình, ngày 12/01/2022\n"
        "Toàn huyện có 20/24 xã đạt chuẩn.\n"
    )
    assert raw.period == "2021"


def test_a_body_line_right_under_the_title_is_not_part_of_it() -> None:
    raw = read_metadata(
        "ĐẢNG BỘ XÃ PHƯỚC SƠN\nSố: 15-BC/ĐU\nBÁO CÁO\n"
        "Tổng kết 10 năm xây dựng nông thôn mới (2011-2020)\n"
        "Xã Phước Sơn đạt 19/19 tiêu chí; huyện Tuy Phước có 11/11 xã đạt chuẩn.\n"
    )
    assert raw.title == "Tổng kết 10 năm xây dựng nông thôn mới (2011-2020)"
    assert raw.period == "2011-2020"
    assert raw.unit is not None and (raw.unit.name, raw.unit.level) == ("Phước Sơn", Level.COMMUNE)


def test_a_date_line_moved_over_the_signature_dates_the_report_not_a_cited_decision() -> None:
    raw = read_metadata(
        "UBND HUYỆN TRẠM TẤU\nSố: 61/BC-UBND\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2022\n\n"
        "Căn cứ Quyết định số 45/QĐ-UBND, ngày 14 tháng 2 năm 2022 của UBND tỉnh,\n"
        "toàn huyện có 3/11 xã đạt chuẩn.\n"
        "Trạm Tấu, ngày 28 tháng 11 năm 2022\n"
        "CHỦ TỊCH\n"
    )
    assert (raw.place_written, raw.date) == ("Trạm Tấu", "2022-11-28")


# -- news about several communes, a province's letter, a programme, a goal under way ---------


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a count, then the communes by name with their districts in brackets
        ("Chủ tịch UBND tỉnh Nghệ An vừa ký quyết định công nhận thêm 2 xã đạt chuẩn nông "
         "thôn mới.\n\n2 xã được công nhận lần này gồm: xã Diễn Liên (huyện Diễn Châu) và "
         "Hưng Tây (huyện Hưng Nguyên).\n", ("Diễn Liên", "Hưng Tây")),
        # paragraphs each opening on a commune with its district in brackets
        ("Vũ Hội (Vũ Thư) là xã đạt chuẩn nông thôn mới nâng cao của tỉnh Thái Bình. Thu "
         "nhập bình quân đạt 70 triệu đồng/người/năm.\n"
         "Xã Đông Hợp (Đông Hưng) cũng có nhiều đổi thay, tỷ lệ hộ nghèo còn 1,2%.\n",
         ("Vũ Hội", "Đông Hợp")),
    ],
)  # fmt: skip
def test_news_about_several_communes_has_them_all_as_its_units(
    body: str, names: tuple[str, ...]
) -> None:
    raw = read_metadata(body)
    assert tuple(u.name for u in raw.units) == names
    assert raw.unit is not None and (raw.unit.name, raw.unit.level) == (names[0], Level.COMMUNE)
    report = metadata_to_report(raw)
    assert tuple(u.name for u in report.units) == names


def test_one_commune_with_its_district_is_no_list_of_units() -> None:
    raw = read_metadata(
        "Xã Vũ Hội (Vũ Thư) đạt chuẩn nông thôn mới nâng cao.\n"
        "Thu nhập bình quân của xã đạt 70 triệu đồng/người/năm.\n"
    )
    assert raw.units == ()


def test_the_scorer_compares_several_units_in_any_order_and_spelling() -> None:
    from baocao.evaluate import meta_right
    from baocao.model import Place, Report

    def commune(name: str) -> Place:
        return Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)

    report = Report(unit=commune("Vũ Hội"), units=(commune("Vũ Hội"), commune("Đông Hợp")))
    assert meta_right(report, {"unit": "Đông Hợp; Vũ Hội"})["unit"]
    assert meta_right(report, {"unit": "Vũ Hội, Đông Hợp"})["unit"]
    assert not meta_right(report, {"unit": "Vũ Hội"})["unit"]


def test_a_headline_on_the_whole_province_makes_a_districts_letter_the_provinces() -> None:
    raw = read_metadata(
        "Năm 2018, toàn tỉnh phấn đấu có thêm 8 xã đạt chuẩn nông thôn mới\n\n"
        "Ngày 15/2, UBND tỉnh Gia Lai ban hành văn bản giao chỉ tiêu cho các huyện: huyện "
        "Chư Păh có 1 xã đạt chuẩn và bình quân toàn huyện đạt 14 tiêu chí/xã; huyện Ia Grai "
        "có 2 xã đạt chuẩn và bình quân toàn huyện đạt 15 tiêu chí/xã; huyện Đak Pơ có 1 xã "
        "đạt chuẩn và bình quân toàn huyện đạt 13 tiêu chí/xã.\n"
    )
    assert raw.unit is not None and (raw.unit.name, raw.unit.level) == ("Gia Lai", Level.PROVINCE)


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("Chương trình MTQG xây dựng nông thôn mới giai đoạn 2016-2020 đề ra mục tiêu có 50% "
         "số xã đạt chuẩn. Đến nay cả nước có 4.000 xã đạt chuẩn.\n", "2016-2020"),
        ("Đề án xây dựng nông thôn mới kiểu mẫu giai đoạn 2021-2025, đặt mục tiêu mỗi huyện "
         "có ít nhất 1 xã kiểu mẫu.\n", "2021-2025"),
    ],
)  # fmt: skip
def test_a_text_about_a_programme_that_dates_nothing_else_is_of_its_span(
    body: str, period: str
) -> None:
    assert read_metadata(body).period == period


def test_a_goal_worked_for_now_dates_the_text_after_an_earlier_achievement() -> None:
    raw = read_metadata(
        "Xã Đông Hợp đã đạt chuẩn nông thôn mới trong năm 2021. Hiện thu nhập bình quân "
        "đạt 60 triệu đồng/người/năm.\n"
        "Xã đang nỗ lực về đích nông thôn mới nâng cao trong năm 2024.\n"
    )
    assert raw.period == "2024"


def test_a_programmes_span_does_not_date_its_undated_present(make_document) -> None:
    document = make_document(
        "Chương trình MTQG xây dựng nông thôn mới giai đoạn 2026-2030 đặt mục tiêu có 85% số "
        "xã đạt chuẩn. Đến nay, cả nước đã có 6.000/7.000 xã đạt chuẩn nông thôn mới.\n",
        name="tin.txt",
    )
    report, facts = reading_to_facts(document, read_document(document))
    assert report.period == "2026-2030"
    assert [f.period for f in facts if f.kind == "coverage" and not f.target] == [None]


def test_a_lead_recognising_two_districts_has_both_as_units() -> None:
    raw = read_metadata(
        "Thủ tướng Chính phủ vừa ký quyết định công nhận thị xã Hồng Lĩnh, tỉnh Hà Tĩnh hoàn "
        "thành nhiệm vụ xây dựng nông thôn mới; đồng thời công nhận huyện Can Lộc, tỉnh Hà "
        "Tĩnh đạt chuẩn nông thôn mới.\n"
        "Toàn thị xã có 5/5 xã đạt chuẩn.\n"
    )
    assert [u.name for u in raw.units] == ["Hồng Lĩnh", "Can Lộc"]
    assert raw.unit is not None and raw.unit.level is Level.DISTRICT


def test_a_provincial_papers_dateline_tag_gives_its_province() -> None:
    raw = read_metadata(
        "Đường làng sáng đèn\n\n12/05/2022 | 08:00 GMT+7\n\n"
        "(HG) - Năm qua, tỉnh đã nâng cấp nhiều tuyến đường liên ấp; đến nay toàn tỉnh có "
        "30/51 xã đạt chuẩn nông thôn mới.\n"
    )
    assert raw.unit is not None and raw.unit.name == "Hậu Giang"


def test_communes_bracketed_with_two_districts_are_the_provinces_examples() -> None:
    raw = read_metadata(
        "Số xã giữ chuẩn giảm\n\nThứ Ba, 05/03/2019\n\n"
        "Trong 40 xã đạt chuẩn của tỉnh, chỉ 5 xã còn đủ 19/19 tiêu chí, gồm xã Lương Hòa, "
        "Lương Phú, Châu Hòa, Phong Nẫm (Giồng Trôm) và xã An Ngãi Trung (Ba Tri).\n"
    )
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE
    assert raw.unit.name == "Bến Tre"


def test_a_paper_headed_by_one_province_over_the_countrys_figures_is_national() -> None:
    raw = read_metadata(
        "Nghệ An trước chặng đường mới\n\nNGHỆ AN TRƯỚC CHẶNG ĐƯỜNG MỚI\n"
        "Tác giả tổng hợp số liệu của cả nước và các vùng.\n"
        "Cả nước hiện có 8.100 xã tham gia chương trình, bình quân cả nước đạt 15 tiêu chí/xã; "
        "vùng Tây Nguyên đạt 13 tiêu chí/xã.\n"
    )
    assert raw.unit is not None and raw.unit.level is Level.NATIONAL
    # the paper is the province's (its headline), the excerpt the country's
    assert raw.province is not None and raw.province.name == "Nghệ An"
