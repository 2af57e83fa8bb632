"""The phase the communes take part in is no time the text speaks at.

"… một trong 150 xã tham gia xây dựng nông thôn mới giai đoạn 2011-2020" names which
communes (the programme's phase they joined, a ``plan_span`` cue), as "xã nằm trong kế
hoạch giai đoạn 2016-2020" does: a news text dated 2014 that says so is of 2014, and its
"4 năm qua" money runs 2011-2014, not back from 2020. Our own wording."""

from __future__ import annotations

from readfacts import news_report_and_facts

from baocao import model


def test_a_participation_phase_does_not_move_the_present(make_document) -> None:
    text = (
        "Xã Tân Phú về đích nông thôn mới\n\n"
        "Thứ Ba, ngày 09/12/2014\n\n"
        "Tân Phú là xã thứ hai đạt chuẩn trong số 150 xã tham gia xây dựng nông thôn mới "
        "giai đoạn 2011 - 2020 của tỉnh Bình Phước. Sau 4 năm qua, xã Tân Phú đã huy động "
        "hơn 90 tỷ đồng xây dựng nông thôn mới.\n"
    )
    report, facts = news_report_and_facts(make_document, text)
    money = [f for f in facts if isinstance(f, model.Funding)]
    assert report.period != "2011-2020"
    assert [f.period for f in money] == ["2011-2014"]
