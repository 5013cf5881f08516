"""Paths: POSIX and platform paths, the 4D filesystems and the `fk` folders.

Stage: stdlib support for File, Folder and the document commands. A path
given to 4D is either POSIX ("/PACKAGE/a.txt", "/home/me/a.txt") or a
platform path; on Linux both are absolute POSIX paths of the machine. The
filesystems (/PACKAGE, /DATA, /LOGS, /RESOURCES, /PROJECT, /SOURCES) and
the `fk` folder constants resolve through the application context
(runtime/appcontext.py); docs/decisions.md ("Files and folders") lists the
mapping used on a headless Linux run.
"""

from __future__ import annotations

import errno
import os
import tempfile

from runtime import appcontext, components
from runtime.codes import err

SEP = "/"

# Filesystem name -> the context's folder for it.
FILESYSTEMS = {
    "PACKAGE": lambda c: c.database_folder,
    "DATA": lambda c: c.data_folder,
    "LOGS": lambda c: c.logs_folder,
    "RESOURCES": lambda c: c.resources_folder,
    "PROJECT": lambda c: c.project_folder,
    "SOURCES": lambda c: c.sources_folder,
}


def home() -> str:
    return os.environ.get("HOME") or os.path.expanduser("~")


def _xdg(var: str, default: str) -> str:
    value = os.environ.get(var, "")
    return value if os.path.isabs(value) else os.path.join(home(), default)


def _user_dir(kind: str, default: str) -> str:
    """An XDG user folder (Desktop, Documents): XDG_<KIND>_DIR, user-dirs.dirs, ~/<default>, else $HOME."""
    value = os.environ.get(f"XDG_{kind}_DIR", "")
    if not value:
        try:
            with open(os.path.join(_xdg("XDG_CONFIG_HOME", ".config"), "user-dirs.dirs"), encoding="utf-8") as fh:
                for line in fh:
                    name, _, raw = line.strip().partition("=")
                    if name == f"XDG_{kind}_DIR":
                        value = raw.strip('"').replace("$HOME", home())
        except OSError:
            pass
    if not value:
        value = os.path.join(home(), default)
    return value if os.path.isdir(value) else home()


def temporary_folder() -> str:
    return tempfile.gettempdir()


# Folder constants (fk ...; Get 4D folder's selectors share the values) -> real folder.
FOLDERS = {
    0: lambda c: os.path.join(_xdg("XDG_CONFIG_HOME", ".config"), "4D"),  # fk user preferences folder
    1: lambda c: os.path.join(_xdg("XDG_DATA_HOME", ".local/share"), "4D", "Licenses"),  # fk licenses folder
    3: lambda c: c.database_folder,  # fk remote database folder: a standalone run is its own "remote"
    4: lambda c: c.database_folder,  # fk database folder
    5: lambda c: c.database_folder,  # Database folder Unix syntax (Get 4D folder)
    6: lambda c: c.resources_folder,  # fk resources folder
    7: lambda c: c.logs_folder,  # fk logs folder
    8: lambda c: c.web_folder,  # fk web root folder
    9: lambda c: c.data_folder,  # fk data folder
    10: lambda c: os.path.join(c.data_folder, "MobileApps"),  # fk mobileApps folder
    100: lambda c: "/etc",  # fk system folder
    115: lambda c: _user_dir("DESKTOP", "Desktop"),  # fk desktop folder
    116: lambda c: "/opt",  # fk applications folder
    117: lambda c: _user_dir("DOCUMENTS", "Documents"),  # fk documents folder
    118: lambda c: home(),  # fk home folder
}


# In a component, these are the component's own folders unless `*` asks for the host's
# (Get 4D folder, Folder(fk database folder; *), Structure file(*)).
COMPONENT_FOLDERS = frozenset({4, 5, 6})
COMPONENT_FILESYSTEMS = frozenset({"PACKAGE", "PROJECT", "SOURCES", "RESOURCES"})


def folder_of_constant(kind: int, star: bool = False) -> str | None:
    fn = FOLDERS.get(kind)
    if fn is None:
        return None
    ctx = appcontext.current()
    if kind in COMPONENT_FOLDERS:
        ctx = components.context(ctx, star)
    return clean(fn(ctx))


