"""Relations in the classic language: RELATE ONE, RELATE MANY, their selection forms, Old, Modified.

Stage: data layer, classic database language (docs/commands-legacy). The
relations are the structure's (the catalog's N->1 relations and their 1->N
inverses), all treated as automatic: RELATE ONE([Many]) loads the record
each foreign key points to as the current record (and only record of the
selection) of its table; RELATE MANY([One]) makes the records pointing to
the current one the selection of each Many table.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command, headless
from runtime.values import UNDEF
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.tables import TableHandle, field_of, is_table, table_of, to_classic
from stdlib_4d.data.model import REL1, RELN


def _rel1_attrs(dc, field_name: str | None = None) -> list:
    return [a for a in dc.attrs.values() if a.kind == REL1 and (field_name is None or a.fk == field_name)]


def _reln_attrs(dc, field_name: str | None = None) -> list:
    return [a for a in dc.attrs.values() if a.kind == RELN and (field_name is None or a.ref == field_name)]


def _relate_one(many_dc, a) -> None:
    st = S.table_state(many_dc)
    one_dc = many_dc.store.dataclasses[a.target]
    one = S.table_state(one_dc)
    e = st.record
    value = e.data.get(a.fk) if e is not None else None
    if value is None:
        S.set_selection(one, [])
        return
    keys = one_dc.keys_where(a.ref, [value])
    S.set_selection(one, keys[:1])


def _relate_many(one_dc, a) -> None:
    st = S.table_state(one_dc)
    if not st.keys and st.record is None:
        return  # an empty selection in the One table: nothing changes (RELATE MANY's page)
    many_dc = one_dc.store.dataclasses[a.target]
    e = st.record
    value = e.data.get(a.ref) if e is not None else None
    many = S.table_state(many_dc)
    S.set_selection(many, many_dc.keys_where(a.fk, [value]) if value is not None else [])


@command("RELATE ONE", outputs=(1, 2))
def relate_one(target, choice=UNDEF):
    if is_table(target) or type(target) is TableHandle:
        dc = table_of(target, "RELATE ONE")
        for a in _rel1_attrs(dc):
            _relate_one(dc, a)
        return
    dc, f = field_of(target, "RELATE ONE", 1)
    attrs = _rel1_attrs(dc, f.name)
    if not attrs:
        raise err("classic_no_relation", name=f"[{dc.name}]{f.name}")
    _relate_one(dc, attrs[0])


@command("RELATE MANY", outputs=(1,))
def relate_many(target):
    if is_table(target) or type(target) is TableHandle:
        dc = table_of(target, "RELATE MANY")
        for a in _reln_attrs(dc):
            _relate_many(dc, a)
        return
    dc, f = field_of(target, "RELATE MANY", 1)
    attrs = _reln_attrs(dc, f.name)
    if not attrs:
        raise err("classic_no_relation", name=f"[{dc.name}]{f.name}")
    for a in attrs:
        _relate_many(dc, a)


@command("RELATE ONE SELECTION")
def relate_one_selection(many_table, one_table):
    many_dc = table_of(many_table, "RELATE ONE SELECTION")
    one_dc = table_of(one_table, "RELATE ONE SELECTION")
    attrs = [a for a in _rel1_attrs(many_dc) if a.target == one_dc.name]
    if not attrs:
        raise err("classic_no_relation", name=f"[{many_dc.name}] -> [{one_dc.name}]")
    a = attrs[0]
    keys = S.table_state(many_dc).keys
    values = [v for v in many_dc.rec.column_for(keys, many_dc.layout.col[a.fk]).values() if v is not None]
    found = set(one_dc.keys_where(a.ref, values)) if values else set()
    S.set_selection(S.table_state(one_dc), [k for k in one_dc.rec.all_keys() if k in found])


@command("RELATE MANY SELECTION", outputs=(1,))
def relate_many_selection(field):
    many_dc, f = field_of(field, "RELATE MANY SELECTION", 1)
    attrs = _rel1_attrs(many_dc, f.name)
    if not attrs:
        raise err("classic_no_relation", name=f"[{many_dc.name}]{f.name}")
    a = attrs[0]
    one_dc = many_dc.store.dataclasses[a.target]
    keys = S.table_state(one_dc).keys
    values = [v for v in one_dc.rec.column_for(keys, one_dc.layout.col[a.ref]).values() if v is not None]
    S.set_selection(S.table_state(many_dc), many_dc.keys_where(a.fk, values) if values else [])


@command("Old", outputs=(1,))
def old(field):
    """The field's value as it was loaded (before the assignments since)."""
    dc, f = field_of(field, "Old", 1)
    e = S.table_state(dc).record
    if e is None:
        return to_classic(f, None)
    return to_classic(f, e.old_value(f.name))


@command("Modified", returns="boolean", outputs=(1,))
def modified(field):
    """True once a value was assigned to the field of the current record (any value, for a new record too)."""
    dc, f = field_of(field, "Modified", 1)
    e = S.table_state(dc).record
    return e is not None and f.name in e.touched_names


_ALL_AUTOMATIC = ("run4d treats every relation of the structure as automatic: queries, sorts, RELATE ONE/MANY "
                  "and SELECTION TO ARRAY follow them all")
headless("SET AUTOMATIC RELATIONS", _ALL_AUTOMATIC)


@command("GET AUTOMATIC RELATIONS", outputs=(1, 2))
def get_automatic_relations(one, many):
    """GET AUTOMATIC RELATIONS(one; many): True and True: run4d follows every relation automatically
    (SET AUTOMATIC RELATIONS changes nothing)."""
    from stdlib_4d.data.classic.tables import put

    put(one, True)
    put(many, True)
headless("SET FIELD RELATION", _ALL_AUTOMATIC)
