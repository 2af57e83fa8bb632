"""When a fact is (FACTS.md, "When and where a fact is, decided"), in three classes unseen
texts dated wrong: an undated rate after a dated sentence of its paragraph, money over a
span written without "từ" or split by year in brackets, and a news article dated only by
its closing credit line. Every example is our own wording.
"""

from __future__ import annotations

import pytest
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Funding, Percentage
from baocao.vocab.periods import parse_period


def header(year: int = 2021) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nHUYỆN NGHĨA HƯNG\nSố: 41/BC-UBND\n"
        f"Nghĩa Hưng, ngày 10 tháng 12 năm {year}\nBÁO CÁO\n"
        f"Kết quả xây dựng nông thôn mới năm {year}\n\nI. KẾT QUẢ\n"
    )


def rates(make_document, body: str) -> dict[float, str | None]:
    _, facts = facts_of(make_document, header() + body)
    return {float(f.value): f.period for f in facts if isinstance(f, Percentage)}


# -- 1. rates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the nearest earlier sentence of the paragraph that dates itself
        (
            "Trong năm 2019, huyện tập trung giảm nghèo bền vững. Tỷ lệ hộ nghèo chỉ còn "
            "3,4%. Tỷ lệ hộ dùng nước hợp vệ sinh đạt 96%.\n",
            {3.4: "2019", 96.0: "2019"},
        ),
        (
            "Đến cuối năm 2020, các xã hoàn thành tiêu chí y tế. Tỷ lệ tham gia bảo hiểm y tế "
            "đạt 91,5%.\n",
            {91.5: "2020"},
        ),
        # the present said, in its own sentence or between: the text's own time
        (
            "Năm 2018, huyện làm điểm nhiều mô hình. Hiện nay tỷ lệ hộ nghèo còn 2,2%.\n",
            {2.2: "2021"},
        ),
        # a sentence opening on "Hiện" is the present too, whatever follows the adverb
        (
            "Năm 2019, tỉnh phát động phong trào thi đua mới. Hiện tỷ lệ hộ nghèo toàn huyện "
            "chỉ còn 1,8%.\n",
            {1.8: "2021"},
        ),
        # the old value's year of a change is no time to go on in either
        (
            "Tỷ lệ hộ nghèo giảm từ 9,4% năm 2016 xuống còn 3,3%. Thu nhập bình quân tăng lên "
            "41 triệu đồng/người/năm, gấp đôi so với trước.\n",
            {9.4: "2016", 3.3: "2021", 41.0: "2021"},
        ),
        # a comparison base is no time to go on in
        (
            "So với năm 2016, đời sống nhân dân khá lên rõ rệt. Tỷ lệ hộ nghèo còn 2,6%.\n",
            {2.6: "2021"},
        ),
        # another paragraph's year is not carried
        (
            "Năm 2018, huyện làm điểm nhiều mô hình.\n\nTỷ lệ lao động qua đào tạo đạt 68%.\n",
            {68.0: "2021"},
        ),
    ],
)
def test_an_undated_rate_goes_on_in_its_paragraphs_last_year(
    make_document, body: str, want: dict[float, str]
) -> None:
    assert rates(make_document, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Năm 2020 tỷ lệ hộ nghèo của huyện còn 1,9%.\n", {1.9: "2020"}),
        (
            "Tỷ lệ hộ nghèo giảm từ 6,1% (năm 2015) xuống còn 2,05% (năm 2020).\n",
            {6.1: "2015", 2.05: "2020"},
        ),
        ("Tỷ lệ lao động qua đào tạo đạt 66%, tăng 2% so với cùng kỳ.\n", {66.0: "2021"}),
    ],
)
def test_a_rate_takes_its_own_clauses_year_not_a_base(
    make_document, body: str, want: dict[float, str]
) -> None:
    got = rates(make_document, body)
    assert {k: got[k] for k in want} == want


# -- 2. money over a span ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "now", "want"),
    [
        ("Năm 2017 đến 2019 huy động", 2021, "2017-2019"),
        ("năm 2016 đến năm 2020", 2021, "2016-2020"),
        ("Năm 2012 đến nay", 2022, "2012-2022"),
        # the year so far stays one year
        ("từ đầu năm 2023 đến nay", 2024, "2023"),
    ],
)
def test_a_span_written_without_tu(written: str, now: int, want: str) -> None:
    assert parse_period(written, now=now) == want


def test_money_over_a_span_without_tu_is_of_the_span(make_document) -> None:
    body = "Năm 2017 đến 2019, các xã huy động được 64 tỷ đồng để làm đường giao thông.\n"
    _, facts = facts_of(make_document, header() + body)
    assert [f.period for f in facts if isinstance(f, Funding)] == ["2017-2019"]


@pytest.mark.parametrize(
    "split",
    [
        "(năm 2020: 25 tỷ đồng, năm 2021: 37 tỷ đồng)",
        "(trong đó năm 2020 là 25 tỷ đồng; năm 2021 là 37 tỷ đồng)",
    ],
)
def test_a_total_split_by_year_in_brackets_is_of_the_span(make_document, split: str) -> None:
    body = f"Tổng kinh phí thực hiện đạt 62 tỷ đồng {split}.\n"
    _, facts = facts_of(make_document, header() + body)
    periods = sorted((f.amount_vnd, f.period) for f in facts if isinstance(f, Funding))
    assert periods == [
        (25_000_000_000, "2020"),
        (37_000_000_000, "2021"),
        (62_000_000_000, "2020-2021"),
    ]


