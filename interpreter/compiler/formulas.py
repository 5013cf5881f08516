"""Formula from string: compile a formula's text at run time.

Stage: assembly, reached from the runtime through hooks.compile_formula.
The text is one statement (an expression or an assignment) with no local
variables ($1...$n excepted), as 4D requires (error -10737 otherwise).
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.codegen import Compiler, nesting_message
from interpreter.compiler.codegen_expr import TooDeep
from interpreter.compiler.parser import parse_items
from interpreter.compiler.prelude import bind_commands
from interpreter.compiler.pycompile import python_compile
from interpreter.compiler.scope import walk
from interpreter.compiler.writes import body_writes
from runtime.codes import err
from runtime.errors import CompileErrors
from runtime.functions import Function4D
from runtime.support import formula


def compile_formula_text(program, source: str) -> Function4D:
    if type(source) is not str:
        raise err("type_mismatch", detail="Formula from string expects a Text")
    text = source.strip()
    try:
        items = parse_items(text + "\n", "<Formula from string>")
    except CompileErrors as e:
        raise err("bad_value", detail=f"Formula from string: {e.errors[0].message}") from None
    if len(items) != 1 or not isinstance(items[0], (n.ExprStmt, n.Assign, n.CompoundAssign)):
        raise err("bad_value", detail="Formula from string expects one expression")
    for node in walk(items[0]):
        if isinstance(node, n.Local) and not node.name.isdigit():
            raise err("formula_local", name="$" + node.name)
    stmt = items[0]
    if isinstance(stmt, n.ExprStmt):
        arg = stmt.expr
    else:
        op = ":=" if isinstance(stmt, n.Assign) else stmt.op + "="
        arg = n.AssignExpr(stmt.line, stmt.col, stmt.target, op, stmt.value)
    # A property it writes may hide a class function compiled without the own-property check.
    program.note_writes(*body_writes(arg, {}))
    comp = Compiler(program, "<Formula from string>", text)
    pyname = program.fresh("_FFS")
    try:
        comp.compile_formula_body(arg, pyname, [], text)
    except (TooDeep, RecursionError) as e:
        if isinstance(e, TooDeep):
            e.name_in(arg)
        raise err("bad_value", detail=f"Formula from string: {nesting_message(e)}") from None
    if comp.errors:
        raise err("bad_value", detail=f"Formula from string: {comp.errors[0].message}")
    try:
        code = python_compile(comp.module(), "<Formula from string>", comp.lines)
    except CompileErrors as e:
        raise err("bad_value", detail=f"Formula from string: {e.errors[0].message}") from None
    bind_commands(program.G, code)
    exec(code, program.G)
    return formula(program.G[pyname], (), text)
