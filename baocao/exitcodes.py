"""Process exit codes of the ``baocao`` command."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    DOCUMENTS_FAILED = 1  # the batch ran; at least one document failed (the rest are stored)
    USAGE = 2  # bad options or arguments (Click's own usage errors also exit 2)
    INPUT_MISSING = 3  # a named path or gold directory does not exist
    STORE_ERROR = 4  # the database could not be opened, migrated or written
    BAR_NOT_MET = 5  # `evaluate --min-f1` was given and the score is below it
    DATA = 6  # a lexicon/pattern data file (baocao/data/*.toml) is broken: configuration error
    OUTPUT = 7  # the -o/--output file cannot be written
    CLUSTER = 8  # `extract --cluster`: the Dask scheduler cannot be reached or went away
    INTERRUPTED = 130  # SIGINT (Ctrl-C): 128 + 2, as shells report it
    TERMINATED = 143  # SIGTERM: 128 + 15
