"""4D.Entity: one record in memory, its attributes and member functions.

Stage: data layer, ORDA API (docs/API/EntityClass.md). An entity keeps
the values read from its row, the stamp it was read with, the attributes
touched since, and (when it came from a selection) its selection and
position. Attributes of its Entity user class (functions, computed
attributes, aliases) are reached through `cls`, a cs.<Table>Entity class.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.functions import bound_native
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.data import convert, status
from stdlib_4d.data.model import ALIAS, COMPUTED, REL1, RELN, STORAGE
from stdlib_4d.data.privileges import ACTIVE, check_attribute, run_function
from stdlib_4d.data.records import Outcome

_new_obj = Obj.__new__


class Entity(Native):
    """A 4D.Entity (or an instance of its cs.<Table>Entity class)."""

    class_path = "4D.Entity"
    __slots__ = ("dc", "data", "stamp", "new", "orig", "touched_names", "sel", "pos", "related", "dropped",
                 "key", "cls4d", "__weakref__")  # __weakref__: a lock ends with its entity (watch_lock)

    def __init__(self, dc, data: dict, stamp: int, new: bool = False) -> None:
        self.dc = dc
        self.data = data
        self.stamp = stamp
        self.new = new
        # Values, as read, of the attributes changed since (dk auto merge, Old): None until an
        # entity read from its row is changed. A new entity keeps none: it read nothing, and
        # what it started with is its dataclass's blank values (DataClass.blank_value).
        self.orig: dict | None = None
        self.touched_names: list[str] = []
        self.sel = None  # the entity selection it was taken from
        self.pos = -1
        self.related: dict[str, tuple] | None = None  # N->1 attribute -> (foreign key, Entity), once read
        self.dropped = False
        self.key = None if new else dc.rec.norm_key(data[dc.pk_name])
        self.cls4d = dc.entity_class

    def keep_old(self, name: str) -> None:
        """Remember the value name had before its first change (an entity read from its row)."""
        orig = self.orig
        if orig is None:
            self.orig = {name: self.data.get(name)}
        elif name not in orig:
            orig[name] = self.data.get(name)

    # ------------------------------------------------------------------ 4D protocol

    def get4d(self, name: str):
        a = self.dc.attrs.get(name)
        if a is not None:
            if ACTIVE[0] is not None:
                check_attribute(self.dc, name, "read")
            return self.read(a)
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1]
        fn = ENTITY_FUNCS.get(name)
        if fn is not None:
            return bound_native(self, name, fn)
        return UNDEF

    def set4d(self, name: str, value) -> None:
        a = self.dc.attrs.get(name)
        if a is None:
            raise err("orda_no_attribute", name=name, dataclass=self.dc.name)
        kind = a.store_kind  # a storage attribute's field kind, else None
        if kind is not None and not self.related:  # the common case, without write()'s detour
            if kind == "text":
                if type(value) is not str:
                    value = convert.to_attr(a.field, value, a)
            elif kind == "real":
                t = type(value)
                if t is not float:
                    value = float(value) if t is int else convert.to_attr(a.field, value, a)
            else:
                value = convert.to_attr(a.field, value, a)
            touched = self.touched_names
            if name not in touched:
                touched.append(name)
                if not self.new:
                    self.keep_old(name)
            self.data[name] = value
            return
        self.write(a, value)

    def call4d(self, name: str, args: tuple):
        fn = ENTITY_FUNCS.get(name)
        if fn is not None:
            return fn(self, *args)
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                fn = found[1]
                return run_function(self.dc.name, name, lambda: fn.py(self, *args))
        raise err("not_a_function", name=name)

    def keys4d(self) -> list[str]:
        return [a.name for a in self.dc.attrs.values() if a.kind in (STORAGE, REL1, RELN, COMPUTED, ALIAS)]

    def json_items4d(self) -> list:
        """JSON Stringify writes an entity as toObject() does."""
        return list(dict.items(to_object(self, None, 0)))

    @property
    def class_name(self) -> str:
        return self.cls4d.name if self.cls4d is not None else "Entity"

    def primary_key_value(self):
        return self.data.get(self.dc.pk_name)

    def __repr__(self) -> str:
        return f"[{self.dc.name}Entity {self.key!r}]"

    # ------------------------------------------------------------------ attributes

    def read(self, a):
        kind = a.kind
        if kind == STORAGE:
            return self.data.get(a.name)
        if kind == REL1:
            return self._related(a)
        if kind == RELN:
            ref = self.data.get(a.ref) if a.ref in self.data else None
            target = self.dc.store.dataclasses[a.target]
            if ref is None:
                return target.selection([], shareable=True)
            return target.select_where(a.fk, ref)
        if kind == COMPUTED:
            return computed_get(self, a)
        return alias_get(self, a)

    def _related(self, a):
        fk = self.data.get(a.fk)
        if fk is None:
            return None
        related = self.related
        cached = related.get(a.name) if related is not None else None
        if cached is not None and cached[0] == fk:
            return cached[1]
        target = self.dc.store.dataclasses[a.target]
        e = target.find_by(a.ref, fk)
        if related is None:
            related = self.related = {}
        related[a.name] = (fk, e)
        return e

    def write(self, a, value) -> None:
        kind = a.kind
        if kind == STORAGE:
            v = convert.to_attr(a.field, value, a)
            name = a.name
            if name not in self.touched_names:
                self.touched_names.append(name)
                if not self.new:
                    self.keep_old(name)
            self.data[name] = v
            if self.related:
                for rel, (fk, _e) in list(self.related.items()):
                    if self.dc.attrs[rel].fk == name and fk != v:
                        del self.related[rel]
            return
        if kind == REL1:
            self._write_related(a, value)
            return
        if kind == COMPUTED:
            computed_set(self, a, value)
            return
        if kind == ALIAS:
            alias_set(self, a, value)
            return
        raise err("read_only", name=a.name)

    def _write_related(self, a, value) -> None:
        target = self.dc.store.dataclasses[a.target]
        fk_attr = self.dc.attrs[a.fk]
        if value is None or value is UNDEF:
            fk, e = None, None
        elif isinstance(value, Entity):
            if value.dc is not target:
                raise err("orda_wrong_dataclass", expected=target.name, got=value.dc.name)
            fk, e = value.data.get(a.ref), value
        elif type(value) in (float, int, str):
            fk, e = value, None
        else:
            raise err("type_mismatch", detail=f"{self.dc.name}.{a.name} takes an entity of {target.name} "
                                              "or its primary key")
        if not self.new:
            self.keep_old(a.fk)
        self.data[a.fk] = convert.to_attr(fk_attr.field, fk, f"{self.dc.name}.{a.fk}")
        if e is not None:
            if self.related is None:
                self.related = {}
            self.related[a.name] = (self.data[a.fk], e)
        elif self.related is not None:
            self.related.pop(a.name, None)
        self.touch(a.name)
        self.touch(a.fk)

    def touch(self, name: str) -> None:
        if name not in self.touched_names:
            self.touched_names.append(name)

    def loaded(self, stamp: int, data: dict) -> None:
        """Take the values of a row just read (reload, lock with reload)."""
        self.stamp, self.data, self.orig = stamp, data, None
        self.touched_names = []
        self.related = None

    def old_value(self, name: str):
        """The value name had before the changes since it was read (its blank value in a new entity)."""
        orig = self.orig
        if orig is not None and name in orig:
            return orig[name]
        if self.new and name in self.touched_names:
            return self.dc.blank_value(name)
        return self.data.get(name)


def computed_get(entity, a):
    event = Obj(attributeName=a.name, dataClassName=entity.dc.name, kind="get")
    guard = entity.dc.store.computing
    mark = (id(entity), a.name)
    if mark in guard:
        raise err("orda_recursive", name=a.name)
    guard.add(mark)
    try:
        result = a.getter.py(entity, event)
    finally:
        guard.discard(mark)
    if "result" in event:
        return dict.__getitem__(event, "result")
    return result


def computed_set(entity, a, value) -> None:
    if a.setter is None:
        raise err("read_only", name=a.name)
    event = Obj(attributeName=a.name, dataClassName=entity.dc.name, kind="set", value=value)
    a.setter.py(entity, value, event)
    entity.touch(a.name)


def alias_get(entity, a):
    values = entity.dc.store.path_values(entity, a.path.split("."))
    attrs = entity.dc.store.resolve_path(entity.dc, a.path.split("."))
    last = attrs[-1] if attrs else None
    if len(attrs) == 1:
        return values[0] if values else None
    if last is not None and last.kind in (REL1, RELN) or any(x.kind == RELN for x in attrs[:-1]):
        ents = [v for v in values if isinstance(v, Entity)]
        target = entity.dc.store.dataclasses[last.target] if last.kind in (REL1, RELN) else None
        if target is not None:
            if last.kind == REL1 and not any(x.kind == RELN for x in attrs[:-1]):
                return ents[0] if ents else None
            return target.selection(list(dict.fromkeys(e.key for e in ents)), shareable=True)
    if any(x.kind == RELN for x in attrs[:-1]):
        return Coll(v for v in values if v is not None)
    return values[0] if values else None


def alias_set(entity, a, value) -> None:
    attrs = entity.dc.store.resolve_path(entity.dc, a.path.split("."))
    if len(attrs) != 1 or attrs[0].kind != STORAGE:
        raise err("read_only", name=a.name)
    entity.write(attrs[0], value)
    entity.touch(a.name)


# ---------------------------------------------------------------- member functions


def _save(e: Entity, mode=UNDEF):
    if mode is UNDEF:
        if e.new and ACTIVE[0] is None and e.touched_names and not e.dropped:
            rec = e.dc.rec
            if rec.plain_insert:
                # status.save's first case, one call sooner: a new entity of a table with a
                # generated key and nothing to check goes straight to INSERT.
                key = rec.insert(e.data)
                if type(key) is Outcome:
                    return status.failure(key.status, key)
                e.new, e.key, e.stamp = False, key, 1
                e.touched_names.clear()  # a new entity kept no old values (orig is None)
                o = _new_obj(Obj)  # {success: true}, as status.success() builds it
                o.cls = None
                o["success"] = True
                return o
        return status.save(e, False)
    return status.save(e, bool(int(mode or 0) & 1))


def _drop(e: Entity, mode=UNDEF):
    return status.drop(e, mode is not UNDEF and bool(int(mode) & 1))


def _lock(e: Entity, mode=UNDEF):
    return status.lock(e, mode is not UNDEF and bool(int(mode) & 1))


def _get_key(e: Entity, mode=UNDEF):
    k = e.data.get(e.dc.pk_name)
    if mode is not UNDEF and int(mode) & 1 and k is not None:
        return convert.to_attr(_TEXT_FIELD, k, "getKey") if type(k) is not str else k
    return k


class _TextField:
    kind = "text"


_TEXT_FIELD = _TextField()


def _in_selection(e: Entity, step: int, absolute: int | None = None):
    sel = e.sel
    if sel is None:
        return None
    i = absolute if absolute is not None else e.pos + step
    direction = step if step else 1
    while 0 <= i < len(sel.keys):
        got = sel.entity_at(i)
        if got is not None:
            return got
        i += direction
    return None


def _index_of(e: Entity, sel=UNDEF):
    if sel is UNDEF:
        return float(e.pos) if e.sel is not None else -1.0
    from stdlib_4d.data.selection import EntitySelection

    if not isinstance(sel, EntitySelection) or sel.dc is not e.dc:
        raise err("orda_wrong_dataclass", expected=e.dc.name, got="another class of object")
    try:
        return float(sel.keys.index(e.key))
    except ValueError:
        return -1.0


def _clone(e: Entity):
    if e.new:
        raise err("orda_new_entity", what="clone()")
    c = type(e)(e.dc, dict(e.data), e.stamp)  # type(e): an events.EventEntity stays one
    c.orig = None if e.orig is None else dict(e.orig)
    c.touched_names = list(e.touched_names)
    return c


def _touched(e: Entity):
    return bool(e.touched_names)


def _touched_attributes(e: Entity):
    return Coll(e.touched_names)


def _get_selection(e: Entity):
    return e.sel


def _get_data_class(e: Entity):
    return e.dc


def _get_stamp(e: Entity):
    return float(0 if e.new else e.stamp)


def _is_new(e: Entity):
    return e.new


def _from_object(e: Entity, filler):
    from stdlib_4d.data.objects import from_object

    from_object(e, filler)


def _to_object(e: Entity, filt=UNDEF, options=UNDEF):
    return to_object(e, None if filt is UNDEF else filt, 0 if options is UNDEF else int(options))


def to_object(e, filt, options):
    from stdlib_4d.data.objects import entity_to_object

    return entity_to_object(e, filt, options)


def _diff(e: Entity, other, attrs=UNDEF):
    from stdlib_4d.data.objects import diff

    return diff(e, other, attrs)


def _unlock(e: Entity):
    return status.unlock(e)


def _reload(e: Entity):
    return status.reload(e)


ENTITY_FUNCS = {
    "save": _save, "drop": _drop, "lock": _lock, "unlock": _unlock, "reload": _reload,
    "getKey": _get_key, "getStamp": _get_stamp, "isNew": _is_new, "clone": _clone,
    "touched": _touched, "touchedAttributes": _touched_attributes, "getSelection": _get_selection,
    "getDataClass": _get_data_class, "indexOf": _index_of, "toObject": _to_object,
    "fromObject": _from_object, "diff": _diff,
    "next": lambda e: _in_selection(e, 1), "previous": lambda e: _in_selection(e, -1),
    "first": lambda e: _in_selection(e, 1, 0) if e.sel is not None else None,
    "last": lambda e: _in_selection(e, -1, len(e.sel.keys) - 1) if e.sel is not None else None,
    "getRemoteContextAttributes": lambda e: "",
}
Entity.funcs4d = ENTITY_FUNCS
Entity.funcs4d_first = True  # call4d tries funcs4d first

