"""The month's approval bar: its state, and Submit / Approve / Reopen as the user's role allows.

The store checks the role again (``submit_month`` and friends refuse), so a hidden button is a
convenience, not the lock. Reopening asks a reason, which the store requires and audits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Action, MonthState, MonthStatus
from ...domain.model import ValueKind
from ...domain.periods import Period
from ...services import months
from ...services.changes import Outcome
from ...store.grid import GridRow
from ..context import AppContext
from ..operations import DbOp

#: The store refuses shorter reasons; the dialog says so before it gets there.
MIN_REASON = 5


class ReopenDialog(QDialog):
    """Ask why an approved or submitted month is opened again (required)."""

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the month"))
        text = QLabel(
            self.tr("Reopening %1 lets figures be changed again. Write the reason (required):")
            .replace("%1", f"{period.month:02d}/{period.year}")
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: correcting the official figures"))
        text.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reopen"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def _check(self, text: str) -> None:
        self.ok.setEnabled(len(text.strip()) >= MIN_REASON)
        self.ok.setToolTip("" if self.ok.isEnabled() else self.tr("Write at least 5 characters."))

    def text(self) -> str:
        """The reason typed."""
        return self.reason.text().strip()


@dataclass(frozen=True)
class MonthCounts:
    """What a month holds, said before it is sent or locked."""

    indicators: int
    entered: int
    estimates: int

    @classmethod
    def of(cls, rows: Sequence[GridRow]) -> MonthCounts:
        """Count the month's indicators, those with a figure, and those still an estimate."""
        entered = [r for r in rows if r.this_month is not None and r.this_month.value is not None]
        return cls(len(rows), len(entered), sum(1 for r in entered if r.this_month and r.this_month.kind is ValueKind.ESTIMATE))


class ApprovalBar(QFrame):
    """The month's state with the approval buttons the user's role allows."""

    def __init__(
        self, ctx: AppContext, before_change: Callable[[Callable[[], None]], bool],
        counts: Callable[[], MonthCounts | None] = lambda: None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._before_change = before_change
        self._counts = counts
        #: The open "are you sure" box, if any (opened with ``open()``, so tests answer it).
        self.confirm_box: QMessageBox | None = None
        self._status: MonthStatus | None = None
        self.reopen_dialog: ReopenDialog | None = None
        self.setObjectName("approval_bar")
        self.state_label = QLabel()
        self.state_label.setObjectName("month_state")
        self.submit_button = QPushButton(self.tr("Submit for approval"))
        self.approve_button = QPushButton(self.tr("Approve and lock"))
        self.reopen_button = QPushButton(self.tr("Reopen..."))
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.ask_reopen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label, 1)
        for button in (self.submit_button, self.approve_button, self.reopen_button):
            layout.addWidget(button)
        self.set_status(None)

    def state_word(self, state: MonthState) -> str:
        """The month state in words."""
        return {
            MonthState.OPEN: self.tr("Open for entry"),
            MonthState.SUBMITTED: self.tr("Awaiting approval"),
            MonthState.APPROVED: self.tr("Approved (locked)"),
        }[state]

    def set_status(self, status: MonthStatus | None) -> None:
        """Show the month's state and the buttons that make sense for it and for the user."""
        self._status = status
        can = self.ctx.can
        state = status.state if status else None
        text = self.tr("Month: %1").replace("%1", self.state_word(state)) if state else ""
        if status is not None and status.changed_by and state is not MonthState.OPEN:
            text += "  " + self.tr("(by %1)").replace("%1", status.changed_by)
        if status is not None and state is MonthState.OPEN and status.reason:
            text += "  " + self.tr("(reopened: %1)").replace("%1", status.reason)
        self.state_label.setText(text)
        # A province's computer reviews a commune's month; the commune submits and approves it.
        commune = not self.ctx.province
        self.submit_button.setVisible(commune and can(Action.SUBMIT_MONTH))
        self.approve_button.setVisible(commune and can(Action.APPROVE_MONTH))
        self.reopen_button.setVisible(commune and can(Action.REOPEN_MONTH))
        self.submit_button.setEnabled(state is MonthState.OPEN)
        self.approve_button.setEnabled(state in (MonthState.OPEN, MonthState.SUBMITTED))
        self.reopen_button.setEnabled(state in (MonthState.SUBMITTED, MonthState.APPROVED))

    # -- actions --------------------------------------------------------------------------------
    def _run(self, change: Callable[..., Outcome[MonthStatus]], done: str, *args: str) -> None:
        ctx, user, plan_id, period = self.ctx, self.ctx.user, self.ctx.plan_id, self.ctx.period
        if user is None or plan_id is None:
            return

        def finished(status: MonthStatus) -> None:
            self.set_status(status)
            ctx.status.emit(done.replace("%1", f"{period.month:02d}/{period.year}"))

        DbOp(self, ctx, lambda db: change(db, plan_id, period, user, *args)).success(finished).busy(
            self.tr("Saving...")).run()

    def submit(self) -> None:
        """Send the month to the leader, once confirmed (unsaved edits are settled first)."""
        if self._before_change(self.submit):
            self._confirm(self.tr("Submit for approval"),
                          self.tr("Send month %1 to the leader for approval?"), self.tr("Submit"),
                          lambda: self._run(months.submit, self.tr("Month %1 sent for approval.")))

    def approve(self) -> None:
        """Approve and lock the month, once confirmed."""
        if self._before_change(self.approve):
            self._confirm(self.tr("Approve and lock"),
                          self.tr("Approve and lock month %1? Its figures can then no longer be changed "
                                  "unless a leader reopens it, giving a reason."), self.tr("Approve and lock"),
                          lambda: self._run(months.approve, self.tr("Month %1 approved and locked.")))

    def _confirm(self, title: str, question: str, yes: str, then: Callable[[], None]) -> None:
        """Ask about the month shown, naming it and what it holds; ``then`` runs on Yes."""
        period = self.ctx.period
        text = question.replace("%1", f"{period.month:02d}/{period.year}")
        counts = self._counts()
        if counts is not None:
            text += "\n\n" + self.tr("%1 of %2 indicators have a figure for the month (%3 still an estimate); "
                                      "%4 have none.").replace("%1", str(counts.entered)) \
                .replace("%2", str(counts.indicators)).replace("%3", str(counts.estimates)) \
                .replace("%4", str(counts.indicators - counts.entered))
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter by habit does not lock the month
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.confirm_box = box

        def answered(button: object) -> None:
            self.confirm_box = None
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:  # type: ignore[arg-type]
                then()

        box.buttonClicked.connect(answered)
        box.open()

    def ask_reopen(self) -> None:
        """Ask for the reason, then reopen the month."""
        dialog = ReopenDialog(self.ctx.period, self)
        self.reopen_dialog = dialog
        dialog.accepted.connect(lambda: self.reopen(dialog.text()))
        dialog.open()

    def reopen(self, reason: str) -> None:
        """Reopen the month with ``reason`` (the store refuses an empty one)."""
        self._run(months.reopen, self.tr("Month %1 reopened."), reason)

