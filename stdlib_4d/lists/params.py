"""Item parameters of hierarchical lists: SET LIST ITEM PARAMETER, GET LIST ITEM PARAMETER,
GET LIST ITEM PARAMETER ARRAYS.

Stage: stdlib commands on stdlib_4d/lists/store.py. A parameter is a selector (Text: a custom one
or a constant such as Additional text, "4D_additional_text") and a value of type Text, Number or
Boolean, kept on the item in the order the selectors were first set.
"""

from __future__ import annotations

from runtime.codes import err, type_name
from runtime.convert import format_number
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.lists import store
from stdlib_4d.lists.build import counted
from stdlib_4d.lists.store import LOCK


@command("SET LIST ITEM PARAMETER")
def set_list_item_parameter(*params):
    """SET LIST ITEM PARAMETER(list; itemRef | *; selector; value): store a Text, Number or Boolean
    value under a selector on the item (0: the last item added, *: the current item)."""
    cmd = "SET LIST ITEM PARAMETER"
    ref, which, selector, value = counted(cmd, params, 4, 4)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        name = args.text(store.value_of(selector), cmd, 3)
        value = store.value_of(value)
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, (str, float, bool)):
            raise err("bad_param_type", index=4, callee=cmd,
                      detail=f"Text, Number or Boolean expected, got {type_name(value)}")
        found = store.designated(hl, which, cmd, 2)
        if found is not None:
            found[0].params[name] = value


@command("GET LIST ITEM PARAMETER", outputs=(4,))
def get_list_item_parameter(*params):
    """GET LIST ITEM PARAMETER(list; itemRef | *; selector; value): the value stored under the selector
    (the variable is left unchanged when there is no such item or selector)."""
    cmd = "GET LIST ITEM PARAMETER"
    ref, which, selector, value = counted(cmd, params, 4, 4)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        name = args.text(store.value_of(selector), cmd, 3)
        found = store.designated(hl, which, cmd, 2)
        if found is None or name not in found[0].params:
            return
        stored = found[0].params[name]
    store.put(value, stored)


def as_text(value) -> str:
    """A parameter's value as GET LIST ITEM PARAMETER ARRAYS gives it (True "1", False "0")."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return format_number(value)
    return value


@command("GET LIST ITEM PARAMETER ARRAYS", outputs=(3, 4))
def get_list_item_parameter_arrays(*params):
    """GET LIST ITEM PARAMETER ARRAYS(list; itemRef | *; arrSelectors{; arrValues}): the item's
    selectors and their values as text, in the order they were set."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    cmd = "GET LIST ITEM PARAMETER ARRAYS"
    ref, which, selectors, values = counted(cmd, params, 3, 4)
    with LOCK:
        found = store.item_of(ref, which, cmd)
        pairs = list(found[0].params.items()) if found is not None else []
    fill(out_array(selectors, cmd, 3, "text"), [k for k, _ in pairs], cmd)
    if values is not UNDEF:
        fill(out_array(values, cmd, 4, "text"), [as_text(v) for _, v in pairs], cmd)
