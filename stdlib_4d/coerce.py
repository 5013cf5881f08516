"""Type conversions asked for by a type argument (OB Get, JSON Parse).

Stage: stdlib support. `to_type(value, code, ...)` turns a value read from an
object or parsed from JSON into the type named by a `Is ...` constant. 4D's
pages list the constants but not every conversion; run4d's rules are:
numbers from text follow Num(); Booleans are True for True, non-zero numbers,
the text "true" (any case) and any object or collection; dates and times from
text follow Date() and Time() (a numeric text is a number of seconds).
It also checks the `*` argument several of these commands take.
"""

from __future__ import annotations

import re

from runtime.codes import err, type_name
from runtime.convert import round_half_away, to_text
from runtime.native import Native
from runtime.values import STAR, UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D
from stdlib_4d.convert_cmds import parse_number
from stdlib_4d.dates import parse_date, parse_time

IS_REAL, IS_TEXT, IS_PICTURE, IS_DATE, IS_BOOLEAN, IS_LONGINT = 1, 2, 3, 4, 6, 9
IS_TIME, IS_POINTER, IS_OBJECT, IS_COLLECTION, IS_NULL = 11, 23, 38, 42, 255

_NUMERIC_TEXT = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")


def _real(v) -> float:
    t = type(v)
    if t is float or t is int:
        return float(v)
    if t is bool:
        return 1.0 if v else 0.0
    if t is str:
        return parse_number(v)
    if t is Time4D:
        return float(v.s)
    return 0.0


def _longint(v) -> float:
    return float(round_half_away(_real(v)))


def _text(v) -> str:
    if v is None or v is UNDEF:
        return ""
    return to_text(v)


def _boolean(v) -> bool:
    t = type(v)
    if t is bool:
        return v
    if t is float or t is int:
        return v != 0
    if t is str:
        return v.strip().lower() == "true"
    return isinstance(v, (Obj, Coll, Native))


def _date(v) -> Date4D:
    if type(v) is Date4D:
        return v
    if type(v) is str:
        return parse_date(v)
    return Date4D.NULL


def _time(v) -> Time4D:
    t = type(v)
    if t is Time4D:
        return v
    if t is str:
        return Time4D(round_half_away(float(v))) if _NUMERIC_TEXT.match(v) else parse_time(v)
    if t is float or t is int:
        return Time4D(round_half_away(v))
    return Time4D(0)


def _keep(kind):
    return lambda v: v if isinstance(v, kind) else None


_CONVERTERS = {
    IS_REAL: _real,
    IS_LONGINT: _longint,
    IS_TEXT: _text,
    IS_BOOLEAN: _boolean,
    IS_DATE: _date,
    IS_TIME: _time,
    IS_OBJECT: lambda v: v if isinstance(v, (Obj, Native)) and not isinstance(v, Coll) else None,
    IS_COLLECTION: _keep(Coll),
    IS_PICTURE: lambda v: v if type(v) is Picture else Picture(),
    IS_POINTER: _keep(Pointer),
    IS_NULL: lambda v: None,
}

TYPE_NAMES = {IS_REAL: "Is real", IS_TEXT: "Is text", IS_PICTURE: "Is picture", IS_DATE: "Is date",
              IS_BOOLEAN: "Is Boolean", IS_LONGINT: "Is longint", IS_TIME: "Is time",
              IS_POINTER: "Is pointer", IS_OBJECT: "Is object", IS_COLLECTION: "Is collection",
              IS_NULL: "Is null"}


def to_type(value, code: int, allowed: tuple[int, ...], cmd: str, index: int):
    """`value` converted to the type `code` (one of `allowed`), or the 4D error."""
    if code not in allowed:
        names = ", ".join(TYPE_NAMES[c] for c in allowed)
        raise err("bad_param_type", index=index, callee=cmd,
                  detail=f"unsupported type {code}; expected one of {names}")
    return _CONVERTERS[code](value)


def star(value, cmd: str, index: int) -> bool:
    """True if the optional `*` was passed; any other value is a parameter error."""
    if value is not UNDEF and value is not STAR:
        raise err("bad_param_type", index=index, callee=cmd, detail=f"* expected, got {type_name(value)}")
    return value is STAR
