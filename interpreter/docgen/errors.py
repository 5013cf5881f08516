"""docs/errors.md, generated from the runtime's error catalogue.

Stage: documentation tooling. `python -m interpreter.docgen.errors > docs/errors.md`;
tests/test_docs_generated.py keeps the file current.
"""

from __future__ import annotations

from runtime.codes import CATALOGUE

HEADER = """\
# Runtime error codes

Errors that 4D documents keep 4D's code (origin "4D"). For failures 4D
documents without a number, run4d uses codes of its own in the -107xx range
(origin "run4d"); they may differ from what 4D reports. Every error carries
the component signature "4DRT" unless `throw` gave another one, and reaches
ON ERR CALL handlers, `Try` and `Catch` like any 4D error.

| Code | Origin | Message |
| --- | --- | --- |
"""


def render() -> str:
    rows = sorted(CATALOGUE.values(), key=lambda entry: -entry[0])
    lines = [f"| {code} | {origin} | {message.replace('|', '/')} |" for code, message, origin in rows]
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
