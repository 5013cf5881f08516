"""Documents opened by reference: Create/Open/Append document, CLOSE DOCUMENT,
SEND PACKET, RECEIVE PACKET, document position and size, USE CHARACTER SET.

Stage: stdlib commands. A document reference is a Time value (4D's DocRef)
numbering an open document; references are valid in every process until
CLOSE DOCUMENT. The commands set OK and the Document system variable as
4D documents. No dialog is ever shown: an empty document name is an error
(docs/decisions.md). Texts are sent and received in UTF-8 unless USE
CHARACTER SET chose another set for the process.
"""

from __future__ import annotations

import codecs
import itertools
import os
import threading

from runtime import lifecycle
from runtime.codes import err, type_name
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer, Time4D
from stdlib_4d import args
from stdlib_4d.blob import read_bytes
from stdlib_4d.blob_codecs import codec_for
from stdlib_4d.files import openfiles, paths

READ_AND_WRITE, WRITE_MODE, READ_MODE, GET_PATHNAME = 0, 1, 2, 3
_MAC_TYPES = {"TEXT": ".txt", "JPEG": ".jpg", "PICT": ".pct", "PDF ": ".pdf", "XML ": ".xml"}
_CHUNK = 65536


class Document:
    """One open document."""

    __slots__ = ("real", "fh", "pos", "writable", "ref")

    def __init__(self, real: str, fh, writable: bool, ref: int) -> None:
        self.real, self.fh, self.writable, self.ref = real, fh, writable, ref
        self.pos = 0

    def size(self) -> int:
        return os.fstat(self.fh.fileno()).st_size


_lock = threading.Lock()
_open: dict[int, Document] = {}
_numbers = itertools.count(1)


def _reset() -> None:
    with _lock:
        for doc in _open.values():
            doc.fh.close()
            openfiles.release(doc.real, doc.writable)
        _open.clear()


lifecycle.on_reset(_reset)


def set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


def set_document(path: str) -> None:
    current().vars["document"] = path


def doc_of(ref, cmd: str, index: int = 1) -> Document:
    """The open document a reference names (error -51 otherwise)."""
    ref = out_target(ref)
    if type(ref) is Pointer:
        ref = ref.get()
    if type(ref) is not Time4D:
        raise err("bad_param_type", index=index, callee=cmd, detail=f"a document reference (Time) expected, "
                                                                     f"got {type_name(ref)}")
    with _lock:
        doc = _open.get(ref.s)
    if doc is None:
        raise err("bad_docref", ref=ref.s)
    return doc


def _name(document, file_type, cmd: str) -> str:
    name = args.text(document, cmd, 1)
    real = paths.document_path(name)
    if type(file_type) is str and not os.path.splitext(real)[1]:
        ext = _MAC_TYPES.get(file_type, file_type.split(";")[0])
        if ext.startswith("."):
            real += ext
    return real


def _open_doc(real: str, mode: int, create: bool, append: bool, cmd: str) -> Time4D:
    writable = mode != READ_MODE
    try:
        if create:
            fh = open(real, "w+b")
        elif writable:
            fh = open(real, "r+b")
        else:
            fh = open(real, "rb")
    except IsADirectoryError:
        set_ok(False)
        raise err("file_not_found", path=real) from None
    except OSError as e:
        set_ok(False)
        raise paths.os_error(e, real) from None
    ref = next(_numbers)
    doc = Document(real, fh, writable, ref)
    if append:
        doc.pos = doc.size()
    openfiles.acquire(real, writable)
    with _lock:
        _open[ref] = doc
    set_document(real)
    set_ok(True)
    return Time4D(ref)


@command("Create document", returns="time")
def create_document(document, file_type=UNDEF):
    """Create document(document{; fileType}): create (or empty) a document, open it read-write."""
    real = _name(document, file_type, "Create document")
    if openfiles.is_open(real):
        set_ok(False)
        raise err("file_busy", path=real)
    return _open_doc(real, READ_AND_WRITE, True, False, "Create document")


