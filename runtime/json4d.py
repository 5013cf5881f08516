"""JSON: JSON Stringify and JSON Parse with 4D's conventions.

Stage: runtime. Dates become "YYYY-MM-DD" text and back (4D's default
"Dates inside objects" setting), times become seconds, numbers Real;
pretty printing indents with one tab per level and writes `": "`.
"""

from __future__ import annotations

import json
import math
import re

from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D

_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _number(x) -> str:
    if type(x) is int:
        return str(x)
    if math.isnan(x) or math.isinf(x):
        return "null"
    if x == int(x) and abs(x) < 2**53:
        return str(int(x))
    text = repr(float("%.15g" % x))
    return text.replace("e+", "e+").replace("e-0", "e-")


def _date(d: Date4D) -> str:
    if d.is_null():
        return '"0000-00-00"'
    return f'"{d.y:04d}-{d.m:02d}-{d.d:02d}"'


def _text(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def stringify(value, pretty: bool = False) -> str:
    """JSON Stringify(value{; *})."""
    out: list[str] = []
    _write(value, out, pretty, 0, set())
    return "".join(out)


def _items_of(value):
    """(key, value) pairs of an object-like value, in creation order."""
    if isinstance(value, Obj):
        return list(dict.items(value))
    return [(k, value.get4d(k)) for k in value.keys4d()]


def _write(v, out: list[str], pretty: bool, level: int, seen: set) -> None:
    t = type(v)
    if t is str:
        out.append(_text(v))
    elif t is bool:
        out.append("true" if v else "false")
    elif t is float or t is int:
        out.append(_number(v))
    elif v is None or v is UNDEF:
        out.append("null")
    elif t is Date4D:
        out.append(_date(v))
    elif t is Time4D:
        out.append(str(v.s))
    elif t is Pointer:
        _write(v.get(), out, pretty, level, seen)
    elif t is Picture:
        out.append('"[object Picture]"')
    elif isinstance(v, Coll):
        _container(v, list.__iter__(v), out, pretty, level, seen, "[", "]", keyed=False)
    elif isinstance(v, Obj) or isinstance(v, Native):
        from runtime.functions import Function4D

        if type(v) is Function4D:
            out.append("{}")
            return
        items = [(k, x) for k, x in _items_of(v) if x is not UNDEF]
        _container(v, iter(items), out, pretty, level, seen, "{", "}", keyed=True)
    elif isinstance(v, (bytes, bytearray)):
        out.append('"[object Blob]"')
    else:
        raise err("type_mismatch", detail=f"JSON Stringify cannot write {type_name(v)}")


def _container(v, items, out, pretty, level, seen, opening, closing, keyed) -> None:
    if id(v) in seen:
        raise err("bad_value", detail="JSON Stringify: circular reference")
    seen.add(id(v))
    out.append(opening)
    first = True
    for item in items:
        if not first:
            out.append(",")
        first = False
        if pretty:
            out.append("\n" + "\t" * (level + 1))
        if keyed:
            key, item = item
            out.append(_text(key))
            out.append(": " if pretty else ":")
        _write(item, out, pretty, level + 1, seen)
    if pretty and not first:
        out.append("\n" + "\t" * level)
    out.append(closing)
    seen.discard(id(v))


# ---------------------------------------------------------------- parse


def _convert(v, nested: bool):
    if isinstance(v, dict):
        o = Obj()
        for k, x in v.items():
            dict.__setitem__(o, k, _convert(x, True))
        return o
    if isinstance(v, list):
        return Coll(_convert(x, True) for x in v)
    if type(v) is int:
        return float(v)
    if nested and type(v) is str and _DATE_TEXT.match(v):
        try:
            y, m, d = (int(p) for p in v.split("-"))
            return Date4D.NULL if y == 0 else Date4D(y, m, d)
        except ValueError:
            return v
    return v


def parse(text: str):
    """JSON Parse(text) with no type argument."""
    if type(text) is not str:
        raise err("type_mismatch", detail=f"JSON Parse expects Text, got {type_name(text)}")
    try:
        raw = json.loads(text, object_pairs_hook=dict, parse_constant=lambda c: None)
    except json.JSONDecodeError as e:
        raise err("json_parse", detail=f"{e.msg} at line {e.lineno}, column {e.colno}") from None
    return _convert(raw, False)
