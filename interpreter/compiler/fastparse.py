"""Fast path of the parser: Lark's own tables and callbacks, driven by a tighter loop.

Stage: the front of the pipeline (parser.py calls it first). The grammar stays Lark's LALR
grammar: the tables, the terminals' regular expression and the builder callbacks are the
ones Lark made from grammar/4d.lark (`get_parser()`); what changes is the loop around them:

- one scanner loop reads Lark's terminals and does the postlexer's common work in place
  (one-word runs typed as keywords, NAME or NUMBER, `$x` after a dot, blank lines), making
  each token once; runs of several words still go through `PostLexer._split`, and `[`
  where a table name may start through the same `_tables` pass as Lark's route; blanks
  and one-character tokens are read without a regular expression (see Scanner);
- the LALR loop reads the tables with the actions decoded once (shift: a state; reduce: a
  rule number with its size, callback and target) instead of Lark's per-token tuples and
  Rule objects as keys; the callbacks are Lark's with its generic layers (child filters,
  Trees of inlined rules) written out per rule (fastrules.py).

It knows no error handling: on a character no terminal matches or a token the table does
not expect, it raises `Fallback`, and parser.py parses the file again along Lark's own
route, which gives the errors (and their positions, expected tokens...) exactly as before.
The two routes make the same tokens and call the same callbacks in the same order
(tests/test_fastparse.py compares them).
"""

from __future__ import annotations

import re
from importlib import import_module
from re import _constants as C
from re import _parser as sre_parse

from interpreter.compiler.larkpkg import Token
from interpreter.compiler.lexer import _VALUE_END, KEYWORDS, _keyword_at, _match_table


class Fallback(Exception):
    """The fast path cannot go on: parse along Lark's route (it reports the error)."""


class FastToken(Token):
    """A Lark Token made without Lark's constructor (same attributes; `tag` and `field` empty,
    read from the class: two stores less per token)."""

    __slots__ = ()
    tag = ""
    field = ""


class TaggedFastToken(FastToken):
    """A FastToken of a word with an editor token (`tag` "C41", "K2:1"...)."""

    __slots__ = ("tag",)


_new_str = str.__new__


_ICASE = int(re.IGNORECASE)  # an int: `flags & re.IGNORECASE` goes through the enum's slow __and__
_CATEGORIES = {C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_DIGIT: re.compile(r"\d"),
               C.CATEGORY_SPACE: re.compile(r"\s")}
_NOT_CATEGORIES = {C.CATEGORY_NOT_WORD: C.CATEGORY_WORD, C.CATEGORY_NOT_DIGIT: C.CATEGORY_DIGIT,
                   C.CATEGORY_NOT_SPACE: C.CATEGORY_SPACE}


def _in_set(items, ch: str, icase: bool) -> bool | None:
    """Does the character set `items` (sre IN) hold `ch`? None when unsure."""
    negate = False
    found = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            found |= _same(chr(av), ch, icase)
        elif op is C.RANGE:
            found |= any(av[0] <= ord(c) <= av[1] for c in _cases(ch, icase))
        elif op is C.CATEGORY:
            if av in _CATEGORIES:
                found |= _CATEGORIES[av].match(ch) is not None
            elif av in _NOT_CATEGORIES:
                found |= _CATEGORIES[_NOT_CATEGORIES[av]].match(ch) is None
            else:
                return None
        else:
            return None
    return found != negate


def _cases(ch: str, icase: bool) -> set[str]:
    return {ch, ch.lower(), ch.upper(), ch.casefold()} if icase else {ch}


def _same(a: str, ch: str, icase: bool) -> bool:
    return a == ch or (icase and bool(_cases(a, True) & _cases(ch, True)))


