"""Size of array, Find in array, Find in sorted array, Count in array.

Stage: stdlib. Elements equal a value as 4D's `=` says: texts ignore case
and accents and a `@` in the value is a wildcard, reals are equal within
the comparison level, objects by reference. Find in sorted array searches
by halves with the sort's key; it falls back to a sequential search where
4D does (pointer and Boolean arrays, a `@` not at the end of the value).
"""

from __future__ import annotations

import math
from itertools import compress, count, islice
from operator import not_

from runtime import ops, textcmp
from runtime.arrays import NUMERIC, Array4D
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Pointer, Time4D
from stdlib_4d import args
from stdlib_4d.arrays.base import array_arg, matcher, sort_key, sort_order

_NUMS = (float, int)


@command("Size of array", returns="real")
def size_of_array(array):
    """Size of array(array): the number of elements (of rows, for a two-dimensional array)."""
    return float(array_arg(array, "Size of array", 1).size)


def _positions(a: Array4D, value, start: int, cmd: str):
    """Element numbers (start and after) whose value equals `value`, in order."""
    items = a.items
    if start >= len(items):
        return
    if a.kind == "text" and type(value) is str and "@" not in value:
        yield from _text_positions(items, value, start)
        return
    if a.kind in NUMERIC and type(value) in _NUMS and math.isfinite(value):
        # Equal within the comparison level: |x - value| < epsilon, tested at C speed.
        eps = ops.settings["epsilon"]
        v = float(value)
        yield from compress(count(start), map(eps.__gt__, map(abs, map(v.__rsub__, islice(items, start, None)))))
        return
    same = matcher(a, value, cmd)
    for i in range(start, len(items)):
        if same(items[i]):
            yield i


def _text_positions(items: list, value: str, start: int):
    """Texts equal to value (case and accents ignored), found at C speed where possible.

    An ASCII text equals value when their lower-case forms are equal; other texts
    are compared one by one with their full comparison key.
    """
    k = textcmp.key(value)
    lowered = compress(count(start), map(k.__eq__, map(str.lower, islice(items, start, None))))
    others = compress(count(start), map(not_, map(str.isascii, islice(items, start, None))))
    a, b = next(lowered, None), next(others, None)
    key = textcmp.key
    while a is not None or b is not None:
        if b is None or (a is not None and a < b):
            if items[a].isascii() or key(items[a]) == k:
                yield a
            a = next(lowered, None)
        else:
            if b != a and key(items[b]) == k:
                yield b
            b = next(others, None)


@command("Find in array", returns="real")
def find_in_array(array, value, start=UNDEF):
    """Find in array(array; value{; start}): the number of the first element equal to value
    (from element start, 1 by default), or -1."""
    a = array_arg(array, "Find in array", 1)
    begin = 1 if start is UNDEF else args.integer(start, "Find in array", 3)
    if a.two_d:
        raise err("array_type", detail=f"Find in array cannot search a two-dimensional array ({a.name})")
    if begin < 0:
        begin = 0
    found = next(_positions(a, value, max(begin, 0), "Find in array"), -1)
    return float(found)


@command("Count in array", returns="real")
def count_in_array(array, value):
    """Count in array(array; value): how many elements equal value."""
    a = array_arg(array, "Count in array", 1)
    return float(sum(1 for _ in _positions(a, value, 1, "Count in array")))


@command("Find in sorted array", returns="boolean", outputs=(4, 5))
def find_in_sorted_array(array, value, order, pos_first=UNDEF, pos_last=UNDEF):
    """Find in sorted array(array; value; > or <{; posFirst{; posLast}}): True if value is in
    the sorted array; posFirst and posLast receive the first and last positions found, or
    where value would be inserted to keep the array sorted."""
    cmd = "Find in sorted array"
    a = array_arg(array, cmd, 1)
    descending = sort_order(order, cmd, 3)
    if descending is None:
        raise err("sort_param", detail=f"{cmd}: > or < expected, got {type_name(order)}")
    if a.two_d:
        raise err("array_type", detail=f"{cmd} cannot search a two-dimensional array ({a.name})")
    matcher(a, value, cmd)  # checks the value's type
    wildcard = a.kind == "text" and "@" in value
    if a.kind in ("pointer", "boolean", "object", "picture", "blob") or \
            (wildcard and (value.index("@") != len(value) - 1 or "@@" in value)):
        found = list(_positions(a, value, 1, cmd))
        first, last = (found[0], found[-1]) if found else (-1, -1)
        ok = bool(found)
    else:
        first, last = _bisect(a, value, descending, wildcard)
        ok = last >= first
        if not ok:
            last = first  # where value would be inserted, in both
    _write(pos_first, first, cmd, 4)
    _write(pos_last, last, cmd, 5)
    return ok


def _bisect(a: Array4D, value, descending: bool, prefix: bool) -> tuple[int, int]:
    """First and last positions of value in a sorted array; when absent, (p, p - 1) where p is
    the insertion position."""
    key = sort_key(a.kind)
    if a.kind == "text":
        target = textcmp.key(value[:-1] if prefix else value)
        if prefix:
            width = len(target)
            key = lambda s: textcmp.key(s)[:width]  # noqa: E731
    elif type(value) is Time4D:
        target = value.s if a.kind == "time" else float(value.s)
    elif type(value) is Date4D:
        target = value.ordinal()
    else:
        target = float(value) if a.kind != "time" else value
    items = a.items
    n = len(items) - 1

    def before(i: int) -> bool:  # does element i sort strictly before target?
        k = key(items[i])
        return k > target if descending else k < target

    def after(i: int) -> bool:  # does element i sort strictly after target?
        k = key(items[i])
        return k < target if descending else k > target

    lo, hi = 1, n + 1
    while lo < hi:
        mid = (lo + hi) // 2
        if before(mid):
            lo = mid + 1
        else:
            hi = mid
    first = lo
    lo, hi = first, n + 1
    while lo < hi:
        mid = (lo + hi) // 2
        if after(mid):
            hi = mid
        else:
            lo = mid + 1
    return first, lo - 1


def _write(target, position: int, cmd: str, index: int) -> None:
    if target is UNDEF:
        return
    if type(target) is Pointer:
        target.set(float(position))
        return
    raise err("bad_param_type", index=index, callee=cmd, detail=f"a variable was expected, got {type_name(target)}")
