"""Sets and named selections: CREATE SET, USE SET, UNION..., COPY/USE NAMED SELECTION.

Stage: data layer, classic database language (docs/commands-legacy, Sets
and Named Selections themes). A set is its table and the primary keys of
its records; USE SET gives them in record order. A named selection keeps
the order of the selection and its current record. Names starting with
"<>" are interprocess (one store for every process), the others belong to
their process. LockedSet is the system set DELETE SELECTION fills.
"""

from __future__ import annotations

import threading

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.tables import TableHandle, is_table, plain, table_of

_shared_guard = threading.Lock()


def _store(name: str, named: bool = False) -> dict:
    if name.startswith("<>") or name.startswith("◊"):
        return S._INTERPROCESS_NAMED if named else S._INTERPROCESS_SETS
    data = S.process_data()
    return data.named if named else data.sets


def _name(v, cmd: str, index: int) -> str:
    v = plain(v)
    if type(v) is not str:
        raise err("bad_param_type", index=index, callee=cmd, detail="a set name (Text) was expected")
    return v


def _table_and_name(args: tuple, cmd: str):
    from stdlib_4d.data.classic.navigation import table_arg

    if args and (is_table(args[0]) or type(args[0]) is TableHandle):
        if len(args) < 2:
            raise err("param_count", callee=cmd, detail="a name is expected")
        return table_of(args[0], cmd), _name(args[1], cmd, 2)
    if not args:
        raise err("param_count", callee=cmd, detail="a name is expected")
    return table_arg(UNDEF, cmd), _name(args[0], cmd, 1)


def get_set(name: str, cmd: str):
    found = _store(name).get(name)
    if found is None:
        raise err("classic_no_set", name=name)
    return found


def put_set(name: str, dc, keys) -> None:
    with _shared_guard:
        _store(name)[name] = (dc.name, set(keys))


def set_system_set(name: str, dc, keys) -> None:
    put_set(name, dc, keys)


def _dc(name: str):
    from stdlib_4d.data.classic.tables import dataclass_named

    return dataclass_named(name)


def in_record_order(dc, keys: set) -> list:
    return [k for k in dc.rec.all_keys() if k in keys]


@command("CREATE SET")
def create_set(*args):
    dc, name = _table_and_name(args, "CREATE SET")
    put_set(name, dc, S.table_state(dc).keys)


@command("CREATE EMPTY SET")
def create_empty_set(*args):
    dc, name = _table_and_name(args, "CREATE EMPTY SET")
    put_set(name, dc, [])


@command("USE SET")
def use_set(name):
    name = _name(name, "USE SET", 1)
    table, keys = get_set(name, "USE SET")
    dc = _dc(table)
    S.set_selection(S.table_state(dc), in_record_order(dc, keys))


@command("CLEAR SET")
def clear_set(name):
    name = _name(name, "CLEAR SET", 1)
    with _shared_guard:
        _store(name).pop(name, None)


@command("ADD TO SET")
def add_to_set(*args):
    dc, name = _table_and_name(args, "ADD TO SET")
    key = S.current_key(S.table_state(dc))
    table, keys = get_set(name, "ADD TO SET")
    if key is not None:
        with _shared_guard:
            keys.add(key)


@command("REMOVE FROM SET")
def remove_from_set(*args):
    dc, name = _table_and_name(args, "REMOVE FROM SET")
    key = S.current_key(S.table_state(dc))
    table, keys = get_set(name, "REMOVE FROM SET")
    with _shared_guard:
        keys.discard(key)


@command("Records in set", returns="integer")
def records_in_set(name):
    name = _name(name, "Records in set", 1)
    return float(len(get_set(name, "Records in set")[1]))


@command("Is in set", returns="boolean")
def is_in_set(name):
    name = _name(name, "Is in set", 1)
    table, keys = get_set(name, "Is in set")
    key = S.current_key(S.table_state(_dc(table)))
    return key is not None and key in keys


@command("COPY SET")
def copy_set(source, destination):
    src = _name(source, "COPY SET", 1)
    table, keys = get_set(src, "COPY SET")
    put_set(_name(destination, "COPY SET", 2), _dc(table), keys)


def _combine(a, b, result, cmd: str, op) -> None:
    na, nb, nr = _name(a, cmd, 1), _name(b, cmd, 2), _name(result, cmd, 3)
    ta, ka = get_set(na, cmd)
    tb, kb = get_set(nb, cmd)
    if ta != tb:
        raise err("classic_set_table", a=na, b=nb)
    put_set(nr, _dc(ta), op(ka, kb))


@command("UNION")
def union(a, b, result):
    _combine(a, b, result, "UNION", lambda x, y: x | y)


@command("INTERSECTION")
def intersection(a, b, result):
    _combine(a, b, result, "INTERSECTION", lambda x, y: x & y)


@command("DIFFERENCE")
def difference(a, b, result):
    _combine(a, b, result, "DIFFERENCE", lambda x, y: x - y)


# ---------------------------------------------------------------- named selections


@command("COPY NAMED SELECTION")
def copy_named_selection(*args):
    dc, name = _table_and_name(args, "COPY NAMED SELECTION")
    st = S.table_state(dc)
    with _shared_guard:
        _store(name, True)[name] = (dc.name, list(st.keys), st.pos)


