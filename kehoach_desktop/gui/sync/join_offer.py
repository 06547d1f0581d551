"""After a bundle is imported: offer to join a second adopted copy of the plan.

Two PCs of one office that each set up the same plan hold both copies after their first sync
(``store.plan_join``). The page calls ``offer_plan_join`` once an import succeeded; it asks
only when there is a copy, and only a user who may edit the plan can join.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.access import Action
from ...services import sync as service
from ...store.plan_join import JoinResult, PlanTwin
from ..context import AppContext
from ..operations import DbOp


def offer_plan_join(parent: QWidget, ctx: AppContext) -> None:
    """Look for a copy of the plan; when there is one, ask to join it (the hook then tells the pages)."""
    if ctx.province:  # a province's PC reads communes' plans; their PCs join them
        return
    DbOp(parent, ctx, service.plan_twins).success(lambda found: _ask(parent, ctx, found)).run()


def _ask(parent: QWidget, ctx: AppContext, twins: list[PlanTwin]) -> None:
    if not twins:
        return
    t = twins[0]
    about = (
        QCoreApplication.translate("PlanJoin", "This PC now holds two adopted copies of the plan %1-%2: «%3» and «%4» (%5 figures), "
            "probably set up on two PCs.")
        .replace("%1", str(t.start_year)).replace("%2", str(t.end_year))
        .replace("%3", t.keep_title or str(t.keep_id)).replace("%4", t.other_title or str(t.other_id))
        .replace("%5", str(t.other_figures))
    )
    if not ctx.can(Action.EDIT_PLAN):
        QMessageBox.information(parent, QCoreApplication.translate("PlanJoin", "Two copies of the plan"),
                                about + " " + QCoreApplication.translate("PlanJoin", "Ask an administrator to join them on this page."))
        return
    question = about + " " + QCoreApplication.translate("PlanJoin", 
        "Join the copy into the first one? Its figures are moved where the plan has none; figures that "
        "differ are listed and not moved; the copy goes back to draft on every PC after the next bundle."
    )
    answer = QMessageBox.question(parent, QCoreApplication.translate("PlanJoin", "Two copies of the plan"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return
    actor = ctx.actor

    def joined(j: service.Joined) -> None:
        ctx.apply_session(j.session)
        _joined(parent, j.result)

    DbOp(parent, ctx, lambda db: service.join_twin(db, t.other_id, t.keep_id, actor)).success(joined).busy(QCoreApplication.translate("PlanJoin", "Joining the plans...")).run()


def _joined(parent: QWidget, result: JoinResult) -> None:
    text = QCoreApplication.translate("PlanJoin", "The plans are joined: %1 figures moved, %2 already there.").replace("%1", str(result.moved)).replace(
        "%2", str(result.same))
    if result.differ:
        lines = "\n".join(f"{d.month:02d}/{d.year} {d.code}" for d in result.differ[:20])
        text += "\n" + QCoreApplication.translate("PlanJoin", "%1 figures differ between the copies; the plan's own are kept. Check:").replace(
            "%1", str(len(result.differ))) + "\n" + lines
    if result.locked:
        text += "\n" + QCoreApplication.translate("PlanJoin", "%1 figures of approved months were not moved.").replace("%1", str(result.locked))
    QMessageBox.information(parent, QCoreApplication.translate("PlanJoin", "Two copies of the plan"), text)
