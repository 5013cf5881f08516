"""Per-process state of the classic language: each table's selection, position and current record.

Stage: data layer, classic database language. A process keeps, for each
table it touched, its current selection (primary keys in order), the
position of the current record in it (-1 before the first, len after the
last), the current record itself (an ORDA Entity: the values read, the
fields changed since, its stamp), READ ONLY / READ WRITE, the record lock
it holds, and the query and sort being built with `;*`. Loading a record
in READ WRITE takes the same lock as entity.lock(); another process
holding it makes the record read-only for this one (Locked is True).
"""

from __future__ import annotations

from runtime.codes import err
from runtime.process import current


class TableState:
    __slots__ = ("dc", "keys", "pos", "record", "read_only", "locked", "lock_held", "pending_query",
                 "pending_order", "pushed")

    def __init__(self, dc) -> None:
        self.dc = dc
        self.keys: list = []
        self.pos = -1
        self.record = None  # the current record (Entity), loaded or new
        self.read_only = False  # READ WRITE is the default state of a table in a process
        self.locked = False  # the current record is locked by another process
        self.lock_held = None  # (table, key) this process locked for its current record
        self.pending_query: list = []  # criteria of a QUERY(...;*) being built
        self.pending_order: list = []  # levels of an ORDER BY(...;*) being built
        self.pushed: list = []  # PUSH RECORD stack


class ProcessData:
    """What one process has of the classic language."""

    __slots__ = ("store", "tables", "default", "sets", "named", "query_destination", "pending_to_array",
                 "pending_to_selection", "query_limit")

    def __init__(self, store) -> None:
        self.store = store
        self.tables: dict[str, TableState] = {}
        self.default = None  # DEFAULT TABLE
        self.sets: dict = {}  # process sets (name -> (dataclass name, set of keys)); "<>" ones are shared
        self.named: dict = {}  # named selections (name -> (dataclass name, keys, current key))
        self.query_destination = None  # SET QUERY DESTINATION: (kind, name or pointer)
        self.pending_to_array: list = []  # SELECTION TO ARRAY(...;*) pairs waiting for the final call
        self.pending_to_selection: list = []  # ARRAY TO SELECTION(...;*) pairs
        self.query_limit = 0  # SET QUERY LIMIT (0: none)


_INTERPROCESS_SETS: dict = {}
_INTERPROCESS_NAMED: dict = {}


def process_data() -> ProcessData:
    from stdlib_4d.data.opening import current_store

    proc = current()
    store = current_store()
    data = getattr(proc, "classic_data", None)
    if data is None or data.store is not store:
        data = ProcessData(store)
        proc.classic_data = data
        proc.at_end.append(lambda: release_all(data))
    return data


def table_state(dc) -> TableState:
    data = process_data()
    st = data.tables.get(dc.name)
    if st is None:
        if dc.pk_name is None:
            raise err("classic_no_primary_key", name=dc.name)
        st = data.tables[dc.name] = TableState(dc)
    return st


def release_all(data: ProcessData) -> None:
    for st in data.tables.values():
        try:
            release_lock(st)
        except Exception:  # noqa: BLE001 - the process is ending: its locks go with its connection
            pass


# ---------------------------------------------------------------- the current record


def release_lock(st: TableState) -> None:
    if st.lock_held is not None:
        table, key = st.lock_held
        st.lock_held = None
        st.dc.store.backend.unlock(table, key)


def unload(st: TableState) -> None:
    """No current record any more (its lock released)."""
    release_lock(st)
    st.record = None
    st.locked = False


def load_key(st: TableState, key) -> None:
    """Make the record of `key` the current record (None when it no longer exists)."""
    unload(st)
    dc = st.dc
    row = dc.rec.fetch(key)
    if row is None:
        return
    e = dc.entity_from_row(row)
    st.record = e
    if not st.read_only:
        backend = dc.store.backend
        other = backend.try_lock(dc.table.name, e.key, id(e))
        if other is None:
            st.lock_held = (dc.table.name, e.key)
        else:
            st.locked = True


def go(st: TableState, pos: int) -> None:
    """Move to position `pos` of the selection and load its record (none outside the selection)."""
    n = len(st.keys)
    if pos < 0:
        st.pos = -1
        unload(st)
    elif pos >= n:
        st.pos = n
        unload(st)
    else:
        st.pos = pos
        load_key(st, st.keys[pos])


def set_selection(st: TableState, keys: list, first: bool = True) -> None:
    """A new current selection; its first record becomes the current record."""
    st.keys = list(keys)
    if first:
        go(st, 0 if st.keys else -1)
    else:
        unload(st)
        st.pos = -1


def current_key(st: TableState):
    e = st.record
    if e is None or e.new:
        return None
    return e.key
