"""Share of the ```4d blocks of Markdown pages that parse (a measuring script, not a test).

usage: python bench/parse_doc_blocks.py PAGES_OR_FOLDERS...

Each block is parsed alone (as a class when it holds Function / Class
constructor / property lines, else as a method). Prints each failing
block's first error, then the rate. The pages are read where they are
(never copied here).
"""

from __future__ import annotations

import os
import re
import sys

_BLOCK = re.compile(r"^```4d[^\n]*\n(.*?)^```", re.S | re.M)


def blocks(paths: list[str]):
    for path in paths:
        files = [os.path.join(path, f) for f in sorted(os.listdir(path))] if os.path.isdir(path) else [path]
        for f in files:
            with open(f, encoding="utf-8") as fh:
                text = fh.read()
            for m in _BLOCK.finditer(text):
                yield f, text[: m.start()].count("\n") + 1, m.group(1)


def main(paths: list[str]) -> None:
    from interpreter.compiler.parser import normalize, parse_items
    from interpreter.compiler.program import Program
    from runtime.errors import CompileErrors

    Program()
    ok = total = 0
    for f, line, body in blocks(paths):
        total += 1
        try:
            parse_items(normalize(body), f)
            ok += 1
        except CompileErrors as e:
            err = e.errors[0]
            print(f"{os.path.basename(f)}:{line + err.line}: {err.message} | {err.source_line.strip()[:80]}")
    print(f"{ok} of {total} blocks parse ({100 * ok / max(total, 1):.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
