"""The report as .xlsx, and its province variant: opened with openpyxl, cell by cell (both backends)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kehoach_desktop.domain.model import (
    Aggregation, Direction, Group, Indicator, Plan, PlanKind, PlanStatus, RuleKind, Status, TargetRule, ValueKind,
)
from kehoach_desktop.domain.numbers import format_number
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.domain.targets import threshold_text, year_target
from kehoach_desktop.reports.content import Report, build_report
from kehoach_desktop.reports.load import load_report
from kehoach_desktop.domain.report_settings import ReportSettings
from kehoach_desktop.reports.province import (
    COUNTS_SHEET, NOT_IN_PLAN, NOT_SUMMABLE, TABLE_SHEET, province_table, write_province_xlsx,
)
from kehoach_desktop.reports.xlsx_writer import (
    MONTHS_SHEET, REPORT_SHEET, excel_number, number_format, numbering, report_columns, write_xlsx,
)
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.queries import load_plan_data
from kehoach_desktop.store.values import ValueEntry, save_values

HEADERS = ["STT", "Chỉ tiêu", "ĐVT", "KH năm", "TH kỳ báo cáo", "Lũy kế", "Cùng kỳ", "% Lũy kế/KH",
           "% so cùng kỳ", "Ước cả năm", "Đánh giá", "Ghi chú"]


def _header_row(ws) -> int:  # type: ignore[no-untyped-def]
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == "STT":
            return row[0].row
    raise AssertionError("no header row")


def _indicator_rows(ws, first: int, report: Report) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Sheet row of each indicator, by STT (group rows have a roman numeral and a merged title)."""
    stts = {r.stt for r in report.rows}
    found: dict[str, int] = {}
    for r in range(first, ws.max_row + 1):
        value = ws.cell(row=r, column=1).value
        if value in stts:
            assert value not in found, f"STT {value} twice"
            found[value] = r
    return found


def _dec(number: int | float) -> D:
    """The Decimal a number cell stands for (a float through its shortest form)."""
    return D(repr(number)) if isinstance(number, float) else D(number)


def _expect_number(cell, value: D | None) -> None:  # type: ignore[no-untyped-def]
    if value is None:
        assert cell.value is None
        return
    assert cell.data_type == "n" and isinstance(cell.value, (int, float)), (cell.coordinate, cell.value)
    assert _dec(cell.value) == value
    assert "#,##0" in cell.number_format or cell.number_format.endswith("0.0"), cell.number_format


@pytest.mark.parametrize(("period", "issued"), [("2026-09", date(2026, 10, 5)), ("2026", date(2026, 12, 20)),
                                                ("2026-03", date(2026, 4, 3)), ("2026-10", date(2026, 11, 5))])
