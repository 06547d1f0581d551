"""Combo boxes and spin boxes that ignore the mouse wheel unless they have focus.

Scrolling a long form or table with the wheel must not change a year, a kind of target or an
indicator that the pointer happens to pass over. ``install_wheel_guard(app)`` does this for every
combo and spin box of the application, including those created later (a year table's cells): each
one gets ``Qt.StrongFocus`` when it is polished (so the wheel no longer gives it focus), and its
wheel events are ignored while it has no focus, so they go on to the parent, which scrolls.
``guard_wheel(widget)`` does the same for one widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == _WHEEL:
            if isinstance(watched, _GUARDED) and not watched.hasFocus():
                event.ignore()  # Qt passes an ignored wheel event on to the parent (a scroll area scrolls)
                return True
        elif kind == _POLISH and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


_GUARD: _WheelGuard | None = None


def _guard() -> _WheelGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    return _GUARD


def install_wheel_guard(app: QApplication | None = None) -> None:
    """Guard every combo and spin box of ``app`` (the running application); safe to call twice.

    Those already polished (the toolbar's, shown before login) get ``StrongFocus`` here; the
    others when Qt polishes them.
    """
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return
    guard = _guard()
    app.removeEventFilter(guard)  # never filtered twice
    app.installEventFilter(guard)
    for widget in app.allWidgets():
        if isinstance(widget, _GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def guard_wheel(*widgets: QWidget) -> None:
    """Let the wheel change ``widgets`` only while they have keyboard focus."""
    guard = _guard()
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
