"""Runner: load a method file or project and run it as 4D's main process.

Stage: top level (CLI). Compiles everything first (exit 65 on any error; a
project run goes on without the files that do not compile, as tool4d runs a
project interpreted, unless the method it starts with is one of them),
runs the method in the main process, then lets the runtime wait while
workers or network objects still have work (runtime/lifecycle.py).
"""

from __future__ import annotations

import os
import sys

from interpreter.cli.main import EXIT_COMPILE, EXIT_RUNTIME, EXIT_USAGE
from interpreter.compiler.loader import layout_for, load
from interpreter.compiler.program import Program
from runtime.errors import CompileErrors


def run(opts, params: list[str]) -> int:
    return run_layout(layout_for(opts.target), opts, params)


def run_layout(layout, opts, params: list[str]) -> int:
    """Compile the layout's files and run its entry method; return the exit code."""
    from runtime import lifecycle

    lifecycle.reset()
    app_context(layout, opts, params)
    program = Program()
    program.debug = bool(opts.debug)
    for problem in layout.component_problems:
        print(f"run4d: warning: {problem}", file=sys.stderr)
    program.missing_components = list(layout.component_problems)
    project = layout.main is None
    try:
        # A project runs as tool4d runs it, interpreted: files that do not compile do not stop it.
        units = load(program, layout.files, layout.names, layout.optional, layout.components, tolerant=project)
    except CompileErrors as e:
        print(e.render(), file=sys.stderr)
        return EXIT_COMPILE
    _say_component_errors(program)
    if program.late_errors:
        print(CompileErrors(program.late_errors).render(), file=sys.stderr)
        print(f"run4d: {len(program.late_errors)} line(s) of the project name something run4d does not know; "
              "the run goes on (such a line raises error -10791 if it runs)", file=sys.stderr)
    code = _open_datastore(program, layout, opts)
    if code:
        return code
    server_class = _server_class(layout, units)
    if server_class is not None:
        main = lambda: _serve_class(program, server_class, opts)  # noqa: E731
    else:
        entries, error = _entries(layout, units, opts, program)
        if error:
            if program.compile_errors:
                print(CompileErrors(program.compile_errors).render(), file=sys.stderr)
            print(f"run4d: {error}", file=sys.stderr)
            return EXIT_USAGE
        if program.compile_errors and not _report_failures(program, [name for name, _ in entries]):
            return EXIT_COMPILE

        # The parameters after `--` go to the last method run (the startup method; On Startup takes none).
        entries[-1:] = [(name, tuple(params)) for name, _ in entries[-1:]]

        host_events = _host_database_events(program, layout, opts)

        startup_name = _startup_name(layout, units)

        def main() -> None:
            rest = list(entries)
            host_events(1)  # On before host database startup
            if rest and rest[0][0] == startup_name and not opts.method:
                program.call_method(*rest.pop(0))
            host_events(2)  # On after host database startup
            for name, args in rest:
                program.call_method(name, args)

        on_exit = layout.database_methods.get("onexit")
        skip = getattr(opts, "skip_onstartup", False)
        if (on_exit is not None and not skip) or host_events is not _no_events:
            exit_name = units[on_exit].method.name if on_exit is not None and not skip else None

            def at_exit() -> None:
                host_events(3)  # On before host database exit
                if exit_name is not None:
                    program.call_method(exit_name, ())
                host_events(4)  # On after host database exit

            lifecycle.set_on_exit(at_exit)
    return lifecycle.run_main(main, debug=program.debug, settings=_settings(opts, layout))


def _say_component_errors(program: Program) -> None:
    """One warning per component whose code does not all compile (loaded all the same: such a method
    raises -10797 when called, such a line -10798 when it runs; `run4d --check` lists every error)."""
    for other in program.components:
        root = other.component_root + os.sep
        found = [e for e in program.component_errors if e.path.startswith(root)]
        if found:
            first = found[0]
            print(f"run4d: warning: the component {other.component.name!r} does not all compile ({len(found)} "
                  f"error(s); a method that does not compile raises -10797 when called, a line -10798 when it "
                  f"runs; run4d --check lists them all), first: {first.path}:{first.line}:{first.col}: "
                  f"{first.message}", file=sys.stderr)


def _startup_name(layout, units) -> str | None:
    return units[layout.startup].method.name if layout.startup is not None and layout.startup in units else None


def _no_events(code: int) -> None:
    """What a host without components' On Host Database Event calls: nothing (a null callable)."""


def _host_database_events(program: Program, layout, opts):
    """The components' On Host Database Event methods, when the host's Security settings allow them
    ("Execute On Host Database Event method of the components") and On Startup runs."""
    if not program.components:
        return _no_events
    from interpreter.compiler.components import database_event, host_executes_database_event

    if not host_executes_database_event(layout.root):
        return _no_events
    return lambda code: database_event(program, code)


