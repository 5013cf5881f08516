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
    names: dict[str, str] = field(default_factory=dict)  # path -> method name, when not the file's stem
    root: str = ""  # folder of the run (WebFolder and settings live here)


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


def layout_for(path: str) -> Layout:
    if os.path.isdir(path):
        sources = find_project_sources(path)
        if sources is None:
            return Layout(files=_4dm_files(path), root=path)
        files = _4dm_files(os.path.join(sources, "Classes")) + _4dm_files(os.path.join(sources, "Methods"))
        startup = None
        dbm = os.path.join(sources, "DatabaseMethods")
        for f in _4dm_files(dbm):
            if os.path.splitext(os.path.basename(f))[0].lower() == "onstartup":
                startup = f
                files.append(f)
        layout = Layout(files=files, startup=startup, root=path)
        _web_connection(layout, dbm)
        return layout
    folder = os.path.dirname(os.path.abspath(path))
    files = [path]
    for f in _4dm_files(folder) + _4dm_files(os.path.join(folder, "Classes")) + \
            _4dm_files(os.path.join(folder, "Methods")):
        if os.path.abspath(f) != os.path.abspath(path):
            files.append(f)
    layout = Layout(main=path, files=files, root=folder)
    _web_connection(layout, os.path.join(folder, "DatabaseMethods"))
    return layout


# Database methods other than On Startup get names no project method can have (a
# project may hold both Methods/onWebConnection.4dm and the database method).
DATABASE_METHODS = {"onwebconnection": "On Web Connection"}


def _web_connection(layout: Layout, folder: str) -> None:
    for f in _4dm_files(folder):
        name = DATABASE_METHODS.get(os.path.splitext(os.path.basename(f))[0].lower())
        if name is not None:
            layout.files.append(f)
            layout.names[f] = name


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
