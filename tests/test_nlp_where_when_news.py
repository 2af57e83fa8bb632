"""Where and when a news text and its facts are, in the shapes news writes them.

FACTS.md ("When and where a fact is, decided"): a fact's place is the nearest unit its
sentence, its list or its heading names, else the reporting unit; national figures are the
country's ("cả nước") and a region's figure is that region's ("vùng Tây Nguyên"). The
examples are our own wording, one class of wording per test, each with two cases or more.
"""

from __future__ import annotations

import pytest
from readfacts import facts_of, place_of

from baocao.model import Level
from baocao.nlp.metadata import read_metadata
from baocao.normalize.report import metadata_to_report
from baocao.vocab.places import regions_in


def fact_at(facts, phrase: str):
    """The fact whose quote opens with ``phrase``, else the first whose quote holds it."""
    opening = [f for f in facts if f.quote.startswith(phrase)]
    return opening[0] if opening else next(f for f in facts if phrase in f.quote)


def read(text: str):
    return metadata_to_report(read_metadata(text))


# -- 1. a whole-country section and named regions over a province's title -------------------


NATIONAL_SECTION = """\
Quảng Trị trong bức tranh nông thôn mới

Bài viết cập nhật kết quả xây dựng nông thôn mới đến hết năm 2021, từ số liệu đã công bố.
II. BỨC TRANH CHUNG CẢ NƯỚC
Cả nước có 9.200 xã tham gia xây dựng nông thôn mới. Vốn huy động bình quân mỗi xã khoảng 120 \
tỷ đồng; trong đó vốn tín dụng chiếm 50%, doanh nghiệp 6%. Hai vùng Tây Nguyên và Tây Bắc \
bình quân 30 tỷ đồng/xã; vùng ĐBSCL khoảng 40 tỷ đồng/xã và thấp nhất là MNPB, 25 tỷ đồng/xã.
Riêng ngân sách nhà nước hỗ trợ bình quân 18 tỷ đồng/xã.
"""


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("50%", "cả nước"),  # a paragraph opening with the country as its subject
        ("6%", "cả nước"),
        ("18 tỷ", "cả nước"),  # the section heading names the country
        ("30 tỷ", "vùng Tây Nguyên, vùng Tây Bắc"),  # two regions named together: the pair
        ("40 tỷ", "vùng đồng bằng sông Cửu Long"),  # an abbreviation
        ("25 tỷ", "vùng Trung du và miền núi phía Bắc"),  # named after the figure before
    ],
)
def test_a_national_section_is_the_countrys_and_a_regions_figure_the_regions(
    make_document, phrase: str, place: str
) -> None:
    facts = facts_of(make_document, NATIONAL_SECTION)
    assert place_of(fact_at(facts, phrase)) == place


@pytest.mark.parametrize(
    ("headline", "province"),
    [
        ("Quảng Trị trong bức tranh nông thôn mới", "Quảng Trị"),
        ("Bến Tre nhìn từ cả nước", "Bến Tre"),
    ],
)
def test_a_paper_on_the_country_under_a_provinces_headline_is_the_provinces(
    make_document, headline: str, province: str
) -> None:
    """The excerpt is the country's (unit cả nước, its figures the country's and the
    regions'); the paper it opens stays the province's: the report's province."""
    text = headline + NATIONAL_SECTION[NATIONAL_SECTION.index("\n") :]
    report = read(text)
    assert report.unit is not None and report.unit.level is Level.NATIONAL
    assert report.province is not None and report.province.name == province
    assert place_of(fact_at(facts_of(make_document, text), "50%")) == "cả nước"


