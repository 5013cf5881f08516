"""Runs every golden case (see golden.py) through the CLI's runner.

Each case runs from a copy in a temporary folder, with HOME, the XDG folders
and TMPDIR pointing into it: a case that writes files (/PACKAGE, fk documents
folder, Temporary folder...) never touches the repository or the user's folders.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import golden

CASES = golden.collect()


def run_case(case: golden.Case) -> int:
    from interpreter.cli.runner import run_layout
    from interpreter.compiler.loader import Layout

    layout = Layout(main=str(case.main), files=[str(p) for p in case.files], root=str(case.main.parent))
    opts = SimpleNamespace(debug=False, method=None, target=str(case.main), http_port=None,
                           http_host=None, web_root=None, dataless=True)
    return run_layout(layout, opts, case.args)


def sandbox(path: Path, tmp: Path, monkeypatch) -> Path:
    """Copy the case into `tmp` and point the user's folders there; return the copy."""
    home = tmp / "home"
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    (tmp / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    monkeypatch.chdir(tmp)
    if path.is_dir():
        return Path(shutil.copytree(path, tmp / path.name))
    (tmp / "case").mkdir()
    catalog = path.parent / "catalog.4DCatalog"  # the structure the ORDA cases of a folder share
    if catalog.exists():
        shutil.copy2(catalog, tmp / "case" / catalog.name)
    return Path(shutil.copy2(path, tmp / "case" / path.name))


@pytest.mark.parametrize("path", CASES, ids=[golden.case_id(p) for p in CASES])
def test_golden(path, capsys, tmp_path, monkeypatch):
    case = golden.load(sandbox(path, tmp_path, monkeypatch))
    code = run_case(case)
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    for where, line, text in case.errors:
        pattern = re.compile(rf"{re.escape(str(where))}:{line}:\d+: (syntax )?error: .*{re.escape(text)}")
        assert pattern.search(err), f"expected a compile error at line {line}: {text}\n--- stderr:\n{err}"
    for text in case.runtime_errors:
        assert text in err, f"expected runtime error {text!r}\n--- stderr:\n{err}"
    for text in case.stderr:
        assert text in err, f"expected on stderr: {text!r}\n--- stderr:\n{err}"
    assert out.splitlines() == case.stdout, f"--- stderr:\n{err}"
    if case.warnings:
        from interpreter.compiler.check import check_files

        found = {(d.file, d.line, d.message) for d in check_files([str(p) for p in case.files])
                 if d.severity == "warning"}
        for where, line, text in case.warnings:
            assert any(f == str(where) and ln == line and text in m for f, ln, m in found), \
                f"expected a warning at line {line}: {text}\n--- found: {sorted(found)}"
    assert code == case.expected_exit, f"exit {code}, expected {case.expected_exit}\n--- stderr:\n{err}"
