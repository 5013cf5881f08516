"""The 4D standard library: commands and built-in classes.

Stage: library. Importing this package imports every module in it, which
registers each command (runtime registry) and built-in class (4D store).
Modules use the runtime only and reach 4D code through runtime.hooks.
"""

import importlib
import pkgutil

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")
