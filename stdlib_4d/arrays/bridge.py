"""Arrays to and from collections, objects and JSON: COLLECTION TO ARRAY,
ARRAY TO COLLECTION, OB GET ARRAY, OB SET ARRAY, OB GET PROPERTY NAMES,
JSON Stringify array, JSON PARSE ARRAY.

Stage: stdlib. An array becomes a collection of its elements 1..size
(numbers Real, times seconds, as collections keep them); element zero is
left out. Values coming from a collection are converted to the array's
type as OB Get converts to a type argument (stdlib_4d/coerce.py): a Null
or a value that cannot be converted becomes the empty value. A variable
that holds no array yet receives one typed after the values (all texts:
Text, all numbers: Real, all Booleans: Boolean, otherwise Object).
"""

from __future__ import annotations

from runtime import access, json4d
from runtime.arrays import Array4D, kind_of_value, to_collection
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.shared import Locked, adopt
from runtime.support import out_target
from runtime.values import UNDEF, Coll, Obj, Pointer, SharedColl
from stdlib_4d import args, coerce
from stdlib_4d.arrays.base import array_arg, out_array
from stdlib_4d.lang import value_type
from stdlib_4d.objects import object_target, stored

_TYPE_OF_KIND = {
    "text": coerce.IS_TEXT, "real": coerce.IS_REAL, "integer": coerce.IS_LONGINT,
    "longint": coerce.IS_LONGINT, "boolean": coerce.IS_BOOLEAN, "date": coerce.IS_DATE,
    "time": coerce.IS_TIME, "picture": coerce.IS_PICTURE, "pointer": coerce.IS_POINTER,
}


def fill(a: Array4D, values: list, cmd: str) -> None:
    """Make values the elements 1..n of a (converted to its type)."""
    if a.two_d:
        raise err("array_type", detail=f"{cmd} cannot fill a two-dimensional array ({a.name})")
    code = _TYPE_OF_KIND.get(a.kind)
    if a.kind == "object":
        conv = _object_element
    elif a.kind == "blob":
        conv = _blob_element
    else:
        conv = lambda v: coerce.to_type(v, code, (code,), cmd, 2)  # noqa: E731
    a.set_values(conv(None if v is UNDEF else v) for v in values)


def _object_element(v):
    return v if isinstance(v, (Obj, Coll)) or kind_of_value(v) == "object" else None


def _blob_element(v):
    return v if isinstance(v, (bytes, bytearray)) or hasattr(v, "data") else None


def kind_for(values: list) -> str:
    kinds = {kind_of_value(v) for v in values if v is not None and v is not UNDEF}
    if len(kinds) == 1 and kinds <= {"text", "real", "boolean"}:
        return kinds.pop()
    return "object"


def _pairs(rest: tuple, cmd: str, first_index: int) -> list[tuple[object, object]]:
    """(array, propertyName) pairs; the first property name may be missing."""
    items = list(rest)
    out = []
    i = 0
    while i < len(items):
        arr = items[i]
        name = items[i + 1] if i + 1 < len(items) else UNDEF
        if i + 1 < len(items) and type(name) is not str:
            raise err("bad_param_type", index=first_index + i + 1, callee=cmd,
                      detail=f"a property name (Text) was expected, got {type_name(name)}")
        out.append((arr, name))
        i += 2
    return out


@command("COLLECTION TO ARRAY", outputs=(2, 4, 6, 8, 10, 12, 14, 16))
def collection_to_array(collection, array, *rest):
    """COLLECTION TO ARRAY(collection; array{; propertyName}{; array2; propertyName2...}): copy
    the elements (or, with property names, those properties of object elements) into arrays."""
    cmd = "COLLECTION TO ARRAY"
    c = args.coll(collection, cmd, 1)
    elements = [] if c is None else list.copy(c)
    pairs = _pairs((array,) + rest, cmd, 2)
    if len(pairs) > 1 and pairs[0][1] is UNDEF:
        raise err("param_count", callee=cmd, detail="every array but a lone one needs a property name")
    for n, (arr, name) in enumerate(pairs):
        if name is UNDEF:
            values = elements
        else:
            values = [dict.get(e, name, None) if isinstance(e, Obj) else None for e in elements]
        a = out_array(arr, cmd, 2 + 2 * n, kind_for(values))
        fill(a, values, cmd)


