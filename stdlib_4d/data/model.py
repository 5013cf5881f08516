"""Attributes of dataclasses: storage, relations, computed and alias.

Stage: data layer, model. Builds each dataclass's attributes from the
catalog (fields, relations by their names) and from its Entity user class
(computed attributes from `Function get/set/query/orderBy`, `Alias`), and
provides 4D.DataClassAttribute, the object `ds.Employee.name` returns.
"""

from __future__ import annotations

from runtime.native import Native
from runtime.values import Obj
from stdlib_4d.data.catalog import CONCEPT, Field

STORAGE, REL1, RELN, COMPUTED, ALIAS = "storage", "relatedEntity", "relatedEntities", "calculated", "alias"


class Attr:
    """One attribute of a dataclass."""

    __slots__ = ("name", "kind", "field", "target", "fk", "ref", "inverse", "getter", "setter",
                 "query_fn", "order_fn", "path", "exposed", "dc_name", "store_kind")

    def __init__(self, name: str, kind: str, dc_name: str) -> None:
        self.name = name
        self.kind = kind
        self.dc_name = dc_name
        self.field: Field | None = None  # storage
        self.store_kind: str | None = None  # storage: its field's kind (Entity.set4d reads it first)
        self.target = ""  # related dataclass name
        self.fk = ""  # relatedEntity: our foreign key field; relatedEntities: the target's
        self.ref = ""  # the field the foreign key points at (in the "1" dataclass)
        self.inverse = ""
        self.getter = self.setter = self.query_fn = self.order_fn = None  # computed: Function4D
        self.path = ""  # alias
        self.exposed = True


def build_attrs(model, table) -> dict[str, Attr]:
    """The catalog attributes of one table: fields, then relations (N->1, 1->N)."""
    attrs: dict[str, Attr] = {}
    for f in table.fields:
        a = Attr(f.name, STORAGE, table.name)
        a.field = f
        a.store_kind = f.kind
        a.exposed = f.exposed
        attrs[f.name] = a
    for r in model.relations:
        if r.source == table.name and r.name_n1 and r.name_n1 not in attrs:
            a = Attr(r.name_n1, REL1, table.name)
            a.target, a.fk, a.ref, a.inverse = r.dest, r.source_field, r.dest_field, r.name_1n
            attrs[a.name] = a
        if r.dest == table.name and r.name_1n and r.name_1n not in attrs:
            a = Attr(r.name_1n, RELN, table.name)
            a.target, a.fk, a.ref, a.inverse = r.source, r.source_field, r.dest_field, r.name_n1
            attrs[a.name] = a
    return attrs


def add_class_attrs(dc, cls) -> None:
    """Computed attributes and aliases declared by the dataclass's Entity class."""
    if cls is None:
        return
    chain = [c for c in cls.chain() if c.store == "cs"]
    for c in reversed(chain):
        for name, fn in c.getters.items():
            a = dc.attrs.get(name)
            if a is None or a.kind in (COMPUTED,):
                a = a or Attr(name, COMPUTED, dc.name)
                a.getter = fn
                dc.attrs[name] = a
        for name, fn in c.setters.items():
            a = dc.attrs.get(name)
            if a is not None and a.kind == COMPUTED:
                a.setter = fn
        for name, fn in getattr(c, "queries", {}).items():
            a = dc.attrs.get(name)
            if a is not None and a.kind == COMPUTED:
                a.query_fn = fn
        for name, fn in getattr(c, "order_bys", {}).items():
            a = dc.attrs.get(name)
            if a is not None and a.kind == COMPUTED:
                a.order_fn = fn
        for name, alias in getattr(c, "aliases", {}).items():  # AliasDef(name, path, modifiers)
            if name not in dc.attrs or dc.attrs[name].kind == ALIAS:
                a = Attr(name, ALIAS, dc.name)
                a.path = ".".join(alias.path) if isinstance(alias.path, list) else str(alias.path)
                a.exposed = "exposed" in (alias.modifiers or ())
                dc.attrs[name] = a


class DataClassAttribute(Native):
    """4D.DataClassAttribute: describes one attribute (ds.Employee.lastName)."""

    class_path = "4D.DataClassAttribute"

    def __init__(self, dc, attr: Attr) -> None:
        self.dc = dc
        self.attr = attr

    def info(self) -> Obj:
        a, dc = self.attr, self.dc
        o = Obj()
        o["name"] = a.name
        o["kind"] = a.kind
        if a.kind == STORAGE:
            f = a.field
            o["fieldType"] = float(f.value_type)
            o["type"] = "string" if f.is_uuid else CONCEPT[f.kind]
            o["fieldNumber"] = float(f.number)
            o["indexed"] = f.indexed or f.name == dc.table.primary_key
            o["keywordIndexed"] = f.keyword_indexed
            o["autoFilled"] = f.autoseq or f.auto_uuid
            o["mandatory"] = f.mandatory
            o["unique"] = f.unique or f.name == dc.table.primary_key
            o["exposed"] = a.exposed and dc.table.exposed
        elif a.kind in (REL1, RELN):
            o["fieldType"] = 38.0 if a.kind == REL1 else 42.0
            o["type"] = a.target if a.kind == REL1 else a.target + "Selection"
            o["relatedDataClass"] = a.target
            o["inverseName"] = a.inverse
            o["exposed"] = dc.table.exposed
        elif a.kind == COMPUTED:
            o["type"], o["fieldType"] = _computed_type(a)
            o["readOnly"] = a.setter is None
            o["exposed"] = "exposed" in getattr(a.getter, "modifiers", ())
        else:
            target = dc.store.resolve_path(dc, a.path.split("."))
            last = target[-1] if target else None
            if last is not None:
                inner = DataClassAttribute(dc.store.dataclasses[last.dc_name], last).info()
                for k in ("type", "fieldType", "relatedDataClass"):
                    if k in inner:
                        o[k] = dict.__getitem__(inner, k)
            if len(target) > 1:
                o["path"] = a.path
            o["readOnly"] = len(target) != 1 or target[0].kind != STORAGE
            o["exposed"] = a.exposed
        return o

    def get4d(self, name: str):
        from runtime.values import UNDEF

        return dict.get(self.info(), name, UNDEF)

    def keys4d(self) -> list[str]:
        return list(self.info().keys())

    def set4d(self, name: str, value) -> None:
        from runtime.codes import err

        raise err("read_only", name=name)


_TYPE_BY_DECL = {"text": ("string", 2.0), "integer": ("number", 9.0), "real": ("number", 1.0),
                 "boolean": ("bool", 6.0), "date": ("date", 4.0), "time": ("number", 11.0),
                 "object": ("object", 38.0), "collection": ("object", 42.0), "blob": ("blob", 30.0),
                 "picture": ("image", 3.0)}


def _computed_type(a: Attr) -> tuple[str, float]:
    written = getattr(a.getter, "result_type", "") or ""
    declared = written.lower()
    if declared.endswith("entity") and declared.startswith("cs."):
        return written[3:-6], 38.0  # the dataclass, as its name is spelled
    if declared.endswith("selection") and declared.startswith("cs."):
        return written[3:], 42.0
    return _TYPE_BY_DECL.get(declared, ("string", 2.0))
