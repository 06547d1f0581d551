"""Property: installations editing and swapping bundles in any order, with duplicates and losses,
and restores from backups, converge once every PC has heard from every other, with every
concurrent edit listed once.

A model beside the real databases records, for each edit, which earlier edits of the same cell
its PC held; an edit nobody else held when editing is a head, and a cell with several heads is
a conflict. The real merge (version vectors) must agree with that model. A restore takes a PC's
holdings back to its backup: an edit it makes after is concurrent with the ones it forgot
(issue 17, defect 9).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kehoach_desktop.store.backup import make_backup, restore
from kehoach_desktop.store.database import open_database
from kehoach_desktop.sync.conflicts import list_conflicts
from sync_support import PC, CommuneTemplate, figures

CODES = ("1", "2")
MONTHS = ("2026-01", "2026-02")
N = 3


@dataclass
class Edit:
    pc: int
    cell: tuple[str, str]
    value: int
    seen: frozenset[int]  # the edits of this cell its PC held


@dataclass
class Model:
    edits: list[Edit] = field(default_factory=list)
    held: list[set[int]] = field(default_factory=lambda: [set() for _ in range(N)])

    def heads(self, cell: tuple[str, str], among: set[int]) -> list[int]:
        mine = [i for i in among if self.edits[i].cell == cell]
        return [i for i in mine if not any(i in self.edits[j].seen for j in mine)]

    def shown(self, pc: int, cell: tuple[str, str]) -> int | None:
        heads = self.heads(cell, self.held[pc])
        return self.edits[max(heads)].value if heads else None  # later edit, later timestamp


steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, N - 1), st.sampled_from(CODES), st.sampled_from(MONTHS), st.integers(1, 3)),
        st.tuples(st.just("send"), st.integers(0, N - 1), st.integers(0, N - 1), st.booleans(), st.booleans()),
        st.tuples(st.just("backup"), st.integers(0, N - 1)),
        st.tuples(st.just("restore"), st.integers(0, N - 1)),
    ),
    min_size=1, max_size=16,
)


#: The three PCs and their leaders, built once per test and copied for each example.
COMMUNE = CommuneTemplate(N, CODES)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
# Issue 17, defect 9: an edit sent on, lost by a restore, then a new edit of the same cell.
@example([("backup", 0), ("edit", 0, "1", "2026-01", 1), ("send", 0, 1, True, False), ("restore", 0),
          ("edit", 0, "1", "2026-01", 2)])
def test_any_order_with_duplicates_and_losses_converges(plan: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp, COMMUNE.fresh(Path(tmp)) as (pcs, _leaders):
        model = Model()
        backups: dict[int, tuple[Path, set[int]]] = {}
        try:
            for step in plan:
                if step[0] == "backup":
                    i = step[1]
                    made = make_backup(Path(str(pcs[i].db.url.database)), "daily", pcs[i].folder / "backups", rotate=False)
                    backups[i] = (made.path, set(model.held[i]))
                elif step[0] == "restore":
                    i = step[1]
                    if i in backups:
                        path = Path(str(pcs[i].db.url.database))
                        pcs[i].db.close()
                        restore(path, backups[i][0], pcs[i].folder / "backups")
                        pcs[i].db = open_database(str(path))
                        model.held[i] = set(backups[i][1])
                elif step[0] == "edit":
                    _, i, code, month, value = step
                    cell = (code, month)
                    if model.shown(i, cell) == value:
                        continue  # the same figure again is no change, hence no revision
                    pcs[i].set(code, month, str(value))
                    seen = frozenset(e for e in model.held[i] if model.edits[e].cell == cell)
                    model.edits.append(Edit(i, cell, value, seen))
                    model.held[i].add(len(model.edits) - 1)
                else:
                    _, i, j, delivered, twice = step
                    if i == j:
                        continue
                    bundle = pcs[i].export(pcs[j])
                    snapshot = set(model.held[i])
                    for _ in range(2 if twice else 1 if delivered else 0):  # lost, delivered, or twice
                        assert pcs[j].take(bundle) in ("imported", "duplicate", "stale")
                        model.held[j] |= snapshot
            for _round in range(2):  # finally every PC hears from every other (twice: a restored PC's
                for i in range(N):  # peers learn from its first bundle what it lost, then resend it)
                    for j in range(N):
                        if i != j:
                            pcs[j].take(pcs[i].export(pcs[j]))
            # An edit only a restored PC had made, sent to nobody, is gone: it survives nowhere.
            everything = set().union(*model.held)
            for k in range(N):
                model.held[k] = set(everything)
            reference = figures(pcs[0])
            for pc in pcs[1:]:
                assert figures(pc) == reference
            uid_code = _uid_codes(pcs[0])
            expected = {  # concurrent heads saying the same figure agree (issue 17)
                (code, month) for code in CODES for month in MONTHS
                if len({model.edits[h].value for h in model.heads((code, month), everything)}) > 1
            }
            for pc in pcs:
                with pc.db.read() as session:
                    listed = [(c.indicator_code, f"{c.year}-{c.month:02d}") for c in list_conflicts(session)]
                assert len(listed) == len(set(listed)) and set(listed) == expected
            for (uid, year, month), (value, _kind, _note, _conflict) in reference.items():
                cell = (uid_code[uid], f"{year}-{month:02d}")
                assert value == Decimal(model.shown(0, cell))
        finally:
            for pc in pcs:
                pc.db.close()


def _uid_codes(pc: PC) -> dict[str, str]:
    from sqlalchemy import select

    from kehoach_desktop.store.schema import IndicatorRow

    with pc.db.read() as session:
        return dict(session.execute(select(IndicatorRow.uid, IndicatorRow.code)).all())


busy_steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, N - 1), st.sampled_from(CODES), st.sampled_from(MONTHS), st.integers(1, 3)),
        st.tuples(st.just("send"), st.integers(0, N - 1), st.integers(0, N - 1), st.booleans(), st.booleans()),
        st.tuples(st.just("approve"), st.integers(0, N - 1), st.sampled_from(MONTHS)),
        st.tuples(st.just("reopen"), st.integers(0, N - 1), st.sampled_from(MONTHS)),
        st.tuples(st.just("resolve"), st.integers(0, N - 1), st.integers(0, 5)),
    ),
    min_size=1, max_size=16,
)


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(busy_steps)
def test_approvals_reopenings_and_resolutions_converge_too(plan: list[tuple]) -> None:
    """With leaders approving, reopening and choosing versions on any PC, in any order."""
    from kehoach_desktop.domain.errors import UserError
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.store.months import approve_month, reopen_month
    from kehoach_desktop.sync.conflicts import resolve_conflict
    from sync_support import month_states, plan_id

    with tempfile.TemporaryDirectory() as tmp, COMMUNE.fresh(Path(tmp)) as (pcs, leaders):
        try:
            for step in plan:
                kind, i = step[0], step[1]
                pc = pcs[i]
                try:
                    if kind == "edit":
                        pc.set(step[2], step[3], str(step[4]))
                    elif kind == "send" and i != step[2]:
                        bundle = pc.export(pcs[step[2]])
                        for _ in range(2 if step[4] else 1 if step[3] else 0):
                            pcs[step[2]].take(bundle)
                    elif kind in ("approve", "reopen"):
                        with pc.db.write() as session:
                            month = Period.parse(step[2])
                            if kind == "approve":
                                approve_month(session, pc.db.installation_id, plan_id(pc.db), month, leaders[i])
                            else:
                                reopen_month(session, pc.db.installation_id, plan_id(pc.db), month, leaders[i], "Sửa lại số liệu")
                    elif kind == "resolve":
                        with pc.db.write() as session:
                            found = list_conflicts(session)
                            if found:
                                c = found[step[2] % len(found)]
                                v = c.versions[step[2] % len(c.versions)]
                                resolve_conflict(session, pc.db.installation_id, c.indicator_id, c.year, c.month,
                                                 choice=(v.installation_id, v.seq), user=leaders[i])
                except UserError:
                    pass  # a locked month, a month already approved: refused, nothing written
            for _round in range(2):
                for i in range(N):
                    for j in range(N):
                        if i != j:
                            pcs[j].take(pcs[i].export(pcs[j]))
            reference = figures(pcs[0]), month_states(pcs[0])
            for pc in pcs[1:]:
                assert (figures(pc), month_states(pc)) == reference
            listed = []
            for pc in pcs:
                with pc.db.read() as session:
                    listed.append(sorted((c.indicator_code, c.year, c.month) for c in list_conflicts(session)))
            assert listed[0] == listed[1] == listed[2] and len(listed[0]) == len(set(listed[0]))
        finally:
            for pc in pcs:
                pc.db.close()
