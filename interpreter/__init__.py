"""run4d's interpreter: parser, compiler, loader, CLI, REPL and doc-test runner.

Stage: the top of the pipeline (source -> Lark tree -> AST -> Python code).
It uses runtime/ and stdlib_4d/; nothing imports it back.
"""
