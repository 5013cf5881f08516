"""Prelude: the globals every piece of compiled 4D code runs with.

Stage: code generation support. Maps the short names the code generator
emits (`_add`, `_get`, `C_length`...) to runtime functions. Changing a name
here means changing it in codegen_*.py too.
"""

from __future__ import annotations

from runtime import (
    access,
    array_pointers,
    arrays,
    convert,
    handling,
    ops,
    registry,
    shared,
    support,
    textcmp,
    unsupported,
)
from runtime.classes import BUILTIN_STORE
from runtime.native import Native
from runtime.process import INTERPROCESS, current
from runtime.values import STAR, UNDEF, Coll, Obj, Pointer

# Values stored into a plain object's property as they are (see access.setp).
DIRECT = frozenset({float, str, bool, Obj, Coll, type(None)})


def base_globals() -> dict:
    g: dict = {"__builtins__": __builtins__}
    g.update({
        "_add": ops.add, "_sub": ops.sub, "_mul": ops.mul, "_div": ops.div, "_idiv": ops.idiv,
        "_mod": ops.mod, "_pow": ops.power, "_eq": ops.eq, "_ne": ops.ne, "_lt": ops.lt,
        "_gt": ops.gt, "_le": ops.le, "_ge": ops.ge, "_band": ops.band, "_bor": ops.bor,
        "_bxor": ops.bxor, "_shl": ops.shl, "_shr": ops.shr, "_bitset": ops.bitset,
        "_bitclr": ops.bitclr, "_bittest": ops.bittest, "_neg": ops.neg, "_truthy": ops.truthy,
        "_cond": ops.cond, "_teq": textcmp.equal,
        "_get": access.get, "_setp": access.setp, "_index": access.index,
        "_get_var": access.get_var, "_index_var": access.index_var,
        "_set_index": access.set_index, "_callm": access.callm, "_meth": access.meth, "_char_at": access.char_at,
        "_length": access.length, "_set_char": support.set_char, "_as_key": support.as_key,
        "_deref": support.deref, "_deref_set": support.deref_set, "_Pointer": Pointer,
        "_ptr_procvar": support.ptr_procvar,
        "_aget": arrays.aget, "_aset": arrays.aset, "_acur": arrays.current, "_aassign": arrays.assign,
        "_aassign_in": arrays.assign_in, "_aptr": array_pointers.elem_pointer,
        "_aptr_in": array_pointers.elem_pointer_in, "_aelem_type": arrays.element_type,
        "_ASC": arrays.ASCENDING, "_DESC": arrays.DESCENDING,
        "_mkobj": support.mkobj, "_mkobj_plain": support.mkobj_plain,
        "_mkobj_command": support.mkobj_command, "_mkcoll": support.mkcoll,
        "_UNDEF": UNDEF, "_Obj": Obj, "_Native": Native,
        "_DIRECT": DIRECT, "_NUMS": frozenset({float, int}), "_NOPM": {}, "_STAR": STAR,
        "_B4D": BUILTIN_STORE, "_IPV": INTERPROCESS, "_PROC": current,
        "_on_error": handling.on_error, "_try_enter": handling.try_enter,
        "_try_leave": handling.try_leave, "_try_caught": handling.try_caught,
        "_try_expr": handling.try_expr, "_deferred_mark": handling.deferred_mark,
        "_raise_deferred": handling.raise_deferred,
        "_raise": support.raise_error, "_arg": support.arg, "_set_arg": support.set_arg,
        "_copy_params": support.copy_params, "_legacy_param": support.legacy_param,
        "_param": support.param, "_default": support.default,
        "_for_range": support.for_range, "_for_after": support.for_after,
        "_for_done": support.for_done, "_foreach_items": support.foreach_items,
        "_use": shared.use, "_end_use": shared.end_use,
        "_formula": support.formula, "_method_formula": support.method_formula,
        "_assert": support.assert_, "_assert_on": support.assert_on,
        "_super_ctor": support.super_ctor, "_super_once": support.super_once,
        "_super_check": support.super_check, "_super_call": support.super_call,
        "_this_before_super": support.this_before_super,
        "_nosup": unsupported.not_supported, "_table": unsupported.table, "_field": unsupported.field,
        "_set_field": unsupported.set_field, "_sql": unsupported.sql_block,
        "_field_ptr": unsupported.field_pointer, "_table_ptr": unsupported.table_pointer,
        "_criterion": unsupported.criterion,
    })
    for type_name, (conv, _default) in convert.TYPES.items():
        g["_as_" + type_name] = conv
    g["_as_int"] = convert.as_int
    for spec in registry.COMMANDS.values():
        g[spec.pyname] = spec.fn
    for name, (fn, _lo, _hi) in access.COLLECTION_RAW.items():
        g["_CR_" + name] = fn
    g["_Coll"] = Coll
    return g


def bind_commands(g: dict, code) -> None:
    """Bind the commands `code` calls (globals C_...) that `g` lacks: their modules load on first use."""
    stack = [code]
    while stack:
        co = stack.pop()
        for name in co.co_names:
            if name.startswith("C_") and name not in g:
                spec = registry.command_for_pyname(name)
                if spec is not None:
                    g[name] = spec.fn
        stack.extend(c for c in co.co_consts if isinstance(c, type(code)))
