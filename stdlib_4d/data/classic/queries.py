"""QUERY, QUERY SELECTION, ORDER BY and their array forms, run by the ORDA query engine.

Stage: data layer, classic database language (docs/commands-legacy/query.md,
order-by.md...). Query arguments arrive as Criterion objects (`[T]F="x"`,
`& [T]F="x"`), or as field pointer, comparator text and value; conjunctions
(& | #) as texts. `;*` keeps the criteria for the next call on the same
table; the call without `*` runs them, combined from left to right (#,
"except", removes what its criterion finds). A field of another table is
reached through the relations of the structure (N->1 or 1->N, a few hops).
The query becomes an ORDA query with placeholders: the same comparison
rules (`@`, case and accents) as ds.Table.query().
"""

from __future__ import annotations

from runtime.arrays import SortOrder
from runtime.codes import err
from runtime.registry import command
from runtime.values import STAR, Coll, Pointer, Time4D
from stdlib_4d.collection.base import split_path
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.navigation import split_table
from stdlib_4d.data.classic.tables import Criterion, TableHandle, field_of, is_field, is_table, plain, table_of
from stdlib_4d.data.model import REL1, RELN

_OPS = {"=", "#", "<", ">", "<=", ">=", "%", "==", "!=", "==="}
_CONJ = {"&": "and", "|": "or", "#": "except"}


def _comparator(value):
    """A comparator argument: a text, or a bare > or < (which the parser reads as sort orders)."""
    value = plain(value)
    if type(value) is SortOrder:
        return "<" if value.descending else ">"
    return value


def criteria_of(rest: tuple, cmd: str) -> tuple[list, bool]:
    """([(conjunction, field pointer, comparator, value)], continued with *) of QUERY's arguments."""
    out: list = []
    conj = ""
    more = False
    i = 0
    items = list(rest)
    while i < len(items):
        a = items[i]
        if a is STAR:
            if i != len(items) - 1:
                raise err("classic_bad_query", callee=cmd, detail="* must be the last parameter")
            more = True
        elif type(a) is Criterion:
            out.append((a.conj or conj, a.field, a.op, a.value))
            conj = ""
        elif type(a) is str and a in _CONJ and i + 1 < len(items):
            conj = a
        elif is_field(a) or (type(a) is Pointer and is_field(plain(a))):
            if i + 2 >= len(items):
                raise err("classic_bad_query", callee=cmd, detail="a field is followed by a comparator and a value")
            op = _comparator(items[i + 1])
            if type(op) is not str or op.strip() not in _OPS:
                raise err("classic_bad_query", callee=cmd, detail=f"unknown comparator {op!r}")
            out.append((conj, plain(a), op.strip(), plain(items[i + 2])))
            conj = ""
            i += 2
        else:
            raise err("classic_bad_query", callee=cmd,
                      detail=f"parameter {i + 2} is not a query argument ([Table]Field comparator value)")
        i += 1
    return out, more


def path_to(dc, target_dc, field_name: str) -> list[str]:
    """Attribute path from dc to a field of target_dc, through relations (breadth first, 3 hops)."""
    if target_dc is dc:
        return [field_name]
    store = dc.store
    todo = [(dc, [])]
    seen = {dc.name}
    for _ in range(3):
        nxt = []
        for cur, path in todo:
            for a in cur.attrs.values():
                if a.kind not in (REL1, RELN):
                    continue
                other = store.dataclasses.get(a.target)
                if other is None or other.name in seen:
                    continue
                if other is target_dc:
                    return path + [a.name, field_name]
                seen.add(other.name)
                nxt.append((other, path + [a.name]))
        todo = nxt
    raise err("classic_bad_query", callee="QUERY",
              detail=f"[{target_dc.name}] is not related to [{dc.name}]")


def _value(v):
    v = plain(v)
    if type(v) is Time4D:
        return float(v.s)
    return v


