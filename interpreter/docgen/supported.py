"""docs/supported.md: each command of 4D's language reference and what run4d does with it.

Stage: tooling on top of the catalog (runtime/catalog.py) and the registry
(runtime/registry.py). A command is "implemented" when a module registers
it (or the compiler handles it), a "headless no-op" when it is registered
with `registry.headless(name, reason)`, and "parsed only" otherwise: it
compiles, `run4d --check` warns, and calling it raises -10790. Regenerate with

    python -m interpreter.docgen.supported > docs/supported.md

tests/test_supported_doc.py fails when the page is out of date.
"""

from __future__ import annotations

import sys
from collections import defaultdict

REGENERATE = "python -m interpreter.docgen.supported > docs/supported.md"
IMPLEMENTED, HEADLESS, PARSED = "implemented", "headless no-op", "parsed only"
# Names the compiler itself gives meaning to (besides registry.SPECIAL).
_COMPILED = {"4d"}


def state(name: str) -> tuple[str, str]:
    """(state, detail) of a catalog command."""
    import stdlib_4d  # noqa: F401  (registers the commands)
    from interpreter.compiler.scope import LEGACY_DECLARATIONS
    from runtime import registry

    reason = registry.headless_reason(name)
    if reason is not None:
        return HEADLESS, reason
    k = registry.key(name)
    if registry.lookup_command(name) or k in registry.SPECIAL or k in LEGACY_DECLARATIONS or k in _COMPILED:
        return IMPLEMENTED, ""
    return PARSED, ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _theme_title(theme: str) -> str:
    return theme.replace("_", " ")


def render() -> str:
    from runtime import catalog

    themes: dict[str, list] = defaultdict(list)
    for entry in catalog.entries().values():
        themes[entry.theme].append((entry, *state(entry.name)))
    order = sorted(themes, key=lambda t: (t.startswith("("), t.lower()))
    out = [
        "# What run4d supports",
        "",
        "<!-- Generated from grammar/catalog/commands.tsv and the registry: "
        f"`{REGENERATE}`. Do not edit. -->",
        "",
        "Every command of 4D's language reference parses and compiles in run4d, written",
        "with or without its editor token (`ALERT:C41`). Each one is:",
        "",
        "- **implemented**: it runs as the 4D documentation describes (see docs/commands.md);",
        "- **headless no-op**: it does nothing when run headless, for the reason given;",
        "- **parsed only**: it compiles, `run4d --check` lists each call as a warning",
        "  (`--strict` makes it an error), and calling it raises error -10790",
        "  \"NAME is not supported by run4d\", which `Try` and `ON ERR CALL` catch.",
        "",
    ]
    total = defaultdict(int)
    rows = []
    for theme in order:
        counts = defaultdict(int)
        for _entry, st, _ in themes[theme]:
            counts[st] += 1
            total[st] += 1
        n = len(themes[theme])
        rows.append(f"| [{_theme_title(theme)}](#{_anchor(theme)}) | {n} | {counts[IMPLEMENTED]} | "
                    f"{counts[HEADLESS]} | {counts[PARSED]} |")
    n_all = sum(total.values())
    out += [
        f"{total[IMPLEMENTED]} of {n_all} commands are implemented, {total[HEADLESS]} are headless no-ops.",
        "",
        "| Theme | Commands | Implemented | Headless no-op | Parsed only |",
        "| --- | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ]
    for theme in order:
        entries = sorted(themes[theme], key=lambda r: r[0].name.lower())
        done = sum(1 for _e, st, _ in entries if st == IMPLEMENTED)
        out += [f"## {_theme_title(theme)}", "", f"{done} of {len(entries)} implemented.", "",
                "| Command | Number | State |", "| --- | ---: | --- |"]
        for entry, st, detail in entries:
            text = f"{st}: {detail}" if detail else st
            out.append(f"| {_cell(entry.name)} | {entry.number or ''} | {_cell(text)} |")
        out.append("")
    return "\n".join(out)


def _anchor(theme: str) -> str:
    title = _theme_title(theme).lower()
    return "".join(ch for ch in title.replace(" ", "-") if ch.isalnum() or ch == "-")


def main() -> None:
    sys.stdout.write(render())


if __name__ == "__main__":
    main()
