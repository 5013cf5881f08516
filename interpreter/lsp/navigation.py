"""Navigation: go to definition, find references, document and workspace symbols.

Stage: editor support, over the workspace's symbols (symbols.py). Project
methods and classes are found by name (a method's definition is its file, a
class's its file in Classes/); class functions and properties through the
type of the expression before the dot (inference.py). References to a member
count the uses whose receiver is of that class, one of its subclasses, or
of a type nothing can tell (4D objects are dynamic: `$o.hello()` may well
reach it); uses on another known class are left out.
"""

from __future__ import annotations

from lsprotocol import types as lsp
from pygls.uris import from_fs_path

from interpreter.compiler import nodes as n
from interpreter.lsp.context import file_view, target_at, types_at
from interpreter.lsp.incremental import all_nodes
from interpreter.lsp.inference import Types, scope_at
from interpreter.lsp.positions import Cursor, to_utf16
from interpreter.lsp.symbols import FileSymbols
from runtime.registry import key


def _loc(ws, path: str, line: int, col: int, length: int) -> lsp.Location:
    """A location; columns are converted to UTF-16 from the text when the file is open."""
    st = ws.files.get(path)
    text = st.text if st is not None and st.text is not None else None
    start, end = col - 1, col - 1 + length
    if text is not None:
        lines = text.split("\n")
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        start, end = to_utf16(src, start), to_utf16(src, end)
    ln = max(line - 1, 0)
    return lsp.Location(uri=from_fs_path(path), range=lsp.Range(lsp.Position(ln, max(start, 0)),
                                                                 lsp.Position(ln, max(end, 0))))


def definition(ws, path: str, position: lsp.Position) -> list[lsp.Location] | None:
    cur = Cursor.at(ws.text(path), position)
    t = target_at(ws, path, cur)
    if t is None:
        return None
    if t.kind == "method":
        st = ws.method_file(t.name)
        return [_loc(ws, st.path, 1, 1, 0)] if st else None
    if t.kind == "class":
        st = ws.class_file(t.name)
        return [_loc(ws, st.path, 1, 1, 0)] if st else None
    if t.kind == "this":
        st = ws.state(path)
        return [_loc(ws, path, 1, 1, 0)] if st.is_class else None
    if t.kind == "member":
        if t.member is not None and t.member.kind == "class" and t.member.detail == "class":
            st = ws.class_file(t.name)
            return [_loc(ws, st.path, 1, 1, 0)] if st else None
        if t.member is not None and t.member.owner is not None:
            return [_member_loc(ws, t.member.owner, t.name)]
        if t.receiver is None:  # unknown receiver: every class member of that name
            out = []
            for name in ws.classes():
                fs = ws.class_symbols(name)
                if fs is not None and (fs.function(t.name) or t.name in fs.properties):
                    out.append(_member_loc(ws, fs, t.name))
            return out or None
        return None
    if t.kind == "local":
        types = types_at(ws, path, cur.line)
        v = types.scope.locals.get(t.name.lower())
        return [_loc(ws, path, v.line, v.col, len(v.name) + 1)] if v and v.line else None
    return None


def _member_loc(ws, fs: FileSymbols, name: str) -> lsp.Location:
    sig = fs.function(name) or fs.functions.get("set " + name)
    if sig is not None:
        return _loc(ws, fs.path, sig.line, sig.col, len(sig.name))
    prop = fs.properties[name]
    return _loc(ws, fs.path, prop.line, prop.col, len(prop.name))


# ---------------------------------------------------------------------- references


def references(ws, path: str, position: lsp.Position, include_declaration: bool = True) -> list[lsp.Location]:
    cur = Cursor.at(ws.text(path), position)
    t = target_at(ws, path, cur)
    if t is None:
        return []
    out: list[lsp.Location] = []
    if t.kind == "method":
        k = key(t.name)
        st = ws.method_file(t.name)
        if include_declaration and st is not None:
            out.append(_loc(ws, st.path, 1, 1, 0))
        for fs in _all_symbols(ws):
            out += [_loc(ws, fs.path, line, col, len(name)) for kind, name, line, col in fs.uses
                    if kind == "name" and key(name) == k]
        return out
    if t.kind == "class":
        st = ws.class_file(t.name)
        if include_declaration and st is not None:
            out.append(_loc(ws, st.path, 1, 1, 0))
        for fs in _all_symbols(ws):
            out += [_loc(ws, fs.path, line, col, len(name)) for kind, name, line, col in fs.uses
                    if kind == "class" and name == t.name]
        return out
    if t.kind == "member" and t.member is not None and t.member.owner is not None:
        owner = t.member.owner
        if include_declaration:
            out.append(_member_loc(ws, owner, t.name))
        for fs in _all_symbols(ws):
            if any(kind == "member" and name == t.name for kind, name, _l, _c in fs.uses):
                out += _member_uses(ws, fs, t.name, owner.name)
        return out
    if t.kind == "local":
        return _local_uses(ws, path, cur, t.name)
    return out