def run_criteria(dc, criteria: list, within: list | None) -> list:
    """The keys the criteria select (within the given keys, in their order, when within is given)."""
    from stdlib_4d.data.qeval import run_query

    text = ""
    params: list = []
    for conj, fptr, op, value, *attribute in criteria:
        fdc, f = field_of(fptr, "QUERY", 2)
        path = path_to(dc, fdc, f.name)
        if attribute:  # QUERY BY ATTRIBUTE: a path inside an object field
            path += split_path(attribute[0])
        params.append(Coll(path))
        params.append(_value(value))
        n = len(params)
        if op in ("==", "==="):
            op = "="
        if op == "!=":
            op = "#"
        part = f":{n - 1} {op} :{n}"
        if not text:
            text = part
        elif conj == "|":
            text = f"({text}) or ({part})"
        elif conj == "#":
            text = f"({text}) and not ({part})"
        else:
            text = f"({text}) and ({part})"
    found = run_query(dc, text, tuple(params)).keys
    if within is not None:
        wanted = set(found)
        return [k for k in within if k in wanted]
    return found


def _query(args: tuple, cmd: str, within: bool) -> None:
    dc, rest = split_table(args, cmd) if args and (is_table(args[0]) or type(args[0]) is TableHandle) \
        else _table_from_criteria(args, cmd)
    st = S.table_state(dc)
    criteria, more = criteria_of(rest, cmd)
    st.pending_query.extend(criteria)
    if more:
        return
    todo, st.pending_query = st.pending_query, []
    if not todo:
        return  # the Query editor has no screen to open: nothing is done (docs/decisions.md)
    keys = run_criteria(dc, todo, list(st.keys) if within else None)
    _destination(st, keys)


def _table_from_criteria(args: tuple, cmd: str):
    try:
        return split_table(args, cmd)
    except Exception:  # noqa: BLE001 - no default table: the table of the first field
        for a in args:
            if type(a) is Criterion:
                return field_of(a.field, cmd, 1)[0], args
            if is_field(a):
                return field_of(a, cmd, 1)[0], args
        raise


def _destination(st: S.TableState, keys: list) -> None:
    """Where a query's result goes (SET QUERY DESTINATION): the selection, a set, a named selection, a count."""
    from stdlib_4d.data.classic.sets import put_set

    data = S.process_data()
    if data.query_limit > 0:
        keys = keys[:data.query_limit]
    dest = data.query_destination
    if dest is None:
        S.set_selection(st, keys)
        return
    kind, target = dest
    if kind == 1:
        put_set(target, st.dc, keys)
    elif kind == 2:
        from stdlib_4d.data.classic.sets import _store

        _store(target, True)[target] = (st.dc.name, list(keys), 0)
    elif kind == 3:
        target.set(float(len(keys)))
    else:
        S.set_selection(st, keys)


@command("QUERY", outputs=tuple(range(1, 41)))
def query(*args):
    _query(args, "QUERY", False)


def attribute_criteria_of(rest: tuple, cmd: str) -> tuple[list, bool]:
    """QUERY BY ATTRIBUTE's arguments: {conjunction;} objectField; attributePath; comparator; value {; *}."""
    items = list(rest)
    more = bool(items) and items[-1] is STAR
    if more:
        items.pop()
    if not items:
        return [], more
    conj = ""
    if type(items[0]) is str and items[0] in _CONJ:
        conj = items.pop(0)
    if len(items) != 4:
        raise err("classic_bad_query", callee=cmd,
                  detail="objectField; attributePath; comparator; value were expected")
    field, path, op, value = items
    if not is_field(field):
        field_of(field, cmd, 2)
    path, op = plain(path), _comparator(op)
    if type(path) is not str or not path:
        raise err("classic_bad_query", callee=cmd, detail="the attribute path must be a text")
    if type(op) is not str or op.strip() not in _OPS:
        raise err("classic_bad_query", callee=cmd, detail=f"unknown comparator {op!r}")
    return [(conj, plain(field), op.strip(), plain(value), path)], more


def _query_by_attribute(args: tuple, cmd: str, within: bool) -> None:
    dc, rest = _table_from_criteria(args, cmd)
    st = S.table_state(dc)
    criteria, more = attribute_criteria_of(rest, cmd)
    st.pending_query.extend(criteria)
    if more:
        return
    todo, st.pending_query = st.pending_query, []
    if todo:
        _destination(st, run_criteria(dc, todo, list(st.keys) if within else None))


@command("QUERY BY ATTRIBUTE", outputs=tuple(range(1, 41)))
def query_by_attribute(*args):
    _query_by_attribute(args, "QUERY BY ATTRIBUTE", False)


