"""Small helpers shared by the benchmarks: timing, the quick switch, and each result's goal.

A result's ``goal`` is the text a person reads ("ratio <= 1.3", "value < 150 ms"); the same goal
is also given as numbers, so a program can tell whether it was met: ``max_ratio`` / ``min_ratio``
(ratio at most / at least, inclusive), ``max_value`` / ``min_value`` (value below / above, in the
result's unit). ``result`` reads them from the text (clauses joined by "and": ``ratio <= X``,
``ratio >= X``, ``[words] < X [unit]``, ``[words] > X [unit]``, anything in brackets or after
";" ignored) unless a benchmark passes them itself, and sets ``goal_met``: true, false, or null
when the goal states no number ("ratio reported") or there is no value.
"""

from __future__ import annotations

import os
import re
import statistics
import time
from collections.abc import Callable

#: Set (to anything but "" or "0") for the quick run: each benchmark a few seconds, for CI.
QUICK_ENV = "KEHOACH_BENCH_QUICK"

LIMIT_KEYS = ("max_ratio", "min_ratio", "max_value", "min_value")
_CLAUSE = re.compile(r"^(?P<what>[a-z_ ]*?)\s*(?P<op><=|>=|<|>)\s*(?P<bound>\d+(?:\.\d+)?)\s*(?P<unit>[A-Za-z/]+)?\b")
_SCALE = {"s": 1.0, "ms": 1e-3}


def quick() -> bool:
    """True in a quick run (``run.py --quick``)."""
    return os.environ.get(QUICK_ENV, "") not in ("", "0")


def repeats(n_full: int, n_quick: int) -> int:
    """``n_full`` repeats (or runs, or items) normally, ``n_quick`` in a quick run."""
    return n_quick if quick() else n_full


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


def goal_limits(goal: str, unit: str) -> dict[str, float]:
    """The numbers in a goal's text (see the module's note); {} when it states none it can read."""
    text = re.sub(r"\([^)]*\)", "", goal.split(";")[0])
    limits: dict[str, float] = {}
    for clause in text.split(" and "):
        match = _CLAUSE.match(clause.strip())
        if match is None:
            continue
        bound = float(match["bound"])
        is_ratio = match["what"].strip() == "ratio"
        said = match["unit"]
        if not is_ratio and said and said != unit:
            if said not in _SCALE or unit not in _SCALE:
                continue  # a unit it cannot convert ("for 1 MB" after a time): no number, not a guess
            bound = bound * _SCALE[said] / _SCALE[unit]
        upper = match["op"].startswith("<")
        limits[("max_" if upper else "min_") + ("ratio" if is_ratio else "value")] = bound
    return limits


def goal_met(out: dict) -> bool | None:
    """Whether a result's value and ratio keep its numeric limits; None when it has none to check."""
    limits = {k: out[k] for k in LIMIT_KEYS if out.get(k) is not None}
    if not limits or out.get("value") is None:
        return None
    ratio, value = out.get("ratio"), out["value"]
    checks = []
    if "max_ratio" in limits or "min_ratio" in limits:
        if ratio is None:
            return None
        checks += [ratio <= limits.get("max_ratio", ratio), ratio >= limits.get("min_ratio", ratio)]
    if "max_value" in limits:
        checks.append(value < limits["max_value"])
    if "min_value" in limits:
        checks.append(value > limits["min_value"])
    return all(checks)


def result(value: float, unit: str, floor: float | None, goal: str, *, max_ratio: float | None = None,
           min_ratio: float | None = None, max_value: float | None = None, min_value: float | None = None,
           **extra: object) -> dict:
    """A benchmark's JSON fields; ``ratio`` is value / floor; limits from ``goal`` unless given."""
    out: dict = {"value": round(value, 3), "unit": unit, "floor": None if floor is None else round(floor, 3)}
    out["ratio"] = None if not floor else round(value / floor, 2)
    out["goal"] = goal
    given = {"max_ratio": max_ratio, "min_ratio": min_ratio, "max_value": max_value, "min_value": min_value}
    limits = {k: v for k, v in given.items() if v is not None} or goal_limits(goal, unit)
    out.update(limits)
    out["goal_met"] = goal_met(out)
    if quick():
        out["quick"] = True
    out.update(extra)
    return out
