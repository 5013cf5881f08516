"""Commands that evaluate an expression for each record: QUERY BY FORMULA, QUERY SELECTION BY FORMULA,
ORDER BY FORMULA, APPLY TO SELECTION.

Stage: data layer, classic database language (docs/commands-legacy). The
compiler passes the expression as a function (CommandSpec.formulas); each
record in turn becomes the table's current record while it runs, so that
`[Table]Field` in the expression reads (or, in APPLY TO SELECTION, writes)
that record. The table's selection and current record are restored, or
replaced by the result.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Time4D
from stdlib_4d.data import records as rec_mod
from stdlib_4d.data import status
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.navigation import split_table
from stdlib_4d.data.classic.records import _save_error
from stdlib_4d.data.classic.sets import set_system_set
from stdlib_4d.data.classic.tables import TableHandle, is_table, table_of


def each_record(st: S.TableState, keys: list, fn) -> list:
    """[(key, fn(entity))] with each record current in turn (the table's state is restored after)."""
    saved = (st.pos, st.record, st.locked, st.lock_held)
    st.lock_held = None  # the lock of the current record stays with it
    out = []
    try:
        rows = st.dc.rec.fetch_many(keys)
        for k in keys:
            row = rows.get(k)
            if row is None:
                continue
            e = st.dc.entity_from_row(row)
            st.record, st.locked = e, False
            out.append((k, fn(e)))
    finally:
        st.pos, st.record, st.locked, st.lock_held = saved
    return out


def _formula(value, cmd: str, index: int):
    if not callable(value):
        raise err("bad_param_type", index=index, callee=cmd, detail="an expression was expected")
    return value


def _query_by_formula(args: tuple, cmd: str, within: bool) -> None:
    dc, rest = split_table(args, cmd)
    st = S.table_state(dc)
    if not rest:
        return  # the Query editor has no screen to open: nothing is done
    fn = _formula(rest[0], cmd, 2)
    keys = list(st.keys) if within else dc.rec.all_keys()
    found = [k for k, ok in each_record(st, keys, lambda _e: fn()) if ok is True]
    S.set_selection(st, found)


@command("QUERY BY FORMULA", formulas=(2,))
def query_by_formula(*args):
    _query_by_formula(args, "QUERY BY FORMULA", False)


@command("QUERY SELECTION BY FORMULA", formulas=(2,))
def query_selection_by_formula(*args):
    _query_by_formula(args, "QUERY SELECTION BY FORMULA", True)


def _order_key(v):
    from runtime import textcmp

    if type(v) is str:
        return (2, textcmp.key(v))
    if type(v) is bool:
        return (1, float(v))
    if type(v) in (float, int):
        return (1, float(v))
    if type(v) is Date4D:
        return (1, float(v.ordinal()))
    if type(v) is Time4D:
        return (1, float(v.s))
    return (0, 0.0)


@command("ORDER BY FORMULA", formulas=tuple(range(2, 41, 2)))
def order_by_formula(table, *rest):
    from stdlib_4d.arrays.base import sort_order

    dc = table_of(table, "ORDER BY FORMULA")
    st = S.table_state(dc)
    levels = []
    items = list(rest)
    i = 0
    while i < len(items):
        fn = _formula(items[i], "ORDER BY FORMULA", i + 2)
        desc = False
        if i + 1 < len(items):
            d = sort_order(items[i + 1], "ORDER BY FORMULA", i + 3)
            if d is None:
                raise err("sort_param", detail="ORDER BY FORMULA: > or < follows each expression")
            desc = d
            i += 1
        levels.append((fn, desc))
        i += 1
    if not levels:
        return  # the Order By editor has no screen to open
    values = each_record(st, list(st.keys), lambda _e: [_order_key(fn()) for fn, _d in levels])
    ordered = list(range(len(values)))
    for level in reversed(range(len(levels))):  # stable sorts, last level first
        ordered.sort(key=lambda j: values[j][1][level], reverse=levels[level][1])
    S.set_selection(st, [values[j][0] for j in ordered])


@command("APPLY TO SELECTION", formulas=(2,))
def apply_to_selection(table, statement=UNDEF):
    """Run the statement with each record of the selection current; records it changes are saved."""
    dc = table_of(table, "APPLY TO SELECTION") if is_table(table) or type(table) is TableHandle else \
        split_table((), "APPLY TO SELECTION")[0]
    st = S.table_state(dc)
    if statement is UNDEF:
        return
    fn = _formula(statement, "APPLY TO SELECTION", 2)
    backend = dc.store.backend
    locked = []

    def run(e):
        if backend.locker(dc.table.name, e.key) is not None:
            locked.append(e.key)
            return None
        fn()
        if e.touched_names:
            result = status.save(e, False)
            if not dict.get(result, "success", False):
                if dict.get(result, "status", 0) in (rec_mod.LOCKED, rec_mod.STAMP_CHANGED):
                    locked.append(e.key)
                else:
                    raise _save_error(dc, result)
        return None

    each_record(st, list(st.keys), run)
    set_system_set("LockedSet", dc, locked)
    if 0 <= st.pos < len(st.keys):
        S.load_key(st, st.keys[st.pos])  # the current record shows the changes
