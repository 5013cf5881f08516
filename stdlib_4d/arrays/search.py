"""Size of array, Find in array, Find in sorted array, Count in array.

Stage: stdlib. Elements equal a value as 4D's `=` says: texts ignore case
and accents and a `@` in the value is a wildcard, objects compare by
reference; numbers compare exactly (not within the real comparison level,
which would cost an arithmetic test per element: see docs/decisions.md). Find in sorted array searches
by halves with the sort's key; it falls back to a sequential search where
4D does (pointer and Boolean arrays, a `@` not at the end of the value).
"""

from __future__ import annotations

from runtime import textcmp
from runtime.arrays import NUMERIC, Array4D
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Pointer, Time4D
from stdlib_4d import args
from stdlib_4d.arrays.base import array_arg, matcher, sort_key, sort_order

_NUMS = (float, int)
_SEP = "\x00"
_CHUNK = 4096  # texts joined at a time by the text search


@command("Size of array", returns="real")
def size_of_array(array):
    """Size of array(array): the number of elements (of rows, for a two-dimensional array)."""
    return float(array_arg(array, "Size of array", 1).size)


def _positions(a: Array4D, value, start: int, cmd: str):
    """Element numbers (start and after) whose value equals `value`, in order."""
    items = a.items
    if start >= len(items):
        return
    if a.kind == "text" and type(value) is str and ("@" not in value or value.find("@") == len(value) - 1):
        yield from _text_positions(items, value, start)
        return
    if a.kind in NUMERIC and type(value) in _NUMS:
        # Numbers compare exactly here (list.index's speed), not within the comparison level.
        v = float(value)
        if v != v:
            return  # NaN equals nothing
        while True:
            try:
                start = items.index(v, start)
            except ValueError:
                return
            yield start
            start += 1
    same = matcher(a, value, cmd)
    for i in range(start, len(items)):
        if same(items[i]):
            yield i


def _text_positions(items: list, value: str, start: int):
    """Texts equal to value as `=` says (case and accents ignored; a final `@` matches any end).

    Texts are taken by chunks: an ASCII chunk is joined by _SEP, lower-cased and searched as
    one string (at C speed; chunks of moderate size keep the allocations cheap); the texts of
    other chunks are compared one by one with their full comparison key.
    """
    prefix = value.endswith("@")
    k = textcmp.key(value[:-1] if prefix else value)
    fast = (k or not prefix) and _SEP not in k
    same = (lambda x: textcmp.equal(x, value)) if prefix else (lambda x: x == value or textcmp.key(x) == k)
    for first in range(start, len(items), _CHUNK):
        chunk = items[first:first + _CHUNK]
        joined = _SEP.join(chunk)
        if fast and joined.isascii():
            lowered = joined.lower()
            found = list(_joined_positions(lowered, len(chunk), k, prefix))
            if not found or lowered.count(_SEP) == len(chunk) - 1:  # else a text holds _SEP itself
                yield from (first + i for i in found)
                continue
        for i, x in enumerate(chunk):
            if same(x):
                yield first + i


def _joined_positions(lowered: str, n: int, k: str, prefix: bool):
    """Indexes (0..n-1) of the texts equal to k, or starting with k, in `lowered`: n texts
    joined by _SEP (which none of them holds)."""
    if lowered.startswith(k if prefix else k + _SEP) or (n == 1 and lowered == k):
        yield 0
    probe = _SEP + k if prefix else _SEP + k + _SEP
    pos = lowered.find(probe)
    counted, index = 0, 0
    while pos >= 0:
        index += lowered.count(_SEP, counted, pos + 1)
        counted = pos + 1
        yield index
        pos = lowered.find(probe, pos + len(probe) - 1)
    if not prefix and n > 1 and lowered.endswith(_SEP + k):
        yield n - 1  # the last text has no _SEP after it


@command("Find in array", returns="real")
def find_in_array(array, value, start=UNDEF):
    """Find in array(array; value{; start}): the number of the first element equal to value
    (from element start, 1 by default), or -1."""
    a = array_arg(array, "Find in array", 1)
    begin = 1 if start is UNDEF else args.integer(start, "Find in array", 3)
    if a.two_d:
        raise err("array_type", detail=f"Find in array cannot search a two-dimensional array ({a.name})")
    # A start below 1 searches from element 1: element zero is not one of the array's elements.
    found = next(_positions(a, value, max(begin, 1), "Find in array"), -1)
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
