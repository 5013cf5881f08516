"""4D.Folder and the Folder command (docs/API/FolderClass.md, Directory.md).

Stage: stdlib, built-in class. A Folder names a folder that may not exist
yet. files() and folders() list in name order, a folder's own entries
before those of its subfolders (fk recursive); symbolic links are listed as
files and not followed. Errors are 4D's: -120 folder not found, -47 not
empty, -48 already exists.
"""

from __future__ import annotations

import os
import shutil

from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import STAR, UNDEF, Coll
from stdlib_4d import args
from stdlib_4d.files import entries, openfiles, paths
from stdlib_4d.files.entries import Entry
from stdlib_4d.files.file_class import FK_PLATFORM_PATH, FK_POSIX_PATH, File4D, _create_alias

FK_RECURSIVE, FK_IGNORE_INVISIBLE = 1, 8
DELETE_ONLY_IF_EMPTY, DELETE_WITH_CONTENTS = 0, 1


class Folder4D(Entry):
    """A 4D.Folder: a reference to a folder on disk."""

    __slots__ = ()
    class_path = "4D.Folder"
    is_folder = True

    def child(self, rel, cls, cmd: str):
        """.file(path) / .folder(path): an entry below this folder (Null for an invalid path)."""
        rel = args.text(rel, cmd, 1)
        if not rel or rel.startswith("/") or "\x00" in rel:
            return None
        return cls(paths.clean(os.path.join(self.real, rel)), self.fs)

    def listing(self, options, want_folders: bool, cmd: str) -> Coll:
        opts = 0 if options is UNDEF else args.integer(options, cmd, 1)
        recursive, visible_only = bool(opts & FK_RECURSIVE), bool(opts & FK_IGNORE_INVISIBLE)
        out = Coll()
        self._walk(self.real, want_folders, recursive, visible_only, out)
        return out

    def _walk(self, real: str, want_folders: bool, recursive: bool, visible_only: bool, out: Coll) -> None:
        try:
            with os.scandir(real) as it:
                found = sorted(it, key=lambda d: d.name)
        except OSError:
            return  # a missing or unreadable folder lists nothing
        subfolders = []
        for d in found:
            if visible_only and d.name.startswith("."):
                continue
            is_dir = d.is_dir(follow_symlinks=False)
            if is_dir:
                subfolders.append(d.path)
                if want_folders:
                    out.append(Folder4D(d.path, self.fs))
            elif not want_folders:
                out.append(File4D(d.path, self.fs))
        if recursive:
            for sub in subfolders:
                self._walk(sub, want_folders, recursive, visible_only, out)


def _create(d: Folder4D) -> bool:
    """.create(): make the folder and its parents; False if it (or a file) is already there."""
    if os.path.lexists(d.real):
        return False
    try:
        os.makedirs(d.real)
    except FileExistsError:
        return False
    except OSError as e:
        raise paths.os_error(e, d.platform) from None
    return True


def _delete(d: Folder4D, option=UNDEF) -> None:
    """.delete({option}): Delete only if empty (0, the default) or Delete with contents (1)."""
    mode = DELETE_ONLY_IF_EMPTY if option is UNDEF else args.integer(option, "Folder.delete", 1)
    if not d.exists:
        if mode == DELETE_WITH_CONTENTS:
            return
        raise err("folder_not_found", path=d.platform)
    if openfiles.under(d.real):
        raise err("file_busy", path=d.platform)
    try:
        if os.path.islink(d.real):
            os.remove(d.real)
        elif mode == DELETE_WITH_CONTENTS:
            shutil.rmtree(d.real)
        else:
            os.rmdir(d.real)
    except OSError as e:
        raise paths.os_error(e, e.filename or d.platform) from None


def _copy_to(d: Folder4D, folder=UNDEF, *rest) -> Folder4D:
    """.copyTo(destinationFolder{; newName}{; overwrite}): copy the folder and its contents."""
    dest = entries.destination(folder, "Folder.copyTo")
    name, overwrite = entries.copy_options(rest, "Folder.copyTo", d.full_name)
    d.need_exists()
    target = os.path.join(dest.real, name)
    if os.path.lexists(target) and not (overwrite and os.path.isdir(target)):
        raise err("file_exists", path=target)
    if target == d.real or target.startswith(d.real.rstrip("/") + "/"):
        raise err("bad_path", detail=f"cannot copy {d.platform} into itself")
    try:
        shutil.copytree(d.real, target, symlinks=True, dirs_exist_ok=overwrite)
    except shutil.Error as e:
        first = e.args[0][0] if e.args and e.args[0] else ("", target, "")
        raise err("io_error", detail=f"{first[1]}: {first[2]}") from None
    except OSError as e:
        raise paths.os_error(e, e.filename or target) from None
    return Folder4D(target, dest.fs)


