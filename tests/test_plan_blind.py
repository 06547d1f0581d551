"""The parser against plans it was not written for: expectations written before it ran."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kehoach_desktop.planimport.output import plan_json
from kehoach_desktop.planimport.parser import parse_text
from kehoach_desktop.planimport.readers import read_document

FOLDER = Path(__file__).parent / "fixtures" / "blind"
DOCS = sorted(
    p.name for p in FOLDER.iterdir()
    if p.suffix in (".txt", ".docx", ".pdf") and not p.name.endswith(".expected.txt")
)


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _expected(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    meta: dict[str, Any] = {}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#plan "):
            meta["plan"] = dict(re.findall(r"(\w+)=(.+?)(?=\s+\w+=|$)", line[6:]))
        elif line.startswith("#groups "):
            meta["groups"] = line[8:].strip().split(",")
        elif line.startswith("#") or not line.strip():
            continue
        else:
            code, group, unit, kind, value, low, high, base, opts, anchor = [c.strip() for c in line.split("|")][:10]
            row: dict[str, Any] = dict(code=code, group=group, unit=unit or None, kind=kind, value=value or None,
                                       low=low or None, high=high or None,
                                       # "2025/-": either that year or none
                                       base=None if base == "*" else {None if b in ("", "-") else int(b) for b in base.split("/")},
                                       anchor=anchor.replace("\\t", "\t"), flags=set(), ok=set(), altkind=set(), altunit=set(),
                                       per_year=False, any_year=False, points=False, any_points=False,
                                       dir=None)
            tokens = [t for piece in opts.split(";") for t in re.split(r"\s+(?=\w+=|per_year|points|measures)", piece.strip())]
            for tok in (t.strip() for t in tokens if t.strip()):
                if tok == "per_year?":
                    row["any_year"] = True
                elif tok == "points?":
                    row["any_points"] = True
                elif tok in ("per_year", "points", "measures_change"):
                    row[tok] = True
                elif "=" in tok:
                    key, val = tok.split("=", 1)
                    if key == "dir":
                        row["dir"] = val
                    else:
                        values = {None if v == "NULL" else v for v in val.split("+")}
                        row[key] |= {v for v in values if not (v or "").endswith("?")}
                        row["ok"] |= {v.rstrip("?") for v in values if (v or "").endswith("?")}  # "flag?": may be
            rows.append(row)
    return meta, rows


def _flat(indicators: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for i in indicators for d in [i, *_flat(i["children"])]]


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _problems(doc: str) -> list[str]:
    source = read_document(FOLDER / doc)
    got = plan_json(parse_text(source.text), source)
    text = source.text
    meta, rows = _expected(FOLDER / f"{Path(doc).stem}.expected.txt")
    out: list[str] = []
    plan, want = got["plan"], meta["plan"]
    # "start=2025|2026": either reading of a congress term is right.
    if plan["kind"] != want["kind"] or str(plan["start_year"]) not in want["start"].split("|") or str(
        plan["end_year"]
    ) != want["end"]:
        out.append(f"plan {plan['kind']} {plan['start_year']}-{plan['end_year']}")
    if not plan["commune"] or want["commune"].lower() not in plan["commune"].lower():
        out.append(f"commune {plan['commune']}")
    if [g["key"] for g in got["groups"]] != meta["groups"]:
        out.append(f"groups {[g['key'] for g in got['groups']]}")
    flat = {i["code"]: i for i in _flat(got["indicators"])}
    for r in rows:
        i = flat.pop(r["code"], None)
        if i is None:
            out.append(f"{r['code']} missing")
            continue
        t = i["target"]
        if _ws(r["anchor"]) not in _ws(text[i["span"][0]:i["span"][1]]):
            out.append(f"{r['code']} span misses {r['anchor']!r}")
        if i["group"] != r["group"]:
            out.append(f"{r['code']} group {i['group']}")
        if r["kind"] == "-":
            if t is not None:
                out.append(f"{r['code']} should be a container")
            continue
        if t is None:
            out.append(f"{r['code']} has no target")
            continue
        if t["kind"] != r["kind"] and t["kind"] not in r["altkind"]:
            out.append(f"{r['code']} kind {t['kind']} (expected {r['kind']})")
        for key in ("value", "low", "high"):
            if r[key] != "*" and _dec(t[key]) != _dec(r[key]):  # "*": either way is right
                out.append(f"{r['code']} {key} {t[key]} (expected {r[key]})")
        if r["base"] is not None and t["baseline_year"] not in r["base"]:
            out.append(f"{r['code']} baseline {t['baseline_year']}")
        if r["unit"] != "*" and i["unit"] != r["unit"] and i["unit"] not in r["altunit"]:
            out.append(f"{r['code']} unit {i['unit']} (expected {r['unit']})")
        if not r["any_year"] and t["per_year"] != r["per_year"]:
            out.append(f"{r['code']} per_year {t['per_year']}")
        if not r["any_points"] and t["points"] != r["points"]:
            out.append(f"{r['code']} points {t['points']}")
        flags = set(i["flags"])
        if r["flags"] - flags or flags - r["flags"] - r["ok"]:
            out.append(f"{r['code']} flags {sorted(flags)} (expected {sorted(r['flags'])})")
        if r["dir"] not in (None, "*") and i["direction"] != r["dir"]:
            out.append(f"{r['code']} direction {i['direction']}")
    out += [f"{code} not expected" for code in flat]
    return out


@pytest.mark.parametrize("doc", DOCS)
def test_blind_document_reads_as_expected(doc: str) -> None:
    assert _problems(doc) == []


def test_the_nfd_document_really_is_decomposed() -> None:
    raw = (FOLDER / "doc6_thanh_son_nq_2026_2030_nfd.txt").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
