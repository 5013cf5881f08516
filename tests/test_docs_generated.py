"""Generated documentation stays in step with the code."""

from __future__ import annotations

from pathlib import Path

from interpreter.docgen import errors as errors_doc
from tests.conftest import ROOT


def test_errors_md_is_current():
    current = Path(ROOT, "docs", "errors.md").read_text(encoding="utf-8")
    assert current == errors_doc.render(), "run: python -m interpreter.docgen.errors > docs/errors.md"
