"""Fixtures of the ORDA tests: the PostgreSQL server (see pg.py)."""

from __future__ import annotations

import pytest

from tests.orda import pg


@pytest.fixture(scope="session")
def pg_dsn():
    yield from pg.server()
