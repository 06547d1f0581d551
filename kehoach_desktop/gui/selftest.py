"""``kehoach-desktop --self-test``: the core's checks plus the Qt ones, headless (offscreen).

The Qt checks: the Vietnamese translation loads and translates, the main window opens, and every
chart is drawn in the app's own Qt canvas (``ChartView``) and saved as PNG, SVG and PDF. The
report goes to stdout; a windowed Windows build has none, so there it goes to ``self-test.txt`` in
the user data folder (its path is the last line of the log). Exit code 0 or 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..selftest import CoreSelfTest, Step, header, run_steps, summary, temporary_data_dir
from ..selftest.core import FIGS, MAGIC, VI_SAMPLE, check_file
from ..selftest.runner import CheckFailed

TRANSLATION = "Nạp bản dịch tiếng Việt (Qt)"
WINDOW = "Mở cửa sổ chính (không màn hình)"
#: Read by tests/bench/frozen_bench.py: its time is the frozen app's first chart, import included.
FIRST_CHART = "Biểu đồ đầu tiên trong khung Qt (kể cả nạp matplotlib)"


class GuiSelfTest:
    """The Qt checks, drawing with the core checks' plan."""

    def __init__(self, core: CoreSelfTest) -> None:
        self.core = core

    def first_steps(self) -> list[Step]:
        """The checks run before matplotlib is imported (``CoreSelfTest.steps(first_charts=...)``)."""
        return [
            Step(TRANSLATION, self.translation),
            Step(WINDOW, self.window, (TRANSLATION,)),
            Step(FIRST_CHART, self.first_chart, (WINDOW, FIGS)),
        ]

    def steps(self) -> list[Step]:
        return [Step("Biểu đồ trong khung Qt, lưu PNG, SVG, PDF", self.qt_charts, (WINDOW, FIGS))]

    def translation(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from .translations import install_translators

        app = QCoreApplication.instance()
        assert app is not None
        if not install_translators(app, "vi"):
            raise CheckFailed("không nạp được kehoach_vi.qm")
        got = QCoreApplication.translate("ChartView", "Save image...")
        if got != VI_SAMPLE:
            raise CheckFailed(f"«Save image...» dịch thành «{got}», cần «{VI_SAMPLE}»")
        return f"«Save image...» → «{got}»"

    def window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from .context import AppContext
        from .main_window import MainWindow
        from .resources import apply_style
        from .settings import Settings

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_style(app)
        window = MainWindow(AppContext(Settings.load()))
        try:
            window.show()
            app.processEvents()
            title = window.windowTitle()
            if not window.isVisible() or title != "KếHoạch Desktop":
                raise CheckFailed(f"cửa sổ chính không hiện đúng (tiêu đề «{title}»)")
        finally:
            window.close()
            window.deleteLater()
        return f"nền tảng Qt «{app.platformName()}», tiêu đề «{title}»"

    def first_chart(self) -> str:
        """The overview drawn in the app's chart view, as an officer's first chart is: matplotlib
        imported here (when nothing imported it before), then drawn on screen."""
        fresh = "matplotlib" not in sys.modules
        from PySide6.QtWidgets import QApplication

        from .chart_view import ChartView

        build = self.core.chart_builders()["tong-quan"]
        view = ChartView()
        view.resize(900, 700)
        view.show()
        try:
            view.set_chart(build)
            QApplication.processEvents()
            if view.image().isNull():
                raise CheckFailed("biểu đồ tổng quan không hiện trong khung Qt")
        finally:
            view.close()
            view.deleteLater()
        return "biểu đồ tổng quan" + (", nạp matplotlib trong bước này" if fresh else " (matplotlib đã nạp trước)")

    def qt_charts(self) -> str:
        from PySide6.QtWidgets import QApplication

        from .chart_view import ChartView

        builders = self.core.chart_builders()
        view = ChartView()
        view.resize(900, 700)
        view.show()
        try:
            for name, build in builders.items():
                view.set_chart(build)
                QApplication.processEvents()
                if view.image().isNull():
                    raise CheckFailed(f"biểu đồ {name} không hiện trong khung Qt")
                for fmt, magic in MAGIC.items():
                    check_file(view.save_to(self.core.out / f"qt-{name}.{fmt}"), magic)
        finally:
            view.close()
            view.deleteLater()
        return f"{len(builders)} biểu đồ × {len(MAGIC)} định dạng"


def _report_stream() -> tuple[TextIO, Path | None]:
    """Where the report goes: stdout, or a file in the data folder when there is no console."""
    if sys.stdout is not None:
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:  # Windows consoles default to a legacy code page
            reconfigure(encoding="utf-8", errors="replace")
        return sys.stdout, None
    from ..paths import data_dir

    path = data_dir() / "self-test.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8"), path  # noqa: SIM115 (closed by run_gui_self_test)


def run_gui_self_test(argv: Sequence[str]) -> int:
    """Run every check (core, then Qt) offscreen in a temporary folder; return 0 or 1."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless, even on a desktop: before QApplication
    from PySide6.QtWidgets import QApplication

    from PySide6.QtCore import QLocale

    from . import translations

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("KeHoach Desktop")
    # Left as found (a test's application may go on after the run): the locale and translators.
    locale, translated = QLocale(), bool(translations._installed)
    out, path = _report_stream()
    try:
        with temporary_data_dir() as folder:
            out.write(header(folder, "ứng dụng"))
            core = CoreSelfTest(folder)
            try:
                gui = GuiSelfTest(core)
                outcome = run_steps([*core.steps(first_charts=gui.first_steps()), *gui.steps()], out)
            finally:
                core.close()
        out.write(summary(outcome))
    finally:
        if path is not None:
            out.close()
        if not translated:
            translations.install_translators(app, "en")  # removes the ones the check installed
        QLocale.setDefault(locale)
    return outcome.exit_code
