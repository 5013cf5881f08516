"""Paths and well-known folders: Path to object, Object to path, Convert path
system to POSIX and back, Get 4D folder, Get 4D file, Temporary folder,
System folder, Structure file, Data file, Application file, Localized
document path.

Stage: stdlib commands. On Linux a system path is a POSIX path, so the
conversions only change percent-encoding (with *). Folder paths end with
"/", as 4D ends them with the platform separator. The folders are the ones
of docs/decisions.md ("Files and folders").
"""

from __future__ import annotations

import os
import sys
import urllib.parse

from runtime import appcontext, components
from runtime.codes import err
from runtime.registry import command
from runtime.values import STAR, UNDEF, Obj
from stdlib_4d import args
from stdlib_4d.files import paths

SEP = "/"


def as_folder(path: str) -> str:
    return path if path.endswith(SEP) else path + SEP


@command("Path to object", returns="object")
def path_to_object(path, path_type=UNDEF):
    """Path to object(path{; pathType}): {parentFolder; name; extension; isFolder}."""
    text = args.text(path, "Path to object", 1)
    if path_type is not UNDEF:
        args.integer(path_type, "Path to object", 2)  # Path is system and Path is POSIX are alike on Linux
    is_folder = text.endswith(SEP)
    body = text.rstrip(SEP)
    parent, _, last = body.rpartition(SEP)
    if not body:
        parent, last = "", ""
    name, ext = (last, "") if is_folder else os.path.splitext(last)
    return Obj(parentFolder=parent + SEP if parent or body.startswith(SEP) else "", name=name,
               extension=ext, isFolder=is_folder)


@command("Object to path", returns="text")
def object_to_path(path_object, path_type=UNDEF):
    """Object to path(pathObject{; pathType}): the path the object describes."""
    o = args.obj(path_object, "Object to path", 1)
    if o is None:
        raise err("bad_value", detail="Object to path: the path object is Null")

    def text(key: str) -> str:
        v = o.get(key, "")
        return v if type(v) is str else ""

    parent = text("parentFolder")
    if parent and not parent.endswith(SEP):
        parent += SEP
    ext = text("extension")
    if ext and not ext.startswith("."):
        ext = "." + ext
    out = parent + text("name") + ext
    return as_folder(out) if o.get("isFolder") is True else out


@command("Convert path system to POSIX", returns="text")
def convert_path_system_to_posix(system_path, star=UNDEF):
    """Convert path system to POSIX(systemPath{; *}): the same path on Linux (* percent-encodes it)."""
    text = args.text(system_path, "Convert path system to POSIX", 1)
    return urllib.parse.quote(text, safe="/") if star is STAR else text


@command("Convert path POSIX to system", returns="text")
def convert_path_posix_to_system(posix_path, star=UNDEF):
    """Convert path POSIX to system(posixPath{; *}): the same path on Linux (* decodes percent-encoding)."""
    text = args.text(posix_path, "Convert path POSIX to system", 1)
    return urllib.parse.unquote(text) if star is STAR else text


@command("Get 4D folder", returns="text")
def get_4d_folder(folder=UNDEF, star=UNDEF):
    """Get 4D folder({folder}{; *}): a 4D folder's path (Active 4D Folder by default), ending with "/"."""
    if folder is STAR:
        folder, star = UNDEF, STAR
    kind = 0 if folder is UNDEF else args.integer(folder, "Get 4D folder", 1)
    real = paths.folder_of_constant(kind, star is STAR) if kind in range(0, 11) else None
    if real is None:
        raise err("bad_value", detail=f"Get 4D folder: unknown folder {kind}")
    return as_folder(real)


@command("Get 4D file", returns="text")
def get_4d_file(file, star=UNDEF):
    """Get 4D file(file{; *}): the path of a 4D file ("" for those a headless run has none of)."""
    from stdlib_4d.files.file_class import file_of_constant

    found = file_of_constant(args.integer(file, "Get 4D file", 1))
    return "" if found is None else found.real


@command("Temporary folder", returns="text")
def temporary_folder():
    """The temporary folder ($TMPDIR, else /tmp), ending with "/"."""
    return as_folder(paths.temporary_folder())


def _system_folder(kind: int) -> str:
    xdg_config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(paths.home(), ".config")
    table = {
        0: "/etc", 1: "/usr/share/fonts", 2: "/etc/xdg", 3: xdg_config,
        15: paths.FOLDERS[115](None), 16: "/opt", 17: paths.FOLDERS[117](None), 18: paths.home(),
    }
    return table.get(kind, "")


@command("System folder", returns="text")
def system_folder(kind=UNDEF):
    """System folder({type}): a system folder ending with "/" ("" for the Windows-only ones)."""
    found = _system_folder(0 if kind is UNDEF else args.integer(kind, "System folder", 1))
    return as_folder(found) if found else ""


@command("Structure file", returns="text")
def structure_file(star=UNDEF):
    """Structure file({*}): the project file (Project/<name>.4DProject), or the method file run; in a
    component, the component's (the host's with *)."""
    return components.context(appcontext.current(), star is STAR).structure_file


@command("Data file", returns="text")
def data_file(segment=UNDEF):
    """Data file({segment}): the data file (the one given, else <data folder>/data.4DD)."""
    ctx = appcontext.current()
    return ctx.data_file or os.path.join(ctx.data_folder, "data.4DD")


@command("Application file", returns="text")
def application_file():
    """The program running the code: the run4d command (or the Python interpreter)."""
    argv0 = sys.argv[0] if sys.argv else ""
    return os.path.abspath(argv0) if argv0 and os.path.exists(argv0) else sys.executable


@command("Localized document path", returns="text")
def localized_document_path(relative_path):
    """Localized document path(relativePath): the file in Resources/<language>.lproj if there is one."""
    rel = args.text(relative_path, "Localized document path", 1).replace("\\", SEP).lstrip(SEP)
    ctx = appcontext.current()
    resources = components.context(ctx).resources_folder  # a component's own Resources
    # The run's language is the database localization (English unless SET DATABASE LOCALIZATION
    # changed it), not the machine's LANG: run4d runs as an English 4D (docs/decisions.md).
    lang = ctx.parameters.get("localization", "en")
    for candidate in (os.path.join(resources, f"{lang}.lproj", rel), os.path.join(resources, rel)):
        if os.path.exists(candidate):
            return candidate
    return os.path.join(resources, rel)
