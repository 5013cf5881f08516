"""Loader: which source files make up a run, and loading them into a Program.

Stage: assembly. For `run4d FILE.4dm`: the file, the Classes/ and Methods/
folders beside it, and its sibling .4dm files (a broken one is left out
unless the loaded code names it). For a project folder:
Project/Sources/{Classes,Methods,DatabaseMethods}. Parse errors of every
file are collected before anything is compiled.
"""

from __future__ import annotations

import os

from interpreter.compiler.program import Program
from runtime.errors import CompileError, CompileErrors
from runtime.lazyre import lazy


class Layout:
    """The files of one run.

    (A plain class, not a dataclass: importing dataclasses costs start-up time.)
    """

    __slots__ = ("main", "files", "optional", "startup", "root", "database_methods", "names", "components",
                 "component_problems")

    def __init__(self, main: str | None = None, files: list[str] | None = None, optional: list[str] | None = None,
                 startup: str | None = None, root: str = "", database_methods: dict[str, str] | None = None,
                 names: dict[str, str] | None = None, components: list | None = None,
                 component_problems: list[str] | None = None) -> None:
        self.main = main  # the method file to run (None for a project)
        self.files = files if files is not None else []  # every .4dm to load
        # .4dm files beside a lone method file: loaded, but one with errors is left out when the
        # loaded code does not name it (an unrelated broken sibling does not stop the run).
        self.optional = optional if optional is not None else []
        self.startup = startup  # a project's On Startup method file
        self.root = root  # folder of the run (WebFolder and settings live here)
        # A project's database methods by lower-case name ("onstartup", "onexit", "onwebconnection"...)
        self.database_methods = database_methods if database_methods is not None else {}
        self.names = names if names is not None else {}  # path -> method name, when not the file's stem
        # A project's components (interpreter/compiler/components.py: ComponentSource), and why
        # some it declares are not loaded (said at start; run4d --check says it as warnings).
        self.components = components if components is not None else []
        self.component_problems = component_problems if component_problems is not None else []

    def __eq__(self, other) -> bool:
        return type(other) is Layout and all(getattr(self, f) == getattr(other, f) for f in self.__slots__)

    def __repr__(self) -> str:
        return "Layout(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__) + ")"


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
        return _with_components(_project_layout(project))
    if os.path.isdir(path):
        sources = find_project_sources(path)
        if sources is None:
            return Layout(files=_4dm_files(path), root=path)
        return _with_components(_project_layout(path, sources))
    folder = os.path.dirname(os.path.abspath(path))
    files = [path]
    for f in _4dm_files(os.path.join(folder, "Classes")) + _4dm_files(os.path.join(folder, "Methods")):
        files.append(f)
    optional = [f for f in _4dm_files(folder) if os.path.abspath(f) != os.path.abspath(path)]
    layout = Layout(main=path, files=files, root=folder, optional=optional)
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


def _with_components(layout: Layout) -> Layout:
    """A project's layout with the components it loads (Components/, dependencies.json)."""
    if os.path.isdir(os.path.join(layout.root, "Components")) or \
            os.path.isfile(os.path.join(layout.root, "Project", "Sources", "dependencies.json")):
        from interpreter.compiler.components import discover

        layout.components, layout.component_problems = discover(layout.root)
    return layout


