"""The busy dialog shown while a document is read on the worker's file lane (plan and annual imports)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def job_progress(parent: QWidget, text: str, cancel: str, title: str, on_cancel: Callable[[], None]) -> QProgressDialog:
    """The busy dialog shown while a document is read (window-modal, cancellable)."""
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
