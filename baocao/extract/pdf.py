"""placeholder: being written"""

from __future__ import annotations

from baocao.errors import UnsupportedFormat
from baocao.extract.source import Source
from baocao.model import Document
from baocao.settings import ExtractSettings


def load_pdf(source: Source, settings: ExtractSettings) -> Document:
    raise UnsupportedFormat(source.name, "pdf: not supported yet")
