"""4D.Collection: the creation commands, the option constants and the
member functions that add, remove or replace elements.

Stage: stdlib. Members are registered in runtime.access.COLLECTION_FUNCS
through collection_base.member, spelled exactly as in 4D. The other
members live in collection_read.py (searches, aggregates, copies),
collection_iter.py (callbacks), collection_sort.py (orderings) and
collection_query.py (.query(), .indices()). Every modifying member takes
the implicit Use of a shared collection.
"""

from __future__ import annotations

from runtime import limits
from runtime.copying import copy_group, deep_copy
from runtime.registry import command
from runtime.values import UNDEF, Coll, Obj, SharedColl
from stdlib_4d.collection.base import (
    clamp_index,
    collection,
    integer,
    locked,
    member,
    start_index,
    store,
    store_in,
)

CK_RESOLVE_POINTERS, CK_SHARED = 1, 2


# ---------------------------------------------------------------- commands


@command("New collection", returns="collection")
def new_collection(*values):
    """New collection{(value; ...)}: a collection of the values (numbers as Real)."""
    return Coll([store(v) for v in values])


@command("New shared collection", returns="collection")
def new_shared_collection(*values):
    """New shared collection{(value; ...)}: scalars, shared objects and shared collections only."""
    out = SharedColl()
    for v in values:
        list.append(out, store_in(out, v))
    return out


# ---------------------------------------------------------------- adding


_PLAIN = frozenset({float, str, bool, Obj, Coll, type(None)})


@member("push")
def push(c: Coll, element, *more):
    """Append the elements; return the collection."""
    if not more and type(c) is Coll:
        t = type(element)
        if t in _PLAIN:
            list.append(c, element)  # the common case, stored as it is
            return c
        if t is int:
            list.append(c, float(element))
            return c
    with locked(c):
        for v in (element, *more):
            list.append(c, store_in(c, v))
    return c


@member("unshift")
def unshift(c: Coll, value, *more):
    """Insert the values, in argument order, at the start; return the collection."""
    with locked(c):
        items = [store_in(c, v) for v in (value, *more)]
        c[0:0] = items
    return c


@member("insert")
def insert(c: Coll, index, element):
    """Insert one element at index (negative: from the end); return the collection."""
    i = integer(index, "insert", 1)
    with locked(c):
        list.insert(c, clamp_index(i, len(c)), store_in(c, element))
    return c


@member("combine")
def combine(c: Coll, col2, index=UNDEF):
    """Insert the elements of col2 at index (default: the end); return the collection."""
    other = collection(col2, "combine", 1)
    i = integer(index, "combine", 2, len(c))
    with locked(c):
        items = [store_in(c, v) for v in list.copy(other)]
        at = clamp_index(i, len(c))
        c[at:at] = items
    return c


@member("concat")
def concat(c: Coll, value, *more):
    """A new collection: the elements, then the values (collections are spread)."""
    out = Coll(list.copy(c))
    for v in (value, *more):
        if isinstance(v, Coll):
            out.extend(list.copy(v))
        else:
            out.append(store(v))
    return out


# ---------------------------------------------------------------- removing


@member("pop")
def pop(c: Coll):
    """Remove and return the last element (undefined when empty)."""
    with locked(c):
        return list.pop(c) if c else UNDEF


@member("shift")
def shift(c: Coll):
    """Remove and return the first element (undefined when empty)."""
    with locked(c):
        return list.pop(c, 0) if c else UNDEF


@member("remove")
def remove(c: Coll, index, how_many=UNDEF):
    """Remove how_many (default 1) elements from index; return the collection."""
    i = integer(index, "remove", 1)
    n = integer(how_many, "remove", 2, 1)
    with locked(c):
        at = clamp_index(i, len(c))
        if n > 0:
            del c[at:at + n]
    return c


@member("clear")
def clear(c: Coll):
    """Remove every element; return the collection."""
    with locked(c):
        list.clear(c)
    return c


# ---------------------------------------------------------------- replacing


@member("resize")
def resize(c: Coll, size, default_value=UNDEF):
    """Cut or grow to size; new elements are default_value (or Null)."""
    n = max(integer(size, "resize", 1), 0)
    limits.check_length(n, "the collection")
    with locked(c):
        if n < len(c):
            del c[n:]
        else:
            filler = store_in(c, default_value)
            list.extend(c, [filler] * (n - len(c)))
    return c


@member("fill")
def fill(c: Coll, value, start_from=UNDEF, end=UNDEF):
    """Set value from start_from (included) to end (excluded); return the collection."""
    length = len(c)
    start = start_index(integer(start_from, "fill", 2), length)
    stop = integer(end, "fill", 3, length)
    if stop < 0:
        stop += length
    stop = min(stop, length)
    with locked(c):
        v = store_in(c, value)
        for i in range(start, stop):
            list.__setitem__(c, i, v)
    return c


# ---------------------------------------------------------------- copying


@member("copy")
def copy(c: Coll, option=UNDEF, group_with=UNDEF):
    """A deep copy; ck resolve pointers dereferences, ck shared makes it shared (in groupWith's group)."""
    opt = integer(option, "copy", 1)
    group = copy_group(bool(opt & CK_SHARED), group_with, "Collection.copy", 2)
    return deep_copy(c, False, resolve=bool(opt & CK_RESOLVE_POINTERS), group=group, who="Collection.copy")
