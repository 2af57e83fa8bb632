"""Extract: one file → one :class:`~baocao.model.Document`.

:func:`load` reads the file once (after checking it still exists and is within the size
limit), detects its format from its bytes (:mod:`baocao.extract.detect`) and hands a
:class:`~baocao.extract.source.Source` to the loader registered for that format in
:data:`LOADERS`. Loaders build their text with :class:`~baocao.extract.builder.TextBuilder`
and repair lines with :mod:`baocao.extract.layout`.

Every failure is a :class:`~baocao.errors.DocumentError` whose ``str()`` is
``"<file name>: <cause>"``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from baocao.errors import FileTooLarge, FileVanished, UnreadableFile, UnsupportedFormat
from baocao.extract.detect import detect_format
from baocao.extract.docx import load_docx
from baocao.extract.ocr import load_image
from baocao.extract.office import load_doc, load_odt, load_rtf, load_xls
from baocao.extract.pdf import load_pdf
from baocao.extract.sheets import load_xlsx
from baocao.extract.source import Loader, Source
from baocao.extract.text import load_text
from baocao.model import Document, Format
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings

__all__ = ["LOADERS", "load", "read_source"]

logger = logging.getLogger(__name__)

#: The loader for each format. Formats missing here fail with UnsupportedFormat.
LOADERS: dict[Format, Loader] = {
    Format.TEXT: load_text,
    Format.DOCX: load_docx,
    Format.PDF: load_pdf,
    Format.XLSX: load_xlsx,
    Format.DOC: load_doc,
    Format.RTF: load_rtf,
    Format.ODT: load_odt,
    Format.XLS: load_xls,
    Format.IMAGE: load_image,
}

#: Loaders that take already-read page texts (``page_cache=``).
_PAGE_CACHED = {Format.PDF: load_pdf, Format.IMAGE: load_image}

_VANISHED = "file vanished before it was read"


def load(
    path: str | os.PathLike[str],
    *,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    page_cache: Mapping[int, str] | None = None,
) -> Document:
    """Read the file at ``path`` into a :class:`Document`.

    Raises a :class:`~baocao.errors.DocumentError` subclass when the file cannot be read:
    FileVanished, FileTooLarge, UnsupportedFormat ("image: needs OCR"), UnreadableFile,
    EncryptedPdf, UnknownEncoding, EmptyDocument, NeedsOcr, ResourceLimit…
    """
    source = read_source(path, settings=settings)
    loader = LOADERS.get(source.format)
    if loader is None:
        raise UnsupportedFormat(source.name, unsupported_cause(source.format))
    logger.debug("%s: %s, %d bytes", source.name, source.format, source.size_bytes)
    if page_cache and source.format in _PAGE_CACHED:
        # OCR'd pages already read on an earlier run: never OCR a page twice.
        return _PAGE_CACHED[source.format](source, settings, page_cache=page_cache)
    return loader(source, settings)


def unsupported_cause(fmt: Format) -> str:
    """Why a format without a loader is refused."""
    if fmt is Format.IMAGE:
        return "image: needs OCR"
    return f"{fmt}: not supported yet"


def read_source(
    path: str | os.PathLike[str], *, settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS
) -> Source:
    """Stat, size-check, read once, hash and detect the format of the file at ``path``."""
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError as e:
        raise FileVanished(name, _VANISHED) from e
    except OSError as e:
        raise UnreadableFile(name, f"cannot stat: {e.strerror or e}") from e
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(name, "not a regular file")
    check_size(name, info.st_size, settings.max_bytes)
    data = _read_bytes(path, name, settings.max_bytes)
    return Source(
        path=path,
        name=name,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        format=detect_format(data, name),
    )


def check_size(name: str, size: int, max_bytes: int) -> None:
    """Refuse a file over ``max_bytes`` before reading it."""
    if size > max_bytes:
        limit = _human_bytes(max_bytes)
        raise FileTooLarge(
            name, f"{_human_bytes(size)} is over the size limit of {limit} (max_bytes)"
        )


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as f:
            # Read one byte past the limit: a file that grew after stat() is still refused.
            data = f.read(max_bytes + 1)
    except FileNotFoundError as e:
        raise FileVanished(name, _VANISHED) from e
    except IsADirectoryError as e:
        raise UnreadableFile(name, "not a regular file") from e
    except OSError as e:
        raise UnreadableFile(name, f"cannot read: {e.strerror or e}") from e
    check_size(name, len(data), max_bytes)
    return data


def _human_bytes(n: int) -> str:
    """1536 → "1.5 KiB"; below 1 KiB the exact count."""
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        value /= 1024
        if value < 1024 or unit == "TiB":
            break
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"
