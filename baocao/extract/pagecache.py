"""OCR'd page texts offered again to a loader, so a page is not read by Tesseract twice.

The store keeps each OCR page's text with the OCR pipeline that read it
(:func:`baocao.extract.ocr.ocr_pipeline_version`); the pipeline hands them to the loader as
:class:`CachedPage` values by page number, and the loader takes a page only when it was read by
the current pipeline (:func:`baocao.extract.ocr.cached_pages`): after a change to the OCR text
path (prose joins, number repairs, place names, cleaning, Tesseract or its settings) the page
is read again. A bare ``str`` is a page text of unknown pipeline, used only when OCR is off.

Light on purpose: the parent process builds these without loading the OCR modules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class CachedPage(NamedTuple):
    """A stored OCR page: its ``text``, the OCR pipeline ``version`` that read it (None:
    unknown, stored before versions were kept) and Tesseract's mean word ``confidence``."""

    text: str
    version: str | None = None
    confidence: float | None = None


#: Page number (1-based) → the page's stored OCR text.
PageCache = Mapping[int, "CachedPage | str"]
