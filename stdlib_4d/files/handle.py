"""4D.FileHandle: reading and writing a file piece by piece (docs/API/FileHandleClass.md).

Stage: stdlib, built-in class. A handle keeps the file open until no
reference to it is left (CPython frees it at once, as 4D's refcounting
does). `.offset` counts bytes for readBlob/writeBlob and the writes, and
characters for readText/readLine, which decode the whole document once
into a buffer, as 4D documents. "write" starts at the beginning without
truncating (setSize(0) empties the file); "append" starts at the end.
"""

from __future__ import annotations

import os

from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Obj
from stdlib_4d import args
from stdlib_4d.blob import Blob4D, read_bytes
from stdlib_4d.files import openfiles, paths, textio

MODES = ("read", "write", "append")


class FileHandle4D(Native):
    """A 4D.FileHandle."""

    __slots__ = ("file", "mode", "cs", "read_mode", "write_mode", "fh", "pos", "text", "in_text", "__weakref__")
    class_path = "4D.FileHandle"
    enumerable = False

    def __init__(self, file, mode: str, cs: textio.Charset, read_mode: int, write_mode: int) -> None:
        self.file, self.mode, self.cs = file, mode, cs
        self.read_mode, self.write_mode = read_mode, write_mode
        self.fh = None
        self.text: str | None = None  # the decoded document, once text was read
        self.in_text = False  # was the last read a text read (offset in characters)?
        writing = mode != "read"
        openfiles.acquire(file.real, writing)
        try:
            if writing:
                if not os.path.exists(file.real):
                    file._make_parent()
                flags = os.O_RDWR | os.O_CREAT
                self.fh = os.fdopen(os.open(file.real, flags, 0o666), "r+b", buffering=0)
            else:
                self.fh = open(file.real, "rb", buffering=0)
        except OSError as e:
            openfiles.release(file.real, writing)
            raise paths.os_error(e, file.platform) from None
        self.pos = self.size() if mode == "append" else 0

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        fh, self.fh = getattr(self, "fh", None), None
        if fh is not None:
            fh.close()
            openfiles.release(self.file.real, self.mode != "read")

    def __repr__(self) -> str:
        return f"[4D.FileHandle {self.mode} {self.file.platform}]"

    # ------------------------------------------------------------ helpers

    def size(self) -> int:
        return os.fstat(self.fh.fileno()).st_size

    def need(self, writing: bool, fn: str) -> None:
        if self.fh is None:
            raise err("not_open")
        if writing and self.mode == "read":
            raise err("bad_value", detail=f"FileHandle.{fn}: the handle is open in read mode")
        if not writing and self.mode != "read":
            raise err("bad_value", detail=f"FileHandle.{fn}: the handle is open in {self.mode} mode")

    def buffer(self) -> str:
        if self.text is None:
            self.fh.seek(0)
            self.text = textio.decode(self.fh.read(), self.cs, 0)
        return self.text

    def write(self, data: bytes) -> None:
        try:
            self.fh.seek(self.pos)
            self.fh.write(data)
        except OSError as e:
            raise paths.os_error(e, self.file.platform) from None
        self.pos += len(data)
        self.text = None
        self.in_text = False

    def encode(self, text: str) -> bytes:
        mark = self.pos == 0 and self.size() == 0
        return textio.encode(text, self.cs, self.write_mode, mark=mark)

    @property
    def eof(self) -> bool:
        if self.in_text and self.text is not None:
            return self.pos >= len(self.text)
        return self.pos >= self.size()


# ---------------------------------------------------------------- functions


def _read_blob(h: FileHandle4D, count=UNDEF) -> Blob4D:
    """.readBlob(bytes): the next bytes (fewer at the end of the file)."""
    h.need(False, "readBlob")
    n = max(args.integer(count, "FileHandle.readBlob", 1), 0)
    h.fh.seek(h.pos)
    data = h.fh.read(n)
    h.pos += len(data)
    h.in_text = False
    return Blob4D(data)


def _read_text(h: FileHandle4D, stop=UNDEF) -> str:
    """.readText({stopChar}): the text up to stopChar (excluded) or to the end."""
    h.need(False, "readText")
    text = h.buffer()
    start = min(h.pos, len(text))
    h.in_text = True
    if stop is UNDEF:
        h.pos = len(text)
        return textio.convert_breaks(text[start:], h.read_mode)
    stop_text = args.text(stop, "FileHandle.readText", 1)
    found = text.find(stop_text, start) if stop_text else -1
    if found < 0:
        return ""  # not found: the offset does not move (FileHandleClass.md)
    h.pos = found + len(stop_text)
    return textio.convert_breaks(text[start:found], h.read_mode)