def test_report_workbook_matches_the_report(demo_db, tmp_path: Path, period: str, issued: date) -> None:
    db, plan_id = demo_db
    with db.read() as s:
        report = load_report(s, Period.parse(period), issued)
    path = tmp_path / "out" / "bc.xlsx"
    write_xlsx(report, path)
    assert [p.name for p in path.parent.iterdir()] == ["bc.xlsx"], "no temporary file left"
    wb = load_workbook(path)
    assert wb.sheetnames == [REPORT_SHEET, MONTHS_SHEET]
    ws = wb[REPORT_SHEET]
    texts = [str(c.value) for row in ws.iter_rows(max_row=12) for c in row if c.value]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts and "Độc lập - Tự do - Hạnh phúc" in texts
    assert f"Số: {report.number_text}" in texts and report.subject in texts
    assert any("Đồng Tâm, ngày" in t and f"năm {issued.year}" in t for t in texts)
    first, last = report.covered
    assert any(f"{first:%d/%m/%Y}" in t and f"{last:%d/%m/%Y}" in t for t in texts)

    header = _header_row(ws)
    expected = [h for h in HEADERS if h != "Ước cả năm" or report.show_forecast]
    assert report.show_forecast == (Period.parse(period).month >= 6)
    assert report.show_next_year == (Period.parse(period).month >= 10)
    if report.show_next_year:  # next year's plan after the year estimate; each plan names its year
        expected[3] = "KH năm 2026"
        expected.insert(expected.index("Ước cả năm") + 1, "KH năm 2027")
    got = [ws.cell(row=header, column=c).value for c in range(1, len(expected) + 1)]
    assert got == expected and ws.cell(row=header, column=len(expected) + 1).value is None
    numbers = [ws.cell(row=header + 1, column=c).value for c in range(1, len(expected) + 1)]
    assert numbers[:7] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
    assert numbers[7] == "(8)=(6)/(4)" and numbers[8] == "(9)=(6)/(7)"
    assert numbers[9:] == [f"({i})" for i in range(10, len(expected) + 1)]

    col = {key: i for i, (key, _, _) in enumerate(report_columns(report), start=1)}
    rows = _indicator_rows(ws, header + 2, report)
    assert len(rows) == len(report.rows)
    assert list(rows) == [r.stt for r in report.rows], "the table keeps the plan's order"
    for item in report.rows:
        r = rows[item.stt]
        assert ws.cell(row=r, column=col["name"]).value == item.name
        assert ws.cell(row=r, column=col["name"]).alignment.indent == 2 * item.level
        assert (ws.cell(row=r, column=col["unit"]).value or "") == item.unit
        status = ws.cell(row=r, column=col["status"])
        assert (status.value or "") == item.status and (status.value is None or status.data_type == "s")
        target = ws.cell(row=r, column=col["target"])
        if target.data_type == "n":
            assert _dec(target.value) == item.target and item.target_text == format_number(item.target)
        else:
            assert target.value == item.target_text
        if report.show_next_year:  # a plain figure is a number with its format, anything else text
            nxt = ws.cell(row=r, column=col["next_target"])
            if item.next_target is not None and item.next_target_text == format_number(item.next_target):
                assert nxt.data_type == "n" and _dec(nxt.value) == item.next_target
                assert nxt.number_format == number_format(item.next_target)
            else:
                assert (nxt.value or "") == item.next_target_text and (nxt.value is None or nxt.data_type == "s")
        else:
            assert "next_target" not in col
        if item.qualitative:
            assert ws.cell(row=r, column=col["actual"]).value in ("Đạt", "Không đạt", None)
            continue
        _expect_number(ws.cell(row=r, column=col["period"]), item.period_value)
        _expect_number(ws.cell(row=r, column=col["actual"]), item.actual)
        _expect_number(ws.cell(row=r, column=col["same"]), item.same_period)
        _expect_number(ws.cell(row=r, column=col["pct_target"]), item.percent_of_target)
        _expect_number(ws.cell(row=r, column=col["pct_last"]), item.percent_of_last_year)
        if report.show_forecast:
            _expect_number(ws.cell(row=r, column=col["forecast"]), item.forecast)
        if item.actual is not None:
            assert ws.cell(row=r, column=col["actual"]).font.i == item.estimated, "estimates in italics"
        if item.percent_of_target is not None:
            assert ws.cell(row=r, column=col["pct_target"]).number_format == "[$-42A]#,##0.0"
    # sub-indicators indented, group rows by title
    assert any(r.level == 1 for r in report.rows)
    all_text = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    for group in report.groups:
        if any(r.group_key == group.key for r in report.rows):
            assert group.title in all_text
    assert any(report.counts.sentence() in t for t in all_text)
    assert any("in nghiêng" in t for t in all_text), "the legend says what italics mean"

    assert ws.freeze_panes == f"C{header + 2}"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows.replace("$", "") == f"{header}:{header + 1}"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert 1.1 < ws.page_margins.left < 1.4 and ws.page_margins.right < ws.page_margins.left

    ms = wb[MONTHS_SHEET]
    head = [ms.cell(row=3, column=c).value for c in range(1, 8)]
    assert head == ["Mã", "Chỉ tiêu", "ĐVT", "Tháng", "Số liệu", "Loại số liệu", "Ghi chú"]
    lines = list(ms.iter_rows(min_row=4, max_col=7, values_only=True))
    assert len(lines) == len(report.months) > 0
    for line, (code, name, unit, month, value, kind, note) in zip(report.months, lines):
        assert (code, name, unit or "") == (line.code, line.name, line.unit)
        assert (month.year, month.month) == (line.year, line.month)
        assert kind == ("Ước" if line.kind is ValueKind.ESTIMATE else "Chính thức")
        assert (note or "") == line.note
        assert value is None if line.value is None else _dec(value) == line.value
    assert ms.freeze_panes == "C4" and ms.print_title_rows.replace("$", "") == "3:3"
    assert ms.page_setup.orientation == "landscape"


