"""Numbers in blobs: INTEGER/LONGINT/REAL TO BLOB, BLOB to integer/longint/real.

Stage: stdlib. Byte orders: 0 native (little-endian on the machines run4d runs on),
1 Macintosh (big-endian), 2 PC (little-endian). Real formats: 0 native and 3 PC
double (8 bytes little-endian), 2 Macintosh double (8 bytes big-endian), 1 extended
(10 bytes, x87 80-bit little-endian; docs/decisions.md). Writing without offset
replaces the blob, with * appends, at an offset variable grows the blob with zeros
as needed and advances the variable. Reading past the end is error -111.
"""

from __future__ import annotations

import math
import struct
import sys

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.blob import _advance, _offset, read_bytes, write_at

_NATIVE = "<" if sys.byteorder == "little" else ">"


def _order(value, cmd: str, index: int) -> str:
    order = args.integer(value, cmd, index)
    if order == 1:
        return ">"
    if order == 2:
        return "<"
    return _NATIVE  # 0, and any other value: the native order


def _write(cmd: str, blob, raw: bytes, where) -> None:
    """Store `raw` in the blob: replacing it, appended (*), or at an offset variable."""
    write_at(blob, raw, where, cmd, 4)


def _read(cmd: str, blob, size: int, offset) -> tuple[bytes, int]:
    data = read_bytes(blob, cmd, 1)
    at = 0 if offset is UNDEF else _offset(offset, cmd, 3)
    if at + size > len(data):
        raise err("blob_range", cmd=cmd, offset=at, size=len(data))
    return data[at:at + size], at


def _wrap(n: int, bits: int) -> int:
    """The integer's low `bits` bits, as 4D stores an Integer or Longint that does not fit."""
    n &= (1 << bits) - 1
    return n - (1 << bits) if n >= 1 << (bits - 1) else n


@command("INTEGER TO BLOB", outputs=(2, 4))
def integer_to_blob(integer, blob, byte_order, where=UNDEF):
    """INTEGER TO BLOB(integer; blob; byteOrder{; offset | *}): write a 2-byte Integer."""
    cmd = "INTEGER TO BLOB"
    n = _wrap(args.integer(integer, cmd, 1), 16)
    _write(cmd, blob, struct.pack(_order(byte_order, cmd, 3) + "h", n), where)


@command("LONGINT TO BLOB", outputs=(2, 4))
def longint_to_blob(longint, blob, byte_order, where=UNDEF):
    """LONGINT TO BLOB(longint; blob; byteOrder{; offset | *}): write a 4-byte Longint."""
    cmd = "LONGINT TO BLOB"
    n = _wrap(args.integer(longint, cmd, 1), 32)
    _write(cmd, blob, struct.pack(_order(byte_order, cmd, 3) + "i", n), where)


def extended_bytes(x: float) -> bytes:
    """An 80-bit x87 extended real, little-endian (sign, 15-bit exponent, 64-bit mantissa)."""
    sign = 0x8000 if math.copysign(1.0, x) < 0 else 0
    if x == 0:
        return (0).to_bytes(8, "little") + sign.to_bytes(2, "little")
    if math.isinf(x):
        return (1 << 63).to_bytes(8, "little") + (sign | 0x7FFF).to_bytes(2, "little")
    if math.isnan(x):
        return (3 << 62).to_bytes(8, "little") + (sign | 0x7FFF).to_bytes(2, "little")
    m, e = math.frexp(abs(x))  # abs(x) = m * 2**e, 0.5 <= m < 1
    mantissa = int(m * (1 << 64))  # exact: a double has 53 significant bits
    return mantissa.to_bytes(8, "little") + (sign | (e - 1 + 16383)).to_bytes(2, "little")


def extended_value(raw: bytes) -> float:
    mantissa = int.from_bytes(raw[:8], "little")
    top = int.from_bytes(raw[8:10], "little")
    sign = -1.0 if top & 0x8000 else 1.0
    exponent = top & 0x7FFF
    if exponent == 0x7FFF:
        return sign * math.inf if mantissa << 1 == 0 else math.nan
    if mantissa == 0:
        return sign * 0.0
    try:
        return sign * math.ldexp(mantissa, exponent - 16383 - 63)
    except OverflowError:
        return sign * math.inf


def _real_format(value, cmd: str, index: int) -> str | None:
    """struct format of a real format, None for the extended format."""
    fmt = args.integer(value, cmd, index)
    if fmt == 1:
        return None
    if fmt == 2:
        return ">d"
    if fmt == 3:
        return "<d"
    return _NATIVE + "d"


@command("REAL TO BLOB", outputs=(2, 4))
def real_to_blob(real, blob, real_format, where=UNDEF):
    """REAL TO BLOB(real; blob; realFormat{; offset | *}): write a Real (8 bytes, or 10 extended)."""
    cmd = "REAL TO BLOB"
    x = float(args.number(real, cmd, 1))
    fmt = _real_format(real_format, cmd, 3)
    _write(cmd, blob, extended_bytes(x) if fmt is None else struct.pack(fmt, x), where)


@command("BLOB to integer", returns="real", outputs=(3,))
def blob_to_integer(blob, byte_order, offset=UNDEF):
    """BLOB to integer(blob; byteOrder{; offset}): read a 2-byte Integer (error -111 past the end)."""
    cmd = "BLOB to integer"
    order = _order(byte_order, cmd, 2)
    raw, at = _read(cmd, blob, 2, offset)
    _advance(offset, at + 2)
    return float(struct.unpack(order + "h", raw)[0])


@command("BLOB to longint", returns="real", outputs=(3,))
def blob_to_longint(blob, byte_order, offset=UNDEF):
    """BLOB to longint(blob; byteOrder{; offset}): read a 4-byte Longint (error -111 past the end)."""
    cmd = "BLOB to longint"
    order = _order(byte_order, cmd, 2)
    raw, at = _read(cmd, blob, 4, offset)
    _advance(offset, at + 4)
    return float(struct.unpack(order + "i", raw)[0])


@command("BLOB to real", returns="real", outputs=(3,))
def blob_to_real(blob, real_format, offset=UNDEF):
    """BLOB to real(blob; realFormat{; offset}): read a Real (8 bytes, or 10 extended)."""
    cmd = "BLOB to real"
    fmt = _real_format(real_format, cmd, 2)
    size = 10 if fmt is None else 8
    raw, at = _read(cmd, blob, size, offset)
    _advance(offset, at + size)
    return extended_value(raw) if fmt is None else struct.unpack(fmt, raw)[0]
