"""Where a document and each of its facts are (issue 8, item 5): the document's unit and
province when the text has no header, and the place each fact is about (FACTS.md: "the
nearest place the sentence, its list or its heading names, else the reporting unit")."""

from __future__ import annotations

import io
import json

from readfacts import place_of
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, CriteriaCount, Funding, Level, Percentage
from baocao.nlp.metadata import read_metadata
from baocao.nlp.places import places_within

# -- a text cut from mid-article: its province from how it speaks of itself -------------------


def test_a_province_written_bare_as_the_subject_of_its_sentences() -> None:
    text = (
        "Trong năm qua, Tuyên Quang đã huy động trên 1.200 tỷ đồng cho xây dựng nông thôn "
        "mới. Đến nay, toàn tỉnh có 62 xã đạt chuẩn. Tuyên Quang phấn đấu có thêm 9 xã.\n"
    )
    raw = read_metadata(text)
    assert raw.province is not None and raw.province.name == "Tuyên Quang"
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE


def test_an_unnamed_province_is_the_one_whose_communes_and_districts_it_counts(
    make_document,
) -> None:
    # no place named anywhere: 139 rural communes and 10 districts are Cao Bằng's alone
    text = (
        "Toàn tỉnh có 10/10 đơn vị cấp huyện triển khai chương trình, 98/139 xã đạt chuẩn "
        "nông thôn mới. Đến nay, trên địa bàn toàn tỉnh có 139/139 xã đạt tiêu chí số 4 về "
        "điện.\n"
    )
    report, facts = facts_of(make_document, text)
    assert report.province is not None and report.province.code == "04"
    assert report.unit is not None and report.unit.level is Level.PROVINCE
    assert {place_of(f) for f in facts if isinstance(f, Coverage)} == {"tỉnh Cao Bằng"}


def test_one_total_alone_names_no_province() -> None:
    # 121 xã fit two provinces, and a count of an older map may fit a wrong one: no guess
    text = "Đến nay, toàn tỉnh có 77/121 xã đạt chuẩn nông thôn mới.\n"
    assert read_metadata(text).province is None
    # the district count must fit the same province: 139 xã with 7 districts fits none
    text = "Toàn tỉnh có 7/7 huyện tham gia, 98/139 xã đạt chuẩn nông thôn mới.\n"
    assert read_metadata(text).province is None


# -- a count no place of that size can hold -----------------------------------------------


def test_a_count_too_large_for_the_district_named_before_is_the_provinces(make_document) -> None:
    text = (
        "Nghệ An tăng tốc về đích\n\n"
        "Thời gian qua, huyện Yên Thành đã tập trung làm đường giao thông. Đến nay có "
        "302/411 xã đạt tiêu chí số 2 về giao thông, 27/39 xã của huyện đạt chuẩn.\n"
        "Năm 2023, thị xã Hoàng Mai hoàn thành nhiệm vụ. Có 96 xã đạt chuẩn nâng cao.\n"
    )
    _, facts = facts_of(make_document, text)
    by_met = {f.units_met: f for f in facts if isinstance(f, Coverage)}
    # no district of Nghệ An has ever had 411 communes, nor 96
    assert (by_met[302].region, by_met[302].region_code) == ("tỉnh Nghệ An", "40")
    assert by_met[96].region == "tỉnh Nghệ An"
    # a count the district can hold stays the district's
    assert by_met[27].region == "huyện Yên Thành"


def test_a_count_of_communes_is_no_communes(make_document) -> None:
    # a commune holds no communes: the total it is counted in is its district's
    text = (
        "Long An: Xã Mỹ Lạc về đích\n\n"
        "Xã Mỹ Lạc, huyện Thủ Thừa đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 5/12 "
        "xã đạt chuẩn nâng cao.\n"
    )
    _, facts = facts_of(make_document, text)
    [coverage] = [f for f in facts if isinstance(f, Coverage)]
    assert coverage.region == "huyện Thủ Thừa"


# -- a province's tag over a body about one commune ------------------------------------------


def test_a_province_tag_over_a_body_about_one_commune_is_the_communes(make_document) -> None:
    text = (
        "Bắc Giang: Niềm vui ở vùng cao\n\n"
        "Ngày 5/4/2024, UBND huyện Sơn Động tổ chức lễ đón nhận bằng công nhận xã An Lạc đạt "
        "chuẩn nông thôn mới. Những năm qua, xã đã huy động 25 tỷ đồng làm đường. Đến nay, xã "
        "đạt 19/19 tiêu chí, thu nhập bình quân đạt 40 triệu đồng/người/năm, tỷ lệ hộ nghèo "
        "còn 6,2%. Toàn tỉnh hiện có 145/182 xã đạt chuẩn.\n"
    )
    report, facts = facts_of(make_document, text)
    assert report.unit is not None and (report.unit.level, report.unit.name) == (
        Level.COMMUNE,
        "An Lạc",
    )
    # the tag names the province: dozens of communes share the commune's name
    assert report.province is not None and report.province.name == "Bắc Giang"

    def place(kind, unit=None):
        [found] = [
            place_of(f)
            for f in facts
            if isinstance(f, kind) and (unit is None or getattr(f, "unit", None) == unit)
        ]
        return found

    assert place(CriteriaCount) == "xã An Lạc"
    assert place(Funding) == "xã An Lạc"
    assert place(Percentage, "%") == place(Percentage, "triệu đồng/người/năm") == "xã An Lạc"
    assert place(Coverage) == "tỉnh Bắc Giang"  # "toàn tỉnh" is the province's


