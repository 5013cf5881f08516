"""Support functions that compiled 4D code calls (loops, parameters, Super...).

Stage: runtime. Small helpers with no better home; each is named by the
construct it serves. Operators are in ops.py, member access in access.py.
"""

from __future__ import annotations

import functools
import math

from runtime import convert
from runtime.access import store_value
from runtime.arrays import Array4D
from runtime.codes import err, type_name
from runtime.functions import Function4D
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Pointer

# ---------------------------------------------------------------- errors


def raise_error(key: str, callee: str, detail: str):
    if key == "param_count":
        raise err("param_count", callee=callee, detail=detail)
    if key == "super_scope":
        raise err("super_scope", detail=detail)
    if key == "not_compiled":
        raise err("not_compiled", name=callee, detail=detail)
    raise err(key, detail=detail)


# ---------------------------------------------------------------- literals


_AS_IS = frozenset({float, str, bool, Obj, Coll, type(None)})
_new_obj = Obj.__new__
_fill = dict.update


def mkobj(items: dict) -> Obj:
    """An object literal: undefined values make no property."""
    o = _new_obj(Obj)  # Obj() without its __init__ (a Python call)
    o.cls = None
    for v in items.values():
        if type(v) not in _AS_IS:
            break
    else:
        _fill(o, items)  # every value is kept as it is (the common case)
        return o
    for k, v in items.items():
        if v is not UNDEF:
            dict.__setitem__(o, k, store_value(v))
    return o


def mkobj_plain(items: dict) -> Obj:
    """An object of values the compiler knows are kept as they are (Text, Boolean, Real made
    from Integer): `{a: $t}` and `New object("a"; $t)` with distinct constant names."""
    o = _new_obj(Obj)
    o.cls = None
    _fill(o, items)
    return o


def mkobj_command(items: dict, command) -> Obj:
    """New object with distinct constant property names: `command` (New object itself) when a
    value is not kept as it is (undefined, Integer, Time, BLOB...)."""
    for v in items.values():
        if type(v) not in _AS_IS:
            return command(*[x for pair in items.items() for x in pair])
    o = _new_obj(Obj)
    o.cls = None
    _fill(o, items)
    return o


def mkcoll(items: list) -> Coll:
    """A collection literal: undefined elements become Null."""
    for i, v in enumerate(items):
        if type(v) not in _AS_IS:
            items[i] = None if v is UNDEF else store_value(v)
    return Coll(items)


def as_key(k) -> str:
    if type(k) is str:
        return k
    raise err("type_mismatch", detail=f"a property name must be a Text, got {type_name(k)}")


# ---------------------------------------------------------------- parameters


def arg(args: tuple, index) -> object:
    """${index} (1-based)."""
    i = int(index)
    if 1 <= i <= len(args):
        return args[i - 1]
    return UNDEF


def set_arg(args: tuple, index, value) -> tuple:
    i = int(index)
    items = list(args)
    while len(items) < i:
        items.append(UNDEF)
    items[i - 1] = value
    return tuple(items)


def copy_params(args: tuple, start=1) -> Coll:
    return mkcoll(list(args[max(int(start), 1) - 1:]))


def param(value, type_: str, index: int, callee: str):
    """A named parameter's value converted to its declared type (or an error)."""
    if value is UNDEF:
        return convert.TYPES[type_][1]()
    conv = convert.TYPES[type_][0]
    try:
        return conv(value)
    except Exception:
        raise err("bad_param_type", index=index, callee=callee,
                  detail=f"{convert_type_label(type_)} expected, got {type_name(value)}") from None


def legacy_param(value, type_: str):
    """$1 declared with C_TEXT($1): a wrong type gives the empty value, no error."""
    conv, default = convert.TYPES.get(type_, (None, None))
    if conv is None:
        return value
    try:
        return conv(value)
    except Exception:
        return default()


def convert_type_label(t: str) -> str:
    return t.capitalize()


def default(t: str):
    return convert.TYPES[t][1]()


# ---------------------------------------------------------------- loops


def for_range(start, end, step, as_int: bool):
    """The values a For loop's counter takes (start and end included)."""
    if step == 0:
        raise err("bad_value", detail="For: the increment cannot be 0")
    if _whole(start) and _whole(end) and _whole(step):
        s, e, st = int(start), int(end), int(step)
        return range(s, e + 1 if st > 0 else e - 1, st)
    return _real_range(start, end, step, as_int)


def _whole(x) -> bool:
    return type(x) is int or (type(x) is float and x.is_integer())


def _real_range(start, end, step, as_int):
    i = start
    while (i <= end) if step > 0 else (i >= end):
        yield int(i) if as_int else i
        i += step


def for_after(start, end, step):
    """The counter's value once a For loop ran to its end."""
    if (step > 0 and start > end) or (step < 0 and start < end):
        return start
    count = math.floor((end - start) / step) + 1
    return start + count * step


