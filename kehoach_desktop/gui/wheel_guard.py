"""Combo boxes and spin boxes that ignore the mouse wheel unless they have focus.

Scrolling a long form or table with the wheel must not change a year or an indicator that the
pointer happens to pass over. ``guard_wheel(widget)`` gives the widget ``Qt.StrongFocus`` (so the
wheel no longer gives it focus) and filters its wheel events: without focus the event goes to
the parent, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # passed on to the parent (a scroll area scrolls)
            return True
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel(*widgets: QWidget) -> None:
    """Let the wheel change ``widgets`` only while they have keyboard focus."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_GUARD)
