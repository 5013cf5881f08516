"""Console: where 4D output goes (ALERT, LOG EVENT, error reports).

Stage: runtime. Every write to stdout or stderr from 4D code, the runtime
or the library goes through `write`, one whole text at a time (several
processes may print at once). Tests and the REPL redirect it with
`redirect`.
"""

from __future__ import annotations

import sys
import threading

_lock = threading.Lock()
_targets: dict[str, object] = {"out": None, "err": None}  # None: the current sys stream


def write(text: str, stream: str = "out") -> None:
    target = _targets[stream] or (sys.stderr if stream == "err" else sys.stdout)
    with _lock:
        target.write(text)
        target.flush()


def redirect(out=None, err=None) -> None:
    """Send output to file-like objects (None restores sys.stdout / sys.stderr)."""
    _targets["out"] = out
    _targets["err"] = err