@pytest.mark.parametrize(
    ("written", "place"),
    [
        (
            "Hai vùng Tây Nguyên và vùng Đông Nam Bộ khoảng 410",
            "vùng Tây Nguyên, vùng Đông Nam Bộ",
        ),
        ("Vùng ĐBSCL và Tây Bắc bình quân 150", "vùng đồng bằng sông Cửu Long, vùng Tây Bắc"),
        ("Riêng vùng ĐBSH-BTB khoảng 380", "vùng đồng bằng sông Hồng, vùng Bắc Trung Bộ"),
    ],
)
def test_a_figure_two_regions_are_given_together_is_the_pairs(
    make_document, written: str, place: str
) -> None:
    """One figure for two regions joined by "và" (or the dash of an abbreviated pair) is the
    pair's, named as several places are, each with "vùng", however the text joins them ("vùng
    A và B" could be read as one region, as "vùng Trung du và miền núi phía Bắc" is)."""
    text = (
        "Bức tranh chung\n\nII. CẢ NƯỚC\nCả nước có 9.000 xã tham gia xây dựng nông thôn mới. "
        + written
        + " tỷ đồng/xã; vùng Duyên hải Nam Trung Bộ 120 tỷ đồng/xã.\n"
    )
    facts = facts_of(make_document, text)
    number = written.rsplit(" ", 1)[1]
    assert place_of(fact_at(facts, number + " tỷ")) == place
    assert place_of(fact_at(facts, "120 tỷ")) == "vùng Duyên hải Nam Trung Bộ"


def test_a_region_set_against_or_holding_a_place_is_not_the_place() -> None:
    text = "Tỉnh Gia Lai thuộc vùng Tây Nguyên, cao hơn bình quân vùng Đông Nam Bộ."
    assert [label for _, _, label in regions_in(text)] == ["vùng Tây Nguyên", "vùng Đông Nam Bộ"]
    assert regions_in("ở phía Tây Bắc của huyện, xã Tây Nguyên có 3 thôn") == []


def test_a_province_lying_in_a_region_keeps_its_figure(make_document) -> None:
    facts = facts_of(
        make_document,
        "Gia Lai vững bước\n\nTỉnh Gia Lai, một tỉnh thuộc Tây Nguyên, có 85 xã đạt chuẩn "
        "nông thôn mới.\nNăm 2022, Gia Lai là tỉnh có 46% xã đạt chuẩn, cao hơn vùng Tây "
        "Nguyên.\n",
    )
    assert place_of(fact_at(facts, "85 xã")) == "tỉnh Gia Lai"
    assert place_of(fact_at(facts, "46%")) == "tỉnh Gia Lai"


# -- 2. a district's tag over the commune the body is about ----------------------------------


@pytest.mark.parametrize(
    ("text", "commune", "province"),
    [
        (
            "Lâm Hà (Lâm Đồng): Thành quả từ nông thôn mới\n\n"
            "Sau khi về đích năm 2015, xã Tân Hà (huyện Lâm Hà) tiếp tục nâng chất các tiêu "
            "chí. Thu nhập của xã đạt 52 triệu đồng/người/năm; xã đã có 9/9 thôn đạt chuẩn.\n",
            "Tân Hà",
            "Lâm Đồng",
        ),
        (
            "Krông Pắc (Đắk Lắk): Đổi thay ở một vùng quê\n\n"
            "Những năm qua, xã Ea Phê (huyện Krông Pắc) đã huy động 40 tỷ đồng làm đường. "
            "Đến nay toàn xã có 12/12 thôn đạt chuẩn văn hóa, tỷ lệ hộ nghèo của xã còn 2%.\n",
            "Ea Phê",
            "Đắk Lắk",
        ),
    ],
)
def test_a_district_tag_over_one_communes_news_is_the_communes(
    text: str, commune: str, province: str
) -> None:
    report = read(text)
    assert report.unit is not None and (report.unit.name, report.unit.level) == (
        commune,
        Level.COMMUNE,
    )
    assert report.province is not None and report.province.name == province


