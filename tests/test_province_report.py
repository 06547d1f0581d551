"""The province's report (``kehoach report --province``, .docx and .xlsx) and a commune's profile over a year."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook

from kehoach_desktop.cli import main
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import Status
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.province.compare import SortKey
from kehoach_desktop.reports.content import build_report
from kehoach_desktop.reports.province_xlsx import (
    COMMUNES_SHEET, DETAIL_SHEET, REPORTING_SHEET, SHEETS, SUMMARY_SHEET, cell_decimal,
)
from kehoach_desktop.reports.prose import figure
from kehoach_desktop.services import province as svc
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.schema import CommuneRow
from province_support import COMMUNES, make_province_db

ISSUED = date(2026, 12, 5)
SEPT = Period.parse("2026-09")


def kehoach(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out), out.getvalue()


def _province(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)
    with db.write() as session:  # a listed commune whose figures have not arrived
        session.add(CommuneRow(code="26799", name="Xã Chưa Gửi", province="Tỉnh Mẫu"))


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = load_workbook(path)
    return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def test_the_report_figures_are_the_communes_own(db) -> None:  # type: ignore[no-untyped-def]
    _province(db)
    report = svc.province_report(db, SEPT, ISSUED)
    assert report.province == "Tỉnh Mẫu" and report.place == "Mẫu"
    assert [c.code for c in report.communes] == [c for c, _ in COMMUNES] + ["26799"]
    assert report.communes[-1].counts is None and "Chưa nhận" in report.communes[-1].reporting
    assert "Xã Chưa Gửi" in report.missing
    # Completeness: the matrix's own rate row for September.
    matrix = svc.load_matrix(db, [2026], today=ISSUED)
    rate = next(r for r in matrix.rates if r.month == 9)
    assert (report.reporting[0].received, report.reporting[0].on_time, report.reporting[0].expected) == (
        rate.received, rate.on_time, rate.expected) and rate.expected == len(COMMUNES) + 1
    by_code = {i.code: i for i in report.indicators}
    for code in ("2", "4", "5", "11"):
        comparison = svc.load_comparison(db, code, SEPT, SortKey.CODE)
        item = by_code[code]
        assert item.total == comparison.total  # province_total, the same way the comparison makes it
        rows = [r.row for r in comparison.rows if r.row is not None]
        assert item.communes == len(rows) == len(COMMUNES)
        assert sum(item.by_status.values()) == len(rows)
        for status in Status:
            assert item.by_status.get(status, 0) == sum(1 for r in rows if r.evaluation.status is status)
    flow = by_code["2"].total
    assert flow.summable and flow.actual == sum(
        r.row.actual for r in svc.load_comparison(db, "2", SEPT).rows if r.row is not None and r.row.actual is not None)
    assert not by_code["11"].total.summable  # a rate: never summed or averaged
    # Each commune's counts are its own report's.
    with db.read() as session:
        from kehoach_desktop.province.communes import province_communes
        from kehoach_desktop.domain.model import Commune
        from kehoach_desktop.domain.report_settings import ReportSettings
        from kehoach_desktop.store.queries import groups, load_plan_data

        first = province_communes(session)[0]
        own = build_report(load_plan_data(session, first.plan_id), groups(session, first.plan_id),
                           Commune(first.code, first.name), SEPT, ReportSettings(), ISSUED).counts
    assert report.communes[0].counts == own


def test_sqlite_and_postgresql_write_the_same_workbook(tmp_path: Path, pg_url: str) -> None:
    sheets = []
    for name, url in (("s", str(tmp_path / "p.db")), ("p", pg_url)):
        db = open_database(url)
        _province(db)
        for period in ("2026-09", "2026-H1"):
            path = tmp_path / f"{name}-{period}.xlsx"
            svc.export_province_report(db, Period.parse(period), path, "xlsx", ISSUED)
        db.close()
        sheets.append([_cells(tmp_path / f"{name}-{p}.xlsx") for p in ("2026-09", "2026-H1")])
    assert sheets[0] == sheets[1]
    summary = sheets[0][0][SUMMARY_SHEET]
    assert any(row[1] == "2" and isinstance(row[6], (int, float)) for row in summary)


def test_the_workbook(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _province(db)
    path = tmp_path / "tinh.xlsx"
    report = svc.export_province_report(db, Period.parse("2026-Q3"), path, "xlsx", ISSUED)
    wb = load_workbook(path)
    assert wb.sheetnames == list(SHEETS)
    ws = wb[SUMMARY_SHEET]
    header = next(r for r in range(1, 15) if ws.cell(row=r, column=1).value == "STT")
    assert ws.freeze_panes == f"D{header + 1}"
    rows = {ws.cell(row=r, column=2).value: r for r in range(header + 1, ws.max_row + 1)}
    item = next(i for i in report.indicators if i.code == "2")
    cell = ws.cell(row=rows["2"], column=7)
    assert cell.data_type == "n" and cell_decimal(cell.value) == item.total.actual
    assert ws.cell(row=rows["11"], column=7).value == "không cộng được"
    assert item.total.method == ws.cell(row=rows["2"], column=ws.max_column).value
    months = wb[REPORTING_SHEET]
    assert [months.cell(row=r, column=1).value for r in range(9, 12)] == ["07/2026", "08/2026", "09/2026"]
    communes = wb[COMMUNES_SHEET]
    assert communes.cell(row=9, column=2).value == COMMUNES[0][0]
    assert communes.cell(row=9, column=6).value == report.communes[0].counts.judged
    detail = wb[DETAIL_SHEET]
    totals = [r for r in range(9, detail.max_row + 1) if detail.cell(row=r, column=5).value == "Toàn tỉnh"]
    assert len(totals) == len(report.indicators)
    values = [detail.cell(row=r, column=8).value for r in range(9, detail.max_row + 1)
              if detail.cell(row=r, column=1).value == "2" and detail.cell(row=r, column=4).value]
    assert sum(cell_decimal(v) for v in values) == item.total.actual  # the communes' lines add up to the total


def test_the_word_document_holds_the_totals(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _province(db)
    path = tmp_path / "tinh.docx"
    report = svc.export_province_report(db, SEPT, path, "docx", ISSUED, appendix="all")
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "SỞ TÀI CHÍNH" in "\n".join(c.text for c in doc.tables[0]._cells)
    assert "BÁO CÁO" in text and "Kính gửi: Ủy ban nhân dân tỉnh Mẫu" in text
    assert "I. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ" in text and f"Toàn tỉnh có {len(COMMUNES) + 1} xã" in text
    flow = next(i for i in report.indicators if i.code == "2")
    assert figure(flow.total.actual, flow.unit) in text  # the sentence of the flow indicator
    tables = ["\n".join(c.text for c in t._cells) for t in doc.tables]
    summary = next(t for t in tables if "Cách tính tổng toàn tỉnh" in t)
    assert figure(flow.total.actual) in summary and flow.total.method in summary
    assert sum("Toàn tỉnh" in t for t in tables) == len(report.indicators)  # appendix III: every indicator
    portrait, *landscape = doc.sections
    assert portrait.page_width < portrait.page_height and all(s.page_width > s.page_height for s in landscape)
    # The default appendix: only the indicators with a province total.
    svc.export_province_report(db, SEPT, path, "docx", ISSUED)
    summed = sum(1 for i in report.indicators if i.total.summable)
    tables = ["\n".join(c.text for c in t._cells) for t in Document(str(path)).tables]
    assert sum("Toàn tỉnh" in t for t in tables) == summed < len(report.indicators)


@pytest.mark.parametrize("period", ["2026-03", "2026-Q2", "2026-H1", "2026-M9", "2026"])
def test_every_kind_of_period(db, tmp_path: Path, period: str) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db, COMMUNES[:2])
    p = Period.parse(period)
    report = svc.export_province_report(db, p, tmp_path / "r.xlsx", "xlsx", ISSUED)
    assert [m.month for m in report.reporting] == list(p.months)
    assert load_workbook(tmp_path / "r.xlsx")[REPORTING_SHEET].cell(row=9, column=1).value == f"{p.first_month:02d}/2026"


def test_cli_province_report_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "p.db")
    assert kehoach("province", "--db", db, "--name", "Tỉnh Mẫu")[0] == 0
    for code, name in COMMUNES[:2]:
        assert kehoach("demo", "--db", db, "--commune-code", code, "--commune-name", name)[0] == 0
    out = tmp_path / "tinh.docx"
    code, text = kehoach("report", "--db", db, "--province", "--period", "2026-09", "--out", str(out),
                         "--date", "2026-10-05", "--number", "12")
    assert code == 0 and out.is_file() and "2 xã" in text and "đã gửi số liệu" in text
    doc = Document(str(out))
    header = "\n".join(c.text for c in doc.tables[0]._cells)
    assert "Số: 12/BC-STC" in header and "Mẫu, ngày 05 tháng 10 năm 2026" in header
    assert kehoach("report", "--db", db, "--province", "--period", "2026-Q3", "--out", str(tmp_path / "t.xlsx"))[0] == 0
    capsys.readouterr()
    # Bad input: a clear message, exit 2, no file.
    for args, words in (
        (("--period", "2026-13"), "Tháng 13"),
        (("--period", "2026-09", "--deadline-day", "40"), "Hạn nộp"),
        (("--period", "2026-09", "--issue"), "--issue"),
    ):
        bad = tmp_path / "bad.docx"
        assert kehoach("report", "--db", db, "--province", *args, "--out", str(bad))[0] == 2
        assert words in capsys.readouterr().err and not bad.exists()
    assert kehoach("report", "--db", db, "--province", "--period", "2026-09", "--out",
                   str(tmp_path / "none" / "r.docx"))[0] == 2
    assert "không tồn tại" in capsys.readouterr().err
    # A commune's own database: refused, in Vietnamese, nothing written.
    commune = str(tmp_path / "xa.db")
    assert kehoach("demo", "--db", commune)[0] == 0
    capsys.readouterr()
    assert kehoach("report", "--db", commune, "--province", "--period", "2026-09", "--out", str(out.with_name("x.docx")))[0] == 2
    assert "không phải máy tổng hợp của tỉnh" in capsys.readouterr().err and not out.with_name("x.docx").exists()


def test_a_file_that_cannot_be_written_leaves_nothing(db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db, COMMUNES[:2])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "tinh.xlsx"
    target.write_bytes(b"the old file")

    def broken(self, handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken)
    with pytest.raises(UserError, match="Không ghi được tệp"):
        svc.export_province_report(db, SEPT, target, "xlsx", ISSUED)
    assert target.read_bytes() == b"the old file" and sorted(p.name for p in folder.iterdir()) == ["tinh.xlsx"]


def test_an_empty_province_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.store.commune_edit import make_province

    with db.write() as session:
        make_province(session, db.installation_id, "test", "Tỉnh Mẫu")
    with pytest.raises(UserError, match="chưa có xã nào"):
        svc.province_report(db, SEPT, ISSUED)


# --- a commune's profile over a year -----------------------------------------------------------

def test_the_profile_is_the_communes_months(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db, COMMUNES[:2])
    code = COMMUNES[1][0]
    profile = svc.commune_profile(db, code, 2026)
    assert profile.commune.code == code and len(profile.rows) >= 30 and 1 <= profile.as_of <= 12
    for month in (3, profile.as_of):
        comparison = svc.load_comparison(db, "2", Period(2026, month))
        theirs = next(r.row for r in comparison.rows if r.commune.code == code)
        mine = next(r for r in profile.rows if r.code == "2").at(month)
        assert mine is not None and theirs is not None
        assert (mine.value, mine.actual, mine.percent_of_target, mine.status) == (
            theirs.period_value, theirs.actual, theirs.percent_of_target, theirs.evaluation.status)
    with pytest.raises(UserError, match="Không có xã mã"):
        svc.commune_profile(db, "00000", 2026)
    with pytest.raises(UserError, match="2000-2100"):
        svc.commune_profile(db, code, 1900)


def test_cli_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "p.db")
    assert kehoach("province", "--db", db, "--name", "Tỉnh Mẫu")[0] == 0
    assert kehoach("demo", "--db", db, "--commune-code", "26734", "--commune-name", "Xã Tân Lập")[0] == 0
    code, text = kehoach("province", "profile", "--db", db, "--commune", "26734", "--year", "2026", "--json")
    data = json.loads(text)
    assert code == 0 and data["commune"]["name"] == "Xã Tân Lập" and data["year"] == 2026
    months = data["indicators"][1]["months"]
    assert [m["month"] for m in months] == list(range(1, 13))
    flows = [Decimal(m["value"]) for m in months if m["value"] is not None]
    latest = months[data["as_of_month"] - 1]
    assert Decimal(latest["year_to_date"]) == sum(flows)  # indicator 2 is a flow: its months add up
    code, text = kehoach("province", "profile", "--db", db, "--commune", "26734", "--year", "2026")
    assert code == 0 and "Xã Tân Lập" in text and "T12" in text and "Lũy kế" in text
    capsys.readouterr()
    assert kehoach("province", "profile", "--db", db, "--commune", "99999", "--year", "2026")[0] == 2
    assert "Không có xã mã" in capsys.readouterr().err


def test_a_rate_is_recomputed_from_the_communes_denominators_in_the_report(db) -> None:  # type: ignore[no-untyped-def]
    """The report's province total of a rate is the comparison's: Σ numerator / Σ denominator."""
    make_province_db(db, denominators=True)
    report = svc.province_report(db, SEPT, ISSUED)
    rate = next(i for i in report.indicators if i.code == "11")
    comparison = svc.load_comparison(db, "11", SEPT, SortKey.CODE)
    assert rate.total.summable and rate.total == comparison.total
    assert "mẫu số" in rate.total.method
