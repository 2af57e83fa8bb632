"""Ceilings that keep one hostile or huge file from taking the batch down.

- :func:`check_zip`: refuse an OOXML zip (.docx/.xlsx) whose declared expansion is beyond the
  limit, before anything is expanded.
- :func:`run_limited`: run a loader in a child process with an address-space ceiling and a
  wall-clock timeout; on either, the child and everything it started are killed.
  :class:`LimitedWorker` keeps one such child for a whole batch.
- Nothing outlives the batch: the child runs in a session of its own (LibreOffice and
  Tesseract inside it), and a *reaper* forked from it waits on a lifeline pipe whose only
  write end the parent holds. When the parent goes, however it goes (SIGKILL included), the
  kernel closes that end and the reaper kills the whole session. On Linux the child also asks
  for ``SIGKILL`` when its parent dies (``prctl(PR_SET_PDEATHSIG)``).
- :func:`render_scale`: the scale to render a PDF page at, capped in pixels, or a refusal.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import logging
import math
import multiprocessing
import os
import pickle
import resource
import signal
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from typing import Any, TypeVar

from baocao.errors import DocumentError, ResourceLimit, UnreadableFile, ZipBomb
from baocao.settings import MiB

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_MAX_MEMBERS = 10_000
#: Deflate squeezes real XML 5–30×; the zeros of a zip bomb squeeze 1000×.
DEFAULT_MAX_RATIO = 200.0
#: Members smaller than this are never judged by ratio: tiny files compress oddly.
RATIO_FLOOR_BYTES = 1 * MiB
#: A4 at 300 dpi is 8.7 megapixels; an A0 poster at 300 dpi would be 140.
DEFAULT_MAX_PAGE_PIXELS = 50_000_000
#: Below this resolution OCR of body text fails; a page that needs less to fit is refused.
MIN_RENDER_DPI = 72


# --- zip bombs ----------------------------------------------------------------------------


def check_zip(
    data: bytes,
    *,
    document: str,
    max_unzipped_bytes: int,
    max_members: int = DEFAULT_MAX_MEMBERS,
    max_ratio: float = DEFAULT_MAX_RATIO,
) -> None:
    """Refuse (:class:`ZipBomb`) a zip that would expand beyond the limits; read only its
    central directory, never a member.

    Checking declared sizes is enough for our readers: Python's :mod:`zipfile` (under
    python-docx and openpyxl) stops reading a member at its declared size, so a member that
    lies about its size cannot expand past it. Raises :class:`UnreadableFile` for a broken zip.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as e:
        raise UnreadableFile(document, f"not a valid zip file: {e}") from e
    if len(infos) > max_members:
        raise ZipBomb(document, f"zip has {len(infos)} members, over the limit of {max_members}")
    total = sum(info.file_size for info in infos)
    if total > max_unzipped_bytes:
        raise ZipBomb(
            document,
            f"zip would expand to {_mib(total)}, over the limit of {_mib(max_unzipped_bytes)}",
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_FLOOR_BYTES and ratio > max_ratio:
            raise ZipBomb(
                document,
                f"zip member {info.filename} expands {ratio:.0f}× "
                f"({_mib(info.compress_size)} → {_mib(info.file_size)}), "
                f"over the limit of {max_ratio:.0f}×",
            )


def _mib(n: int) -> str:
    return f"{n / MiB:.1f} MB" if n >= MiB else f"{n} bytes"


# --- time and memory ceilings -------------------------------------------------------------


def run_limited(
    fn: Callable[..., T],
    *args: Any,
    document: str,
    timeout_s: float,
    memory_mb: int,
    context: str = "fork",
    **kwargs: Any,
) -> T:
    """``fn(*args, **kwargs)`` in a child process under a memory and a time ceiling.

    The child runs in its own process group with ``RLIMIT_AS`` set to ``memory_mb``; when it
    outlives ``timeout_s`` the whole group (converters, Tesseract) is killed. Raises
    :class:`ResourceLimit` ("took longer than N s" / "needed more than N MB"); a
    :class:`DocumentError` raised in the child is raised again here, as is any other exception
    (as :class:`UnreadableFile` when it cannot cross the process boundary).
    ``context``: "fork" (fast; the child shares the parent's imports) or "spawn".
    For many documents in a row, :class:`LimitedWorker` keeps one child and saves the start.
    """
    with LimitedWorker(fn, timeout_s=timeout_s, memory_mb=memory_mb, context=context) as worker:
        return worker(*args, document=document, **kwargs)


class LimitedWorker:
    """A long-lived child process that runs ``fn`` call after call under the same ceilings as
    :func:`run_limited`: one fork for a whole batch instead of one per document.

    A call that outlives ``timeout_s`` (plus ``per_page_s`` for each page the loader reports
    through :func:`report_pages`) kills the child's session (and so whatever it started); a
    child that dies or runs out of memory is replaced at the next call. Errors are raised
    exactly as :func:`run_limited` raises them. Leaving the ``with`` block on an exception
    kills the child at once instead of letting it finish its document.

    Several workers can run side by side, each called from a thread of its own:
    :meth:`start` forks the child ahead of a call (from the main thread, so that the
    parent-death signal holds), and :meth:`kill`, from any thread, kills the child at once and
    refuses every later call, so a call racing with it never forks a new child.
    """

    def __init__(
        self,
        fn: Callable[..., T],
        *,
        timeout_s: float,
        memory_mb: int,
        per_page_s: float = 0.0,
        context: str = "fork",
    ) -> None:
        self._fn = fn
        self._timeout_s = timeout_s
        self._memory_mb = memory_mb
        self._ctx = multiprocessing.get_context(context)
        self._per_page_s = per_page_s
        self._child: Any = None
        self._conn: Any = None
        self._lifeline: Any = None
        self._lock = threading.Lock()  # the fork of a child against kill() from another thread
        self._killed = False

    def __enter__(self) -> LimitedWorker:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        # Leaving on an exception (an interrupt, a signal, a failing store): no polite wait
        # for a document that may take minutes; the child and all it started go at once.
        self._stop(kill=exc_type is not None)

    def __call__(
        self, *args: Any, document: str, timeout_s: float | None = None, **kwargs: Any
    ) -> Any:
        """``fn(*args, **kwargs)`` in the child, within ``timeout_s`` (default: the worker's),
        extended by ``per_page_s`` for each page the loader reports (:func:`report_pages`)."""
        base = self._timeout_s if timeout_s is None else timeout_s
        conn = self._connection(document)
        conn.send((args, kwargs))
        started = time.monotonic()
        limit = base
        while True:
            remaining = started + limit - time.monotonic()
            if remaining <= 0 or not conn.poll(remaining):
                alive = self._child.is_alive()
                exitcode = self._child.exitcode
                self._stop(kill=True)
                if alive or exitcode is None:
                    raise ResourceLimit(document, f"took longer than {_seconds(limit)} s")
                raise _died(document, exitcode, self._memory_mb)
            try:
                status, payload = conn.recv()
            except EOFError:
                self._child.join(5)
                exitcode = self._child.exitcode
                self._stop(kill=True)
                raise _died(document, exitcode, self._memory_mb) from None
            except Exception as e:  # noqa: BLE001 - an exception that cannot be rebuilt here
                self._stop(kill=True)
                raise UnreadableFile(document, f"loader result could not be read: {e}") from e
            if status != "pages":
                break
            limit = max(limit, base + self._per_page_s * int(payload))
        if status == "memory":
            self._stop(kill=True)  # its heap may be left half-built: start afresh
        return _result(status, payload, document, self._memory_mb)

    def close(self) -> None:
        self._stop(kill=False)

    def start(self) -> None:
        """Fork the child now if there is none alive (a call forks it anyway when needed).

        ``PR_SET_PDEATHSIG`` fires when the *forking thread* ends, so it is asked for only
        when this runs on the main thread; a child forked elsewhere is still killed by its
        reaper when the parent dies. A batch of several workers starts (and restarts) them
        all from its main thread before it hands them documents."""
        self._connection("(worker)")

    def kill(self) -> None:
        """Kill the child's session at once, from any thread, and refuse later calls (they
        raise :class:`UnreadableFile`); a call waiting on the child sees it die. The call's
        own thread, or :meth:`close`, then reaps it."""
        with self._lock:
            self._killed = True
            child = self._child
        if child is not None and child.pid is not None:
            kill_session(child.pid)

    def _connection(self, document: str) -> Any:
        with self._lock:
            if self._killed:
                raise UnreadableFile(document, "the worker was stopped")
            if self._child is None or not self._child.is_alive():
                self._spawn()
        return self._conn

    def _spawn(self) -> None:
        self._stop(kill=True)
        parent, child = self._ctx.Pipe(duplex=True)
        lifeline_r, lifeline_w = self._ctx.Pipe(duplex=False)
        with _live_lock:
            others = [end for ends in _live_ends.values() for end in ends]
            inherited = _Inherited(parent, lifeline_r, lifeline_w, os.getpid(), _on_main_thread())
            inherited.others = others
            self._child = self._ctx.Process(  # type: ignore[attr-defined]
                target=_worker_main,
                args=(child, self._fn, self._memory_mb, inherited),
                name="baocao-limited",
                daemon=True,
            )
            self._child.start()
            _live_ends[id(self)] = (parent, lifeline_w)
        child.close()
        lifeline_r.close()
        self._conn = parent
        self._lifeline = lifeline_w

    def _stop(self, *, kill: bool) -> None:
        if self._child is None:
            return
        if not kill and self._child.is_alive():
            try:
                self._conn.send(None)  # ask it to leave
                self._child.join(5)
            except (BrokenPipeError, OSError):
                pass
        if self._child.is_alive():
            kill_session(self._child.pid)
        # The reaper wakes when the lifeline closes, kills what is left of the session, leaves.
        self._lifeline.close()
        self._child.join(5)
        self._conn.close()
        with _live_lock:
            _live_ends.pop(id(self), None)
        self._child = self._conn = self._lifeline = None


#: The parent's ends (pipe, lifeline) of every worker's child alive in this process, by
#: worker: a child forked later closes them, so that it never holds a sibling's lifeline open
#: (that sibling's reaper would then wait on it) nor its pipe.
_live_ends: dict[int, tuple[Any, Any]] = {}
_live_lock = threading.Lock()


def _result(status: str, payload: Any, document: str, memory_mb: int) -> Any:
    if status == "ok":
        return payload
    if status == "memory":
        raise ResourceLimit(document, f"needed more than {memory_mb} MB")
    if status == "document_error":
        cls, cause, page = payload
        raise cls(document, cause, page=page)
    if status == "error":
        raise payload
    raise UnreadableFile(document, str(payload))


class _Inherited:
    """What the child gets of the parent's side: the pipe ends it must close (else it holds
    the parent's end open and never sees the parent go), the lifeline's read end, the
    parent's pid, and whether the parent forked from its main thread (``PR_SET_PDEATHSIG``
    fires when the forking *thread* ends, so it is only asked for from the main thread)."""

    def __init__(
        self, parent_end: Any, lifeline_r: Any, lifeline_w: Any, parent_pid: int, main: bool
    ) -> None:
        self.parent_end = parent_end
        self.lifeline_r = lifeline_r
        self.lifeline_w = lifeline_w
        self.parent_pid = parent_pid
        self.main = main
        self.others: list[Any] = []  # the parent's ends of sibling workers, closed in the child


def _on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


_report_conn: Any = None
_report_lock = threading.Lock()


def report_pages(pages: int) -> None:
    """Tell the supervising parent that the document being extracted has ``pages`` pages:
    its time limit grows by the worker's ``per_page_s`` for each. A no-op outside a worker."""
    if _report_conn is None or pages <= 0:
        return
    with _report_lock:
        _report_conn.send(("pages", int(pages)))


def _worker_main(conn: Any, fn: Callable[..., Any], memory_mb: int, inherited: _Inherited) -> None:
    global _report_conn
    # A session of our own: on timeout or when the parent goes, the session is killed, which
    # takes Tesseract and LibreOffice (in process groups of their own inside it) along.
    try:
        os.setsid()
    except OSError:
        os.setpgrp()
    for signum in (signal.SIGINT, signal.SIGTERM):  # not the parent's handlers
        signal.signal(signum, signal.SIG_DFL)
    inherited.parent_end.close()
    inherited.lifeline_w.close()
    for end in inherited.others:
        end.close()
    if inherited.main:
        _die_with_parent()
    if os.getppid() != inherited.parent_pid:  # the parent went before we could watch it
        return
    _start_reaper(inherited.lifeline_r, os.getpid())
    inherited.lifeline_r.close()
    limit = memory_mb * MiB
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    _report_conn = conn
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        args, kwargs = request
        message = _call(fn, args, kwargs)
        with _report_lock:
            try:
                conn.send(message)
            except MemoryError:
                conn.send(("memory", None))
            except (pickle.PicklingError, TypeError, AttributeError) as e:
                conn.send(("unpicklable", f"{type(message[1]).__name__}: {message[1]} ({e})"))
        if message[0] == "memory":
            return


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: have the kernel SIGKILL this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no libc to ask: the reaper still watches
        pass


def _start_reaper(lifeline: Any, session: int) -> None:
    """Fork the reaper: it blocks on the lifeline until the parent closes its end (on purpose
    or by dying), then kills the session led by pid ``session`` and exits. It keeps no other file
    open, so the worker's pipe still closes when the worker dies."""
    if os.fork() != 0:
        return
    try:
        fd = lifeline.fileno()
        null = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):  # hold no pipe a caller reads to its end
            os.dup2(null, std)
        os.closerange(3, fd)
        os.closerange(fd + 1, _max_fd())
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        while True:
            try:
                if not os.read(fd, 1):
                    break
            except InterruptedError:
                continue
            except OSError:
                break
        kill_session(session)
    finally:
        os._exit(0)


