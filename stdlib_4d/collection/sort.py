"""4D.Collection members that order: sort, orderBy, orderByMethod,
multiSort, and those defined by the order: min, max, distinct.

Stage: stdlib. Without a callback, values are grouped by type in 4D's
order (null, booleans, strings, numbers, objects, collections, dates) and
ordered inside their group (text ignores case and accents); objects and
collections keep their relative order. Every sort is stable. A sort
callback returns True when $1.value comes before $1.value2.
"""

from __future__ import annotations

import functools
import math
from itertools import repeat
from operator import attrgetter

from runtime import textcmp
from runtime.codes import err, type_name
from runtime.functions import Function4D
from runtime.values import UNDEF, Coll, Date4D, Obj, Time4D
from stdlib_4d.collection.base import (
    caller,
    check_callback,
    fields_call,
    get_path,
    integer,
    is_number,
    locked,
    member,
    new_like,
    order_key,
    param,
    path_values,
    snapshot,
    split_callback,
    split_path,
)

CK_DESCENDING = 1
CK_DIACRITICAL = 8
CK_COUNT_VALUES = 32


def less_sorted(items: list, cb, extra: tuple, value_of=None) -> list:
    """items sorted with a callback telling whether $1.value < $1.value2.

    Python's sort only asks "a < b", so one call per comparison suffices
    and ties keep their order (the sort stays stable).
    """
    fast = fields_call(cb, ("value", "value2"))
    if fast is not None:  # a formula reading only $1.value/$1.value2: no $1 per comparison
        if value_of is None:

            def less(a, b) -> int:
                return -1 if fast(a, b) is True else 0
        else:

            def less(a, b) -> int:
                return -1 if fast(value_of(a), value_of(b)) is True else 0

        return sorted(items, key=functools.cmp_to_key(less))
    call = caller(cb, extra)
    if value_of is None:

        def cmp(a, b) -> int:
            return -1 if call(param(value=a, value2=b)) is True else 0
    else:

        def cmp(a, b) -> int:
            return -1 if call(param(value=value_of(a), value2=value_of(b))) is True else 0

    return sorted(items, key=functools.cmp_to_key(cmp))


def _descending(value, name: str, index: int = 1) -> bool:
    return integer(value, name, index) == CK_DESCENDING


# ---------------------------------------------------------------- sort, orderBy


_NUMBERS = frozenset({float, int})
_TEXT = {str}
_OBJ = {Obj}
_NO_CLASS = {None}
_CLASS_OF = attrgetter("cls")


@member("sort")
def sort(c: Coll, *a):
    """Sort the collection itself (by type and value, or with a callback); return it."""
    if not a or (is_number(a[0]) and len(a) == 1):
        desc = bool(a) and _descending(a[0], "sort")
        with locked(c):
            if set(map(type, c)) <= _NUMBERS:
                list.sort(c, reverse=desc)  # only numbers: Python's order is 4D's, and much faster
            else:
                c[:] = sorted(snapshot(c), key=order_key, reverse=desc)
        return c
    _start, cb, extra = split_callback(a, "sort", False)
    with locked(c):
        c[:] = less_sorted(snapshot(c), cb, extra)
    return c


@member("orderBy")
def order_by(c: Coll, criteria=UNDEF):
    """A sorted shallow copy: by value (ck ascending/descending) or by property paths."""
    items = snapshot(c)
    if criteria is UNDEF or is_number(criteria):
        desc = criteria is not UNDEF and _descending(criteria, "orderBy")
        items.sort(key=order_key, reverse=desc)
        return new_like(c, items)
    for parts, desc in reversed(_criteria(criteria)):
        items = _sorted_by(items, _path_keys(items, parts), desc)
    return new_like(c, items)


_END = object()