def test_the_commune_the_body_comes_back_to_over_one_named_in_passing() -> None:
    text = (
        "Hòa Bình: Bản làng vùng cao đổi thay\n\n"
        "Xã Tân Dân, huyện Mai Châu vừa được công nhận đạt chuẩn nông thôn mới. Cùng với xã "
        "Phúc Sạn, đây là một trong những xã vùng cao đầu tiên của huyện về đích. Những năm "
        "qua, xã Tân Dân đã huy động 30 tỷ đồng. Đến nay, xã đạt 19/19 tiêu chí.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.level, raw.unit.name) == (Level.COMMUNE, "Tân Dân")


def test_a_headline_opening_with_its_province_untagged_over_one_commune() -> None:
    text = (
        "Hòa Bình thêm một xã vùng cao về đích nông thôn mới\n\n"
        "Xã Tân Dân được công nhận đạt chuẩn. Xã Tân Dân đạt 19/19 tiêu chí. Hiện tỉnh có 75 "
        "xã đạt chuẩn nông thôn mới.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and (raw.unit.level, raw.unit.name) == (Level.COMMUNE, "Tân Dân")
    # the headline's province, not the other province a "Tân Dân" alone would resolve to
    assert raw.province is not None and raw.province.name == "Hòa Bình"
    # a headline on the province's own doings stays the province's, whatever commune the
    # body takes as its example
    text = (
        "Quảng Nam quyết chi 100 tỷ đồng cho vùng cao\n\n"
        "Xã Tam Xuân được chọn làm điểm. Xã Tam Xuân đã làm 10 km đường.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE


def test_a_tag_over_a_headline_counting_communes_keeps_the_province() -> None:
    # one commune named twice as an example does not make "60 xã đạt chuẩn" a commune's news
    text = (
        "Lai Châu: 60 xã đạt chuẩn nông thôn mới\n\n"
        "Đến nay toàn tỉnh Lai Châu có 60 xã đạt chuẩn. Xã Bản Bo là xã đầu tiên đạt chuẩn "
        "nâng cao; xã Bản Bo có thu nhập bình quân 45 triệu đồng/người/năm.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE
    # nor does a district's news that names one of its communes
    text = (
        "Nghệ An: Về đích sớm hai năm\n\n"
        "Huyện Yên Thành có 38/38 xã đạt chuẩn. Xã Hoa Thành đạt chuẩn kiểu mẫu. Toàn huyện "
        "đã huy động 2.000 tỷ đồng; huyện đang hoàn thiện hồ sơ.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.DISTRICT


# -- communes listed before the district they lie in -------------------------------------------


def test_communes_listed_before_their_district_are_that_districts() -> None:
    assert places_within("Tỉnh có 2 xã vùng cao là Nam Sơn và Bắc Sơn, huyện Quỳ Hợp về đích.") == (
        ("xã Nam Sơn", "huyện Quỳ Hợp"),
        ("xã Bắc Sơn", "huyện Quỳ Hợp"),
    )
    assert places_within("gồm xã Vĩnh Tú, Vĩnh Thủy (huyện Vĩnh Linh) và xã Cam Thành") == (
        ("xã Vĩnh Tú", "huyện Vĩnh Linh"),
        ("xã Vĩnh Thủy", "huyện Vĩnh Linh"),
    )
    assert places_within("xã Tân Thành thuộc thị xã Hoàng Mai") == (
        ("xã Tân Thành", "thị xã Hoàng Mai"),
    )
    # the district run on after the last name, with no comma
    assert places_within("2 xã Nam Sơn, Bắc Sơn huyện Quỳ Hợp") == (
        ("xã Nam Sơn", "huyện Quỳ Hợp"),
        ("xã Bắc Sơn", "huyện Quỳ Hợp"),
    )
    # the "xã" of a town is no commune; an agency's province is no list
    assert places_within("thị xã Hoàng Mai, huyện Quỳnh Lưu") == ()
    assert places_within("UBND tỉnh Nghệ An, huyện Quỳ Hợp") == ()
    # one name under two districts says nothing
    assert places_within("xã Nam Sơn, huyện Quỳ Hợp; xã Nam Sơn, huyện Đô Lương") == ()


def test_a_listed_commune_resolves_in_its_district_wherever_named(make_document) -> None:
    # Nghệ An has a Nam Sơn and a Bắc Sơn in Quỳ Hợp and in Đô Lương
    text = (
        "Nghệ An: Niềm vui miền núi\n\n"
        "Năm 2023, tỉnh có 2 xã miền núi là Nam Sơn và Bắc Sơn, huyện Quỳ Hợp đạt chuẩn nông "
        "thôn mới. Xã Nam Sơn đạt 19/19 tiêu chí; xã Bắc Sơn có thu nhập bình quân 41 triệu "
        "đồng/người/năm.\n"
    )
    _, facts = facts_of(make_document, text)
    [count] = [f for f in facts if isinstance(f, CriteriaCount)]
    [income] = [f for f in facts if isinstance(f, Percentage)]
    assert (count.subject, count.subject_code) == ("xã Nam Sơn", "17086")
    assert (income.subject, income.subject_code) == ("xã Bắc Sơn", "17095")


# -- official names in views and exports ------------------------------------------------------


def test_a_misspelt_header_groups_with_the_official_spelling(tmp_path) -> None:
    from baocao.export import export_reports
    from baocao.pipeline import process_file
    from baocao.store import open_store

    header = (
        "ỦY BAN NHÂN DÂN\n{unit}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "{place}, ngày 10 tháng 12 năm {year}\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm "
        "{year}\n\nToàn thị xã có {met}/3 xã đạt chuẩn nông thôn mới.\n"
    )
    (tmp_path / "a.txt").write_text(
        header.format(unit="THỊ XÃ BIM SƠN", place="Bim Sơn", year=2019, met=2), "utf-8"
    )
    (tmp_path / "b.txt").write_text(
        header.format(unit="THỊ XÃ BỈM SƠN", place="Bỉm Sơn", year=2020, met=3), "utf-8"
    )
    with open_store(str(tmp_path / "p.db")) as store:
        for name in ("a.txt", "b.txt"):
            process_file(tmp_path / name, store=store)
        rows = store.query("SELECT document, region, region_code FROM v_coverage ORDER BY document")
        assert [(r["region"], r["region_code"]) for r in rows] == [("thị xã Bỉm Sơn", "381")] * 2
        reports = store.query("SELECT report_unit, report_unit_code FROM v_facts")
        assert {(r["report_unit"], r["report_unit_code"]) for r in reports} == {("Bỉm Sơn", "381")}
        out = io.StringIO()
        export_reports(store, out=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    # the name as written, and the official one every report of the town shares
    assert [(r["unit"], r["unit_official_name"], r["unit_code"]) for r in rows] == [
        ("Bim Sơn", "Bỉm Sơn", "381"),
        ("Bỉm Sơn", "Bỉm Sơn", "381"),
    ]


def test_provinces_listed_after_their_count_are_no_unit_and_counts_of_them_national(
    make_document,
) -> None:
    text = (
        "Kết quả xây dựng nông thôn mới\n\n"
        "Đến nay có 190 đơn vị cấp huyện đã được công nhận đạt chuẩn nông thôn mới. Có 9 tỉnh "
        "đã có 100% số xã đạt chuẩn, trong đó có 3 tỉnh Hà Nam, Nam Định, Hưng Yên đã được "
        "công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.\n"
    )
    assert read_metadata(text).province is None
    report, facts = facts_of(make_document, text)
    found = [(f.units_met, f.units_total, f.region) for f in facts if isinstance(f, Coverage)]
    assert found == [(190, None, "cả nước"), (9, None, "cả nước"), (3, 9, "cả nước")]
    # the 100% says which provinces are counted: no percentage of its own
    assert [f for f in facts if isinstance(f, Percentage)] == []


def test_a_whole_raised_after_a_commune_recognised_is_never_the_communes(make_document) -> None:
    # "thêm xã A được công nhận, nâng số xã … toàn tỉnh lên N": N is the province's; a text
    # that names its commune (one the map cannot place) but never its province leaves the
    # place unknown rather than giving the province's count to the commune
    unnamed = (
        "Thêm một xã về đích nông thôn mới\n"
        "Ngày 8/5/2024, có thêm xã Tân Hòa Thượng được công nhận đạt chuẩn nông thôn mới, nâng "
        "số xã đạt chuẩn toàn tỉnh lên 112 xã.\n"
    )
    named = unnamed.replace("toàn tỉnh", "toàn tỉnh Quảng Trị")
    for text, place in ((unnamed, None), (named, "tỉnh Quảng Trị")):
        _, facts = facts_of(make_document, text, name="tin.txt")
        [count] = [f for f in facts if isinstance(f, Coverage)]
        assert (count.units_met, place_of(count)) == (112, place)