# -- 3. a news article dated by its closing credit --------------------------------------------

_FILLER = (
    "Người dân hiến đất mở rộng đường làng, chỉnh trang hàng rào, cổng ngõ; các chi hội "
    "phụ nữ nhận chăm sóc những tuyến đường hoa. "
) * 6


@pytest.mark.parametrize(
    "credit",
    [
        "(Theo Báo Hà Tĩnh, 12/3/2022)",
        "Nguồn: Cổng TTĐT huyện Can Lộc, ngày 12-3-2022",
        "Cập nhật lúc 9:30 ngày 12.03.2022",
        "Minh Châu (Đài PT-TH Hà Tĩnh) - 12/3/2022",
    ],
)
def test_a_closing_credit_dates_an_article_with_no_date_at_its_top(
    make_document, credit: str
) -> None:
    text = (
        "Can Lộc thêm xã về đích nông thôn mới\n\n"
        + _FILLER
        + "\n\nNăm nay, huyện Can Lộc có thêm 2 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo "
        "còn 2,8%.\n\n" + _FILLER + f"\n\n{credit}\n"
    )
    report, facts = facts_of(make_document, text)
    assert report.date == "2022-03-12"
    assert {f.period for f in facts if isinstance(f, (Coverage, Percentage))} == {"2022"}


def test_a_decisions_date_at_the_end_dates_nothing(make_document) -> None:
    text = (
        "Can Lộc thêm xã về đích nông thôn mới\n\n"
        + _FILLER
        + "\n\nHuyện có thêm 2 xã đạt chuẩn nông thôn mới.\n\n"
        + _FILLER
        + "\n\nTheo Quyết định số 15/QĐ-UBND ngày 12/3/2022\n"
    )
    report, _ = facts_of(make_document, text)
    assert report.date is None


# -- 4. a review that dates all its money by spans ---------------------------------------------


def _review(*, spans: bool) -> str:
    first, second = ("Giai đoạn 2011-2015", "Giai đoạn 2016-2020") if spans else ("Năm 2020", "")
    body = (
        "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 7/BC-UBND\nKim Sơn, ngày 5 tháng 3 năm 2021\n"
        "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2021\n\n"
        "I. NGUỒN LỰC\nTổng kinh phí đã huy động giai đoạn 2011-2020: 800 tỷ đồng.\n"
        f"1. {first}: 300 tỷ đồng.\n"
    )
    if second:
        body += f"2. {second}: 500 tỷ đồng.\n"
    return body + (
        "\nII. KẾT QUẢ TỪNG TIÊU CHÍ\nHuyện xây mới 3 chợ nông thôn với kinh phí 14 tỷ đồng. "
        "Các xã dành khoảng 15% nguồn ngân sách cho trường học.\n"
    )


def test_undated_money_in_a_review_by_spans_is_of_the_span_reviewed(make_document) -> None:
    _, facts = facts_of(make_document, _review(spans=True))
    money = {f.amount_vnd // 10**9: f.period for f in facts if isinstance(f, Funding)}
    share = [f.period for f in facts if isinstance(f, Percentage) and f.value == 15]
    assert money[14] == "2011-2020"
    assert share == ["2011-2020"]


def test_undated_money_stays_the_reports_when_it_dates_money_by_one_year(make_document) -> None:
    _, facts = facts_of(make_document, _review(spans=False))
    money = {f.amount_vnd // 10**9: f.period for f in facts if isinstance(f, Funding)}
    assert money[14] == "2021"


def test_a_sentence_ending_with_a_date_is_no_credit(make_document) -> None:
    text = (
        "Can Lộc thêm xã về đích nông thôn mới\n\n"
        + _FILLER
        + "\n\nHuyện có thêm 2 xã đạt chuẩn nông thôn mới.\n\n"
        + _FILLER
        + "\n\nỦy ban nhân dân huyện đã có văn bản thông báo kết quả thẩm định cho các xã "
        "vào ngày 12/3/2022\n"
    )
    report, _ = facts_of(make_document, text)
    assert report.date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Giai đoạn 2016 - 2019, toàn tỉnh giảm 12.000 hộ nghèo, tỷ lệ hộ nghèo giảm từ 38,4% "
        "xuống còn 21,5%.",
        "Trong giai đoạn 2016-2019, tỷ lệ hộ nghèo của tỉnh giảm từ 38,4% đầu giai đoạn xuống "
        "còn 21,5%.",
    ],
)
def test_the_old_value_of_a_change_over_a_span_is_of_the_span_start(
    make_document, sentence: str
) -> None:
    text = f"Tỉnh Lai Châu: nông thôn mới khởi sắc\n\n{sentence}\n"
    _, facts = facts_of(make_document, text, name="tin.txt")
    periods = {f.value: f.period for f in facts if isinstance(f, Percentage)}
    assert periods == {38.4: "2016", 21.5: "2016-2019"}
