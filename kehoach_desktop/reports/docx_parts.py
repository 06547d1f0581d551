"""The Word building blocks of a Decree 30/2020 document (python-docx): fonts, paragraphs, rules,
borderless tables, cell margins, the PAGE field, page set-up. ``docx_writer`` lays the report out
with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape as xml_escape

from docx.blkcntnr import BlockItemContainer
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Cm, Length, Mm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

#: What paragraphs are added to: the document body or a table cell.
Container = DocumentObject | BlockItemContainer

FONT = "Times New Roman"
_RPR_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
BLACK = RGBColor(0, 0, 0)
BODY_SIZE = 14
FIRST_LINE_INDENT = Cm(1.27)
#: Portrait A4 and its margins (Decree 30: top/bottom 20-25, left 30-35, right 15-20 mm).
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(20), Mm(20), Mm(30), Mm(20)
TEXT_WIDTH_CM = 16.0
LANDSCAPE_TEXT_WIDTH_MM = 297 - 30 - 20
#: The header table's columns (issuing body, national motto), in cm.
HEADER_COLUMNS = (6.4, 9.6)
SIGNATURE_COLUMNS = (7.6, 8.4)
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
#: "Độc lập - Tự do - Hạnh phúc" in Times New Roman bold 13 pt is 5,6 cm wide; its rule matches.
MOTTO_RULE_CM = 5.6
SHORT_RULE_CM = 2.2
TABLE_SIZE = 10
NOTE_SIZE = 9.5
NUMBERING_SIZE = 8.5
#: The appendix table's column widths in mm; Ghi chú takes the rest of the landscape page.
WIDTHS_MM = {"stt": 9, "name": 50, "unit": 17, "target": 17, "figure": 16, "percent": 15, "status": 22}
#: From the October report on, next year's plan takes a column: the name and the figures give it
#: room (``≥ 10.430,2*`` on one line) and the notes keep 30 mm. ``triệu đồng`` needs the unit's 17 mm
#: and ``Chậm tiến độ`` the status's 22 mm to stay on one line.
NEXT_YEAR_WIDTHS_MM = {**WIDTHS_MM, "name": 41, "figure": 15, "next_target": 21}
ESTIMATE_MARK = "ư"
CHART_DPI = 150
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


# ------------------------------------------------------------------------------ low-level helpers

#: Characters XML 1.0 cannot hold (a stray form feed from a PDF's text, a pasted control code).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without the characters a .docx cannot hold (python-docx would refuse the document)."""
    return _NOT_XML.sub(" ", text or "")



def set_font(run: Run, size: float | None = None, bold: bool | None = None, italic: bool | None = None) -> None:
    """Times New Roman, black, for every script (Word picks the East Asian/complex slot otherwise).

    The run's properties are written as one parsed element: python-docx's setters search the
    element's children for each property, which made the appendix table four times slower.
    """
    parts = [_RPR_FONTS]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    parts.append('<w:color w:val="000000"/>')
    if size is not None:
        half_points = int(round(size * 2))
        parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    rpr = parse_xml(f"<w:rPr {nsdecls('w')}>{''.join(parts)}</w:rPr>")
    old = run._r.rPr
    if old is not None:
        run._r.remove(old)
    run._r.insert(0, rpr)


def para(
    container: Container, text: str = "", size: float = BODY_SIZE, bold: bool = False, italic: bool = False,
    align: int = WD_ALIGN_PARAGRAPH.CENTER, before: float = 0, after: float = 0, indent: bool = False,
    paragraph: Paragraph | None = None,
) -> Paragraph:
    p = paragraph if paragraph is not None else container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.first_line_indent = FIRST_LINE_INDENT if indent else Cm(0)
    if text:
        set_font(p.add_run(clean(text)), size, bold, italic)
    return p


def border(p: Paragraph, side: str = "bottom", size: int = 6) -> None:
    """A single black line on one side of the paragraph (``size`` in eighths of a point)."""
    ppr = p._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), "000000")
    borders.append(line)