def may_start(items, ch: str, icase: bool = False) -> bool:
    """Can the parsed pattern `items` (a sequence of sre items) match a text starting with `ch`?

    Conservative: True whenever it cannot tell (an item it does not know, an empty match).
    """
    for op, av in items:
        if op is C.LITERAL:
            return _same(chr(av), ch, icase)
        if op is C.NOT_LITERAL:
            return not _same(chr(av), ch, icase) if not icase else True
        if op is C.IN:
            got = _in_set(av, ch, icase)
            return True if got is None else got
        if op is C.ANY:
            return True
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue  # zero-width: the next item decides (ignoring a condition only widens)
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_icase = (icase or bool(add_flags & _ICASE)) and not (del_flags & _ICASE)
            if not _can_be_empty(sub):
                return may_start(sub, ch, sub_icase)
            if may_start(sub, ch, sub_icase):
                return True
            continue
        if op is C.BRANCH:
            branches = av[1]
            if any(may_start(b, ch, icase) for b in branches):
                return True
            if any(_can_be_empty(b) for b in branches):
                continue
            return False
        if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
            low, _high, sub = av
            if may_start(sub, ch, icase):
                return True
            if low > 0 and not _can_be_empty(sub):
                return False
            continue
        return True  # anything else: cannot tell
    return True  # the pattern can match the empty text


def _can_be_empty(items) -> bool:
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            if not _can_be_empty(av[3]):
                return False
        elif op is C.BRANCH:
            if not any(_can_be_empty(b) for b in av[1]):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if av[0] > 0 and not _can_be_empty(av[2]):
                return False
        else:
            return False
    return True


class Scanner:
    """Lark's terminals in Lark's order, tried only where they may start.

    Lark matches one alternation of every terminal (the first that matches wins); at a
    given character, the terminals that cannot start with it would fail anyway, so
    leaving them out changes nothing but the time: one alternation per first character,
    made when that character is first met.

    `blanks`: where an ignored terminal that is one run of a set of characters (`WS`) is the
    only terminal that may start with any of them, Lark's match at such a character is that
    run whole, and ignored: the scanner skips it without a match (a fifth of Lark's matches).
    `singles`: likewise, a character only a one-character terminal may start with (`(`, `;`,
    the newline...) is that token, typed without a match (two fifths of the tokens).
    """

    def __init__(self, terminals: list[tuple[str, str]], flags: int, re_module, ignore=frozenset(),
                 known: dict | None = None) -> None:
        self.terminals = terminals  # (name, regular expression)
        self._parsed: list | None = None
        self.flags = flags
        self.re = re_module
        self.by_char: dict[str, object] = {}
        self._by_names: dict[tuple, object] = {}
        if known is not None:
            # What an earlier Scanner of the same terminals found (`known()`, kept on disk with the
            # tables): the terminals' patterns are analysed only for a character it did not list.
            self.blanks: frozenset[str] = known["blanks"]
            self.singles: dict[str, str] = known["singles"]
            self._starts: dict[str, tuple[int, ...]] = dict(known["starts"])
            return
        self._starts = {}
        self.blanks = frozenset()
        self.singles = {}
        for i, (name, _rx) in enumerate(self.terminals):
            chars = _run_of(self.parsed[i]) if name in ignore else None
            if chars and "\n" not in chars and not self.blanks and all(self._may_start(ch) == (i,) for ch in chars):
                self.blanks = frozenset(chars)
            items = list(self.parsed[i])
            if len(items) == 1 and items[0][0] is C.LITERAL and self._may_start(chr(items[0][1])) == (i,):
                self.singles[chr(items[0][1])] = name

    @property
    def parsed(self) -> list:
        """The terminals' patterns, parsed (sre) when first needed."""
        if self._parsed is None:
            self._parsed = [sre_parse.parse(rx, self.flags) for _name, rx in self.terminals]
        return self._parsed

    def _may_start(self, ch: str) -> tuple[int, ...]:
        """The terminals (their indexes) that may match a text starting with `ch`."""
        found = self._starts.get(ch)
        if found is None:
            found = self._starts[ch] = tuple(i for i, parsed in enumerate(self.parsed)
                                             if may_start(parsed, ch, bool(parsed.state.flags & _ICASE)))
        return found

    def known(self) -> dict:
        """What this scanner found of its terminals, for another Scanner of the same ones (`known=`):
        its blanks, its one-character tokens and the terminals that may start with each ASCII character."""
        return {"blanks": self.blanks, "singles": dict(self.singles),
                "starts": {chr(c): self._may_start(chr(c)) for c in range(128)}}

    def matcher(self, ch: str):
        """The `match` of the alternation of the terminals that may start with `ch` (None: none)."""
        names = self._may_start(ch)
        rx = self._by_names.get(names)
        if rx is None and names:
            pattern = "|".join(f"(?P<{self.terminals[i][0]}>{self.terminals[i][1]})" for i in names)
            rx = self._by_names[names] = self.re.compile(pattern, self.flags).match
        self.by_char[ch] = rx
        return rx


