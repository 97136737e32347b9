"""A hardened lxml tree of a page, for plugins that want XPath (the trafilatura plugin does).

corpuskit's own blocks come from :mod:`corpuskit.html.parse`; this is the parser to use when
a plugin needs a real tree. It never touches the network, never loads a DTD, never expands an
entity (so XXE and "billion laughs" pages stay inert), keeps ``huge_tree`` off (libxml2's
limits on depth and text node size apply) and turns every refusal into an
:class:`~corpuskit.errors.InputError` with a reason instead of a half-built tree.
"""

from __future__ import annotations

from lxml import etree, html

from corpuskit.errors import InputError

MAX_CHARS = 32 * 1024 * 1024
"""Pages longer than this (in characters) are refused before parsing."""
MAX_TREE_DEPTH = 256
"""libxml2's own limit without ``huge_tree``; deeper pages are refused, not truncated."""


def hardened_parser() -> html.HTMLParser:
    """An lxml HTML parser that cannot reach the network or expand anything."""
    return html.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lack default_doctype
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        default_doctype=False,
        encoding="utf-8",
    )


_PARSER = hardened_parser()


def parse_tree(text: str) -> html.HtmlElement:
    """The page as an lxml tree, or an InputError saying why it cannot be one."""
    if len(text) > MAX_CHARS:
        raise InputError(f"page too large for a tree: {len(text)} characters > {MAX_CHARS}")
    try:
        root = html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"HTML parser refused the page: {exc}") from exc
    errors = _PARSER.error_log.filter_from_errors()
    for error in errors:
        if "depth" in error.message.lower() or "huge" in error.message.lower():
            raise InputError(f"HTML nests too deeply to parse: {error.message.strip()}")
    return root
