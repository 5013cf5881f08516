"""Doc manifest: per-page settings for the doc runner, in TOML.

Stage: doc-test configuration (no execution). The manifest adds what a page
cannot say without being edited: project methods the samples call
(fixtures), scenarios that group blocks and drive them (a Python function
acting as a network client), and blocks to skip or expected to fail.

    [[page]]
    match = "*/seeds/003_*.txt"          # fnmatch on the page's path
    methods = { LogFile = "#DECLARE($t : Text)\\nALERT($t)" }

    [[page.scenario]]
    name = "uppercase echo"
    blocks = [63, 74, 50]                # fence lines; classes are loaded, methods run
    setup = "..."                        # 4D code run first (optional)
    driver = "tests.doc_drivers:echo"    # module:function(context) (optional)
    output = ["..."]                     # expected stdout lines (optional)

    [page.block.121]
    skip = "why"                         # or xfail = "why" (strict)

    [[page]]
    match = "*/seeds/README.md"
    exclude = "why"                      # not a doc page: never collected
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Scenario:
    name: str
    blocks: list[int]
    setup: str = ""
    driver: str = ""
    output: list[str] | None = None
    skip: str = ""
    xfail: str = ""


@dataclass
class PageSettings:
    methods: dict[str, str] = field(default_factory=dict)
    scenarios: list[Scenario] = field(default_factory=list)
    blocks: dict[int, dict] = field(default_factory=dict)  # fence line -> {"skip": ..., "xfail": ...}
    exclude: str = ""  # why this file is not a doc page (it is then not collected)


class Manifest:
    def __init__(self, pages: list[tuple[str, PageSettings]] | None = None, root: Path | None = None) -> None:
        self.pages = pages or []
        self.root = root or Path.cwd()

    @classmethod
    def load(cls, path: Path | None) -> Manifest:
        if path is None or not path.is_file():
            return cls()
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        pages = []
        for entry in data.get("page", []):
            settings = PageSettings(
                methods=dict(entry.get("methods", {})),
                scenarios=[Scenario(s["name"], list(s.get("blocks", [])), s.get("setup", ""),
                                    s.get("driver", ""), s.get("output"), s.get("skip", ""), s.get("xfail", ""))
                           for s in entry.get("scenario", [])],
                blocks={int(k): dict(v) for k, v in entry.get("block", {}).items()},
                exclude=str(entry.get("exclude", "")),
            )
            pages.append((entry["match"], settings))
        return cls(pages, path.parent)

    def settings_for(self, page: Path) -> PageSettings:
        """The merged settings of every [[page]] whose pattern matches this page."""
        merged = PageSettings()
        posix = page.resolve().as_posix()
        for pattern, settings in self.pages:
            if fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(posix, "*/" + pattern.lstrip("*/")):
                merged.methods.update(settings.methods)
                merged.scenarios.extend(settings.scenarios)
                merged.blocks.update(settings.blocks)
                merged.exclude = merged.exclude or settings.exclude
        return merged

    def excluded(self, page: Path) -> bool:
        return bool(self.settings_for(page).exclude)
