"""The run's hierarchical lists: one store for every process, items found by reference or position.

Stage: stdlib. A list reference is a Longint valid in every process of the run (a list
is one object in memory, "any modification ... is immediately carried over to all the
places where it is used"): processes are threads, so every command holds LOCK while it
reads or changes the store. A sublist is a list of its own (it has a reference, and
`Is a list` is true for it) attached to an item; the items of a list's hierarchy are
its items and, depth first, those of their sublists.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from runtime.codes import err
from runtime.process import current
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args

LOCK = threading.RLock()


@dataclass(eq=False)
class Item:
    ref: int
    text: str
    sublist: int = 0
    expanded: bool = False
    params: dict = field(default_factory=dict)  # selector -> Text, Real or Boolean, in the order set
    props: dict = field(default_factory=dict)  # form-only properties (styles, colour, icon, font...)


@dataclass(eq=False)
class HList:
    items: list[Item] = field(default_factory=list)
    last: Item | None = None  # the last item added (itemRef 0)
    selected: list[Item] = field(default_factory=list)  # in the order they were selected
    current: Item | None = None  # the current item (itemRef *)
    props: dict = field(default_factory=dict)  # SET LIST PROPERTIES


LISTS: dict[int, HList] = {}
_next = [0]
# The lists each running process created: Load list's page says a list stays in memory "until the
# end of the working session or until the process in which it was created ends or is aborted".
_OWNED: dict[int, set[int]] = {}


def new_list(hl: HList | None = None) -> int:
    """Store a list, owned by the running process, and give its reference (never reused in a run)."""
    _next[0] += 1
    LISTS[_next[0]] = hl or HList()
    proc = current()
    owned = _OWNED.get(id(proc))
    if owned is None:
        owned = _OWNED[id(proc)] = set()
        proc.at_end.append(lambda: _process_ended(proc))
    owned.add(_next[0])
    return _next[0]


def _process_ended(proc) -> None:
    """The lists a process created go with it (each sublist with the process that created it)."""
    with LOCK:
        for ref in _OWNED.pop(id(proc), ()):
            clear(ref, False)


def is_list(ref) -> bool:
    return isinstance(ref, (int, float)) and not isinstance(ref, bool) and ref == int(ref) and int(ref) in LISTS


def no_object_name(cmd: str, params: tuple) -> None:
    """The `*; "objectName"` forms name a form object: there is no form headless."""
    if params and params[0] is STAR:
        raise err("not_supported", name=f"{cmd} with a form object name (*)")


def the_list(value, cmd: str, index: int = 1) -> tuple[int, HList]:
    """The list a ListRef parameter designates; an invalid reference raises list_ref."""
    n = args.integer(value_of(value), cmd, index)
    hl = LISTS.get(n)
    if hl is None:
        raise err("list_ref", callee=cmd, ref=str(n))
    return n, hl


def value_of(value):
    """An input parameter that arrives as a pointer (an output position of the command) read."""
    value = out_target(value)
    return value.get() if type(value) is Pointer else value


def sublist_of(item: Item) -> HList | None:
    return LISTS.get(item.sublist) if item.sublist else None


def walk(hl: HList, parent: Item | None = None, seen=None) -> Iterator[tuple[Item, HList, Item | None]]:
    """Every item of the hierarchy, depth first: (item, the list holding it, its parent item)."""
    seen = seen if seen is not None else {id(hl)}
    for item in list(hl.items):
        yield item, hl, parent
        sub = sublist_of(item)
        if sub is not None and id(sub) not in seen:  # a list attached to itself would never end
            seen.add(id(sub))
            yield from walk(sub, item, seen)


def visible(hl: HList, seen=None) -> Iterator[Item]:
    """The items shown by the expanded/collapsed state, in order (positions count these from 1)."""
    seen = seen if seen is not None else {id(hl)}
    for item in hl.items:
        yield item
        sub = sublist_of(item)
        if item.expanded and sub is not None and id(sub) not in seen:
            seen.add(id(sub))
            yield from visible(sub, seen)


def find(hl: HList, ref: int) -> tuple[Item, HList, Item | None] | None:
    """The first item of the hierarchy with this reference (4D browses the lists in order)."""
    for found in walk(hl):
        if found[0].ref == ref:
            return found
    return None


def locate(hl: HList, item: Item) -> tuple[Item, HList, Item | None] | None:
    for found in walk(hl):
        if found[0] is item:
            return found
    return None


def item_of(ref, which, cmd: str) -> tuple[Item, HList, Item | None] | None:
    """The item of `(list; itemRef | *)`, the first two parameters of most item commands (see designated)."""
    return designated(the_list(ref, cmd)[1], which, cmd, 2)


def designated(hl: HList, which, cmd: str, index: int) -> tuple[Item, HList, Item | None] | None:
    """The item an `itemRef | *` parameter designates: a reference, 0 for the last item added to
    the list, * for its current item; None when there is none (the command then does nothing)."""
    if which is STAR:
        item = hl.current
    else:
        ref = args.integer(value_of(which), cmd, index)
        if ref != 0:
            return find(hl, ref)
        item = hl.last
    return locate(hl, item) if item is not None else None


def at_position(hl: HList, pos: int) -> Item | None:
    if pos < 1:
        return None
    for n, item in enumerate(visible(hl), 1):
        if n == pos:
            return item
    return None


def position(hl: HList, item: Item) -> int:
    for n, shown in enumerate(visible(hl), 1):
        if shown is item:
            return n
    return 0


def reveal(hl: HList, item: Item) -> None:
    """Expand the sublists holding an item so that it is visible (List item position, SELECT LIST
    ITEMS BY REFERENCE)."""
    found = locate(hl, item)
    while found is not None and found[2] is not None:
        parent = found[2]
        parent.expanded = True
        found = locate(hl, parent)


def forget(item: Item) -> None:
    """An item leaves the lists: no list keeps it as its last, current or selected item."""
    for hl in LISTS.values():
        if hl.last is item:
            hl.last = None
        if hl.current is item:
            hl.current = None
        if item in hl.selected:
            hl.selected = [s for s in hl.selected if s is not item]


def clear(ref: int, sublists: bool) -> None:
    """Delete a list; with `sublists` the lists attached to its items too, at every level."""
    hl = LISTS.pop(ref, None)
    if hl is None:
        return
    for item in hl.items:
        forget(item)
        if sublists and item.sublist:
            clear(item.sublist, True)


def sublist_param(value, cmd: str, index: int) -> int:
    """A sublist parameter: 0 (or omitted) for none, else a valid list reference."""
    if value is UNDEF:
        return 0
    n = args.integer(value_of(value), cmd, index)
    if n != 0 and n not in LISTS:
        raise err("list_ref", callee=cmd, ref=str(n))
    return n


def put(target, value) -> None:
    """Write an output parameter: a number keeps an Integer variable int, Text and Boolean as given."""
    t = out_target(target)
    if type(t) is not Pointer:
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        held = t.get()
        value = int(value) if type(held) is int else float(value)
    t.set(value)


def set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0
