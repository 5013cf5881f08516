"""The 4D standard library: commands and built-in classes.

Stage: library. Importing this package imports every module in it, which
registers each command (runtime registry) and built-in class (4D store).
Modules use the runtime only and reach 4D code through runtime.hooks.
"""

import importlib
import pkgutil

# Support modules that register nothing; the network engine loads on first use.
_NOT_COMMANDS = {"net.engine", "net.static_files", "args", "net.ws_events", "net.http_io", "net.socket_io",
                 "system.process_io", "files.paths", "files.textio", "files.entries", "files.openfiles",
                 "files.appinfo"}

for _info in sorted(pkgutil.walk_packages(__path__, prefix=f"{__name__}."), key=lambda m: m.name):
    _name = _info.name.removeprefix(f"{__name__}.")
    if not _info.ispkg and not _name.rpartition(".")[2].startswith("_") and _name not in _NOT_COMMANDS:
        importlib.import_module(_info.name)
