"""The report as a Word document laid out as Decree 30/2020/NĐ-CP, Appendix I, asks.

``write_docx(report, path)`` writes, with python-docx:

- section 1, A4 portrait (margins 20/20/30/20 mm): the header table without borders (issuing body
  left with its short rule; national motto right with its rule), ``Số: 05/BC-UBND`` beside the
  italic place-and-date line, ``BÁO CÁO`` and its subject with a short rule, ``Kính gửi:`` when
  the settings name an addressee, the body (``prose.body``: 14 pt, justified, first line indented
  1,27 cm, 6 pt after each paragraph), then ``Nơi nhận:`` beside the signature block. Page numbers
  are a PAGE field centred in the header from page 2 (a different first page);
- section 2, A4 landscape: Phụ lục I, the table (STT ... Ghi chú, with ``Ước cả năm`` from the
  June report on and next year's plan ``KH năm 2027`` from the October report on, a numbering
  row, one row per group and per indicator, the header rows repeated on every page) and its legend;
- section 3, A4 portrait: Phụ lục II, the period's charts (overview, status counts) as PNG drawn
  on matplotlib's Agg canvas (never pyplot).

The file is written atomically: a pulled USB stick leaves the old file or the new one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section as PageSection
from docx.shared import Cm, Mm
from docx.table import Table
from docx.text.paragraph import Paragraph

from .files import save_document
from .content import Report, ReportRow, period_phrase
from .prose import Section, body, committee_name, figure, forecast_figure, percent

from .docx_parts import (  # MOTTO_RULE_CM: the tests measure the motto's rule through this module
    BODY_SIZE, CHART_DPI, ESTIMATE_MARK, LANDSCAPE_TEXT_WIDTH_MM, MOTTO_RULE_CM, NEXT_YEAR_WIDTHS_MM, NOTE_SIZE,
    NUMBERING_SIZE, ROMAN, TABLE_SIZE, TEXT_WIDTH_CM, WIDTHS_MM, cell_margins, cell_text, clean, header_block,
    page_field, para, row_flags, rule, set_page, set_widths, signature_block, styles,
)


def _header(doc: DocumentObject, report: Report) -> None:
    settings = report.settings
    header_block(doc, settings.parent_body.upper() if settings.parent_body else "", report.issuing_body,
                 report.number_text, report.date_line)


def _title(doc: DocumentObject, report: Report) -> None:
    para(doc, "BÁO CÁO", 14, bold=True, before=18)
    para(doc, report.subject, 14, bold=True)
    rule(doc, 3.5, TEXT_WIDTH_CM, after=6)
    if report.settings.addressee:
        para(doc, f"Kính gửi: {report.settings.addressee}", 14, before=6, after=6)
    para(doc, "", 8)


def _is_lead_in(text: str) -> bool:
    return text.endswith(":") and not text.startswith(("-", "+"))


def _placeholder(text: str) -> bool:
    return text.startswith("(") and text.endswith(")")


def body_paragraphs(doc: DocumentObject, sections: Sequence[Section]) -> None:
    """The body's sections: headings bold, lead-ins and placeholders italic, 14 pt justified."""
    for section in sections:
        if section.heading:
            _body_para(doc, section.heading, bold=True)
        for text in section.paragraphs:
            italic = (section.level == 2 and _is_lead_in(text)) or _placeholder(text)
            _body_para(doc, text, italic=italic)


def _body_para(doc: DocumentObject, text: str, bold: bool = False, italic: bool = False) -> Paragraph:
    p = para(doc, text, BODY_SIZE, bold=bold, italic=italic, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6,
              indent=True)
    p.paragraph_format.line_spacing = 1.1
    return p


def _signature(doc: DocumentObject, report: Report) -> None:
    settings = report.settings
    signature_block(doc, settings.recipients, settings.archive,
                    (settings.signer_authority, settings.signer_deputy, settings.signer_title), settings.signer_name)


