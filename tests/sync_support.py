"""Helpers for the sync tests: installations of one commune, trusted both ways, and their figures."""

from __future__ import annotations

import shutil
import json
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kehoach_desktop.domain.access import User
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.schema import IndicatorRow, MonthStatusRow, PlanRow, ValueRow
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync import container, manifest, payload
from kehoach_desktop.sync.export import export_bundle, own_public_key
from kehoach_desktop.sync.keys import local_keys
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


def commune_of_pcs(tmp: Path, count: int, codes: tuple[str, ...]) -> list[PC]:
    """``count`` PCs trusting each other, sharing one adopted plan with indicators ``codes``."""
    from kehoach_desktop.domain.draft import PlanDraft
    from kehoach_desktop.domain.model import Group, Indicator, Plan, PlanKind, PlanStatus
    from kehoach_desktop.store.operations import create_plan, init_commune

    pcs = [make_pc(tmp, f"PC{i}") for i in range(count)]
    trust_all(*pcs)
    draft = PlanDraft(Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED), [Group("e", "Kinh tế")],
                      [Indicator(c, f"Chỉ tiêu {c}", "tấn", "e") for c in codes])
    with pcs[0].db.write() as session:
        commune = init_commune(session, pcs[0].db.installation_id, "06253", "Xã Thử", None, "t")
        create_plan(session, pcs[0].db.installation_id, commune.id, draft, "t")
    for pc in pcs[1:]:
        pc.take(pcs[0].export(pc))
    return pcs


def leader(pc: PC) -> User:
    """A leader's account on ``pc`` (approves months, chooses between versions)."""
    from kehoach_desktop.domain.access import Role
    from kehoach_desktop.store.users import create_user

    with pc.db.write() as session:
        return create_user(session, pc.db.installation_id, "t", "lanhdao", "Lãnh đạo", Role.LEADER, "mat-khau-dai-1")


@dataclass
class CommuneTemplate:
    """PCs of one commune (``commune_of_pcs``, with a leader each) built once per test and handed
    out as fresh copies: a property test's examples then start in milliseconds, not seconds.

    Keyed by the test's data folder, which holds the PCs' private keys (``sync/keys.py``).
    """

    count: int
    codes: tuple[str, ...]
    _built: dict[Path, tuple[Path, list[str], list[User]]] = field(default_factory=dict)

    @contextmanager
    def fresh(self, tmp: Path) -> Iterator[tuple[list[PC], list[User]]]:
        """New copies of the PCs in ``tmp`` (the same installations and keys), and their leaders.

        Each copy gets its own data folder holding only the keys: the numbers an earlier copy
        handed out (``store.operations`` notes them there) must not carry over, or every copy
        after the first would look like a database restored from a backup.
        """
        from kehoach_desktop.paths import data_dir

        home = data_dir()
        if home not in self._built:
            folder = home / "commune-template"
            pcs = commune_of_pcs(folder, self.count, self.codes)
            leaders = [leader(pc) for pc in pcs]
            for pc in pcs:
                pc.db.close()  # the last connection folds SQLite's write-ahead log into the file
                for bundle in pc.folder.glob("*.kehoach"):
                    bundle.unlink()
            self._built[home] = (folder, [pc.name for pc in pcs], leaders)
        folder, names, leaders = self._built[home]
        copy = tmp / "commune"
        shutil.copytree(folder, copy)
        own = tmp / "userdata"
        shutil.copytree(home / "keys", own / "keys")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("KEHOACH_DATA_DIR", str(own))
            pcs = [PC(name, open_database(str(copy / name / "kehoach.db")), copy / name) for name in names]
            try:
                yield pcs, leaders
            finally:
                for pc in pcs:
                    pc.db.close()


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def forge(signer: PC, base: Path, out: Path, edit_payload: Callable[[dict[str, Any]], None],
          edit_manifest: Callable[[dict[str, Any]], None] = lambda m: None) -> Path:
    """``base`` rewritten and signed by ``signer``'s own (trusted) key, as a dishonest PC can."""
    entries = _entries(base)
    body = json.loads(entries[container.PAYLOAD])
    edit_payload(body)
    data = payload.encode(body)
    raw = json.loads(entries[container.MANIFEST])
    with signer.db.read() as session:
        from kehoach_desktop.sync.export import local_identity

        name, scope, commune = local_identity(session, signer.db.installation_id)
    keys = local_keys(signer.db.installation_id)
    raw["sender"] = keys.public(name, scope, commune.code if commune else None).to_json()
    raw["payload"] = {"name": container.PAYLOAD, "sha256": manifest.digest(data), "size": len(data)}
    raw["counts"]["revisions"] = len(body["revisions"])
    raw["counts"]["month_events"] = len(body["month_events"])
    raw["bundle_id"] = raw["bundle_id"][:-4] + "f0rg"
    edit_manifest(raw)
    signed = manifest.encode(raw)
    with zipfile.ZipFile(out, "w") as z:
        for name_, blob in {container.MANIFEST: signed, container.SIGNATURE: keys.sign.sign(signed), container.PAYLOAD: data}.items():
            z.writestr(name_, blob)
    return out
