"""Tỉnh › "Gửi danh mục chỉ tiêu...": what the province sends its communes, chosen in one dialog.

The standard list comes from a commune's plan held here or from the plan's Excel template filled
in at the province; a year's targets, when included, from the province's sheet or from the targets
typed here. The page then asks where to write the bundle (or the sheet to fill) and calls
``services.template`` (``export_template``, ``write_targets_sheet``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class TemplateChoice:
    """Where the list and the targets come from."""

    from_commune: str | None
    plan_xlsx: Path | None
    year: int | None
    targets_xlsx: Path | None


class TemplateSendDialog(QDialog):
    """The list's source, and optionally a year's targets and their source."""

    def __init__(self, parent: QWidget | None, communes: list[tuple[str, str]], year: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the indicator list to the communes"))
        self.plan_file: Path | None = None
        self.targets_file: Path | None = None
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Indicator list from"))
        for code, label in communes:
            self.source.addItem(self.tr("The plan of %1").replace("%1", label), code)
        self.source.addItem(self.tr("The plan's Excel template filled in at the province..."), None)
        self.plan_label = QLabel()
        self.plan_button = QPushButton(self.tr("Choose &file..."))
        self.with_targets = QCheckBox(self.tr("Include each commune's &targets for the year"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Year of the targets"))
        self.targets = QComboBox()
        self.targets.setAccessibleName(self.tr("Targets from"))
        self.targets.addItem(self.tr("The targets typed on this PC"), False)
        self.targets.addItem(self.tr("The province's targets sheet (.xlsx)..."), True)
        self.targets_label = QLabel()
        self.targets_button = QPushButton(self.tr("Choose s&heet..."))
        self.sheet_button = QPushButton(self.tr("Write the &sheet to fill..."))
        self.sheet_button.setToolTip(self.tr("An Excel sheet listing every commune and indicator, for the targets "
                                             "to be typed in, then chosen here"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write the bundle..."))
        self.buttons.addButton(self.sheet_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.source.currentIndexChanged.connect(lambda _i: self._update())
        self.targets.currentIndexChanged.connect(lambda _i: self._update())
        self.with_targets.toggled.connect(lambda _on: self._update())
        self.plan_button.clicked.connect(self._choose_plan)
        self.targets_button.clicked.connect(self._choose_targets)
        self._update()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Indicator list from:"), self.source)
        row = QHBoxLayout()
        row.addWidget(self.plan_label, 1)
        row.addWidget(self.plan_button)
        form.addRow("", row)
        form.addRow("", self.with_targets)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Targets from:"), self.targets)
        row = QHBoxLayout()
        row.addWidget(self.targets_label, 1)
        row.addWidget(self.targets_button)
        form.addRow("", row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("The bundle is signed with this PC's key; each commune reviews what changes in its "
                              "plan before applying it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _ask_open(self, title: str, pattern: str) -> Path | None:
        """A file chosen by the officer (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), pattern)
        return Path(path) if path else None

    def _choose_plan(self) -> None:
        chosen = self._ask_open(self.tr("Choose the plan's Excel template"), self.tr("Excel workbooks (*.xlsx)"))
        if chosen is not None:
            self.plan_file = chosen
            self._update()

    def _choose_targets(self) -> None:
        chosen = self._ask_open(self.tr("Choose the targets sheet"), self.tr("Excel workbooks (*.xlsx)"))
        if chosen is not None:
            self.targets_file = chosen
            self._update()

    def _update(self) -> None:
        from_file = self.source.currentData() is None
        self.plan_button.setVisible(from_file)
        self.plan_label.setVisible(from_file)
        self.plan_label.setText(self.plan_file.name if self.plan_file else self.tr("(no file chosen)"))
        on = self.with_targets.isChecked()
        sheet = on and bool(self.targets.currentData())
        for widget in (self.year, self.targets):
            widget.setEnabled(on)
        self.targets_button.setVisible(sheet)
        self.targets_label.setVisible(sheet)
        self.targets_label.setText(self.targets_file.name if self.targets_file else self.tr("(no sheet chosen)"))
        ready = (not from_file or self.plan_file is not None) and (not sheet or self.targets_file is not None)
        self.write_button.setEnabled(ready)
        self.sheet_button.setEnabled(not from_file or self.plan_file is not None)

    def choice(self) -> TemplateChoice:
        """What was chosen."""
        code = self.source.currentData()
        on = self.with_targets.isChecked()
        return TemplateChoice(
            code, self.plan_file if code is None else None, self.year.value() if on else None,
            self.targets_file if on and self.targets.currentData() else None,
        )
