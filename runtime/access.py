"""Member access: reading, writing and calling properties and elements.

Stage: runtime, called by compiled code for `$o.name`, `$o["k"]`, `$c[i]`,
`$o.f(args)` and `$t[[i]]`. Plain objects and collections take the fast
paths at the top of each function; everything else (class instances,
shared data, native objects) takes the slower general path.
"""

from __future__ import annotations

from runtime import hooks, limits
from runtime.arrays import Array4D
from runtime.codes import err, type_name
from runtime.functions import Function4D
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, SharedColl, SharedObj, Time4D

# Collection member functions, filled by stdlib_4d/collection.py:
# name -> python callable(coll, *args).
COLLECTION_FUNCS: dict = {}
# name -> (unchecked function, min args, max args): the compiler calls these
# directly on variables declared Collection, after checking the count itself.
COLLECTION_RAW: dict = {}


# ---------------------------------------------------------------- reading


def get(o, k: str):
    """o.k"""
    if type(o) is Obj:
        v = o.get(k, UNDEF)
        if v is UNDEF and o.cls is not None:
            return _class_get(o, k)
        return v
    if isinstance(o, Native):  # what _get_slow does first, one call sooner (ds.Employee, $entity.name)
        return o.get4d(k)
    return _get_slow(o, k)


def get_var(o, k: str):
    """$o.k where $o is a variable declared Object or Collection.

    Such a variable that holds null (declared and never assigned, 4D's
    "intermediary" state) reads as undefined, as documented.
    """
    return UNDEF if o is None else get(o, k)


def index_var(o, k):
    """$o[k] where $o is a variable declared Object or Collection (see get_var)."""
    return UNDEF if o is None else index(o, k)


def _class_get(o: Obj, k: str):
    found = o.cls.lookup(k)
    if found is None:
        return UNDEF
    kind, fn = found
    if kind == "function":
        return fn
    if kind == "get":
        return fn.py(o)
    return UNDEF  # a set-only computed property reads as undefined


def _get_slow(o, k):
    if isinstance(o, Native):  # first: 4D's own classes (WebSocketConnection...) are read often
        return o.get4d(k)
    if o is UNDEF:
        return UNDEF
    if o is None:
        raise err("null_member", action="read", name=k)
    if isinstance(o, Obj):
        v = dict.get(o, k, UNDEF)
        if v is UNDEF and o.cls is not None:
            return _class_get(o, k)
        return v
    if isinstance(o, Coll):
        if k == "length":
            return float(len(o))
        fn = COLLECTION_FUNCS.get(k)
        if fn is not None:
            return Function4D(lambda this, *a, _f=fn, _c=o: _f(_c if this is None else this, *a),
                              name=k, kind="native")
        return UNDEF
    if isinstance(o, Native):
        return o.get4d(k)
    raise err("not_object", what=f"A {type_name(o)} value")


def index(o, k):
    """o[k]: collection element or object property."""
    t = type(o)
    if t is Coll or t is SharedColl:
        if type(k) is float or type(k) is int:
            i = int(k)
            if 0 <= i < len(o):
                return o[i]
            raise err("index_range", index=_num_text(k))
        raise err("type_mismatch", detail=f"a collection index must be a number, got {type_name(k)}")
    if type(k) is str:
        return get(o, k)
    if o is UNDEF:
        return UNDEF
    if o is None:
        raise err("null_member", action="read", name=str(k))
    if isinstance(o, Obj):
        raise err("type_mismatch", detail=f"a property name must be a Text, got {type_name(k)}")
    if isinstance(o, Native):
        index4d = getattr(o, "index4d", None)  # a native object readable by position (4D.Blob)
        if index4d is not None:
            return index4d(k)
    raise err("not_collection", what=f"A {type_name(o)} value")


def char_at(t, i) -> str:
    """t[[i]]: the i-th character (1-based); "" when out of range."""
    if type(t) is not str:
        raise err("type_mismatch", detail=f"[[ ]] applies to Text, not {type_name(t)}")
    n = int(i)
    if 1 <= n <= len(t):
        return t[n - 1]
    return ""


def _num_text(v) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


# ---------------------------------------------------------------- writing


def store_value(v):
    """A value as objects and collections keep it: numbers Real, times seconds, scalar blobs 4D.Blob."""
    t = type(v)
    if t is int:
        return float(v)
    if t is Time4D:
        return float(v.s)
    if t is bytearray:
        return hooks.box_blob(v)
    if t is Array4D:
        raise err("type_mismatch", detail=f"an array ({v.name}) cannot be stored in an object or a collection "
                                          "(use OB SET ARRAY or ARRAY TO COLLECTION)")
    return v


_DIRECT = frozenset({float, str, bool, Obj, Coll, type(None)})
_NATIVE_CALL = Native.call4d


def setp(o, k: str, v) -> None:
    """o.k := v"""
    if type(o) is Obj and o.cls is None and type(v) in _DIRECT:
        o[k] = v
        return
    if isinstance(o, Native):  # what _set_slow does for 4D's own objects (entities...), one call sooner
        o.set4d(k, v)
        return
    _set_slow(o, k, v)


