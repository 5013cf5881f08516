"""APPEND TO ARRAY, INSERT IN ARRAY, DELETE FROM ARRAY, COPY ARRAY.

Stage: stdlib. Elements are added with the array's empty value (a new
row of no elements in a two-dimensional array) and values converted as an
element assignment does. The selected element is kept while it still
exists, else it becomes 0.
"""

from __future__ import annotations

from runtime.arrays import NUMERIC, Array4D, kind_of_value
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import UNDEF, Coll, Obj, Time4D
from stdlib_4d import args
from stdlib_4d.arrays.base import array_arg, kind_name, out_array


def _accepts(a: Array4D, value) -> bool:
    """Value types APPEND TO ARRAY takes: the array's own, or any number (and time) for numbers."""
    if a.kind in NUMERIC:
        return type(value) in (float, int, Time4D)
    if a.kind == "object":
        return value is None or isinstance(value, (Obj, Coll)) or kind_of_value(value) == "object"
    return kind_of_value(value) == a.kind


@command("APPEND TO ARRAY", outputs=(1,))
def append_to_array(array, value):
    """APPEND TO ARRAY(array; value): add value as a new last element (creating the array
    from value's type when the variable holds none)."""
    kind = kind_of_value(value)
    a = out_array(array, "APPEND TO ARRAY", 1, kind)
    if a.two_d or not _accepts(a, value):
        raise err("arg_types", detail=f"APPEND TO ARRAY: {type_name(value)} cannot be appended to "
                                      f"{a.name}, a {kind_name(a)}")
    a.items.append(a.convert(value, a.size + 1))


@command("INSERT IN ARRAY")
def insert_in_array(array, where, how_many=UNDEF):
    """INSERT IN ARRAY(array; where{; howMany}): insert howMany (1) new elements before element
    where (at the end when where is past it)."""
    a = array_arg(array, "INSERT IN ARRAY", 1)
    at = args.integer(where, "INSERT IN ARRAY", 2)
    count = 1 if how_many is UNDEF else args.integer(how_many, "INSERT IN ARRAY", 3)
    if at < 1 or count <= 0:
        return
    at = min(at, a.size + 1)
    new = [a._new_element() for _ in range(count)] if a.two_d or a.kind in ("blob", "picture") \
        else [a._new_element()] * count
    a.items[at:at] = new


@command("DELETE FROM ARRAY")
def delete_from_array(array, where, how_many=UNDEF):
    """DELETE FROM ARRAY(array; where{; howMany}): delete howMany (1) elements from element where."""
    a = array_arg(array, "DELETE FROM ARRAY", 1)
    at = args.integer(where, "DELETE FROM ARRAY", 2)
    count = 1 if how_many is UNDEF else args.integer(how_many, "DELETE FROM ARRAY", 3)
    if at < 1 or at > a.size or count <= 0:
        return
    del a.items[at:at + count]
    if a.current > a.size:
        a.current = 0


def copy_items(src: Array4D) -> list:
    """Elements 0..size of src for another array (rows and Blobs copied, objects shared)."""
    if src.two_d:
        return [_copy_row(row) for row in src.items]
    if src.kind == "blob":
        return [bytearray(b) for b in src.items]
    return list(src.items)


def _copy_row(row: Array4D) -> Array4D:
    out = Array4D(row.kind)
    out.items = copy_items(row)
    out.current = row.current
    return out


@command("COPY ARRAY", outputs=(2,))
def copy_array(source, destination):
    """COPY ARRAY(source; destination): destination gets source's elements, size and type
    (a numeric destination keeps its own numeric type)."""
    src = array_arg(source, "COPY ARRAY", 1)
    dst = out_array(destination, "COPY ARRAY", 2, src.kind)
    if dst is src:
        return
    if dst.kind in NUMERIC and src.kind in NUMERIC and dst.kind != src.kind and not src.two_d \
            and not dst.two_d:
        conv = dst.convert
        dst.items = [conv(v, i) for i, v in enumerate(src.items)]
    else:
        dst.kind, dst.two_d = src.kind, src.two_d
        dst.items = copy_items(src)
        for row in dst.items if dst.two_d else ():
            row.parent = dst
    dst.current = src.current
