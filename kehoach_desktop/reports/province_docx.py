"""The province's report as a Word document (Decree 30/2020 layout, like the commune's report).

``write_province_docx(report, path, appendix="totals")`` writes:

- A4 portrait: the header (``ỦY BAN NHÂN DÂN TỈNH ...`` / ``SỞ TÀI CHÍNH``, the national motto),
  ``BÁO CÁO`` and its subject, ``Kính gửi``, the text (``province_report.province_body``) with the
  completeness table of the period's months after section I, ``Nơi nhận`` and the signature;
- A4 landscape, Phụ lục I: one row per indicator (matched by code across the communes): unit,
  the communes' year targets added, the province's period figure and year to date, % of target,
  communes with figures, how many communes stand at each status, and how the total was made;
- Phụ lục II: one row per commune: how it reported the period's last month, months late, and how
  many of its indicators stand at each status;
- Phụ lục III: each indicator across the communes (``appendix="totals"``: the indicators with a
  province total; ``"all"``: every one; ``"none"``: left out; the Excel workbook always has them all).

Headers repeat on every page, rows never split, so 168 communes stay readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from docx.table import Table

from .content import STATUS_ORDER
from .docx_parts import (
    LANDSCAPE_TEXT_WIDTH_MM, TEXT_WIDTH_CM, add_plain_row, cell_margins, cell_text, clean, header_block, para,
    row_flags, rule, set_page, set_widths, signature_block,
)
from .docx_writer import body_paragraphs, new_document
from .files import save_document
from .province import NOT_IN_PLAN, NOT_SUMMABLE
from .province_report import STATUS_SHORT, IndicatorSummary, ProvinceReport, province_body
from .prose import figure, percent

APPENDIX_CHOICES = ("totals", "all", "none")
SMALL = 9
TINY = 8


def _num(value: Decimal | None) -> str:
    return figure(value)


def _pct(value: Decimal | None) -> str:
    return percent(value)[:-1] if value is not None else ""


def _grid(doc: DocumentObject, headings: Sequence[str], widths_mm: Sequence[float], size: float = SMALL) -> Table:
    """A bordered table with one header row repeated on each page (rows added by ``_add_row``)."""
    table = doc.add_table(rows=1, cols=len(headings))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_margins(table, 0.06)
    for i, heading in enumerate(headings):
        cell_text(table.cell(0, i), heading, size, bold=True)
    row_flags(table.rows[0], header=True)
    set_widths(table, widths_mm, unit=Mm)  # the grid first: rows added later take their widths from it
    return table


def _add_row(table: Table, widths: Sequence[float], texts: Sequence[str], size: float = SMALL, left: Sequence[int] = (),
             bold: bool = False, center: Sequence[int] = (), small: Sequence[int] = ()) -> None:
    """One row: numbers right, ``left`` columns left, ``center`` centred, ``small`` columns in 8 pt."""
    aligns = ["left" if i in left else "center" if i in center else "right" for i in range(len(texts))]
    add_plain_row(table, texts, widths, aligns, [TINY if i in small else size for i in range(len(texts))], bold)


def _appendix_title(doc: DocumentObject, number: str, title: str, report: ProvinceReport) -> None:
    para(doc, f"Phụ lục {number}", 14, bold=True)
    para(doc, title.upper(), 14, bold=True)
    para(doc, f"(Kèm theo Báo cáo số {report.number_text.strip()} ngày {report.issued_on:%d/%m/%Y} của Sở Tài chính)",
         13, italic=True)
    rule(doc, 3.5, LANDSCAPE_TEXT_WIDTH_MM / 10, after=8)


def _landscape(doc: DocumentObject) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, landscape=True)
    section.different_first_page_header_footer = False


# ------------------------------------------------------------------------------ the letter


def _completeness_table(doc: DocumentObject, report: ProvinceReport) -> None:
    headings = ("Tháng", "Số xã phải báo cáo", "Đã gửi số liệu", "Tỷ lệ đã gửi (%)", "Gửi đúng hạn", "Đã phê duyệt")
    widths = (28, 27, 27, 27, 27, 24)
    table = _grid(doc, headings, widths, 11)
    for m in report.reporting:
        _add_row(table, widths, (f"{m.month:02d}/{m.year}", str(m.expected), str(m.received), _pct(m.rate), str(m.on_time),
                         str(m.approved)), 11, center=range(6))
    para(doc, f"Đúng hạn: số liệu của tháng được xã ghi nhận đến hết ngày {report.deadline_day} của tháng đó.", 11,
         italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=3, after=6)


def _letter(doc: DocumentObject, report: ProvinceReport) -> None:
    header_block(doc, report.parent_body, report.issuing_body, report.number_text, report.date_line, committee="")
    para(doc, "BÁO CÁO", 14, bold=True, before=18)
    para(doc, report.subject, 14, bold=True)
    rule(doc, 3.5, TEXT_WIDTH_CM, after=6)
    para(doc, f"Kính gửi: {report.addressee}", 14, before=6, after=6)
    para(doc, "", 8)
    sections = province_body(report)
    body_paragraphs(doc, sections[:2])  # the opening and I. (completeness), then its table
    if report.reporting:
        _completeness_table(doc, report)
    body_paragraphs(doc, sections[2:])
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    signature_block(doc, ("Như trên", "Giám đốc Sở (để b/c)"), "Lưu: VT, NSNN.", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "")


# ------------------------------------------------------------------------------ the appendices

_SUMMARY_WIDTHS = (8, 36, 14, 19, 17, 19, 12, 13, *(9,) * len(STATUS_ORDER))


def _summary(doc: DocumentObject, report: ProvinceReport) -> None:
    _appendix_title(doc, "I", f"Tổng hợp các chỉ tiêu của các xã, phường {report.phrase}", report)
    widths = [*_SUMMARY_WIDTHS, LANDSCAPE_TEXT_WIDTH_MM - sum(_SUMMARY_WIDTHS)]
    headings = ("STT", "Chỉ tiêu", "ĐVT", f"KH năm {report.period.year} (cộng các xã)", "TH kỳ báo cáo",
                "Lũy kế từ đầu năm", "% Lũy kế/ KH", "Số xã có số liệu", *(STATUS_SHORT[s] for s in STATUS_ORDER),
                "Cách tính tổng toàn tỉnh")
    table = _grid(doc, headings, widths, TINY)
    titles = {g.key: g.title for g in report.groups}
    current: str | None = None
    for item in report.indicators:
        if item.group_key != current:
            current = item.group_key
            cells = table.add_row().cells
            row_flags(table.rows[-1])
            merged = cells[0].merge(cells[-1])
            cell_text(merged, " ".join((titles.get(current) or current or "Các chỉ tiêu khác").split()), SMALL,
                      bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        total = item.total
        shown = total.summable
        texts = [
            item.stt, ("- " if item.level else "") + " ".join(item.name.split()), item.unit,
            _num(total.target) if shown else "", _num(total.period_value) if shown else "",
            _num(total.actual) if shown else NOT_SUMMABLE, _pct(total.percent_of_target),
            f"{item.with_figures}/{item.communes}", *(str(item.by_status.get(s, 0)) for s in STATUS_ORDER),
            total.method,
        ]
        # 8 pt but the name: a province's figures (1.927.500,96) and 168/168 stay on one line.
        _add_row(table, widths, texts, SMALL, left=(1, len(texts) - 1), center=(0, 2, *range(7, len(texts) - 1)),
                 small=[i for i in range(len(texts)) if i != 1])
    para(doc, "Tổng toàn tỉnh: chỉ tiêu cộng dồn theo tháng thì cộng số các xã; chỉ tiêu lấy số thời điểm thì cộng số "
              "các xã tại cùng một tháng; tỷ lệ (%) và số bình quân không cộng, không lấy trung bình. Các cột Vượt ... "
              "Chưa có số liệu: số xã ở từng mức đánh giá của chỉ tiêu.", 10, italic=True,
         align=WD_ALIGN_PARAGRAPH.LEFT, before=4)


_COMMUNE_WIDTHS = (9, 15, 44, 40, 16, 16, *(12,) * len(STATUS_ORDER))


def _communes(doc: DocumentObject, report: ProvinceReport) -> None:
    _landscape(doc)
    last = report.reporting[-1] if report.reporting else None
    _appendix_title(doc, "II", f"Tình hình báo cáo và đánh giá chỉ tiêu của từng xã {report.phrase}", report)
    widths = [*_COMMUNE_WIDTHS, LANDSCAPE_TEXT_WIDTH_MM - sum(_COMMUNE_WIDTHS)]
    month = f"tháng {last.month}/{last.year}" if last else "tháng cuối kỳ"
    headings = ("STT", "Mã xã", "Tên xã", f"Số liệu {month}", "Số tháng trễ hạn trong kỳ", "Số chỉ tiêu đánh giá",
                *(STATUS_SHORT[s] for s in STATUS_ORDER), "% đạt và vượt")
    table = _grid(doc, headings, widths, TINY)
    for i, c in enumerate(report.communes, start=1):
        counts = c.counts
        if counts is None:
            numbers = ["", *("" for _ in STATUS_ORDER), ""]
        else:
            rate = (Decimal(counts.met_or_exceeded) * 100 / counts.judged) if counts.judged else None
            numbers = [str(counts.judged), *(str(counts.by_status.get(s, 0)) for s in STATUS_ORDER), _pct(rate)]
        _add_row(table, widths, (str(i), c.code, c.name, c.reporting, str(c.late_months), *numbers), SMALL, left=(2, 3),
                 center=(0, 1, *range(4, 6 + len(STATUS_ORDER) + 1)))


_DETAIL_WIDTHS = (10, 16, 50, 24, 24, 24, 16, 26)


def _detail(doc: DocumentObject, item: IndicatorSummary, number: int) -> None:
    para(doc, f"{number}. Chỉ tiêu {item.code}: {' '.join(item.name.split())} (ĐVT: {item.unit or 'không có'})", 12,
         bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=10, after=4).paragraph_format.keep_with_next = True
    widths = [*_DETAIL_WIDTHS, LANDSCAPE_TEXT_WIDTH_MM - sum(_DETAIL_WIDTHS)]
    headings = ("STT", "Mã xã", "Tên xã", "KH năm", "TH kỳ báo cáo", "Lũy kế từ đầu năm", "% Lũy kế/ KH", "Đánh giá",
                "Ghi chú")
    table = _grid(doc, headings, widths)
    for i, line in enumerate(item.lines, start=1):
        row = line.row
        if row is None:
            _add_row(table, widths, (str(i), line.commune.code, line.commune.name, "", "", "", "", NOT_IN_PLAN, ""),
                     left=(2, 8), center=(0, 1, 7))
            continue
        notes = []
        if " ".join(row.name.split()) != " ".join(item.name.split()):
            notes.append(f"Tên trong kế hoạch của xã: {row.name}")
        if row.note:
            notes.append(row.note)
        _add_row(table, widths, (str(i), line.commune.code, line.commune.name, row.target_text, _num(row.period_value),
                         _num(row.actual), _pct(row.percent_of_target), row.status, "; ".join(notes)[:300]),
                 left=(2, 8), center=(0, 1, 7))
    total = item.total
    _add_row(table, widths, ("", "", "Toàn tỉnh", _num(total.target), _num(total.period_value) if total.summable else "",
                     _num(total.actual) if total.summable else NOT_SUMMABLE, _pct(total.percent_of_target), "", ""),
             bold=True, left=(2,))
    para(doc, f"Cách tính tổng toàn tỉnh: {total.method}", 10, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=3)


def _details(doc: DocumentObject, report: ProvinceReport, appendix: str) -> None:
    chosen = [i for i in report.indicators if appendix == "all" or (appendix == "totals" and i.total.summable)]
    if not chosen:
        return
    _landscape(doc)
    which = "các chỉ tiêu có tổng toàn tỉnh" if appendix == "totals" else "các chỉ tiêu"
    _appendix_title(doc, "III", f"Số liệu từng xã của {which} {report.phrase}", report)
    if appendix == "totals":
        para(doc, "Các chỉ tiêu tỷ lệ, bình quân và định tính (không cộng toàn tỉnh) xem từng xã trong tệp Excel kèm theo.",
             11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=4)
    for number, item in enumerate(chosen, start=1):
        _detail(doc, item, number)


# ------------------------------------------------------------------------------ entry point


def build_province_document(report: ProvinceReport, appendix: str = "totals") -> DocumentObject:
    """The province's report as a python-docx document (see the module doc)."""
    if appendix not in APPENDIX_CHOICES:
        raise ValueError(f"appendix must be one of {APPENDIX_CHOICES}")
    doc = new_document(report.subject, "Sở Tài chính " + clean(report.province)[:200])
    _letter(doc, report)
    _landscape(doc)
    _summary(doc, report)
    _communes(doc, report)
    _details(doc, report, appendix)
    return doc


def write_province_docx(report: ProvinceReport, path: Path, appendix: str = "totals") -> None:
    """Write ``report`` as a .docx at ``path``, atomically (nothing left behind when it fails)."""
    doc = build_province_document(report, appendix)
    save_document(path, doc.save)


__all__ = ["APPENDIX_CHOICES", "build_province_document", "write_province_docx"]