def _read_line(h: FileHandle4D) -> str:
    """.readLine(): the text up to the next line break (CR, LF or CRLF) or the end."""
    h.need(False, "readLine")
    text = h.buffer()
    start = min(h.pos, len(text))
    h.in_text = True
    lf, cr = text.find("\n", start), text.find("\r", start)
    ends = [i for i in (lf, cr) if i >= 0]
    if not ends:
        h.pos = len(text)
        return text[start:]
    end = min(ends)
    h.pos = end + (2 if text.startswith("\r\n", end) else 1)
    return text[start:end]


def _write_text(h: FileHandle4D, text=UNDEF) -> None:
    """.writeText(text): write text at the offset (line breaks as breakModeWrite)."""
    h.need(True, "writeText")
    h.write(h.encode(args.text(text, "FileHandle.writeText", 1)))


def _write_line(h: FileHandle4D, text=UNDEF) -> None:
    """.writeLine(lineOfText): write text and a line break (breakModeWrite; native is LF)."""
    h.need(True, "writeLine")
    h.write(h.encode(args.text(text, "FileHandle.writeLine", 1) + "\n"))


def _write_blob(h: FileHandle4D, blob=UNDEF) -> None:
    """.writeBlob(blob): write bytes at the offset."""
    h.need(True, "writeBlob")
    h.write(read_bytes(blob, "FileHandle.writeBlob", 1))


def _get_size(h: FileHandle4D) -> float:
    """.getSize(): the document's size in bytes."""
    if h.fh is None:
        raise err("not_open")
    return float(h.size())


def _set_size(h: FileHandle4D, size=UNDEF) -> None:
    """.setSize(size): cut or extend (with zeros) the document to size bytes."""
    h.need(True, "setSize")
    n = max(args.integer(size, "FileHandle.setSize", 1), 0)
    try:
        h.fh.truncate(n)
    except OSError as e:
        raise paths.os_error(e, h.file.platform) from None
    h.pos = min(h.pos, n)
    h.text = None


def _set_offset(h: FileHandle4D, value) -> None:
    n = args.integer(value, "FileHandle.offset", 1)
    limit = len(h.buffer()) if h.in_text else h.size()
    h.pos = min(max(n, 0), limit)


FileHandle4D.props4d = {
    "breakModeRead": lambda h: textio.NAMES_OF_BREAK[h.read_mode],
    "breakModeWrite": lambda h: textio.NAMES_OF_BREAK[h.write_mode],
    "charset": lambda h: h.cs.name,
    "eof": lambda h: h.eof,
    "file": lambda h: h.file,
    "mode": lambda h: h.mode,
    "offset": lambda h: float(h.pos),
}
FileHandle4D.setters4d = {"offset": _set_offset}
FileHandle4D.funcs4d = {
    "getSize": _get_size,
    "readBlob": _read_blob,
    "readLine": _read_line,
    "readText": _read_text,
    "setSize": _set_size,
    "writeBlob": _write_blob,
    "writeLine": _write_line,
    "writeText": _write_text,
}


def open_handle(file, spec) -> FileHandle4D:
    """File.open({mode or options}): a new handle (read mode needs an existing file)."""
    options = Obj() if spec is UNDEF else spec
    if type(spec) is str:
        options = Obj(mode=spec)
    if not isinstance(options, Obj):
        raise err("bad_param_type", index=1, callee="File.open",
                  detail=f"Text or Object expected, got {type_name(spec)}")
    mode = options.get("mode", "read")
    if mode not in MODES:
        raise err("bad_value", detail=f'File.open: unknown mode "{mode}" (read, write or append)')
    cs = textio.charset(options["charset"], "File.open", 1) if "charset" in options else textio.UTF8
    read_mode = textio.break_mode(options.get("breakModeRead", UNDEF), "File.open", 1)
    write_mode = textio.break_mode(options.get("breakModeWrite", UNDEF), "File.open", 1)
    if mode == "read" and not os.path.isfile(file.real):
        raise err("file_not_found", path=file.platform)
    return FileHandle4D(file, mode, cs, read_mode, write_mode)


register_builtin("FileHandle", FileHandle4D)
