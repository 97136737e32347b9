"""corpuskit's own fallbacks for the two pick-one hooks: read text, cut it into lines.

They are ``trylast``, so any plugin that recognises an input (HTML, a custom export) answers
first; registered directly by the plugin manager because every parse needs them.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuskit.hookspecs import hookimpl
from corpuskit.model import Block, Hint, Page
from corpuskit.text import read_text, segment_lines


@hookimpl(trylast=True)
def corpuskit_read(raw: bytes | str, hint: Hint) -> Page:
    """Read anything no plugin claimed as text."""
    return read_text(raw, hint)


@hookimpl(trylast=True)
def corpuskit_segment(page: Page) -> Sequence[Block]:
    """One block per non-blank line."""
    return segment_lines(page.text)
