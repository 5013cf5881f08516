"""Variables in blobs: VARIABLE TO BLOB, BLOB TO VARIABLE.

Stage: stdlib. 4D stores variables in its own internal format, readable only by
BLOB TO VARIABLE; run4d does the same with a format of its own (docs/decisions.md):
each value is the bytes "R4DV", a one-letter type, the length of what follows
(4 bytes, big-endian) and the value: T text (UTF-8), R real (8 bytes), L integer
(8 bytes), B boolean, D date (year 2 bytes, month, day), H time (seconds, 8 bytes),
X blob, P picture, O/C object/collection (JSON in UTF-8, as 4D documents it), N null,
U undefined, A array (kind name, then element zero and every element as values).
Pointers and pointer arrays are refused, as in 4D.
"""

from __future__ import annotations

import struct

from runtime.arrays import KINDS, Array4D
from runtime.codes import err, type_name
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D
from stdlib_4d.blob import _advance, _offset, read_bytes, write_at

MAGIC = b"R4DV"
_HEAD = struct.Struct(">4sBI")  # magic, type letter, payload length


class Unreadable(Exception):
    """The bytes at the offset are not a value VARIABLE TO BLOB wrote."""


def _set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


def _pack(letter: str, payload: bytes) -> bytes:
    return _HEAD.pack(MAGIC, ord(letter), len(payload)) + payload


def encode(value, cmd: str = "VARIABLE TO BLOB") -> bytes:
    """The bytes of one value."""
    from runtime import json4d
    from stdlib_4d.blob import Blob4D

    t = type(value)
    if t is str:
        return _pack("T", value.encode("utf-8"))
    if t is bool:
        return _pack("B", b"\1" if value else b"\0")
    if t is int:
        return _pack("L", struct.pack(">q", value))
    if t is float:
        return _pack("R", struct.pack(">d", value))
    if t is Date4D:
        return _pack("D", struct.pack(">HBB", value.y, value.m, value.d))
    if t is Time4D:
        return _pack("H", struct.pack(">q", int(value.s)))
    if isinstance(value, (bytes, bytearray)):
        return _pack("X", bytes(value))
    if isinstance(value, Blob4D):
        return _pack("X", value.data)
    if t is Picture:
        return _pack("P", value.data)
    if value is None:
        return _pack("N", b"")
    if value is UNDEF:
        return _pack("U", b"")
    if isinstance(value, Coll):
        return _pack("C", json4d.stringify(value).encode("utf-8"))
    if isinstance(value, Obj):
        return _pack("O", json4d.stringify(value).encode("utf-8"))
    if t is Array4D:
        if value.kind == "pointer":
            raise err("bad_param_type", index=1, callee=cmd, detail="a pointer array cannot be stored in a blob")
        kind = ("2" if value.two_d else "1") + value.kind
        parts = [bytes([len(kind)]), kind.encode("ascii"), struct.pack(">I", len(value.items))]
        parts += [encode(item, cmd) for item in value.items]
        return _pack("A", b"".join(parts))
    raise err("bad_param_type", index=1, callee=cmd, detail=f"a {type_name(value)} cannot be stored in a blob")


def decode(data: bytes, at: int):
    """(value, offset after it) of the value stored at `at`."""
    from runtime import json4d

    if at + _HEAD.size > len(data):
        raise Unreadable
    magic, letter, size = _HEAD.unpack_from(data, at)
    start, end = at + _HEAD.size, at + _HEAD.size + size
    if magic != MAGIC or end > len(data):
        raise Unreadable
    body = data[start:end]
    kind = chr(letter)
    try:
        if kind == "T":
            return body.decode("utf-8"), end
        if kind == "B":
            return body == b"\1", end
        if kind == "L":
            return struct.unpack(">q", body)[0], end
        if kind == "R":
            return struct.unpack(">d", body)[0], end
        if kind == "D":
            y, m, d = struct.unpack(">HBB", body)
            return (Date4D(y, m, d) if (y, m, d) != (0, 0, 0) else Date4D.NULL), end
        if kind == "H":
            return Time4D(struct.unpack(">q", body)[0]), end
        if kind == "X":
            return bytearray(body), end
        if kind == "P":
            return Picture(body), end
        if kind == "N":
            return None, end
        if kind == "U":
            return UNDEF, end
        if kind in "OC":
            return json4d.parse(body.decode("utf-8"), top_dates=False), end
        if kind == "A":
            return _decode_array(body), end
    except (struct.error, ValueError, UnicodeDecodeError):
        raise Unreadable from None
    raise Unreadable


def _decode_array(body: bytes) -> Array4D:
    n = body[0]
    kind = body[1:1 + n].decode("ascii")
    two_d, kind = kind[0] == "2", kind[1:]
    if kind not in KINDS:
        raise Unreadable
    count = struct.unpack_from(">I", body, 1 + n)[0]
    at = 1 + n + 4
    items = []
    for _ in range(count):
        item, at = decode(body, at)
        items.append(item)
    arr = Array4D(kind, 0, 0 if two_d else None)
    arr.items[:] = items if items else arr.items
    for row in arr.items if two_d else ():
        if type(row) is Array4D:
            row.parent = arr
    return arr


@command("VARIABLE TO BLOB", outputs=(1, 2, 3))
def variable_to_blob(variable, blob, where=UNDEF):
    """VARIABLE TO BLOB(variable; blob{; offset | *}): store a variable (any type but pointers) in a
    blob, replacing it, appended (*), or at an offset variable (advanced past it)."""
    cmd = "VARIABLE TO BLOB"
    _set_ok(False)
    value = variable.get() if type(variable) is Pointer else variable
    if type(value) is Pointer:
        raise err("bad_param_type", index=1, callee=cmd, detail="a pointer cannot be stored in a blob")
    write_at(blob, encode(value, cmd), where, cmd, 3)
    _set_ok(True)


@command("BLOB TO VARIABLE", outputs=(2, 3))
def blob_to_variable(blob, variable, offset=UNDEF):
    """BLOB TO VARIABLE(blob; variable{; offset}): rewrite a variable with a value VARIABLE TO BLOB
    stored; OK=0 (variable unchanged) when the bytes there are not such a value."""
    cmd = "BLOB TO VARIABLE"
    _set_ok(False)
    data = read_bytes(blob, cmd, 1)
    at = 0 if offset is UNDEF else _offset(offset, cmd, 3)
    try:
        value, end = decode(data, at)
    except Unreadable:
        return
    assign(variable, value, cmd, 2)
    _advance(offset, end)
    _set_ok(True)


def assign(variable, value, cmd: str, index: int) -> None:
    """Give a variable a value read back (an array of the same kind is refilled in place)."""
    target = variable if type(variable) is Pointer else out_target(variable)
    held = target.get() if type(target) is Pointer else target
    if type(value) is Array4D and type(held) is Array4D and held.kind == value.kind \
            and held.two_d == value.two_d:
        held.items[:] = value.items
        held.current = 0
    elif type(target) is Pointer:
        if type(held) is int and type(value) is float:
            value = int(value)
        elif type(held) is float and type(value) is int:
            value = float(value)
        target.set(value)
    else:
        raise err("bad_param_type", index=index, callee=cmd, detail="a variable was expected")
