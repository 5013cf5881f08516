"""Output commands: ALERT and LOG EVENT, as run4d does them without a screen.

Stage: stdlib. ALERT writes its text and a newline to stdout; LOG EVENT
with `Into system standard outputs` writes to stdout (stderr for error
importance), other destinations are ignored as on a machine without them.
"""

from __future__ import annotations

from runtime import console
from runtime.convert import to_text
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args

write = console.write


@command("ALERT")
def alert(message, ok_title=UNDEF):
    """Display a message (run4d: print it on stdout, with a newline)."""
    text = message if type(message) is str else to_text(message)
    write(text.replace("\r\n", "\n").replace("\r", "\n") + "\n")


@command("LOG EVENT")
def log_event(*params):
    """LOG EVENT({outputType;} message{; importance})."""
    if not params or len(params) > 3:
        from runtime.codes import err

        raise err("param_count", callee="LOG EVENT", detail="expects 1 to 3 parameter(s)")
    if type(params[0]) is str:
        output, message, importance = 0, params[0], params[1] if len(params) > 1 else 0
    else:
        output = args.integer(params[0], "LOG EVENT", 1)
        message = args.text(params[1] if len(params) > 1 else "", "LOG EVENT", 2)
        importance = params[2] if len(params) > 2 else 0
    importance = args.integer(importance, "LOG EVENT", 3)
    if output == 6:
        write(message + "\n", "err" if importance == 2 else "out")
