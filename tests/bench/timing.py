"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(fn: Callable[[int], object], repeat: int, warmup: int = 2) -> float:
    """The median wall time of ``fn(i)`` over ``repeat`` runs, after ``warmup`` untimed runs."""
    for i in range(warmup):
        fn(-1 - i)
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def result(value: float, unit: str, floor: float | None, goal: str, **extra: object) -> dict:
    """A benchmark's JSON fields; ``ratio`` is value / floor."""
    out: dict = {"value": round(value, 3), "unit": unit, "floor": None if floor is None else round(floor, 3)}
    out["ratio"] = None if not floor else round(value / floor, 2)
    out["goal"] = goal
    out.update(extra)
    return out