def _move_to(d: Folder4D, folder=UNDEF, name=UNDEF) -> Folder4D:
    """.moveTo(destinationFolder{; newName}): move (and maybe rename) the folder."""
    dest = entries.destination(folder, "Folder.moveTo")
    return _move(d, os.path.join(dest.real, entries.new_name(name, d.full_name, "Folder.moveTo", 2)), dest.fs)


def _rename(d: Folder4D, name=UNDEF) -> Folder4D:
    """.rename(newName): rename the folder; return it."""
    if name is UNDEF:
        raise err("param_count", callee="Folder.rename", detail="expects 1 parameter(s), got 0")
    return _move(d, os.path.join(os.path.dirname(d.real), entries.new_name(name, "", "Folder.rename", 1)), d.fs)


def _move(d: Folder4D, target: str, fs) -> Folder4D:
    d.need_exists()
    if target != d.real and os.path.lexists(target):
        raise err("file_exists", path=target)
    if target.startswith(d.real.rstrip("/") + "/"):
        raise err("bad_path", detail=f"cannot move {d.platform} into itself")
    if openfiles.under(d.real):
        raise err("file_busy", path=d.platform)
    try:
        shutil.move(d.real, target)
    except OSError as e:
        raise paths.os_error(e, target) from None
    return Folder4D(target, fs)


Folder4D.props4d = {
    **entries.common_props(Folder4D),
    "isAlias": lambda d: False,
    "isPackage": lambda d: False,
    "original": lambda d: d,
}
Folder4D.funcs4d = {
    "create": _create,
    "createAlias": _create_alias,
    "delete": _delete,
    "copyTo": _copy_to,
    "moveTo": _move_to,
    "rename": _rename,
    "file": lambda d, path=UNDEF: d.child(path, File4D, "Folder.file"),
    "folder": lambda d, path=UNDEF: d.child(path, Folder4D, "Folder.folder"),
    "files": lambda d, options=UNDEF: d.listing(options, False, "Folder.files"),
    "folders": lambda d, options=UNDEF: d.listing(options, True, "Folder.folders"),
    "getIcon": entries.get_icon,
}


def make_folder(cmd: str, path=UNDEF, path_type=UNDEF, star=UNDEF):
    """Folder(path{; pathType}{; *}) or Folder(folderConstant{; *})."""
    if path is UNDEF:
        raise err("param_count", callee=cmd, detail="expects 1 to 3 parameter(s), got 0")
    t = type(path)
    if t is float or t is int:
        kind = args.integer(path, cmd, 1)
        real = paths.folder_of_constant(kind, path_type is STAR or star is STAR)
        if real is None:
            raise err("bad_value", detail=f"{cmd}: unknown folder constant {kind}")
        return Folder4D(real)
    if t is not str:
        raise err("bad_param_type", index=1, callee=cmd, detail=f"Text or Integer expected, got {type_name(path)}")
    kind = FK_POSIX_PATH if path_type is UNDEF or path_type is STAR else args.integer(path_type, cmd, 2)
    if kind == FK_PLATFORM_PATH:
        return Folder4D(paths.resolve_platform(path))
    if kind != FK_POSIX_PATH:
        raise err("bad_value", detail=f"{cmd}: pathType must be fk posix path (0) or fk platform path (1), got {kind}")
    real, fs = paths.resolve_posix(path, star=path_type is STAR or star is STAR)
    return Folder4D(real, fs)


@command("Folder")
def folder_(path=UNDEF, path_type=UNDEF, star=UNDEF):
    """Folder(path{; pathType}{; *}) or Folder(folderConstant{; *}): a new 4D.Folder."""
    return make_folder("Folder", path, path_type, star)


register_builtin("Folder", Folder4D, new=lambda *a: make_folder("4D.Folder.new", *a[:3]))
