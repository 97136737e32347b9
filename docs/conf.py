"""Sphinx configuration: furo theme, MyST Markdown, autodoc, and the CLI from click itself."""

from __future__ import annotations

from pathlib import Path

from corpuskit import __version__
from corpuskit.kinds import DEBRIS_KINDS, FIELD_KINDS
from corpuskit.testing.conformance import CHECK_DESCRIPTIONS

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
# The example plugin is a distribution of its own: the tutorial shows its files with
# literalinclude, so its README is not a page of this site.
exclude_patterns = ["_build", "examples/**", "**/_*.md", "_*.md"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"undoc-members": False}


HERE = Path(__file__).parent


def _write(target: Path, rows: list[str]) -> None:
    content = "\n".join(rows) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.write_text(content, encoding="utf-8")


def _write_kinds_table() -> None:
    """The kind vocabulary comes from the code, so the docs can never disagree with it."""
    rows = ["| kind | family | meaning |", "| --- | --- | --- |"]
    rows += [f"| `{k}` | field | {v} |" for k, v in FIELD_KINDS.items()]
    rows += [f"| `{k}` | debris | {v} |" for k, v in DEBRIS_KINDS.items()]
    _write(HERE / "reference" / "_kinds_table.md", rows)


def _write_checks_table() -> None:
    """The conformance checks and what each asserts, from the code."""
    rows = ["| check | what it asserts |", "| --- | --- |"]
    rows += [f"| `{name}` | {text} |" for name, text in CHECK_DESCRIPTIONS.items()]
    _write(HERE / "_checks_table.md", rows)


_write_kinds_table()
_write_checks_table()