def load(program: Program, files: list[str], names: dict[str, str] | None = None,
         optional: list[str] = (), components: list = (), tolerant: bool = False) -> dict:
    """Parse, declare and compile files; return {path: unit}. Raises CompileErrors.

    `names` gives a file's method name when it is not the file's (database methods).
    The files of `optional` (siblings of a lone method file) are loaded too, but
    one with errors that no loaded file names (its file name does not appear in
    their text) is left out with a warning instead of stopping the run.
    `components` (ComponentSource of interpreter/compiler/components.py) are compiled
    first, each by a Program of its own; their errors are reported with the host's.
    `tolerant` (project runs, as tool4d runs a project interpreted): nothing is
    raised; a name run4d does not know (constant, command, method) fails at its
    line when the line runs (`program.late_errors`); the other errors go to
    `program.compile_errors`, the methods and classes of the files with errors
    stay known and raise error -10791 when called (Program.fail_units), and
    everything else is loaded as usual.
    """
    errors: list[CompileError] = []
    prepared = []
    if tolerant and not program.check_only:
        program.late_lines = True  # before anything is compiled (it is part of the cache key)
    if components:
        from interpreter.compiler import components as comps

        component_errors: list[CompileError] = []
        prepared = comps.prepare(program, list(components), component_errors)
    units = parse_declare(program, files, names, optional, errors)
    unnamed = _unnamed(files, optional, program.sources)
    if tolerant:
        # a file that did not parse still names a method or a class: its callers compile
        for path in [p for p in list(files) + list(optional) if p in program.sources and p not in units]:
            program.declare_failed(path, (names or {}).get(path) or _name_of(path),
                                   os.path.basename(os.path.dirname(path)) == "Classes")
    if prepared:
        comps.link(program)
        for other, other_units in prepared:
            # A run loads a component whose methods do not all compile (they fail when called, as
            # in 4D's interpreted mode); `run4d --check` reports its errors as errors.
            found = comps.compile_all(other, other_units, component_errors)
            if program.check_only:
                errors.extend(found)
            else:
                program.component_errors.extend(found)
            program.warnings.extend(other.warnings)
        program.install_hooks()
    try:
        program.compile_units(list(units.values()))
    except CompileErrors as e:
        errors.extend(e.errors)
    errors = _leave_out(program, errors, unnamed)
    if program.late_lines:
        program.late_errors = _late_lines(program)
    if errors and tolerant:
        program.compile_errors = errors
        program.fail_units(errors)
    elif errors:
        raise CompileErrors(errors)
    return units


def _late_lines(program: Program) -> list[CompileError]:
    """The host's lines that raise -10791 when they run (resolve.at_run): taken out of its warnings,
    as errors to say at start."""
    from interpreter.compiler.resolve import RUNS_AS_ERROR

    late = [w for w in program.warnings if w.message.startswith(RUNS_AS_ERROR)
            and not (program.components and _in_component(program, w.path))]
    program.warnings[:] = [w for w in program.warnings if w not in late]
    return [CompileError(w.message[len(RUNS_AS_ERROR):] + " (raises -10791 if that line runs)", w.path, w.line,
                         w.col, w.source_line, kind="warning") for w in late]


def _in_component(program: Program, path: str) -> bool:
    return any(path.startswith(other.component_root + os.sep) for other in program.components)


def parse_declare(program: Program, files: list[str], names: dict[str, str] | None, optional,
                  errors: list[CompileError]) -> dict:
    """Parse every file and declare its unit in `program`; parse errors go to `errors`."""
    units = {}
    for path in list(files) + list(optional):
        # A method's name may hold spaces or keywords: known before any file is parsed.
        program.declare_name(_name_of(path))
    for path in list(files) + list(optional):
        text = _read(path, errors)
        if text is None:
            continue
        try:
            units[path] = program.parse_unit(text, path, (names or {}).get(path) or _name_of(path))
        except CompileErrors as e:
            errors.extend(e.errors)
    for unit in units.values():
        program.declare(unit)
    return units


def _unnamed(files: list[str], optional: list[str], texts: dict[str, str]) -> set[str]:
    """The optional files that the required ones do not name, even through other files."""
    pending = {_name_of(p).lower(): p for p in optional}
    queue = [p for p in files if p in texts]
    while queue and pending:
        text = texts[queue.pop()]
        queue += [p for p in (pending.pop(name) for name in _named_in(text, pending)) if p in texts]
    return set(pending.values())


def _leave_out(program: Program, errors: list[CompileError], unnamed: set[str]) -> list[CompileError]:
    """Turn the errors of unnamed optional files into one warning each (the file is not loaded)."""
    kept: list[CompileError] = []
    left: dict[str, CompileError] = {}
    for e in errors:
        if e.path in unnamed:
            left.setdefault(e.path, e)
        else:
            kept.append(e)
    for path, first in left.items():
        program.warnings.append(CompileError(
            f"{os.path.basename(path)} is not loaded: {first.message} (line {first.line}); nothing loaded names it",
            path, first.line, first.col, first.source_line, kind="warning"))
    return kept


def _name_of(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def _read(path: str, errors: list[CompileError]) -> str | None:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            return fh.read()
    except (OSError, UnicodeDecodeError) as e:
        errors.append(CompileError(f"cannot read the file: {e}", path, 0, 0))
        return None


_WORD = lazy(r"[^\W\d]\w*|\d+[^\W\d]\w*")


def _named_in(text: str, pending: dict[str, str]) -> list[str]:
    """The names of `pending` that `text` mentions (as a word, or as words for names with spaces)."""
    lowered = text.lower()
    words = set(_WORD.findall(lowered))
    return [name for name in pending if (name in words if " " not in name else name in lowered)]
