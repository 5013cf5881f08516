"""The Pasteboard theme on a pasteboard kept in memory, shared by every process of the run.

Stage: stdlib commands. A headless run has no system clipboard: run4d keeps one
pasteboard per run (docs/decisions.md, "Pasteboard"), holding data by type in
the order it was put. A type is named as 4D names it: a 4D signature
("com.4d.private.text.native"), a macOS UTI ("public.utf8-plain-text") or a
4-character type ("TEXT", "PICT"); the names of one type lead to the same data.
Other names are custom types, kept as given. Text is kept as UTF-8 (native) and
UTF-16LE (utf16); file pathnames are a list apart. Nothing here talks to a
desktop clipboard.
"""

from __future__ import annotations

import threading

from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Picture, Pointer
from stdlib_4d import args
from stdlib_4d.blob import read_bytes, write_new_blob

NATIVE_TEXT = "com.4d.private.text.native"
UTF16_TEXT = "com.4d.private.text.utf16"
FILE_URL = "com.4d.private.file.url"

# 4D signature -> the native type (macOS UTI) GET PASTEBOARD DATA TYPE gives for it
SIGNATURES = {
    NATIVE_TEXT: "public.utf8-plain-text",
    UTF16_TEXT: "public.utf16-plain-text",
    "com.4d.private.text.rtf": "public.rtf",
    "com.4d.private.picture.pict": "com.apple.pict",
    "com.4d.private.picture.png": "public.png",
    "com.4d.private.picture.gif": "com.compuserve.gif",
    "com.4d.private.picture.jfif": "public.jpeg",
    "com.4d.private.picture.emf": "com.microsoft.emf",
    "com.4d.private.picture.bitmap": "com.microsoft.bmp",
    "com.4d.private.picture.tiff": "public.tiff",
    "com.4d.private.picture.pdf": "com.adobe.pdf",
    FILE_URL: "public.file-url",
}
# other names of the same types: UTIs, 4-character types of former versions
_ALIASES = {native.lower(): sig for sig, native in SIGNATURES.items()}
_ALIASES.update({"text": NATIVE_TEXT, "utxt": UTF16_TEXT, "rtf ": "com.4d.private.text.rtf",
                 "pict": "com.4d.private.picture.pict", "png ": "com.4d.private.picture.png",
                 "giff": "com.4d.private.picture.gif", "jpeg": "com.4d.private.picture.jfif",
                 "tiff": "com.4d.private.picture.tiff", "pdf ": "com.4d.private.picture.pdf",
                 "com.apple.gif": "com.4d.private.picture.gif", "public.svg-image": "public.svg-image"})
# picture codec (stdlib_4d.pictures.codec_table) -> the type a picture of it is put under
_PICTURE_TYPES = {".png": "com.4d.private.picture.png", ".gif": "com.4d.private.picture.gif",
                  ".jpg": "com.4d.private.picture.jfif", ".tif": "com.4d.private.picture.tiff",
                  ".bmp": "com.4d.private.picture.bitmap", ".pdf": "com.4d.private.picture.pdf",
                  ".svg": "public.svg-image", ".webp": "org.webmproject.webp", ".ico": "com.microsoft.ico"}
_PICTURE_KINDS = frozenset(_PICTURE_TYPES.values()) | {"com.4d.private.picture.pict", "com.4d.private.picture.emf"}

_lock = threading.Lock()
_data: dict[str, bytes] = {}  # canonical type -> bytes, in the order they were put
_files: list[str] = []  # SET FILE TO PASTEBOARD's pathnames


def canonical(data_type: str) -> str:
    """The one name of a type: its 4D signature when 4D knows it, else the name as given."""
    if data_type in SIGNATURES:
        return data_type
    low = data_type.lower()
    return _ALIASES.get(low) or (low if low.startswith("com.4d.private.") else data_type)


def _ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


def _clear() -> None:
    _data.clear()
    _files.clear()


def _file_urls() -> bytes:
    from urllib.parse import quote

    return "\n".join("file://" + quote(p) for p in _files).encode("utf-8")


def _get(kind: str) -> bytes | None:
    """The bytes of a type (None when absent); text of one encoding is offered in the other."""
    if kind == FILE_URL:
        return _file_urls() if _files else None
    found = _data.get(kind)
    if found is not None:
        return found
    if kind == NATIVE_TEXT and UTF16_TEXT in _data:
        return _data[UTF16_TEXT].decode("utf-16-le", "replace").encode("utf-8")
    if kind == UTF16_TEXT and NATIVE_TEXT in _data:
        return _data[NATIVE_TEXT].decode("utf-8", "replace").encode("utf-16-le")
    return None


def _type_arg(value, cmd: str) -> str:
    return canonical(args.text(value, cmd, 1))


@command("CLEAR PASTEBOARD")
def clear_pasteboard():
    """CLEAR PASTEBOARD: empty the run's pasteboard."""
    with _lock:
        _clear()


@command("SET TEXT TO PASTEBOARD")
def set_text_to_pasteboard(text):
    """SET TEXT TO PASTEBOARD(text): clear the pasteboard and put the text in it (native and UTF-16)."""
    t = args.text(text, "SET TEXT TO PASTEBOARD", 1)
    with _lock:
        _clear()
        _data[NATIVE_TEXT] = t.encode("utf-8")
        _data[UTF16_TEXT] = t.encode("utf-16-le")
    _ok(True)