@command("Open document", returns="time")
def open_document(document, file_type=UNDEF, mode=UNDEF):
    """Open document(document{; fileType}{; mode}): open an existing document (Read and write by default)."""
    if mode is UNDEF and type(file_type) in (float, int):
        file_type, mode = UNDEF, file_type
    how = READ_AND_WRITE if mode is UNDEF else args.integer(mode, "Open document", 3)
    real = _name(document, file_type, "Open document")
    if how == GET_PATHNAME:
        if not os.path.isfile(real):
            set_ok(False)
            raise err("file_not_found", path=real)
        set_document(real)
        set_ok(True)
        return Time4D(0)
    if not os.path.isfile(real):
        set_ok(False)
        raise err("file_not_found", path=real)
    return _open_doc(real, how, False, False, "Open document")


@command("Append document", returns="time")
def append_document(document, file_type=UNDEF):
    """Append document(document{; fileType}): open an existing document, positioned at its end."""
    real = _name(document, file_type, "Append document")
    if not os.path.isfile(real):
        set_ok(False)
        raise err("file_not_found", path=real)
    return _open_doc(real, READ_AND_WRITE, False, True, "Append document")


@command("CLOSE DOCUMENT")
def close_document(doc_ref):
    """CLOSE DOCUMENT(docRef): close a document opened by Create/Open/Append document."""
    doc = doc_of(doc_ref, "CLOSE DOCUMENT")
    with _lock:
        _open.pop(doc.ref, None)
    doc.fh.close()
    openfiles.release(doc.real, doc.writable)


def _codec(direction: int) -> str:
    """The process's character set for SEND PACKET (0) or RECEIVE PACKET (1)."""
    return getattr(current(), "packet_charsets", {}).get(direction, "utf-8")


@command("USE CHARACTER SET")
def use_character_set(charset, in_out=UNDEF):
    """USE CHARACTER SET(map or *{; inOut}): the set SEND PACKET (0) or RECEIVE PACKET (1) use; * is UTF-8."""
    direction = 0 if in_out is UNDEF else args.integer(in_out, "USE CHARACTER SET", 2)
    if charset is STAR:
        codec = "utf-8"
    else:
        codec = codec_for(args.text(charset, "USE CHARACTER SET", 1), "USE CHARACTER SET", 1)
        if codec is None:
            set_ok(False)
            raise err("bad_value", detail=f"USE CHARACTER SET: unknown character set {charset!r}")
    proc = current()
    if not hasattr(proc, "packet_charsets"):
        proc.packet_charsets = {}
    proc.packet_charsets[direction] = codec
    set_ok(True)


@command("SEND PACKET")
def send_packet(doc_ref, packet=UNDEF):
    """SEND PACKET({docRef;} packet): write a Text (in the output character set) or a Blob at the position
    (of the channel document SET CHANNEL opened, without docRef)."""
    if packet is UNDEF:
        from stdlib_4d.files.channel import channel_doc

        doc, packet = channel_doc("SEND PACKET"), doc_ref
    else:
        doc = doc_of(doc_ref, "SEND PACKET")
    if not doc.writable:
        raise err("permission", path=doc.real)
    value = out_target(packet)
    if type(value) is Pointer:
        value = value.get()
    data = value.encode(_codec(0), errors="replace") if type(value) is str else read_bytes(value, "SEND PACKET", 2)
    try:
        doc.fh.seek(doc.pos)
        doc.fh.write(data)
    except OSError as e:
        raise paths.os_error(e, doc.real) from None
    doc.pos += len(data)


