"""Commands on a series (a field over the current selection, or an array): Sum, Average, Min, Max,
Std deviation, Variance, Sum squares, and DISTINCT VALUES.

Stage: data layer, classic database language (docs/commands-legacy,
On a Series theme). A field's series is its values in the records of the
table's current selection (Null values left out); an object field takes an
attribute path and computes its numeric values only. An empty series gives
0 (Min and Max of a date field: the null date).
"""

from __future__ import annotations

import math

from runtime.arrays import Array4D
from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Pointer, Time4D
from stdlib_4d.arrays.base import out_array
from stdlib_4d.collection.base import get_path, split_path
from stdlib_4d.data import convert
from stdlib_4d.data.classic import state as S
from stdlib_4d.data.classic.tables import FIELDS, field_of, to_classic

_NUMERIC = ("real", "integer", "longint")


def _series(series, path, cmd: str) -> tuple[list, str]:
    """(values, kind) of a field or array series; kind "number", "date" or "time"."""
    target = series
    for _ in range(8):
        if type(target) is Pointer and target.ref is not FIELDS:
            target = target.get()
            continue
        break
    if type(target) is Array4D:
        if target.kind not in _NUMERIC:
            raise err("numeric_array", detail=f"{cmd}: {target.name or 'the array'} is not numeric")
        values = []
        for item in target.items[1:]:
            if type(item) is Array4D:  # two dimensions: every element
                values.extend(float(x) for x in item.items[1:])
            else:
                values.append(float(item))
        return values, "number"
    dc, f = field_of(target, cmd, 1)
    keys = S.table_state(dc).keys
    raw = dc.rec.column_for(keys, dc.layout.col[f.name])
    values = []
    for k in keys:
        v = convert.from_sql(f.kind, raw.get(k))
        if v is None:
            continue
        if f.kind == "object":
            if path is UNDEF:
                raise err("bad_param_type", index=2, callee=cmd, detail="an object field needs an attribute path")
            v = get_path(v, split_path(str(path)))
            if type(v) not in (float, int) or isinstance(v, bool):
                continue  # only numeric attribute values count
            values.append(float(v))
        elif f.kind in ("int", "real"):
            values.append(float(v))
        elif f.kind == "date":
            values.append(v)
        elif f.kind == "time":
            values.append(float(v))
        else:
            raise err("bad_param_type", index=1, callee=cmd, detail=f"[{dc.name}]{f.name} is not numeric")
    kind = "date" if f.kind == "date" else "time" if f.kind == "time" else "number"
    return values, kind


@command("Sum", returns="real", outputs=(1,))
def sum_(series, path=UNDEF):
    values, _kind = _series(series, path, "Sum")
    return float(math.fsum(values))


@command("Average", returns="real", outputs=(1,))
def average(series, path=UNDEF):
    values, _kind = _series(series, path, "Average")
    return math.fsum(values) / len(values) if values else 0.0


def _extreme(series, path, cmd: str, pick):
    values, kind = _series(series, path, cmd)
    if not values:
        return Date4D.NULL if kind == "date" else 0.0
    if kind == "date":
        return pick(values, key=Date4D.ordinal)
    best = pick(values)
    return Time4D(int(best)) if kind == "time" else best


@command("Max", outputs=(1,))
def max_(series, path=UNDEF):
    return _extreme(series, path, "Max", max)


@command("Min", outputs=(1,))
def min_(series, path=UNDEF):
    return _extreme(series, path, "Min", min)


def _variance(values: list) -> float:
    if len(values) < 2:
        return 0.0
    mean = math.fsum(values) / len(values)
    return math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1)


@command("Variance", returns="real", outputs=(1,))
def variance(series, path=UNDEF):
    return _variance(_series(series, path, "Variance")[0])


@command("Std deviation", returns="real", outputs=(1,))
def std_deviation(series, path=UNDEF):
    return math.sqrt(_variance(_series(series, path, "Std deviation")[0]))


@command("Sum squares", returns="real", outputs=(1,))
def sum_squares(series, path=UNDEF):
    return float(math.fsum(v * v for v in _series(series, path, "Sum squares")[0]))


_ARRAY_KIND = {"text": "text", "real": "real", "int": "longint", "bool": "boolean", "date": "date",
               "time": "time"}


@command("DISTINCT VALUES", outputs=(1, 2, 3))
def distinct_values(field, array, counts=UNDEF):
    """The field's different values in the current selection, sorted (with their counts)."""
    from stdlib_4d.arrays.base import sort_key

    dc, f = field_of(field, "DISTINCT VALUES", 1)
    if f.kind not in _ARRAY_KIND:
        raise err("bad_param_type", index=1, callee="DISTINCT VALUES", detail=f"[{dc.name}]{f.name} cannot be listed")
    keys = S.table_state(dc).keys
    raw = dc.rec.column_for(keys, dc.layout.col[f.name])
    found: dict = {}
    order_key = sort_key(_ARRAY_KIND[f.kind]) or (lambda v: v)
    for k in keys:
        v = to_classic(f, convert.from_sql(f.kind, raw.get(k)))
        kv = order_key(v)
        if kv in found:
            found[kv][1] += 1
        else:
            found[kv] = [v, 1]
    ordered = [found[kv] for kv in sorted(found)]
    out_array(array, "DISTINCT VALUES", 2, _ARRAY_KIND[f.kind]).set_values([v for v, _n in ordered])
    if counts is not UNDEF:
        out_array(counts, "DISTINCT VALUES", 3, "longint").set_values([float(n) for _v, n in ordered])
