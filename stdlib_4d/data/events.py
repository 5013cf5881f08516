"""ORDA entity events and entity class constructors.

Stage: data layer, ORDA API (docs/ORDA/orda-events.md, docs/ORDA/ordaClasses.md).
A dataclass whose cs.<Table>Entity class defines a `Class constructor` or
`Function event ...` makes EventEntity instances (opening.bind_classes sets
DataClass.entity_type): their assignments fire `touched`, their save() and
drop() run the save and drop events around the write of status.py. Other
dataclasses never reach this module. The classic language (SAVE RECORD,
DELETE RECORD...) triggers no event, as documented.

Events of an entity class: Class4D.events, {"touched": fn, "touched name": fn,
"validateSave": fn...} (interpreter/compiler/program._build_class).
"""

from __future__ import annotations

from runtime.codes import err
from runtime.errors import Error4D
from runtime.functions import bound_native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.data import status
from stdlib_4d.data.entity import ENTITY_FUNCS, Entity
from stdlib_4d.data.model import COMPUTED, STORAGE

MILD, SERIOUS_VALIDATION, SERIOUS = 7, 8, 4  # dk status validation failed / serious validation error / serious error
TEXTS = {MILD: "Mild Validation Error", SERIOUS_VALIDATION: "Serious Validation Error", SERIOUS: "Other error"}

# Events running now: (id(entity), "touched", attribute) — an attribute assigned again by its
# own touched events fires none; (id(entity), "afterSave"|"afterDrop") — save()/drop() of
# This there is an error (docs).
_running: set = set()


class EventEntity(Entity):
    """An entity whose class has events: an assignment fires `touched` after it is made,
    save() and drop() run the save and drop events (plain entities keep Entity's members)."""

    __slots__ = ()

    def set4d(self, name: str, value) -> None:
        Entity.set4d(self, name, value)
        touched(self, name)

    def call4d(self, name: str, args: tuple):
        fn = _HOOKED.get(name)
        if fn is not None:
            return fn(self, *args)
        return Entity.call4d(self, name, args)

    def get4d(self, name: str):
        fn = _HOOKED.get(name)
        if fn is not None and name not in self.dc.attrs:
            found = self.cls4d.lookup(name) if self.cls4d is not None else None
            if found is None or found[0] != "function":
                return bound_native(self, name, fn)
        return Entity.get4d(self, name)


def _save4d(e, mode=UNDEF):
    return save(e, mode is not UNDEF and bool(int(mode or 0) & 1))


def _drop4d(e, mode=UNDEF):
    return drop(e, mode is not UNDEF and bool(int(mode) & 1))


_HOOKED = {"save": _save4d, "drop": _drop4d}
EventEntity.funcs4d = {**ENTITY_FUNCS, **_HOOKED}  # access.meth calls funcs4d[name] directly


def events_of(cls) -> dict:
    """The event functions of an entity class (its user superclasses' too, nearest first)."""
    if cls is None:
        return {}
    parent = cls.superclass
    if parent is None or parent.store != "cs":  # the usual case: Class extends Entity
        return getattr(cls, "events", None) or {}
    found: dict = {}
    while cls is not None and cls.store == "cs":
        for k, fn in (getattr(cls, "events", None) or {}).items():
            found.setdefault(k, fn)
        cls = cls.superclass
    return found


def constructor_of(cls):
    while cls is not None and cls.store == "cs":
        if cls.constructor is not None:
            return cls.constructor
        cls = cls.superclass
    return None


def has_hooks(cls) -> bool:
    return cls is not None and (constructor_of(cls) is not None or bool(events_of(cls)))


def unknown_attributes(dc) -> list[str]:
    """Events naming no attribute of the dataclass (they could never run): said at opening."""
    out = []
    for key in events_of(dc.entity_class):
        kind, _, name = key.partition(" ")
        if name and name not in dc.attrs:
            out.append(f"cs.{dc.entity_class.name}: \"Function event {key}\" names no attribute of the dataclass "
                       f"{dc.name}: it never runs")
    return out


def construct(e) -> None:
    """A new entity (ds.X.new(), fromCollection): run its class constructor (no parameters)."""
    ctor = constructor_of(e.cls4d)
    if ctor is not None:
        ctor.py(e)


def _event(kind: str, e, **more) -> Obj:
    o = Obj(kind=kind)
    if "attributeName" in more:
        o["attributeName"] = more.pop("attributeName")
    o["dataClassName"] = e.dc.name
    for k, v in more.items():
        o[k] = v
    return o


def touched(e, name: str, evs: dict | None = None) -> None:
    """After `name` was assigned: `event touched name` then `event touched` (docs: attribute first)."""
    evs = events_of(e.cls4d) if evs is None else evs
    one, every = evs.get("touched " + name), evs.get("touched")
    if one is None and every is None:
        return
    mark = (id(e), "touched", name)
    if mark in _running:
        return  # the touched event of this attribute assigned it again: no endless loop
    _running.add(mark)
    try:
        if one is not None:
            one.py(e, _event("touched", e, attributeName=name))
        if every is not None:
            every.py(e, _event("touched", e, attributeName=name))
    finally:
        _running.discard(mark)


def touched_all(e, names: list[str]) -> None:
    """fromObject()/fromCollection() filled these attributes: touched, as for assignments."""
    evs = events_of(e.cls4d)
    for name in names:
        touched(e, name, evs)


# ---------------------------------------------------------------- save and drop


