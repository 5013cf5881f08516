"""run4d lsp: a language server for 4D code, built on the compiler.

Stage: a tool beside cli/ and repl/. It reads the compiler (parser,
diagnose, units, code generator, Program) and the registries; nothing in
the compiler imports it. server.py speaks LSP (pygls); the other modules
hold the analysis and know nothing of the protocol's transport.
"""
