"""The desktop app's entry point: a Qt application with the Vietnamese translation loaded.

The full main window arrives with the desktop issue; until then this opens the database and
shows which commune and plan it holds, so the entry points and translation loading are real.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from .translations import install_translators


class MainWindow(QMainWindow):
    """The main window (a first version that says which database is open)."""

    def __init__(self, db_arg: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("KeHoach Desktop"))
        label = QLabel(self._summary(db_arg), self)
        label.setMargin(24)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setCentralWidget(label)
        self.resize(900, 560)
        self.statusBar().showMessage(self.tr("Ready"))

    def _summary(self, db_arg: str | None) -> str:
        """A few lines naming the database, the commune and its plan."""
        from ..domain.errors import UserError
        from ..store.database import open_database
        from ..store.queries import commune, current_plan

        try:
            db = open_database(db_arg)
        except UserError as exc:
            return self.tr("Cannot open the database: %1").replace("%1", str(exc))
        try:
            with db.read() as session:
                lines = [self.tr("Database: %1").replace("%1", db.display_name)]
                unit = commune(session)
                if unit is None:
                    lines.append(self.tr("No commune has been set up yet."))
                    return "\n".join(lines)
                lines.append(
                    self.tr("Commune: %1 (code %2)").replace("%1", unit.name).replace("%2", unit.code)
                )
                try:
                    plan = current_plan(session)
                except UserError:
                    lines.append(self.tr("No plan has been imported yet."))
                else:
                    lines.append(
                        self.tr("Plan %1-%2: %3 indicators")
                        .replace("%1", str(plan.start_year))
                        .replace("%2", str(plan.end_year))
                        .replace("%3", str(len(plan.indicators)))
                    )
                return "\n".join(lines)
        finally:
            db.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; return its exit code."""
    args = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(args)
    install_translators(app)
    db_arg = args[args.index("--db") + 1] if "--db" in args[:-1] else None
    window = MainWindow(db_arg)
    window.show()
    return app.exec()
