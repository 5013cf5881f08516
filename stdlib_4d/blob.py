"""Blobs: the 4D.Blob class and the BLOB commands (BLOB size, TEXT TO BLOB...).

Stage: stdlib. A scalar Blob is a Python bytearray; a 4D.Blob is an
immutable Blob4D holding bytes. A parameter a command writes into is
registered with `outputs=`: for a variable there the command receives a
pointer to it and stores a new value through it (4D's by-reference), so
SET BLOB SIZE($b; 10), BASE64 ENCODE($t) and an offset variable work as in
4D. An explicit pointer (->$b, or a Pointer variable) is followed too. A
4D.Blob is never changed; a value that is not a variable cannot receive a
result (except a scalar Blob, changed in place).
"""

from __future__ import annotations

import codecs
import struct

from runtime import hooks, limits
from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args


class Blob4D(Native):
    """A 4D.Blob: read-only bytes, passed by reference, shareable."""

    __slots__ = ("data",)
    class_path = "4D.Blob"
    enumerable = False
    shared4d = True  # immutable, so it may sit in shared objects and collections
    json_literal = "[object Blob]"  # JSON Stringify's text for it (run4d's choice, like pictures)

    def __init__(self, data: bytes = b"") -> None:
        self.data = bytes(data)

    def __repr__(self) -> str:
        return f"[4D.Blob {len(self.data)} bytes]"

    def index4d(self, k):
        """$blob[i]: the byte at index i (0-based), read-only."""
        i = args.integer(k, "4D.Blob[]", 1)
        if not 0 <= i < len(self.data):
            raise err("bad_value", detail=f"Blob index {i} is out of range (the size is {len(self.data)})")
        return float(self.data[i])


def _slice(b: Blob4D, start=UNDEF, end=UNDEF) -> Blob4D:
    """.slice({start{; end}}): a new 4D.Blob of bytes start..end-1 (negative: from the end)."""
    size = len(b.data)
    s = 0 if start is UNDEF else args.integer(start, "Blob.slice", 1)
    e = size if end is UNDEF else args.integer(end, "Blob.slice", 2)
    return Blob4D(b.data[s:e])


Blob4D.props4d = {"size": lambda b: float(len(b.data))}
Blob4D.funcs4d = {"slice": _slice}


def _new_blob(*params) -> Blob4D:
    """4D.Blob.new({blob}): an empty 4D.Blob, or one holding a copy of a blob's bytes."""
    if len(params) > 1:
        raise err("param_count", callee="4D.Blob.new",
                  detail=f"expects 0 to 1 parameter(s), got {len(params)}")
    return Blob4D(read_bytes(params[0], "4D.Blob.new", 1) if params else b"")


register_builtin("Blob", Blob4D, new=_new_blob)
hooks.box_blob = Blob4D  # a scalar blob stored in an object or collection becomes a 4D.Blob


# ---------------------------------------------------------------- reading and writing arguments


def read_bytes(value, cmd: str, index: int) -> bytes:
    """The bytes of a Blob, a 4D.Blob or a variable (or pointer) holding one."""
    value = out_target(value)
    if type(value) is Pointer:
        value = value.get()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, Blob4D):
        return value.data
    if value is UNDEF:
        return b""
    raise err("bad_param_type", index=index, callee=cmd, detail=f"Blob expected, got {type_name(value)}")


def _not_variable(cmd: str, index: int, value):
    return err("bad_param_type", index=index, callee=cmd,
               detail=f"{cmd} writes into this parameter: a variable is expected, not a {type_name(value)} "
                      "expression")


def check_blob_target(value, cmd: str, index: int, new: bool = False) -> None:
    """Refuse early what write_bytes could not change: the target must be a variable
    holding a scalar Blob or nothing yet (undefined). `new`: the command makes a new blob
    (write_new_blob), so a variable holding a 4D.Blob or Null is fine too."""
    target = out_target(value)
    current = target.get() if type(target) is Pointer else target
    if new and type(target) is Pointer and (current is None or isinstance(current, Blob4D)):
        return
    if isinstance(current, Blob4D):
        raise err("bad_param_type", index=index, callee=cmd,
                  detail="a 4D.Blob cannot be modified: pass a Blob variable")
    if type(target) is not Pointer and not isinstance(target, bytearray):
        raise _not_variable(cmd, index, target)
    if not isinstance(current, (bytes, bytearray)) and current is not UNDEF:
        raise err("bad_param_type", index=index, callee=cmd,
                  detail=f"Blob expected, got {type_name(current)}")


