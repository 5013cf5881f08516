"""The 4D grammar, shipped as package data (4d.lark)."""

import os

GRAMMAR_FILE = "4d.lark"


def grammar_text() -> str:
    """Return the text of grammar/4d.lark (read with open(): importlib.resources costs start-up time)."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), GRAMMAR_FILE), encoding="utf-8") as fh:
        return fh.read()