def test_next_year_plan_cells_for_the_year(demo_db, tmp_path: Path) -> None:
    """The year's workbook: next year's targets as ``year_target`` gives them, figures as numbers."""
    db, plan_id = demo_db
    with db.read() as s:
        report = load_report(s, Period.parse("2026"), date(2026, 12, 20))
        data = {d.indicator.code: d for d in load_plan_data(s, plan_id)}
    path = tmp_path / "nam.xlsx"
    write_xlsx(report, path)
    ws = load_workbook(path)[REPORT_SHEET]
    header = _header_row(ws)
    col = {key: i for i, (key, _, _) in enumerate(report_columns(report), start=1)}
    assert ws.cell(row=header, column=col["next_target"]).value == "KH năm 2027"
    assert col["next_target"] == col["forecast"] + 1 and col["status"] == col["next_target"] + 1
    rows = _indicator_rows(ws, header + 2, report)
    cells = {item.code: ws.cell(row=rows[item.stt], column=col["next_target"]) for item in report.rows}
    for item in report.rows:
        assert item.next_target_text == threshold_text(year_target(data[item.code], 2027), mark_derived=True)
    assert cells["20"].data_type == "n" and cells["20"].value == 100 and cells["20"].number_format == "[$-42A]#,##0"
    assert cells["19"].value == 50.03 and cells["19"].number_format == "[$-42A]#,##0.00"  # duy trì 50,03%
    assert cells["4"].value == "≥ 7.000" and cells["15"].value == "Đạt"
    assert cells["2"].data_type == "s" and cells["2"].value.endswith("*")
    all_text = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(t.startswith("- KH năm 2027: chỉ tiêu kế hoạch năm 2027") for t in all_text)


def test_numbers_keep_their_exact_value_and_digits() -> None:
    assert excel_number(D("7000")) == 7000 and isinstance(excel_number(D("7000.00")), int)
    assert excel_number(D("50.03")) == 50.03 and excel_number(D("-1.5")) == -1.5
    assert excel_number(D("1234567890.12345")) == 1234567890.12345
    assert excel_number(D("12345678901234567")) is None  # beyond Excel's 15 digits: written as text
    assert excel_number(D("0.1234567890123456789")) is None
    assert number_format(D("9450")) == "[$-42A]#,##0"
    assert number_format(D("9527.37")) == "[$-42A]#,##0.00"
    assert number_format(D("50.030")) == "[$-42A]#,##0.00"
    assert numbering(["stt", "actual", "target"]) == ["(1)", "(2)", "(3)"]


def _hostile_report(report: Report) -> Report:
    long = "Sản lượng " + "rất dài " * 700  # about 5,600 characters
    rows = list(report.rows)
    rows[0] = replace(rows[0], name=long, note="=SUM(A1:A2)\x07 ghi chú\r\n" + "x" * 40_000, unit="đ/\x00người",
                      period_value=D("123456789012345678.5"), actual=D("1E-30"), target_text="≥ 1" * 3000)
    rows[1] = replace(rows[1], percent_of_target=D("999999999999.99"), status="", stt="=1+1")
    months = list(report.months)
    months[0] = replace(months[0], name=long, note="\x1b" * 10, value=None)
    commune = replace(report.commune, name="Xã " + "Đ" * 5000)
    return replace(report, rows=tuple(rows), months=tuple(months), commune=commune,
                   groups=report.groups + (Group("x", "Nhóm " * 2000),))


def test_hostile_data_does_not_crash(demo_db, tmp_path: Path) -> None:
    db, _ = demo_db
    with db.read() as s:
        report = _hostile_report(load_report(s, Period.parse("2026-H1"), date(2026, 6, 20)))
    path = tmp_path / "x.xlsx"
    write_xlsx(report, path)
    ws = load_workbook(path)[REPORT_SHEET]
    cells = {c.value for row in ws.iter_rows() for c in row}
    assert report.rows[0].name in cells
    assert "=1+1" in cells  # written as text, not as a formula
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("="))
    note = next(v for v in cells if isinstance(v, str) and v.startswith("=SUM"))
    assert len(note) == 32_767 and "\x07" not in note
    assert all(h is None or h <= 409 for h in (d.height for d in ws.row_dimensions.values()))
    assert "123.456.789.012.345.678,5" in cells  # too many digits for Excel: kept exact as text


