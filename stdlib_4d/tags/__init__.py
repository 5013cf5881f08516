"""4D transformation tags (4DTEXT, 4DIF, 4DLOOP, 4DEACH, 4DINCLUDE, 4DCODE...): templates.

Stage: stdlib. `parse.py` cuts a template into text and tags, `render.py` runs it
(its 4D code compiled once per template text through hooks.compile_template),
`command.py` is PROCESS 4D TAGS; the Web server uses render.py for template pages.
"""

from stdlib_4d.tags import command as command  # noqa: F401  (registers PROCESS 4D TAGS)
