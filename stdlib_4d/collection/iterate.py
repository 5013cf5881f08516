"""4D.Collection members driven by a callback: every, some, filter, find,
findIndex, map, flatMap, reduce and reduceRight.

Stage: stdlib. The callback is a Formula or a project method name; it
gets $1 = {value} ({value; accumulator} for the reductions) and the extra
arguments as $2...$N. A Formula's own value is its result; a method sets
$1.result (or returns a value). $1.stop:=True ends the walk early, keeping
the result computed for that element.
"""

from __future__ import annotations

from runtime.functions import Function4D
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.collection.base import (
    caller,
    fields_call,
    member,
    new_like,
    param,
    snapshot,
    split_callback,
    start_index,
    stopped,
    store,
)


def _walk(c: Coll, name: str, a: tuple, with_start: bool):
    """Yield (index, value, result, stop) for each element from startFrom on."""
    start, cb, extra = split_callback(a, name, with_start)
    items = snapshot(c)
    begin = 0
    if start is not None:
        if start >= len(items):
            return
        begin = start_index(start, len(items))
    fast = fields_call(cb, ("value",))
    if fast is not None:  # a formula reading only $1.value: no $1 to build, no stop
        for i in range(begin, len(items)):
            v = items[i]
            yield i, v, fast(v), False
        return
    call = caller(cb, extra)
    for i in range(begin, len(items)):
        p = param(value=items[i])
        result = call(p)
        yield i, items[i], result, stopped(p)


@member("every")
def every(c: Coll, *a):
    """True if the callback returns True for every element (from startFrom).

    Like 4D, nothing tested (empty collection, startFrom past the end) is False.
    """
    tested = False
    for _i, _v, result, stop in _walk(c, "every", a, True):
        tested = True
        if result is not True:
            return False
        if stop:
            break
    return tested


@member("some")
def some(c: Coll, *a):
    """True if the callback returns True for at least one element (from startFrom)."""
    for _i, _v, result, stop in _walk(c, "some", a, True):
        if result is True:
            return True
        if stop:
            return False
    return False


@member("filter")
def filter_(c: Coll, *a):
    """A new collection of the elements for which the callback returns True."""
    _start, cb, _extra = split_callback(a, "filter", False)
    fast = fields_call(cb, ("value",))
    if fast is not None:  # a formula reading only $1.value
        return new_like(c, [v for v in snapshot(c) if fast(v) is True])
    kept = []
    for _i, v, result, stop in _walk(c, "filter", a, False):
        if result is True:
            kept.append(v)
        if stop:
            break
    return new_like(c, kept)


def _first_match(c: Coll, name: str, a) -> tuple[int, object] | None:
    """(index, element) of the first element for which the callback returns True."""
    for i, v, result, stop in _walk(c, name, a, True):
        if result is True:
            return i, v
        if stop:
            break
    return None


@member("find")
def find(c: Coll, *a):
    """The first element for which the callback returns True, or undefined."""
    found = _first_match(c, "find", a)
    return UNDEF if found is None else found[1]


@member("findIndex")
def find_index(c: Coll, *a):
    """The index of the first element for which the callback returns True, or -1."""
    found = _first_match(c, "findIndex", a)
    return -1.0 if found is None else float(found[0])


@member("map")
def map_(c: Coll, *a):
    """A new collection of the callback's results, one per element."""
    _start, cb, extra = split_callback(a, "map", False)
    call = caller(cb, extra)
    fast = fields_call(cb, ("value",))
    if fast is not None:  # a formula reading only $1.value: its value is the result
        return Coll([r if type(r) is float else store(r) for r in map(fast, snapshot(c))])
    py = cb.py if type(cb) is Function4D else None
    out = Coll()
    append = out.append
    new, fill, get = Obj.__new__, dict.__setitem__, dict.get
    for value in snapshot(c):  # the hot loop of a common function: kept inline
        p = new(Obj)  # $1, built without Obj.__init__
        p.cls = None
        fill(p, "value", value)
        if py is not None:
            result = py(None, p, *extra)
            if result is UNDEF:
                result = get(p, "result", UNDEF)
        else:
            result = call(p)
        append(result if type(result) is float else store(result))
        if get(p, "stop") is True:
            break
    return out


@member("flatMap")
def flat_map(c: Coll, *a):
    """map() followed by flat(1)."""
    out = Coll()
    for _i, _v, result, stop in _walk(c, "flatMap", a, False):
        if isinstance(result, Coll):
            out.extend(list.copy(result))
        else:
            out.append(store(result))
        if stop:
            break
    return out


def _reduce(items: list, name: str, a: tuple):
    _start, cb, rest = split_callback(a, name, False)
    acc = rest[0] if rest else UNDEF
    fast = fields_call(cb, ("accumulator", "value"))
    if fast is not None:
        # A formula that only reads $1 sets no $1.accumulator: the accumulator stays as it
        # is (the formula's value is not the accumulator), but each call still runs (errors).
        for v in items:
            fast(acc, v)
        return acc
    call = caller(cb, rest[1:])
    for v in items:
        p = param(value=v)
        if acc is not UNDEF:
            dict.__setitem__(p, "accumulator", acc)
        call(p)
        acc = dict.get(p, "accumulator", UNDEF)
        if stopped(p):
            break
    return acc


@member("reduce")
def reduce(c: Coll, *a):
    """Fold the elements left to right into $1.accumulator (starting at initValue)."""
    return _reduce(snapshot(c), "reduce", a)


@member("reduceRight")
def reduce_right(c: Coll, *a):
    """Fold the elements right to left into $1.accumulator (starting at initValue)."""
    return _reduce(snapshot(c)[::-1], "reduceRight", a)
