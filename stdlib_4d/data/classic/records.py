"""Records: CREATE/SAVE/DELETE RECORD, DELETE SELECTION, LOAD/UNLOAD RECORD, READ ONLY/WRITE, Locked...

Stage: data layer, classic database language (docs/commands-legacy). A
record is saved as an ORDA entity is (stamps, generated keys, the process's
transaction); a save that ORDA refuses raises the 4D error it reports
(-9998 for a duplicated key). A record locked by another process is loaded
read-only: SAVE RECORD and DELETE RECORD leave it as it is, DELETE
SELECTION puts it in the LockedSet system set.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.errors import Error4D
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d.data import status
from stdlib_4d.data.classic import sequences
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.navigation import st_of, table_arg
from stdlib_4d.data.classic.sets import set_system_set


@command("CREATE RECORD")
def create_record(table=UNDEF):
    st = st_of(table, "CREATE RECORD")
    S.unload(st)
    st.record = st.dc.new_entity(False)  # no class constructor (classic); the current selection is left as it is


@command("DUPLICATE RECORD")
def duplicate_record(table=UNDEF):
    st = st_of(table, "DUPLICATE RECORD")
    e = st.record
    if e is None:
        return
    copy = st.dc.new_entity(False)  # no class constructor (classic)
    pk = st.dc.pk_name
    for name, v in e.data.items():
        if name != pk:
            copy.data[name] = v
            copy.touched_names.append(name)
    copy.orig = {name: copy.data[name] for name in copy.touched_names}  # Old gives the copied values
    S.unload(st)
    st.record = copy


@command("SAVE RECORD")
def save_record(table=UNDEF):
    st = st_of(table, "SAVE RECORD")
    save_current(st)


def save_current(st: S.TableState) -> None:
    e = st.record
    if e is None or st.locked:
        return  # no current record, or one another process holds: nothing is saved
    if not e.new and not e.touched_names:
        return
    was_new = e.new
    result = status.save(e, False)
    if not dict.get(result, "success", False):
        raise _save_error(st.dc, result)
    if was_new and not st.read_only:
        other = st.dc.store.backend.try_lock(st.dc.table.name, e.key, id(e))
        if other is None:
            st.lock_held = (st.dc.table.name, e.key)


def _save_error(dc, result) -> Error4D:
    errors = dict.get(result, "errors", None)
    if errors:
        first = list.__getitem__(errors, 0)
        code = int(dict.get(first, "errCode", -1))
        if code == -9998:
            return Error4D(-9998, f"Duplicated key in table [{dc.name}]")
        return err("orda_save_failed", dataclass=dc.name, text=dict.get(first, "message", ""))
    return err("orda_save_failed", dataclass=dc.name, text=dict.get(result, "statusText", ""))


@command("DELETE RECORD")
def delete_record(table=UNDEF):
    st = st_of(table, "DELETE RECORD")
    e = st.record
    if e is None or st.locked:
        return
    if e.new:
        S.unload(st)  # a record never saved just goes away
        return
    key = e.key
    S.release_lock(st)
    out = st.dc.rec.delete(key, None)
    if out.status:
        return  # locked in the meantime: left as it is
    S.unload(st)
    if key in st.keys:  # the record leaves the selection; no record is current any more
        i = st.keys.index(key)
        del st.keys[i]
        st.pos = i if i < len(st.keys) else len(st.keys)


@command("DELETE SELECTION")
def delete_selection(table=UNDEF):
    st = st_of(table, "DELETE SELECTION")
    dc = st.dc
    S.unload(st)
    backend = dc.store.backend
    locked = []
    for key in st.keys:
        if backend.locker(dc.table.name, key) is not None:
            locked.append(key)
            continue
        out = dc.rec.delete(key, None)
        if out.status and out.status != 5:  # 5: already gone
            locked.append(key)
    set_system_set("LockedSet", dc, locked)
    S.set_selection(st, [])


@command("TRUNCATE TABLE")
def truncate_table(table=UNDEF):
    dc = table_arg(table, "TRUNCATE TABLE")
    st = S.table_state(dc)
    S.unload(st)
    for key in dc.rec.all_keys():
        dc.rec.delete(key, None)
    S.set_selection(st, [])


@command("LOAD RECORD")
def load_record(table=UNDEF):
    st = st_of(table, "LOAD RECORD")
    if st.record is not None and st.record.new:
        return
    if 0 <= st.pos < len(st.keys):
        S.load_key(st, st.keys[st.pos])


@command("UNLOAD RECORD")
def unload_record(table=UNDEF):
    st = st_of(table, "UNLOAD RECORD")
    if st.record is not None and not st.record.new:
        S.unload(st)  # the position in the selection stays; LOAD RECORD reloads it


@command("READ ONLY")
def read_only(table=UNDEF):
    _each_table(table, "READ ONLY", True)


@command("READ WRITE")
def read_write(table=UNDEF):
    _each_table(table, "READ WRITE", False)


def _each_table(table, cmd: str, ro: bool) -> None:
    from runtime.values import STAR

    if table is STAR:  # READ ONLY(*): every table of the process
        from stdlib_4d.data.opening import current_store

        for dc in current_store().dataclasses.values():
            if dc.pk_name is not None:
                S.table_state(dc).read_only = ro
        return
    S.table_state(table_arg(table, cmd)).read_only = ro  # applies to the records loaded from now on


@command("Read only state", returns="boolean")
def read_only_state(table=UNDEF):
    return st_of(table, "Read only state").read_only


@command("Locked", returns="boolean")
def locked(table=UNDEF):
    return st_of(table, "Locked").locked


@command("Modified record", returns="boolean")
def modified_record(table=UNDEF):
    e = st_of(table, "Modified record").record
    return e is not None and (e.new or bool(e.touched_names))


@command("Is new record", returns="boolean")
def is_new_record(table=UNDEF):
    e = st_of(table, "Is new record").record
    return e is not None and e.new


@command("Is record loaded", returns="boolean")
def is_record_loaded(table=UNDEF):
    return st_of(table, "Is record loaded").record is not None


@command("PUSH RECORD")
def push_record(table=UNDEF):
    st = st_of(table, "PUSH RECORD")
    if st.record is not None:
        st.pushed.append(st.record)


@command("POP RECORD")
def pop_record(table=UNDEF):
    st = st_of(table, "POP RECORD")
    if st.pushed:
        e = st.pushed.pop()
        S.unload(st)
        st.record = e
        e.touch(st.dc.pk_name)  # Modified record is True after POP RECORD


@command("Sequence number", returns="integer")
def sequence_number(table=UNDEF):
    dc = table_arg(table, "Sequence number")
    return float(sequences.next_number(dc))


@command("LOCKED BY", outputs=(1, 2, 3, 4, 5))
def locked_by(*args):
    """LOCKED BY({aTable;} process; 4Duser; sessionUser; processName): who holds the current record."""
    from stdlib_4d.data.classic.navigation import split_table
    from stdlib_4d.data.classic.tables import put

    dc, outs = split_table(args, "LOCKED BY")
    st = S.table_state(dc)
    e = st.record
    holder = None
    if e is not None and not e.new:
        holder = dc.store.backend.locker(dc.table.name, e.key)
    if holder is None:  # not locked, or locked by this process: process 0 (LOCKED BY's page)
        values = [0.0, "", "", ""]
    else:
        values = [float(holder[0]), "", "", holder[1]]
    for target, v in zip(outs, values):
        put(target, v)