def for_done(counter, end, step) -> bool:
    if type(counter) not in (float, int):
        raise err("type_mismatch", detail=f"For counter must be a number, got {type_name(counter)}")
    return counter > end if step > 0 else counter < end


def foreach_items(value, begin=None, end=None):
    """What For each iterates: a snapshot of elements or property names."""
    if isinstance(value, Coll):
        n = len(value)
        b = 0 if begin is None else int(begin)
        e = n if end is None else int(end)
        if b < 0:
            b = max(b + n, 0)
        if e < 0:
            e += n
        return list(value[b:min(e, n)])
    if isinstance(value, Obj):
        return list(dict.keys(value))
    if value is None or value is UNDEF:
        return []
    if isinstance(value, Native):
        items = getattr(value, "foreach4d", None)
        return list(items()) if items is not None else list(value.keys4d())
    raise err("type_mismatch", detail=f"For each needs a collection or an object, got {type_name(value)}")


# ---------------------------------------------------------------- text characters


def set_char(text, index, char) -> str:
    if type(text) is not str or type(char) is not str:
        raise err("type_mismatch", detail="[[ ]] assigns a character of a Text")
    i = int(index)
    if not 1 <= i <= len(text):
        raise err("bad_value", detail=f"character index {i} is out of range")
    return text[: i - 1] + char[:1] + text[i:]


# ---------------------------------------------------------------- pointers


def deref(p):
    if type(p) is Pointer:
        return p.get()
    if p is None:
        raise err("bad_pointer", detail="Nil pointer")
    raise err("bad_pointer", detail=f"{type_name(p)} is not a pointer")


def deref_set(p, value) -> None:
    if type(p) is Pointer:
        held = p.get()
        if type(held) is Array4D:
            held.select(value)  # $p->:=2 selects element 2 of the array $p points to
        else:
            p.set(value)
        return
    raise err("bad_pointer", detail="cannot assign through a Nil pointer")


_MAX_HOPS = 64


def out_target(value):
    """What a command writes into for one of its output parameters.

    The compiler passes a pointer to the variable written there (4D's by-reference);
    a pointer held in that variable is followed, so `$p:=->$b` then SET BLOB SIZE($p; 1)
    (or SET BLOB SIZE(->$b; 1)) writes $b. Any other value is returned as it is.
    """
    for _ in range(_MAX_HOPS):
        if type(value) is not Pointer:
            return value
        inner = value.get()
        if type(inner) is not Pointer:
            return value
        value = inner
    raise err("bad_pointer", detail=f"{value!r} leads to a pointer cycle")


def ptr_procvar(store: dict, name: str, label: str) -> Pointer:
    def get():
        try:
            return store[name]  # a process variable never assigned reads as its declared default
        except KeyError:
            return UNDEF

    def set_(v):
        store[name] = v

    return Pointer(get, set_, label, ref=store, name=name)


# ---------------------------------------------------------------- formulas


def formula(fn, captured: tuple, source: str, fast=None, fields: tuple = ()) -> Function4D:
    f = Function4D(functools.partial(fn, captured), name="", source=source, kind="formula")
    if fast is not None:  # This is Null in callbacks: the fields form's default
        f.fields, f.fast = fields, (functools.partial(fast, _cap=captured) if captured else fast)
    return f


def method_formula(method, source: str) -> Function4D:
    return Function4D(method, name=source, source=source, kind="formula")


# ---------------------------------------------------------------- ASSERT

ASSERTS = {"enabled": True}


def assert_on() -> bool:
    return ASSERTS["enabled"]


def assert_(value, text: str, message=None):
    if value is True:
        return None
    if value is not False:
        raise err("bad_condition", got=type_name(value))
    raise err("assert", text=message if isinstance(message, str) and message else text)


# ---------------------------------------------------------------- Super and This


def super_ctor(cls, this, *args) -> None:
    parent = cls.superclass
    while parent is not None and parent.constructor is None:
        parent = parent.superclass
    if parent is not None:
        parent.constructor.py(this, *args)


def super_once(done: bool, cls, this, *args) -> bool:
    if done:
        raise err("super_scope", detail="the superclass constructor was already called")
    super_ctor(cls, this, *args)
    return True


def super_check(done: bool, cls) -> None:
    parent = cls.superclass
    while parent is not None and parent.constructor is None:
        parent = parent.superclass
    if not done and parent is not None:
        raise err("super_missing", name=cls.name)


def super_call(cls, name: str, this, *args):
    parent = cls.superclass
    if parent is None:
        raise err("super_scope", detail=f"{cls.name} has no superclass")
    found = parent.lookup(name)
    if found is None or found[0] != "function":
        raise err("not_a_function", name=f"Super.{name}")
    return found[1].py(this, *args)


def this_before_super():
    raise err("this_before_super")


__all__ = ["Date4D"]
