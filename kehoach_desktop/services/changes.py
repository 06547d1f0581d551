"""What an operation changed: one record the GUI fans out to the screens that show it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

from ..domain.periods import Period

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which figures, months, plans, keys and settings an operation changed (after Anki's OpChanges)."""

    #: Figures written: (indicator code, period) pairs.
    cells: frozenset[tuple[str, Period]] = field(default_factory=frozenset)
    #: Months whose approval state changed.
    months: frozenset[Period] = field(default_factory=frozenset)
    #: The plan changed (imported, edited, adopted, year targets), or the session switched plans.
    plan: bool = False
    #: Trusted keys, bundles sent or received, conflicts (what the Đồng bộ page lists).
    sync: bool = False
    #: The commune's report settings (or a report number taken).
    report_settings: bool = False
    #: Accounts or their assignments.
    users: bool = False
    #: The commune's details (name, PC name).
    commune: bool = False

    @classmethod
    def figures(cls, codes: Iterable[str], period: Period) -> Changes:
        """Figures of ``codes`` changed in ``period``."""
        return cls(cells=frozenset((code, period) for code in codes))

    def __or__(self, other: Changes) -> Changes:
        """Both records in one."""
        merged = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = a | b
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def by_period(self) -> list[tuple[Period, set[str]]]:
        """The changed figures grouped by period, oldest first."""
        periods: dict[Period, set[str]] = {}
        for code, period in self.cells:
            periods.setdefault(period, set()).add(code)
        return sorted(periods.items())



NOTHING = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a writing service returns: its plain result and what it changed."""

    value: T
    changes: Changes = NOTHING