@command("ARRAY TO COLLECTION", outputs=(1,))
def array_to_collection(collection, array, *rest):
    """ARRAY TO COLLECTION(collection; array{; propertyName}{; array2; propertyName2...}): the
    collection's elements become the array's (or objects holding each array's elements in
    the properties named)."""
    cmd = "ARRAY TO COLLECTION"
    c = _collection_target(collection, cmd)
    pairs = _pairs((array,) + rest, cmd, 2)
    if len(pairs) > 1 and pairs[0][1] is UNDEF:
        raise err("param_count", callee=cmd, detail="every array but a lone one needs a property name")
    arrays = [(array_arg(arr, cmd, 2 + 2 * n), name) for n, (arr, name) in enumerate(pairs)]
    if arrays[0][1] is UNDEF:
        items = list(to_collection(arrays[0][0]))
    else:
        size = max(a.size for a, _ in arrays)
        items = []
        for i in range(1, size + 1):
            o = Obj()
            for a, name in arrays:
                if i <= a.size:
                    o[name] = stored(to_collection(a.items[i]) if a.two_d else a.items[i])
            items.append(o)
    _replace(c, items)


def _collection_target(value, cmd: str) -> Coll:
    target = out_target(value)
    if type(target) is Pointer:
        c = args.coll(target.get(), cmd, 1)
        if c is None:
            target.set(Coll())
            c = args.coll(target.get(), cmd, 1)
        return c
    c = args.coll(target, cmd, 1)
    if c is None:
        raise err("bad_param_type", index=1, callee=cmd, detail="Collection expected, got Null")
    return c


def _replace(c: Coll, items: list) -> None:
    if type(c) is SharedColl:
        with Locked(c):
            c[:] = [adopt(c, v) for v in items]
        return
    c[:] = items


@command("OB SET ARRAY", outputs=(1,))
def ob_set_array(obj, prop, array):
    """OB SET ARRAY(object; property; array): the property becomes a collection of the array's
    elements (a scalar value gives a collection of one element)."""
    cmd = "OB SET ARRAY"
    o = object_target(obj, cmd)
    name = args.text(prop, cmd, 2)
    value = array
    while type(value) is Pointer:
        value = value.get()
    if type(value) is Array4D:
        if value.two_d:
            raise err("array_type", detail=f"{cmd} cannot store a two-dimensional array ({value.name})")
        items = to_collection(value)
    else:
        items = Coll([stored(value)]) if value is not UNDEF else Coll()
    access.setp(o, name, items)


@command("OB GET ARRAY", outputs=(3,))
def ob_get_array(obj, prop, array):
    """OB GET ARRAY(object; property; array): the array receives the property's collection
    (converted to the array's type)."""
    cmd = "OB GET ARRAY"
    held = out_target(obj)
    o = args.obj(held.get() if type(held) is Pointer else held, cmd, 1)
    name = args.text(prop, cmd, 2)
    value = UNDEF if o is None else access.get(o, name)
    values = list.copy(value) if isinstance(value, Coll) else ([] if value in (None, UNDEF) else [value])
    a = out_array(array, cmd, 3, kind_for(values))
    fill(a, values, cmd)


@command("JSON Stringify array", returns="text")
def json_stringify_array(array, star=UNDEF):
    """JSON Stringify array(array{; *}): the array's elements as a JSON array (* pretty-prints);
    a scalar gives a JSON array of one element."""
    pretty = coerce.star(star, "JSON Stringify array", 2)
    value = array
    while type(value) is Pointer:
        value = value.get()
    if type(value) is Array4D:
        items = to_collection(value)
    else:
        items = Coll([stored(value)])
    return json4d.stringify(items, pretty)


@command("JSON PARSE ARRAY", outputs=(2,))
def json_parse_array(json_text, array):
    """JSON PARSE ARRAY(jsonString; array): the array receives the elements of a JSON array."""
    cmd = "JSON PARSE ARRAY"
    value = json4d.parse(args.text(json_text, cmd, 1))
    if not isinstance(value, Coll):
        raise err("json_parse", detail=f"{cmd}: the text is not a JSON array")
    values = list.copy(value)
    a = out_array(array, cmd, 2, kind_for(values))
    fill(a, values, cmd)


@command("OB GET PROPERTY NAMES", outputs=(2, 3))
def ob_get_property_names(obj, names, types=UNDEF):
    """OB GET PROPERTY NAMES(object; names{; types}): the object's property names, in creation
    order, and the type of each value (Is text, Is real, Is collection, Is null...)."""
    cmd = "OB GET PROPERTY NAMES"
    held = out_target(obj)
    o = args.obj(held.get() if type(held) is Pointer else held, cmd, 1)
    if o is None:
        keys, values = [], []
    elif isinstance(o, Obj):
        keys, values = list(dict.keys(o)), list(dict.values(o))
    else:
        keys = list(o.keys4d())
        values = [o.get4d(k) for k in keys]
    out_array(names, cmd, 2, "text").set_values(keys)
    if types is not UNDEF:
        out_array(types, cmd, 3, "longint").set_values([value_type(v) for v in values])
