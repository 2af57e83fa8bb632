"""The communes a text says are left after a count of them (audit/complements.py): "9/14 xã
đạt chuẩn, còn lại 6 xã chưa đạt" leaves 5, not 6. Each case is a short report of our own,
read by the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted

from baocao.audit import audit_facts
from baocao.audit.complements import check_complements, parse_complement_cues
from baocao.errors import LexiconError
from baocao.model import Finding

_HEADER = "UBND HUYỆN ĐÔNG SƠN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2024\n\n"


def rests(tmp_path: Path, body: str) -> list[Finding]:
    facts, extraction = extracted(tmp_path / "dong-son.txt", _HEADER + body)
    text = extraction.document.text
    return check_complements(facts, text=text, report=extraction.report)


@pytest.mark.parametrize(
    ("body", "quote", "says"),
    [
        (  # the rest after a K/N of the standard
            "Đến nay 9/14 xã đạt chuẩn NTM, còn lại 6 xã chưa đạt chuẩn.\n",
            "9/14 xã đạt chuẩn NTM, còn lại 6 xã chưa đạt chuẩn",
            "9 of 14 xã of huyện Đông Sơn leaves 5, but the rest is stated as 6 xã",
        ),
        (  # "còn lại" after the rest's count, a bare "chưa đạt" ending its clause
            "Toàn huyện đã có 9/14 xã đạt chuẩn nông thôn mới; 4 xã còn lại chưa đạt.\n",
            "9/14 xã đạt chuẩn nông thôn mới; 4 xã còn lại chưa đạt",
            "leaves 5, but the rest is stated as 4 xã",
        ),
        (  # a criterion's count and its rest
            "Có 11/14 xã đạt tiêu chí về điện, còn 2 xã không đạt.\n",
            "còn 2 xã không đạt",
            "11 of 14 xã of huyện Đông Sơn leaves 3",
        ),
        (  # a count with no base: the whole the text states for the unit
            "Huyện Đông Sơn có 14 xã. Đã có 9 xã đạt chuẩn nông thôn mới, còn 3 xã chưa hoàn "
            "thành.\n",
            "9 xã đạt chuẩn nông thôn mới, còn 3 xã chưa hoàn thành",
            "9 of 14 xã",
        ),
    ],
)
def test_a_rest_that_is_not_what_the_whole_leaves(
    tmp_path: Path, body: str, quote: str, says: str
) -> None:
    (f,) = rests(tmp_path, body)
    assert f.kind == "count_mismatch" and quote in f.quote and says in f.explain


@pytest.mark.parametrize(
    "body",
    [
        # the rest the whole leaves
        "Đến nay 9/14 xã đạt chuẩn NTM, còn lại 5 xã chưa đạt chuẩn.\n",
        # the rest of another standard or another criterion
        "Đến nay 9/14 xã đạt chuẩn NTM, còn 2 xã chưa đạt chuẩn NTM nâng cao.\n",
        "Đến nay 9/14 xã đạt chuẩn NTM, còn 2 xã chưa đạt tiêu chí về môi trường.\n",
        "Có 11/14 xã đạt tiêu chí về điện, còn 2 xã chưa đạt chuẩn.\n",
        # a band between the count and the rest: the rest of what is left after both
        "Đến nay 9/14 xã đạt chuẩn NTM; 3 xã đạt 15-18 tiêu chí, còn lại 2 xã chưa đạt.\n",
        # in another sentence
        "Đến nay 9/14 xã đạt chuẩn NTM. Năm 2025 còn 2 xã chưa đạt chuẩn sẽ về đích.\n",
    ],
)
def test_rests_of_other_counts_are_left_alone(tmp_path: Path, body: str) -> None:
    assert rests(tmp_path, body) == []


def test_the_finding_is_part_of_the_audit(tmp_path: Path) -> None:
    facts, extraction = extracted(
        tmp_path / "dong-son.txt", _HEADER + "Có 9/14 xã đạt chuẩn NTM, 6 xã còn lại chưa đạt.\n"
    )
    found = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    assert [f.kind for f in found] == ["count_mismatch"]
    counted = next(f for _, f in facts if f.quote.startswith("9/14"))
    assert found[0].quote.startswith("9/14 xã") and found[0].page == counted.page


def test_every_bad_cue_is_reported_at_once() -> None:
    text = 'version = 1\n[[rest]]\ncue = "còn lại"\nexample = "còn 5 xã"\n[[unmet]]\ncue = "x"\n'
    with pytest.raises(LexiconError) as e:
        parse_complement_cues(text)
    assert "rest" in str(e.value) and "unmet" in str(e.value)