# -- 3. a district named bare ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "district", "province"),
    [
        # a breadcrumb with slashes over a headline naming the district bare
        (
            "Tin tức  /  Nông thôn mới  /  Hoạt động\nLục Ngạn huy động 300 tỷ đồng làm "
            "nông thôn mới\nNgày đăng: 12/05/2019\nĐến nay Lục Ngạn có 20 xã đạt chuẩn.\n",
            "Lục Ngạn",
            "Bắc Giang",
        ),
        # a name many provinces give a district, with its province in brackets
        (
            "Châu Thành (Tiền Giang): Thêm 2 xã đạt chuẩn nâng cao\n\n"
            "Năm 2023, toàn huyện có 20/22 xã đạt chuẩn nông thôn mới.\n",
            "Châu Thành",
            "Tiền Giang",
        ),
    ],
)
def test_a_district_named_bare_in_the_headline_is_the_unit(
    text: str, district: str, province: str
) -> None:
    report = read(text)
    assert report.unit is not None and (report.unit.name, report.unit.level) == (
        district,
        Level.DISTRICT,
    )
    assert report.province is not None and report.province.name == province


def test_a_name_many_provinces_give_a_district_is_no_unit_without_one() -> None:
    report = read("Châu Thành huy động 30 tỷ đồng xây dựng nông thôn mới\n\nĐến nay có 5 xã.\n")
    assert report.unit is None or report.unit.level is not Level.DISTRICT


def test_districts_written_bare_in_a_provinces_text_are_its_districts(make_document) -> None:
    facts = facts_of(
        make_document,
        "Bến Tre thêm nhiều xã về đích\n\nĐến nay, toàn tỉnh Bến Tre có 100 xã đạt chuẩn nông "
        "thôn mới. Riêng Chợ Lách có 9/9 xã đạt chuẩn, Châu Thành có 21/22 xã đạt chuẩn.\n",
    )
    assert place_of(fact_at(facts, "100 xã")) == "tỉnh Bến Tre"
    assert place_of(fact_at(facts, "9/9")) == "huyện Chợ Lách"
    assert place_of(fact_at(facts, "21/22")) == "huyện Châu Thành"  # many provinces have one


# -- 4. a province known only through the districts a text names -----------------------------


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # a district name unique in the country
        (
            "Nông thôn mới khởi sắc\n\nĐến nay, toàn tỉnh có 80/110 xã đạt chuẩn. Có 1 huyện "
            "(Lâm Hà) đạt chuẩn năm 2020; Lâm Hà cũng là huyện dẫn đầu.\n",
            "Lâm Đồng",
        ),
        # a name several provinces share, told by another the text names
        (
            "Nông thôn mới khởi sắc\n\nĐến nay, toàn tỉnh có 120/140 xã đạt chuẩn. Châu Thành "
            "và Chợ Gạo là hai huyện dẫn đầu của tỉnh.\n",
            "Tiền Giang",
        ),
    ],
)
def test_a_provinces_text_naming_only_its_districts_is_their_provinces(
    text: str, province: str
) -> None:
    report = read(text)
    assert report.province is not None and report.province.name == province
    assert report.unit is not None and report.unit.level is Level.PROVINCE


def test_districts_of_different_provinces_tell_no_province() -> None:
    report = read(
        "Nông thôn mới khởi sắc\n\nĐến nay, toàn tỉnh có 80/110 xã đạt chuẩn. Lâm Hà và Chợ "
        "Gạo là hai huyện được nhắc tới.\n"
    )
    assert report.province is None


# -- 5. a unit named in another clause or sentence over the whole ----------------------------


def test_a_ward_money_went_to_is_not_the_place_of_the_next_item(make_document) -> None:
    facts = facts_of(
        make_document,
        "Thành phố đẩy nhanh giải ngân vốn nông thôn mới năm 2016\n\n"
        "Năm nay, tổng vốn của chương trình là 3.100 triệu đồng. Trong đó vốn xây dựng hạ "
        "tầng là 2.500 triệu đồng, hỗ trợ sản xuất cho phường Sông Cầu là 400 triệu đồng, "
        "chi cho Ban chỉ đạo là 20 triệu đồng.\n",
    )
    assert place_of(fact_at(facts, "400 triệu")) == "phường Sông Cầu"
    assert place_of(fact_at(facts, "20 triệu")) == "thành phố Bắc Kạn"
    assert place_of(fact_at(facts, "3.100 triệu")) == "thành phố Bắc Kạn"


