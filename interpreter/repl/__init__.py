"""The REPL: evaluation without a terminal (core.py) and the prompt_toolkit UI (ui.py)."""