@command("QUERY SELECTION BY ATTRIBUTE", outputs=tuple(range(1, 41)))
def query_selection_by_attribute(*args):
    _query_by_attribute(args, "QUERY SELECTION BY ATTRIBUTE", True)


@command("QUERY SELECTION", outputs=tuple(range(1, 41)))
def query_selection(*args):
    _query(args, "QUERY SELECTION", True)


@command("SET QUERY DESTINATION", outputs=(2,))
def set_query_destination(kind, target=None):
    k = int(plain(kind))
    data = S.process_data()
    if k == 0:
        data.query_destination = None
    elif k == 3:
        if type(target) is not Pointer:
            raise err("bad_param_type", index=2, callee="SET QUERY DESTINATION", detail="a variable was expected")
        data.query_destination = (3, target)
    elif k in (1, 2):
        name = plain(target)
        if type(name) is not str:
            raise err("bad_param_type", index=2, callee="SET QUERY DESTINATION", detail="a name was expected")
        data.query_destination = (k, name)
    else:
        raise err("bad_param_type", index=1, callee="SET QUERY DESTINATION", detail="0, 1, 2 or 3 was expected")


@command("QUERY WITH ARRAY", outputs=(1,))
def query_with_array(field, array):
    _with_array(field, array, "QUERY WITH ARRAY", False)


@command("QUERY SELECTION WITH ARRAY", outputs=(1,))
def query_selection_with_array(field, array):
    _with_array(field, array, "QUERY SELECTION WITH ARRAY", True)


def _with_array(field, array, cmd: str, within: bool) -> None:
    from stdlib_4d.arrays.base import array_arg
    from stdlib_4d.data.qeval import run_query

    fdc, f = field_of(field, cmd, 1)
    values = [_value(v) for v in array_arg(array, cmd, 2).items[1:]]
    st = S.table_state(fdc)
    found = run_query(fdc, ":1 in :2", (Coll([f.name]), Coll(values))).keys
    if within:
        wanted = set(found)
        found = [k for k in st.keys if k in wanted]
    _destination(st, found)


# ---------------------------------------------------------------- ORDER BY


@command("ORDER BY", outputs=tuple(range(1, 41)))
def order_by(*args):
    from stdlib_4d.arrays.base import sort_order

    if args and (is_table(args[0]) or type(args[0]) is TableHandle):
        dc, rest = table_of(args[0], "ORDER BY"), args[1:]
    else:
        try:
            dc, rest = split_table(args, "ORDER BY")
        except Exception:  # noqa: BLE001 - no default table: the table of the first field
            if not args:
                raise
            dc, rest = field_of(args[0], "ORDER BY", 1)[0], args
    st = S.table_state(dc)
    items = list(rest)
    more = bool(items) and items[-1] is STAR
    if more:
        items.pop()
    i = 0
    while i < len(items):
        fdc, f = field_of(items[i], "ORDER BY", i + 2)
        desc = False
        if i + 1 < len(items) and sort_order(items[i + 1], "ORDER BY", i + 3) is not None:
            desc = sort_order(items[i + 1], "ORDER BY", i + 3)
            i += 1
        st.pending_order.append((path_to(dc, fdc, f.name), desc))
        i += 1
    if more:
        return
    order, st.pending_order = st.pending_order, []
    if not order:
        return  # the Order By editor has no screen to open: nothing is done
    from stdlib_4d.data.qcompile import order_keys

    keys = order_keys(dc, list(st.keys), order)
    S.set_selection(st, keys if keys is not None else [])


@command("SET QUERY LIMIT")
def set_query_limit(limit):
    """The queries of the process stop at `limit` records (0: no limit)."""
    S.process_data().query_limit = max(int(plain(limit)), 0)


@command("Find in field", returns="integer", outputs=(1,))
def find_in_field(field, value):
    """The record number of the first record whose field equals value (-1 if none)."""
    from stdlib_4d.data.classic.navigation import record_number_of

    dc, f = field_of(field, "Find in field", 1)
    found = run_criteria(dc, [("", field, "=", value)], None)
    return float(record_number_of(dc, found[0])) if found else -1.0