def _sorted_by(items: list, keys: list, desc: bool) -> list:
    """items sorted (stably) by keys[i], the key of items[i].

    CPython's sort calls the key function once per item, in list order, before sorting: the
    keys are handed out in that order. Should an interpreter not do so (keys left over), the
    index sort below gives the same order.
    """
    it = iter(keys)
    out = sorted(items, key=lambda _item: next(it), reverse=desc)
    if next(it, _END) is _END:
        return out
    order = sorted(range(len(items)), key=keys.__getitem__, reverse=desc)
    return [items[i] for i in order]


def _path_keys(items: list, parts: list[str]) -> list:
    """The sort key (order_key) of each element's value at a property path.

    When the values are all numbers (no NaN) or all texts, their own order inside their type
    group is the key: same order as order_key's tuples, compared much faster.
    """
    if len(parts) == 1 and set(map(type, items)) == _OBJ and set(map(_CLASS_OF, items)) == _NO_CLASS:
        # Plain objects only (no class: no computed property): their own values, read in C.
        values = list(map(dict.get, items, repeat(parts[0]), repeat(UNDEF)))
    elif len(parts) == 1:
        name = parts[0]
        values = [dict.get(e, name, UNDEF) if type(e) is Obj and e.cls is None else get_path(e, parts)
                  for e in items]
    else:
        values = [get_path(e, parts) for e in items]
    types = set(map(type, values))
    if types <= _NUMBERS and not any(map(math.isnan, values)):
        return values
    if types == _TEXT:
        memo = {v: textcmp.key(v) for v in set(values)}  # texts repeat: one key per distinct text
        return list(map(memo.__getitem__, values))
    return list(map(order_key, values))


def _criteria(criteria) -> list[tuple[list[str], bool]]:
    if type(criteria) is str:
        return [_text_criterion(part) for part in criteria.split(",") if part.strip()]
    if isinstance(criteria, Coll):
        return [_object_criterion(o) for o in list.copy(criteria)]
    raise err("bad_param_type", index=1, callee="Collection.orderBy",
              detail=f"Text, Collection or Integer expected, got {type_name(criteria)}")


def _text_criterion(part: str) -> tuple[list[str], bool]:
    words = part.split()
    if len(words) == 2 and words[1].lower() in ("asc", "desc"):
        return split_path(words[0]), words[1].lower() == "desc"
    if len(words) == 1:
        return split_path(words[0]), False
    raise err("bad_value", detail=f"Collection.orderBy: invalid criterion \"{part.strip()}\"")


def _object_criterion(o) -> tuple[list[str], bool]:
    if isinstance(o, Obj):
        path = dict.get(o, "propertyPath", UNDEF)
        desc = dict.get(o, "descending", False)
        if type(path) is str and type(desc) is bool:
            return split_path(path), desc
    raise err("bad_param_type", index=1, callee="Collection.orderBy",
              detail="each criterion must be {propertyPath: Text; descending: Boolean}")


@member("orderByMethod")
def order_by_method(c: Coll, *a):
    """A shallow copy sorted with a callback (True when $1.value < $1.value2)."""
    _start, cb, extra = split_callback(a, "orderByMethod", False)
    return new_like(c, less_sorted(snapshot(c), cb, extra))


# ---------------------------------------------------------------- multiSort


@member("multiSort")
def multi_sort(c: Coll, *a):
    """Sort the collection and reorder the collections of colsToSort the same way."""
    if not a:
        return sort(c)
    cb, extra = None, ()
    if type(a[0]) is Function4D or type(a[0]) is str:
        check_callback(a[0], "multiSort", 1)
        if len(a) < 2:
            raise err("param_count", callee="Collection.multiSort",
                      detail="colsToSort is required after the formula")
        cb, cols, extra = a[0], a[1], tuple(a[2:])
    elif len(a) == 1:
        cols = a[0]
    else:
        raise err("param_count", callee="Collection.multiSort",
                  detail="expects (colsToSort) or (formula; colsToSort)")
    synced, levels = _targets(c, cols, 2 if cb is not None else 1)
    order = list(range(len(c)))
    for coll, desc in reversed(levels):
        values = snapshot(coll)
        order.sort(key=lambda i: order_key(values[i]), reverse=desc)
    main = snapshot(c)
    if cb is None:
        order.sort(key=lambda i: order_key(main[i]))
    else:
        order = less_sorted(order, cb, extra, main.__getitem__)
    for coll in (c, *synced, *(coll for coll, _ in levels)):
        _permute(coll, order)
    return c


