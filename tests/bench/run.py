"""Run the benchmarks: ``python tests/bench/run.py [--quick] [--full] [NAME ...]``.

Each benchmark measures a figure and, in the same run, its floor (the bare work it cannot beat),
and prints one JSON line: name, value, unit, floor, ratio, goal, the goal's numbers (max_ratio,
min_ratio, max_value, min_value: see timing.py), goal_met (true, false, or null when the goal
states no number) and seconds (how long it took). A benchmark that fails prints its error
instead and the others still run. At the end a table lists every result and whether its goal
was met. ``--quick`` runs each with fewer repeats and smaller data (a few seconds each; CI uses
it): its figures are noisier, and its results say ``"quick": true``. The exit code is 0 whatever
the figures (2 for an unknown name): benchmarks never fail a build. Run apart from the tests.

Each benchmark runs in a process of its own: one that crashes (or hangs past its time limit) is
an error in the table, not the end of the run, and none inherits another's memory, imports or
Qt application (a memory figure is this benchmark's alone).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import QUICK_ENV, goal_met  # noqa: E402

Benchmark = Callable[[Path], dict]

#: name -> (module, function), imported when run, so one benchmark's broken import is its own error.
BENCHMARKS: dict[str, tuple[str, str]] = {
    "save_month": ("bench_store", "save_month"),
    "status_month": ("bench_store", "status_month"),
    "month_grid_read": ("bench_store", "month_grid_read"),
    "plan_parse": ("bench_plan", "plan_parse"),
    "startup": ("bench_gui", "startup"),
    "peak_memory": ("bench_gui", "peak_memory"),
    "entry_grid_load": ("bench_gui", "entry_grid_load"),
    "dashboard_redraw": ("bench_charts", "dashboard_redraw"),
    "chart_memory": ("bench_charts", "chart_memory"),
    "dashboard_memory": ("bench_gui_charts", "dashboard_memory"),
    "first_chart": ("bench_gui_charts", "first_chart"),
    "bundle_roundtrip": ("sync_bench", "bundle_roundtrip"),
    "bundle_import_100": ("sync_bench", "bundle_import_100"),
    "bundle_largest": ("sync_scale_bench", "bundle_largest"),
    "bundle_10k_incremental": ("sync_scale_bench", "bundle_10k_incremental"),
    "report_annual": ("bench_report", "report_annual"),
    "province_matrix": ("bench_province", "province_matrix"),
    "province_compare": ("bench_province", "province_compare"),
    "province_report": ("bench_province", "province_report"),
    "national_import": ("national_bench", "national_import"),
}


#: The longest one benchmark may take before it is stopped and reported as an error.
TIME_LIMIT_S = {False: 1800, True: 300}


def measure(name: str, folder: Path) -> dict:
    """Run one benchmark here (in the child process); an exception becomes its ``error``."""
    try:
        module, function = BENCHMARKS[name]
        bench: Benchmark = getattr(__import__(module), function)
        return {"name": name, **bench(folder)}
    except Exception as exc:  # a benchmark's failure is reported, never raised
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
        traceback.print_exc()
        return {"name": name, "error": f"{type(exc).__name__}: {exc}"[:300] + where}


def run_one(name: str, folder: Path, quick: bool) -> dict:
    """One benchmark's result line, from a process of its own; never raises."""
    start = time.perf_counter()
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, str(folder)]
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=TIME_LIMIT_S[quick])
        found = [text for text in done.stdout.splitlines() if text.startswith("{")]
        line = json.loads(found[-1]) if found else {
            "name": name, "error": f"the benchmark's process ended ({done.returncode}) without a result"}
    except subprocess.TimeoutExpired:
        line = {"name": name, "error": f"stopped after {TIME_LIMIT_S[quick]} s"}
    except (OSError, ValueError) as exc:
        line = {"name": name, "error": f"{type(exc).__name__}: {exc}"}
    line["goal_met"] = None if "error" in line else line.get("goal_met", goal_met(line))
    line["seconds"] = round(time.perf_counter() - start, 1)
    return line


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def table(lines: list[dict]) -> str:
    """The final table: benchmark, value, floor, ratio, goal, met (yes / NO / - / error), seconds."""
    rows = [("benchmark", "value", "floor", "ratio", "goal", "met", "s")]
    for line in lines:
        if "error" in line:
            met = "error"
        else:
            met = {True: "yes", False: "NO", None: "-"}[line.get("goal_met")]
        unit = line.get("unit", "")
        value = f"{_cell(line.get('value'))} {unit}".strip() if "value" in line else "-"
        floor = f"{_cell(line.get('floor'))} {unit}".strip() if line.get("floor") is not None else "-"
        goal = line.get("goal") or line.get("error", "")
        rows.append((line["name"], value, floor, _cell(line.get("ratio")), str(goal)[:70], met, _cell(line.get("seconds"))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    text = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    text.insert(1, "  ".join("-" * w for w in widths))
    met = sum(1 for line in lines if line.get("goal_met") is True)
    missed = [line["name"] for line in lines if line.get("goal_met") is False]
    errors = [line["name"] for line in lines if "error" in line]
    summary = f"{met} of {len(lines)} goals met"
    if missed:
        summary += f"; missed: {', '.join(missed)}"
    if errors:
        summary += f"; errors: {', '.join(errors)}"
    return "\n".join([*text, summary])


def main(argv: list[str]) -> int:
    if "--full" in argv:  # full-size runs where a benchmark has one (national_import: the whole country)
        argv = [a for a in argv if a != "--full"]
        os.environ["KEHOACH_BENCH_FULL"] = "1"
    if argv[:1] == ["--child"]:
        print(json.dumps(measure(argv[1], Path(argv[2])), ensure_ascii=False), flush=True)
        return 0
    quick = "--quick" in argv
    names = [a for a in argv if a != "--quick"] or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    if quick:
        os.environ[QUICK_ENV] = "1"  # read by timing.repeats, here and in the benchmarks' subprocesses
    started = time.perf_counter()
    lines = []
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        os.environ["KEHOACH_DATA_DIR"] = tmp
        for name in names:
            folder = Path(tmp) / name
            folder.mkdir()
            line = run_one(name, folder, quick)
            lines.append(line)
            print(json.dumps(line, ensure_ascii=False), flush=True)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    mode = "quick" if quick else "full"
    print(f"\nBenchmarks ({mode} run, {time.perf_counter() - started:.0f} s, load average {load}):", flush=True)
    print(table(lines), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
