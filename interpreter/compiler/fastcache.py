"""The fast path's tables kept on disk, as Lark keeps its own (`Lark(..., cache=True)`).

Stage: the parser's start-up (parser.fast_tables). Loading Lark's parser from its cache
and decoding its tables for the fast path take some 25 ms at every start; the decoded
tables (fastparse.lark_spec: plain data and Lark's Rule objects) load in a third of that.
They go where Lark's cache goes (the temporary directory), one file per digest of all
they derive from: the grammar, Lark's and Python's versions, and the sources that read
them (parser.py's Lark options, the postlexer, fastparse.py). Nothing else is cached:
the callbacks are made again for the live builder, by Lark's own code.

Like Lark's cache, this one is not run4d's compile cache (cache.py, RUN4D_CACHE): it
holds nothing of the files compiled, only what the installed grammar and code give.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile


def path_for(grammar: str, *modules) -> str:
    """The cache file of the tables of `grammar` read by `modules` (their sources go in the digest)."""
    from interpreter.compiler import larkpkg

    h = hashlib.sha256(f"{larkpkg.version()}\0{sys.version}\0".encode())
    h.update(grammar.encode())
    for module in modules:
        with open(module.__file__, "rb") as fh:
            h.update(b"\0" + fh.read())
    try:
        user = str(os.getuid())
    except AttributeError:  # no uid (Windows): the temporary directory is the user's own
        user = ""
    return os.path.join(tempfile.gettempdir(), f".run4d_fastparse_{user}_{h.hexdigest()[:32]}.pickle")


def load(path: str) -> dict | None:
    """The tables stored at `path`, or None (absent, unreadable, not ours).

    The temporary directory is shared: a file is read only if this user owns it and no one
    else may write it (a pickle planted by another user would run their code), checked on
    the file opened, not followed through a link.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return None
            spec = pickle.load(fh)
    except Exception:  # noqa: BLE001  (any damage: the tables are made again)
        return None
    return spec if isinstance(spec, dict) else None


def store(path: str, spec: dict) -> None:
    """Keep `spec` at `path` (written whole then renamed: a reader never sees half a file),
    readable and writable by this user only."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(spec, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001  (a read-only or full disk: no cache, same tables)
        with contextlib.suppress(OSError):
            os.remove(tmp)
