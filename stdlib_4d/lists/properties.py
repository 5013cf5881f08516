"""The form-only properties of hierarchical lists and items, kept so that GET returns what SET stored:
SET/GET LIST PROPERTIES, SET/GET LIST ITEM PROPERTIES, SET LIST ITEM FONT, Get list item font,
SET/GET LIST ITEM ICON.

Stage: stdlib commands on stdlib_4d/lists/store.py. Nothing is drawn headless; the values are data
(multiSelections also decides whether the SELECT commands select several items).
"""

from __future__ import annotations

from runtime.codes import err, type_name
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Picture, Pointer
from stdlib_4d import args
from stdlib_4d.lists import store
from stdlib_4d.lists.build import counted
from stdlib_4d.lists.store import LOCK

# SET LIST PROPERTIES' parameters after the list, in order, with the values of a new list
# (editable: "If you pass 1 or omit the editable parameter, the list will be editable").
_LIST_PROPS = ("appearance", "icon", "lineHeight", "doubleClick", "multiSelections", "editable")
_LIST_DEFAULTS = {"appearance": 0, "icon": 0, "lineHeight": 0, "doubleClick": 0, "multiSelections": 0,
                  "editable": 1}
# An item's properties before SET LIST ITEM PROPERTIES (docs/decisions.md, "Hierarchical lists").
_ITEM_DEFAULTS = {"enterable": False, "styles": 0, "icon": "", "color": 0}


@command("SET LIST PROPERTIES")
def set_list_properties(ref, appearance, icon=UNDEF, line_height=UNDEF, double_click=UNDEF,
                        multi_selections=UNDEF, editable=UNDEF):
    """SET LIST PROPERTIES(list; appearance{; icon{; lineHeight{; doubleClick{; multiSelections{;
    editable}}}}}): store the list's properties (multiSelections = 1 lets the SELECT commands select
    several items); editable omitted means 1."""
    cmd = "SET LIST PROPERTIES"
    given = (appearance, icon, line_height, double_click, multi_selections, editable)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        for index, (name, value) in enumerate(zip(_LIST_PROPS, given), 2):
            if value is not UNDEF:
                hl.props[name] = args.integer(store.value_of(value), cmd, index)
            elif name == "editable":
                hl.props[name] = 1


@command("GET LIST PROPERTIES", outputs=(2, 3, 4, 5, 6, 7))
def get_list_properties(ref, appearance, icon=UNDEF, line_height=UNDEF, double_click=UNDEF,
                        multi_selections=UNDEF, editable=UNDEF):
    """GET LIST PROPERTIES(list; appearance{; icon{; lineHeight{; doubleClick{; multiSelections{;
    editable}}}}}): the properties SET LIST PROPERTIES stored (a new list: 0, 0, 0, 0, 0, 1)."""
    with LOCK:
        _, hl = store.the_list(ref, "GET LIST PROPERTIES")
        values = [hl.props.get(name, _LIST_DEFAULTS[name]) for name in _LIST_PROPS]
    for target, value in zip((appearance, icon, line_height, double_click, multi_selections, editable), values):
        if target is not UNDEF:
            store.put(target, value)


@command("SET LIST ITEM PROPERTIES")
def set_list_item_properties(*params):
    """SET LIST ITEM PROPERTIES(list; itemRef | *; enterable; styles{; icon{; color}}): store the item's
    enterable state, font style, icon (a "path:..." text or a number) and RGB colour."""
    cmd = "SET LIST ITEM PROPERTIES"
    ref, which, enterable, styles, icon, color = counted(cmd, params, 4, 6)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        values = {"enterable": args.boolean(store.value_of(enterable), cmd, 3),
                  "styles": args.integer(store.value_of(styles), cmd, 4)}
        if icon is not UNDEF:
            icon = store.value_of(icon)
            if type(icon) is not str:
                icon = args.integer(icon, cmd, 5)
            values["icon"] = icon
        if color is not UNDEF:
            values["color"] = args.integer(store.value_of(color), cmd, 6)
        found = store.designated(hl, which, cmd, 2)
        if found is not None:
            found[0].props.update(values)


@command("GET LIST ITEM PROPERTIES", outputs=(3, 4, 5, 6))
def get_list_item_properties(*params):
    """GET LIST ITEM PROPERTIES(list; itemRef | *; enterable{; styles{; icon{; color}}}): what SET LIST
    ITEM PROPERTIES stored; the variables are unchanged when there is no such item."""
    cmd = "GET LIST ITEM PROPERTIES"
    ref, which, enterable, styles, icon, color = counted(cmd, params, 3, 6)
    with LOCK:
        found = store.item_of(ref, which, cmd)
        if found is None:
            return
        props = {**_ITEM_DEFAULTS, **found[0].props}
    store.put(enterable, props["enterable"])
    if styles is not UNDEF:
        store.put(styles, props["styles"])
    if icon is not UNDEF:
        _put_icon(icon, props["icon"])
    if color is not UNDEF:
        store.put(color, props["color"])


def _put_icon(target, icon) -> None:
    """The icon into a Text variable as text, into a numeric one as a number (a number given as text,
    or a path given to a numeric variable, reads as 0)."""
    t = out_target(target)
    held = t.get() if type(t) is Pointer else UNDEF
    if isinstance(held, (int, float)) and not isinstance(held, bool):
        store.put(target, icon if type(icon) is not str else 0)
    else:
        store.put(target, icon if type(icon) is str else ("" if icon == 0 else str(icon)))


@command("SET LIST ITEM FONT")
def set_list_item_font(*params):
    """SET LIST ITEM FONT(list; itemRef | *; font): store the item's font name ("": the list's default
    font again) or number."""
    cmd = "SET LIST ITEM FONT"
    ref, which, font = counted(cmd, params, 3, 3)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        font = store.value_of(font)
        if type(font) is not str:
            font = args.integer(font, cmd, 3)
        found = store.designated(hl, which, cmd, 2)
        if found is not None:
            found[0].props["font"] = font


@command("Get list item font", returns="text")
def get_list_item_font(*params):
    """Get list item font(list; itemRef | *): the font name SET LIST ITEM FONT stored ("" for the
    list's default font, and for a font given by number: run4d has no font table)."""
    cmd = "Get list item font"
    ref, which = counted(cmd, params, 2, 2)
    with LOCK:
        found = store.item_of(ref, which, cmd)
        font = found[0].props.get("font", "") if found is not None else ""
    return font if type(font) is str else ""


@command("SET LIST ITEM ICON")
def set_list_item_icon(*params):
    """SET LIST ITEM ICON(list; itemRef | *; icon): store a picture as the item's icon."""
    cmd = "SET LIST ITEM ICON"
    ref, which, icon = counted(cmd, params, 3, 3)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        icon = store.value_of(icon)
        if not isinstance(icon, Picture):
            raise err("bad_param_type", index=3, callee=cmd, detail=f"Picture expected, got {type_name(icon)}")
        found = store.designated(hl, which, cmd, 2)
        if found is not None:
            found[0].props["picture"] = icon


@command("GET LIST ITEM ICON", outputs=(3,))
def get_list_item_icon(*params):
    """GET LIST ITEM ICON(list; itemRef | *; icon): the picture SET LIST ITEM ICON stored (an empty
    picture when none); the variable is unchanged when there is no such item."""
    cmd = "GET LIST ITEM ICON"
    ref, which, icon = counted(cmd, params, 3, 3)
    with LOCK:
        found = store.item_of(ref, which, cmd)
        if found is None:
            return
        picture = found[0].props.get("picture")
    store.put(icon, picture if picture is not None else Picture(b""))
