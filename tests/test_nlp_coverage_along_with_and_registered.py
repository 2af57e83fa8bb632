"""Two ways a registration goal was lost (README, "Decisions", twelfth session; FACTS.md: "có
12 xã đăng ký đạt chuẩn nâng cao" is coverage with ``target: true``):

* "Cùng với N xã …" ("together with") opens a clause whose subject the units are: it is no
  preposition of a share or a recipient, as "với 107/111 xã" after a share is;
* "đăng kí" is "đăng ký" spelt with a final "i" (both are in use): the goal cue reads it
  as well.

Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


def _coverage(make_document, body: str) -> list[tuple[int, object, bool]]:
    facts = facts_of(make_document, body, name=NEWS)
    return [(f.units_met, f.units_total, f.target) for f in facts if f.kind == "coverage"]


@pytest.mark.parametrize(
    "body",
    [
        "Cùng với 9 xã trên địa bàn tỉnh Kon Tum đăng ký đạt chuẩn nông thôn mới trong năm "
        "2025, các huyện còn đẩy mạnh phong trào thi đua.\n",
        "Năm 2025, cùng với 9 xã đăng ký đạt chuẩn nông thôn mới nâng cao, tỉnh tiếp tục chỉ "
        "đạo các xã còn lại.\n",
    ],
)
def test_units_after_along_with_are_its_subject(make_document, body: str) -> None:
    assert _coverage(make_document, body) == [(9, None, True)]


def test_with_after_a_share_still_names_whose_share(make_document) -> None:
    body = "Tỉnh Kon Tum đạt tỉ lệ 55,5% với 47/85 xã đạt chuẩn nông thôn mới.\n"
    assert [(m, t) for m, t, _ in _coverage(make_document, body)] == [(47, 85)]


@pytest.mark.parametrize(
    "body",
    [
        "Trong năm 2025, huyện Đắk Hà có 4 xã đăng kí đạt chuẩn nông thôn mới.\n",
        "Năm 2025 huyện Đắk Hà có 4 xã đăng kí đạt chuẩn nông thôn mới nâng cao.\n",
    ],
)
def test_dang_ki_is_a_registration(make_document, body: str) -> None:
    assert _coverage(make_document, body) == [(4, None, True)]
