"""Golden-file cases: 4D sources with their expectations written inline.

A case is `golden/<area>/<name>.4dm` (run on its own) or a folder
`golden/<area>/<name>/` whose `main.4dm` runs with the folder's other files
(classes, methods). Expectations are comments in the sources:

    // expect: <line>                 a line of stdout, in order
    // expect stderr: <text>          text that must appear on stderr
    // expect error: <text>           a compile error on this line (exit 65)
    // expect runtime error: <text>   an unhandled runtime error (exit 70)
    // expect warning: <text>         a `run4d --check` warning on this line
    // expect exit: <code>            the exit code (default 0, or as above)
    // args: a b c                    parameters given after `--`
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent / "golden"
_EXPECT = re.compile(r"//\s*(expect(?: stderr| error| runtime error| exit| warning)?|args):\s?(.*)$")


@dataclass
class Case:
    main: Path
    files: list[Path]
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    errors: list[tuple[Path, int, str]] = field(default_factory=list)
    runtime_errors: list[str] = field(default_factory=list)
    warnings: list[tuple[Path, int, str]] = field(default_factory=list)
    exit: int | None = None
    args: list[str] = field(default_factory=list)

    @property
    def expected_exit(self) -> int:
        if self.exit is not None:
            return self.exit
        if self.errors:
            return 65
        if self.runtime_errors:
            return 70
        return 0


def collect() -> list[Path]:
    cases = []
    for path in sorted(HERE.rglob("*.4dm")):
        folder = next((p for p in path.parents if (p / "main.4dm").exists() and p != HERE), None)
        if folder is None:
            cases.append(path)
        elif path == folder / "main.4dm":
            cases.append(folder)  # the other files of a folder case are its helpers
    return cases


def load(case_path: Path) -> Case:
    if case_path.is_dir():
        main = case_path / "main.4dm"
        files = [main] + sorted(p for p in case_path.rglob("*.4dm") if p != main)
    else:
        main, files = case_path, [case_path]
    case = Case(main, files)
    for path in files:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = _EXPECT.search(line)
            if not m:
                continue
            kind, text = m.group(1), m.group(2).rstrip()
            if kind == "expect":
                case.stdout.append(text)
            elif kind == "expect stderr":
                case.stderr.append(text)
            elif kind == "expect error":
                case.errors.append((path, lineno, text))
            elif kind == "expect warning":
                case.warnings.append((path, lineno, text))
            elif kind == "expect runtime error":
                case.runtime_errors.append(text)
            elif kind == "expect exit":
                case.exit = int(text)
            elif kind == "args":
                case.args = text.split()
    return case


def case_id(path: Path) -> str:
    return os.path.relpath(path, HERE).replace(os.sep, "/").removesuffix(".4dm")
