"""The 4D standard library: commands and built-in classes.

Stage: library. Importing this package registers every command (runtime
registry) and built-in class (4D store). Modules use the runtime only and
reach 4D code through runtime.hooks.
"""

from stdlib_4d import lang, output, text, convert_cmds, objects, collection  # noqa: F401
