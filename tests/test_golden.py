"""Runs every golden case (see golden.py) through the CLI's runner."""

from __future__ import annotations

import re
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


@pytest.mark.parametrize("path", CASES, ids=[golden.case_id(p) for p in CASES])
def test_golden(path, capsys):
    case = golden.load(path)
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
    assert code == case.expected_exit, f"exit {code}, expected {case.expected_exit}\n--- stderr:\n{err}"