@pytest.mark.parametrize(
    ("text", "phrase", "place"),
    [
        (
            "Nỗ lực về đích\n\nHiện Nghệ An có 330 xã đạt chuẩn. Có 2 đơn vị: Yên Thành, TX "
            "Hoàng Mai đang hoàn thiện hồ sơ. Bình quân toàn tỉnh đạt 17,2 tiêu chí/xã.\n",
            "17,2",
            "tỉnh Nghệ An",
        ),
        (
            "Nỗ lực về đích\n\nHiện Hà Tĩnh có 200 xã đạt chuẩn. Riêng huyện Can Lộc đang hoàn "
            "thiện hồ sơ. Cả tỉnh có 18,1 tiêu chí/xã bình quân.\n",
            "18,1",
            "tỉnh Hà Tĩnh",
        ),
    ],
)
def test_the_whole_province_is_not_the_last_unit_the_paragraph_named(
    make_document, text: str, phrase: str, place: str
) -> None:
    assert place_of(fact_at(facts_of(make_document, text), phrase)) == place


# -- 6. a date line with the month in words --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Thứ Hai, 5 tháng 3, 2019", "2019-03-05"),
        ("Chủ nhật, ngày 2 tháng 6 năm 2019 09:15", "2019-06-02"),
        ("Ngày 12 tháng 8 năm 2021", "2021-08-12"),
    ],
)
def test_a_date_line_with_the_month_in_words_dates_the_page(line: str, date: str) -> None:
    report = read(
        f"{line}\n\nPhú Yên: thêm xã về đích\n\nĐến nay toàn tỉnh có 45/88 xã đạt chuẩn.\n"
    )
    assert report.date == date
    assert report.period == date[:4]


def test_a_sentence_opening_with_a_date_in_words_is_an_event_not_the_pages_date() -> None:
    report = read(
        "Huyện về đích\n\nNgày 12 tháng 8 năm 2021, UBND tỉnh công nhận huyện Lục Ngạn đạt "
        "chuẩn nông thôn mới.\n"
    )
    assert report.date is None


# -- 7. the year of "năm nay", the years of "sau N năm", the lead's present --------------------


@pytest.mark.parametrize(
    ("headline", "year"),
    [
        ("Thành phố phấn đấu giải ngân xong vốn nông thôn mới trong tháng 10/2016", "2016"),
        ("Lục Ngạn phấn đấu giải ngân hết vốn nông thôn mới trong quý IV/2017", "2017"),
    ],
)
def test_this_year_is_the_year_the_headline_writes(make_document, headline: str, year: str) -> None:
    facts = facts_of(
        make_document,
        f"{headline}\n\nNăm nay, tổng vốn thực hiện chương trình là 2.400 triệu đồng.\n",
    )
    assert fact_at(facts, "2.400").period == year


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Yên Dũng huy động trên 600 tỷ đồng\nNgày đăng: 20/10/2019\n\nSau 8 năm thực hiện, "
            "đến nay Yên Dũng có 12 xã đạt chuẩn.\n\nTổng số vốn huy động hiện nay là trên 600 "
            "tỷ đồng, trong đó ngân sách huyện gần 50 tỷ đồng.\n",
            "2012-2019",
        ),
        (
            "Lục Ngạn sau 5 năm\nNgày đăng: 05/11/2020\n\nQua 5 năm triển khai, huyện Lục Ngạn "
            "có thêm 9 xã đạt chuẩn.\n\nTổng kinh phí huy động đạt 900 tỷ đồng.\n",
            "2016-2020",
        ),
    ],
)
def test_money_takes_the_years_the_lead_counts_up_to_now(
    make_document, text: str, span: str
) -> None:
    facts = facts_of(make_document, text)
    money = [f for f in facts if type(f).__name__ == "Funding"]
    assert money and {f.period for f in money} == {span}
    counts = [f for f in facts if type(f).__name__ == "Coverage"]
    assert counts and {f.period for f in counts} == {span[-4:]}  # a state is of now


