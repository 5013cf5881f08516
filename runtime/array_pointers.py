"""Pointers to array elements: ->$a{i}, ->a{i}{j}, Get pointer("a{i}").

Stage: runtime, called by compiled code (`_aptr`, `_aptr_in`) and by the
pointer commands. A pointer to an element keeps its element numbers; it
reads and writes through runtime.arrays.aget / aset, so element types and
range errors are those of any element access.
"""

from __future__ import annotations

from runtime.arrays import Array4D, aget, aset, index_of, not_array
from runtime.values import UNDEF, Pointer


def elem_pointer(a, i, i2=None) -> Pointer:
    """->a{i} (->a{i}{j}): a pointer to an element, its numbers fixed when it is made."""
    if type(a) is not Array4D:
        raise not_array(a)
    i = a.check(i)
    target, number = a, i
    if i2 is not None:
        row = a.items[i]
        if type(row) is not Array4D:
            raise not_array(row, a.element_name(i))
        target, number = row, row.check(i2)
    label = f"{a.name}{{{i}}}" + (f"{{{number}}}" if i2 is not None else "")

    def get():
        return aget(target, number)

    def set_(v):
        aset(target, number, v)

    return Pointer(get, set_, label, ref=target, name=a.name,
                   index=i, index2=number if i2 is not None else None)


def elem_pointer_in(store: dict, name: str, label: str, i, i2=None) -> Pointer:
    """->a{i} (->a{i}{j}) for a process or interprocess array: the array is found in `store`
    (a process's variables, or the interprocess ones) each time the pointer is used, so the
    pointer designates the element of whatever array the variable holds (also in another
    process: GET PROCESS VARIABLE)."""
    number = index_of(i)
    number2 = None if i2 is None else index_of(i2)

    def array():
        try:
            return store[name]
        except KeyError:
            raise not_array(UNDEF, label) from None

    def get():
        v = aget(array(), number)
        return v if number2 is None else aget(v, number2)

    def set_(v):
        if number2 is None:
            aset(array(), number, v)
        else:
            aset(aget(array(), number), number2, v)

    text = f"{label}{{{number}}}" + (f"{{{number2}}}" if number2 is not None else "")
    return Pointer(get, set_, text, ref=store, name=name, index=number, index2=number2)


def resolved_name(p: Pointer) -> str:
    """The variable an element pointer designates, as written (its label up to the first brace)."""
    return p.label.split("{", 1)[0]
