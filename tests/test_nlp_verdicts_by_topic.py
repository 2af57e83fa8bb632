"""Verdicts on criteria named by their topic, with no number: the way texts of the new era
cite the ten criteria of the 2026-2030 set (QĐ 51/2025/QĐ-TTg), and a way older texts cite
the nineteen.

"- Tiêu chí về quy hoạch: đạt." on a line of its own is a verdict of the place the line's
context is named for, on the criterion the set in force numbers so (1 in every set; "khoa học
công nghệ và chuyển đổi số" is 7 of 2026-2030 and no criterion of the older sets). A place
failing a criterion named inline ("xã A chưa đạt tiêu chí về khoa học công nghệ và chuyển đổi
số", a topic only the 2026-2030 set has) is a verdict in that set too. Our own wordings.
"""

from __future__ import annotations

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def verdicts(make_document, body: str) -> list[tuple[str | None, str | None, int, bool]]:
    document = make_document(body, name="bao-cao.txt")
    facts = reading_to_facts(document, read_document(document))[1]
    return sorted(
        (f.subject, f.criteria_set, f.criterion, f.met) for f in facts if f.kind == "verdict"
    )


_HEADER_2026 = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nBÁO CÁO\n"
    "Kết quả thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030 năm 2027\n\n"
    "Năm 2027, xã tự đánh giá theo Quyết định số 51/2025/QĐ-TTg:\n"
)


def test_topic_lines_are_verdicts_in_the_2026_set(make_document) -> None:
    body = _HEADER_2026 + (
        "- Tiêu chí về quy hoạch: đạt.\n"
        "- Tiêu chí về khoa học công nghệ và chuyển đổi số: chưa đạt.\n"
        "+ Tiêu chí giảm nghèo và an sinh xã hội: Đạt\n"
    )
    assert verdicts(make_document, body) == [
        ("xã Tân Lập", "2026-2030", 1, True),
        ("xã Tân Lập", "2026-2030", 6, True),
        ("xã Tân Lập", "2026-2030", 7, False),
    ]


def test_topic_lines_in_a_2021_2025_report_take_that_sets_numbers(make_document) -> None:
    body = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
        "Năm 2023, kết quả tự đánh giá các tiêu chí:\n"
        "- Tiêu chí về thủy lợi và phòng chống thiên tai: đạt.\n"
        "- Tiêu chí về nhà ở dân cư: chưa đạt.\n"
    )
    assert verdicts(make_document, body) == [
        ("xã Tân Lập", "2021-2025", 3, True),
        ("xã Tân Lập", "2021-2025", 9, False),
    ]


def test_a_topic_no_set_knows_or_a_measure_is_no_verdict(make_document) -> None:
    body = _HEADER_2026 + (
        "- Tiêu chí về sân chơi thiếu nhi: đạt.\n"  # no criterion of any set
        "- Tiêu chí về thu nhập: đạt 72 triệu đồng/người/năm.\n"  # a value, no verdict
    )
    assert verdicts(make_document, body) == []


def test_a_place_failing_a_2026_criterion_inline(make_document) -> None:
    body = _HEADER_2026 + (
        "Riêng thôn Đông chưa có nhà văn hóa. Xã Tân Lập chưa đạt tiêu chí về khoa học "
        "công nghệ và chuyển đổi số.\n"
    )
    assert ("xã Tân Lập", "2026-2030", 7, False) in verdicts(make_document, body)
