"""4D.DataClass: one table of the datastore (ds.Employee).

Stage: data layer, ORDA API (docs/API/DataClassClass.md). A dataclass
knows its table, its attributes and its Records (the SQL side); it makes
entities and entity selections. Queries are compiled in qcompile.py.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.functions import bound_native
from runtime.native import Native
from runtime.values import UNDEF, Obj
from stdlib_4d.data import convert
from stdlib_4d.data.entity import Entity
from stdlib_4d.data.model import DataClassAttribute
from stdlib_4d.data.privileges import ACTIVE, check_dataclass, run_function
from stdlib_4d.data.records import Records
from stdlib_4d.data.selection import EntitySelection

_new_entity = Entity.__new__


class DataClass(Native):
    """A 4D.DataClass (or an instance of its cs.<Table> class)."""

    class_path = "4D.DataClass"

    def __init__(self, store, table, layout, attrs: dict) -> None:
        self.store = store
        self.table = table
        self.name = table.name
        self.layout = layout
        self.rec = Records(store.backend, layout)
        self.pk_name = table.primary_key
        self.attrs = attrs
        self.cls4d = None  # cs.<Table>
        self.entity_class = None  # cs.<Table>Entity
        self.selection_class = None  # cs.<Table>Selection
        # events.EventEntity when cs.<Table>Entity has a constructor or events (opening.bind_classes)
        self.entity_type = Entity
        self._attr_objects: dict[str, DataClassAttribute] = {}
        self._blank: dict | None = None
        self.queries: dict = {}  # parsed query strings (qparse.parse_kept)

    @property
    def class_name(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"[DataClass {self.name}]"

    # ------------------------------------------------------------------ 4D protocol

    def get4d(self, name: str):
        a = self.attrs.get(name)
        if a is not None:
            obj = self._attr_objects.get(name)
            if obj is None or obj.attr is not a:
                obj = self._attr_objects[name] = DataClassAttribute(self, a)
            return obj
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1]
        fn = DATACLASS_FUNCS.get(name)
        if fn is not None:
            return bound_native(self, name, fn)
        return UNDEF

    def set4d(self, name: str, value) -> None:
        raise err("read_only", name=name)

    def call4d(self, name: str, args4d: tuple):
        fn = DATACLASS_FUNCS.get(name)
        if fn is not None:
            return fn(self, *args4d)
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                fn = found[1]
                return run_function(self.name, name, lambda: fn.py(self, *args4d))
        raise err("not_a_function", name=name)

    def keys4d(self) -> list[str]:
        return list(self.attrs)

    def json_items4d(self) -> list:
        return [(n, self.get4d(n).info()) for n in self.attrs]

    # ------------------------------------------------------------------ entities and selections

    def entity_from_row(self, row) -> Entity:
        stamp, data = self.rec.values(row)
        return self.entity_type(self, data, stamp)

    def blank(self) -> dict:
        """The values of a new entity: Null, or the empty value of a field that rejects Null."""
        template = self._blank
        if template is None:
            template = self._blank = {
                f.name: convert.blank(f.kind) if f.never_null and not f.autoseq and not f.auto_uuid else None
                for f in self.table.fields}
        return template

    def blank_value(self, name: str):
        return self.blank().get(name)

    def new_entity(self, constructed: bool = True) -> Entity:
        """A new entity (not saved yet), built without Entity.__init__'s keyword call.

        dataClass.new() and fromCollection() run its class constructor (events.EventEntity
        only); the classic CREATE RECORD (constructed=False) does not."""
        template = self._blank
        if template is None:
            template = self.blank()
        t = self.entity_type
        e = _new_entity(t)
        e.dc = self
        e.data = template.copy()
        e.stamp = 0
        e.new = True
        e.orig = None
        e.touched_names = []
        e.sel = None
        e.pos = -1
        e.related = None
        e.dropped = False
        e.key = None
        e.cls4d = self.entity_class
        if t is not Entity and constructed:
            from stdlib_4d.data.events import construct

            construct(e)
        return e

    def selection(self, keys: list, ordered: bool = False, shareable: bool = True) -> EntitySelection:
        return EntitySelection(self, keys, ordered=ordered, shareable=shareable)

    def find_by(self, field: str, value):
        """The entity whose field equals value (the first one), or None."""
        if value is None:
            return None
        if field == self.pk_name:
            key = convert.query_value(self.table.field(field).kind, value)
            if key is UNDEF:
                return None
            row = self.rec.fetch(self.rec.norm_key(key))
            return None if row is None else self.entity_from_row(row)
        keys = self.keys_where(field, [value])
        if not keys:
            return None
        row = self.rec.fetch(keys[0])
        return None if row is None else self.entity_from_row(row)

    def keys_where(self, field: str, values: list) -> list:
        """Keys of the entities whose field is one of values, in creation order."""
        f = self.table.field(field)
        params = [convert.to_sql(f.kind, v) for v in values if v is not None]
        if not params:
            return []
        lay, b = self.layout, self.store.backend
        out: list = []
        for i in range(0, len(params), 500):
            chunk = params[i:i + 500]
            sql = (f"SELECT {lay.pk_col} FROM {lay.sql} WHERE {lay.col[field]} IN ({', '.join([b.ph] * len(chunk))}) "
                   f"ORDER BY {b.row_order}")
            out += [self.rec.norm_key(r[0]) for r in b.rows(sql, chunk)]
        return out

    def select_where(self, field: str, value) -> EntitySelection:
        return self.selection(self.keys_where(field, [value]), shareable=True)


# ---------------------------------------------------------------- member functions


def _all(dc: DataClass, settings=UNDEF):
    if ACTIVE[0] is not None:
        check_dataclass(dc, "read")
    return dc.selection(dc.rec.all_keys(), shareable=not dc.store.alterable_default)


def _get(dc: DataClass, key, settings=UNDEF):
    if ACTIVE[0] is not None:
        check_dataclass(dc, "read")
    if key is None or key is UNDEF:
        return None
    return dc.find_by(dc.pk_name, key)


def _get_count(dc: DataClass):
    if ACTIVE[0] is not None:
        check_dataclass(dc, "read")
    return float(dc.rec.count())


def _get_info(dc: DataClass):
    return Obj(exposed=dc.table.exposed, name=dc.name, primaryKey=dc.pk_name, tableNumber=float(dc.table.number))


def _new_selection(dc: DataClass, keep=UNDEF):
    ordered = keep is not UNDEF and bool(int(keep) & 1)
    return dc.selection([], ordered=ordered, shareable=False)


_run_query = None  # qeval.run_query, imported on the first query (not on opening the datastore)


def _query(dc: DataClass, query, *rest):
    global _run_query
    if _run_query is None:
        from stdlib_4d.data.qeval import run_query as _run_query  # a function-level import costs µs per call
    if ACTIVE[0] is not None:
        check_dataclass(dc, "read")
    return _run_query(dc, query, rest)


def _from_collection(dc: DataClass, items, settings=UNDEF):
    from stdlib_4d.data.objects import from_collection

    return from_collection(dc, items)


DATACLASS_FUNCS = {
    "all": _all, "new": DataClass.new_entity, "get": _get, "getCount": _get_count, "getInfo": _get_info,
    "newSelection": _new_selection, "query": _query, "fromCollection": _from_collection,
    "getDataStore": lambda dc: dc.store,
    "clearRemoteCache": lambda dc: None,
    "getRemoteCache": lambda dc: None,
    "setRemoteCacheSettings": lambda dc, settings: None,
}
DataClass.funcs4d = DATACLASS_FUNCS
DataClass.funcs4d_first = True  # call4d tries funcs4d first
