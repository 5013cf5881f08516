"""Components: the 4D projects a host project loads (Components/*.4dbase, dependencies.json).

Stage: runtime. A `Component` is what running code needs to know of one loaded
component: its name, its folders, its class store namespace, its own
interprocess variables and ON ERR CALL(...; ek global) handler, and the
program that compiled it (the interpreter's Program, opaque here) and its own Storage.

Code of a component runs with `Process.component` set to its Component (None
is the host). What the host (or another component) can reach of a component,
its shared methods and the functions of its classes, is wrapped by `entry()`,
which sets it on the way in and restores the caller's on the way out, with the
ON ERR CALL handler of each side (docs/decisions.md, "Components"). The
variables need no switching: a component's code is compiled in globals of its
own (its `_IPV`, and `_CPV` giving each process's variables of the component).
"""

from __future__ import annotations

import os

from runtime.process import ProcessVars, current

# System variables: one per process, whoever runs (docs/decisions.md, "Components").
SYSTEM_VARIABLES = frozenset({"ok", "document", "error", "error method", "error line", "error formula",
                              "flddelimit", "recdelimit", "keycode", "modifiers", "mousedown", "mousex",
                              "mousey", "mouseproc"})


# The components the running project loaded, in loading order (COMPONENT LIST).
LOADED: list[Component] = []


class Component:
    """One loaded component."""

    __slots__ = ("name", "folder", "structure_file", "namespace", "program", "interprocess", "global_handler",
                 "storage", "_context")

    def __init__(self, name: str, folder: str, structure_file: str = "", namespace: str = "") -> None:
        self.name = name  # the package folder's name without .4dbase ("4D SVG")
        self.folder = folder  # the package folder (its database folder)
        self.structure_file = structure_file  # Project/<name>.4DProject
        self.namespace = namespace  # cs.<namespace> in the host ("" when it declares none)
        self.program = None  # the Program that compiled it (interpreter)
        self.interprocess: dict = {}  # its own <>variables
        self.global_handler = {"handler": ""}  # its own ON ERR CALL(...; ek global)
        self.storage = None  # its own Storage (made on first use: stdlib_4d/system/storage.py)
        self._context = None

    def __repr__(self) -> str:
        return f"<Component {self.name!r}>"

    def context(self, host):
        """The application context as this component sees it: its own database, project and
        resources folders and structure file; the host's for everything else (data, logs...)."""
        if self._context is None or self._context.host is not host:
            self._context = _ComponentContext(host, self)
        return self._context


class _ComponentContext:
    """An AppContext seen from a component (runtime/appcontext.py)."""

    def __init__(self, host, comp: Component) -> None:
        self.host = host
        self.database_folder = comp.folder
        self.structure_file = comp.structure_file
        self.name = comp.name
        self.project_folder = os.path.join(comp.folder, "Project")
        self.sources_folder = os.path.join(self.project_folder, "Sources")
        self.resources_folder = os.path.join(comp.folder, "Resources")

    def __getattr__(self, name: str):
        return getattr(self.host, name)


class ComponentVars(ProcessVars):
    """A process's variables of one component; the system variables (OK, Document, Error...) are
    the process's own."""

    __slots__ = ("host",)

    def __getitem__(self, name: str):
        if name in SYSTEM_VARIABLES:
            return self.host[name]
        return dict.__getitem__(self, name)

    def __setitem__(self, name: str, value) -> None:
        if name in SYSTEM_VARIABLES:
            self.host[name] = value
        else:
            dict.__setitem__(self, name, value)

    def get(self, name: str, default=None):
        if name in SYSTEM_VARIABLES:
            return self.host.get(name, default)
        return dict.get(self, name, default)


def process_vars(comp: Component):
    """`_CPV` of a component's globals: proc -> the process's variables of this component."""

    def variables(proc):
        mine = proc.component_vars
        if mine is None:
            mine = proc.component_vars = {}
        found = mine.get(comp)
        if found is None:
            found = mine[comp] = ComponentVars()
            found.host = proc.vars
        return found

    return variables


def running() -> Component | None:
    """The component whose code the current process runs (None: the host's)."""
    return current().component


def context(host, star: bool = False):
    """The application context for the code running now: the component's unless `*` names the host's."""
    comp = current().component
    if comp is None or star:
        return host
    return comp.context(host)


def switch(proc, comp: Component | None):
    """Make `comp` the running side of `proc`; return what `restore` needs."""
    prev = proc.component
    handlers = proc.component_handlers
    if handlers is None:
        handlers = proc.component_handlers = {}
    handlers[prev] = proc.error_handler
    proc.error_handler = handlers.get(comp, "")
    proc.component = comp
    return prev


def restore(proc, comp: Component | None, prev: Component | None) -> None:
    handlers = proc.component_handlers
    handlers[comp] = proc.error_handler
    proc.error_handler = handlers.get(prev, "")
    proc.component = prev


def entry(comp: Component | None, py):
    """`py` (a compiled 4D function: this, *args) run as code of `comp` (None: the host)."""

    def entered(*args):
        proc = current()
        if proc.component is comp:
            return py(*args)
        prev = switch(proc, comp)
        try:
            return py(*args)
        finally:
            restore(proc, comp, prev)

    entered.__wrapped__ = py
    return entered


def run_as(comp: Component | None, fn, *args):
    """Call fn(*args) as code of `comp` (a method name resolved later, in another process)."""
    proc = current()
    if proc.component is comp:
        return fn(*args)
    prev = switch(proc, comp)
    try:
        return fn(*args)
    finally:
        restore(proc, comp, prev)
