"""Editing blobs: COPY BLOB, DELETE FROM BLOB, INSERT IN BLOB.

Stage: stdlib. Offsets are bytes from 0. A negative offset or length, or a source
range outside the source blob, is error -111 (4D's "offset outside the blob"); a
destination or insertion point past the end grows the blob with zero bytes.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.blob import check_blob_target, read_bytes, write_bytes


def _count(value, cmd: str, index: int, size: int | None = None) -> int:
    n = args.integer(value, cmd, index)
    if n < 0 or (size is not None and n > size):
        raise err("blob_range", cmd=cmd, offset=n, size=size if size is not None else 0)
    return n


@command("COPY BLOB", outputs=(2,))
def copy_blob(src_blob, dst_blob, src_offset, dst_offset, length):
    """COPY BLOB(srcBLOB; dstBLOB; srcOffset; dstOffset; len): copy len bytes; the destination grows
    as needed (zeros between its end and dstOffset)."""
    cmd = "COPY BLOB"
    src = read_bytes(src_blob, cmd, 1)
    check_blob_target(dst_blob, cmd, 2)
    at = _count(src_offset, cmd, 3, len(src))
    n = _count(length, cmd, 5)
    if at + n > len(src):
        raise err("blob_range", cmd=cmd, offset=at + n, size=len(src))
    to = _count(dst_offset, cmd, 4)
    dst = read_bytes(dst_blob, cmd, 2).ljust(to, b"\0")
    write_bytes(dst_blob, dst[:to] + src[at:at + n] + dst[to + n:], cmd, 2)


@command("DELETE FROM BLOB", outputs=(1,))
def delete_from_blob(blob, offset, length):
    """DELETE FROM BLOB(blob; offset; len): remove len bytes from offset (fewer at the end)."""
    cmd = "DELETE FROM BLOB"
    check_blob_target(blob, cmd, 1)
    data = read_bytes(blob, cmd, 1)
    at = _count(offset, cmd, 2, len(data))
    n = _count(length, cmd, 3)
    write_bytes(blob, data[:at] + data[at + n:], cmd, 1)


@command("INSERT IN BLOB", outputs=(1,))
def insert_in_blob(blob, offset, length, filler=UNDEF):
    """INSERT IN BLOB(blob; offset; len{; filler}): insert len bytes of filler (0 by default,
    modulo 256) at offset; the blob grows by len bytes."""
    cmd = "INSERT IN BLOB"
    check_blob_target(blob, cmd, 1)
    data = read_bytes(blob, cmd, 1)
    at = _count(offset, cmd, 2, len(data))
    n = _count(length, cmd, 3)
    byte = 0 if filler is UNDEF else args.integer(filler, cmd, 4) % 256
    write_bytes(blob, data[:at] + bytes([byte]) * n + data[at:], cmd, 1)
