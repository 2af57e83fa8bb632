"""The command on a hostile folder and hostile text: nothing outside the folder read, nothing
blocking, no traceback, terminal lines that cannot be forged, CSV that runs no formula."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import time
from pathlib import Path

from clirun import REPORT, run

# A percentage that does not match its fraction gives the auditor a finding to show, with a
# quote holding a closing tag (rich raised MarkupError on it).
WRONG = "Toàn huyện có 12/16 xã [/bold] đạt tiêu chí số 2 về giao thông (đạt 90%)."

NAMES = {
    "markup": "[bold red]đỏ[link=http:x]y.txt",
    "escape": "esc\x1b[2J\x1b[31mred\x1b]0;title\x07.txt",
    "newline": "a\nok       forged.pdf (999 facts)\r.txt",
    "formula": '=HYPERLINK("http:x","y").txt',
    "minus": "-2+3.txt",
    "at": "@SUM(A1).txt",
}


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    for i, (key, name) in enumerate(NAMES.items()):
        text = REPORT.format(
            district=f"Huyện {key}", province="Vĩnh Phúc", met=i + 1, total=16, money=f"{1000 + i}"
        )
        (folder / name).write_text(text + WRONG + "\n", encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return folder


def test_a_hostile_folder_ends_fast_reads_nothing_outside_and_prints_data_as_data(
    tmp_path: Path,
) -> None:
    folder = hostile_folder(tmp_path)
    db = tmp_path / "h.db"
    started = time.monotonic()
    result = run("extract", folder, "--db", db, cwd=tmp_path, timeout=60)
    assert time.monotonic() - started < 60
    assert result.returncode == 1, result.stderr  # the loop failed, all the rest stored
    assert "Traceback" not in result.stderr and "internal error" not in result.stdout
    assert f"{len(NAMES) + 1} files: {len(NAMES)} ok, 1 failed, 0 skipped" in result.stdout
    assert "failed: loop.txt: symlink loop (too many levels of symbolic links)" in result.stdout

    # Nothing outside the folder was listed, opened or stored.
    with sqlite3.connect(db) as conn:
        names = {n for (n,) in conn.execute("select name from documents")}
        texts = [t for (t,) in conn.execute("select text from document_texts")]
    assert names == {*NAMES.values(), "loop.txt"}
    assert not any("root:" in text for text in texts)
    for skipped in ("fifo.txt", "zero.txt", "passwd.txt"):
        assert f"{skipped}: passed over" in result.stderr

    # Every status line is one line that starts as a status line; no escape code got through.
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\r" not in stream
    lines = result.stderr.splitlines()
    assert all(line.startswith(("ok ", "failed ", "WARNING ")) for line in lines), lines
    assert not any(line.startswith("ok       forged.pdf") for line in lines)
    assert r"a\nok       forged.pdf (999 facts)\r.txt (" in result.stderr
    assert r"esc\x1b[2J\x1b[31mred\x1b]0;title\x07.txt" in result.stderr
    assert "[bold red]đỏ[link=http:x]y.txt" in result.stderr  # shown, not rendered

    # The audit table and the documents table show the names as they are.
    audit = run("audit", "--db", db, cwd=tmp_path)
    assert audit.returncode == 0, audit.stderr
    assert "Traceback" not in audit.stderr
    assert "xã [/bold] đạt" in audit.stdout and "[bold red]đỏ" in audit.stdout
    assert "\x1b" not in audit.stdout
    documents = run("documents", "--db", db, cwd=tmp_path)
    assert documents.returncode == 0 and "[bold red]đỏ" in documents.stdout
    assert "\x1b" not in documents.stdout
    shown = run("show", NAMES["escape"], "--db", db, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and r"esc\x1b[2J" in shown.stdout

    # CSV: no cell a spreadsheet would run.
    exported = run("export", "--format", "csv", "--db", db, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert {row["document"] for row in rows} >= {"'" + NAMES["formula"], "'" + NAMES["minus"]}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def hostile_batch(folder: Path) -> tuple[list[str], list[str]]:
    """Bad files of every kind beside three good reports; (all names, the good ones)."""
    from badfiles import (
        PdfPageSpec,
        _pdf_file,
        combining_marks_text,
        docx_bytes,
        docx_like,
        encode_cp1258,
        encrypted_pdf,
        make_docx,
        make_pdf,
        make_zip,
        pdf_without_pages,
        png_bytes,
        random_bytes,
        zip_of_other_things,
    )

    folder.mkdir()
    report = REPORT.format(district="Sông Lô", province="Vĩnh Phúc", met=12, total=16,
                           money="12.500")  # fmt: skip
    lines = [line for line in report.splitlines() if line.strip()]
    (folder / "good.txt").write_text(report, encoding="utf-8")
    make_docx(folder / "good.docx", lines)
    make_pdf(folder / "good.pdf", [PdfPageSpec(lines=lines)])
    good = ["good.docx", "good.pdf", "good.txt"]

    pdf = (folder / "good.pdf").read_bytes()
    marks = "\u0301\u0323" * 500_000
    bad = {
        "dau.txt": combining_marks_text(),
        "dau-1258.txt": encode_cp1258("Xã Hòa Bình a") + marks.encode("cp1258"),
        "dau.docx": docx_bytes(["Xã Hòa Bình a" + marks[:200_000]]),
        "empty.txt": b"",
        "rac.txt": random_bytes(),
        "blank.png": png_bytes(),
        "no-pages.pdf": pdf_without_pages(),
        "locked.pdf": encrypted_pdf(),
        "truncated.pdf": pdf[: len(pdf) // 2],
        "cycle.pdf": _pdf_file(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"],
            b"/Root 1 0 R",
        ),
        "fake.docx": zip_of_other_things(),
        "truncated.docx": docx_bytes()[:2000],
        "bomb.docx": make_zip(docx_like(b"\0" * (64 * 1024 * 1024))),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "loop.pdf").symlink_to(folder / "loop.pdf")
    return sorted([*good, *bad, "loop.pdf"]), good


def test_a_hostile_batch_ends_fast_records_every_file_and_the_controls_give_their_facts(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "hostile"
    names, good = hostile_batch(folder)
    db = tmp_path / "batch.db"
    started = time.monotonic()
    result = run("extract", folder, "--db", db, cwd=tmp_path, timeout=300)
    took = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    assert took < 300
    assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        rows = {
            n: (s, c) for n, s, c in conn.execute("select name, status, error_code from documents")
        }
    assert sorted(rows) == names  # every file recorded
    assert {n for n, (status, _code) in rows.items() if status == "ok"} == set(good)
    for name in ("dau.txt", "dau-1258.txt", "dau.docx"):
        assert rows[name] == ("failed", "malformed_text"), name

    alone = tmp_path / "alone.db"
    assert run("extract", *(folder / n for n in good), "--db", alone, cwd=tmp_path).returncode == 0
    query = (
        "select d.name, f.kind, f.start, f.quote from facts f join documents d "
        "on d.id = f.document_id where d.status = 'ok' order by 1, 2, 3, 4"
    )
    with sqlite3.connect(db) as a, sqlite3.connect(alone) as b:
        facts = a.execute(query).fetchall()
        assert facts and facts == b.execute(query).fetchall()
