"""The advanced standard named alone after "đạt", the words "chuẩn nông thôn mới" left out
("10 xã đạt nâng cao"): units reaching NTM nâng cao, as "4 xã đạt kiểu mẫu" already reads
(issue 8, the devak development set: a merged province's summary). "nâng cao" as a verb
("nâng cao chất lượng") stays no standard. Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of

from baocao.vocab.schemes import scheme_of


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Huyện có 20 xã đạt chuẩn nông thôn mới, trong đó 6 xã đạt nâng cao và 2 xã "
            "đạt kiểu mẫu.",
            6,
        ),
        ("Đến nay, toàn tỉnh có 7 xã đạt nâng cao.", 7),
    ],
)
def test_units_reaching_the_advanced_standard_named_alone_are_coverage(
    make_document: MakeDocument, sentence: str, count: int
) -> None:
    facts = facts_of(make_document, "Kết quả năm 2024\n\n" + sentence + "\n")
    schemes = {
        f.to_record()["units_met"]: f.to_record()["scheme"] for f in facts if f.kind == "coverage"
    }
    assert schemes.get(count) == "NTM nâng cao"


@pytest.mark.parametrize(
    "sentence",
    [
        "Có 12 hộ đạt nâng cao chất lượng cuộc sống.",
        "Các xã đạt chuẩn tiếp tục nâng cao chất lượng tiêu chí.",
    ],
)
def test_nang_cao_as_a_verb_names_no_standard(make_document: MakeDocument, sentence: str) -> None:
    # twin: "nâng cao" going on to what is improved is the verb
    facts = facts_of(make_document, "Kết quả năm 2024\n\n" + sentence + "\n")
    assert [f for f in facts if f.kind == "coverage" and f.to_record()["units_met"] == 12] == []
    assert scheme_of("tiếp tục nâng cao chất lượng tiêu chí") is None


@pytest.mark.parametrize("written", ["10 xã đạt nâng cao", "6 xã đạt nâng cao và 2 xã"])
def test_dat_nang_cao_names_the_advanced_scheme(written: str) -> None:
    assert scheme_of(written) == "NTM nâng cao"
