"""Variables theme: CLEAR VARIABLE.

Stage: stdlib. The compiler passes a pointer to the variable written by an
output parameter; the command resets the variable through it (4D's
by-reference parameter).
"""

from __future__ import annotations

from runtime import convert
from runtime.arrays import Array4D, empty_value
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Picture, Pointer, Time4D

# The default value of each kind of value a variable may hold (4D's "Default values").
_DEFAULTS = {
    str: lambda: "",
    float: lambda: 0.0,
    int: lambda: 0,
    bool: lambda: False,
    Date4D: lambda: Date4D.NULL,
    Time4D: lambda: Time4D(0),
    bytearray: bytearray,
    bytes: bytearray,
    Picture: Picture,
}


def default_like(value):
    """The default value of the type of `value` (what CLEAR VARIABLE leaves in a variable holding it).

    Objects, collections, pointers and 4D.* instances become Null; an undefined value stays undefined.
    """
    make = _DEFAULTS.get(type(value))
    if make is not None:
        return make()
    if value is UNDEF:
        return UNDEF
    return convert.TYPES["object"][1]()


def clear_array(a: Array4D) -> None:
    """No elements left; element zero back to its default value; no element selected."""
    a.set_values([])
    if not a.two_d:
        a.items[0] = empty_value(a.kind)
    a.current = 0


@command("CLEAR VARIABLE", outputs=(1,))
def clear_variable(variable):
    """CLEAR VARIABLE(variable): reset a local, process or interprocess variable to its type's default value.

    Arrays lose their elements; objects, collections and pointers become Null; a Variant holding a
    value gets the default of that value's type.
    """
    if type(variable) is Array4D:
        clear_array(variable)
        return
    if type(variable) is not Pointer:
        raise err("bad_param_type", index=1, callee="CLEAR VARIABLE",
                  detail=f"a variable was expected, not a {type_name(variable)} expression")
    held = variable.get()
    if type(held) is Array4D:
        clear_array(held)
    else:
        variable.set(default_like(held))
