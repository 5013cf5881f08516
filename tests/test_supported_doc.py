"""docs/supported.md is generated from the catalog and the registry and must be up to date."""

from __future__ import annotations

from pathlib import Path

from interpreter.docgen import supported
from runtime import catalog, registry
from tests.conftest import ROOT

PAGE = Path(ROOT) / "docs" / "supported.md"


def test_supported_page_is_up_to_date():
    actual = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    assert actual == supported.render(), f"docs/supported.md is out of date: run `{supported.REGENERATE}`"


def test_every_catalog_command_has_a_state():
    page = supported.render()
    for entry in catalog.entries().values():
        assert f"| {entry.name.replace('|', chr(92) + '|')} |" in page, entry.name
    assert supported.state("ALERT")[0] == supported.IMPLEMENTED
    assert supported.state("FORM GOTO PAGE")[0] == supported.PARSED


def test_a_headless_no_op_is_listed_with_its_reason():
    name = "SET WINDOW TITLE"
    saved = registry.COMMANDS.get(registry.key(name))
    try:
        registry.headless(name, "there is no window headless")
        assert supported.state(name) == (supported.HEADLESS, "there is no window headless")
        assert "| SET WINDOW TITLE | 213 | headless no-op: there is no window headless |" in supported.render()
    finally:
        registry.COMMANDS.pop(registry.key(name), None)
        registry.HEADLESS.pop(registry.key(name), None)
        if saved is not None:
            registry.COMMANDS[registry.key(name)] = saved
