"""A purpose opening its clause right before a criteria count ("Để đạt được 19/19 tiêu chí,
…", ``purpose_reach`` cues) is what the clause aims at: nobody's count (set AR, opened in the
eleventh session). Our own wordings of the class."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def counts(facts) -> list[tuple[str | None, int, int | None]]:
    return sorted(
        (f.subject, f.met, f.of) for f in facts if f.kind == "criteria_count"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tỉnh Yên Bái năm 2024.\nĐể đạt được 19/19 tiêu chí, hiện nay các thôn đang làm "
         "thêm đường bê tông.\n", []),
        ("Tỉnh Yên Bái năm 2024.\nNhằm đạt đủ 19 tiêu chí, xã Minh An đã vận động dân hiến "
         "đất.\n", []),
        ("Tỉnh Yên Bái năm 2024.\nXã Minh Quân đạt 17/19 tiêu chí. Để đạt 19/19 tiêu chí vào "
         "năm sau, xã Minh Bảo cần làm thêm 3 km đường.\n", [("xã Minh Quân", 17, 19)]),
        # a count reached, with a purpose elsewhere in its sentence, is still the subject's
        ("Tỉnh Yên Bái năm 2024.\nXã Minh Tiến đã đạt 18/19 tiêu chí để đạt chuẩn vào năm "
         "sau.\n", [("xã Minh Tiến", 18, 19)]),
    ],
)  # fmt: skip
def test_a_purpose_is_no_count(make_document, body, expected) -> None:
    assert counts(facts_of(make_document, body)) == expected
