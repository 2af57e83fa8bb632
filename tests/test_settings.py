"""Settings: every default stated once, in baocao/settings.py, and used by the CLI as it is."""

from __future__ import annotations

import inspect

import pytest

from baocao.errors import SettingsError
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings, MiB


def test_the_extract_command_defaults_to_the_settings_defaults() -> None:
    from baocao.cli import extract

    options = inspect.signature(extract).parameters
    assert options["max_mb"].default * MiB == DEFAULT_EXTRACT_SETTINGS.max_bytes
    assert options["ocr_workers"].default is None  # None: the cores left to each worker
    assert options["ocr"].default is DEFAULT_EXTRACT_SETTINGS.ocr
    assert options["workers"].default is None  # None: the settings' own, the machine's cores


def test_ocr_processes_share_the_cores_among_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from baocao.settings import ocr_workers_for

    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert ocr_workers_for(1) == 2  # never more than the per-document default
    assert ocr_workers_for(4) == 2
    assert ocr_workers_for(8) == 1
    assert ocr_workers_for(16) == 1  # never none


@pytest.mark.parametrize("name", ["max_bytes", "ocr_workers", "workers", "document_timeout_s"])
def test_a_bad_value_fails_naming_the_setting(name: str) -> None:
    with pytest.raises(SettingsError, match=f"^{name} must be"):
        ExtractSettings(**{name: 0})
