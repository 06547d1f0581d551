"""The benchmark runner (tests/bench/run.py): goals a program can check, errors that do not stop it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "bench"
sys.path.insert(0, str(BENCH))

import run  # noqa: E402
import timing  # noqa: E402


@pytest.mark.parametrize(("goal", "unit", "limits"), [
    ("ratio <= 1.3", "s", {"max_ratio": 1.3}),
    ("< 150 MB", "MB", {"max_value": 150.0}),
    ("ratio <= 1.5 and value < 150 ms", "ms", {"max_ratio": 1.5, "max_value": 150.0}),
    ("ratio >= 0.6 (raw_time / import_time)", "rows/s", {"min_ratio": 0.6}),
    ("first chart < 2 s", "s", {"max_value": 2.0}),
    ("< 1 s", "ms", {"max_value": 1000.0}),
    ("parse < 2000 ms for 1 MB", "ms", {"max_value": 2000.0}),
    ("first chart < 1 s frozen; ratio reported", "s", {"max_value": 1.0}),
    ("ratio reported (floor: json.loads of the same payload)", "s", {}),
    ("< 5 MB", "s", {}),  # a unit that cannot be converted: no number rather than a wrong one
])
def test_goal_text_gives_its_numbers(goal: str, unit: str, limits: dict[str, float]) -> None:
    assert timing.goal_limits(goal, unit) == limits


def test_goal_met_is_true_false_or_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(timing.QUICK_ENV, raising=False)
    assert timing.result(0.12, "s", 0.1, "ratio <= 1.3")["goal_met"] is True
    assert timing.result(0.14, "s", 0.1, "ratio <= 1.3")["goal_met"] is False
    assert timing.result(120, "ms", 100, "ratio <= 1.5 and value < 150 ms")["goal_met"] is True
    assert timing.result(160, "ms", 120, "ratio <= 1.5 and value < 150 ms")["goal_met"] is False
    assert timing.result(3.0, "s", 1.0, "ratio reported")["goal_met"] is None
    assert timing.result(3.0, "s", None, "ratio <= 2")["goal_met"] is None  # no floor, no ratio
    given = timing.result(3.0, "s", 1.0, "the text a person reads", max_value=2.5)
    assert given["max_value"] == 2.5 and given["goal_met"] is False
    assert "quick" not in given


def test_quick_switch_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(timing.QUICK_ENV, "1")
    assert timing.repeats(30, 5) == 5 and timing.result(1, "s", 1, "ratio <= 2")["quick"] is True
    monkeypatch.setenv(timing.QUICK_ENV, "0")
    assert timing.repeats(30, 5) == 30


def test_a_failing_benchmark_is_an_error_line_and_the_run_goes_on(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "broken_bench.py").write_text("def boom(folder):\n    raise RuntimeError('disk gone')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(run.BENCHMARKS, "boom", ("broken_bench", "boom"))
    line = run.measure("boom", tmp_path)
    assert line["name"] == "boom" and line["error"].startswith("RuntimeError: disk gone")
    # In its own process, a name the child does not know is an error too, not a crash of the run.
    child = run.run_one("no_such_benchmark", tmp_path, quick=True)
    assert child["error"] and child["goal_met"] is None and child["seconds"] >= 0


def test_the_table_says_what_was_met_and_what_was_not() -> None:
    lines = [
        {"name": "startup", **timing.result(0.2, "s", 0.1, "ratio <= 1.3"), "seconds": 3.0},
        {"name": "peak_memory", **timing.result(120, "MB", 56, "< 150 MB"), "seconds": 2.0},
        {"name": "bundle_roundtrip", **timing.result(0.6, "s", 0.02, "ratio reported"), "seconds": 1.0},
        {"name": "first_chart", "error": "CalledProcessError: ...", "goal_met": None, "seconds": 0.5},
    ]
    text = run.table(lines)
    rows = {row.split()[0]: row for row in text.splitlines()[2:-1]}
    assert rows["startup"].split()[-2] == "NO" and rows["peak_memory"].split()[-2] == "yes"
    assert rows["bundle_roundtrip"].split()[-2] == "-" and rows["first_chart"].split()[-2] == "error"
    assert text.splitlines()[-1] == "1 of 4 goals met; missed: startup; errors: first_chart"