def test_report_without_months_or_forecast(plan_db, tmp_path: Path) -> None:
    db, plan_id = plan_db
    with db.read() as s:
        report = load_report(s, Period.parse("2026-02"), date(2026, 3, 2))
    assert not report.months and not report.show_forecast
    write_xlsx(report, tmp_path / "empty.xlsx")
    wb = load_workbook(tmp_path / "empty.xlsx")
    assert "Chưa có số liệu tháng" in str(wb[MONTHS_SHEET].cell(row=4, column=1).value)
    ws = wb[REPORT_SHEET]
    assert "Ước cả năm" not in [c.value for row in ws.iter_rows() for c in row]


def test_a_file_open_elsewhere_is_left_whole(demo_db, tmp_path: Path) -> None:
    """Writing over a folder that cannot be written raises UserError and leaves no temporary file."""
    from kehoach_desktop.domain.errors import UserError

    db, _ = demo_db
    with db.read() as s:
        report = load_report(s, Period.parse("2026-09"), date(2026, 10, 5))
    target = tmp_path / "out" / "is-a-folder.xlsx"
    target.mkdir(parents=True)
    with pytest.raises(UserError):
        write_xlsx(report, target)
    assert [p.name for p in target.parent.iterdir()] == ["is-a-folder.xlsx"]


# --- the province variant ----------------------------------------------------------------------

def _province_draft(with_herd: bool = True, grain_name: str = "Sản lượng lương thực có hạt") -> PlanDraft:
    indicators = [
        Indicator("1", grain_name, "tấn", "economy", aggregation=Aggregation.FLOW),
        Indicator("2", "Tỷ lệ hộ nghèo", "%", "society", direction=Direction.LOWER),
    ]
    rules = {
        "1": [TargetRule(RuleKind.AT_LEAST, D(1000), per_year=True, text="≥ 1.000 tấn")],
        "2": [TargetRule(RuleKind.AT_MOST, D(5), per_year=True, text="dưới 5%")],
    }
    if with_herd:
        indicators.append(Indicator("3", "Tổng đàn gia súc", "con", "economy", aggregation=Aggregation.STOCK))
        rules["3"] = [TargetRule(RuleKind.AT_LEAST, D(2000), per_year=True, text="≥ 2.000 con")]
    return PlanDraft(
        plan=Plan(PlanKind.FIVE_YEAR, 2026, 2030, title="Kế hoạch", status=PlanStatus.ADOPTED),
        groups=[Group("economy", "Chỉ tiêu kinh tế"), Group("society", "Chỉ tiêu xã hội")],
        indicators=indicators, rules=rules,
    )


#: commune code -> (name, with the herd indicator, figures {code: {month: value}})
COMMUNES = {
    "01001": ("Xã An Bình", True, {"1": {1: "100", 2: "200", 3: "300.5"}, "2": {3: "4.2"},
                                   "3": {1: "1500", 2: "1600", 3: "1700"}}),
    "01002": ("Xã Bắc Sơn", True, {"1": {1: "50", 2: "60"}, "2": {2: "6.1"}, "3": {1: "900", 2: "950"}}),
    "01003": ("Xã Cao Lộc", False, {"1": {3: "40"}}),
}


@pytest.fixture
def province_db(db):  # type: ignore[no-untyped-def]
    """Three communes in one database, as on a province's computer; the third has no indicator 3."""
    with db.write() as s:
        for code, (name, herd, figures) in COMMUNES.items():
            commune = init_commune(s, db.installation_id, code, name, "Tỉnh Mẫu", "t")
            draft = _province_draft(herd, "Sản lượng lương thực" if code == "01003" else "Sản lượng lương thực có hạt")
            plan = create_plan(s, db.installation_id, commune.id, draft, "t")
            entries = [
                ValueEntry(ind, Period(2026, month), D(value), ValueKind.OFFICIAL)
                for ind, months in figures.items() for month, value in months.items()
            ]
            save_values(s, db.installation_id, plan.id, entries, "t", accept_warnings=True)
    return db


