"""corpuskit: parse scraped news articles into clean Documents, keeping a record of the debris.

The public API::

    import corpuskit
    doc = corpuskit.parse(text, url="https://www.example.com/news/1")
    doc.title, doc.authors, doc.paragraphs      # the article
    doc.removed                                 # every caption, credit, footer... with offsets
    corpuskit.Document.from_json(doc.to_json()) == doc
    for outcome in corpuskit.parse_many(pages, jobs=2):   # a Document or a Failure per page
        ...
"""

from __future__ import annotations

from pathlib import Path

from corpuskit._version import __version__
from corpuskit.errors import CorpuskitError, InputError, PluginError, SchemaError
from corpuskit.hookspecs import hookimpl
from corpuskit.kinds import DEBRIS_KINDS, FIELD_KINDS, KINDS
from corpuskit.model import (
    Block,
    Document,
    Hint,
    Identification,
    InputKind,
    Label,
    Metadata,
    Page,
    Removed,
)
from corpuskit.pipeline import Parser, Trace, default_parser
from corpuskit.schema import SCHEMA
from corpuskit.sources import SourceInfo
from corpuskit.stream import Failure, parse_many


def parse(
    raw: bytes | str,
    *,
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    kind: InputKind | None = None,
) -> Document:
    """Parse one article (bytes are decoded, see :mod:`corpuskit.text`) with every installed plugin.

    ``source`` forces a source (a name, domain or plugin name) instead of identifying it from
    ``url`` or the layout. Raises :class:`CorpuskitError` (never anything else) on bad input.
    """
    return default_parser().parse(raw, id=id, url=url, source=source, kind=kind)


def parse_file(path: str | Path, *, source: str | None = None) -> Document:
    """Parse a file; gzip is read transparently and the id is the name without extensions."""
    return default_parser().parse_file(path, source=source)


__all__ = [
    "DEBRIS_KINDS",
    "FIELD_KINDS",
    "KINDS",
    "SCHEMA",
    "Block",
    "CorpuskitError",
    "Document",
    "Failure",
    "Hint",
    "Identification",
    "InputError",
    "InputKind",
    "Label",
    "Metadata",
    "Page",
    "Parser",
    "PluginError",
    "Removed",
    "SchemaError",
    "SourceInfo",
    "Trace",
    "__version__",
    "default_parser",
    "hookimpl",
    "parse",
    "parse_file",
    "parse_many",
]
