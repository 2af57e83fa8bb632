"""Criteria counts: N of M criteria or indicators, met or left unmet."""

from __future__ import annotations

from baocao.nlp import sections_of
from baocao.nlp.counts import find_counts


def counts(make_document, text: str) -> list[tuple[str, str | None, str, bool, str | None]]:
    found = find_counts(sections_of(make_document(text)))
    return [(c.met, c.of, c.what, c.unmet, c.partner) for c in found]


def test_a_ratio_and_the_indicators_chained_to_it(make_document) -> None:
    text = "Đối với xã NTM xã đã đạt được 15/19 tiêu chí, với 51/57 chỉ tiêu.\n"
    assert counts(make_document, text) == [
        ("15", "19", "tiêu chí", False, None),
        ("51", "57", "chỉ tiêu", False, None),
    ]


def test_a_remainder_and_what_is_chained_to_it_are_unmet(make_document) -> None:
    text = "xã đạt 17/19 tiêu chí, còn lại 04 tiêu chí với 06 chỉ tiêu chưa đạt.\n"
    assert counts(make_document, text)[1:] == [
        ("04", None, "tiêu chí", True, None),
        ("06", None, "chỉ tiêu", True, None),
    ]


def test_counts_under_a_lead_about_unmet_criteria_are_unmet(make_document) -> None:
    text = (
        "* Đối với các tiêu chí chưa đạt:\n"
        "- Tập trung hoàn thành 04 tiêu chí với 06 chỉ tiêu để duy trì xã đạt chuẩn NTM.\n"
    )
    assert counts(make_document, text) == [
        ("04", None, "tiêu chí", True, None),
        ("06", None, "chỉ tiêu", True, None),
    ]


def test_a_pair_is_each_others_partner(make_document) -> None:
    text = (
        "Thôn Phúc Ngán Vải đã hoàn thành các nội dung của 15 tiêu chí, đang hoàn thiện hồ sơ "
        "đối với 13 tiêu chí, còn 02 tiêu chí cần tập trung chỉ đạo.\n"
    )
    assert counts(make_document, text) == [
        ("13", None, "tiêu chí", False, "02"),
        ("02", None, "tiêu chí", True, "13"),
    ]


def test_a_denied_count_is_no_statement(make_document) -> None:
    text = "Thôn không còn giữ vững đạt 14/14 tiêu chí NTM (nay là 15 tiêu chí).\n"
    assert counts(make_document, text) == []


def test_an_average_is_not_a_count(make_document) -> None:
    assert counts(make_document, "Bình quân đạt 16,8 tiêu chí/xã; 17 tiêu chí/xã.\n") == []


def test_a_total_with_no_verb_is_not_a_count(make_document) -> None:
    assert counts(make_document, "Bộ tiêu chí gồm 19 tiêu chí và 57 chỉ tiêu.\n") == []


def test_the_quote_covers_the_statement(make_document) -> None:
    doc = make_document("- **Đối với duy trì xã NTM:** xã đã đạt được 15/19 tiêu chí.\n")
    [found] = find_counts(sections_of(doc))
    assert found.quote == doc.text[found.start : found.end]
    assert found.quote.endswith("15/19 tiêu chí")


def test_a_labelled_count(make_document) -> None:
    text = "- Số tiêu chí đạt chuẩn: 17 tiêu chí.\n- Số tiêu chí chưa đạt: 02 tiêu chí.\n"
    assert counts(make_document, text) == [
        ("17", None, "tiêu chí", False, None),
        ("02", None, "tiêu chí", True, None),
    ]
