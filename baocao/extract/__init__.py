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

import errno
import hashlib
import importlib
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

from baocao.errors import (
    DocumentError,
    FileTooLarge,
    FileVanished,
    UnreadableFile,
    UnsupportedFormat,
)
from baocao.extract.detect import detect_format
from baocao.extract.pagecache import PageCache
from baocao.extract.source import Loader, Source
from baocao.model import Document, Format
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings

__all__ = [
    "LOADERS",
    "file_digest",
    "load",
    "load_source",
    "read_bytes",
    "read_source",
    "source_of",
]

logger = logging.getLogger(__name__)


def _deferred(module: str, name: str) -> Loader:
    """The loader ``name`` of ``module``, imported at its first call: a batch whose files are
    all stored already (a re-run) never imports PDF, OCR, Office or NLP code."""

    def loader(source: Source, settings: ExtractSettings, **options: object) -> Document:
        return getattr(importlib.import_module(module), name)(source, settings, **options)

    loader.__name__ = loader.__qualname__ = name
    loader.__doc__ = f"{module}.{name}, imported when first called."
    return loader


#: The loader for each format. Formats missing here fail with UnsupportedFormat.
LOADERS: dict[Format, Loader] = {
    Format.TEXT: _deferred("baocao.extract.text", "load_text"),
    Format.DOCX: _deferred("baocao.extract.docx", "load_docx"),
    Format.PDF: _deferred("baocao.extract.pdf", "load_pdf"),
    Format.XLSX: _deferred("baocao.extract.sheets", "load_xlsx"),
    Format.DOC: _deferred("baocao.extract.office", "load_doc"),
    Format.RTF: _deferred("baocao.extract.office", "load_rtf"),
    Format.ODT: _deferred("baocao.extract.office", "load_odt"),
    Format.XLS: _deferred("baocao.extract.office", "load_xls"),
    Format.IMAGE: _deferred("baocao.extract.ocr", "load_image"),
}

#: Loaders that take already-read page texts (``page_cache=``).
_PAGE_CACHED: dict[Format, Callable[..., Document]] = {
    Format.PDF: LOADERS[Format.PDF],
    Format.IMAGE: LOADERS[Format.IMAGE],
}

_VANISHED = "file vanished before it was read"


def load(
    path: str | os.PathLike[str],
    *,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    page_cache: PageCache | None = None,
) -> Document:
    """Read the file at ``path`` into a :class:`Document`.

    Raises a :class:`~baocao.errors.DocumentError` subclass when the file cannot be read:
    FileVanished, FileTooLarge, UnsupportedFormat ("image: needs OCR"), UnreadableFile,
    EncryptedPdf, UnknownEncoding, EmptyDocument, NeedsOcr, ResourceLimit…
    """
    source = read_source(path, settings=settings)
    return load_source(source, settings=settings, page_cache=page_cache)


def load_source(
    source: Source,
    *,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    page_cache: PageCache | None = None,
) -> Document:
    """:func:`load` for a file already read by :func:`read_source`: a batch reads each file
    once, hashes it to decide whether it is stored already, and hands these same bytes to the
    worker that loads it (a local child or a cluster's worker) instead of reading it again."""
    loader = LOADERS.get(source.format)
    if loader is None:
        raise UnsupportedFormat(source.name, unsupported_cause(source.format))
    logger.debug("%s: %s, %d bytes", source.name, source.format, source.size_bytes)
    try:
        if page_cache and source.format in _PAGE_CACHED:
            # OCR'd pages already read on an earlier run: never OCR a page twice.
            return _PAGE_CACHED[source.format](source, settings, page_cache=page_cache)
        return loader(source, settings)
    except DocumentError as e:
        if e.document:
            raise
        # Raised by text code that does not know the file (layout.nfc): name it here.
        raise type(e)(source.name, e.cause, page=e.page) from e


def unsupported_cause(fmt: Format) -> str:
    """Why a format without a loader is refused."""
    if fmt is Format.IMAGE:
        return "image: needs OCR"
    return f"{fmt}: not supported yet"