def rule(container: Container, width_cm: float, total_cm: float, after: float = 0) -> Paragraph:
    """A centred horizontal rule ``width_cm`` long: an empty 2 pt paragraph with a bottom border."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    side = max((total_cm - width_cm) / 2, 0)
    fmt.left_indent = fmt.right_indent = Cm(side)
    fmt.first_line_indent = Cm(0)
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(2)
    border(p, "bottom")
    return p


def no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def set_widths(table: Table, widths: Sequence[float], unit: Callable[[float], Length] = Cm) -> None:
    """Fixed column widths, on the grid (LibreOffice) and on every cell (Word)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for column, width in zip(table.columns, widths):
        column.width = unit(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = unit(width)


def cell_margins(table: Table, left_right_cm: float = 0.1) -> None:
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", 0), ("bottom", 0), ("left", left_right_cm), ("right", left_right_cm)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(value * 567)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)


def cell_text(
    cell: _Cell, text: str, size: float = TABLE_SIZE, bold: bool = False, italic: bool = False,
    align: int = WD_ALIGN_PARAGRAPH.CENTER, mark: str = "", indent_cm: float = 0,
) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.alignment = align
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(1)
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if text:
        set_font(p.add_run(clean(text)), size, bold, italic)
    if mark:
        run = p.add_run(mark)
        set_font(run, size, bold, italic)
        run.font.superscript = True
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_flags(row: _Row, header: bool = False) -> None:
    """Keep a table row on one page; a header row repeats at the top of every page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        el = OxmlElement("w:tblHeader")
        tr_pr.append(el)


def page_field(p: Paragraph) -> None:
    """A PAGE field (the page number), Times New Roman 14 pt."""
    def part(tag: str, **attrs: str) -> None:
        run = p.add_run()
        set_font(run, BODY_SIZE)
        el = OxmlElement(tag)
        for key, value in attrs.items():
            el.set(qn(key), value)
        if tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        if tag == "w:t":
            el.text = "2"
        run._r.append(el)

    part("w:fldChar", **{"w:fldCharType": "begin"})
    part("w:instrText")
    part("w:fldChar", **{"w:fldCharType": "separate"})
    part("w:t")
    part("w:fldChar", **{"w:fldCharType": "end"})


# ------------------------------------------------------------------------------ the document


def styles(doc: DocumentObject) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_SIZE)
    normal.font.color.rgb = BLACK
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def set_page(section: Section, landscape: bool = False) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = section.footer_distance = Mm(10)




def header_block(
    doc: DocumentObject, parent_body: str, issuing_body: str, number_text: str, date_line: str,
    committee: str = "ỦY BAN NHÂN DÂN",
) -> None:
    """Decree 30's header: the parent and issuing bodies with a short rule (left), the national motto
    with its rule (right), then ``Số: ...`` beside the italic place-and-date line. A borderless table.

    A commune's People's Committee writes ``ỦY BAN NHÂN DÂN`` above its name (``committee``); a
    department (``SỞ TÀI CHÍNH``) writes its parent committee, then its own name, and no such line."""
    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    cell_margins(table, 0.05)
    set_widths(table, HEADER_COLUMNS)
    left, right = table.cell(0, 0), table.cell(0, 1)
    first = left.paragraphs[0]
    lines = [(parent_body, False), (committee, True), (issuing_body, True)]
    for i, (text, bold) in enumerate([(t, b) for t, b in lines if t]):
        para(left, text, 13, bold=bold, paragraph=first if i == 0 else None)
    rule(left, SHORT_RULE_CM, HEADER_COLUMNS[0] - 0.1)
    para(right, MOTTO, 12, bold=True, paragraph=right.paragraphs[0])
    para(right, MOTTO_2, 13, bold=True)
    rule(right, MOTTO_RULE_CM, HEADER_COLUMNS[1] - 0.1)
    number, when = table.cell(1, 0), table.cell(1, 1)
    para(number, f"Số: {number_text}", 13, paragraph=number.paragraphs[0], before=6)
    para(when, date_line, 14, italic=True, paragraph=when.paragraphs[0], before=6)
    for row in table.rows:
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def signature_block(
    doc: DocumentObject, recipients: Sequence[str], archive: str, signer_lines: Sequence[str], signer_name: str
) -> None:
    """``Nơi nhận:`` and its list (left) beside the signer's authority, title and name (right)."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    cell_margins(table, 0.05)
    set_widths(table, SIGNATURE_COLUMNS)
    row_flags(table.rows[0])
    left, right = table.cell(0, 0), table.cell(0, 1)
    para(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
         paragraph=left.paragraphs[0], before=6)
    lines = [r if r.endswith((";", ".", ",")) else r + ";" for r in recipients]
    archive = archive or "Lưu: VT."
    lines.append(archive if archive.endswith(".") else archive + ".")
    for line in lines:
        para(left, f"- {line}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    first = True
    for text in signer_lines:
        if text:
            para(right, text.upper(), 14, bold=True, paragraph=right.paragraphs[0] if first else None,
                 before=6 if first else 0)
            first = False
    for _ in range(4):
        para(right, "", 14)
    para(right, signer_name, 14, bold=True, paragraph=right.paragraphs[0] if first else None)
    table.rows[0].cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    table.rows[0].cells[1].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def add_plain_row(
    table: Table, texts: Sequence[str], widths_mm: Sequence[float], aligns: Sequence[str],
    sizes: Sequence[float] = (), bold: bool = False,
) -> None:
    """Append a row of one-paragraph cells to ``table``, built as XML in one parse.

    The same cells as ``cell_text`` makes (Times New Roman, centred vertically, 1 pt before and
    after, the row kept on one page), with their widths; ``aligns`` are ``left``/``center``/``right``,
    ``sizes`` the cells' type sizes (``TABLE_SIZE`` when not given). Building each cell through
    python-docx's objects took most of a 168-commune report's time."""
    cells = []
    for i, (text, width, align) in enumerate(zip(texts, widths_mm, aligns)):
        half_points = int(round((sizes[i] if i < len(sizes) else TABLE_SIZE) * 2))
        rpr = (f"<w:rPr>{_RPR_FONTS}{'<w:b/><w:bCs/>' if bold else ''}<w:color w:val=\"000000\"/>"
               f"<w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/></w:rPr>")
        run = f"<w:r>{rpr}<w:t xml:space=\"preserve\">{xml_escape(clean(text))}</w:t></w:r>" if text else ""
        cells.append(
            f"<w:tc><w:tcPr><w:tcW w:w=\"{int(round(width * 56.6929))}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/>"
            f"</w:tcPr><w:p><w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"{align}\"/></w:pPr>"
            f"{run}</w:p></w:tc>"
        )
    table._tbl.append(parse_xml(f"<w:tr {nsdecls('w')}><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>"))
