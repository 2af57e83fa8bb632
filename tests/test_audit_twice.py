"""One quantity stated twice in a report with two values (audit/twice.py): "12/18 xã đạt
chuẩn" in the summary and "13/18 xã đạt chuẩn" in the conclusion, a contribution of 25,3 tỷ
and then 23,5 tỷ, a rate of 2,1% and then 2,4%. Each case is a short report of our own, read
by the extractor; every wording that makes two figures two quantities has its negative."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted

from baocao.audit import audit_facts
from baocao.audit.twice import check_twice, load_twice, parse_twice
from baocao.errors import LexiconError
from baocao.model import Finding

_HEADER = (
    "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ\nBÁO CÁO\n"
    "Kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2023\n\n"
)


def twice(tmp_path: Path, body: str) -> list[Finding]:
    facts, extraction = extracted(tmp_path / "huong-khe.txt", _HEADER + body)
    return check_twice(facts, text=extraction.document.text, report=extraction.report)


# -- found -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind", "quote", "says"),
    [
        (  # the tally in the summary and again in the conclusion
            "I. TÌNH HÌNH CHUNG\nĐến nay toàn huyện có 15/21 xã đạt chuẩn nông thôn mới.\n\n"
            "II. KẾT LUẬN\nNăm 2023 huyện đã có 16/21 xã đạt chuẩn nông thôn mới.\n",
            "count_mismatch",
            "16/21 xã đạt chuẩn",
            "16/21 xã here, but 15/21 xã elsewhere",
        ),
        (  # the people's money in the opening and in the section on funding
            "Năm 2023 nhân dân đóng góp 18,6 tỷ đồng cho xây dựng nông thôn mới.\n\n"
            "3. Huy động nguồn lực\nTrong năm, nhân dân đóng góp 16,8 tỷ đồng.\n",
            "sum_mismatch",
            "16,8 tỷ đồng",
            "16,8 tỷ đồng here, but 18,6 tỷ đồng elsewhere",
        ),
        (  # one rate of one indicator, for one year and place
            "Năm 2023, tỷ lệ hộ nghèo toàn huyện còn 3,2%.\n\n"
            "Về tiêu chí hộ nghèo: tỷ lệ hộ nghèo còn 3,7%, đạt tiêu chí.\n",
            "percent_mismatch",
            "3,7%",
            "3,7% here, but 3,2% elsewhere",
        ),
        (  # a criterion's K/N in a paragraph and in the appendix grid's total row
            "Về trường học: có 2/3 xã đạt tiêu chí số 5.\n\n"
            "Phụ lục. Các tiêu chí của từng xã\n\n"
            "| TT | Xã | 1 | 5 |\n| 1 | Hà Linh | Đạt | Đạt |\n| 2 | Phúc Đồng | Đạt | Đạt |\n"
            "| 3 | Hương Trạch | Đạt | Đạt |\n| | Tổng cộng | 3 | 3/3 |\n",
            "count_mismatch",
            "Tổng cộng",
            "criterion 5",
        ),
    ],
)
def test_a_quantity_stated_twice_with_two_values(
    tmp_path: Path, body: str, kind: str, quote: str, says: str
) -> None:
    (f,) = twice(tmp_path, body)
    assert f.kind == kind and quote in f.quote and says in f.explain
    assert len(f.fact_ids) == 2  # both statements cited


def test_of_three_statements_the_one_against_the_other_two_is_flagged(tmp_path: Path) -> None:
    body = (
        "Đến nay toàn huyện có 15/21 xã đạt chuẩn nông thôn mới.\n\n"
        "Kết quả: năm 2023 có 14/21 xã đạt chuẩn nông thôn mới.\n\n"
        "Tóm lại, toàn huyện có 15/21 xã đạt chuẩn nông thôn mới.\n"
    )
    (f,) = twice(tmp_path, body)
    assert "14/21 xã here, but 15/21 xã" in f.explain


def test_the_full_audit_reports_it_once_with_the_other_checks(tmp_path: Path) -> None:
    body = (
        "Đến nay toàn huyện có 15/21 xã đạt chuẩn nông thôn mới.\n\n"
        "Tóm lại, năm 2023 có 16/21 xã đạt chuẩn nông thôn mới.\n"
    )
    facts, extraction = extracted(tmp_path / "huong-khe.txt", _HEADER + body)
    found = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    assert [(f.kind, f.quote) for f in found] == [
        ("count_mismatch", "16/21 xã đạt chuẩn nông thôn mới.")
    ]


# -- left alone ------------------------------------------------------------------------------

_TALLY = "Đến nay toàn huyện có 15/21 xã đạt chuẩn nông thôn mới.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # the same value, written with other decimals or in another unit
        "Tỷ lệ hộ nghèo còn 3,2%.\n\nVề tiêu chí hộ nghèo: tỷ lệ hộ nghèo còn 3,20%.\n",
        "Nhân dân đóng góp 18,6 tỷ đồng.\n\nPhần vốn: nhân dân đóng góp 18.600 triệu đồng.\n",
        # a rounding or a truncation of the finer figure
        "Tỷ lệ hộ nghèo còn 3,2%.\n\nVề tiêu chí hộ nghèo: tỷ lệ hộ nghèo còn 3,27%.\n",
        "Nhân dân đóng góp 18,6 tỷ đồng.\n\nPhần vốn: nhân dân đóng góp 18.649 triệu đồng.\n",
        # two years
        "Năm 2022 toàn huyện có 13/21 xã đạt chuẩn nông thôn mới.\n\n"
        "Năm 2023 toàn huyện có 15/21 xã đạt chuẩn nông thôn mới.\n",
        # a change, not a state
        _TALLY + "Riêng năm 2023 tăng thêm 3/21 xã đạt chuẩn nông thôn mới.\n",
        _TALLY + "Năm 2023 có thêm 2/21 xã đạt chuẩn nông thôn mới.\n",
        # a rank
        _TALLY + "Phúc Đồng là xã thứ 14/21 đạt chuẩn nông thôn mới của huyện.\n",
        # a part of the whole, or of a part of the communes
        _TALLY + "Trong đó, 11/21 xã đạt chuẩn trước năm 2020.\n",
        _TALLY + "Các xã miền núi có 6/21 xã đạt chuẩn nông thôn mới.\n",
        # an approximate or estimated figure
        "Nhân dân đóng góp 18,6 tỷ đồng.\n\nPhần vốn: nhân dân đóng góp khoảng 16 tỷ đồng.\n",
        "Tỷ lệ hộ nghèo còn 3,2%.\n\nVề tiêu chí hộ nghèo: tỷ lệ hộ nghèo còn gần 3,7%.\n",
        _TALLY + "Ước đến hết năm 2023 có 16/21 xã đạt chuẩn nông thôn mới.\n",
        # a goal and a result never conflict
        _TALLY + "Phấn đấu đến cuối năm 2023 có 17/21 xã đạt chuẩn nông thôn mới.\n",
        # another scheme
        _TALLY + "Năm 2023 có 5/21 xã đạt chuẩn nông thôn mới nâng cao.\n",
        # another time inside the year
        _TALLY + "Tính đến tháng 6/2023 có 14/21 xã đạt chuẩn nông thôn mới.\n",
        # another status: criteria completed against recognised
        "Đến nay có 15/21 xã được công nhận đạt chuẩn nông thôn mới.\n\n"
        "Năm 2023 có 16/21 xã hoàn thành 19 tiêu chí nông thôn mới.\n",
        # the year before
        _TALLY + "Cùng kỳ năm trước toàn huyện có 13/21 xã đạt chuẩn nông thôn mới.\n",
        # one sentence, or one list: a breakdown, not a restatement
        "Toàn huyện có 15/21 xã đạt chuẩn nông thôn mới; 16/21 xã đạt chuẩn về điện.\n",
        "Có 21/21 xã đạt chuẩn nông thôn mới, trong đó 9/21 xã được công nhận năm 2023.\n",
        # another place named before the figure
        _TALLY + "Huyện Vũ Quang có 8/21 xã đạt chuẩn nông thôn mới.\n",
        # two indicators of one criterion, neither said to be the criterion met
        "Tiêu chí số 8: có 21/21 xã có điểm bưu chính.\n\nCó 19/21 xã có internet.\n",
        # money of two kinds
        "Vốn ngân sách tỉnh hỗ trợ trực tiếp 40 tỷ đồng.\n\n"
        "Vốn ngân sách tỉnh lồng ghép 65 tỷ đồng.\n",
        "Nhân dân đóng góp 18,6 tỷ đồng.\n\nNhân dân góp ngày công quy ra 6 tỷ đồng.\n",
        # a rate of households and a rate of people
        "Tỷ lệ hộ dùng nước sạch đạt 62%.\n\nTỷ lệ dân số dùng nước sạch đạt 70%.\n",
        # poor households by another measure
        "Tỷ lệ hộ nghèo còn 3,2%.\n\nTỷ lệ hộ nghèo đa chiều còn 5,1%.\n",
        # a rate followed by what it is a share of: the indicator is named after it
        "Tỷ lệ hộ nghèo còn 3,2%.\n\nĐến nay, 96% số hộ có nhà kiên cố, 4% hộ nghèo.\n",
    ],
)
def test_two_figures_that_may_be_two_quantities_are_left_alone(tmp_path: Path, body: str) -> None:
    assert twice(tmp_path, body) == []


def test_no_text_no_finding(tmp_path: Path) -> None:
    facts, extraction = extracted(
        tmp_path / "huong-khe.txt",
        _HEADER + _TALLY + "Năm 2023 có 16/21 xã đạt chuẩn nông thôn mới.\n",
    )
    assert check_twice(facts, text=None, report=extraction.report) == []


# -- the data file ---------------------------------------------------------------------------


def test_each_fact_kind_has_its_wording() -> None:
    wording = load_twice().wording
    assert {fact: w.kind for fact, w in wording.items()} == {
        "coverage": "count_mismatch",
        "funding": "sum_mismatch",
        "percentage": "percent_mismatch",
    }


_CUES = "\n".join(
    f'[[{name}]]\ncue = "{cue}"\nexample = ["a {cue} b", "c {cue} d"]'
    for name, cue in [
        ("estimate", "ước"),
        ("change", "thêm"),
        ("part", "riêng"),
        ("subset", "vùng"),
        ("relative", "cùng kỳ"),
        ("when", "quý"),
        ("status", "công nhận"),
        ("money", "lồng ghép"),
        ("indicator", "hộ nghèo"),
        ("qualifier", "đa chiều"),
        ("state", "đến nay"),
    ]
)


def test_every_broken_wording_is_reported_at_once() -> None:
    bad = (
        "version = 1\n" + _CUES + "\n"
        '[[finding]]\nfact = "coverage"\nkind = "count_mismatch"\nseverity = "grave"\n'
        'explain = "{here} {nowhere}"\nexample = ["x", "y"]\n'
        '[[finding]]\nfact = "verdict"\nkind = "count_mismatch"\nseverity = "low"\n'
        'explain = "{here}"\nexample = ["x", "y"]\n'
    )
    with pytest.raises(LexiconError) as caught:
        parse_twice(bad, source="twice.toml")
    message = str(caught.value)
    assert "grave" in message and "nowhere" in message and "verdict" in message


def test_a_kind_of_fact_left_unworded_is_an_error() -> None:
    partial = (
        "version = 1\n" + _CUES + "\n"
        '[[finding]]\nfact = "coverage"\nkind = "count_mismatch"\nseverity = "low"\n'
        'explain = "{here}"\nexample = ["x", "y"]\n'
    )
    with pytest.raises(LexiconError, match="funding"):
        parse_twice(partial, source="twice.toml")


# -- a headline's K/N the body restates with another N (tenth session) --------------------


def headline(tmp_path: Path, text: str) -> list[Finding]:
    facts, extraction = extracted(tmp_path / "tin.txt", text)
    return check_twice(facts, text=text, report=extraction.report)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            "Cập nhật 08:15 12/04/2019\n\nHà Tĩnh: 9/14 thôn vùng khó hoàn thành đề án hạ tầng\n\n"
            "Theo Sở Nông nghiệp, đến cuối năm 2018 toàn tỉnh Hà Tĩnh có 9/41 thôn vùng khó "
            "hoàn thành đề án hạ tầng, góp phần nâng cao đời sống người dân.\n",
            "the headline's 9/14 is the body's 9/41",
        ),
        (
            "Huyện Hương Khê có 16/21 xã đạt tiêu chí giao thông\n"
            "Đến hết năm 2019, huyện Hương Khê có 16/26 xã đạt tiêu chí giao thông theo bộ tiêu "
            "chí quốc gia, tăng so với năm trước.\n",
            "the headline's 16/21 is the body's 16/26",
        ),
    ],
)
def test_a_headline_count_the_body_restates_with_another_n(
    tmp_path: Path, text: str, says: str
) -> None:
    [found] = headline(tmp_path, text)
    assert found.kind == "count_mismatch" and says in found.explain


@pytest.mark.parametrize(
    "text",
    [
        # the body says the same
        "Hà Tĩnh: 9/41 thôn vùng khó hoàn thành đề án hạ tầng\n\n"
        "Theo Sở Nông nghiệp, đến cuối năm 2018 toàn tỉnh Hà Tĩnh có 9/41 thôn vùng khó hoàn "
        "thành đề án hạ tầng, góp phần nâng cao đời sống người dân.\n",
        # another K: another figure
        "Hà Tĩnh: 9/14 thôn vùng khó hoàn thành đề án hạ tầng\n\n"
        "Theo Sở Nông nghiệp, đến cuối năm 2018 toàn tỉnh Hà Tĩnh có 12/41 thôn vùng khó hoàn "
        "thành đề án hạ tầng, góp phần nâng cao đời sống người dân.\n",
        # other counted words: another population
        "Hà Tĩnh: 9/14 thôn vùng khó hoàn thành đề án hạ tầng\n\n"
        "Theo Sở Nông nghiệp, đến cuối năm 2018 toàn tỉnh Hà Tĩnh có 9/41 thôn miền núi "
        "có nhà văn hóa đạt chuẩn, góp phần nâng cao đời sống người dân.\n",
    ],
)
def test_headline_counts_the_body_agrees_with_or_does_not_restate(
    tmp_path: Path, text: str
) -> None:
    assert headline(tmp_path, text) == []