def write_bytes(target, data: bytes, cmd: str, index: int) -> None:
    """Store bytes in the variable an output parameter designates.

    The variable receives a new scalar Blob (its declared type decides whether it
    may); a scalar Blob that is not in a variable is changed in place.
    """
    check_blob_target(target, cmd, index)
    target = out_target(target)
    if type(target) is Pointer:
        target.set(bytearray(data))
    else:
        target[:] = data


def write_new_blob(target, data: bytes, cmd: str, index: int) -> None:
    """Store the new blob a command makes (BASE64 DECODE, DOCUMENT TO BLOB, PICTURE TO BLOB...).

    Unlike the commands that alter a blob in place, these accept a 4D.Blob variable ("both
    types of blob can be passed as parameters to 4D commands", dt_blob.md): a variable
    holding a 4D.Blob, or still Null (a `var $b : 4D.Blob`), receives a new 4D.Blob.
    """
    t = out_target(target)
    if type(t) is Pointer:
        current = t.get()
        if current is None or isinstance(current, Blob4D):
            t.set(Blob4D(bytes(data)))
            return
    write_bytes(target, data, cmd, index)


def write_text(target, text: str, cmd: str, index: int) -> None:
    """Store a Text result in the variable an output parameter designates."""
    target = out_target(target)
    if type(target) is not Pointer:
        raise _not_variable(cmd, index, target)
    target.set(text)


def _offset(value, cmd: str, index: int) -> int:
    value = out_target(value)
    if type(value) is Pointer:
        value = value.get()
    return max(args.integer(value, cmd, index), 0)


def _advance(offset, new_offset: int) -> None:
    """Give an offset variable its new value, keeping Integer variables int (an offset
    that is not a variable is an input only)."""
    target = out_target(offset)
    if type(target) is Pointer:
        target.set(new_offset if type(target.get()) is int else float(new_offset))


def write_at(blob, raw: bytes, where, cmd: str, offset_index: int) -> None:
    """The `{; offset | *}` form of the commands that put bytes in a blob (TEXT TO BLOB, INTEGER/
    LONGINT/REAL TO BLOB, VARIABLE TO BLOB): without it the blob is replaced; with * the bytes are
    appended; at an offset the blob grows as needed (zeros) and an offset variable is advanced."""
    check_blob_target(blob, cmd, 2)
    if where is UNDEF:
        write_bytes(blob, raw, cmd, 2)
        return
    data = read_bytes(blob, cmd, 2)
    at = len(data) if where is STAR else _offset(where, cmd, offset_index)
    data = data.ljust(at, b"\0")
    write_bytes(blob, data[:at] + raw + data[at + len(raw):], cmd, 2)
    if where is not STAR:
        _advance(where, at + len(raw))


# ---------------------------------------------------------------- size


@command("BLOB size", returns="real")
def blob_size(blob):
    """The size of a Blob or 4D.Blob, in bytes."""
    return float(len(read_bytes(blob, "BLOB size", 1)))


@command("SET BLOB SIZE", outputs=(1,))
def set_blob_size(blob, size, filler=UNDEF):
    """SET BLOB SIZE(blob; size{; filler}): truncate or extend (new bytes = filler, 0 by default)."""
    check_blob_target(blob, "SET BLOB SIZE", 1)
    n = args.integer(size, "SET BLOB SIZE", 2)
    fill = 0 if filler is UNDEF else args.integer(filler, "SET BLOB SIZE", 3)
    if n < 0:
        raise err("bad_value", detail=f"SET BLOB SIZE: the size cannot be negative ({n})")
    if not 0 <= fill <= 255:
        raise err("bad_value", detail=f"SET BLOB SIZE: the filler must be 0 to 255, got {fill}")
    limits.check_size(n, "the blob", "bytes")
    data = read_bytes(blob, "SET BLOB SIZE", 1)
    write_bytes(blob, data[:n] + bytes([fill]) * (n - len(data)), "SET BLOB SIZE", 1)


