"""Making and changing hierarchical lists: New list, Copy list, CLEAR LIST, APPEND TO LIST,
INSERT IN LIST, SET LIST ITEM, DELETE FROM LIST, SORT LIST.

Stage: stdlib commands on the store of stdlib_4d/lists/store.py (every command holds its lock).
"""

from __future__ import annotations

import copy

from runtime import textcmp
from runtime.arrays import SortOrder
from runtime.codes import err
from runtime.registry import command
from runtime.values import STAR, UNDEF
from stdlib_4d import args
from stdlib_4d.lists import store
from stdlib_4d.lists.store import LOCK, HList, Item


def counted(cmd: str, params: tuple, lo: int, hi: int) -> tuple:
    """The parameters of a command whose first may be `*` (a form object name: not headless)."""
    store.no_object_name(cmd, params)
    if not lo <= len(params) <= hi:
        raise err("param_count", callee=cmd, detail=f"expects {lo} to {hi} parameters, got {len(params)}")
    return params + (UNDEF,) * (hi - len(params))


def _sub_and_expanded(cmd: str, sub, expanded, index: int) -> tuple[int | None, bool | None]:
    """The optional sublist and expanded pair, which 4D says must be passed jointly."""
    if sub is UNDEF and expanded is UNDEF:
        return None, None
    if sub is UNDEF or expanded is UNDEF:
        raise err("param_count", callee=cmd, detail="sublist and expanded must be passed jointly")
    return sub, args.boolean(store.value_of(expanded), cmd, index + 1)


@command("New list", returns="integer")
def new_list():
    """New list: a new, empty hierarchical list and its reference."""
    with LOCK:
        return float(store.new_list())


@command("Is a list", returns="boolean")
def is_a_list(ref):
    """Is a list(list): True when the value is the reference of a list that exists."""
    with LOCK:
        return store.is_list(store.value_of(ref))


@command("CLEAR LIST")
def clear_list(ref, star=UNDEF):
    """CLEAR LIST(list{; *}): delete a list; with * the sublists of its items too, at every level
    (without it they stay in memory, valid lists)."""
    with LOCK:
        n, _ = store.the_list(ref, "CLEAR LIST")
        store.clear(n, args.is_star(star))


def _copy(hl: HList, seen: dict[int, int]) -> HList:
    """A deep copy: sublists are copied too, as new lists (so that CLEAR LIST(copy; *) leaves the
    original whole)."""
    new = HList(props=copy.deepcopy(hl.props))
    for item in hl.items:
        dup = Item(item.ref, item.text, 0, item.expanded, dict(item.params), copy.deepcopy(item.props))
        sub = store.sublist_of(item)
        if sub is not None:
            if item.sublist not in seen:
                seen[item.sublist] = 0  # a list attached inside itself is not copied again
                seen[item.sublist] = store.new_list(_copy(sub, seen))
            dup.sublist = seen[item.sublist]
        new.items.append(dup)
    return new


@command("Copy list", returns="integer")
def copy_list(ref):
    """Copy list(list): a new list with the same items (and copies of their sublists)."""
    with LOCK:
        n, hl = store.the_list(ref, "Copy list")
        return float(store.new_list(_copy(hl, {n: 0})))


def _new_item(cmd: str, text, ref, sub, expanded, index: int) -> Item:
    item = Item(args.integer(store.value_of(ref), cmd, index + 1), args.text(store.value_of(text), cmd, index))
    sub, expanded = _sub_and_expanded(cmd, sub, expanded, index + 2)
    if sub is not None:
        item.sublist = store.sublist_param(sub, cmd, index + 2)
        item.expanded = expanded
    return item


@command("APPEND TO LIST")
def append_to_list(ref, text, item_ref, sublist=UNDEF, expanded=UNDEF):
    """APPEND TO LIST(list; itemText; itemRef{; sublist; expanded}): add an item at the end of the list
    (sublist 0: none)."""
    cmd = "APPEND TO LIST"
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        item = _new_item(cmd, text, item_ref, sublist, expanded, 2)
        hl.items.append(item)
        hl.last = item


@command("INSERT IN LIST")
def insert_in_list(*params):
    """INSERT IN LIST(list; beforeItemRef | *; itemText; itemRef{; sublist; expanded}): insert an item
    before another (0: the last item added, *: the current item; then the new item is selected)."""
    cmd = "INSERT IN LIST"
    ref, before, text, item_ref, sub, expanded = counted(cmd, params, 4, 6)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        found = store.designated(hl, before, cmd, 2)
        item = _new_item(cmd, text, item_ref, sub, expanded, 3)
        if found is None:
            return  # no such item: the command does nothing
        holder = found[1]
        holder.items.insert(holder.items.index(found[0]), item)
        hl.last = item
        if before is STAR or args.integer(store.value_of(before), cmd, 2) == 0:
            hl.selected = [item]
            hl.current = item


@command("SET LIST ITEM")
def set_list_item(*params):
    """SET LIST ITEM(list; itemRef | *; newItemText; newItemRef{; sublist; expanded}): change an item's
    text and reference; sublist 0 detaches the sublist (it stays in memory), -1 keeps it."""
    cmd = "SET LIST ITEM"
    ref, which, text, new_ref, sub, expanded = counted(cmd, params, 4, 6)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        new_text = args.text(store.value_of(text), cmd, 3)
        new_number = args.integer(store.value_of(new_ref), cmd, 4)
        sub, expanded = _sub_and_expanded(cmd, sub, expanded, 5)
        found = store.designated(hl, which, cmd, 2)
        if found is None:
            return
        item = found[0]
        item.text, item.ref = new_text, new_number
        if sub is not None:
            if args.integer(store.value_of(sub), cmd, 5) != -1:
                item.sublist = store.sublist_param(sub, cmd, 5)
            item.expanded = expanded


@command("DELETE FROM LIST")
def delete_from_list(*params):
    """DELETE FROM LIST(list; itemRef | *{; *}): delete an item (0: the last item added, *: the current
    item); with the last * its sublist is cleared too, at every level."""
    cmd = "DELETE FROM LIST"
    ref, which, star = counted(cmd, params, 2, 3)
    with LOCK:
        found = store.item_of(ref, which, cmd)
        if found is None:
            return
        item, holder, _ = found
        holder.items.remove(item)
        store.forget(item)
        if args.is_star(star) and item.sublist:
            store.clear(item.sublist, True)  # without *, the sublist stays in memory, a list of its own


def _sort(hl: HList, descending: bool, seen: set[int]) -> None:
    hl.items.sort(key=lambda item: textcmp.key(item.text), reverse=descending)
    for item in hl.items:
        sub = store.sublist_of(item)
        if sub is not None and id(sub) not in seen:
            seen.add(id(sub))
            _sort(sub, descending, seen)


@command("SORT LIST")
def sort_list(ref, order=UNDEF):
    """SORT LIST(list{; > or <}): sort the items by their text, ascending by default, then each
    sublist, at every level; the current item and the expanded states do not change."""
    cmd = "SORT LIST"
    if order is not UNDEF and type(order) is not SortOrder:
        raise err("bad_param_type", index=2, callee=cmd, detail="> or < expected")
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        _sort(hl, order is not UNDEF and order.descending, {id(hl)})
