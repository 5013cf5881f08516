"""ZIP archives: ZIP Create archive, ZIP Read archive, 4D.ZipArchive, ZipFile, ZipFolder.

Stage: stdlib, built-in classes on pyzipper (Python's zipfile with AES
encryption). An archive read is a read-only view: its ZipFile and ZipFolder
objects read or extract (copyTo) entries, nothing changes the archive.
Compression: none, standard (Deflate) and LZMA; XZ is not available in
Python's zipfile and is reported as unsupported. The ZIP constants' values
are not documented; run4d uses the ZIP format's method numbers
(docs/decisions.md).
"""

from __future__ import annotations

import datetime
import os
import posixpath
import zipfile

import pyzipper

from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.registry import command
from runtime.values import UNDEF, Coll, Date4D, Time4D
from stdlib_4d import args
from stdlib_4d.blob import Blob4D
from stdlib_4d.files import entries, textio

COMPRESSIONS = {0: zipfile.ZIP_STORED, 8: zipfile.ZIP_DEFLATED, 14: zipfile.ZIP_LZMA}
XZ = 95
AES_BITS = {1: 128, 2: 192, 3: 256}
WITHOUT_ENCLOSING_FOLDER, IGNORE_INVISIBLE = 1, 2


class Archive:
    """An open archive and the entries it holds (folders included, implicit ones too)."""

    def __init__(self, path: str, password: str) -> None:
        self.path = path
        self.zf = pyzipper.AESZipFile(path)
        if password:
            self.zf.setpassword(password.encode("utf-8"))
        self.infos = {i.filename.rstrip("/"): i for i in self.zf.infolist()}
        self.folders: set[str] = {""}
        for name, info in self.infos.items():
            parts = name.split("/")
            for depth in range(1, len(parts) if not info.is_dir() else len(parts) + 1):
                self.folders.add("/".join(parts[:depth]))

    def children(self, folder: str) -> list[str]:
        prefix = folder + "/" if folder else ""
        found = {n[len(prefix):].split("/")[0] for n in list(self.infos) + list(self.folders)
                 if n.startswith(prefix) and n != folder and n}
        return sorted(prefix + c for c in found if c)

    def read(self, name: str) -> bytes:
        try:
            return self.zf.read(self.infos[name])
        except RuntimeError as e:  # zipfile's "password required" / "Bad password"
            raise err("zip_error", detail=f"{name}: {e}") from None
        except (zipfile.BadZipFile, pyzipper.BadZipFile, OSError, NotImplementedError) as e:
            raise err("zip_error", detail=f"{name}: {e}") from None


class ZipEntry(Native):
    """What ZipFile and ZipFolder share: a path inside an archive."""

    __slots__ = ("archive", "inner")
    enumerable = False
    is_folder = False

    def __init__(self, archive: Archive, inner: str) -> None:
        self.archive, self.inner = archive, inner

    @property
    def full_name(self) -> str:
        return posixpath.basename(self.inner)

    @property
    def path(self) -> str:
        return "/" + self.inner + ("/" if self.is_folder and self.inner else "")

    def parent(self):
        if not self.inner:
            return None
        return ZipFolder4D(self.archive, posixpath.dirname(self.inner))

    def moment(self):
        info = self.archive.infos.get(self.inner)
        return None if info is None else datetime.datetime(*info.date_time)

    def date(self) -> Date4D:
        m = self.moment()
        return Date4D.NULL if m is None else Date4D(m.year, m.month, m.day)

    def time(self) -> Time4D:
        m = self.moment()
        return Time4D(0) if m is None else Time4D(m.hour * 3600 + m.minute * 60 + m.second)


def _zip_props(extra: dict) -> dict:
    return {
        "name": lambda e: os.path.splitext(e.full_name)[0],
        "fullName": lambda e: e.full_name,
        "extension": lambda e: os.path.splitext(e.full_name)[1],
        "path": lambda e: e.path,
        "platformPath": lambda e: e.path,
        "exists": lambda e: True,
        "hidden": lambda e: e.full_name.startswith("."),
        "isAlias": lambda e: False,
        "isFile": lambda e: not e.is_folder,
        "isFolder": lambda e: e.is_folder,
        "isWritable": lambda e: False,
        "parent": lambda e: e.parent(),
        "original": lambda e: e,
        "creationDate": lambda e: e.date(),
        "creationTime": lambda e: e.time(),
        "modificationDate": lambda e: e.date(),
        "modificationTime": lambda e: e.time(),
        **extra,
    }


class ZipFile4D(ZipEntry):
    """A 4D.ZipFile: a file inside an archive."""

    __slots__ = ()
    class_path = "4D.ZipFile"


class ZipFolder4D(ZipEntry):
    """A 4D.ZipFolder: a folder inside an archive (the root is "")."""

    __slots__ = ()
    class_path = "4D.ZipFolder"
    is_folder = True

    def listing(self, options, want_folders: bool, cmd: str) -> Coll:
        opts = 0 if options is UNDEF else args.integer(options, cmd, 1)
        out = Coll()
        self._walk(self.inner, want_folders, bool(opts & 1), bool(opts & 8), out)
        return out

    def _walk(self, folder: str, want_folders: bool, recursive: bool, visible_only: bool, out: Coll) -> None:
        subfolders = []
        for name in self.archive.children(folder):
            if visible_only and posixpath.basename(name).startswith("."):
                continue
            if name in self.archive.folders:
                subfolders.append(name)
                if want_folders:
                    out.append(ZipFolder4D(self.archive, name))
            elif not want_folders:
                out.append(ZipFile4D(self.archive, name))
        if recursive:
            for sub in subfolders:
                self._walk(sub, want_folders, recursive, visible_only, out)

    def child(self, rel, cls, cmd: str):
        """.file(path) / .folder(path): an entry of the archive below this folder, Null if none."""
        rel = args.text(rel, cmd, 1).strip("/")
        if not rel:
            return None
        name = posixpath.normpath(posixpath.join(self.inner, rel))
        is_folder = name in self.archive.folders
        if name.startswith("..") or is_folder != (cls is ZipFolder4D):
            return None
        return cls(self.archive, name) if is_folder or name in self.archive.infos else None


