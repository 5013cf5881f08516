"""The fast path's rule callbacks: Lark's child filters unrolled, inlined rules kept as lists.

Stage: part of the parser's fast path (fastparse.Tables calls `direct_callbacks` once).
Lark wraps a rule's callback in layers made for any grammar: a ChildFilter picks the kept
children and splices in those of inlined `_rule`s, which Lark first builds as Tree objects
(through Transformer.__default__) only for their parent to take their children. Decided
once from those very layers, the callbacks here do the same work directly:

- an inlined rule (`_item`, `__block_star_5`...) that the builder does not handle gives
  its list of children itself, not a Tree around it; its parents splice that list;
- a child filter becomes a function written for its rule (`f([ch[0], ch[2]])`), where
  Lark loops over (index, expand) pairs on every call.

The builder gets the same children lists in the same order, so the same nodes.
Callbacks of any other shape are kept as Lark made them.
"""

from __future__ import annotations

from functools import partial

from interpreter.compiler.larkpkg import ChildFilterLALR_NoPlaceholders, Transformer


def _is_default(f, rule, transformer) -> bool:
    """Is `f` Lark's default callback of `rule` (a Tree made by Transformer.__default__)?"""
    name = rule.alias or rule.options.template_source or rule.origin.name
    return (isinstance(f, partial) and f.args == (name,) and not f.keywords
            and not hasattr(transformer, name)
            and type(transformer).__default__ is Transformer.__default__)


def _layers(callback):
    """(to_include, the callback inside) of a child filter; (None, callback) otherwise."""
    if type(callback) is ChildFilterLALR_NoPlaceholders:
        return callback.to_include, callback.node_builder
    return None, callback


def direct_callbacks(rules: list, callbacks: dict, transformer, starts=()) -> list:
    """For each of `rules` (Lark Rule objects, in the fast path's order), the callback the
    fast path calls: None where the value is the children list itself."""
    # Inlined rules whose every alternative would be a default Tree: their values become lists
    # (not a start rule's: the parse returns its value as it is).
    as_list: dict[str, bool] = {}
    for rule, callback in callbacks.items():
        origin = rule.origin.name
        if origin.startswith("_") and origin not in starts:
            inner = _layers(callback)[1]
            as_list[origin] = as_list.get(origin, True) and _is_default(inner, rule, transformer)
    listed = {name for name, ok in as_list.items() if ok}
    out: list = []
    sources: list[str] = []  # the functions to write, all compiled at once (start-up time)
    env: dict = {}
    for rule in rules:
        to_include, inner = _layers(callbacks[rule])
        is_list = rule.origin.name in listed
        if to_include is None:
            out.append(None if is_list else inner)
        else:
            name = f"rule{len(out)}"
            env[f"{name}_builder"] = None if is_list else inner
            sources.append(_unrolled(name, to_include, rule.expansion, listed, not is_list))
            out.append(name)
    exec("".join(sources), env)  # noqa: S102  (source written by _unrolled from index numbers only)
    return [env[c] if isinstance(c, str) else c for c in out]


def _unrolled(name: str, to_include, expansion, listed: set, build: bool) -> str:
    """ChildFilterLALR_NoPlaceholders's loop written out for one rule: the source of function
    `name` (which then calls `{name}_builder` if `build`)."""
    body = []
    plain: list[str] = []  # kept children not yet added
    started = False
    for i, expand in to_include:
        if not expand:
            plain.append(f"ch[{i}]")
            continue
        # An inlined child: its list (or, kept as Lark makes it, its Tree's children).
        spliced = f"ch[{i}]" if expansion[i].name in listed else f"ch[{i}].children"
        if not started and not plain:
            body.append(f"out = {spliced}")  # as Lark does: the first list is taken, not copied
        else:
            if not started:
                body.append(f"out = [{', '.join(plain)}]")
            elif plain:
                body.append(_added(plain))
            body.append(f"out += {spliced}")
        started = True
        plain = []
    if not started:
        result = f"[{', '.join(plain)}]"
    else:
        if plain:
            body.append(_added(plain))
        result = "out"
    body.append(f"return {name}_builder({result})" if build else f"return {result}")
    return f"def {name}(ch):\n" + "".join(f"    {line}\n" for line in body)


def _added(plain: list[str]) -> str:
    return f"out.append({plain[0]})" if len(plain) == 1 else f"out += ({', '.join(plain)})"
