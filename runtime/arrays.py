"""Arrays: 4D's typed, 1-based arrays with an element zero and a selected element.

Stage: runtime data model and the helpers compiled code calls for array
syntax (`$a{$i}`, `$a{$i}{$j}`, `->$a{2}`, `$a:=2`). An array is a value
held in a variable, changed in place by the commands of the Arrays theme
(stdlib_4d/arrays/), so pointers to it and to its elements stay valid.

    items[0]        element zero (free for the code to use)
    items[1..size]  the elements
    current         the selected element (what the bare name means as a number)

Numbers are stored as Reals (like collections); Integer and Longint arrays
round and wrap what they receive to 16 and 32 bits. A two-dimensional array
holds one-dimensional arrays (its rows), element zero included.
"""

from __future__ import annotations

from runtime.codes import err, type_name
from runtime.convert import round_half_away
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D

# Kind -> (4D name, Type code of the array, Type code of an element).
KINDS = {
    "boolean": ("Boolean", 22, 6),
    "blob": ("Blob", 31, 30),
    "date": ("Date", 17, 4),
    "integer": ("Integer", 15, 8),
    "longint": ("Longint", 16, 9),
    "object": ("Object", 39, 38),
    "picture": ("Picture", 19, 3),
    "pointer": ("Pointer", 20, 23),
    "real": ("Real", 14, 1),
    "text": ("Text", 18, 2),
    "time": ("Time", 32, 11),
}
ARRAY_2D = 13.0
NUMERIC = frozenset({"integer", "longint", "real"})


def empty_value(kind: str):
    """A new element's value: "", 0, False, !00-00-00!, ?00:00:00?, Null..."""
    if kind == "text":
        return ""
    if kind in NUMERIC:
        return 0.0
    if kind == "boolean":
        return False
    if kind == "date":
        return Date4D.NULL
    if kind == "time":
        return Time4D(0)
    if kind == "picture":
        return Picture()
    if kind == "blob":
        return bytearray()
    return None  # object, pointer


class Array4D:
    """One 4D array (see the module docstring)."""

    __slots__ = ("kind", "items", "current", "_name", "two_d", "parent")

    def __init__(self, kind: str, size: int = 0, size2: int | None = None, name: str = "") -> None:
        self.kind = kind
        self._name = name
        self.parent: Array4D | None = None
        self.current = 0
        self.two_d = size2 is not None
        self.items: list = []
        self._fill(0, size, size2)

    # ------------------------------------------------------------------ shape

    def _new_element(self, size2: int | None = None):
        if self.two_d:
            row = Array4D(self.kind, max(size2 or 0, 0))
            row.parent = self
            return row
        return empty_value(self.kind)

    def _fill(self, start: int, size: int, size2: int | None) -> None:
        """Make items[start..size] new elements (element zero when start is 0)."""
        if self.kind in ("text", "real", "integer", "longint", "boolean", "object", "pointer") \
                and not self.two_d:
            value = empty_value(self.kind)  # immutable: one value shared by every slot
            self.items.extend([value] * (size + 1 - start))
            return
        self.items.extend(self._new_element(size2) for _ in range(start, size + 1))

    def redim(self, kind: str, size: int, size2: int | None = None) -> None:
        """ARRAY <kind>(name; size{; size2}) on this array: resize (keeping elements) or retype."""
        size = max(int(size), 0)
        two_d = size2 is not None
        if kind != self.kind or two_d != self.two_d:
            # A new type (or a change of dimensions) starts from new elements.
            self.kind, self.two_d, self.items, self.current = kind, two_d, [], 0
            self._fill(0, size, size2)
            return
        old = len(self.items) - 1
        if size < old:
            del self.items[size + 1:]
        else:
            self._fill(old + 1, size, size2)
        if two_d:
            for row in self.items:
                row.redim(kind, size2)
        if self.current > size:
            self.current = 0

    @property
    def size(self) -> int:
        return len(self.items) - 1

    @property
    def name(self) -> str:
        if self.parent is not None:
            try:
                return f"{self.parent.name}{{{self.parent.items.index(self)}}}"
            except ValueError:
                return self._name or "the array"
        return self._name or "the array"

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    # ------------------------------------------------------------------ elements

    def element_name(self, i) -> str:
        return f"{self.name}{{{i}}}"

    def check(self, i) -> int:
        """A valid element number for reading or writing (0..size), or the 4D error."""
        i = index_of(i)
        if 0 <= i < len(self.items):
            return i
        raise err("array_range", name=self.name, index=i, size=len(self.items) - 1)

    def convert(self, value, i):
        """value as an element of this array stores it (the element type's conversion)."""
        kind = self.kind
        if self.two_d:
            raise err("type_mismatch", detail=f"{self.element_name(i)} is a row of a two-dimensional "
                                              "array: assign its elements")
        conv = _CONVERT.get(kind)
        try:
            return conv(value)
        except _Wrong:
            raise err("var_type", got=type_name(value), name=self.element_name(i),
                      type=f"an element of a {KINDS[kind][0]} array") from None

    @property
    def type_code(self) -> float:
        return ARRAY_2D if self.two_d else float(KINDS[self.kind][1])

    @property
    def class_name(self) -> str:
        return f"{KINDS[self.kind][0]} array" if not self.two_d else "Array 2D"

    def values(self) -> list:
        """Elements 1..size."""
        return self.items[1:]

    def set_values(self, values) -> None:
        """Replace elements 1..size by converted `values` (element zero kept)."""
        conv = self.convert
        self.items[1:] = [conv(v, i) for i, v in enumerate(values, 1)]
        if self.current > self.size:
            self.current = 0

    def select(self, value) -> None:
        """`$a:=n`: make element n the selected one."""
        t = type(value)
        if t is float or t is int:
            self.current = index_of(value)
            return
        if value is UNDEF:
            self.current = 0
            return
        raise err("type_mismatch", detail=f"an array cannot be assigned {type_name(value)} "
                                          f"(use COPY ARRAY to copy {self.name})")

    def __repr__(self) -> str:
        from runtime.json4d import stringify

        try:
            body = stringify(to_collection(self))
        except Exception:
            body = "[...]"
        return f"{self.class_name}({self.size}) {body}"


