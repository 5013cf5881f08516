"""Conversions: 4D values to text and numbers, and typed assignment rules.

Stage: runtime. `to_text` is String() with no format (US settings, 13
significant digits); the `as_*` functions convert a value assigned to a
declared variable or parameter, or raise the 4D error for a wrong type.
"""

from __future__ import annotations

import math

from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D


def format_number(x) -> str:
    """A number as String() writes it: up to 13 significant digits."""
    if type(x) is int:
        return str(x)
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "INF" if x > 0 else "-INF"
    if x == int(x) and abs(x) < 2**53:
        return str(int(x))
    text = f"{x:.13g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        sign = exp[0]
        digits = exp[1:].lstrip("0") or "0"
        text = f"{mantissa}e{sign}{digits}"
    return text


def format_date(d: Date4D) -> str:
    """Default String(date): the US short date format (run4d's convention)."""
    if d.is_null():
        return "00/00/00"
    return f"{d.m:02d}/{d.d:02d}/{d.y:04d}"


def format_time(t: Time4D) -> str:
    s = t.s
    sign = "-" if s < 0 else ""
    s = abs(s)
    return f"{sign}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def to_text(v) -> str:
    """String(v) with no format argument."""
    t = type(v)
    if t is str:
        return v
    if t is float or t is int:
        return format_number(v)
    if t is bool:
        return "True" if v else "False"
    if v is UNDEF:
        return ""
    if v is None:
        return "null"
    if t is Date4D:
        return format_date(v)
    if t is Time4D:
        return format_time(v)
    if isinstance(v, (Obj, Coll)) or isinstance(v, Native):
        from runtime.json4d import stringify

        return stringify(v)
    if t is Pointer:
        return f"->{v.label}"
    raise err("type_mismatch", detail=f"cannot convert {type_name(v)} to Text")


# ---------------------------------------------------------------- typed assignment

_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1


def round_half_away(x: float) -> int:
    """Real -> Integer conversion: round half away from zero (run4d's choice)."""
    if math.isnan(x) or math.isinf(x):
        return 0
    r = math.floor(abs(x) + 0.5)
    return int(r if x >= 0 else -r)


def _wrong(v, name: str, type_: str):
    return err("var_type", got=type_name(v), name=name, type=type_)


def as_text(v, name: str = "the variable"):
    if type(v) is str:
        return v
    if v is UNDEF:
        return ""
    raise _wrong(v, name, "Text")


def as_real(v, name: str = "the variable"):
    t = type(v)
    if t is float or t is int:
        return v
    if v is UNDEF:
        return 0.0
    raise _wrong(v, name, "Real")


def as_int(v, name: str = "the variable"):
    t = type(v)
    if t is int:
        return v
    if t is float:
        return round_half_away(v)
    if v is UNDEF:
        return 0
    raise _wrong(v, name, "Integer")


def as_bool(v, name: str = "the variable"):
    if type(v) is bool:
        return v
    if v is UNDEF:
        return False
    raise _wrong(v, name, "Boolean")


def as_date(v, name: str = "the variable"):
    if type(v) is Date4D:
        return v
    if v is UNDEF:
        return Date4D.NULL
    raise _wrong(v, name, "Date")


def as_time(v, name: str = "the variable"):
    t = type(v)
    if t is Time4D:
        return v
    if t is float or t is int:
        return Time4D(round_half_away(v))
    if v is UNDEF:
        return Time4D(0)
    raise _wrong(v, name, "Time")


def as_object(v, name: str = "the variable"):
    if v is None or type(v) is Obj:
        return v
    if isinstance(v, Native):  # an entity, a 4D.File...: before the Obj test, which a Native fails
        if not isinstance(v, Coll):
            return v
    elif isinstance(v, Obj):
        return v
    if v is UNDEF:
        return None
    raise _wrong(v, name, "Object")


def as_collection(v, name: str = "the variable"):
    if v is None or isinstance(v, Coll):
        return v
    if v is UNDEF:
        return None
    raise _wrong(v, name, "Collection")


def as_blob(v, name: str = "the variable"):
    if isinstance(v, (bytes, bytearray)):
        return bytearray(v)
    if v is UNDEF:
        return bytearray()
    if isinstance(v, Native) and hasattr(v, "data"):
        return bytearray(v.data)  # a 4D.Blob assigned to a Blob variable
    raise _wrong(v, name, "Blob")


def as_pointer(v, name: str = "the variable"):
    if v is None or type(v) is Pointer:
        return v
    if v is UNDEF:
        return None
    raise _wrong(v, name, "Pointer")


def as_variant(v, name: str = "the variable"):
    return v


def as_picture(v, name: str = "the variable"):
    if isinstance(v, Picture):
        return v
    if v is UNDEF or v is None:
        return Picture()
    raise _wrong(v, name, "Picture")


def _empty_picture():
    return Picture()  # a Picture variable starts as an empty picture (size 0), not Null


# Declared type name (lower case) -> (converter, default value factory)
TYPES = {
    "text": (as_text, lambda: ""),
    "real": (as_real, lambda: 0.0),
    "integer": (as_int, lambda: 0),
    "longint": (as_int, lambda: 0),
    "boolean": (as_bool, lambda: False),
    "date": (as_date, lambda: Date4D.NULL),
    "time": (as_time, lambda: Time4D(0)),
    "object": (as_object, lambda: None),
    "collection": (as_collection, lambda: None),
    "variant": (as_variant, lambda: UNDEF),
    "blob": (as_blob, lambda: bytearray()),
    "picture": (as_picture, _empty_picture),
    "pointer": (as_pointer, lambda: None),
}
