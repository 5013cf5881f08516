"""4D.File and the File command (docs/API/FileClass.md, Document.md).

Stage: stdlib, built-in class. A File names a path that may not exist yet;
nothing touches the disk until a function does. Errors are 4D's file
manager codes (-43 not found, -48 already exists, -47 busy, -61 permission,
-120 folder not found) with the platform path in the message.
"""

from __future__ import annotations

import os
import shutil

from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import STAR, UNDEF
from stdlib_4d import args
from stdlib_4d.blob import Blob4D, read_bytes
from stdlib_4d.files import appinfo, entries, openfiles, paths, textio
from stdlib_4d.files.entries import Entry

FK_POSIX_PATH, FK_PLATFORM_PATH = 0, 1


class File4D(Entry):
    """A 4D.File: a reference to a file on disk."""

    __slots__ = ()
    class_path = "4D.File"

    # ------------------------------------------------------------ reading

    def read_bytes(self, cmd: str) -> bytes:
        try:
            with open(self.real, "rb") as fh:
                return fh.read()
        except IsADirectoryError:
            raise err("file_not_found", path=self.platform) from None
        except OSError as e:
            raise paths.os_error(e, self.platform) from None

    def write_bytes(self, data: bytes, cmd: str) -> None:
        if openfiles.is_writing(self.real):
            raise err("file_busy", path=self.platform)
        try:
            with open(self.real, "wb") as fh:
                fh.write(data)
        except FileNotFoundError:
            self._make_parent()
            try:
                with open(self.real, "wb") as fh:
                    fh.write(data)
            except OSError as e:
                raise paths.os_error(e, self.platform) from None
        except IsADirectoryError:
            raise err("file_busy", path=self.platform) from None
        except OSError as e:
            raise paths.os_error(e, self.platform) from None

    def _make_parent(self) -> None:
        try:
            os.makedirs(os.path.dirname(self.real), exist_ok=True)
        except OSError as e:
            raise paths.os_error(e, os.path.dirname(self.real)) from None

    @property
    def size(self) -> float:
        st = self.stat_follow()
        return float(st.st_size) if st is not None else 0.0

    @property
    def is_alias(self) -> bool:
        return os.path.islink(self.real)

    def original(self):
        if not self.is_alias:
            return self
        from stdlib_4d.files.folder_class import Folder4D

        target = os.path.realpath(self.real)
        return Folder4D(target) if os.path.isdir(target) else File4D(target)


# ---------------------------------------------------------------- functions


def _create(f: File4D) -> bool:
    """.create(): make the file (and its folders); False if something is already there."""
    if os.path.lexists(f.real):
        return False
    f._make_parent()
    try:
        with open(f.real, "xb"):
            pass
    except FileExistsError:
        return False
    except OSError as e:
        raise paths.os_error(e, f.platform) from None
    return True


def _delete(f: File4D) -> None:
    """.delete(): remove the file (nothing if it does not exist; -47 if it is open)."""
    if not f.exists:
        return
    if openfiles.is_open(f.real):
        raise err("file_busy", path=f.platform)
    try:
        os.remove(f.real)
    except OSError as e:
        raise paths.os_error(e, f.platform) from None


def _copy_to(f: File4D, folder=UNDEF, *rest) -> File4D:
    """.copyTo(destinationFolder{; newName}{; overwrite}): copy the file; return the copy."""
    dest = entries.destination(folder, "File.copyTo")
    name, overwrite = entries.copy_options(rest, "File.copyTo", f.full_name)
    target = os.path.join(dest.real, name)
    if not overwrite and os.path.lexists(target):
        raise err("file_exists", path=target)
    try:
        shutil.copy2(f.real, target)
    except IsADirectoryError:
        raise err("file_exists" if os.path.isdir(target) else "file_not_found", path=target) from None
    except OSError as e:
        raise paths.os_error(e, f.platform if not os.path.exists(f.real) else target) from None
    return File4D(target, dest.fs)


