"""The channel: SET CHANNEL on documents, SEND/RECEIVE VARIABLE, SEND/RECEIVE RECORD.

Stage: stdlib commands (Communications theme). Each process has at most one
channel document, opened by SET CHANNEL(10; name) (created when missing) or
(12; name) (created or emptied), read and written from one position by the
commands below and by SEND PACKET(packet) / RECEIVE PACKET(var; stop), and
closed by SET CHANNEL(11). A name "" would show a file dialog: OK = 0 headless.
Serial ports are not supported. Values are written in VARIABLE TO BLOB's format
(stdlib_4d/blobs/variables.py); a record is "R4DR", its table's name, its field
count, then each field's name and value in that format (docs/decisions.md).
"""

from __future__ import annotations

import struct

from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.blobs.variables import Unreadable, assign, decode, encode
from stdlib_4d.files import documents, openfiles, paths
from stdlib_4d.files.documents import READ_AND_WRITE, Document, set_ok

RECORD_MAGIC = b"R4DR"
_OPEN, _CLOSE, _CREATE, _OPEN_TEXT = 10, 11, 12, 13


def _close_channel(proc) -> None:
    ref = getattr(proc, "channel_ref", None)
    proc.channel_ref = None
    if ref is None:
        return
    with documents._lock:
        doc = documents._open.pop(ref, None)
    if doc is not None:
        doc.fh.close()
        openfiles.release(doc.real, doc.writable)


def channel_doc(cmd: str) -> Document:
    """The process's channel document (error -38 when none is open)."""
    ref = getattr(current(), "channel_ref", None)
    with documents._lock:
        doc = documents._open.get(ref) if ref is not None else None
    if doc is None:
        raise err("not_open")
    return doc


@command("SET CHANNEL")
def set_channel(operation, document=UNDEF):
    """SET CHANNEL(operation; document): 10 opens a document (created when missing), 12 creates it (or
    empties it), 13 opens it, 11 closes the channel; "" would show a dialog (OK = 0)."""
    cmd = "SET CHANNEL"
    op = args.integer(operation, cmd, 1)
    proc = current()
    if op == _CLOSE:
        _close_channel(proc)
        return
    if op not in (_OPEN, _CREATE, _OPEN_TEXT) or type(document) is not str:
        raise err("unsupported", what="SET CHANNEL on a serial port")
    set_ok(False)
    if not document:
        return  # the Open/Save File dialog: none headless
    _close_channel(proc)  # one channel at a time
    real = paths.document_path(document)
    if openfiles.is_open(real):
        raise err("file_busy", path=real)
    import os

    create = op == _CREATE or not os.path.exists(real)
    ref = documents._open_doc(real, READ_AND_WRITE, create, False, cmd)
    proc.channel_ref = int(ref.s)
    proc.at_end.append(lambda: _close_channel(proc))


def _write(doc: Document, data: bytes) -> None:
    try:
        doc.fh.seek(doc.pos)
        doc.fh.write(data)
        doc.fh.flush()
    except OSError as e:
        raise paths.os_error(e, doc.real) from None
    doc.pos += len(data)


def _read_value(doc: Document):
    """The value written at the position (Unreadable when there is none), the position moved past it."""
    doc.fh.flush()
    doc.fh.seek(doc.pos)
    head = doc.fh.read(9)
    if len(head) < 9:
        raise Unreadable
    size = struct.unpack(">I", head[5:9])[0]
    data = head + doc.fh.read(size)
    value, end = decode(data, 0)
    doc.pos += end
    return value


@command("SEND VARIABLE", outputs=(1,))
def send_variable(variable):
    """SEND VARIABLE(variable): write a variable (any type but pointers) to the channel."""
    value = variable.get() if type(variable) is Pointer else variable
    if type(value) is Pointer:
        raise err("bad_param_type", index=1, callee="SEND VARIABLE", detail="a pointer cannot be sent")
    _write(channel_doc("SEND VARIABLE"), encode(value, "SEND VARIABLE"))


@command("RECEIVE VARIABLE", outputs=(1,))
def receive_variable(variable):
    """RECEIVE VARIABLE(variable): read the next value SEND VARIABLE wrote to the channel; OK = 0 (the
    variable unchanged) at the end of the document or on bytes that are no such value."""
    doc = channel_doc("RECEIVE VARIABLE")
    try:
        value = _read_value(doc)
    except Unreadable:
        set_ok(False)
        return
    assign(variable, value, "RECEIVE VARIABLE", 1)
    set_ok(True)


@command("SEND RECORD")
def send_record(table=UNDEF):
    """SEND RECORD({aTable}): write the table's current record to the channel (nothing without one)."""
    from stdlib_4d.data.classic.navigation import st_of
    from stdlib_4d.data.classic.tables import read_field

    st = st_of(table, "SEND RECORD")
    doc = channel_doc("SEND RECORD")
    if st.record is None:
        return
    fields = st.dc.table.fields
    parts = [RECORD_MAGIC, encode(st.dc.name), encode(float(len(fields)))]
    for f in fields:
        parts += [encode(f.name), encode(read_field(st.dc, f), "SEND RECORD")]
    _write(doc, b"".join(parts))


@command("RECEIVE RECORD")
def receive_record(table=UNDEF):
    """RECEIVE RECORD({aTable}): read a record SEND RECORD wrote into a new current record of the table (to
    be saved); its generated primary key is made anew. OK = 0 at the end of the document."""
    from stdlib_4d.data import convert
    from stdlib_4d.data.classic import state as S
    from stdlib_4d.data.classic.navigation import st_of
    from stdlib_4d.data.classic.tables import store_value

    cmd = "RECEIVE RECORD"
    st = st_of(table, cmd)
    doc = channel_doc(cmd)
    doc.fh.flush()
    doc.fh.seek(doc.pos)
    if doc.fh.read(4) != RECORD_MAGIC:
        set_ok(False)
        return
    start = doc.pos
    doc.pos += 4
    try:
        name = _read_value(doc)
        values = {}
        for _ in range(int(_read_value(doc))):
            field_name = _read_value(doc)
            values[field_name] = _read_value(doc)
    except (Unreadable, TypeError, ValueError):
        doc.pos = start
        set_ok(False)
        return
    if name != st.dc.name:
        doc.pos = start
        set_ok(False)
        raise err("bad_value", detail=f"{cmd}: the record is one of [{name}], not of [{st.dc.name}]")
    S.unload(st)
    e = st.record = st.dc.new_entity(False)
    table_ = st.dc.table
    for f in table_.fields:
        if f.name not in values or (f.name == table_.primary_key and (f.autoseq or f.auto_uuid)):
            continue
        v = values[f.name]
        store_value(e, f, None if v is None else convert.to_attr(f, v, f"[{st.dc.name}]{f.name}"))
    set_ok(True)
