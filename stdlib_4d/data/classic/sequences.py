"""A table's sequence number: Sequence number, Get/SET DATABASE PARAMETER([table]; Table sequence number).

Stage: data layer, classic database language. 4D keeps one counter per table,
the "last number used": it feeds Autoincrement fields and `Sequence number`,
and `SET DATABASE PARAMETER([table]; Table sequence number; n)` sets it so that
the next record gets n+1 (commands-legacy/set-database-parameter.md). When the
primary key is an Autoincrement field the counter is the database's own
(SQLite's sqlite_sequence row, the PostgreSQL identity sequence), so keys the
database generates and numbers 4D code reads never collide; other tables use
run4d's `__run4d_sequences` table. The counter is kept in the data file, as
4D keeps it between sessions.
"""

from __future__ import annotations

_OWN = '"__run4d_sequences"'


def _autoseq(dc) -> bool:
    return dc.table.field(dc.pk_name).autoseq


def _pg_sequence(dc) -> str:
    b, lay = dc.store.backend, dc.layout
    return b.rows("SELECT pg_get_serial_sequence(%s, %s)", (lay.sql, dc.pk_name))[0][0]


def last_number(dc) -> int:
    """The last number used by the table (0 before any)."""
    b, lay = dc.store.backend, dc.layout
    if b.kind == "postgres" and _autoseq(dc):
        value, called = b.rows(f"SELECT last_value, is_called FROM {_pg_sequence(dc)}")[0]
        return int(value) if called else int(value) - 1
    if b.kind == "sqlite" and _autoseq(dc):
        rows = b.rows("SELECT seq FROM sqlite_sequence WHERE name = ?", (dc.table.name,))
        if rows:
            return int(rows[0][0])
        return int(b.rows(f"SELECT MAX({lay.pk_col}) FROM {lay.sql}")[0][0] or 0)
    b.execute(f'CREATE TABLE IF NOT EXISTS {_OWN} ("name" TEXT PRIMARY KEY, "seq" BIGINT)')
    rows = b.rows(f'SELECT "seq" FROM {_OWN} WHERE "name" = {b.ph}', (dc.table.name,))
    return int(rows[0][0]) if rows else 0


def set_last_number(dc, n: int) -> None:
    """Make n the last number used: the next one given is n+1."""
    b = dc.store.backend
    if b.kind == "postgres" and _autoseq(dc):
        # setval's smallest value is 1: "0 used" is "1 not yet called"
        b.rows("SELECT setval(%s, %s, %s)", (_pg_sequence(dc), max(n, 1), n >= 1))
        return
    if b.kind == "sqlite" and _autoseq(dc):
        table = "sqlite_sequence"
    else:
        b.execute(f'CREATE TABLE IF NOT EXISTS {_OWN} ("name" TEXT PRIMARY KEY, "seq" BIGINT)')
        table = _OWN
    if b.rows(f'SELECT 1 FROM {table} WHERE "name" = {b.ph}', (dc.table.name,)):
        b.execute(f'UPDATE {table} SET "seq" = {b.ph} WHERE "name" = {b.ph}', (n, dc.table.name))
    else:
        b.execute(f'INSERT INTO {table} ("name", "seq") VALUES ({b.ph}, {b.ph})', (dc.table.name, n))


def next_number(dc) -> int:
    """Take the next number (Sequence number)."""
    b, lay = dc.store.backend, dc.layout
    if b.kind == "postgres" and _autoseq(dc):
        return int(b.rows("SELECT nextval(pg_get_serial_sequence(%s, %s))", (lay.sql, dc.pk_name))[0][0])
    n = last_number(dc) + 1
    set_last_number(dc, n)
    return n
