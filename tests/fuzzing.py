"""Mutation fuzzing: 4D programs made by damaging the golden files, and the checks they must pass.

Used by tests/test_fuzz.py (a short run in the normal suite) and bench/fuzz.py
(a long run). A mutated program may be wrong in any way; run4d must still
answer with an exit code in {0, 65, 70} (130 when it had to be interrupted),
never a Python traceback, and stop within a bound.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from hypothesis import strategies as st

# run4d raises the recursion limit when a Program starts; raising it first keeps hypothesis from
# warning that the limit changed during a test.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))

ROOT = str(Path(__file__).resolve().parent.parent)
GOLDEN = Path(__file__).parent / "golden"
ALLOWED = {0, 65, 70}

# Single-file golden cases (folder cases need their helpers); not those that work on files, databases or
# the system: a mutated one could touch real files (runs are sandboxed too, as a second guard).
_AWAY = {"files", "orda", "system"}
SOURCES = sorted(p for p in GOLDEN.rglob("*.4dm") if not (p.parent / "main.4dm").exists()
                 and p.relative_to(GOLDEN).parts[0] not in _AWAY)

SNIPPETS = ["(", ")", "[", "]", "{", "}", ":=", ";", ":", "?", ".", "->", "$", "\"", "/*", "//", "\\",
            "If (True)\n", "End if\n", "Else\n", "For ($i; 1; 3)\n", "End for\n", "While (False)\n",
            "End while\n", "Case of\n", ": (True)\n", "End case\n", "Try\n", "Catch\n", "End try\n",
            "Use (", "End use\n", "return ", "break\n", "Function f\n", "Class constructor\n",
            "1e300", "-1e300", "1/0", "!2020-13-45!", "?25:99:99?", "Formula(", "Formula from string(\"",
            "This.", "Super(", "New object(", "[1; 2]", "{a: 1}", "$1", "${2}", "$2000000", "->$x", "$p->",
            "\t", "\n", " ", "é", "\u0000", "\ufeff", "#DECLARE($a : Integer)\n", "var $x : Text\n",
            "ALERT(", "String(", "Not(", "Match regex(\"(a|aa)+$\"; \"aaaaaaaaaaaaaaaaaaaaaaaa!\"; 1)",
            "\"ab\"*1e20", "SET BLOB SIZE($b; 1e12)", "[" * 50, "-" * 50, "Not(" * 30]


@st.composite
def mutated_program(draw) -> str:
    """A golden file with one to four random mutations."""
    text = draw(st.sampled_from(SOURCES)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        kind = draw(st.sampled_from(["insert", "delete", "dup_line", "drop_line", "swap_lines", "repeat"]))
        pos = draw(st.integers(0, max(len(text), 1)))
        if kind == "insert":
            text = text[:pos] + draw(st.sampled_from(SNIPPETS)) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 40)):]
        elif kind == "repeat":
            text = text[:pos] + draw(st.sampled_from(SNIPPETS)) * draw(st.integers(2, 300)) + text[pos:]
        else:
            i, j = (draw(st.integers(0, len(lines) - 1)) for _ in range(2))
            if kind == "dup_line":
                lines.insert(i, lines[i])
            elif kind == "drop_line":
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


def check_in_process(path: Path) -> tuple[int, str]:
    """`run4d --check` in this process: (exit code, stderr)."""
    import contextlib
    import io

    from interpreter.cli.main import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--check", str(path)])
    return code, err.getvalue()


def run_bounded(path: Path, seconds: float) -> tuple[int, str, bool]:
    """Run the program in a run4d process; past `seconds`, Ctrl-C it.

    Returns (exit code, stderr, interrupted). A program may loop forever once mutated;
    then run4d must stop on Ctrl-C (exit 130) within a few seconds.
    """
    home = path.parent
    env = dict(os.environ, PYTHONPATH=ROOT, RUN4D_REGEX_TIMEOUT="1", HOME=str(home), TMPDIR=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
               XDG_CACHE_HOME=str(home / ".cache"), RUN4D_CACHE="off")
    proc = subprocess.Popen([sys.executable, "-m", "interpreter.cli.main", str(path)], cwd=path.parent, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    interrupted = False
    try:
        try:
            _, err = proc.communicate(timeout=seconds)
        except subprocess.TimeoutExpired:
            interrupted = True
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=10 + seconds)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, err, interrupted


def problems(code: int, err: str, interrupted: bool = False) -> list[str]:
    """What is wrong with one outcome (nothing: an empty list)."""
    found = []
    # A Ctrl-C that lands while Python starts or finalizes (signal handlers still or again the
    # default ones, which happens on a loaded machine when the run ends near the deadline) kills
    # the process by the signal: -2, and no run4d code ran to catch it.
    allowed = ALLOWED | ({130, -signal.SIGINT} if interrupted else set())
    if code not in allowed:
        found.append(f"exit code {code}")
    if "Traceback" in err:
        found.append("a Python traceback")
    return found
