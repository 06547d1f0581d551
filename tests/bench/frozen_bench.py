"""Frozen start-up benchmark: ``python tests/bench/frozen_bench.py DIST/KeHoach [--runs N]``.

Starts the frozen ``KeHoach --exit-when-shown`` and the same from source (``python -m
kehoach_desktop --exit-when-shown``) N times each, interleaved, offscreen, each side in its own
scratch home (XDG folders) kept across its runs as a real user's would be: the first, untimed run
creates the empty database (and any cache); the timed runs find them. Prints one JSON line as
run.py does: the median time to the main window shown, frozen (value) against source (floor), the
median time to ready (database open) both ways, and the first chart frozen.

The first chart comes from ``KeHoach --self-test`` (its second run, so the matplotlib font cache
exists): its step "Biểu đồ đầu tiên trong khung Qt" runs before anything has imported matplotlib
and draws the overview in the app's chart view, so its time is a first chart's, import included.
A second JSON line, ``frozen_first_chart``, compares it with the same step from source.
Called by .ci/frozen.sh; it never fails CI:
any error is printed as an ``error`` field and the exit code is 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import result

NAME = "frozen_startup"
GOAL = "ratio reported (frozen start vs the same start from source)"
CHART_NAME = "frozen_first_chart"
CHART_GOAL = "value < 1 s (the frozen app's first chart, matplotlib import included)"
START_TIMEOUT = 120
SELF_TEST_TIMEOUT = 600
STEP_LINE = re.compile(r"^\[OK\]\s+(?P<name>.*?) \((?P<secs>\d+,\d+) giây\)")
CHART_STEP = "Vẽ biểu đồ, lưu PNG, SVG, PDF"  # kehoach_desktop.selftest.core.CHARTS
PDF_STEP = "Đọc kế hoạch từ tệp .pdf"  # its sample is written by matplotlib: the first import
QT_CHART_MARK = "khung Qt, lưu"  # the GUI self-test's chart step: every chart in the app's ChartView
FIRST_CHART_STEP = "Biểu đồ đầu tiên trong khung Qt"  # kehoach_desktop.gui.selftest.FIRST_CHART


def _home(root: Path) -> dict[str, str]:
    """An environment whose data, config and caches live under ``root`` (as .ci/frozen.sh does)."""
    env = dict(os.environ)
    for var in ("KEHOACH_DATA_DIR", "KEHOACH_DB", "MPLCONFIGDIR"):
        env.pop(var, None)
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(root / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _marks(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each ``shown``/``ready`` line the app prints."""
    start = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=START_TIMEOUT, check=False)
    marks = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("shown", "ready"):
            marks[parts[0]] = float(parts[1]) - start
    if done.returncode != 0 or "shown" not in marks or "ready" not in marks:
        raise RuntimeError(f"{cmd[0]} exit {done.returncode}, marks {sorted(marks)}: {done.stderr.strip()[-300:]}")
    return marks


def _chart_steps(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """The self-test's step times in seconds: ``first`` (the first chart, matplotlib imported in
    it), ``core`` (every chart saved by matplotlib), ``pdf`` (reading the .pdf sample) and ``qt``
    (every chart in the app's ChartView)."""
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=SELF_TEST_TIMEOUT, check=False)
    steps = {}
    for line in done.stdout.splitlines():
        match = STEP_LINE.match(line)
        if match is None:
            continue
        secs = float(match["secs"].replace(",", "."))
        if match["name"].startswith(FIRST_CHART_STEP):
            steps["first"] = secs
        elif match["name"] == CHART_STEP:
            steps["core"] = secs
        elif match["name"] == PDF_STEP:
            steps["pdf"] = secs
        elif QT_CHART_MARK in match["name"]:
            steps["qt"] = secs
    if done.returncode != 0 or "first" not in steps or "core" not in steps:
        raise RuntimeError(f"self-test exit {done.returncode}, chart steps {sorted(steps)}: {done.stdout.strip()[-300:]}")
    return steps


def measure(app_dir: Path, runs: int) -> tuple[dict[str, object], dict[str, object]]:
    """The two benchmarks' JSON fields (without their names): start-up, first chart."""
    frozen_gui = app_dir / ("KeHoach.exe" if os.name == "nt" else "KeHoach")
    if not frozen_gui.is_file():
        raise FileNotFoundError(f"no frozen app at {frozen_gui}")
    source_gui = [sys.executable, "-m", "kehoach_desktop"]
    with tempfile.TemporaryDirectory(prefix="kehoach-frozen-bench-") as tmp:
        frozen_env, source_env = _home(Path(tmp) / "frozen"), _home(Path(tmp) / "source")
        frozen_start = [str(frozen_gui), "--exit-when-shown"]
        source_start = [*source_gui, "--exit-when-shown"]
        _marks(frozen_start, frozen_env)  # first start: creates the database, warms the disk cache
        _marks(source_start, source_env)
        frozen, source = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            frozen.append(_marks(frozen_start, frozen_env))
            source.append(_marks(source_start, source_env))
        # Twice each: the first run writes the matplotlib font cache a user's first start writes.
        first_frozen = _chart_steps([str(frozen_gui), "--self-test"], frozen_env)
        charts_frozen = _chart_steps([str(frozen_gui), "--self-test"], frozen_env)
        _chart_steps([*source_gui, "--self-test"], source_env)
        charts_source = _chart_steps([*source_gui, "--self-test"], source_env)

    def med(marks: list[dict[str, float]], key: str) -> float:
        return statistics.median(m[key] for m in marks)

    ready_f, ready_s = med(frozen, "ready"), med(source, "ready")
    start = result(
        med(frozen, "shown"), "s", med(source, "shown"), goal=GOAL,
        floor_is="the same start from source (python -m kehoach_desktop --exit-when-shown)",
        ready_s=round(ready_f, 3), source_ready_s=round(ready_s, 3),
        ready_ratio=round(ready_f / ready_s, 2) if ready_s else None, runs=runs,
    )
    chart = result(
        charts_frozen["first"], "s", charts_source["first"], goal=CHART_GOAL,
        floor_is="the same self-test step from source (python -m kehoach_desktop --self-test)",
        method=("KeHoach --self-test, 2nd run (font cache kept): the step drawing the overview in the app's "
                "chart view before anything imported matplotlib"),
        first_run_s=first_frozen["first"], chart_step_s=charts_frozen["core"], pdf_step_s=charts_frozen.get("pdf"),
        qt_charts_s=charts_frozen.get("qt"), source_qt_charts_s=charts_source.get("qt"),
    )
    return start, chart


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_dir", type=Path, help="the onedir folder (dist/KeHoach)")
    parser.add_argument("--runs", type=int, default=5)
    try:
        options = parser.parse_args(argv)
        start, chart = measure(options.app_dir, max(1, options.runs))
        lines = [{"name": NAME, **start}, {"name": CHART_NAME, **chart}]
    except BaseException as exc:  # never fails CI: a bad argument or a failed run is reported, not raised
        if isinstance(exc, KeyboardInterrupt) or (isinstance(exc, SystemExit) and not exc.code):
            raise  # Ctrl+C, or --help
        lines = [{"name": NAME, "goal": GOAL, "error": f"{type(exc).__name__}: {exc}"}]
    for line in lines:
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
