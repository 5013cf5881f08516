"""Loader: which source files make up a run, and loading them into a Program.

Stage: assembly. For `run4d FILE.4dm`: the file, its sibling .4dm files and
the Classes/ and Methods/ folders beside it. For a project folder:
Project/Sources/{Classes,Methods,DatabaseMethods}. Parse errors of every
file are collected before anything is compiled.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from interpreter.compiler.program import Program
from runtime.errors import CompileError, CompileErrors


@dataclass
class Layout:
    """The files of one run."""

    main: str | None = None  # the method file to run (None for a project)
    files: list[str] = field(default_factory=list)  # every .4dm to load
    startup: str | None = None  # a project's On Startup method file
    root: str = ""  # folder of the run (WebFolder and settings live here)
    # A project's database methods by lower-case name ("onstartup", "onexit", "onwebconnection"...)
    database_methods: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # path -> method name, when not the file's stem


def _4dm_files(folder: str) -> list[str]:
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.lower().endswith(".4dm"))


def find_project_sources(path: str) -> str | None:
    """The Sources folder of a 4D project folder, if `path` is one."""
    for candidate in (os.path.join(path, "Project", "Sources"), os.path.join(path, "Sources")):
        if os.path.isdir(candidate):
            return candidate
    return None


def project_folder(path: str) -> str | None:
    """The database folder (the one holding Project/) that `path` names, if it names a project.

    Accepted as tool4d does: Project/App.4DProject, the Project folder, or the folder holding it.
    """
    path = os.path.abspath(path)
    if os.path.isfile(path) and path.lower().endswith(".4dproject"):
        return os.path.dirname(os.path.dirname(path))
    if os.path.isdir(os.path.join(path, "Project", "Sources")):
        return path
    if os.path.basename(path) == "Project" and os.path.isdir(os.path.join(path, "Sources")):
        return os.path.dirname(path)
    return None


def layout_for(path: str) -> Layout:
    project = project_folder(path)
    if project is not None:
        return _project_layout(project)
    if os.path.isdir(path):
        sources = find_project_sources(path)
        if sources is None:
            return Layout(files=_4dm_files(path), root=path)
        return _project_layout(path, sources)
    folder = os.path.dirname(os.path.abspath(path))
    files = [path]
    for f in _4dm_files(folder) + _4dm_files(os.path.join(folder, "Classes")) + \
            _4dm_files(os.path.join(folder, "Methods")):
        if os.path.abspath(f) != os.path.abspath(path):
            files.append(f)
    layout = Layout(main=path, files=files, root=folder)
    for f in _4dm_files(os.path.join(folder, "DatabaseMethods")):  # On Web Connection beside a method file
        if os.path.splitext(os.path.basename(f))[0].lower() in DATABASE_METHODS:
            _database_method(layout, f)
    return layout


# Database methods the Web server calls get names no project method can have (a project
# may hold both Methods/onWebConnection.4dm and the database method).
DATABASE_METHODS = {"onwebconnection": "On Web Connection"}


def _database_method(layout: Layout, path: str) -> None:
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    layout.database_methods[stem] = path
    layout.files.append(path)
    if stem in DATABASE_METHODS:
        layout.names[path] = DATABASE_METHODS[stem]


def _project_layout(root: str, sources: str | None = None) -> Layout:
    sources = sources or os.path.join(root, "Project", "Sources")
    files = _4dm_files(os.path.join(sources, "Classes")) + _4dm_files(os.path.join(sources, "Methods"))
    layout = Layout(files=files, root=root)
    for f in _4dm_files(os.path.join(sources, "DatabaseMethods")):
        _database_method(layout, f)
    layout.startup = layout.database_methods.get("onstartup")
    return layout


def load(program: Program, files: list[str], names: dict[str, str] | None = None) -> dict:
    """Parse, declare and compile files; return {path: unit}. Raises CompileErrors."""
    units = {}
    errors: list[CompileError] = []
    for path in files:
        try:
            with open(path, encoding="utf-8-sig") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as e:
            errors.append(CompileError(f"cannot read the file: {e}", path, 0, 0))
            continue
        name = (names or {}).get(path) or os.path.splitext(os.path.basename(path))[0]
        try:
            units[path] = program.parse_unit(text, path, name)
        except CompileErrors as e:
            errors.extend(e.errors)
    for unit in units.values():
        program.declare(unit)
    try:
        program.compile_units(list(units.values()))
    except CompileErrors as e:
        errors.extend(e.errors)
    if errors:
        raise CompileErrors(errors)
    return units
