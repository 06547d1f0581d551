"""The ``kehoach`` command as an officer or a script uses it, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cli_support import run


@pytest.fixture
def demo(db_url: str) -> str:
    code, _ = run("demo", "--db", db_url)
    assert code == 0
    return db_url


def snapshot(db_url: str) -> str:
    """Everything the CLI can show of the database, to prove a refusal changed nothing."""
    parts = [run("indicator", "list", "--db", db_url, "--json")[1]]
    parts.append(run("status", "--db", db_url, "--period", "2026-10", "--json")[1])
    return "".join(parts)


def test_init_then_refuse_a_second_init(db_url: str, capsys) -> None:
    code, out = run("init", "--db", db_url, "--commune-code", "06253", "--commune-name", "Xã Na Dương", "--province", "Lạng Sơn")
    assert code == 0 and "Xã Na Dương" in out
    code, _ = run("init", "--db", db_url, "--commune-code", "06253", "--commune-name", "Xã Na Dương")
    assert code == 2
    assert "06253 đã có" in capsys.readouterr().err


def test_status_without_a_plan_says_what_to_do(db_url: str, capsys) -> None:
    run("init", "--db", db_url, "--commune-code", "06253", "--commune-name", "Xã Na Dương")
    code, _ = run("status", "--db", db_url, "--period", "2026-09")
    assert code == 2 and "kehoach demo" in capsys.readouterr().err


def test_demo_status_json_reads_like_domain_md(demo: str) -> None:
    code, out = run("status", "--db", demo, "--period", "2026-09", "--json")
    assert code == 0
    rows = json.loads(out)
    assert 20 <= len(rows) <= 35
    labels = {r["status_label"] for r in rows}
    assert {"Đúng tiến độ", "Chậm tiến độ", "Có nguy cơ không đạt", "Chưa có số liệu"} <= labels
    assert "Chưa xác định được chỉ tiêu" not in labels
    for row in rows:
        assert set(row) >= {"code", "name", "unit", "year_to_date", "year_target", "percent_of_target", "status", "forecast"}
        if row["year_to_date"] is not None:
            assert "," not in row["year_to_date"] and "E" not in row["year_to_date"]  # plain decimals


def test_status_table_is_vietnamese(demo: str) -> None:
    code, out = run("status", "--db", demo, "--period", "2026-09")
    assert code == 0
    assert "Đánh giá thực hiện kế hoạch: Tháng 09/2026" in out
    assert "Lũy kế" in out and "Đánh giá" in out and "TH tháng" in out


@pytest.mark.parametrize(
    ("period", "title", "this"),
    [("2026-Q3", "Quý III/2026", "TH kỳ"), ("2026-H1", "6 tháng đầu năm 2026", "TH kỳ"),
     ("2026-M9", "9 tháng năm 2026", "TH kỳ"), ("2026", "Năm 2026", "TH kỳ"), ("Q1/2026", "Quý I/2026", "TH kỳ")],
)
def test_status_takes_any_period(demo: str, period: str, title: str, this: str) -> None:
    code, out = run("status", "--db", demo, "--period", period)
    assert code == 0, out
    assert f"Đánh giá thực hiện kế hoạch: {title}" in out and this in out
    code, out = run("status", "--db", demo, "--period", period, "--json")
    rows = json.loads(out)
    assert {r["period_label"] for r in rows} == {title}


def test_year_with_figures_through_october_says_so(demo: str) -> None:
    code, out = run("status", "--db", demo, "--period", "2026")
    assert code == 0
    assert "Số liệu mới có đến hết tháng 10/2026." in out
    assert "Chưa đạt" not in out  # no final word before the year's figures are complete
    rows = {r["code"]: r for r in json.loads(run("status", "--db", demo, "--period", "2026", "--json")[1])}
    assert rows["2"]["year_complete"] is False and rows["2"]["estimated"] is True
    assert rows["2"]["year_to_date_months"] == list(range(1, 11))


def test_value_commands_refuse_a_quarter(demo: str) -> None:
    for args in (("value", "get"), ("value", "history")):
        code, _ = run(*args, "--db", demo, "--indicator", "4", "--period", "2026-Q3")
        assert code == 2


def test_indicator_list(demo: str) -> None:
    code, out = run("indicator", "list", "--db", demo, "--json")
    data = json.loads(out)
    assert code == 0 and data[0]["targets"] and data[0]["code"]
    code, out = run("indicator", "list", "--db", demo)
    assert code == 0 and "Mục tiêu" in out


def test_value_set_get_history(demo: str) -> None:
    code, listing = run("indicator", "list", "--db", demo, "--json")
    flow = next(i for i in json.loads(listing) if i["aggregation"] == "flow" and i["unit"] not in ("%", ""))
    c = flow["code"]
    code, out = run("value", "set", "--db", demo, "--indicator", c, "--period", "2026-11", "--value", "1.234,5", "--note", "Ước tính", "--user", "an", "--force")
    assert code == 0 and "1.234,5" in out and "ước thực hiện" in out
    code, out = run("value", "set", "--db", demo, "--indicator", c, "--period", "2026-11", "--value", "1240", "--official", "--user", "binh", "--force")
    assert code == 0 and "chính thức" in out
    code, out = run("value", "get", "--db", demo, "--indicator", c, "--period", "2026-11", "--json")
    got = json.loads(out)
    assert (got["value"], got["kind"], got["note"], got["updated_by"]) == ("1240", "official", "Ước tính", "binh")
    code, out = run("value", "history", "--db", demo, "--indicator", c, "--period", "2026-11", "--json")
    history = json.loads(out)
    assert [(h["old_value"], h["new_value"], h["actor"]) for h in history] == [(None, "1234.5", "an"), ("1234.5", "1240", "binh")]
    code, out = run("value", "history", "--db", demo, "--indicator", c, "--period", "2026-11")
    assert code == 0 and "binh" in out and "1.234,5" in out
    code, out = run("value", "set", "--db", demo, "--indicator", c, "--period", "2026-11", "--value", "1240", "--official")
    assert code == 0 and "Không có thay đổi" in out


BAD_INPUT = [
    # argv tail, a fragment of the message, the field it names
    (["--indicator", "99", "--period", "2026-09", "--value", "5"], 'mã "99"', "--indicator"),
    (["--indicator", "{pct}", "--period", "2026-13", "--value", "5"], "Tháng 13", "--period"),
    (["--indicator", "{pct}", "--period", "tháng chín", "--value", "5"], "2026-09", "--period"),
    (["--indicator", "{pct}", "--period", "2026-09", "--value", "nhiều"], "Không đọc được số", "--value"),
    (["--indicator", "{pct}", "--period", "2026-09", "--value", "150"], "lớn hơn 100%", "--value"),
    (["--indicator", "{count}", "--period", "2026-09", "--value", "-3"], "âm", "--value"),
    (["--indicator", "{pct}", "--period", "2026-09", "--value", "19,655"], "không rõ nghĩa", "--value"),
    (["--indicator", "{pct}", "--period", "2040-01", "--value", "5"], "ngoài kế hoạch", "--value"),
]


@pytest.mark.parametrize("tail,fragment,field", BAD_INPUT, ids=[b[1] for b in BAD_INPUT])
def test_bad_input_is_refused_clearly_and_changes_nothing(demo: str, capsys, tail, fragment, field) -> None:
    listing = json.loads(run("indicator", "list", "--db", demo, "--json")[1])
    pct = next(i["code"] for i in listing if i["unit"] == "%" and not i["parent"])
    count = next(i["code"] for i in listing if i["unit"] in ("con", "doanh nghiệp", "người", "hộ", "thôn"))
    before = snapshot(demo)
    capsys.readouterr()
    argv = [a.format(pct=pct, count=count) for a in tail]
    code, _ = run("value", "set", "--db", demo, *argv)
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err and field in err
    assert "Traceback" not in err
    assert snapshot(demo) == before


def test_a_questioned_value_passes_with_force(demo: str) -> None:
    listing = json.loads(run("indicator", "list", "--db", demo, "--json")[1])
    pct = next(i["code"] for i in listing if i["unit"] == "%" and not i["parent"])
    code, _ = run("value", "set", "--db", demo, "--indicator", pct, "--period", "2026-11", "--value", "101", "--force")
    assert code == 0


def test_missing_arguments_are_reported_in_vietnamese(capsys) -> None:
    code, _ = run("value", "set", "--period", "2026-09")
    err = capsys.readouterr().err
    assert code == 2 and "thiếu tham số bắt buộc" in err and "Cách dùng" in err


def test_demo_refuses_a_database_that_has_data(demo: str, capsys) -> None:
    before = snapshot(demo)
    code, _ = run("demo", "--db", demo)
    assert code == 2 and snapshot(demo) == before


def test_a_directory_is_not_a_database(tmp_path, capsys) -> None:
    code, _ = run("status", "--db", str(tmp_path), "--period", "2026-09")
    assert code == 2 and "thư mục" in capsys.readouterr().err


def test_the_installed_command_runs(tmp_path) -> None:
    db = str(tmp_path / "p.db")
    result = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop.cli", "init", "--db", db, "--commune-code", "1", "--commune-name", "Xã A"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Xã A" in result.stdout
