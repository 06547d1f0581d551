"""Monthly figures out to Excel and back (issue 15, gap 1): the sheet, the import, the CLI round trip."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.planimport.figures_xlsx import MAX_BYTES, FigureLine, read_figures_xlsx, write_figures_xlsx
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.queries import current_plan, load_plan_data
from cli_support import run


def values_of(path: Path, year: int) -> dict[tuple[str, int], tuple[D, ValueKind, str | None]]:
    db = open_database(str(path))
    try:
        with db.read() as s:
            plan = current_plan(s)
            return {(d.indicator.code, v.month): (v.value, v.kind, v.note)
                    for d in load_plan_data(s, plan.id) for v in d.values if v.year == year and v.value is not None}
    finally:
        db.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert run("demo", "--db", str(path))[0] == 0
    return path


@pytest.fixture
def fresh_same_plan(tmp_path: Path, demo: Path) -> Path:
    """A new database holding the demo's plan (through its Excel template) and no figures."""
    template = tmp_path / "ke-hoach.xlsx"
    assert run("plan", "export-xlsx", "--db", str(demo), "--out", str(template))[0] == 0
    path = tmp_path / "fresh.db"
    code, _ = run("init", "--db", str(path), "--commune-code", "06253", "--commune-name", "Xã Mới")
    assert code == 0
    code, text = run("plan", "import-xlsx", str(template), "--db", str(path), "--json")
    assert code == 0, text
    plan_id = json.loads(text)["plan_id"]
    assert run("plan", "confirm", str(plan_id), "--all", "--db", str(path))[0] == 0
    code, text = run("plan", "adopt", str(plan_id), "--db", str(path))
    assert code == 0, text
    return path


def test_a_round_trip_of_the_demos_figures_gives_the_same_status(tmp_path: Path, demo: Path, fresh_same_plan: Path) -> None:
    # The 2025 baseline goes first (the "so với cùng kỳ" column reads it), then 2026.
    for year in (2025, 2026):
        sheet = tmp_path / f"so-lieu-{year}.xlsx"
        code, text = run("value", "export-xlsx", "--db", str(demo), "--year", str(year), "--out", str(sheet))
        assert code == 0, text
        code, text = run("value", "import-xlsx", str(sheet), "--db", str(fresh_same_plan), "--dry-run", "--json")
        assert code == 0, text
        preview = json.loads(text)
        assert preview["dry_run"] and preview["year"] == year and preview["changed"] == preview["rows"] > 100
        assert values_of(fresh_same_plan, year) == {}  # a dry run writes nothing
        code, text = run("value", "import-xlsx", str(sheet), "--db", str(fresh_same_plan), "--force")
        assert code == 0, text
        assert values_of(fresh_same_plan, year) == values_of(demo, year)  # figure, kind and note, exactly
    for period in ("2026-03", "2026-10", "2026-Q3", "2026-H1", "2026"):
        assert run("status", "--db", str(demo), "--period", period)[1] == \
            run("status", "--db", str(fresh_same_plan), "--period", period)[1], period
    # Importing the same sheet again changes nothing.
    code, text = run("value", "import-xlsx", str(sheet), "--db", str(fresh_same_plan), "--json")
    assert code == 0 and json.loads(text)["changed"] == 0


def test_the_sheet_keeps_exact_figures_kinds_and_notes(tmp_path: Path) -> None:
    lines = [FigureLine("4", 1, D("1234.5"), ValueKind.OFFICIAL, "Vụ đông", "Sản lượng", "tấn"),
             FigureLine("5.1", 2, D("12.345"), ValueKind.ESTIMATE, None, "Đàn lợn", "con"),
             FigureLine("1", 12, D("0.000001"), ValueKind.ESTIMATE, "=SUM(A1)", "Tốc độ", "%")]
    path = tmp_path / "a.xlsx"
    write_figures_xlsx(lines, path, 2026, "Kế hoạch 2026-2030", "Xã Thử")
    year, read = read_figures_xlsx(path)
    assert year == 2026
    assert [(r.code, r.month, r.value, r.kind, r.note) for r in read] == \
        [(x.code, x.month, x.value, x.kind, x.note) for x in lines]
    assert load_workbook(path).active["G6"].data_type == "s"  # a note starting with "=" stays text


