"""Program: the loaded methods and classes, compiled into one namespace.

Stage: assembly. A Program parses source files into units, registers their
names (so calls between methods resolve whatever the order of files),
compiles them, and installs the runtime hooks (call a method by name,
Formula from string). The CLI, REPL and doc runner each drive one Program.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

from interpreter.compiler import cache, names
from interpreter.compiler import nodes as n
from interpreter.compiler.names import normalize
from interpreter.compiler.prelude import base_globals, bind_commands
from runtime import hooks, registry
from runtime.classes import BUILTIN_STORE, OBJECT_CLASS, Class4D, ClassStore
from runtime.errors import CompileError, CompileErrors
from runtime.functions import Function4D, code_changed
from runtime.registry import key, py_ident

if TYPE_CHECKING:
    from interpreter.compiler.codegen import Compiler

# The parser (Lark) and the code generator are imported when a unit is not in the
# compiled-code cache: a program whose units all are starts without them.


def _codegen():
    from interpreter.compiler.codegen import Compiler

    return Compiler


# A check that keeps nothing generates code with checkgen's generator (no expression nodes
# built: see check_nodes.py); False makes it use the full one (tests compare the two).
CHECK_NODES = [True]


def _check_codegen():
    if not CHECK_NODES[0] or os.environ.get("RUN4D_DUMP"):
        return _codegen()
    from interpreter.compiler.checkgen import check_compiler

    return check_compiler()


class MethodEntry:
    """A project method: its name, file, Python name and header (parameters, result).

    `component`: the component whose shared method this is (runtime.components.Component),
    None for the program's own methods.
    """

    __slots__ = ("name", "path", "pyname", "fdef", "component")

    def __init__(self, name: str, path: str, pyname: str, fdef: n.FunctionDef | None = None,
                 component=None) -> None:
        self.name, self.path, self.pyname, self.fdef = name, path, pyname, fdef
        self.component = component

    def __repr__(self) -> str:
        return f"MethodEntry({self.name!r}, {self.path!r}, {self.pyname!r})"


class Program:
    """Everything one run of run4d has loaded."""

    def __init__(self, component=None) -> None:
        import stdlib_4d  # noqa: F401  (registers commands and built-in classes)

        # Deeply nested code (up to limits.NESTING) is compiled recursively.
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))

        names.add_from(registry.multiword_names)  # given to the lexer once the parser is loaded
        self.G = base_globals()
        self.cs = ClassStore("cs")
        self.G["_CS"] = self.cs
        self.methods: dict[str, MethodEntry] = {}
        self.session: dict = {}  # locals shared by session methods (REPL lines, doc blocks)
        self.session_types: dict[str, str] = {}  # their declared types, from piece to piece
        self.class_files: dict[str, str] = {}  # class name -> the file it was loaded from
        self.class_defs: dict[str, n.ClassDef] = {}  # class name -> its parsed definition (waits.py)
        self._waits = None  # the WaitAnalysis of the units loaded now (made on first question)
        self.interactive = False  # REPL loads: unknown method names are looked up when called
        # `run4d --check`: nothing will run, so Python's compile() is skipped where it cannot fail
        # (pycompile.may_skip) unless the code goes to the disk cache.
        self.check_only = False
        # A one-shot `run4d --check` ends the process without freeing what it made (cli/main.py):
        # its generated code is kept here rather than freed unit by unit.
        self.retain: list | None = None
        self.G["_SES"] = self.session
        self.G["_late_method"] = self.late_method
        self.sources: dict[str, str] = {}
        self.warnings: list[CompileError] = []  # what compiled but will not run (unsupported commands)
        self.compile_errors: list[CompileError] = []  # a tolerant load's errors (loader.load)
        # A project run (a tolerant load): a name run4d does not know fails at its line when the
        # line runs (resolve.at_run), the line's error said at start (`late_errors`).
        self.late_lines = False
        self.late_errors: list[CompileError] = []
        self.array_vars: set[str] = set()  # process and interprocess variables some ARRAY declares
        self._counter = 0
        self._consts: dict[int, str] = {}
        self._env: tuple[bool, bytes] | None = None  # digest of the names code generation reads (cache key)
        # Property names some code compiled so far can write, and whether it can write any
        # name (interpreter/compiler/writes.py): This.f() skips the own-property check for
        # an f no code can write. Classes compiled on that assumption, by name -> the names
        # they rely on, their unit and entry points (compiled again if code compiled later
        # writes one of those names: note_writes).
        self.shadow_names: set[str] = set()
        self.shadow_dynamic = False
        self.shadow_relies: dict[str, frozenset[str]] = {}
        self.class_units: dict[str, n.Unit] = {}
        self.class_entries: dict[str, dict[tuple, str]] = {}
        self.method_fast: dict[str, str] = {}  # method key -> pyname of its fast entry (codegen.compile_method)
        # Components (interpreter/compiler/components.py): the one this program compiles (None: the
        # host), and, in the host, the programs of the components it loaded.
        self.component = component
        self.components: list[Program] = []
        self.host: Program | None = None  # a component's host program
        self.missing_components: list[str] = []  # why components the project declares are not loaded
        self.component_errors: list[CompileError] = []  # what of the components does not compile (a run)
        if component is not None:
            from runtime import components

            component.program = self
            self.G["_IPV"] = component.interprocess
            self.G["_CPV"] = components.process_vars(component)
            self.G["_COMPONENT"] = component.name  # Call chain's "database" of its frames
            return  # the runtime hooks stay the host's (which dispatches to components)
        self.install_hooks()

    # ------------------------------------------------------------------ names for the compiler

    def fresh(self, prefix: str) -> str:
        self._counter += 1
        return f"{py_ident(prefix)}_{self._counter}"

    def constant(self, value) -> str:
        """A global name bound to `value` (dates, FuncInfo, classes...)."""
        name = self._consts.get(id(value))
        if name is None or self.G.get(name) is not value:
            name = self.fresh("_K")
            self.G[name] = value
            self._consts[id(value)] = name
        return name

    def may_shadow(self, name: str) -> bool:
        """Can some code compiled so far give an object an own property `name`?"""
        return self.shadow_dynamic or name in self.shadow_names

    def note_writes(self, names, dynamic: bool) -> None:
        """Code about to be compiled writes these property names (or any, when dynamic).

        A class compiled on the assumption that no code writes one of them is compiled
        again, and its former entry points are bound to the new ones.
        """
        new = set(names) - self.shadow_names
        newly_dynamic = dynamic and not self.shadow_dynamic
        if not new and not newly_dynamic:
            return
        self.shadow_names |= new
        self.shadow_dynamic = self.shadow_dynamic or dynamic
        stale = [name for name, relies in self.shadow_relies.items()
                 if relies and (newly_dynamic or relies & new)]
        for name in stale:
            self._recompile_class(name)

    def _note_units(self, units: list[n.Unit]) -> None:
        names_: set[str] = set()
        dynamic = False
        for unit in units:
            if unit.writes is None:
                from interpreter.compiler.writes import unit_writes

                unit.writes = unit_writes(unit)
            names_ |= unit.writes[0]
            dynamic = dynamic or unit.writes[1]
        self.note_writes(names_, dynamic)

    def _recompile_class(self, name: str) -> None:
        """Compile a class again now that code may hide some of its functions (note_writes)."""
        unit = self.class_units.get(name)
        old = self.class_entries.get(name, {})
        relied = self.shadow_relies.pop(name)
        if unit is None:
            return
        with gc_paused():
            self._compile_unit(unit, False)
        new = self.class_entries.get(name, {})
        for (kind, fname), pyname in old.items():
            target = new.get((kind, fname))
            if target is None or target == pyname:
                continue
            if fname in relied and kind in ("function", "fast"):
                # Calls already running reach it by this name without the own-property check.
                self.G[pyname] = _checking_entry(fname, self.G[target])
            else:
                self.G[pyname] = self.G[target]

    def _class_context(self, unit: n.Unit) -> bytes:
        """What code generation of a class reads of the whole program: which of its function
        names some code can write as properties."""
        names_ = sorted(f.name for f in unit.cls.functions if self.may_shadow(f.name))
        return repr((names_, self.shadow_dynamic)).encode()

    def has_method(self, name: str) -> bool:
        return key(name) in self.methods

    def method_pyname(self, name: str) -> str:
        return self.methods[key(name)].pyname

    def method_type(self, name: str) -> str | None:
        """The declared result type of a project method (its value is converted to it)."""
        fdef = self.methods[key(name)].fdef
        if fdef is None or fdef.result is None:
            return None
        from interpreter.compiler.scope import type_of_ref

        t = type_of_ref(fdef.result.type)
        return None if t in ("object", "variant") else t

    # ------------------------------------------------------------------ loading

    def parse_unit(self, text: str, path: str, name: str) -> n.Unit:
        with gc_paused():
            return self._parse_unit(text, path, name)

    def _parse_unit(self, text: str, path: str, name: str) -> n.Unit:
        text = normalize(text)
        self.sources[path] = text
        ckey = cache.unit_key(text, path, name, b"parse" + _names_digest())
        entry = cache.get(ckey)
        if entry is not None:
            return pickle.loads(entry["unit"])  # a copy of its own: Programs may change their units
        from interpreter.compiler.codegen_array import array_variables
        from interpreter.compiler.parser import parse_items
        from interpreter.compiler.units import make_unit

        items = parse_items(text, path)
        unit = make_unit(items, path, name, text.split("\n"))
        unit.source = text
        if unit.errors:
            raise CompileErrors(unit.errors)
        if unit.cls is None and unit.method is not None:
            from interpreter.compiler.writes import method_facts

            unit.array_vars, unit.writes = method_facts(unit.method)
        else:
            from interpreter.compiler.writes import unit_writes

            unit.array_vars = array_variables(unit)
            unit.writes = unit_writes(unit)
        if cache.wanted():
            try:
                cache.put(ckey, {"unit": pickle.dumps(unit, protocol=pickle.HIGHEST_PROTOCOL)})
            except (pickle.PicklingError, TypeError, RecursionError):
                pass  # a unit that cannot be pickled is simply not cached
        return unit

    def declare_name(self, name: str) -> None:
        """Make the lexer keep a method's multi-word name whole (before its callers are parsed)."""
        if " " in name.strip():
            names.add(name)

    def declare(self, unit: n.Unit) -> None:
        """Make a unit's name known before any code is compiled."""
        if unit.array_vars is None:
            from interpreter.compiler.codegen_array import array_variables

            unit.array_vars = array_variables(unit)
        self.array_vars |= unit.array_vars
        if unit.cls is not None:
            existing = self.cs.classes.get(unit.cls.name)
            if existing is None:
                self.cs.classes[unit.cls.name] = Class4D(unit.cls.name, "cs", OBJECT_CLASS)
            self.class_files[unit.cls.name] = unit.path
            self.class_units[unit.cls.name] = unit
            self.class_defs[unit.cls.name] = unit.cls
        else:
            name = unit.method.name
            if " " in name:
                names.add(name)
            self.methods[key(name)] = MethodEntry(name, unit.path, "M_" + py_ident(name), unit.method)
        self._env = None
        self._waits = None
        code_changed()

    def declare_failed(self, path: str, name: str, is_class: bool) -> None:
        """Make the name of a file that did not parse known (a tolerant load: loader.load)."""
        if is_class:
            if name not in self.cs.classes:
                self.cs.classes[name] = Class4D(name, "cs", OBJECT_CLASS)
            self.class_files[name] = path
        elif key(name) not in self.methods:
            self.declare_name(name)
            self.methods[key(name)] = MethodEntry(name, path, "M_" + py_ident(name))
        self._env = None

    def fail_units(self, errors: list[CompileError]) -> None:
        """Methods and classes of files with errors raise -10791, naming the first error, when called."""
        first: dict[str, CompileError] = {}
        for e in errors:
            first.setdefault(os.path.abspath(e.path or ""), e)

        def failing(label: str, e: CompileError):
            where = f"{os.path.basename(e.path)}:{e.line}: {e.message}"

            def fail(*_args):
                from runtime.codes import err

                raise err("not_compiled", name=label, detail=where)
            return fail

        for entry in self.methods.values():
            e = first.get(os.path.abspath(entry.path))
            if e is not None:
                self.G[entry.pyname] = failing(f"The method {entry.name}", e)
        for name, path in self.class_files.items():
            e = first.get(os.path.abspath(path))
            cls = self.cs.classes.get(name)
            if e is not None and cls is not None:
                cls.native_new = failing(f"The class {name}", e)

    def compile_units(self, units: list[n.Unit]) -> None:
        """Compile declared units; raise CompileErrors with every error found."""
        errors: list[CompileError] = []
        self._note_units(units)
        for unit in _parents_first(units):
            try:
                self._compile(unit)
            except CompileErrors as e:
                errors.extend(e.errors)
        if errors:
            raise CompileErrors(errors)

    def _compile(self, unit: n.Unit, session: bool = False) -> None:
        with gc_paused():
            self._compile_unit(unit, session)

    def _compile_unit(self, unit: n.Unit, session: bool) -> None:
        if session:
            comp = _codegen()(self, unit.path, unit.source, session)
        else:
            name = unit.cls.name if unit.cls is not None else "method:" + unit.method.name
            context = b"code" + self._env_digest()
            if unit.cls is not None:
                context += self._class_context(unit)
            ckey = cache.unit_key(unit.source, unit.path, name, context)
            entry = cache.get(ckey)
            if entry is not None and entry.get("code") is not None and self._from_cache(unit, entry):
                return
            # A check that keeps nothing on disk compiles nothing it need not: no positions
            # either, unless compile() turns out to be needed (then the unit is generated again).
            lean = self.check_only and cache.folder() is None
            comp = (_check_codegen() if lean else _codegen())(cache.Recorder(self, ckey), unit.path,
                                                               unit.source, session)
            comp.stamp = not lean
        try:
            self._compile_with(comp, unit)
        except _Restamp:
            comp = _codegen()(cache.Recorder(self, ckey), unit.path, unit.source, session)
            self._compile_with(comp, unit)
        if not session and comp.compiled is not None:
            self._store(ckey, comp)
        for name, type_ in comp.session_declared.items():
            if self.session_types.get(name, type_) != type_:
                self.session.pop(name, None)  # declared again with another type: it starts from that type's default
            self.session_types[name] = type_

    def _compile_with(self, comp: Compiler, unit: n.Unit) -> None:
        if unit.cls is not None:
            cls = self.cs.classes[unit.cls.name]
            self._link_parent(cls, unit.cls, comp)
            made = comp.compile_class(unit.cls, comp.program.constant(cls))
            made = {**made, **{pyname: ("fast", fname, ()) for fname, pyname in comp.fast_names.items()}}
        else:
            comp.compile_method(unit.method, self.methods[key(unit.method.name)].pyname)
            made = {comp.self_method[2]: ("fast", unit.method.name, ())} if comp.self_fast_used else {}
        if comp.errors:
            self.warnings.extend(comp.warnings)
            raise CompileErrors(comp.errors)
        from interpreter.compiler.pycompile import may_skip, python_compile

        module = comp.module()
        skip = self.check_only and cache.folder() is None and may_skip(module, comp.max_depth)
        if not comp.stamp and not skip:
            raise _Restamp
        self.warnings.extend(comp.warnings)
        if self.retain is not None:
            self.retain.append(comp)
        if os.environ.get("RUN4D_DUMP"):
            import ast

            print(f"# ---- {unit.path}\n{ast.unparse(module)}", file=sys.stderr)
        if skip:
            for pyname in made:
                self.G[pyname] = _not_compiled  # the class is described; its functions never run
        else:
            code = python_compile(module, unit.path, comp.lines)
            bind_commands(self.G, code)
            exec(code, self.G)
            comp.compiled = (code, made)
        if unit.cls is not None:
            self._build_class(self.cs.classes[unit.cls.name], unit.cls, made, comp.relies)
        elif not comp.session:
            self._bind_method_fast(unit, made)

    # ------------------------------------------------------------------ the compiled-code cache

    def _env_digest(self) -> bytes:
        """What code generation reads from the program besides the unit (part of the cache key)."""
        if self._env is None or self._env[0] != self.interactive:
            methods = sorted((k, e.pyname, self.method_type(e.name) or "") for k, e in self.methods.items())
            # A component, and a project's code in a run, compile leniently for a run, strictly for a
            # check (resolve.at_run).
            state = repr((methods, sorted(self.array_vars), self.interactive,
                          self.component is not None and (self.check_only or "run"),
                          self.late_lines and not self.check_only)).encode()
            self._env = (self.interactive, hashlib.sha256(state).digest())
        return self._env[1]

    def _store(self, ckey: str, comp: Compiler) -> None:
        code, made = comp.compiled
        recorder = comp.program
        constants = [(name, "class", value.name) if isinstance(value, Class4D) and self.cs.classes.get(value.name)
                     is value else (name, "value", value) for name, value in recorder.constants.items()]
        cache.put(ckey, {"code": code, "made": made, "constants": constants, "proc_decls": comp.proc_decls,
                         "warnings": list(comp.warnings), "relies": sorted(comp.relies)})

    def _from_cache(self, unit: n.Unit, entry: dict) -> bool:
        """Bind a cached unit's code into this program; False to compile it after all."""
        from runtime import convert, process

        if unit.cls is not None:
            probe = _codegen()(self, unit.path, unit.source)
            self._link_parent(self.cs.classes[unit.cls.name], unit.cls, probe)
            if probe.errors:
                return False
        for name, kind, value in entry["constants"]:
            self.G[name] = self.cs.classes[value] if kind == "class" else value
        for name, t in entry["proc_decls"]:
            process.declare(name, convert.TYPES[t][1]())
        self.warnings.extend(entry["warnings"])
        bind_commands(self.G, entry["code"])
        exec(entry["code"], self.G)
        if unit.cls is not None:
            self._build_class(self.cs.classes[unit.cls.name], unit.cls, entry["made"], entry.get("relies", ()))
        else:
            self._bind_method_fast(unit, entry["made"])
        return True

    def _bind_method_fast(self, unit: n.Unit, made: dict) -> None:
        """A method compiled again: calls of its former version already running reach their fast
        entry (codegen.compile_method) by name; when the new version has none of the same
        signature, that name leads to the new method's general entry (with its checks)."""
        k = key(unit.method.name)
        fast = next((pyname for pyname, (kind, _name, _m) in made.items() if kind == "fast"), None)
        old = self.method_fast.pop(k, None)
        if old is not None and old != fast and self.G.get(old) is not None:
            self.G[old] = self.G[self.methods[k].pyname]
        if fast is not None:
            self.method_fast[k] = fast

    def _link_parent(self, cls: Class4D, cdef: n.ClassDef, comp: Compiler) -> None:
        self._link_parent_only(cls, cdef, comp)
        event = next((f for f in cdef.functions if f.kind == "event"), None)
        if event is not None:
            entity = BUILTIN_STORE.classes.get("Entity")
            if entity is None or not cls.is_subclass_of(entity):
                comp.error(f"ORDA events (Function event {event.name}) can only be defined in an entity class "
                           "(Class extends Entity)", event)

    def _link_parent_only(self, cls: Class4D, cdef: n.ClassDef, comp: Compiler) -> None:
        cls.superclass = OBJECT_CLASS
        if cdef.parent is None:
            return
        path = cdef.parent.name
        store, _, pname = path.rpartition(".")
        parent = None
        if store.lower() == "4d":
            parent = BUILTIN_STORE.classes.get(pname)
            if parent is not None and parent is not OBJECT_CLASS and not getattr(parent, "extendable", False):
                comp.error(f"A class cannot extend the built-in class 4D.{pname}", cdef.parent)
        elif store.lower().startswith("cs.") and store[3:] in self.cs.namespaces:
            parent = self.cs.namespaces[store[3:]].classes.get(pname)  # a component's class
        elif store in ("", "cs"):
            parent = self.cs.classes.get(pname)
            if parent is None and store == "":  # ORDA classes: `Class extends Entity` names 4D.Entity
                parent = BUILTIN_STORE.classes.get(pname)
                if parent is not None and not getattr(parent, "extendable", False):
                    parent = None
        if parent is None:
            comp.error(f"The class \"{path}\" does not exist", cdef.parent)
            return
        probe = parent
        while probe is not None:
            if probe is cls:
                comp.error(f"Circular inheritance: {cdef.name} extends {path}", cdef.parent)
                return
            probe = probe.superclass
        cls.superclass = parent

    def _build_class(self, cls: Class4D, cdef: n.ClassDef, made: dict, relies=()) -> None:
        unit_name = cdef.name
        self.class_entries[unit_name] = {(kind, name): pyname for pyname, (kind, name, _m) in made.items()}
        if relies:
            self.shadow_relies[unit_name] = frozenset(relies)
        else:
            self.shadow_relies.pop(unit_name, None)
        # Built aside, then set at once: a class compiled again while other processes run
        # (note_writes) never shows them an empty function table.
        functions, getters, setters, queries, order_bys, events = {}, {}, {}, {}, {}, {}
        constructor = None
        cls.modifiers = cdef.modifiers
        inits = {}
        results = {(f.kind, f.name): f.result.type.name for f in cdef.functions
                   if f.result is not None and f.result.type is not None}
        for pyname, (kind, name, mods) in made.items():
            if kind == "fast":
                continue  # This.f() within the class calls it by name (codegen.fast_entry)
            py = self.G[pyname]
            if "shared" in mods and cls.is_shared:
                py = _shared_function(py)
            if self.component is not None:  # called from the host: runs as the component's code
                from runtime.components import entry

                py = entry(self.component, py)
            fn = Function4D(py, name=name, kind=kind, owner=cls)
            fn.modifiers = tuple(mods)
            fn.result_type = results.get((kind, name), "")
            if kind == "constructor":
                constructor = fn
            elif kind == "get":
                getters[name] = fn
            elif kind == "set":
                setters[name] = fn
            elif kind == "query":
                queries[name] = fn
            elif kind == "orderBy":
                order_bys[name] = fn
            elif kind == "event":
                events[name] = fn  # ORDA: "touched", "touched name", "validateSave"... (stdlib_4d/data/events.py)
            elif kind == "init":
                inits[name] = py
            else:
                functions[name] = fn
        cls.functions, cls.getters, cls.setters, cls.constructor = functions, getters, setters, constructor
        # ORDA dataclass members, parsed for the datastore to give them meaning:
        # {attribute: Function4D} of `Function query/orderBy attr`, {alias: AliasDef}.
        cls.queries, cls.order_bys, cls.events = queries, order_bys, events
        cls.aliases = {a.name: a for a in cdef.aliases}
        cls.properties = [(name, prop.type.name if prop.type else None, inits.get(name))
                          for prop in cdef.properties for name in prop.names]
        for other in self.cs.classes.values():
            other.invalidate()

    # ------------------------------------------------------------------ running

    def load_text(self, text: str, path: str, name: str | None = None) -> n.Unit:
        """Parse, declare and compile one source (a method or a class)."""
        name = name or os.path.splitext(os.path.basename(path))[0]
        unit = self.parse_unit(text, path, name)
        self.declare(unit)
        self.compile_units([unit])
        return unit

    def session_method(self, text: str, path: str, name: str, display: str = ""):
        """Compile `text` as a method whose locals live on in the session; return its function."""
        unit = self.parse_unit(text, path, name)
        if unit.cls is not None:
            raise CompileErrors([CompileError("a class cannot run as a method", path, 1, 1, kind="error")])
        self.declare(unit)
        if display:
            unit.method.display = display  # the name errors show (it stays registered as `name`)
        self._note_units([unit])
        self._compile(unit, session=True)
        return self.G[self.methods[key(name)].pyname]

    def call_method(self, name: str, args: tuple = (), this=None):
        entry = self.methods.get(key(name))
        if entry is None:
            from runtime.codes import err

            raise err("project_method", name=name)
        return self.G[entry.pyname](this, *args)

    def design_objects(self) -> dict[str, tuple[int, str]]:
        """The methods and classes loaded, by their 4D path (METHOD GET PATHS and friends)."""
        out: dict[str, tuple[int, str]] = {}
        for entry in self.methods.values():
            if entry.name.startswith("__") or entry.component is not None:
                continue  # REPL lines and doc blocks; components' methods
            if os.path.basename(os.path.dirname(entry.path)) == "DatabaseMethods":
                out[f"[databaseMethod]/{entry.name}"] = (2, entry.path)
            else:
                out[entry.name] = (1, entry.path)
        for name, path in self.class_files.items():
            out[f"[class]/{name}"] = (32, path)
        return out

    def late_method(self, name: str, *args):
        """A call compiled before its method was loaded (the REPL); -10508 if it still does not exist."""
        return self.call_method(name, args)

    def install_hooks(self) -> None:
        from runtime import components

        components.LOADED[:] = [p.component for p in self.components]
        hooks.design_objects = self.design_objects
        hooks.wait_reason = self.wait_reason
        hooks.method_wait_reason = self.method_wait_reason
        hooks.check_project = _check_project
        if self.components:
            # Names given at run time (EXECUTE METHOD, ON ERR CALL, Formula from string...) are
            # those of the code running: the host's or a component's (runtime/components.py).
            hooks.call_method = self._side_call
            hooks.method_exists = self._side_exists
            hooks.compile_formula = lambda source: self._side().compile_formula(source)
            hooks.compile_template = lambda pieces, text, display: \
                self._side().compile_template(pieces, text, display)
            hooks.method_attribute = lambda name, attribute: self._side().method_attribute(name, attribute)
            hooks.user_class = lambda name: self._side().cs.classes.get(name)
            hooks.user_classes = lambda: self._side().cs
            hooks.source_of = self._source_of
            return
        hooks.call_method = self.call_method
        hooks.method_exists = self.has_method
        hooks.compile_formula = self.compile_formula
        hooks.compile_template = self.compile_template
        hooks.method_attribute = self.method_attribute
        hooks.user_class = self.cs.classes.get
        hooks.user_classes = lambda: self.cs
        hooks.source_of = self.sources.get

    # ------------------------------------------------------------------ components

    def _side(self) -> Program:
        """The program of the code running now: this host's, or a component's."""
        from runtime.process import current

        comp = current().component
        return self if comp is None else comp.program

    def _source_of(self, path: str):
        found = self.sources.get(path)
        for other in self.components:
            if found is not None:
                break
            found = other.sources.get(path)
        return found

    def shared_with_components(self, name: str) -> bool:
        """A host method whose attributes say "shared": components may run it by name (EXECUTE METHOD)."""
        entry = self.methods.get(key(name))
        return entry is not None and entry.component is None and self.method_attribute(name, "shared") is True

    def _side_exists(self, name: str) -> bool:
        side = self._side()
        return side.has_method(name) or (side is not self and self.shared_with_components(name))

    def _side_call(self, name: str, args: tuple = (), this=None):
        side = self._side()
        if side is self or side.has_method(name) or not self.shared_with_components(name):
            return side.call_method(name, args, this)
        from runtime.components import run_as

        return run_as(None, self.call_method, name, args, this)  # a host method, run as the host's code

    def declare_broken(self, name: str, path: str, error: CompileError) -> None:
        """A component's method that does not compile: declared, raising -10797 when called."""
        k = key(name)
        entry = self.methods.get(k)
        if entry is None:
            entry = self.methods[k] = MethodEntry(name, path, "M_" + py_ident(name))
            self._env = None
        detail = f"{error.path}:{error.line}:{error.col}: {error.message}"
        component = self.component.name if self.component is not None else ""

        def broken(this, *args):
            from runtime.codes import err

            raise err("component_broken", name=name, component=component, detail=detail)

        self.G[entry.pyname] = broken

    def declare_shared(self, other: Program) -> None:
        """Make the shared methods of the component `other` callable here (unless a method of
        this program has the name: its own method wins)."""
        from runtime.components import entry

        comp = other.component
        for k, e in list(other.methods.items()):
            if e.component is not None or k in self.methods or other.method_attribute(e.name, "shared") is not True:
                continue
            pyname = "MC_" + py_ident(comp.name) + "_" + py_ident(e.name)
            self.methods[k] = MethodEntry(e.name, e.path, pyname, e.fdef, comp)
            if " " in e.name:
                names.add(e.name)
            target = e.pyname
            self.G[pyname] = entry(comp, lambda this, *args, _g=other.G, _t=target: _g[_t](this, *args))
        self._env = None
        self._waits = None
        code_changed()

    # ------------------------------------------------------------------ what may wait (waits.py)

    def _wait_analysis(self):
        from runtime.native import CHANGES

        if self._waits is None or self._waits[0] != CHANGES[0]:
            from interpreter.compiler.waits import WaitAnalysis

            self._waits = (CHANGES[0], WaitAnalysis(self))
        return self._waits[1]

    def wait_reason(self, fn) -> str | None:
        """None when `fn` (a 4D.Function) is a class function of this project proven quick."""
        owner = getattr(fn, "owner", None)
        if fn.kind != "function" or owner is None or self.cs.classes.get(owner.name) is not owner:
            return f"{fn!r} is not a class function of the project"
        if self.cs.classes[owner.name].functions.get(fn.name) is not fn:
            return f"{fn!r} is not the function its class has now"
        return self._wait_analysis().function_reason(owner.name, fn.name)

    def method_wait_reason(self, name: str) -> str | None:
        return self._wait_analysis().method_reason(name)

    def method_attribute(self, name: str, attribute: str):
        """An entry of the `//%attributes = {...}` first line of a project method (None if absent)."""
        import json

        entry = self.methods.get(key(name))
        first = self.sources.get(entry.path, "").split("\n", 1)[0] if entry is not None else ""
        if not first.startswith("//%attributes"):
            return None
        try:
            attributes = json.loads(first.split("=", 1)[1])
        except (IndexError, ValueError):
            return None
        return attributes.get(attribute) if isinstance(attributes, dict) else None

    def compile_formula(self, source: str):
        """Formula from string: compile `source` as a formula (no local variables)."""
        from interpreter.compiler.formulas import compile_formula_text

        with gc_paused():
            return compile_formula_text(self, source)

    def compile_template(self, pieces, text: str, display: str):
        """Transformation tags: the 4D code of one template (interpreter/compiler/templates.py)."""
        from interpreter.compiler.templates import compile_template

        with gc_paused():
            return compile_template(self, pieces, text, display)


