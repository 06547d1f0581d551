"""Facts-right: how much of a plan the parser reads right, counted fact by fact.

The facts are what an officer would otherwise fix by hand: the plan's kind, first and last year,
its groups, the number of items, and for each expected item its group, its rule kind, its
figures (value, low, high together) and its unit. An item the parser reads that the document
does not have is *invented*. Run ``python -m tests.plan_facts [-v] [FOLDER ...]`` from the
worktree root (default: tests/fixtures/blind, its rounds 11-17 apart, and ../shared/corpus when
present); ``tests/test_plan_facts.py`` keeps the floors.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from kehoach_desktop.planimport.output import plan_json
from kehoach_desktop.planimport.parser import parse_text
from kehoach_desktop.planimport.readers import read_document
from tests.plan_expectations import NA_DUONG, NA_DUONG_GROUPS, TAM_THANH, TAM_THANH_GROUPS, Row
from tests.test_plan_blind import _expected, _flat

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "corpus"


@dataclass
class Score:
    """Facts counted over one or more documents."""

    right: int = 0
    total: int = 0
    expected_items: int = 0
    invented: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(what)

    def add(self, other: Score) -> None:
        self.right += other.right
        self.total += other.total
        self.expected_items += other.expected_items
        self.invented += other.invented
        self.misses += other.misses

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 100.0


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _same(a: Any, b: Any) -> bool:
    return _dec(a) == _dec(b)


def score_blind(path: Path) -> Score:
    """One document of the blind format (``X.txt`` beside ``X.expected.txt``)."""
    source = read_document(path)
    got = plan_json(parse_text(source.text), source)
    meta, rows = _expected(path.with_name(f"{path.stem}.expected.txt"))
    s = Score(expected_items=len(rows))
    name = path.stem
    plan, want = got["plan"], meta["plan"]
    s.check(plan["kind"] == want["kind"], f"{name}: plan kind {plan['kind']}")
    s.check(str(plan["start_year"]) in want["start"].split("|"), f"{name}: start {plan['start_year']}")
    s.check(str(plan["end_year"]) == want["end"], f"{name}: end {plan['end_year']}")
    s.check([g["key"] for g in got["groups"]] == meta["groups"], f"{name}: groups {[g['key'] for g in got['groups']]}")
    flat = {i["code"]: i for i in _flat(got["indicators"])}
    s.check(len(flat) == len(rows), f"{name}: {len(flat)} items, expected {len(rows)}")
    for r in rows:
        i = flat.pop(r["code"], None)
        code = f"{name} {r['code']}"
        if i is None:
            for what in ("group", "kind", "values", "unit") if r["kind"] != "-" else ("group", "container"):
                s.check(False, f"{code} missing ({what})")
            continue
        s.check(i["group"] == r["group"], f"{code} group {i['group']}")
        t = i["target"]
        if r["kind"] == "-":
            s.check(t is None, f"{code} should be a container")
            continue
        s.check(t is not None and (t["kind"] == r["kind"] or t["kind"] in r["altkind"]),
                f"{code} kind {t and t['kind']} (expected {r['kind']})")
        s.check(t is not None and all(r[k] == "*" or _same(t[k], r[k]) for k in ("value", "low", "high")),
                f"{code} values {t and (t['value'], t['low'], t['high'])}")
        s.check(r["unit"] == "*" or i["unit"] == r["unit"] or i["unit"] in r["altunit"], f"{code} unit {i['unit']}")
    s.invented = len(flat)
    s.misses += [f"{name} {c} invented" for c in flat]
    return s


def score_rows(name: str, text: str, rows: list[Row], groups: list[tuple[str, str]]) -> Score:
    """A corpus plan against its rows in ``plan_expectations`` (five-year plans 2026-2030)."""
    got = plan_json(parse_text(text))
    s = Score(expected_items=len(rows))
    plan = got["plan"]
    s.check(plan["kind"] == "five_year", f"{name}: kind {plan['kind']}")
    s.check(plan["start_year"] == 2026, f"{name}: start {plan['start_year']}")
    s.check(plan["end_year"] == 2030, f"{name}: end {plan['end_year']}")
    s.check([g["key"] for g in got["groups"]] == [k for k, _ in groups], f"{name}: groups")
    flat = {i["code"]: i for i in _flat(got["indicators"])}
    s.check(len(flat) == len(rows), f"{name}: {len(flat)} items, expected {len(rows)}")
    for code, group, unit, kind, value, low, high, _base, _start in rows:
        i = flat.pop(code, None)
        if i is None:
            for what in ("group", "kind", "values", "unit") if kind else ("group", "container"):
                s.check(False, f"{name} {code} missing ({what})")
            continue
        s.check(i["group"] == group, f"{name} {code} group {i['group']}")
        t = i["target"]
        if kind is None:
            s.check(t is None, f"{name} {code} should be a container")
            continue
        s.check(t is not None and t["kind"] == kind, f"{name} {code} kind {t and t['kind']}")
        s.check(t is not None and _same(t["value"], value) and _same(t["low"], low) and _same(t["high"], high),
                f"{name} {code} values")
        s.check(i["unit"] == unit, f"{name} {code} unit {i['unit']}")
    s.invented = len(flat)
    s.misses += [f"{name} {c} invented" for c in flat]
    return s


def score_folder(folder: Path, prefix: str = "") -> Score:
    """Every blind-format document in ``folder`` whose name starts with ``prefix``."""
    total = Score()
    for doc in sorted(folder.iterdir()):
        if doc.suffix in (".txt", ".docx", ".pdf") and not doc.name.endswith(".expected.txt") \
                and doc.name.startswith(prefix) and doc.with_name(f"{doc.stem}.expected.txt").exists():
            total.add(score_blind(doc))
    return total


def score_corpus(folder: Path = CORPUS) -> Score:
    """The two real plans of ``../shared/corpus``."""
    total = Score()
    for file, rows, groups in (("na-duong-ke-hoach-2026-2030.txt", NA_DUONG, NA_DUONG_GROUPS),
                               ("tam-thanh-ke-hoach-2026-2030.txt", TAM_THANH, TAM_THANH_GROUPS)):
        text = read_document(folder / file).text
        total.add(score_rows(file, text, rows, groups))
    return total


def _report(label: str, s: Score, verbose: bool) -> None:
    print(f"{label}: facts right {s.right}/{s.total} = {s.percent:.1f}%; "
          f"invented {s.invented} / expected items {s.expected_items}")
    if verbose:
        for miss in s.misses:
            print("   ", miss)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"]
    for folder in folders:
        _report(str(folder), score_folder(folder), verbose)
    if folders:
        return
    blind = HERE / "fixtures" / "blind"
    for prefix in ("r11_", "r12_", "r13_", "r14_", "r15_", "r16_", "r17_", ""):
        _report(f"blind {prefix or 'all'}", score_folder(blind, prefix), verbose)
    if CORPUS.is_dir():
        _report("corpus", score_corpus(), verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