def _run_of(parsed) -> list[str] | None:
    """The characters of a pattern that is one run of a set of characters (`[ \t]+`), else None."""
    items = list(parsed)
    if parsed.state.flags & _ICASE or len(items) != 1 or items[0][0] is not C.MAX_REPEAT:
        return None
    low, high, sub = items[0][1]
    sub = list(sub)
    if low != 1 or high != C.MAXREPEAT or len(sub) != 1:
        return None
    op, av = sub[0]
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.IN and all(o is C.LITERAL for o, _ in av):
        return [chr(a) for _, a in av]
    return None


class Tables:
    """What the loop needs from one Lark LALR parser, decoded once.

    From a Lark object (`Tables(lark)`), or from the plain data `spec` holds (`from_spec`,
    with the callbacks Lark would make: see parser.fast_tables, which keeps that data on
    disk so that a start-up need not load Lark's parser).
    """

    def __init__(self, lark) -> None:
        frontend = lark.parser
        self._setup(lark_spec(lark), frontend.parser.parser.callbacks, lark.options.transformer,
                    frontend.lexer.postlexer)

    @classmethod
    def from_spec(cls, spec: dict, transformer, postlexer) -> Tables:
        """The tables of `spec` (lark_spec's data), the callbacks made for `transformer` as
        Lark._prepare_callbacks makes them (Lark's own ParseTreeBuilder)."""
        from interpreter.compiler.larkpkg import ParseTreeBuilder

        callbacks = ParseTreeBuilder(spec["all_rules"], *spec["tree_options"]).create_callback(transformer)
        # As lark.parser_frontends._get_lexer_callbacks (that module, with Lark's other parsers, is
        # not loaded on this path): a terminal's callback is the transformer's method of its name.
        for terminal in spec["terminal_defs"]:
            callback = getattr(transformer, terminal.name, None)
            if callback is not None:
                callbacks[terminal.name] = callback
        tables = cls.__new__(cls)
        tables._setup(spec, callbacks, transformer, postlexer)
        return tables

    def _setup(self, spec: dict, callbacks: dict, transformer, postlexer) -> None:
        if spec["lexer_callbacks"]:
            raise ValueError("fast path: unexpected lexer configuration")
        if any(isinstance(k, str) for k in callbacks):
            raise ValueError("fast path: token callbacks are not expected")
        from interpreter.compiler.fastrules import direct_callbacks
        from interpreter.compiler.larkpkg import ExpandSingleChild

        self.spec = spec
        self.ignore = spec["ignore"]
        self.newline_types = spec["newline_types"]
        self.scanner = Scanner(spec["terminals"], spec["flags"], import_module(spec["re"]), self.ignore,
                               spec.get("scanner"))
        if "scanner" not in spec:
            spec["scanner"] = self.scanner.known()  # kept on disk with the rest (parser.fast_tables)
        self.postlexer = postlexer
        self.actions: list[dict[str, int]] = spec["actions"]
        self.gotos: list[dict[str, int]] = spec["gotos"]
        rule_objects = spec["rules"]
        self.rule_size: list[int] = [len(rule.expansion) for rule in rule_objects]
        self.rule_origin: list[str] = [rule.origin.name for rule in rule_objects]
        # `?a: b` with its one child: Lark's callback returns the child as it is (no call needed).
        self.rule_is_unit: list[bool] = [len(rule.expansion) == 1 and type(callbacks[rule]) is ExpandSingleChild
                                         for rule in rule_objects]
        # None: the value is the children list itself (an inlined rule, see fastrules.py).
        self.rule_callback = direct_callbacks(rule_objects, callbacks, transformer, frozenset(spec["start_states"]))
        # What the loop reads of a rule, in one tuple (one lookup per reduction).
        self.rules = list(zip(self.rule_size, self.rule_origin, self.rule_callback, self.rule_is_unit))
        self.start_states = spec["start_states"]
        self.end_states = spec["end_states"]


