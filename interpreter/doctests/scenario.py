"""Doc runner: turning a page's blocks into test items and running them.

Stage: doc-test engine (used by the pytest plugin and `run4d test`). Blocks
named by a manifest scenario run together in a fresh session, optionally
driven by a Python function; the other blocks of a page share one session
in page order, with every class of the page loaded first (a reader assumes
the classes exist) and a redefinition replacing the class when reached.
"""

from __future__ import annotations

import difflib
import importlib
from dataclasses import dataclass, field
from pathlib import Path

from interpreter.doctests.collect import Block, collect
from interpreter.doctests.manifest import Manifest, PageSettings, Scenario
from interpreter.doctests.session import DocSession
from runtime.convert import to_text
from runtime.errors import CompileErrors, Error4D


class DocFailure(Exception):
    """A block or scenario did not do what its page says (rendered, no traceback)."""

    def __init__(self, message: str, page: Path | None = None, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.page = page
        self.line = line

    def render(self) -> str:
        where = f"{self.page}:{self.line}: " if self.page else ""
        return where + self.message


@dataclass
class Item:
    """One test: a single block (in the page's session) or a scenario."""

    page: Path
    name: str
    line: int
    blocks: list[Block] = field(default_factory=list)
    scenario: Scenario | None = None
    skip: str = ""
    xfail: str = ""


def plan(page: Path, manifest: Manifest) -> tuple[list[Item], PageSettings, list[Block]]:
    """The items of a page, its settings, and all its blocks."""
    blocks = collect(page)
    settings = manifest.settings_for(page)
    by_line = {b.line: b for b in blocks}
    items: list[Item] = []
    in_scenarios: set[int] = set()
    for sc in settings.scenarios:
        missing = [n for n in sc.blocks if n not in by_line]
        chosen = [by_line[n] for n in sc.blocks if n in by_line]
        item = Item(page, f"{page.name}::{sc.name}", chosen[0].line if chosen else 0, chosen, sc,
                    sc.skip, sc.xfail)
        if missing:
            item.skip = f"the manifest names blocks that are not on the page: {missing}"
        in_scenarios.update(sc.blocks)
        items.append(item)
    for block in blocks:
        if block.line in in_scenarios or block.kind == "class":
            continue
        opts = settings.blocks.get(block.line, {})
        items.append(Item(page, block.id, block.line, [block], None, opts.get("skip", ""), opts.get("xfail", "")))
    for block in blocks:
        if block.kind == "class" and block.line not in in_scenarios:
            opts = settings.blocks.get(block.line, {})
            items.append(Item(page, block.id, block.line, [block], None, opts.get("skip", ""),
                              opts.get("xfail", "")))
    items.sort(key=lambda it: it.line)
    return items, settings, blocks


def _load_methods(session: DocSession, methods: dict[str, str], page: Path) -> None:
    for name, code in methods.items():
        session.load(code if code.endswith("\n") else code + "\n", f"{page} (fixture {name})", name)


def _load_class(session: DocSession, block: Block) -> None:
    if not block.class_name:
        raise DocFailure("cannot tell this class block's name (give it a leading \"// Name class\" comment)",
                         block.page, block.line)
    try:
        session.load(block.code, str(block.page), block.class_name, block.first_line)
    except CompileErrors as e:
        raise DocFailure(e.render(), block.page, block.line) from None


def _run_method(session: DocSession, block: Block) -> str:
    output, mark = "", None
    for first_line, code, checks in segments(block):
        result = session.run(code, str(block.page), first_line)
        mark = result.mark if mark is None else mark
        output += result.output
        if result.error is not None:
            raise DocFailure(_error_text(result.error) + _output_note(output), block.page, block.line)
        _check_values(session, block, checks)
    wanted = _expected_lines(block)
    if len(output.splitlines()) < wanted:
        # Callbacks (a socket closing, a worker answering) may print a little later.
        output = session.output_since(mark, wanted)
    _check_output(block, output)
    return output


def segments(block: Block) -> list[tuple[int, str, list]]:
    """The block cut after each top-level statement that a `// $x is ...` comment follows.

    Each value is checked where the page states it: `$x:=5  // $x is 5` then `$x:=6  // $x is 6`
    both hold. A comment inside a compound statement (If, For...) is checked after that statement.
    The pieces run one after the other in the page's session, so variables and their types go on.
    """
    from interpreter.compiler.parser import parse_items

    value_checks = [c for c in block.checks if c.kind == "value"]
    if not value_checks:
        return [(block.first_line, block.code, [])]
    try:
        starts = [item.line for item in parse_items(block.code, str(block.page))]
    except CompileErrors:
        return [(block.first_line, block.code, value_checks)]  # the run reports the syntax error
    lines = block.code.split("\n")
    cuts: dict[int, list] = {}
    for check in value_checks:
        local = check.line - block.first_line + 1
        after = [s for s in starts if s > local]
        cuts.setdefault(after[0] if after else len(lines) + 1, []).append(check)
    out, start = [], 1
    for cut in sorted(cuts):
        out.append((block.first_line + start - 1, "\n".join(lines[start - 1:cut - 1]) + "\n", cuts[cut]))
        start = cut
    if start <= len(lines) and any(ln.strip() for ln in lines[start - 1:]):
        out.append((block.first_line + start - 1, "\n".join(lines[start - 1:]) + "\n", []))
    return out


def _expected_lines(block: Block) -> int:
    if block.expected_output is not None:
        return len(block.expected_output.splitlines())
    return sum(1 for c in block.checks if c.kind == "output")


def _error_text(error: BaseException) -> str:
    if isinstance(error, (Error4D, CompileErrors)):
        return error.render()
    return f"{type(error).__name__}: {error}"


def _output_note(output: str) -> str:
    return f"\n--- output before the error:\n{output}" if output else ""


def _check_output(block: Block, output: str) -> None:
    expected = [c.expected for c in block.checks if c.kind == "output"]
    if block.expected_output is not None:
        compare(block.expected_output.splitlines(), output.splitlines(), block.page, block.output_line)
    elif expected:
        actual = output.splitlines()
        for check in (c for c in block.checks if c.kind == "output"):
            if check.expected not in actual:
                raise DocFailure(f"expected the output line {check.expected!r}; got {actual!r}",
                                 block.page, check.line)


def _check_values(session: DocSession, block: Block, checks: list) -> None:
    for check in checks:
        value = session.program.session.get(check.variable.lower())
        if not _same(value, check.expected):
            raise DocFailure(f"${check.variable} is {_show(value)}, the page says {check.expected}",
                             block.page, check.line)


def _show(value) -> str:
    from runtime.json4d import stringify
    from runtime.values import Coll, Obj

    if isinstance(value, (Obj, Coll)):
        return stringify(value)
    if isinstance(value, str):
        return f'"{value}"'
    return to_text(value)


def _same(value, expected: str) -> bool:
    expected = expected.strip().rstrip(".")
    shown = _show(value)
    return shown == expected or to_text(value) == expected.strip('"') or \
        shown.replace(" ", "") == expected.replace(" ", "")


def compare(expected: list[str], actual: list[str], page: Path | None, line: int) -> None:
    if expected == actual:
        return
    diff = "\n".join(difflib.unified_diff(expected, actual, "expected (page)", "actual", lineterm=""))
    raise DocFailure("the output differs from the page:\n" + diff, page, line)


class ScenarioContext:
    """What a scenario's driver works with."""

    def __init__(self, session: DocSession, item: Item) -> None:
        self.session = session
        self.item = item
        self._classes_loaded = False

    def url(self, path: str = "/") -> str:
        from stdlib_4d.net.web_server import SERVER

        return f"ws://127.0.0.1:{SERVER.port}{path}"

    def run(self, code: str) -> str:
        """Run 4D code supplied by the test (setup); return what it printed."""
        result = self.session.run(code if code.endswith("\n") else code + "\n", f"{self.item.name} (setup)")
        if result.error is not None:
            raise DocFailure(_error_text(result.error), self.item.page, self.item.line)
        return result.output

    def load_classes(self) -> None:
        """Load the scenario's class blocks (once)."""
        if not self._classes_loaded:
            self._classes_loaded = True
            for block in self.item.blocks:
                if block.kind == "class":
                    _load_class(self.session, block)

    def run_blocks(self) -> None:
        """Load the scenario's class blocks, then run its method blocks in order."""
        self.load_classes()
        for block in self.item.blocks:
            if block.kind == "method":
                _run_method(self.session, block)

    @property
    def output(self) -> list[str]:
        return self.session.out.lines

    def wait_output(self, predicate, timeout: float | None = None) -> list[str]:
        if isinstance(predicate, list):
            wanted = predicate
            predicate = lambda lines: all(w in lines for w in wanted)  # noqa: E731
        return self.session.out.wait_for(predicate, timeout or self.session.timeout)


def _driver(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def run_scenario(item: Item, settings: PageSettings, root: str) -> None:
    sc = item.scenario
    with DocSession(root=root) as session:
        _load_methods(session, settings.methods, item.page)
        ctx = ScenarioContext(session, item)
        ctx.load_classes()  # the setup may use the page's classes
        if sc.setup:
            ctx.run(sc.setup)
        if sc.driver:
            _driver(sc.driver)(ctx)
        else:
            ctx.run_blocks()
        session.settle()
        lines = session.out.lines
        errors = session.err.text
    if sc.output is not None:
        compare(sc.output, lines, item.page, item.line)
    if "error" in errors and "run4d: error in" in errors:
        raise DocFailure("a callback failed:\n" + errors, item.page, item.line)


class PageRun:
    """The shared session of a page's blocks that no scenario claims."""

    def __init__(self, page: Path, settings: PageSettings, blocks: list[Block], root: str) -> None:
        self.page = page
        self.settings = settings
        self.blocks = blocks
        self.root = root
        self.session: DocSession | None = None
        self.loaded: dict[str, int] = {}
        self.class_errors: dict[int, DocFailure] = {}

    def _start(self) -> DocSession:
        if self.session is None:
            self.session = DocSession(root=self.root).start()
            _load_methods(self.session, self.settings.methods, self.page)
            firsts: dict[str, Block] = {}
            for block in self.blocks:
                if block.kind == "class" and block.class_name and block.class_name not in firsts:
                    firsts[block.class_name] = block
            for block in firsts.values():
                self._load(block)
        return self.session

    def _load(self, block: Block) -> None:
        try:
            _load_class(self.session, block)
            self.loaded[block.class_name] = block.line
        except DocFailure as e:
            self.class_errors[block.line] = e  # reported by the class block's own item

    def run(self, item: Item) -> None:
        session = self._start()
        block = item.blocks[0]
        if block.kind == "class":
            if self.loaded.get(block.class_name) != block.line and block.line not in self.class_errors:
                self._load(block)  # a redefinition, reached in page order
            if block.line in self.class_errors:
                raise self.class_errors[block.line]
            return
        _run_method(session, block)

    def close(self) -> None:
        if self.session is not None:
            self.session.stop()
            self.session = None
