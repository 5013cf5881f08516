"""LAUNCH EXTERNAL PROCESS: run a program and wait for it, with its stdin, stdout and stderr.

Stage: stdlib, one command (blocking, like 4D: the calling process waits;
Python's subprocess does the work). The three `_4D_OPTION_*` environment
variables (set with SET ENVIRONMENT VARIABLE) apply to the next call and
are then cleared: _4D_OPTION_CURRENT_DIRECTORY (the working folder),
_4D_OPTION_BLOCKING_EXTERNAL_PROCESS ("false": do not wait, no output
returned), _4D_OPTION_HIDE_CONSOLE (Windows only: ignored). OK is 1 when
the program ran, 0 when it could not start.
"""

from __future__ import annotations

import os
import subprocess
import threading

from runtime.codes import err, type_name
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Pointer
from stdlib_4d.blob import Blob4D
from stdlib_4d.system import command_line

CMD = "LAUNCH EXTERNAL PROCESS"
OPTIONS = ("_4D_OPTION_CURRENT_DIRECTORY", "_4D_OPTION_HIDE_CONSOLE", "_4D_OPTION_BLOCKING_EXTERNAL_PROCESS")


def _held(value):
    target = out_target(value)
    return target.get() if type(target) is Pointer else target


def _is_number(value) -> bool:
    return type(value) in (float, int)


def _take_options() -> dict[str, str]:
    """The _4D_OPTION_* variables, cleared: they are valid for one call."""
    found = {}
    for name in OPTIONS:
        value = os.environ.pop(name, None)
        if value is not None:
            found[name] = value
    return found


def _input_bytes(value) -> bytes:
    held = _held(value)
    if held is UNDEF or held is None:
        return b""
    if type(held) is str:
        return held.encode("utf-8")
    if isinstance(held, (bytes, bytearray)):
        return bytes(held)
    if type(held) is Blob4D:
        return held.data
    raise err("bad_param_type", index=2, callee=CMD, detail=f"Text or Blob expected, got {type_name(held)}")


def _store(value, data: bytes, index: int) -> None:
    """Output into the variable, as Text (UTF-8) or as a Blob, whichever it holds."""
    target = out_target(value)
    if type(target) is not Pointer:
        if isinstance(target, bytearray):
            target[:] = data
            return
        raise err("bad_param_type", index=index, callee=CMD, detail="a variable is expected")
    held = target.get()
    if isinstance(held, (bytes, bytearray)):
        target.set(bytearray(data))
    else:
        target.set(data.decode("utf-8", errors="replace"))


def _set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


@command(CMD, outputs=(2, 3, 4, 5))
def launch_external_process(file_name, *streams):
    """LAUNCH EXTERNAL PROCESS(fileName {; inputStream {; outputStream {; errorStream}}}{; pid})."""
    if len(streams) > 4:
        raise err("param_count", callee=CMD, detail="at most 5 parameters")
    text = file_name if type(file_name) is str else None
    if text is None:
        raise err("bad_param_type", index=1, callee=CMD, detail=f"Text expected, got {type_name(file_name)}")
    streams = list(streams)
    pid_target = None
    if streams and (len(streams) == 4 or _is_number(_held(streams[-1]))):
        pid_target = streams.pop()  # the last parameter is the pid when it is a number (or the 5th)
    options = _take_options()
    argv = command_line.split(text, CMD)
    cwd = options.get("_4D_OPTION_CURRENT_DIRECTORY") or None
    blocking = options.get("_4D_OPTION_BLOCKING_EXTERNAL_PROCESS", "true").strip().lower() != "false"
    env = command_line.environment(UNDEF, CMD)
    stdin = _input_bytes(streams[0]) if streams else b""
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError:
        _set_ok(False)
        return
    if pid_target is not None:
        _store_pid(pid_target, proc.pid)
    if not blocking:
        threading.Thread(target=proc.communicate, args=(stdin,), daemon=True).start()
        _set_ok(True)
        return
    out, errors = proc.communicate(stdin)
    if len(streams) > 1:
        _store(streams[1], out, 3)
    if len(streams) > 2:
        _store(streams[2], errors, 4)
    _set_ok(True)


def _store_pid(value, pid: int) -> None:
    target = out_target(value)
    if type(target) is Pointer:
        target.set(float(pid))
