"""Shared fixtures: the repository's news pages and the outside tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


def needed(what: str) -> None:
    """Skip without `what`, but fail under CI, where everything is installed."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing, and CI=true")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="session")
def fixture_paths() -> list:
    return sorted(FIXTURES.glob("*.txt"))


@pytest.fixture(scope="session")
def cli() -> str:
    """The `newsgraph` command: $NEWSGRAPH_CLI (set by cli/tests/python.rs),
    else one on PATH."""
    path = os.environ.get("NEWSGRAPH_CLI") or shutil.which("newsgraph")
    if not path:
        needed("the newsgraph command ($NEWSGRAPH_CLI)")
    return path
