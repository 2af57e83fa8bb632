"""baocao: Vietnam's New Rural Development reports as a database you can query and audit.

The library API, what the CLI and the notebooks call::

    import baocao

    extraction = baocao.extract_file("bao-cao.pdf")  # Document, Report, facts; no database
    with baocao.open_store("baocao.db") as store:     # a SQLite path or a database URL
        store.save_extraction(extraction, extractor_version=baocao.EXTRACTOR_VERSION)
        result = baocao.audit_store(store)          # findings, stored and returned

``baocao.read_facts`` and the ``baocao.compare`` functions read a store back as tables.

Each name is imported on first use, so ``import baocao`` stays light (no database driver,
no OCR, no pandas until asked for), and this module, which every stage may read
``EXTRACTOR_VERSION`` from, imports no stage (ARCHITECTURE.md, "Floors").
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

#: Bump whenever extraction output can change: stored documents with another version are
#: re-extracted by `baocao extract`, the same version is skipped.
EXTRACTOR_VERSION = "2026.12.13-9"

#: Public name → (module, attribute in it; None for the module itself).
_API: dict[str, tuple[str, str | None]] = {
    "extract_file": ("baocao.pipeline", "extract_file"),
    "open_store": ("baocao.store", "open_store"),
    "audit_store": ("baocao.audit", "audit_store"),
    "read_facts": ("baocao.export", "read_facts"),
    "compare": ("baocao.compare", None),
}

__all__ = ["EXTRACTOR_VERSION", "__version__", *_API]


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _API[name]
    except KeyError:
        raise AttributeError(f"module 'baocao' has no attribute {name!r}") from None
    value = import_module(module)
    if attribute is not None:
        value = getattr(value, attribute)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
