"""Another process's variables: GET PROCESS VARIABLE, SET PROCESS VARIABLE,
VARIABLE TO VARIABLE.

Stage: stdlib commands. The compiler passes a pointer for each variable
argument (the `outputs` positions); the pointer's label is the variable's
name, which names the variable in the other process. Values cross copied,
as CALL WORKER copies its parameters (shared objects stay shared).
Interprocess variables (<>name) are the same in every process. Arrays cross
copied too, into the array the destination already holds if any; an array
element (`atNames{2}`) arrives as an element pointer whose name and element
numbers are looked up in the other process.
"""

from __future__ import annotations

from runtime.arrays import Array4D, aget, aset, copy_into
from runtime.codes import err
from runtime.copying import deep_copy
from runtime.process import INTERPROCESS
from runtime.registry import command, key
from runtime.support import out_target
from runtime.values import Pointer
from stdlib_4d import args
from stdlib_4d.system.procinfo import find

_MANY = tuple(range(2, 42))
_EVEN = tuple(range(2, 42, 2))


def _store(process, cmd: str) -> dict:
    proc = find(args.number(process, cmd, 1))
    if proc is None:
        raise err("bad_value", detail=f"{cmd}: there is no process number {process!r}")
    return proc.vars


def _name(p, cmd: str, index: int) -> tuple[dict | None, str, tuple]:
    """(store or None for interprocess, variable key, element numbers) of a variable argument;
    the element numbers are () for a variable, (i,) or (i, j) for an array element."""
    if type(p) is not Pointer:
        raise err("bad_param_type", index=index, callee=cmd, detail="a process variable is expected here")
    label = p.label.strip()
    if label.startswith("$"):
        raise err("bad_param_type", index=index, callee=cmd,
                  detail=f"{label} is a local variable: only process variables exist in another process")
    where = INTERPROCESS if label.startswith("<>") else None
    if p.index is not None:  # an element of a process or interprocess array (runtime/arrays.py)
        numbers = (p.index,) if p.index2 is None else (p.index, p.index2)
        return where, p.name, numbers
    return where, key(label[2:] if where is not None else label), ()


def _read(store: dict, name: str, numbers: tuple):
    value = store[name]
    for i in numbers:
        value = aget(value, i)
    return value


def _store_in(store: dict, name: str, numbers: tuple, value) -> None:
    """Write value into a variable or array element of store (an array is copied into the array held)."""
    if numbers:
        holder = store[name]
        for i in numbers[:-1]:
            holder = aget(holder, i)
        aset(holder, numbers[-1], value)
        return
    held = store.get(name)
    if type(held) is Array4D and type(value) is Array4D:
        copy_into(held, value)  # pointers to the array stay valid
    else:
        store[name] = value


@command("GET PROCESS VARIABLE", outputs=_MANY)
def get_process_variable(process, *pairs):
    """GET PROCESS VARIABLE(process; srcVar; dstVar{; srcVar2; dstVar2...}): read another process's variables."""
    cmd = "GET PROCESS VARIABLE"
    if not pairs or len(pairs) % 2:
        raise err("param_count", callee=cmd, detail="expects pairs of source and destination variables")
    store = _store(process, cmd)
    for i in range(0, len(pairs), 2):
        where, name, numbers = _name(pairs[i], cmd, i + 2)
        value = deep_copy(_read(where if where is not None else store, name, numbers), who=cmd)
        target = out_target(pairs[i + 1])
        if type(target) is not Pointer:
            raise err("bad_param_type", index=i + 3, callee=cmd, detail="a variable is expected here")
        held = target.get()
        if type(held) is Array4D and type(value) is Array4D:
            copy_into(held, value)
        else:
            target.set(value)


def _write(process, pairs: tuple, cmd: str) -> None:
    if not pairs or len(pairs) % 2:
        raise err("param_count", callee=cmd, detail="expects pairs of destination variables and values")
    store = _store(process, cmd)
    for i in range(0, len(pairs), 2):
        where, name, numbers = _name(pairs[i], cmd, i + 2)
        value = pairs[i + 1]
        if type(value) is Pointer and cmd == "VARIABLE TO VARIABLE":
            value = value.get()
        _store_in(where if where is not None else store, name, numbers, deep_copy(value, who=cmd))


@command("SET PROCESS VARIABLE", outputs=_EVEN)
def set_process_variable(process, *pairs):
    """SET PROCESS VARIABLE(process; dstVar; expr{; dstVar2; expr2...}): write another process's variables."""
    _write(process, pairs, "SET PROCESS VARIABLE")


@command("VARIABLE TO VARIABLE", outputs=_MANY)
def variable_to_variable(process, *pairs):
    """VARIABLE TO VARIABLE(process; dstVar; srcVar{; dstVar2; srcVar2...}): copy variables into another process."""
    _write(process, pairs, "VARIABLE TO VARIABLE")