@command("RECEIVE PACKET", outputs=(1, 2))
def receive_packet(doc_ref, receive_var=UNDEF, stop=UNDEF):
    """RECEIVE PACKET({docRef;} receiveVar; stopChar or numChars): read from the position into a variable
    (from the channel document SET CHANNEL opened, without docRef).

    At the end of the document nothing is read and OK is 0.
    """
    if stop is UNDEF:
        from stdlib_4d.files.channel import channel_doc

        doc, receive_var, stop = channel_doc("RECEIVE PACKET"), doc_ref, receive_var
        if type(stop) is Pointer:
            stop = stop.get()
    else:
        doc = doc_of(doc_ref, "RECEIVE PACKET")
    target = out_target(receive_var)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=2, callee="RECEIVE PACKET", detail="a variable expected")
    as_blob = isinstance(target.get(), (bytes, bytearray))
    if doc.pos >= doc.size():
        target.set(bytearray() if as_blob else "")
        set_ok(False)
        return
    doc.fh.seek(doc.pos)
    if type(stop) is str:
        value, used = _read_until(doc, stop, as_blob)
    else:
        count = max(args.integer(stop, "RECEIVE PACKET", 3), 0)
        value, used = _read_count(doc, count, as_blob)
    doc.pos += used
    target.set(value)
    set_ok(True)


def _read_count(doc: Document, count: int, as_blob: bool):
    if as_blob:
        data = doc.fh.read(count)
        return bytearray(data), len(data)
    codec = _codec(1)
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    text, used = "", 0
    while len(text) < count:
        chunk = doc.fh.read(_CHUNK)
        if not chunk:
            break
        text += decoder.decode(chunk)
    text = text[:count]
    used = len(text.encode(codec, errors="replace"))
    return text, used


def _read_until(doc: Document, stop: str, as_blob: bool):
    codec = _codec(1)
    if as_blob:
        marker = stop.encode(codec)
        data = b""
        while True:
            chunk = doc.fh.read(_CHUNK)
            data += chunk
            found = data.find(marker) if marker else -1
            if found >= 0:
                return bytearray(data[:found]), found + len(marker)
            if not chunk:
                return bytearray(data), len(data)
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    text = ""
    while True:
        chunk = doc.fh.read(_CHUNK)
        text += decoder.decode(chunk, final=not chunk)
        found = text.find(stop) if stop else -1
        if found >= 0:
            return text[:found], len((text[:found] + stop).encode(codec, errors="replace"))
        if not chunk:
            return text, len(text.encode(codec, errors="replace"))


@command("Get document position", returns="real")
def get_document_position(doc_ref):
    """Get document position(docRef): the position (in bytes) of the next read or write."""
    return float(doc_of(doc_ref, "Get document position").pos)


@command("SET DOCUMENT POSITION")
def set_document_position(doc_ref, offset, anchor=UNDEF):
    """SET DOCUMENT POSITION(docRef; offset{; anchor}): from the start, or 1 start, 2 end, 3 current."""
    doc = doc_of(doc_ref, "SET DOCUMENT POSITION")
    n = args.integer(offset, "SET DOCUMENT POSITION", 2)
    where = 1 if anchor is UNDEF else args.integer(anchor, "SET DOCUMENT POSITION", 3)
    base = {1: 0, 2: doc.size(), 3: doc.pos}.get(where)
    if base is None:
        raise err("bad_value", detail=f"SET DOCUMENT POSITION: anchor must be 1, 2 or 3, got {where}")
    doc.pos = max(base + n, 0)


@command("Get document size", returns="real")
def get_document_size(document):
    """Get document size(docRef or pathname): the size in bytes."""
    if type(out_target(document)) in (Time4D, Pointer):
        return float(doc_of(document, "Get document size").size())
    real = paths.document_path(args.text(document, "Get document size", 1))
    try:
        st = os.stat(real)
    except OSError as e:
        raise paths.os_error(e, real) from None
    if not os.path.isfile(real):
        raise err("file_not_found", path=real)
    return float(st.st_size)


@command("SET DOCUMENT SIZE")
def set_document_size(doc_ref, size):
    """SET DOCUMENT SIZE(docRef; size): cut or extend (with zeros) an open document."""
    doc = doc_of(doc_ref, "SET DOCUMENT SIZE")
    if not doc.writable:
        raise err("permission", path=doc.real)
    try:
        doc.fh.truncate(max(args.integer(size, "SET DOCUMENT SIZE", 2), 0))
    except OSError as e:
        raise paths.os_error(e, doc.real) from None
