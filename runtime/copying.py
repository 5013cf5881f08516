"""Deep copies of objects and collections (CALL WORKER parameters, OB Copy).

Stage: runtime. Plain objects and collections are duplicated recursively
(class instances keep their class); shared values are either kept as the
same reference (what crosses to a worker) or copied as plain values.
"""

from __future__ import annotations

from runtime.values import Coll, Obj, SharedColl, SharedObj


def deep_copy(value, keep_shared: bool = True, memo: dict | None = None):
    """A deep copy; with keep_shared, shared values stay the same reference."""
    t = type(value)
    if t is not Obj and t is not Coll and t is not SharedObj and t is not SharedColl:
        if isinstance(value, (Obj, Coll)):
            pass  # subclasses are copied like their base
        else:
            return value
    if keep_shared and (t is SharedObj or t is SharedColl):
        return value
    memo = {} if memo is None else memo
    if id(value) in memo:
        return memo[id(value)]
    if isinstance(value, Obj):
        out = Obj()
        out.cls = value.cls
        memo[id(value)] = out
        for k, v in dict.items(value):
            dict.__setitem__(out, k, deep_copy(v, keep_shared, memo))
        return out
    out = Coll()
    memo[id(value)] = out
    list.extend(out, (deep_copy(v, keep_shared, memo) for v in list.__iter__(value)))
    return out
