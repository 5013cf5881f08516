"""The 4D standard library: commands and built-in classes.

Stage: library. A module registers its commands (runtime registry) and
built-in classes (4D store) when it is imported. Importing this package
imports only the modules that do more than name commands and classes
(EAGER: constants, the compiler's special forms, collection members, the
blob hook); the others load on first use of a name they register, found in
lazy_index.tsv, so a program loads only the engines it uses (hello world
loads no network, no datastore, no cryptography). A module of a subpackage
loads with its whole subpackage (the modules of an area rely on each other's
registrations); a top-level module loads alone. `load_all()` imports
everything (docs, completion, "did you mean"). Regenerate the index after
adding or moving a command or class: `python -m stdlib_4d.lazy_index --write`
(tests/test_lazy_index.py says when it is stale). Modules use the runtime only
and reach 4D code through runtime.hooks.
"""

import importlib
import os
import pkgutil

from runtime import registry
from runtime.classes import BUILTIN_STORE
from runtime.functions import code_changed

# Support modules that register nothing; the network engine loads on first use.
_NOT_COMMANDS = {"net.engine", "net.static_files", "args", "net.ws_events", "net.http_io", "net.socket_io",
                 "system.process_io", "files.paths", "files.textio", "files.entries", "files.openfiles",
                 "files.appinfo", "lazy_index"}
# Imported with the package: their effects go beyond naming commands and classes.
EAGER = ("constant_tables", "lang", "blob", "collection")
INDEX_FILE = os.path.join(os.path.dirname(__file__), "lazy_index.tsv")

_loaded_units: set[str] = set()


def command_modules(prefix: str = "") -> list[str]:
    """Every module that registers something (full names), sorted; only those under `prefix` if given."""
    out = []
    for info in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
        name = info.name.removeprefix(f"{__name__}.")
        if not info.ispkg and not name.rpartition(".")[2].startswith("_") and name not in _NOT_COMMANDS \
                and name.startswith(prefix):
            out.append(info.name)
    return sorted(out)


def unit_of(module: str) -> str:
    """What loads together: a subpackage as a whole, a top-level module alone."""
    parts = module.split(".")
    return ".".join(parts[:2])


def is_eager(module: str) -> bool:
    return unit_of(module).removeprefix(f"{__name__}.") in EAGER


def load_unit(unit: str) -> None:
    """Import a unit's modules. Python's per-module import locks serialise threads loading the
    same unit (no lock of our own, which could deadlock against them); a unit is marked loaded
    once all its modules are."""
    if unit in _loaded_units:
        return
    mod = importlib.import_module(unit)
    if hasattr(mod, "__path__"):
        _import_tree(unit, unit.removeprefix(f"{__name__}."), mod.__path__)
    _loaded_units.add(unit)
    code_changed()  # its classes' member functions are known now (interpreter/compiler/waits.py)


def _import_tree(package: str, short: str, paths) -> None:
    """Import a package's modules, and those of its nested subpackages (data/classic loads with data).
    The folder's .py files are listed directly (pkgutil.iter_modules would import inspect: start-up time)."""
    for folder in paths:
        for file in sorted(os.listdir(folder)):
            name = file[:-3]
            if file.endswith(".py") and not name.startswith("_") and f"{short}.{name}" not in _NOT_COMMANDS:
                importlib.import_module(f"{package}.{name}")
            elif not file.startswith(("_", ".")) and os.path.isfile(os.path.join(folder, file, "__init__.py")):
                sub = importlib.import_module(f"{package}.{file}")
                _import_tree(f"{package}.{file}", f"{short}.{file}", sub.__path__)


def load_all() -> None:
    """Import every module (every command and class registered)."""
    for name in command_modules():
        load_unit(unit_of(name))


def _read_index() -> tuple[dict[str, str], dict[str, str], list[str]]:
    commands: dict[str, str] = {}
    classes: dict[str, str] = {}
    names: list[str] = []
    try:
        with open(INDEX_FILE, encoding="utf-8") as fh:
            for line in fh:
                kind, _, rest = line.rstrip("\n").partition("\t")
                name, _, module = rest.partition("\t")
                if kind == "command":
                    commands[registry.key(name)] = module
                    names.append(name)
                elif kind == "class":
                    classes[name] = module
    except FileNotFoundError:  # a broken install: everything loads at once, as it used to
        load_all()
    return commands, classes, names


_COMMAND_INDEX, _CLASS_INDEX, _names = _read_index()
registry.INDEXED_NAMES.extend(_names)


def _finder(index: dict[str, str]):
    def find(name: str) -> bool:
        module = index.get(name)
        if module is None:
            return False
        load_unit(unit_of(module))
        return True

    return find


registry.COMMANDS.find = _finder(_COMMAND_INDEX)
registry.COMMANDS.everything = load_all
BUILTIN_STORE.classes.find = _finder(_CLASS_INDEX)
BUILTIN_STORE.classes.everything = load_all

for _unit in EAGER:
    load_unit(f"{__name__}.{_unit}")
