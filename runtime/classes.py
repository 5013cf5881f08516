"""Classes: 4D.Class objects, the `cs` and `4D` class stores, instances.

Stage: runtime data model. User classes are filled in by the compiler
(functions, accessors, property initialisers, constructor); built-in
classes are registered by stdlib_4d. Instances of user classes are Obj
dicts whose `cls` points here; member lookup walks the superclass chain
once and caches the result.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from runtime.codes import err
from runtime.functions import Function4D
from runtime.native import Native
from runtime.registry import LazyRegistry
from runtime.values import UNDEF, Obj, SharedObj


class Class4D(Native):
    """A 4D.Class: a user class (cs.X) or a built-in one (4D.X)."""

    class_path = "4D.Class"
    enumerable = False
    # "A class object itself is a shared object" (classes.md): code may keep its own properties on
    # it, written inside Use...End use like any shared object's.
    shared4d = True

    def __init__(self, name: str, store: str = "cs", superclass: Class4D | None = None) -> None:
        self.group = None  # its shared group (runtime.shared.group_of), made on first Use
        self.custom: dict[str, Any] = {}  # properties 4D code put on the class object
        self.name = name
        self.store = store
        self.superclass = superclass
        self.constructor: Function4D | None = None
        self.functions: dict[str, Function4D] = {}
        self.getters: dict[str, Function4D] = {}
        self.setters: dict[str, Function4D] = {}
        # (name, declared type, initialiser(this) -> value)
        self.properties: list[tuple[str, str | None, Callable[[Any], Any] | None]] = []
        self.modifiers: tuple[str, ...] = ()
        self.native_new: Callable[..., Any] | None = None  # built-in constructor
        self.native_type: type | None = None
        self.path = ""
        self._cache: dict[str, tuple[str, Function4D] | None] = {}
        # name -> Python function of a class function (inherited ones too), filled on use.
        self.py_methods: dict[str, object] = {}
        self.has_accessors = False
        self.shared_instance: Any = None

    # -------------------------------------------------------------- structure

    def invalidate(self) -> None:
        """Forget cached lookups (after a class is redefined in the REPL)."""
        self._cache.clear()
        self.py_methods.clear()
        self.has_accessors = any(c.getters or c.setters for c in self.chain())

    def chain(self):
        cls: Class4D | None = self
        while cls is not None:
            yield cls
            cls = cls.superclass

    def lookup(self, name: str) -> tuple[str, Function4D] | None:
        """("function" | "get", fn) for a member, walking up the chain."""
        try:
            return self._cache[name]
        except KeyError:
            pass
        found = None
        for cls in self.chain():
            if name in cls.functions:
                found = ("function", cls.functions[name])
                break
            if name in cls.getters or name in cls.setters:
                getter = cls.getters.get(name)
                found = ("get", getter) if getter is not None else ("setonly", cls.setters[name])
                break
        self._cache[name] = found
        if found is not None and found[0] == "function":
            self.py_methods[name] = found[1].py
        return found

    def find_setter(self, name: str) -> Function4D | None | bool:
        """The setter of a computed property; False if it is read-only; None if none."""
        for cls in self.chain():
            if name in cls.setters:
                return cls.setters[name]
            if name in cls.getters:
                return False
            if name in cls.functions:
                return None
        return None

    def is_subclass_of(self, other: Class4D) -> bool:
        if other.store == "4D" and other.name == "Object":
            return True
        return any(c is other for c in self.chain())

    @property
    def is_shared(self) -> bool:
        return "shared" in self.modifiers

    @property
    def is_singleton(self) -> bool:
        return "singleton" in self.modifiers

    # -------------------------------------------------------------- instances

    def new(self, *args):
        if self.native_new is not None:
            return self.native_new(*args)
        if self.is_singleton:
            existing = self._singleton()
            if existing is not None:
                return existing
        obj = SharedObj() if self.is_shared else Obj()
        obj.cls = self
        for cls in reversed(list(self.chain())):
            for name, _type, init in cls.properties:
                if init is not None:
                    dict.__setitem__(obj, name, init(obj))
        ctor = next((c.constructor for c in self.chain() if c.constructor is not None), None)
        if self.is_singleton:
            self._remember(obj)
        if ctor is not None:
            ctor.py(obj, *args)
        return obj

    def _singleton(self):
        if "shared" in self.modifiers or "session" in self.modifiers:
            return self.shared_instance
        from runtime.process import current

        return current().singletons.get(id(self))

    def _remember(self, obj) -> None:
        if "shared" in self.modifiers or "session" in self.modifiers:
            self.shared_instance = obj
        else:
            from runtime.process import current

            current().singletons[id(self)] = obj

    def me(self):
        if not self.is_singleton:
            return UNDEF
        existing = self._singleton()
        return existing if existing is not None else self.new()

    def extra_get(self, name: str):
        return self.custom.get(name, UNDEF)

    def extra_set(self, name: str, value) -> None:
        from runtime import shared

        shared.check_write(self)
        self.custom[name] = shared.adopt(self, value)

    def keys4d(self) -> list[str]:
        return list(self.custom)

    def __repr__(self) -> str:
        return f"[class {self.store}.{self.name}]"


Class4D.props4d = {
    "name": lambda c: c.name,
    "superclass": lambda c: c.superclass,
    "isShared": lambda c: c.is_shared,
    "isSingleton": lambda c: c.is_singleton,
    "isSessionSingleton": lambda c: "session" in c.modifiers,
    "me": lambda c: c.me(),
}
Class4D.funcs4d = {"new": lambda c, *args: c.new(*args)}


class ClassStore(Native):
    """`cs` (user classes) or `4D` (built-in classes): a read-only object."""

    class_path = "4D.Object"

    def __init__(self, name: str) -> None:
        self.name = name
        self.classes: dict[str, Class4D] = {}
        self.loader: Callable[[str], Class4D | None] | None = None
        # cs.<namespace>: the class stores of the components that declare one (a class of
        # the same name wins, as in 4D).
        self.namespaces: dict[str, ClassStore] = {}

    def get4d(self, name: str):
        cls = self.classes.get(name)
        if cls is None and self.loader is not None:
            cls = self.loader(name)
        if cls is None:
            return self.namespaces.get(name, UNDEF)
        return cls

    def set4d(self, name: str, value) -> None:
        raise err("read_only", name=name)

    def call4d(self, name: str, args: tuple):
        raise err("not_a_function", name=f"{self.name}.{name}")

    def keys4d(self) -> list[str]:
        if isinstance(self.classes, LazyRegistry):
            self.classes.load_all()
        return sorted(set(self.classes) | set(self.namespaces))


BUILTIN_STORE = ClassStore("4D")
# Filled on demand like the commands: stdlib_4d imports a class's module when its name is first read.
BUILTIN_STORE.classes = LazyRegistry()
OBJECT_CLASS = Class4D("Object", "4D")
BUILTIN_STORE.classes["Object"] = OBJECT_CLASS
BUILTIN_MODULES: dict[str, str] = {}  # class name -> the module that registered it (the lazy index)


def register_builtin(name: str, py_type: type | None = None, new=None) -> Class4D:
    """Declare a built-in class 4D.<name>, implemented by `py_type`."""
    BUILTIN_MODULES[name] = sys._getframe(1).f_globals.get("__name__", "")
    cls = dict.get(BUILTIN_STORE.classes, name) or Class4D(name, "4D", OBJECT_CLASS)
    cls.native_type = py_type
    cls.native_new = new
    if py_type is not None:
        py_type.class4d = cls
    BUILTIN_STORE.classes[name] = cls
    return cls


def class_of(value) -> Class4D | None:
    """OB Class: the class of an object, 4D.Object for plain ones."""
    if isinstance(value, Obj):
        return value.cls if value.cls is not None else OBJECT_CLASS
    cls = getattr(value, "cls4d", None) or getattr(type(value), "class4d", None)  # cls4d: an ORDA object's cs class
    if cls is not None:
        return cls
    from runtime.values import Coll

    if isinstance(value, Coll):
        return BUILTIN_STORE.classes.get("Collection")
    return None
