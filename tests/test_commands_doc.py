"""docs/commands.md is generated from the registries and must be up to date."""

from __future__ import annotations

from pathlib import Path

from interpreter.docgen import commands as commands_doc
from tests.conftest import ROOT

PAGE = Path(ROOT) / "docs" / "commands.md"


def test_commands_page_is_up_to_date():
    expected = commands_doc.render()
    actual = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    assert actual == expected, f"docs/commands.md is out of date: run `{commands_doc.REGENERATE}`"


def test_page_lists_every_command_constant_and_class():
    from runtime.access import COLLECTION_FUNCS
    from runtime.classes import BUILTIN_STORE
    from runtime.registry import COMMANDS, CONSTANTS, SPECIAL

    page = commands_doc.render()
    for spec in COMMANDS.values():
        assert f"| {spec.name} |" in page
    for name in SPECIAL.values():
        assert f"| {name} |" in page
    for name, _ in CONSTANTS.values():
        assert f"| {name} |" in page
    for name in [*BUILTIN_STORE.classes, "Collection"]:
        assert f"### 4D.{name}\n" in page
    for name in COLLECTION_FUNCS:
        assert f"| .{name}() | function |" in page


def test_render_is_stable():
    assert commands_doc.render() == commands_doc.render()
