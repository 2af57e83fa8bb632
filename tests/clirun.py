"""Running the real ``baocao`` command in a subprocess, and a short report to feed it: what
every CLI test module shares."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BAOCAO = [sys.executable, "-m", "baocao"]

REPORT = """ỦY BAN NHÂN DÂN
HUYỆN {district}

BÁO CÁO
Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới huyện {district}, \
tỉnh {province} năm 2020

1. Kết quả thực hiện các tiêu chí
Toàn huyện có {met}/{total} xã đạt tiêu chí số 2 về giao thông.
2. Nguồn vốn
Tổng nguồn vốn huy động năm 2020: {money} triệu đồng.
"""


def write_report(folder: Path, name: str, **values: object) -> Path:
    path = folder / name
    path.write_text(REPORT.format(**values), encoding="utf-8")
    return path


def run(*args: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BAOCAO, *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "BAOCAO_DB": ""},
    )


#: News about two communes of one province recognised together: a report whose units are
#: both communes, in the order the text names them (Tịnh Hiệp first, its report unit).
NEWS_TWO_COMMUNES = """Chủ tịch UBND tỉnh Quảng Ngãi vừa ký quyết định công nhận thêm 2 xã đạt \
chuẩn nông thôn mới.

2 xã được công nhận lần này gồm: xã Tịnh Hiệp (huyện Sơn Tịnh) và xã Đức Lân (huyện Mộ Đức).

Năm 2020, xã Tịnh Hiệp đạt 19/19 tiêu chí.
"""


def write_news_two_communes(folder: Path, name: str = "tin-hai-xa.txt") -> Path:
    path = folder / name
    path.write_text(NEWS_TWO_COMMUNES, encoding="utf-8")
    return path
