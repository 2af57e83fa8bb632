"""Tunable settings, one validated frozen dataclass per algorithm.

Bad values fail at construction with a :class:`~baocao.errors.SettingsError` naming the
setting, so a typo in a CLI option never reaches a half-run batch. Every default is a named
constant here; the CLI's options show and use these, never numbers of their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from baocao.errors import SettingsError

MiB = 1024 * 1024

DEFAULT_MAX_BYTES = 200 * MiB
DEFAULT_MAX_PAGES = 5_000
DEFAULT_MAX_UNZIPPED_BYTES = 500 * MiB
#: Every document's time, whatever its size: a LibreOffice start, imports, a short report.
DEFAULT_DOCUMENT_TIMEOUT_S = 60.0
#: Added per MiB of file: honest text runs through every stage at well over 1 MiB in 10 s.
DEFAULT_TIMEOUT_PER_MIB_S = 10.0
#: Added per page the loader finds (PDF pages, image frames): room to OCR each page, which
#: takes 1-5 s on a shared core, and render it, several times over.
DEFAULT_TIMEOUT_PER_PAGE_S = 30.0
DEFAULT_MEMORY_LIMIT_MB = 4_096
DEFAULT_CONVERTER_TIMEOUT_S = 120.0
DEFAULT_OCR_TIMEOUT_S = 120.0
DEFAULT_OCR_DPI = 300
#: Tesseract processes one document runs at once (each single-threaded): two, or one on a
#: single core.
MAX_OCR_WORKERS = 2
DEFAULT_OCR_WORKERS = max(1, min(MAX_OCR_WORKERS, os.cpu_count() or 1))
#: Documents extracted at once by a batch, each in a supervised worker process of its own.
DEFAULT_WORKERS = os.cpu_count() or 1


def ocr_workers_for(workers: int) -> int:
    """Tesseract processes per document when ``workers`` documents run at once: the cores
    shared among them, at most :data:`MAX_OCR_WORKERS`, at least one. Two workers on two
    cores each OCR with one process rather than four processes fighting for two cores."""
    return max(1, min(MAX_OCR_WORKERS, (os.cpu_count() or 1) // max(1, workers)))


def _positive(name: str, value: float) -> None:
    if not value > 0:
        raise SettingsError(f"{name} must be > 0, got {value!r}")


@dataclass(frozen=True)
class ExtractSettings:
    """How loaders treat a file.

    ``max_bytes``: files larger than this fail with FileTooLarge before they are read.
    ``max_pages``: PDFs with more pages fail with ResourceLimit.
    ``max_unzipped_bytes``: .docx/.xlsx whose zip would expand beyond this are refused (ZipBomb).
    ``ocr``: OCR pages without a usable text layer (else they fail with NeedsOcr).
    ``ocr_workers``: Tesseract processes run in parallel (each single-threaded).
    ``ocr_clean``: clean page images before OCR (seals, uneven light, specks, small text:
    :mod:`baocao.extract.preprocess`); off only to measure what it brings.
    ``document_timeout_s`` / ``memory_limit_mb``: per-document ceilings, enforced by running
    each document's extraction in a child process when ``isolate`` is true (the default), so a
    hostile file cannot hang or exhaust a batch. The time limit is not one constant but scales
    with what the document is (:meth:`time_limit_s`): ``document_timeout_s`` for any document,
    plus ``timeout_per_mib_s`` per MiB of file and ``timeout_per_page_s`` per page found. A
    small hostile file fails fast; a 500-page scan still gets the hours it needs.
    ``workers``: worker processes a batch extracts documents in at once (default: the
    machine's cores), each under the per-document ceilings; 1 runs them one after another.
    Only with ``isolate``: in-process extraction is one document at a time.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES
    ocr: bool = True
    ocr_language: str = "vie"
    ocr_dpi: int = DEFAULT_OCR_DPI
    ocr_workers: int = DEFAULT_OCR_WORKERS
    ocr_timeout_s: float = DEFAULT_OCR_TIMEOUT_S
    ocr_clean: bool = True
    converter_timeout_s: float = DEFAULT_CONVERTER_TIMEOUT_S
    document_timeout_s: float = DEFAULT_DOCUMENT_TIMEOUT_S
    timeout_per_mib_s: float = DEFAULT_TIMEOUT_PER_MIB_S
    timeout_per_page_s: float = DEFAULT_TIMEOUT_PER_PAGE_S
    memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB
    isolate: bool = True
    workers: int = DEFAULT_WORKERS

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or isinstance(value, str):
                continue
            _positive(f.name, value)
        if not isinstance(self.workers, int) or isinstance(self.workers, bool):
            raise SettingsError(f"workers must be a whole number, got {self.workers!r}")
        if not self.ocr_language:
            raise SettingsError("ocr_language must not be empty")

    def time_limit_s(self, *, size_bytes: int, pages: int = 0) -> float:
        """The wall-clock seconds a document of ``size_bytes`` and ``pages`` pages gets.

        The batch starts a document with the size part; the page part is added once the
        loader has counted the pages (:func:`baocao.extract.limits.report_pages`)."""
        return (
            self.document_timeout_s
            + self.timeout_per_mib_s * size_bytes / MiB
            + self.timeout_per_page_s * pages
        )


DEFAULT_EXTRACT_SETTINGS = ExtractSettings()
