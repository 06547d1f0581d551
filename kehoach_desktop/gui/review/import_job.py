"""Reading a plan file off the GUI thread: the document importer or the Excel template.

A PDF of a few hundred pages takes seconds to read and parse; the window must keep painting,
and the database worker must stay free for other pages, so the reading runs on a thread of its
own and its result comes back through a queued signal (the same pattern as ``gui/worker.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.draft import PlanDraft

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    """A plan read from a file, not stored yet."""

    draft: PlanDraft
    source_name: str
    warnings: tuple[str, ...] = ()
    #: The importer's notes per indicator code (Vietnamese), shown with the review flags.
    notes: dict[str, list[str]] = field(default_factory=dict)
    #: The commune the document names, if it does.
    commune: str | None = None


def read_plan_document(path: str | Path) -> ImportResult:
    """Read and parse a .txt, .docx or .pdf plan; a bad file raises ``UserError`` (Vietnamese)."""
    from ...planimport.output import parse_plan_file, to_draft

    doc, parsed = parse_plan_file(path)
    notes = {ind.code: list(ind.notes) for ind in parsed.all_indicators() if ind.notes}
    return ImportResult(to_draft(parsed, doc.name), doc.name, tuple(parsed.warnings), notes, parsed.info.commune)


def read_plan_workbook(path: str | Path) -> ImportResult:
    """Read a plan from the Excel template; problems raise ``UserError`` naming sheet and row."""
    from ...planimport.xlsx import read_plan_xlsx

    path = Path(path)
    return ImportResult(read_plan_xlsx(path), path.name)


def write_plan_workbook(draft: PlanDraft, path: str | Path, commune_name: str | None) -> Path:
    """Write ``draft`` as the Excel template at ``path``; returns the path."""
    from ...planimport.xlsx import write_plan_xlsx

    path = Path(path)
    write_plan_xlsx(draft, path, commune_name)
    return path


class BackgroundJob(QObject):
    """Runs ``fn()`` once on a thread of its own; ``done(result, error)`` is emitted on the GUI thread."""

    done = Signal(object, object)
    _finished = Signal(object, object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._running = False
        # A bound method of this (GUI-thread) object: Qt queues the call onto the GUI thread.
        self._finished.connect(self._deliver)

    def start(self) -> None:
        """Start the work."""
        self._running = True
        threading.Thread(target=self._run, name="kehoach-import", daemon=True).start()

    def is_running(self) -> bool:
        """True until ``done`` has been emitted."""
        return self._running

    def _run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001  (reported on the GUI thread, never lost)
            error = exc
        try:
            self._finished.emit(result, error)
        except RuntimeError:  # the page was closed meanwhile: nobody is waiting for the result
            log.info("background job finished after its window closed")

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self._running = False
        self.done.emit(result, error)
        self.deleteLater()  # one job, one run: nothing is left behind on the page


def job_progress(parent: QWidget, text: str, cancel: str, title: str, on_cancel: Callable[[], None]) -> QProgressDialog:
    """The busy dialog shown while a document is read on its thread (window-modal, cancellable)."""
    progress = QProgressDialog(text, cancel, 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.canceled.connect(on_cancel)
    progress.show()
    return progress


def close_progress(progress: QProgressDialog | None) -> None:
    """Take the busy dialog down (hidden, not closed: closing a progress dialog reports a cancel)."""
    if progress is not None:
        progress.hide()
        progress.deleteLater()
