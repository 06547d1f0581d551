"""The payload of a bundle: plans, figure revisions and month events, to JSON and back.

Installation ids are listed once and referred to by index, which keeps a five-year dataset's
revisions small. Reading validates every field's type and range, so a hand-edited or forged
payload is refused with a message rather than half-applied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, NamedTuple, TypeVar

from ..domain import versions
from ..domain.access import MonthState, Role
from ..domain.bounds import MAX_CODE, MAX_NAME, MAX_NOTE, figure_problem, name_problem
from ..domain.denominators import MAX_LABEL, MAX_UNIT
from ..domain.model import Aggregation, Direction, PlanKind, PlanStatus, RuleKind, TargetSource, ValueKind
from ..domain.numbers import to_plain
from .errors import BundleRefused

E = TypeVar("E", bound=Enum)
T = TypeVar("T")
MAX_TEXT = 2_000_000
#: Rows one bundle may carry: a commune's five years are some 2,000 cells with a few revisions
#: each, so these leave a wide margin while bounding what a trusted sender can make this PC
#: spend (tests/bench/sync_scale_bench.py measures the largest bundle within them).
MAX_REVISIONS = 200_000
MAX_MONTH_EVENTS = 20_000
MAX_INSTALLATIONS = 20_000
#: Bytes of payload JSON read at most (checked before parsing: JSON takes ~10x its size in memory).
MAX_BYTES = 64 * 1024 * 1024
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


class _Bad(Exception):
    """A malformed payload field (turned into ``BundleRefused`` by ``parse``)."""


def dec(value: Decimal | None) -> str | None:
    """A decimal as exact text."""
    return None if value is None else to_plain(value)


def when(value: datetime | None) -> str | None:
    """A UTC time as ISO text."""
    return None if value is None else value.isoformat()


class RevisionIn(NamedTuple):
    """One incoming revision of a figure (a named tuple: a payload holds up to 200,000, and a
    frozen dataclass's constructor was a tenth of an import)."""

    indicator_uid: str
    year: int
    month: int
    installation_id: str
    seq: int
    vv: dict[str, int]
    at: datetime
    actor: str
    new_value: Decimal | None
    new_kind: ValueKind
    new_note: str | None
    old_value: Decimal | None
    old_kind: ValueKind | None
    old_note: str | None


@dataclass(frozen=True)
class MonthEventIn:
    """One incoming change of a month's approval state."""

    plan_uid: str
    year: int
    month: int
    installation_id: str
    seq: int
    vv: dict[str, int]
    at: datetime
    actor: str
    state: MonthState
    reason: str | None
    cells: dict[str, dict[str, int]]
    role: str | None = None  # since format 1.2


@dataclass
class Payload:
    """A parsed, validated payload."""

    installations: dict[str, str] = field(default_factory=dict)
    plans: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[RevisionIn] = field(default_factory=list)
    month_events: list[MonthEventIn] = field(default_factory=list)


def encode(payload: Mapping[str, Any]) -> bytes:
    """The payload's bytes (compact UTF-8 JSON)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- reading -------------------------------------------------------------------------------


def _int(v: Any, low: int = 0, high: int = 2**62) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
        raise _Bad(f"số nguyên không hợp lệ: {str(v)[:40]}")
    return v


def _str(v: Any, limit: int = 500, optional: bool = False) -> Any:
    if v is None and optional:
        return None
    if not isinstance(v, str) or len(v) > limit:
        raise _Bad(f"chuỗi không hợp lệ: {str(v)[:40]}")
    return v


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    # The format's plain decimal string, in ASCII digits only: Decimal() alone also takes
    # "0E-200000000" (which to_plain writes out as 200 million zeros), " 12 ", "1_000" and
    # Arabic-Indic digits.
    if not isinstance(v, str) or len(v) > 60 or _PLAIN.fullmatch(v) is None:
        raise _Bad(f"số không hợp lệ: {str(v)[:40]}")
    try:
        d = Decimal(v)
    except InvalidOperation as exc:
        raise _Bad(f"số không hợp lệ: {v[:40]}") from exc
    # The same bounds as typing and the CLI (domain.bounds): what one PC stores, every PC accepts.
    problem = figure_problem(d)
    if problem is not None:
        raise _Bad(f"số {v[:40]} {problem}")
    return d


def _time(v: Any) -> datetime:
    if not isinstance(v, str) or len(v) > 40:
        raise _Bad(f"thời điểm không hợp lệ: {str(v)[:40]}")
    try:
        t = datetime.fromisoformat(v)
    except ValueError as exc:
        raise _Bad(f"thời điểm không hợp lệ: {v}") from exc
    if t.tzinfo is None:
        raise _Bad(f"thời điểm thiếu múi giờ: {v}")
    return t


def _enum(cls: type[E], v: Any, optional: bool = False) -> Any:
    if v is None and optional:
        return None
    try:
        return cls(v)
    except ValueError as exc:
        raise _Bad(f"giá trị «{str(v)[:40]}» không hợp lệ") from exc


def _list(v: Any, limit: int = 5_000_000, what: str = "") -> list[Any]:
    if not isinstance(v, list):
        raise _Bad("danh sách không hợp lệ")
    if len(v) > limit:
        raise _Bad(f"{len(v)} {what or 'mục'}, quá giới hạn {limit} của một gói" if what else "danh sách quá dài")
    return v


def _row(v: Any, width: int) -> list[Any]:
    """A row of at least ``width`` columns; later minor versions may append more (ignored)."""
    row = _list(v, 64)
    if len(row) < width:
        raise _Bad(f"dòng thiếu cột ({len(row)} thay vì {width})")
    return row


def _dict(v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _Bad("đối tượng không hợp lệ")
    return v


def _vv(v: Any, ids: list[str]) -> dict[str, int]:
    result: dict[str, int] = {}
    last = len(ids) - 1
    for pair in _list(v, 10_000):
        # The common case checked inline (``type(x) is int`` also refuses a bool, as ``_int``
        # does); anything else goes the long way, for the message.
        if type(pair) is list and len(pair) == 2:
            idx, seq = pair
            if type(idx) is int and type(seq) is int and 0 <= idx <= last and 1 <= seq <= 2**62:
                result[ids[idx]] = seq
                continue
        idx, seq = _list(pair, 2)
        result[ids[_int(idx, 0, last)]] = _int(seq, 1)
    return result


def _memo(convert: Callable[[Any], T], cache: dict[str, T]) -> Callable[[Any], T]:
    """``convert`` once per distinct string: a payload repeats a handful of times and figures."""

    def get(v: Any) -> T:
        if type(v) is not str:
            return convert(v)
        try:
            return cache[v]
        except KeyError:
            cache[v] = found = convert(v)
            return found

    return get


def parse(data: bytes) -> Payload:
    """A payload from its bytes; ``BundleRefused`` naming what is malformed."""
    if len(data) > MAX_BYTES:
        raise BundleRefused(
            f"Dữ liệu trong gói lớn {len(data) // (1024 * 1024)} MB, quá giới hạn {MAX_BYTES // (1024 * 1024)} MB của "
            "một gói (dữ liệu năm năm của một xã chỉ vài MB): tệp bị từ chối, không có gì thay đổi.", "size")
    try:
        raw = _dict(json.loads(data.decode("utf-8")))
        return _parse(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # json's and codecs' own words are English: say where, in Vietnamese.
        if isinstance(exc, json.JSONDecodeError):
            message = f"không phải JSON hợp lệ ở dòng {exc.lineno}, cột {exc.colno}"
        elif isinstance(exc, UnicodeDecodeError):
            message = f"không phải văn bản UTF-8 ở byte {exc.start}"
        else:
            message = "lồng nhau quá sâu" if isinstance(exc, RecursionError) else "không đúng dạng"
        raise BundleRefused(f"Dữ liệu trong gói không đọc được ({message}): tệp bị hỏng hoặc bị sửa.", "payload") from exc
    except (_Bad, KeyError, TypeError, IndexError) as exc:
        detail = f"thiếu trường {exc}" if isinstance(exc, KeyError) else str(exc)[:200]
        raise BundleRefused(f"Dữ liệu trong gói không hợp lệ ({detail}): tệp bị sửa hoặc do chương trình khác tạo.", "payload") from exc


def _parse(raw: dict[str, Any]) -> Payload:
    out = Payload()
    ids: list[str] = []
    for item in _list(raw["installations"], MAX_INSTALLATIONS, "máy"):
        item = _dict(item)
        ids.append(_str(item["id"], 36))
        if not versions.is_plain_id(ids[-1]):
            raise _Bad(f"mã máy không hợp lệ: {ids[-1][:40]}")
        out.installations[ids[-1]] = _str(item.get("name") or "", 200)
    for plan in _list(raw["plans"], 1000):
        out.plans.append(_plan(_dict(plan)))
    times: dict[str, datetime] = {}
    numbers: dict[str, Decimal | None] = {}
    time, dec = _memo(_time, times), _memo(_dec, numbers)
    kinds: dict[Any, ValueKind] = {k.value: k for k in ValueKind}
    last = len(ids) - 1
    for r in _list(raw["revisions"], MAX_REVISIONS, "lần sửa số liệu"):
        if _plain_revision(r, last):  # the same checks as below, inline: most rows of a large payload
            # The memos and the kinds looked up inline (a function call per field was a tenth of
            # the parse); anything not found, or not a string, goes through _memo / _enum as before.
            at, new, old, kind, old_kind, vv = r[6], r[8], r[11], r[9], r[12], r[5]
            # A vector of one pair (a figure typed on one PC, nearly every row) checked as _vv does.
            pair = vv[0] if type(vv) is list and len(vv) == 1 else None
            if type(pair) is list and len(pair) == 2 and type(pair[0]) is int and type(pair[1]) is int \
                    and 0 <= pair[0] <= last and 1 <= pair[1] <= 2**62:
                vv = {ids[pair[0]]: pair[1]}
            else:
                vv = _vv(vv, ids)
            out.revisions.append(RevisionIn(
                r[0], r[1], r[2], ids[r[3]], r[4], vv,
                times[at] if type(at) is str and at in times else time(at),
                r[7],
                None if new is None else numbers[new] if type(new) is str and new in numbers else dec(new),
                kinds[kind] if type(kind) is str and kind in kinds else _enum(ValueKind, kind),
                r[10],
                None if old is None else numbers[old] if type(old) is str and old in numbers else dec(old),
                None if old_kind is None else kinds[old_kind] if type(old_kind) is str and old_kind in kinds
                else _enum(ValueKind, old_kind, True),
                r[13],
            ))
            continue
        r = _row(r, 14)
        out.revisions.append(RevisionIn(
            _str(r[0], 36), _int(r[1], 1900, 2200), _int(r[2], 1, 12), ids[_int(r[3], 0, len(ids) - 1)],
            _int(r[4], 1), _vv(r[5], ids), time(r[6]), _str(r[7], MAX_NAME), dec(r[8]), _enum(ValueKind, r[9]),
            _str(r[10], MAX_NOTE, True), dec(r[11]), _enum(ValueKind, r[12], True), _str(r[13], MAX_NOTE, True),
        ))
    for e in _list(raw["month_events"], MAX_MONTH_EVENTS, "lần duyệt/mở tháng"):
        e = _row(e, 11)
        cells = {_str(uid, 36): _vv(vv, ids) for uid, vv in _dict(e[10]).items()}
        out.month_events.append(MonthEventIn(
            _str(e[0], 36), _int(e[1], 1900, 2200), _int(e[2], 1, 12), ids[_int(e[3], 0, len(ids) - 1)],
            _int(e[4], 1), _vv(e[5], ids), _time(e[6]), _str(e[7], MAX_NAME), _enum(MonthState, e[8]),
            _str(e[9], MAX_NOTE, True), cells, _role(e[11]) if len(e) > 11 else None,
        ))
    return out


def _plain_revision(r: Any, last: int) -> bool:
    """True when revision row ``r`` passes ``_row``, ``_str`` and ``_int``'s checks of columns 0-4, 7,
    10 and 13 as ``_parse`` makes them (``type(x) is int`` also refuses a bool, as ``_int`` does).
    Anything else goes the long way, which names what is wrong."""
    return (
        type(r) is list and 14 <= len(r) <= 64
        and type(r[0]) is str and len(r[0]) <= 36
        and type(r[1]) is int and 1900 <= r[1] <= 2200
        and type(r[2]) is int and 1 <= r[2] <= 12
        and type(r[3]) is int and 0 <= r[3] <= last
        and type(r[4]) is int and 1 <= r[4] <= 2**62
        and type(r[7]) is str and len(r[7]) <= MAX_NAME
        and (r[10] is None or (type(r[10]) is str and len(r[10]) <= MAX_NOTE))
        and (r[13] is None or (type(r[13]) is str and len(r[13]) <= MAX_NOTE))
    )


def _role(v: Any) -> str | None:
    """The role that made a month event (format 1.2), or None (made before roles travelled)."""
    if v is None:
        return None
    return _enum(Role, v).value


def _plan(p: dict[str, Any]) -> dict[str, Any]:
    """A plan snapshot with its fields checked and converted."""
    plan = {
        "uid": _str(p["uid"], 36), "kind": _enum(PlanKind, p["kind"]), "status": _enum(PlanStatus, p["status"]),
        "start_year": _int(p["start_year"], 1900, 2200), "end_year": _int(p["end_year"], 1900, 2200),
        "title": _str(p.get("title"), 500, True), "resolution_ref": _str(p.get("resolution_ref"), 200, True),
        "source_name": _str(p.get("source_name"), 500, True), "source_text": _str(p.get("source_text"), MAX_TEXT, True),
        "created_at": _time(p["created_at"]), "adopted_at": None if p.get("adopted_at") is None else _time(p["adopted_at"]),
        "rev_at": _time(p["rev_at"]), "rev_installation": _str(p["rev_installation"], 36),
        "groups": [], "indicators": [],
    }
    if plan["end_year"] < plan["start_year"]:
        raise _Bad("năm kết thúc trước năm bắt đầu")
    for g in _list(p["groups"], 1000):
        g = _dict(g)
        plan["groups"].append({"key": _str(g["key"], 100), "title": _str(g["title"], 500), "position": _int(g["position"])})
    for i in _list(p["indicators"], 5000):
        i = _dict(i)
        plan["indicators"].append({
            "uid": _str(i["uid"], 36), "code": _str(i["code"], MAX_CODE), "name": _str(i["name"], 10_000),
            "unit": _str(i["unit"], 100), "direction": _enum(Direction, i["direction"]),
            "aggregation": _enum(Aggregation, i["aggregation"]), "baseline_value": _dec(i.get("baseline_value")),
            "baseline_year": None if i.get("baseline_year") is None else _int(i["baseline_year"], 1900, 2200),
            "responsible_office": _str(i.get("responsible_office"), 200, True), "position": _int(i["position"]),
            "group": _str(i.get("group"), 100, True), "parent": _str(i.get("parent"), 36, True),
            "source_start": None if i.get("source_start") is None else _int(i["source_start"]),
            "source_end": None if i.get("source_end") is None else _int(i["source_end"]),
            "review_flags": _str(i.get("review_flags") or "", 500),
            "targets": [_target(_dict(t)) for t in _list(i["targets"], 100)],
            # Since 1.3; absent (an older sender, which knows nothing of denominators) means "keep
            # what is held", null means "none".
            **({"denominator": _denominator(i["denominator"])} if "denominator" in i else {}),
        })
    _check_indicators(plan["indicators"])
    return plan


def _check_indicators(indicators: list[dict[str, Any]]) -> None:
    """Unique uids and codes, one target per year, parents inside the plan and no cycle."""
    uids = {i["uid"] for i in indicators}
    codes = [i["code"] for i in indicators]
    if len(uids) != len(indicators) or len(set(codes)) != len(codes):
        raise _Bad("mã chỉ tiêu bị trùng")
    if any(not c.strip() or c.startswith("~") for c in codes):
        raise _Bad("mã chỉ tiêu không hợp lệ")
    for ind in indicators:
        years = [t["year"] for t in ind["targets"]]
        if len(set(years)) != len(years):
            raise _Bad(f"chỉ tiêu {ind['code']} có hai mục tiêu cho cùng một năm")
    parents = {i["uid"]: i["parent"] for i in indicators}
    for uid, parent in parents.items():
        seen = {uid}
        while parent is not None:
            if parent not in parents or parent in seen:
                raise _Bad("chỉ tiêu cha không có trong kế hoạch hoặc lặp vòng")
            seen.add(parent)
            parent = parents[parent]


def _denominator(v: Any) -> dict[str, Any] | None:
    """A rate's denominator (since 1.3): label, unit and its figure per year, each within bounds."""
    if v is None:
        return None
    d = _dict(v)
    label, unit = _str(d["label"], MAX_LABEL), _str(d["unit"], MAX_UNIT)
    # The same checks as typing them (domain.denominators.check_label): named, no hidden characters.
    for what, text, limit in (("tên", label, MAX_LABEL), ("đơn vị", unit, MAX_UNIT)):
        problem = name_problem(text, limit)
        if problem is not None:
            raise _Bad(f"{what} của mẫu số {problem}")
    values: dict[int, Decimal] = {}
    for pair in _list(d["values"], 400):
        year, raw = _row(pair, 2)[:2]
        value = _dec(raw)
        if value is None or value <= 0:
            raise _Bad(f"mẫu số năm {str(year)[:8]} không phải số dương")
        values[_int(year, 1900, 2200)] = value
    if len(values) != len(d["values"]):
        raise _Bad("mẫu số có hai số cho cùng một năm")
    return {"label": label, "unit": unit, "values": values}


def _target(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "year": None if t.get("year") is None else _int(t["year"], 1900, 2200), "kind": _enum(RuleKind, t["kind"]),
        "value": _dec(t.get("value")), "low": _dec(t.get("low")), "high": _dec(t.get("high")),
        "baseline_year": None if t.get("baseline_year") is None else _int(t["baseline_year"], 1900, 2200),
        "per_year": bool(t.get("per_year")), "points": bool(t.get("points")),
        "measures_change": bool(t.get("measures_change")), "text": _str(t.get("text") or "", 10_000),
        # Since 1.1; a 1.0 bundle's targets all came from the plan. A derived target is never sent.
        "source": _source(t.get("source")), "source_ref": _str(t.get("source_ref"), 500, True),
    }


def _source(value: Any) -> str:
    if value is None:
        return TargetSource.PLAN.value
    source = _enum(TargetSource, value)
    if source is TargetSource.DERIVED:
        raise _Bad("mục tiêu suy ra không được gửi trong gói")
    return source.value
