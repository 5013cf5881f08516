"""Shared helpers of the 4D.Collection member functions.

Stage: stdlib support for the collection_*.py modules: registering a
member with its argument counts, storing values (numbers become Real,
shared collections adopt what they receive), locking shared collections,
property paths, 4D's cross-type sort order, element equality and
callbacks. It registers no member itself.
"""

from __future__ import annotations

import math
from contextlib import nullcontext

from runtime import access, callbacks, ops, textcmp
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.shared import Locked, adopt, group_of
from runtime.values import UNDEF, Coll, Date4D, Obj, SharedColl, SharedObj, Time4D
from stdlib_4d import args

_NO_LOCK = nullcontext()


# ---------------------------------------------------------------- registering


def _arity(fn) -> tuple[int, int | None]:
    code = getattr(fn, "__code__", None)
    if type(fn) is type(_arity) and code is not None and not code.co_kwonlyargcount \
            and not hasattr(fn, "__wrapped__") and code.co_argcount >= 1:
        # A plain function: read from its code object (inspect is slow to import: start-up).
        after_first = code.co_argcount - 1
        lo = after_first - min(len(fn.__defaults__ or ()), after_first)
        return lo, None if code.co_flags & 0x04 else after_first  # 0x04: CO_VARARGS
    import inspect

    lo, hi = 0, 0
    for p in list(inspect.signature(fn).parameters.values())[1:]:
        if p.kind is p.VAR_POSITIONAL:
            hi = None
        elif p.default is p.empty:
            lo += 1
            hi = hi + 1 if hi is not None else None
        elif hi is not None:
            hi += 1
    return lo, hi


def member(name: str):
    """Register fn(coll, *4D args) as the collection function `name`."""

    def deco(fn):
        lo, hi = _arity(fn)
        callee = f"Collection.{name}"

        def checked(c, *a):
            n = len(a)
            if n < lo or (hi is not None and n > hi):
                raise err("param_count", callee=callee, detail=_count_text(lo, hi, n))
            return fn(c, *a)

        checked.__name__ = fn.__name__
        checked.__doc__ = fn.__doc__
        access.COLLECTION_FUNCS[name] = checked
        access.COLLECTION_RAW[name] = (fn, lo, hi)  # for call sites whose count the compiler checked
        return fn

    return deco


def _count_text(lo: int, hi: int | None, n: int) -> str:
    if hi is None:
        wanted = f"at least {lo}"
    elif lo == hi:
        wanted = str(lo)
    else:
        wanted = f"{lo} to {hi}"
    return f"expects {wanted} parameter(s), got {n}"


# ---------------------------------------------------------------- arguments


def integer(value, name: str, index: int, default: int = 0) -> int:
    """An optional Integer argument (UNDEF gives `default`)."""
    if value is UNDEF:
        return default
    return args.integer(value, f"Collection.{name}", index)


def text(value, name: str, index: int) -> str:
    return args.text(value, f"Collection.{name}", index)


def collection(value, name: str, index: int) -> Coll:
    if isinstance(value, Coll):
        return value
    raise err("bad_param_type", index=index, callee=f"Collection.{name}",
              detail=f"Collection expected, got {type_name(value)}")


def is_number(v) -> bool:
    t = type(v)
    return t is float or t is int


def start_index(start: int, length: int) -> int:
    """A startFrom argument: negative counts from the end, floored at 0."""
    if start < 0:
        start += length
    return max(start, 0)


def clamp_index(index: int, length: int) -> int:
    """An insertion index: negative from the end, kept within 0..length."""
    if index < 0:
        index += length
    return min(max(index, 0), length)


# ---------------------------------------------------------------- storing and locking


def store(v):
    """A value as a collection element (access.store_value), undefined becoming Null."""
    return None if v is UNDEF else access.store_value(v)


def store_in(c: Coll, v):
    """store(), plus the shared-group rules when c is shared."""
    v = store(v)
    if type(c) is SharedColl:
        v = adopt(c, v)
    return v


