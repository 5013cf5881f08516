"""Which files are open: by a 4D.FileHandle or a document reference.

Stage: stdlib support. 4D refuses to delete a file that is open, to write
its whole content (setText, TEXT TO DOCUMENT) while it is open for writing;
this table says which files are.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_open: dict[str, list[int]] = {}  # real path -> [readers, writers]


def acquire(real: str, write: bool) -> None:
    """Count one more user of `real`.

    Several writing handles are allowed: FileHandleClass.md's own example opens
    an "append" handle while its "write" handle is still referenced.
    """
    with _lock:
        _open.setdefault(real, [0, 0])[1 if write else 0] += 1


def release(real: str, write: bool) -> None:
    with _lock:
        counts = _open.get(real)
        if counts is None:
            return
        counts[1 if write else 0] = max(counts[1 if write else 0] - 1, 0)
        if counts == [0, 0]:
            del _open[real]


def is_open(real: str) -> bool:
    with _lock:
        return real in _open


def is_writing(real: str) -> bool:
    with _lock:
        counts = _open.get(real)
        return bool(counts and counts[1])


def under(folder: str) -> bool:
    """Is any file inside `folder` open?"""
    prefix = folder.rstrip("/") + "/"
    with _lock:
        return any(path.startswith(prefix) for path in _open)


def reset() -> None:
    with _lock:
        _open.clear()
