"""Units recognised for successive years in one list: the text is on the latest.

A province's decisions recognise some communes for one year and others for the next ("công
nhận xã A đạt chuẩn nông thôn mới nâng cao năm 2024, xã B đạt chuẩn … năm 2025; xã C và
xã D đạt chuẩn … kiểu mẫu năm 2025"): a text printed in the later year reports that year's
recognitions, one of them late; its period is the latest year listed, never beyond the year
it is printed in. A list of measures by year that recognises nothing keeps its first year.
"""

from __future__ import annotations

from baocao.nlp.metadata import read_metadata

_STAMP = "15/06/2025 08:00\n"


def test_the_latest_year_of_a_recognition_list_is_the_texts() -> None:
    text = (
        _STAMP + "Công nhận các xã đạt chuẩn nâng cao\n\n"
        "UBND tỉnh công nhận xã Mỹ Phước đạt chuẩn nông thôn mới nâng cao năm 2024, xã Long "
        "Định đạt chuẩn nông thôn mới nâng cao năm 2025; xã Bình Ninh đạt chuẩn nông thôn mới "
        "kiểu mẫu năm 2025.\n"
    )
    assert read_metadata(text).period == "2025"


def test_a_year_after_printing_is_no_part_of_the_list() -> None:
    text = (
        "15/06/2024 08:00\nCông nhận các xã đạt chuẩn nâng cao\n\n"
        "UBND tỉnh công nhận xã Mỹ Phước đạt chuẩn nông thôn mới nâng cao năm 2024, xã Long "
        "Định đăng ký đạt chuẩn nông thôn mới nâng cao năm 2025.\n"
    )
    assert read_metadata(text).period == "2024"
