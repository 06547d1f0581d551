"""Inserting and updating many rows through the driver, with each column's own conversion applied once.

``connection.execute(insert(table), rows)`` rebuilds every row's parameters through SQLAlchemy's
compiler, a quarter of the time of a province's import. Here the statement is compiled once per
table, columns and dialect (and kept), the bind processor of each column (the same one SQLAlchemy
applies: ``ExactDecimal``, ``UTCDateTime``, enums) is looked up once, and the rows go to the
driver's ``executemany`` (``driver.execute``, which wraps its errors as SQLAlchemy does).

A column's conversion is applied once per distinct value where that is exact: a value shared by
every row (the time, the actor, the origin of a save) once for all; times (equal instants convert
to the same UTC time) everywhere, and everything on SQLite, where the converted form is text that
equal values share (``to_plain`` writes 1.0 and 1.00 alike). A bundle's revisions share a handful
of times and figures, and converting each again was a tenth of an import.

On PostgreSQL an insert of ``COPY_MIN`` rows or more goes by ``COPY`` through a staging table (``_copy``).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.type_api import _BindProcessorType

from .driver import execute
from .types import UTCDateTime

#: Each bind: (parameter name, row key, processor, whether converting once per distinct value is exact).
_Bind = tuple[str, str, "_BindProcessorType[Any] | None", bool]
_Prepared = tuple[str, bool, list[_Bind]]


#: From this many rows on, PostgreSQL gets them by COPY (below) rather than executemany.
COPY_MIN = 200


def _copy(session: Session, table: Table, keys: list[str], columns: list[Sequence[Any]]) -> None:
    """PostgreSQL's fast path: the rows streamed with ``COPY`` into a TEMP staging table of the
    same columns, then moved into ``table`` by one ``INSERT ... SELECT``.

    The staging table has no constraints and no indexes and is never WAL-logged, so the stream
    never stops halfway; the one INSERT then meets the real table's constraints exactly as
    executemany would (a duplicate key still fails the statement, and the caller's savepoint
    takes the bundle back). The move empties it; it lives as long as the connection.
    """
    quote = session.get_bind().dialect.identifier_preparer.quote
    names = ", ".join(quote(table.c[key].name) for key in keys)
    stage = quote(f"kehoach_stage_{table.name}_{zlib.crc32(names.encode())}")
    target = quote(table.name)
    conn = session.connection()
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DELETE ROWS AS SELECT {names} FROM {target} WITH NO DATA"
    )
    statement = f"COPY {stage} ({names}) FROM STDIN"
    import psycopg  # only on a server, where it is the driver

    driver = conn.connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in zip(*columns):
                copy.write_row(row)
    except psycopg.Error as exc:  # as SQLAlchemy would wrap it: a bad value is a DataError for the caller
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc
    # Moved and emptied in one statement: the staging table is empty again for the next batch of
    # rows (a failure rolls its rows back with the savepoint, so it is empty then too).
    conn.exec_driver_sql(
        f"WITH moved AS (DELETE FROM {stage} RETURNING {names}) INSERT INTO {target} ({names}) SELECT {names} FROM moved"
    )


def _memoized(process: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    """``process`` applied to each of ``values``, once per distinct value (in the order they first
    appear, so a value it refuses is the same one as converting them one by one would meet)."""
    try:
        distinct = dict.fromkeys(values)
    except TypeError:  # one not hashable: convert each of them
        return [process(v) for v in values]
    converted = {v: process(v) for v in distinct}
    return [converted[v] for v in values]


@lru_cache(maxsize=128)
def _prepare(table: Table, keys: tuple[str, ...], key_column: str | None, dialect: Dialect) -> _Prepared:
    """The statement's SQL, whether it is positional, and each bind's (name, row key, processor, memo)."""
    if key_column is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    else:
        set_keys = [k for k in keys if k != "row_key"]
        statement = update(table).where(table.c[key_column] == bindparam("row_key"))
        compiled = statement.compile(dialect=dialect, column_keys=set_keys)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    binds: list[_Bind] = []
    for name in names:
        bind = compiled.binds[name]
        memo = dialect.name == "sqlite" or isinstance(bind.type, UTCDateTime)
        binds.append((name, bind.key, bind.type.dialect_impl(dialect).bind_processor(dialect), memo))
    return compiled.string, compiled.positional, binds


def _columns(prepared: _Prepared, rows: Sequence[Mapping[str, Any]]) -> list[Sequence[Any]]:
    """Each bind's converted values, column by column (the rows taken apart once, in C, then one
    tight loop per column: not a generator per row)."""
    count = len(rows)
    binds = prepared[2]
    keys = [key for _name, key, _process, _memo in binds]
    if len(keys) == 1:
        raw: list[Sequence[Any]] = [[row[keys[0]] for row in rows]]
    else:
        raw = list(zip(*map(itemgetter(*keys), rows)))
    columns: list[Sequence[Any]] = []
    for (_name, _key, process, memo), values in zip(binds, raw):
        first = values[0]
        if all(v is first for v in values):  # one time, one actor, one origin for the whole batch
            columns.append([process(first) if process else first] * count)
        elif process is None:
            columns.append(values)
        elif memo:
            columns.append(_memoized(process, values))
        else:
            columns.append([process(v) for v in values])
    return columns


def _run(session: Session, prepared: _Prepared, columns: list[Sequence[Any]]) -> None:
    sql, positional, binds = prepared
    if positional:  # SQLite: ?, ? ... in the compiled order
        params: list[Any] = list(zip(*columns))
    else:  # PostgreSQL (psycopg): named parameters
        names = [name for name, _key, _process, _memo in binds]
        params = [dict(zip(names, values)) for values in zip(*columns)]
    execute(session.connection(), sql, params, many=True)


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``; COPY on PostgreSQL for big batches."""
    if not rows:
        return
    dialect = session.connection().dialect
    prepared = _prepare(table, tuple(rows[0]), None, dialect)
    columns = _columns(prepared, rows)
    if dialect.name == "postgresql" and len(rows) >= COPY_MIN:
        _copy(session, table, [key for _name, key, _process, _memo in prepared[2]], columns)
        return
    _run(session, prepared, columns)


def bulk_update(session: Session, table: Table, key_column: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Update one row of ``table`` per dict of ``rows``: the row whose ``key_column`` equals the
    dict's ``row_key``, its other keys the columns set (every dict with the same keys)."""
    if not rows:
        return
    prepared = _prepare(table, tuple(rows[0]), key_column, session.connection().dialect)
    _run(session, prepared, _columns(prepared, rows))
