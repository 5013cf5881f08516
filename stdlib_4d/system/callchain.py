"""Call chain (and its former name Get call chain).

Stage: stdlib command. Compiled 4D code is Python functions whose line
numbers are the 4D lines (ARCHITECTURE.md), and each one refers to the
FuncInfo naming it (its error handlers use it), so the chain is read from
the Python frames: innermost first, each with the line being run.
"""

from __future__ import annotations

import sys

from runtime import appcontext
from runtime.handling import FuncInfo
from runtime.registry import command
from runtime.values import Coll, Obj

TYPES = {"method": "projectMethod", "function": "classFunction", "constructor": "classFunction",
         "get": "classFunction", "set": "classFunction", "init": "classFunction", "formula": "formula"}
_infos: dict[object, FuncInfo | None] = {}


def _info(frame) -> FuncInfo | None:
    code = frame.f_code
    try:
        return _infos[code]
    except KeyError:
        pass
    found = None
    g = frame.f_globals
    for name in code.co_names:
        v = g.get(name)
        if type(v) is FuncInfo:
            found = v
            break
    _infos[code] = found
    return found


def chain() -> Coll:
    """The 4D frames of the calling process, innermost first."""
    database = appcontext.current().name
    out = Coll()
    frame = sys._getframe(1)
    while frame is not None:
        fi = _info(frame)
        if fi is not None:
            # A component's code runs in its own globals, which name it (interpreter Program(component=...)).
            out.append(Obj(type=TYPES.get(fi.kind, "projectMethod"), name=fi.name,
                           line=float(frame.f_lineno), database=frame.f_globals.get("_COMPONENT", database)))
        frame = frame.f_back
    return out


@command("Call chain", returns="collection")
def call_chain():
    """The method call chain of the current process: [{type; name; line; database}], innermost first."""
    return chain()


@command("Get call chain", returns="collection")
def get_call_chain():
    """Former name of Call chain."""
    return chain()