def _targets(c: Coll, cols, index: int):
    if not isinstance(cols, Coll):
        raise err("bad_param_type", index=index, callee="Collection.multiSort",
                  detail=f"Collection expected, got {type_name(cols)}")
    synced, levels = [], []
    for entry in list.copy(cols):
        if isinstance(entry, Coll):
            synced.append(entry)
        elif isinstance(entry, Obj) and isinstance(dict.get(entry, "collection"), Coll):
            desc = _descending(dict.get(entry, "order", UNDEF), "multiSort", index)
            levels.append((dict.get(entry, "collection"), desc))
        else:
            raise err("bad_param_type", index=index, callee="Collection.multiSort",
                      detail="colsToSort holds collections or {collection; order} objects")
    for coll in (*synced, *(coll for coll, _ in levels)):
        if len(coll) != len(c):
            raise err("bad_value", detail="Collection.multiSort: every collection must have the same length")
    return synced, levels


def _permute(coll: Coll, order: list) -> None:
    with locked(coll):
        values = snapshot(coll)
        coll[:] = [values[i] for i in order]


# ---------------------------------------------------------------- min, max, distinct


def _candidates(c: Coll, path, name: str) -> list:
    if path is not UNDEF and type(path) is not str:
        raise err("bad_param_type", index=1, callee=f"Collection.{name}",
                  detail=f"Text expected, got {type_name(path)}")
    return [v for v in path_values(c, path) if v is not None and v is not UNDEF]


@member("max")
def max_(c: Coll, property_path=UNDEF):
    """The last value in ascending order (nulls ignored); undefined if none."""
    best, best_key = UNDEF, None
    for v in _candidates(c, property_path, "max"):
        k = order_key(v)
        if best_key is None or k >= best_key:
            best, best_key = v, k
    return best


@member("min")
def min_(c: Coll, property_path=UNDEF):
    """The first value in ascending order (nulls ignored); undefined if none."""
    values = _candidates(c, property_path, "min")
    return min(values, key=order_key) if values else UNDEF


@member("distinct")
def distinct(c: Coll, *a):
    """The distinct non-null values, sorted (ck diacritical, ck count values)."""
    path, option = UNDEF, UNDEF
    if a and type(a[0]) is str:
        path, option = a[0], (a[1] if len(a) > 1 else UNDEF)
        extra = a[2:]
    else:
        option, extra = (a[0] if a else UNDEF), a[1:]
    if extra:
        raise err("param_count", callee="Collection.distinct", detail="expects ({propertyPath}{; options})")
    opts = integer(option, "distinct", 2 if path is not UNDEF else 1)
    counts: dict = {}
    for v in path_values(c, path):
        if v is None or v is UNDEF:
            continue
        ident = _identity(v, bool(opts & CK_DIACRITICAL))
        entry = counts.get(ident)
        if entry is None:
            counts[ident] = [v, 1]
        else:
            entry[1] += 1
    found = sorted(counts.values(), key=lambda e: order_key(e[0]))
    if opts & CK_COUNT_VALUES:
        return Coll(Obj(value=v, count=float(n)) for v, n in found)
    return Coll(v for v, _n in found)


def _identity(v, diacritical: bool):
    t = type(v)
    if t is str:
        return ("s", v if diacritical else textcmp.key(v))
    if t is float or t is int:
        return ("n", float(v))
    if t is bool:
        return ("b", v)
    if t is Date4D:
        return ("d", v.ordinal())
    if t is Time4D:
        return ("n", float(v.s))
    return ("o", id(v))
