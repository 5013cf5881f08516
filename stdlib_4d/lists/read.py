"""Reading hierarchical lists: Count list items, GET LIST ITEM, List item position, List item parent,
Find in list.

Stage: stdlib commands on stdlib_4d/lists/store.py. Positions count the visible items (those of
expanded sublists), from 1, as in a form showing the list.
"""

from __future__ import annotations

from runtime import textcmp
from runtime.registry import command
from runtime.values import STAR, UNDEF
from stdlib_4d import args
from stdlib_4d.lists import store
from stdlib_4d.lists.build import counted
from stdlib_4d.lists.store import LOCK


@command("Count list items", returns="integer")
def count_list_items(*params):
    """Count list items(list{; *}): the number of visible items (expanded sublists), or with * of all
    the items of the list and its sublists."""
    cmd = "Count list items"
    ref, star = counted(cmd, params, 1, 2)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        found = store.walk(hl) if args.is_star(star) else store.visible(hl)
        return float(sum(1 for _ in found))


@command("GET LIST ITEM", outputs=(3, 4, 5, 6))
def get_list_item(*params):
    """GET LIST ITEM(list; itemPos | *; itemRef; itemText{; sublist; expanded}): the item at a visible
    position (* the current item); 0, "", 0, False when there is none."""
    cmd = "GET LIST ITEM"
    ref, which, item_ref, text, sub, expanded = counted(cmd, params, 4, 6)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        if which is STAR:
            item = hl.current
        else:
            item = store.at_position(hl, args.integer(store.value_of(which), cmd, 2))
        values = (0, "", 0, False)
        if item is not None:
            attached = store.is_list(item.sublist)  # expanded says something only of an attached sublist
            values = (item.ref, item.text, item.sublist if attached else 0, item.expanded and attached)
    store.put(item_ref, values[0])
    store.put(text, values[1])
    if sub is not UNDEF:
        store.put(sub, values[2])
    if expanded is not UNDEF:
        store.put(expanded, values[3])


@command("List item position", returns="integer")
def list_item_position(*params):
    """List item position(list; itemRef): the visible position of the item (its sublists expanded to
    show it), 0 when there is no such item; 0 is a reference here, not the last item added."""
    cmd = "List item position"
    ref, item_ref = counted(cmd, params, 2, 2)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        found = store.find(hl, args.integer(store.value_of(item_ref), cmd, 2))
        if found is None:
            return 0.0
        store.reveal(hl, found[0])
        return float(store.position(hl, found[0]))


@command("List item parent", returns="integer")
def list_item_parent(*params):
    """List item parent(list; itemRef | *): the reference of the item's parent, 0 when it has none or
    there is no such item."""
    cmd = "List item parent"
    ref, which = counted(cmd, params, 2, 2)
    with LOCK:
        found = store.item_of(ref, which, cmd)
        return float(found[2].ref) if found is not None and found[2] is not None else 0.0


@command("Find in list", returns="integer", outputs=(4,))
def find_in_list(*params):
    """Find in list(list; value; scope{; itemsArray{; *}}): the first item whose text equals value
    (@ wildcard), in the first level (scope 0) or all levels (1); positions, or references with *.
    Items of collapsed sublists have no position: they are left out of positions."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    cmd = "Find in list"
    ref, value, scope, found_array, star = counted(cmd, params, 3, 5)
    if args.is_star(found_array):  # Find in list(list; value; scope; *): references, no array
        found_array, star = UNDEF, STAR
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        wanted = args.text(store.value_of(value), cmd, 2)
        deep = args.integer(store.value_of(scope), cmd, 3) == 1
        items = [i for i, _, parent in store.walk(hl) if deep or parent is None]
        matches = [i for i in items if textcmp.equal(i.text, wanted)]
        if args.is_star(star):
            results = [i.ref for i in matches]
        else:
            shown = {id(i): n for n, i in enumerate(store.visible(hl), 1)}
            results = [shown[id(i)] for i in matches if id(i) in shown]
    if found_array is not UNDEF:
        fill(out_array(found_array, cmd, 4, "longint"), [float(r) for r in results], cmd)
    return float(results[0]) if results else 0.0
