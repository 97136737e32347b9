"""A floor under the body: a long run of running prose is deleted only on structural evidence.

When what the classifier dropped as prose outweighs what it kept, the container was the wrong
one; the runs come back unless a tag or class boxes them. Compared with trafilatura, which
checks its result against readability and jusText baselines, this is the baseline check done
in corpuskit's label model: per block, with the evidence named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from corpuskit import Block
from corpuskit.html import Element
from corpuskit_plugins.extract.evidence import (
    BOX_KINDS,
    HEADINGS,
    element_kind,
    is_prose,
    strict_prose,
)

_FIELD_KINDS = frozenset({"body", "title", "subtitle", "byline", "dateline"})
_STRUCTURAL_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "figure", "figcaption", "dialog", "menu"}
)
_FLOOR_MIN_CHARS = 400
_EMPTY_BODY = 100
"""Less body than a paragraph: the page kept no article at all."""
_PARTS = re.compile(r"[\s_-]+")
_WRAPPER_PROSE = 2
"""Paragraphs of prose a wrapper named like a box must hold to be taken for the article."""
FLOOR_STATS = {"pages": 0, "rescued": 0}
"""How often the floor fired in this process (benchmarks report it; nothing reads it)."""


def floor(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    kinds: list[str],
    memo: dict[int, str | None],
    around: Set[int] = frozenset(),
    stories: Set[int] = frozenset(),
) -> None:
    """A floor under the body: running prose is not deleted on weak evidence.

    When the prose the classification dropped outweighs the body it kept, the container
    was the wrong one (a short intro, a comment thread, one section of several). Then every
    run of unmistakable running prose (two or more such paragraphs in a row, a heading
    between them allowed) comes back as body, unless an element around it says by its tag
    or its class that it is a box (``aside``, ``nav``, ``.comments``). A feed of teasers
    does not come back: its summaries read as prose, but each stands alone between its
    headline link and its date. Only structural evidence can delete a long run of prose.
    ``around`` holds the elements around the container: what wraps the article too
    (``div.main-container.pagerow``, ``body.has-share-bar``) says nothing about a run
    beside it, so the search for a box stops there.
    """
    kept = sum(len(block.text) for block, kind in zip(blocks, kinds, strict=True) if kind == "body")
    runs: list[list[int]] = []
    run: list[int] = []
    gap = 0
    for index, block in enumerate(blocks):
        kind = kinds[index]
        structure = block.structure
        prose = (
            kind not in _FIELD_KINDS
            and structure is not None
            and structure.node >= 0
            and strict_prose(block.text, structure.links)
        )
        if prose:
            run.append(index)
            gap = 0
            continue
        heading = structure is not None and structure.tag in HEADINGS and not structure.links
        if run and heading and gap == 0:
            gap = 1
            continue
        if len(run) >= 2:
            runs.append(run)
        run, gap = [], 0
    if len(run) >= 2:
        runs.append(run)
    dropped = sum(len(blocks[index].text) for found in runs for index in found)
    if dropped >= _FLOOR_MIN_CHARS and dropped * 2 > kept:
        rescued = 0
        for found in runs:
            for index in found:
                structure = blocks[index].structure
                assert structure is not None
                if not _boxed(structure.node, elements, memo, around, stories):
                    kinds[index] = "body"
                    kept += len(blocks[index].text)
                    rescued += 1
        if rescued:
            FLOOR_STATS["pages"] += 1
            FLOOR_STATS["rescued"] += rescued
    if kept < _EMPTY_BODY:
        _named_wrapper(blocks, elements, kinds, memo, around)


def _boxed(
    node: int,
    elements: Sequence[Element],
    memo: dict[int, str | None],
    around: Set[int],
    stories: Set[int] = frozenset(),
) -> bool:
    """Whether an element around ``node``, short of the article's own wrappers, says by its
    tag or class that it is not article: or that it is another story (``stories``: an
    ``<article>`` with an ``<h1>`` of its own, not the one the page's title names)."""
    at = node
    while at >= 0 and at not in around:
        element = elements[at]
        if element.tag in _STRUCTURAL_TAGS:
            return True
        if at in stories:
            return True  # a story with a headline of its own, not the page's
        if at not in memo:
            memo[at] = element_kind(element)
        kind = memo[at]
        if kind is not None and kind not in ("title", "byline", "dateline"):
            return True
        at = element.parent
    return False


def _named_wrapper(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    kinds: list[str],
    memo: dict[int, str | None],
    around: Set[int],
) -> None:
    """An empty body: the article's own wrapper named with a box's word, taken back.

    No body at all is never the answer for a page with prose on it. When its prose went
    because the element around it is named like a box by a class word alone, and the same
    element says it is an article too (an opinion piece in ``article.commentary``, a
    newsletter's web edition in ``div.newsletter-content``), the name misled: the wrapper
    holding the most paragraphs of prose, two or more, comes back whole. A box that says
    nothing else (``div.paywall-promo``, ``div.comments-area``) stays a box, even around
    the only prose of a page whose article is a video. A tag is structural evidence and
    still boxes (``aside``, ``form``), and a cookie notice is never an article.
    """
    held: dict[int, list[int]] = {}  # wrapper -> the prose blocks its word took
    for index, block in enumerate(blocks):
        structure = block.structure
        kind = kinds[index]
        if kind not in BOX_KINDS or kind == "cookie" or structure is None or structure.node < 0:
            continue
        if not is_prose(block.text, structure.links):
            continue
        wrapper = _namer(structure.node, kind, elements, memo, around)
        if wrapper >= 0:
            held.setdefault(wrapper, []).append(index)
    if not held:
        return
    wrapper, prose = max(held.items(), key=lambda item: (len(item[1]), -item[0]))
    if len(prose) < _WRAPPER_PROSE:
        return
    kind = kinds[prose[0]]
    start, end = elements[wrapper].start, elements[wrapper].end
    for index, block in enumerate(blocks):
        structure = block.structure
        if (
            kinds[index] == kind
            and start <= block.start
            and block.end <= end
            and structure is not None
            and _innermost(structure.node, kind, elements, memo, wrapper) == wrapper
        ):
            kinds[index] = "body"  # not a box of its own inside it (its readers' comments)
    FLOOR_STATS["pages"] += 1
    FLOOR_STATS["rescued"] += len(prose)


def _namer(
    node: int,
    kind: str,
    elements: Sequence[Element],
    memo: dict[int, str | None],
    around: Set[int],
) -> int:
    """The element whose class word gave ``kind`` to the block at ``node``, or -1 when a tag
    gave it or a tag boxes the block."""
    found = -1
    at = node
    while at >= 0 and at not in around:
        element = elements[at]
        if element.tag in _STRUCTURAL_TAGS:
            return -1
        if at not in memo:
            memo[at] = element_kind(element)
        if found < 0 and memo[at] == kind and element.ident:
            found = at
        at = element.parent
    if found >= 0 and not _article_named(elements[found]):
        return -1
    return found


def _innermost(
    node: int, kind: str, elements: Sequence[Element], memo: dict[int, str | None], stop: int
) -> int:
    """The innermost element from ``node`` up to ``stop`` whose tag or class says ``kind``."""
    at = node
    while at >= 0:
        if at not in memo:
            memo[at] = element_kind(elements[at])
        if memo[at] == kind or at == stop:
            return at
        at = elements[at].parent
    return -1


_ARTICLE_PARTS = frozenset(
    {"article", "content", "body", "text", "story", "entry", "post", "prose", "main", "column"}
)


def _article_named(element: Element) -> bool:
    """Whether an element says it is an article too: ``<article>``, or a class or id part
    naming article text (``newsletter-content``, ``commentary-body``). A box's wrapper does
    not (``paywall-promo``, ``comments-area``, ``related-stories``)."""
    if element.tag == "article":
        return True
    return any(part in _ARTICLE_PARTS for part in _PARTS.split(element.ident))