def lark_spec(lark) -> dict:
    """What the fast path reads of a Lark LALR parser, as plain data (and Lark's own Rule and
    TerminalDef objects), which pickle keeps: the terminals, the tables with the actions
    decoded (shift: a state; reduce: ~ the rule's number), the rules in that numbering."""
    from interpreter.compiler.larkpkg import Tree

    frontend = lark.parser
    lexer = frontend.lexer.lexer  # PostLexConnector -> BasicLexer
    terminals, lexer_callbacks = _lexer_terminals(lexer)
    table = frontend.parser.parser.parse_table  # lalr_parser._Parser's
    numbers: dict[int, int] = {}
    rules: list = []
    actions: list = [None] * (max(table.states) + 1)
    gotos: list = [None] * (max(table.states) + 1)
    for state, acts in table.states.items():
        action: dict[str, int] = {}
        goto: dict[str, int] = {}
        for sym, (kind, arg) in acts.items():
            if kind.name == "Shift":
                if sym.isupper() or sym == "$END":
                    action[sym] = arg
                else:
                    goto[sym] = arg
            else:
                r = numbers.get(id(arg))
                if r is None:
                    r = numbers[id(arg)] = len(rules)
                    rules.append(arg)
                action[sym] = ~r  # negative: reduce
        actions[state] = action
        gotos[state] = goto
    options = lark.options
    return {
        "terminals": [(t.name, t.pattern.to_regexp()) for t in terminals],
        "flags": lexer.g_regex_flags, "re": lexer.re.__name__,
        "ignore": frozenset(lexer.ignore_types), "newline_types": frozenset(lexer.newline_types),
        "lexer_callbacks": bool(lexer_callbacks),
        "actions": actions, "gotos": gotos, "rules": rules,
        "start_states": dict(table.start_states), "end_states": dict(table.end_states),
        # what Lark._prepare_callbacks gives its ParseTreeBuilder, and reads for token callbacks
        "all_rules": list(lark.rules), "terminal_defs": list(lark.terminals),
        "tree_options": (options.tree_class or Tree, options.propagate_positions,
                         options.parser != "lalr" and options.ambiguity == "explicit", options.maybe_placeholders),
    }


def _lexer_terminals(lexer) -> tuple[list, dict]:
    """The terminals Lark's scanner matches, in its order, and the lexer's token callbacks.

    Read as Lark's BasicLexer._build_scanner reads them, without the scanner it then
    compiles (one regular expression of every terminal, milliseconds at every start-up),
    which only Lark's own route uses (built when that route first runs).
    """
    try:
        from lark.lexer import _create_unless

        terminals, callbacks = _create_unless(lexer.terminals, lexer.g_regex_flags, lexer.re, lexer.use_bytes)
        return terminals, {**callbacks, **lexer.user_callbacks}
    except (ImportError, AttributeError, TypeError):  # another Lark: from its scanner itself
        scanner = lexer.scanner
        return scanner.terminals, dict(lexer.callback) if len(scanner._mres) == 1 else {"": None}


