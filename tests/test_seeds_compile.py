"""Every ```4d class block of the seed pages parses and compiles unmodified.

The pages live in ../shared/seeds (not copied into this repository). The
elision line `...` of the headers example is the doc runner's business, so
this test drops lines holding only `...`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FENCE = re.compile(r"^```4d\s*\n(.*?)^```", re.S | re.M)
CLASS_NAME = re.compile(r"^\s*//\s*(?:Classe\s+)?(\w+)", re.M)


def blocks():
    if not SEEDS.is_dir():
        return []
    out = []
    for page in sorted(SEEDS.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            out.append((page.name, line, m.group(1)))
    return out


def is_class(code: str) -> bool:
    from interpreter.compiler.parser import parse_items
    from interpreter.compiler.units import is_class_items

    return is_class_items(parse_items(code))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seed_pages_have_nine_blocks():
    assert len(blocks()) == 9


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
@pytest.mark.parametrize("page,line,code", blocks(), ids=[f"{p[:3]}:{n}" for p, n, _ in blocks()])
def test_seed_block_compiles(page, line, code):
    from interpreter.compiler.program import Program

    program = Program()
    # Project methods the chat sample calls (the test supplies them, as 4D users would).
    program.load_text("#DECLARE($address : Text) : Boolean\nreturn True\n", "VerifyAddress.4dm")
    program.load_text("#DECLARE($message : Text)\n", "LogFile.4dm")
    code = "\n".join(ln for ln in code.split("\n") if ln.strip() != "...")
    if is_class(code):
        name = CLASS_NAME.search(code).group(1)
        unit = program.load_text(code, f"{page}:{line}", name)
        assert unit.cls is not None and unit.cls.name == name
    else:
        unit = program.load_text(code, f"{page}:{line}", f"block{line}")
        assert unit.method is not None
