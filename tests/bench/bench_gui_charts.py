"""Benchmarks of the charts in the desktop app: the first overview chart (matplotlib import
included), and the memory the app holds with the overview (Tổng quan) open."""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

from bench_gui import _demo_db, _env, _maxrss_mb
from timing import repeats, result

RUNS = repeats(5, 1)

# After login on the demo database (entry page shown, matplotlib not imported yet): time from
# switching to the overview to its first chart rendered on screen.
FIRST_CHART = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
sys.path.insert(0, sys.argv[2])
from gui_support import make_window_plain
from kehoach_desktop.gui.startup import logged_in
from kehoach_desktop.gui.entry.page import EntryPage
from kehoach_desktop.gui.overview_page import OverviewPage
window, users = make_window_plain(sys.argv[1])
window.resize(1366, 768)
window._factories = [EntryPage, OverviewPage]
logged_in(window, users["admin"])
deadline = time.time() + 30
while time.time() < deadline and not (window.pages and window.ctx.worker.is_idle() and window.pages[0].model.rowCount() > 0):
    app.processEvents()
for _ in range(20):
    app.processEvents()
assert "matplotlib" not in sys.modules, "matplotlib was imported before the overview was shown"
page = window.pages[1]
start = time.perf_counter()
window.show_page(OverviewPage)
deadline = time.time() + 60
while time.time() < deadline and not (page.result is not None and page.chart.is_drawn()):
    app.processEvents()
    time.sleep(0.001)
elapsed = time.perf_counter() - start
assert page.chart.is_drawn(), "the overview chart was not drawn"
print("first_chart", f"{elapsed:.6f}", flush=True)
print("bars", len(page.bar_codes()), flush=True)
window.close(); window.ctx.worker.shutdown()
"""

# The floor: a window already on screen, then import matplotlib and its Qt canvas and draw one
# horizontal bar chart of as many bars into it.
BARE_CHART = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show()
for _ in range(20):
    app.processEvents()
bars = int(sys.argv[1])
start = time.perf_counter()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
fig = Figure()
ax = fig.add_subplot()
ax.barh(range(bars), [50 + i for i in range(bars)])
ax.set_yticks(range(bars), [f"{i}. chi tieu" for i in range(bars)])
canvas = FigureCanvasQTAgg(fig)
drawn = []
canvas.mpl_connect("draw_event", lambda e: drawn.append(1))
w.setCentralWidget(canvas)
canvas.draw_idle()
while not drawn:
    app.processEvents()
    time.sleep(0.001)
print("first_chart", f"{time.perf_counter() - start:.6f}", flush=True)
"""


def _marks(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if len(line.split()) == 2}


def first_chart(folder: Path) -> dict:
    """Showing the overview to its first chart on screen (fresh process, matplotlib import
    included) vs a bare process importing matplotlib and drawing one bar chart in a window."""
    db = _demo_db(folder)
    env = _env(folder)
    env.pop("MPLBACKEND", None)
    tests_dir = str(Path(__file__).resolve().parents[1])
    warm = _marks(FIRST_CHART, [str(db), tests_dir], env)  # disk cache, matplotlib's font cache
    bars = str(int(warm["bars"]))
    _marks(BARE_CHART, [bars], env)
    ours, bare = [], []
    for _ in range(RUNS):  # interleaved, so machine noise hits both alike
        ours.append(_marks(FIRST_CHART, [str(db), tests_dir], env)["first_chart"])
        bare.append(_marks(BARE_CHART, [bars], env)["first_chart"])
    med = statistics.median
    return result(med(ours), "s", med(bare), goal="value < 1 s (frozen too: frozen_bench)", bars=int(bars), runs=RUNS)


# The app logged in on the demo database, the entry grid loaded, then the overview shown and its
# charts drawn: the peak resident memory of the process (VmHWM), as an officer has it open.
DASHBOARD_OPEN = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
sys.path.insert(0, sys.argv[2])
from gui_support import make_window_plain
from kehoach_desktop.gui.startup import logged_in
from kehoach_desktop.gui.overview_page import OverviewPage
window, users = make_window_plain(sys.argv[1])
window.resize(1366, 768)
window.show()
logged_in(window, users["admin"])
deadline = time.time() + 60
while time.time() < deadline and not (window.pages and window.ctx.worker.is_idle() and window.pages[0].model.rowCount() > 0):
    app.processEvents()
    time.sleep(0.005)
page = window.show_page(OverviewPage)
while time.time() < deadline and not (page is not None and page.result is not None and page.chart.is_drawn()):
    app.processEvents()
    time.sleep(0.002)
for _ in range(20):
    app.processEvents()
assert page is not None and page.chart.is_drawn(), "the overview chart was not drawn"
print("bars", len(page.bar_codes()), flush=True)
print("maxrss_kb", next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
"""

# The floor: a bare window showing one matplotlib bar chart of as many bars in its Qt canvas.
BARE_CHART_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768)
bars = int(sys.argv[1])
fig = Figure()
ax = fig.add_subplot()
ax.barh(range(bars), [50 + i for i in range(bars)])
ax.set_yticks(range(bars), [f"{i}. chi tieu" for i in range(bars)])
canvas = FigureCanvasQTAgg(fig)
w.setCentralWidget(canvas); w.show()
canvas.draw()
for _ in range(20):
    app.processEvents()
print("maxrss_kb", next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), flush=True)
"""


def dashboard_memory(folder: Path) -> dict:
    """Peak resident memory of the app with the overview's charts on screen (after the entry
    grid), vs a bare window showing one matplotlib bar chart of as many bars."""
    db = _demo_db(folder)
    env = _env(folder)
    env.pop("MPLBACKEND", None)
    tests_dir = str(Path(__file__).resolve().parents[1])
    bars = str(int(_marks(DASHBOARD_OPEN, [str(db), tests_dir], env)["bars"]))  # warm: byte code, font cache
    ours = [_maxrss_mb(DASHBOARD_OPEN, [str(db), tests_dir], env) for _ in range(repeats(3, 1))]
    bare = [_maxrss_mb(BARE_CHART_WINDOW, [bars], env) for _ in range(repeats(3, 1))]
    med = statistics.median
    return result(med(ours), "MB", med(bare), goal="< 180 MB", bars=int(bars), runs=len(ours))
