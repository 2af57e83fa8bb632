"""The FORMAT probe's documents: fixed-seed samples of the wording probes' renders
(``coverage_grammar``, ``funding_grammar``) laid out as multi-section reports — headings,
bulleted paragraphs ("-", "+", "•"), long paragraphs that wrap on an A4 page so numbers and
"triệu đồng" fall near or across line ends, hyphenated words and spans, the funding
probe's tables as Word tables — then written as .txt, .docx and (through LibreOffice) .pdf
by the corpus's own builders (``scripts/make_corpus.py``). The three files hold the same
text, so each must yield the same facts: a difference is a layout the .docx or PDF road
reads otherwise, never a wording.

The filler sentences are written here for the probe and state no figure.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

from coverage_grammar import sample as coverage_sample
from funding_grammar import renders as funding_renders

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402  (a sibling script, not an installed module)

#: Sentences that state no figure, of several lengths: put before a render's sentence in
#: its paragraph, they move its numbers along the printed line.
FILLERS = (
    "Thực hiện chủ trương của cấp ủy, chính quyền các cấp về phát triển kinh tế - xã hội,",
    "Bám sát kế hoạch giai đoạn 2021-2025 và hướng dẫn của các sở, ngành chuyên môn,",
    "Với sự vào cuộc đồng bộ của cả hệ thống chính trị, sự đồng thuận của nhân dân và"
    " cộng đồng doanh nghiệp trên địa bàn,",
    "Nhìn chung,",
    "Qua rà soát, đánh giá thực trạng tại cơ sở, được sự hướng dẫn sát sao của Văn phòng"
    " Điều phối nông thôn mới các cấp, của các phòng, ban chuyên môn,",
    "Trên cơ sở kết quả tự đánh giá của các địa phương,",
)
#: Section headings, written as reports set them.
HEADINGS = (
    "I. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ",
    "II. HUY ĐỘNG VÀ SỬ DỤNG NGUỒN LỰC",
    "III. ĐÁNH GIÁ CHUNG",
    "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
)
BULLETS = ("", "", "- ", "+ ", "• ")
CLOSING = "Các địa phương tiếp tục rà soát, nâng chất các tiêu chí."


@dataclass(frozen=True)
class ProbeDocument:
    """A probe document: its name and its text (pipe rows are a Word table's rows)."""

    name: str
    text: str


def _body_lines(text: str) -> list[str]:
    """A coverage render's sentence and closing line (its frame's header left out)."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    return lines[-2:]


def _paragraph(rng: random.Random, line: str) -> str:
    filler = rng.choice(FILLERS) if rng.random() < 0.7 else ""
    if filler:
        line = f"{filler} {line[:1].lower()}{line[1:]}" if not line[:2].isupper() else line
    return rng.choice(BULLETS) + line


def _funding_block(rng: random.Random, render) -> list[str]:
    lines = [line for line in render.text.strip().split("\n") if line.strip()]
    out = [_paragraph(rng, lines[0]), *lines[1:]]
    if render.table is not None:
        out.extend("| " + " | ".join(row) + " |" for row in render.table)
    return out


def documents(
    count: int = 3,
    per_doc: int = 12,
    seed: int = 20261208,
    coverage_per_statement: int = 2,
    skip_layouts: tuple[str, ...] = (),
) -> list[ProbeDocument]:
    """``count`` documents, each of ``per_doc`` coverage and ``per_doc`` funding renders
    (a fixed-seed sample of each probe; ``skip_layouts``: funding layouts left out), under
    section headings."""
    rng = random.Random(seed)
    cases = coverage_sample(coverage_per_statement, seed=seed)
    rng.shuffle(cases)
    money = [
        r
        for r in funding_renders(count * per_doc * 4, seed=seed)
        if r.dims.get("layout") not in skip_layouts
    ]
    docs: list[ProbeDocument] = []
    for d in range(count):
        mine = cases[d * per_doc : (d + 1) * per_doc]
        paid = money[d * per_doc : (d + 1) * per_doc]
        if not mine:
            break
        head = mine[0].text.strip().split("\n")[:-2]
        lines = list(head)
        for s, heading in enumerate(HEADINGS):
            lines.append(heading)
            part = mine[s::4]
            for i, case in enumerate(part):
                sentence, closing = _body_lines(case.text)
                if i % 3 == 2 and lines and not lines[-1].startswith(("|", "I")):
                    # two renders in one long paragraph
                    lines[-1] = f"{lines[-1]} {sentence}"
                else:
                    lines.append(f"{s + 1}.{i + 1}. Nội dung {i + 1}")
                    lines.append(_paragraph(rng, sentence))
                if rng.random() < 0.3:
                    lines.append(closing)
            for render in paid[s::4]:
                lines.extend(_funding_block(rng, render))
        docs.append(ProbeDocument(f"probe{d + 1}", "\n".join(lines) + "\n"))
    return docs


def write(doc: ProbeDocument, out: Path) -> tuple[Path, Path]:
    """The document's .txt and .docx (the corpus's builder) under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    txt = out / f"{doc.name}.txt"
    txt.write_text(doc.text, encoding="utf-8")
    docx = out / f"{doc.name}.docx"
    docx.write_bytes(make_corpus.text_to_docx(doc.text, title=doc.name))
    return txt, docx


def to_pdf(docx_files: list[Path], out: Path) -> list[Path]:
    """All the .docx in one LibreOffice run (it is slow to start)."""
    return make_corpus.soffice_convert(docx_files, out, "pdf")
