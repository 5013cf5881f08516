"""The 4D grammar, shipped as package data (4d.lark)."""

from importlib.resources import files

GRAMMAR_FILE = "4d.lark"


def grammar_text() -> str:
    """Return the text of grammar/4d.lark."""
    return files(__package__).joinpath(GRAMMAR_FILE).read_text(encoding="utf-8")