def test_province_flow_is_summed(province_db) -> None:
    with province_db.read() as s:
        table = province_table(s, "1", Period.parse("2026-Q1"))
    assert [line.commune.code for line in table.lines] == ["01001", "01002", "01003"]
    assert all(line.has_indicator for line in table.lines)
    assert [line.row.period_value for line in table.lines] == [D("600.5"), D(110), D(40)]
    total = table.total
    assert total.summable and total.period_value == D("750.5") and total.actual == D("750.5")
    assert total.target == D(3000) and total.percent_of_target == D("25.02")
    assert "3/3 xã" in total.method and "cộng dồn" in total.method
    assert table.province == "Tỉnh Mẫu" and table.name == "Sản lượng lương thực có hạt"
    # March alone: Bắc Sơn has no March yet; the period's total says so, the year to date has all three.
    with province_db.read() as s:
        march = province_table(s, "1", Period.parse("2026-03"), with_counts=False).total
    assert march.period_value == D("340.5") and march.actual == D("750.5")
    assert "kỳ báo cáo 2/3 xã có số liệu (thiếu Xã Bắc Sơn)" in march.method and "lũy kế 3/3 xã" in march.method


def test_province_stock_is_summed_at_the_same_month(province_db) -> None:
    with province_db.read() as s:
        table = province_table(s, "3", Period.parse("2026-Q1"))
    missing = [line for line in table.lines if not line.has_indicator]
    assert [line.commune.code for line in missing] == ["01003"]
    total = table.total
    # An Bình has March, Bắc Sơn only up to February: both at February, never 1700 + 950.
    assert total.month == 2 and total.actual == D(1600 + 950) == total.period_value
    assert total.target == D(4000) and total.percent_of_target == D("63.75")
    assert "cùng tháng 2/2026" in total.method and "2/2 xã" in total.method
    assert "chưa có số liệu tháng 3: Xã Bắc Sơn" in total.method
    with province_db.read() as s:
        march = province_table(s, "3", Period.parse("2026-03"), with_counts=False).total
    assert march.actual == D(2550) and march.period_value is None and "nằm ngoài tháng 3 năm 2026" in march.method


def test_province_rate_is_not_totalled(province_db) -> None:
    with province_db.read() as s:
        table = province_table(s, "2", Period.parse("2026-Q1"))
    assert [line.row.actual for line in table.lines] == [D("4.2"), D("6.1"), None]
    total = table.total
    assert not total.summable and total.actual is None and total.period_value is None
    assert total.method.startswith(NOT_SUMMABLE) and "không lấy trung bình" in total.method


def test_province_counts_and_workbook(province_db, tmp_path: Path) -> None:
    with province_db.read() as s:
        table = province_table(s, "3", Period.parse("2026-Q1"), issued_on=date(2026, 4, 5))
        plans = {line.commune.code: line.plan_id for line in table.lines}
        own = {
            code: build_report(load_plan_data(s, pid), [], table.lines[0].commune, Period.parse("2026-Q1"),
                               ReportSettings(),
                               date(2026, 4, 5)).counts
            for code, pid in plans.items()
        }
    assert [c.commune.code for c in table.counts] == ["01001", "01002", "01003"]
    for item in table.counts:
        assert item.counts.by_status == own[item.commune.code].by_status
        assert item.counts.judged == (3 if item.commune.code != "01003" else 2)
    path = tmp_path / "tinh.xlsx"
    write_province_xlsx(table, path)
    wb = load_workbook(path)
    assert wb.sheetnames == [TABLE_SHEET, COUNTS_SHEET]
    ws = wb[TABLE_SHEET]
    assert [ws.cell(row=4, column=c).value for c in range(1, 10)] == [
        "STT", "Mã xã", "Tên xã", "KH năm", "TH kỳ báo cáo", "Lũy kế", "% Lũy kế/KH", "Đánh giá", "Ghi chú"]
    body = {ws.cell(row=r, column=2).value: r for r in range(6, 9)}
    assert set(body) == {"01001", "01002", "01003"}
    assert ws.cell(row=body["01001"], column=6).value == 1700
    assert ws.cell(row=body["01001"], column=6).number_format == "[$-42A]#,##0"
    assert ws.cell(row=body["01003"], column=8).value == NOT_IN_PLAN
    total_row = 9
    assert ws.cell(row=total_row, column=3).value == "Toàn tỉnh"
    assert ws.cell(row=total_row, column=6).value == 2550 and ws.cell(row=total_row, column=6).data_type == "n"
    assert "cùng tháng 2/2026" in ws.cell(row=total_row, column=9).value
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows.replace("$", "") == "4:5"
    cs = wb[COUNTS_SHEET]
    assert cs.cell(row=4, column=5).value == Status.EXCEEDED.label
    assert cs.cell(row=5, column=3).value == "Xã An Bình"
    assert cs.cell(row=5, column=4).value == own["01001"].judged
    assert cs.cell(row=5, column=cs.max_column).value == own["01001"].sentence()