def locked(c: Coll):
    """Context of a modifying member: an implicit Use on shared collections."""
    if type(c) is SharedColl:
        return Locked(c)
    return _NO_LOCK


def new_like(c: Coll, items) -> Coll:
    """A new collection of `items`, shared when c is shared.

    It joins c's shared group only when it holds shared objects or
    collections of that group; otherwise it starts a group of its own.
    """
    if type(c) is not SharedColl:
        return Coll(items)
    out = SharedColl(items)
    if any(type(v) is SharedObj or type(v) is SharedColl for v in list.__iter__(out)):
        g = group_of(c)
        out.group = g
        g.members += 1
    return out


def snapshot(c: Coll) -> list:
    return list.copy(c)


# ---------------------------------------------------------------- property paths

_PATHS: dict[str, list[str]] = {}


def split_path(path: str) -> list[str]:
    parts = _PATHS.get(path)
    if parts is None:
        parts = path.split(".")
        if len(_PATHS) > 1024:
            _PATHS.clear()
        _PATHS[path] = parts
    return parts


def get_path(v, parts: list[str]):
    """The value at a property path of v (undefined when anything is missing)."""
    for k in parts:
        if type(v) is Obj and v.cls is None:
            v = dict.get(v, k, UNDEF)
        elif isinstance(v, (Obj, Coll, Native)):
            v = access.get(v, k)
        else:
            return UNDEF
    return v


def path_values(c: Coll, path) -> list:
    """Element values, or the values at `path` of each element when given."""
    if path is UNDEF:
        return snapshot(c)
    parts = split_path(path)
    return [get_path(e, parts) for e in snapshot(c)]


# ---------------------------------------------------------------- ordering and equality

# Type groups of 4D's sort: null, booleans, strings, numbers, objects,
# collections, dates; anything else (pointers, pictures...) last.
RANK_NULL, RANK_OBJECT, RANK_COLLECTION = 0, 4, 5


def order_key(v) -> tuple:
    """Sort key: type group first, then the value inside its group."""
    t = type(v)
    if t is float or t is int:
        return (3, v if v == v else -math.inf)
    if t is str:
        return (2, textcmp.key(v))
    if v is None or v is UNDEF:
        return (0, 0)
    if t is bool:
        return (1, v)
    if t is Date4D:
        return (6, v.ordinal())
    if t is Time4D:
        return (3, v.s)
    if isinstance(v, Coll):
        return (5, 0)
    if isinstance(v, (Obj, Native)):
        return (4, 0)
    return (7, 0)


def same(a, b, wildcard: bool = True) -> bool:
    """Element equality as 4D's `=` (no error on mixed types: simply False)."""
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        if wildcard:
            return textcmp.equal(a, b)
        return a == b or textcmp.key(a) == textcmp.key(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        return a == b or abs(a - b) < ops.settings["epsilon"]
    if a is None or a is UNDEF:
        return b is None or b is UNDEF
    if ta is bool or ta is Date4D or ta is Time4D:
        return ta is tb and a == b
    return a is b


# ---------------------------------------------------------------- callbacks


def check_callback(cb, name: str, index: int) -> None:
    callbacks.check(cb, f"Collection.{name}", index)


caller = callbacks.caller
fields_call = callbacks.fields_call


_new_obj = Obj.__new__
_init_dict = dict.__init__


def param(**values) -> Obj:
    """The $1 object of a callback (a plain Obj, built the fast way)."""
    o = _new_obj(Obj)
    _init_dict(o, values)
    o.cls = None
    return o


def split_callback(a: tuple, name: str, with_start: bool):
    """(startFrom or None, callback, extra params) from a member's arguments."""
    start = None
    if with_start and a and is_number(a[0]):
        start = args.integer(a[0], f"Collection.{name}", 1)
        a = a[1:]
    if not a:
        raise err("param_count", callee=f"Collection.{name}", detail="a Formula or a method name is required")
    check_callback(a[0], name, 2 if start is not None else 1)
    return start, a[0], tuple(a[1:])


stopped = callbacks.stopped