def app_context(layout, opts, params: list[str]):
    """Fill the application context (runtime/appcontext.py) for this run.

    Options a front end may add (tool4d's --user-param, --data) are read when present.
    """
    from runtime import appcontext

    target = layout.main or layout.root or getattr(opts, "target", None)
    return appcontext.for_path(
        target,
        user_param=getattr(opts, "user_param", None) or "",
        data_file=getattr(opts, "data", None) or "",
        dataless=bool(getattr(opts, "dataless", False)),
        web_root=getattr(opts, "web_root", None) or "",
        command_line=list(sys.argv),
    )


def _open_datastore(program: Program, layout, opts) -> int:
    """Open the project's datastore (catalog.4DCatalog); a catalog that cannot be read stops the run.

    A program with no catalog whose code names nothing of ORDA (so that stdlib_4d.data was not
    loaded while compiling it) does not load the datastore's modules at all: `ds` reached from
    code compiled at run time opens the empty datastore then (opening.current_store).
    """
    from runtime import appcontext
    from stdlib_4d.data import find_catalog

    ctx = appcontext.current()
    catalog = (find_catalog(layout.root) if layout.root else None) or \
        (find_catalog(ctx.database_folder) if ctx.database_folder else None)
    if catalog is None and "stdlib_4d.data.opening" not in sys.modules:
        return 0
    from stdlib_4d.data.backends import BackendError
    from stdlib_4d.data.catalog import CatalogError
    from stdlib_4d.data.opening import open_datastore

    try:
        open_datastore(ctx.database_folder, classes=program.cs, data=getattr(opts, "datastore", None),
                       dataless=ctx.dataless, data_folder=ctx.data_folder, data_file=ctx.data_file,
                       catalog=catalog)
    except CatalogError as e:
        print(f"run4d: {e}", file=sys.stderr)
        return EXIT_COMPILE
    except BackendError as e:
        print(f"run4d: {e}", file=sys.stderr)
        return EXIT_RUNTIME
    return 0


def _server_class(layout, units) -> str | None:
    """`run4d myServerHandler.4dm`: a class with onConnection is served as a WSSHandler."""
    if layout.main is None:
        return None
    cls = units[layout.main].cls
    if cls is not None and any(f.name == "onConnection" for f in cls.functions):
        return cls.name
    return None


def _serve_class(program: Program, name: str, opts) -> None:
    """Start a 4D.WebSocketServer with an instance of the class, in a worker."""
    from runtime import scheduler
    from runtime.classes import BUILTIN_STORE
    from runtime.values import Obj

    options = Obj()
    if opts.path:
        dict.__setitem__(options, "path", opts.path)
    if opts.data_type:
        dict.__setitem__(options, "dataType", opts.data_type)

    def start() -> None:
        handler = program.cs.classes[name].new()
        server = BUILTIN_STORE.classes["WebSocketServer"].new(handler, options)
        scheduler.current_process().vars["wss"] = server

    scheduler.post(scheduler.worker("WebSocketServer"), start)


def _entries(layout, units, opts, program) -> tuple[list[tuple[str, tuple]], str | None]:
    """The methods the main process runs, in order: On Startup, then the startup method (tool4d's order)."""
    if layout.main is not None:
        unit = units[layout.main]
        if unit.cls is not None:
            return [], f"{layout.main} is a class without onConnection; give a method file or a project"
        return [(unit.method.name, ())], None
    entries = []
    startup_method = getattr(opts, "startup_method", None)
    if opts.method:  # run4d's short form: this method instead of On Startup
        entries.append(opts.method)
    else:
        if layout.startup is not None and not getattr(opts, "skip_onstartup", False):
            entries.append(units[layout.startup].method.name)
        if startup_method:
            entries.append(startup_method)
    for name in entries:
        if not program.has_method(name):
            return [], f"{opts.target}: the method {name!r} does not exist"
    if not entries and layout.startup is None and not startup_method:
        return [], f"{opts.target}: no On Startup method; choose one with --startup-method NAME"
    return [(name, ()) for name in entries], None


def _report_failures(program: Program, entries: list[str]) -> bool:
    """Print the errors of the files that do not compile; False if a method the run starts with is one."""
    import os

    from runtime.registry import key

    failing = {os.path.abspath(e.path or "") for e in program.compile_errors}
    starts = [program.methods[key(name)].path for name in entries if key(name) in program.methods]
    print(CompileErrors(program.compile_errors).render(), file=sys.stderr)
    if any(os.path.abspath(p) in failing for p in starts):
        return False
    print(f"run4d: {len(failing)} file(s) of the project do not compile; the run goes on without them "
          "(calling one of their methods or classes raises error -10791)", file=sys.stderr)
    return True


def _settings(opts, layout) -> dict:
    return {
        "http_port": opts.http_port,
        "http_host": opts.http_host,
        "web_root": opts.web_root,
        "root": layout.root,
    }
