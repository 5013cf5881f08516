"""Generators of the reference pages in docs/ (commands.md, errors.md) from the registries."""
