"""Version vectors' heads: the same answer as the definition, in linear work (issue 17, defect 10:
concurrent versions of one cell cost quadratic time under the write lock)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_desktop.domain import versions


@dataclass(frozen=True)
class Change:
    installation_id: str
    seq: int
    vv: Mapping[str, int]
    at: datetime


def _naive(changes: list[Change]) -> list[Change]:
    """The definition: the changes no other change knows."""
    found = [c for c in changes if not any(versions.knows(o, c) for o in changes)]
    return sorted(found, key=versions.order_key)


T0 = datetime(2026, 1, 1, tzinfo=UTC)
changes = st.lists(
    st.tuples(st.sampled_from("abcd"), st.integers(1, 6), st.dictionaries(st.sampled_from("abcd"), st.integers(1, 6)),
              st.integers(0, 50)),
    max_size=12,
    unique_by=lambda t: (t[0], t[1]),
)


@settings(max_examples=300)
@given(changes)
def test_heads_are_what_the_definition_says(raw: list[tuple]) -> None:
    items = [Change(i, s, versions.merge(vv, {i: s}), T0 + timedelta(minutes=m)) for i, s, vv, m in raw]
    assert versions.heads(items) == _naive(items)


class Counting(dict):  # type: ignore[type-arg]
    """A vector that counts how often it is read."""

    reads = 0

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        Counting.reads += 1
        return super().get(key, default)

    def items(self) -> Iterator:  # type: ignore[override]
        Counting.reads += 1
        return super().items()


def test_thousands_of_concurrent_versions_take_linear_work() -> None:
    n = 3000
    items = [Change(f"pc{i}", 1, Counting({f"pc{i}": 1}), T0 + timedelta(seconds=i)) for i in range(n)]
    items.append(Change("pc0", 2, Counting({f"pc{i}": 1 for i in range(n)} | {"pc0": 2}), T0 + timedelta(days=1)))
    Counting.reads = 0
    top = versions.heads(items)
    assert [(c.installation_id, c.seq) for c in top] == [("pc0", 2)]
    assert Counting.reads <= 10 * n
