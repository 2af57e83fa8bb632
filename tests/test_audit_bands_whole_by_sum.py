"""A list of bands whose whole is stated too far before it (a status page: the K/N of the
communes that completed every criterion, a paragraph of comment, then the list): when that
K and the bands' communes add up to its N exactly, and the list has no top band of its own,
the K are the top band and N the whole every band's share is of (audit/bands.py
``whole_by_sum``). A sum that does not add up is no evidence: nothing is flagged from it.
Our own wording."""

from __future__ import annotations

from pathlib import Path

from auditfacts import audit_text

from baocao.model import Finding

LEAD = (
    "Kết quả xây dựng nông thôn mới tỉnh Quảng Ngãi năm 2021\n"
    "Đến hết năm 2021 tỉnh Quảng Ngãi có {k} xã /60 xã hoàn thành 19/19 tiêu chí, đạt tỷ lệ "
    "{share}. Huyện Sơn Tịnh được đề nghị xét công nhận đạt chuẩn, thành phố Quảng Ngãi "
    "hoàn thành nhiệm vụ xây dựng nông thôn mới. Như vậy tỉnh đã cơ bản hoàn thành các mục "
    "tiêu của chương trình mục tiêu quốc gia giai đoạn 2016-2020 mà nghị quyết của Tỉnh ủy "
    "đã đề ra cho toàn bộ các địa phương trong tỉnh\n\n"
)
BANDS = (
    "+ Nhóm xã đạt từ 15 đến 18 tiêu chí: 12 xã, tỷ lệ {first}.\n\n"
    "+ Nhóm xã đạt 10-14 tiêu chí: 6 xã, tỷ lệ {second}.\n\n"
    "+ Nhóm xã đạt 5-9 tiêu chí: 02 xã, tỷ lệ 3,3%.\n\n"
    "+ Nhóm xã dưới 5 tiêu chí: không có.\n"
)


def shares_off(tmp_path: Path, k: int, first: str, second: str) -> list[Finding]:
    share = f"{k / 60 * 100:.1f}%".replace(".", ",")
    body = LEAD.format(k=k, share=share) + BANDS.format(first=first, second=second)
    return audit_text(tmp_path, "quang-ngai.txt", body, ("percent_mismatch",))


def test_a_wrong_share_of_the_bands_whole_is_found(tmp_path) -> None:
    # 12/60 = 20,0% and 6/60 = 10,0%; the two wrong shares agree on no other whole
    first, second = shares_off(tmp_path, 40, "25,0%", "15,0%")
    assert "12/60 = 20,0%" in first.explain
    assert "25,0%" in first.quote
    assert "6/60 = 10,0%" in second.explain


def test_right_shares_are_no_finding(tmp_path) -> None:
    assert shares_off(tmp_path, 40, "20,0%", "10,0%") == []


def test_a_k_that_does_not_complete_the_sum_gives_no_whole(tmp_path) -> None:
    # 35 + 20 = 55, not 60: the bands may leave communes out, their whole is not known
    assert shares_off(tmp_path, 35, "25,0%", "15,0%") == []
