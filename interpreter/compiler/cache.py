"""Compiled-code cache: a file compiled once is not parsed or compiled again.

Stage: assembly (used by Program). The REPL, `run4d test`, `run4d --check`
and the language server load the same files again and again; a unit whose
text, path and compile context are unchanged is taken from the cache:

- in memory, per process (every Program of the process shares it), and
- on disk, under $RUN4D_CACHE (default: $XDG_CACHE_HOME/run4d, else
  ~/.cache/run4d; "off" disables the disk level), one file per unit:
  the parsed unit (pickle) and the Python code object (marshal).

The key hashes run4d's own sources (any change to the compiler, the
runtime, the commands or the grammar makes every entry stale), the file's
path and text, and what code generation read from the program: the
project's method names, their result types, the array variables, REPL
mode. Compiled code refers to globals by names made from the key, so an
entry can be bound into any Program: the recorded constants (FuncInfo,
literal dates, the unit's own class) are bound again when it is used.
Only units that compiled without error are stored; REPL and doc-page
pieces (session methods) are not cached.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sys
from contextlib import contextmanager
from pathlib import Path

from runtime.registry import py_ident

_VERSION = b"run4d-cache-1"
_MEMORY: dict[str, dict] = {}
_MEMORY_LIMIT = 512  # entries kept in memory (oldest dropped first)
_memory_on = [True]  # off while a one-shot command loads its files (see one_shot)
_fingerprint: list[bytes] = []


def fingerprint() -> bytes:
    """A digest of run4d's sources and data (sizes and modification times), computed once."""
    if not _fingerprint:
        h = hashlib.sha256(_VERSION + sys.version.encode())
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
        lines: list[str] = []
        for package in ("interpreter", "runtime", "stdlib_4d", "grammar"):
            _scan(root, package, lines)
        for line in sorted(lines):  # the order pathlib's sorted rglob gave (by relative path)
            h.update(line.encode())
        _fingerprint.append(h.digest())
    return _fingerprint[0]


def _scan(root: str, rel: str, out: list[str]) -> None:
    """`path:size:mtime` lines of the sources under root/rel (os.scandir: this runs at every start)."""
    try:
        entries = list(os.scandir(os.path.join(root, rel)))
    except OSError:
        return
    for entry in entries:
        name = os.path.join(rel, entry.name)
        if entry.is_dir():
            _scan(root, name, out)
        elif entry.name.endswith((".py", ".lark", ".tsv")):
            st = entry.stat()
            out.append(f"{name}:{st.st_size}:{st.st_mtime_ns}\n")


def folder() -> Path | None:
    """The disk cache folder, or None when the disk level is off."""
    setting = os.environ.get("RUN4D_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "run4d"


def unit_key(text: str, path: str, name: str, context: bytes) -> str:
    h = hashlib.sha256(fingerprint())
    for part in (path.encode(), name.encode(), context, text.encode("utf-8", "surrogatepass")):
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def get(key: str) -> dict | None:
    entry = _MEMORY.get(key)
    if entry is not None:
        return entry
    base = folder()
    if base is None:
        return None
    try:
        raw = (base / key[:2] / key).read_bytes()
        entry = pickle.loads(raw)
        if "code" in entry:
            entry["code"] = marshal.loads(entry["code"])
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError, AttributeError, ImportError):
        return None
    _remember(key, entry)
    return entry


def put(key: str, entry: dict) -> None:
    _remember(key, entry)
    base = folder()
    if base is None:
        return
    try:
        if "code" in entry:
            entry = {**entry, "code": marshal.dumps(entry["code"])}
        data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        target = base / key[:2]
        target.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed: a reader never sees half a file.
        import tempfile  # only when writing an entry (not at every start)

        fd, tmp = tempfile.mkstemp(dir=target, prefix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target / key)
    except (OSError, pickle.PicklingError, TypeError, ValueError, RecursionError):
        pass  # the disk level is an optimisation: no error if it cannot be written


@contextmanager
def one_shot():
    """A command that loads each file once (`run4d FILE`, `run4d --check`): no memory level.

    Nothing would read it again, and keeping a pickled copy of every parsed unit costs
    about a twentieth of a cold check.
    """
    saved = _memory_on[0]
    _memory_on[0] = False
    try:
        yield
    finally:
        _memory_on[0] = saved


def wanted() -> bool:
    """Is an entry put now kept anywhere (memory or disk)?"""
    return _memory_on[0] or folder() is not None


def _remember(key: str, entry: dict) -> None:
    if not _memory_on[0]:
        return
    if len(_MEMORY) >= _MEMORY_LIMIT:
        _MEMORY.pop(next(iter(_MEMORY)))
    _MEMORY[key] = entry


def clear_memory() -> None:
    _MEMORY.clear()


class Recorder:
    """The program as the code generator sees it, naming globals after the cache key.

    Names made by `fresh` and `constant` depend only on the unit, so cached code binds
    into any Program; constants are recorded to be bound again.
    """

    def __init__(self, program, key: str) -> None:
        self._program = program
        self._tag = key[:10]
        self._count = 0
        self.constants: dict[str, object] = {}
        self._ids: dict[int, str] = {}

    def __getattr__(self, name):
        return getattr(self._program, name)

    def fresh(self, prefix: str) -> str:
        self._count += 1
        return f"{py_ident(prefix)}_{self._tag}_{self._count}"

    def constant(self, value) -> str:
        name = self._ids.get(id(value))
        if name is None:
            name = self.fresh("_K")
            self._ids[id(value)] = name
            self.constants[name] = value
            self._program.G[name] = value
        return name
