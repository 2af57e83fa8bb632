"""Plain-text reports: encodings, line repair, pipe tables."""

from __future__ import annotations

import codecs
import re
import time
import unicodedata
from pathlib import Path

import pytest
from badfiles import encode_cp1258, random_bytes
from hypothesis import given
from hypothesis import strategies as st
from paths import SEEDS

from baocao.errors import EmptyDocument, MalformedText, UnknownEncoding
from baocao.extract import load
from baocao.extract.layout import clean_chars, combining_run
from baocao.extract.text import decode_text, lines_to_blocks, vietnamese_plausibility
from baocao.model import Format

SAMPLE = (
    "Tổng nguồn vốn huy động thực hiện Chương trình đạt 15.204 triệu đồng.\n"
    "Xã Hòa Bình đạt 19/19 tiêu chí, được công nhận đạt chuẩn nông thôn mới năm 2022.\n"
)


def write(tmp_path: Path, data: bytes, name: str = "bao-cao.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (encode_cp1258(SAMPLE), "cp1258"),
        (unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), "utf-8"),
    ],
)
def test_encodings_decode_to_the_same_nfc_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    document = load(write(tmp_path, data))
    assert document.format is Format.TEXT
    assert document.encoding == encoding
    assert document.text == SAMPLE


def test_windows_1258_tone_marks_are_separate_bytes_composed_on_decoding() -> None:
    data = encode_cp1258("Thủy lợi")
    assert b"\xd2" in data  # the combining hook above, after its vowel
    assert unicodedata.normalize("NFC", decode_text(data, "x").text) == "Thủy lợi"


def test_random_bytes_are_in_no_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, random_bytes())
    with pytest.raises(UnknownEncoding) as err:
        load(path)
    assert str(err.value) == "bao-cao.txt: not text in any encoding we can detect"


def test_a_cyrillic_code_page_is_not_taken_for_vietnamese() -> None:
    data = ("Отчёт о выполнении программы развития сельских районов " * 5).encode("cp1251")
    with pytest.raises(UnknownEncoding):
        decode_text(data, "x")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "  \n".encode("utf-16")])
