"""Every exception baocao raises on purpose.

    BaocaoError
    ├── SettingsError              a setting has a bad value (names the setting)
    ├── LexiconError               a pattern/lexicon data file is invalid (lists every bad entry)
    ├── GoldError                  a gold file cannot be read
    ├── StoreError                 the database cannot be reached, migrated or written
    │   └── DatabaseNotFound       a command that reads was given a SQLite file that is not there
    ├── DocumentNotFound           no stored document has that name, path or sha256
    ├── ValueFormatError           a written value cannot be read (also a ValueError)
    │   ├── NumberFormatError      not a number ("1.2.3,4")
    │   ├── MoneyUnitError         not a money unit in units.toml
    │   └── Unreadable             a mention that cannot become a fact (criterion 25 of 19)
    └── DocumentError              one document cannot be read; carries document and page
        ├── FileVanished           listed, then gone before it was read
        ├── FileTooLarge           over the configured size limit
        ├── EmptyDocument          no bytes, or no text at all
        ├── UnsupportedFormat      a type baocao does not read ("image: needs OCR")
        ├── UnreadableFile         corrupt or truncated: the parser gave up
        ├── EncryptedPdf           "encrypted: needs a password"
        ├── UnknownEncoding        a text file in no encoding we can detect
        ├── NeedsOcr               no text layer and OCR is off or unavailable
        ├── OcrUnavailable         Tesseract (or its Vietnamese data) is not installed
        ├── ConverterUnavailable   LibreOffice is not installed
        ├── ConverterFailed        LibreOffice ran and failed, or hung and was killed
        ├── ZipBomb                an OOXML zip that would expand beyond the limit
        ├── MalformedText          text no language writes (a run of combining marks)
        └── ResourceLimit          the per-document time or memory ceiling was hit

    Interrupted (a BaseException)  SIGINT or SIGTERM reached the command

The command maps them to exit codes (``baocao/exitcodes.py``): SettingsError → USAGE,
LexiconError → DATA, StoreError → STORE_ERROR, DocumentNotFound → INPUT_MISSING.
:class:`ValueFormatError` is raised and caught inside extraction (a value that does not read
is no fact); it derives from ValueError too, so ``except ValueError`` still catches it.

A batch catches :class:`DocumentError` per document, records it and goes on. Third-party
errors are re-raised ``from`` the original so the cause stays in the traceback.
:class:`Interrupted` derives from BaseException, like KeyboardInterrupt, so that no
``except Exception`` on the way (a batch's per-document handler) can swallow it.
"""

from __future__ import annotations

import signal


class BaocaoError(Exception):
    """Base of every error baocao raises on purpose."""


class SettingsError(BaocaoError, ValueError):
    """A setting has a bad value; the message names the setting."""


class LexiconError(BaocaoError):
    """A pattern or lexicon data file is invalid; the message lists every bad entry."""


class GoldError(BaocaoError):
    """A gold file is missing or malformed."""


class StoreError(BaocaoError):
    """The database cannot be reached, migrated or written.

    ``str(err)`` is the one-line message (``"<what>: <cause>"``); ``cause`` is the database's
    own reason alone (e.g. ``attempt to write a readonly database``)."""

    def __init__(self, message: str, *, cause: str | None = None) -> None:
        super().__init__(message)
        self.cause = cause if cause is not None else message


class DatabaseNotFound(StoreError):
    """A command that only reads (or audits) was given a SQLite file that does not exist;
    it is not created."""


class ClusterError(BaocaoError):
    """The Dask cluster given to ``extract --cluster`` cannot be reached, has no workers, or
    went away mid-batch (documents stored until then stay stored), or cannot be used with
    the database given (a cluster writes to PostgreSQL only)."""


class DocumentNotFound(BaocaoError, LookupError):
    """No stored document has the name, path or sha256 asked for."""


class ValueFormatError(BaocaoError, ValueError):
    """A written value (a number, a money unit, a mention's field) cannot be read."""


class NumberFormatError(ValueFormatError):
    """Text that is not a number in any writing baocao reads."""


class MoneyUnitError(ValueFormatError):
    """Text that is not a money unit of ``units.toml``."""


class Unreadable(ValueFormatError):
    """A mention whose values cannot make a fact (a criterion outside the set, no verdict
    word); the mention is dropped, with this as the reason."""


class DocumentError(BaocaoError):
    """One document cannot be processed.

    ``str(err)`` is the one-line message shown to users: ``"<document>: <cause>"`` (with the
    page when known). ``cause`` alone is what is stored in the document row.
    """

    #: short machine-readable code stored with a failed document
    code: str = "document_error"

    def __init__(self, document: str, cause: str, *, page: int | None = None) -> None:
        self.document = document
        self.cause = cause
        self.page = page
        where = f"{document} (page {page})" if page is not None else document
        super().__init__(f"{where}: {cause}")

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable as itself (class, document, cause, page): a cluster's worker returns a
        # document's failure to the task that records it, on another process.
        return (_rebuild_document_error, (type(self), self.document, self.cause, self.page))


def _rebuild_document_error(
    cls: type[DocumentError], document: str, cause: str, page: int | None
) -> DocumentError:
    return cls(document, cause, page=page)


class FileVanished(DocumentError):
    code = "vanished"


class FileTooLarge(DocumentError):
    code = "too_large"


class EmptyDocument(DocumentError):
    code = "empty"


class UnsupportedFormat(DocumentError):
    code = "unsupported"


class UnreadableFile(DocumentError):
    code = "unreadable"


class EncryptedPdf(DocumentError):
    code = "encrypted"


class UnknownEncoding(DocumentError):
    code = "unknown_encoding"


class NeedsOcr(DocumentError):
    code = "needs_ocr"


class OcrUnavailable(DocumentError):
    code = "ocr_unavailable"


class ConverterUnavailable(DocumentError):
    code = "converter_unavailable"


class ConverterFailed(DocumentError):
    code = "converter_failed"


class ZipBomb(DocumentError):
    code = "zip_bomb"


class ResourceLimit(DocumentError):
    code = "resource_limit"


class MalformedText(DocumentError):
    """Text no writing system produces, refused before it is normalised (a run of combining
    marks longer than any language stacks makes Unicode normalisation quadratic)."""

    code = "malformed_text"


class Interrupted(BaseException):  # noqa: N818 - named like KeyboardInterrupt
    """The command was asked to stop (SIGINT, SIGTERM); ``signum`` says by which signal,
    ``detail`` (set on the way out) what was done before."""

    def __init__(self, signum: int, detail: str | None = None) -> None:
        self.signum = signum
        self.detail = detail
        super().__init__(signal.Signals(signum).name)
