"""A year's targets typed by an officer: set, clear, list, the Excel sheet, and what is refused
(SQLite and PostgreSQL), each refusal leaving the database as it was."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from cli_support import run
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import RuleKind, TargetSource
from kehoach_desktop.planimport.year_targets_xlsx import MAX_ROWS, read_year_targets_xlsx
from kehoach_desktop.store.schema import AuditRow, PlanRow, TargetRow
from kehoach_desktop.store.year_targets import (
    clear_year_target, list_year_targets, set_year_target, set_year_targets,
)

from store_support import snapshot


def set_(db, plan_id, code, year, text, actor="can_bo"):  # type: ignore[no-untyped-def]
    with db.write() as s:
        return set_year_target(s, db.installation_id, plan_id, code, year, text, actor)


def year_rule(db, plan_id, code, year=2026):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return next(ln.rule for ln in list_year_targets(s, plan_id, year) if ln.code == code)


@pytest.mark.parametrize(("code", "text", "kind", "value", "low", "high"), [
    ("1", "≥ 7.000 tấn", RuleKind.AT_LEAST, D(7000), None, None),
    ("1", "7.200", RuleKind.EQUAL, D(7200), None, None),
    ("2", "35 - 40%", RuleKind.RANGE, None, D(35), D(40)),
    ("2", "dưới 3%", RuleKind.AT_MOST, D(3), None, None),
    ("2", "giảm 1,5%", RuleKind.REDUCTION, D("1.5"), None, None),
    ("3", "12 nghìn con", RuleKind.EQUAL, D(12000), None, None),
    ("3", "Đạt", RuleKind.QUALITATIVE, None, None, None),
])
def test_typed_targets_are_read_like_a_plan_clause(plan_db, code, text, kind, value, low, high) -> None:
    db, plan_id = plan_db
    with db.read() as s:
        rev = s.get(PlanRow, plan_id).rev_at
    assert set_(db, plan_id, code, 2026, f"  {text} ") == (None, text)
    rule = year_rule(db, plan_id, code)
    assert (rule.kind, rule.value, rule.low, rule.high, rule.year, rule.text) == (kind, value, low, high, 2026, text)
    assert (rule.source, rule.source_ref) == (TargetSource.TYPED, "can_bo")
    if text == "giảm 1,5%":
        assert rule.points  # read after the indicator's name: a rate falls by points
    with db.read() as s:
        plan = s.get(PlanRow, plan_id)
        assert plan.rev_at > rev and plan.rev_installation == db.installation_id
        event = s.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
        assert event.action == "target.set" and event.actor == "can_bo" and text in event.details


def test_same_text_again_changes_nothing_and_a_new_one_replaces(plan_db) -> None:
    db, plan_id = plan_db
    set_(db, plan_id, "1", 2027, "≥ 7.000 tấn")
    before = snapshot(db)
    assert set_(db, plan_id, "1", 2027, "≥ 7.000 tấn") is None
    assert snapshot(db) == before
    assert set_(db, plan_id, "1", 2027, "≥ 7.100 tấn", "truong_phong") == ("≥ 7.000 tấn", "≥ 7.100 tấn")
    with db.read() as s:
        rows = s.scalars(select(TargetRow).where(TargetRow.year == 2027)).all()
        assert [(r.value, r.source_ref) for r in rows] == [(D(7100), "truong_phong")]
    assert year_rule(db, plan_id, "1", 2028) is None


@pytest.mark.parametrize(("code", "year", "text", "message"), [
    ("1", 2031, "7.000", "nằm ngoài kế hoạch 2026-2030"),
    ("1", 2025, "7.000", "nằm ngoài kế hoạch"),
    ("9", 2026, "7.000", 'Không có chỉ tiêu mã "9"'),
    ("1", 2026, "", "chưa ghi mục tiêu"),
    ("1", 2026, "khá tốt", "không đọc được"),
    ("1", 2026, "19,655 tấn", "không rõ nghĩa"),
    ("1", 2026, "7.000 tấn; 8.000 tấn", "nhiều con số"),
    ("1", 2026, "≥ 7.000 ha", "đơn vị «ha» khác đơn vị của chỉ tiêu «tấn»"),
    ("1", 2026, "1" + "0" * 35 + " tấn", "quá lớn"),
    ("2", 2026, "x" * 400, "quá 300 ký tự"),
])
def test_refused_targets_leave_the_database_unchanged(plan_db, code, year, text, message) -> None:
    db, plan_id = plan_db
    set_(db, plan_id, "1", 2026, "≥ 7.000 tấn")
    before = snapshot(db)
    with pytest.raises(UserError, match=message):
        set_(db, plan_id, code, year, text)
    assert snapshot(db) == before


def test_several_targets_are_all_or_nothing(plan_db) -> None:
    db, plan_id = plan_db
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        with db.write() as s:
            set_year_targets(s, db.installation_id, plan_id, 2026, {"1": "7.000", "2": "abc", "3": "x/"}, "can_bo")
    assert "Có 2 mục tiêu không nhận được" in str(refused.value)
    assert snapshot(db) == before


def test_clear_keeps_the_plan_wide_rule(plan_db) -> None:
    db, plan_id = plan_db
    set_(db, plan_id, "3.1", 2026, "1.200 con")
    with db.write() as s:
        removed = clear_year_target(s, db.installation_id, plan_id, "3.1", 2026, "can_bo")
        assert clear_year_target(s, db.installation_id, plan_id, "3.1", 2026, "can_bo") is None
    assert removed.text == "1.200 con" and removed.source is TargetSource.TYPED
    with db.read() as s:
        lines = {ln.code: ln for ln in list_year_targets(s, plan_id, 2026)}
        assert s.scalars(select(AuditRow.action).order_by(AuditRow.id.desc())).first() == "target.clear"
    assert [*lines] == ["1", "2", "3", "3.1"] and lines["3.1"].rule is None
    assert lines["3.1"].plan_rule.text == "duy trì 1.150 con" and lines["3.1"].unit == "con"
    before = snapshot(db)
    with pytest.raises(UserError, match="nằm ngoài kế hoạch"):
        with db.write() as s:
            clear_year_target(s, db.installation_id, plan_id, "3.1", 2035, "can_bo")
    assert snapshot(db) == before


# ------------------------------------------------------------------------------------ Excel


def _fill(path: Path, out: Path, values: dict[str, object]) -> None:
    wb = load_workbook(path)
    ws = wb["Mục tiêu năm 2026"]
    for row in ws.iter_rows(min_row=4):
        if row[0].value in values:
            row[4].value = values[row[0].value]
    wb.save(out)


def test_excel_round_trip_keeps_untouched_sources(plan_db, tmp_path: Path, capsys) -> None:
    db, plan_id = plan_db
    url = str(db.engine.url.render_as_string(hide_password=False))
    set_(db, plan_id, "2", 2026, "dưới 3%", "anh_tuan")
    sheet = tmp_path / "muc-tieu-2026.xlsx"
    code, out = run("target", "export-xlsx", "--db", url, "--year", "2026", "--out", str(sheet))
    assert code == 0, capsys.readouterr().err
    wb = load_workbook(sheet)
    rows = list(wb["Mục tiêu năm 2026"].iter_rows(min_row=3, values_only=True))
    assert rows[0] == ("STT / Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Mục tiêu 5 năm", "Mục tiêu năm 2026", "Nguồn hiện tại")
    assert rows[1][:5] == ("1", "Sản lượng lương thực có hạt", "tấn", "≥ 7.000 tấn", None)
    assert rows[2][4:] == ("dưới 3%", "nhập tay (anh_tuan)")
    assert wb["Thông tin"].sheet_state == "hidden"
    filled = tmp_path / "filled.xlsx"
    _fill(sheet, filled, {"1": "≥ 7.100 tấn", "3": 52500, "3.1": "  1.160   con "})
    code, out = run("target", "import-xlsx", str(filled), "--db", url, "--year", "2026", "--user", "chi_lan")
    assert code == 0, capsys.readouterr().err
    assert "3 thay đổi" in out
    lines = {ln.code: ln.rule for ln in _lines(db, plan_id)}
    assert (lines["1"].kind, lines["1"].value, lines["1"].source_ref) == (RuleKind.AT_LEAST, D(7100), "chi_lan")
    assert (lines["3"].value, lines["3"].text, lines["3.1"].text) == (D(52500), "52500", "1.160 con")
    assert lines["2"].source_ref == "anh_tuan"  # shown in the sheet, left as it was: not retyped
    code, out = run("target", "list", "--db", url, "--year", "2026", "--json")
    assert json.loads(out)[1]["target"]["source"] == "typed"
    code, _ = run("target", "import-xlsx", str(filled), "--db", url, "--year", "2027")
    assert code == 2 and "không phải năm 2027" in capsys.readouterr().err


def _lines(db, plan_id):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list_year_targets(s, plan_id, 2026)


def _hostile_files(tmp_path: Path, sheet: Path) -> list[tuple[Path, str]]:
    files = []
    text = tmp_path / "van-ban.xlsx"
    text.write_text("không phải Excel", encoding="utf-8")
    files.append((text, "không phải tệp Excel"))
    plain = tmp_path / "bang-khac.xlsx"
    wb = Workbook()
    wb.active.append(["STT / Mã chỉ tiêu", "Mục tiêu năm 2026"])
    wb.active.append(["1", "7.000"])
    wb.save(plain)
    files.append((plain, "không phải bảng mục tiêu năm"))
    other_plan = tmp_path / "xa-khac.xlsx"
    wb = load_workbook(sheet)
    wb["Thông tin"]["B3"] = "00000000-0000-0000-0000-000000000000"
    wb.save(other_plan)
    files.append((other_plan, "kế hoạch khác"))
    long_sheet = tmp_path / "dai.xlsx"
    wb = load_workbook(sheet)
    ws = wb["Mục tiêu năm 2026"]
    for r in range(MAX_ROWS + 10):
        ws.append([f"x{r}", "", "", "", ""])
    wb.save(long_sheet)
    files.append((long_sheet, f"hơn {MAX_ROWS} dòng"))
    bomb = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<x/>")
        archive.writestr("xl/big.bin", b"\0" * (60 * 1024 * 1024))
    files.append((bomb, "nén bất thường"))
    big = tmp_path / "lon.xlsx"
    big.write_bytes(b"PK" + b"\0" * (6 * 1024 * 1024))
    files.append((big, "quá lớn"))
    bad_rows = tmp_path / "loi.xlsx"
    _fill(sheet, bad_rows, {"1": "x" * 400})
    wb = load_workbook(bad_rows)
    wb["Mục tiêu năm 2026"].append(["", "", "", "", "9.000"])
    wb.save(bad_rows)
    files.append((bad_rows, "2 lỗi"))
    return files


def test_foreign_damaged_or_hostile_sheets_are_refused(plan_db, tmp_path: Path, capsys) -> None:
    db, plan_id = plan_db
    url = str(db.engine.url.render_as_string(hide_password=False))
    sheet = tmp_path / "muc-tieu.xlsx"
    assert run("target", "export-xlsx", "--db", url, "--year", "2026", "--out", str(sheet))[0] == 0
    with db.read() as s:
        uid = s.get(PlanRow, plan_id).uid
    before = snapshot(db)
    for path, message in _hostile_files(tmp_path, sheet):
        with pytest.raises(UserError, match=message):
            read_year_targets_xlsx(path, 2026, uid)
        code, _ = run("target", "import-xlsx", str(path), "--db", url, "--year", "2026")
        assert code == 2 and message in capsys.readouterr().err, path.name
    plan_xlsx = tmp_path / "ke-hoach.xlsx"
    assert run("plan", "export-xlsx", "--db", url, "--out", str(plan_xlsx))[0] == 0
    code, _ = run("target", "import-xlsx", str(plan_xlsx), "--db", url, "--year", "2026")
    assert code == 2 and "thiếu sheet" in capsys.readouterr().err
    assert snapshot(db) == before


def test_cli_set_clear_list(plan_db, capsys) -> None:
    db, _ = plan_db
    url = str(db.engine.url.render_as_string(hide_password=False))
    code, out = run("target", "set", "--db", url, "--indicator", "1", "--year", "2026", "--value", "≥ 7.000 tấn", "--user", "an")
    assert code == 0 and "Đã lưu mục tiêu năm 2026 của chỉ tiêu 1: ≥ 7.000 tấn" in out
    code, out = run("target", "set", "--db", url, "--indicator", "1", "--year", "2026", "--value", "≥ 7.000 tấn", "--user", "an")
    assert code == 0 and "Không có thay đổi" in out
    code, out = run("target", "list", "--db", url, "--year", "2026")
    assert code == 0 and "≥ 7.000 tấn" in out and "nhập tay (an)" in out and "(chưa có)" in out
    before = snapshot(db)
    for argv, message in [
        (["--indicator", "1", "--year", "2031", "--value", "7.000"], "nằm ngoài kế hoạch"),
        (["--indicator", "1", "--year", "2026", "--value", "abc"], "không đọc được"),
        (["--indicator", "77", "--year", "2026", "--value", "5"], 'Không có chỉ tiêu mã "77"'),
    ]:
        code, _ = run("target", "set", "--db", url, *argv)
        assert code == 2 and message in capsys.readouterr().err
    assert snapshot(db) == before
    code, out = run("target", "clear", "--db", url, "--indicator", "1", "--year", "2026")
    assert code == 0 and "Đã xóa mục tiêu năm 2026 của chỉ tiêu 1" in out
    code, out = run("target", "clear", "--db", url, "--indicator", "1", "--year", "2026")
    assert code == 0 and "chưa có mục tiêu riêng" in out


def test_a_target_typed_on_the_province_computer_is_the_province_s(plan_db) -> None:
    """The province revises a commune's year target on its computer: the source says so."""
    from kehoach_desktop.domain.model import TargetSource
    from kehoach_desktop.store.schema import Installation

    db, plan_id = plan_db
    with db.write() as s:
        local = s.get(Installation, db.installation_id)
        local.scope, local.name = "province", "Sở Tài chính tỉnh Mẫu"
    set_(db, plan_id, "1", 2026, "≥ 7.200 tấn", actor="so_tai_chinh")
    rule = year_rule(db, plan_id, "1")
    assert (rule.source, rule.source_ref) == (TargetSource.PROVINCE, "Sở Tài chính tỉnh Mẫu")
