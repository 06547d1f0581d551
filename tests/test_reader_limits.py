"""Issue 16, defect 7: every reader of an outside file bounds its work before starting, tested with
bombs: a far-away spreadsheet cell, an inflating zip part, a Word cell spanning a million columns,
a document of too many paragraphs, a 20 MB text, a PDF of too many pages.

The bombs run in a subprocess with a time limit and a memory cap, so a reader that did walk into
one fails the test in seconds instead of taking the machine down with it.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.planimport import limits

READ = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
from pathlib import Path
from kehoach_desktop.domain.errors import UserError
kind, path = sys.argv[1], Path(sys.argv[2])
try:
    if kind == "plan-xlsx":
        from kehoach_desktop.planimport.xlsx import read_plan_xlsx
        read_plan_xlsx(path)
    elif kind == "year-xlsx":
        from kehoach_desktop.planimport.year_targets_xlsx import read_year_targets_xlsx
        read_year_targets_xlsx(path, 2026, sys.argv[3])
    else:
        from kehoach_desktop.planimport.readers import read_document
        read_document(path)
except UserError as exc:
    print("REFUSED", exc)
"""


def refused(kind: str, path: Path, *extra: str) -> str:
    """The refusal of reading ``path``, within 30 seconds and 1.5 GB."""
    run = subprocess.run([sys.executable, "-c", READ, kind, str(path), *extra], capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("REFUSED"), run.stdout
    return run.stdout


@pytest.fixture
def template(tmp_path: Path) -> Path:
    from kehoach_desktop.demo import demo_draft
    from kehoach_desktop.planimport.xlsx import write_plan_xlsx

    path = tmp_path / "ke-hoach.xlsx"
    write_plan_xlsx(demo_draft(), path)
    return path


def test_a_far_away_cell_in_the_plan_template(template: Path) -> None:
    import openpyxl

    from kehoach_desktop.planimport.xlsx import INDICATOR_SHEET

    wb = openpyxl.load_workbook(template)
    wb[INDICATOR_SHEET]["XFD1048576"] = "x"
    wb.save(template)
    assert template.stat().st_size < 100_000
    message = refused("plan-xlsx", template)
    assert "1048576" in message and str(limits.MAX_SHEET_ROWS) in message


def test_a_far_away_cell_in_the_year_targets_sheet(tmp_path: Path) -> None:
    import openpyxl

    from kehoach_desktop.planimport.year_targets_xlsx import YearSheetLine, write_year_targets_xlsx

    path = tmp_path / "muc-tieu.xlsx"
    plan_uid = "11111111-2222-3333-4444-555555555555"
    lines = [YearSheetLine("1", "Sản lượng lương thực", "tấn", "≥ 7.000 tấn", "", "")]
    write_year_targets_xlsx(lines, path, 2026, plan_uid)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        ws["XFD1048576"] = "x"
    wb.save(path)
    assert "1048576" in refused("year-xlsx", path, plan_uid)


def test_an_inflating_part_in_a_workbook(template: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/media/image1.bin", b"\0" * (20 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    assert "nén bất thường" in refused("plan-xlsx", bomb)


def _docx(tmp_path: Path, body_xml: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Chỉ tiêu")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body_xml.encode(), 1)
            dst.writestr(item, data)
    return path


def test_a_word_cell_spanning_a_million_columns(tmp_path: Path) -> None:
    table = ('<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000"/>'
             "</w:tcPr><w:p><w:r><w:t>(1) Sản lượng 7.000 tấn</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    path = _docx(tmp_path, table * 3)
    assert path.stat().st_size < 50_000
    assert "1000000" in refused("document", path)


def test_a_word_document_of_too_many_paragraphs(tmp_path: Path) -> None:
    path = _docx(tmp_path, "".join(f"<w:p><w:r><w:t>{i * 7919 % 100003}</w:t></w:r></w:p>"
                                   for i in range(limits.MAX_PARAGRAPHS + 10)))
    assert str(limits.MAX_PARAGRAPHS) in refused("document", path)


def test_a_twenty_megabyte_text(tmp_path: Path) -> None:
    path = tmp_path / "nghi-quyet.txt"
    path.write_text("(1) Sản lượng lương thực có hạt ≥ 7.000 tấn.\n" * 450_000, encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    assert "tối đa 2.000.000" in refused("document", path)


def test_a_pdf_of_too_many_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfWriter

    from kehoach_desktop.planimport.readers import read_document

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(100, 100)
    path = tmp_path / "nghi-quyet.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    with pytest.raises(UserError, match="3 trang, tối đa 2"):
        read_document(path)


def test_ordinary_files_still_read(template: Path) -> None:
    from kehoach_desktop.planimport.readers import read_document
    from kehoach_desktop.planimport.xlsx import read_plan_xlsx

    assert read_plan_xlsx(template).indicators
    sample = Path(__file__).parent / "fixtures" / "tan-lap-ke-hoach-2026-2030.txt"
    assert read_document(sample).text
