"""load(): read once, hash, detect by content, dispatch through LOADERS."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from badfiles import docx_bytes

from baocao.errors import UnsupportedFormat
from baocao.extract import LOADERS, load, read_source, unsupported_cause
from baocao.extract.builder import TextBuilder
from baocao.extract.source import Source
from baocao.model import Document, Format
from baocao.settings import ExtractSettings


def test_source_is_read_once_hashed_and_detected_by_content(tmp_path: Path) -> None:
    data = docx_bytes()
    path = tmp_path / "bao-cao.txt"  # misleading name on purpose
    path.write_bytes(data)
    source = read_source(path)
    assert source.format is Format.DOCX
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.name == "bao-cao.txt" and source.size_bytes == len(data)
    document = load(path)
    assert document.format is Format.DOCX and document.sha256 == source.sha256
    assert document.size_bytes == len(data) and document.path == str(path)


def test_digital_formats_have_loaders() -> None:
    assert {Format.TEXT, Format.DOCX, Format.PDF} <= set(LOADERS)


def test_a_format_without_a_loader_is_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(LOADERS, Format.RTF, raising=False)
    path = tmp_path / "cu.rtf"
    path.write_bytes(b"{\\rtf1\\ansi Bao cao}")
    with pytest.raises(UnsupportedFormat) as err:
        load(path)
    assert str(err.value) == "cu.rtf: rtf: not supported yet"
    assert unsupported_cause(Format.IMAGE) == "image: needs OCR"


def test_a_registered_loader_receives_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rtf_loader(source: Source, settings: ExtractSettings) -> Document:
        builder = TextBuilder()
        builder.add_paragraph(f"{len(source.data)} bytes")
        return builder.build(source)

    monkeypatch.setitem(LOADERS, Format.RTF, rtf_loader)
    path = tmp_path / "cu.rtf"
    path.write_bytes(b"{\\rtf1 x}")
    assert load(path).text == "9 bytes\n"
