"""4D.Collection members that read: element access, searches, aggregates,
text joining, extraction, deep comparison and the copies slice(), flat()
and reverse().

Stage: stdlib. None of these modifies the collection. Searches use 4D's
`=` (text ignores case and accents, `@` is a wildcard; objects and
collections compare by reference).
"""

from __future__ import annotations

from runtime import textcmp
from runtime.codes import err, type_name
from runtime.convert import to_text
from runtime.copying import deep_copy, new_group
from runtime.values import UNDEF, Coll, Date4D, Obj, SharedColl
from stdlib_4d.collection.base import (
    get_path,
    integer,
    is_number,
    member,
    new_like,
    path_values,
    same,
    snapshot,
    split_path,
    start_index,
    store,
    text,
)

CK_KEEP_NULL = 1
CK_IGNORE_NULL_OR_EMPTY = 1
CK_DIACRITICAL = 8


# ---------------------------------------------------------------- elements


@member("at")
def at(c: Coll, index):
    """The element at index (negative: from the end); undefined out of range."""
    i = integer(index, "at", 1)
    if i < 0:
        i += len(c)
    return list.__getitem__(c, i) if 0 <= i < len(c) else UNDEF


@member("first")
def first(c: Coll):
    """The first element, undefined when empty."""
    return list.__getitem__(c, 0) if c else UNDEF


@member("last")
def last(c: Coll):
    """The last element, undefined when empty."""
    return list.__getitem__(c, -1) if c else UNDEF


# ---------------------------------------------------------------- searching


@member("indexOf")
def index_of(c: Coll, to_search, start_from=UNDEF):
    """The index of the first element equal to to_search, or -1."""
    items = snapshot(c)
    to_search = store(to_search)
    start = integer(start_from, "indexOf", 2)
    if start >= len(items):
        return -1.0
    for i in range(start_index(start, len(items)), len(items)):
        if same(items[i], to_search):
            return float(i)
    return -1.0


@member("includes")
def includes(c: Coll, to_search, start_from=UNDEF):
    """True if an element equals to_search (from start_from on)."""
    return index_of(c, to_search, start_from) >= 0


@member("lastIndexOf")
def last_index_of(c: Coll, to_search, start_from=UNDEF):
    """The index of the last element equal to to_search, searching backwards, or -1."""
    items = snapshot(c)
    to_search = store(to_search)
    n = len(items)
    if start_from is UNDEF:
        start = n - 1
    else:
        start = integer(start_from, "lastIndexOf", 2)
        if start == 0:
            return -1.0  # documented: startFrom = 0 searches nothing
        start = n - 1 if start >= n - 1 else (start + n if start < 0 else start)
    for i in range(start, -1, -1):
        if same(items[i], to_search):
            return float(i)
    return -1.0


# ---------------------------------------------------------------- aggregates


def _path_arg(path, name: str, index: int = 1):
    return UNDEF if path is UNDEF else text(path, name, index)


@member("count")
def count(c: Coll, property_path=UNDEF):
    """The number of non-null elements (or of elements whose path is non-null)."""
    values = path_values(c, _path_arg(property_path, "count"))
    return float(sum(1 for v in values if v is not None and v is not UNDEF))


@member("countValues")
def count_values(c: Coll, value, property_path=UNDEF):
    """How many elements (or path values) are equal to value."""
    values = path_values(c, _path_arg(property_path, "countValues", 2))
    value = store(value)
    return float(sum(1 for v in values if same(v, value)))


def _numbers(c: Coll, path, name: str) -> list:
    return [v for v in path_values(c, _path_arg(path, name)) if is_number(v)]


@member("sum")
def sum_(c: Coll, property_path=UNDEF):
    """The sum of the numeric elements (0 if there is none)."""
    return float(sum(_numbers(c, property_path, "sum")))


@member("average")
def average(c: Coll, property_path=UNDEF):
    """The mean of the numeric elements (undefined if there is none)."""
    numbers = _numbers(c, property_path, "average")
    return float(sum(numbers)) / len(numbers) if numbers else UNDEF


# ---------------------------------------------------------------- text and extraction


@member("join")
def join(c: Coll, delimiter, option=UNDEF):
    """The elements as text separated by delimiter (ck ignore null or empty skips those)."""
    sep = text(delimiter, "join", 1)
    skip = bool(integer(option, "join", 2) & CK_IGNORE_NULL_OR_EMPTY)
    parts = []
    for v in snapshot(c):
        if skip and (v is None or v == ""):
            continue
        parts.append(to_text(v))
    return sep.join(parts)


