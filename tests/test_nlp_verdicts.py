"""Verdicts: which criterion, met or not, as the text writes it."""

from __future__ import annotations

from baocao.nlp import sections_of
from baocao.nlp.verdicts import find_glosses, find_verdicts, split_items


def verdicts(make_document, text: str) -> list[tuple[str, str, bool, str | None]]:
    found = find_verdicts(sections_of(make_document(text)))
    return [(v.verdict, v.criterion, v.by_name, v.subject) for v in found]


def test_an_assessment_takes_the_criterion_of_its_heading(make_document) -> None:
    text = (
        "Tiêu chí số 1 - Quy hoạch:\n"
        "Đã có 6/6 xã phê duyệt quy hoạch.\n"
        "Kết quả tự đánh giá: Đạt.\n"
        "Tiêu chí 13 - Tổ chức sản xuất:\n"
        "Kết quả tự đánh giá: Chưa đạt.\n"
    )
    assert verdicts(make_document, text) == [
        ("Đạt", "1", False, None),
        ("Chưa đạt", "13", False, None),
    ]


def test_an_assessment_on_the_criterion_line_itself(make_document) -> None:
    text = (
        "Tiêu chí số 13 - Tổ chức sản xuất: hợp tác xã chưa xây dựng được chuỗi liên kết. "
        "Kết quả tự đánh giá: Chưa đạt.\n"
        "Tiêu chí số 5 - Trường học: Đạt\n"
    )
    assert verdicts(make_document, text) == [
        ("Chưa đạt", "13", False, None),
        ("Đạt", "5", False, None),
    ]


def test_an_assessment_with_no_criterion_anywhere_is_no_verdict(make_document) -> None:
    assert verdicts(make_document, "Kết quả tự đánh giá: Đạt.") == []


def test_a_rate_is_not_a_verdict(make_document) -> None:
    assert verdicts(make_document, "Tiêu chí số 3 - Thủy lợi: đạt 100% diện tích.") == []


def test_a_list_of_numbered_criteria_names_its_place(make_document) -> None:
    text = (
        "Các tiêu chí chưa đạt chuẩn tại xã Hạ Mỹ: Tiêu chí số 2 (Giao thông); "
        "Tiêu chí số 17 (Môi trường và an toàn thực phẩm).\n"
    )
    assert verdicts(make_document, text) == [
        ("chưa đạt chuẩn", "2", False, "xã Hạ Mỹ"),
        ("chưa đạt chuẩn", "17", False, "xã Hạ Mỹ"),
    ]


def test_a_list_of_criteria_by_name(make_document) -> None:
    text = (
        "Các tiêu chí nâng cao chưa đạt đều là những tiêu chí khó, cần nguồn lực lớn như: "
        "Đường giao thông; Văn hóa; Nước sạch tập trung... Vì vậy cần tập trung chỉ đạo.\n"
    )
    assert [(c, by_name) for _, c, by_name, _ in verdicts(make_document, text)] == [
        ("Đường giao thông", True),
        ("Văn hóa", True),
        ("Nước sạch tập trung", True),
    ]


def test_prose_after_a_verdict_lead_is_not_a_list(make_document) -> None:
    text = (
        "- Đối với các tiêu chí chưa đạt: Tập trung hoàn thành 08 tiêu chí với 17 chỉ tiêu "
        "đối với xây dựng xã NTM nâng cao.\n"
    )
    assert verdicts(make_document, text) == []


def test_a_place_with_a_verdict_on_a_numbered_criterion(make_document) -> None:
    text = "Năm 2023, xã Quang Trung chưa đạt tiêu chí số 7 về thương mại.\n"
    assert verdicts(make_document, text) == [("chưa đạt", "7", False, "xã Quang Trung")]


def test_a_document_glosses_a_short_criterion_name(make_document) -> None:
    text = (
        "hoàn thành tiêu chí: 31/8/2024 (Giao thông, "
        "Văn hóa (Trung tâm văn hóa xã; Các nhà văn hóa thôn), Nước).\n"
    )
    [gloss] = find_glosses(sections_of(make_document(text)))
    assert (gloss.name, gloss.gloss) == ("Văn hóa", "Trung tâm văn hóa xã")


def test_list_items_split_on_semicolons_outside_parentheses() -> None:
    text = "A (x; y); B; C"
    assert [text[s:e].strip() for s, e in split_items(text)] == ["A (x; y)", "B", "C"]
    text = "A (x), B, C"
    assert [text[s:e].strip() for s, e in split_items(text)] == ["A (x)", "B", "C"]


def test_a_short_result_line_is_an_assessment(make_document) -> None:
    text = "Tiêu chí số 8 - Thông tin và truyền thông:\nKết quả: Đạt.\nKết quả: đạt 95% kế hoạch.\n"
    assert verdicts(make_document, text) == [("Đạt", "8", False, None)]


