"""The auditor's cue tables (baocao/audit/cues.py): one loader for implied.toml, rates.toml,
recognised.toml and sums.toml. A check declares its lists as a dataclass of patterns; the
loader checks every entry, compiles each list once, and reports every broken entry of a file
in one LexiconError (exit code 6, as for the lexicons under baocao/data)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import baocao
from baocao.audit import implied_cues, rates, recognised, sums
from baocao.audit.cues import cue_field, load_cue_table, parse_cue_table
from baocao.errors import LexiconError
from baocao.exitcodes import ExitCode


@dataclass(frozen=True)
class Shop:
    goods: re.Pattern[str]
    opening: re.Pattern[str] = cue_field("start")
    closing: re.Pattern[str] = cue_field("end")


SHOP = """version = 1
[[goods]]
cue = "gạo"
example = ["bán gạo nếp", "Gạo tẻ mới về"]
[[goods]]
cue = "gạo nếp"
example = ["mua gạo nếp cái", "hai cân gạo nếp"]
[[opening]]
cue = "mở cửa"
example = ["mở cửa lúc sáu giờ", "hôm nay mở cửa"]
[[closing]]
cue = "đóng cửa"
example = ["chín giờ đóng cửa", "quán đóng cửa sớm"]
"""


def test_a_list_is_its_cues_as_whole_words_the_longest_first_in_any_case() -> None:
    shop = parse_cue_table(Shop, SHOP, source="shop.toml")
    found = shop.goods.search("Cửa hàng bán GẠO NẾP ngon")
    assert found is not None and found.group() == "GẠO NẾP"
    assert shop.goods.search("bán gạon") is None  # whole words only
    assert shop.goods.search("bán gao") is None  # accents are significant


def test_a_field_may_hold_its_cues_to_the_start_or_the_end_of_the_text() -> None:
    shop = parse_cue_table(Shop, SHOP, source="shop.toml")
    assert shop.opening.search("mở cửa lúc bảy giờ") is not None
    assert shop.opening.search("chợ mở cửa lúc bảy giờ") is None
    assert shop.closing.search("tám giờ đóng cửa ") is not None
    assert shop.closing.search("đóng cửa lúc tám giờ") is None


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('[[goods]]\nexample = ["bán gạo"]\n', "missing `cue`"),
        ('[[goods]]\ncue = "gạo"\n', "missing `example`"),
        ('[[goods]]\ncue = "gạo"\nexample = []\n', "at least one phrase"),
        ('[[goods]]\ncue = "gạo"\nexample = ["bán gạo", "bán ngô"]\n', "'bán ngô' is not matched"),
        ('[[goods]]\ncue = "gạo"\nexample = ["bán gạon", "gạo"]\n', "'bán gạon' is not matched"),
        (
            '[[goods]]\ncue = "gạo"\nexample = "bán gạo"\n'
            '[[goods]]\ncue = "Gạo"\nexample = "Gạo"\n',
            "listed twice",
        ),
        ('[[good]]\ncue = "gạo"\nexample = "bán gạo"\n', "good: no check reads this list"),
    ],
)
def test_a_broken_entry_is_a_lexicon_error_naming_it(entry: str, problem: str) -> None:
    with pytest.raises(LexiconError, match=re.escape(problem)):
        parse_cue_table(Shop, SHOP + entry, source="shop.toml")


def test_every_broken_entry_of_a_file_is_reported_at_once_under_its_cue() -> None:
    text = (
        'version = 1\n[[goods]]\ncue = "gạo"\nexample = ["bán ngô", "bán khoai"]\n'
        '[[opening]]\ncue = "mở cửa"\n'
    )
    with pytest.raises(LexiconError) as e:
        parse_cue_table(Shop, text, source="shop.toml")
    message = str(e.value)
    assert message.startswith("shop.toml: 4 problems")
    assert "goods[0] 'gạo': example 'bán ngô'" in message
    assert "opening[0] 'mở cửa': missing `example`" in message
    assert "closing: missing array of entries" in message


def test_a_file_without_a_version_or_not_toml_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="version"):
        parse_cue_table(Shop, SHOP.replace("version = 1\n", ""), source="shop.toml")
    with pytest.raises(LexiconError, match="invalid TOML"):
        parse_cue_table(Shop, "version = 1\n[[goods]\n", source="shop.toml")


def test_a_packaged_file_that_is_not_there_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="absent.toml: cannot read"):
        load_cue_table(Shop, "absent.toml")


def test_a_broken_cue_table_stops_the_audit_command_with_the_data_exit_code(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(
        "Năm 2023, tổng vốn xây dựng nông thôn mới của xã Phú Lâm là 40 tỷ đồng, gồm: vốn "
        "tỉnh 25 tỷ đồng, vốn xã 5 tỷ đồng.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "BAOCAO_DB": "", "PYTHONPATH": str(Path(baocao.__file__).parents[1])}
    run = [sys.executable, "-m", "baocao", "extract", "a.txt", "--db", "c.db"]
    subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, check=True, timeout=300)
    script = (
        "import baocao.audit.cues as cues\n"
        "cues.read_audit_file = lambda name: 'x = ['\n"
        "from baocao.cli import main\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "audit", "--db", "c.db"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == ExitCode.DATA == 6, result.stderr
    assert result.stderr.startswith("error: sums.toml: invalid TOML"), result.stderr


def test_each_checks_cue_table_is_read_and_compiled_once() -> None:
    assert rates.load_rate_cues() is rates.load_rate_cues()
    assert sums.load_sum_cues() is sums.load_sum_cues()
    assert recognised.load_recognition_cues() is recognised.load_recognition_cues()
    assert implied_cues.load_implied_cues() is implied_cues.load_implied_cues()
    # the implied counts are read right after a number, the change word right before it
    cues = implied_cues.load_implied_cues()
    assert cues.counted.search("hộ nghèo") is not None
    assert cues.counted.search("còn 12 hộ") is None
    assert cues.change.search("số hộ giảm") is not None
    assert cues.change.search("giảm 5 hộ") is None
