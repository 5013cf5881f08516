"""`run4d test PATHS...`: run the ```4d blocks of Markdown pages, without pytest.

Stage: top level. Same engine as the pytest plugin (scenario.py); prints one
line per block or scenario, a count per page and a summary `N passed, N
failed`; `-k` selects items by name as pytest does, `--junit-xml` writes a
report for CI. Exit status 0 when nothing failed, 1 otherwise, 64 for bad
usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from interpreter.doctests.junit import Report
from interpreter.doctests.keywords import selector
from interpreter.doctests.manifest import Manifest
from interpreter.doctests.scenario import DocFailure, PageRun, plan, run_scenario

PAGE_SUFFIXES = (".md", ".markdown", ".txt")  # in folders; a file named on the command line is always read


def _pages(paths: list[str]) -> list[Path]:
    pages: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pages += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        elif path.is_file():
            pages.append(path)
        else:
            raise FileNotFoundError(raw)
    return pages


def _default_manifest() -> Path | None:
    for candidate in (Path("run4d-docs.toml"), Path("tests", "run4d-docs.toml")):
        if candidate.is_file():
            return candidate
    return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="run4d test", description="Run the ```4d blocks of Markdown pages.")
    parser.add_argument("paths", nargs="+", help="Markdown files or folders (folders: every .md, .markdown, .txt)")
    parser.add_argument("--manifest", help="the doc manifest (default: run4d-docs.toml or tests/run4d-docs.toml)")
    parser.add_argument("-k", dest="keyword", metavar="EXPRESSION",
                        help="run only items whose name matches: words (substrings, any case) with and, or, not")
    parser.add_argument("--junit-xml", metavar="FILE", help="also write the results as JUnit XML")
    try:
        opts = parser.parse_args(argv)
        pages = _pages(opts.paths)
        selected = selector(opts.keyword)
    except SystemExit as e:
        return 0 if e.code == 0 else 64  # --help: 0; argparse's usage errors: 64
    except FileNotFoundError as e:
        print(f"run4d test: {e}: no such file or folder", file=sys.stderr)
        return 64
    except ValueError as e:
        print(f"run4d test: -k: {e}", file=sys.stderr)
        return 64
    from interpreter.compiler.program import Program

    if "" not in sys.path and "." not in sys.path:
        sys.path.insert(0, "")  # scenario drivers ("tests.doc_drivers:...") live beside the pages
    Program()  # registers the command names the lexer must know
    manifest = Manifest.load(Path(opts.manifest) if opts.manifest else _default_manifest())
    counts = _counts()
    report = Report()
    for page in pages:
        if not manifest.excluded(page):
            page_counts = _run_page(page, manifest, selected, report)
            if sum(page_counts.values()):
                print(f"{page}: {_summary(page_counts)}")
            for k, n in page_counts.items():
                counts[k] += n
    print(_summary(counts))
    if opts.junit_xml:
        report.write(opts.junit_xml)
    return 1 if counts["failed"] else 0


def _counts() -> dict[str, int]:
    return {"passed": 0, "failed": 0, "skipped": 0, "xfailed": 0}


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in counts.items() if n or k in ("passed", "failed"))


def _run_page(page: Path, manifest: Manifest, selected, report: Report) -> dict[str, int]:
    counts = _counts()
    items, settings, blocks = plan(page, manifest)
    items = [item for item in items if selected(item.name)]
    if not items:
        return counts
    runner = PageRun(page, settings, blocks, ".")
    try:
        for item in items:
            started = time.monotonic()
            outcome, text = _run_item(item, runner, settings, counts)
            report.add(item, outcome, text, time.monotonic() - started)
    finally:
        runner.close()
    return counts


def _run_item(item, runner: PageRun, settings, counts: dict) -> tuple[str, str]:
    """Run one item, print its line, count it; return (outcome, failure or reason text)."""
    if item.skip:
        counts["skipped"] += 1
        print(f"SKIP  {item.name}  ({item.skip})")
        return "skipped", item.skip
    try:
        if item.scenario is not None:
            run_scenario(item, settings, ".")
        else:
            runner.run(item)
        failure = None
    except DocFailure as e:
        failure = e.render()
    except AssertionError as e:
        failure = f"{item.page}:{item.line}: {e or 'a check of the scenario failed'}"
    if item.xfail:
        key, label = ("xfailed", "XFAIL") if failure else ("failed", "XPASS")
        counts[key] += 1
        print(f"{label} {item.name}  ({item.xfail})")
        return ("skipped", f"expected to fail: {item.xfail}") if failure else \
            ("failed", f"expected to fail ({item.xfail}) but passed")
    if failure is None:
        counts["passed"] += 1
        print(f"PASS  {item.name}")
        return "passed", ""
    counts["failed"] += 1
    print(f"FAIL  {item.name}\n{_indent(failure)}")
    return "failed", failure


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines())