def _all_symbols(ws) -> list[FileSymbols]:
    out = []
    for st in list(ws.files.values()):
        if st.is_open:
            parsed, symbols = file_view(ws, st.path)
            out.append(symbols)
        elif st.symbols is not None:
            out.append(st.symbols)
    return out


def _member_uses(ws, fs: FileSymbols, name: str, owner: str) -> list[lsp.Location]:
    parsed = ws.parse_any(fs.path)
    out = []
    scopes: dict[int, Types] = {}
    for x in all_nodes(parsed.items):
        if type(x) not in (n.Member, n.MemberCall) or x.name != name:
            continue
        types = scopes.get(x.line)
        if types is None:
            types = scopes[x.line] = Types(ws, scope_at(parsed, fs, x.line), x.line)
        t = types.of(x.obj)
        if t is not None:
            if t.kind != "instance" or not t.name.startswith("cs."):
                continue
            if owner not in [c.name for c in ws.class_chain(t.name[3:])]:
                continue
        out.append(_loc(ws, fs.path, x.line, x.col, len(name)))
    return out


def _local_uses(ws, path: str, cur: Cursor, name: str) -> list[lsp.Location]:
    types = types_at(ws, path, cur.line)
    fn = types.scope.function
    parsed, _symbols = file_view(ws, path)
    lo = fn.line if fn is not None and fn.kind != "method" else 1
    hi = fn.end_line if fn is not None and fn.end_line else 10**9
    low = name.lower()
    out = []
    for x in all_nodes(parsed.items):
        if isinstance(x, (n.Local, n.Param)) and x.name.lower() == low and lo <= x.line <= hi:
            out.append(_loc(ws, path, x.line, x.col, len(x.name) + 1))
    return out


# ---------------------------------------------------------------------- symbols


def document_symbols(ws, path: str) -> list[lsp.DocumentSymbol]:
    parsed, fs = file_view(ws, path)
    lines = parsed.text.split("\n")
    whole = lsp.Range(lsp.Position(0, 0), lsp.Position(max(len(lines) - 1, 0), len(lines[-1]) if lines else 0))
    top = lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0))
    if not fs.is_class:
        sig = fs.method
        return [lsp.DocumentSymbol(name=fs.name, kind=lsp.SymbolKind.Function, range=whole, selection_range=top,
                                   detail=sig.label(fs.name) if sig else None)]
    children: list[lsp.DocumentSymbol] = []
    for p in fs.properties.values():
        rng = _range(lines, p.line, p.col, len(p.name))
        children.append(lsp.DocumentSymbol(name=p.name, kind=lsp.SymbolKind.Property, range=rng,
                                           selection_range=rng, detail=p.type or None))
    for sig in fs.members():
        sel = _range(lines, sig.line, sig.col, len(sig.name) if sig.kind != "constructor" else 17)
        end = sig.end_line or sig.line
        last = len(lines[end - 1]) if end <= len(lines) else 0
        rng = lsp.Range(lsp.Position(sig.line - 1, 0), lsp.Position(end - 1, last))
        kind = {"constructor": lsp.SymbolKind.Constructor, "get": lsp.SymbolKind.Property,
                "set": lsp.SymbolKind.Property}.get(sig.kind, lsp.SymbolKind.Method)
        name = sig.name if sig.kind in ("function", "constructor") else f"{sig.kind} {sig.name}"
        children.append(lsp.DocumentSymbol(name=name, kind=kind, range=rng, selection_range=sel,
                                           detail=sig.label()))
    children.sort(key=lambda s: (s.range.start.line, s.range.start.character))
    detail = f"extends {fs.parent}" if fs.parent else None
    return [lsp.DocumentSymbol(name=fs.name, kind=lsp.SymbolKind.Class, range=whole, selection_range=top,
                               detail=detail, children=children)]


def _range(lines: list[str], line: int, col: int, length: int) -> lsp.Range:
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    ln = max(line - 1, 0)
    return lsp.Range(lsp.Position(ln, to_utf16(src, col - 1)), lsp.Position(ln, to_utf16(src, col - 1 + length)))


def workspace_symbols(ws, query: str) -> list[lsp.WorkspaceSymbol]:
    q = query.lower()
    out: list[lsp.WorkspaceSymbol] = []

    def add(name: str, kind, path: str, line: int, col: int, length: int, container: str | None = None) -> None:
        if q in name.lower():
            out.append(lsp.WorkspaceSymbol(name=name, kind=kind, location=_loc(ws, path, line, col, length),
                                           container_name=container))

    for st in list(ws.files.values()):
        fs = st.symbols
        if fs is None or not st.declared:
            continue
        if not fs.is_class:
            add(fs.name, lsp.SymbolKind.Function, fs.path, 1, 1, 0)
            continue
        add(fs.name, lsp.SymbolKind.Class, fs.path, 1, 1, 0)
        for sig in fs.functions.values():
            add(sig.name, lsp.SymbolKind.Method, fs.path, sig.line, sig.col, len(sig.name), fs.name)
        for p in fs.properties.values():
            add(p.name, lsp.SymbolKind.Property, fs.path, p.line, p.col, len(p.name), fs.name)
        if len(out) > 2000:
            break
    return out
