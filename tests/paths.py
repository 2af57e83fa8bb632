"""Where the tests find files: the project's own corpus, and the texts of ``../shared``
(the seeds and the real reports with their gold files), which live beside the clone and are
never committed. Every test module takes these paths from here; a test that needs the seeds
takes the ``seed_reports`` fixture (conftest.py), which skips, saying why, when they are absent.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
REAL = SHARED / "real"


def seed_files() -> list[Path]:
    """The seed reports (``../shared/seeds/*.txt``), sorted; [] when they are absent."""
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
