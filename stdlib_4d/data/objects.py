"""Entities as objects and back: toObject, toCollection, fromObject, fromCollection, diff, extract.

Stage: data layer, ORDA API. Filters name attribute paths: "rel" gives a
related entity in simple form {__KEY}, "rel.*" all its attributes,
"rel.a, rel.b" some of them; a 1->N relation gives a collection.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.copying import deep_copy
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.data import convert
from stdlib_4d.data.model import ALIAS, COMPUTED, REL1, RELN, STORAGE

WITH_KEY, WITH_STAMP = 2, 4


def parse_filter(filt):
    """None (every attribute) or {name: True | "*" | sub-filter}."""
    if filt is None or filt == "" or filt == "*":
        return None
    if type(filt) is str:
        paths = [p.strip() for p in filt.split(",")]
    elif isinstance(filt, Coll):
        paths = [str(p).strip() for p in list.copy(filt)]
    else:
        raise err("bad_param_type", index=1, callee="toObject", detail="a Text or a Collection of paths was expected")
    spec: dict = {}
    for p in paths:
        if not p:
            continue
        node = spec
        parts = p.split(".")
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if last:
                if part == "*":
                    node["*"] = True
                elif part not in node:
                    node[part] = True
            else:
                sub = node.get(part)
                if not isinstance(sub, dict):
                    sub = {}
                    node[part] = sub
                node = sub
    return spec


def _copy(v):
    if isinstance(v, (Obj, Coll)):
        return deep_copy(v, False, who="toObject")
    return v


def entity_to_object(e, filt, options: int, parsed: bool = False) -> Obj:
    spec = filt if parsed else parse_filter(filt)
    o = Obj()
    if options & WITH_KEY:
        o["__KEY"] = e.data.get(e.dc.pk_name)
    if options & WITH_STAMP:
        o["__STAMP"] = float(e.stamp)
    if spec is None or spec.get("*") is True and len(spec) == 1:
        for a in e.dc.attrs.values():
            if a.kind == STORAGE:
                o[a.name] = _copy(e.data.get(a.name))
            elif a.kind == REL1:
                fk = e.data.get(a.fk)
                o[a.name] = None if fk is None else Obj(__KEY=fk)
        return o
    for name, sub in spec.items():
        if name == "*":
            continue
        a = e.dc.attrs.get(name)
        if a is None:
            continue
        if a.kind == STORAGE:
            o[name] = _copy(e.data.get(name))
        elif a.kind == REL1:
            related = e.read(a)
            if related is None:
                o[name] = None
            elif sub is True:
                o[name] = Obj(__KEY=e.data.get(a.fk))
            else:
                o[name] = entity_to_object(related, None if sub.get("*") else sub, 0, parsed=True)
        elif a.kind == RELN:
            sel = e.read(a)
            sub_spec = None if sub is True or sub.get("*") else sub
            o[name] = Coll(entity_to_object(x, sub_spec, 0 if sub_spec is not None else 0, parsed=True)
                           if sub_spec is not None or sub is not True
                           else Obj(__KEY=x.data.get(x.dc.pk_name)) for x in sel.entities())
        elif a.kind in (COMPUTED, ALIAS):
            o[name] = _plain(e.read(a))
    return o


def _plain(v):
    from stdlib_4d.data.entity import Entity
    from stdlib_4d.data.selection import EntitySelection

    if isinstance(v, Entity):
        return entity_to_object(v, None, 0)
    if isinstance(v, EntitySelection):
        return Coll(entity_to_object(x, None, 0) for x in v.entities())
    return _copy(v)


def from_object(e, filler) -> None:
    if not isinstance(filler, Obj):
        raise err("bad_param_type", index=1, callee="Entity.fromObject", detail="an object was expected")
    dc = e.dc
    filled = []  # attributes given a value, for the touched events of an EventEntity
    for name, v in list(dict.items(filler)):
        if name == "__KEY" and e.new:
            name = dc.pk_name
        a = dc.attrs.get(name)
        if a is None:
            continue
        if a.kind == STORAGE:
            if name == dc.pk_name and not e.new and v == e.data.get(name):
                continue
            try:
                value = convert.to_attr(a.field, v, name)
            except Exception:  # noqa: BLE001 - a value of another type leaves the attribute untouched
                continue
            e.data[name] = value
            e.touch(name)
            filled.append(name)
        elif a.kind == REL1:
            key = v
            if isinstance(v, Obj):
                target = dc.store.dataclasses[a.target]
                key = dict.get(v, "__KEY", dict.get(v, target.pk_name, UNDEF))
            if key is UNDEF:
                continue
            if key is None:
                e.write(a, None)
                filled.append(name)
                continue
            target = dc.store.dataclasses[a.target]
            related = target.find_by(a.ref, _key_value(target, key))
            if related is not None:
                e.write(a, related)
                filled.append(name)
        elif a.kind in (COMPUTED, ALIAS):
            try:
                e.write(a, v)
            except Exception:  # noqa: BLE001 - read-only computed attributes are skipped
                continue
            filled.append(name)
    if filled and type(e).__name__ == "EventEntity":
        from stdlib_4d.data.events import touched_all

        touched_all(e, filled)


def _key_value(dc, key):
    f = dc.table.field(dc.pk_name)
    if f.kind == "int" and type(key) is str:
        try:
            return float(key)
        except ValueError:
            return key
    return key


def from_collection(dc, items) -> object:
    from stdlib_4d.data import events, status
    from stdlib_4d.data.entity import Entity

    if not isinstance(items, Coll):
        raise err("bad_param_type", index=1, callee="DataClass.fromCollection", detail="a collection was expected")
    keys = []
    for item in list.copy(items):
        if not isinstance(item, Obj):
            continue
        new_flag = dict.get(item, "__NEW", False) is True
        pk = dict.get(item, dc.pk_name, UNDEF)
        given_key = dict.get(item, "__KEY", UNDEF)
        e = None
        if not new_flag:
            lookup = pk if pk is not UNDEF and pk is not None else given_key
            if lookup is not UNDEF and lookup is not None:
                e = dc.find_by(dc.pk_name, _key_value(dc, lookup))
        elif pk is not UNDEF and pk is not None and dc.find_by(dc.pk_name, _key_value(dc, pk)) is not None:
            raise err("orda_duplicate_key", dataclass=dc.name, key=str(pk))
        if e is None:
            e = dc.new_entity()  # its class constructor runs
            filler = Obj((k, v) for k, v in dict.items(item) if k not in ("__KEY", "__NEW", "__STAMP"))
        else:
            stamp = dict.get(item, "__STAMP", UNDEF)
            if stamp is not UNDEF and int(stamp) != e.stamp:
                raise err("orda_stamp_mismatch", stamp=str(int(stamp)), dataclass=dc.name, key=str(e.key))
            filler = Obj((k, v) for k, v in dict.items(item) if k not in ("__KEY", "__NEW", "__STAMP"))
        from_object(e, filler)
        result = status.save(e, False) if type(e) is Entity else events.save(e, False)
        if dict.__getitem__(result, "success") and e.key is not None:
            keys.append(e.key)
        elif not dict.__getitem__(result, "success"):
            raise err("orda_save_failed", dataclass=dc.name, text=dict.get(result, "statusText", ""))
    return dc.selection(keys, ordered=True, shareable=True)


def diff(e, other, attrs) -> Coll:
    from stdlib_4d.data.entity import Entity

    if not isinstance(other, Entity):
        raise err("bad_param_type", index=1, callee="Entity.diff", detail="an entity was expected")
    wanted = None
    if attrs is not UNDEF and attrs is not None:
        wanted = set(str(x) for x in list.copy(attrs))
    out = Coll()
    for a in e.dc.attrs.values():
        if wanted is not None and a.name not in wanted:
            continue
        if a.kind == STORAGE:
            mine, theirs = e.data.get(a.name), other.data.get(a.name)
            if convert.to_sql(a.field.kind, mine) != convert.to_sql(a.field.kind, theirs):
                out.append(Obj(attributeName=a.name, value=mine, otherValue=theirs))
        elif a.kind == REL1:
            if e.data.get(a.fk) != other.data.get(a.fk):
                out.append(Obj(attributeName=a.name, value=e.read(a), otherValue=other.read(a)))
    return out


def extract(sel, path, rest: tuple) -> Coll:
    from stdlib_4d.data.entity import Entity

    store = sel.dc.store
    if not rest or (len(rest) == 1 and type(rest[0]) in (float, int)):
        keep_null = bool(rest) and int(rest[0]) & 1
        parts = str(path).split(".")
        if not store.resolve_path(sel.dc, parts, who="extract", quiet=True):
            return Coll()
        out = Coll()
        for e in sel.entities():
            v = _one(store, e, parts)
            if v is None or v is UNDEF:
                if keep_null:
                    out.append(None)
                continue
            out.append(v)
        return out
    pairs = [(str(path), rest[0])] + [(rest[i], rest[i + 1]) for i in range(1, len(rest) - 1, 2)]
    out = Coll()
    for e in sel.entities():
        o = Obj()
        for p, target in pairs:
            parts = str(p).split(".")
            if not store.resolve_path(sel.dc, parts, who="extract", quiet=True):
                continue
            v = _one(store, e, parts)
            o[str(target)] = None if v is UNDEF else v
        out.append(o)
    _ = Entity
    return out


def _one(store, e, parts):
    a = store.resolve_path(e.dc, parts)
    if len(a) == 1 and len(parts) == 1:
        return e.read(a[0])
    values = store.path_values(e, parts)
    if any(x.kind == RELN for x in a[:-1]):
        return Coll(v for v in values if v is not None)
    return values[0] if values else None
