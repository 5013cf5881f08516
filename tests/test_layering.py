"""The packages' import rules (ARCHITECTURE.md), checked from the source."""

from __future__ import annotations

import ast
from pathlib import Path

import grammar
import interpreter
import runtime
import stdlib_4d
from tests.conftest import ROOT

PACKAGES = ("interpreter", "runtime", "grammar", "stdlib_4d")


def imports(package: str) -> dict[str, set[str]]:
    """{module path inside the package: top-level names it imports (at any depth in the file)}."""
    out = {}
    base = Path(ROOT, package)
    for path in base.rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        out[path.relative_to(base).as_posix()] = names
    return out


def tops(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def test_packages_resolve_inside_this_repository():
    for module in (grammar, interpreter, runtime, stdlib_4d):
        assert Path(module.__file__).resolve().is_relative_to(Path(ROOT).resolve()), module.__file__


def test_runtime_knows_nothing_of_the_interpreter_or_the_library():
    for name, names in imports("runtime").items():
        assert not tops(names) & {"interpreter", "stdlib_4d"}, name


def test_the_library_does_not_import_the_interpreter():
    for name, names in imports("stdlib_4d").items():
        assert "interpreter" not in tops(names), name


def test_only_the_engine_uses_asyncio_and_network_libraries():
    allowed = {"eventloop.py", "net/engine.py", "net/engine_http.py", "net/engine_ws.py", "net/http_io.py",
               "net/socket_io.py", "system/process_io.py",
               "lsp/server.py"}  # the language server's protocol layer: pygls runs on asyncio
    for package in PACKAGES:
        for name, names in imports(package).items():
            if tops(names) & {"asyncio", "websockets", "h11", "httptools"}:
                assert name in allowed, f"{package}/{name}"


def test_only_the_language_server_uses_pygls():
    for package in PACKAGES:
        for name, names in imports(package).items():
            if tops(names) & {"pygls", "lsprotocol"}:
                assert package == "interpreter" and name.startswith("lsp/"), f"{package}/{name}"


def test_only_the_repl_uses_prompt_toolkit():
    for package in PACKAGES:
        for name, names in imports(package).items():
            if "prompt_toolkit" in tops(names):
                assert (package, name) == ("interpreter", "repl/ui.py"), f"{package}/{name}"


def test_modules_have_a_docstring_and_no_stdlib_names():
    import sys

    for package in PACKAGES:
        for path in Path(ROOT, package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            assert ast.get_docstring(tree) or path.stem == "__main__", f"{package}/{path.name} has no docstring"
            if path.stem != "__init__":
                assert path.stem not in sys.stdlib_module_names, f"{package}/{path.name} shadows the standard library"


def test_the_compiler_does_not_import_the_tools():
    tools = {"interpreter.cli", "interpreter.repl", "interpreter.doctests", "interpreter.docgen", "interpreter.lsp"}
    for name, names in imports("interpreter").items():
        if name.startswith("compiler/"):
            used = {n for n in names if any(n == t or n.startswith(t + ".") for t in tools)}
            assert not used, f"interpreter/{name} imports {used}"
