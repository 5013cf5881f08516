"""HTTP SET CERTIFICATES FOLDER and HTTP Get certificates folder: where the HTTP client looks for
its client certificate (cert.pem and key.pem, PEM format as 4D requires).

Stage: stdlib commands. One folder for all the processes of the run, as 4D documents; by default
"ClientCertificatesFolder" next to the structure file (it need not exist: 4D creates it only when
needed). HTTP Get, HTTP Request and 4D.HTTPRequest without a certificatesFolder option use it.
"""

from __future__ import annotations

import os

from runtime import appcontext, lifecycle
from runtime.codes import err
from runtime.registry import command
from stdlib_4d import args
from stdlib_4d.files import paths

_chosen: list[str] = []  # the folder HTTP SET CERTIFICATES FOLDER chose (one for the whole run)
lifecycle.on_reset(_chosen.clear)


def folder() -> str:
    """The client certificates folder in effect (a POSIX path, with no trailing separator)."""
    if _chosen:
        return _chosen[0]
    # "next to the structure file": the database folder, as for documents (paths.document_path)
    return os.path.join(appcontext.current().database_folder, "ClientCertificatesFolder")


@command("HTTP SET CERTIFICATES FOLDER")
def http_set_certificates_folder(certificates_folder):
    """HTTP SET CERTIFICATES FOLDER(certificatesFolder): the client certificates folder of every
    process from now on; a path relative to the structure file's folder, or absolute. A folder that
    does not exist is an error (-43)."""
    cmd = "HTTP SET CERTIFICATES FOLDER"
    name = args.text(certificates_folder, cmd, 1)
    real = paths.document_path(name, "certificates folder")
    if not os.path.isdir(real):
        raise err("file_not_found", path=name)
    _chosen[:] = [real.rstrip(os.sep) or os.sep]


@command("HTTP Get certificates folder", returns="text")
def http_get_certificates_folder():
    """The client certificates folder in effect, as a system path ending with a separator."""
    return folder() + os.sep
