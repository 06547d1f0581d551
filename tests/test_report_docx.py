"""The report as .docx: opened again with python-docx and read as the Decree 30 layout asks.

The demo commune's reports are written once per module (SQLite); the CLI round trip runs on both
backends. LibreOffice's conversion runs only where ``libreoffice`` is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from kehoach_desktop.domain.model import Group
from kehoach_desktop.domain.numbers import format_number
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.reports import docx_writer
from kehoach_desktop.reports.content import Report
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.reports.content import date_line
from kehoach_desktop.reports.docx_writer import ESTIMATE_MARK, columns, row_cells, write_docx
from kehoach_desktop.reports.load import load_report
from kehoach_desktop.domain.targets import threshold_text, year_target
from kehoach_desktop.reports.content import build_report
from cli_support import run
from kehoach_desktop.reports.prose import (
    body, forecast_figure, indicator_sentence, next_period_phrase, next_year_plan, percent,
)

ISSUED = {"2026-09": date(2026, 10, 5), "2026-H1": date(2026, 7, 3), "2026": date(2027, 1, 5), "2026-03": date(2026, 4, 2),
          "2026-10": date(2026, 11, 5)}


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    """The demo commune's reports on a month, a half-year, the year and March (one SQLite database)."""
    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.database import open_database

    folder = tmp_path_factory.mktemp("demo")
    db = open_database(str(folder / "demo.db"))
    try:
        install_demo(db)
        with db.read() as s:
            return {p: load_report(s, Period.parse(p), d) for p, d in ISSUED.items()}
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo commune's indicators as ``year_target`` reads them, in document order."""
    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.store.queries import load_plan_data

    db = open_database(str(tmp_path_factory.mktemp("demo-data") / "demo.db"))
    try:
        plan_id = install_demo(db)
        with db.read() as s:
            return load_plan_data(s, plan_id)
    finally:
        db.close()