def page_numbers(section: PageSection) -> None:
    """Page numbers centred in the header from page 2: the first page's header stays empty."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(p)
    first = section.first_page_header
    first.is_linked_to_previous = False


# ------------------------------------------------------------------------------ the table


def columns(report: Report) -> list[tuple[str, str, float]]:
    """The appendix table's columns: (heading, numbering, width in mm)."""
    period = report.period
    if period.is_month:
        this = f"TH tháng {period.month}"
    elif period.kind.value == "quarter":
        this = f"TH quý {ROMAN[period.month // 3 - 1]}"
    else:
        this = "TH kỳ báo cáo"
    w = NEXT_YEAR_WIDTHS_MM if report.show_next_year else WIDTHS_MM
    cols: list[tuple[str, str, float]] = [
        ("STT", "(1)", w["stt"]), ("Chỉ tiêu", "(2)", w["name"]), ("ĐVT", "(3)", w["unit"]),
        (f"KH năm {period.year}", "(4)", w["target"]), (this, "(5)", w["figure"]),
        ("Lũy kế từ đầu năm", "(6)", w["figure"]), (f"Cùng kỳ năm {period.year - 1}", "(7)", w["figure"]),
        ("% Lũy kế/ KH", "(8)=(6)/(4)", w["percent"]), ("% so cùng kỳ", "(9)=(6)/(7)", w["percent"]),
    ]
    if report.show_forecast:
        cols.append((f"Ước cả năm {period.year}", f"({len(cols) + 1})", w["figure"]))
    if report.show_next_year:
        cols.append((f"KH năm {report.next_year}", f"({len(cols) + 1})", w["next_target"]))
    cols.append(("Đánh giá", f"({len(cols) + 1})", w["status"]))
    used = sum(c[2] for c in cols)
    cols.append(("Ghi chú", f"({len(cols) + 1})", LANDSCAPE_TEXT_WIDTH_MM - used))
    return cols


def _qualitative(value: Decimal | None) -> str:
    if value is None:
        return ""
    return "Đạt" if value > 0 else "Không đạt"


def row_cells(report: Report, row: ReportRow) -> list[str]:
    """The texts of one indicator's row, in the columns' order (marks of estimates excluded)."""
    def num(value: Decimal | None) -> str:
        return _qualitative(value) if row.qualitative else figure(value)

    def pct(value: Decimal | None) -> str:
        return percent(value)[:-1] if value is not None else ""

    cells = [
        row.stt, " ".join(row.name.split()), row.unit, row.target_text, num(row.period_value), num(row.actual),
        num(row.same_period), pct(row.percent_of_target), pct(row.percent_of_last_year),
    ]
    if report.show_forecast:
        cells.append(_qualitative(row.forecast) if row.qualitative else forecast_figure(row.forecast, row.unit, with_unit=False))
    if report.show_next_year:
        cells.append(row.next_target_text)
    cells.extend([row.status, row.note])
    return cells


def _ytd_estimated(report: Report, row: ReportRow) -> bool:
    return any(
        m.code == row.code and m.year == report.period.year and m.value is not None and m.kind.value == "estimate"
        for m in report.months
    )


def _table(doc: DocumentObject, report: Report) -> Table:
    cols = columns(report)
    table = doc.add_table(rows=2, cols=len(cols))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_margins(table, 0.08)
    for i, (heading, number, _) in enumerate(cols):
        cell_text(table.cell(0, i), heading, TABLE_SIZE, bold=True)
        cell_text(table.cell(1, i), number, NUMBERING_SIZE, italic=True)
    row_flags(table.rows[0], header=True)
    row_flags(table.rows[1], header=True)
    titles = {g.key: g.title for g in report.groups}
    current: str | None = None
    group_number = 0
    n = len(cols)
    for row in report.rows:
        if row.group_key != current:
            current = row.group_key
            group_number += 1
            cells = table.add_row().cells
            row_flags(table.rows[-1])
            cell_text(cells[0], ROMAN[(group_number - 1) % len(ROMAN)], bold=True)
            merged = cells[1].merge(cells[n - 1])
            cell_text(merged, " ".join((titles.get(current) or current or "Các chỉ tiêu khác").split()), bold=True,
                       align=WD_ALIGN_PARAGRAPH.LEFT)
        texts = row_cells(report, row)
        cells = table.add_row().cells
        row_flags(table.rows[-1])
        sub = row.level > 0
        estimated = {4: row.estimated, 5: _ytd_estimated(report, row)}
        for i, text in enumerate(texts):
            heading = cols[i][0]
            if i == 1:
                cell_text(cells[i], ("- " if sub else "") + text, italic=sub, align=WD_ALIGN_PARAGRAPH.LEFT,
                           indent_cm=0.3 * row.level)
            elif heading == "Ghi chú":
                cell_text(cells[i], text, NOTE_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT)
            elif i in (0, 2) or heading == "Đánh giá":
                cell_text(cells[i], text)
            else:
                marked = estimated.get(i, False) and bool(text)
                cell_text(cells[i], text, italic=marked, align=WD_ALIGN_PARAGRAPH.RIGHT,
                           mark=ESTIMATE_MARK if marked else "")
    set_widths(table, [c[2] for c in cols], unit=Mm)
    return table


