"""Sphinx configuration: furo theme, MyST Markdown, autodoc, and the CLI from click itself."""

from __future__ import annotations

from pathlib import Path

from corpuskit import __version__
from corpuskit.kinds import DEBRIS_KINDS, FIELD_KINDS

project = "corpuskit"
author = "The corpuskit team"
copyright = "2026, the corpuskit team"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx_click",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"corpuskit {__version__}"
exclude_patterns = ["_build", "examples/*/build", "examples/**/.tox"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}


def _write_kinds_table() -> None:
    """The kind vocabulary comes from the code, so the docs can never disagree with it."""
    rows = ["| kind | family | meaning |", "| --- | --- | --- |"]
    rows += [f"| `{k}` | field | {v} |" for k, v in FIELD_KINDS.items()]
    rows += [f"| `{k}` | debris | {v} |" for k, v in DEBRIS_KINDS.items()]
    target = Path(__file__).parent / "reference" / "_kinds_table.md"
    content = "\n".join(rows) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.write_text(content, encoding="utf-8")


_write_kinds_table()
