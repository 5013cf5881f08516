"""4D transformation tags: run a parsed template and produce its text.

Stage: stdlib. The 4D code of a template is compiled once per template text
(hooks.compile_template, cached here by text) into closures sharing the
template's local variables; this module walks the tree of parse.py, calls the
closures and writes the output, with the documented error texts in place of a
tag that fails (docs/decisions.md, "Transformation tags").
"""

from __future__ import annotations

import os
import re
import threading

from runtime import appcontext, hooks
from runtime.arrays import Array4D
from runtime.convert import to_text
from runtime.errors import Error4D
from runtime.handling import convert, is_signal, try_caught, try_enter, try_leave
from runtime.process import current
from runtime.support import foreach_items
from runtime.values import UNDEF, Pointer
from stdlib_4d.tags.parse import Base, Broken, Code, Each, If, Include, Loop, Script, Template, Text, Value, parse

# Results of 4DHTML, 4DEVAL and 4DSCRIPT are processed again (recursive processing, documented)
# up to this depth; deeper, a result is inserted as it is.
MAX_DEPTH = 32
_CACHE_SIZE = 256
_cache: dict = {}
_cache_lock = threading.Lock()
_BODY = re.compile(r"<body\b[^>]*>(.*)</body\s*>", re.I | re.S)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


class Compiled:
    """A template parsed and compiled: what any number of processings reuse."""

    __slots__ = ("template", "make", "errors")

    def __init__(self, template: Template, make, errors: dict) -> None:
        self.template, self.make, self.errors = template, make, errors


def compiled(text: str, dollar: bool, display: str) -> Compiled:
    """The template `text`, parsed and compiled once (cached by text, per program and side)."""
    compile_hook = hooks.compile_template
    # Tokenized in the context of the code calling (the host or a component: runtime/components.py).
    cache_key = (text, dollar, display, current().component)
    entry = _cache.get(cache_key)
    if entry is not None and entry[0] is compile_hook:
        return entry[1]
    template = parse(text, dollar)
    if template.pieces:
        make, errors = compile_hook(template.pieces, text, display)
    else:
        make, errors = (lambda *params: ()), {}
    result = Compiled(template, make, errors)
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            del _cache[next(iter(_cache))]
        _cache[cache_key] = (compile_hook, result)
    return result


def escape(text: str) -> str:
    """4DTEXT: HTML special characters as entities."""
    return text.translate(_ESCAPES)


def as_text(value) -> str:
    """A tag's value as text: String()'s rules, a BLOB as UTF-8 text, undefined as nothing."""
    if type(value) is str:
        return value
    if value is UNDEF:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    try:
        return to_text(value)
    except Error4D:
        return ""  # a picture, an array: nothing to insert


class TagError(Exception):
    """A tag's evaluation failed: the 4D error, already caught as by Try."""

    def __init__(self, error: Error4D) -> None:
        super().__init__(error.message)
        self.error = error


class Renderer:
    """One processing of a template: its parameters, its output and its include folders."""

    def __init__(self, params: tuple, default_folder: str, web_root: str | None = None,
                 display: str = "PROCESS 4D TAGS") -> None:
        self.params = params
        self.default_folder = default_folder  # 4DINCLUDE's folder, "WEBFOLDER" of 4DBASE
        self.web_root = web_root  # in a Web process: includes stay inside it
        self.display = display
        self.depth = 0
        self.including: list[str] = []

    # ------------------------------------------------------------------ entry points

    def render_text(self, text: str, dollar: bool = True, page_folder: str | None = None) -> str:
        """Process `text`: a new set of locals for its code (one call of the compiled function)."""
        comp = compiled(text, dollar, self.display)
        if not comp.template.tags:
            return text
        out: list[str] = []
        closures = comp.make(*self.params) if comp.template.pieces else ()
        run = _Run(self, comp, closures, page_folder or self.default_folder)
        run.nodes(comp.template.nodes, out)
        return "".join(out)


