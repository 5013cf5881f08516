"""ARRAY BOOLEAN ... ARRAY TIME: create or resize an array.

Stage: stdlib. Applied to a variable that holds an array of the same type
(and dimensions), the command resizes it in place, keeping the elements
that fit; applied to an array of another type it retypes it (new empty
elements). Either way the variable keeps the same array, so pointers to it
stay valid. The compiler passes a pointer to the variable (`outputs=`).
"""

from __future__ import annotations

from runtime.arrays import Array4D
from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.arrays.base import what


def declare(kind: str, cmd: str, target, size, size2, first: int = 1) -> None:
    n = args.integer(size, cmd, first + 1)
    n2 = None if size2 is UNDEF else max(args.integer(size2, cmd, first + 2), 0)
    if type(target) is Array4D:  # $p-> or a row of a two-dimensional array
        target.redim(kind, n, n2)
        return
    if type(target) is Pointer:
        held = target.get()
        if type(held) is Array4D:
            held.redim(kind, n, n2)
            return
        target.set(Array4D(kind, max(n, 0), n2, name=target.label))
        return
    raise err("bad_param_type", index=first, callee=cmd, detail=f"an array variable was expected, got {what(target)}")


@command("ARRAY BOOLEAN", outputs=(1,))
def array_boolean(array_name, size, size2=UNDEF):
    """ARRAY BOOLEAN(name; size{; size2}): an array of Booleans (new elements False)."""
    declare("boolean", "ARRAY BOOLEAN", array_name, size, size2)


@command("ARRAY BLOB", outputs=(1,))
def array_blob(array_name, size, size2=UNDEF):
    """ARRAY BLOB(name; size{; size2}): an array of Blobs (new elements empty)."""
    declare("blob", "ARRAY BLOB", array_name, size, size2)


@command("ARRAY DATE", outputs=(1,))
def array_date(array_name, size, size2=UNDEF):
    """ARRAY DATE(name; size{; size2}): an array of dates (new elements !00-00-00!)."""
    declare("date", "ARRAY DATE", array_name, size, size2)


@command("ARRAY INTEGER", outputs=(1,))
def array_integer(array_name, size, size2=UNDEF):
    """ARRAY INTEGER(name; size{; size2}): an array of 2-byte integers (new elements 0)."""
    declare("integer", "ARRAY INTEGER", array_name, size, size2)


@command("ARRAY LONGINT", outputs=(1,))
def array_longint(array_name, size, size2=UNDEF):
    """ARRAY LONGINT(name; size{; size2}): an array of 4-byte integers (new elements 0)."""
    declare("longint", "ARRAY LONGINT", array_name, size, size2)


@command("ARRAY OBJECT", outputs=(1,))
def array_object(array_name, size, size2=UNDEF):
    """ARRAY OBJECT(name; size{; size2}): an array of objects (new elements undefined, read as Null)."""
    declare("object", "ARRAY OBJECT", array_name, size, size2)


@command("ARRAY PICTURE", outputs=(1,))
def array_picture(array_name, size, size2=UNDEF):
    """ARRAY PICTURE(name; size{; size2}): an array of pictures (new elements empty)."""
    declare("picture", "ARRAY PICTURE", array_name, size, size2)


@command("ARRAY POINTER", outputs=(1,))
def array_pointer(array_name, size, size2=UNDEF):
    """ARRAY POINTER(name; size{; size2}): an array of pointers (new elements Nil)."""
    declare("pointer", "ARRAY POINTER", array_name, size, size2)


@command("ARRAY REAL", outputs=(1,))
def array_real(array_name, size, size2=UNDEF):
    """ARRAY REAL(name; size{; size2}): an array of Reals (new elements 0)."""
    declare("real", "ARRAY REAL", array_name, size, size2)


@command("ARRAY TEXT", outputs=(1,))
def array_text(array_name, size, size2=UNDEF):
    """ARRAY TEXT(name; size{; size2}): an array of texts (new elements "")."""
    declare("text", "ARRAY TEXT", array_name, size, size2)


@command("ARRAY STRING", outputs=(2,))
def array_string(length, array_name, size, size2=UNDEF):
    """ARRAY STRING(length; name; size{; size2}): a Text array (the obsolete fixed-length strings are
    texts since 4D v11; length is ignored)."""
    args.integer(length, "ARRAY STRING", 1)
    declare("text", "ARRAY STRING", array_name, size, size2, first=2)


@command("_o_ARRAY STRING", outputs=(2,))
def o_array_string(length, array_name, size, size2=UNDEF):
    """_o_ARRAY STRING(length; name; size{; size2}): ARRAY STRING's current name (obsolete)."""
    args.integer(length, "_o_ARRAY STRING", 1)
    declare("text", "_o_ARRAY STRING", array_name, size, size2, first=2)


@command("ARRAY TIME", outputs=(1,))
def array_time(array_name, size, size2=UNDEF):
    """ARRAY TIME(name; size{; size2}): an array of times (new elements ?00:00:00?)."""
    declare("time", "ARRAY TIME", array_name, size, size2)
