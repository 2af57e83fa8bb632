"""Metamorphic tests: a meaning-preserving rewrite of a report (tests/rewrites.py) must leave
its facts as they were: the same kind, key values, period and place, and the same report
metadata. Run over the project's own corpus texts (corpus/txt) and a few reports written
here; the rewrites are the ways real documents differ from office to office — the tone mark
of "hoà"/"hòa" placed either way, text hard-wrapped at a width when copied out of a PDF, "tỉ"
for "tỷ", year ranges with spaced dashes, "75 %", headings in capitals or not.

Found by these rewrites and fixed: a text hard-wrapped at a width lost facts whose sentence a
wrap broke before a capital or a number (``baocao.extract.layout.wrap_width``), and a place
written with the new tone placement ("Đức Hoà") was another subject than the same place
written with the old one (``baocao.vocab.spellings.old_tone_placement``); then a run of spaces
inside a line ("huyện  Bến Cầu") made the patterns, written with one, miss a unit (each line's
runs of spaces are one, ``baocao.extract.layout.strip_lines``); a zero-padded count ("Qua 05
năm", "của 02 huyện") was no count of years or of the units just named; an em dash in a year
range ("2022—2023") was no range to the funding's period (dashes read as the en dash,
``baocao.vocab.spellings``); "qui định" was not "quy định" (a "theo qui định: 97%" then a rate).
Then short forms (``baocao/data/short_forms.toml``): "NTM" for "nông thôn mới" brought a share
within reach of a count of communes it is not a share of (the gap is measured with each short
form spelt out), "xã ĐBKK" was a commune called Đbkk, "Các TC chưa đạt" and "Số TC đã đạt"
were no headers, "THT hoặc HTX" named no criterion, "NSĐP đối ứng …" was no money.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from paths import CORPUS, REAL, seed_files
from rewrites import (
    ABBREVIATED,
    Rewrite,
    abbreviated,
    dashed_ranges,
    headings_lower,
    headings_upper,
    i_for_y,
    money_abbreviated,
    ntm_abbreviated,
    ntm_spelt_out,
    odd_spaces,
    spaced_percent,
    spaced_ranges,
    spaces_doubled,
    tones_new,
    tones_old,
    wrapped,
    zero_padded,
)
from samefacts import assert_same_facts

from baocao.extract.layout import wrap_width
from baocao.vocab.spellings import old_tone_placement

TEXTS = sorted((CORPUS / "txt").glob("*.txt"))
#: the corpus, then the real reports and the seeds of ../shared (none when it is absent)
ALL_TEXTS = TEXTS + (sorted(REAL.glob("*.txt")) if REAL.is_dir() else []) + seed_files()

#: A commune report and a district news item of our own, with places whose names end in a
#: toned "oa" or "uy" (the corpus has none among its facts' places).
OWN_TEXTS = {
    "hoa-vang-2022.txt": (
        "UỶ BAN NHÂN DÂN\nHUYỆN HOÀ VANG\n"
        "BÁO CÁO\nKết quả xây dựng nông thôn mới huyện Hoà Vang, thành phố Đà Nẵng năm 2022\n"
        "Đến hết năm 2022, xã Hoà Tiến đạt 19/19 tiêu chí; xã Hoà Phong đạt 17/19 tiêu chí. "
        "Toàn huyện có 11/11 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn nông thôn mới "
        "nâng cao.\n"
        "Tổng vốn huy động năm 2022 là 412,5 tỷ đồng, trong đó ngân sách thành phố 120 tỷ đồng.\n"
    ),
    "luong-son-news.txt": (
        "Huyện Lương Sơn thêm hai xã về đích nông thôn mới\n"
        "Năm 2023, xã Cư Hòa và xã Tân Thủy đạt 19/19 tiêu chí; xã Yên Hòa đạt 17/19 tiêu chí. "
        "Toàn huyện có 9/11 xã đạt chuẩn.\n"
    ),
    "thuy-nguyen-news.txt": (
        "Huyện Thuỷ Nguyên về đích nông thôn mới nâng cao\n"
        "Tính đến cuối năm 2021, huyện Thuỷ Nguyên có 35/35 xã đạt chuẩn nông thôn mới, "
        "trong đó xã Thuỷ Đường đạt 19/19 tiêu chí nông thôn mới nâng cao. Tỷ lệ hộ dân "
        "dùng nước sạch đạt 98,5%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%.\n"
    ),
    # the unit named in the lead, not the province of the headline, whatever its spaces; "2
    # huyện" the two named before; a range the funding is for
    "tay-ninh-news.txt": (
        "Tây Ninh: Thêm hai huyện về đích nông thôn mới\n"
        "Theo Quyết định số 845/QĐ-TTg, huyện Bến Cầu, tỉnh Tây Ninh được công nhận đạt chuẩn "
        "nông thôn mới năm 2022. Theo Quyết định số 846/QĐ-TTg, huyện Dương Minh Châu, tỉnh Tây "
        "Ninh được công nhận đạt chuẩn nông thôn mới năm 2022.\n"
        "Huyện Bến Cầu có 8/8 xã đạt chuẩn nông thôn mới, đạt 100%; 2 xã đạt chuẩn nông thôn "
        "mới nâng cao.\n"
        "Bình quân các xã của 2 huyện đạt gần 18 tiêu chí/xã.\n"
        "Hơn 300 tỷ đồng là nguồn vốn tỉnh dành ra để tập trung cho các xã về đích nông thôn "
        "mới giai đoạn 2022-2023. Riêng năm 2022, tỉnh phấn đấu thêm 5 xã đạt chuẩn nông thôn "
        "mới.\n"
    ),
    # "5 năm" of years back, "quy định" (a requirement, no rate)
    "an-phu-2021.txt": (
        "UỶ BAN NHÂN DÂN\nHUYỆN AN PHÚ\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới huyện An Phú, tỉnh An Giang năm 2021\n"
        "Qua 5 năm thực hiện Chương trình, huyện An Phú đã huy động 1.250 tỷ đồng cho xây dựng "
        "nông thôn mới, trong đó nhân dân đóng góp 210 tỷ đồng.\n"
        "Đến hết năm 2021, toàn huyện có 9/12 xã đạt chuẩn nông thôn mới; xã Phú Hữu đạt 17/19 "
        "tiêu chí.\n"
        "Nhà ở dân cư đạt chuẩn theo quy định: 97%.\n"
        "Tỉnh bố trí 520 tỷ đồng cho các xã phấn đấu về đích giai đoạn 2021-2022.\n"
    ),
    # every phrase short forms stand for, spelt out, in the statements that read them: a
    # criterion named by them, budgets, a share after a count of communes, a table's header
    "tan-lap-2023.txt": (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẬP\nSố: 77/BC-UBND\nBÁO CÁO\n"
        "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Tân Lập, "
        "tỉnh Phú Thọ năm 2023\n"
        "Năm 2023, Ủy ban nhân dân huyện tập trung chỉ đạo xây dựng nông thôn mới gắn với phát "
        "triển kinh tế - xã hội.\n"
        "Đến hết năm 2023, toàn huyện có 14/18 xã đạt chuẩn nông thôn mới, đạt 77,8%; trong đó 3 "
        "xã đạt chuẩn nông thôn mới nâng cao. Trong số 5 xã đặc biệt khó khăn có 2 xã đạt chuẩn "
        "nông thôn mới.\n"
        "Lấy ý kiến người dân tại 6 xã khi được công nhận đạt chuẩn nông thôn mới đều hài lòng "
        "đạt trên 92%.\n"
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%. Tỷ lệ hộ nghèo vùng đồng bào dân tộc "
        "thiểu số giảm còn 6,4%.\n"
        "Có 12/18 xã đạt tiêu chí môi trường và an toàn thực phẩm; 7/18 xã có tổ hợp tác hoặc hợp "
        "tác xã hoạt động có hiệu quả.\n"
        "Có 420/500 hộ chăn nuôi có chuồng trại bảo đảm vệ sinh môi trường, đạt 84%.\n"
        "Tổng nguồn vốn huy động năm 2023 là 1.250,5 tỷ đồng, trong đó: ngân sách trung ương 320 "
        "tỷ đồng; ngân sách địa phương 410,2 tỷ đồng; doanh nghiệp, hợp tác xã 70 tỷ đồng.\n"
        "Nguồn ngân sách nhà nước hỗ trợ trực tiếp 730,2 tỷ đồng, chiếm 58,4% tổng vốn. Hội đồng "
        "nhân dân huyện bố trí thêm 2.500 triệu đồng cho các xã đặc biệt khó khăn.\n"
        "Bảng 1. Kết quả các xã\n"
        "| TT | Tên xã | Số tiêu chí đạt | Các tiêu chí chưa đạt | Kinh phí (triệu đồng) |\n"
        "| 1 | Minh Tiến | 19 | | 4.350 |\n"
        "| 2 | Tân Phú | 16 | 5, 13, 17 | 2.100 |\n"
    ),
}

#: rewrites that change no fact (checked against the corpus when they were written)
STEADY: dict[str, Rewrite] = {
    "tones_new": tones_new,
    "tones_old": tones_old,
    "i_for_y": i_for_y,
    "money_abbreviated": money_abbreviated,
    "ntm_abbreviated": ntm_abbreviated,
    "ntm_spelt_out": ntm_spelt_out,
    "abbreviated": abbreviated,
    "spaced_ranges": spaced_ranges,
    "dashed_ranges": dashed_ranges,
    "spaced_percent": spaced_percent,
    "headings_upper": headings_upper,
    "headings_lower": headings_lower,
    "zero_padded": zero_padded,
    "spaces_doubled": spaces_doubled,
}


# -- the rewrites themselves -----------------------------------------------------------------


def test_the_abbreviations_keep_headings_in_capitals_and_whole_words() -> None:
    text = "UỶ BAN NHÂN DÂN HUYỆN\nỦy ban nhân dân huyện giao 5 tỷ đồng; nông thôn mới\n"
    assert abbreviated(text) == "UỶ BAN NHÂN DÂN HUYỆN\nUBND huyện giao 5 tỷ đ; NTM\n"
    assert ABBREVIATED["nstu"]("Ngân sách trung ương cấp") == "NSTƯ cấp"
    assert ABBREVIATED["tc"]("đạt 17 tiêu chí\n| Số tiêu chí đạt |") == (
        "đạt 17 tiêu chí\n| Số TC đạt |"
    )


def test_the_tone_rewrites_move_only_the_mark_of_a_final_pair() -> None:
    assert tones_new("Hòa Vang, thủy lợi, khỏe, Ủy ban, quý, hoàn thành") == (
        "Hoà Vang, thuỷ lợi, khoẻ, Uỷ ban, quý, hoàn thành"
    )
    assert tones_old("Hoà Vang, thuỷ lợi, khoẻ, Uỷ ban") == "Hòa Vang, thủy lợi, khỏe, Ủy ban"


def test_the_wrap_rewrite_keeps_every_word_and_table_line() -> None:
    text = "Một hai ba bốn năm sáu bảy tám chín mười\n| a | b |\n"
    out = wrapped(12)(text)
    assert out.split() == text.split()
    assert "| a | b |" in out.split("\n")
    assert all(len(line) <= 12 or "|" in line for line in out.split("\n"))


# -- what they fixed -------------------------------------------------------------------------


@given(st.text(alphabet="hoaàáuyỳýqtHOÀUỶ ", max_size=30))
def test_the_old_tone_placement_keeps_the_length_and_is_the_old_rewrite(text: str) -> None:
    folded = old_tone_placement(text)
    assert len(folded) == len(text)
    assert folded == old_tone_placement(tones_new(text)) == tones_old(folded)


def test_a_one_paragraph_a_line_text_is_not_hard_wrapped() -> None:
    for path in TEXTS:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")]
        assert wrap_width(lines) is None, path.name


@given(width=st.integers(min_value=50, max_value=110))
@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_hard_wrapped_text_is_seen_at_its_width(width: int) -> None:
    text = (CORPUS / "txt" / "lam-dong-huyen-duc-trong-2016.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in wrapped(width)(text).split("\n")]
    found = wrap_width(lines)
    assert found is not None and width - 15 <= found <= width


# -- the facts stay ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(OWN_TEXTS))
@pytest.mark.parametrize("tones", [tones_new, tones_old], ids=["new", "old"])
def test_a_place_is_one_place_whichever_vowel_bears_its_tone(
    tmp_path: Path, name: str, tones: Rewrite
) -> None:
    assert_same_facts(tmp_path, name, OWN_TEXTS[name], tones)


@pytest.mark.parametrize("name", ["hoa-vang-2022.txt", "thuy-nguyen-news.txt"])
def test_own_texts_keep_their_facts_hard_wrapped(tmp_path: Path, name: str) -> None:
    assert_same_facts(tmp_path, name, OWN_TEXTS[name], wrapped(60))


@pytest.mark.parametrize("rewrite", sorted(STEADY))
@pytest.mark.parametrize("name", ["tay-ninh-news.txt", "an-phu-2021.txt"])
def test_own_texts_keep_their_facts_under_a_rewrite(
    tmp_path: Path, name: str, rewrite: str
) -> None:
    assert_same_facts(tmp_path, name, OWN_TEXTS[name], STEADY[rewrite])


@pytest.mark.parametrize("rewrite", sorted(STEADY))
@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_a_corpus_report_keeps_its_facts_under_a_rewrite(
    tmp_path: Path, path: Path, rewrite: str
) -> None:
    assert_same_facts(tmp_path, path.name, path.read_text(encoding="utf-8"), STEADY[rewrite])


@given(
    index=st.integers(min_value=0, max_value=len(TEXTS) - 1),
    width=st.integers(min_value=50, max_value=110),
)
@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_corpus_report_keeps_its_facts_hard_wrapped(
    tmp_path: Path, index: int, width: int
) -> None:
    path = TEXTS[index]
    assert_same_facts(tmp_path, path.name, path.read_text(encoding="utf-8"), wrapped(width))


@given(index=st.integers(min_value=0, max_value=len(TEXTS) - 1), seed=st.integers(0, 2**16))
@example(index=[p.name for p in TEXTS].index("nghe-an-tinh-nghe-an-2021.txt"), seed=7)
@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_corpus_report_keeps_its_facts_with_odd_spaces(
    tmp_path: Path, index: int, seed: int
) -> None:
    path = TEXTS[index]
    rewrite = odd_spaces(random.Random(seed))
    assert_same_facts(tmp_path, path.name, path.read_text(encoding="utf-8"), rewrite)


# -- short forms (data/short_forms.toml) -------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ABBREVIATED))
def test_own_text_keeps_its_facts_under_each_abbreviation(tmp_path: Path, name: str) -> None:
    assert_same_facts(
        tmp_path, "tan-lap-2023.txt", OWN_TEXTS["tan-lap-2023.txt"], ABBREVIATED[name]
    )


@pytest.mark.parametrize("path", ALL_TEXTS, ids=[p.stem for p in ALL_TEXTS])
def test_a_report_keeps_its_facts_abbreviated(tmp_path: Path, path: Path) -> None:
    """Every short form at once, over the corpus, the real reports and the seeds."""
    assert_same_facts(tmp_path, path.name, path.read_text(encoding="utf-8"), abbreviated)


@given(
    index=st.integers(min_value=0, max_value=len(ALL_TEXTS) - 1),
    name=st.sampled_from(sorted(ABBREVIATED)),
)
@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_report_keeps_its_facts_under_one_abbreviation(
    tmp_path: Path, index: int, name: str
) -> None:
    path = ALL_TEXTS[index]
    assert_same_facts(tmp_path, path.name, path.read_text(encoding="utf-8"), ABBREVIATED[name])
