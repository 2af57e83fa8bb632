"""baocao: Vietnam's New Rural Development reports as a database you can query and audit."""

from __future__ import annotations

__version__ = "0.1.0"

#: Bump whenever extraction output can change: stored documents with another version are
#: re-extracted by `baocao extract`, the same version is skipped.
EXTRACTOR_VERSION = "2026.11.23-1"

__all__ = ["read_facts"]


def __getattr__(name: str):  # PEP 562: pandas is imported on first use, not by `import baocao`
    if name == "read_facts":
        from baocao.export import read_facts

        return read_facts
    raise AttributeError(f"module 'baocao' has no attribute {name!r}")
