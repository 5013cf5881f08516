"""Code generation for array syntax: $a{$i}, $a{$i}{$j}, ->$a{2}, `>`/`<` arguments.

Stage: code generation (mixin of compiler.Compiler). Arrays are values held
in variables and changed in place by commands (runtime/arrays.py); what the
compiler adds is the element syntax and the static type "array" for
variables an ARRAY command declares. With that type, `$a:=2` selects
element 2 instead of replacing the array, and the bare name used as a
number reads the selected element. Process and interprocess arrays are
known program-wide (Program.array_vars), since one method may declare an
array that another one uses.
"""

from __future__ import annotations

import ast

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from interpreter.compiler.scope import declared_array, walk
from runtime.registry import key


def array_variables(body) -> set[str]:
    """Process ("name") and interprocess ("<>name") variables declared by ARRAY commands in `body`."""
    found: set[str] = set()
    for node in walk(body):
        target = declared_array(node) if isinstance(node, n.Call) else None
        if target is not None:
            if isinstance(target, n.Name):
                found.add(key(target.name))
            elif isinstance(target, n.Interprocess):
                found.add("<>" + key(target.name))
    return found


class ArrayGen:
    # ------------------------------------------------------------------ static types

    def global_array_type(self, name: str) -> str | None:
        """"array" for a process ("name") or interprocess ("<>name") variable some ARRAY declares."""
        return "array" if name in self.program.array_vars else None

    # ------------------------------------------------------------------ reading

    def e_ArrayElem(self, e: n.ArrayElem):
        return P.call("_aget", self.value(e.obj), self.value(e.index)), None

    def e_SortOrder(self, e: n.SortOrder):
        return P.load("_ASC" if e.op == ">" else "_DESC"), None

    def array_number(self, value: ast.expr, t: str | None):
        """An operand of an operator: an array means its selected element."""
        if t == "array":
            return P.call("_acur", value), "real"
        return value, t

    # ------------------------------------------------------------------ writing

    def write_array_elem(self, target: n.ArrayElem, value: ast.expr) -> list[ast.stmt]:
        return [P.expr_stmt(P.call("_aset", self.value(target.obj), self.value(target.index), value))]

    def write_array_var(self, target: n.Expr, value: ast.expr) -> list[ast.stmt] | None:
        """`$a:=v` on a variable declared as an array: select an element (None: not an array)."""
        if isinstance(target, n.Local):
            info = self.scope.local(target.name)
            if info.type != "array":
                return None
            return [P.assign(info.pyname, P.call("_aassign", P.load(info.pyname), value))]
        if isinstance(target, n.Name):
            lowered = key(target.name)
            if self.scope.proc_var_types.get(lowered) != "array" and not self.global_array_type(lowered):
                return None
            self.scope.uses_proc_vars = True
            return [P.expr_stmt(P.call("_aassign_in", P.load("_pv"), P.const(lowered), value))]
        if isinstance(target, n.Interprocess):
            lowered = key(target.name)
            if not self.global_array_type("<>" + lowered):
                return None
            return [P.expr_stmt(P.call("_aassign_in", P.load("_IPV"), P.const(lowered), value))]
        return None

    def compound_array_elem(self, target: n.ArrayElem, op: str, value_node: n.Expr) -> list[ast.stmt]:
        """$a{$i}+=v: the array and the element number are evaluated once."""
        arr, idx = self.scope.temp("_ar"), self.scope.temp("_ix")
        helper = {"+": "_add", "-": "_sub", "*": "_mul", "/": "_div"}[op]
        current = P.call("_aget", P.load(arr), P.load(idx))
        new = P.call(helper, current, self.value(value_node))
        return [P.assign(arr, self.value(target.obj)), P.assign(idx, self.value(target.index)),
                P.expr_stmt(P.call("_aset", P.load(arr), P.load(idx), new))]

    # ------------------------------------------------------------------ pointers

    def elem_pointer(self, target: n.ArrayElem) -> ast.expr:
        """->$a{i} and ->$a{i}{j}: the element numbers are fixed when the pointer is made.

        For a process or interprocess array the pointer finds the array by name when used
        (runtime.arrays.elem_pointer_in), a local's array is the one it holds now.
        """
        if isinstance(target.obj, n.ArrayElem):
            base, indexes = target.obj.obj, [self.value(target.obj.index), self.value(target.index)]
        else:
            base, indexes = target.obj, [self.value(target.index)]
        if isinstance(base, n.Name) and self._is_variable_name(base.name):
            self.scope.uses_proc_vars = True
            return P.call("_aptr_in", P.load("_pv"), P.const(key(base.name)), P.const(base.name), *indexes)
        if isinstance(base, n.Interprocess):
            return P.call("_aptr_in", P.load("_IPV"), P.const(key(base.name)), P.const("<>" + base.name), *indexes)
        return P.call("_aptr", self.value(base), *indexes)

    def array_local_setter(self, pyname: str) -> list[ast.stmt]:
        """The body of a pointer's setter for a local declared as an array."""
        return [ast.Nonlocal(names=[pyname]), P.assign(pyname, P.call("_aassign", P.load(pyname), P.load("v")))]
