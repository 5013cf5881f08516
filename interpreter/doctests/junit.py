"""`run4d test --junit-xml FILE`: the results as JUnit XML, for CI dashboards.

Stage: doc-test front end (no execution). One <testsuite> per page, one
<testcase> per block or scenario, failures with their rendered text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


class Report:
    def __init__(self) -> None:
        self.pages: dict[str, list[tuple]] = {}

    def add(self, item, outcome: str, text: str, seconds: float) -> None:
        self.pages.setdefault(str(item.page), []).append((item, outcome, text, seconds))

    def write(self, path: str) -> None:
        root = ET.Element("testsuites", name="run4d test")
        totals = {"tests": 0, "failures": 0, "skipped": 0}
        for page, cases in self.pages.items():
            failures = sum(1 for c in cases if c[1] == "failed")
            skipped = sum(1 for c in cases if c[1] == "skipped")
            suite = ET.SubElement(root, "testsuite", name=page, tests=str(len(cases)), failures=str(failures),
                                  errors="0", skipped=str(skipped),
                                  time=f"{sum(c[3] for c in cases):.3f}")
            for item, outcome, text, seconds in cases:
                case = ET.SubElement(suite, "testcase", classname=Path(page).name,
                                     name=item.name.split("::", 1)[-1], file=page, line=str(item.line),
                                     time=f"{seconds:.3f}")
                if outcome == "failed":
                    ET.SubElement(case, "failure", message=text.splitlines()[0] if text else "failed").text = text
                elif outcome == "skipped":
                    ET.SubElement(case, "skipped", message=text)
            totals["tests"] += len(cases)
            totals["failures"] += failures
            totals["skipped"] += skipped
        for k, v in totals.items():
            root.set(k, str(v))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
