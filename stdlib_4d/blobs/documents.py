"""Whole documents as blobs: DOCUMENT TO BLOB, BLOB TO DOCUMENT.

Stage: stdlib. Names are platform paths, relative ones relative to the database
folder (stdlib_4d.files.paths.document_path), as for the other document commands.
OK is 1 on success; on failure it is 0 and the file manager's error is raised
(-43 no such document, -47 open for writing elsewhere, -61 permission...).
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.blob import check_blob_target, read_bytes, write_new_blob
from stdlib_4d.files import openfiles, paths
from stdlib_4d.files.documents import set_ok


@command("DOCUMENT TO BLOB", outputs=(2,))
def document_to_blob(document, blob, star=UNDEF):
    """DOCUMENT TO BLOB(document; blob): load a whole document into a blob."""
    cmd = "DOCUMENT TO BLOB"
    set_ok(False)
    real = paths.document_path(args.text(document, cmd, 1))
    check_blob_target(blob, cmd, 2, new=True)
    if openfiles.is_writing(real):
        raise err("file_busy", path=real)
    try:
        with open(real, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise err("file_not_found", path=real) from None
    except OSError as e:
        raise paths.os_error(e, real) from None
    write_new_blob(blob, data, cmd, 2)
    set_ok(True)


@command("BLOB TO DOCUMENT")
def blob_to_document(document, blob, star=UNDEF):
    """BLOB TO DOCUMENT(document; blob): write a blob as the whole contents of a document (created
    if needed)."""
    cmd = "BLOB TO DOCUMENT"
    set_ok(False)
    real = paths.document_path(args.text(document, cmd, 1))
    data = read_bytes(blob, cmd, 2)
    if openfiles.is_writing(real):
        raise err("file_busy", path=real)
    paths.write_document(real, data)
    set_ok(True)
