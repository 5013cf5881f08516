"""The lazy index: which module registers each command and built-in class.

Stage: library tooling (registers nothing). `python -m stdlib_4d.lazy_index`
prints the index (stdlib_4d/lazy_index.tsv) from a run that imported every
module; `--write` writes the file. The package reads the file at import to
load a module on first use of a name it registers (stdlib_4d/__init__.py).
Rows: kind (command or class), the name as registered, the module.
"""

from __future__ import annotations

import sys

import stdlib_4d
from runtime import registry
from runtime.classes import BUILTIN_MODULES


def rows() -> list[tuple[str, str, str]]:
    """The index of every lazily loaded module's commands and classes, sorted."""
    stdlib_4d.load_all()
    out = []
    for spec in dict.values(registry.COMMANDS):
        if spec.module.startswith("stdlib_4d.") and not stdlib_4d.is_eager(spec.module):
            out.append(("command", spec.name, spec.module))
    for name, module in BUILTIN_MODULES.items():
        if module.startswith("stdlib_4d.") and not stdlib_4d.is_eager(module):
            out.append(("class", name, module))
    return sorted(out, key=lambda r: (r[0], r[1].lower(), r[1]))


def text() -> str:
    return "".join(f"{kind}\t{name}\t{module}\n" for kind, name, module in rows())


def main(argv: list[str]) -> int:
    content = text()
    if "--write" in argv:
        with open(stdlib_4d.INDEX_FILE, "w", encoding="utf-8") as fh:
            fh.write(content)
    else:
        sys.stdout.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