@pytest.mark.parametrize(
    "later",
    [
        "Huyện Lâm Hà cũng được chọn làm điểm mô hình thông minh giai đoạn 2018 - 2025.",
        "Tỉnh cũng thí điểm mô hình làng thông minh giai đoạn 2019 - 2030.",
    ],
)
def test_a_later_schemes_span_does_not_date_the_state_the_lead_gives_now(
    make_document, later: str
) -> None:
    text = (
        "Cập nhật lúc 08:00, Thứ Ba, 10/09/2019 (GMT+7)\nThực hiện chương trình, đến nay, "
        f"toàn tỉnh Lâm Đồng đã có 90/116 xã đạt chuẩn nông thôn mới. {later}\n"
    )
    assert read_metadata(text).period == "2019"
    assert fact_at(facts_of(make_document, text), "90/116").period == "2019"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a recognition year opening a sentence, then a state at the start of a later year
        (
            "Xã Phước Hải: Thành tựu\n\nNăm 2016, xã được công nhận đạt chuẩn, thu nhập đạt "
            "27 triệu đồng/người/năm. Đến đầu năm 2019, thu nhập đạt 35 triệu đồng/người/năm.\n",
            "2019",
        ),
        (
            "Xã Tân Hà: Thành tựu\n\nNăm 2015, xã về đích nông thôn mới. Tính đến đầu năm 2018, "
            "tỷ lệ hộ nghèo của xã còn 2,4%.\n",
            "2018",
        ),
    ],
)
def test_a_state_at_the_start_of_a_year_is_that_years(text: str, period: str) -> None:
    assert read_metadata(text).period == period


# -- 8. the unit a level word stands for; a mistyped span; the plan's year -------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Thành phố phấn đấu giải ngân xong vốn nông thôn mới trong tháng 10/2016\n\n"
            "Năm nay, vốn hỗ trợ sản xuất cho phường Xuất Hóa là 200 triệu đồng.\n",
            "Bắc Kạn",
        ),
        (
            "Thị xã hoàn thành giải ngân vốn nông thôn mới năm 2019\n\n"
            "Năm nay, vốn cho phường Hương Vân và phường Tứ Hạ là 600 triệu đồng.\n",
            "Hương Trà",
        ),
    ],
)
def test_a_headline_speaking_of_itself_by_its_level_is_the_unit_holding_the_wards_named(
    text: str, unit: str
) -> None:
    report = read(text)
    assert report.unit is not None and (report.unit.name, report.unit.level) == (
        unit,
        Level.DISTRICT,
    )


@pytest.mark.parametrize(
    ("written", "period"),
    [("giai đoạn từ 206-2018", "2016-2018"), ("giai đoạn 207 - 2019", "2017-2019")],
)
def test_a_span_whose_first_year_lost_a_digit_is_read_back(written: str, period: str) -> None:
    text = (
        f"BPO - Kết quả thực hiện một số chỉ tiêu trong {written}, như sau:\n"
        f"Tính đến hết năm {period[-4:]}, toàn tỉnh có 30 xã đạt chuẩn. Theo kế hoạch đến hết "
        "năm 2020, toàn tỉnh có 56 xã đạt chuẩn.\n"
    )
    assert read_metadata(text).period == period


@pytest.mark.parametrize(
    "plan",
    [
        "Theo kế hoạch đến hết năm 2020, toàn tỉnh có 56 xã đạt chuẩn.",
        "Và theo kế hoạch thì đến hết năm 2021, bình quân đạt 16 tiêu chí/xã.",
    ],
)
def test_the_plans_year_is_not_the_texts_present(plan: str) -> None:
    text = f"Kết quả nửa đầu năm\n\nĐến hết năm 2018, toàn tỉnh có 30 xã đạt chuẩn. {plan}\n"
    assert read_metadata(text).period == "2018"


