"""Builder: Lark parse tree -> AST (nodes.py) for one file.

Stage: right after parsing. It decodes literals, drops punctuation and groups
a class file's flat list of members and statements into functions. It does
not resolve names or check types (checker.py does).
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.larkpkg import Token, Transformer, Tree
from runtime import catalog
from runtime.errors import CompileError
from runtime.values import Date4D, Time4D

_PUNCT = {
    "LPAR", "RPAR", "LSQB", "RSQB", "LBRACE", "RBRACE", "SEMI", "COMMA", "COLON",
    "DOT", "ASSIGN", "QMARK", "DOLLAR_BRACE", "ARROW", "_NL",
}
_KEYWORDS = {
    "IF", "ELSE", "END_IF", "CASE_OF", "END_CASE", "WHILE", "END_WHILE", "REPEAT",
    "UNTIL", "FOR", "END_FOR", "FOR_EACH", "END_FOR_EACH", "USE", "END_USE", "TRY",
    "CATCH", "END_TRY", "RETURN", "VAR", "PROPERTY", "FUNCTION", "DECLARE",
    "CLASS_CONSTRUCTOR", "CLASS_EXTENDS", "BREAK", "CONTINUE", "ALIAS",
}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}


_LEGACY_OF_TYPE = {
    "text": "C_TEXT", "integer": "C_LONGINT", "longint": "C_LONGINT", "real": "C_REAL",
    "boolean": "C_BOOLEAN", "date": "C_DATE", "time": "C_TIME", "object": "C_OBJECT",
    "collection": "C_COLLECTION", "pointer": "C_POINTER", "picture": "C_PICTURE", "blob": "C_BLOB",
    "variant": "C_VARIANT",
}
# Operator tiers, loosest first: logical, comparison, arithmetic (4D evaluates each tier left to right).
_TIER_TOKENS = (("AMP", "PIPE", "AND2", "OR2", "XOR"), ("EQ", "NE", "LT", "GT", "LE", "GE"),
                ("PLUS", "MINUS", "STAR", "SLASH", "BACKSLASH", "PERCENT", "CARET", "SHL", "SHR", "BITSET",
                 "BITCLR", "BITTEST"))
TIERS = {tok: tier for tier, toks in enumerate(_TIER_TOKENS) for tok in toks}
_OPERATORS = {"AMP": "&", "PIPE": "|", "AND2": "&&", "OR2": "||", "XOR": "^|", "EQ": "=", "NE": "#", "LT": "<",
              "GT": ">", "LE": "<=", "GE": ">=", "PLUS": "+", "MINUS": "-", "STAR": "*", "SLASH": "/",
              "BACKSLASH": "\\", "PERCENT": "%", "CARET": "^", "SHL": "<<", "SHR": ">>", "BITSET": "?+",
              "BITCLR": "?-", "BITTEST": "??"}
TIERS_BY_OP = {_OPERATORS[tok]: tier for tok, tier in TIERS.items()}
_ACCESSOR_KINDS = {"GET": "get", "SET": "set", "QUERY_KW": "query", "ORDERBY": "orderBy"}


def _canonical(name: str, tag: str) -> str:
    """A `:Cnnn` token names its command whatever the spelling (older or localized names)."""
    if tag[:1] == "C":
        entry = catalog.by_number(int(tag[1:]))
        if entry is not None:
            return entry.name
    return name


def _pos(meta) -> tuple[int, int]:
    return getattr(meta, "line", 0), getattr(meta, "column", 0)


def _tpos(tok: Token) -> tuple[int, int]:
    return tok.line, tok.column


def _bare(method):
    """A rule method that needs no Span: it returns no node, or positions its node itself
    (with `_place`, the same offsets the Span would give). Called with the children only."""
    method.bare = True
    return method


def _place(node, children):
    """Give `node` the source offsets of `children` (what _with_span does, without a Span)."""
    c = children[0]
    if isinstance(c, Token) and c.line is not None:
        start = c.start_pos
    elif isinstance(c, n.Node) and c.line:
        start = c.src_start
    else:
        return _place_slow(node, children)
    c = children[-1]
    if isinstance(c, Token) and c.end_pos is not None:
        end = c.end_pos
    elif isinstance(c, n.Node) and c.src_end:
        end = c.src_end
    else:
        return _place_slow(node, children)
    node.src_start = start
    node.src_end = end
    return node


def _place_slow(node, children):
    span = Span(children)
    if not span.empty:
        node.src_start, node.src_end = span.start_pos, span.end_pos
    return node


def _first_pos(children) -> tuple[int, int]:
    """The (line, column) a Span of `children` gives."""
    c = children[0]
    if isinstance(c, Token) and c.line is not None:
        return c.line, c.column
    if isinstance(c, n.Node) and c.line:
        return c.line, c.col
    span = Span(children)
    return span.line, span.column


def _keep(children):
    """Children without punctuation and keywords."""
    out = []
    for c in children:
        if isinstance(c, Token) and (c.type in _PUNCT or c.type in _KEYWORDS):
            continue
        out.append(c)
    return out


def decode_text(raw: str) -> str:
    """Decode a 4D text literal (with its quotes)."""
    body = raw[1:-1]
    if "\\" not in body:
        return body
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            rep = _ESCAPES.get(nxt.lower() if nxt.isalpha() else nxt)
            # Unknown escapes keep both characters (4D documents no others).
            out.append(rep if rep is not None else ch + nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def decode_date(raw: str, line: int, col: int, path: str) -> Date4D:
    parts = raw.strip("!").replace("/", "-").replace(".", "-").split("-")
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4 or a > 31:
        y, m, d = a, b, c  # ISO: !2024-01-31!
    else:
        # Legacy US order !12/04/98!; two-digit years pivot at 30.
        m, d, y = a, b, c
        if len(parts[2]) <= 2 and not (a == b == c == 0):
            y += 1900 if y >= 30 else 2000
    if (y, m, d) == (0, 0, 0) or (y < 100 and m == 0 and d == 0):
        return Date4D.NULL
    try:
        return Date4D(y, m, d)
    except ValueError:
        raise CompileError(f"Invalid date literal {raw}", path, line, col) from None


def decode_time(raw: str) -> Time4D:
    parts = [int(p) for p in raw.strip("?").split(":")]
    h, m = parts[0], parts[1]
    s = parts[2] if len(parts) > 2 else 0
    return Time4D(h * 3600 + m * 60 + s)


class Builder(Transformer):
    """Turns one parse tree into statements and class members."""

    def __init__(self, path: str) -> None:
        super().__init__(visit_tokens=False)
        self.path = path
        self._open: set[int] = set()  # ids of Binary nodes whose chain an operator may extend

    def start_file(self, path: str) -> None:
        self.path = path
        self._open = set()

    # ------------------------------------------------------------ literals

    @_bare
    def text(self, ch):
        tok = ch[0]
        return n.Literal(tok.line, tok.column, "text", decode_text(tok.value),
                         src_start=tok.start_pos, src_end=tok.end_pos)

    @_bare
    def number(self, ch):
        tok = ch[0]
        return n.Literal(tok.line, tok.column, "number", float(tok.value),
                         src_start=tok.start_pos, src_end=tok.end_pos)

    def hex(self, meta, ch):
        # Hexadecimal literals are 32-bit Longint constants (0xFFFFFFFF is -1).
        value = int(ch[0].value, 16) & 0xFFFFFFFF
        if value & 0x80000000:
            value -= 0x100000000
        return n.Literal(*_tpos(ch[0]), "number", float(value))

    def date(self, meta, ch):
        tok = ch[0]
        return n.Literal(*_tpos(tok), "date", decode_date(tok.value, tok.line, tok.column, self.path))

    def time(self, meta, ch):
        return n.Literal(*_tpos(ch[0]), "time", decode_time(ch[0].value))

    # ------------------------------------------------------------ atoms

    @_bare
    def local(self, ch):
        tok = ch[0]
        return n.Local(tok.line, tok.column, tok.value[1:], src_start=tok.start_pos, src_end=tok.end_pos)

    def param_indirect(self, meta, ch):
        return n.ParamIndirect(*_pos(meta), _keep(ch)[0])

    def interprocess(self, meta, ch):
        value = ch[0].value  # <>name or ◊name (the Mac spelling)
        return n.Interprocess(*_tpos(ch[0]), value[1:] if value[0] == "\u25ca" else value[2:])

    @_bare
    def name(self, ch):
        tok = ch[0]
        tag = getattr(tok, "tag", "")
        return n.Name(tok.line, tok.column, _canonical(tok.value, tag) if tag else tok.value, tag,
                      src_start=tok.start_pos, src_end=tok.end_pos)

    @_bare
    def call(self, ch):
        tok = ch[0]
        tag = getattr(tok, "tag", "")
        return _place(n.Call(tok.line, tok.column, _canonical(tok.value, tag) if tag else tok.value,
                             self._args(ch), tag), ch)

    def table_ref(self, meta, ch):
        return n.TableRef(*_tpos(ch[0]), ch[0].value)

    def field_ref(self, meta, ch):
        return n.FieldRef(*_tpos(ch[0]), ch[0].value, ch[0].field)

    def conjunction(self, meta, ch):
        return n.Conjunction(*_tpos(ch[0]), ch[0].value, ch[1] if len(ch) > 1 else None)

    def sql_block(self, meta, ch):
        raw = ch[0].value
        first = raw.find("\n")
        last = raw.rfind("\n")
        body = raw[first + 1 : last + 1] if 0 <= first < last else ""
        return n.SqlBlock(*_tpos(ch[0]), body)

    def try_expr(self, meta, ch):
        return n.TryExpr(*_pos(meta), _keep(ch)[0])

    def store_4d(self, meta, ch):
        return n.Store4D(*_tpos(ch[0]))

    @_bare
    def paren(self, ch):
        inner = _keep(ch)[0]
        self._open.discard(id(inner))  # (a + b) * c: the parentheses keep their grouping
        return _place(inner, ch) if isinstance(inner, n.Node) else inner  # the parentheses' offsets

    @_bare
    def object_lit(self, ch):
        return _place(n.ObjectLit(*_first_pos(ch), [c for c in ch if isinstance(c, tuple)]), ch)

    @_bare
    def obj_member(self, ch):
        key_tok = ch[0]
        key = decode_text(key_tok.value) if key_tok.type == "STRING" else key_tok.value
        return (key, _keep(ch[1:])[0])

    @_bare
    def collection_lit(self, ch):
        return _place(n.CollectionLit(*_first_pos(ch), _keep(ch)), ch)

    def star(self, meta, ch):
        return n.Star(*_tpos(ch[0]))

    def sort_order(self, meta, ch):
        return n.SortOrder(*_tpos(ch[0]), ch[0].value)

    def assign_arg(self, meta, ch):
        kept = _keep(ch)
        return n.AssignExpr(*_pos(meta), kept[0], ":=", kept[1])

    def compound_arg(self, meta, ch):
        kept = _keep(ch)
        return n.AssignExpr(*_pos(meta), kept[0], kept[1].value, kept[2])

    @_bare
    def args(self, ch):
        return _keep(ch)

    def _args(self, ch):
        for c in ch:
            if isinstance(c, list):
                return c
        return []

    # ------------------------------------------------------------ postfix

    @_bare
    def member(self, ch):
        kept = _keep(ch)
        return _place(n.Member(kept[1].line, kept[1].column, kept[0], kept[1].value), ch)

    def member_call(self, meta, ch):
        kept = _keep(ch)
        return n.MemberCall(*_tpos(kept[1]), kept[0], kept[1].value, self._args(ch))

    def index(self, meta, ch):
        kept = _keep(ch)
        return n.Index(*_pos(meta), kept[0], kept[1])

    def index_call(self, meta, ch):
        kept = _keep(ch)
        return n.IndexCall(*_pos(meta), kept[0], kept[1], self._args(ch))

    def char_ref(self, meta, ch):
        kept = _keep(ch)
        return n.CharRef(*_pos(meta), kept[0], kept[1])

    def array_elem(self, meta, ch):
        kept = _keep(ch)
        return n.ArrayElem(*_pos(meta), kept[0], kept[1])

    def deref(self, meta, ch):
        return n.Deref(*_pos(meta), _keep(ch)[0])

    def deref_member(self, meta, ch):
        # $p->prop: a property of the object $p points to (dt_pointer.md).
        kept = _keep(ch)
        return n.Member(*_tpos(kept[1]), n.Deref(*_pos(meta), kept[0]), kept[1].value)

    def deref_member_call(self, meta, ch):
        kept = _keep(ch)
        return n.MemberCall(*_tpos(kept[1]), n.Deref(*_pos(meta), kept[0]), kept[1].value, self._args(ch))

    def pointer_to(self, meta, ch):
        return n.PointerTo(*_pos(meta), _keep(ch)[0])

    # ------------------------------------------------------------ operators

    @_bare
    def binop(self, ch):
        """One more operator of a left-to-right chain (grammar rule `binary`), tiers applied.

        The parser reads `a & b = c + d` as (((a & b) = c) + d); an operator of a tighter
        tier than the one at the top of the chain takes that one's right operand instead,
        giving a & (b = (c + d)). Parentheses close a chain (`paren`).
        """
        left, op, right = ch
        tier = TIERS[op.type]
        if type(left) is n.Binary and TIERS_BY_OP[left.op] < tier and id(left) in self._open:
            left.right = self._attach(left.right, op, right, tier)
            return _place(left, ch)
        node = _place(n.Binary(op.line, op.column, op.value, left, right), ch)
        self._open.add(id(node))
        return node

    def _attach(self, left, op, right, tier: int):
        """`left op right` where `left` is the right operand of a looser operator."""
        if type(left) is n.Binary and TIERS_BY_OP[left.op] < tier and id(left) in self._open:
            left.right = self._attach(left.right, op, right, tier)
            left.src_end = right.src_end if right.src_end else left.src_end
            return left
        node = n.Binary(*_tpos(op), op.value, left, right)
        span = Span([left, op, right])
        if not span.empty:
            node.src_start, node.src_end = span.start_pos, span.end_pos
        self._open.add(id(node))
        return node

    def neg(self, meta, ch):
        return n.Unary(*_pos(meta), "-", ch[1])

    def pos(self, meta, ch):
        return n.Unary(*_pos(meta), "+", ch[1])

    def ternary(self, meta, ch):
        cond, then, orelse = _keep(ch)
        return n.Ternary(*_pos(meta), cond, then, orelse)

    # ------------------------------------------------------------ statements

    @_bare
    def block(self, ch):
        return [c for c in ch if isinstance(c, n.Node)]

    @_bare
    def assignment(self, ch):
        kept = _keep(ch)
        node = _place(n.Assign(0, 0, kept[0], kept[1]), ch)
        node.line, node.col = _first_pos(ch)
        return node

    def compound_assignment(self, meta, ch):
        target, op, value = ch
        return n.CompoundAssign(*_pos(meta), target, op.value[0], value)

    @_bare
    def expr_stmt(self, ch):
        node = _place(n.ExprStmt(0, 0, ch[0]), ch)
        node.line, node.col = _first_pos(ch)
        return node

    @_bare
    def var_decl(self, ch):
        kept = _keep(ch)
        names = kept[0]
        type_ref = next((c for c in kept[1:] if isinstance(c, n.TypeRef)), None)
        init = next((c for c in kept[1:] if isinstance(c, n.Expr)), None)
        line, col = _first_pos(ch)
        if type_ref is not None and any(isinstance(x, n.ParamIndirect) for x in names):
            # var ${2} : Text is the declaration C_TEXT(${2}) wrote.
            legacy = _LEGACY_OF_TYPE.get(type_ref.name.lower(), "C_VARIANT")
            return _place(n.ExprStmt(line, col, n.Call(line, col, legacy, names)), ch)
        return _place(n.VarDecl(line, col, names, type_ref, init), ch)

    @_bare
    def var_names(self, ch):
        out = []
        for tok in _keep(ch):
            if isinstance(tok, n.Node):
                out.append(tok)
            elif tok.type == "LOCAL":
                out.append(n.Local(*_tpos(tok), tok.value[1:]))
            elif tok.type == "INTERPROCESS":
                out.append(self.interprocess([tok]))
            else:
                out.append(n.Name(*_tpos(tok), tok.value))
        return out

    def var_params(self, meta, ch):
        # var ${2} : Text types the parameters from the 2nd on (as C_TEXT(${2}) does).
        num = next(t for t in ch if isinstance(t, Token) and t.type == "NUMBER")
        line, col = _tpos(ch[0])
        return n.ParamIndirect(line, col, n.Literal(*_tpos(num), "number", float(num.value)))

    def declare(self, meta, ch):
        params = next((c for c in ch if isinstance(c, list)), [])
        result = next((c for c in ch if isinstance(c, n.Param)), None)
        return n.Declare(*_pos(meta), params, result)

    @_bare
    def if_stmt(self, ch):
        kept = _keep(ch)
        cond, body = kept[0], kept[1]
        orelse = kept[2] if len(kept) > 2 else None
        return _place(n.If(*_first_pos(ch), cond, body, orelse), ch)

    @_bare
    def case_stmt(self, ch):
        kept = _keep(ch)
        branches = [c for c in kept if isinstance(c, tuple)]
        orelse = next((c for c in kept if isinstance(c, list)), None)
        return _place(n.Case(*_first_pos(ch), branches, orelse), ch)

    @_bare
    def case_branch(self, ch):
        kept = _keep(ch)
        return (kept[0], kept[1])

    @_bare
    def while_stmt(self, ch):
        kept = _keep(ch)
        return _place(n.While(*_first_pos(ch), kept[0], kept[1]), ch)

    def repeat_stmt(self, meta, ch):
        kept = _keep(ch)
        return n.Repeat(*_pos(meta), kept[0], kept[1])

    @_bare
    def for_stmt(self, ch):
        kept = _keep(ch)
        body = kept[-1]
        exprs = kept[:-1]
        step = exprs[3] if len(exprs) > 3 else None
        return _place(n.For(*_first_pos(ch), exprs[0], exprs[1], exprs[2], step, body), ch)

    @_bare
    def foreach_stmt(self, ch):
        kept = _keep(ch)
        body = kept[-1]
        conds = [c for c in kept if isinstance(c, tuple)]
        exprs = [c for c in kept[:-1] if isinstance(c, n.Expr)]
        until = next((c[1] for c in conds if c[0] == "until"), None)
        while_ = next((c[1] for c in conds if c[0] == "while"), None)
        begin = exprs[2] if len(exprs) > 2 else None
        end = exprs[3] if len(exprs) > 3 else None
        return _place(n.ForEach(*_first_pos(ch), exprs[0], exprs[1], begin, end, until, while_, body), ch)

    def until_cond(self, meta, ch):
        return ("until", _keep(ch)[0])

    def while_cond(self, meta, ch):
        return ("while", _keep(ch)[0])

    def use_stmt(self, meta, ch):
        kept = _keep(ch)
        return n.Use(*_pos(meta), kept[0], kept[1])

    def try_stmt(self, meta, ch):
        kept = _keep(ch)
        return n.Try(*_pos(meta), kept[0], kept[1] if len(kept) > 1 else None)

    def return_stmt(self, meta, ch):
        kept = _keep(ch)
        return n.Return(*_pos(meta), kept[0] if kept else None)

    def break_stmt(self, meta, ch):
        return n.Break(*_pos(meta))

    def continue_stmt(self, meta, ch):
        return n.Continue(*_pos(meta))

    # ------------------------------------------------------------ class members

    @_bare
    def simple_type(self, ch):
        return _place(n.TypeRef(*_tpos(ch[0]), ch[0].value), ch)

    def type_ref(self, meta, ch):
        return ch[0]

    def class_ref(self, meta, ch):
        words = [t.value for t in ch if t.type in ("NAME", "FOURD")]
        if words[0].upper().startswith("4D"):
            words[0] = "4D"
        return n.TypeRef(*_tpos(ch[0]), ".".join(words))

    def param(self, meta, ch):
        tok = ch[0]
        type_ref = next((c for c in ch if isinstance(c, n.TypeRef)), None)
        return n.Param(*_tpos(tok), tok.value[1:], type_ref)

    def variadic_param(self, meta, ch):
        type_ref = next((c for c in ch if isinstance(c, n.TypeRef)), None)
        return n.Param(*_tpos(ch[0]), "...", type_ref, True)

    def params(self, meta, ch):
        return [c for c in ch if isinstance(c, n.Param)]

    def return_decl(self, meta, ch):
        tok = next(c for c in ch if isinstance(c, Token) and c.type == "LOCAL")
        type_ref = next((c for c in ch if isinstance(c, n.TypeRef)), None)
        return n.Param(*_tpos(tok), tok.value[1:], type_ref)

    def return_type(self, meta, ch):
        type_ref = next(c for c in ch if isinstance(c, n.TypeRef))
        return n.Param(type_ref.line, type_ref.col, "", type_ref)

    def modifiers(self, meta, ch):
        return tuple(t.value.lower() for t in ch)

    def accessor(self, meta, ch):
        return ("accessor", _ACCESSOR_KINDS[ch[0].type])

    def alias_def(self, meta, ch):
        mods = ch[0]
        words = [t for t in ch[1:] if isinstance(t, Token) and t.type == "NAME"]
        return n.AliasDef(*_tpos(words[0]), words[0].value, [t.value for t in words[1:]], mods)

    def class_extends(self, meta, ch):
        parent = ch[1]
        if isinstance(parent, Token):
            parent = n.TypeRef(*_tpos(parent), parent.value)
        return n.ClassExtends(*_pos(meta), parent)

    def ctor_def(self, meta, ch):
        params = next((c for c in ch if isinstance(c, list)), [])
        return n.FunctionDef(*_pos(meta), "constructor", "constructor", params, None, [], ch[0])

    def func_def(self, meta, ch):
        mods = ch[0]
        kind = "function"
        name_tok = None
        params: list = []
        result = None
        for c in ch[1:]:
            if isinstance(c, tuple) and c and c[0] == "accessor":
                kind = c[1]
            elif isinstance(c, Token) and c.type == "NAME":
                name_tok = c
            elif isinstance(c, list):
                params = c
            elif isinstance(c, n.Param):
                result = c
        line, col = _tpos(name_tok)
        name = name_tok.value
        if kind == "function" and name[:6].lower() == "event " and name[6:].strip():
            # `Function event touched name(...)`: the lexer keeps the words as one name;
            # an ORDA entity event, its kind and attribute checked in units._make_class.
            kind, name = "event", " ".join(name.split()[1:])
        return n.FunctionDef(line, col, kind, name, params, result, [], mods)

    def property_decl(self, meta, ch):
        kept = _keep(ch)
        names = kept[0]
        type_ref = next((c for c in kept[1:] if isinstance(c, n.TypeRef)), None)
        init = next((c for c in kept[1:] if isinstance(c, n.Expr)), None)
        return n.PropertyDecl(*_pos(meta), names, type_ref, init)

    def prop_names(self, meta, ch):
        return [t.value for t in ch if isinstance(t, Token) and t.type == "NAME"]

    @_bare
    def start(self, ch):
        return [c for c in ch if isinstance(c, n.Node)]


class Span:
    """Where a rule's text lies, computed from its children (Lark's meta is slow)."""

    __slots__ = ("line", "column", "start_pos", "end_pos", "empty")

    def __init__(self, children) -> None:
        self.empty = True
        self.line = self.column = self.start_pos = self.end_pos = 0
        if not children:
            return
        # Fast paths for the usual first and last children (a token, a positioned node).
        c = children[0]
        if isinstance(c, Token) and c.line is not None:
            self.line, self.column, self.start_pos, self.empty = c.line, c.column, c.start_pos, False
        elif isinstance(c, n.Node) and c.line:
            self.line, self.column, self.start_pos, self.empty = c.line, c.col, c.src_start, False
        else:
            for c in children:
                if self._take_first(c):
                    break
        c = children[-1]
        if isinstance(c, Token) and c.end_pos is not None:
            self.end_pos = c.end_pos
        elif isinstance(c, n.Node) and c.src_end:
            self.end_pos = c.src_end
        else:
            for c in reversed(children):
                if self._take_last(c):
                    break

    def _take_first(self, c) -> bool:
        if isinstance(c, Token) and c.line is not None:
            self.line, self.column, self.start_pos, self.empty = c.line, c.column, c.start_pos, False
            return True
        if isinstance(c, n.Node) and c.line:
            self.line, self.column, self.start_pos, self.empty = c.line, c.col, c.src_start, False
            return True
        if isinstance(c, (list, tuple)) and c:
            return any(self._take_first(x) for x in c)
        return False

    def _take_last(self, c) -> bool:
        if isinstance(c, Token) and c.end_pos is not None:
            self.end_pos = c.end_pos
            return True
        if isinstance(c, n.Node) and c.src_end:
            self.end_pos = c.src_end
            return True
        if isinstance(c, (list, tuple)) and c:
            return any(self._take_last(x) for x in reversed(c))
        return False


def _with_span(method):
    """Wrap a rule method: give it a Span, and the node it returns its offsets."""

    if getattr(method, "bare", False):
        return method

    def wrapper(self, children):
        meta = Span(children)
        result = method(self, meta, children)
        if isinstance(result, n.Node) and not meta.empty:
            result.src_start = meta.start_pos
            result.src_end = meta.end_pos
        return result

    wrapper.__name__ = method.__name__
    return wrapper


for _name, _method in list(vars(Builder).items()):
    if not _name.startswith("_") and callable(_method) and _name not in ("transform", "start_file"):
        setattr(Builder, _name, _with_span(_method))


def build_items(tree: Tree, path: str) -> list[n.Node]:
    """Return the top-level items of a parsed tree, in source order."""
    return Builder(path).transform(tree)
