"""Object commands: New object, New shared object, OB Copy, OB Get, OB SET...

Stage: stdlib. Objects are runtime Obj dicts (property order = creation
order); class instances and native objects go through runtime.access.
The object parameter of OB SET, OB SET NULL and OB REMOVE is by reference
(`outputs=`): OB SET on a variable holding Null creates the object in it,
as 4D does. Scalar blobs put in objects become 4D.Blob objects, as 4D
converts them.
"""

from __future__ import annotations

from runtime import access
from runtime.classes import Class4D, class_of
from runtime.codes import err, type_name
from runtime.copying import copy_group, deep_copy
from runtime.native import Native
from runtime.registry import command, lookup_constant
from runtime.shared import Locked, adopt, group_of, is_shared
from runtime.support import mkcoll, out_target
from runtime.values import (
    UNDEF,
    Coll,
    Obj,
    Picture,
    Pointer,
    SharedObj,
)
from stdlib_4d import args, coerce
from stdlib_4d.blob import Blob4D
from stdlib_4d.lang import value_type

_OB_GET_TYPES = (coerce.IS_BOOLEAN, coerce.IS_COLLECTION, coerce.IS_DATE, coerce.IS_LONGINT, coerce.IS_NULL,
                 coerce.IS_OBJECT, coerce.IS_PICTURE, coerce.IS_POINTER, coerce.IS_REAL, coerce.IS_TEXT,
                 coerce.IS_TIME)


def stored(v):
    """A value as kept in an object (bytes too become a 4D.Blob)."""
    return Blob4D(v) if type(v) is bytes else access.store_value(v)


def _target(obj, cmd: str, create: bool = True):
    """The object a writing command works on; a variable holding Null receives a new one
    (unless `create` is False: then None). A Null that is not a variable is refused."""
    target = out_target(obj)
    if type(target) is not Pointer:
        o = args.obj(target, cmd, 1)
        if o is None and create:
            raise err("bad_param_type", index=1, callee=cmd,
                      detail="Object expected, got Null (only a variable can receive a new object)")
        return o
    o = args.obj(target.get(), cmd, 1)
    if o is None and create:
        target.set(Obj())
        o = args.obj(target.get(), cmd, 1)  # the variable's own value, should its setter convert it
    return o


object_target = _target  # for the array forms (stdlib_4d/arrays/bridge.py)


def _pairs(pairs: tuple, cmd: str, first_index: int):
    if len(pairs) % 2:
        raise err("param_count", callee=cmd, detail="expects property/value pairs")
    for i in range(0, len(pairs), 2):
        yield args.text(pairs[i], cmd, first_index + i), pairs[i + 1]


# ---------------------------------------------------------------- creating


@command("New object", returns="object")
def new_object(*pairs):
    """New object{(property; value; ...)}: a new object (numbers stored as Real, times as seconds)."""
    o = Obj()
    for key, value in _pairs(pairs, "New object", 1):
        access.setp(o, key, stored(value))
    return o


@command("New shared object", returns="object")
def new_shared_object(*pairs):
    """New shared object{(property; value; ...)}: scalars, shared objects and collections only."""
    o = SharedObj()
    group_of(o)
    for key, value in _pairs(pairs, "New shared object", 1):
        v = stored(value)
        if v is not UNDEF:
            dict.__setitem__(o, key, adopt(o, v))
    return o


@command("OB SET", outputs=(1,))
def ob_set(obj, prop, value, *more):
    """OB SET(object; property; value {; property2; value2...}): create or change properties."""
    o = _target(obj, "OB SET")
    for key, v in _pairs((prop, value) + more, "OB SET", 2):
        access.setp(o, key, stored(v))


@command("OB SET NULL", outputs=(1,))
def ob_set_null(obj, prop):
    """Store Null in a property (created if missing)."""
    access.setp(_target(obj, "OB SET NULL"), args.text(prop, "OB SET NULL", 2), None)


@command("OB REMOVE", outputs=(1,))
def ob_remove(obj, prop):
    """Remove a property and its value (nothing happens for a Null object or a missing property).

    Like the collection functions, it takes the implicit Use of a shared object.
    """
    o = _target(obj, "OB REMOVE", create=False)
    key = args.text(prop, "OB REMOVE", 2)
    if o is None:
        return
    if not isinstance(o, Obj):
        raise err("read_only", name=key)
    if type(o) is SharedObj:
        with Locked(o):  # OB REMOVE takes the implicit Use of shared objects (shared.md)
            dict.pop(o, key, None)
        return
    dict.pop(o, key, None)


# ---------------------------------------------------------------- reading


@command("OB Get")
def ob_get(obj, prop, type_=UNDEF):
    """OB Get(object; property{; type}): a property's value, converted to `type` if given."""
    o = args.obj(obj, "OB Get", 1)
    key = args.text(prop, "OB Get", 2)
    value = UNDEF if o is None else access.get(o, key)
    if type_ is UNDEF:
        return value
    return coerce.to_type(value, args.integer(type_, "OB Get", 3), _OB_GET_TYPES, "OB Get", 3)


