"""Watching a background ``baocao extract`` and its process tree: what the tests of stopping
it (test_cli_signals) and of its workers (test_pipeline_workers) share."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from clirun import BAOCAO, write_report

# -- processes ------------------------------------------------------------------------------


def _stat(pid: int) -> tuple[str, str, int, int, int] | None:
    """(name, state, ppid, pgrp, session) of a live process, None when gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            line = f.read()
    except OSError:
        return None
    name = line[line.index("(") + 1 : line.rindex(")")]
    state, ppid, pgrp, session = line[line.rindex(")") + 2 :].split()[:4]
    if state == "Z":
        return None
    return name, state, int(ppid), int(pgrp), int(session)


def _all_processes() -> dict[int, tuple[str, str, int, int, int]]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (info := _stat(int(entry))) is not None:
            found[int(entry)] = info
    return found


def descendants(root: int) -> dict[int, str]:
    """Every live process below ``root``, by pid, with its name."""
    table = _all_processes()
    children: dict[int, list[int]] = {}
    for pid, (_name, _state, ppid, _pgrp, _sid) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = table[child][0]
            todo.append(child)
    return found


class Run:
    """``baocao extract`` in the background, its process tree watched as it grows."""

    def __init__(self, folder: Path, db: Path, extra: tuple[str, ...] = ()) -> None:
        self.proc = subprocess.Popen(
            [*BAOCAO, "extract", str(folder), "--db", str(db), *extra],
            cwd=folder.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "BAOCAO_DB": ""},
        )
        self.seen: dict[int, str] = {}
        self.sessions: set[int] = set()

    def watch(self) -> None:
        for pid, name in descendants(self.proc.pid).items():
            self.seen[pid] = name
            if (info := _stat(pid)) is not None and info[4] != os.getsid(0):
                self.sessions.add(info[4])

    def wait_for(self, name: str, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while name not in self.seen.values():
            assert self.proc.poll() is None, f"ended before {name} ran: {self.proc.stderr.read()}"
            assert time.monotonic() < deadline, f"{name} never ran"
            self.watch()
            time.sleep(0.05)
        self.watch()

    def survivors(self) -> list[tuple[int, str]]:
        """Processes of the run still alive: any seen below it, any in a session it made."""
        alive = [(pid, name) for pid, name in self.seen.items() if _stat(pid) is not None]
        alive += [
            (pid, info[0])
            for pid, info in _all_processes().items()
            if info[4] in self.sessions and pid not in self.seen
        ]
        return alive

    def cleanup(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        for pid, _name in self.survivors():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def stop(batch: Run, signum: int) -> tuple[float, str, str]:
    """Send ``signum``; (seconds to exit, stdout, stderr); asserts nothing is left 3 s on."""
    sent = time.monotonic()
    batch.proc.send_signal(signum)
    stdout, stderr = batch.proc.communicate(timeout=30)
    took = time.monotonic() - sent
    time.sleep(max(0.0, 3 - (time.monotonic() - sent)))
    assert batch.survivors() == []
    return took, stdout, stderr


def many_reports(folder: Path, n: int = 60) -> Path:
    folder.mkdir()
    for i in range(n):
        write_report(folder, f"r{i:02d}.txt", district="Sông Lô", province="Vĩnh Phúc",
                     met=i % 16, total=16, money=f"{1000 + i}")  # fmt: skip
    return folder
