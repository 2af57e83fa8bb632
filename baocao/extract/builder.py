"""Assemble a :class:`~baocao.model.Document`'s text, tables and pages in reading order.

Every loader (text, Word, PDF, OCR, spreadsheets, LibreOffice conversions) feeds a
:class:`TextBuilder` and calls :meth:`TextBuilder.build`, so the invariants of
``Document`` hold for all of them by construction:

* the text is NFC with ``\\n`` line ends and no stray control characters
  (:func:`baocao.extract.layout.clean_chars`);
* a table is rendered one line per row, cells joined by ``" | "``, and each
  :class:`~baocao.model.Cell`'s ``start/end`` slices back to its text;
* pages are contiguous, in order and cover the text.

Typical use::

    builder = TextBuilder()
    builder.start_page()                  # paginated formats only
    builder.add_paragraph("BÁO CÁO")
    builder.add_table([["Xã", "Số tiêu chí"], ["Quang Trung", "19"]], source="pdf")
    document = builder.build(source)

The builder does character-level cleaning only; line-level layout repair (rejoining broken
sentences, dropping field-code debris) is the loader's choice, through
:func:`baocao.extract.layout.normalise_lines`, before text reaches the builder.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from baocao.errors import EmptyDocument
from baocao.extract.layout import clean_cell, clean_chars
from baocao.extract.source import Source
from baocao.model import Cell, Document, Page, Table

#: How cells of one table row are joined in the document text.
CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class _PageMark:
    number: int
    start: int
    ocr: bool
    ocr_confidence: float | None
    ocr_version: str | None = None


class TextBuilder:
    """Accumulates text in reading order; one builder makes one :class:`Document`.

    Text added is appended as is after character cleaning; paragraphs and table rows always
    end with ``"\\n"``. Offsets recorded for tables and cells are final: nothing added later
    moves them.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._last_char = ""
        self._tables: list[Table] = []
        self._pages: list[_PageMark] = []

    # -- text -------------------------------------------------------------------------------

    @property
    def length(self) -> int:
        """Characters so far: the offset the next character will get."""
        return self._length

    @property
    def page_number(self) -> int | None:
        """The 1-based number of the page being filled, or None before any page."""
        return self._pages[-1].number if self._pages else None

    def _append(self, text: str) -> None:
        if text:
            self._parts.append(text)
            self._length += len(text)
            self._last_char = text[-1]

    def add_text(self, text: str) -> None:
        """Append ``text`` as it is (after character cleaning), without adding a line end."""
        self._append(clean_chars(text))

    def ensure_line_start(self) -> None:
        """End the current line unless the text is empty or already ends with a line end."""
        if self._length and self._last_char != "\n":
            self._append("\n")

    def add_paragraph(self, text: str) -> None:
        """Append ``text`` on its own line(s), followed by ``"\\n"``.

        An empty paragraph adds an empty line, as Word's empty paragraphs do.
        """
        self.ensure_line_start()
        self._append(clean_chars(text).rstrip("\n") + "\n")

    def add_lines(self, lines: Iterable[str]) -> None:
        """Append each line as a paragraph."""
        for line in lines:
            self.add_paragraph(line)

    # -- tables -----------------------------------------------------------------------------

    def add_table(
        self,
        rows: Iterable[Sequence[str | None]],
        *,
        source: str = "",
        page: int | None = None,
        drop_empty_rows: bool = True,
    ) -> Table | None:
        """Render ``rows`` of cell strings into the text, one line per row, and record it.

        Cell text is cleaned (NFC, inner line breaks and runs of whitespace folded to one
        space, ``None`` read as ``""``). Rows whose cells are all empty are dropped unless
        ``drop_empty_rows`` is false. ``page`` defaults to the page being filled. Returns the
        recorded :class:`Table`, or None when no row was left (nothing is added then).
        """
        cleaned = [[clean_cell(c) for c in row] for row in rows]
        if drop_empty_rows:
            cleaned = [row for row in cleaned if any(row)]
        cleaned = [row for row in cleaned if row]
        if not cleaned:
            return None
        self.ensure_line_start()
        table_start = self._length
        rendered_rows: list[tuple[Cell, ...]] = []
        for row in cleaned:
            cells: list[Cell] = []
            for i, text in enumerate(row):
                if i:
                    self._append(CELL_SEPARATOR)
                start = self._length
                self._append(text)
                cells.append(Cell(text=text, start=start, end=self._length))
            rendered_rows.append(tuple(cells))
            self._append("\n")
        # The table's span is its rows without the final line end.
        table = Table(
            index=len(self._tables),
            page=page if page is not None else self.page_number,
            start=table_start,
            end=self._length - 1,
            rows=tuple(rendered_rows),
            source=source,
        )
        self._tables.append(table)
        return table

    # -- pages ------------------------------------------------------------------------------

    def start_page(
        self,
        *,
        ocr: bool = False,
        ocr_confidence: float | None = None,
        ocr_version: str | None = None,
    ) -> int:
        """Begin the next page at the current offset; returns its 1-based number.

        The previous page ends where this one starts (its last line is ended first), so
        pages stay contiguous. Text added before the first page belongs to the first page.
        """
        self.ensure_line_start()
        number = len(self._pages) + 1
        start = self._length if self._pages else 0
        self._pages.append(_PageMark(number, start, ocr, ocr_confidence, ocr_version))
        return number

    # -- result -----------------------------------------------------------------------------

    def text(self) -> str:
        """The text so far."""
        joined = "".join(self._parts)
        self._parts = [joined] if joined else []
        return joined

    def build(
        self,
        source: Source,
        *,
        encoding: str | None = None,
        warnings: Sequence[str] = (),
        allow_empty: bool = False,
    ) -> Document:
        """The finished :class:`Document` for ``source``.

        Raises :class:`~baocao.errors.EmptyDocument` when the text has no visible character,
        unless ``allow_empty``.
        """
        text = self.text()
        if not allow_empty and not text.strip():
            raise EmptyDocument(source.name, "no text")
        pages = _pages(self._pages, len(text))
        return Document(
            path=str(source.path),
            name=source.name,
            sha256=source.sha256,
            format=source.format,
            text=text,
            pages=pages,
            tables=tuple(self._tables),
            encoding=encoding,
            size_bytes=source.size_bytes,
            warnings=tuple(warnings),
        )


def _pages(marks: Sequence[_PageMark], length: int) -> tuple[Page, ...]:
    if not marks:
        return ()
    ends = [m.start for m in marks[1:]] + [length]
    return tuple(
        Page(
            number=m.number,
            start=m.start,
            end=end,
            ocr=m.ocr,
            ocr_confidence=m.ocr_confidence,
            ocr_version=m.ocr_version,
        )
        for m, end in zip(marks, ends, strict=True)
    )