def _legend(report: Report) -> list[str]:
    lines = [
        "(8): lũy kế so với kế hoạch năm; 100% là đạt kế hoạch, trên 100% là tốt hơn kế hoạch "
        "(chỉ tiêu càng thấp càng tốt tính theo chiều ngược lại: (4)/(6)).",
        f"Số in nghiêng có dấu «{ESTIMATE_MARK}»: số ước thực hiện.",
    ]
    if any(r.target_text.endswith("*") or (report.show_next_year and r.next_target_text.endswith("*"))
           for r in report.rows):
        lines.append("*: kế hoạch năm suy ra từ mục tiêu cả giai đoạn của kế hoạch 5 năm.")
    if any(r.target_text == "chưa có KH năm" for r in report.rows):
        lines.append(f"Chưa có KH năm: đánh giá theo lộ trình đến mục tiêu năm {report.plan.end_year}.")
    if report.show_forecast:
        lines.append("Ước cả năm: ước thực hiện cả năm theo số liệu đã có.")
    if report.show_next_year:
        lines.append(f"KH năm {report.next_year}: chỉ tiêu kế hoạch năm {report.next_year} (nghị quyết năm hoặc "
                     f"lộ trình kế hoạch 5 năm); để trống khi năm {report.next_year} chưa có chỉ tiêu.")
    if report.counts.judged:
        lines.append(f"Tổng hợp: {report.counts.sentence()}.")
    return lines


def _appendix_title(doc: DocumentObject, number: str, title: str, report: Report, width_cm: float) -> None:
    para(doc, f"Phụ lục {number}", 14, bold=True)
    para(doc, title.upper(), 14, bold=True)
    para(doc, f"(Kèm theo Báo cáo số {report.number_text} ngày {report.issued_on:%d/%m/%Y} "
               f"của {committee_name(report)})", 14, italic=True)
    rule(doc, 3.5, width_cm, after=8)


# ------------------------------------------------------------------------------ charts


def chart_images(report: Report) -> list[tuple[bytes, float, float]]:
    """The period's charts as PNG bytes with their size in inches (overview, then status counts)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from ..charts.overview import overview_figure, status_counts_figure

    images = []
    for build in (overview_figure, status_counts_figure):
        # The builders' own width (9 in): the status words right of the bars need it.
        fig = build(report.evaluations, report.groups)
        FigureCanvasAgg(fig)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=CHART_DPI)
        width, height = fig.get_size_inches()
        images.append((buffer.getvalue(), float(width), float(height)))
    return images


def _charts(doc: DocumentObject, report: Report) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section)
    section.different_first_page_header_footer = False
    _appendix_title(doc, "II", f"Biểu đồ tình hình thực hiện các chỉ tiêu {period_phrase(report.period)}",
                    report, TEXT_WIDTH_CM)
    max_width, max_height = TEXT_WIDTH_CM, 21.5
    for data, width_in, height_in in chart_images(report):
        scale = min(max_width / (width_in * 2.54), max_height / (height_in * 2.54), 1.0)
        p = para(doc, after=6)
        p.add_run().add_picture(io.BytesIO(data), width=Cm(width_in * 2.54 * scale))


# ------------------------------------------------------------------------------ entry point


def new_document(subject: str, author: str) -> DocumentObject:
    """An empty official document: the styles, an A4 portrait page numbered from page 2, and its
    properties (title "Báo cáo <subject>", author, subject, Vietnamese)."""
    doc = Document()
    styles(doc)
    first = doc.sections[0]
    set_page(first)
    page_numbers(first)
    props = doc.core_properties
    props.title = clean(f"Báo cáo {subject[:1].lower()}{subject[1:]}")[:250]
    props.author = clean(author)[:250]
    props.subject = clean(subject)[:250]
    props.language = "vi-VN"
    return doc


def build_document(report: Report, charts: bool = True) -> DocumentObject:
    """The report as a python-docx document (see the module doc)."""
    doc = new_document(report.subject, committee_name(report))
    _header(doc, report)
    _title(doc, report)
    body_paragraphs(doc, body(report))
    doc.paragraphs[-1].paragraph_format.keep_with_next = True  # the closing line stays with the signature
    _signature(doc, report)

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, landscape=True)
    section.different_first_page_header_footer = False
    _appendix_title(doc, "I", f"Kết quả thực hiện các chỉ tiêu kinh tế - xã hội {period_phrase(report.period)}",
                    report, LANDSCAPE_TEXT_WIDTH_MM / 10)
    _table(doc, report)
    for line in _legend(report):
        para(doc, line, 11, italic=line.startswith(("(8)", "Số in", "*", "Chưa có", "Ước", "KH năm")),
              align=WD_ALIGN_PARAGRAPH.LEFT, before=3)
    if charts:
        _charts(doc, report)
    return doc


def write_docx(report: Report, path: Path, charts: bool = True) -> None:
    """Write ``report`` as a .docx at ``path``, atomically (see the module doc)."""
    doc = build_document(report, charts=charts)
    save_document(path, doc.save)


__all__ = ["MOTTO_RULE_CM", "body_paragraphs", "build_document", "page_numbers", "chart_images", "columns", "row_cells", "write_docx"]