def test_an_officers_own_sheet_in_the_same_layout_is_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Bảng số liệu của tôi"])
    ws.append(["Mã chỉ tiêu", "Tên chỉ tiêu", "Tháng", "Số liệu", "Loại số liệu", "Ghi chú"])
    ws.append(["4", "Sản lượng", "T3", "1.234,5", "chính thức", "  có   ghi chú "])
    ws.append(["23", "An ninh", 3, "Đạt", "", None])
    ws.append(["7", "HTX", 4, None, None, None])  # no figure: skipped
    ws.append(["8", "Khách", 12.0, 150, "ước", None])
    path = tmp_path / "cua-toi.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="năm"):
        read_figures_xlsx(path)
    year, lines = read_figures_xlsx(path, 2025)
    assert year == 2025
    assert [(x.code, x.month, x.value, x.kind, x.note) for x in lines] == [
        ("4", 3, D("1234.5"), ValueKind.OFFICIAL, "có ghi chú"), ("23", 3, D(1), ValueKind.ESTIMATE, None),
        ("8", 12, D(150), ValueKind.ESTIMATE, None)]


def test_bad_rows_are_all_listed_and_nothing_is_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã chỉ tiêu", "Tháng", "Số liệu", "Loại số liệu"])
    ws.append(["4", 13, "5", ""])
    ws.append(["5", 2, "19,655", ""])
    ws.append(["6", 2, "abc", ""])
    ws.append(["7", 2, "5", "tạm tính"])
    ws.append(["8", 2, "5", ""])
    ws.append(["8", 2, "6", ""])
    path = tmp_path / "sai.xlsx"
    wb.save(path)
    with pytest.raises(UserError) as err:
        read_figures_xlsx(path, 2026)
    text = str(err.value)
    assert "5 lỗi" in text
    for where in ("dòng 2", "dòng 3", "dòng 4", "dòng 5", "dòng 7"):
        assert where in text
    assert "19,655" in text and "không rõ nghĩa" in text


def test_foreign_damaged_oversized_and_other_year_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    write_figures_xlsx([], other, 2025)
    with pytest.raises(UserError, match="năm 2025, không phải năm 2026"):
        read_figures_xlsx(other, 2026)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError, match="bị hỏng"):
        read_figures_xlsx(broken, 2026)
    big = tmp_path / "big.xlsx"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(UserError, match="quá lớn"):
        read_figures_xlsx(big, 2026)
    with pytest.raises(UserError, match="Không tìm thấy"):
        read_figures_xlsx(tmp_path / "none.xlsx", 2026)


def test_an_unknown_code_or_a_locked_month_writes_nothing(tmp_path: Path, demo: Path) -> None:
    before = values_of(demo, 2026)
    sheet = tmp_path / "x.xlsx"
    write_figures_xlsx([FigureLine("4", 11, D(5)), FigureLine("99", 11, D(1))], sheet, 2026)
    code, _ = run("value", "import-xlsx", str(sheet), "--db", str(demo), "--force")
    assert code == 2 and values_of(demo, 2026) == before
    db = open_database(str(demo))
    from kehoach_desktop.domain.access import Role
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.store.months import approve_month
    from kehoach_desktop.store.users import create_user

    with db.write() as s:
        leader = create_user(s, db.installation_id, "test", "lanhdao", "Lãnh đạo", Role.LEADER, "mat-khau-dai")
        approve_month(s, db.installation_id, current_plan(s).id, Period(2026, 10), leader)
    db.close()
    write_figures_xlsx([FigureLine("4", 11, D(5)), FigureLine("4", 10, D(1))], sheet, 2026)
    code, _ = run("value", "import-xlsx", str(sheet), "--db", str(demo), "--force")
    assert code == 2 and values_of(demo, 2026) == before
