"""Shared test settings: the repository root on sys.path, one time factor."""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

# Every timeout in network tests is multiplied by this (slow shared machines).
TIMEOUT_FACTOR = float(os.environ.get("RUN4D_TEST_TIMEOUT_FACTOR", "1"))