def _get_text(f: ZipFile4D, charset=UNDEF, break_mode=UNDEF) -> str:
    """.getText({charSet{; breakMode}}): the entry's text (UTF-8, native line breaks by default)."""
    cs = textio.charset(charset, "ZipFile.getText", 1)
    mode = textio.break_mode(break_mode, "ZipFile.getText", 2)
    return textio.decode(f.archive.read(f.inner), cs, mode)


def _extract_file(f: ZipFile4D, folder=UNDEF, *rest):
    """.copyTo(destinationFolder{; newName}{; overwrite}): extract the entry as a 4D.File."""
    from stdlib_4d.files.file_class import File4D

    dest = entries.destination(folder, "ZipFile.copyTo")
    name, overwrite = entries.copy_options(rest, "ZipFile.copyTo", f.full_name)
    target = File4D(os.path.join(dest.real, name), dest.fs)
    if not overwrite and os.path.lexists(target.real):
        raise err("file_exists", path=target.real)
    target.write_bytes(f.archive.read(f.inner), "ZipFile.copyTo")
    return target


def _extract_folder(d: ZipFolder4D, folder=UNDEF, *rest):
    """.copyTo(destinationFolder{; newName}{; overwrite}): extract the folder's entries."""
    from stdlib_4d.files.folder_class import Folder4D

    dest = entries.destination(folder, "ZipFolder.copyTo")
    default = d.full_name or os.path.splitext(os.path.basename(d.archive.path))[0]
    name, overwrite = entries.copy_options(rest, "ZipFolder.copyTo", default)
    target = Folder4D(os.path.join(dest.real, name), dest.fs)
    if os.path.lexists(target.real) and not (overwrite and target.exists):
        raise err("file_exists", path=target.real)
    os.makedirs(target.real, exist_ok=True)
    prefix = d.inner + "/" if d.inner else ""
    for inner in sorted(d.archive.folders | set(d.archive.infos)):
        if not inner.startswith(prefix) or inner == d.inner:
            continue
        out = os.path.join(target.real, *inner[len(prefix):].split("/"))
        if inner in d.archive.folders:
            os.makedirs(out, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(d.archive.read(inner))
    return target


ZipFile4D.props4d = _zip_props({"size": lambda f: float(f.archive.infos[f.inner].file_size)})
ZipFile4D.funcs4d = {
    "getContent": lambda f: Blob4D(f.archive.read(f.inner)),
    "getText": _get_text,
    "copyTo": _extract_file,
    "getIcon": entries.get_icon,
}
ZipFolder4D.props4d = _zip_props({"isPackage": lambda d: False})
ZipFolder4D.funcs4d = {
    "files": lambda d, options=UNDEF: d.listing(options, False, "ZipFolder.files"),
    "folders": lambda d, options=UNDEF: d.listing(options, True, "ZipFolder.folders"),
    "file": lambda d, path=UNDEF: d.child(path, ZipFile4D, "ZipFolder.file"),
    "folder": lambda d, path=UNDEF: d.child(path, ZipFolder4D, "ZipFolder.folder"),
    "copyTo": _extract_folder,
    "getIcon": entries.get_icon,
}


class ZipArchive4D(Native):
    """A 4D.ZipArchive: the view ZIP Read archive returns."""

    __slots__ = ("archive",)
    class_path = "4D.ZipArchive"

    def __init__(self, archive: Archive) -> None:
        self.archive = archive


ZipArchive4D.props4d = {"root": lambda a: ZipFolder4D(a.archive, "")}

register_builtin("ZipArchive", ZipArchive4D)
register_builtin("ZipFile", ZipFile4D)
register_builtin("ZipFolder", ZipFolder4D)


@command("ZIP Read archive")
def zip_read_archive(zip_file, password=UNDEF):
    """ZIP Read archive(zipFile{; password}): a read-only 4D.ZipArchive view of an archive."""
    from stdlib_4d.files.file_class import File4D

    if type(zip_file) is not File4D:
        raise err("bad_param_type", index=1, callee="ZIP Read archive",
                  detail=f"a 4D.File expected, got {type_name(zip_file)}")
    zip_file.need_exists()
    secret = args.text(password, "ZIP Read archive", 2)
    try:
        archive = Archive(zip_file.real, secret)
    except (zipfile.BadZipFile, pyzipper.BadZipFile, OSError) as e:
        raise err("zip_error", detail=f"{zip_file.platform}: {e}") from None
    locked = [i for i in archive.infos.values() if i.flag_bits & 0x1]
    if locked and not secret:
        raise err("zip_error", detail=f"{zip_file.platform}: a password is required")
    if locked:
        archive.read(locked[0].filename.rstrip("/"))  # a wrong password fails here, not later
    return ZipArchive4D(archive)
