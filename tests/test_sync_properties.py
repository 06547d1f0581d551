"""Property: installations editing and swapping bundles in any order, with duplicates and losses,
converge once every PC has heard from every other, with every concurrent edit listed once.

A model beside the real databases records, for each edit, which earlier edits of the same cell
its PC held; an edit nobody else held when editing is a head, and a cell with several heads is
a conflict. The real merge (version vectors) must agree with that model.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_desktop.sync.conflicts import list_conflicts
from sync_support import PC, figures, make_pc, trust_all

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
    ),
    min_size=1, max_size=14,
)


def _setup(tmp: Path) -> list[PC]:
    from kehoach_desktop.domain.model import Group, Indicator, Plan, PlanKind, PlanStatus
    from kehoach_desktop.store.operations import PlanDraft, create_plan, init_commune

    pcs = [make_pc(tmp, f"PC{i}") for i in range(N)]
    trust_all(*pcs)
    draft = PlanDraft(Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED), [Group("e", "Kinh tế")],
                      [Indicator(c, f"Chỉ tiêu {c}", "tấn", "e") for c in CODES])
    with pcs[0].db.write() as session:
        commune = init_commune(session, pcs[0].db.installation_id, "06253", "Xã Thử", None, "t")
        create_plan(session, pcs[0].db.installation_id, commune.id, draft, "t")
    for pc in pcs[1:]:
        pc.take(pcs[0].export(pc))
    return pcs


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_any_order_with_duplicates_and_losses_converges(plan: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pcs = _setup(Path(tmp))
        model = Model()
        try:
            for step in plan:
                if step[0] == "edit":
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
            for i in range(N):  # finally every PC hears from every other
                for j in range(N):
                    if i != j:
                        pcs[j].take(pcs[i].export(pcs[j]))
            everything = set(range(len(model.edits)))
            for k in range(N):
                model.held[k] = set(everything)
            reference = figures(pcs[0])
            for pc in pcs[1:]:
                assert figures(pc) == reference
            uid_code = _uid_codes(pcs[0])
            expected = {
                (code, month) for code in CODES for month in MONTHS if len(model.heads((code, month), everything)) > 1
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
