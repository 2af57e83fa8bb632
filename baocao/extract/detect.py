"""Tell a file's format from its bytes, never from its name.

Reports arrive renamed, mislabelled (a .doc that is really .docx, a .pdf that is a scan in a
.jpg) or with no extension, so only the content decides:

* ``%PDF-`` in the first KiB → PDF (junk before the header is allowed, as readers allow it);
* a zip holding ``word/document.xml`` → DOCX, ``xl/workbook.xml`` → XLSX, an OpenDocument
  ``mimetype`` of text → ODT; any other zip is refused with what it looks like;
* an OLE2 compound file → DOC when it has a ``WordDocument`` stream, XLS with ``Workbook``
  or ``Book``; a password-protected Office file is an OLE2 with ``EncryptedPackage``;
* ``{\\rtf`` → RTF; PNG, JPEG, TIFF, GIF, BMP, WebP → IMAGE;
* everything else is treated as text (the text loader refuses undecodable bytes).
"""

from __future__ import annotations

import io
import zipfile

from baocao.errors import UnreadableFile, UnsupportedFormat
from baocao.model import Format

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

_IMAGE_MAGICS = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"GIF87a",
    b"GIF89a",
)

_ARCHIVES = (
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
)

_ODF_TEXT = b"application/vnd.oasis.opendocument.text"
_ODF_KINDS = {
    b"application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet (.ods)",
    b"application/vnd.oasis.opendocument.presentation": "OpenDocument presentation (.odp)",
}


def detect_format(data: bytes, name: str) -> Format:
    """The :class:`Format` of ``data``; ``name`` is only used in error messages.

    Raises :class:`UnreadableFile` for a zip that is no document we read, and
    :class:`UnsupportedFormat` for archives and encrypted Office files.
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return Format.PDF
    if data.startswith(ZIP_MAGICS):
        return _zip_format(data, name)
    if data.startswith(OLE2_MAGIC):
        return _ole2_format(data, name)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return Format.RTF
    if is_image(data):
        return Format.IMAGE
    for magic, kind in _ARCHIVES:
        if data.startswith(magic):
            raise UnsupportedFormat(name, f"{kind}: unpack it first")
    return Format.TEXT


def is_image(data: bytes) -> bool:
    """PNG, JPEG, TIFF, GIF, WebP, or a BMP whose header is consistent."""
    if data.startswith(_IMAGE_MAGICS):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    # "BM" alone is too weak (a text may start with "BM01…"): BMP's reserved bytes are zero.
    return data[:2] == b"BM" and len(data) >= 26 and data[6:10] == b"\x00\x00\x00\x00"


def _zip_format(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, KeyError):
        # A truncated zip has no central directory; its local headers still name the parts,
        # so the loader for what it was meant to be can say "truncated".
        return _truncated_zip_format(data, name)
    if "word/document.xml" in names:
        return Format.DOCX
    if "xl/workbook.xml" in names:
        return Format.XLSX
    if mimetype == _ODF_TEXT:
        return Format.ODT
    if mimetype in _ODF_KINDS:
        raise UnsupportedFormat(name, f"{_ODF_KINDS[mimetype]}: not supported")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormat(name, "PowerPoint presentation: not supported")
    if "[Content_Types].xml" in names:
        raise UnreadableFile(name, "Office zip package without a Word document in it")
    raise UnreadableFile(name, "zip archive but not a Word document")


def _truncated_zip_format(data: bytes, name: str) -> Format:
    if b"word/" in data:
        return Format.DOCX
    if b"xl/" in data:
        return Format.XLSX
    if _ODF_TEXT in data[:200]:
        return Format.ODT
    raise UnreadableFile(name, "corrupt or truncated zip archive")


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole2_format(data: bytes, name: str) -> Format:
    # Directory entries store stream names in UTF-16LE; a byte search is enough to tell them.
    if _utf16("EncryptedPackage") in data:
        raise UnsupportedFormat(name, "encrypted Office document: needs a password")
    if _utf16("WordDocument") in data:
        return Format.DOC
    if _utf16("Workbook") in data or _utf16("Book\x00") in data:
        return Format.XLS
    raise UnsupportedFormat(name, "OLE2 file that is neither a Word nor an Excel document")
