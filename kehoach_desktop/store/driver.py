"""Core statements compiled once and run on the database driver's own cursor.

A month's save runs about a dozen small statements. Through SQLAlchemy's ``Connection.execute``
each cost some 25 µs of engine bookkeeping (execution context, events, result metadata) around a
3 µs query, and converting the rows read through the generic result machinery cost as much
again: together most of what a save costs beyond the database's own work (issue 21). A
``Prepared`` statement is compiled once per dialect; its parameters go through the same bind
processors SQLAlchemy would apply, its rows through the same result processors, and a driver
error is wrapped as SQLAlchemy wraps it (``DBAPIError``), so callers and ``diskerrors`` see the
same exceptions. It runs inside the session's transaction: ``session.connection()`` begins it
(``BEGIN IMMEDIATE`` on SQLite) before the driver is used.

Only statements without expanding (``IN``-list) parameters; those stay on ``Connection.execute``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

_REQUIRED = object()


@dataclass
class _Compiled:
    sql: str
    positional: bool
    #: Each bind: its name in the SQL, its key in the caller's mapping, its converter, and its
    #: fixed value (``_REQUIRED`` when the caller gives it).
    binds: tuple[tuple[str, str, Any, Any], ...]
    #: Each result column's converter (None: the driver's value as it is), by its index; found at
    #: the first run, from the driver's type codes (PostgreSQL's converters depend on them).
    results: list[tuple[int, Any]] | None = None


class Prepared:
    """A Core statement run on the driver: ``rows`` for a query, ``run`` for a write."""

    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] | None = None) -> None:
        """``column_keys``: an INSERT's columns (the keys of every mapping given to ``run``)."""
        self.statement = statement
        self.column_keys = list(column_keys) if column_keys is not None else None
        self._compiled: dict[tuple[type[Dialect], str], _Compiled] = {}

    def _for(self, dialect: Dialect) -> _Compiled:
        key = (type(dialect), dialect.paramstyle)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = _compile(self.statement, dialect, self.column_keys)
        return compiled

    def rows(self, session: Session | Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The query's rows as tuples, each value converted as SQLAlchemy would."""
        conn = session.connection() if isinstance(session, Session) else session
        compiled = self._for(conn.dialect)
        rows, description = _execute(conn, compiled.sql, [_params(compiled, params)], many=False)
        converters = compiled.results
        if converters is None:
            converters = compiled.results = _converters(self.statement, conn.dialect, description)
        if not converters:
            return [tuple(row) for row in rows]
        out = []
        for row in rows:  # only the columns that need it converted: most are plain ints and texts
            values = list(row)
            for i, convert in converters:
                if values[i] is not None:
                    values[i] = convert(values[i])
            out.append(tuple(values))
        return out

    def first(self, session: Session | Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The query's first row, or None."""
        found = self.rows(session, params)
        return found[0] if found else None

    def run(self, session: Session | Connection, params: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> None:
        """Run a write once, or once per mapping of a sequence (``executemany``)."""
        conn = session.connection() if isinstance(session, Session) else session
        compiled = self._for(conn.dialect)
        if isinstance(params, Mapping):
            _execute(conn, compiled.sql, [_params(compiled, params)], many=False)
        elif params:
            _execute(conn, compiled.sql, [_params(compiled, p) for p in params], many=True)


def _compile(statement: ClauseElement, dialect: Dialect, column_keys: list[str] | None) -> _Compiled:
    compiled = statement.compile(dialect=dialect, column_keys=column_keys)
    assert isinstance(compiled, SQLCompiler)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    binds = []
    for name in names:
        bind = compiled.binds[name]
        if bind.expanding:
            raise ValueError(f"{name}: an expanding parameter needs Connection.execute")
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        fixed = _REQUIRED if bind.required or bind.callable else bind.value
        if fixed is not _REQUIRED and process is not None:
            fixed = process(fixed)
        binds.append((compiled.escaped_bind_names.get(name, name), bind.key, process, fixed))
    return _Compiled(compiled.string, compiled.positional, tuple(binds))


def _converters(statement: ClauseElement, dialect: Dialect, description: Sequence[Any] | None) -> list[tuple[int, Any]]:
    columns = list(getattr(statement, "selected_columns", ()))
    codes = [d[1] for d in description] if description else [None] * len(columns)
    found = []
    for i, (column, code) in enumerate(zip(columns, codes)):
        convert = column.type.dialect_impl(dialect).result_processor(dialect, code)
        if convert is not None:
            found.append((i, convert))
    return found


def _params(compiled: _Compiled, given: Mapping[str, Any]) -> Any:
    values = []
    for _name, key, process, fixed in compiled.binds:
        if fixed is _REQUIRED:
            value = given[key]
            values.append(value if process is None or value is None else process(value))
        else:
            values.append(fixed)
    if compiled.positional:
        return tuple(values)
    return dict(zip((name for name, _k, _p, _f in compiled.binds), values))


def execute(conn: Connection, sql: str, params: list[Any], many: bool) -> None:
    """``sql`` (a write) run on the driver's cursor with ``params`` (each already converted), once
    or once per item (``many``)."""
    _execute(conn, sql, params, many)


def _execute(conn: Connection, sql: str, params: list[Any], many: bool) -> tuple[Sequence[Sequence[Any]], Any]:
    """Run on the driver's cursor; the rows fetched (none for a write) and the cursor's description."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        if many:
            cursor.executemany(sql, params)
            return [], None
        cursor.execute(sql, params[0])
        description = cursor.description
        return (cursor.fetchall() if description is not None else []), description
    except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy wraps it, so callers see one kind of error
        raise DBAPIError.instance(
            sql, params, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect,
        ) from exc
    finally:
        cursor.close()
