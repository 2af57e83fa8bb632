"""baocao: Vietnam's New Rural Development reports as a database you can query and audit."""

from __future__ import annotations

__version__ = "0.1.0"

#: Bump whenever extraction output can change: stored documents with another version are
#: re-extracted by `baocao extract`, the same version is skipped.
EXTRACTOR_VERSION = "2026.12.04-1"