def _names_digest() -> bytes:
    """The multi-word names project methods add to the lexer's: part of the parse key."""
    return names.digest()


@contextmanager
def gc_paused():
    """No cyclic garbage collection while compiling.

    The parser and code generator allocate millions of small, acyclic objects (tree nodes),
    each allocation burst triggering a collection that walks every live object: with the
    collector on, compiling a large file takes several times longer.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parents_first(units: list[n.Unit]) -> list[n.Unit]:
    by_name = {u.cls.name: u for u in units if u.cls is not None}
    ordered: list[n.Unit] = []
    seen: set[int] = set()

    def visit(u: n.Unit, depth: int = 0) -> None:
        if id(u) in seen or depth > 50:
            return
        if u.cls is not None and u.cls.parent is not None:
            parent = by_name.get(u.cls.parent.name.split(".")[-1])
            if parent is not None and parent is not u:
                visit(parent, depth + 1)
        seen.add(id(u))
        ordered.append(u)

    for u in units:
        if u.cls is not None:
            visit(u)
    ordered += [u for u in units if u.cls is None]
    return ordered


class _Restamp(Exception):
    """Generated without positions, the code must be compiled after all: generate it again."""


def _checking_entry(name: str, py):
    """A class function's former entry, after its class was compiled again (note_writes): the
    code compiled before calls it by name as This.f() for This of exactly that class, without
    the own-property check, which is made here."""
    from runtime.access import meth

    def entry(this, *args):
        if name in this:
            return meth(this, name)(this, *args)
        return py(this, *args)

    return entry


def _not_compiled(*args):
    raise RuntimeError("checked code is not compiled to run")  # never called: a check runs nothing


def _shared_function(py):
    """`shared Function` of a shared class: the body runs inside Use(This)."""
    from runtime.shared import end_use, use

    def wrapper(this, *args):
        use(this)
        try:
            return py(this, *args)
        finally:
            end_use(this)

    return wrapper


def _check_project(path: str) -> list:
    """hooks.check_project: imported on first use (check.py needs dataclasses: start-up time)."""
    from interpreter.compiler.check import check_project

    return check_project(path)
