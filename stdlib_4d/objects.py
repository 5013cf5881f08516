"""Object commands: New object, OB Keys/Values/Entries, OB Copy, JSON...

Stage: stdlib. Objects are runtime Obj dicts (property order = creation
order); class instances and native objects go through runtime.access.
"""

from __future__ import annotations

from runtime import access, json4d
from runtime.classes import Class4D, class_of
from runtime.codes import err
from runtime.native import Native
from runtime.registry import command
from runtime.support import mkcoll
from runtime.values import STAR, UNDEF, Coll, Obj
from stdlib_4d import args


@command("New object", returns="object")
def new_object(*pairs):
    """New object{(property; value; ...)}."""
    if len(pairs) % 2:
        raise err("param_count", callee="New object", detail="expects property/value pairs")
    o = Obj()
    for i in range(0, len(pairs), 2):
        access.setp(o, args.text(pairs[i], "New object", i + 1), pairs[i + 1])
    return o


@command("JSON Stringify", returns="text")
def json_stringify(value, star=UNDEF):
    """JSON Stringify(value{; *}): JSON text (pretty printed with *)."""
    return json4d.stringify(value, pretty=star is STAR)


@command("JSON Parse")
def json_parse(text, type_=UNDEF, star=UNDEF):
    """JSON Parse(text{; type}{; *}): a value from JSON text."""
    return json4d.parse(args.text(text, "JSON Parse", 1))


def _keys(o) -> list[str]:
    if isinstance(o, Obj):
        return list(dict.keys(o))
    if isinstance(o, Native):
        return o.keys4d()
    return []


@command("OB Keys", returns="collection")
def ob_keys(obj):
    """The property names of an object, in creation order."""
    o = args.obj(obj, "OB Keys", 1)
    return Coll(_keys(o)) if o is not None else Coll()


@command("OB Values", returns="collection")
def ob_values(obj):
    """The property values of an object."""
    o = args.obj(obj, "OB Values", 1)
    if o is None:
        return Coll()
    return mkcoll([access.get(o, k) for k in _keys(o)])


@command("OB Entries", returns="collection")
def ob_entries(obj):
    """A collection of {key; value} objects."""
    o = args.obj(obj, "OB Entries", 1)
    out = Coll()
    for k in _keys(o) if o is not None else []:
        e = Obj()
        dict.__setitem__(e, "key", k)
        dict.__setitem__(e, "value", access.get(o, k))
        out.append(e)
    return out


@command("OB Instance of", returns="boolean")
def ob_instance_of(obj, cls):
    """True if obj belongs to the class cls or to one of its subclasses."""
    if not isinstance(cls, Class4D):
        raise err("bad_class")
    if obj is None or obj is UNDEF:
        return False
    own = class_of(obj)
    return own is not None and own.is_subclass_of(cls)


@command("OB Class")
def ob_class(obj):
    """The class of an object (Null if it is not an object)."""
    own = class_of(obj)
    return own if own is not None else None