def read_source(
    path: str | os.PathLike[str], *, settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS
) -> Source:
    """Open, check type and size, read once, hash and detect the format of the file at
    ``path`` (see :func:`read_bytes`)."""
    path = Path(path)
    data, sha256 = read_bytes(path, settings=settings)
    return source_of(path, data, sha256)


def read_bytes(
    path: str | os.PathLike[str], *, settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS
) -> tuple[bytes, str]:
    """The bytes of the regular file at ``path`` and their sha256, from one read.

    The same guards as :func:`file_digest`: opened ``O_NONBLOCK`` and refused unless regular
    before a byte is read, refused past ``settings.max_bytes`` by its size and again by what
    was read (one byte past the limit is the most ever read). A batch decides from the hash
    whether the document is stored already, and only then detects its format
    (:func:`source_of`): skipping costs a read and a hash, nothing more."""
    path = Path(path)
    name = path.name
    fd, info = _open_regular(path, name)
    with os.fdopen(fd, "rb") as f:
        check_size(name, info.st_size, settings.max_bytes)
        try:
            # Read one byte past the limit: a file that grew after fstat() is still refused.
            data = f.read(settings.max_bytes + 1)
        except OSError as e:
            raise UnreadableFile(name, f"cannot read: {e.strerror or e}") from e
    check_size(name, len(data), settings.max_bytes)
    return data, hashlib.sha256(data).hexdigest()


def source_of(path: Path, data: bytes, sha256: str) -> Source:
    """The :class:`Source` of bytes read by :func:`read_bytes`: their format detected."""
    return Source(
        path=path, name=path.name, data=data, sha256=sha256, format=detect_format(data, path.name)
    )


def file_digest(path: str | os.PathLike[str], *, max_bytes: int) -> tuple[int, str]:
    """``(size, sha256)`` of the regular file at ``path``, reading at most ``max_bytes + 1``.

    Never blocks and never reads without end: the file is opened with ``O_NONBLOCK`` (a FIFO
    opens at once, writer or not), its type is checked on the open descriptor (a FIFO, a
    device such as ``/dev/zero``, a socket or a folder is refused as UnreadableFile "not a
    regular file (…)"), then its size (FileTooLarge), and hashing stops past ``max_bytes``
    (a file that grows while read is refused too). A symlink loop or a broken symlink is an
    UnreadableFile saying so; a file gone is FileVanished.
    """
    path = Path(path)
    name = path.name
    fd, info = _open_regular(path, name)
    digest = hashlib.sha256()
    size = 0
    with os.fdopen(fd, "rb") as f:
        check_size(name, info.st_size, max_bytes)
        try:
            while block := f.read(min(1 << 20, max_bytes + 1 - size) or 1):
                digest.update(block)
                size += len(block)
                check_size(name, size, max_bytes)
        except OSError as e:
            raise UnreadableFile(name, f"cannot read: {e.strerror or e}") from e
    return size, digest.hexdigest()


#: Open flags: never wait for a FIFO's writer, never take a terminal as controlling one.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _open_regular(path: Path, name: str) -> tuple[int, os.stat_result]:
    """A read descriptor on ``path`` and its stat, once it is known to be a regular file."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as e:
        raise _open_error(path, name, e) from e
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((k for test, k in _KINDS if test(info.st_mode)), "no regular file")
            raise UnreadableFile(name, f"not a regular file ({kind})")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def _open_error(path: Path, name: str, e: OSError) -> DocumentError:
    if isinstance(e, FileNotFoundError):
        if path.is_symlink():
            return UnreadableFile(name, "broken symlink: its target does not exist")
        return FileVanished(name, _VANISHED)
    if e.errno == errno.ELOOP:
        return UnreadableFile(name, "symlink loop (too many levels of symbolic links)")
    if e.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
        return UnreadableFile(name, "not a regular file (nothing to read behind it)")
    if isinstance(e, PermissionError):
        return UnreadableFile(name, "permission denied")
    return UnreadableFile(name, f"cannot open: {e.strerror or e}")


def check_size(name: str, size: int, max_bytes: int) -> None:
    """Refuse a file over ``max_bytes`` before reading it."""
    if size > max_bytes:
        limit = _human_bytes(max_bytes)
        raise FileTooLarge(
            name, f"{_human_bytes(size)} is over the size limit of {limit} (max_bytes)"
        )


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
