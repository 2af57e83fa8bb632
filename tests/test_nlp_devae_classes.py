"""Classes of wording from development set AE (ninth session: news where time and place are
tricky), each in our own words: a date in brackets glued to a title; … The examples are our
own; the set's texts stay outside the repository."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of

from baocao.model import Fact, Level
from baocao.nlp.metadata import read_metadata


def _place(fact: Fact) -> str:
    record = fact.to_record()
    return str(record.get("subject") or record.get("region"))


# -- 1. a story list's date glued to its title ---------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "Huyện Đông Hưng về đích nông thôn mới(14/03/2021)\n\nHuyện Đông Hưng hiện có 40 xã "
            "đạt chuẩn nông thôn mới.\n",
            "2021-03-14",
        ),
        (
            "Thái Bình vượt chỉ tiêu xây dựng nông thôn mới (05/11/2019)\n\nTỉnh Thái Bình có "
            "thêm 12 xã đạt chuẩn.\n",
            "2019-11-05",
        ),
    ],
)
def test_a_date_in_brackets_after_a_title_dates_the_text(text: str, date: str) -> None:
    assert read_metadata(text).date == date


def test_a_state_date_in_brackets_after_a_title_is_no_byline() -> None:
    # twin: "tính đến" before it makes it the date of a state, not of writing
    text = "Kết quả nông thôn mới tính đến (30/6/2019)\n\nHuyện Vũ Thư có 20 xã đạt chuẩn.\n"
    assert read_metadata(text).date is None


# -- 2. a district whose own name opens with a village word ----------------------------------


def test_a_district_named_buon_is_no_village(make_document: MakeDocument) -> None:
    text = (
        "Đắk Lắk giao chỉ tiêu năm 2021\n\nTỉnh Đắk Lắk có 70 xã đạt chuẩn. Riêng các huyện "
        "Krông Bông, Buôn Đôn phấn đấu có 40% số thôn, buôn biên giới đạt chuẩn. Thị xã Buôn "
        "Hồ có 7 xã đạt chuẩn nông thôn mới.\n"
    )
    places = {_place(f) for f in facts_of(make_document, text)}
    assert {"huyện Krông Bông", "huyện Buôn Đôn", "thị xã Buôn Hồ"} <= places
    assert not any(p.startswith("buôn") for p in places)


def test_a_village_called_buon_still_is_one(make_document: MakeDocument) -> None:
    # twin: "buôn" before another name is a village of the commune
    text = (
        "Xã Ea Tul về đích\n\nXã Ea Tul có 12/12 buôn đạt chuẩn văn hóa. Riêng buôn Tring có "
        "95% hộ dùng nước sạch.\n"
    )
    places = {_place(f) for f in facts_of(make_document, text)}
    assert "buôn Tring" in places


# -- 3. the present as a comparison base inside a goal list ------------------------------------


@pytest.mark.parametrize(
    "base", ["so với hiện tại", "so với hiện nay", "so với thời điểm hiện nay"]
)
def test_the_present_as_a_comparison_base_keeps_a_goals_year(
    make_document: MakeDocument, base: str
) -> None:
    text = (
        "Hà Tĩnh đặt mục tiêu mới\n\nToàn tỉnh Hà Tĩnh có 180/216 xã đạt chuẩn. Phấn đấu đến "
        f"cuối năm 2025, có thêm 4 huyện đạt chuẩn, nhiều hơn 3 huyện {base}, 85% số xã đạt "
        "chuẩn nông thôn mới, 30% số xã đạt chuẩn nâng cao.\n"
    )
    shares = {
        f.to_record()["value"]: f.period
        for f in facts_of(make_document, text)
        if f.kind == "percentage"
    }
    assert shares == {85.0: "2025", 30.0: "2025"}


def test_the_present_returned_to_still_ends_a_goal(make_document: MakeDocument) -> None:
    # twin: "hiện nay" opening its own clause is the present, not the goal's year
    text = (
        "Hà Tĩnh đặt mục tiêu mới\n\nPhấn đấu đến cuối năm 2025 có 90% số xã đạt chuẩn; hiện nay "
        "tỉnh Hà Tĩnh có 83% số xã đạt chuẩn nông thôn mới.\n"
    )
    shares = {
        f.to_record()["value"]: f.period
        for f in facts_of(make_document, text)
        if f.kind == "percentage"
    }
    assert shares[90.0] == "2025"
    assert shares[83.0] != "2025"


# -- 4. a place in a ranking is no K of N -------------------------------------------------


@pytest.mark.parametrize(
    "ranked",
    ["xếp thứ 12/63 tỉnh, thành phố về kết quả", "đứng thứ 3/11 huyện trong tỉnh về tiến độ"],
)
def test_a_rank_among_units_is_no_coverage(make_document: MakeDocument, ranked: str) -> None:
    text = (
        "Kết quả nông thôn mới\n\nToàn tỉnh Bình Phước đã có 60/90 xã đạt chuẩn nông thôn mới, "
        f"{ranked} xây dựng nông thôn mới.\n"
    )
    ratios = {
        (f.to_record()["units_met"], f.to_record()["units_total"])
        for f in facts_of(make_document, text)
        if f.kind == "coverage"
    }
    assert ratios == {(60, 90)}


def test_an_ordinal_of_units_reaching_the_standard_is_still_coverage(
    make_document: MakeDocument,
) -> None:
    # twin: "xã thứ K/N … đạt chuẩn" is the K-th unit reaching the standard (decided)
    text = "Xã Tân Lập về đích\n\nXã Tân Lập là xã thứ 40/90 của tỉnh đạt chuẩn nông thôn mới.\n"
    ratios = {
        (f.to_record()["units_met"], f.to_record()["units_total"])
        for f in facts_of(make_document, text)
        if f.kind == "coverage"
    }
    assert ratios == {(40, 90)}


# -- 5. communes the province recognised, then the province's tally -------------------------

_RECOGNISED = (
    "Thêm 3 xã về đích nông thôn mới\n\nChủ tịch UBND tỉnh vừa ký quyết định công nhận 3 xã "
    "đạt chuẩn nông thôn mới năm 2021, gồm: Tây Giang (Tiền Hải), Minh Lãng (Vũ Thư), Đông "
    "Hợp (Đông Hưng).\n"
)


def test_recognised_communes_before_the_provinces_tally_are_the_provinces_news(
    make_document: MakeDocument,
) -> None:
    text = _RECOGNISED + (
        "Theo Văn phòng điều phối tỉnh, bình quân các xã trên địa bàn Thái Bình đạt 18,5 tiêu "
        "chí. Đến nay, toàn tỉnh đã có 240/260 xã được công nhận đạt chuẩn.\n"
    )
    meta = read_metadata(text)
    assert meta.unit is not None and meta.unit.level is Level.PROVINCE
    assert meta.units == ()
    regions = {_place(f) for f in facts_of(make_document, text) if f.kind == "coverage"}
    assert regions == {"tỉnh Thái Bình"}


def test_recognised_communes_alone_stay_the_texts_units() -> None:
    # twin: no tally of the province's own, the communes are what the text is about
    text = _RECOGNISED + "Các xã đã huy động hơn 90 tỷ đồng cho chương trình.\n"
    meta = read_metadata(text)
    assert [p.name for p in meta.units] == ["Tây Giang", "Minh Lãng", "Đông Hợp"]


# -- 6. a place written bare as a goal's subject, after a clause naming other places ----------


def test_a_bare_subject_of_a_goal_beats_the_places_of_the_clause_before(
    make_document: MakeDocument,
) -> None:
    text = (
        "Bình Phước: 8 xã đạt chuẩn nông thôn mới nâng cao năm 2022\n\nTỉnh Bình Phước vừa "
        "công nhận 8 xã đạt chuẩn nông thôn mới nâng cao năm 2022.\n\nNăm 2023, cùng với việc "
        "nâng chất tiêu chí trường học của 3 xã Tân Lợi (Hớn Quản), Minh Hưng (Chơn Thành) và "
        "Đa Kia (Bù Gia Mập), Bình Phước tiếp tục phấn đấu có ít nhất 5 xã đạt chuẩn nâng cao, "
        "tiến tới năm 2025 có 40% số xã đạt chuẩn nâng cao.\n"
    )
    facts = facts_of(make_document, text)
    goal = next(f for f in facts if f.kind == "coverage" and f.to_record()["units_met"] == 5)
    share = next(f for f in facts if f.kind == "percentage")
    assert (_place(goal), goal.period) == ("tỉnh Bình Phước", "2023")
    assert (_place(share), share.period) == ("tỉnh Bình Phước", "2025")


def test_a_place_named_after_the_bare_subject_still_wins(make_document: MakeDocument) -> None:
    # twin: a clause naming its own place after the bare subject's is that place's
    text = (
        "Bình Phước đặt mục tiêu năm 2023\n\nTỉnh Bình Phước có 80/90 xã đạt chuẩn. Năm 2023, "
        "Bình Phước phấn đấu có thêm 5 xã đạt chuẩn nâng cao, huyện Lộc Ninh có 9/16 xã đạt "
        "chuẩn nâng cao.\n"
    )
    regions = {
        f.to_record()["units_met"]: _place(f)
        for f in facts_of(make_document, text)
        if f.kind == "coverage"
    }
    assert regions == {80: "tỉnh Bình Phước", 5: "tỉnh Bình Phước", 9: "huyện Lộc Ninh"}


# -- 7. a commune of the sentence before is not carried past a sentence of the district ------


def test_a_districts_own_sentence_stops_a_commune_carried_over(
    make_document: MakeDocument,
) -> None:
    text = (
        "Huyện Ba Chẽ quyết tâm về đích\n\nMột doanh nghiệp trao 50 tấn xi măng cho huyện Ba "
        "Chẽ. Tính đến hết năm 2021, huyện có 5/7 xã đạt chuẩn. Trong đó, xã Thanh Sơn cơ bản "
        "đạt chuẩn nâng cao. Để hoàn thành mục tiêu trở thành huyện nông thôn mới trong năm "
        "2022, Ba Chẽ đặt ra các chỉ tiêu: phấn đấu có 7/7 xã đạt chuẩn, có thêm xã Nam Sơn đạt "
        "chuẩn nâng cao; hoàn thành 9 tiêu chí huyện đạt chuẩn; nâng chất 20 thôn đạt chuẩn "
        "theo bộ tiêu chí mới.\n"
    )
    facts = facts_of(make_document, text)
    places = {_place(f) for f in facts if f.kind in ("coverage", "criteria_count")}
    assert not {"xã Thanh Sơn", "xã Nam Sơn"} & places
    villages = next(f for f in facts if f.kind == "coverage" and f.to_record()["units_met"] == 20)
    assert _place(villages) == "huyện Ba Chẽ"


def test_villages_after_a_communes_sentence_are_still_its_own(make_document: MakeDocument) -> None:
    # twin: nothing above the commune in between, the villages are the commune's
    text = (
        "Huyện Ba Chẽ quyết tâm về đích\n\nHuyện Ba Chẽ có 5/7 xã đạt chuẩn. Xã Thanh Sơn là xã "
        "đầu tiên của huyện về đích. Năm 2022, 8/8 thôn đạt chuẩn khu dân cư văn hóa.\n"
    )
    villages = next(
        f
        for f in facts_of(make_document, text)
        if f.kind == "coverage" and f.to_record()["units_met"] == 8
    )
    assert _place(villages) == "xã Thanh Sơn"


# -- 8. a part after "trong đó" is not the whole it breaks down --------------------------------


def test_a_district_after_trong_do_owns_its_share(make_document: MakeDocument) -> None:
    text = (
        "Tin nông thôn mới\n\nTỉnh Bình Phước có 80/90 xã đạt chuẩn. Toàn tỉnh có 2 trên 11 đơn "
        "vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới chiếm 18,18%, trong đó huyện "
        "Lộc Ninh có 100% số xã đạt chuẩn nông thôn mới.\n"
    )
    share = next(
        f
        for f in facts_of(make_document, text)
        if f.kind == "percentage" and f.to_record()["value"] == 100
    )
    assert _place(share) == "huyện Lộc Ninh"


def test_the_whole_said_after_a_district_is_still_the_whole(make_document: MakeDocument) -> None:
    # twin: with no breakdown, the district named before the whole is a speaker's, not the subject
    text = (
        "Tin nông thôn mới\n\nTỉnh Bình Phước có 80/90 xã đạt chuẩn. Theo Chủ tịch UBND huyện "
        "Lộc Ninh, toàn tỉnh có 89% số xã đạt chuẩn nông thôn mới.\n"
    )
    share = next(f for f in facts_of(make_document, text) if f.kind == "percentage")
    assert _place(share) == "tỉnh Bình Phước"


# -- 9. the unit's word written again before the standard it is recognised as ------------------
# (a bare "N xã đạt xã NTM kiểu mẫu" is left: the seeds' gold reads a goal so worded as none)


@pytest.mark.parametrize(
    "statement, met",
    [
        ("48 xóm được UBND cấp huyện công nhận đạt xóm nông thôn mới kiểu mẫu", 48),
        ("21 thôn được công nhận là thôn nông thôn mới kiểu mẫu", 21),
    ],
)
def test_units_reaching_their_own_kind_of_standard_are_coverage(
    make_document: MakeDocument, statement: str, met: int
) -> None:
    text = f"Tin nông thôn mới\n\nNăm 2023, toàn tỉnh Hà Giang có {statement}.\n"
    counts = [
        f.to_record()["units_met"] for f in facts_of(make_document, text) if f.kind == "coverage"
    ]
    assert counts == [met]


def test_units_reaching_another_title_are_no_coverage(make_document: MakeDocument) -> None:
    # twin: a title other than the standard, with the unit's word again, is no coverage
    text = (
        "Tin nông thôn mới\n\nNăm 2023, toàn tỉnh Hà Giang có 30 xóm đạt xóm an toàn giao thông.\n"
    )
    assert [f for f in facts_of(make_document, text) if f.kind == "coverage"] == []


# -- 10. the goal a result beats, with its count ----------------------------------------------


@pytest.mark.parametrize(
    "beaten, period",
    [
        ("vượt chỉ tiêu giai đoạn 2016 - 2020 (chỉ tiêu là 45 xã)", "2020"),
        ("vượt kế hoạch năm 2019 là 45 xã", "2019"),
    ],
)
def test_the_goal_a_result_beats_is_a_goal_of_its_own(
    make_document: MakeDocument, beaten: str, period: str
) -> None:
    text = f"Tin nông thôn mới\n\nTỉnh Đồng Nai hiện có 52 xã đạt chuẩn nông thôn mới, {beaten}.\n"
    goals = [
        (f.to_record()["units_met"], f.to_record().get("target"), f.period)
        for f in facts_of(make_document, text)
        if f.kind == "coverage" and f.to_record()["units_met"] == 45
    ]
    assert goals == [(45, True, period)]


def test_a_goal_beaten_by_something_else_is_no_coverage(make_document: MakeDocument) -> None:
    # twin: a result that is no unit reaching the standard gives its goal no coverage
    text = "Tin nông thôn mới\n\nNăm 2019, tỉnh hỗ trợ 52 xã làm đường, vượt kế hoạch là 45 xã.\n"
    assert [f for f in facts_of(make_document, text) if f.kind == "coverage"] == []


# -- 11. a unit's name with a syllable left in small letters --------------------------------


def test_a_lead_naming_its_district_with_a_slip_of_case_is_that_district() -> None:
    text = (
        "Phú giáo là huyện nông thôn của tỉnh Bình Dương có 10 xã và 1 thị trấn. Đến nay, "
        "huyện có 10/10 xã đạt chuẩn nông thôn mới.\n"
    )
    meta = read_metadata(text)
    assert meta.unit is not None
    assert (meta.unit.name, meta.unit.level) == ("Phú Giáo", Level.DISTRICT)


def test_words_before_la_huyen_that_name_no_district_are_no_unit() -> None:
    # twin: the map knows no such district, so the words are no name
    text = (
        "Vùng đất này là huyện có nhiều xã khó khăn. Đến nay, huyện có 6/12 xã đạt chuẩn "
        "nông thôn mới.\n"
    )
    meta = read_metadata(text)
    assert meta.unit is None or meta.unit.name != "Vùng Đất Này"
