"""Command line: `run4d FILE.4dm`, `run4d PROJECT`, `run4d --check`, `run4d test`, `run4d lsp`.

Stage: the top of the interpreter. `main(argv)` returns the exit code and
is callable from tests: 0 success, 64 bad usage, 65 syntax or compile
error, 70 unhandled runtime error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys

EXIT_OK, EXIT_USAGE, EXIT_COMPILE, EXIT_RUNTIME, EXIT_INTERRUPTED = 0, 64, 65, 70, 130


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit(2); 4D tools use 64
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="run4d", description="Run 4D code: a method file, a class file or a 4D project.",
                add_help=False)
    p.add_argument("target", nargs="?", help="a .4dm file or a 4D project folder (none: the REPL)")
    p.add_argument("--check", action="store_true",
                   help="parse and compile only; report every error, and warn of unsupported commands")
    p.add_argument("--strict", action="store_true", help="with --check: warnings are errors")
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help="with --check: text, or one JSON object per diagnostic on stdout")
    p.add_argument("--method", help="in a project, the method to run instead of On Startup")
    # tool4d's command line (docs/tool4d.md)
    p.add_argument("--project", help="Project/App.4DProject, the Project folder or the folder holding it")
    p.add_argument("--startup-method", help="a project method run after On Startup")
    p.add_argument("--skip-onstartup", action="store_true", help="run neither On Startup nor On Exit")
    p.add_argument("--user-param", help="the text Get database parameter(User param value) returns")
    p.add_argument("--dataless", action="store_true", help="keep the datastore in memory")
    p.add_argument("--data", help="the data file or folder")
    p.add_argument("--opening-mode", choices=["interpreted", "compiled"], help="accepted (run4d compiles)")
    p.add_argument("--create-data", nargs="?", const="true", help="accepted (data is created on demand)")
    p.add_argument("--headless", action="store_true", help="accepted (run4d is always headless)")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    p.add_argument("--http-port", type=int, help="port of the Web server (0: any free port)")
    p.add_argument("--http-host", default=None, help="address the Web server listens on")
    p.add_argument("--web-root", help="folder of static files served over HTTP")
    p.add_argument("--path", help="with a WSSHandler class file: the WebSocket server's path")
    p.add_argument("--datastore", help="where the datastore's data lives: a PostgreSQL connection string, "
                   "a SQLite file or :memory: (default: Data/data.sqlite in the project; also RUN4D_DATASTORE)")
    p.add_argument("--data-type", choices=["text", "blob", "object"],
                   help="with a WSSHandler class file: the WebSocket server's dataType")
    return p


def split_argv(argv: list[str]) -> tuple[list[str], list[str]]:
    """run4d's own arguments, and what follows `--` (the method's parameters)."""
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []


def main(argv: list[str] | None = None) -> int:
    """run4d's entry point; `argv` None: the process's own arguments (the `run4d` command)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C before run4d's own handler is installed (loading, compiling)
        print("run4d: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(argv: list[str] | None) -> int:
    command = argv is None  # the run4d command itself (not a caller in the same process)
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "test":
        from interpreter.doctests.cli import main as test_main

        return test_main(argv[1:])
    if argv and argv[0] == "lsp":
        from interpreter.lsp.server import main as lsp_main

        return lsp_main(argv[1:])
    if argv and argv[0] == "repl":
        argv = argv[1:]
        if not argv:
            return _repl()
    own, params = split_argv(argv)
    if any(a in ("-h", "--help", "-?") for a in own):
        from interpreter.cli.usage import help_text

        print(help_text(), end="")
        return EXIT_OK
    if any(a in ("-v", "--version") for a in own):
        from interpreter.cli.usage import version_text

        print(version_text())
        return EXIT_OK
    try:
        if "--check" in own:
            from interpreter.compiler import cache

            retain: list | None = [] if command else None
            if command:
                # Nothing is freed before the process ends (below): no cyclic collector either,
                # whose full passes over millions of young tree nodes cost a tenth of a large check.
                import gc

                gc.disable()
            with cache.one_shot():
                code = _check(own, retain)
            if retain:
                # The run4d command ends here: the operating system takes the memory back at once,
                # where freeing millions of tree nodes one by one takes a tenth of a large check.
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
            return code
        opts = build_parser().parse_args(own)
    except UsageError as e:
        print(f"run4d: {e}", file=sys.stderr)
        return EXIT_USAGE
    if opts.project is not None:
        if opts.target is not None:
            print(f"run4d: give either --project or a file or folder, not both ({opts.target})", file=sys.stderr)
            return EXIT_USAGE
        opts.target = opts.project
    if opts.target is None:
        return _repl()
    if not os.path.exists(opts.target):
        print(f"run4d: {opts.target}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    from interpreter.cli.runner import run

    return run(opts, params)


def _check(own: list[str], retain: list | None = None) -> int:
    """run4d --check [--strict] [--format text|json] PATHS...: exit 65 on errors, else 0."""
    import json

    from interpreter.compiler.check import check

    strict = "--strict" in own
    fmt = "text"
    paths: list[str] = []
    args = iter(own)
    for a in args:
        if a in ("--check", "--strict"):
            continue
        if a == "--format" or a.startswith("--format="):
            fmt = a.partition("=")[2] if "=" in a else next(args, "")
            if fmt not in ("text", "json"):
                raise UsageError(f"--format: expected text or json, got {fmt!r}")
        elif a.startswith("--"):
            raise UsageError(f"{a} cannot be used with --check")
        else:
            paths.append(a)
    if not paths:
        raise UsageError("--check needs files or folders")
    for path in paths:
        if not os.path.exists(path):
            print(f"run4d: {path}: no such file or folder", file=sys.stderr)
            return EXIT_USAGE
    found = check(paths, strict, retain)
    errors = sum(1 for d in found if d.severity == "error")
    warnings = len(found) - errors
    for d in found:
        if fmt == "json":
            print(json.dumps(d.to_json(), ensure_ascii=False))
        else:
            print(d.render(), file=sys.stderr)
    if fmt == "text":
        if found:
            print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
        else:
            print("no error", file=sys.stderr)
    return EXIT_COMPILE if errors else EXIT_OK


def _repl() -> int:
    from interpreter.repl.ui import main as repl_main

    return repl_main()


if __name__ == "__main__":
    sys.exit(main())
