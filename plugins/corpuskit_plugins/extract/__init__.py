"""The generic main-content extractor for HTML pages: body blocks in, debris labelled out.

Only HTML pages are its business (``page.kind == "html"``); on text pages it proposes nothing.
This module is the hooks and nothing else; the work lives in rooms of its own:

* :mod:`.container`: which element holds the article (readability's scoring, corrected);
* :mod:`.classifier`: a kind for every block, from the elements around it;
* :mod:`.evidence`: what a tag, class or id says a block is, and what reads as prose;
* :mod:`.floor`: long running prose is deleted only on structural evidence;
* :mod:`.labels`: runs of kinds become labels, at priority 50 (above the text cleaner's line
  rules, below source plugins);
* :mod:`.metadata`: title, description, authors, date and canonical URL.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from corpuskit import Block, Label, Metadata, Page, hookimpl
from corpuskit.html import HtmlDoc, parse_page
from corpuskit_plugins.extract import metadata as _metadata
from corpuskit_plugins.extract.classifier import classify
from corpuskit_plugins.extract.container import find_container
from corpuskit_plugins.extract.floor import FLOOR_STATS
from corpuskit_plugins.extract.labels import NAME, PRIORITY, labels_for

__all__ = [
    "FLOOR_STATS",
    "NAME",
    "PRIORITY",
    "classify",
    "corpuskit_label",
    "corpuskit_metadata",
    "find_container",
    "labels_for",
]


@hookimpl
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """Body versus debris for HTML pages; nothing for text pages."""
    if page.kind != "html" or not blocks:
        return []
    doc = parse_page(page)
    if len(doc.blocks) != len(blocks) or doc.blocks[0] is not blocks[0]:
        return []  # another segmenter cut this page: its blocks carry no structure we know
    description = doc.meta.get("og:description") or doc.meta.get("description") or ""
    kinds = classify(blocks, doc.elements, doc.times, description, doc.title)
    labels = _declared_bylines(doc, labels_for(blocks, kinds, doc.elements), page.text)
    return [
        evolve(label, value=_metadata.title_for(doc, label.value))
        if label.kind == "title" and isinstance(label.value, str)
        else label
        for label in labels
    ]


@hookimpl
def corpuskit_metadata(
    page: Page, blocks: Sequence[Block], labels: Sequence[Label], source: str | None
) -> Metadata | None:
    """Title, description, authors, date and canonical URL from the page's head and JSON-LD."""
    if page.kind != "html":
        return None
    return _metadata.from_page(page, blocks, labels, NAME, PRIORITY)


def _declared_bylines(doc: HtmlDoc, labels: list[Label], text: str) -> list[Label]:
    """Of several named bylines, those naming the authors the page declares.

    A column's name or a section sits in the byline slot too ("Deal Professor" above "By
    Steven Davidoff Solomon"); when the page's JSON-LD or meta names its authors, a byline
    naming none of them gives no author, as long as another byline names one. Asked only
    when two bylines name someone, so most pages pay nothing.
    """
    named = [label for label in labels if label.kind == "byline" and label.value]
    if len(named) < 2:
        return labels
    declared = {name.casefold() for name in _metadata.from_html(doc, text)["authors"]}
    if not declared:
        return labels

    def names(label: Label) -> tuple[str, ...]:
        value = label.value
        return tuple(value) if isinstance(value, tuple | list) else (str(value),)

    if not any(name.casefold() in declared for label in named for name in names(label)):
        return labels
    return [
        evolve(label, value=())
        if label in named and not any(n.casefold() in declared for n in names(label))
        else label
        for label in labels
    ]
