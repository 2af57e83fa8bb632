"""An earlier migration's module, for a later migration that builds on its SQL.

A revision is frozen: a later one that changes a view loads the text the earlier revision
wrote and edits it (asserting that the part it replaces is still there) rather than copying
it. A revision's module name starts with a digit ("0005_views_v2"), so it is loaded by path.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

#: Where the revisions live (``migrations/versions``).
VERSIONS = Path(__file__).parent / "migrations" / "versions"


def load_revision(filename: str) -> ModuleType:
    """The module of revision ``filename`` ("0005_views_v2.py"), executed afresh under the
    name ``baocao_migration_<its number>`` (not registered in ``sys.modules``)."""
    path = VERSIONS / filename
    spec = importlib.util.spec_from_file_location(f"baocao_migration_{filename[:4]}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"no migration module at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
