"""The pytest plugin: Markdown pages' ```4d blocks as test items.

Stage: doc-test front end for pytest (entry point `pytest11: run4d`). Opt in
with `--run4d-docs` or the ini option `run4d_docs = true`. Files matching
`run4d_doc_globs` (default: *.md) become test files; each block or manifest
scenario becomes an item. Failures show the page, the line and a diff, not a
Python traceback. The manifest comes from `run4d_manifest`.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

from interpreter.doctests.manifest import Manifest
from interpreter.doctests.scenario import DocFailure, Item, PageRun, plan, run_scenario


def pytest_addoption(parser) -> None:
    group = parser.getgroup("run4d")
    group.addoption("--run4d-docs", action="store_true", default=None,
                    help="run the ```4d blocks of Markdown pages as tests")
    parser.addini("run4d_docs", "collect Markdown pages' ```4d blocks as tests", type="bool", default=False)
    parser.addini("run4d_doc_globs", "file name patterns of doc pages", type="args", default=["*.md"])
    parser.addini("run4d_doc_exclude", "path patterns of Markdown files that are not doc pages", type="args",
                  default=[])
    parser.addini("run4d_manifest", "the doc manifest (TOML), relative to the rootdir", default="")


def _enabled(config) -> bool:
    flag = config.getoption("run4d_docs")
    return bool(flag) if flag is not None else bool(config.getini("run4d_docs"))


def _manifest(config) -> Manifest:
    cached = getattr(config, "_run4d_manifest", None)
    if cached is None:
        name = config.getini("run4d_manifest")
        cached = Manifest.load(Path(config.rootpath, name) if name else None)
        config._run4d_manifest = cached
    return cached


def pytest_collect_file(file_path: Path, parent):
    config = parent.config
    if not _enabled(config):
        return None
    posix = file_path.as_posix()
    globs = config.getini("run4d_doc_globs")
    if not any(fnmatch.fnmatch(posix if "/" in g else file_path.name, g) for g in globs):
        return None
    if any(fnmatch.fnmatch(posix, g) for g in config.getini("run4d_doc_exclude")):
        return None
    if _manifest(config).excluded(file_path):
        return None
    return DocPage.from_parent(parent, path=file_path)


class DocPage(pytest.File):
    """A Markdown page: its scenarios and blocks."""

    def collect(self):
        import interpreter.compiler.program  # noqa: F401  (the lexer must know the command names)
        from interpreter.compiler.program import Program

        Program()
        items, self.settings, self.blocks = plan(self.path, _manifest(self.config))
        self.page_run: PageRun | None = None
        for item in items:
            yield DocItem.from_parent(self, name=item.name.split("::", 1)[-1], doc=item)

    def page(self) -> PageRun:
        if self.page_run is None:
            self.page_run = PageRun(self.path, self.settings, self.blocks, str(self.config.rootpath))
        return self.page_run

    def teardown(self) -> None:
        if getattr(self, "page_run", None) is not None:
            self.page_run.close()


class DocItem(pytest.Item):
    def __init__(self, *, doc: Item, **kwargs) -> None:
        super().__init__(**kwargs)
        self.doc = doc
        if doc.xfail:
            self.add_marker(pytest.mark.xfail(reason=doc.xfail, strict=True, raises=DocFailure))

    def runtest(self) -> None:
        if self.doc.skip:
            pytest.skip(self.doc.skip)
        if self.doc.scenario is not None:
            run_scenario(self.doc, self.parent.settings, str(self.config.rootpath))
        else:
            self.parent.page().run(self.doc)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DocFailure):
            return excinfo.value.render()
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.doc.line - 1, f"{self.path.name}:{self.doc.line} {self.name}"
