"""The 4D standard library: commands and built-in classes.

Stage: library. Importing this package imports every module in it, which
registers each command (runtime registry) and built-in class (4D store).
Modules use the runtime only and reach 4D code through runtime.hooks.
"""

import importlib
import pkgutil

# Support modules that register nothing; the network engine loads on first use.
_NOT_COMMANDS = {"ws_engine", "static_files", "args", "ws_events"}

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if not _info.name.startswith("_") and _info.name not in _NOT_COMMANDS:
        importlib.import_module(f"{__name__}.{_info.name}")