def tokens(tables: Tables, text: str):
    """Lark's BasicLexer followed by PostLexer._words, in one loop (see PostLexer._words)."""
    scanner = tables.scanner
    by_char = scanner.by_char
    blanks = scanner.blanks
    singles = scanner.singles
    ignore = tables.ignore
    newline_types = tables.newline_types
    postlexer = tables.postlexer
    split_kinds = postlexer.split_kinds
    names = postlexer.names
    # Runs of several words repeat ("End if", "JSON Stringify"): split once per spelling and context.
    runs: dict[tuple[str, str, str], list] = {}
    runs_version = names.version
    keywords_get = KEYWORDS.get
    new = _new_str
    cls = FastToken
    pos = 0
    line = 1
    line_start = 0
    end = len(text)
    prev_type = "_NL"  # pretend the file starts after a newline
    line_head = "_NL"
    last = None
    postlexer.line_head = "_NL"
    while pos < end:
        ch = text[pos]
        ttype = singles.get(ch)
        if ttype is not None:  # a one-character token (Scanner.singles)
            value = ch
            npos = pos + 1
        elif ch in blanks:
            # Ignored blanks (Scanner.blanks): the run Lark's match would read, skipped.
            pos += 1
            while pos < end and text[pos] in blanks:
                pos += 1
            continue
        else:
            match = by_char.get(ch)
            if match is None:
                match = scanner.matcher(ch)
            m = match(text, pos) if match is not None else None
            if m is None:
                raise Fallback
            ttype = m.lastgroup
            value = m.group()
            npos = m.end()
        if ttype in ignore:
            if ttype in newline_types:
                count = value.count("\n")
                if count:
                    line += count
                    line_start = pos + value.rindex("\n") + 1
            pos = npos
            continue
        if ttype == "_NL":
            if prev_type != "_NL":
                tok = new(cls, value)
                tok.type = "_NL"
                tok.value = value
                tok.start_pos = pos
                tok.line = line
                tok.column = pos - line_start + 1
                tok.end_line = line + 1
                tok.end_column = 1
                tok.end_pos = npos
                prev_type = "_NL"
                last = tok
                line += 1
                line_start = npos
                pos = npos
                yield tok
            else:
                line += 1
                line_start = npos
                pos = npos
            continue
        tok = new(cls, value)
        tok.value = value
        tok.start_pos = pos
        tok.line = line
        tok.column = pos - line_start + 1
        tok.end_pos = npos
        if ttype in newline_types and "\n" in value:
            line += value.count("\n")
            line_start = pos + value.rindex("\n") + 1
        tok.end_line = line
        tok.end_column = npos - line_start + 1
        pos = npos
        if prev_type == "_NL":
            line_head = ttype
        if ttype == "WORDS":
            if " " not in value and ":" not in value:
                # One word with no editor token (most runs): typed in place.
                if prev_type == "DOT":
                    out_type = "NAME"  # a property name may be any word, keywords included
                else:
                    lower = value.lower()
                    if lower == "4d":
                        out_type = "FOURD"
                    elif value.isdigit():
                        out_type = "NUMBER"
                    else:
                        out_type = keywords_get(lower, "NAME")
                        if out_type != "NAME":
                            out_type = _keyword_at(out_type, prev_type, line_head)
                tok.type = out_type
                if line_head == "WORDS":
                    line_head = out_type
                prev_type = out_type
                last = tok
                yield tok
                continue
            tok.type = "WORDS"
            run_pos, run_line, run_column = tok.start_pos, tok.line, tok.column
            if names.version != runs_version:
                runs.clear()
                runs_version = names.version
            run_key = (value, prev_type, line_head)
            kinds = runs.get(run_key)
            if kinds is None:
                postlexer.line_head = line_head
                kinds = runs[run_key] = split_kinds(value, prev_type)
            for out_type, out_text, out_start, out_end, out_tag in kinds:
                # lexer._sub_token's token, made as the others are (the run never spans lines)
                out = new(TaggedFastToken if out_tag else cls, out_text)
                out.type = out_type
                out.value = out_text
                out.start_pos = run_pos + out_start
                out.line = out.end_line = run_line
                out.column = run_column + out_start
                out.end_column = run_column + out_end
                out.end_pos = run_pos + out_end
                if out_tag:
                    out.tag = out_tag
                if line_head == "WORDS":
                    line_head = out_type
                prev_type = out_type
                last = out
                yield out
            continue
        if ttype == "LOCAL" and prev_type == "DOT":
            ttype = "NAME"  # obj.$x: a property name
        elif ttype == "FOURD_WORD":
            ttype = "FOURD"
        tok.type = ttype
        prev_type = ttype
        last = tok
        yield tok
    postlexer.line_head = line_head
    if prev_type != "_NL":
        # Every statement ends with a newline, the last one included.
        if last is not None:
            yield Token.new_borrow_pos("_NL", "\n", last)
        else:
            yield Token("_NL", "\n")