@member("extract")
def extract(c: Coll, property_path, *rest):
    """Values at a path; or, with target paths, objects built from path/target pairs.

    Without targets, null and missing values are left out unless ck keep null; with
    targets, nulls are kept and elements having none of the paths are left out.
    """
    source = text(property_path, "extract", 1)
    if rest and type(rest[0]) is str:
        return _extract_into(c, (source, *rest))
    if len(rest) > 1:
        raise err("param_count", callee="Collection.extract",
                  detail="expects 1 or 2 parameters, or path/target pairs")
    keep = bool(integer(rest[0] if rest else UNDEF, "extract", 2) & CK_KEEP_NULL)
    parts = split_path(source)
    out = Coll()
    for e in snapshot(c):
        v = get_path(e, parts)
        if v is None or v is UNDEF:
            if keep:
                out.append(None)
        else:
            out.append(store(v))
    return out


def _extract_into(c: Coll, paths: tuple) -> Coll:
    if len(paths) % 2:
        raise err("param_count", callee="Collection.extract", detail="each property path needs a target path")
    pairs = []
    for i in range(0, len(paths), 2):
        source = split_path(text(paths[i], "extract", i + 1))
        pairs.append((source, split_path(text(paths[i + 1], "extract", i + 2))))
    out = Coll()
    for e in snapshot(c):
        o = Obj()
        for src, target in pairs:
            v = get_path(e, src)
            if v is not UNDEF:
                _set_path(o, target, store(v))
        if o:  # an element with none of the paths gives nothing (the page's example)
            out.append(o)
    return out


def _set_path(o: Obj, parts: list[str], v) -> None:
    for k in parts[:-1]:
        inner = dict.get(o, k)
        if type(inner) is not Obj:
            inner = Obj()
            dict.__setitem__(o, k, inner)
        o = inner
    dict.__setitem__(o, parts[-1], v)


# ---------------------------------------------------------------- comparison


@member("equal")
def equal(c: Coll, collection2, option=UNDEF):
    """Deep comparison; text ignores case and accents unless ck diacritical."""
    if not isinstance(collection2, Coll):
        raise err("bad_param_type", index=1, callee="Collection.equal",
                  detail=f"Collection expected, got {type_name(collection2)}")
    strict = bool(integer(option, "equal", 2) & CK_DIACRITICAL)
    return _deep_equal(c, collection2, strict)


def _deep_equal(a, b, strict: bool) -> bool:
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return a == b if strict else textcmp.key(a) == textcmp.key(b)
    if isinstance(a, Coll) and isinstance(b, Coll):
        if len(a) != len(b):
            return False
        return all(_deep_equal(x, y, strict) for x, y in zip(list.copy(a), list.copy(b), strict=True))
    if isinstance(a, Obj) and isinstance(b, Obj):
        if a.keys() != b.keys():
            return False
        return all(_deep_equal(dict.__getitem__(a, k), dict.__getitem__(b, k), strict) for k in a)
    if ta is bool or tb is bool or ta is Date4D:
        return ta is tb and a == b
    if a is None or b is None:
        return a is b
    return same(a, b, wildcard=False)


# ---------------------------------------------------------------- copies


@member("slice")
def slice_(c: Coll, start_from, end=UNDEF):
    """A shallow copy of the elements from start_from (included) to end (excluded)."""
    items = snapshot(c)
    n = len(items)
    start = start_index(integer(start_from, "slice", 1), n)
    stop = integer(end, "slice", 2, n)
    if stop < 0:
        stop += n
    return new_like(c, items[start:stop] if stop > start else [])


@member("flat")
def flat(c: Coll, depth=UNDEF):
    """A new collection with sub-collections spread, depth levels deep (default 1)."""
    out = Coll()
    _flatten(snapshot(c), integer(depth, "flat", 1, 1), out)
    return out


def _flatten(items: list, depth: int, out: list) -> None:
    for v in items:
        if depth > 0 and isinstance(v, Coll):
            _flatten(list.copy(v), depth - 1, out)
        else:
            out.append(v)


@member("reverse")
def reverse(c: Coll):
    """A deep copy with the elements in reverse order (shared if c is)."""
    group = new_group() if type(c) is SharedColl else None
    out = deep_copy(c, False, group=group, who="Collection.reverse")
    list.reverse(out)
    return out
