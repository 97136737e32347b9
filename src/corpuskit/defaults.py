"""corpuskit's own readers and segmenters for the two pick-one hooks.

Text reading and line cutting are ``trylast``, so any plugin that recognises an input (a custom
export) answers first; HTML reading and segmentation are plain implementations that answer
only for HTML (judged by content, see :func:`corpuskit.html.looks_like_html`) and pass
otherwise. Registered directly by the plugin manager because every parse needs them.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuskit.hookspecs import hookimpl
from corpuskit.html import read_html, segment_html
from corpuskit.model import Block, Hint, Page
from corpuskit.text import read_text, segment_lines


@hookimpl(specname="corpuskit_read")
def corpuskit_read_html(raw: bytes | str, hint: Hint) -> Page | None:
    """Read HTML input; pass on anything else."""
    return read_html(raw, hint)


@hookimpl(specname="corpuskit_segment")
def corpuskit_segment_html(page: Page) -> Sequence[Block] | None:
    """One block per run of visible text of an HTML page; pass on text pages."""
    return segment_html(page)


@hookimpl(trylast=True)
def corpuskit_read(raw: bytes | str, hint: Hint) -> Page:
    """Read anything no plugin claimed as text."""
    return read_text(raw, hint)


@hookimpl(trylast=True)
def corpuskit_segment(page: Page) -> Sequence[Block]:
    """One block per non-blank line."""
    return segment_lines(page.text)
