"""Runner: load a method file or project and run it as 4D's main process.

Stage: top level (CLI). Compiles everything first (exit 65 on any error),
runs the method in the main process, then lets the runtime wait while
workers or network objects still have work (runtime/lifecycle.py).
"""

from __future__ import annotations

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
    program = Program()
    program.debug = bool(opts.debug)
    try:
        units = load(program, layout.files)
    except CompileErrors as e:
        print(e.render(), file=sys.stderr)
        return EXIT_COMPILE
    code = _open_datastore(program, layout, opts)
    if code:
        return code
    server_class = _server_class(layout, units)
    if server_class is not None:
        main = lambda: _serve_class(program, server_class, opts)  # noqa: E731
    else:
        entry, error = _entry(layout, units, opts)
        if error:
            print(f"run4d: {error}", file=sys.stderr)
            return EXIT_USAGE
        main = lambda: program.call_method(entry, tuple(params))  # noqa: E731
    return lifecycle.run_main(main, debug=program.debug, settings=_settings(opts, layout))


def _open_datastore(program: Program, layout, opts) -> int:
    """Open the project's datastore (catalog.4DCatalog); a catalog that cannot be read stops the run."""
    from stdlib_4d.data.backends import BackendError
    from stdlib_4d.data.catalog import CatalogError
    from stdlib_4d.data.opening import open_datastore

    try:
        open_datastore(layout.root, classes=program.cs, data=getattr(opts, "datastore", None),
                       dataless=bool(getattr(opts, "dataless", False)))
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


def _entry(layout, units, opts) -> tuple[str | None, str | None]:
    if layout.main is not None:
        unit = units[layout.main]
        if unit.cls is not None:
            return None, f"{layout.main} is a class without onConnection; give a method file or a project"
        return unit.method.name, None
    if opts.method:
        return opts.method, None
    if layout.startup is not None:
        return units[layout.startup].method.name, None
    return None, f"{opts.target}: no On Startup method; choose one with --method NAME"


def _settings(opts, layout) -> dict:
    return {
        "http_port": opts.http_port,
        "http_host": opts.http_host,
        "web_root": opts.web_root,
        "root": layout.root,
    }
