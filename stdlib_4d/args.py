"""Argument checks shared by the command implementations.

Stage: stdlib support. Each helper returns the argument converted to the
Python value the command needs, or raises the 4D error for a wrong type
(bad_param_type). Undefined becomes the type's empty value, as 4D's
commands do.
"""

from __future__ import annotations

from runtime.codes import err, type_name
from runtime.convert import round_half_away
from runtime.native import Native
from runtime.values import STAR, UNDEF, Coll, Date4D, Obj, Time4D


def _bad(cmd: str, index: int, expected: str, value):
    return err("bad_param_type", index=index, callee=cmd,
               detail=f"{expected} expected, got {type_name(value)}")


def text(value, cmd: str, index: int = 1) -> str:
    if type(value) is str:
        return value
    if value is UNDEF:
        return ""
    raise _bad(cmd, index, "Text", value)


def number(value, cmd: str, index: int = 1):
    t = type(value)
    if t is float or t is int:
        return value
    if value is UNDEF:
        return 0.0
    if t is Time4D:
        return float(value.s)
    raise _bad(cmd, index, "Number", value)


def integer(value, cmd: str, index: int = 1) -> int:
    """A Longint parameter: a Real is rounded half away from zero, as when it is
    assigned to an Integer variable (NaN and infinities give 0)."""
    v = number(value, cmd, index)
    return v if type(v) is int else round_half_away(v)


def boolean(value, cmd: str, index: int = 1) -> bool:
    if type(value) is bool:
        return value
    if value is UNDEF:
        return False
    raise _bad(cmd, index, "Boolean", value)


def date(value, cmd: str, index: int = 1) -> Date4D:
    if type(value) is Date4D:
        return value
    if value is UNDEF:
        return Date4D.NULL
    raise _bad(cmd, index, "Date", value)


def time(value, cmd: str, index: int = 1) -> Time4D:
    t = type(value)
    if t is Time4D:
        return value
    if t is float or t is int:
        return Time4D(round_half_away(value))
    if value is UNDEF:
        return Time4D(0)
    raise _bad(cmd, index, "Time", value)


def obj(value, cmd: str, index: int = 1):
    """An object (plain, class instance or native); Null allowed."""
    if value is None or isinstance(value, Obj) or isinstance(value, Native):
        return value
    if value is UNDEF:
        return None
    raise _bad(cmd, index, "Object", value)


def coll(value, cmd: str, index: int = 1):
    if value is None or isinstance(value, Coll):
        return value
    if value is UNDEF:
        return None
    raise _bad(cmd, index, "Collection", value)


def is_star(value) -> bool:
    return value is STAR


def optional(value, default):
    """An omitted optional argument arrives as UNDEF (Python default)."""
    return default if value is UNDEF else value