@command("CUT NAMED SELECTION")
def cut_named_selection(*args):
    dc, name = _table_and_name(args, "CUT NAMED SELECTION")
    st = S.table_state(dc)
    with _shared_guard:
        _store(name, True)[name] = (dc.name, list(st.keys), st.pos)
    S.set_selection(st, [])


@command("USE NAMED SELECTION")
def use_named_selection(name):
    name = _name(name, "USE NAMED SELECTION", 1)
    found = _store(name, True).get(name)
    if found is None:
        raise err("classic_no_named_selection", name=name)
    table, keys, pos = found
    st = S.table_state(_dc(table))
    S.set_selection(st, keys, first=False)
    S.go(st, pos if 0 <= pos < len(keys) else (0 if keys else -1))  # its current record comes back


@command("CLEAR NAMED SELECTION")
def clear_named_selection(name):
    name = _name(name, "CLEAR NAMED SELECTION", 1)
    with _shared_guard:
        _store(name, True).pop(name, None)


# ---------------------------------------------------------------- sets from arrays and on disk


def _record_keys(dc) -> dict:
    """Record number -> primary key, for every record of the table."""
    b, lay = dc.store.backend, dc.layout
    return {int(n) - 1: dc.rec.norm_key(k) for k, n in b.rows(f"SELECT {lay.pk_col}, {b.row_order} FROM {lay.sql}")}


@command("CREATE SET FROM ARRAY", outputs=(2,))
def create_set_from_array(table, records_array, set_name=UNDEF):
    """CREATE SET FROM ARRAY(aTable; recordsArray {; setName}): a set of the records whose numbers a Longint
    array holds, or of records 0 to N-1 marked True in a Boolean array; UserSet without a name."""
    from stdlib_4d.arrays.base import array_arg

    cmd = "CREATE SET FROM ARRAY"
    dc = table_of(table, cmd)
    arr = array_arg(records_array, cmd, 2)
    name = "UserSet" if set_name is UNDEF else (_name(set_name, cmd, 3) or "UserSet")
    by_number = _record_keys(dc)
    keys = []
    if arr.kind == "boolean":
        flags = arr.items[:-1]  # elements 0 to N-1 (the page's note)
        keys = [by_number[n] for n, flag in enumerate(flags) if flag and n in by_number]
    else:
        for n in arr.items[1:]:
            key = by_number.get(int(n))
            if key is None:
                raise err("classic_record_number", number=int(n), table=dc.name)
            keys.append(key)
    put_set(name, dc, keys)


SET_FILE_FORMAT = "run4d set"


@command("SAVE SET")
def save_set(set_name, document):
    """SAVE SET(set; document): write the set to a document (run4d's format: JSON with its table and
    primary keys, docs/decisions.md); OK = 0 with an empty name (no dialog headless)."""
    import json

    from stdlib_4d import args
    from stdlib_4d.files import paths
    from stdlib_4d.files.documents import set_ok

    cmd = "SAVE SET"
    name = _name(set_name, cmd, 1)
    set_ok(False)
    table, keys = get_set(name, cmd)
    doc = args.text(plain(document), cmd, 2)
    if not doc:
        return
    dc = _dc(table)
    body = {"format": SET_FILE_FORMAT, "version": 1, "table": dc.name, "tableUUID": dc.table.uuid,
            "keys": in_record_order(dc, keys)}
    paths.write_document(paths.document_path(doc), json.dumps(body, ensure_ascii=False).encode("utf-8"))
    set_ok(True)


@command("LOAD SET")
def load_set(*args4d):
    """LOAD SET({aTable;} set; document): read a set SAVE SET wrote; it must be of the table. The records
    deleted since are left out. OK = 0 with an empty name (no dialog headless) or when it fails."""
    import json

    from stdlib_4d import args
    from stdlib_4d.files import paths
    from stdlib_4d.files.documents import set_ok

    cmd = "LOAD SET"
    set_ok(False)
    dc, name = _table_and_name(args4d[:-1], cmd)
    if len(args4d) < 2:
        raise err("param_count", callee=cmd, detail="a set name and a document are expected")
    doc = args.text(plain(args4d[-1]), cmd, len(args4d))
    if not doc:
        return
    real = paths.document_path(doc)
    try:
        with open(real, "rb") as fh:
            raw = fh.read()
    except IsADirectoryError:
        raise err("file_not_found", path=real) from None
    except OSError as e:
        raise paths.os_error(e, real) from None
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        body = None
    if not isinstance(body, dict) or body.get("format") != SET_FILE_FORMAT or not isinstance(body.get("keys"), list):
        raise err("classic_set_file", path=real, detail="it is not a set saved by run4d")
    if body.get("table") != dc.name and body.get("tableUUID") != dc.table.uuid:
        raise err("classic_set_file", path=real, detail=f"it is a set of [{body.get('table')}], not of [{dc.name}]")
    wanted = {dc.rec.norm_key(k) for k in body["keys"]}
    put_set(name, dc, [k for k in dc.rec.all_keys() if k in wanted])
    set_ok(True)