def _set_slow(o, k, v) -> None:
    if o is None or o is UNDEF:
        raise err("null_member", action="write", name=k)
    if isinstance(o, Obj):
        if o.cls is not None and o.cls.has_accessors:
            setter = o.cls.find_setter(k)
            if setter is False:
                raise err("read_only", name=k)
            if setter is not None:
                if v is UNDEF:
                    v = _empty_like(_class_get(o, k))
                setter.py(o, v)
                return
        if type(o) is SharedObj:
            from runtime.shared import adopt, check_write

            check_write(o)
            v = adopt(o, v)
        if v is UNDEF:
            if k in o:
                dict.__setitem__(o, k, _empty_like(dict.__getitem__(o, k)))
            return
        dict.__setitem__(o, k, store_value(v))
        return
    if isinstance(o, Native):
        o.set4d(k, v)
        return
    if isinstance(o, Coll):
        raise err("read_only", name=k)
    raise err("not_object", what=f"A {type_name(o)} value")


def set_index(o, k, v) -> None:
    """o[k] := v; writing past the end of a collection fills with Null."""
    t = type(o)
    if t is Coll or t is SharedColl:
        if type(k) is not float and type(k) is not int:
            raise err("type_mismatch", detail=f"a collection index must be a number, got {type_name(k)}")
        i = int(k)
        if i < 0:
            raise err("index_range", index=_num_text(k))
        if t is SharedColl:
            from runtime.shared import adopt, check_write

            check_write(o)
            v = adopt(o, v)
        v = None if v is UNDEF else store_value(v)
        if i < len(o):
            o[i] = v
        else:
            if i >= limits.COLLECTION_SIZE:
                raise err("index_range", index=_num_text(k))
            o.extend([None] * (i - len(o)))
            o.append(v)
        return
    if type(k) is str:
        setp(o, k, v)
        return
    if o is None or o is UNDEF:
        raise err("null_member", action="write", name=str(k))
    if isinstance(o, Native) and getattr(o, "index4d", None) is not None and type(k) in (float, int):
        raise err("read_only", name=f"[{_num_text(k)}]")  # elements read by index4d are read-only
    raise err("type_mismatch", detail=f"a property name must be a Text, got {type_name(k)}")


def _empty_like(v):
    """What a property becomes when undefined is assigned to it."""
    t = type(v)
    if t is str:
        return ""
    if t is float or t is int:
        return 0.0
    if t is bool:
        return False
    if t is Date4D:
        return Date4D.NULL
    if v is UNDEF:
        return UNDEF
    return None


# ---------------------------------------------------------------- calling


def callm(o, name: str, *args):
    """o.name(args)"""
    if type(o) is Obj:
        v = o.get(name, UNDEF)
        if v is UNDEF:
            cls = o.cls
            if cls is not None:
                found = cls.lookup(name)
                if found is not None and found[0] == "function":
                    return found[1].py(o, *args)
            raise err("not_a_function", name=name)
        if type(v) is Function4D:
            return v.py(o, *args)
        raise err("not_a_function", name=name)
    if type(o) is Coll:
        fn = COLLECTION_FUNCS.get(name)
        if fn is not None:
            return fn(o, *args)
        raise err("not_a_function", name=name)
    return _callm_slow(o, name, args)


def _callm_slow(o, name, args):
    if o is None:
        raise err("null_member", action="call", name=name)
    if o is UNDEF:
        raise err("not_a_function", name=name)
    if isinstance(o, Obj):
        v = dict.get(o, name, UNDEF)
        if v is UNDEF and o.cls is not None:
            found = o.cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1].py(o, *args)
        if type(v) is Function4D:
            return v.py(o, *args)
        raise err("not_a_function", name=name)
    if isinstance(o, Coll):
        fn = COLLECTION_FUNCS.get(name)
        if fn is not None:
            return fn(o, *args)
        raise err("not_a_function", name=name)
    if isinstance(o, Native):
        return o.call4d(name, args)
    raise err("not_a_function", name=name)


def meth(o, name: str):
    """The callable behind o.name(...): call it as f(o, *args).

    Compiled code evaluates `o` once, looks the member up here, then calls
    it directly, which saves a layer of argument packing per call.
    """
    t = type(o)
    if t is Obj or t is SharedObj:  # a shared singleton's This is a SharedObj
        cls = o.cls
        if cls is not None:
            py = cls.py_methods.get(name)
            if py is not None and name not in o:
                return py
        v = o.get(name, UNDEF)
        if v is UNDEF:
            if cls is not None:
                found = cls.lookup(name)
                if found is not None and found[0] == "function":
                    return found[1].py
            raise err("not_a_function", name=name)
        if type(v) is Function4D:
            return v.py
        raise err("not_a_function", name=name)
    if type(o) is Coll:
        fn = COLLECTION_FUNCS.get(name)
        if fn is not None:
            return fn
        raise err("not_a_function", name=name)
    if isinstance(o, Native) and (type(o).call4d is _NATIVE_CALL or o.funcs4d_first):
        fn = o.funcs4d.get(name)
        if fn is not None:
            return fn  # what Native.call4d would call: fn(o, *args)
    return lambda this, *args: _callm_slow(this, name, args)


def call_value(f, this, *args):
    """Calling a 4D.Function held in an expression: f(args) with This."""
    if type(f) is Function4D:
        return f.py(this, *args)
    raise err("not_a_function", name=type_name(f))


def length(o):
    """.length of a collection (0 for an undefined or null one)."""
    if isinstance(o, Coll):
        return float(len(o))
    if o is None or o is UNDEF:
        return 0.0
    return get(o, "length")
