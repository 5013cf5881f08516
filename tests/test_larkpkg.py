"""larkpkg: the compiler loads only the pieces of Lark it uses, and Lark whole when asked.

Run in fresh processes: this one has imported Lark whole long ago.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, tmp_path) -> str:
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"RUN4D_CACHE": "off", "PATH": "/usr/bin:/bin",
                                                       "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_check_loads_lark_in_pieces_then_whole_on_a_syntax_error(tmp_path):
    good = tmp_path / "good" / "m.4dm"
    good.parent.mkdir()
    good.write_text("var $i : Integer\nFor ($i; 1; 3)\n\tALERT(String($i))\nEnd for\n", encoding="utf-8")
    bad = tmp_path / "bad" / "m.4dm"
    bad.parent.mkdir()
    bad.write_text("If (True\nEnd if\n", encoding="utf-8")
    # A first process keeps the fast path's tables on disk (fastcache.py), if none did before.
    _run(f"from interpreter.compiler.check import check; check([{str(good)!r}])", tmp_path)
    out = _run(f"""
        import sys
        from interpreter.compiler.check import check
        check([{str(good)!r}])
        print("whole" if "lark.lark" in sys.modules else "pieces", "regex" in sys.modules)
        found = check([{str(bad)!r}])
        print("whole" if "lark.lark" in sys.modules else "pieces", "regex" in sys.modules, len(found))
    """, tmp_path)
    assert out.split("\n")[:2] == ["pieces False", "whole False 1"]


def test_code_that_imports_lark_whole_gets_all_of_it(tmp_path):
    out = _run("""
        import interpreter.compiler.parser
        import lark
        from lark import Lark, Transformer
        print(lark.__version__ != "", Lark.__name__, Transformer is lark.visitors.Transformer)
        parser = Lark("start: \\"a\\"+", parser="lalr")
        print(parser.parse("aa").data)
    """, tmp_path)
    assert out.split("\n")[:2] == ["True Lark True", "start"]