def _move_to(f: File4D, folder=UNDEF, name=UNDEF) -> File4D:
    """.moveTo(destinationFolder{; newName}): move (and maybe rename) the file; return it."""
    dest = entries.destination(folder, "File.moveTo")
    target = os.path.join(dest.real, entries.new_name(name, f.full_name, "File.moveTo", 2))
    return _move(f, target, dest.fs)


def _rename(f: File4D, name=UNDEF) -> File4D:
    """.rename(newName): rename the file in its folder; return it."""
    if name is UNDEF:
        raise err("param_count", callee="File.rename", detail="expects 1 parameter(s), got 0")
    target = os.path.join(os.path.dirname(f.real), entries.new_name(name, "", "File.rename", 1))
    return _move(f, target, f.fs)


def _move(f: File4D, target: str, fs) -> File4D:
    f.need_exists()
    if target != f.real and os.path.lexists(target):
        raise err("file_exists", path=target)
    if openfiles.is_open(f.real):
        raise err("file_busy", path=f.platform)
    try:
        shutil.move(f.real, target)
    except OSError as e:
        raise paths.os_error(e, target) from None
    return File4D(target, fs)


def _get_text(f: File4D, charset=UNDEF, break_mode=UNDEF) -> str:
    """.getText({charSet{; breakMode}}): the file's text (UTF-8 by default, line breaks native: LF)."""
    cs = textio.charset(charset, "File.getText", 1)
    mode = textio.break_mode(break_mode, "File.getText", 2)
    return textio.decode(f.read_bytes("File.getText"), cs, mode)


def _set_text(f: File4D, text=UNDEF, charset=UNDEF, break_mode=UNDEF) -> None:
    """.setText(text{; charSet{; breakMode}}): replace the content (UTF-8 without mark by default)."""
    t = args.text(text, "File.setText", 1)
    cs = textio.charset(charset, "File.setText", 2)
    mode = textio.break_mode(break_mode, "File.setText", 3)
    f.write_bytes(textio.encode(t, cs, mode), "File.setText")


def _get_content(f: File4D) -> Blob4D:
    """.getContent(): the whole content as a 4D.Blob."""
    return Blob4D(f.read_bytes("File.getContent"))


def _set_content(f: File4D, content=UNDEF) -> None:
    """.setContent(content): replace the content with a blob's bytes."""
    f.write_bytes(read_bytes(content, "File.setContent", 1), "File.setContent")


def _create_alias(f: Entry, folder=UNDEF, alias_name=UNDEF, alias_type=UNDEF) -> File4D:
    """.createAlias(destinationFolder; aliasName{; aliasType}): a symbolic link (Linux has no other alias)."""
    cmd = f"{f.class_name}.createAlias"
    dest = entries.destination(folder, cmd)
    if alias_name is UNDEF:
        raise err("param_count", callee=cmd, detail="expects 2 to 3 parameter(s), got 1")
    target = os.path.join(dest.real, entries.new_name(alias_name, "", cmd, 2))
    if alias_type is not UNDEF:
        args.integer(alias_type, cmd, 3)
    if os.path.lexists(target):
        raise err("file_exists", path=target)
    try:
        os.symlink(f.real, target)
    except OSError as e:
        raise paths.os_error(e, target) from None
    return File4D(target, dest.fs)


def _open(f: File4D, mode=UNDEF):
    """.open({mode or options}): a 4D.FileHandle on the file ("read", "write" or "append")."""
    from stdlib_4d.files.handle import open_handle

    return open_handle(f, mode)


