"""Reading the ```4d blocks of the seed pages (../shared/seeds), unmodified."""

from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
_FENCE = re.compile(r"^```4d[ \t]*\n(.*?)^```", re.S | re.M)


def available() -> bool:
    return SEEDS.is_dir()


def block(prefix: str, line: int) -> str:
    """The code of the ```4d fence opening at `line` of the page whose name starts with `prefix`."""
    page = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = page.read_text(encoding="utf-8")
    for m in _FENCE.finditer(text):
        if text.count("\n", 0, m.start()) + 1 == line:
            return m.group(1)
    raise LookupError(f"no ```4d block at {page.name}:{line}")


def without_elision(code: str) -> str:
    """The doc convention: a line holding only `...` stands for omitted code."""
    return "\n".join(ln for ln in code.split("\n") if ln.strip() != "...")