class _Wrong(Exception):
    pass


def _as_text(v):
    if type(v) is str:
        return v
    if v is UNDEF:
        return ""
    raise _Wrong


def _as_real(v):
    t = type(v)
    if t is float:
        return v
    if t is int:
        return float(v)
    if t is Time4D:
        return float(v.s)
    if v is UNDEF:
        return 0.0
    raise _Wrong


def _wrap(bits: int):
    half, full = 1 << (bits - 1), 1 << bits

    def conv(v):
        x = _as_real(v)
        n = round_half_away(x)
        return float((n + half) % full - half)

    return conv


def _as_bool(v):
    if type(v) is bool:
        return v
    if v is UNDEF:
        return False
    raise _Wrong


def _as_date(v):
    if type(v) is Date4D:
        return v
    if v is UNDEF:
        return Date4D.NULL
    raise _Wrong


def _as_time(v):
    t = type(v)
    if t is Time4D:
        return v
    if t is float or t is int:
        return Time4D(round_half_away(v))
    if v is UNDEF:
        return Time4D(0)
    raise _Wrong


def _as_object(v):
    if v is None or isinstance(v, (Obj, Coll, Native)):
        return v
    if v is UNDEF:
        return None
    raise _Wrong


def _as_pointer(v):
    if v is None or type(v) is Pointer:
        return v
    if v is UNDEF:
        return None
    raise _Wrong


def _as_picture(v):
    if type(v) is Picture:
        return v
    if v is UNDEF or v is None:
        return Picture()
    raise _Wrong


def _as_blob(v):
    if isinstance(v, (bytes, bytearray)):
        return bytearray(v)
    if isinstance(v, Native) and hasattr(v, "data"):
        return bytearray(v.data)  # a 4D.Blob
    if v is UNDEF:
        return bytearray()
    raise _Wrong


_CONVERT = {
    "text": _as_text, "real": _as_real, "integer": _wrap(16), "longint": _wrap(32),
    "boolean": _as_bool, "date": _as_date, "time": _as_time, "object": _as_object,
    "pointer": _as_pointer, "picture": _as_picture, "blob": _as_blob,
}


def index_of(i) -> int:
    """An element number from a number, or from an array (its selected element)."""
    t = type(i)
    if t is int:
        return i
    if t is float:
        return int(i) if i.is_integer() else round_half_away(i)
    if t is Array4D:
        return i.current
    if i is UNDEF:
        return 0
    if t is Time4D:
        return i.s
    raise err("type_mismatch", detail=f"an element number must be a number, got {type_name(i)}")


