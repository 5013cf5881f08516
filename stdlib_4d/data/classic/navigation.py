"""Moving in current selections: ALL RECORDS, FIRST/NEXT/PREVIOUS/LAST RECORD, GOTO RECORD...

Stage: data layer, classic database language (docs/commands-legacy). Every
command takes an optional table first; without it the default table
(DEFAULT TABLE) is used, else the error -10818. Record numbers are the
rows' numbers in the database (SQLite rowid, PostgreSQL "#row") minus one,
so that they start at 0 as 4D's do.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.tables import TableHandle, is_table, plain, table_of


def table_arg(value, cmd: str):
    """The dataclass of an optional table argument (UNDEF: the default table)."""
    if value is UNDEF:
        default = S.process_data().default
        if default is None:
            raise err("classic_no_default_table", callee=cmd)
        return default
    return table_of(value, cmd)


def split_table(args: tuple, cmd: str):
    """(dataclass, the other arguments) for a command whose first argument, a table, is optional."""
    if args and (is_table(args[0]) or type(args[0]) is TableHandle):
        return table_of(args[0], cmd), args[1:]
    return table_arg(UNDEF, cmd), args


def st_of(table, cmd: str) -> S.TableState:
    return S.table_state(table_arg(table, cmd))


@command("DEFAULT TABLE")
def default_table(table):
    S.process_data().default = table_of(table, "DEFAULT TABLE")


@command("Current default table")
def current_default_table():
    from stdlib_4d.data.classic.tables import make_table_pointer

    default = S.process_data().default
    return make_table_pointer(default) if default is not None else None


@command("ALL RECORDS")
def all_records(table=UNDEF):
    st = st_of(table, "ALL RECORDS")
    S.set_selection(st, st.dc.rec.all_keys())


@command("Records in selection", returns="integer")
def records_in_selection(table=UNDEF):
    return float(len(st_of(table, "Records in selection").keys))


@command("Records in table", returns="integer")
def records_in_table(table=UNDEF):
    return float(table_arg(table, "Records in table").rec.count())


@command("FIRST RECORD")
def first_record(table=UNDEF):
    st = st_of(table, "FIRST RECORD")
    if st.keys:
        S.go(st, 0)


@command("LAST RECORD")
def last_record(table=UNDEF):
    st = st_of(table, "LAST RECORD")
    if st.keys:
        S.go(st, len(st.keys) - 1)


@command("NEXT RECORD")
def next_record(table=UNDEF):
    st = st_of(table, "NEXT RECORD")
    if st.pos < len(st.keys):
        S.go(st, st.pos + 1)


@command("PREVIOUS RECORD")
def previous_record(table=UNDEF):
    st = st_of(table, "PREVIOUS RECORD")
    if st.pos >= 0:
        S.go(st, st.pos - 1)


@command("End selection", returns="boolean")
def end_selection(table=UNDEF):
    st = st_of(table, "End selection")
    return not st.keys or st.pos >= len(st.keys)


@command("Before selection", returns="boolean")
def before_selection(table=UNDEF):
    st = st_of(table, "Before selection")
    return not st.keys or st.pos < 0


@command("GOTO SELECTED RECORD")
def goto_selected_record(*args):
    dc, rest = split_table(args, "GOTO SELECTED RECORD")
    st = S.table_state(dc)
    n = _int(rest, 0, "GOTO SELECTED RECORD")
    if 1 <= n <= len(st.keys):
        S.go(st, n - 1)
    else:
        S.go(st, -1)  # outside the selection: no current record


@command("Selected record number", returns="integer")
def selected_record_number(table=UNDEF):
    st = st_of(table, "Selected record number")
    if not st.keys or st.record is None or not 0 <= st.pos < len(st.keys):
        return 0.0
    return float(st.pos + 1)


def _int(rest: tuple, i: int, cmd: str) -> int:
    if i >= len(rest):
        raise err("param_count", callee=cmd, detail="a number is expected")
    v = plain(rest[i])
    if type(v) not in (float, int) or isinstance(v, bool):
        raise err("bad_param_type", index=i + 1, callee=cmd, detail="a number was expected")
    return int(v)


def record_number_of(dc, key) -> int:
    b, lay = dc.store.backend, dc.layout
    rows = b.rows(f"SELECT {b.row_order} FROM {lay.sql} WHERE {lay.pk_col} = {b.ph}", (key,))
    return int(rows[0][0]) - 1 if rows else -1


@command("Record number", returns="integer")
def record_number(table=UNDEF):
    st = st_of(table, "Record number")
    e = st.record
    if e is None:
        return -1.0
    if e.new:
        return -3.0
    return float(record_number_of(st.dc, e.key))


@command("GOTO RECORD")
def goto_record(*args):
    dc, rest = split_table(args, "GOTO RECORD")
    st = S.table_state(dc)
    n = _int(rest, 0, "GOTO RECORD")
    b, lay = dc.store.backend, dc.layout
    rows = b.rows(f"SELECT {lay.pk_col} FROM {lay.sql} WHERE {b.row_order} = {b.ph}", (n + 1,))
    if not rows:
        S.set_selection(st, [])
        raise err("classic_record_number", number=n, table=dc.name)
    S.set_selection(st, [dc.rec.norm_key(rows[0][0])])  # the record is the only one of the selection


@command("REDUCE SELECTION")
def reduce_selection(*args):
    dc, rest = split_table(args, "REDUCE SELECTION")
    st = S.table_state(dc)
    n = max(_int(rest, 0, "REDUCE SELECTION"), 0)
    S.set_selection(st, st.keys[:n])


@command("ONE RECORD SELECT")
def one_record_select(table=UNDEF):
    st = st_of(table, "ONE RECORD SELECT")
    key = S.current_key(st)
    keys = [key] if key is not None else []
    record = st.record
    st.keys = keys
    if record is None or key is None:
        S.set_selection(st, [])
    else:
        st.pos = 0  # the current record stays loaded


@command("USE ENTITY SELECTION")
def use_entity_selection(entity_selection):
    from stdlib_4d.data.selection import EntitySelection

    es = plain(entity_selection)
    if not isinstance(es, EntitySelection):
        raise err("bad_param_type", index=1, callee="USE ENTITY SELECTION",
                  detail="an entity selection was expected")
    S.set_selection(S.table_state(es.dc), es.keys)


@command("Create entity selection", returns="object")
def create_entity_selection(table):
    st = S.table_state(table_of(table, "Create entity selection"))
    return st.dc.selection(list(st.keys), ordered=True, shareable=False)