@pytest.fixture(scope="module")
def monthly(demo_reports: dict[str, Report], tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The September 2026 report written with its charts, and opened again."""
    path = tmp_path_factory.mktemp("docx") / "thang-9.docx"
    write_docx(demo_reports["2026-09"], path)
    return demo_reports["2026-09"], Document(str(path)), path


def _all_paragraphs(doc):  # type: ignore[no-untyped-def]
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
    for section in doc.sections:
        for part in (section.header, section.first_page_header):
            yield from part.paragraphs


def _paragraph(container, text: str):  # type: ignore[no-untyped-def]
    found = [p for p in container.paragraphs if p.text == text]
    assert found, f"no paragraph {text!r} in {[p.text for p in container.paragraphs]}"
    return found[0]


def _run_props(p):  # type: ignore[no-untyped-def]
    runs = [r for r in p.runs if r.text.strip()]
    assert runs, p.text
    return {(r.font.size, bool(r.font.bold), bool(r.font.italic)) for r in runs}


# ------------------------------------------------------------------------------ layout


def test_header_texts_fonts_and_rules(monthly) -> None:  # type: ignore[no-untyped-def]
    report, doc, _ = monthly
    header = doc.tables[0]
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and all(el.get(qn("w:val")) == "nil" for el in borders)
    left, right = header.cell(0, 0), header.cell(0, 1)
    assert _run_props(_paragraph(left, "ỦY BAN NHÂN DÂN")) == {(Pt(13), True, False)}
    assert _run_props(_paragraph(left, "XÃ ĐỒNG TÂM (DỮ LIỆU MẪU)")) == {(Pt(13), True, False)}
    assert _run_props(_paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) == {(Pt(12), True, False)}
    assert _run_props(_paragraph(right, "Độc lập - Tự do - Hạnh phúc")) == {(Pt(13), True, False)}
    for cell in (left, right):  # a rule under the issuer and under the motto
        rules = [p for p in cell.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
        assert len(rules) == 1 and not rules[0].text
    rule = [p for p in right.paragraphs if p._p.pPr.find(qn("w:pBdr")) is not None][0]
    indent = rule.paragraph_format.left_indent + rule.paragraph_format.right_indent
    assert abs((Cm(9.5) - indent) - Cm(docx_writer.MOTTO_RULE_CM)) < Cm(0.05)  # as long as the motto
    number = _paragraph(header.cell(1, 0), "Số: 01/BC-UBND")
    assert _run_props(number) == {(Pt(13), False, False)}
    when = _paragraph(header.cell(1, 1), "Đồng Tâm, ngày 05 tháng 10 năm 2026")
    assert _run_props(when) == {(Pt(14), False, True)}
    title = _paragraph(doc, "BÁO CÁO")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and _run_props(title) == {(Pt(14), True, False)}
    subject = _paragraph(doc, "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội tháng 9 năm 2026")
    assert subject.alignment == WD_ALIGN_PARAGRAPH.CENTER and _run_props(subject) == {(Pt(14), True, False)}
    assert not any(p.text.startswith("Kính gửi") for p in doc.paragraphs)  # no addressee set


def test_every_run_is_black_times_new_roman(monthly) -> None:  # type: ignore[no-untyped-def]
    _, doc, _ = monthly
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and str(normal.font.color.rgb) == "000000"
    count = 0
    for p in _all_paragraphs(doc):
        for text_run in p.runs:
            if not text_run.text.strip():
                continue
            count += 1
            assert text_run.font.name == "Times New Roman", text_run.text
            fonts = text_run._element.rPr.find(qn("w:rFonts"))
            assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"Times New Roman"}
            assert str(text_run.font.color.rgb) == "000000", text_run.text
    assert count > 300


def test_pages_margins_orientation_and_page_numbers(monthly) -> None:  # type: ignore[no-untyped-def]
    _, doc, _ = monthly
    first, table, charts = doc.sections
    for section, landscape in ((first, False), (table, True), (charts, False)):
        assert section.orientation == (WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT)
        long_side, short_side = max(section.page_width, section.page_height), min(section.page_width, section.page_height)
        assert abs(long_side - Mm(297)) < Mm(1) and abs(short_side - Mm(210)) < Mm(1)
        assert (section.page_width > section.page_height) == landscape
        tol = Mm(0.1)  # stored in twips
        assert Mm(20) - tol <= section.top_margin <= Mm(25) + tol and Mm(20) - tol <= section.bottom_margin <= Mm(25) + tol
        assert Mm(30) - tol <= section.left_margin <= Mm(35) + tol and Mm(15) - tol <= section.right_margin <= Mm(20) + tol
    # Page numbers from page 2: a PAGE field in the header, an empty header on the first page.
    assert first.different_first_page_header_footer
    header = first.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    instr = "".join(el.text for el in header._p.iter(qn("w:instrText")))
    assert instr.strip() == "PAGE"
    assert all(r.font.name == "Times New Roman" for r in header.runs)
    assert not any(el.text for p in first.first_page_header.paragraphs for el in p._p.iter(qn("w:instrText")))
    for later in (table, charts):  # their first page is numbered too
        assert not later.different_first_page_header_footer
        assert later.header.is_linked_to_previous


def test_body_text_layout_and_sections(monthly) -> None:  # type: ignore[no-untyped-def]
    report, doc, _ = monthly
    texts = [p.text for p in doc.paragraphs]
    headings = ["I. KẾT QUẢ THỰC HIỆN", "1. Kinh tế", "2. Văn hóa - Xã hội", "3. Quốc phòng - An ninh",
                "4. Xây dựng chính quyền, cải cách hành chính, chuyển đổi số", "II. ĐÁNH GIÁ CHUNG",
                "III. NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2026", "IV. ĐỀ XUẤT, KIẾN NGHỊ"]
    positions = [texts.index(h) for h in headings]
    assert positions == sorted(positions)
    opening = next(p for p in doc.paragraphs if p.text.startswith("Thực hiện "))
    assert opening.text.endswith("báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội tháng 9 năm 2026 như sau:")
    assert "UBND xã Đồng Tâm" in opening.text
    closing = next(p for p in doc.paragraphs if p.text.startswith("Trên đây là báo cáo"))
    assert closing.text.endswith("./.")
    body_paragraphs = doc.paragraphs[texts.index(opening.text): texts.index(closing.text) + 1]
    for p in body_paragraphs:
        fmt = p.paragraph_format
        assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY, p.text
        assert Cm(1) <= fmt.first_line_indent <= Cm(1.27) + 1, p.text
        assert fmt.space_after >= Pt(6), p.text
        assert all(r.font.size in (Pt(13), Pt(14)) for r in p.runs if r.text.strip()), p.text
    for h in headings:
        assert all(r.font.bold for r in _paragraph(doc, h).runs)
    counts = next(p.text for p in doc.paragraphs if p.text.startswith("Kết quả đánh giá tháng 9 năm 2026: "))
    assert report.counts.sentence() in counts
    assert "(Cán bộ bổ sung nhiệm vụ trọng tâm tháng 10 năm 2026" in texts[texts.index(headings[6]) + 1]
    assert texts[texts.index(headings[7]) + 1] == "Không."


def test_recipients_and_signature(monthly) -> None:  # type: ignore[no-untyped-def]
    _, doc, _ = monthly
    sign = doc.tables[1]
    assert sign._tbl.tblPr.find(qn("w:tblBorders")) is not None
    left, right = sign.cell(0, 0), sign.cell(0, 1)
    assert _run_props(_paragraph(left, "Nơi nhận:")) == {(Pt(12), True, True)}
    lines = [p.text for p in left.paragraphs[1:]]
    assert lines == ["- Như trên;", "- TT Đảng ủy, HĐND xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT."]
    assert all(_run_props(p) == {(Pt(11), False, False)} for p in left.paragraphs[1:])
    authority = [p for p in right.paragraphs if p.text.strip()]
    assert [p.text for p in authority] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert all(_run_props(p) == {(Pt(14), True, False)} for p in authority)
    assert sum(1 for p in right.paragraphs if not p.text.strip()) >= 4  # room to sign


def test_settings_reach_the_document(demo_reports: dict[str, Report], tmp_path: Path) -> None:
    report = demo_reports["2026-09"]
    settings = replace(report.settings, parent_body="UBND tỉnh Lạng Sơn", issuing_body="Xã Na Dương", place="Na Dương",
                       addressee="Sở Tài chính tỉnh Lạng Sơn", signer_deputy="", signer_title="CHỦ TỊCH",
                       signer_name="Hoàng Văn Bình", recipients=("Như trên;", "Sở Tài chính"), archive="Lưu: VT, VP")
    report = replace(report, settings=settings, number_text="05/BC-UBND", issued_on=date(2027, 1, 5))
    path = tmp_path / "r.docx"
    write_docx(report, path, charts=False)
    doc = Document(str(path))
    left = doc.tables[0].cell(0, 0)
    assert [p.text for p in left.paragraphs if p.text] == ["UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN", "XÃ NA DƯƠNG"]
    assert _run_props(left.paragraphs[0]) == {(Pt(13), False, False)}  # the parent body is not bold
    assert doc.tables[0].cell(1, 0).paragraphs[0].text == "Số: 05/BC-UBND"
    assert doc.tables[0].cell(1, 1).paragraphs[0].text == "Na Dương, ngày 05 tháng 01 năm 2027"
    assert any(p.text == "Kính gửi: Sở Tài chính tỉnh Lạng Sơn" for p in doc.paragraphs)
    sign = doc.tables[1]
    assert [p.text for p in sign.cell(0, 0).paragraphs] == ["Nơi nhận:", "- Như trên;", "- Sở Tài chính;", "- Lưu: VT, VP."]
    assert [p.text for p in sign.cell(0, 1).paragraphs if p.text] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Bình"]
    assert len(doc.sections) == 2 and not doc.inline_shapes  # no charts asked


@pytest.mark.parametrize("day,expected", [
    (date(2027, 1, 5), "Na Dương, ngày 05 tháng 01 năm 2027"),
    (date(2026, 2, 28), "Na Dương, ngày 28 tháng 02 năm 2026"),
    (date(2026, 3, 9), "Na Dương, ngày 09 tháng 3 năm 2026"),
    (date(2026, 12, 14), "Na Dương, ngày 14 tháng 12 năm 2026"),
])
def test_date_line_has_leading_zeros_where_the_decree_asks(day: date, expected: str) -> None:
    assert date_line("Na Dương", day) == expected


# ------------------------------------------------------------------------------ the table


def _appendix(doc):  # type: ignore[no-untyped-def]
    return doc.tables[2]


def _cell_text(cell) -> str:  # type: ignore[no-untyped-def]
    return "".join(p.text for p in cell.paragraphs)


def test_table_columns_numbering_and_repeated_header(monthly) -> None:  # type: ignore[no-untyped-def]
    report, doc, _ = monthly
    table = _appendix(doc)
    heads = [_cell_text(c) for c in table.rows[0].cells]
    assert heads == ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2026", "TH tháng 9", "Lũy kế từ đầu năm", "Cùng kỳ năm 2025",
                     "% Lũy kế/ KH", "% so cùng kỳ", "Ước cả năm 2026", "Đánh giá", "Ghi chú"]
    numbers = [_cell_text(c) for c in table.rows[1].cells]
    assert numbers == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=(6)/(4)", "(9)=(6)/(7)", "(10)", "(11)", "(12)"]
    for row in table.rows[:2]:
        assert row._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[2:])
    assert all(_run_props(c.paragraphs[0]) == {(Pt(10), True, False)} for c in table.rows[0].cells)
    appendix_title = [p.text for p in doc.paragraphs if p.text.startswith("Phụ lục")]
    assert appendix_title == ["Phụ lục I", "Phụ lục II"]
    title = _paragraph(doc, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI THÁNG 9 NĂM 2026")
    assert _run_props(title) == {(Pt(14), True, False)}


def test_one_row_per_indicator_with_its_figures_and_status(monthly) -> None:  # type: ignore[no-untyped-def]
    report, doc, _ = monthly
    table = _appendix(doc)
    body_rows = table.rows[2:]
    groups = [r for r in body_rows if len({id(c._tc) for c in r.cells}) == 2]
    assert [_cell_text(r.cells[1]) for r in groups] == [
        "Chỉ tiêu kinh tế", "Chỉ tiêu văn hóa - xã hội", "Chỉ tiêu môi trường", "Chỉ tiêu quốc phòng - an ninh",
        "Chỉ tiêu cải cách hành chính - chuyển đổi số"]
    assert [_cell_text(r.cells[0]) for r in groups] == ["I", "II", "III", "IV", "V"]
    indicators = [r for r in body_rows if r not in groups]
    assert len(indicators) == len(report.rows) == 28 + 2
    by_stt = {}
    for tr, row in zip(indicators, report.rows):
        texts = [_cell_text(c) for c in tr.cells]
        expected = row_cells(report, row)
        stripped = [t[:-1] if t.endswith(ESTIMATE_MARK) and i in (4, 5) else t for i, t in enumerate(texts)]
        assert stripped[:1] + stripped[2:] == expected[:1] + expected[2:]
        assert stripped[1].removeprefix("- ") == expected[1]
        by_stt[row.stt] = texts
    # The demo commune as docs/evaluation.md reads it, September 2026.
    assert by_stt["2"][2:11] == ["triệu đồng", "9.450", "720ư", "6.720ư", "6.080", "71,1", "110,5", "9.527", "Đúng tiến độ"]
    assert by_stt["11"][3] == "≤ 6,4*" and by_stt["11"][7] == "95,5" and by_stt["11"][10] == "Đúng tiến độ"
    assert by_stt["7"][10] == "Vượt" and by_stt["20"][10] == "Vượt"
    assert by_stt["22"][10] == "Có nguy cơ không đạt" and by_stt["25"][10] == "Có nguy cơ không đạt"
    assert by_stt["18"][10] == "Chưa có số liệu" and by_stt["18"][4] == ""
    assert by_stt["23"][3:7] == ["Đạt", "Đạtư", "Đạtư", "Đạt"]  # qualitative
    assert by_stt["5.2"][1] == "- Đàn trâu, bò" and by_stt["5.2"][11].startswith("T9: Đàn trâu, bò giảm")
    sub = indicators[[r.stt for r in report.rows].index("5.1")].cells[1].paragraphs[0]
    assert abs(sub.paragraph_format.left_indent - Cm(0.3)) < Cm(0.01) and sub.runs[0].font.italic
    legend = [p.text for p in doc.paragraphs]
    assert f"Tổng hợp: {report.counts.sentence()}." in legend


def test_estimates_are_marked_and_explained(demo_reports: dict[str, Report], monthly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, doc, _ = monthly
    row = next(r for r in report.rows if r.stt == "2")
    assert row.estimated
    tr = [r for r in _appendix(doc).rows if _cell_text(r.cells[0]) == "2"][0]
    for cell in (tr.cells[4], tr.cells[5]):
        runs = cell.paragraphs[0].runs
        assert runs[0].font.italic and runs[-1].text == ESTIMATE_MARK and runs[-1].font.superscript
    assert not tr.cells[6].paragraphs[0].runs[0].font.italic  # last year is official
    assert any(p.text == f"Số in nghiêng có dấu «{ESTIMATE_MARK}»: số ước thực hiện." for p in doc.paragraphs)
    # The first half-year is all official: nothing marked, and no "ước" in the text.
    half = demo_reports["2026-H1"]
    assert not any(r.estimated for r in half.rows)
    path = tmp_path / "h1.docx"
    write_docx(half, path, charts=False)
    table = _appendix(Document(str(path)))
    assert not any(ESTIMATE_MARK == text_run.text for r in table.rows[2:] for c in r.cells for p in c.paragraphs for text_run in p.runs)
    sentences = [s for sec in body(half) if sec.level == 2 for s in sec.paragraphs if s.startswith("- ")]
    assert sentences and not any(" ước đạt " in s.split("; ước cả năm")[0] for s in sentences)


def test_forecast_column_only_from_june(demo_reports: dict[str, Report]) -> None:
    march = demo_reports["2026-03"]
    heads = [c[0] for c in columns(march)]
    assert heads[-2:] == ["Đánh giá", "Ghi chú"] and not any(h.startswith("Ước cả năm") for h in heads)
    assert columns(march)[-1][1] == "(11)"
    assert "Ước cả năm 2026" in [c[0] for c in columns(demo_reports["2026-H1"])]
    for report in demo_reports.values():  # the table fills the landscape page exactly
        assert sum(c[2] for c in columns(report)) == docx_writer.LANDSCAPE_TEXT_WIDTH_MM


def _next_year_texts(data) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Next year's (2027) target of each demo indicator as ``year_target`` gives it."""
    return {d.indicator.code: threshold_text(year_target(d, 2027), mark_derived=True) for d in data}


def test_next_year_plan_column_from_october(demo_reports: dict[str, Report], demo_data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = _next_year_texts(demo_data)
    by_code = {d.indicator.code: d for d in demo_data}
    # The demo's 2027: per-year rules stated as they are, levels worked out on the path (marked *).
    assert expected["4"] == "≥ 7.000" and expected["15"] == "Đạt" and expected["2"].endswith("*")
    assert expected["13"] == "≥ 250"  # the 2026 annual plan's 260 is not 2027's target
    for period in ("2026-10", "2026"):
        report = demo_reports[period]
        assert report.show_next_year and report.next_year == 2027
        cols = columns(report)
        assert [c[0] for c in cols][8:] == ["% so cùng kỳ", "Ước cả năm 2026", "KH năm 2027", "Đánh giá", "Ghi chú"]
        assert [c[1] for c in cols] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=(6)/(4)", "(9)=(6)/(7)",
                                        "(10)", "(11)", "(12)", "(13)"]
        assert sum(c[2] for c in cols) == docx_writer.LANDSCAPE_TEXT_WIDTH_MM
        assert min(c[2] for c in cols[1:]) >= 15 and cols[-1][2] >= 25, "the notes keep room to be read"
        for row in report.rows:
            target = year_target(by_code[row.code], 2027)
            assert row.next_target_text == expected[row.code], row.code
            assert row.next_target == (None if target is None or target.qualitative else target.meet)
            assert row_cells(report, row)[10] == expected[row.code]
    # The year's document: the column's heading, numbering and cells as written.
    year = demo_reports["2026"]
    path = tmp_path / "nam.docx"
    write_docx(year, path, charts=False)
    doc = Document(str(path))
    table = _appendix(doc)
    assert [_cell_text(c) for c in table.rows[0].cells][9:11] == ["Ước cả năm 2026", "KH năm 2027"]
    assert [_cell_text(c) for c in table.rows[1].cells][7:] == [
        "(8)=(6)/(4)", "(9)=(6)/(7)", "(10)", "(11)", "(12)", "(13)"]
    written = {_cell_text(r.cells[0]): _cell_text(r.cells[10]) for r in table.rows[2:]}
    assert all(written[row.stt] == expected[row.code] for row in year.rows)
    legend = [p.text for p in doc.paragraphs]
    assert any(t.startswith("KH năm 2027: chỉ tiêu kế hoạch năm 2027") for t in legend)
    assert "*: kế hoạch năm suy ra từ mục tiêu cả giai đoạn của kế hoạch 5 năm." in legend
    # Before October there is no such column.
    september = demo_reports["2026-09"]
    assert not september.show_next_year
    assert not any(c[0].startswith("KH năm 2027") for c in columns(september))
    assert len(row_cells(september, september.rows[0])) == len(columns(september)) == 12


def test_next_year_target_is_never_a_final_level(demo_reports: dict[str, Report], demo_data) -> None:  # type: ignore[no-untyped-def]
    """Without a baseline, 2027 gets no target from "đến năm 2030 đạt 80%"; after 2030 there is none."""
    year = demo_reports["2026"]
    assert next(r for r in year.rows if r.code == "21").next_target_text == "≥ 69,2*"
    bare = [
        replace(d, indicator=replace(d.indicator, baseline_value=None), values=tuple(v for v in d.values if v.year != 2025))
        if d.indicator.code == "21" else d
        for d in demo_data
    ]
    assert year_target(bare[[d.indicator.code for d in bare].index("21")], 2027) is None
    report = build_report(bare, year.groups, year.commune, year.period, year.settings, year.issued_on)
    row = next(r for r in report.rows if r.code == "21")
    assert row.next_target_text == "" and row.next_target is None
    last = build_report(demo_data, year.groups, year.commune, Period(2030, 12, 12), year.settings, year.issued_on)
    assert last.show_next_year and all(r.next_target_text == "" and r.next_target is None for r in last.rows)
    assert next_year_plan(last) == "Kế hoạch năm 2031 chưa có chỉ tiêu; kế hoạch 2026-2030 kết thúc năm 2030."


def test_the_year_report_tasks_name_next_years_targets(demo_reports: dict[str, Report], demo_data) -> None:  # type: ignore[no-untyped-def]
    expected = _next_year_texts(demo_data)
    year = demo_reports["2026"]
    tasks = next(s for s in body(year) if s.heading == "III. NHIỆM VỤ TRỌNG TÂM NĂM 2027")
    line = tasks.paragraphs[0]
    assert line.startswith("Thực hiện các chỉ tiêu kế hoạch năm 2027: Tốc độ tăng trưởng")
    assert "; Sản lượng lương thực có hạt ≥ 7.000 tấn;" in line
    budget = expected["2"].rstrip("*")
    assert f"; Tổng thu ngân sách nhà nước trên địa bàn {budget} triệu đồng*;" in line
    assert "; Duy trì xã đạt Bộ tiêu chí quốc gia về y tế xã;" in line  # a qualitative target by its name
    assert line.endswith(" (*: suy ra từ mục tiêu cả giai đoạn của kế hoạch 5 năm).")
    assert tasks.paragraphs[1:] == ("(Cán bộ bổ sung nhiệm vụ trọng tâm năm 2027 trước khi trình ký.)",)
    # Only facts the report carries: every number is a row's next target, name or unit (or the plan's years).
    allowed = {str(year.next_year), str(year.plan.end_year), "5"}
    for row in year.rows:
        allowed |= set(_NUMBER.findall(row.next_target_text)) | set(_NUMBER.findall(row.name))
        allowed |= set(_NUMBER.findall(row.unit))
    assert set(_NUMBER.findall(line)) <= allowed
    # The officer's own tasks follow it; a report before December has no such line.
    typed = replace(year, texts={"tasks": "Tổ chức thực hiện kế hoạch năm 2027."})
    paragraphs = next(s for s in body(typed) if s.heading.startswith("III.")).paragraphs
    assert paragraphs == (line, "Tổ chức thực hiện kế hoạch năm 2027.")
    october = next(s for s in body(demo_reports["2026-10"]) if s.heading.startswith("III."))
    assert not any("kế hoạch năm 2027" in p for p in october.paragraphs)
    # A year none of whose indicators has a target yet says so.
    empty = replace(year, rows=tuple(replace(r, next_target_text="", next_target=None) for r in year.rows))
    assert next_year_plan(empty) == "Kế hoạch năm 2027 chưa có chỉ tiêu; bổ sung khi có kế hoạch năm 2027."


def test_charts_are_in_the_document(monthly) -> None:  # type: ignore[no-untyped-def]
    _, doc, _ = monthly
    shapes = doc.inline_shapes
    assert len(shapes) == 2
    for shape in shapes:
        assert Cm(5) < shape.width <= Cm(16.01)
        assert shape.height <= Cm(21.6)
    # The pictures are PNG and sit in the last (portrait) section, after "Phụ lục II".
    blips = [b.get(qn("r:embed")) for b in doc.element.body.iter(qn("a:blip"))]
    parts = [doc.part.related_parts[rid] for rid in blips]
    assert all(p.content_type == "image/png" for p in parts)
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("Phụ lục II") > texts.index("Phụ lục I")


# ------------------------------------------------------------------------------ the text


_NUMBER = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")


def _allowed_numbers(report: Report, row) -> set[str]:  # type: ignore[no-untyped-def]
    """Every number the row's sentence may carry: the row's own figures, written as the table writes them."""
    ev = row.evaluation
    values = [row.period_value, row.actual, row.same_period]
    allowed = {format_number(v) for v in values if v is not None}
    allowed |= {percent(v)[:-1] for v in (row.percent_of_target, row.percent_of_last_year) if v is not None}
    if ev.change_vs_last_year is not None:
        allowed.add(percent(abs(ev.change_vs_last_year))[:-1])
    if row.forecast is not None:
        allowed.add(forecast_figure(row.forecast, row.unit, with_unit=False))
    allowed |= set(_NUMBER.findall(row.target_text)) | set(_NUMBER.findall(row.name)) | set(_NUMBER.findall(row.unit))
    allowed |= {str(report.period.year), str(report.period.month), str(report.plan.end_year), "6", "9"}
    if ev.last_month_reported:
        allowed.add(str(ev.last_month_reported))
    return allowed


@pytest.mark.parametrize("period", list(ISSUED))
def test_prose_numbers_are_the_rows_numbers(demo_reports: dict[str, Report], period: str) -> None:
    report = demo_reports[period]
    for row in report.rows:
        sentence = indicator_sentence(report, row)
        extra = set(_NUMBER.findall(sentence)) - _allowed_numbers(report, row)
        assert not extra, f"{row.code}: {extra} in {sentence!r}"


def test_prose_reads_like_an_officer(demo_reports: dict[str, Report]) -> None:
    report = demo_reports["2026-09"]
    by_code = {r.code: indicator_sentence(report, r) for r in report.rows}
    assert by_code["2"].startswith(
        "Tổng thu ngân sách nhà nước trên địa bàn tháng 9 ước đạt 720 triệu đồng; lũy kế từ đầu năm ước đạt "
        "6.720 triệu đồng, đạt 71,1% kế hoạch năm, bằng 110,5% cùng kỳ (tăng 10,5%)")
    assert "ước cả năm đạt 9.527 triệu đồng; đánh giá: đúng tiến độ." in by_code["2"]
    assert by_code["11"].startswith("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều ước còn 6,7%, kế hoạch năm ≤ 6,4%")
    assert by_code["23"] == "Giữ vững xã đạt chuẩn an toàn về an ninh, trật tự: ước đạt."
    assert by_code["18"].startswith("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa: chưa có số liệu tháng 9 năm 2026")
    assert "(giảm 13,3%)" in by_code["24"] and "kế hoạch năm ≤ 19 vụ" in by_code["24"]
    sections = body(report)
    economy = next(s for s in sections if s.heading == "1. Kinh tế")
    assert "Về tài nguyên và môi trường:" in economy.paragraphs  # environment reported with the economy
    notes = economy.paragraphs[economy.paragraphs.index("Giải trình các chỉ tiêu chưa đạt tiến độ:") + 1:]
    assert any(n.startswith("+ Đàn trâu, bò (chậm tiến độ): Đàn trâu, bò giảm") for n in notes)
    # The year, with figures through October only, says so and never calls ten months "năm 2026".
    year = demo_reports["2026"]
    assert "Số liệu mới có đến hết tháng 10/2026" in body(year)[0].paragraphs[1]
    budget = indicator_sentence(year, next(r for r in year.rows if r.code == "2"))
    assert budget.startswith("Tổng thu ngân sách nhà nước trên địa bàn lũy kế đến hết tháng 10 ước đạt 7.510 triệu đồng")


def test_officer_texts_and_next_period() -> None:
    assert next_period_phrase(Period.parse("2026-12")) == "tháng 1 năm 2027"
    assert next_period_phrase(Period.parse("2026-Q4")) == "quý I năm 2027"
    assert next_period_phrase(Period.parse("2026-H1")) == "6 tháng cuối năm 2026"
    assert next_period_phrase(Period.parse("2026-M9")) == "quý IV năm 2026"
    assert next_period_phrase(Period.parse("2026")) == "năm 2027"


def test_officer_texts_fill_their_sections(demo_reports: dict[str, Report]) -> None:
    report = replace(demo_reports["2026-09"], texts={
        "tasks": "Tập trung thu hoạch vụ mùa.\n\n  Đôn đốc thu ngân sách.  ",
        "proposals": "Đề nghị tỉnh hỗ trợ kinh phí thu gom rác.", "assessment": "Nguyên nhân: giá nông sản giảm."})
    sections = {s.heading: s.paragraphs for s in body(report)}
    assert sections["III. NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2026"] == ("Tập trung thu hoạch vụ mùa.", "Đôn đốc thu ngân sách.")
    assert sections["IV. ĐỀ XUẤT, KIẾN NGHỊ"] == ("Đề nghị tỉnh hỗ trợ kinh phí thu gom rác.",)
    assert sections["II. ĐÁNH GIÁ CHUNG"][-1] == "Nguyên nhân: giá nông sản giảm."


# ------------------------------------------------------------------------------ odd data


def _hostile(report: Report) -> Report:
    long = "Sản lượng " + "rất dài " * 700
    rows = list(report.rows)
    rows[0] = replace(rows[0], name=long, note="ghi chú\x07\x0c\r\n" + "x" * 20_000, unit="đ/\x00người",
                      period_value=D("123456789012345678.5"), actual=D("1E-30"), target_text="≥ 1" * 1000)
    rows[1] = replace(rows[1], percent_of_target=D("999999999999.99"), status="", stt="=1+1", group_key="khac")
    rows[2] = replace(rows[2], forecast=D("Infinity"), same_period=D("NaN"))
    commune = replace(report.commune, name="Xã " + "Đ" * 3000)
    settings = replace(report.settings, recipients=tuple(f"Nơi {i}\x1b" for i in range(20)), signer_name="\x01")
    return replace(report, rows=tuple(rows), commune=commune, settings=settings,
                   groups=report.groups + (Group("empty", "Nhóm không có chỉ tiêu"), Group("x", "Nhóm " * 2000)),
                   texts={"tasks": "\x0b" * 5 + "việc", "proposals": "", "assessment": ""})


def test_hostile_data_does_not_crash(demo_reports: dict[str, Report], tmp_path: Path) -> None:
    report = _hostile(demo_reports["2026-09"])
    path = tmp_path / "x.docx"
    write_docx(report, path)
    doc = Document(str(path))
    table = _appendix(doc)
    assert any(_cell_text(c).startswith("Sản lượng rất dài") for r in table.rows for c in r.cells)
    assert "khac" in [_cell_text(r.cells[1]) for r in table.rows]  # an unknown group keeps its own row
    assert any(p.text.startswith("5. Khac") or p.text == "5. Khac" for p in doc.paragraphs)


def test_a_plan_without_figures(plan_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _ = plan_db
    with db.read() as s:
        report = load_report(s, Period.parse("2026-02"), date(2026, 3, 2))
    assert not report.months
    path = tmp_path / "empty.docx"
    write_docx(report, path)
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert any("chưa có số liệu tháng 2 năm 2026" in t for t in texts)
    assert len(doc.inline_shapes) == 2
    assert "Ước cả năm 2026" not in [_cell_text(c) for c in _appendix(doc).rows[0].cells]


def test_a_failed_write_leaves_the_old_file(demo_reports: dict[str, Report], tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.docx"
    path.write_bytes(b"old")

    def broken(self, stream):  # type: ignore[no-untyped-def]
        stream.write(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", broken)
    with pytest.raises(UserError, match="Không ghi được tệp"):
        write_docx(demo_reports["2026-09"], path, charts=False)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.docx"]


# ------------------------------------------------------------------------------ CLI


def _number(path: Path) -> str:
    return Document(str(path)).tables[0].cell(1, 0).paragraphs[0].text


@pytest.mark.slow
def test_cli_report_round_trip(db_url: str, tmp_path: Path) -> None:
    assert run("demo", "--db", db_url)[0] == 0
    out = tmp_path / "bao-cao-thang-9.docx"
    code, text = run("report", "--db", db_url, "--period", "2026-09", "--format", "docx", "--out", str(out),
                     "--date", "2026-10-05")
    assert code == 0 and "01/BC-UBND" in text and str(out) in text
    doc = Document(str(out))
    assert _number(out) == "Số: 01/BC-UBND"
    assert doc.tables[0].cell(1, 1).paragraphs[0].text == "Đồng Tâm, ngày 05 tháng 10 năm 2026"
    assert len(_appendix(doc).rows) == 2 + 5 + 30
    # Without --issue the number is not used; --issue uses it; the next report has the one after.
    assert run("report", "--db", db_url, "--period", "2026-Q3", "--out", str(out))[0] == 0
    assert _number(out) == "Số: 01/BC-UBND"
    code, text = run("report", "--db", db_url, "--period", "2026-Q3", "--out", str(out), "--issue")
    assert code == 0 and "01/BC-UBND" in text and _number(out) == "Số: 01/BC-UBND"
    assert run("report", "--db", db_url, "--period", "2026-10", "--out", str(out))[0] == 0
    assert _number(out) == "Số: 02/BC-UBND"
    assert run("report", "--db", db_url, "--period", "2026", "--out", str(out), "--number", "7")[0] == 0
    assert _number(out) == "Số: 07/BC-UBND"


BAD = [
    (["--period", "2026-13", "--out", "{dir}/a.docx"], "--period", "Tháng 13"),
    (["--period", "2026-Q5", "--out", "{dir}/a.docx"], "--period", "Quý 5"),
    (["--period", "2026-09", "--out", "{dir}/a.pdf"], "--out", "docx"),
    (["--period", "2026-09", "--out", "{dir}/a.docx", "--format", "xlsx"], "--out", "đuôi .xlsx"),
    (["--period", "2026-09", "--out", "{dir}/khong-co/a.docx"], "--out", "không tồn tại"),
    (["--period", "2026-09", "--out", "{dir}"], "--out", "thư mục"),
    (["--period", "2026-09", "--out", "{dir}/a.docx", "--date", "05/10/2026"], "--date", "YYYY-MM-DD"),
    (["--period", "2026-09", "--out", "{dir}/a.docx", "--number", "0"], "--number", "từ 1 đến 9999"),
]


@pytest.mark.slow
@pytest.mark.parametrize("tail,field,fragment", BAD, ids=[b[2] for b in BAD])
def test_cli_refusals_change_nothing(db_url: str, tmp_path: Path, capsys, tail, field, fragment) -> None:  # type: ignore[no-untyped-def]
    assert run("demo", "--db", db_url)[0] == 0
    capsys.readouterr()
    argv = [a.format(dir=tmp_path) for a in tail]
    code, _ = run("report", "--db", db_url, "--issue", *argv) if "--number" not in tail else run(
        "report", "--db", db_url, *argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert field in err and fragment in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob(".*.tmp"))
    ok = tmp_path / "ok.docx"
    assert run("report", "--db", db_url, "--period", "2026-09", "--out", str(ok))[0] == 0
    assert _number(ok) == "Số: 01/BC-UBND"  # --issue did not use a number


@pytest.mark.slow
def test_cli_unwritable_file_keeps_the_number(db_url: str, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run("demo", "--db", db_url)[0] == 0

    def locked(self, stream):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("docx.document.Document.save", locked)  # as when Word holds the file
    out = tmp_path / "r.docx"
    assert run("report", "--db", db_url, "--period", "2026-09", "--out", str(out), "--issue")[0] == 2
    assert "đang mở trong Word" in capsys.readouterr().err
    monkeypatch.undo()
    assert run("report", "--db", db_url, "--period", "2026-09", "--out", str(out))[0] == 0
    assert _number(out) == "Số: 01/BC-UBND"


def test_cli_help_is_vietnamese(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run("report", "--help")[0] == 0
    out = capsys.readouterr().out
    assert "kỳ báo cáo" in out and "--issue" in out and "Cách dùng" in out


# ------------------------------------------------------------------------------ LibreOffice


@pytest.mark.slow
def test_libreoffice_opens_and_converts_it(monthly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer)")
    _, _, path = monthly
    profile = tmp_path / "profile"
    result = subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    pdf = tmp_path / (path.stem + ".pdf")
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 50_000
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 6 <= pages <= 14