@command("Get text from pasteboard", returns="text")
def get_text_from_pasteboard():
    """Get text from pasteboard: the text of the pasteboard, "" and OK = 0 when it holds none."""
    with _lock:
        raw = _data.get(UTF16_TEXT)
        native = _data.get(NATIVE_TEXT)
    if raw is not None:
        text = raw.decode("utf-16-le", "replace")
    elif native is not None:
        text = native.decode("utf-8", "replace")
    else:
        _ok(False)
        return ""
    _ok(True)
    return text.rstrip("\0")  # text put by Windows code ends with NUL (APPEND DATA TO PASTEBOARD's page)


@command("APPEND DATA TO PASTEBOARD")
def append_data_to_pasteboard(data_type, data):
    """APPEND DATA TO PASTEBOARD(dataType; data): add the blob under the type (replacing data of that type)."""
    cmd = "APPEND DATA TO PASTEBOARD"
    kind = _type_arg(data_type, cmd)
    raw = read_bytes(data, cmd, 2)
    if not kind:
        _ok(False)
        raise err("bad_param_type", index=1, callee=cmd, detail="the data type is empty")
    with _lock:
        if kind == FILE_URL:
            _files.extend(_paths_of_urls(raw))
        else:
            _data[kind] = raw
    _ok(True)


def _paths_of_urls(raw: bytes) -> list[str]:
    from urllib.parse import unquote

    lines = [line.strip() for line in raw.decode("utf-8", "replace").rstrip("\0").splitlines()]
    return [unquote(line[7:]) if line.startswith("file://") else line for line in lines if line]


@command("GET PASTEBOARD DATA", outputs=(2,))
def get_pasteboard_data(data_type, data):
    """GET PASTEBOARD DATA(dataType; data): the pasteboard's data of that type into a blob (-102 when
    there is none)."""
    cmd = "GET PASTEBOARD DATA"
    kind = _type_arg(data_type, cmd)
    with _lock:
        found = _get(kind)
    if found is None:
        _ok(False)
        raise err("pasteboard_no_type", type=args.text(data_type, cmd, 1))
    write_new_blob(data, found, cmd, 2)
    _ok(True)


@command("Pasteboard data size", returns="integer")
def pasteboard_data_size(data_type):
    """Pasteboard data size(dataType): the size in bytes of the data of that type, -102 when there is none."""
    kind = _type_arg(data_type, "Pasteboard data size")
    with _lock:
        found = _get(kind)
    return -102.0 if found is None else float(len(found))


@command("GET PASTEBOARD DATA TYPE", outputs=(1, 2, 3))
def get_pasteboard_data_type(signatures, native_types, format_names=UNDEF):
    """GET PASTEBOARD DATA TYPE(4Dsignatures; nativeTypes {; formatNames}): the types present, in the
    order they were put; a custom type has no 4D signature (""), and format names are "" (macOS)."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    cmd = "GET PASTEBOARD DATA TYPE"
    with _lock:
        kinds = list(_data)
        if _files:
            kinds.append(FILE_URL)
    sigs = [k if k in SIGNATURES else "" for k in kinds]
    natives = [SIGNATURES.get(k, k) for k in kinds]
    fill(out_array(signatures, cmd, 1, "text"), sigs, cmd)
    fill(out_array(native_types, cmd, 2, "text"), natives, cmd)
    if format_names is not UNDEF:
        fill(out_array(format_names, cmd, 3, "text"), [""] * len(kinds), cmd)


@command("SET PICTURE TO PASTEBOARD")
def set_picture_to_pasteboard(picture):
    """SET PICTURE TO PASTEBOARD(picture): clear the pasteboard and put the picture under its format's type."""
    from stdlib_4d.pictures.codec_table import bytes_of, format_of

    raw = bytes_of(picture)
    if picture is not UNDEF and not isinstance(picture, Picture):
        raise err("bad_param_type", index=1, callee="SET PICTURE TO PASTEBOARD", detail="a Picture was expected")
    kind = _PICTURE_TYPES.get(format_of(raw) or "")
    with _lock:
        _clear()
        if raw and kind:
            _data[kind] = raw
    _ok(bool(raw and kind))


@command("GET PICTURE FROM PASTEBOARD", outputs=(1,))
def get_picture_from_pasteboard(picture):
    """GET PICTURE FROM PASTEBOARD(picture): the first picture of the pasteboard; OK = 0 (the variable
    unchanged) when it holds none."""
    with _lock:
        found = next((raw for kind, raw in _data.items() if kind in _PICTURE_KINDS), None)
    if found is None:
        _ok(False)
        return
    target = out_target(picture)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=1, callee="GET PICTURE FROM PASTEBOARD",
                  detail="a Picture variable was expected")
    target.set(Picture(found))
    _ok(True)


@command("SET FILE TO PASTEBOARD")
def set_file_to_pasteboard(file, star=UNDEF):
    """SET FILE TO PASTEBOARD(file {; *}): put a file's full pathname (a name alone is next to the
    structure file); with * it is added to the pathnames already there. Other data is erased."""
    from stdlib_4d.files import paths

    path = paths.document_path(args.text(file, "SET FILE TO PASTEBOARD", 1), "file")
    with _lock:
        _data.clear()
        if not args.is_star(star):
            _files.clear()
        _files.append(path)


@command("Get file from pasteboard", returns="text")
def get_file_from_pasteboard(index):
    """Get file from pasteboard(xIndex): the pathname of the xIndex-th file of the pasteboard, "" if none."""
    n = args.integer(index, "Get file from pasteboard", 1)
    with _lock:
        return _files[n - 1] if 1 <= n <= len(_files) else ""
