"""The compiler: 4D source -> tokens -> AST -> Python code, and the Program
that loads a run's files.

Stage: lexer.py and parser.py (Lark LALR), builder.py (tree -> nodes.py),
units.py (a file is a method or a class), scope.py (declarations, types),
codegen*.py (Python AST with 4D line numbers), program.py and loader.py
(assembly). It never imports the tools beside it (cli, repl, doctests).
"""
