"""Old office files (.doc, .rtf, .odt, .xls) through LibreOffice, then the modern loaders.

The chain: :func:`convert_with_libreoffice` (``soffice --headless --convert-to``, one private
profile per call so parallel workers never share one, the whole process group killed on
timeout) → the .docx loader (:mod:`baocao.extract.docx`) or the .xlsx loader
(:mod:`baocao.extract.sheets`) → the Document keeps the original's format, hash and size.
Legacy fonts survive the conversion (a .doc in .VnTime becomes a .docx in .VnTime), so the
.docx loader's TCVN3/VNI handling applies unchanged.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from baocao.errors import ConverterFailed, ConverterUnavailable
from baocao.extract.docx import load_docx
from baocao.extract.sheets import load_xlsx
from baocao.extract.source import Source
from baocao.model import Document, Format
from baocao.settings import DEFAULT_CONVERTER_TIMEOUT_S, ExtractSettings

logger = logging.getLogger(__name__)

SOFFICE_NAMES = ("soffice", "libreoffice")
INSTALL_HINT = "install libreoffice-writer"

#: The extension LibreOffice needs to pick its import filter, per source format.
SOURCE_EXTENSIONS: dict[Format, str] = {
    Format.DOC: "doc",
    Format.RTF: "rtf",
    Format.ODT: "odt",
    Format.XLS: "xls",
}


#: LibreOffice import filters to force, in order, per source extension. Forcing one matters:
#: left to guess, LibreOffice "converts" any junk as plain text.
INPUT_FILTERS: dict[str, tuple[str, ...]] = {
    "doc": ("MS Word 97", "MS Word 95", "MS WinWord 6.0"),
    "rtf": ("Rich Text Format",),
    "odt": ("writer8",),
    "xls": ("MS Excel 97", "MS Excel 95", "MS Excel 5.0/95"),
}


def find_soffice() -> str | None:
    """The LibreOffice binary on PATH, or None."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def soffice_command(
    soffice: str, workdir: Path, infile: Path, target: str, input_filter: str | None = None
) -> list[str]:
    """The headless conversion command, with a profile of its own under ``workdir``."""
    return [
        soffice,
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
        *([f"--infilter={input_filter}"] if input_filter else []),
        "--convert-to",
        target,
        "--outdir",
        str(workdir / "out"),
        str(infile),
    ]


def convert_with_libreoffice(
    data: bytes,
    src_ext: str,
    target: str = "docx",
    *,
    document: str = "document",
    timeout: float = DEFAULT_CONVERTER_TIMEOUT_S,
) -> bytes:
    """``data`` (a file with extension ``src_ext``) converted by LibreOffice to ``target``.

    Raises :class:`ConverterUnavailable` when LibreOffice is not installed and
    :class:`ConverterFailed` when it fails, produces nothing, or runs past ``timeout``
    seconds (then it and every process it started are killed).
    """
    soffice = find_soffice()
    if soffice is None:
        raise ConverterUnavailable(document, f"LibreOffice (soffice) not found: {INSTALL_HINT}")
    src_ext = src_ext.lstrip(".").lower()
    deadline = time.monotonic() + timeout
    stderr = ""
    with tempfile.TemporaryDirectory(prefix="baocao-soffice-") as tmp:
        workdir = Path(tmp)
        infile = workdir / f"input.{src_ext}"
        infile.write_bytes(data)
        for input_filter in INPUT_FILTERS.get(src_ext, (None,)):
            command = soffice_command(soffice, workdir, infile, target, input_filter)
            logger.debug(
                "%s: converting .%s to .%s with LibreOffice (%s)",
                document,
                src_ext,
                target,
                input_filter or "any filter",
            )
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ConverterFailed(document, f"LibreOffice timed out after {timeout:g} s")
            stderr = _run_killable(
                command, document=document, timeout=remaining, cwd=workdir, total_timeout=timeout
            )
            produced = sorted((workdir / "out").glob(f"*.{target.split(':')[0]}"))
            if produced:
                return produced[0].read_bytes()
    reason = _last_error_line(stderr)
    raise ConverterFailed(
        document, f"LibreOffice could not convert this .{src_ext} to .{target}{reason}"
    )


def _last_error_line(stderr: str) -> str:
    # LibreOffice's stderr mixes noise ("failed to launch javaldx") with the real error.
    lines = [line for line in stderr.splitlines() if line.strip() and "javaldx" not in line]
    return f": {lines[-1].strip()}" if lines else ""


def _run_killable(
    command: list[str], *, document: str, timeout: float, cwd: Path, total_timeout: float
) -> str:
    """Run ``command`` in a process group of its own; on timeout kill the whole group.

    A group, not a session: the group can be killed alone on a timeout, while the batch
    worker's session (:mod:`baocao.extract.limits`) still holds it, so LibreOffice goes with
    the worker when the batch is stopped or killed."""
    env = {**os.environ, "HOME": str(cwd)}  # LibreOffice writes under HOME, even headless
    try:
        proc = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            process_group=0,
        )
    except OSError as e:
        raise ConverterUnavailable(document, f"LibreOffice cannot be started: {e}") from e
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as e:
        _kill_session(proc)
        proc.communicate()
        raise ConverterFailed(document, f"LibreOffice timed out after {total_timeout:g} s") from e
    finally:
        if proc.poll() is None:
            _kill_session(proc)
            proc.wait()
    if proc.returncode != 0:
        text = err.decode("utf-8", "replace").strip()
        raise ConverterFailed(
            document, f"LibreOffice exited with status {proc.returncode}: {text[-300:]}"
        )
    return err.decode("utf-8", "replace")


def _kill_session(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# --- loaders --------------------------------------------------------------------------------


def _converted(
    source: Source,
    settings: ExtractSettings,
    *,
    target: str,
    target_format: Format,
    loader: Callable[[Source, ExtractSettings], Document],
) -> Document:
    src_ext = SOURCE_EXTENSIONS[source.format]
    data = convert_with_libreoffice(
        source.data,
        src_ext,
        target,
        document=source.name,
        timeout=settings.converter_timeout_s,
    )
    # The converted bytes go to the modern loader under the original's name and hash, so its
    # messages and the Document name the file the user has.
    converted = dataclasses.replace(source, data=data, format=target_format)
    document = loader(converted, settings)
    return dataclasses.replace(document, format=source.format, size_bytes=source.size_bytes)


def _load_via_docx(source: Source, settings: ExtractSettings) -> Document:
    return _converted(source, settings, target="docx", target_format=Format.DOCX, loader=load_docx)


def load_doc(source: Source, settings: ExtractSettings) -> Document:
    """Word 97–2003 .doc (``Format.DOC``), converted to .docx by LibreOffice."""
    return _load_via_docx(source, settings)


def load_rtf(source: Source, settings: ExtractSettings) -> Document:
    """Rich Text Format (``Format.RTF``), converted to .docx by LibreOffice."""
    return _load_via_docx(source, settings)


def load_odt(source: Source, settings: ExtractSettings) -> Document:
    """OpenDocument text (``Format.ODT``), converted to .docx by LibreOffice."""
    return _load_via_docx(source, settings)


def load_xls(source: Source, settings: ExtractSettings) -> Document:
    """Excel 97–2003 .xls (``Format.XLS``), converted to .xlsx by LibreOffice."""
    return _converted(source, settings, target="xlsx", target_format=Format.XLSX, loader=load_xlsx)
