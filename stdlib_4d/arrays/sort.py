"""SORT ARRAY and MULTI SORT ARRAY.

Stage: stdlib. Sorting computes the new order of elements 1..size from the
arrays that are criteria (a stable sort per level, last level first) and
applies it to every array given, so that synchronized arrays stay
synchronized. Element zero and the selected element do not move. Texts
sort ignoring case and accents; object arrays group their Null elements
first and keep the objects in their order; pointer and picture arrays can
follow a sort but not lead one.
"""

from __future__ import annotations

from runtime.arrays import NUMERIC, Array4D, SortOrder
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import Pointer
from stdlib_4d.arrays.base import array_arg, kind_name, sort_key

_UNSORTABLE = ("pointer", "picture", "blob")


def _check_key(a: Array4D, cmd: str) -> None:
    if a.two_d:
        raise err("array_type", detail=f"{cmd} cannot sort a two-dimensional array ({a.name}); "
                                       "sort its rows")
    if a.kind in _UNSORTABLE:
        raise err("array_type", detail=f"{cmd} cannot sort by a {kind_name(a)} ({a.name})")


def _keys(a: Array4D):
    """The sort keys of a's elements (None: the elements are their own keys)."""
    items = a.items
    if a.kind in NUMERIC and all(map(float.__eq__, items, items)):
        return None  # no NaN: Python orders the numbers as 4D does
    if a.kind == "text" and all(map(str.isascii, items)):
        return str.lower  # what the comparison key of an ASCII text is, at C speed
    return sort_key(a.kind)


def _order(levels: list[tuple[Array4D, bool]]) -> list[int]:
    """The permutation of element numbers 1..size sorting by `levels` (array, descending)."""
    order = list(range(1, levels[0][0].size + 1))
    for a, descending in reversed(levels):
        key = _keys(a)
        keys = a.items if key is None else [None, *map(key, a.items[1:])]
        order.sort(key=keys.__getitem__, reverse=descending)  # stable, also in reverse
    return order


def _apply(order: list[int], arrays: list[Array4D]) -> None:
    for a in arrays:
        items = a.items
        items[1:] = [items[i] for i in order]


def sort_arrays(levels: list[tuple[Array4D, bool]], arrays: list[Array4D], cmd: str) -> None:
    size = levels[0][0].size
    for a in arrays:
        if a.size != size:
            raise err("array_sizes", detail=f"{cmd}: {a.name} has {a.size} elements, "
                                            f"{levels[0][0].name} has {size}")
        if a.two_d:
            raise err("array_type", detail=f"{cmd} cannot sort a two-dimensional array ({a.name})")
    for a, _ in levels:
        _check_key(a, cmd)
    a, descending = levels[0]
    if len(levels) == 1 and len(arrays) == 1:
        tail = a.items[1:]
        tail.sort(key=_keys(a), reverse=descending)
        a.items[1:] = tail
        return
    _apply(_order(levels), arrays)


@command("SORT ARRAY")
def sort_array(*params):
    """SORT ARRAY(array{; array2; ...}{; > or <}): sort the arrays by the first one, ascending
    (>, the default) or descending (<)."""
    items = list(params)
    descending = False
    if items and type(items[-1]) is SortOrder:
        descending = items.pop().descending
    if not items:
        raise err("param_count", callee="SORT ARRAY", detail="expects at least one array")
    arrays = [array_arg(v, "SORT ARRAY", i) for i, v in enumerate(items, 1)]
    sort_arrays([(arrays[0], descending)], arrays, "SORT ARRAY")


@command("MULTI SORT ARRAY")
def multi_sort_array(*params):
    """MULTI SORT ARRAY(array{; > or <}{; array2{; > or <}...}): sort synchronized arrays on
    several levels (each array followed by > or < is a level, in order).
    MULTI SORT ARRAY(pointers; orders): pointers is a pointer array, orders a numeric array
    (1 ascending, -1 descending, 0 follows)."""
    cmd = "MULTI SORT ARRAY"
    if len(params) == 2 and _is_pointer_syntax(params):
        levels, arrays = _from_pointer_arrays(params[0], params[1], cmd)
    else:
        levels, arrays = [], []
        for i, v in enumerate(params, 1):
            if type(v) is SortOrder:
                if not arrays or (levels and levels[-1][0] is arrays[-1]):
                    raise err("sort_param", detail=f"{cmd}: parameter {i} ({v!r}) does not follow an array")
                levels.append((arrays[-1], v.descending))
                continue
            arrays.append(array_arg(v, cmd, i))
    if not levels:
        raise err("sort_param", detail=f"{cmd}: at least one array must be followed by > or <")
    sort_arrays(levels, arrays, cmd)


def _is_pointer_syntax(params) -> bool:
    first, second = (_held(v) for v in params)
    return (type(first) is Array4D and first.kind == "pointer" and not first.two_d
            and type(second) is Array4D and second.kind in NUMERIC)


def _held(v):
    while type(v) is Pointer:
        v = v.get()
    return v


def _from_pointer_arrays(pointers, orders, cmd: str):
    ptrs, ords = _held(pointers), _held(orders)
    if ptrs.size != ords.size:
        raise err("array_sizes", detail=f"{cmd}: {ptrs.name} has {ptrs.size} elements, "
                                        f"{ords.name} has {ords.size}")
    levels, arrays = [], []
    for i in range(1, ptrs.size + 1):
        p = ptrs.items[i]
        if type(p) is not Pointer:
            raise err("pointer_array", detail=f"{cmd}: {ptrs.name}{{{i}}} is {type_name(p)}, "
                                              "not a pointer to an array")
        a = array_arg(p, cmd, 1)
        arrays.append(a)
        way = ords.items[i]
        if way not in (-1, 0, 1):
            raise err("sort_param", detail=f"{cmd}: {ords.name}{{{i}}} is {way:g}; 1, -1 or 0 expected")
        if way:
            levels.append((a, way < 0))
    return levels, arrays
