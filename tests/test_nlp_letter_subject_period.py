"""A letter's subject line names its period.

An official letter (công văn) has no title word ("BÁO CÁO", "KẾ HOẠCH"): under its number it
writes what it is about, "V/v …", and that line names the time the letter reports on as a
title would ("V/v báo cáo sơ kết 03 năm … (2016-2018)" is on 2016-2018, not on the goal year
its body looks ahead to). The line may wrap onto the next, may take a colon, and ends at a
blank line, the place-and-date line or the addressees. A letter whose subject names no time
is dated from its body as before; a report with a title keeps its title's period.
"""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata

_BODY = (
    "Kính gửi: Ủy ban nhân dân các tỉnh\n\n"
    "Để chuẩn bị cho mục tiêu đến năm 2020, đề nghị các tỉnh gửi báo cáo về Bộ trước ngày "
    "15/7.\n"
)


@pytest.mark.parametrize(
    ("subject", "period"),
    [
        ("V/v báo cáo sơ kết 03 năm thực hiện Chương trình xây dựng NTM (2017-2019)", "2017-2019"),
        ("V/v: báo cáo kết quả xây dựng nông thôn mới năm 2018", "2018"),
        ("v/v tổng kết 5 năm xây dựng nông thôn mới\ngiai đoạn 2011-2015", "2011-2015"),
        (
            "V/v báo cáo sơ kết 6 tháng đầu năm 2019\nthực hiện Chương trình nông thôn mới",
            "2019-H1",
        ),
    ],
)
def test_a_letters_subject_line_names_its_period(subject: str, period: str) -> None:
    letter = (
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: 1234/BNN-VPĐP\n{subject}\n\nHà Nội, ngày 20 tháng 06 năm 2019\n\n" + _BODY
    )
    assert read_metadata(letter).period == period


def test_a_subject_naming_no_time_leaves_the_body_to_date_the_letter() -> None:
    letter = (
        "UBND TỈNH QUẢNG TRỊ\nSố: 77/UBND-NN\nV/v đôn đốc hoàn thiện hồ sơ xã nông thôn mới\n\n"
        "Kính gửi: UBND các huyện\n\nNăm 2021, tỉnh có 12 xã đăng ký đạt chuẩn; đến nay 9 xã "
        "đã hoàn thành hồ sơ.\n"
    )
    assert read_metadata(letter).period == "2021"


def test_a_report_with_a_title_keeps_its_titles_period() -> None:
    report = (
        "UBND HUYỆN CAM LỘ\nSố: 88/BC-UBND\nV/v báo cáo theo Công văn 12/SNN năm 2017\n"
        "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2020\n\nToàn huyện có 7/8 xã đạt chuẩn.\n"
    )
    assert read_metadata(report).period == "2020"
