"""Selections and arrays: SELECTION TO ARRAY, ARRAY TO SELECTION, SELECTION RANGE TO ARRAY,
LONGINT ARRAY FROM SELECTION, CREATE SELECTION FROM ARRAY.

Stage: data layer, classic database language (docs/commands-legacy). A
field gives its values in the order of the selection (a field of a table
related N->1 follows the relation), a table gives record numbers. Arrays
that do not exist yet are created with the field's type. `;*` stacks the
pairs until a call without it.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import STAR
from stdlib_4d.arrays.base import array_arg, out_array
from stdlib_4d.data import status
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.navigation import record_number_of
from stdlib_4d.data.classic.queries import path_to
from stdlib_4d.data.classic.sets import set_system_set
from stdlib_4d.data.classic.tables import TableHandle, field_of, is_table, plain, table_of, to_classic
from stdlib_4d.data.convert import to_attr

_ARRAY_KIND = {"text": "text", "real": "real", "int": "longint", "bool": "boolean", "date": "date",
               "time": "time", "picture": "picture", "blob": "blob", "object": "object"}


def _pairs(args: tuple, cmd: str) -> tuple[list, bool]:
    items = list(args)
    more = bool(items) and items[-1] is STAR
    if more:
        items.pop()
    if len(items) % 2:
        raise err("param_count", callee=cmd, detail="fields and arrays go in pairs")
    return [(items[i], items[i + 1]) for i in range(0, len(items), 2)], more


def _gathered(args: tuple, cmd: str, pending: str) -> list:
    """The (source, target) pairs of a call, joined to those of the calls before it that ended with
    `*` (kept in the process's `pending` list); empty while a `*` says more pairs are to come."""
    data = S.process_data()
    pairs, more = _pairs(args, cmd)
    getattr(data, pending).extend(pairs)
    if more:
        return []
    todo = getattr(data, pending)
    setattr(data, pending, [])
    return todo


def _source(a):
    """('field', dc, Field) or ('table', dc, None) of a SELECTION TO ARRAY data argument."""
    if is_table(a) or type(a) is TableHandle:
        return "table", table_of(a, "SELECTION TO ARRAY"), None
    dc, f = field_of(a, "SELECTION TO ARRAY", 1)
    return "field", dc, f


def _values(dc, keys: list, what) -> list:
    kind, fdc, f = what
    if kind == "table":
        return [float(record_number_of(dc, k)) for k in keys]
    if fdc is dc:
        rows = dc.rec.fetch_many(keys)
        out = []
        for k in keys:
            row = rows.get(k)
            out.append(to_classic(f, dc.rec.values(row)[1].get(f.name)) if row is not None else to_classic(f, None))
        return out
    path = path_to(dc, fdc, f.name)
    out = []
    rows = dc.rec.fetch_many(keys)
    for k in keys:
        row = rows.get(k)
        vals = dc.store.path_values(dc.entity_from_row(row), path) if row is not None else []
        out.append(to_classic(f, vals[0] if vals else None))
    return out


@command("SELECTION TO ARRAY", outputs=tuple(range(1, 41)))
def selection_to_array(*args):
    todo = _gathered(args, "SELECTION TO ARRAY", "pending_to_array")
    if not todo:
        return
    sources = [(_source(src), target) for src, target in todo]
    dc = sources[0][0][1]  # the first field's table: the others may be reached through relations
    keys = list(S.table_state(dc).keys)
    for i, (what, target) in enumerate(sources):
        kind = "longint" if what[0] == "table" else _ARRAY_KIND.get(what[2].kind, "text")
        arr = out_array(target, "SELECTION TO ARRAY", 2 * i + 2, kind)
        arr.set_values(_values(dc, keys, what))


@command("SELECTION RANGE TO ARRAY", outputs=tuple(range(1, 41)))
def selection_range_to_array(start, end, *args):
    s, e = int(plain(start)), int(plain(end))
    pairs, _more = _pairs(args, "SELECTION RANGE TO ARRAY")
    if not pairs:
        return
    sources = [(_source(src), target) for src, target in pairs]
    dc = sources[0][0][1]
    keys = S.table_state(dc).keys[max(s, 1) - 1:max(e, 0)]
    for i, (what, target) in enumerate(sources):
        kind = "longint" if what[0] == "table" else _ARRAY_KIND.get(what[2].kind, "text")
        out_array(target, "SELECTION RANGE TO ARRAY", 2 * i + 4, kind).set_values(_values(dc, keys, what))


@command("LONGINT ARRAY FROM SELECTION", outputs=(2,))
def longint_array_from_selection(table, target, selection=None):
    dc = table_of(table, "LONGINT ARRAY FROM SELECTION")
    keys = S.table_state(dc).keys
    if selection is not None:
        from stdlib_4d.data.classic.sets import _store

        name = plain(selection)
        found = _store(name, True).get(name)
        if found is None:
            raise err("classic_no_named_selection", name=name)
        keys = found[1]
    arr = out_array(target, "LONGINT ARRAY FROM SELECTION", 2, "longint")
    arr.set_values([float(record_number_of(dc, k)) for k in keys])


@command("CREATE SELECTION FROM ARRAY", outputs=(2,))
def create_selection_from_array(table, array, name=None):
    dc = table_of(table, "CREATE SELECTION FROM ARRAY")
    arr = array_arg(array, "CREATE SELECTION FROM ARRAY", 2)
    b, lay = dc.store.backend, dc.layout
    keys = []
    if arr.kind == "boolean":
        order = dc.rec.all_keys()
        keys = [k for k, flag in zip(order, arr.items[1:]) if flag]
    else:
        for n in arr.items[1:]:
            rows = b.rows(f"SELECT {lay.pk_col} FROM {lay.sql} WHERE {b.row_order} = {b.ph}", (int(n) + 1,))
            if not rows:
                raise err("classic_record_number", number=int(n), table=dc.name)
            keys.append(dc.rec.norm_key(rows[0][0]))
    if name is not None:
        from stdlib_4d.data.classic.sets import _store

        _store(plain(name), True)[plain(name)] = (dc.name, keys, 0)
        return
    S.set_selection(S.table_state(dc), keys)


@command("ARRAY TO SELECTION", outputs=tuple(range(1, 41)))
def array_to_selection(*args):
    todo = _gathered(args, "ARRAY TO SELECTION", "pending_to_selection")
    if not todo:
        return
    columns = []
    dc = None
    size = None
    for i, (array, field) in enumerate(todo):
        arr = array_arg(array, "ARRAY TO SELECTION", 2 * i + 1)
        fdc, f = field_of(field, "ARRAY TO SELECTION", 2 * i + 2)
        if dc is not None and fdc is not dc:
            raise err("classic_bad_query", callee="ARRAY TO SELECTION", detail="all the fields must be of one table")
        dc = fdc
        if size is not None and arr.size != size:
            raise err("array_sizes", detail="ARRAY TO SELECTION: the arrays do not have the same size")
        size = arr.size
        columns.append((f, arr.items[1:]))
    st = S.table_state(dc)
    S.unload(st)
    keys = list(st.keys)
    rows = dc.rec.fetch_many(keys[:size])
    locked = []
    backend = dc.store.backend
    for i in range(size):
        if i < len(keys):
            row = rows.get(keys[i])
            if row is None or backend.locker(dc.table.name, keys[i]) is not None:
                locked.append(keys[i])
                continue
            e = dc.entity_from_row(row)
        else:
            e = dc.new_entity(False)  # no class constructor (classic)
        for f, values in columns:
            e.data[f.name] = to_attr(f, values[i], f"[{dc.name}]{f.name}")
            e.touch(f.name)
        result = status.save(e, False)
        if not dict.get(result, "success", False):
            locked.append(e.key) if e.key is not None else None
            continue
        if i >= len(keys):
            keys.append(e.key)
    set_system_set("LockedSet", dc, [k for k in locked if k is not None])
    S.set_selection(st, keys)