def _applies(evs: dict, kind: str, e, names) -> list:
    """[(attribute, fn)] of the attribute-level events of `kind` that apply, in the class's order."""
    out = []
    prefix = kind + " "
    attrs = e.dc.attrs
    for key, fn in evs.items():
        if key.startswith(prefix):
            name = key[len(prefix):]
            a = attrs.get(name)
            # A computed attribute cannot be told touched or not: its events run at every save.
            if names is None or name in names or (a is not None and a.kind == COMPUTED):
                out.append((name, fn))
    return out


def _error_item(r: Obj) -> Obj:
    item = Obj()
    for k, v in dict.items(r):
        dict.__setitem__(item, k, v)
    code = dict.get(r, "errCode")
    if type(code) is int:
        dict.__setitem__(item, "errCode", float(code))
    dict.__setitem__(item, "componentSignature", "DBEV")
    return item


def _is_serious(r: Obj) -> bool:
    return dict.get(r, "seriousError") is True or dict.get(r, "fatalError") is True


def _raise_for(r: Obj) -> Error4D:
    code = dict.get(r, "errCode", -1.0)
    code = int(code) if type(code) in (float, int) else -1
    message = dict.get(r, "message", "")
    if type(message) is not str or not message:
        message = f"Error code: {code} (DBEV)"
    extra = {k: v for k, v in dict.items(r) if k not in ("errCode", "message", "componentSignature")}
    return Error4D(code, message, "DBEV", extra)


def _failed(code: int, errors: list | None) -> Obj:
    o = Obj(success=False, status=float(code), statusText=TEXTS[code])
    if errors is not None:
        o["errors"] = Coll(errors)
    return o


def _run(evs: dict, e, phases: tuple, names):
    """Run the validate then the action events; (kind, error object) of the first error, or None."""
    dc_name = e.dc.name
    for kind in phases:
        for name, fn in _applies(evs, kind, e, names):
            r = fn.py(e, Obj(kind=kind, attributeName=name, dataClassName=dc_name))
            if isinstance(r, Obj):
                return kind, r
        fn = evs.get(kind)
        if fn is not None:
            r = fn.py(e, Obj(kind=kind, dataClassName=dc_name))
            if isinstance(r, Obj):
                return kind, r
    return None


def _outcome(found) -> tuple[Obj, Obj, Error4D | None]:
    """(result of save()/drop(), status given to afterSave/afterDrop, error to raise)."""
    kind, r = found
    item = _error_item(r)
    if kind.startswith("validate"):
        code = SERIOUS_VALIDATION if _is_serious(r) else MILD
        result = _failed(code, [item])
        return result, result, (_raise_for(r) if code == SERIOUS_VALIDATION else None)
    # saving/dropping: always a serious error; afterSave/afterDrop see a status without errors
    # (docs' example: "$event.status.errors is filled if the error comes from a validateSave event").
    return _failed(SERIOUS, [item]), _failed(SERIOUS, None), _raise_for(r)


def save(e, auto_merge: bool) -> Obj:
    evs = events_of(e.cls4d)
    if not evs or e.dropped:
        return status.save(e, auto_merge)
    if (id(e), "afterSave") in _running:
        raise err("orda_event_self", what="save", event="afterSave")
    names = list(e.touched_names)
    try:
        found = _run(evs, e, ("validateSave", "saving"), set(names))
    except Error4D:  # an error thrown in an event stops the save; the caller gets it
        if names:
            _after(evs, e, "afterSave", names, _failed(SERIOUS, None))
        raise
    if found is not None:
        result, seen, error = _outcome(found)
        if names:
            _after(evs, e, "afterSave", names, seen)
        if error is not None:
            raise error
        return result
    written = list(e.touched_names)  # the events may have assigned more (saved with the rest)
    result = status.save(e, auto_merge)
    if written:
        _after(evs, e, "afterSave", written, result)
    return result


def drop(e, force: bool) -> Obj:
    evs = events_of(e.cls4d)
    if not evs or e.new:
        return status.drop(e, force)
    if (id(e), "afterDrop") in _running:
        raise err("orda_event_self", what="drop", event="afterDrop")
    try:
        found = _run(evs, e, ("validateDrop", "dropping"), None)
    except Error4D:
        _after(evs, e, "afterDrop", None, _failed(SERIOUS, None))
        raise
    if found is not None:
        result, seen, error = _outcome(found)
        _after(evs, e, "afterDrop", None, seen)
        if error is not None:
            raise error
        return result
    result = status.drop(e, force)
    _after(evs, e, "afterDrop", None, result)
    return result


def _after(evs: dict, e, kind: str, names, result: Obj) -> None:
    fn = evs.get(kind)
    if fn is None:
        return
    ok = dict.get(result, "success") is True
    attrs = e.dc.attrs
    if kind == "afterSave":
        done = [n for n in names if n in attrs and attrs[n].kind == STORAGE] if ok else []
        event = Obj(kind=kind, dataClassName=e.dc.name, savedAttributes=Coll(done),
                    saveStatus="success" if ok else "failed", status=_copy(result))
    else:
        done = [n for n, a in attrs.items() if a.kind == STORAGE] if ok else []
        event = Obj(kind=kind, dataClassName=e.dc.name, droppedAttributes=Coll(done),
                    dropStatus="success" if ok else "failed", status=_copy(result))
    mark = (id(e), kind)
    _running.add(mark)
    try:
        fn.py(e, event)
    finally:
        _running.discard(mark)


def _copy(o: Obj) -> Obj:
    out = Obj()
    for k, v in dict.items(o):
        dict.__setitem__(out, k, v)
    return out
