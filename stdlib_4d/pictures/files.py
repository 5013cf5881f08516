"""Picture files: READ PICTURE FILE, WRITE PICTURE FILE, Is picture file.

Stage: stdlib commands. Names are platform paths, relative ones relative to the
database folder (stdlib_4d.files.paths.document_path). An empty name would open a
file dialog: headless, there is none, so OK is 0 and nothing is read or written.
"""

from __future__ import annotations

import os

from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Picture, Pointer
from stdlib_4d import args
from stdlib_4d.files import paths
from stdlib_4d.files.documents import set_document, set_ok
from stdlib_4d.pictures.codec_table import bytes_of, codec_id, encode, format_of


def store_picture(target, data: bytes, cmd: str, index: int) -> None:
    target = out_target(target)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=index, callee=cmd, detail="a Picture variable was expected")
    target.set(Picture(data))


@command("READ PICTURE FILE", outputs=(2,))
def read_picture_file(file_name, picture, star=UNDEF):
    """READ PICTURE FILE(fileName; picture{; *}): load a picture file (any file with *); Document is
    set to its path. A file that is not a picture run4d knows gives OK=0 (without *)."""
    cmd = "READ PICTURE FILE"
    set_ok(False)
    name = args.text(file_name, cmd, 1)
    if not name:
        return  # the Open file dialog: none headless
    real = paths.document_path(name)
    try:
        with open(real, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise err("file_not_found", path=real) from None
    except OSError as e:
        raise paths.os_error(e, real) from None
    if star is not STAR and format_of(data) is None:
        return
    store_picture(picture, data, cmd, 2)
    set_document(real)
    set_ok(True)


@command("WRITE PICTURE FILE")
def write_picture_file(file_name, picture, codec=UNDEF):
    """WRITE PICTURE FILE(fileName; picture{; codec}): save a picture, in the codec given or the one of
    the file's extension (written as is when it is already in that format). OK=0 when run4d cannot
    write that format from this picture."""
    cmd = "WRITE PICTURE FILE"
    set_ok(False)
    name = args.text(file_name, cmd, 1)
    if not name:
        return  # the Save file dialog: none headless
    data = bytes_of(picture.get() if type(picture) is Pointer else picture)
    wanted = codec_id(args.text(codec, cmd, 3)) if codec is not UNDEF else codec_id(os.path.splitext(name)[1])
    if wanted is None:
        return
    out = encode(data, wanted)
    if out is None:
        return
    real = paths.document_path(name)
    paths.write_document(real, out)
    set_document(real)
    set_ok(True)


@command("Is picture file", returns="boolean")
def is_picture_file(file_path, star=UNDEF):
    """Is picture file(filePath{; *}): True if the file holds a picture run4d recognizes."""
    real = paths.document_path(args.text(file_path, "Is picture file", 1))
    try:
        with open(real, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return format_of(head) is not None
