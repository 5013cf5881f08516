"""Workspace: the files of a 4D project, their symbols and their errors.

Stage: editor support; the analysis state the server's features read. The
root is a 4D project (a folder with Project/Sources: its Classes, Methods
and On Startup are the files `run4d --check PROJECT` checks) or any folder
of .4dm files (all of them, in every subfolder). Methods and classes are
declared from their files' names before any file is parsed, so each file is
parsed and checked once at start-up. Open documents keep their parser
(incremental.py) and their statements' errors (checker.py); closed files
keep only their symbols and errors.

Not thread-safe: the server runs every call on one analysis thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from interpreter.compiler.loader import find_project_sources, layout_for
from interpreter.compiler.parser import normalize
from interpreter.lsp.blocks import is_class_source, scan
from interpreter.lsp.checker import CheckProgram, StatementCache, check_file, header_of, make_file_unit
from interpreter.lsp.incremental import FileParser, ParsedFile
from interpreter.lsp.lint import member_warnings
from interpreter.lsp.symbols import FileSymbols, file_symbols
from runtime.errors import CompileError

MAX_FILES = 50_000
_SKIP_DIRS = {"node_modules", "__pycache__", "Resources", "Data", "Logs", "DerivedData", "Libraries"}


@dataclass
class FileState:
    """What the workspace knows of one file."""

    path: str
    name: str  # method or class name: the file's stem
    declared: bool  # callable by name from other files (a project's Methods and Classes)
    is_class: bool
    text: str | None = None  # an open document's latest text
    version: int = 0  # of `text`
    checked_version: int = -1
    parser: FileParser | None = None
    parsed: ParsedFile | None = None
    cache: StatementCache = field(default_factory=StatementCache)
    symbols: FileSymbols | None = None
    errors: list[CompileError] = field(default_factory=list)
    late: bool = False  # appeared after start-up: files using its name must be checked again

    @property
    def is_open(self) -> bool:
        return self.text is not None


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def read_source(path: str) -> str:
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        return normalize(fh.read())


class Workspace:
    def __init__(self, root: str | None) -> None:
        self.root = os.path.abspath(root) if root else None
        self.program = CheckProgram()
        self.files: dict[str, FileState] = {}
        self.project_sources = find_project_sources(self.root) if self.root else None
        self.names: dict[str, str] = {}  # path -> method name, when not the file's stem (database methods)

    # ------------------------------------------------------------------ discovery

    def discover(self) -> list[str]:
        """Find and declare the workspace's files; return their paths."""
        if self.root is None or not os.path.isdir(self.root):
            return []
        if self.project_sources is not None:
            layout = layout_for(self.root)
            self.names = {os.path.abspath(p): name for p, name in layout.names.items()}
            paths = [os.path.abspath(p) for p in layout.files]
            self._declare_component_methods(layout)
        else:
            paths = self._walk(self.root)
        for path in paths[:MAX_FILES]:
            self._add(path, declared=True)
        return list(self.files)

    def _declare_component_methods(self, layout) -> None:
        """The shared methods of the project's components: known names (their files are not the
        workspace's; their parameters are not checked here)."""
        for comp in layout.components:
            folder = os.path.join(comp.root, "Project", "Sources", "Methods")
            try:
                names = sorted(f for f in os.listdir(folder) if f.lower().endswith(".4dm"))
            except OSError:
                continue
            for f in names:
                path = os.path.join(folder, f)
                try:
                    with open(path, encoding="utf-8-sig", errors="replace") as fh:
                        first = fh.readline()
                except OSError:
                    continue
                if first.startswith("//%attributes") and '"shared":true' in first.replace(" ", ""):
                    self.program.declare_method(_stem(path), path, None)

    def _walk(self, root: str) -> list[str]:
        out: list[str] = []
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
            out += [os.path.join(folder, f) for f in sorted(names) if f.lower().endswith(".4dm")]
            if len(out) > MAX_FILES:
                break
        return out

    def _in_project(self, path: str) -> bool:
        """Is this file one of the workspace's methods or classes (on disk yet or not)?"""
        path = os.path.abspath(path)
        if self.project_sources is None:
            return bool(self.root) and path.startswith(self.root + os.sep)
        folder = os.path.dirname(path)
        sources = os.path.abspath(self.project_sources)
        if folder in (os.path.join(sources, "Classes"), os.path.join(sources, "Methods")):
            return True
        return path in {os.path.abspath(p) for p in layout_for(self.root).files}  # database methods

    def _add(self, path: str, declared: bool, text: str | None = None) -> FileState:
        name = self.names.get(path) or _stem(path)
        if self.project_sources is not None:
            is_class = os.path.basename(os.path.dirname(path)) == "Classes"
        else:
            try:
                source = text if text is not None else read_source(path)
            except OSError:
                source = ""
            is_class = is_class_source(scan(source))
        st = FileState(path, name, declared, is_class)
        self.files[path] = st
        if declared:
            self._declare(st)
        return st

    def _declare(self, st: FileState, parsed: ParsedFile | None = None) -> None:
        if st.is_class:
            self.program.declare_class(st.name)
        else:
            header = None
            if parsed is not None and parsed.ok:
                unit = make_file_unit(parsed, st.name)
                header = header_of(unit.method) if unit.method is not None else None
            self.program.declare_method(st.name, st.path, header)

    def state(self, path: str) -> FileState:
        st = self.files.get(path)
        if st is None:
            if self.root is None:
                self._adopt_neighbours(path)
                st = self.files.get(path)
                if st is not None:
                    return st
            st = self._add(path, declared=self._in_project(path))
            st.late = True
        return st

    def _adopt_neighbours(self, path: str) -> None:
        """No workspace folder: a file comes with what `run4d FILE.4dm` loads with it
        (the .4dm files beside it, Classes/ and Methods/), as in a run."""
        if not path.lower().endswith(".4dm") or not os.path.isfile(path):
            return
        layout = layout_for(path)
        self.names.update({os.path.abspath(p): name for p, name in layout.names.items()})
        for f in (layout.files + layout.optional)[:MAX_FILES]:
            f = os.path.abspath(f)
            if f not in self.files:
                self._add(f, declared=True).late = True

    # ------------------------------------------------------------------ documents

    def set_text(self, path: str, text: str, version: int) -> None:
        st = self.state(path)
        st.text, st.version = normalize(text), version
        if st.parser is None:
            st.parser = FileParser(path)

    def close(self, path: str) -> None:
        st = self.files.get(path)
        if st is None:
            return
        st.text, st.parser, st.parsed = None, None, None
        st.cache = StatementCache()
        if not st.declared and not os.path.exists(path):
            del self.files[path]

    def remove(self, path: str) -> list[str]:
        """A file deleted from disk: forget it; return the files that used its name."""
        st = self.files.pop(path, None)
        if st is None:
            return []
        if st.declared:
            self.program.forget(st.name, st.is_class)
        return self.dependents(st)

    def text(self, path: str) -> str:
        st = self.files.get(path)
        if st is not None and st.text is not None:
            return st.text
        try:
            return read_source(path)
        except OSError:
            return ""

    def disk_text(self, path: str) -> str | None:
        """The file as saved (newlines normalised), None when it cannot be read."""
        try:
            return normalize(read_source(path))
        except OSError:
            return None

    def parsed(self, path: str) -> ParsedFile | None:
        """The latest parse of an open document (parsing it now if it never was)."""
        st = self.files.get(path)
        if st is None or st.text is None:
            return None
        if st.parsed is None or st.parsed.text != st.text:
            st.parsed = st.parser.parse(st.text)
        return st.parsed

    def parse_any(self, path: str) -> ParsedFile:
        """An open document's latest parse, or a closed file parsed from disk (not kept)."""
        got = self.parsed(path)
        if got is not None:
            return got
        return FileParser(path).parse(self.text(path))

    # ------------------------------------------------------------------ checking

    def check(self, path: str, cancelled=lambda: False) -> tuple[list[CompileError], list[str]]:
        """Check one file; return its errors and the files to check again because
        what this one declares changed (a method removed, a class's functions...)."""
        st = self.state(path)
        if st.is_open:
            version = st.version
            parsed = self.parsed(path)
            cache = st.cache
        else:
            version = -1
            parsed = FileParser(path).parse(self.text(path))
            cache = StatementCache()
        old_key = st.symbols.signature_key() if st.symbols else None
        was_class = st.is_class
        symbols = file_symbols(parsed, st.name)
        if parsed.items or st.symbols is None:
            st.is_class = symbols.is_class
        st.symbols = symbols
        dependents: list[str] = []
        if st.declared and (symbols.signature_key() != old_key or st.is_class != was_class):
            if st.is_class != was_class:
                self.program.forget(st.name, was_class)
            self._declare(st, parsed)
            if old_key is not None or st.late:
                dependents = self.dependents(st)
                st.late = False
        errors = check_file(self.program, parsed, st.name, cache, cancelled)
        if parsed.ok and not any(e.kind == "syntax error" for e in errors):
            errors = errors + member_warnings(self, parsed, symbols)
        st.errors = errors
        st.checked_version = version
        return errors, dependents

    def dependents(self, st: FileState) -> list[str]:
        """Files that use the name `st` declares."""
        from runtime.registry import key

        out = []
        target = key(st.name)
        family = self.subclasses(st.name) | {st.name} if st.is_class else set()
        for other in self.files.values():
            if other is st or other.symbols is None:
                continue
            if st.is_class:
                if family & other.symbols.used_classes():
                    out.append(other.path)
            elif target in other.symbols.used_names():
                out.append(other.path)
        return out

    def subclasses(self, name: str) -> set[str]:
        """The classes that extend `name`, directly or not."""
        out: set[str] = set()
        for st in self.files.values():
            if st.is_class and st.symbols is not None and st.name != name:
                if name in [fs.name for fs in self.class_chain(st.name)[1:]]:
                    out.add(st.name)
        return out

    # ------------------------------------------------------------------ lookups

    def class_file(self, name: str) -> FileState | None:
        for st in self.files.values():
            if st.is_class and st.name == name and st.declared:
                return st
        for st in self.files.values():
            if st.is_class and st.name.lower() == name.lower():
                return st
        return None

    def class_symbols(self, name: str) -> FileSymbols | None:
        st = self.class_file(name)
        if st is None:
            return None
        if st.symbols is None:
            parsed = self.parse_any(st.path)
            st.symbols = file_symbols(parsed, st.name)
        return st.symbols

    def class_chain(self, name: str) -> list[FileSymbols]:
        """The class and its ancestors (user classes only), nearest first."""
        out: list[FileSymbols] = []
        seen: set[str] = set()
        while name and name not in seen and len(out) < 50:
            seen.add(name)
            fs = self.class_symbols(name)
            if fs is None:
                break
            out.append(fs)
            parent = fs.parent or ""
            head, _, pname = parent.rpartition(".")
            name = pname if head.lower() in ("", "cs") else ""
        return out

    def method_file(self, name: str) -> FileState | None:
        from runtime.registry import key

        k = key(name)
        for st in self.files.values():
            if not st.is_class and st.declared and key(st.name) == k:
                return st
        return None

    def method_symbols(self, name: str) -> FileSymbols | None:
        st = self.method_file(name)
        if st is None:
            return None
        if st.symbols is None:
            parsed = self.parse_any(st.path)
            st.symbols = file_symbols(parsed, st.name)
        return st.symbols

    def classes(self) -> list[str]:
        return sorted({st.name for st in self.files.values() if st.is_class and st.declared})

    def methods(self) -> list[str]:
        return sorted({st.name for st in self.files.values() if not st.is_class and st.declared})
