"""A criterion said met or not with no unit named, in a province's text ("còn một số tiêu chí
đạt nhưng còn yếu như: nhà văn hóa xã (tiêu chí 6), chợ (tiêu chí 7)"), is of communes the
text does not name: no verdict of the province, whose level no national criteria set has
(set BG; our own wording). A commune named keeps its verdicts."""

from __future__ import annotations

from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import Verdict

_LEAD = (
    "Chiều 5/10, UBND tỉnh Sóc Trăng họp thẩm định 3 xã đề nghị công nhận đạt chuẩn nông "
    "thôn mới năm 2018.\n\n"
)


def test_weak_criteria_of_no_unit_named_are_no_verdicts(make_document: MakeDocument) -> None:
    text = _LEAD + (
        "Tuy vậy, vẫn còn một số tiêu chí đạt nhưng chưa bền vững như: sân thể thao của nhà "
        "văn hóa xã (tiêu chí 6), chợ nông thôn (tiêu chí 7), cần tiếp tục đầu tư.\n"
    )
    assert of_kind(news_facts_of(make_document, text), Verdict) == []


def test_a_communes_verdicts_in_a_provinces_text_stay(make_document: MakeDocument) -> None:
    text = _LEAD + (
        "Riêng xã Mỹ Hương chưa đạt tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn.\n"
    )
    verdicts = of_kind(news_facts_of(make_document, text), Verdict)
    assert [(v.subject, v.criterion, v.met) for v in verdicts] == [("xã Mỹ Hương", 7, False)]
