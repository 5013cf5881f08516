"""The ORDA golden cases (tests/golden/orda) again, on PostgreSQL."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from tests import golden
from tests.orda import pg

CASES = [p for p in golden.collect() if golden.case_id(p).startswith("orda/")]


@pytest.mark.parametrize("path", CASES, ids=[golden.case_id(p) for p in CASES])
def test_golden_on_postgresql(path, capsys, pg_dsn):
    from interpreter.cli.runner import run_layout
    from interpreter.compiler.loader import Layout

    case = golden.load(path)
    schema = "g_" + re.sub(r"\W", "_", golden.case_id(path))
    dsn = pg.fresh_schema(pg_dsn, schema)
    layout = Layout(main=str(case.main), files=[str(p) for p in case.files], root=str(case.main.parent))
    opts = SimpleNamespace(debug=False, method=None, target=str(case.main), http_port=None, http_host=None,
                           web_root=None, datastore=dsn)
    code = run_layout(layout, opts, case.args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    for text in case.runtime_errors:
        assert text in err, f"expected runtime error {text!r}\n--- stderr:\n{err}"
    for text in case.stderr:
        assert text in err, f"expected on stderr: {text!r}\n--- stderr:\n{err}"
    assert out.splitlines() == case.stdout, f"--- stderr:\n{err}"
    assert code == case.expected_exit, f"exit {code}, expected {case.expected_exit}\n--- stderr:\n{err}"