def test_empty_or_whitespace_only_is_an_empty_document(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(EmptyDocument):
        load(write(tmp_path, data))


def test_plausibility_prefers_vietnamese_letters() -> None:
    assert vietnamese_plausibility(SAMPLE) > 0.95
    assert vietnamese_plausibility(SAMPLE.encode("utf-8").decode("cp1252")) < 0.9


def test_pipe_tables_become_tables_rendered_like_other_formats(tmp_path: Path) -> None:
    text = (
        "Kết quả theo xã:\n"
        "| Xã | Số tiêu chí |\n"
        "|---|---|\n"
        "|Hòa Bình|19|\n"
        "| Tân Lập | 17 |\n"
        "Ghi chú: số liệu đến hết năm.\n"
        "Thôn | Hộ\n"
        "Đông | 120\n"
    )
    document = load(write(tmp_path, text.encode()))
    assert [t.source for t in document.tables] == ["text", "text"]
    first, second = document.tables
    assert [[c.text for c in row] for row in first.rows] == [
        ["Xã", "Số tiêu chí"],
        ["Hòa Bình", "19"],
        ["Tân Lập", "17"],
    ]
    assert document.text[first.start : first.end] == "Xã | Số tiêu chí\nHòa Bình | 19\nTân Lập | 17"
    assert [[c.text for c in row] for row in second.rows] == [["Thôn", "Hộ"], ["Đông", "120"]]
    for table in document.tables:
        for row in table.rows:
            for cell in row:
                assert document.text[cell.start : cell.end] == cell.text


def test_a_single_pipe_line_is_prose() -> None:
    blocks = list(lines_to_blocks(["Số: 12 | BC-UBND", "Nội dung"]))
    assert len(blocks) == 1 and not blocks[0].rows


def test_seed_reports_load_with_their_gold_quotes(seed_reports: list[Path]) -> None:
    import json

    for path in seed_reports:
        document = load(path)
        assert document.encoding == "utf-8" and document.pages == ()
        gold = json.loads((SEEDS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        for kind in ("verdicts", "criteria_counts", "coverage", "funding", "percentages"):
            for entry in gold.get(kind, []):
                # a run of spaces in a line is one (the gold quotes the text as typed)
                quote = re.sub(" {2,}", " ", unicodedata.normalize("NFC", entry["quote"]))
                assert quote in document.text


SYLLABLES = (
    "xã huyện tỉnh thôn bản đạt chưa tiêu chí nguồn vốn ngân sách triệu đồng tỷ năm giai đoạn "
    "kết quả thực hiện chương trình xây dựng nông thôn mới đường giao thông thủy lợi điện "
    "trường học văn hóa chợ bưu điện nhà ở hộ nghèo thu nhập lao động y tế môi trường an ninh "
    "trật tự quốc phòng người dân đóng góp tổng cộng huy động được công nhận chuẩn nâng cao"
).split()
vietnamese = st.lists(
    st.tuples(st.sampled_from(SYLLABLES), st.sampled_from([" ", " ", ", ", ".\n"])),
    min_size=4,
    max_size=60,
).map(lambda pairs: "".join(w + sep for w, sep in pairs))


@given(vietnamese)
def test_vietnamese_round_trips_through_windows_1258(text: str) -> None:
    decoded = decode_text(encode_cp1258(text), "x")
    assert unicodedata.normalize("NFC", decoded.text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_encodings_in_a_text_file_become_unicode(tmp_path: Path, encoding: str) -> None:
    from baocao.extract import legacy

    legacy_chars = legacy.encode_tcvn3(SAMPLE) if encoding == "tcvn3" else legacy.encode_vni(SAMPLE)
    document = load(write(tmp_path, legacy_chars.encode("cp1252")))
    assert document.encoding == encoding
    assert document.text == SAMPLE


# --- hostile text ---------------------------------------------------------------------------


def test_a_run_of_combining_marks_is_refused_fast_with_its_length(tmp_path: Path) -> None:
    from badfiles import combining_marks_text

    path = write(tmp_path, combining_marks_text(), "dau.txt")
    started = time.monotonic()
    with pytest.raises(MalformedText) as info:
        load(path)
    assert time.monotonic() - started < 30  # NFC of it would take hours; the check takes ~0.1 s
    assert str(info.value) == (
        "dau.txt: a run of 1,048,574 combining marks on one letter (character 1); "
        "no language stacks more than 4"
    )
    assert info.value.code == "malformed_text"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1258"])
def test_the_marks_are_refused_whatever_the_encoding(tmp_path: Path, encoding: str) -> None:
    prose, marks = "Xã Hòa Bình đạt chuẩn nông thôn mới. a", "\u0301\u0323" * 100_000
    if encoding == "cp1258":  # the Windows code page whose tones are combining bytes
        data = encode_cp1258(prose) + marks.encode("cp1258")
    else:
        data = (prose + marks).encode(encoding)
    started = time.monotonic()
    with pytest.raises(MalformedText, match="combining marks"):
        load(write(tmp_path, data))
    assert time.monotonic() - started < 10


def test_vietnamese_decomposed_marks_are_no_run() -> None:
    # Every Vietnamese letter in NFD: at most two marks on a base; a stack of four passes too.
    nfd = unicodedata.normalize("NFD", SAMPLE + "Ệ ỗ ự ẫ ặ ở ằ")
    assert combining_run(nfd) is None
    assert combining_run("e\u0302\u0323\u0301\u0300") is None
    assert combining_run("x e\u0302\u0323\u0301\u0300\u0309") == (3, 5)
    assert clean_chars(nfd) == unicodedata.normalize("NFC", nfd)
