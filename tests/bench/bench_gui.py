"""Benchmarks of the desktop app: start-up, loading the entry grid, memory with the grid open."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from timing import median_seconds, repeats, result

BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 760)
w.show()
QTimer.singleShot(0, lambda: (print(f"shown {time.time():.6f}", flush=True),
                              print(f"cpu_shown {time.process_time():.6f}", flush=True), app.quit()))
app.exec()
"""

# The app's own start check; "cpu_shown" (the process's CPU seconds when the window is shown) is
# printed alongside its "shown": CPU time barely moves when other programs load the machine.
APP_WINDOW = """
import sys, time
import kehoach_desktop.gui.app as app
check_start = app._check_start
def _check_start(window, db):
    print(f"cpu_shown {time.process_time():.6f}", flush=True)
    check_start(window, db)
app._check_start = _check_start
sys.exit(app.main(["kehoach-desktop", "--db", sys.argv[1], "--exit-when-shown"]))
"""

GRID_OPEN = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
sys.path.insert(0, sys.argv[2])
from gui_support import make_window_plain
window, users = make_window_plain(sys.argv[1])
from kehoach_desktop.gui.startup import logged_in
logged_in(window, users["admin"])
deadline = time.time() + 30
while time.time() < deadline and not (window.pages and window.ctx.worker.is_idle() and window.pages[0].model.rowCount() > 0):
    app.processEvents()
    time.sleep(0.005)
for _ in range(20):
    app.processEvents()
assert window.pages[0].model.rowCount() > 0, "the grid did not load"
print("maxrss_kb", next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
"""

BARE_TABLE = """
from PySide6.QtGui import QStandardItemModel, QStandardItem
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
w = QMainWindow(); w.resize(1280, 760)
m = QStandardItemModel(40, 11)
for r in range(40):
    for c in range(11):
        m.setItem(r, c, QStandardItem(f"{r}.{c}"))
v = QTableView(); v.setModel(m); w.setCentralWidget(v); w.show()
for _ in range(20):
    app.processEvents()
print("maxrss_kb", next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
"""


def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["KEHOACH_DATA_DIR"] = str(folder / "data")
    # Byte code cached as an installed (or frozen) program has it: with PYTHONDONTWRITEBYTECODE
    # (set on some machines) every start would compile the app's modules from source, a cost no
    # user pays and the bare floor (PySide6 only) never shows. One cache for the whole run,
    # filled by each benchmark's untimed warm-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder.parent / "pycache")
    return env


def _demo_db(folder: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from gui_support import add_users

    from kehoach_desktop.demo import install_demo
    from kehoach_desktop.store.database import open_database

    path = folder / "demo.db"
    if not path.exists():
        db = open_database(str(path))
        install_demo(db)
        add_users(db)
        db.close()
    return path


def _times(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each ``<mark> <time>`` line the process prints (``cpu_*``
    marks: the process's own CPU seconds, as printed)."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True).stdout
    marks = [line.split() for line in out.splitlines() if len(line.split()) == 2]
    return {name: float(value) - (0 if name.startswith("cpu_") else start) for name, value in marks}


def startup(folder: Path) -> dict:
    """Process start to main window shown, on the demo database, vs a bare QMainWindow process."""
    db = _demo_db(folder)
    env = _env(folder)
    _times(APP_WINDOW, [str(db)], env)  # warm the disk cache for both
    _times(BARE_WINDOW, [], env)
    shown, ready, bare, cpu, cpu_bare = [], [], [], [], []
    runs = repeats(7, 3)
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        marks = _times(APP_WINDOW, [str(db)], env)
        shown.append(marks["shown"])
        ready.append(marks["ready"])
        cpu.append(marks["cpu_shown"])
        marks = _times(BARE_WINDOW, [], env)
        bare.append(marks["shown"])
        cpu_bare.append(marks["cpu_shown"])
    med = statistics.median
    # "ready": the database opened and checked, the login about to appear. cpu_*: the CPU time
    # each process had used when its window was shown, a check of the ratio on a busy machine.
    return result(med(shown), "s", med(bare), goal="ratio <= 1.3", ready_s=round(med(ready), 3), runs=runs,
                  cpu_s=round(med(cpu), 3), cpu_floor_s=round(med(cpu_bare), 3),
                  cpu_ratio=round(med(cpu) / med(cpu_bare), 2))


def _maxrss_mb(code: str, args: list[str], env: dict[str, str]) -> float:
    # VmHWM (peak resident set of this program's own address space): getrusage's ru_maxrss
    # would carry over the parent's peak across fork and exec.
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True).stdout
    return int(next(line for line in out.splitlines() if line.startswith("maxrss_kb")).split()[1]) / 1024


def peak_memory(folder: Path) -> dict:
    """Peak resident memory with the entry grid open vs a bare Qt window with a 40-row table."""
    db = _demo_db(folder)
    env = _env(folder)
    tests_dir = str(Path(__file__).resolve().parents[1])
    _maxrss_mb(GRID_OPEN, [str(db), tests_dir], env)  # warm: byte code compiled once, as installed
    ours = _maxrss_mb(GRID_OPEN, [str(db), tests_dir], env)
    bare = _maxrss_mb(BARE_TABLE, [], env)
    return result(ours, "MB", bare, goal="< 150 MB")


def entry_grid_load(folder: Path) -> dict:
    """Loading a month into the entry grid (read, evaluate, model reset, paint) on the demo plan,
    through the database worker as the page does, vs the bare read of the plan's rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    db_path = _demo_db(folder)
    from gui_support import make_window_plain

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.startup import logged_in
    from kehoach_desktop.store.queries import load_plan_data

    window, users = make_window_plain(db_path)
    logged_in(window, users["admin"])
    while not (window.pages and window.ctx.worker.is_idle()):
        app.processEvents()
    page = window.pages[0]
    months = [Period(2026, m) for m in range(1, 13)]

    def load(i: int) -> None:
        period = months[i % 12]
        window.ctx.period = period
        page.reload()
        while not (page.model.grid is not None and page.model.grid.period == period and window.ctx.worker.is_idle()):
            app.processEvents()
        page.view.viewport().repaint()

    ours = median_seconds(load, repeat=repeats(24, 6))
    plan_id = window.ctx.plan_id

    def bare(i: int) -> None:
        with window.ctx.db.read() as s:
            load_plan_data(s, plan_id)

    floor = median_seconds(bare, repeat=repeats(24, 6))
    rows = page.model.rowCount()
    window.close()
    window.ctx.worker.shutdown()
    return result(ours * 1000, "ms", floor * 1000, goal="< 100 ms", rows=rows)
