"""The members 4D.File and 4D.Folder share (docs/API/Document.md, Directory.md).

Stage: stdlib, built-in classes. An Entry is a reference to a path that may
or may not exist: `real` is the machine's absolute path, `fs` the 4D
filesystem (PACKAGE, DATA...) it was reached through, which `.path` keeps
showing. Entries are immutable, so they may sit in shared objects and cross
to other processes as they are.
"""

from __future__ import annotations

import datetime
import os
import stat

from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Date4D, Time4D
from stdlib_4d import args
from stdlib_4d.files import paths

FK_OVERWRITE = 4


class Entry(Native):
    """What files and folders have in common."""

    __slots__ = ("real", "fs", "group")
    class_path = "4D.Entry"
    enumerable = False
    shared4d = True  # immutable references: shareable, sent to workers as they are
    is_folder = False

    def __init__(self, real: str, fs: str | None = None) -> None:
        self.real = real
        self.fs = paths.filesystem_of(real, fs)
        self.group = None

    def __repr__(self) -> str:
        return f"[{self.class_path} {self.posix}]"

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.real == self.real

    def __hash__(self) -> int:
        return hash(self.real)

    # ------------------------------------------------------------ names and paths

    @property
    def posix(self) -> str:
        return paths.display(self.real, self.fs, self.is_folder)

    @property
    def platform(self) -> str:
        return self.real + (os.sep if self.is_folder and self.real != os.sep else "")

    @property
    def full_name(self) -> str:
        return os.path.basename(self.real)

    @property
    def name(self) -> str:
        return os.path.splitext(self.full_name)[0]

    @property
    def extension(self) -> str:
        return os.path.splitext(self.full_name)[1]

    def parent(self):
        from stdlib_4d.files.folder_class import Folder4D

        up = os.path.dirname(self.real)
        if up == self.real:
            return None  # the root has no parent
        return Folder4D(up, self.fs)

    def sibling(self, real: str):
        """An entry of the same class at another path (same filesystem when inside it)."""
        return type(self)(real, self.fs)

    # ------------------------------------------------------------ state on disk

    def lstat(self):
        try:
            return os.lstat(self.real)
        except OSError:
            return None

    def kind_ok(self, st) -> bool:
        """Does what is on disk match the class (a directory for a Folder, else a file)?"""
        if st is None:
            return False
        if stat.S_ISLNK(st.st_mode):
            # A symbolic link is an alias file; a Folder reached through one is the folder.
            return os.path.isdir(self.real) if self.is_folder else True
        return stat.S_ISDIR(st.st_mode) == self.is_folder

    @property
    def exists(self) -> bool:
        return self.kind_ok(self.lstat())

    def stat_follow(self):
        try:
            st = os.stat(self.real)
        except OSError:
            return None
        return st if self.kind_ok(st) else None

    def _stamp(self, which: str):
        st = self.stat_follow()
        if st is None:
            return None
        if which == "modified":
            when = st.st_mtime
        else:
            # Linux keeps no creation time Python can read: the earliest of the
            # status change and modification times stands in (docs/decisions.md).
            when = getattr(st, "st_birthtime", None) or min(st.st_ctime, st.st_mtime)
        return datetime.datetime.fromtimestamp(when)

    def date_of(self, which: str) -> Date4D:
        moment = self._stamp(which)
        return Date4D.NULL if moment is None else Date4D.from_date(moment.date())

    def time_of(self, which: str) -> Time4D:
        moment = self._stamp(which)
        return Time4D(0) if moment is None else Time4D(moment.hour * 3600 + moment.minute * 60 + moment.second)

    @property
    def hidden(self) -> bool:
        return self.full_name.startswith(".")

    @property
    def writable(self) -> bool:
        return self.exists and os.access(self.real, os.W_OK)

    # ------------------------------------------------------------ checks

    def need_exists(self) -> None:
        if not self.exists:
            raise err("folder_not_found" if self.is_folder else "file_not_found", path=self.platform)


def destination(value, cmd: str, index: int = 1):
    """The destination folder of copyTo/moveTo/createAlias: an existing 4D.Folder."""
    from stdlib_4d.files.folder_class import Folder4D

    if type(value) is not Folder4D:
        raise err("bad_param_type", index=index, callee=cmd,
                  detail=f"a 4D.Folder expected, got {type_name(value)}")
    if not value.exists:
        raise err("folder_not_found", path=value.platform)
    return value


def new_name(value, default: str, cmd: str, index: int) -> str:
    if value is UNDEF:
        return default
    name = args.text(value, cmd, index)
    if not paths.valid_name(name):
        raise err("bad_name", name=name)
    return name


def copy_options(rest: tuple, cmd: str, default: str) -> tuple[str, bool]:
    """copyTo's ({newName}{; overwrite}) tail: the name and whether fk overwrite was passed."""
    if len(rest) > 2:
        raise err("param_count", callee=cmd, detail=f"expects 1 to 3 parameter(s), got {len(rest) + 1}")
    name, overwrite = default, False
    if rest and type(rest[0]) is str:
        name = new_name(rest[0], default, cmd, 2)
        rest = rest[1:]
    if rest:
        overwrite = bool(args.integer(rest[0], cmd, 3) & FK_OVERWRITE)
    return name, overwrite


def common_props(entry_type) -> dict:
    return {
        "name": lambda e: e.name,
        "fullName": lambda e: e.full_name,
        "extension": lambda e: e.extension,
        "path": lambda e: e.posix,
        "platformPath": lambda e: e.platform,
        "exists": lambda e: e.exists,
        "hidden": lambda e: e.hidden,
        "isFile": lambda e: not e.is_folder,
        "isFolder": lambda e: e.is_folder,
        "isWritable": lambda e: e.writable,
        "parent": lambda e: e.parent(),
        "creationDate": lambda e: e.date_of("created"),
        "creationTime": lambda e: e.time_of("created"),
        "modificationDate": lambda e: e.date_of("modified"),
        "modificationTime": lambda e: e.time_of("modified"),
    }


def get_icon(entry, size=UNDEF):
    """.getIcon({size}): icons need a desktop; run4d has none."""
    raise err("unsupported", what=f"{entry.class_path}.getIcon()")