def _max_fd() -> int:
    try:
        return max(int(os.sysconf("SC_OPEN_MAX")), 256)
    except (ValueError, OSError):
        return 65536


def session_members(session: int) -> list[int]:
    """Live (not zombie) processes of ``session``, from ``/proc`` (empty where there is none)."""
    members = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat_line = f.read()
        except OSError:
            continue
        fields = stat_line[stat_line.rfind(b")") + 2 :].split()
        # state ppid pgrp session …
        if len(fields) > 3 and fields[0] != b"Z" and int(fields[3]) == session:
            members.append(int(entry))
    return members


def kill_session(session: int) -> None:
    """SIGKILL every process of the session and the process group led by pid ``session`` (a
    worker's: the worker, its reaper, Tesseract, LibreOffice and their children), the caller
    last if it belongs to them. Processes forked while this runs are caught by the next
    sweep. Only a process that called ``setsid()`` leads a session of its own pid, so no
    other session is ever touched."""
    me = os.getpid()
    for _sweep in range(20):
        others = [pid for pid in session_members(session) if pid != me]
        for pid in others:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if not others:
            break
        time.sleep(0.01)
    try:
        # The leader's process group too (where /proc is missing, the group at least); in
        # the reaper this is its own end.
        os.killpg(session, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _call(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        return ("ok", fn(*args, **kwargs))
    except MemoryError:
        return ("memory", None)
    except DocumentError as e:
        return ("document_error", (type(e), e.cause, e.page))
    except Exception as e:  # noqa: BLE001 - every failure must reach the parent
        return ("error", e)


def _died(document: str, exitcode: int | None, memory_mb: int) -> DocumentError:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        if -exitcode in (signal.SIGKILL, signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
            # Allocation failures inside C code show up as crashes, not MemoryError.
            return ResourceLimit(
                document, f"loader died ({name}); it may have needed more than {memory_mb} MB"
            )
        return UnreadableFile(document, f"loader died ({name})")
    return UnreadableFile(document, f"loader exited with status {exitcode} without a result")


def _seconds(value: float) -> str:
    return f"{value:g}" if value < 10 else f"{value:.0f}"


# --- page rendering -----------------------------------------------------------------------


def render_scale(
    width_pt: float,
    height_pt: float,
    dpi: int,
    *,
    document: str,
    page: int | None = None,
    max_pixels: int = DEFAULT_MAX_PAGE_PIXELS,
) -> float:
    """The scale (pixels per PDF point) to render a ``width_pt`` × ``height_pt`` page at.

    ``dpi`` is lowered until the page fits ``max_pixels``; a page that does not fit even at
    :data:`MIN_RENDER_DPI` is refused with :class:`ResourceLimit`.
    """
    if not (width_pt > 0 and height_pt > 0) or math.isinf(width_pt * height_pt):
        raise UnreadableFile(document, f"page size {width_pt}×{height_pt} pt", page=page)
    area_in2 = (width_pt / 72) * (height_pt / 72)
    fit_dpi = math.sqrt(max_pixels / area_in2)
    if fit_dpi < MIN_RENDER_DPI:
        need = area_in2 * MIN_RENDER_DPI**2
        raise ResourceLimit(
            document,
            f"page of {width_pt / 72 * 25.4:.0f}×{height_pt / 72 * 25.4:.0f} mm would need "
            f"{need / 1e6:.0f} megapixels at {MIN_RENDER_DPI} dpi, "
            f"over the limit of {max_pixels / 1e6:.0f}",
            page=page,
        )
    if fit_dpi < dpi:
        logger.info(
            "%s (page %s): rendered at %d dpi instead of %d to stay under %d megapixels",
            document,
            page,
            int(fit_dpi),
            dpi,
            max_pixels // 1_000_000,
        )
    return min(dpi, int(fit_dpi)) / 72
