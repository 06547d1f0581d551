"""Helpers for the sync tests: installations of one commune, trusted both ways, and their figures."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.schema import IndicatorRow, MonthStatusRow, PlanRow, ValueRow
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync.export import export_bundle, own_public_key
from kehoach_desktop.sync.importer import import_bundle
from kehoach_desktop.sync.trust import trust_key

@dataclass
class PC:
    """One installation in a test: its database and a folder for its bundles."""

    name: str
    db: Database
    folder: Path
    made: int = 0

    def export(self, to: PC | None = None, full: bool = False, **kw: Any) -> Path:
        """A bundle from this PC (to ``to``), in its folder."""
        self.made += 1
        path = self.folder / f"{self.name}-{self.made}.kehoach"
        export_bundle(self.db, path, actor=self.name, full=full, to=own_public_key(to.db) if to else None, **kw)
        return path

    def set(self, code: str, period: str, value: str | None, note: str | None = None) -> None:
        """Save one figure here."""
        with self.db.write() as session:
            save_values(
                session, self.db.installation_id, plan_id(self.db),
                [ValueEntry(code, Period.parse(period), None if value is None else Decimal(value), note=note, set_note=note is not None)],
                self.name, accept_warnings=True,
            )

    def take(self, path: Path) -> str:
        """Import a bundle; its status (``stale`` when refused for bringing nothing new)."""
        from kehoach_desktop.sync.errors import BundleRefused

        try:
            return import_bundle(self.db, path, actor=self.name).status
        except BundleRefused as exc:
            if exc.reason != "stale":
                raise
            return "stale"


def make_pc(tmp: Path, name: str, url: str | None = None) -> PC:
    """A new installation with its own SQLite file (or ``url``), named ``name``."""
    folder = tmp / name
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(url or str(folder / "kehoach.db"))
    from kehoach_desktop.store.schema import Installation

    with db.write() as session:
        session.get(Installation, db.installation_id).name = name
    return PC(name, db, folder)


def trust_all(*pcs: PC) -> None:
    """Every PC trusts every other's key (as after exchanging key files)."""
    for pc in pcs:
        with pc.db.write() as session:
            for other in pcs:
                if other is not pc:
                    trust_key(session, pc.db.installation_id, own_public_key(other.db), "test")


def plan_id(db: Database) -> int:
    """The database's plan (the tests keep one)."""
    with db.read() as session:
        return session.scalars(select(PlanRow.id).order_by(PlanRow.id)).first()


def figures(pc: PC | Database) -> dict[tuple[str, int, int], tuple[Any, ...]]:
    """Every figure in effect, by indicator uid and month, with its kind, note and conflict flag."""
    db = pc.db if isinstance(pc, PC) else pc
    with db.read() as session:
        rows = session.execute(
            select(IndicatorRow.uid, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind, ValueRow.note, ValueRow.conflict)
            .join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
        ).all()
    return {(r.uid, r.year, r.month): (r.value, r.kind, r.note, r.conflict) for r in rows}


def month_states(pc: PC | Database) -> dict[tuple[str, int, int], str]:
    """Every month's approval state, by plan uid."""
    db = pc.db if isinstance(pc, PC) else pc
    with db.read() as session:
        rows = session.execute(
            select(PlanRow.uid, MonthStatusRow.year, MonthStatusRow.month, MonthStatusRow.state)
            .join(PlanRow, PlanRow.id == MonthStatusRow.plan_id)
        ).all()
    return {(r.uid, r.year, r.month): r.state.value for r in rows}