def clean(path: str) -> str:
    """An absolute, normalised path without a trailing separator (except the root)."""
    path = os.path.normpath(path)
    if path.startswith("//"):
        path = path[1:]
    return path


def check_text(path: str, what: str) -> None:
    if "\x00" in path:
        raise err("bad_path", detail=f"{what} contains a NUL character")


def resolve_posix(path: str, what: str = "path", star: bool = False) -> tuple[str, str | None]:
    """(real path, filesystem name or None) for an absolute POSIX path.

    "/PACKAGE/a" and "/PACKAGE" use the filesystem; any other absolute path is
    the machine's own. A relative path is an error (File and Folder accept
    absolute paths only).
    """
    check_text(path, what)
    if not path.startswith(SEP):
        raise err("bad_path", detail=f'"{path}" is not an absolute POSIX path')
    head, _, rest = path[1:].partition(SEP)
    fs = FILESYSTEMS.get(head)
    if fs is not None:
        ctx = appcontext.current()
        if head in COMPONENT_FILESYSTEMS:
            ctx = components.context(ctx, star)
        root = fs(ctx)
        return clean(os.path.join(root, rest) if rest else root), head
    return clean(path), None


def resolve_platform(path: str, what: str = "path") -> str:
    """The real path of a platform path (on Linux: an absolute POSIX path; "~" is the home folder)."""
    check_text(path, what)
    if path.startswith("~"):
        path = os.path.expanduser(path)
    if not os.path.isabs(path):
        raise err("bad_path", detail=f'"{path}" is not an absolute path')
    return clean(path)


def display(real: str, fs: str | None, folder: bool) -> str:
    """The POSIX path 4D shows (.path): the filesystem form when `real` lies inside it."""
    text = real
    if fs is not None:
        root = clean(FILESYSTEMS[fs](appcontext.current()))
        if real == root:
            text = f"/{fs}"
        elif real.startswith(root.rstrip(SEP) + SEP):
            text = f"/{fs}/" + real[len(root.rstrip(SEP)) + 1:]
        else:
            fs = None
    if folder and not text.endswith(SEP):
        text += SEP
    return text


def filesystem_of(real: str, fs: str | None) -> str | None:
    """`fs` if `real` is still inside that filesystem, else None."""
    if fs is None:
        return None
    root = clean(FILESYSTEMS[fs](appcontext.current()))
    return fs if real == root or real.startswith(root.rstrip(SEP) + SEP) else None


def document_path(name: str, what: str = "document") -> str:
    """The real path of a document name given to the classic commands.

    An absolute path is used as it is; a relative one (a name, or "sub/name")
    is relative to the database folder (4D: "next to the structure file").
    """
    check_text(name, what)
    if not name:
        raise err("bad_path", detail=f"the {what} name is empty (run4d opens no dialog)")
    if name.startswith("~"):
        name = os.path.expanduser(name)
    if os.path.isabs(name):
        return clean(name)
    return clean(os.path.join(appcontext.current().database_folder, name))


def valid_name(name: str) -> bool:
    """A file or folder name 4D accepts: not empty, no separator (/ \\ :), no NUL, not . or .."""
    return bool(name) and name not in (".", "..") and not any(ch in name for ch in "/\\:\x00")


def write_document(real: str, data: bytes) -> None:
    """Write `data` as the whole contents of the document at `real`, with 4D's errors."""
    try:
        with open(real, "wb") as fh:
            fh.write(data)
    except IsADirectoryError:
        raise err("file_busy", path=real) from None
    except OSError as e:
        raise os_error(e, real) from None


def os_error(e: OSError, path: str):
    """The 4D error for an operating system error on `path`."""
    code = e.errno
    if code == errno.ENOENT:
        return err("file_not_found", path=path)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return err("permission", path=path)
    if code == errno.EEXIST:
        return err("file_exists", path=path)
    if code == errno.ENOTEMPTY:
        return err("file_busy", path=path)
    if code == errno.ENOSPC:
        return err("disk_full", path=path)
    if code == errno.EMFILE:
        return err("too_many_open")
    if code in (errno.ENAMETOOLONG, errno.EINVAL):
        return err("bad_name", name=path)
    if code == errno.ENOTDIR:
        return err("folder_not_found", path=path)
    if code == errno.EISDIR:
        return err("file_busy", path=path)
    return err("io_error", detail=f"{path}: {e.strerror or e}")