def test_the_last_item_after_va_is_an_item_when_both_halves_name_criteria(make_document) -> None:
    text = "Các tiêu chí chưa đạt của xã Tân Lập: Trường học, Môi trường và Thu nhập.\n"
    assert [criterion for _, criterion, _, _ in verdicts(make_document, text)] == [
        "Trường học",
        "Môi trường",
        "Thu nhập",
    ]
    # a criterion whose own name holds "và" stays one item
    text = "Các tiêu chí chưa đạt của xã Tân Lập: Giao thông; Giáo dục và Đào tạo.\n"
    assert [criterion for _, criterion, _, _ in verdicts(make_document, text)] == [
        "Giao thông",
        "Giáo dục và Đào tạo",
    ]


def test_a_list_led_by_the_verdict_or_by_its_count(make_document) -> None:
    text = (
        "Xã Phú Xuân chưa đạt các tiêu chí: điện, nước sạch và môi trường.\n"
        "Xã Phú Lương đạt 17/19 tiêu chí, còn 2 tiêu chí chưa đạt là y tế và văn hóa.\n"
        "Xã Phú Mỹ còn 3 tiêu chí chưa đạt là do thiếu vốn và thời tiết.\n"
    )
    found = find_verdicts(sections_of(make_document(text)))
    # "nước sạch" and "môi trường" are one criterion: the item stays whole
    assert [(v.criterion, v.subject or v.context.subject) for v in found] == [
        ("điện", "Xã Phú Xuân"),
        ("nước sạch và môi trường", "Xã Phú Xuân"),
        ("y tế", "Xã Phú Lương"),
        ("văn hóa", "Xã Phú Lương"),
    ]


def test_a_subject_named_once_for_the_list_of_verdicts_under_it(make_document) -> None:
    text = (
        "1. Xã Tân Thành:\n- Tiêu chí số 4 - Điện: Đạt.\n- Tiêu chí số 7 - Chợ: Chưa đạt.\n"
        "2. Xã Tân Hòa:\n- Tiêu chí số 4 - Điện: Chưa đạt.\n"
    )
    found = find_verdicts(sections_of(make_document(text)))
    assert [(v.criterion, v.context.subject) for v in found] == [
        ("4", "Xã Tân Thành"),
        ("7", "Xã Tân Thành"),
        ("4", "Xã Tân Hòa"),
    ]


def test_criteria_still_missing_named_after_their_count(make_document) -> None:
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document(
        "Xã Mường Phăng còn thiếu 2 tiêu chí là giao thông và hộ nghèo.\n"
        "Xã Nà Tấu còn nợ 3 tiêu chí gồm: thu nhập, môi trường và y tế.\n"
    )
    _, facts = reading_to_facts(document, read_document(document))
    verdicts = sorted((f.subject, f.criterion, f.met) for f in facts if f.kind == "verdict")
    assert verdicts == [
        ("xã Mường Phăng", 2, False),
        ("xã Mường Phăng", 11, False),
        ("xã Nà Tấu", 10, False),
        ("xã Nà Tấu", 15, False),
        ("xã Nà Tấu", 17, False),
    ]


# -- criteria by name: a goal list, and a commune's unmet criterion ------------------------------


def test_a_goal_to_reach_more_criteria_listed_by_name(make_document) -> None:
    text = (
        "Năm 2017, xã Long Phước phấn đấu đạt thêm 3 tiêu chí gồm giao thông, y tế và môi trường.\n"
    )
    assert [(v[1], v[3]) for v in verdicts(make_document, text)] == [
        ("giao thông", "xã Long Phước"),
        ("y tế", "xã Long Phước"),
        ("môi trường", "xã Long Phước"),
    ]


def test_a_commune_named_first_lacks_a_criterion_by_name(make_document) -> None:
    text = (
        "Xã Tân An (huyện Gò Quao) còn thiếu tiêu chí trường học, xã Bình Minh chưa hoàn "
        "thành tiêu chí cơ sở hạ tầng thương mại nông thôn.\n"
        "Riêng xã Hòa Lợi chưa đạt cả 2 tiêu chí là thu nhập và hộ nghèo.\n"
    )
    assert [(v[0], v[1], v[2], v[3]) for v in verdicts(make_document, text)] == [
        ("còn thiếu", "trường học", True, "Xã Tân An"),
        ("chưa hoàn thành", "cơ sở hạ tầng thương mại nông thôn", True, "xã Bình Minh"),
        ("chưa đạt", "thu nhập", True, "xã Hòa Lợi"),
        ("chưa đạt", "hộ nghèo", True, "xã Hòa Lợi"),
    ]


def test_bare_commune_names_in_a_sentence_counting_communes(make_document) -> None:
    text = (
        "Có 2 xã chưa về đích là Phú Thành (Lục Ngạn) thiếu tiêu chí y tế, Đông Lâm (Lục "
        "Nam) chưa hoàn thành tiêu chí văn hóa.\n"
    )
    assert [(v[1], v[3]) for v in verdicts(make_document, text)] == [
        ("y tế", "xã Phú Thành"),
        ("văn hóa", "xã Đông Lâm"),
    ]


def test_a_verdict_on_no_known_criterion_name_is_none(make_document) -> None:
    text = "Xã Tân Lập chưa hoàn thành tiêu chí đề ra trong nghị quyết của Đảng bộ xã.\n"
    assert verdicts(make_document, text) == []
