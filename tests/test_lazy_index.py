"""stdlib_4d loads its modules lazily: the index is current, names load their module, hello world stays light."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGENERATE = "python -m stdlib_4d.lazy_index --write"


def _fresh(code: str) -> str:
    """Run `code` in a new interpreter (nothing of stdlib_4d loaded yet); its stdout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUN4D_")}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_index_is_current():
    import stdlib_4d
    from stdlib_4d import lazy_index

    actual = Path(stdlib_4d.INDEX_FILE).read_text(encoding="utf-8")
    assert actual == lazy_index.text(), f"stdlib_4d/lazy_index.tsv is out of date: run `{REGENERATE}`"


def test_every_indexed_name_loads_its_module_in_any_order():
    # Units loaded in reverse order, each by the first of its names used: every command and class
    # is the one the index names (no registration depends on which module loaded first).
    out = _fresh("""
import json
import stdlib_4d
from runtime import registry
from runtime.classes import BUILTIN_STORE, Class4D
rows = [line.rstrip("\\n").split("\\t") for line in open(stdlib_4d.INDEX_FILE, encoding="utf-8")]
wrong = []
for kind, name, module in reversed(rows):
    if kind == "command":
        spec = registry.lookup_command(name)
        if spec is None or spec.module != module:
            wrong.append((name, module, spec and spec.module))
    else:
        cls = BUILTIN_STORE.get4d(name)
        if not isinstance(cls, Class4D):
            wrong.append((name, module, repr(cls)))
print(json.dumps(wrong))
""")
    assert json.loads(out) == []


def test_hello_world_loads_no_engine():
    out = _fresh("""
import json, sys
from interpreter.cli.main import main
code = main(["samples/hello/hello.4dm"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
""")
    result = json.loads(out.splitlines()[-1])
    assert result["code"] == 0
    heavy = ("asyncio", "websockets", "httptools", "h11", "ssl", "sqlite3", "psycopg", "cryptography",
             "Cryptodome", "pyzipper", "psutil", "stdlib_4d.net", "stdlib_4d.data.", "stdlib_4d.files",
             "stdlib_4d.system")
    loaded = [m for m in result["modules"] if m.startswith(heavy)]
    assert loaded == []


def test_a_name_used_at_run_time_loads_its_module():
    # Formula from string is compiled when it runs: its command and class load then.
    out = _fresh("""
import sys
from runtime.values import Obj
from interpreter.compiler.program import Program
p = Program()
p.load_text("$f:=Formula from string(\\"Folder(fk database folder).exists\\")\\n$0:=$f.call()", "m.4dm", "m")
before = "stdlib_4d.files.folder_class" in sys.modules
print(before, p.call_method("m"), "stdlib_4d.files.folder_class" in sys.modules)
""")
    assert out.split() == ["False", "True", "True"]


def test_docs_see_every_command():
    from runtime import registry
    from stdlib_4d import lazy_index

    names = {registry.key(s.name) for s in registry.all_commands()}
    assert {registry.key(name) for kind, name, _m in lazy_index.rows() if kind == "command"} <= names
