"""run4d's runtime: 4D values, operators, member access, classes, processes,
errors and the event loop.

Stage: what compiled 4D code runs on. It knows nothing of the interpreter;
stdlib_4d fills its registries.
"""
