"""`scripts/measure_accuracy.py --set NAME=DIR`: a gold set of one's own, measured like the
shared ones (its formats built under build/sets/NAME)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import measure_accuracy  # noqa: E402


def _set(tmp_path: Path, names: list[str], gold: list[str]) -> Path:
    (tmp_path / "gold").mkdir()
    for name in names:
        (tmp_path / f"{name}.txt").write_text("Xã A đạt 19/19 tiêu chí.", encoding="utf-8")
    for name in gold:
        (tmp_path / "gold" / f"{name}.json").write_text("{}", encoding="utf-8")
    return tmp_path


def test_an_own_set_holds_the_texts_that_have_gold(tmp_path: Path) -> None:
    folder = _set(tmp_path, ["b-text", "a-text", "no-gold"], ["a-text", "b-text"])
    text_set = measure_accuracy.own_set(f"unseen={folder}")
    assert text_set.name == "unseen"
    assert text_set.names == ("a-text", "b-text")
    assert text_set.gold_dir == folder / "gold"
    assert text_set.files("txt") == [folder / "a-text.txt", folder / "b-text.txt"]
    assert (
        text_set.files("badscan")[0]
        == ROOT / "build" / "sets" / "unseen" / "badscan" / "a-text.pdf"
    )


@pytest.mark.parametrize("spec", ["unseen", "=somewhere", "unseen="])
def test_a_set_without_name_or_folder_is_refused(spec: str) -> None:
    with pytest.raises(SystemExit, match="NAME=DIR"):
        measure_accuracy.own_set(spec)


def test_a_folder_without_gold_is_refused(tmp_path: Path) -> None:
    folder = _set(tmp_path, ["a-text"], [])
    with pytest.raises(SystemExit, match="no .txt"):
        measure_accuracy.own_set(f"unseen={folder}")


def test_an_own_set_is_scored_in_txt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "own"
    folder.mkdir()
    _set(folder, ["a-text"], [])
    (folder / "gold" / "a-text.json").write_text(
        '{"doc": "a-text", "meta": {}, "verdicts": [], "criteria_counts": [{"subject": "xã A",'
        ' "met": 19, "of": 19, "what": "tiêu chí", "scheme": "NTM", "period": null,'
        ' "quote": "Xã A đạt 19/19 tiêu chí"}], "coverage": [], "funding": [], "percentages": []}',
        encoding="utf-8",
    )
    assert measure_accuracy.main(["--sets", "", "--formats", "txt", "--set", f"own={folder}"]) == 0
    row = capsys.readouterr().out.splitlines()[-1]
    assert row.startswith("| own (1 texts, 1 facts) | 1.000 |")
