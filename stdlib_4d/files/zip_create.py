"""ZIP Create archive: compress a file, a folder or a zip structure object.

Stage: stdlib command on pyzipper. The result is the status object 4D
documents ({success; status; statusText}); failures of the archive itself
are reported there, wrong parameters are errors. With a password the
entries are AES-encrypted (ZIP Encryption AES256 by default).
"""

from __future__ import annotations

import os
import time

import pyzipper

from runtime.codes import err, type_name
from runtime.functions import Function4D
from runtime.registry import command
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.files.zip_archive import AES_BITS, COMPRESSIONS, IGNORE_INVISIBLE, WITHOUT_ENCLOSING_FOLDER, XZ

_OK, _CANNOT_OPEN, _CANNOT_CREATE, _NEED_PASSWORD = 0, 1, 2, 3
_TEXTS = {_CANNOT_OPEN: "Cannot open ZIP archive", _CANNOT_CREATE: "Cannot create ZIP archive",
          _NEED_PASSWORD: "Password is required for encryption"}


def _status(code: int, detail: str = "") -> Obj:
    text = _TEXTS.get(code, "")
    if detail:
        text = f"{text}: {detail}" if text else detail
    return Obj(success=code == _OK, status=float(code), statusText=text)


def _members(source, dest_name: str, option: int, out: list) -> None:
    """(real path, name in the archive) of what a source adds, folders included."""
    from stdlib_4d.files.file_class import File4D
    from stdlib_4d.files.folder_class import Folder4D

    hide = bool(option & IGNORE_INVISIBLE)
    if type(source) is File4D:
        if not source.exists:
            raise _Fail(_CANNOT_OPEN, source.platform)
        out.append((source.real, dest_name or source.full_name))
        return
    if type(source) is not Folder4D:
        raise err("bad_param_type", index=1, callee="ZIP Create archive",
                  detail=f"a 4D.File or 4D.Folder expected, got {type_name(source)}")
    if not source.exists:
        raise _Fail(_CANNOT_OPEN, source.platform)
    base = "" if option & WITHOUT_ENCLOSING_FOLDER else (dest_name or source.full_name)
    if base:
        out.append((source.real, base + "/"))
    for root, dirs, files in os.walk(source.real):
        dirs.sort()
        if hide:
            dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, source.real)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        if base:
            prefix = base + "/" + prefix
        for d in dirs:
            out.append((os.path.join(root, d), prefix + d + "/"))
        for f in sorted(files):
            if not (hide and f.startswith(".")):
                out.append((os.path.join(root, f), prefix + f))


class _Fail(Exception):
    def __init__(self, code: int, detail: str = "") -> None:
        super().__init__(detail)
        self.code, self.detail = code, detail


def _structure(value) -> tuple[list, dict]:
    """The members and settings of a zip structure object."""
    out: list = []
    files = value.get("files")
    if not isinstance(files, Coll):
        raise err("bad_value", detail="ZIP Create archive: the zip structure needs a files collection")
    for item in files:
        if isinstance(item, Obj):
            dest = item.get("destination", "")
            option = item.get("option", 0)
            _members(item.get("source"), dest if type(dest) is str else "",
                     args.integer(option, "ZIP Create archive", 1), out)
        else:
            _members(item, "", 0, out)
    settings = {k: value.get(k, UNDEF) for k in ("compression", "level", "encryption", "password", "callback")}
    return out, settings


def _open_zip(dest: str, settings: dict):
    compression = settings["compression"]
    method = 8 if compression is UNDEF else args.integer(compression, "ZIP Create archive", 1)
    if method == XZ:
        raise err("unsupported", what="ZIP Compression XZ")
    if method not in COMPRESSIONS:
        raise err("bad_value", detail=f"ZIP Create archive: unknown compression {method}")
    level = settings["level"]
    level = None if level is UNDEF or method == 0 else min(max(args.integer(level, "ZIP Create archive", 1), 1), 9)
    password = settings["password"]
    password = "" if password is UNDEF or password is None else args.text(password, "ZIP Create archive", 1)
    encryption = settings["encryption"]
    encryption = (3 if password else 0) if encryption is UNDEF else args.integer(encryption, "ZIP Create archive", 1)
    if encryption and not password:
        raise _Fail(_NEED_PASSWORD)
    kw = {"compression": COMPRESSIONS[method], "compresslevel": level if method == 8 else None}
    if encryption and password:
        zf = pyzipper.AESZipFile(dest, "w", encryption=pyzipper.WZ_AES, **kw)
        zf.setpassword(password.encode("utf-8"))
        zf.setencryption(pyzipper.WZ_AES, nbits=AES_BITS.get(encryption, 256))
        return zf
    return pyzipper.ZipFile(dest, "w", **kw)


@command("ZIP Create archive", returns="object")
def zip_create_archive(source, destination, options=UNDEF):
    """ZIP Create archive(fileOrFolder or zipStructure; destinationFile{; options}): a status object."""
    from stdlib_4d.files.file_class import File4D

    if type(destination) is not File4D:
        raise err("bad_param_type", index=2, callee="ZIP Create archive",
                  detail=f"a 4D.File expected, got {type_name(destination)}")
    try:
        members: list = []
        if isinstance(source, Obj):
            members, settings = _structure(source)
        else:
            option = 0 if options is UNDEF else args.integer(options, "ZIP Create archive", 3)
            _members(source, "", option, members)
            settings = dict.fromkeys(("compression", "level", "encryption", "password", "callback"), UNDEF)
        callback = settings["callback"]
        if callback is not UNDEF and type(callback) is not Function4D:
            raise err("bad_value", detail="ZIP Create archive: callback must be a formula")
        _write(destination, members, settings, callback)
    except _Fail as f:
        return _status(f.code, f.detail)
    return _status(_OK)


def _write(destination, members: list, settings: dict, callback) -> None:
    try:
        os.makedirs(os.path.dirname(destination.real), exist_ok=True)
        zf = _open_zip(destination.real, settings)
    except OSError as e:
        raise _Fail(_CANNOT_CREATE, f"{destination.platform}: {e.strerror or e}") from None
    last = -1
    with zf:
        for n, (real, name) in enumerate(members, 1):
            try:
                if name.endswith("/"):
                    make_info = getattr(zf, "zipinfo_cls", pyzipper.ZipInfo)  # AES archives have their own
                    info = make_info(name, time.localtime(os.stat(real).st_mtime)[:6])
                    info.external_attr = 0o40755 << 16 | 0x10
                    zf.writestr(info, b"")
                else:
                    zf.write(real, name)
            except (OSError, ValueError) as e:
                raise _Fail(_CANNOT_OPEN, f"{real}: {e}") from None
            pct = n * 100 // max(len(members), 1)
            if type(callback) is Function4D and pct != last:
                last = pct
                callback.py(None, float(pct))