# ---------------------------------------------------------------- text in blobs


def _mac(text: str) -> bytes:
    return text.encode("mac_roman", errors="replace")


def encode_text(text: str, fmt: int) -> bytes:
    """Text in one of the 7 BLOB text formats (Mac = Mac Roman; lengths are big-endian)."""
    if fmt == 0:
        return _mac(text) + b"\0"
    if fmt == 1:
        raw = _mac(text)[:255]
        return bytes([len(raw)]) + raw
    if fmt == 2:
        raw = _mac(text)[:32767]
        return struct.pack(">H", len(raw)) + raw
    if fmt == 3:
        return _mac(text)
    raw = text.encode("utf-8")
    if fmt == 4:
        return raw + b"\0"
    if fmt == 5:
        return struct.pack(">I", len(raw)) + raw
    return raw


def _format(value, cmd: str, index: int) -> int:
    fmt = args.integer(value, cmd, index)
    if not 0 <= fmt <= 6:
        raise err("bad_value", detail=f"{cmd}: unknown text format {fmt} (0 to 6)")
    return fmt


@command("TEXT TO BLOB", outputs=(2, 4))
def text_to_blob(text, blob, text_format=UNDEF, where=UNDEF):
    """TEXT TO BLOB(text; blob{; textFormat{; offset | *}}): write a text into a blob.

    Without offset or *, the blob is replaced by the text; with *, the text is appended;
    at an offset, the blob grows as needed (zeros) and an offset variable is advanced.
    """
    cmd = "TEXT TO BLOB"
    t = args.text(text, cmd, 1)
    check_blob_target(blob, cmd, 2)
    fmt = 0 if text_format is UNDEF else _format(text_format, cmd, 3)
    write_at(blob, encode_text(t, fmt), where, cmd, 4)


def _read_until_nul(data: bytes, at: int) -> tuple[bytes, int]:
    end = data.find(b"\0", at)
    if end < 0:
        return data[at:], len(data)
    return data[at:end], end + 1


def _read_utf8_chars(data: bytes, at: int, count: int | None) -> tuple[str, int]:
    """`count` characters of UTF-8 from `at` (all the rest if None)."""
    if count is None:
        return data[at:].decode("utf-8", errors="replace"), len(data)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    out: list[str] = []
    i = at
    while i < len(data) and len(out) < count:
        out.extend(decoder.decode(data[i:i + 1]))
        i += 1
    return "".join(out), i


def decode_text(data: bytes, fmt: int, at: int, length: int | None) -> tuple[str, int]:
    """(text, offset after it) for a BLOB text format read at `at`."""
    if fmt in (0, 4):
        raw, end = _read_until_nul(data, at)
    elif fmt == 1:
        n = data[at] if at < len(data) else 0
        raw, end = data[at + 1:at + 1 + n], min(at + 1 + n, len(data))
    elif fmt in (2, 5):
        size = 2 if fmt == 2 else 4
        head = data[at:at + size].rjust(size, b"\0")
        n = int.from_bytes(head, "big")
        raw, end = data[at + size:at + size + n], min(at + size + n, len(data))
    elif fmt == 3:
        end = len(data) if length is None else min(at + length, len(data))
        raw = data[at:end]
    else:
        return _read_utf8_chars(data, at, length)
    codec = "mac_roman" if fmt <= 3 else "utf-8"
    return raw.decode(codec, errors="replace"), end


@command("BLOB to text", returns="text", outputs=(3,))
def blob_to_text(blob, text_format, offset=UNDEF, text_length=UNDEF):
    """BLOB to text(blob; textFormat{; offset{; textLength}}): read a text from a blob.

    textLength (characters) is used by the "without length" formats; without it they
    read to the end. An offset variable is advanced past what was read.
    """
    cmd = "BLOB to text"
    data = read_bytes(blob, cmd, 1)
    fmt = _format(text_format, cmd, 2)
    at = 0 if offset is UNDEF else _offset(offset, cmd, 3)
    length = None if text_length is UNDEF else max(args.integer(text_length, cmd, 4), 0)
    text, end = decode_text(data, fmt, min(at, len(data)), length)
    _advance(offset, end)
    return text