def _table_run(first, stream, prev_type: str, names) -> tuple[list, bool]:
    """lexer._tables from a `[` where a table name may start (`first`) until its buffer is
    empty again: (the tokens it gives, whether `stream` ended). The same steps in the same order."""
    out = []
    buf = [first]
    for tok in stream:
        buf.append(tok)
        final = tok.type == "_NL"
        if not final and len(buf) < 12:
            continue  # read on: the pattern is short and ends on its line
        while buf and (final or buf[0].type != "LSQB" or len(buf) >= 12):
            count, out_tok = _match_table(buf, prev_type, names)
            if out_tok is None:
                out_tok = buf[0]
            del buf[:count]
            prev_type = out_tok.type
            out.append(out_tok)
        if not buf:
            return out, False
    out.extend(buf)
    return out, True


def parse(tables: Tables, text: str, start: str = "start"):
    """Parse `text` from rule `start`; the builder's result, or Fallback on any error."""
    actions = tables.actions
    gotos = tables.gotos
    rules = tables.rules
    end_state = tables.end_states[start]
    state = tables.start_states[start]
    states = [state]
    values: list = []
    push_state = states.append
    push_value = values.append
    names = tables.postlexer.names
    stream = tokens(tables, text)
    src = stream
    prev_type = "_NL"  # the type of the token before (for `[`, as lexer._tables keeps it)
    run: list = []
    ended = False
    while True:
        for token in src:
            ttype = token.type
            if ttype == "LSQB" and src is stream and prev_type not in _VALUE_END:
                # `[` where a table name may start: lexer._tables's buffered pass, until its
                # buffer is empty again (the other tokens do not go through it: one generator less).
                run, ended = _table_run(token, stream, prev_type, names)
                break
            prev_type = ttype
            action = actions[state].get(ttype)
            while action is not None and action < 0:
                size, origin, callback, unit = rules[~action]
                if unit:
                    state = states[-1] = gotos[states[-2]][origin]
                    action = actions[state].get(ttype)
                    continue
                if size:
                    children = values[-size:]
                    del states[-size:]
                    del values[-size:]
                else:
                    children = []
                push_value(children if callback is None else callback(children))
                state = gotos[states[-1]][origin]
                push_state(state)
                action = actions[state].get(ttype)
            if action is None:
                raise Fallback
            state = action
            push_state(state)
            push_value(token)
        else:
            if src is stream or ended:
                break
            src = stream
            continue
        src = iter(run)
    # The end of the input: reduce until the start rule is complete.
    while True:
        action = actions[state].get("$END")
        if action is None or action >= 0:
            raise Fallback
        size, origin, callback, _unit = rules[~action]
        if size:
            children = values[-size:]
            del states[-size:]
            del values[-size:]
        else:
            children = []
        value = children if callback is None else callback(children)
        state = gotos[states[-1]][origin]
        if state == end_state:
            return value
        push_state(state)
        push_value(value)
