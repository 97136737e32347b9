"""Turning per-block kinds into labels: runs of one debris kind become one label.

Body runs are proposed too, so the article text is protected from the text cleaner's line
rules, whose wording tests were written for text pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpuskit import Block, Label
from corpuskit.html import Element
from corpuskit_plugins.extract.dating import byline_after_day
from corpuskit_plugins.extract.evidence import held
from corpuskit_plugins.generic.bios import sign_off
from corpuskit_plugins.generic.names import an_office, byline_names

NAME = "extract"
PRIORITY = 50
"""Between the text cleaner's line rules (0) and source plugins (100): on an HTML page the
structure is better evidence than a line's wording, and a site's own plugin knows best."""


def _widen(
    blocks: Sequence[Block], first: int, last: int, elements: Sequence[Element]
) -> tuple[int, int]:
    """The span of the outermost element holding exactly blocks ``first..last``.

    So that ``html[start:end]`` of a removed related box is the whole ``<aside>``, not its
    first heading to its last link.
    """
    start, end = blocks[first].start, blocks[last].end
    structure = blocks[first].structure
    if not elements or structure is None:
        return start, end
    low = blocks[first - 1].end if first > 0 else 0
    high = blocks[last + 1].start if last + 1 < len(blocks) else 1 << 62
    at = structure.node
    while at >= 0:
        element = elements[at]
        if element.start < low or element.end > high:
            break
        if element.start <= start and element.end >= end:
            start, end = element.start, element.end
        at = element.parent
    return start, end


def _byline_names(text: str) -> tuple[str, ...]:
    """The names a byline gives: "By Jane Roe", a reporter's sign-off ("김도윤 기자
    doyoon@example.kr") closing the story, or the byline after the day a stamp prints first
    ("Dienstag, 12. März 2024 Text: Ingrid Wallner | Fotos: Bernd Ölz")."""
    names = byline_names(text)
    if names:
        return names
    norm = " ".join(text.split())
    signed = sign_off(norm)
    if signed:
        return (signed,)
    # A desk or an office beside the person names no one ("por Redacción Norte y Ana Gil").
    return tuple(name for name in byline_after_day(norm) if not an_office(name))


_QUOTED = re.compile(r"quot|(?<![a-z])cit(?:e|ation)(?![a-z])|testimonial")
"""Class words of a quotation's parts: ``block__quote-author``, ``wp-block-pullquote``,
``testimonial__name``, ``cite``."""
_QUOTE_REACH = 3
"""Elements up from a block in which its quotation's box may stand."""


def _in_quotation(block: Block, elements: Sequence[Element]) -> bool:
    """Whether a block stands in a quotation: a ``<blockquote>``, or an element whose class
    names a quote a few levels up. A name there is whom the article quotes, never who wrote
    it, even where the class names an author too (``p.block__quote-author``).

    The element named so must be a quotation's box: it holds a ``<blockquote>`` (or names a
    testimonial), and not the page's ``<h1>``. A wrapper holding the headline is the
    article's own header or page (``article.format-quote``, ``div.quote-news-article`` on a
    stock quote's page, ``section.quote-of-the-week``), its byline the writer's. (``<q>``
    is inline, never an element here.)"""
    structure = block.structure
    at = structure.node if structure is not None and elements else -1
    for _ in range(_QUOTE_REACH):
        if at < 0:
            return False
        element = elements[at]
        if element.tag == "blockquote":
            return True
        if _QUOTED.search(element.ident) and _quotation_box(at, elements, element.ident):
            return True
        at = element.parent
    return False


def _quotation_box(at: int, elements: Sequence[Element], ident: str) -> bool:
    """Whether an element holds no ``<h1>``, and a ``<blockquote>`` unless its class names a
    testimonial (a testimonial widget sets its words in a ``<p>`` or ``<div>``)."""
    quoted = "testimonial" in ident
    for inner in held(elements, at):
        tag = elements[inner].tag
        if tag == "h1":
            return False
        quoted = quoted or tag == "blockquote"
    return quoted


def labels_for(
    blocks: Sequence[Block], kinds: Sequence[str], elements: Sequence[Element] = ()
) -> list[Label]:
    """One label per run of blocks of one debris kind; title, byline and dateline per block."""
    labels: list[Label] = []
    run_kind = ""
    run_first = 0
    titled = False
    named = bodied = False
    for index, kind in enumerate([*kinds, ""]):
        bodied = bodied or kind == "body"
        if kind == run_kind and kind not in ("title", "subtitle", "byline", "dateline"):
            continue
        if run_kind:
            # Body runs are proposed too: one long label protects the article text from line
            # rules written for text pages (a short paragraph is not a menu item here).
            start, end = _widen(blocks, run_first, index - 1, elements)
            labels.append(Label(run_kind, start, end, plugin=NAME, priority=PRIORITY))
        if kind == "subtitle" and index < len(blocks):
            block = blocks[index]
            labels.append(Label(kind, block.start, block.end, NAME, PRIORITY, value=block.text))
            run_kind = ""
            continue
        if kind == "title" and not titled and index < len(blocks):
            titled = True
            block = blocks[index]
            labels.append(Label("title", block.start, block.end, NAME, PRIORITY, value=block.text))
            run_kind = ""
            continue
        if kind == "title":
            kind = "boilerplate" if titled else kind
        if kind == "byline" and index < len(blocks):
            # Bylines below the article's first words belong to teasers and author boxes:
            # they name the article's authors only when none came before the text.
            # A quotation's attribution names whom the article quotes.
            block = blocks[index]
            quoted = _in_quotation(block, elements)
            names = () if (named and bodied) or quoted else _byline_names(block.text)
            named = named or bool(names)
            labels.append(Label("byline", block.start, block.end, NAME, PRIORITY, value=names))
            run_kind = ""
            continue
        if kind == "dateline" and index < len(blocks):
            block = blocks[index]
            labels.append(Label("dateline", block.start, block.end, NAME, PRIORITY))
            run_kind = ""
            continue
        run_kind, run_first = kind, index
    return labels
