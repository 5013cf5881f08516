"""The application context: what the running program knows about its own run.

Stage: runtime. The environment commands (Get database parameter, Application
info, Get 4D folder...), the File/Folder filesystems (/PACKAGE, /DATA...) and
the datastore read the run's folders from here. The command line (or the
REPL, the doc runner, a test) fills it once per run with `setup()`; a
program that never called it gets a context for the current folder.

The folders of a run (docs/decisions.md, "Files and folders"):

- database folder: the folder holding `Project/` for a project, the folder of
  the method file for `run4d FILE.4dm` ("/PACKAGE", `fk database folder`);
- data folder: `<database folder>/Data` unless given ("/DATA", `fk data folder`);
- structure file: `Project/<name>.4DProject` for a project, the method file otherwise.
"""

from __future__ import annotations

import os
import sys
import threading
import time


class AppContext:
    """(A plain class, not a dataclass: importing dataclasses costs start-up time.)"""

    def __init__(self, database_folder: str, structure_file: str = "", data_folder: str = "",
                 data_file: str = "", user_param: str = "", next_user_param: str = "",
                 dataless: bool = False, name: str = "", is_project: bool = False, headless: bool = True,
                 command_line: list[str] | None = None, web_root: str = "", started: float | None = None,
                 parameters: dict[int, object] | None = None) -> None:
        self.database_folder = database_folder  # absolute, no trailing separator
        self.structure_file = structure_file  # Project/<name>.4DProject, or the method file run
        self.data_folder = data_folder  # absolute; "" means <database folder>/Data
        self.data_file = data_file  # the .4DD file a --data option named ("" if none)
        self.user_param = user_param  # Get database parameter(User param value)
        self.next_user_param = next_user_param  # SET DATABASE PARAMETER(User param value): for the next run
        self.dataless = dataless  # --dataless: no data file; the datastore lives in memory
        self.name = name  # the database name (Call chain's "database", Structure file)
        self.is_project = is_project
        self.headless = headless
        self.command_line = command_line if command_line is not None else []
        self.web_root = web_root  # "" means <database folder>/WebFolder
        self.started = started if started is not None else time.monotonic()
        # SET DATABASE PARAMETER values set during the run (selector -> value)
        self.parameters = parameters if parameters is not None else {}
        self.__post_init__()

    def __repr__(self) -> str:
        return f"AppContext({self.__dict__!r})"

    def __eq__(self, other) -> bool:
        return type(other) is AppContext and self.__dict__ == other.__dict__

    def __post_init__(self) -> None:
        self.database_folder = _clean(self.database_folder)
        if self.data_file:
            self.data_file = _clean(self.data_file)
        if not self.data_folder:
            self.data_folder = os.path.dirname(self.data_file) if self.data_file \
                else os.path.join(self.database_folder, "Data")
        self.data_folder = _clean(self.data_folder)
        if not self.name:
            self.name = os.path.basename(self.database_folder) or "run4d"

    @property
    def project_folder(self) -> str:
        """The Project folder (/PROJECT)."""
        return os.path.join(self.database_folder, "Project")

    @property
    def sources_folder(self) -> str:
        return os.path.join(self.project_folder, "Sources")

    @property
    def logs_folder(self) -> str:
        return os.path.join(self.database_folder, "Logs")

    @property
    def resources_folder(self) -> str:
        return os.path.join(self.database_folder, "Resources")

    @property
    def web_folder(self) -> str:
        return _clean(self.web_root) if self.web_root else os.path.join(self.database_folder, "WebFolder")

    @property
    def uptime(self) -> float:
        return time.monotonic() - self.started


_lock = threading.Lock()
_current: list[AppContext | None] = [None]


def _clean(path: str) -> str:
    path = os.path.abspath(os.path.expanduser(path))
    return path.rstrip(os.sep) or os.sep


def setup(database_folder: str, **fields) -> AppContext:
    """Start a run's context (replacing any previous one) and return it."""
    fields.setdefault("command_line", list(sys.argv))
    ctx = AppContext(database_folder, **fields)
    with _lock:
        _current[0] = ctx
    return ctx


def for_path(target: str, **fields) -> AppContext:
    """The context of `run4d TARGET`: a method file, a project folder or a plain folder.

    A folder holding `Project/` is a project (its database folder); a folder
    named `Project` holding `Sources/` is the Project folder of one; any other
    folder, or a file's folder, is the database folder itself.
    """
    path = os.path.abspath(target)
    if os.path.isdir(path):
        root = path if os.path.isdir(os.path.join(path, "Project")) else None
        if root is None and os.path.isdir(os.path.join(path, "Sources")) and os.path.basename(path) == "Project":
            root = os.path.dirname(path)
        if root is None:
            return setup(path, **fields)
        structure = _structure(root)
        fields.setdefault("name", os.path.splitext(os.path.basename(structure))[0])
        return setup(root, is_project=True, structure_file=structure, **fields)
    return setup(os.path.dirname(path), structure_file=path, **fields)


def _structure(root: str) -> str:
    """Project/<name>.4DProject (the file if it exists, else named after the folder)."""
    project = os.path.join(root, "Project")
    try:
        found = sorted(f for f in os.listdir(project) if f.lower().endswith(".4dproject"))
    except OSError:
        found = []
    name = found[0] if found else os.path.basename(root) + ".4DProject"
    return os.path.join(project, name)


def current() -> AppContext:
    """The running program's context (one for the current folder if none was set up)."""
    ctx = _current[0]
    if ctx is None:
        with _lock:
            if _current[0] is None:
                _current[0] = AppContext(os.getcwd(), command_line=list(sys.argv))
            ctx = _current[0]
    return ctx


def clear() -> None:
    """Forget the context (tests)."""
    with _lock:
        _current[0] = None
