"""Shared helpers of the array commands: finding the array an argument names,
4D's element order and equality.

Stage: stdlib support for stdlib_4d/arrays/*; it registers no command.
"""

from __future__ import annotations

import math

from runtime import textcmp
from runtime.arrays import KINDS, NUMERIC, Array4D, SortOrder
from runtime.codes import err, type_name
from runtime.values import UNDEF, Date4D, Pointer, Time4D

_MAX_HOPS = 64


def array_arg(value, cmd: str, index: int = 1) -> Array4D:
    """The array a parameter designates (a pointer to an array variable is followed)."""
    for _ in range(_MAX_HOPS):
        if type(value) is Array4D:
            return value
        if type(value) is not Pointer:
            break
        value = value.get()
    raise err("bad_param_type", index=index, callee=cmd,
              detail=f"an array was expected, got {what(value)}")


def what(value) -> str:
    return "undefined (no array was declared)" if value is UNDEF else type_name(value)


def out_array(target, cmd: str, index: int, kind: str | None) -> Array4D:
    """The array an output parameter designates. A variable that holds no array
    yet receives a new one of `kind` (None: the command cannot create it)."""
    p = None
    for _ in range(_MAX_HOPS):
        if type(target) is Array4D:
            return target
        if type(target) is not Pointer:
            break
        p = target
        target = target.get()
        if type(target) is Pointer:
            continue
        if type(target) is Array4D:
            return target
        break
    if p is None or kind is None:
        raise err("bad_param_type", index=index, callee=cmd,
                  detail=f"an array was expected, got {what(target)}")
    arr = Array4D(kind, 0, None, name=p.label)
    p.set(arr)
    held = p.get()
    return held if type(held) is Array4D else arr


def sort_order(value, cmd: str, index: int) -> bool | None:
    """True for `<` (descending), False for `>`, None when value is not an order."""
    if type(value) is SortOrder:
        return value.descending
    return None


def kind_name(a: Array4D) -> str:
    return "Array 2D" if a.two_d else f"{KINDS[a.kind][0]} array"


# ---------------------------------------------------------------- order and equality


def sort_key(kind: str):
    """The key function ordering elements of an array of `kind` (None: no key needed)."""
    if kind == "text":
        return textcmp.key
    if kind in NUMERIC:
        return _number_key
    if kind == "date":
        return Date4D.ordinal
    if kind == "time":
        return _time_key
    if kind == "boolean":
        return None
    if kind == "object":
        return _null_first
    return None


def _number_key(x: float) -> float:
    return x if x == x else -math.inf


def _time_key(t: Time4D) -> int:
    return t.s


def _null_first(v) -> int:
    # Object arrays: nulls grouped first, objects kept in their order (4D's "internal order").
    return 0 if v is None else 1


def matcher(a: Array4D, value, cmd: str):
    """A predicate telling whether an element equals value, as 4D's `=` does."""
    kind = a.kind
    if a.two_d:
        raise err("array_type", detail=f"{cmd} cannot search a two-dimensional array ({a.name})")
    if kind == "text":
        if type(value) is not str:
            raise _incompatible(cmd, a, value)
        if "@" in value:
            return lambda x: textcmp.equal(x, value)
        k = textcmp.key(value)
        return lambda x: x == value or textcmp.key(x) == k
    if kind in NUMERIC:
        t = type(value)
        if t is Time4D:
            value = float(value.s)
        elif t is not float and t is not int:
            raise _incompatible(cmd, a, value)
        return lambda x: x == value
    if kind == "boolean":
        if type(value) is not bool:
            raise _incompatible(cmd, a, value)
        return lambda x: x is value
    if kind == "date":
        if type(value) is not Date4D:
            raise _incompatible(cmd, a, value)
        return lambda x: x == value
    if kind == "time":
        if type(value) is Time4D:
            s = value.s
        elif type(value) in (float, int):
            s = value
        else:
            raise _incompatible(cmd, a, value)
        return lambda x: x.s == s
    if kind == "pointer":
        if value is not None and type(value) is not Pointer:
            raise _incompatible(cmd, a, value)
        return lambda x: x == value if value is not None else x is None
    if kind == "object":
        # Object references only: two objects with the same contents are different.
        return lambda x: x is value
    raise err("array_type", detail=f"{cmd} cannot search a {kind_name(a)} ({a.name})")


def _incompatible(cmd: str, a: Array4D, value):
    return err("arg_types", detail=f"{cmd}: {type_name(value)} searched in {a.name}, a {kind_name(a)}")
