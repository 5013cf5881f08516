"""Hooks: the small callable protocol through which the runtime reaches 4D code.

Stage: runtime. The runtime and stdlib_4d never import the interpreter; the
interpreter installs these callables when a program is loaded. `box_blob`
is installed by stdlib_4d/blob.py, which the runtime cannot import either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _missing(*_args: Any) -> Any:
    raise RuntimeError("no 4D program is loaded")


# call_method(name, args) -> value: run a project method by name.
call_method: Callable[[str, tuple], Any] = _missing
# method_exists(name) -> bool
method_exists: Callable[[str], bool] = lambda name: False
# method_attribute(name, attribute) -> value: a project method's `//%attributes` entry
# (publishedWeb: callable through /4DACTION), None when absent.
method_attribute: Callable[[str, str], Any] = lambda name, attribute: None
# user_class(name) -> Class4D | None: the class cs.<name> of the loaded program.
user_class: Callable[[str], Any] = lambda name: None
# user_classes() -> the `cs` class store of the loaded program (None when none is loaded).
user_classes: Callable[[], Any] = lambda: None
# compile_formula(source) -> Function4D: Formula from string.
compile_formula: Callable[[str], Any] = _missing
# compile_template(pieces, text, display) -> (make, errors): the 4D code of a template of
# transformation tags, compiled together (interpreter/compiler/templates.py): pieces are
# (kind, source, line); make(*params) returns one closure per piece sharing the template's
# local variables, None for a piece that did not compile ({index: 4D error} in errors).
compile_template: Callable[..., Any] = _missing
# box_blob(blob) -> 4D.Blob: what a scalar Blob (bytearray) becomes once stored in
# an object or a collection, as 4D converts it.
box_blob: Callable[[Any], Any] = lambda blob: blob
# design_objects() -> {4D method path: (Path ... selector, source file)}: the methods and classes
# the program loaded ("myMethod", "[class]/Person", "[databaseMethod]/onStartup").
design_objects: Callable[[], dict] = lambda: {}
# source_of(file) -> the text the program loaded from that file, or None.
source_of: Callable[[str], Any] = lambda path: None
# wait_reason(fn) -> None when the compiler proved the 4D.Function `fn` cannot wait and is short
# (interpreter/compiler/waits.py), else why not (a sentence). Only such functions run on the event
# loop thread (runtime.functions.is_quick, scheduler.run_inline).
wait_reason: Callable[[Any], Any] = lambda fn: "no 4D program is loaded"
# method_wait_reason(name) -> the same for a project method (an ON ERR CALL handler).
method_wait_reason: Callable[[str], Any] = lambda name: "no 4D program is loaded"
# check_project(path) -> [{"file", "line", "column", "severity", "code", "message"}]: run4d's compile
# check of the project (or method file) at path, as `run4d --check` makes it (Compile project). Nothing
# runs, and the program loaded stays as it is.
check_project: Callable[[str], list] = _missing