class _Run:
    """The nodes of one template with its closures (shared locals)."""

    def __init__(self, renderer: Renderer, comp: Compiled, closures, page_folder: str) -> None:
        self.r = renderer
        self.comp = comp
        self.closures = closures
        self.page_folder = page_folder  # 4DBASE paths are relative to the page
        self.base = page_folder  # 4DINCLUDE paths are relative to this

    # ------------------------------------------------------------------ evaluation

    def evaluate(self, index: int, *value):
        """Run a piece as inside Try: its value, or TagError with the 4D error."""
        fn = self.closures[index] if index >= 0 else None
        if fn is None:
            raise TagError(self.comp.errors.get(index) or convert(ValueError("no code")))
        proc = current()
        try_enter(proc)
        try:
            return fn(*value)
        except Exception as e:
            if is_signal(e):
                raise
            try_caught(proc, e, _FI)
            raise TagError(convert(e)) from None
        finally:
            try_leave(proc)

    def run_code(self, index: int) -> None:
        """4DCODE: statements run as in a method (ON ERR CALL, or the error stops the caller)."""
        fn = self.closures[index]
        if fn is None:
            raise self.comp.errors[index]
        fn()

    # ------------------------------------------------------------------ nodes

    def nodes(self, nodes: list, out: list[str]) -> None:
        for node in nodes:
            t = type(node)
            if t is Text:
                out.append(node.text)
            elif t is Value:
                self.value(node, out)
            elif t is If:
                self.if_(node, out)
            elif t is Loop:
                self.loop(node, out)
            elif t is Each:
                self.each(node, out)
            elif t is Code:
                self.run_code(node.piece)
            elif t is Script:
                self.script(node, out)
            elif t is Include:
                self.include(node, out)
            elif t is Base:
                self.set_base(node.path)
            elif t is Broken:
                out.append(node.text)

    def again(self, text: str) -> str:
        """Recursive processing of a result holding comment tags (never the $ forms)."""
        if "<!--#" not in text or self.r.depth >= MAX_DEPTH:
            return text
        self.r.depth += 1
        try:
            return self.r.render_text(text, dollar=False, page_folder=self.page_folder)
        finally:
            self.r.depth -= 1

    def value(self, node: Value, out: list[str]) -> None:
        try:
            value = self.evaluate(node.piece)
        except TagError as e:
            sep = ": " if node.kind == "eval" else " : "
            out.append(f"{node.tag}{sep}## error # {e.error.code}")
            return
        text = as_text(value)
        if node.kind == "text":
            out.append(escape(text))
            return
        if node.kind == "html" and text.startswith("\x01"):
            text = text[1:]
        out.append(text if node.dollar else self.again(text))

    def script(self, node: Script, out: list[str]) -> None:
        name = node.method
        try:
            if not hooks.method_exists(name):
                from runtime.codes import err

                raise err("project_method", name=name)
            if self.r.web_root is not None and not hooks.method_attribute(name, "publishedWeb"):
                from runtime.codes import err

                raise err("bad_value", detail=f"{name} is not available through 4D tags and URLs")
            proc = current()
            try_enter(proc)
            try:
                result = hooks.call_method(name, (node.param,))
            except Exception as e:
                if is_signal(e):
                    raise
                try_caught(proc, e, _FI)
                raise convert(e) from None
            finally:
                try_leave(proc)
        except Error4D as e:
            out.append(f"{node.tag} : ## error # {e.code}")
            return
        text = as_text(result)
        if text.startswith("\x01"):
            out.append(self.again(text[1:]))
        else:
            out.append(escape(text))

    def if_(self, node: If, out: list[str]) -> None:
        if not node.closed:
            out.append(f"{node.tag}: 4DENDIF expected")
            return
        for piece, tag, children in node.branches:
            try:
                cond = self.evaluate(piece)
            except TagError:
                cond = None
            if type(cond) is not bool:
                out.append(f"{tag}: A Boolean expression was expected")
                return
            if cond:
                self.nodes(children, out)
                return
        if node.otherwise is not None:
            self.nodes(node.otherwise, out)

    def loop(self, node: Loop, out: list[str]) -> None:
        if not node.closed:
            out.append(f"{node.tag}: 4DENDLOOP expected")
            return
        inner: list[str] = []
        problem = self._loop(node, inner)
        if problem is not None:
            out.append(f"{node.tag}: {problem}")
        else:
            out.extend(inner)

    def _loop(self, node: Loop, out: list[str]) -> str | None:
        """Run a 4DLOOP into `out`; a documented description when it cannot."""
        if node.table is not None:
            first, end, step = node.table
            if any(self.closures[i] is None for i in node.table):
                return "Incorrect table name"
            try:
                self.evaluate(first)
                while not self.evaluate(end):
                    self.nodes(node.children, out)
                    self.evaluate(step)
            except TagError:
                return "Incorrect table name"
            return None
        name = node.source
        if name and "(" not in name and hooks.method_exists(name):
            return self._method_loop(name, node, out)
        try:
            value = self.evaluate(node.piece)
        except TagError:
            return "Unexpected expression type"
        array = value.get() if type(value) is Pointer else value
        if type(array) is Array4D:
            if array.two_d:
                return "An array was expected"
            i = 1
            while i <= array.size:
                array.select(float(i))
                self.nodes(node.children, out)
                i += 1
            return None
        if type(value) is not bool:
            return "Unexpected expression type" if not isinstance(array, Array4D) else "An array was expected"
        while value:
            self.nodes(node.children, out)
            try:
                value = self.evaluate(node.piece)
            except TagError:
                return "Unexpected expression type"
            if type(value) is not bool:
                return "Unexpected expression type"
        return None

    def _method_loop(self, name: str, node: Loop, out: list[str]) -> str | None:
        if self.r.web_root is not None and not hooks.method_attribute(name, "publishedWeb"):
            return "Access error"
        counter = 0
        while True:
            proc = current()
            try_enter(proc)
            try:
                go = hooks.call_method(name, (float(counter),))
            except Exception as e:
                if is_signal(e):
                    raise
                try_caught(proc, e, _FI)
                return "Syntax error"
            finally:
                try_leave(proc)
            if go is not True:
                return None
            if counter:
                self.nodes(node.children, out)
            counter += 1

    def each(self, node: Each, out: list[str]) -> None:
        if not node.closed:
            out.append(f"{node.tag}: 4DENDEACH expected")
            return
        if node.piece < 0:
            return
        try:
            items = foreach_items(self.evaluate(node.piece))
        except (TagError, Error4D) as e:
            error = e.error if isinstance(e, TagError) else e
            out.append(f"{node.tag}: ## error # {error.code}")
            return
        for item in items:
            try:
                self.evaluate(node.var, item)
            except TagError as e:
                out.append(f"{node.tag}: ## error # {e.error.code}")
                return
            self.nodes(node.children, out)

    # ------------------------------------------------------------------ 4DINCLUDE, 4DBASE

    def set_base(self, path: str) -> None:
        if path.upper() == "WEBFOLDER":
            self.base = self.page_folder
        else:
            self.base = os.path.normpath(os.path.join(self.page_folder, path))

    def include(self, node: Include, out: list[str]) -> None:
        path = os.path.normpath(os.path.join(self.base, node.path.replace("\\", "/")))
        fail = f"{node.tag} :The document cannot be opened"
        root = self.r.web_root
        if root is not None and os.path.commonpath([os.path.abspath(root), os.path.abspath(path)]) \
                != os.path.abspath(root):
            out.append(fail)
            return
        if path in self.r.including or not os.path.isfile(path):
            out.append(fail)
            return
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            out.append(fail)
            return
        text = data.decode("utf-8-sig", "replace")
        body = _BODY.search(text)
        if body is not None:
            text = body.group(1)
        self.r.including.append(path)
        try:
            out.append(self.r.render_text(text, dollar=True, page_folder=os.path.dirname(path)))
        finally:
            self.r.including.pop()


def _funcinfo():
    from runtime.handling import FuncInfo

    return FuncInfo("PROCESS 4D TAGS", "<template>", [], "method")


_FI = _funcinfo()


def default_folder() -> str:
    """4DINCLUDE's folder outside the Web server: the folder of the structure file."""
    ctx = appcontext.current()
    if ctx.structure_file:
        return os.path.dirname(ctx.structure_file)
    return ctx.database_folder
