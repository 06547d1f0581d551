"""Version vectors: how two copies of a figure tell "newer" from "written at the same time".

Every synced change (a figure's revision, a month's approval) is numbered by the installation
that made it (``installation_id``, ``seq``) and carries a version vector: for each installation,
the highest number of its changes to the same thing that the writer had seen, its own included.
A change *knows* another when its vector covers the other's number. The changes nobody knows
are the heads: one head is the current version, several heads are a conflict, and a
deterministic one of them is shown until a person resolves it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

VersionVector = dict[str, int]


class Versioned(Protocol):
    """Anything numbered by its installation and carrying a version vector."""

    @property
    def installation_id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def vv(self) -> Mapping[str, int]: ...
    @property
    def at(self) -> datetime: ...


T = TypeVar("T", bound=Versioned)


_PLAIN_ID = re.compile(r"^[A-Za-z0-9-]{1,36}$")


def dumps(vv: Mapping[str, int]) -> str:
    """The stored form: compact JSON with sorted keys, so equal vectors are equal strings."""
    # Installation ids are UUIDs (sync refuses anything else), so the common case needs no
    # escaping and is written directly: a province import encodes hundreds of thousands.
    if all(_PLAIN_ID.match(k) for k in vv):
        return "{" + ",".join(f'"{k}":{int(v)}' for k, v in sorted(vv.items())) + "}"
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def is_plain_id(text: str) -> bool:
    """True for an installation id of the expected shape (letters, digits and dashes)."""
    return bool(_PLAIN_ID.match(text))


def loads(text: str | None) -> VersionVector:
    """A vector from its stored form (empty for NULL)."""
    return {str(k): int(v) for k, v in json.loads(text).items()} if text else {}


def merge(*vectors: Mapping[str, int]) -> VersionVector:
    """The component-wise maximum: everything any of ``vectors`` has seen."""
    result: VersionVector = {}
    for vv in vectors:
        for key, seq in vv.items():
            if seq > result.get(key, 0):
                result[key] = seq
    return result


def covers(vv: Mapping[str, int], installation_id: str, seq: int) -> bool:
    """True when a writer holding ``vv`` had seen change ``seq`` of ``installation_id``."""
    return vv.get(installation_id, 0) >= seq


def knows(a: Versioned, b: Versioned) -> bool:
    """True when ``a`` was written after its writer had seen ``b`` (``a`` replaces ``b``)."""
    return (a.installation_id, a.seq) != (b.installation_id, b.seq) and covers(a.vv, b.installation_id, b.seq)


def heads(changes: Sequence[T]) -> list[T]:
    """The changes no other change knows, in a stable order.

    Linear in the vectors' size, not quadratic in the number of changes (thousands of concurrent
    versions of one cell are read under the write lock): for each installation, the highest number
    any change's vector gives it and who gives it, and the highest any other change gives. A change
    is known when some other change's vector reaches its number (``knows``).
    """
    top: dict[str, tuple[int, tuple[str, int] | None, int]] = {}  # installation -> (best, by whom, runner-up)
    for change in changes:
        key = (change.installation_id, change.seq)
        for inst, seq in change.vv.items():
            best, who, second = top.get(inst, (0, None, 0))
            if who == key:  # the same change twice: only its larger reading counts
                if seq > best:
                    top[inst] = (seq, who, second)
            elif seq > best:
                top[inst] = (seq, key, best)
            elif seq > second:
                top[inst] = (best, who, seq)
    result = []
    for change in changes:
        best, who, second = top.get(change.installation_id, (0, None, 0))
        seen = second if who == (change.installation_id, change.seq) else best
        if seen < change.seq:
            result.append(change)
    return sorted(result, key=order_key)


def order_key(change: Versioned) -> tuple[datetime, str, int]:
    """The order deciding which of concurrent changes is shown: the latest, then by id."""
    return (change.at, change.installation_id, change.seq)


def shown(candidates: Iterable[T]) -> T | None:
    """The deterministic one of concurrent heads, the same on every installation."""
    return max(candidates, key=order_key, default=None)
