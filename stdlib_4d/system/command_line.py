"""Command lines and environments of external processes.

Stage: stdlib, no I/O. 4D does not run a shell: a command line is split
into the program and its arguments the way a POSIX shell would split
words (single and double quotes, backslash escapes), and the program is
looked up in PATH when it has no slash.
"""

from __future__ import annotations

import os
import shlex

from runtime.codes import err, type_name
from runtime.convert import to_text
from runtime.native import Native
from runtime.values import UNDEF, Obj


def split(command_line: str, who: str) -> list[str]:
    try:
        argv = shlex.split(command_line, posix=True)
    except ValueError as e:
        raise err("sw_launch", command=command_line, detail=f"the command line cannot be read ({e})") from None
    if not argv:
        raise err("sw_launch", command=command_line, detail="the command line is empty")
    return argv


def environment(variables, who: str) -> dict[str, str]:
    """The inherited environment with `variables` (an object) set over it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("_4D_OPTION_")}
    if variables is UNDEF or variables is None:
        return env
    if not isinstance(variables, Obj):
        raise err("bad_value", detail=f"{who}: variables must be an object, not {type_name(variables)}")
    for name, value in dict.items(variables):
        text = value if type(value) is str else to_text(value)
        if "=" in name or "\0" in text:
            raise err("bad_value", detail=f"{who}: the environment variable \"{name}\" cannot be set to this value")
        env[name] = text
    return env


def directory(value, who: str) -> str | None:
    """A Folder object (its platform path) or a path text; undefined: None (inherit)."""
    if value is UNDEF or value is None:
        return None
    path = value if type(value) is str else None
    if isinstance(value, Native):
        for prop in ("platformPath", "path"):
            found = value.get4d(prop)
            if type(found) is str and found:
                path = found
                break
    if path is None:
        raise err("bad_value", detail=f"{who}: currentDirectory must be a 4D.Folder, not {type_name(value)}")
    if not os.path.isdir(path):
        raise err("sw_launch", command=who, detail=f"the folder \"{path}\" does not exist")
    return path
