"""Legacy Vietnamese encodings: TCVN3 (ABC, .VnTime) and VNI (VNI-Times) to Unicode and back,
decided by how Vietnamese the result reads, never by the font name alone."""

from __future__ import annotations

import io
import unicodedata

import pytest
from docx import Document as WordDocument
from hypothesis import given
from hypothesis import strategies as st

from baocao.extract import legacy
from baocao.extract.legacy import (
    convert_run,
    convert_text,
    decode_legacy_bytes,
    decode_tcvn3,
    decode_vni,
    detect_legacy,
    encode_tcvn3,
    encode_vni,
    font_encodings,
    is_caps_font,
    vietnamese_letters,
)

LETTERS = vietnamese_letters()
LOWER = [ch for ch in LETTERS if ch.islower()]
UPPER = [ch for ch in LETTERS if ch.isupper()]
TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ"  # the only capitals with their own TCVN3 code

# TCVN3 strings as Windows-1252 shows their bytes, checked against glibc's TCVN5712-1 codec.
TCVN3_SENTENCE = (
    "T\xe6ng s\xe8 x\xb7 \xae\xb9t chu\xc8n n\xabng th\xabn m\xedi l\xb5 12 x\xb7, \xae\xb9t 63,2%."
)
UNICODE_SENTENCE = "Tổng số xã đạt chuẩn nông thôn mới là 12 xã, đạt 63,2%."
TCVN3_CAPS_HEADING = "b\xb8o c\xb8o k\xd5t qu\xb6 th\xf9c hi\xd6n"  # typed for .VnTimeH
VNI_SENTENCE = "Toång soá voán huy ñoäng laø 25 tyû ñoàng."
VNI_UNICODE = "Tổng số vốn huy động là 25 tỷ đồng."


# --- tables -----------------------------------------------------------------------------------


def test_there_are_134_vietnamese_letters_outside_ascii() -> None:
    assert len(LETTERS) == len(set(LETTERS)) == 134
    assert len(LOWER) == len(UPPER) == 67
    assert all(unicodedata.is_normalized("NFC", ch) for ch in LETTERS)


@pytest.mark.parametrize("letter", LOWER + list(TCVN3_CAPITALS))
def test_every_tcvn3_letter_round_trips(letter: str) -> None:
    code = encode_tcvn3(letter)
    assert len(code) == 1 and 0xA1 <= ord(code) <= 0xFF
    assert decode_tcvn3(code) == letter


@pytest.mark.parametrize("letter", UPPER)
def test_every_capital_round_trips_through_an_h_font(letter: str) -> None:
    # TCVN3 has no code for toned capitals: .VnTimeH draws the lowercase codes as capitals.
    assert decode_tcvn3(encode_tcvn3(letter, caps=True), caps=True) == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_every_vni_letter_round_trips(letter: str) -> None:
    code = encode_vni(letter)
    assert 1 <= len(code) <= 2
    assert decode_vni(code) == letter


def test_tcvn3_u_horn_is_the_soft_hyphen_and_survives() -> None:
    assert encode_tcvn3("ư") == "\u00ad"
    assert decode_tcvn3("M\u00ad\xeang Kh\u00ad\xacng") == "Mường Khương"


def test_vni_prefers_the_longest_code() -> None:
    # "oâ" is ô; "ô" alone is ơ; "ôø" is ờ.
    assert decode_vni("thoân") == "thôn"
    assert decode_vni("môùi") == "mới"
    assert decode_vni("Möôøng") == "Mường"


def test_codes_0x80_to_0x9f_are_never_decoded() -> None:
    # Word keeps curly quotes and dashes there, even in .VnTime runs.
    assert decode_tcvn3("\u201cT\xe6ng\u201d \u2013 x\xb7") == "\u201cTổng\u201d \u2013 xã"


def test_a_bad_table_lists_every_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = {
        "encoding": "tcvn3",
        "letters": {"à": "\u00b5", "q": "x", "á": "\u00b5", "ả": "toolong"},
        "font": {"pattern": "(", "caps_pattern": "H$"},
    }
    problems = legacy._check_table("bad.toml", raw)
    joined = "\n".join(problems)
    assert "'q' is not a Vietnamese letter" in joined
    assert "'ả' has a bad code 'toolong'" in joined
    assert "code 'µ' used for 'à' and 'á'" in joined
    assert "[letters] lacks" in joined
    assert "[font] pattern is not a regex" in joined
    assert "no [[examples]]" in joined


# --- round trips of whole texts ----------------------------------------------------------------

ASCII = "abcdeghiklmnopqrstuvxy ABCDEGHIKLMNOPQRSTUVXY 0123456789.,:;%/-()"


