"""Commands that have a meaning headless: doing nothing, for a documented reason.

Stage: library. Each row registers a 4D command as a headless no-op with
`registry.headless` (docs/supported.md lists the reason). Screen commands
without such a meaning stay unsupported: calling them raises -10790.
"""

from __future__ import annotations

from runtime.registry import headless

# MESSAGES OFF/ON switch 4D's progress windows of long operations (sorts,
# imports); run4d never shows them, so both leave nothing to switch.
headless("MESSAGES OFF", "run4d shows no progress windows")
headless("MESSAGES ON", "run4d shows no progress windows")
