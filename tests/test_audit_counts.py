"""count_mismatch: criteria counts of one subject and scheme that cannot all be true."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import COMMUNE_2023, Doc, audit_text

from baocao.audit import audit_facts
from baocao.audit.common import place_identity
from baocao.audit.counts import check_counts
from baocao.model import Severity


def advanced(doc: Doc) -> None:
    doc.count("đạt 12/19 tiêu chí", 12, 19, scheme="NTM nâng cao")
    doc.count("với 58/74 chỉ tiêu", 58, 74, what="chỉ tiêu", scheme="NTM nâng cao")
    doc.count("còn lại 07 tiêu chí", 7, 19, unmet=True, scheme="NTM nâng cao")
    doc.count(
        "với 16 chỉ tiêu chưa đạt", 16, 74, what="chỉ tiêu", unmet=True, scheme="NTM nâng cao"
    )


def test_met_and_unmet_that_add_up_are_consistent() -> None:
    doc = Doc()
    advanced(doc)
    assert check_counts(doc.facts, report=COMMUNE_2023) == []


def test_a_complement_that_does_not_add_up_is_flagged() -> None:
    doc = Doc()
    doc.count("đạt 15/19 tiêu chí", 15, 19)
    doc.count("còn lại 05 tiêu chí chưa đạt", 5, None, unmet=True)
    (f,) = check_counts(doc.facts, report=COMMUNE_2023)
    assert f.kind == "count_mismatch" and f.severity == Severity.HIGH
    assert f.quote == "còn lại 05 tiêu chí chưa đạt"
    assert f.explain == "NTM, tiêu chí: 15/19 met → 19 − 15 = 4 unmet, but here 05 unmet"


def test_a_plan_restating_the_gap_wrongly_is_flagged_with_medium_severity() -> None:
    doc = Doc()
    advanced(doc)
    doc.count(
        "Tập trung hoàn thành 08 tiêu chí",
        8,
        19,
        unmet=True,
        target=True,
        scheme="NTM nâng cao",
        period="2024",
    )
    (f,) = check_counts(doc.facts, report=COMMUNE_2023)
    assert f.quote == "Tập trung hoàn thành 08 tiêu chí"
    assert f.severity == Severity.MEDIUM


def test_a_plan_restating_the_gap_rightly_is_consistent() -> None:
    doc = Doc()
    advanced(doc)
    doc.count(
        "Tập trung hoàn thành 07 tiêu chí với 16 chỉ tiêu",
        7,
        19,
        unmet=True,
        target=True,
        scheme="NTM nâng cao",
        period="2024",
    )
    doc.count(
        "Tập trung hoàn thành 07 tiêu chí với 16 chỉ tiêu",
        16,
        74,
        what="chỉ tiêu",
        unmet=True,
        target=True,
        scheme="NTM nâng cao",
        period="2024",
        again=True,
    )
    assert check_counts(doc.facts, report=COMMUNE_2023) == []


def test_one_sentence_with_two_wrong_counts_is_one_finding() -> None:
    doc = Doc()
    advanced(doc)
    sentence = "Tập trung hoàn thành 08 tiêu chí với 17 chỉ tiêu"
    doc.count(sentence, 8, 19, unmet=True, scheme="NTM nâng cao")
    doc.count(sentence, 17, 74, what="chỉ tiêu", unmet=True, scheme="NTM nâng cao", again=True)

    (f,) = audit_facts(doc.facts, report=COMMUNE_2023)
    assert "7 unmet, but here 08" in f.explain and "16 unmet, but here 17" in f.explain


def test_schemes_and_subjects_are_counted_apart() -> None:
    doc = Doc()
    advanced(doc)
    doc.count("xã NTM: đạt 15/19 tiêu chí", 15, 19, scheme="NTM")
    doc.count("còn lại 04 tiêu chí", 4, 19, unmet=True, scheme="NTM")
    doc.count("thôn Phúc: 13 tiêu chí", 13, 15, subject="thôn Phúc", scheme="NTM kiểu mẫu")
    doc.count(
        "thôn Phúc còn 02 tiêu chí", 2, 15, subject="thôn Phúc", unmet=True, scheme="NTM kiểu mẫu"
    )
    assert check_counts(doc.facts, report=COMMUNE_2023) == []


def test_counts_of_different_periods_are_not_compared() -> None:
    doc = Doc()
    doc.count("năm 2021 đạt 15/19 tiêu chí", 15, 19, period="2021")
    doc.count("năm 2023 đạt 17/19 tiêu chí", 17, 19, period="2023")
    doc.count("còn lại 02 tiêu chí", 2, 19, unmet=True, period="2023")
    assert check_counts(doc.facts, report=COMMUNE_2023) == []


def test_two_statements_of_one_count_that_disagree_are_flagged() -> None:
    doc = Doc()
    doc.count("đạt 15/19 tiêu chí", 15, 19)
    doc.count("đến nay xã đạt 15/19 tiêu chí", 15, 19)
    doc.count("hiện xã đạt 16/19 tiêu chí", 16, 19)
    (f,) = check_counts(doc.facts, report=COMMUNE_2023)
    assert f.quote == "hiện xã đạt 16/19 tiêu chí"


def test_met_goals_are_not_gaps() -> None:
    doc = Doc()
    doc.count("đạt 15/19 tiêu chí", 15, 19)
    doc.count("phấn đấu năm 2024 đạt 17/19 tiêu chí", 17, 19, target=True)
    assert check_counts(doc.facts, report=COMMUNE_2023) == []


def test_more_met_than_there_are_is_impossible() -> None:
    doc = Doc()
    doc.count("đạt 20/19 tiêu chí", 20, 19)
    (f,) = check_counts(doc.facts)
    assert f.explain == "20/19 tiêu chí: more met than there are"


def test_more_unmet_verdicts_than_the_gap_is_flagged() -> None:
    doc = Doc()
    doc.count("đạt 17/19 tiêu chí", 17, 19)
    for criterion in (2, 6, 17):
        doc.verdict(f"Tiêu chí số {criterion}: chưa đạt", criterion, False)
    (f,) = check_counts(doc.facts, report=COMMUNE_2023)
    assert f.quote == "đạt 17/19 tiêu chí"
    assert f.explain == "3 criteria reported unmet (2, 6, 17), but the count gives 2 unmet"


def test_a_partial_list_of_unmet_criteria_is_consistent() -> None:
    doc = Doc()
    doc.count("đạt 12/19 tiêu chí", 12, 19)
    for criterion in (2, 6, 17):  # "như: Giao thông; Văn hóa; Nước sạch" — examples only
        doc.verdict(f"Tiêu chí số {criterion}: chưa đạt", criterion, False)
    assert check_counts(doc.facts, report=COMMUNE_2023) == []


def test_a_full_set_of_verdicts_must_match_the_count() -> None:
    doc = Doc()
    doc.count("đạt 18/19 tiêu chí", 18, 19)
    for criterion in range(1, 20):
        doc.verdict(f"Tiêu chí số {criterion}: Đạt", criterion, True)
    (f,) = check_counts(doc.facts, report=COMMUNE_2023)
    assert f.explain == "all 19 criteria have a verdict, 19 met, but the count says 18/19"


def test_gaps_dated_after_every_achievement_restate_the_latest_gap_even_unmarked() -> None:
    # next year's tasks, not marked as goals: "hoàn thành nốt 06 tiêu chí" in the 2024 plan
    # is the gap the 2023 counts leave (19 − 12 = 7), and is wrong; "05" as well
    doc = Doc()
    advanced(doc)
    for written in ("06", "05"):
        doc.count(
            f"Năm 2024 hoàn thành nốt {written} tiêu chí nâng cao",
            int(written),
            19,
            unmet=True,
            scheme="NTM nâng cao",
            period="2024",
        )
    findings = check_counts(doc.facts, report=COMMUNE_2023)
    assert sorted(f.quote for f in findings) == [
        "Năm 2024 hoàn thành nốt 05 tiêu chí nâng cao",
        "Năm 2024 hoàn thành nốt 06 tiêu chí nâng cao",
    ]
    assert all("12/19 met" in f.explain for f in findings)


# -- two communes a later merger made one (tenth session) ----------------------------------
# The class rests on the gazetteer's merger aliases, so the places are real ones (in
# sentences and figures of our own): xã Hà Lan went into xã Đông Sơn (thị xã Bỉm Sơn), xã
# Thanh Xuân into xã Phú Xuân (huyện Quan Hóa).


@pytest.mark.parametrize(
    "text",
    [
        "UBND THỊ XÃ BỈM SƠN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2018\n\n"
        "Đến nay, xã Đông Sơn đạt 14/19 tiêu chí; xã Hà Lan đạt 5/19 tiêu chí.\n",
        "UBND HUYỆN QUAN HÓA\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2018\n\n"
        "Năm 2018, xã Phú Xuân đạt 12/19 tiêu chí, xã Thanh Xuân đạt 7/19 tiêu chí.\n",
    ],
)
def test_communes_a_later_merger_joined_are_two_subjects(tmp_path: Path, text: str) -> None:
    assert audit_text(tmp_path, "truoc-sap-nhap.txt", text, ("count_mismatch",)) == []


def test_a_former_name_keeps_its_own_identity() -> None:
    assert place_identity("xã Hà Lan", "14821") == "#14821~halan"
    assert place_identity("xã Đông Sơn", "14821") == "#14821"
    assert place_identity("xã Hà Lan", None) == "hà lan"
