"""Values: how 4D data is represented in Python.

Stage: runtime data model, used by compiled code and the library. It defines
representations only; operators live in ops.py and member access in
access.py.

    4D            Python
    Text          str
    Real          float (int is accepted wherever a number is)
    Integer       int (only in variables declared Integer)
    Boolean       bool
    Null          None
    undefined     UNDEF
    Date          Date4D            Time     Time4D (seconds)
    Object        Obj (a dict; `cls` is the 4D class of an instance)
    Collection    Coll (a list)
    Blob          bytearray         4D.Blob  see stdlib_4d
"""

from __future__ import annotations

import datetime
import threading


class _Undefined:
    """4D's undefined: what a missing property or an unassigned Variant holds."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self):
        return (_Undefined, ())


UNDEF = _Undefined()


class _Star:
    """The `*` argument some commands take (JSON Stringify($o; *))."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "*"


STAR = _Star()


class Obj(dict):
    """A 4D object. Plain objects have `cls` None; instances point at their class."""

    __slots__ = ("cls",)

    def __init__(self, *args, **kwargs) -> None:
        dict.__init__(self, *args, **kwargs)
        self.cls = None

    # Identity, not content: 4D compares object references.
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Obj({dict.__repr__(self)})"


class Coll(list):
    """A 4D collection."""

    __slots__ = ()

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Coll({list.__repr__(self)})"


class SharedGroup:
    """The lock shared by a shared object or collection and its descendants."""

    __slots__ = ("lock", "owner", "depth", "members")

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.owner: int | None = None  # thread ident holding Use
        self.depth = 0
        self.members = 1  # shared values in the group; a lone one may still move


class SharedObj(Obj):
    """A shared object: writes need Use...End use (see runtime/shared.py)."""

    __slots__ = ("group",)

    def __init__(self, *args, **kwargs) -> None:
        Obj.__init__(self, *args, **kwargs)
        self.group: SharedGroup | None = None


class SharedColl(Coll):
    """A shared collection: element writes need Use...End use."""

    __slots__ = ("group",)

    def __init__(self, *args) -> None:
        Coll.__init__(self, *args)
        self.group: SharedGroup | None = None


_MAX_ORDINAL = datetime.date.max.toordinal()


class Date4D:
    """A 4D date; the null date !00-00-00! has y = m = d = 0."""

    __slots__ = ("y", "m", "d")
    NULL: Date4D

    def __init__(self, y: int, m: int, d: int) -> None:
        if (y, m, d) != (0, 0, 0):
            datetime.date(y, m, d)  # validates
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_ordinal(cls, n: int) -> Date4D:
        if n <= 0:
            return cls.NULL
        if n > _MAX_ORDINAL:
            from runtime.codes import err

            raise err("overflow", detail="the date would be after 12/31/9999")
        day = datetime.date.fromordinal(n)
        return cls(day.year, day.month, day.day)

    @classmethod
    def from_date(cls, day: datetime.date) -> Date4D:
        return cls(day.year, day.month, day.day)

    def ordinal(self) -> int:
        if self.y == 0:
            return 0
        return datetime.date(self.y, self.m, self.d).toordinal()

    def is_null(self) -> bool:
        return self.y == 0

    def __eq__(self, other) -> bool:
        return type(other) is Date4D and (self.y, self.m, self.d) == (other.y, other.m, other.d)

    def __hash__(self) -> int:
        return hash((self.y, self.m, self.d))

    def __lt__(self, other: Date4D) -> bool:
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __repr__(self) -> str:
        return f"!{self.y:04d}-{self.m:02d}-{self.d:02d}!"


Date4D.NULL = Date4D(0, 0, 0)


class Time4D:
    """A 4D time: a number of seconds (may exceed 24 hours)."""

    __slots__ = ("s",)

    def __init__(self, seconds: int) -> None:
        self.s = int(seconds)

    def __eq__(self, other) -> bool:
        return type(other) is Time4D and self.s == other.s

    def __hash__(self) -> int:
        return hash(("time", self.s))

    def __lt__(self, other: Time4D) -> bool:
        return self.s < other.s

    def __repr__(self) -> str:
        s = abs(self.s)
        sign = "-" if self.s < 0 else ""
        return f"?{sign}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}?"


class Pointer:
    """A 4D pointer: reads and writes a variable, an array element (or a field).

    `label` is how it prints (->$a, ->atNames{2}). Pointers to process and
    interprocess variables and to array elements also know what they point
    to (`ref`: the variables' store or the array; `name`; `index`, `index2`:
    the element numbers), so that equal pointers compare equal and RESOLVE
    POINTER can describe them. Other pointers compare by label.
    """

    __slots__ = ("get", "set", "label", "ref", "name", "index", "index2")

    def __init__(self, get, set_, label: str, ref=None, name: str = "", index=None, index2=None) -> None:
        self.get = get
        self.set = set_
        self.label = label
        self.ref = ref
        self.name = name
        self.index = index
        self.index2 = index2

    def __eq__(self, other) -> bool:
        if type(other) is not Pointer:
            return False
        if self.ref is None and other.ref is None:
            return self.label == other.label
        return (self.ref is other.ref and self.name == other.name and self.index == other.index
                and self.index2 == other.index2)

    def __hash__(self) -> int:
        if self.ref is None:
            return hash(self.label)
        return hash((id(self.ref), self.name, self.index, self.index2))

    def __repr__(self) -> str:
        return f"->{self.label}"


class Picture:
    """A picture value: run4d keeps its bytes only (no rendering)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes = b"") -> None:
        self.data = bytes(data)


def is_number(v) -> bool:
    t = type(v)
    return t is float or t is int
