"""Components: finding the components a project loads, and compiling them beside it.

Stage: assembly. A project loads (4D's "Components" documentation, docs/decisions.md
"Components"):

1. every package folder `<project>/Components/<name>.4dbase` holding `Project/<x>.4DProject`
   (interpreted) or a `.4DZ` archive (a zip of the same Project folder, directly in the
   package or in its `Contents/` folder);
2. every entry of `Project/Sources/dependencies.json` not already loaded by 1: at the path
   `environment4d.json` gives it (the first such file found from the package folder up to
   the root; relative to that file), else at the entry's own `path` (relative to the package
   folder; an extension of run4d's), else next to the package folder (`<name>`, `<name>.4dbase`).
   A `github` dependency is never downloaded: it is loaded from those same local places if it is
   there, else it is reported as not loaded (a warning at start; a call to any unknown name then
   says which components are missing).

Each component is compiled by a Program of its own (its methods, its classes as its own `cs`, its
own process and interprocess variables); the host and the other components see its methods whose
attributes say `"shared":true` and, when it declares a namespace (`component_classStore_name` in
its settings.4DSettings), its classes as `cs.<namespace>`.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import tempfile
import zipfile

from runtime.errors import CompileError, CompileErrors


class ComponentSource:
    """A component found for a project, before it is compiled."""

    __slots__ = ("name", "folder", "project_file", "namespace", "origin")

    def __init__(self, name: str, folder: str, project_file: str, namespace: str, origin: str) -> None:
        self.name = name  # "4D SVG"
        self.folder = folder  # the package folder (the component's database folder)
        self.project_file = project_file  # Project/<x>.4DProject (in the unpacked copy for a .4DZ)
        self.namespace = namespace
        self.origin = origin  # "Components folder" | "dependencies.json"

    def __eq__(self, other) -> bool:
        return type(other) is ComponentSource and all(getattr(self, f) == getattr(other, f) for f in self.__slots__)

    def __repr__(self) -> str:
        return f"ComponentSource({self.name!r}, {self.folder!r}, origin={self.origin!r})"

    @property
    def root(self) -> str:
        """The folder holding Project/ (the package folder, or the unpacked .4DZ)."""
        return os.path.dirname(os.path.dirname(self.project_file))


def discover(root: str) -> tuple[list[ComponentSource], list[str]]:
    """The components of the project whose package folder is `root`; (found, problems)."""
    found: list[ComponentSource] = []
    problems: list[str] = []
    names: set[str] = set()
    folder = os.path.join(root, "Components")
    if os.path.isdir(folder):
        for entry in sorted(os.listdir(folder)):
            path = os.path.join(folder, entry)
            if not entry.lower().endswith(".4dbase") or not os.path.isdir(path):
                continue
            name = entry[: -len(".4dbase")]
            comp = _package(name, path, "Components folder", problems)
            if comp is not None:
                found.append(comp)
                names.add(name.lower())
    deps_file = os.path.join(root, "Project", "Sources", "dependencies.json")
    if os.path.isfile(deps_file):
        deps = _json(deps_file, problems).get("dependencies")
        env_file, env = _environment(root, problems)
        env_deps = env.get("dependencies") if isinstance(env.get("dependencies"), dict) else {}
        for name, spec in (deps.items() if isinstance(deps, dict) else ()):
            if name.lower() in names:
                continue  # the Components folder has priority ("Overloaded")
            spec = spec if isinstance(spec, dict) else {}
            env_spec = env_deps.get(name)
            github = spec.get("github") or (env_spec.get("github") if isinstance(env_spec, dict) else None)
            candidates = _candidates(root, name, spec, env_file, env_spec)
            where = next((c for c in candidates if os.path.exists(c)), None)
            if where is None:
                if github:
                    problems.append(f"the component {name!r} is a GitHub dependency ({github}): run4d does not "
                                    f"download dependencies; put a copy at {candidates[-1]} (or give its path in "
                                    "environment4d.json)")
                else:
                    problems.append(f"the component {name!r} of dependencies.json is not found (looked at "
                                    + ", ".join(candidates) + ")")
                continue
            comp = _package(name, where, "dependencies.json", problems)
            if comp is not None:
                found.append(comp)
                names.add(name.lower())
    return found, problems


def _json(path: str, problems: list[str]) -> dict:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as e:
        problems.append(f"{path}: cannot be read: {e}")
        return {}
    return data if isinstance(data, dict) else {}


def _environment(root: str, problems: list[str]) -> tuple[str, dict]:
    """The first environment4d.json from the package folder up to the root of the disk."""
    folder = os.path.abspath(root)
    while True:
        path = os.path.join(folder, "environment4d.json")
        if os.path.isfile(path):
            return path, _json(path, problems)
        parent = os.path.dirname(folder)
        if parent == folder:
            return "", {}
        folder = parent


def _local_path(text: str, base: str) -> str:
    if text.startswith("file://"):
        text = text[len("file://"):]
    return os.path.normpath(text if os.path.isabs(text) else os.path.join(base, text))


def _candidates(root: str, name: str, spec: dict, env_file: str, env_spec) -> list[str]:
    """Where a dependency may be, in order (environment4d.json overrides dependencies.json)."""
    env_path = env_spec if isinstance(env_spec, str) else \
        env_spec.get("path") if isinstance(env_spec, dict) and isinstance(env_spec.get("path"), str) else None
    if env_path:
        # A path environment4d.json gives that is not there: not loaded, whatever is elsewhere.
        return [_local_path(env_path, os.path.dirname(env_file))]
    out = []
    if isinstance(spec.get("path"), str):
        out.append(_local_path(spec["path"], root))
    beside = os.path.dirname(os.path.abspath(root))
    out += [os.path.join(beside, name), os.path.join(beside, name + ".4dbase")]
    return out


def _package(name: str, path: str, origin: str, problems: list[str]) -> ComponentSource | None:
    """The component at `path`: a package folder, a .4DProject file or a .4DZ archive."""
    path = os.path.abspath(path)
    if os.path.isfile(path) and path.lower().endswith(".4dproject"):
        folder = os.path.dirname(os.path.dirname(path))
        return ComponentSource(name, folder, path, _namespace(folder), origin)
    if os.path.isfile(path) and path.lower().endswith(".4dz"):
        return _archive(name, os.path.dirname(path), path, origin, problems)
    project = os.path.join(path, "Project")
    if os.path.isdir(project):
        files = sorted(f for f in os.listdir(project) if f.lower().endswith(".4dproject"))
        if files:
            return ComponentSource(name, path, os.path.join(project, files[0]), _namespace(path), origin)
    for where in (path, os.path.join(path, "Contents")):
        if os.path.isdir(where):
            archives = sorted(f for f in os.listdir(where) if f.lower().endswith(".4dz"))
            if archives:
                return _archive(name, path, os.path.join(where, archives[0]), origin, problems)
    problems.append(f"the component {name!r} ({path}) holds neither Project/*.4DProject nor a .4DZ archive: "
                    "not loaded")
    return None


_UNPACKED: list[str] = []


def _cleanup() -> None:
    for folder in _UNPACKED:
        shutil.rmtree(folder, ignore_errors=True)


def _archive(name: str, folder: str, archive: str, origin: str, problems: list[str]) -> ComponentSource | None:
    """A .4DZ (a zip of the component's Project folder): unpacked to a temporary folder for the run.
    A compiled-only archive (no .4dm sources) cannot be run by run4d."""
    try:
        with zipfile.ZipFile(archive) as z:
            members = [m for m in z.namelist() if not m.endswith("/")]
            sources = [m for m in members if m.lower().endswith(".4dm")]
            projects = [m for m in members if m.lower().endswith(".4dproject")]
            if not sources:
                problems.append(f"the component {name!r} ({archive}) is compiled only (its .4DZ holds no .4dm "
                                "source): run4d runs 4D source code, the component is not loaded")
                return None
            if not _UNPACKED:
                atexit.register(_cleanup)
            target = tempfile.mkdtemp(prefix="run4d-4dz-")
            _UNPACKED.append(target)
            for m in members:
                dest = os.path.normpath(os.path.join(target, m))
                if not dest.startswith(target + os.sep):
                    continue  # a member outside the archive's folder is never written
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with z.open(m) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
    except (OSError, zipfile.BadZipFile) as e:
        problems.append(f"the component {name!r}: {archive} cannot be read: {e}")
        return None
    if projects:
        project_file = os.path.join(target, projects[0])
    else:  # the archive holds Sources/ at its top: a Project folder of its own
        sources_dir = os.path.dirname(os.path.dirname(os.path.join(target, sources[0])))
        project_file = os.path.join(os.path.dirname(sources_dir), name + ".4DProject")
    # The unpacked copy is where its sources are; its database folder stays the package folder.
    root = os.path.dirname(os.path.dirname(project_file))
    return ComponentSource(name, folder, project_file, _namespace(root), origin)


_NAMESPACE = re.compile(r'component_classStore_name\s*=\s*"([^"]*)"')


def _namespace(folder: str) -> str:
    """The component namespace its settings declare ("" when none)."""
    for path in (os.path.join(folder, "Project", "Sources", "settings.4DSettings"),
                 os.path.join(folder, "Settings", "settings.4DSettings")):
        try:
            with open(path, encoding="utf-8-sig", errors="replace") as fh:
                m = _NAMESPACE.search(fh.read())
        except OSError:
            continue
        if m:
            return m.group(1).strip()
    return ""


def host_executes_database_event(root: str) -> bool:
    """The host's Security option "Execute On Host Database Event method of the components"."""
    for path in (os.path.join(root, "Project", "Sources", "settings.4DSettings"),
                 os.path.join(root, "Settings", "settings.4DSettings")):
        try:
            with open(path, encoding="utf-8-sig", errors="replace") as fh:
                if re.search(r'execute_host_database_event\s*=\s*"true"', fh.read()):
                    return True
        except OSError:
            continue
    return False


# ---------------------------------------------------------------------------- compiling


def prepare(host, sources: list[ComponentSource], errors: list[CompileError]) -> list:
    """Make one Program per component, parse and declare its files; return [(program, units)]."""
    from interpreter.compiler.loader import _project_layout, parse_declare
    from interpreter.compiler.program import Program
    from runtime.components import Component

    out = []
    for src in sources:
        comp = Component(src.name, src.folder, src.project_file, src.namespace)
        program = Program(component=comp)
        program.host = host
        program.check_only = host.check_only
        program.retain = host.retain
        if host.retain is not None:
            host.retain.append(program)
        layout = _project_layout(src.root)
        program.layout = layout
        program.component_root = src.root
        mine: list[CompileError] = []
        units = parse_declare(program, layout.files, layout.names, (), mine)
        errors.extend(mine)
        for e in mine:  # a method that does not parse is declared all the same (compile_all)
            unit_name = layout.names.get(e.path) or os.path.splitext(os.path.basename(e.path))[0]
            if e.path not in units and os.path.basename(os.path.dirname(e.path)) != "Classes" \
                    and not program.has_method(unit_name):
                program.declare_broken(unit_name, e.path, e)
        host.components.append(program)
        out.append((program, units))
    return out


def link(host) -> None:
    """Shared methods and namespaces: what each program sees of the components."""
    programs = [host] + host.components
    for other in host.components:
        for program in programs:
            if program is not other:
                program.declare_shared(other)
        ns = other.component.namespace
        if ns:
            for program in programs:
                if ns not in program.cs.classes:  # a class of that name wins (4D's rule)
                    program.cs.namespaces.setdefault(ns, other.cs)


def compile_all(program, units: dict, errors: list[CompileError]) -> list[CompileError]:
    """Compile a component's units; return the errors of its own files (parse errors included).

    As 4D loads an interpreted component whose code has errors, a method that does not parse or
    compile is still declared (so that the rest compiles) and raises -10797 when it is called."""
    from interpreter.compiler.resolve import RUNS_AS_ERROR

    own = [e for e in errors if e.path and e.path.startswith(program.component_root + os.sep)]
    try:
        program.compile_units(list(units.values()))
    except CompileErrors as e:
        own += e.errors
    # Lines that raise -10798 when they run (a run only): said at start with the errors.
    late = [w for w in program.warnings if w.message.startswith(RUNS_AS_ERROR)]
    program.warnings[:] = [w for w in program.warnings if not w.message.startswith(RUNS_AS_ERROR)]
    late = [CompileError(w.message[len(RUNS_AS_ERROR):] + " (raises -10798 if that line runs)", w.path, w.line,
                         w.col, w.source_line, kind="warning") for w in late]
    failing: dict[str, CompileError] = {}
    for e in own:
        failing.setdefault(e.path, e)
    for path, first in failing.items():
        unit = units.get(path)
        if unit is not None and unit.cls is not None:
            continue  # a class that does not compile has no functions: calling one says so
        name = unit.method.name if unit is not None else program.layout.names.get(path) or \
            os.path.splitext(os.path.basename(path))[0]
        if unit is None and os.path.basename(os.path.dirname(path)) == "Classes":
            continue
        program.declare_broken(name, path, first)
    return own + late


def database_event(host, code: int) -> None:
    """Run each component's On Host Database Event database method with `code` (1 before the host's
    start-up, 2 after it, 3 before its exit, 4 after it)."""
    from runtime.components import run_as

    for program in host.components:
        path = program.layout.database_methods.get("onhostdatabaseevent")
        if path is None:
            continue
        name = program.layout.names.get(path) or os.path.splitext(os.path.basename(path))[0]
        run_as(program.component, program.call_method, name, (float(code),))


def raise_errors(errors: list[CompileError]) -> None:
    if errors:
        raise CompileErrors(errors)
