"""The hooks a corpuskit plugin can implement: the whole plugin contract in one file.

A parse walks these in order, each stage seeing only what the stages before it produced::

    read → segment → identify → label → metadata → finish

Hooks take a whole page at a time (never one block at a time): a hook call costs microseconds,
and a 2.5 KB article has about 250 µs to be parsed in.

Ordering. Hooks that collect proposals (identify, label, metadata) are resolved by the pipeline
from what the proposals say (confidence, priority, span), never from the order plugins were
registered in, so installing a plugin cannot silently change another's results. Hooks that pick
one answer (read, segment) are ``firstresult``: mark a specialised implementation ``tryfirst``
and a fallback ``trylast``, as pytest does. ``finish`` passes the document along a chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pluggy

from corpuskit.model import Block, Document, Hint, Identification, Label, Metadata, Page
from corpuskit.sources import SourceInfo

PROJECT = "corpuskit"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def corpuskit_sources() -> Iterable[SourceInfo] | None:
    """Declare the sites this plugin parses.

    Called once when the plugin manager is built. Each :class:`~corpuskit.sources.SourceInfo`
    names a source and its domains: a page whose URL is on one of them is identified with
    confidence 1.0 without asking any plugin, ``--source`` accepts the name, and
    ``corpuskit plugins`` lists it. Generic plugins return nothing.
    """


@hookspec(firstresult=True)
def corpuskit_read(raw: bytes | str, hint: Hint) -> Page | None:
    """Decode raw input into a :class:`~corpuskit.model.Page`, or return ``None`` to pass.

    The first non-``None`` answer wins. corpuskit's own text reader is ``trylast``: implement
    this to take over inputs you recognise (an HTML reader, a proprietary export). Raise
    :class:`~corpuskit.errors.InputError` for input that cannot be an article.
    """


@hookspec(firstresult=True)
def corpuskit_segment(page: Page) -> Sequence[Block] | None:
    """Cut the page into ordered, non-overlapping :class:`~corpuskit.model.Block` s.

    The first non-``None`` answer wins; corpuskit's line segmenter is ``trylast``. Blocks must
    satisfy ``page.text[b.start:b.end] == b.text`` and leave only white space between them: the
    pipeline checks this, because losslessness rests on it.
    """


@hookspec
def corpuskit_identify(page: Page, blocks: Sequence[Block]) -> Identification | None:
    """Say which source the page comes from, judging by its layout, with a confidence in [0, 1].

    Called only when neither the caller (``--source``) nor the URL decided. The most confident
    answer at or above 0.5 wins (ties go to the alphabetically first source). Return ``None``
    when the page does not look like your site: a source plugin must never claim another
    site's text.
    """


@hookspec
def corpuskit_label(
    page: Page, blocks: Sequence[Block], source: str | None
) -> Iterable[Label] | None:
    """Propose what spans of the page are: field kinds (title, byline...) or debris kinds.

    ``source`` is the identified source or ``None``; a source plugin returns nothing unless it is
    its own. Every plugin's proposals are pooled and resolved the same way whatever the plugin
    order: higher :attr:`~corpuskit.model.Label.priority` first (source plugins use 100,
    generic ones 0), then longer spans, then earlier ones; a proposal overlapping an accepted
    one is dropped. Propose ``body`` to protect a span from generic rules. Text no accepted
    label covers is body.
    """


@hookspec
def corpuskit_metadata(
    page: Page, blocks: Sequence[Block], labels: Sequence[Label], source: str | None
) -> Metadata | None:
    """Supply metadata the labels do not carry (HTML meta tags, JSON-LD, a URL scheme).

    ``labels`` are the accepted ones. Values taken from labels win; among hook answers the
    higher ``priority`` wins, then the alphabetically first plugin name. Leave a field ``None``
    (or empty) to have no opinion on it.
    """


@hookspec
def corpuskit_finish(document: Document, page: Page) -> Document | None:
    """A last pass over the built Document; return a replacement or ``None`` to keep it.

    Implementations form a chain, each seeing the previous one's result, in pluggy's call order
    (``tryfirst`` first, ``trylast`` last) with ties broken by plugin name, never registration
    order. Do not drop text here without adding a ``removed`` item for it.
    """


SPECS: tuple[str, ...] = (
    "corpuskit_sources",
    "corpuskit_read",
    "corpuskit_segment",
    "corpuskit_identify",
    "corpuskit_label",
    "corpuskit_metadata",
    "corpuskit_finish",
)
"""Every hook, in the order a parse reaches them."""
