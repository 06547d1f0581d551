"""The self-test's small plan, written at run time as .txt, .docx and .pdf.

Made at run time rather than shipped, so the check also proves the writers work in the build:
python-docx writes the .docx, matplotlib's PDF backend writes the .pdf (TrueType text that pypdf
reads back, Vietnamese diacritics included).
"""

from __future__ import annotations

from pathlib import Path

PLAN_TEXT = """NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của xã Tự Kiểm
2. Các chỉ tiêu chủ yếu
2.1. Chỉ tiêu kinh tế
(1) Sản lượng lương thực có hạt hằng năm ≥ 7.000 tấn.
(2) Tổng thu ngân sách trên địa bàn: 9.450 triệu đồng.
2.2. Chỉ tiêu văn hóa - xã hội
(3) Tỷ lệ hộ nghèo dưới 3%.
(4) Tỷ lệ thôn đạt chuẩn văn hóa: 90%.
"""

#: What the importer must read from it: (code, name, unit) of every indicator.
EXPECTED = [
    ("1", "Sản lượng lương thực có hạt hằng năm", "tấn"),
    ("2", "Tổng thu ngân sách trên địa bàn", "triệu đồng"),
    ("3", "Tỷ lệ hộ nghèo", "%"),
    ("4", "Tỷ lệ thôn đạt chuẩn văn hóa", "%"),
]


def write_txt(folder: Path) -> Path:
    """The plan as UTF-8 text."""
    path = folder / "ke-hoach.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    return path


def write_docx(folder: Path) -> Path:
    """The plan as a Word document, one paragraph a line."""
    from docx import Document

    doc = Document()
    for line in PLAN_TEXT.splitlines():
        doc.add_paragraph(line)
    path = folder / "ke-hoach.docx"
    doc.save(str(path))
    return path


def write_pdf(folder: Path) -> Path:
    """The plan as a one-page text PDF (A4), drawn by matplotlib's PDF backend."""
    import matplotlib
    from matplotlib.figure import Figure

    from ..charts.style import font

    fig = Figure(figsize=(8.27, 11.69))
    for i, line in enumerate(PLAN_TEXT.splitlines()):
        fig.text(0.08, 0.95 - i * 0.03, line, fontproperties=font(10))
    path = folder / "ke-hoach.pdf"
    # Type 42 embeds the TrueType font with its character map, so the text can be extracted.
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig.savefig(str(path), format="pdf")
    return path


WRITERS = {".txt": write_txt, ".docx": write_docx, ".pdf": write_pdf}
