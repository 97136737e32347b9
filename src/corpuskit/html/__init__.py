"""HTML input: detect it, decode it, cut it into blocks that keep their place in the source.

Reached through the ordinary hooks (see :mod:`corpuskit.defaults`): :func:`read_html` answers
``corpuskit_read`` for inputs that are HTML, :func:`segment_html` answers ``corpuskit_segment``
for HTML pages. The contract is in ``docs/html.md``: offsets index the decoded HTML source,
``page.text[b.start:b.end]`` is a block's markup, ``b.text`` its normalised visible text.
"""

from __future__ import annotations

import re

from corpuskit.errors import InputError
from corpuskit.html.charset import declared_encoding, decode_html
from corpuskit.html.parse import (
    BLOCK_TAGS,
    HEADING_TAGS,
    Element,
    HtmlDoc,
    attributes,
    parse_page,
    tokenize,
)
from corpuskit.html.tree import parse_tree
from corpuskit.model import Blocks, Hint, Page
from corpuskit.normalize import compose
from corpuskit.text import check_text

__all__ = [
    "BLOCK_TAGS",
    "HEADING_TAGS",
    "MAX_CHARS",
    "Element",
    "HtmlDoc",
    "attributes",
    "declared_encoding",
    "decode_html",
    "looks_like_html",
    "parse_page",
    "parse_tree",
    "read_html",
    "segment_html",
    "tokenize",
]

MAX_CHARS = 32 * 1024 * 1024
"""Larger pages are refused with an InputError: no article needs 32 M characters of markup."""

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".shtml")
_OPENING = re.compile(
    r"""\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*
    (?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]
      |<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]))""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|table|td|tr|img|em|strong|b|i)\b",
    re.IGNORECASE,
)
_SNIFF = 4096


def looks_like_html(head: str, filename: str | None = None) -> bool:
    """True when the start of an input is HTML, judged by its content first.

    A document opening (doctype, ``<html>``, ``<head>``, ``<body>``, a ``<meta>``) is HTML
    whatever the file is called. A fragment counts as HTML when it starts with a tag and tags
    are dense (at least one per 80 characters of its first 4 KB), or starts with a tag and is
    named ``.html``/``.htm``. Prose that mentions ``<p>`` once stays text.
    """
    sample = head[:_SNIFF]
    if _OPENING.match(sample):
        return True
    stripped = sample.lstrip("\ufeff \t\r\n")
    if not stripped.startswith("<"):
        return False
    if filename and filename.lower().endswith(_HTML_SUFFIXES):
        return True
    tags = len(_TAG.findall(sample))
    return tags >= 3 and tags * 80 >= len(sample)


def _head_text(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw[:_SNIFF]
    sample = bytes(raw[:_SNIFF])
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff") or sample[1:2] == b"\x00" or sample[:1] == b"\x00":
        try:
            return decode_html(bytes(raw[: _SNIFF * 2]))[0]
        except (InputError, UnicodeDecodeError):
            return ""
    return sample.decode("latin-1")


def read_html(raw: bytes | str, hint: Hint) -> Page | None:
    """Read the input as an HTML page, or return None when it is not HTML.

    ``hint.kind`` forces the decision ("html" reads any input as HTML, "text" passes);
    otherwise the content decides (see :func:`looks_like_html`), helped by the file name.
    """
    if hint.kind == "text":
        return None
    if not isinstance(raw, bytes | bytearray | memoryview | str):
        raise InputError(f"expected bytes or str, got {type(raw).__name__}")
    if hint.kind != "html":
        # Every HTML opening and fragment starts with a tag: text holding no '<' in its first
        # 4 KB is not HTML, told by one C-speed search (most text pages: no sniffing at all).
        if isinstance(raw, str) and raw.find("<", 0, _SNIFF) < 0:
            return None
        if not looks_like_html(_head_text(raw), hint.filename):
            return None
    if len(raw) > MAX_CHARS:
        raise InputError(f"page too large: {len(raw)} > {MAX_CHARS} (corpuskit.html.MAX_CHARS)")
    if isinstance(raw, str):
        text, encoding = raw, None
    else:
        text, encoding = decode_html(bytes(raw))
    # Composed to NFC once here ("u" and a combining mark is "ü"), so every offset refers to
    # the composed text.
    text = compose(text)
    check_text(text, utf8=encoding == "utf-8")
    return Page(text=text, kind="html", id=hint.id, url=hint.url, encoding=encoding)


def segment_html(page: Page) -> Blocks | None:
    """The blocks of an HTML page, and the text it hides (None for any other page)."""
    if page.kind != "html":
        return None
    doc = parse_page(page)
    return Blocks(doc.blocks, doc.hidden)
