"""4D.EntitySelection: references to entities of one dataclass.

Stage: data layer, ORDA API (docs/API/EntitySelectionClass.md). A
selection is the list of its entities' primary keys, ordered or not,
shareable (read-only, can sit in shared objects) or alterable. Entities
are read from the database when they are reached (by index, For each,
first()...), in batches when iterating. Aggregates, projections and
conversions live in selection_ops.py.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.functions import bound_native
from runtime.native import Native
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.data.entity import Entity
from stdlib_4d.data.privileges import run_function

BATCH = 500


class EntitySelection(Native):
    """A 4D.EntitySelection (or an instance of its cs.<Table>Selection class)."""

    class_path = "4D.EntitySelection"

    def __init__(self, dc, keys: list, ordered: bool = False, shareable: bool = True) -> None:
        self.dc = dc
        self.keys = keys
        self.ordered = ordered
        self.shareable = shareable
        self.query_plan = None
        self.query_path = None
        self.cls4d = dc.selection_class

    @property
    def shared4d(self) -> bool:
        return self.shareable

    @property
    def class_name(self) -> str:
        return self.cls4d.name if self.cls4d is not None else "EntitySelection"

    def __repr__(self) -> str:
        return f"[{self.dc.name}Selection {len(self.keys)}]"

    # ------------------------------------------------------------------ 4D protocol

    def get4d(self, name: str):
        if name == "length":
            return float(len(self.keys))
        if name == "queryPlan" and self.query_plan is not None:
            return self.query_plan
        if name == "queryPath" and self.query_path is not None:
            return self.query_path
        a = self.dc.attrs.get(name)
        if a is not None:
            from stdlib_4d.data.selection_ops import project

            return project(self, a)
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1]
        fn = SELECTION_FUNCS.get(name)
        if fn is not None:
            return bound_native(self, name, fn)
        return UNDEF

    def set4d(self, name: str, value) -> None:
        raise err("read_only", name=name)

    def call4d(self, name: str, args4d: tuple):
        fn = SELECTION_FUNCS.get(name)
        if fn is not None:
            return fn(self, *args4d)
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                fn = found[1]
                return run_function(self.dc.name, name, lambda: fn.py(self, *args4d))
        raise err("not_a_function", name=name)

    def keys4d(self) -> list[str]:
        return ["length"] + [f"{i:02d}" if i < 100 else str(i) for i in range(len(self.keys))]

    def json_items4d(self) -> list:
        from stdlib_4d.data.selection_ops import to_collection

        return list(enumerate(to_collection(self)))

    def index4d(self, k):
        i = args.integer(k, "EntitySelection[]", 1)
        if not 0 <= i < len(self.keys):
            raise err("index_range", index=str(i))
        return self.entity_at(i)

    def foreach4d(self):
        return self.entities()

    # ------------------------------------------------------------------ entities

    def entity_at(self, i: int):
        row = self.dc.rec.fetch(self.keys[i])
        if row is None:
            return None
        return self._entity(row, i)

    def _entity(self, row, i: int) -> Entity:
        e = self.dc.entity_from_row(row)
        e.sel, e.pos = self, i
        return e

    def entities(self):
        """Every entity, in order, read in batches (dropped ones are skipped)."""
        keys = self.keys
        for start in range(0, len(keys), BATCH):
            chunk = keys[start:start + BATCH]
            rows = self.dc.rec.fetch_many(chunk)
            for j, k in enumerate(chunk):
                row = rows.get(k)
                if row is not None:
                    yield self._entity(row, start + j)

    def derive(self, keys: list, ordered: bool) -> EntitySelection:
        """A new selection of the same dataclass (shareable, as query results are)."""
        return self.dc.selection(keys, ordered=ordered, shareable=not self.dc.store.alterable_default)


def _check_same(sel: EntitySelection, other, what: str):
    if isinstance(other, Entity) or isinstance(other, EntitySelection):
        if other.dc is not sel.dc:
            raise err("orda_incompatible", what=what)
        return other
    raise err("bad_param_type", index=1, callee=f"EntitySelection.{what}",
              detail="an entity or an entity selection was expected")


def _add(sel: EntitySelection, item):
    if sel.shareable:
        raise err("orda_not_alterable")
    if item is None or item is UNDEF:
        return sel
    item = _check_same(sel, item, "add")
    if isinstance(item, Entity):
        if item.new:
            raise err("orda_new_entity", what="add()")
        if sel.ordered or item.key not in sel.keys:
            sel.keys.append(item.key)
        return sel
    if not sel.ordered:
        sel.ordered = True
    sel.keys.extend(item.keys)
    return sel


def _and(sel: EntitySelection, other):
    if other is None or other is UNDEF:
        return sel.derive([], False)
    other = _check_same(sel, other, "and")
    theirs = {other.key} if isinstance(other, Entity) else set(other.keys)
    return sel.derive([k for k in dict.fromkeys(sel.keys) if k in theirs], False)


def _or(sel: EntitySelection, other):
    if other is None or other is UNDEF:
        return sel.derive(list(dict.fromkeys(sel.keys)), False)
    other = _check_same(sel, other, "or")
    theirs = [other.key] if isinstance(other, Entity) else other.keys
    return sel.derive(list(dict.fromkeys(sel.keys + theirs)), False)


def _minus(sel: EntitySelection, other, keep=UNDEF):
    keep_order = keep is not UNDEF and int(keep) & 1
    if other is None or other is UNDEF:
        return sel.derive(list(sel.keys) if keep_order else list(dict.fromkeys(sel.keys)), bool(keep_order))
    other = _check_same(sel, other, "minus")
    theirs = {other.key} if isinstance(other, Entity) else set(other.keys)
    if keep_order:
        return sel.derive([k for k in sel.keys if k not in theirs], True)
    return sel.derive([k for k in dict.fromkeys(sel.keys) if k not in theirs], False)


def _contains(sel: EntitySelection, entity):
    if entity is None or entity is UNDEF:
        return False
    _check_same(sel, entity, "contains")
    if not isinstance(entity, Entity):
        raise err("bad_param_type", index=1, callee="EntitySelection.contains", detail="an entity was expected")
    return entity.key in sel.keys


def _at(sel: EntitySelection, index):
    i = args.integer(index, "EntitySelection.at", 1)
    if i < 0:
        i += len(sel.keys)
    if not 0 <= i < len(sel.keys):
        return None
    return sel.entity_at(i)


def _first(sel: EntitySelection):
    return sel.entity_at(0) if sel.keys else None


def _last(sel: EntitySelection):
    return sel.entity_at(len(sel.keys) - 1) if sel.keys else None


def _slice(sel: EntitySelection, start, end=UNDEF):
    n = len(sel.keys)
    b = args.integer(start, "EntitySelection.slice", 1)
    e = n if end is UNDEF else args.integer(end, "EntitySelection.slice", 2)
    if b < 0:
        b = max(b + n, 0)
    if e < 0:
        e += n
    return sel.derive(sel.keys[b:max(b, min(e, n))], sel.ordered)


def _copy(sel: EntitySelection, option=UNDEF):
    shared = option is not UNDEF and int(option) & 2
    return sel.dc.selection(list(sel.keys), ordered=sel.ordered, shareable=bool(shared))


def _selected(sel: EntitySelection, chosen):
    from runtime.values import Coll, Obj

    _check_same(sel, chosen, "selected")
    wanted = set(chosen.keys)
    ranges = Coll()
    start = None
    for i, k in enumerate(sel.keys + [object()]):
        if k in wanted:
            if start is None:
                start = i
        elif start is not None:
            ranges.append(Obj(start=float(start), end=float(i - 1)))
            start = None
    return Obj(ranges=ranges)


def _drop(sel: EntitySelection, mode=UNDEF):
    from stdlib_4d.data import status

    stop_first = mode is not UNDEF and int(mode) & 1
    failed = []
    for e in list(sel.entities()):
        if type(e) is Entity:
            result = status.drop(e, False)
        else:  # events.EventEntity: drop events
            from stdlib_4d.data import events

            result = events.drop(e, False)
        if not dict.__getitem__(result, "success"):
            failed.append(e.key)
            if stop_first:
                break
    return sel.dc.selection(failed, ordered=False, shareable=True)


SELECTION_FUNCS = {
    "add": _add, "and": _and, "or": _or, "minus": _minus, "contains": _contains, "at": _at,
    "first": _first, "last": _last, "slice": _slice, "copy": _copy, "selected": _selected,
    "drop": _drop,
    "isAlterable": lambda sel: not sel.shareable,
    "isOrdered": lambda sel: sel.ordered,
    "getDataClass": lambda sel: sel.dc,
    "refresh": lambda sel: None,
    "getRemoteContextAttributes": lambda sel: "",
}
EntitySelection.funcs4d = SELECTION_FUNCS
EntitySelection.funcs4d_first = True  # call4d tries funcs4d first
