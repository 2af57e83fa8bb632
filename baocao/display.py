"""Data on a terminal is shown as data, never as instructions to the terminal.

File names, quotes and labels come from the files baocao reads, so they may hold anything: an
escape sequence that recolours or clears the screen, a newline that forges a status line of
its own, a bidi override that reverses what follows, or rich markup (``[bold red]``,
``[/bold]``) that rich would otherwise interpret — or choke on. Two tools:

- :func:`visible`: control characters made visible as escapes (``"\\x1b"`` → ``\\x1b``,
  a newline → ``\\n``), the rest of the text (Vietnamese included) untouched;
- :func:`cell`: :func:`visible` text as a rich :class:`~rich.text.Text`, which rich never
  parses for markup: use it for every table cell that holds data.

Plain strings printed with ``markup=False`` go through :func:`visible` only.
"""

from __future__ import annotations

from rich.text import Text

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Bidirectional controls: they reorder what a reader sees without being seen themselves.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = [
    *range(0x00, 0x20),  # C0, escape (0x1b) included
    0x7F,
    *range(0x80, 0xA0),  # C1: 0x9b is a one-byte escape sequence introducer
    0x2028,  # line and paragraph separators: some terminals break lines on them
    0x2029,
    *map(ord, _BIDI),
]


def _escape(code: int) -> str:
    ch = chr(code)
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE = {code: _escape(code) for code in _UNSAFE}


def visible(text: object) -> str:
    """``text`` with every control, line-separator and bidi character written as an escape:
    one line on the terminal, and exactly the characters it holds."""
    return str(text).translate(_TABLE)


def cell(text: object) -> Text:
    """A table cell that shows ``text`` as it is: no markup, controls made visible."""
    return Text("" if text is None else visible(text))
