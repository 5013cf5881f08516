"""Compressed blobs: COMPRESS BLOB, EXPAND BLOB, BLOB PROPERTIES (zlib).

Stage: stdlib. 4D's own compact and fast formats are not published, so run4d
writes its own for them: the bytes "R4DZ", the mode (1 compact, 2 fast), the
expanded size (4 bytes, big-endian), then a zlib stream (level 9 or 1). The GZIP
modes (-1 best, -2 fast) write a standard gzip stream, as 4D does for HTTP
bodies; a gzip stream from elsewhere is recognized too (its XFL byte tells best
from fast). docs/decisions.md.
"""

from __future__ import annotations

import gzip
import struct
import zlib

from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.blob import check_blob_target, read_bytes, write_bytes

MAGIC = b"R4DZ"
_HEADER = 9  # magic, mode, expanded size
_MIN_SIZE = 255  # 4D compresses only blobs of at least this size


def _set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


def properties(data: bytes) -> tuple[int, int]:
    """(compression mode, expanded size) of blob bytes; mode 0 = not compressed."""
    if len(data) >= _HEADER and data[:4] == MAGIC and data[4] in (1, 2):
        return data[4], struct.unpack(">I", data[5:9])[0]
    if len(data) >= 18 and data[:3] == b"\x1f\x8b\x08":
        mode = -2 if data[8] == 4 else -1
        return mode, struct.unpack("<I", data[-4:])[0]  # ISIZE: the size modulo 2**32
    return 0, len(data)


def expand(data: bytes) -> bytes:
    """The expanded bytes; error -10600 when the blob is not compressed or is damaged."""
    mode, size = properties(data)
    try:
        if mode > 0:
            out = zlib.decompress(data[_HEADER:])
            if len(out) != size:
                raise zlib.error("size mismatch")
            return out
        if mode < 0:
            return gzip.decompress(data)
    except (zlib.error, OSError, EOFError) as e:
        raise err("blob_damaged", detail=f"the compressed data is damaged ({e})") from None
    raise err("blob_damaged", detail="the blob is not compressed")


@command("COMPRESS BLOB", outputs=(1,))
def compress_blob(blob, compression=UNDEF):
    """COMPRESS BLOB(blob{; compression}): compress in place (1 compact, the default; 2 fast;
    -1/-2 GZIP best/fast). A blob under 255 bytes is left as it is with OK=0; a blob already
    compressed is left as it is (OK=1)."""
    cmd = "COMPRESS BLOB"
    check_blob_target(blob, cmd, 1)
    data = read_bytes(blob, cmd, 1)
    mode = 1 if compression is UNDEF else args.integer(compression, cmd, 2)
    if mode not in (1, 2, -1, -2):
        mode = 1  # the documented rule for any other value
    if properties(data)[0] != 0:
        _set_ok(True)
        return
    if len(data) < _MIN_SIZE:
        _set_ok(False)
        return
    if mode < 0:
        packed = gzip.compress(data, compresslevel=9 if mode == -1 else 1, mtime=0)
    else:
        packed = MAGIC + bytes([mode]) + struct.pack(">I", len(data) & 0xFFFFFFFF) + \
            zlib.compress(data, 9 if mode == 1 else 1)
    write_bytes(blob, packed, cmd, 1)
    _set_ok(True)


@command("EXPAND BLOB", outputs=(1,))
def expand_blob(blob):
    """EXPAND BLOB(blob): expand a blob COMPRESS BLOB compressed (error -10600 otherwise)."""
    cmd = "EXPAND BLOB"
    check_blob_target(blob, cmd, 1)
    _set_ok(False)
    out = expand(read_bytes(blob, cmd, 1))
    write_bytes(blob, out, cmd, 1)
    _set_ok(True)


@command("BLOB PROPERTIES", outputs=(2, 3, 4))
def blob_properties(blob, compressed, expanded_size=UNDEF, current_size=UNDEF):
    """BLOB PROPERTIES(blob; compressed{; expandedSize{; currentSize}}): how the blob is compressed
    (0 not, 1 compact, 2 fast, -1/-2 GZIP), its expanded size and its current size."""
    data = read_bytes(blob, "BLOB PROPERTIES", 1)
    mode, size = properties(data)
    for target, value in ((compressed, mode), (expanded_size, size), (current_size, len(data))):
        if type(target) is Pointer:
            target.set(value if type(target.get()) is int else float(value))
