"""Values between 4D and SQL, per field kind.

Stage: data layer. 4D values (runtime/values.py) become SQL parameters
and come back from rows. Dates are stored as 'YYYY-MM-DD' text (the null
date as '0000-00-00', which PostgreSQL's date type cannot hold), times as
seconds, objects as JSON, Text also as its comparison key. An entity
attribute reads like an object property: numbers are Real, times seconds.
"""

from __future__ import annotations

from runtime import json4d, textcmp
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Time4D

NULL_DATE = "0000-00-00"


def date_text(d: Date4D) -> str:
    if d.is_null():
        return NULL_DATE
    return f"{d.y:04d}-{d.m:02d}-{d.d:02d}"


def parse_date(s: str) -> Date4D:
    try:
        y, m, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    except (ValueError, TypeError):
        return Date4D.NULL
    if y == 0:
        return Date4D.NULL
    try:
        return Date4D(y, m, d)
    except ValueError:
        return Date4D.NULL


def _blob_class():
    from stdlib_4d.blob import Blob4D

    return Blob4D


def from_sql(kind: str, v):
    """A column's value as an entity attribute holds it."""
    if v is None:
        return None
    if kind == "text":
        return v
    if kind == "int" or kind == "real" or kind == "time":
        return float(v)
    if kind == "bool":
        return bool(v)
    if kind == "date":
        return parse_date(v)
    if kind == "object":
        return json4d.parse(v, top_dates=False) if v else None
    if kind == "blob":
        return _blob_class()(bytes(v))
    if kind == "picture":
        return Picture(bytes(v))
    return v


def blank(kind: str):
    """The value of an attribute whose field maps Null to blank values."""
    return {"text": "", "int": 0.0, "real": 0.0, "time": 0.0, "bool": False, "date": Date4D.NULL}.get(kind)


def to_attr(field, value, where):
    """A value assigned to a storage attribute, as the attribute keeps it (or an error).

    `where` names the attribute in the error: a text, or an Attr (its dataclass and name).
    """
    if value is None or value is UNDEF:
        return None
    kind = field.kind
    t = type(value)
    if kind == "text":
        if t is str:
            return value
        if t is float or t is int:
            return json4d.stringify(value)
    elif kind in ("int", "real"):
        if t is float or t is int:
            return round(float(value)) * 1.0 if kind == "int" else float(value)
        if t is bool:
            return 1.0 if value else 0.0
        if t is str:
            n = _number(value)
            if n is not None:
                return n
    elif kind == "time":
        if t is Time4D:
            return float(value.s)
        if t is float or t is int:
            return float(round(value))
    elif kind == "bool":
        if t is bool:
            return value
        if t is float or t is int:
            return value != 0
    elif kind == "date":
        if t is Date4D:
            return value
        if t is str:
            d = parse_date(value) if len(value) >= 10 and value[4] == "-" else None
            if d is not None and (not d.is_null() or value.startswith("0000")):
                return d
    elif kind == "object":
        if isinstance(value, (Obj, Coll)):
            return value
    elif kind == "blob":
        Blob4D = _blob_class()
        if isinstance(value, Blob4D):
            return value
        if t in (bytes, bytearray):
            return Blob4D(bytes(value))
    elif kind == "picture":
        if t is Picture:
            return value
    if not isinstance(where, str):
        where = f"{where.dc_name}.{where.name}"
    raise err("type_mismatch", detail=f"{where}: a {field.kind} attribute cannot hold {type_name(value)}")


def _number(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


def to_sql(kind: str, v):
    """An attribute value as a column parameter."""
    if v is None:
        return None
    if kind == "text" or kind == "real" or kind == "bool":
        return v
    if kind == "int" or kind == "time":
        return int(v)
    if kind == "date":
        return date_text(v)
    if kind == "object":
        return json4d.stringify(v)
    if kind == "blob":
        return v.data
    if kind == "picture":
        return bytes(v.data)
    return v


def text_key(v):
    return None if v is None else textcmp.key(v)


def query_value(kind: str, v):
    """A query's value for a column of `kind`; UNDEF when it can never match."""
    t = type(v)
    if isinstance(v, Native) and hasattr(v, "primary_key_value"):
        return v.primary_key_value()
    if kind == "text":
        if t is str:
            return v
        if t is float or t is int:
            return json4d.stringify(v)
        return UNDEF
    if kind in ("int", "real", "time"):
        if t is bool:
            return UNDEF
        if t is float or t is int:
            return float(v)
        if t is Time4D:
            return float(v.s)
        if t is str:
            n = _number(v.strip())
            return UNDEF if n is None else n
        return UNDEF
    if kind == "bool":
        if t is bool:
            return v
        if t is float or t is int:
            return v != 0
        if t is str and v.lower() in ("true", "false"):
            return v.lower() == "true"
        return UNDEF
    if kind == "date":
        if t is Date4D:
            return date_text(v)
        if t is str:
            d = parse_date(v) if len(v) >= 10 and v[4:5] == "-" else None
            return UNDEF if d is None else date_text(d)
        return UNDEF
    return UNDEF