@given(st.text(alphabet=ASCII + "".join(LOWER) + TCVN3_CAPITALS, max_size=80))
def test_tcvn3_text_round_trips(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text


@given(st.text(alphabet=ASCII + "".join(LETTERS), max_size=80))
def test_vni_text_round_trips(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text


@given(st.text(alphabet=ASCII + "".join(LETTERS), max_size=80))
def test_unicode_text_without_legacy_codes_is_never_converted(text: str) -> None:
    assert convert_text(text) == (text, None)


# --- detection -------------------------------------------------------------------------------


def test_tcvn3_text_is_detected_and_decoded_without_a_font() -> None:
    assert convert_text(TCVN3_SENTENCE) == (UNICODE_SENTENCE, "tcvn3")


def test_vni_text_is_detected_and_decoded_without_a_font() -> None:
    assert convert_text(VNI_SENTENCE) == (VNI_UNICODE, "vni")


@pytest.mark.parametrize("font", [".VnTime", "Times New Roman", None])
def test_unicode_is_left_alone_whatever_the_font(font: str | None) -> None:
    assert detect_legacy(UNICODE_SENTENCE, font) is None
    assert convert_run(UNICODE_SENTENCE, font) == UNICODE_SENTENCE


def test_a_latin1_looking_unicode_run_in_a_vntime_font_is_kept() -> None:
    # Every character here is also a TCVN3 code ("các" would read "cỏc"): the reading that
    # is more Vietnamese wins, so the run stays as it is.
    assert convert_run("các xã", ".VnTime") == "các xã"
    assert convert_run("các xã", ".VnTime", hint="tcvn3") == "các xã"


def test_an_ambiguous_run_follows_its_legacy_font() -> None:
    # "mét sè" is two real words, but "một số" is far more common: only a legacy font tips it.
    assert convert_run("m\xe9t s\xe8", "Times New Roman") == "m\xe9t s\xe8"
    assert convert_run("m\xe9t s\xe8", ".VnTime") == "một số"


def test_one_odd_character_without_a_legacy_font_is_no_evidence() -> None:
    assert convert_text("© 2020 Sở Nông nghiệp") == ("© 2020 Sở Nông nghiệp", None)
    assert convert_text("© 2020") == ("© 2020", None)


def test_a_lone_code_in_a_legacy_font_is_decoded() -> None:
    # Word splits runs inside words: "®" + "¹t" is "đ" + "ạt".
    assert convert_run("\xae", ".VnTime", hint="tcvn3") + convert_run("\xb9t", ".VnTime") == "đạt"


def test_font_names() -> None:
    assert legacy.font_encoding(".VnTime") == "tcvn3"
    assert legacy.font_encoding(".VnCentury Schoolbook") == "tcvn3"
    assert legacy.font_encoding("VNI-Times") == "vni"
    assert legacy.font_encoding("Times New Roman") is None
    assert legacy.font_encoding(None) is None
    assert is_caps_font(".VnTimeH") and is_caps_font(".VnArialH")
    assert not is_caps_font(".VnTime") and not is_caps_font("VNI-Helve")


def test_an_h_font_run_is_upper_cased() -> None:
    assert convert_run(TCVN3_CAPS_HEADING, ".VnTimeH") == "BÁO CÁO KẾT QUẢ THỰC HIỆN"


def test_mixed_text_keeps_its_unicode_lines() -> None:
    text = f"{TCVN3_SENTENCE}\n{UNICODE_SENTENCE}\n{TCVN3_SENTENCE}"
    converted, encoding = convert_text(text)
    assert encoding == "tcvn3"
    assert converted == f"{UNICODE_SENTENCE}\n{UNICODE_SENTENCE}\n{UNICODE_SENTENCE}"


def test_legacy_bytes_of_a_plain_text_file() -> None:
    data = TCVN3_SENTENCE.encode("latin-1")
    assert decode_legacy_bytes(data) == (UNICODE_SENTENCE, "tcvn3")
    assert decode_legacy_bytes(UNICODE_SENTENCE.encode("utf-8")) is None
    assert decode_legacy_bytes("Naïve café".encode("latin-1")) is None


# --- a Word file with mixed runs -------------------------------------------------------------


def mixed_runs_docx() -> bytes:
    """A report page typed over the years: TCVN3 runs, Unicode runs, an H-font heading, and a
    Unicode run that kept the .VnTime font name."""
    doc = WordDocument()

    def paragraph(*runs: tuple[str, str]) -> None:
        p = doc.add_paragraph()
        for text, font in runs:
            p.add_run(text).font.name = font

    paragraph((TCVN3_CAPS_HEADING, ".VnTimeH"))
    paragraph(
        (TCVN3_SENTENCE[:-1], ".VnTime"),
        (" (theo Quyết định số 18/QĐ-UBND).", "Times New Roman"),
    )
    paragraph(("Kinh ph\xdd \xae\xb7 gi\xb6i ng\xa9n: ", ".VnTime"), ("1.250 triệu đồng", "Arial"))
    paragraph(("Huyện đã huy động được 25 tỷ đồng cho các xã.", ".VnTime"))
    paragraph(("\xae", ".VnTime"), ("\xb9t", ".VnTime"), (" chuẩn", "Times New Roman"))
    paragraph((VNI_SENTENCE, "VNI-Times"))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


MIXED_RUNS_EXPECTED = [
    "BÁO CÁO KẾT QUẢ THỰC HIỆN",
    UNICODE_SENTENCE[:-1] + " (theo Quyết định số 18/QĐ-UBND).",
    "Kinh phí đã giải ngân: 1.250 triệu đồng",
    "Huyện đã huy động được 25 tỷ đồng cho các xã.",
    "đạt chuẩn",
    VNI_UNICODE,
]


def test_a_word_file_with_mixed_runs_reads_as_unicode() -> None:
    doc = WordDocument(io.BytesIO(mixed_runs_docx()))
    runs = [(r.text, r.font.name) for p in doc.paragraphs for r in p.runs]
    hints = font_encodings(runs)
    assert hints == {".VnTimeH": "tcvn3", ".VnTime": "tcvn3", "VNI-Times": "vni"}
    lines = [
        "".join(convert_run(r.text, r.font.name, hint=hints.get(r.font.name)) for r in p.runs)
        for p in doc.paragraphs
    ]
    assert lines == MIXED_RUNS_EXPECTED


def test_the_docx_loader_decodes_legacy_runs(tmp_path) -> None:
    from baocao.extract import load

    path = tmp_path / "tcvn3-mixed-runs.docx"
    path.write_bytes(mixed_runs_docx())
    document = load(path)
    for line in MIXED_RUNS_EXPECTED:
        assert line in document.text
