"""SQL back-ends: an embedded SQLite file, or a PostgreSQL server.

Stage: data layer, storage. A Backend opens one connection per 4D process
(transactions belong to their process), runs SQL with the dialect's
placeholders, and handles what differs between engines: column types,
creation order, transaction statements, pessimistic locks. It knows the
catalog model (for DDL) but nothing of entities or 4D values.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import weakref
from typing import Any

from runtime.process import current

# The entity stamp's column. A 4D field name cannot contain "#", so no field of a catalog
# can take this name (SQLite compares column names without case: a field "__Stamp" clashed
# with the "__STAMP" of earlier versions, which schema.migrate renames).
STAMP = '"#stamp"'
LEGACY_STAMP = "__STAMP"


class BackendError(Exception):
    """The database cannot be opened or used."""


class ProcState:
    """What one 4D process has open on the database."""

    __slots__ = ("conn", "level", "written", "number", "name", "cursor")

    def __init__(self, conn, number: int, name: str) -> None:
        self.conn = conn
        self.cursor = None  # SQLite: one cursor kept for INSERTs (conn.execute makes one per call)
        self.level = 0  # transaction depth
        self.written: set = set()  # (table, key) changed in the open transaction (SQLite)
        self.number = number
        self.name = name


_admin = threading.local()


class Backend:
    """The parts shared by both engines."""

    kind = ""
    ph = "?"
    tracks_writes = False
    true, false = "1", "0"

    def __init__(self) -> None:
        self._states: dict[int, ProcState] = {}
        self._guard = threading.RLock()
        self._tl = threading.local()

    # ------------------------------------------------------------------ connections

    def state(self) -> ProcState:
        try:
            return self._tl.st  # a process is a thread: its state is cached on the thread
        except AttributeError:
            pass
        admin = getattr(_admin, "state", None)
        if admin is not None and admin[0] is self:
            return admin[1]
        proc = current()
        st = self._states.get(proc.number)
        if st is None:
            with self._guard:
                st = ProcState(self.connect(), proc.number, proc.name)
                self._states[proc.number] = st
            number = proc.number
            proc.at_end.append(lambda: self.process_ended(number))  # its transaction ends with it
        if proc.thread is threading.current_thread():
            self._tl.st = st
        return st

    def run_admin(self, fn):
        """Run fn() on a connection of its own, outside any 4D process (schema changes)."""
        st = ProcState(self.connect(), 0, "run4d")
        _admin.state = (self, st)
        try:
            return fn()
        finally:
            _admin.state = None
            self._close(st.conn)

    def process_ended(self, number: int) -> None:
        """A process ended: its open transaction is cancelled, its connection closed."""
        with self._guard:
            st = self._states.pop(number, None)
        if getattr(self._tl, "st", None) is st:
            del self._tl.st
        if st is not None:
            self.release_process(st)
            self._close(st.conn)

    def close(self) -> None:
        with self._guard:
            states, self._states = list(self._states.values()), {}
        for st in states:
            self._close(st.conn)

    def _close(self, conn) -> None:
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - closing a broken connection is still closing it
            pass

    def release_process(self, st: ProcState) -> None:
        """Forget what a process held (locks); the engine rolls back its transaction."""

    # ------------------------------------------------------------------ running SQL

    def execute(self, sql: str, params=()) -> Any:
        return self.state().conn.execute(sql, params)

    def rows(self, sql: str, params=()) -> list:
        return self.state().conn.execute(sql, params).fetchall()

    # ------------------------------------------------------------------ transactions

    def begin(self) -> None:
        st = self.state()
        st.level += 1
        if st.level == 1:
            st.conn.execute(self.begin_sql)
        else:
            st.conn.execute(f"SAVEPOINT t{st.level}")

    def commit(self) -> None:
        st = self.state()
        if st.level == 0:
            return
        if st.level == 1:
            st.conn.execute("COMMIT")
            st.written.clear()
        else:
            st.conn.execute(f"RELEASE SAVEPOINT t{st.level}")
        st.level -= 1

    def rollback(self) -> None:
        st = self.state()
        if st.level == 0:
            return
        if st.level == 1:
            st.conn.execute("ROLLBACK")
            st.written.clear()
        else:
            st.conn.execute(f"ROLLBACK TO SAVEPOINT t{st.level}")
            st.conn.execute(f"RELEASE SAVEPOINT t{st.level}")
        st.level -= 1

    def level(self) -> int:
        st = self._states.get(current().number)
        return 0 if st is None else st.level

    begin_sql = "BEGIN"


# ---------------------------------------------------------------- SQLite
#
# Inserts batched inside a transaction. Once a transaction has inserted a row in a table with a
# generated key (an INTEGER PRIMARY KEY AUTOINCREMENT), this connection holds SQLite's write lock
# until the transaction ends, so the keys of the next rows it inserts in that table are known:
# the last one plus one. run_insert then gives each new row its key at once (save() returns as
# before: success, stamp 1, primary key assigned) and keeps the row in a batch that runs as one
# executemany before any other statement on the connection (a read, another write, SAVEPOINT,
# COMMIT, ROLLBACK) and every BATCH rows, so every statement sees the rows as if each had been
# inserted by its own save(). Only tables whose inserts cannot fail on a constraint are batched
# (no UNIQUE index besides the primary key, no trigger); see docs/decisions.md.


class _Batch:
    """The rows kept for one table, and the key the next one gets."""

    __slots__ = ("lay", "sql", "rows", "next")

    def __init__(self, lay, sql: str, next_key: int) -> None:
        self.lay, self.sql, self.rows, self.next = lay, sql, [], next_key


class _SQLiteConn:
    """A sqlite3 connection whose batched INSERTs run before any other statement on it."""

    __slots__ = ("raw", "batch")

    def __init__(self, raw) -> None:
        self.raw = raw
        self.batch: _Batch | None = None

    def execute(self, sql: str, params=()):
        if self.batch is not None:
            self.flush()
        return self.raw.execute(sql, params)

    def cursor(self):
        return self.raw.cursor()

    def flush(self, keep: bool = False) -> None:
        """Insert the batched rows; keep: the batch goes on (nothing else ran in between)."""
        b = self.batch
        if not keep:
            self.batch = None
        if b is not None and b.rows:
            rows, b.rows = b.rows, []
            self.raw.executemany(b.sql, rows)

    def close(self) -> None:
        self.batch = None  # closing rolls the open transaction back
        self.raw.close()


_MAX_KEY = 2 ** 63 - 1


class SQLiteBackend(Backend):
    """One SQLite file; each process has its own connection (WAL journal)."""

    kind = "sqlite"
    ph = "?"
    tracks_writes = True  # records written in open transactions are locked for other processes
    row_order = "rowid"
    # A writer waits this long for another process's write transaction to end.
    busy_ms = 5000

    def __init__(self, path: str | None) -> None:
        super().__init__()
        self.temporary = path is None
        if path is None:
            base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
            fd, path = tempfile.mkstemp(prefix="run4d-", suffix=".sqlite", dir=base)
            os.close(fd)
        self.path = path
        self.locks: dict[tuple, tuple] = {}  # (table, key) -> (process number, name, entity id)
        self.lock_guard = threading.Lock()
        self._writers: dict[tuple, int] = {}  # (table, key) -> process number, in open transactions
        self._batch_sql: dict[str, str | None] = {}  # INSERT -> the same with the key, None: not batched
        try:
            conn = self.connect()
            conn.execute("PRAGMA journal_mode=WAL")
            conn.close()
        except sqlite3.Error as e:
            raise BackendError(f"cannot open the data file {path}: {e}") from None

    def connect(self):
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                               timeout=self.busy_ms / 1000, cached_statements=256)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=OFF")
        return _SQLiteConn(conn)

    def close(self) -> None:
        super().close()
        if self.temporary:
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.remove(self.path + suffix)
                except OSError:
                    pass

    def release_process(self, st: ProcState) -> None:
        with self.lock_guard:
            for k in [k for k, v in self.locks.items() if v[0] == st.number]:
                del self.locks[k]
            for k in [k for k, v in self._writers.items() if v == st.number]:
                del self._writers[k]

    # A record written in an open transaction is locked for the other processes.
    def note_write(self, table: str, key) -> None:
        try:
            st = self._tl.st
        except AttributeError:
            st = self.state()
        if st.level:
            st.written.add((table, key))
            self._writers[(table, key)] = st.number

    def commit(self) -> None:
        st = self.state()
        if st.level == 1:
            self._forget_writes(st)
        super().commit()

    def rollback(self) -> None:
        st = self.state()
        if st.level == 1:
            self._forget_writes(st)
        super().rollback()

    def _forget_writes(self, st: ProcState) -> None:
        with self.lock_guard:
            for k in st.written:
                if self._writers.get(k) == st.number:
                    del self._writers[k]

    def locker(self, table: str, key) -> tuple | None:
        """(process number, process name) of another process holding the record, if any."""
        me = current().number
        held = self.locks.get((table, key))
        if held is not None and held[0] != me:
            return held[0], held[1]
        writer = self._writers.get((table, key))
        if writer is not None and writer != me:
            return writer, ""
        return None

    def try_lock(self, table: str, key, entity_id: int) -> tuple | None:
        """Lock a record for this process; None, or the holder's (number, name)."""
        proc = current()
        with self.lock_guard:
            other = self.locker(table, key)
            if other is not None:
                return other
            held = self.locks.get((table, key))
            if held is None:
                self.locks[(table, key)] = (proc.number, proc.name, entity_id)
        return None

    def lock_owner(self, table: str, key) -> tuple | None:
        return self.locks.get((table, key))

    def unlock(self, table: str, key) -> None:
        with self.lock_guard:
            self.locks.pop((table, key), None)

    def unlock_if_owner(self, table: str, key, entity_id: int) -> None:
        with self.lock_guard:
            held = self.locks.get((table, key))
            if held is not None and held[2] == entity_id:
                del self.locks[(table, key)]

    def watch_lock(self, entity, table: str, key) -> None:
        """The lock ends when the entity that took it is no longer referenced (EntityClass.md)."""
        weakref.finalize(entity, self.unlock_if_owner, table, key, id(entity))

    def is_busy(self, error: Exception) -> bool:
        return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)

    def is_duplicate(self, error: Exception) -> bool:
        return isinstance(error, sqlite3.IntegrityError)

    # ------------------------------------------------------------------ dialect

    int_type = "INTEGER"
    key_type = "TEXT"

    def col_type(self, f) -> str:
        return {"bool": "INTEGER", "int": "INTEGER", "real": "REAL", "date": "TEXT", "time": "INTEGER",
                "text": "TEXT", "picture": "BLOB", "blob": "BLOB", "object": "TEXT"}[f.kind]

    def pk_type(self, f) -> str:
        if f.kind == "int":
            return "INTEGER PRIMARY KEY AUTOINCREMENT" if f.autoseq else "INTEGER PRIMARY KEY"
        return f"{self.col_type(f)} PRIMARY KEY"

    def extra_columns(self) -> list[str]:
        return []

    def schema_lock(self) -> None:
        pass

    def table_names(self) -> list[str]:
        return [r[0] for r in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def column_names(self, table: str) -> list[str]:
        return [r[1] for r in self.rows(f"PRAGMA table_info({_quote(table)})")]

    # ------------------------------------------------------------------ writes

    def insert_sql(self, sql: str, lay) -> str:
        return sql

    BATCH = 1000  # rows per executemany

    def run_insert(self, sql: str, params: list, lay, given_key):
        try:
            st = self._tl.st
        except AttributeError:
            st = self.state()
        conn = st.conn
        b = conn.batch
        if b is not None:
            if b.lay is lay and given_key is None and st.level:
                key = b.next  # the key SQLite would give: this transaction holds the write lock
                b.next = key + 1
                params.insert(0, key)
                rows = b.rows
                rows.append(params)
                if len(rows) >= self.BATCH:
                    conn.flush(keep=True)
                return key
            conn.flush()
        cur = st.cursor
        if cur is None:
            cur = st.cursor = conn.cursor()
        cur.execute(sql, params)
        if given_key is not None:
            return given_key
        key = cur.lastrowid
        if st.level and type(key) is int and key < _MAX_KEY:
            batch_sql = self._batch_sql.get(sql, False)
            if batch_sql is False:
                batch_sql = self._batch_sql[sql] = self._batch_insert(sql, lay, conn)
            if batch_sql is not None:
                conn.batch = _Batch(lay, batch_sql, key + 1)
        return key

    def _batch_insert(self, sql: str, lay, conn) -> str | None:
        """The INSERT with the key as first column, or None when the table's inserts are not batched."""
        prefix = f"INSERT INTO {lay.sql} ("
        if lay.pk.kind != "int" or not lay.pk.autoseq or not sql.startswith(prefix) or " VALUES (" not in sql:
            return None
        raw = conn.raw
        if any(row[2] for row in raw.execute(f"PRAGMA index_list({lay.sql})")):
            return None  # a UNIQUE index: an insert may fail, and must fail in its own save()
        if raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                       (lay.table.name,)).fetchall():
            return None
        rest = sql[len(prefix):].replace(" VALUES (", " VALUES (?, ", 1)
        return f"{prefix}{lay.pk_col}, {rest}"

    def update_sql(self, lay, sets: str) -> str:
        return f"UPDATE {lay.sql} SET {sets}, {STAMP} = ? WHERE {lay.pk_col} = ? AND {STAMP} = ?"

    def delete_sql(self, lay, with_stamp: bool) -> str:
        sql = f"DELETE FROM {lay.sql} WHERE {lay.pk_col} = ?"
        return sql + f" AND {STAMP} = ?" if with_stamp else sql

    def run_write(self, sql: str, params: list, lay, key, stamp) -> bool:
        params = params + [key] + ([] if stamp is None else [stamp])
        return self.state().conn.execute(sql, params).rowcount > 0

    def begin_write(self) -> None:
        """BEGIN for a transaction that will write (SQLite takes the write lock at once)."""
        self.state().conn.execute("BEGIN IMMEDIATE")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fill_keys(backend, table: str, field: str, pk: str) -> None:
    """Compute the comparison keys of a Text column that existed without them."""
    from runtime import textcmp

    rows = backend.rows(f"SELECT {_quote(pk)}, {_quote(field)} FROM {_quote(table)}")
    sql = f"UPDATE {_quote(table)} SET {_quote(field + '#k')} = {backend.ph} WHERE {_quote(pk)} = {backend.ph}"
    for key, value in rows:
        if value is not None:
            backend.execute(sql, (textcmp.key(value), key))
