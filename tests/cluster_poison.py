"""Preloaded into the Dask workers of test_cluster (``dask worker --preload``): a worker that
stores a document holding :data:`POISON` dies on the spot, as a worker process killed by the
kernel or by a crash in native code would (a crash while extracting is already contained by
the document's own child process). So the document kills every worker it lands on."""

from __future__ import annotations

import os

import baocao.cluster

POISON = b"baocao test: the worker that stores this document dies"


def _store_file_or_die(job, *args, **kwargs):
    if POISON in job.source.data:
        os._exit(70)
    return _store_file(job, *args, **kwargs)


# Dask may run a preload twice in one process: wrap the real function once.
_store_file = getattr(baocao.cluster.store_file, "unpoisoned", baocao.cluster.store_file)
_store_file_or_die.unpoisoned = _store_file  # type: ignore[attr-defined]
baocao.cluster.store_file = _store_file_or_die
