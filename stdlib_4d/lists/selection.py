"""The current selection of a hierarchical list: Selected list items, SELECT LIST ITEMS BY POSITION,
SELECT LIST ITEMS BY REFERENCE.

Stage: stdlib commands on stdlib_4d/lists/store.py. With no form, the selection is a property of
the list: set by the SELECT commands (and INSERT IN LIST with 0 or *), read by Selected list items
and the `itemRef | *` parameters. Several items are selected only when the list accepts multiple
selections (SET LIST PROPERTIES' multiSelections = 1); otherwise only the current item is.
"""

from __future__ import annotations

from runtime.arrays import Array4D
from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.lists import store
from stdlib_4d.lists.build import counted
from stdlib_4d.lists.store import LOCK, HList, Item


def _numbers(value, cmd: str, index: int) -> list[int]:
    """The elements of an input array of numbers (element zero excluded)."""
    arr = out_target(value)
    arr = arr.get() if type(arr) is Pointer else arr
    if type(arr) is not Array4D:
        raise err("bad_param_type", index=index, callee=cmd, detail="a Longint array was expected")
    return [args.integer(v, cmd, index) for v in arr.items[1:]]


def _select(hl: HList, current: Item | None, others: list[Item] | None) -> None:
    if current is None:
        hl.selected, hl.current = [], None
        return
    chosen = [current]
    if others is not None and hl.props.get("multiSelections", 0) == 1:
        chosen = []
        for item in others:
            if item not in chosen:
                chosen.append(item)
    hl.selected, hl.current = chosen, current


@command("SELECT LIST ITEMS BY POSITION")
def select_list_items_by_position(*params):
    """SELECT LIST ITEMS BY POSITION(list; itemPos{; positionsArray}): select the item at a visible
    position (none outside 1..Count list items); with the array, the items at its positions, itemPos
    giving the current item."""
    cmd = "SELECT LIST ITEMS BY POSITION"
    ref, pos, positions = counted(cmd, params, 2, 3)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        current = store.at_position(hl, args.integer(store.value_of(pos), cmd, 2))
        others = None
        if positions is not UNDEF:
            found = (store.at_position(hl, n) for n in _numbers(positions, cmd, 3))
            others = [item for item in found if item is not None]
        _select(hl, current, others)


@command("SELECT LIST ITEMS BY REFERENCE")
def select_list_items_by_reference(ref, item_ref, refs=UNDEF):
    """SELECT LIST ITEMS BY REFERENCE(list; itemRef{; refArray}): select the item with that reference
    (0: the last item added), expanding the sublists that hold it; nothing when there is none. With
    the array, the items of its references, itemRef giving the current item."""
    cmd = "SELECT LIST ITEMS BY REFERENCE"
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        found = store.designated(hl, item_ref, cmd, 2)
        if found is None:
            return
        others = None
        if refs is not UNDEF:
            located = (store.find(hl, n) for n in _numbers(refs, cmd, 3))
            others = [f[0] for f in located if f is not None]
        _select(hl, found[0], others)
        for item in hl.selected:
            store.reveal(hl, item)


@command("Selected list items", returns="integer", outputs=(2,))
def selected_list_items(*params):
    """Selected list items(list{; itemsArray{; *}}): the position of the current selected item (0 when
    none), or its reference with *; the array receives every selected item's position or reference."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    cmd = "Selected list items"
    ref, items_array, star = counted(cmd, params, 1, 3)
    by_ref = args.is_star(star) or (items_array is not UNDEF and args.is_star(items_array))
    if args.is_star(items_array):
        items_array = UNDEF  # Selected list items(list; *): the reference, no array
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        chosen = [i for i in hl.selected if store.locate(hl, i) is not None]
        if by_ref:
            results = [i.ref for i in chosen]
            first = hl.current.ref if hl.current in chosen else (results[0] if results else 0)
        else:
            results = [n for n in (store.position(hl, i) for i in chosen) if n]
            first = store.position(hl, hl.current) if hl.current in chosen else (results[0] if results else 0)
    if items_array is not UNDEF:
        fill(out_array(items_array, cmd, 2, "longint"), [float(r) for r in results], cmd)
    return float(first)