File4D.props4d = {
    **entries.common_props(File4D),
    "size": lambda f: f.size,
    "isAlias": lambda f: f.is_alias,
    "original": lambda f: f.original(),
}
File4D.funcs4d = {
    "create": _create,
    "createAlias": _create_alias,
    "delete": _delete,
    "copyTo": _copy_to,
    "moveTo": _move_to,
    "rename": _rename,
    "getText": _get_text,
    "setText": _set_text,
    "getContent": _get_content,
    "setContent": _set_content,
    "getAppInfo": lambda f: appinfo.get_app_info(f.real, f.platform),
    "setAppInfo": lambda f, info=UNDEF: appinfo.set_app_info(f.real, f.platform, info),
    "getIcon": entries.get_icon,
    "open": _open,
}


# ---------------------------------------------------------------- the File command

# File constants (File(constant)): the files a headless run can name; the others give Null.
FILE_CONSTANTS = {
    1: ("PROJECT", "Settings/backup.4DSettings"),  # Backup settings file
    3: ("PROJECT", "Settings/settings.4DSettings"),  # User settings file
    4: ("DATA", "Settings/settings.4DSettings"),  # User settings file for data
    5: ("LOGS", "VerificationLog.log"),  # Verification log file
    6: ("LOGS", "CompactingLog.log"),  # Compacting log file
    7: ("LOGS", "RepairLog.log"),  # Repair log file
    8: ("LOGS", "logweb.txt"),  # HTTP log file
    9: ("LOGS", "HTTPDebugLog.txt"),  # HTTP debug log file
    10: ("LOGS", "4DRequestsLog.txt"),  # Request log file
    11: ("LOGS", "4DDiagnosticLog.txt"),  # Diagnostic log file
    12: ("LOGS", "4DDebugLog.txt"),  # Debug log file
    13: ("LOGS", "Backup.txt"),  # Backup log file
    14: ("LOGS", "BuildApp.log.xml"),  # Build application log file
    15: ("LOGS", "4DSMTPLog.txt"),  # SMTP log file
    16: ("PROJECT", "Settings/directory.json"),  # Directory file
    17: ("DATA", "Settings/backup.4DSettings"),  # Backup settings file for data
    18: ("PROJECT", "Settings/backup.4DSettings"),  # Current backup settings file
    20: ("PROJECT", "Settings/buildApp.4DSettings"),  # Build application settings file
    23: ("LOGS", "4DIMAPLog.txt"),  # IMAP Log file
}


def file_of_constant(kind: int, star: bool = False) -> File4D | None:
    found = FILE_CONSTANTS.get(kind)
    if found is None:
        return None
    fs, rel = found
    real, fs = paths.resolve_posix(f"/{fs}/{rel}", star=star)
    return File4D(real, fs)


def make_file(cmd: str, path=UNDEF, path_type=UNDEF, star=UNDEF):
    """File(path{; pathType}{; *}) or File(fileConstant{; *})."""
    if path is UNDEF:
        raise err("param_count", callee=cmd, detail="expects 1 to 3 parameter(s), got 0")
    t = type(path)
    if t is float or t is int:
        return file_of_constant(args.integer(path, cmd, 1), path_type is STAR or star is STAR)
    if t is not str:
        raise err("bad_param_type", index=1, callee=cmd, detail=f"Text or Integer expected, got {type_name(path)}")
    kind = FK_POSIX_PATH if path_type is UNDEF or path_type is STAR else args.integer(path_type, cmd, 2)
    if kind == FK_PLATFORM_PATH:
        real, fs = paths.resolve_platform(path), None
    elif kind == FK_POSIX_PATH:
        real, fs = paths.resolve_posix(path, star=path_type is STAR or star is STAR)
    else:
        raise err("bad_value", detail=f"{cmd}: pathType must be fk posix path (0) or fk platform path (1), got {kind}")
    if path.endswith("/") and path != "/":
        real = paths.clean(real)
    return File4D(real, fs)


@command("File")
def file_(path=UNDEF, path_type=UNDEF, star=UNDEF):
    """File(path{; pathType}{; *}) or File(fileConstant{; *}): a new 4D.File."""
    return make_file("File", path, path_type, star)


register_builtin("File", File4D, new=lambda *a: make_file("4D.File.new", *a[:3]))
