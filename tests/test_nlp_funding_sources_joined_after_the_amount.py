"""Where money came from, written after the amount: "… 48 tỷ đồng từ ngân sách tỉnh và vốn
đối ứng của địa phương" names both, joined in taxonomy order (FACTS.md, "Budgets of several
levels are joined sources"; the twelfth session left it `central`/`province` only); a source
after "từ" opened by a plural or a noun ("từ các nguồn vốn khác", "từ sự đóng góp của nhân
dân") is that source, not the total. A figure before the clause ends makes the words after
"và" the next figure's label. Found by the funding wording probe; our own wordings."""

from __future__ import annotations

import pytest
from readfacts import facts_of


def _sources(make_document, body: str) -> list[tuple[int, str]]:
    facts = facts_of(make_document, body)
    return sorted((f.amount_vnd, f.source) for f in facts if f.kind == "funding")


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("từ ngân sách tỉnh và vốn đối ứng của địa phương", "province+district+commune"),
        ("từ nguồn NSTW và ngân sách huyện", "central+district"),
        ("từ vốn lồng ghép các chương trình và đóng góp của người dân", "integrated+community"),
        ("từ các nguồn vốn khác", "other"),
        ("từ sự đóng góp của nhân dân", "community"),
        # a name going on past its comma: the programmes' and projects' pooled money
        ("từ lồng ghép các chương trình, dự án và vốn vay", "integrated+credit"),
    ],
)
def test_sources_written_after_the_amount(make_document, after: str, source: str) -> None:
    body = f"Năm 2022, xã Đại Đồng đã huy động được 7,25 tỷ đồng {after}.\n"
    assert _sources(make_document, body) == [(7_250_000_000, source)]


def test_a_figure_after_and_makes_its_own_label(make_document) -> None:
    body = (
        "Năm 2022, xã Đại Đồng huy động 4 tỷ đồng từ ngân sách huyện và nhân dân góp "
        "900 triệu đồng.\n"
    )
    assert _sources(make_document, body) == [
        (900_000_000, "community"),
        (4_000_000_000, "district"),
    ]