def kind_of_value(v) -> str | None:
    """The array kind APPEND TO ARRAY creates for a value."""
    t = type(v)
    if t is str:
        return "text"
    if t is float or t is int:
        return "real"
    if t is bool:
        return "boolean"
    if t is Date4D:
        return "date"
    if t is Time4D:
        return "time"
    if t is Pointer:
        return "pointer"
    if t is Picture:
        return "picture"
    if isinstance(v, (bytes, bytearray)):
        return "blob"
    if v is None or isinstance(v, (Obj, Coll, Native)):
        return "object"
    return None


# ---------------------------------------------------------------- compiled code's helpers


def not_array(value, what: str = ""):
    return err("not_array", what=what or type_name(value))


def aget(a, i):
    """a{i}"""
    if type(a) is not Array4D:
        raise not_array(a)
    items = a.items
    if type(i) is not int:
        i = index_of(i)
    if 0 <= i < len(items):
        return items[i]
    raise err("array_range", name=a.name, index=i, size=len(items) - 1)


def aset(a, i, value) -> None:
    """a{i}:=value"""
    if type(a) is Array4D and type(i) is int and not a.two_d:
        items = a.items
        if 0 <= i < len(items):
            t = type(value)
            if t is _SAME.get(a.kind):
                items[i] = value  # the common case: a value of the element type, nothing to convert
                return
            if t is int and a.kind == "real":
                items[i] = float(value)
                return
    _aset_slow(a, i, value)


def _aset_slow(a, i, value) -> None:
    if type(a) is not Array4D:
        raise not_array(a)
    i = a.check(i)
    if a.two_d:
        # a2D{i}:=n selects element n of row i.
        a.items[i].select(value)
        return
    a.items[i] = a.convert(value, i)


# Kinds whose elements are stored as the value is when it has this Python type.
_SAME = {"text": str, "real": float, "boolean": bool, "date": Date4D, "time": Time4D, "pointer": Pointer}


def current(value):
    """A bare array name used as a number: its selected element (other values unchanged)."""
    if type(value) is Array4D:
        return float(value.current)
    return value


def assign(held, value):
    """`$a:=value` for a variable that may hold an array: select an element, else store."""
    if type(held) is Array4D:
        held.select(value)
        return held
    return value


def assign_in(store: dict, name: str, value) -> None:
    """`a:=value` / `<>a:=value` for a process or interprocess variable that may hold an array."""
    held = store.get(name)
    if type(held) is Array4D:
        held.select(value)
    else:
        store[name] = value


def copied(a: Array4D, copy_element=None) -> Array4D:
    """A new array with a's type, elements (element zero included) and selected element; each
    element goes through copy_element (Blobs are always copied)."""
    out = Array4D(a.kind, 0, 0 if a.two_d else None, a.name)
    if a.two_d:
        out.items = [copied(row, copy_element) for row in a.items]
        for row in out.items:
            row.parent = out
    elif a.kind == "blob":
        out.items = [bytearray(b) for b in a.items]
    elif copy_element is not None:
        out.items = [copy_element(x) for x in a.items]
    else:
        out.items = list(a.items)
    out.current = a.current
    return out


def copy_into(dst: Array4D, src: Array4D) -> None:
    """dst becomes a copy of src (type, elements, selected element), staying the same array."""
    new = copied(src)
    dst.kind, dst.two_d, dst.items, dst.current = new.kind, new.two_d, new.items, new.current
    for row in dst.items if dst.two_d else ():
        row.parent = dst


def to_collection(a: Array4D) -> Coll:
    """Elements 1..size as a collection (what JSON and resolved pointers see)."""
    from runtime.access import store_value

    out = Coll()
    for v in a.items[1:]:
        out.append(to_collection(v) if type(v) is Array4D else store_value(v))
    return out


def new_array(kind: str, size: int = 0, name: str = "") -> Array4D:
    return Array4D(kind, size, None, name)


def element_type(a, i) -> float:
    """Type(a{i}): the type code of the array's elements (of a row's, for a 2D array)."""
    if type(a) is not Array4D:
        raise not_array(a)
    i = a.check(i)
    if a.two_d:
        return a.items[i].type_code
    return float(KINDS[a.kind][2])


class SortOrder:
    """The `>` / `<` argument of SORT ARRAY, MULTI SORT ARRAY and Find in sorted array."""

    __slots__ = ("descending",)

    def __init__(self, descending: bool) -> None:
        self.descending = descending

    def __repr__(self) -> str:
        return "<" if self.descending else ">"


ASCENDING = SortOrder(False)
DESCENDING = SortOrder(True)
