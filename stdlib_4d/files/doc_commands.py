"""Whole documents and folders by name: Document to text, TEXT TO DOCUMENT,
COPY/MOVE/DELETE DOCUMENT, CREATE/DELETE FOLDER, Test path name, document
properties, aliases, and the dialogs a headless run cannot show.

Stage: stdlib commands. Names are platform paths; a relative name is
relative to the database folder (paths.document_path). Errors are 4D's file
manager codes and OK is set where 4D documents it.
"""

from __future__ import annotations

import datetime
import os
import shutil
import stat

from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Date4D, Pointer, Time4D
from stdlib_4d import args
from stdlib_4d.files import openfiles, paths, textio
from stdlib_4d.files.documents import set_document, set_ok

SEP = "/"


def put(target, value, cmd: str, index: int) -> None:
    """Store a result in the variable an output parameter designates."""
    target = out_target(target)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=index, callee=cmd, detail="a variable is expected here")
    target.set(value)


def _real(name, cmd: str, index: int = 1) -> str:
    return paths.document_path(args.text(name, cmd, index))


@command("Document to text", returns="text")
def document_to_text(file_name, charset=UNDEF, break_mode=UNDEF):
    """Document to text(fileName{; charSet{; breakMode}}): a document's text (UTF-8, native breaks: LF)."""
    real = _real(file_name, "Document to text")
    cs = textio.charset(charset, "Document to text", 2)
    mode = textio.break_mode(break_mode, "Document to text", 3)
    try:
        with open(real, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise err("file_not_found", path=real) from None
    except OSError as e:
        raise paths.os_error(e, real) from None
    return textio.decode(data, cs, mode)


@command("TEXT TO DOCUMENT")
def text_to_document(file_name, text, charset=UNDEF, break_mode=UNDEF):
    """TEXT TO DOCUMENT(fileName; text{; charSet{; breakMode}}): write a whole document (UTF-8 without mark)."""
    real = _real(file_name, "TEXT TO DOCUMENT")
    t = args.text(text, "TEXT TO DOCUMENT", 2)
    cs = textio.charset(charset, "TEXT TO DOCUMENT", 3)
    mode = textio.break_mode(break_mode, "TEXT TO DOCUMENT", 4)
    if openfiles.is_writing(real):
        raise err("file_busy", path=real)
    paths.write_document(real, textio.encode(t, cs, mode))


@command("Test path name", returns="real")
def test_path_name(pathname):
    """Test path name(pathname): Is a document (1), Is a folder (0), or a negative error code (-43)."""
    name = args.text(pathname, "Test path name", 1)
    if not name or "\x00" in name:
        return -37.0
    real = paths.document_path(name)
    if os.path.isdir(real):
        return 0.0
    if os.path.isfile(real) and not name.endswith(SEP):
        return 1.0
    return -43.0


@command("DELETE DOCUMENT")
def delete_document(document):
    """DELETE DOCUMENT(document): delete a document (-43 if missing, -47 if open)."""
    real = _real(document, "DELETE DOCUMENT")
    if not os.path.lexists(real) or (os.path.isdir(real) and not os.path.islink(real)):
        set_ok(False)
        raise err("file_not_found", path=real)
    if openfiles.is_open(real):
        set_ok(False)
        raise err("file_busy", path=real)
    try:
        os.remove(real)
    except OSError as e:
        set_ok(False)
        raise paths.os_error(e, real) from None
    set_ok(True)


@command("COPY DOCUMENT")
def copy_document(source, destination, new_name=UNDEF, star=UNDEF):
    """COPY DOCUMENT(source; destination{; newName}{; *}): copy a document or a folder; * overwrites."""
    if new_name is STAR:
        new_name, star = UNDEF, STAR
    src = _real(source, "COPY DOCUMENT")
    dest_text = args.text(destination, "COPY DOCUMENT", 2)
    dst = paths.document_path(dest_text)
    overwrite = star is STAR
    if dest_text.endswith(SEP) or new_name is not UNDEF:
        name = args.text(new_name, "COPY DOCUMENT", 3) if new_name is not UNDEF else os.path.basename(src)
        if not os.path.isdir(dst):
            raise err("folder_not_found", path=dst)
        dst = os.path.join(dst, name)
    if not os.path.exists(src):
        raise err("folder_not_found" if source.endswith(SEP) else "file_not_found", path=src)
    if os.path.lexists(dst) and not overwrite:
        raise err("file_exists", path=dst)
    try:
        if os.path.isdir(src):
            shutil.copytree(src, dst, symlinks=True, dirs_exist_ok=overwrite)
        else:
            shutil.copy2(src, dst)
    except shutil.Error as e:
        raise err("io_error", detail=str(e)) from None
    except OSError as e:
        raise paths.os_error(e, e.filename or dst) from None


@command("MOVE DOCUMENT")
def move_document(source, destination):
    """MOVE DOCUMENT(srcPathname; dstPathname): move or rename a document (-48 if the destination exists)."""
    src = _real(source, "MOVE DOCUMENT")
    dst = _real(destination, "MOVE DOCUMENT", 2)
    if not os.path.lexists(src):
        raise err("file_not_found", path=src)
    if os.path.lexists(dst):
        raise err("file_exists", path=dst)
    if not os.path.isdir(os.path.dirname(dst)):
        raise err("folder_not_found", path=os.path.dirname(dst))
    if openfiles.is_open(src):
        raise err("file_busy", path=src)
    try:
        shutil.move(src, dst)
    except OSError as e:
        raise paths.os_error(e, dst) from None


@command("CREATE FOLDER")
def create_folder(folder_path, star=UNDEF):
    """CREATE FOLDER(folderPath{; *}): create a folder (with *, its missing parents too)."""
    real = _real(folder_path, "CREATE FOLDER")
    if os.path.isdir(real):
        set_ok(True)
        return  # already there: nothing to do (docs/decisions.md)
    try:
        if star is STAR:
            os.makedirs(real)
        else:
            os.mkdir(real)
    except FileNotFoundError:
        set_ok(False)
        raise err("folder_not_found", path=os.path.dirname(real)) from None
    except OSError as e:
        set_ok(False)
        raise paths.os_error(e, real) from None
    set_ok(True)


@command("DELETE FOLDER")
def delete_folder(folder, option=UNDEF):
    """DELETE FOLDER(folder{; deleteOption}): Delete only if empty (0, default) or Delete with contents (1)."""
    from stdlib_4d.files.folder_class import Folder4D, _delete

    _delete(Folder4D(_real(folder, "DELETE FOLDER")), option)


# ---------------------------------------------------------------- properties


def _moment(date: Date4D, time: Time4D) -> float:
    day = datetime.date(date.y, date.m, date.d) if not date.is_null() else datetime.date.today()
    return datetime.datetime.combine(day, datetime.time()).timestamp() + time.s


@command("GET DOCUMENT PROPERTIES", outputs=(2, 3, 4, 5, 6, 7))
def get_document_properties(document, locked, invisible, created_on, created_at, modified_on, modified_at):
    """GET DOCUMENT PROPERTIES(document; locked; invisible; createdOn; createdAt; modifiedOn; modifiedAt)."""
    from stdlib_4d.files.file_class import File4D

    real = _real(document, "GET DOCUMENT PROPERTIES")
    entry = File4D(real)
    if not entry.exists:
        raise err("file_not_found", path=real)
    cmd = "GET DOCUMENT PROPERTIES"
    put(locked, not os.access(real, os.W_OK), cmd, 2)
    put(invisible, entry.hidden, cmd, 3)
    put(created_on, entry.date_of("created"), cmd, 4)
    put(created_at, entry.time_of("created"), cmd, 5)
    put(modified_on, entry.date_of("modified"), cmd, 6)
    put(modified_at, entry.time_of("modified"), cmd, 7)


@command("SET DOCUMENT PROPERTIES")
def set_document_properties(document, locked, invisible, created_on, created_at, modified_on, modified_at):
    """SET DOCUMENT PROPERTIES(...): lock (read-only) and the modification moment; Linux keeps no
    creation date and makes a file invisible by its name only, so those are ignored."""
    cmd = "SET DOCUMENT PROPERTIES"
    real = _real(document, cmd)
    if not os.path.isfile(real):
        raise err("file_not_found", path=real)
    lock = args.boolean(locked, cmd, 2)
    args.boolean(invisible, cmd, 3)
    args.date(created_on, cmd, 4)
    args.time(created_at, cmd, 5)
    when = _moment(args.date(modified_on, cmd, 6), args.time(modified_at, cmd, 7))
    try:
        mode = os.stat(real).st_mode
        writable = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        os.chmod(real, (mode & ~writable) if lock else (mode | stat.S_IWUSR))
        os.utime(real, (when, when))
    except OSError as e:
        raise paths.os_error(e, real) from None


# ---------------------------------------------------------------- aliases


@command("CREATE ALIAS")
def create_alias(target_path, alias_path):
    """CREATE ALIAS(targetPath; aliasPath): a symbolic link (the aliases of Linux)."""
    target = _real(target_path, "CREATE ALIAS")
    alias = _real(alias_path, "CREATE ALIAS", 2)
    if not os.path.lexists(target):
        raise err("file_not_found", path=target)
    if os.path.lexists(alias):
        raise err("file_exists", path=alias)
    try:
        os.symlink(target, alias)
    except OSError as e:
        raise paths.os_error(e, alias) from None


@command("RESOLVE ALIAS", outputs=(2,))
def resolve_alias(alias_path, target_path):
    """RESOLVE ALIAS(aliasPath; targetPath): the target of a symbolic link (the path itself otherwise)."""
    alias = _real(alias_path, "RESOLVE ALIAS")
    if not os.path.lexists(alias):
        set_ok(False)
        raise err("file_not_found", path=alias)
    target = os.path.realpath(alias) if os.path.islink(alias) else alias
    put(target_path, target + (SEP if os.path.isdir(target) else ""), "RESOLVE ALIAS", 2)
    set_ok(True)


# ---------------------------------------------------------------- no desktop


@command("Select document", returns="text", outputs=(5,))
def select_document(directory=UNDEF, file_types=UNDEF, title=UNDEF, options=UNDEF, selected=UNDEF):
    """Select document(...): there is no dialog headless: "" and OK = 0 (Document is emptied)."""
    set_document("")
    set_ok(False)
    return ""


@command("Select folder", returns="text")
def select_folder(message=UNDEF, default_path=UNDEF, options=UNDEF):
    """Select folder(...): there is no dialog headless: "" and OK = 0."""
    set_ok(False)
    return ""


@command("SHOW ON DISK")
def show_on_disk(pathname, star=UNDEF):
    """SHOW ON DISK(pathname{; *}): no file browser headless; only checks that the path exists."""
    real = _real(pathname, "SHOW ON DISK")
    if not os.path.lexists(real):
        raise err("file_not_found", path=real)


@command("GET DOCUMENT ICON")
def get_document_icon(doc_path, icon=UNDEF, size=UNDEF):
    """GET DOCUMENT ICON(docPath; icon{; size}): icons need a desktop; not supported."""
    raise err("unsupported", what="GET DOCUMENT ICON")


@command("VOLUME ATTRIBUTES", outputs=(2, 3, 4))
def volume_attributes(volume, size, used, free):
    """VOLUME ATTRIBUTES(volume; size; used; free): the bytes of the file system holding a path."""
    real = _real(volume, "VOLUME ATTRIBUTES")
    try:
        usage = shutil.disk_usage(real)
    except OSError as e:
        set_ok(False)
        raise paths.os_error(e, real) from None
    put(size, float(usage.total), "VOLUME ATTRIBUTES", 2)
    put(used, float(usage.used), "VOLUME ATTRIBUTES", 3)
    put(free, float(usage.free), "VOLUME ATTRIBUTES", 4)
    set_ok(True)


# ---------------------------------------------------------------- lists into arrays

RECURSIVE_PARSING, ABSOLUTE_PATH, POSIX_PATH, IGNORE_INVISIBLE = 1, 2, 4, 8


def _fill_text_array(target, values: list, cmd: str, index: int) -> None:
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    fill(out_array(target, cmd, index, "text"), values, cmd)


def _folder(pathname, cmd: str) -> str:
    real = _real(pathname, cmd)
    if not os.path.isdir(real):
        set_ok(False)
        raise err("folder_not_found", path=real)
    return real


@command("DOCUMENT LIST", outputs=(2,))
def document_list(pathname, documents, options=UNDEF):
    """DOCUMENT LIST(pathname; documents{; options}): the documents of a folder, in name order.

    Options: Recursive parsing (1: paths relative to the folder), Absolute path (2),
    Posix path (4: the same paths on Linux), Ignore invisible (8).
    """
    cmd = "DOCUMENT LIST"
    root = _folder(pathname, cmd)
    opts = 0 if options is UNDEF else args.integer(options, cmd, 3)
    found: list[str] = []

    def walk(folder: str, rel: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda d: d.name)
        except OSError:
            return
        for d in entries:
            if opts & IGNORE_INVISIBLE and d.name.startswith("."):
                continue
            if d.is_dir(follow_symlinks=False):
                continue
            found.append(d.path if opts & ABSOLUTE_PATH else rel + d.name)
        if opts & RECURSIVE_PARSING:
            for d in entries:
                if d.is_dir(follow_symlinks=False) and not (opts & IGNORE_INVISIBLE and d.name.startswith(".")):
                    walk(d.path, rel + d.name + SEP)

    walk(root, "")
    _fill_text_array(documents, found, cmd, 2)
    set_ok(True)


@command("FOLDER LIST", outputs=(2,))
def folder_list(pathname, directories):
    """FOLDER LIST(pathname; directories): the names of the folders a folder holds, in name order."""
    cmd = "FOLDER LIST"
    root = _folder(pathname, cmd)
    try:
        names = sorted(d.name for d in os.scandir(root) if d.is_dir(follow_symlinks=False))
    except OSError as e:
        raise paths.os_error(e, root) from None
    _fill_text_array(directories, names, cmd, 2)
    set_ok(True)


@command("VOLUME LIST", outputs=(1,))
def volume_list(volumes):
    """VOLUME LIST(volumes): the mount points of the machine's file systems ("/" first)."""
    import psutil

    points = sorted({p.mountpoint for p in psutil.disk_partitions(all=False)} | {SEP})
    _fill_text_array(volumes, points, "VOLUME LIST", 1)
