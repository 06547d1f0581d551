"""Python's garbage collector, run on the GUI thread only (after Anki's ``GarbageCollector``).

A collection may start in whichever thread happens to allocate: on the database worker it could
delete Qt widgets from the wrong thread and crash the program. So automatic collection is
switched off and a timer on the GUI thread collects whenever the allocation counts say so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GarbageCollector(QObject):
    """Collect garbage on the GUI thread every ``interval_ms`` when the thresholds are passed."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation count passed its threshold."""
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 2 if counts[2] > self._threshold[2] else 1 if counts[1] > self._threshold[1] else 0
            gc.collect(generation)
