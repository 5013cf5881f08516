"""Pointer commands: Get pointer, RESOLVE POINTER, Is nil pointer, Is a variable.

Stage: stdlib. Pointers are runtime.values.Pointer: to a local, process or
interprocess variable, or to an array element (runtime/arrays.py). Get
pointer reaches process and interprocess variables by name, array
elements included ("a{3}", "a{3}{5}"). RESOLVE POINTER also names local
variables ($name), which 4D's page says it cannot do: run4d knows them.
"""

from __future__ import annotations

import re

from runtime import process
from runtime.array_pointers import elem_pointer_in, resolved_name
from runtime.codes import err, type_name
from runtime.registry import command, key
from runtime.support import ptr_procvar
from runtime.values import UNDEF, Pointer
from stdlib_4d import args

_NAME = re.compile(r"^\s*(<>|\u25ca)?([^\W\d]\w*)((?:\{\s*\d+\s*\}){0,2})\s*$")
_INDEX = re.compile(r"\{\s*(\d+)\s*\}")


@command("Get pointer", returns="pointer")
def get_pointer(var_name):
    """Get pointer(varName): a pointer to the process or interprocess (<>name) variable named,
    or to an element of an array ("name{3}", "name{3}{5}")."""
    text = args.text(var_name, "Get pointer", 1)
    m = _NAME.match(text)
    if not m:
        raise err("bad_value", detail=f"Get pointer: \"{text}\" is not a process or interprocess variable name")
    prefix, name, subscripts = m.groups()
    store = process.INTERPROCESS if prefix else process.current().vars
    label = ("<>" if prefix else "") + name
    p = ptr_procvar(store, key(name), label)
    numbers = [int(x) for x in _INDEX.findall(subscripts)]
    if not numbers:
        return p
    return elem_pointer_in(store, key(name), label, *numbers)


@command("RESOLVE POINTER", outputs=(2, 3, 4))
def resolve_pointer(pointer, var_name, table_num, field_num):
    """RESOLVE POINTER(pointer; varName; tableNum; fieldNum): what the pointer designates: a
    variable or array (its name; -1; -1), an array element (the array's name; the element
    number; -1, or the row and column of a two-dimensional array), Nil ("", 0, 0)."""
    p = pointer
    if p is not None and type(p) is not Pointer:
        raise err("bad_param_type", index=1, callee="RESOLVE POINTER",
                  detail=f"Pointer expected, got {type_name(p)}")
    describe = getattr(p.ref, "resolve_pointer", None) if p is not None else None
    if p is None:
        name, first, second = "", 0.0, 0.0
    elif describe is not None:  # ->[Table]Field, ->[Table]: "", table number, field number (0 for a table)
        name, (first, second) = "", describe(p)
    elif p.index is not None:
        name = resolved_name(p)
        first = float(p.index)
        second = float(p.index2) if p.index2 is not None else -1.0
    else:
        name, first, second = p.label, -1.0, -1.0
    for target, value in ((var_name, name), (table_num, first), (field_num, second)):
        if type(target) is Pointer:
            target.set(value)


@command("Is nil pointer", returns="boolean")
def is_nil_pointer(pointer):
    """Is nil pointer(pointer): True if the pointer is Nil (points to nothing)."""
    if pointer is None or pointer is UNDEF:
        return True
    if type(pointer) is Pointer:
        return False
    raise err("bad_param_type", index=1, callee="Is nil pointer", detail=f"Pointer expected, got {type_name(pointer)}")


@command("Is a variable", returns="boolean")
def is_a_variable(pointer):
    """Is a variable(pointer): True if the pointer designates a variable (an array or an array
    element included), False for Nil."""
    if pointer is None or pointer is UNDEF:
        return False
    if type(pointer) is Pointer:
        return True
    raise err("bad_param_type", index=1, callee="Is a variable", detail=f"Pointer expected, got {type_name(pointer)}")
