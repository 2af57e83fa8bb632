"""The input of every loader: one file's bytes and what we know of them before parsing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from baocao.model import Document, Format
from baocao.settings import ExtractSettings


@dataclass(frozen=True)
class Source:
    """A file read once: ``data`` is its bytes, ``sha256`` their hash, ``format`` what
    :mod:`baocao.extract.detect` made of them. ``name`` is the file name used in messages."""

    path: Path
    name: str
    data: bytes
    sha256: str
    format: Format

    @property
    def size_bytes(self) -> int:
        return len(self.data)


#: Every loader has this shape; ``baocao.extract`` dispatches on ``Source.format``.
Loader = Callable[[Source, ExtractSettings], Document]
