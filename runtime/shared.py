"""Shared objects and collections: Use...End use and shared groups.

Stage: runtime. A shared object or collection belongs to a SharedGroup (one
re-entrant lock). Writing needs the current thread to hold the group
through Use; putting a shared value inside another makes it join that
group for good (4D's "shared group").
"""

from __future__ import annotations

import threading

from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import Coll, Date4D, Obj, Picture, Pointer, SharedColl, SharedGroup, SharedObj, Time4D

_GROUP_MAKING = threading.Lock()


def group_of(value) -> SharedGroup:
    """The value's shared group, made on first need. Two processes asking at once must get the
    same group, or each would lock its own and Use would exclude nothing."""
    g = value.group
    if g is None:
        with _GROUP_MAKING:
            g = value.group
            if g is None:
                g = value.group = SharedGroup()
    return g


def is_shared(value) -> bool:
    t = type(value)
    return t is SharedObj or t is SharedColl or getattr(value, "shared4d", False)


def _lockable(value) -> bool:
    """A shared value with a lock: shared objects and collections, and shareable built-in objects
    that can change (a signal, a class object). Immutable shareable ones (4D.Blob, 4D.File,
    4D.Function) have nothing to lock: Use on them does nothing."""
    t = type(value)
    if t is SharedObj or t is SharedColl:
        return True
    return getattr(value, "shared4d", False) and hasattr(value, "group")


def use(value) -> None:
    """Use(value): lock the value's shared group (re-entrant)."""
    if not _lockable(value):
        if isinstance(value, (Obj, Coll, Native)):
            return  # Use on a non-shared object is allowed and does nothing
        raise err("not_object", what=f"A {type_name(value)} value (Use needs a shared object)")
    g = group_of(value)
    _acquire(g)
    if (value is STORAGE[0] or value in COMPONENT_STORAGES) and g.depth == 1:
        # Use(Storage) also locks Storage's first-level attributes (docs/commands/storage.md).
        held = _STORAGE_HELD.setdefault(threading.get_ident(), [])
        for attr in sorted(_first_level_groups(value), key=id):
            _acquire(attr)
            held.append(attr)


def end_use(value) -> None:
    if not _lockable(value):
        return
    g = group_of(value)
    if (value is STORAGE[0] or value in COMPONENT_STORAGES) and g.depth == 1:
        for attr in reversed(_STORAGE_HELD.pop(threading.get_ident(), [])):
            _release(attr)
    _release(g)


def _acquire(g: SharedGroup) -> None:
    g.lock.acquire()
    g.owner = threading.get_ident()
    g.depth += 1


def _release(g: SharedGroup) -> None:
    g.depth -= 1
    if g.depth == 0:
        g.owner = None
    g.lock.release()


# Thread -> the groups of Storage's attributes its Use(Storage) holds.
_STORAGE_HELD: dict[int, list[SharedGroup]] = {}


def _first_level_groups(storage) -> list[SharedGroup]:
    groups = {id(group_of(v)): group_of(v) for v in dict.values(storage)
              if type(v) is SharedObj or type(v) is SharedColl}
    return list(groups.values())


def check_write(value) -> None:
    g = group_of(value)
    if g.owner != threading.get_ident():
        raise err("not_in_use", kind="collection" if isinstance(value, Coll) else "object")


class Locked:
    """Context manager: implicit Use for member functions of shared values."""

    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value

    def __enter__(self):
        use(self.value)
        return self.value

    def __exit__(self, *exc) -> None:
        end_use(self.value)


# The Storage catalogue (stdlib_4d/system/storage.py): it holds shared objects and
# collections only, and they keep their own shared group (docs/commands/storage.md).
STORAGE: list = [None]


class _IdentitySet:
    """Objects by identity (shared objects are dicts: equal is not the same)."""

    __slots__ = ("ids",)

    def __init__(self) -> None:
        self.ids: dict[int, object] = {}

    def __contains__(self, value) -> bool:
        return bool(self.ids) and id(value) in self.ids and self.ids[id(value)] is value

    def add(self, value) -> None:
        self.ids[id(value)] = value

    def clear(self) -> None:
        self.ids.clear()


# The Storage of each component that asked for its own (one per component: runtime/components.py).
COMPONENT_STORAGES = _IdentitySet()


def adopt(container, value):
    """Check a value put into a shared container; shared values join its group."""
    t = type(value)
    if (container is STORAGE[0] and container is not None) or container in COMPONENT_STORAGES:
        if t is not SharedObj and t is not SharedColl:
            raise err("bad_value", detail=f"Storage can only hold shared objects and shared collections, "
                                          f"not a {type_name(value)} value")
        held = _STORAGE_HELD.get(threading.get_ident())
        if held is not None and group_of(value) not in held:
            _acquire(group_of(value))  # a new first-level attribute is locked like the others
            held.append(group_of(value))
        return value
    if t is SharedObj or t is SharedColl:
        target = group_of(container)
        if value.group is target:
            return value
        if value.group is None:
            value.group = target
            target.members += 1 + _regroup(value, target)
            return value
        if value.group.depth == 0 and value.group.members == 1:
            value.group = target
            target.members += 1
            return value
        raise err("shared_group", kind="collection" if t is SharedColl else "object")
    if t in (str, float, int, bool, Date4D, Time4D) or value is None:
        return value
    if isinstance(value, Native) and getattr(value, "shared4d", False):
        return value
    if isinstance(value, (Obj, Coll)) or isinstance(value, Native) or t is Pointer or t is Picture:
        raise err("shared_value")
    return value


def _regroup(value, group: SharedGroup) -> int:
    """Move the shared values inside `value` to `group`; return how many moved."""
    moved = 0
    items = value.values() if isinstance(value, Obj) else value
    for item in items:
        if (type(item) is SharedObj or type(item) is SharedColl) and item.group is not group:
            item.group = group
            moved += 1 + _regroup(item, group)
    return moved


def make_shared(value, group: SharedGroup | None = None):
    """A deep shared copy of a plain value (OB Copy(...; ck shared))."""
    if isinstance(value, Obj):
        out = SharedObj()
        out.cls = value.cls
        out.group = group or SharedGroup()
        for k, v in value.items():
            dict.__setitem__(out, k, make_shared(v, out.group))
        return out
    if isinstance(value, Coll):
        out = SharedColl()
        out.group = group or SharedGroup()
        list.extend(out, (make_shared(v, out.group) for v in value))
        return out
    if isinstance(value, Native) and not getattr(value, "shared4d", False):
        raise err("shared_value")
    return value