def test_a_province_named_under_a_national_heading_keeps_its_figures(make_document) -> None:
    facts = facts_of(
        make_document,
        "Nhìn lại chặng đường\n\nBài viết tổng hợp từ số liệu đã công bố của các bộ, ngành.\n"
        "I. KHÁI QUÁT CẢ NƯỚC\nTỉnh Hà Giang có 50 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo "
        "còn 20%.\nVốn tín dụng chiếm khoảng 55% tổng vốn huy động.\n",
    )
    assert place_of(fact_at(facts, "50 xã")) == "tỉnh Hà Giang"
    assert place_of(fact_at(facts, "20%")) == "tỉnh Hà Giang"
    assert place_of(fact_at(facts, "khoảng 55%")) == "cả nước"


@pytest.mark.parametrize(
    "opening",
    ["Trên phạm vi cả nước, đến nay", "Tính chung toàn quốc, hiện", "Cả nước, tính đến nay"],
)
def test_a_paragraph_with_the_country_as_its_topic_is_the_countrys_under_a_ranked_province(
    make_document, opening: str
) -> None:
    # a headline ranking one province: its figures are its own, the country's paragraph the
    # country's, sentence after sentence
    facts = facts_of(
        make_document,
        "Ninh Bình dẫn đầu cả nước về tỷ lệ xã đạt chuẩn\n\nNinh Bình hiện có 118/119 xã đạt "
        "chuẩn nông thôn mới. Tỉnh đã huy động 4.100 tỷ đồng.\n\n"
        f"{opening} có 6.300 xã đạt chuẩn nông thôn mới. Đã có 250 đơn vị cấp huyện được công "
        "nhận. Tổng nguồn lực huy động đạt khoảng 3,1 triệu tỷ đồng.\n",
    )
    assert place_of(fact_at(facts, "118/119")) == "tỉnh Ninh Bình"
    assert place_of(fact_at(facts, "Tỉnh đã huy động")) == "tỉnh Ninh Bình"
    assert place_of(fact_at(facts, "6.300")) == "cả nước"
    assert place_of(fact_at(facts, "Tổng nguồn lực")) == "cả nước"


# -- 9. a text naming no place, the country its subject late ---------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Cả nước có 9 tỉnh được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.",
        "Đến nay, cả nước đã có 310 đơn vị cấp huyện đạt chuẩn nông thôn mới.",
    ],
)
def test_a_text_naming_no_place_whose_country_speaks_late_is_the_countrys(
    make_document, closing: str
) -> None:
    """Rates against their targets with no place named, and the country the subject of a
    sentence only at the end: the country's figures (FACTS.md: national figures are "cả
    nước")."""
    text = (
        "Chương trình xây dựng nông thôn mới hoàn thành vượt các mục tiêu được giao.\n\n"
        "Tỷ lệ xã đạt chuẩn nông thôn mới là 81,2%/ chỉ tiêu 80%; tỷ lệ xã đạt chuẩn nâng cao "
        "là 41,5%/ chỉ tiêu 40%.\n\n"
        "Tỷ lệ huyện nông thôn mới nâng cao là 18%/ chỉ tiêu 15%.\n\n" + closing + "\n"
    )
    report = read(text)
    assert report.unit is not None and report.unit.level is Level.NATIONAL
    assert report.province is None
    rate = fact_at(facts_of(make_document, text), "81,2%")
    assert place_of(rate) == "cả nước"


def test_a_text_naming_its_own_unit_is_not_the_country_it_ranks_against() -> None:
    text = (
        "Tỷ lệ xã đạt chuẩn nông thôn mới của toàn tỉnh là 75%, vượt chỉ tiêu đề ra.\n\n"
        "Cả nước có 12 tỉnh được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.\n"
    )
    report = read(text)
    assert report.unit is None or report.unit.level is not Level.NATIONAL
