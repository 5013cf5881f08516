"""The `run4d` command line: argument handling (main.py) and runs (runner.py)."""
