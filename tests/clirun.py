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
