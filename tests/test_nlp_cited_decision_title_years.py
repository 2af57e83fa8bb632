"""A year in a cited decision's title dates nothing.

A text citing the decision a standard was set by names it with its number, its date, its
issuer and its title: "theo Quyết định số 1926 ngày 20/10/2022 của UBND tỉnh ban hành Bộ
tiêu chí thôn, bản nông thôn mới … đến năm 2025", "Quyết định 12/QĐ-UBND về việc phê duyệt
Đề án … giai đoạn 2016-2020". The year inside the title is the title's horizon, not the time
the text states anything at: a ceremony of early 2025 announcing villages recognised for 2024
is on 2024. A decision recognising a result ("Quyết định … công nhận xã A đạt chuẩn năm
2023") still dates that result.
"""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata
from baocao.vocab.periods import names_a_document


@pytest.mark.parametrize(
    "citation",
    [
        "theo Quyết định số 88 ngày 12/5/2022 của UBND tỉnh ban hành Bộ tiêu chí thôn, "
        "bản nông thôn mới trên địa bàn tỉnh đến năm 2025",
        "theo Quyết định 512/QĐ-UBND về việc phê duyệt Đề án xây dựng thôn kiểu mẫu đến năm 2025",
        "theo Kế hoạch số 40/KH-UBND ngày 2 tháng 3 năm 2023 quy định tiêu chí thôn đạt chuẩn "
        "đến năm 2025",
    ],
)
def test_a_year_in_a_cited_title_dates_nothing(citation: str) -> None:
    assert names_a_document(citation, citation.rindex("2025"))
    text = (
        "Sáng 3/3/2025, UBND xã Nà Tấu công bố các bản đạt chuẩn nông thôn mới năm 2024.\n"
        f"Các bản Co Củ, Huổi Hoa đã đạt 15/15 tiêu chí {citation}.\n"
    )
    assert read_metadata(text).period == "2024"


def test_a_decision_recognising_a_result_dates_it() -> None:
    sentence = "Quyết định số 1611/QĐ-TTg công nhận huyện Cờ Đỏ đạt chuẩn nông thôn mới năm 2023"
    assert not names_a_document(sentence, sentence.rindex("2023"))
