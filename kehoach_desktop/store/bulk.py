"""Inserting and updating many rows through the driver, with each column's own conversion applied once.

``connection.execute(insert(table), rows)`` rebuilds every row's parameters through SQLAlchemy's
compiler, a quarter of the time of a province's import. Here the statement is compiled once per
table, columns and dialect (and kept), the bind processor of each column (the same one SQLAlchemy
applies: ``ExactDecimal``, ``UTCDateTime``, enums) is looked up once, a value shared by every
row (the time, the actor, the origin of a save) is converted once, and the rows go to the
driver's ``executemany`` through ``exec_driver_sql``, so the engine's events and error wrapping
still apply.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.type_api import _BindProcessorType
from sqlalchemy.orm import Session

_Prepared = tuple[str, bool, list[tuple[str, str, _BindProcessorType[Any] | None]]]


@lru_cache(maxsize=128)
def _prepare(table: Table, keys: tuple[str, ...], key_column: str | None, dialect: Dialect) -> _Prepared:
    """The statement's SQL, whether it is positional, and each bind's (name, row key, processor)."""
    if key_column is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    else:
        set_keys = [k for k in keys if k != "row_key"]
        statement = update(table).where(table.c[key_column] == bindparam("row_key"))
        compiled = statement.compile(dialect=dialect, column_keys=set_keys)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    binds = []
    for name in names:
        bind = compiled.binds[name]
        binds.append((name, bind.key, bind.type.dialect_impl(dialect).bind_processor(dialect)))
    return compiled.string, compiled.positional, binds


def _run(session: Session, prepared: _Prepared, rows: Sequence[Mapping[str, Any]]) -> None:
    sql, positional, binds = prepared
    count = len(rows)
    # Column by column: one tight loop per column rather than a generator per row.
    columns = []
    for _name, key, process in binds:
        values = [row[key] for row in rows]
        first = values[0]
        if all(v is first for v in values):  # one time, one actor, one origin for the whole batch
            columns.append([process(first) if process else first] * count)
        else:
            columns.append([process(v) for v in values] if process else values)
    if positional:  # SQLite: ?, ? ... in the compiled order
        params: list[Any] = list(zip(*columns))
    else:  # PostgreSQL (psycopg): named parameters
        names = [name for name, _key, _process in binds]
        params = [dict(zip(names, values)) for values in zip(*columns)]
    session.connection().exec_driver_sql(sql, params)


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the session's transaction."""
    if not rows:
        return
    dialect = session.connection().dialect
    _run(session, _prepare(table, tuple(rows[0]), None, dialect), rows)


def bulk_update(session: Session, table: Table, key_column: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Update one row of ``table`` per dict of ``rows``: the row whose ``key_column`` equals the
    dict's ``row_key``, its other keys the columns set (every dict with the same keys)."""
    if not rows:
        return
    dialect = session.connection().dialect
    _run(session, _prepare(table, tuple(rows[0]), key_column, dialect), rows)
