"""Loads run4d's pytest plugin when run from a source tree (not installed)."""

from importlib.metadata import entry_points

if not any(ep.name == "run4d" for ep in entry_points(group="pytest11")):
    pytest_plugins = ["interpreter.doctests.pytest_plugin"]