@command("OB Get type", returns="real")
def ob_get_type(obj, prop):
    """The type of a property's value (Is text, Is real...; Is object for pictures)."""
    o = args.obj(obj, "OB Get type", 1)
    value = UNDEF if o is None else access.get(o, args.text(prop, "OB Get type", 2))
    return 38.0 if type(value) is Picture else value_type(value)


def _keys(o) -> list[str]:
    if isinstance(o, Obj):
        return list(dict.keys(o))
    if isinstance(o, Native):
        return o.keys4d()
    return []


@command("OB Keys", returns="collection")
def ob_keys(obj):
    """The enumerable property names of an object, in creation order."""
    o = args.obj(obj, "OB Keys", 1)
    return Coll(_keys(o)) if o is not None else Coll()


@command("OB Values", returns="collection")
def ob_values(obj):
    """The enumerable property values of an object, in creation order."""
    o = args.obj(obj, "OB Values", 1)
    if o is None:
        return Coll()
    return mkcoll([access.get(o, k) for k in _keys(o)])


@command("OB Entries", returns="collection")
def ob_entries(obj):
    """A collection of {key; value} objects, in creation order."""
    o = args.obj(obj, "OB Entries", 1)
    out = Coll()
    for k in _keys(o) if o is not None else []:
        out.append(Obj(key=k, value=stored(access.get(o, k))))
    return out


@command("OB Is defined", returns="boolean")
def ob_is_defined(obj, prop=UNDEF):
    """True if the object is initialised (not Null), or has the property when one is given."""
    o = args.obj(obj, "OB Is defined", 1)
    if prop is UNDEF:
        return o is not None
    key = args.text(prop, "OB Is defined", 2)
    if o is None:
        return False
    if isinstance(o, Obj) and dict.__contains__(o, key):
        return True
    return access.get(o, key) is not UNDEF


@command("OB Is empty", returns="boolean")
def ob_is_empty(obj):
    """True if the object is Null/undefined or has no property."""
    o = args.obj(obj, "OB Is empty", 1)
    return o is None or not _keys(o)


@command("OB Is shared", returns="boolean")
def ob_is_shared(to_check):
    """True for a shared object or collection."""
    if to_check is None or to_check is UNDEF:
        return False
    if not isinstance(to_check, (Obj, Coll, Native)):
        raise err("bad_param_type", index=1, callee="OB Is shared",
                  detail=f"Object or Collection expected, got {type_name(to_check)}")
    return is_shared(to_check)


# ---------------------------------------------------------------- classes


@command("OB Instance of", returns="boolean")
def ob_instance_of(obj, cls):
    """True if obj belongs to the class cls or to one of its subclasses (error -10745 for a bad class)."""
    if not isinstance(cls, Class4D):
        raise err("bad_class")
    if obj is None or obj is UNDEF:
        return False
    if not isinstance(obj, (Obj, Coll, Native)):
        raise err("bad_param_type", index=1, callee="OB Instance of",
                  detail=f"Object expected, got {type_name(obj)}")
    own = class_of(obj)
    return own is not None and own.is_subclass_of(cls)


@command("OB Class")
def ob_class(obj):
    """The class of an object (4D.Object for plain objects); Null if it is not an object."""
    own = class_of(obj)
    return own if own is not None else None


# ---------------------------------------------------------------- copying


def _flag(name: str) -> int:
    """A ck constant's value, as registered by the collection module (shared with .copy())."""
    found = lookup_constant(name)
    return int(found[1]) if found is not None else 0


def _copy_options(option) -> tuple[bool, bool]:
    """(resolve pointers, shared) from OB Copy's second argument (Boolean or ck flags)."""
    if option is UNDEF:
        return False, False
    if type(option) is bool:
        return option, False
    flags = args.integer(option, "OB Copy", 2)
    return bool(flags & _flag("ck resolve pointers")), bool(flags & _flag("ck shared"))


@command("OB Copy", returns="object")
def ob_copy(obj, option=UNDEF, group_with=UNDEF):
    """OB Copy(object{; resolvePtrs}) or OB Copy(object{; option{; groupWith}}): a deep copy.

    Class instances keep their class (4D's page is silent; run4d's choice). Built-in
    objects (4D.Blob, formulas...) are not copied: inside an object the copy shares
    them, and OB Copy of one returns Null, as 4D documents for datastore objects.
    """
    o = args.obj(obj, "OB Copy", 1)
    resolve, shared = _copy_options(option)
    group = copy_group(shared, group_with, "OB Copy", 3)
    if o is None or not isinstance(o, Obj):
        return None
    return deep_copy(o, False, resolve=resolve, group=group, who="OB Copy")
