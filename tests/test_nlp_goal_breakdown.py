"""A goal's breakdown: "Trong đó, …" after a sentence setting a goal gives the parts of the
goal's whole, and is a goal too, of the same horizon, wherever the goal word stands in the
sentence before ("Chương trình … giai đoạn 2026-2030 có mục tiêu có khoảng 90% số xã …").
An expectation ("kỳ vọng có 90% xã …") is a goal. A result before "Trong đó" stays a result.
Our own wordings."""

from __future__ import annotations

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def rates(make_document, body: str) -> list[tuple[float, bool, str | None]]:
    document = make_document(body, name="tin.txt")
    facts = reading_to_facts(document, read_document(document))[1]
    return sorted((f.value, f.target, f.period) for f in facts if f.kind == "percentage")


def test_the_parts_of_a_goal_are_goals(make_document) -> None:
    body = (
        "Mục tiêu mới cho nông thôn\n\n"
        "Chương trình mục tiêu quốc gia về nông thôn mới giai đoạn 2026-2030 được Quốc hội "
        "thông qua với mục tiêu có khoảng 85% số xã đạt chuẩn nông thôn mới. Trong đó, có "
        "khoảng 45% số xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    assert rates(make_document, body) == [(45.0, True, "2026-2030"), (85.0, True, "2026-2030")]


def test_the_parts_of_a_result_stay_results(make_document) -> None:
    body = (
        "Kết quả nông thôn mới\n\n"
        "Đến hết năm 2024, tỉnh Bắc Kạn đã có 60% số xã đạt chuẩn nông thôn mới, vượt mục "
        "tiêu đề ra. Trong đó, có 20% số xã đạt chuẩn nâng cao.\n"
    )
    assert [t for _, t, _ in rates(make_document, body)] == [False, False]


def test_an_expectation_is_a_goal(make_document) -> None:
    body = "Ngành kỳ vọng có 88% xã nông thôn mới\n\nBộ đã trình Chính phủ chương trình mới.\n"
    assert [t for _, t, _ in rates(make_document, body)] == [True]
