"""A chart on screen: one matplotlib canvas in a scroll area, with "Save image..." and "Copy".

Every chart of the app (overview, an indicator's month and five-year path) is shown through a
``ChartView``. The view owns one ``Figure`` and one ``FigureCanvasQTAgg`` for its whole life:
a new month or new figures redraw into the same figure (the chart builders clear it first),
never a new canvas, so nothing piles up in memory.

matplotlib is imported the first time a chart is drawn, never when this module is imported:
importing matplotlib and its Qt backend costs about a second on an old office PC, which the
start-up, the login and the pages that show no chart must not pay.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

#: What "Save image..." offers, by file suffix: matplotlib's format name.
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}

#: Draws a chart into the figure it is given (clearing it first) and returns it.
Builder = Callable[["Figure"], Any]


class ChartView(QWidget):
    """A chart with its toolbar; ``set_chart(builder)`` (re)draws it into the one figure.

    ``picked(code)`` is emitted when the user clicks a chart element whose artist has a gid
    (the chart builders give each bar its indicator's code). ``drawn_count`` counts the
    renders of the canvas (tests and benchmarks wait on it).
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None, default_name: str = "bieu-do") -> None:
        super().__init__(parent)
        self.default_name = default_name
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.drawn_count = 0
        self._dirty = False  # built into the figure but not rendered yet
        self._pending: tuple[Builder, int] | None = None
        self._wanted_height = 0
        self._min_width = 0
        self._selected_filter = ""
        self.save_button = QPushButton(self.tr("Save image..."))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture, an SVG drawing or a PDF file"))
        self.save_button.clicked.connect(self.save_image)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this chart, to paste it into Word or Zalo"))
        self.copy_button.clicked.connect(self.copy_image)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        placeholder = QLabel(self.tr("Loading the chart..."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        layout.addLayout(tools)
        tools.addStretch()
        tools.addWidget(self.save_button)
        tools.addWidget(self.copy_button)
        layout.addWidget(self.scroll_area, 1)
        self._update_buttons()

    # -- drawing --------------------------------------------------------------------------------
    def set_chart(self, builder: Builder, min_height: int = 0, min_width: int = 0) -> None:
        """Draw with ``builder`` now if the view is on screen, else when it is first shown.

        ``min_height`` (pixels) makes a tall chart scroll instead of being squeezed; a builder
        that sets the figure's size itself is followed too (whichever is taller). ``min_width``
        keeps labels and legends whole in a narrow panel: the view scrolls sideways instead.
        """
        self._min_width = min_width
        self._pending = (builder, min_height)
        if self.isVisible():
            self._draw_pending()

    def is_drawn(self) -> bool:
        """True when the last chart asked for is on screen (built and rendered)."""
        return self.figure is not None and self._pending is None and not self._dirty

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if self._pending is not None:
            self._draw_pending()

    def _draw_pending(self) -> None:
        if self._pending is None:
            return
        builder, min_height = self._pending
        self._pending = None
        canvas = self._ensure_canvas()
        figure = self.figure
        assert figure is not None
        before = tuple(figure.get_size_inches())
        builder(figure)
        self._dirty = True
        after = tuple(figure.get_size_inches())
        if after != before:  # the builder asked for a size: keep its height (in screen pixels)
            self._wanted_height = int(after[1] * figure.dpi / max(canvas.device_pixel_ratio, 1))
        canvas.setMinimumHeight(max(min_height, self._wanted_height))
        canvas.setMinimumWidth(self._min_width)
        # Drawn when the event loop is next idle, after the layout gave the canvas its size:
        # one render at the right size instead of one now and another on the resize.
        canvas.draw_idle()
        self._update_buttons()

    def _ensure_canvas(self) -> FigureCanvasQTAgg:
        if self.canvas is not None:
            return self.canvas
        # Here and not at the top of the module: importing matplotlib and its Qt backend takes
        # about a second on an old PC; it is paid the first time a chart is shown, not at start-up.
        # The backend picks PySide6 because the app has already imported it (no QT_API needed).
        from matplotlib.figure import Figure

        from .chart_canvas import ChartCanvas

        self.figure = Figure()
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users pick from the list
        self.canvas.mpl_connect("pick_event", self._on_pick)
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.scroll_area.setWidget(self.canvas)  # replaces (and deletes) the "Loading" label
        return self.canvas

    def _on_draw(self, _event: object) -> None:
        self._dirty = False
        self.drawn_count += 1

    def _on_pick(self, event: Any) -> None:
        self.handle_pick(event.artist)

    def handle_pick(self, artist: Any) -> None:
        """A click on ``artist``: emit ``picked`` with its gid when it has one."""
        gid = artist.get_gid() if artist is not None else None
        if gid:
            self.picked.emit(str(gid))

    def redraw_now(self) -> None:
        """Render at once (before copying, or when a caller cannot wait for the event loop)."""
        if self._pending is not None:
            self._draw_pending()
        if self.canvas is not None:
            self.canvas.draw()

    def _update_buttons(self) -> None:
        ready = self.figure is not None
        self.save_button.setEnabled(ready)
        self.copy_button.setEnabled(ready)

    # -- export ---------------------------------------------------------------------------------
    def save_image(self) -> Path | None:
        """Ask where, then save the chart as PNG, SVG or PDF (by the name's suffix)."""
        if self.figure is None:
            return None
        filters = ";;".join(
            (self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)"), self.tr("PDF document (*.pdf)"))
        )
        chosen = self._choose_save_path(filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in FORMATS:
            suffix = next((s for s in FORMATS if s in self._selected_filter), ".png")
            path = path.with_name(path.name + suffix)
        try:
            self.save_to(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self, self.tr("Cannot save the image"),
                self.tr("The image could not be saved to %1:\n%2").replace("%1", str(path)).replace("%2", str(exc)),
            )
            return None
        return path

    def _choose_save_path(self, filters: str) -> str | None:
        """The file to save to, from the save dialog (tests override this); None when cancelled."""
        path, self._selected_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save image"), self.default_name + ".png", filters
        )
        return path or None

    def save_to(self, path: str | Path) -> Path:
        """Write the chart to ``path``; the format follows the suffix (.png, .svg, .pdf)."""
        self.redraw_now()
        if self.figure is None:
            raise ValueError("no chart to save")
        path = Path(path)
        fmt = FORMATS.get(path.suffix.lower(), "png")
        self.figure.savefig(str(path), format=fmt, dpi=150 if fmt == "png" else None, bbox_inches="tight")
        return path

    def image(self) -> QImage:
        """The chart as rendered on screen, as a picture (the whole chart, scrolled parts too)."""
        self.redraw_now()
        if self.canvas is None:
            return QImage()
        width, height = self.canvas.get_width_height(physical=True)
        rgba = bytes(self.canvas.buffer_rgba())
        # .copy(): the QImage must own its pixels, not borrow the bytes object's.
        return QImage(rgba, width, height, QImage.Format.Format_RGBA8888).copy()

    def copy_image(self) -> bool:
        """Put the chart on the clipboard as a picture."""
        image = self.image()
        if image.isNull():
            return False
        QApplication.clipboard().setImage(image)
        return True
