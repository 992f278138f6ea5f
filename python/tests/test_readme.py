"""The README's Python examples run as they are written."""

from __future__ import annotations

import os
import re
import sys

from conftest import REPO, needed

SECTION = "## Use it from Python"


def python_blocks(markdown: str) -> list:
    """The ```python blocks of the section, in order."""
    start = markdown.index(SECTION)
    end = markdown.find("\n## ", start + len(SECTION))
    section = markdown[start : end if end >= 0 else None]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_readme_examples_run(tmp_path, monkeypatch):
    blocks = python_blocks((REPO / "README.md").read_text())
    assert len(blocks) >= 2
    # The examples read tests/fixtures and write files beside them.
    monkeypatch.chdir(tmp_path)
    os.symlink(REPO / "tests", tmp_path / "tests")
    # Spark's Python workers: this Python, which has newsgraph.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    for block in blocks:
        if "pyspark" in block:
            try:
                import pyspark  # noqa: F401
            except ImportError:
                needed("pyspark, for the README's Spark example")
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
