"""Deep copies of objects and collections: OB Copy, Collection.copy(),
Collection.reverse(), and the parameters CALL WORKER and New process send
to another process.

Stage: runtime. The one deep copy of run4d. Plain and shared objects and
collections are duplicated at every level (class instances keep their
class); built-in objects (4D.Blob, formulas...) are kept as they are. The
options say what happens to shared values (kept as the same reference, or
copied), to pointers (kept or replaced by the value they point to) and
whether the copy is shared (then every container joins one shared group).
An object or collection that contains itself cannot be copied, except in
the parameters sent to another process, whose copy keeps the shape of the
graph (an object reached twice is copied once, a cycle stays a cycle).
"""

from __future__ import annotations

from runtime.access import store_value
from runtime.arrays import Array4D, copied, to_collection
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.shared import group_of
from runtime.values import UNDEF, Coll, Date4D, Obj, Pointer, SharedColl, SharedGroup, SharedObj, Time4D

_SCALARS = frozenset({str, float, int, bool, Date4D, Time4D, type(None)})


def deep_copy(value, keep_shared: bool = True, *, resolve: bool = False,
              group: SharedGroup | None = None, who: str = "copy", graph: bool = False):
    """A deep copy of value.

    keep_shared: shared objects and collections stay the same reference
    (what crosses to another process); otherwise they are copied as plain
    ones. resolve: pointers are replaced by the values they point to.
    group: the copy is shared, every object and collection of it in `group`
    (a value that cannot be shared is then an error). `who` names the
    command in error messages. graph: the copy keeps shared references and cycles
    (CALL WORKER, New process: a test runner sends objects that point back to it).
    """
    return _Copier(keep_shared and group is None, resolve, group, who, graph).copy(value)


def new_group() -> SharedGroup:
    """A shared group of its own, for a shared copy without groupWith."""
    group = SharedGroup()
    group.members = 0
    return group


def copy_group(shared: bool, group_with, who: str, index: int) -> SharedGroup | None:
    """The group of a copy made with the option `shared` and the groupWith argument
    (UNDEF when not passed); None when the copy is not shared."""
    if group_with is UNDEF:
        return new_group() if shared else None
    if not shared:
        raise err("bad_value", detail=f"{who}: groupWith needs the ck shared option")
    if type(group_with) is not SharedObj and type(group_with) is not SharedColl and \
            not getattr(group_with, "shared4d", False):  # a 4D.Signal is a shared object too
        raise err("bad_param_type", index=index, callee=who,
                  detail=f"a shared object or collection expected, got {type_name(group_with)}")
    return group_of(group_with)


class _Copier:
    __slots__ = ("keep_shared", "resolve", "group", "who", "path", "memo")

    def __init__(self, keep_shared: bool, resolve: bool, group: SharedGroup | None, who: str,
                 graph: bool = False) -> None:
        self.keep_shared, self.resolve, self.group, self.who = keep_shared, resolve, group, who
        self.path: set[int] = set()  # containers being copied, to catch one that contains itself
        self.memo: dict[int, object] | None = {} if graph else None  # original id -> its copy

    def copy(self, v):
        t = type(v)
        if t in _SCALARS:
            return v
        if t is Pointer and self.resolve:
            target = v.get()
            if type(target) is Array4D:
                return self.copy(to_collection(target))  # a pointed-to array copies as a collection
            return self.copy(None if target is UNDEF else store_value(target))
        if isinstance(v, (Obj, Coll)):
            if self.keep_shared and (t is SharedObj or t is SharedColl):
                return v
            return self._container(v)
        if t is Array4D:
            if self.who in ("CALL WORKER", "New process"):
                # 4D does not allow arrays as parameters of another process.
                raise err("type_mismatch", detail=f"{self.who}: an array ({v.name}) cannot be passed to another "
                                                  "process (pass a collection: ARRAY TO COLLECTION)")
            return copied(v, self.copy)  # GET/SET PROCESS VARIABLE: arrays cross copied
        if self.group is not None and not (isinstance(v, Native) and getattr(v, "shared4d", False)):
            raise err("shared_value")
        return v

    def _container(self, v):
        key = id(v)
        if self.memo is not None and key in self.memo:
            return self.memo[key]
        if key in self.path:
            raise err("bad_value", detail=f"{self.who}: circular reference")
        self.path.add(key)
        is_obj = isinstance(v, Obj)
        if self.group is None:
            out = Obj() if is_obj else Coll()
        else:
            out = SharedObj() if is_obj else SharedColl()
            out.group = self.group
            self.group.members += 1
        if self.memo is not None:
            self.memo[key] = out
            self.path.discard(key)  # with a memo, reaching v again gives its copy
        if is_obj:
            out.cls = v.cls
            for k, x in list(dict.items(v)):
                dict.__setitem__(out, k, self.copy(x))
        else:
            list.extend(out, [self.copy(x) for x in list.copy(v)])
        self.path.discard(key)
        return out
