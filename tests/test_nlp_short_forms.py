"""A phrase and its short form are read alike: "NTM" is "nông thôn mới", "NSTW" "ngân sách
trung ương", "BHYT" "bảo hiểm y tế", "ĐBKK" "đặc biệt khó khăn", "TC" "tiêu chí" in a table,
"trđ" "triệu đồng" (baocao/data/short_forms.toml, units.toml). Each class is a pair of texts
of our own wording, spelt out and abbreviated as real reports write it, that must give the same
facts; the abbreviated one is also checked for the fact itself."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, of_kind, place_of
from tablefacts import make_document as table_document
from tablefacts import table_facts

from baocao.evaluate import fact_key
from baocao.model import Coverage, Fact, Funding, Percentage, Verdict

HEAD = "UBND HUYỆN TÂN LẬP\nBÁO CÁO\nKết quả xây dựng nông thôn mới huyện Tân Lập năm 2023\n"


def _read(make_document: MakeDocument, body: str) -> tuple[Fact, ...]:
    return facts_of(make_document, HEAD + body + "\n")


def _keys(facts: tuple[Fact, ...]) -> list[tuple[object, ...]]:
    return sorted(
        (f.kind, fact_key(f), f.period, place_of(f), getattr(f, "criterion", None)) for f in facts
    )


#: (class, spelt out, abbreviated): the same statement in both spellings
PAIRS = [
    (
        "ntm",
        "Đến hết năm 2023, huyện có 14/18 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn "
        "mới nâng cao.",
        "Đến hết năm 2023, huyện có 14/18 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao.",
    ),
    (
        "ntm_gap",
        # a share of people's opinion written after a count of communes: far from the count
        # spelt out, and as far abbreviated
        "Năm 2023, lấy ý kiến người dân tại 6 xã khi được công nhận đạt chuẩn nông thôn mới "
        "đều hài lòng đạt trên 92%.",
        "Năm 2023, lấy ý kiến người dân tại 6 xã khi được công nhận đạt chuẩn NTM "
        "đều hài lòng đạt trên 92%.",
    ),
    (
        "xdntm",
        "Năm 2023, tổng vốn huy động xây dựng nông thôn mới của huyện là 356 tỷ đồng.",
        "Năm 2023, tổng vốn huy động XDNTM của huyện là 356 tỷ đồng.",
    ),
    (
        "mtqg",
        "Năm 2023, vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững lồng ghép 35 tỷ đồng.",
        "Năm 2023, vốn Chương trình MTQG giảm nghèo bền vững lồng ghép 35 tỷ đồng.",
    ),
    (
        "nstw",
        "Năm 2023, nguồn ngân sách trung ương hỗ trợ 12,5 tỷ đồng.",
        "Năm 2023, nguồn NSTW hỗ trợ 12,5 tỷ đồng.",
    ),
    (
        "nstu",
        "Năm 2023, ngân sách trung ương phân bổ cho huyện 48 tỷ đồng.",
        "Năm 2023, NSTƯ phân bổ cho huyện 48 tỷ đồng.",
    ),
    (
        "nsdp",
        "Năm 2023, ngân sách địa phương các cấp đối ứng 41,2 tỷ đồng.",
        "Năm 2023, NSĐP các cấp đối ứng 41,2 tỷ đồng.",
    ),
    (
        "nsnn",
        "Năm 2023, vốn ngân sách nhà nước hỗ trợ trực tiếp 73 tỷ đồng, chiếm 58,4% tổng vốn.",
        "Năm 2023, vốn NSNN hỗ trợ trực tiếp 73 tỷ đồng, chiếm 58,4% tổng vốn.",
    ),
    (
        "hdnd",
        "Năm 2023, Hội đồng nhân dân huyện bố trí thêm 2.500 triệu đồng cho các xã.",
        "Năm 2023, HĐND huyện bố trí thêm 2.500 triệu đồng cho các xã.",
    ),
    (
        "ubnd",
        "Năm 2023, Ủy ban nhân dân huyện phân bổ 4,6 tỷ đồng cho xã Minh Tiến.",
        "Năm 2023, UBND huyện phân bổ 4,6 tỷ đồng cho xã Minh Tiến.",
    ),
    (
        "bhyt",
        "Năm 2023, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%.",
        "Năm 2023, tỷ lệ người dân tham gia BHYT đạt 93,2%.",
    ),
    (
        "htx_tht",
        "Đến cuối năm 2023 có 7/11 xã có tổ hợp tác hoặc hợp tác xã hoạt động có hiệu quả.",
        "Đến cuối năm 2023 có 7/11 xã có THT hoặc HTX hoạt động có hiệu quả.",
    ),
    (
        "attp",
        "Năm 2023 có 9/11 xã đạt tiêu chí môi trường và an toàn thực phẩm.",
        "Năm 2023 có 9/11 xã đạt tiêu chí môi trường và ATTP.",
    ),
    (
        "vsmt",
        "Năm 2023, có 420/500 hộ chăn nuôi có chuồng trại bảo đảm vệ sinh môi trường, đạt 84%.",
        "Năm 2023, có 420/500 hộ chăn nuôi có chuồng trại bảo đảm VSMT, đạt 84%.",
    ),
    (
        "dtts",
        "Năm 2023, tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 6,4%.",
        "Năm 2023, tỷ lệ hộ nghèo vùng đồng bào DTTS giảm còn 6,4%.",
    ),
    (
        "dbkk",
        "Đến hết năm 2023, trong 4 xã đặc biệt khó khăn có 1 xã đạt chuẩn nông thôn mới.",
        "Đến hết năm 2023, trong 4 xã ĐBKK có 1 xã đạt chuẩn NTM.",
    ),
    (
        "dbkk_village",
        "Năm 2023, trong 9 thôn đặc biệt khó khăn có 4 thôn đạt chuẩn nông thôn mới.",
        "Năm 2023, trong 9 thôn ĐBKK có 4 thôn đạt chuẩn NTM.",
    ),
    (
        "ktxh",
        "Năm 2023, có 10/11 xã đạt tiêu chí giao thông, hạ tầng kinh tế - xã hội đồng bộ.",
        "Năm 2023, có 10/11 xã đạt tiêu chí giao thông, hạ tầng KT-XH đồng bộ.",
    ),
    # cue words read with their short forms (patterns_cues.toml, derived from short_forms.toml)
    (
        "bo_tc",
        # the phase of the criteria set a count is measured by does not date the count
        "Đến cuối năm 2023, số xã đạt chuẩn nông thôn mới nâng cao theo Bộ tiêu chí giai đoạn "
        "2021 - 2025 là 5/12 xã.",
        "Đến cuối năm 2023, số xã đạt chuẩn NTM nâng cao theo Bộ TC giai đoạn 2021 - 2025 là "
        "5/12 xã.",
    ),
    (
        "dat_tc",
        # units named after the money they got, then their standard: a count of their own
        "Năm 2023, huyện hỗ trợ 4,5 tỷ đồng cho 9/9 xã đạt tiêu chí giao thông.",
        "Năm 2023, huyện hỗ trợ 4,5 tỷ đồng cho 9/9 xã đạt TC giao thông.",
    ),
    (
        "nop_nsnn",
        "Năm 2023, doanh nghiệp trên địa bàn nộp ngân sách nhà nước 45 tỷ đồng; huyện huy động "
        "120 tỷ đồng xây dựng nông thôn mới.",
        "Năm 2023, doanh nghiệp trên địa bàn nộp NSNN 45 tỷ đồng; huyện huy động 120 tỷ đồng "
        "XDNTM.",
    ),
    (
        "trd",
        "Năm 2023, kinh phí hỗ trợ xã Minh Tiến là 4.350 triệu đồng.",
        "Năm 2023, kinh phí hỗ trợ xã Minh Tiến là 4.350 trđ.",
    ),
    (
        "tr_dong",
        "Năm 2023, xã Tân Phú được hỗ trợ 2.100 triệu đồng làm đường.",
        "Năm 2023, xã Tân Phú được hỗ trợ 2.100 tr.đồng làm đường.",
    ),
    (
        "ty_d",
        "Năm 2023, tổng vốn huy động của huyện là 356,4 tỷ đồng.",
        "Năm 2023, tổng vốn huy động của huyện là 356,4 tỷ đ.",
    ),
    # "TC số N" (set Z, ninth session): a numbered criterion written short, in a verdict, a
    # coverage with its share, and a criterion's heading
    (
        "tc_numbered_verdict",
        "Năm 2023, xã Minh Tiến đạt tiêu chí số 9 về nhà ở dân cư; xã Tân Phú chưa đạt tiêu chí "
        "số 13.",
        "Năm 2023, xã Minh Tiến đạt TC số 9 về nhà ở dân cư; xã Tân Phú chưa đạt TC số 13.",
    ),
    (
        "tc_numbered_coverage",
        "Đến hết năm 2023, có 16/18 xã đạt tiêu chí số 4 về điện (đạt 88,89%).",
        "Đến hết năm 2023, có 16/18 xã đạt TC số 4 về điện (đạt 88,89%).",
    ),
    (
        "tc_numbered_heading",
        "Tiêu chí số 5 - Trường học:\nNăm 2023, huyện có 42/45 trường đạt chuẩn quốc gia.",
        "TC số 5 - Trường học:\nNăm 2023, huyện có 42/45 trường đạt chuẩn quốc gia.",
    ),
]


@pytest.mark.parametrize(("spelt", "short"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_a_short_form_gives_the_facts_of_its_phrase(
    make_document: MakeDocument, spelt: str, short: str
) -> None:
    expected = _keys(_read(make_document, spelt))
    assert expected, "the spelt-out text states a fact"
    assert _keys(_read(make_document, short)) == expected


# -- the facts themselves, abbreviated ---------------------------------------------------------


def test_a_share_far_from_a_count_spelt_out_is_as_far_abbreviated(make_document: MakeDocument):
    # the count of communes and the share are MAX_SHARE_GAP apart only when "NTM" counts as
    # the phrase it stands for: the share is the people's, no share of the 6 communes
    body = (
        "Năm 2023, lấy ý kiến người dân tại 6 xã khi được công nhận đạt chuẩn NTM "
        "đều hài lòng đạt trên 92%."
    )
    facts = of_kind(_read(make_document, body), Percentage)
    assert [f.value for f in facts] == [92.0]


def test_the_central_budget_abbreviated_is_the_central_source(make_document: MakeDocument):
    facts = of_kind(_read(make_document, "Năm 2023, nguồn NSTW hỗ trợ 12,5 tỷ đồng."), Funding)
    assert [(f.source, f.amount_vnd) for f in facts] == [("central", 12_500_000_000)]


def test_the_local_and_state_budgets_abbreviated_join_their_levels(make_document: MakeDocument):
    body = "Năm 2023, NSĐP đối ứng 41,2 tỷ đồng; vốn NSNN hỗ trợ trực tiếp 73 tỷ đồng."
    facts = of_kind(_read(make_document, body), Funding)
    assert [(f.source, f.amount_vnd) for f in facts] == [
        ("province+district+commune", 41_200_000_000),
        ("central+province+district+commune", 73_000_000_000),
    ]


@pytest.mark.parametrize("budget", ["ngân sách nhà nước", "NSNN", "NSĐP", "NSTW", "NSTƯ"])
def test_budget_revenue_abbreviated_is_no_programme_money(
    make_document: MakeDocument, budget: str
) -> None:
    body = f"Năm 2023, kinh tế huyện tăng trưởng khá; thu {budget} đạt 812 tỷ đồng."
    assert of_kind(_read(make_document, body), Funding) == []


def test_units_counted_by_a_criteria_set_abbreviated_keep_the_reports_year(
    make_document: MakeDocument,
) -> None:
    body = (
        "Đến cuối năm 2023, số xã đạt chuẩn NTM nâng cao theo Bộ TC giai đoạn 2021 - 2025 "
        "là 5/12 xã."
    )
    facts = of_kind(_read(make_document, body), Coverage)
    assert [(f.units_met, f.units_total, f.period) for f in facts] == [(5, 12, "2023")]


def test_units_reaching_a_criterion_abbreviated_after_their_money_are_counted(
    make_document: MakeDocument,
) -> None:
    body = "Năm 2023, huyện hỗ trợ 4,5 tỷ đồng cho 9/9 xã đạt TC giao thông."
    facts = of_kind(_read(make_document, body), Coverage)
    assert [(f.units_met, f.units_total, f.criterion) for f in facts] == [(9, 9, 2)]


def test_money_paid_to_the_state_budget_abbreviated_is_no_programme_money(
    make_document: MakeDocument,
) -> None:
    body = "Năm 2023, doanh nghiệp nộp NSNN 45 tỷ đồng; huyện huy động 120 tỷ đồng XDNTM."
    facts = of_kind(_read(make_document, body), Funding)
    assert [f.amount_vnd for f in facts] == [120_000_000_000]


def test_health_insurance_abbreviated_is_the_health_criterion(make_document: MakeDocument):
    body = "Năm 2023, tỷ lệ người dân tham gia BHYT đạt 93,2%."
    facts = of_kind(_read(make_document, body), Percentage)
    assert [(f.value, f.criterion) for f in facts] == [(93.2, 15)]


@pytest.mark.parametrize(
    ("body", "criterion"),
    [
        ("Năm 2023 có 7/11 xã có THT hoặc HTX hoạt động có hiệu quả.", 13),
        ("Năm 2023 có 9/11 xã đạt tiêu chí môi trường và ATTP.", 17),
    ],
)
def test_a_criterion_named_with_short_forms_is_that_criterion(
    make_document: MakeDocument, body: str, criterion: int
) -> None:
    facts = of_kind(_read(make_document, body), Coverage)
    assert [f.criterion for f in facts] == [criterion]


@pytest.mark.parametrize("kind", ["xã ĐBKK", "xã DTTS", "thôn ĐBKK", "xã NTM"])
def test_a_short_form_after_a_place_prefix_is_no_place_name(
    make_document: MakeDocument, kind: str
) -> None:
    body = f"Đến hết năm 2023, trong 5 {kind} có 2 {kind.split()[0]} đạt chuẩn NTM."
    facts = of_kind(_read(make_document, body), Coverage)
    assert [(f.units_met, f.region) for f in facts] == [(2, "huyện Tân Lập")]


@pytest.mark.parametrize("unit", ["trđ", "tr.đồng", "Tr.đ", "tr.đ"])
def test_millions_abbreviated_are_millions(make_document: MakeDocument, unit: str) -> None:
    body = f"Năm 2023, kinh phí hỗ trợ xã Minh Tiến là 4.350 {unit}."
    facts = of_kind(_read(make_document, body), Funding)
    assert [(f.amount_vnd, f.unit_written) for f in facts] == [(4_350_000_000, "triệu đồng")]


# -- tables: "TC" for "tiêu chí" in a header, "Tr.đ" for "triệu đồng", budgets short ------------

#: (class, spelt-out table, abbreviated table), rows of cells
TABLE_PAIRS = [
    (
        "tc_unmet",
        [
            ["TT", "Xã", "Số tiêu chí đạt", "Các tiêu chí chưa đạt"],
            ["1", "Xuân Phước", "17", "13, 17"],
            ["2", "Đa Lộc", "15", "2, 5, 13, 17"],
        ],
        [
            ["TT", "Xã", "Số TC đạt", "Các TC chưa đạt"],
            ["1", "Xuân Phước", "17", "13, 17"],
            ["2", "Đa Lộc", "15", "2, 5, 13, 17"],
        ],
    ),
    (
        "tc_of",
        [
            ["TT", "Tên xã", "Số tiêu chí đã đạt (trên 19 tiêu chí)"],
            ["1", "Xuân Lãnh", "19"],
            ["2", "Xuân Sơn", "16"],
        ],
        [
            ["TT", "Tên xã", "Số TC đã đạt (trên 19 TC)"],
            ["1", "Xuân Lãnh", "19"],
            ["2", "Xuân Sơn", "16"],
        ],
    ),
    (
        "budgets_tr_d",
        [
            ["TT", "Nguồn vốn", "Kinh phí (triệu đồng)"],
            ["1", "Ngân sách trung ương", "85.300"],
            ["2", "Ngân sách địa phương", "96.150"],
        ],
        [["TT", "Nguồn vốn", "Kinh phí (Tr.đ)"], ["1", "NSTW", "85.300"], ["2", "NSĐP", "96.150"]],
    ),
]


def _table_keys(rows: list[list[str]]) -> list[tuple[object, ...]]:
    return sorted(
        (f.kind, fact_key(f), f.period, place_of(f), getattr(f, "criterion", None))
        for f in table_facts(table_document(rows))
    )


@pytest.mark.parametrize(
    ("spelt", "short"), [p[1:] for p in TABLE_PAIRS], ids=[p[0] for p in TABLE_PAIRS]
)
def test_a_table_with_short_forms_gives_the_facts_of_its_spelt_out_twin(
    spelt: list[list[str]], short: list[list[str]]
) -> None:
    expected = _table_keys(spelt)
    assert expected, "the spelt-out table states a fact"
    assert _table_keys(short) == expected


def test_a_table_writing_tc_for_tieu_chi_gives_its_unmet_criteria() -> None:
    rows = [["TT", "Xã", "Số TC đạt", "Các TC chưa đạt"], ["1", "Xuân Phước", "17", "13, 17"]]
    facts = of_kind(table_facts(table_document(rows)), Verdict)
    assert sorted((f.subject, f.criterion, f.met) for f in facts) == [
        ("Xuân Phước", 13, False),
        ("Xuân Phước", 17, False),
    ]
