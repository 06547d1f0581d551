"""Inserting many rows through the driver, with each column's own conversion applied once.

``connection.execute(insert(table), rows)`` rebuilds every row's parameters through SQLAlchemy's
compiler, a quarter of the time of a province's import. Here the statement is compiled once, the
bind processor of each column (the same one SQLAlchemy applies: ``ExactDecimal``,
``UTCDateTime``, enums) is looked up once, and the rows go to the driver's ``executemany``.

A column's conversion is also applied once per distinct value where that is exact: times (equal
instants convert to the same UTC time) everywhere, and everything on SQLite, where the converted
form is text that equal values share (``to_plain`` writes 1.0 and 1.00 alike). A bundle's
revisions share a handful of times and figures, and converting each again was a tenth of an import.

On PostgreSQL a batch of ``COPY_MIN`` rows or more goes by ``COPY`` through a staging table (``_copy``).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from .types import UTCDateTime


#: From this many rows on, PostgreSQL gets them by COPY (below) rather than executemany.
COPY_MIN = 200


def _copy(session: Session, table: Table, keys: list[str], columns: list[list[Any]]) -> None:
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


def _memoized(process: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """``process`` applied to each of ``values``, once per distinct value."""
    seen: dict[Any, Any] = {}
    out = []
    for v in values:
        try:
            out.append(seen[v])
        except KeyError:
            seen[v] = converted = process(v)
            out.append(converted)
        except TypeError:  # not hashable: convert it each time
            out.append(process(v))
    return out


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the session's transaction."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    processors = {key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys}
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    # Column by column: one tight loop per column rather than a generator per row.
    columns = []
    for name in names:
        key = compiled.binds[name].key
        process = processors[key]
        values = [row[key] for row in rows]
        if process is None:
            columns.append(values)
        elif dialect.name == "sqlite" or isinstance(table.c[key].type, UTCDateTime):
            columns.append(_memoized(process, values))
        else:
            columns.append([process(v) for v in values])
    if dialect.name == "postgresql" and len(rows) >= COPY_MIN:
        _copy(session, table, [compiled.binds[name].key for name in names], columns)
        return
    if compiled.positional:  # SQLite: ?, ? ... in the compiled order
        params: list[Any] = list(zip(*columns))
    else:  # PostgreSQL (psycopg): named parameters
        params = [dict(zip(names, values)) for values in zip(*columns)]
    conn.exec_driver_sql(compiled.string, params)
