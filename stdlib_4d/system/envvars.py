"""SET ENVIRONMENT VARIABLE: the environment of the processes LAUNCH EXTERNAL PROCESS starts.

Stage: stdlib command. It sets (or, with "", removes) a variable of run4d's
own environment, which children inherit; the _4D_OPTION_ variables are read
and removed by LAUNCH EXTERNAL PROCESS (stdlib_4d/system/launch.py).
"""

from __future__ import annotations

import os

from runtime.codes import err
from runtime.registry import command
from stdlib_4d import args


@command("SET ENVIRONMENT VARIABLE")
def set_environment_variable(name, value):
    """SET ENVIRONMENT VARIABLE(varName; varValue): set a variable for the processes launched next."""
    key = args.text(name, "SET ENVIRONMENT VARIABLE", 1)
    text = args.text(value, "SET ENVIRONMENT VARIABLE", 2)
    if not key or "=" in key or "\x00" in key or "\x00" in text:
        raise err("bad_value", detail=f"SET ENVIRONMENT VARIABLE: invalid variable name {key!r}")
    if text:
        os.environ[key] = text
    else:
        os.environ.pop(key, None)
