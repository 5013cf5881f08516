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

import hashlib
import os
import pickle
import sys
import tempfile


def path_for(grammar: str, *modules) -> str:
    """The cache file of the tables of `grammar` read by `modules` (their sources go in the digest)."""
    import lark

    h = hashlib.sha256(f"{lark.__version__}\0{sys.version}\0".encode())
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
    """The tables stored at `path`, or None (absent, unreadable, not ours)."""
    try:
        with open(path, "rb") as fh:
            spec = pickle.load(fh)
    except Exception:  # noqa: BLE001  (any damage: the tables are made again)
        return None
    return spec if isinstance(spec, dict) else None


def store(path: str, spec: dict) -> None:
    """Keep `spec` at `path` (written whole then renamed: a reader never sees half a file)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            pickle.dump(spec, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001  (a read-only or full disk: no cache, same tables)
        try:
            os.remove(tmp)
        except OSError:
            pass
