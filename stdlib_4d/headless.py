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

# IDLE lets compiled 4D handle user events in a loop that calls no command; a headless run has no
# user events, and run4d's processes are threads that never wait for one.
headless("IDLE", "no user events to let through: processes are threads")
# BEEP and PLAY make sounds: a headless run has no speaker to drive.
headless("BEEP", "a headless run plays no sound")
headless("PLAY", "a headless run plays no sound")

# Keyboard state: no keyboard is attached to a headless run, so no modifier key is ever down.
for _key in ("Shift down", "Caps lock down", "Macintosh option down", "Macintosh command down",
             "Macintosh control down", "Windows Alt down", "Windows Ctrl down"):
    headless(_key, "no keyboard: no key is ever down (False)", result=False, returns="boolean")
# FILTER EVENT only means something inside an ON EVENT CALL method, which no event ever calls headless.
headless("FILTER EVENT", "no event reaches a headless run's event-catching method")
# METHOD OPEN PATH opens a method in the Code Editor: a headless run has no editor to show it in.
headless("METHOD OPEN PATH", "no Code Editor in a headless run")
# OPEN URL hands a URL or a document to the desktop's default application (a browser...), and
# DISPLAY NOTIFICATION shows a desktop notification: a headless run has no desktop to do either.
headless("OPEN URL", "no desktop application to open it with")
headless("DISPLAY NOTIFICATION", "no desktop to show notifications on")

# Self points at the form object whose object method runs; no form object method ever runs
# headless, so it is always out of context: a Nil pointer (->[]), as documented.
headless("Self", "no form object method runs headless: always Nil (->[]), as out of context",
         result=None, returns="pointer")
# FLUSH CACHE writes 4D's data buffers to disk; run4d keeps none: outside a transaction every save
# is committed by the SQL back-end (SQLite autocommit, PostgreSQL autocommit) as it happens.
headless("FLUSH CACHE", "no data buffers: every save outside a transaction is committed as it happens")
