"""Fixtures for network tests: a 4D program on a thread, real clients on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.network.harness import Session


@pytest.fixture
def session(tmp_path, monkeypatch):
    s = Session(tmp_path, monkeypatch)
    yield s
    s.stop()