def test_province_workbook_refuses_a_rate_total_on_the_sheet(province_db, tmp_path: Path) -> None:
    with province_db.read() as s:
        table = province_table(s, "2", Period.parse("2026-Q1"), with_counts=False)
    assert table.counts == ()
    write_province_xlsx(table, tmp_path / "rate.xlsx")
    ws = load_workbook(tmp_path / "rate.xlsx")[TABLE_SHEET]
    assert ws.cell(row=9, column=6).value == NOT_SUMMABLE
    assert ws.cell(row=9, column=9).value.startswith(NOT_SUMMABLE)


def test_province_unknown_code_and_different_units(province_db, tmp_path: Path) -> None:
    with province_db.read() as s:
        table = province_table(s, "99", Period.parse("2026-Q1"))
    assert not table.with_indicator and not table.total.summable
    write_province_xlsx(table, tmp_path / "none.xlsx")
    with province_db.write() as s:
        from sqlalchemy import select

        from kehoach_desktop.store.schema import IndicatorRow

        row = s.scalars(select(IndicatorRow).where(IndicatorRow.code == "1")).first()
        row.unit = "tạ"
    with province_db.read() as s:
        table = province_table(s, "1", Period.parse("2026-Q1"))
    assert not table.total.summable and "đơn vị tính khác nhau" in table.total.method
    write_province_xlsx(table, tmp_path / "units.xlsx")


# --- LibreOffice -------------------------------------------------------------------------------

@pytest.mark.slow
def test_libreoffice_prints_the_table_one_page_wide(tmp_path: Path) -> None:
    """The report sheet prints one page wide: page 1 has the first and the last column's headers."""
    import shutil
    import subprocess

    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.database import open_database

    office = shutil.which("libreoffice") or shutil.which("soffice")
    pdftotext = shutil.which("pdftotext")
    if office is None or pdftotext is None:
        pytest.skip("LibreOffice or pdftotext is not installed (apt-get install libreoffice-calc poppler-utils)")
    db = open_database(str(tmp_path / "demo.db"))
    try:
        install_demo(db)
        with db.read() as s:
            report = load_report(s, Period.parse("2026-09"), date(2026, 9, 20))
    finally:
        db.close()
    path = tmp_path / "thang-9.xlsx"
    write_xlsx(report, path)
    result = subprocess.run(
        [office, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    pdf = tmp_path / "thang-9.pdf"
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    first = subprocess.run([pdftotext, "-f", "1", "-l", "1", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, timeout=60, check=True).stdout
    assert "BIỂU TỔNG HỢP" in first and "STT" in first and "Ghi chú" in first and "Đánh giá" in first
    assert "Trang 1/" in first
    second = subprocess.run([pdftotext, "-f", "2", "-l", "2", "-layout", str(pdf), "-"], capture_output=True,
                            text=True, timeout=60, check=True).stdout
    assert "STT" in second and "Ghi chú" in second, "the header rows repeat on the next page"


def test_report_files_are_readable_by_others(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A report is for sharing: not the private mode of the temporary file it was written through."""
    import os
    import stat

    db, _ = demo_db
    with db.read() as s:
        demo_report = load_report(s, Period.parse("2026-09"), date(2026, 10, 5))
    from kehoach_desktop.reports.docx_writer import write_docx
    from kehoach_desktop.reports.xlsx_writer import write_xlsx

    old = os.umask(0o022)
    try:
        for name, write in (("bc.xlsx", write_xlsx), ("bc.docx", lambda r, p: write_docx(r, p, charts=False))):
            write(demo_report, tmp_path / name)
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    finally:
        os.umask(old)
