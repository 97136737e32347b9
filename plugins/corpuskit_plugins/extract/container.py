"""Finding the article container, as readability does, with corrections for where it fails.

Every block that reads like prose (long, few links) scores its length for its element, half for
the grandparent, less above; an element's score is scaled by its non-link share and by its
class and id (``article-body`` up, ``sidebar`` down). The best element is the container, then:
an ancestor holding several near-best candidates replaces it (a feature in sections); a strong
candidate between the ``<h1>`` and it wins (a comment thread outscoring the article above it),
and one under the ``<h1>`` the title names wins over a best that ends above it (a consent
wall's legal text);
siblings and cousins that read as prose join it (an article split around an ad slot or across
grid rows).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache

from corpuskit import Block
from corpuskit.html import Element
from corpuskit_plugins.extract.evidence import (
    BOX_KINDS,
    DECK,
    NEGATIVE,
    OUTSIDE_TAG_KINDS,
    SENTENCE,
    class_weight,
    element_kind,
    held,
    is_prose,
)
from corpuskit_plugins.generic.context import IDEOGRAPHS

_PROSE_TAGS = {
    "p": 1.0,
    "blockquote": 0.8,
    "pre": 0.6,
    "div": 0.7,
    "section": 0.7,
    "article": 0.7,
    "main": 0.7,
    "td": 0.6,
    "li": 0.3,
    "dd": 0.3,
    "font": 0.7,
    "center": 0.7,
    "": 0.5,
}
_MIN_PROSE = 40
_BARE_WEIGHT = 0.5
_PARAGRAPHS = frozenset({"p", "blockquote", "pre", "li", "dd", "h2", "h3", "h4", "h5", "h6"})


def find_container(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    min_prose: int = _MIN_PROSE,
    bare: bool = False,
    titled: int = -1,
) -> set[int]:
    """The elements holding the article: the best-scored one and its prose-rich siblings.

    A page with no prose in any element is scored again with text straight in ``<body>``
    counting (``bare``): pages from before CSS write ``<body>Text<br><br>More</body>`` or
    put the text in ``<font>`` runs, and scored nothing, so the whole article went as
    navigation. Only as a last resort, and only for prose (a sentence of 100 characters or
    more): on any other page, text in ``<body>`` is stray, and a ``<body>`` holding a
    one-line "Loading, please wait" is no article (the classifier keeps only the span from
    the first to the last prose block of a ``<body>`` that won: :func:`bare_body`). A page
    with no block long enough to be prose (a one-line note) is then scored with every block
    but the ones straight in ``<body>`` counting, so it still gets a body.

    ``titled`` is where the ``<h1>`` the page's ``<title>`` names starts (-1: none does):
    a best element ending above it yields to one under it (:func:`_after_headline`).
    """
    count = len(elements)
    score = [0.0] * count
    weak = [0.0] * count
    bonus = [0.0] * count
    chars = [0] * count
    links = [0] * count
    pieces = [0] * count
    prose = [0] * count
    parents = [element.parent for element in elements]
    for block in blocks:
        structure = block.structure
        if structure is not None and structure.node >= 0:
            pieces[structure.node] += 1
    _add_up(parents, pieces)
    headline = next(
        (b.start for b in blocks if b.structure is not None and b.structure.tag == "h1"), -1
    )
    holder = _SeriesHolder(blocks, elements, pieces, headline)
    broken = _broken_paragraphs(blocks, elements, min_prose)
    short = _short_sentences(blocks, elements, min_prose, holder)
    for number, block in enumerate(blocks):
        structure = block.structure
        if structure is None or structure.node < 0:
            continue
        length = len(block.text)
        linked = structure.links
        node = structure.node
        weight = _PROSE_TAGS.get(structure.tag, 0.0)
        if bare and structure.tag == "body" and is_prose(block.text, linked):
            weight = _BARE_WEIGHT
        measure = length if block.text.isascii() else length + _signs(block.text)
        scored = _counts(weight, measure, linked, min_prose) or (
            bool(weight) and (number in broken or number in short)
        )
        # Its element learns the block's text and link share, and whether it is prose (every
        # ancestor does below, from its children's totals).
        chars[node] += length
        links[node] += linked
        prose[node] += scored
        if not scored:
            continue
        # readability's paragraph score: one point, one per comma, one per 100 characters
        # up to three; so ten paragraphs outweigh one long legal notice.
        value = (
            weight
            * (1.0 - linked / length)
            * (1.0 + min(block.text.count(","), 5) + min(length / 100.0, 3.0))
        )
        # A paragraph scores for its parent and, less, for the ancestors above; text sitting
        # straight in a div (lines cut by <br>) scores for that div.
        # One-sentence paragraphs count apart (``weak``) and for their parent alone: a box of
        # short lines ("Sign up in one click.") neither lifts the element around it and the
        # article nor joins the article beside it.
        at, level = (elements[node].parent if structure.tag in _PARAGRAPHS else node), 0
        # A paragraph in one of a series of wrappers scores for the series' holder in full,
        # as for its parent (its wrappers keep their shares).
        series = holder(at)
        if number in short:
            weak[series] += value  # for the paragraphs' own parent only
            continue
        while at >= 0 and level < 6:
            share = 1.0 if level == 0 else 2.0 if level == 1 else level * 3.0
            score[at] += value / share
            if at == series and level:
                # The rest of a full share, for the search alone: the series' holder may be
                # the article, but a box of letters in a series beside it joins no more
                # than it did.
                bonus[at] += value - value / share
            at = elements[at].parent
            level += 1
    _add_up(parents, chars, links, prose)
    best, best_score = -1, 0.0
    finals: list[tuple[float, int]] = []
    for index in range(count):
        value = score[index] + weak[index] + bonus[index]
        if value <= 0:
            continue
        element = elements[index]
        value *= (1.0 - links[index] / chars[index]) * class_weight(element.ident)
        finals.append((value, index))
        if value > best_score:
            best, best_score = index, value
    if best < 0:
        if not bare and min_prose:
            return find_container(blocks, elements, min_prose, True, titled)
        return find_container(blocks, elements, 0, titled=titled) if min_prose else set()
    starts = [block.start for block in blocks]
    best, best_score, finals = _outside_forms(
        best, best_score, finals, blocks, starts, elements, headline
    )
    best, best_score, finals = _inside_main(best, best_score, finals, elements, prose)
    best = _shared_ancestor(best, best_score, finals, elements)
    if titled >= 0 and elements[best].end <= titled:
        best = _after_headline(best, best_score, finals, elements, titled, prose, chars)
    else:
        best = _first_after_headline(
            best, best_score, finals, elements, headline, prose, chars, blocks, starts
        )
    chosen = {best}
    parent = elements[best].parent
    if parent >= 0:
        threshold = max(3.0, 0.2 * score[best])

        def joins(index: int) -> bool:
            """A sibling of the best container that reads as prose, not links or furniture."""
            element = elements[index]
            if element.parent != parent or index == best:
                return False
            if chars[index] and links[index] * 3 > chars[index]:
                return False
            if NEGATIVE.search(element.ident) or element.tag in ("aside", "nav", "footer"):
                return False
            if _card_list(index, elements, blocks, starts) and not _same_article(
                index, best, elements
            ):
                return False
            # One-sentence paragraphs join only between the headline and the best candidate,
            # where the article stands: below it, a box of short lines is no article.
            between = 0 <= headline <= element.start < elements[best].start
            return score[index] + (weak[index] if between else 0.0) >= threshold

        for index in range(best + 1, count):
            if elements[index].start >= elements[parent].end:
                break
            if joins(index):
                chosen.add(index)
        chosen.update(index for index in range(best - 1, parent, -1) if joins(index))
        chosen.update(_between_parts(chosen, parent, elements, chars, links, blocks, starts))
        chosen.update(_cousins(best, elements, score, prose, chars, links, threshold, chosen))
        chosen.update(_slots(best, elements, chars, links, prose, blocks, chosen))
    return chosen


def _outside_forms(
    best: int,
    best_score: float,
    finals: list[tuple[float, int]],
    blocks: Sequence[Block],
    starts: Sequence[int],
    elements: Sequence[Element],
    headline: int,
) -> tuple[int, float, list[tuple[float, int]]]:
    """The best candidate apart from a ``<form>`` of controls that leaves the headline out.

    A reactions picker's tooltips name everyone who reacted in long comma lists ("ahale,
    rkoval and 5 more reacted with thumbs up emoji") and outscore an article made of short
    list items above it (release notes, a changelog). Such a form writes no sentence: a
    story sent by an "e-mail this story" or print form does, and stays where it is, as does
    any form around the page's ``<h1>`` (ASP.NET writes one around everything). The best
    candidate apart from every form that leaves the headline out, neither in one nor
    around one (``<body>`` holds everything), wins instead; a page without an ``<h1>`` gives
    no sign, and nothing changes.
    """
    if headline < 0:
        return best, best_score, finals
    at = best  # most pages: no form around the best, found in a walk up from it
    while at >= 0 and elements[at].tag != "form":
        at = elements[at].parent
    if at < 0:
        return best, best_score, finals
    form = elements[at]
    if form.start <= headline < form.end:
        return best, best_score, finals
    inside = blocks[bisect_left(starts, form.start) : bisect_left(starts, form.end)]
    if any(len(block.text) >= _MIN_PROSE and SENTENCE.search(block.text) for block in inside):
        return best, best_score, finals  # a sentence: the form may hold the article
    # Every form that leaves the headline out stands apart from the article then (a search
    # box's feedback form says a sentence, but holds no article either).
    forms = [
        (element.start, element.end)
        for element in elements
        if element.tag == "form" and not element.start <= headline < element.end
    ]

    def apart(index: int) -> bool:
        element = elements[index]
        return all(element.end <= first or element.start >= last for first, last in forms)

    outside = [(value, index) for value, index in finals if apart(index)]
    if not outside:
        return best, best_score, finals
    value, index = max(outside)
    return index, value, outside


def _inside_main(
    best: int,
    best_score: float,
    finals: list[tuple[float, int]],
    elements: Sequence[Element],
    prose: Sequence[int],
) -> tuple[int, float, list[tuple[float, int]]]:
    """The candidates inside the page's ``<main>``, when the best lies outside it and the
    ``<main>`` holds as many prose blocks as the best does.

    ``<main>`` is the page's own statement of where its content is: a box after it (the
    site's "About us" in well-formed paragraphs) can outscore the page's text inside it,
    whose class words name a CMS's modules ("PagePromo") or whose lines are cut by
    ``<br>``. A ``<main>`` that holds a hero and little prose says nothing of the article.
    """
    mains = [index for index, element in enumerate(elements) if element.tag == "main"]
    if len(mains) != 1:
        return best, best_score, finals
    main = elements[mains[0]]
    chosen = elements[best]
    if main.start <= chosen.start < main.end or chosen.start <= main.start < chosen.end:
        return best, best_score, finals  # inside it, or around it
    if prose[mains[0]] < prose[best]:
        return best, best_score, finals
    inside = [
        (value, index) for value, index in finals if main.start <= elements[index].start < main.end
    ]
    if not inside:
        return best, best_score, finals
    value, index = max(inside)
    return index, value, inside


_SERIES_WRAPPERS = 3
"""Copies of one wrapper, each around a single paragraph, that make a series: the paragraphs
of one article written by a component-based page builder."""


class _SeriesHolder:
    """The element a paragraph scores for when each paragraph has a wrapper of its own.

    Component-built pages (``div.text-block > div.rich-text > p``, once a paragraph) give every
    paragraph its own copy of one wrapper, so the article's element sat levels above each
    paragraph's parent and got a sixth of its score, while a list of teasers beside it, each
    a headline and a sentence in one card, gave its list half: the teasers won and the
    article went as navigation. A chain of wrappers holding the one paragraph and nothing
    else, whose outermost is one of three or more copies (same tag and class, serial tokens
    aside: :func:`template`) under one parent, is the paragraph's own box: the paragraph
    scores in full for the element holding the series, as a plain ``<p>`` does for the
    element holding it, in the search for the best element alone (its wrappers keep their
    shares, and joining siblings goes by those). Only a holder that holds the ``<h1>``, as
    the component-built article holds its headline block, or comes after it with no prose
    between (the post's content widget under the title widget): a column of text widgets
    before it, readers' letters or testimonials in a series below the article, are series
    too, and a page with no headline gives no sign which series is the article.
    """

    def __init__(
        self,
        blocks: Sequence[Block],
        elements: Sequence[Element],
        pieces: Sequence[int],
        headline: int,
    ) -> None:
        self.blocks = blocks
        self.elements = elements
        self.pieces = pieces
        self.headline = headline
        self._prose_starts: list[int] | None = None
        self._copies: dict[tuple[int, str, str], int] | None = None

    def __call__(self, at: int) -> int:
        elements, pieces = self.elements, self.pieces
        if at < 0 or pieces[at] != 1:
            return at
        top = at
        while (up := elements[top].parent) >= 0 and pieces[up] == 1:
            top = up
        wrapper = elements[top]
        if wrapper.parent < 0 or not wrapper.ident:
            return at
        if not self._under_headline(elements[wrapper.parent]):
            return at  # a sidebar's widgets, readers' letters below the article
        if self._copies is None:
            copies: dict[tuple[int, str, str], int] = {}
            for element in elements:
                if element.ident:
                    key = (element.parent, element.tag, template(element.ident))
                    copies[key] = copies.get(key, 0) + 1
            self._copies = copies
        key = (wrapper.parent, wrapper.tag, template(wrapper.ident))
        return wrapper.parent if self._copies[key] >= _SERIES_WRAPPERS else at

    def _under_headline(self, outer: Element) -> bool:
        """Whether an element holds the ``<h1>``, or follows it with no prose between."""
        headline = self.headline
        if headline < 0 or outer.end <= headline:
            return False
        if outer.start <= headline:
            return True
        if self._prose_starts is None:  # made for the few pages that ask: a pass over blocks
            self._prose_starts = [
                b.start
                for b in self.blocks
                if b.structure is not None
                and _counts(
                    _PROSE_TAGS.get(b.structure.tag, 0.0),
                    len(b.text),
                    b.structure.links,
                    _MIN_PROSE,
                )
            ]
        starts = self._prose_starts
        return bisect_left(starts, headline) == bisect_left(starts, outer.start)


@lru_cache(maxsize=4096)
def template(ident: str) -> str:
    """An element's class and id without the tokens that number it: what its copies share.

    Page builders give each copy of a widget a serial class of its own besides the template's
    (``elementor-element-10c8 elementor-widget-text-editor``); a token with a figure in it
    numbers or hashes, and is dropped, unless nothing is left (``ssrcss-1q0x1qg-paragraph``
    is the template's whole name).
    """
    if _FIGURE.search(ident) is None:
        return ident
    kept = " ".join(token for token in ident.split() if _FIGURE.search(token) is None)
    return kept or ident


_FIGURE = re.compile(r"\d")


_LINKED_OPENINGS = 2 / 3
"""Share of a series' copies that open with a link for the series to be cards."""


def _between_parts(
    chosen: set[int],
    parent: int,
    elements: Sequence[Element],
    chars: Sequence[int],
    links: Sequence[int],
    blocks: Sequence[Block],
    starts: Sequence[int],
) -> set[int]:
    """The siblings lying between two parts of the article that are the article's own short
    pieces: a list of fares, a one-sentence paragraph, a subheading straight in the parent.
    They score too little to join by prose, and went as the page's footer in the middle of
    the text. Text alone cannot tell them from a box there (a poll, a writer's card, a
    "read also" teaser, an ad), so only their shape lets them in: a copy of a part's own
    wrapper (same tag and class), an element of text itself (a paragraph, a list, a table,
    a subheading), a wrapper of list items or table cells alone, or a quotation's box;
    and never a box's class, tag or links. A subheading over a sibling that stays out is
    that box's label."""
    parts = [index for index in chosen if elements[index].parent == parent]
    if len(parts) < 2:
        return set()
    shapes = {(elements[index].tag, template(elements[index].ident)) for index in parts}
    first, last = min(parts), max(parts)
    found: list[int] = []
    for index in range(first + 1, last):
        element = elements[index]
        if element.parent != parent or index in chosen:
            continue
        if (chars[index] and links[index] * 3 > chars[index]) or (
            NEGATIVE.search(element.ident) or element.tag in _BOX_TAGS
        ):
            continue
        if (element.tag, template(element.ident)) in shapes or element.tag in _TEXT_TAGS:
            if not _card_list(index, elements, blocks, starts):
                found.append(index)
        elif _items_only(element, blocks, starts) or _quotation(
            index, parts, elements, chars, links, blocks, starts
        ):
            found.append(index)
    siblings = [index for index in range(first, last + 1) if elements[index].parent == parent]
    taken = set(found) | set(parts)
    for index in found:
        if elements[index].tag in _SUBHEADINGS:
            after = siblings[siblings.index(index) + 1]
            if after not in taken:
                taken.discard(index)  # "See also" over the box's links, which stay out
    return taken - set(parts)


_BOX_TAGS = frozenset({"aside", "nav", "footer", "form", "header", "dialog", "menu"})
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TEXT_TAGS = _SUBHEADINGS | {"p", "ul", "ol", "dl", "table", "blockquote", "pre"}
_CELLS = frozenset({"li", "td", "th", "dd", "dt"})


def _quotation(
    index: int,
    parts: Sequence[int],
    elements: Sequence[Element],
    chars: Sequence[int],
    links: Sequence[int],
    blocks: Sequence[Block],
    starts: Sequence[int],
) -> bool:
    """Whether an element is a quotation's box: a ``<blockquote>`` in it holds half its text
    or more (the rest, its attribution). A page builder wraps each block of the text in a
    box of its kind (``div.block--text``, ``div.block--quote``), so the quotation's box is
    no copy of the parts' wrappers, and a short quotation scores too little to join.

    Not a box with a link: a post embedded from a social network is a ``<blockquote>``
    whose attribution links to the post (``— Name (@handle) <a>date</a>``), and a quotation
    cites no link. Not a quotation whose words stand in the parts already: a pull quote
    repeats a sentence of the text."""
    if links[index]:
        return False
    for inner in held(elements, index):
        if elements[inner].tag == "blockquote" and chars[inner] * 2 >= chars[index]:
            return not _repeated(elements[inner], parts, elements, blocks, starts)
    return False


def _inside(element: Element, blocks: Sequence[Block], starts: Sequence[int]) -> list[Block]:
    """The blocks overlapping an element (a block opens at its first tag, which may be the
    box's around the element)."""
    last = bisect_left(starts, element.end)
    first = last
    while first > 0 and blocks[first - 1].end > element.start:
        first -= 1
    return list(blocks[first:last])


def _repeated(
    quote: Element,
    parts: Sequence[int],
    elements: Sequence[Element],
    blocks: Sequence[Block],
    starts: Sequence[int],
) -> bool:
    """Whether every line of a quotation stands in the parts' text (a pull quote)."""
    text = " ".join(
        _plain(block.text) for part in parts for block in _inside(elements[part], blocks, starts)
    )
    lines = [_plain(block.text) for block in _inside(quote, blocks, starts)]
    lines = [line for line in lines if line]
    return bool(lines) and all(line in text for line in lines)


def _plain(text: str) -> str:
    """Text cased and spaced alike, without the quotation marks around it."""
    return " ".join(text.split()).casefold().strip(_MARKS)


_MARKS = "\"'“”„‘’«»‹› "


def _items_only(element: Element, blocks: Sequence[Block], starts: Sequence[int]) -> bool:
    """Whether an element's text is list items or table cells and nothing else."""
    inside = blocks[bisect_left(starts, element.start) : bisect_left(starts, element.end)]
    return bool(inside) and all(
        block.structure is not None and block.structure.tag in _CELLS for block in inside
    )


def _card_list(
    index: int, elements: Sequence[Element], blocks: Sequence[Block], starts: Sequence[int]
) -> bool:
    """Whether an element is a list of teaser cards: three or more copies of one wrapper
    (same tag and class) as its children, nearly all opening with a link.

    A "Features and analysis" list beside the article gives each story a card, a linked
    headline over a sentence of summary; the summaries read as prose and the links are a
    small share of the text, so the list joined the article as a sibling. An article's
    own sections do not open each with a link to somewhere else.
    """
    outer = elements[index]
    groups: dict[tuple[str, str], list[int]] = {}
    for child in range(index + 1, len(elements)):  # elements are in source order
        element = elements[child]
        if element.start >= outer.end:
            break
        if element.parent == index and element.ident:
            groups.setdefault((element.tag, element.ident), []).append(child)
    for copies in groups.values():
        if len(copies) < _SERIES_WRAPPERS:
            continue
        linked = 0
        for child in copies:
            element = elements[child]
            first = bisect_left(starts, element.start)
            if first < len(blocks) and blocks[first].end <= element.end:
                structure = blocks[first].structure
                if structure is not None and structure.links * 2 >= len(blocks[first].text):
                    linked += 1
        if linked >= _LINKED_OPENINGS * len(copies):
            return True
    return False


def enclosing_article(index: int, elements: Sequence[Element]) -> int:
    """The ``<article>`` element that is element ``index`` or holds it (-1: none does)."""
    at = index
    while at >= 0 and elements[at].tag != "article":
        at = elements[at].parent
    return at


def _same_article(index: int, best: int, elements: Sequence[Element]) -> bool:
    """Whether an element lies in the ``<article>`` that holds the best one: a section of
    the article (an expert panel, each voice opening with a linked name), not a box beside
    it, whatever its shape."""
    at = enclosing_article(elements[index].parent, elements)
    return at >= 0 and elements[at].start <= elements[best].start < elements[at].end


def one_story(chosen: set[int], elements: Sequence[Element], headline: int) -> set[int]:
    """Of parts in different ``<article>`` elements, those of the story whose ``<h1>`` (at
    source offset ``headline``) is the page's: the one its ``<title>`` names.

    A page that loads the next story below the first (an infinite scroll) repeats the
    article's template, and the next story's body, longer, won the container search with the
    page's story joining it as a cousin: the body held two articles. Parts of one story
    share an ``<article>``; the title says which story the page is, whichever comes first (a
    promotion's card with a headline of its own may sit above it).
    """
    if len(chosen) < 2 or headline < 0:
        return chosen
    stories: dict[int, set[int]] = {}
    for index in chosen:
        at = enclosing_article(index, elements)
        if at < 0:
            return chosen  # a part in no <article>: no story to tell apart
        stories.setdefault(at, set()).add(index)
    if len(stories) < 2:
        return chosen
    for story, parts in stories.items():
        if elements[story].start <= headline < elements[story].end:
            return parts
    return chosen


_BROKEN_LINES = 3
_STANZAS = 2
_WHOLE_POEM = 8
_ITEMS = frozenset({"li", "dd", "dt"})


def _broken_paragraphs(
    blocks: Sequence[Block], elements: Sequence[Element], min_prose: int
) -> set[int]:
    """The blocks that are lines of one element cut by ``<br>`` and together make prose: a
    poem's stanzas.

    A poem has no line of 40 characters, so its stanzas went uncounted while the poet's
    one-paragraph biography scored, and the article went as navigation. The lines of one
    element count together, as readability scores a paragraph by its whole text, when there
    are three or more (an agency and a date stacked in a byline box are no paragraph) and
    the element has a sibling of the same kind, or eight lines or more: stanzas come several
    to a poem, or all in one element, where a reader's message, a card or a comment is one
    short such paragraph in a wrapper of its own.
    Lines with figures, more than half of them, are a listing, not verse or prose: a
    schedule ("06:00 Morning news"), an address ("12 Harbour Road"), a TV grid. A list
    item's lines are a comment's or a card's: a thread of short replies would outscore the
    article.
    """
    runs: dict[int, list[tuple[int, int]]] = {}  # parent -> the runs of its children
    first = 0
    while first < len(blocks):
        node = _node(blocks[first])
        last = first
        while last + 1 < len(blocks) and node >= 0 and _node(blocks[last + 1]) == node:
            last += 1
        if last - first + 1 >= _BROKEN_LINES and _verse(blocks[first : last + 1], min_prose):
            runs.setdefault(elements[node].parent, []).append((first, last))
        first = last + 1
    found: set[int] = set()
    for siblings in runs.values():
        for first, last in siblings:
            if len(siblings) >= _STANZAS or last - first + 1 >= _WHOLE_POEM:
                found.update(range(first, last + 1))
    return found


def _short_sentences(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    min_prose: int,
    holder: Callable[[int], int],
) -> set[int]:
    """Paragraphs of one short sentence each, three or more in a row under one parent.

    A breaking-news item or a tabloid writes a sentence a paragraph ("Nobody has been hurt."),
    none of 40 characters, so the article's element scored nothing and the readers' comments
    below it, longer, won: the article went as navigation. Sentences in a row make prose as
    a paragraph does; a menu's items are no sentences, and a comment is one paragraph in a
    wrapper of its own. A page builder's paragraphs, each in a copy of one wrapper, are in a
    row under the element holding the series (:class:`_SeriesHolder`).
    """
    found: set[int] = set()
    run: list[int] = []
    parent = -2
    for number, block in enumerate(blocks):
        structure = block.structure
        text = block.text
        if (
            structure is not None
            and structure.tag == "p"
            and structure.node >= 0
            and _SHORT_SENTENCE <= len(text) < min_prose
            and structure.links * 2 <= len(text)
            and text.endswith(_SENTENCE_ENDS)
        ):
            above = holder(elements[structure.node].parent)
            if run and above == parent and _node(blocks[run[-1]]) != structure.node:
                run.append(number)  # a paragraph of its own, not a line after a <br>
                continue
            if len(run) >= _SENTENCES:
                found.update(run)
            run, parent = [number], above
            continue
        if len(run) >= _SENTENCES:
            found.update(run)
        run = []
    if len(run) >= _SENTENCES:
        found.update(run)
    return found


_SHORT_SENTENCE = 8
_SENTENCES = 3
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", '."', ".”", "!”", "?”")


def _verse(run: Sequence[Block], min_prose: int) -> bool:
    """Whether an element's lines read as verse or prose: not list items, not a listing."""
    structure = run[0].structure
    if structure is None or structure.tag in _ITEMS:
        return False
    length = sum(len(line.text) for line in run)
    linked = sum(_links(line) for line in run)
    figures = sum(any(map(str.isdigit, line.text)) for line in run)
    return length >= min_prose and linked * 2 <= length and figures * 2 <= len(run)


def _node(block: Block) -> int:
    structure = block.structure
    return structure.node if structure is not None else -1


def _links(block: Block) -> int:
    structure = block.structure
    return structure.links if structure is not None else 0


_CJK_SENTENCE_END = ("。", "！", "？", "」", "』", "）", ".", "!", "?")


_HANGUL = re.compile("[\uac00-\ud7a3]")


def _signs(text: str) -> int:
    """Kana and Han signs in ``text``: each says about what two letters do, so a Chinese
    sentence of 25 signs ("麵線是向附近一家老製麵廠訂的，口感有彈性。") is as long as an
    English one of 50 letters, and counts as prose as that one does. A Hangul syllable,
    written with spaces between its words, says about what one and a half letters do ("지난주에
    드디어 혼자 제주 올레 7코스를 걷고 왔어요.", 29 signs, is an English sentence of 50):
    a blog's one-sentence paragraphs scored as no prose, and its text went as menus. Only a
    sentence, ending as one does: a site's address line or a list of its hotlines runs long
    in signs too."""
    if not text.rstrip().endswith(_CJK_SENTENCE_END):
        return 0
    return len(IDEOGRAPHS.findall(text)) + len(_HANGUL.findall(text)) // 2


def _add_up(parents: Sequence[int], *totals: list[int]) -> None:
    """Each element's own counts made its subtree's, every child's total added to its parent.

    Elements come in document order, each after its parent, so one backward pass adds every
    child's finished total to its parent: a walk up from each block over all its ancestors
    cost a page's blocks times its depth (ten to thirty levels) for each count.
    """
    for index in range(len(parents) - 1, -1, -1):
        parent = parents[index]
        if parent >= 0:
            for total in totals:
                if total[index]:
                    total[parent] += total[index]


def _counts(weight: float, length: int, linked: int, min_prose: int) -> bool:
    """Whether a block counts as prose for its element: a prose tag, long enough, and at most
    half of it link text."""
    return bool(weight) and length >= min_prose and linked * 2 <= length


def bare_body(blocks: Sequence[Block], elements: Sequence[Element], chosen: set[int]) -> bool:
    """Whether the container is ``<body>`` won as the last resort: no element holds prose.

    Its text is the page's whole text, furniture included (a line of menu links on top, a
    copyright line at the foot), so the classifier keeps only the span of prose in it.
    """
    if len(chosen) != 1 or elements[next(iter(chosen))].tag != "body":
        return False
    for block in blocks:
        structure = block.structure
        if structure is None or structure.node < 0:
            continue
        weight = _PROSE_TAGS.get(structure.tag, 0.0)
        if _counts(weight, len(block.text), structure.links, _MIN_PROSE):
            return False  # the first pass scored an element: <body> won on its own merit
    return True


_SLOT_LEVELS = 3
_SERIES = 2
"""Copies of the slot that make a series of sections, whatever they weigh. (Two boilerplate
copies, an "About the company" and a "Media contact", pass for a series too: the known limit,
``tests/fixtures/html-classes/two_boilerplate_slots``.)"""


def _slots(
    best: int,
    elements: Sequence[Element],
    chars: Sequence[int],
    links: Sequence[int],
    prose: Sequence[int],
    blocks: Sequence[Block],
    chosen: set[int],
) -> list[int]:
    """The other sections of an article built from one repeated template slot.

    Page builders (Drupal paragraphs, WordPress blocks) put each section of a page in its
    own copy of one wrapper (``div.section-item > div.text-block--history``); the best
    container is one section, and its siblings are its cousins' parents, not its own. The
    evidence is structural: an ancestor of the container, a few levels up, repeated with the
    same tag and class under one parent. Its copies that hold prose, mostly not links, under
    no box word join, when there are two or more of them (a series of sections) or together
    they outweigh the container; a single lesser copy is an article with a boilerplate
    paragraph in the next slot. A copy after the container
    holding an ``<h1>`` is another article (an infinite scroll appends the next story in the
    same slot), not a section of this one.
    """
    h1s = [
        elements[b.structure.node].start
        for b in blocks
        if b.structure is not None and b.structure.tag == "h1" and b.structure.node >= 0
    ]
    at, level = elements[best].parent, 0
    while at >= 0 and level < _SLOT_LEVELS and elements[at].tag not in ("body", "html"):
        slot = elements[at]
        if slot.ident:
            end = elements[slot.parent].end if slot.parent >= 0 else 1 << 62
            copies = []
            for index in range(slot.parent + 1, len(elements)):  # elements are in order
                element = elements[index]
                if element.start >= end:
                    break
                if (
                    element.parent == slot.parent
                    and index != at
                    and element.tag == slot.tag
                    and element.ident == slot.ident
                ):
                    copies.append(index)
            if copies:
                found: list[int] = []
                for index in copies:
                    element = elements[index]
                    if index in chosen or not prose[index]:
                        continue
                    if links[index] * 3 > chars[index] or NEGATIVE.search(element.ident):
                        continue
                    if element.start > slot.start and any(
                        element.start <= h1 < element.end for h1 in h1s
                    ):
                        continue
                    found.append(index)
                # A series of sections is the article's; a lone copy only when it outweighs
                # the container: a press release's "About the company" sits in the next copy
                # of the text slot, and is not article.
                if len(found) >= _SERIES or sum(chars[i] for i in found) > chars[best]:
                    return found
                return []
        at = slot.parent
        level += 1
    return []


_EARLIER_SHARE = 0.4
_LEAD_CHARS = 200
"""Characters of a standfirst at most, as a lone paragraph (two lines or so)."""
_PARTS = 2
"""Paragraphs of prose an element holding the ``<h1>`` needs to be the article's."""


def _first_after_headline(
    best: int,
    best_score: float,
    finals: list[tuple[float, int]],
    elements: Sequence[Element],
    h1: int,
    prose: Sequence[int],
    chars: Sequence[int],
    blocks: Sequence[Block],
    starts: Sequence[int],
) -> int:
    """The first strong candidate after the headline (the first ``<h1>``, starting at ``h1``
    in the source; -1: none), when the best one comes later.

    An article follows its headline; what outscores it further down is a comment thread or
    a feed, whose many short items add up (readability's scores sum paragraphs, so twelve
    comments beat four paragraphs). A candidate between the ``<h1>`` and the best element
    (or holding the ``<h1>`` and two paragraphs of prose at least, as a page builder's column
    holds the headline over the text, not a hero's standfirst under it), scoring at least two
    fifths of it and not one of its ancestors, is the article. A page
    with no ``<h1>`` keeps the best: without a headline, position says nothing. (``starts``:
    each block's start, in order.)
    """
    if h1 < 0:
        return best
    top = elements[best]
    for value, index in sorted(finals, key=lambda f: elements[f[1]].start):
        element = elements[index]
        if element.start >= top.start:
            break
        strong = value >= _EARLIER_SHARE * best_score
        if (
            strong
            and prose[index] < _PARTS
            and chars[index] < _LEAD_CHARS
            and not _says_a_sentence(element, blocks, starts)
        ):
            continue  # a meta line run together ("Name Place Published: July 31, 2024 ...")
        if _strong_under(element, strong, top, h1, prose[index], chars[index]):
            return index
    return best


_SENTENCE_END = tuple('.!?。！？…"”»’)')


def _says_a_sentence(element: Element, blocks: Sequence[Block], starts: Sequence[int]) -> bool:
    """Whether an element's last block ends like a sentence (a brief does; a byline with
    its place and dates run together does not). ``starts``: each block's start, in order."""
    at = bisect_left(starts, element.end) - 1
    if at < 0 or blocks[at].start < element.start or blocks[at].end > element.end:
        return False
    return blocks[at].text.rstrip().endswith(_SENTENCE_END)


def _strong_under(
    element: Element, strong: bool, top: Element, h1: int, prose: int, chars: int
) -> bool:
    """Whether a candidate scoring ``strong`` enough stands under the headline (or holds it
    with two paragraphs of prose: not a hero's standfirst, a site's tagline) and is no
    ancestor of the best one (``top``). A standfirst under the headline is no article either:
    one paragraph of under two lines (``_LEAD_CHARS``), beside the best one in the same
    wrapper or named a standfirst (``blog-item-excerpt``), where the article's paragraphs,
    each in wrappers of their own, scored apart and less than their sum. (A short brief
    above a thread of comments in a box of their own is still the article.)"""
    if not strong or element.end <= h1:
        return False
    if prose < _PARTS and (
        element.start < h1
        or (chars < _LEAD_CHARS and (element.parent == top.parent or DECK.search(element.ident)))
    ):
        return False
    return not (element.start <= top.start and top.end <= element.end)


def _after_headline(
    best: int,
    best_score: float,
    finals: list[tuple[float, int]],
    elements: Sequence[Element],
    h1: int,
    prose: Sequence[int],
    chars: Sequence[int],
) -> int:
    """The strongest candidate under the headline, when the best one ends above it.

    What stands above an article's headline and outscores it is no article: a consent
    wall's legal paragraphs, an overlay's sign-up text, a site's own blurb. The best
    candidate after the ``<h1>`` (or holding it with two paragraphs of prose, but not
    holding the best too), scoring at least two fifths of the best, is the article; with
    none, the best stays. Only the ``<h1>`` the page's ``<title>`` names (``h1``) says so:
    a blog's first ``<h1>`` may head an "About me" widget or the comments below the post,
    whose headline is an ``<h2>``.
    """
    top = elements[best]
    found, found_score = best, 0.0
    for value, index in finals:
        strong = value >= _EARLIER_SHARE * best_score
        if value > found_score and _strong_under(
            elements[index], strong, top, h1, prose[index], chars[index]
        ):
            found, found_score = index, value
    return found


_TOP_CANDIDATES = 5
_CLOSE_SHARE = 0.5
_MIN_SHARING = 3


def _shared_ancestor(
    best: int, best_score: float, finals: list[tuple[float, int]], elements: Sequence[Element]
) -> int:
    """The ancestor of the best element that holds several near-best ones, as readability does.

    A page of sections (a feature in parts, a product page) scores each part about the same;
    when three of the next best candidates, each at least half the best, sit under one
    ancestor of the best element, that ancestor is the article.
    """
    close = [
        index
        for value, index in sorted(finals, reverse=True)[1:_TOP_CANDIDATES]
        if value >= _CLOSE_SHARE * best_score
    ]
    if len(close) < _MIN_SHARING:
        return best
    at = elements[best].parent
    while at >= 0 and elements[at].tag not in ("body", "html"):
        outer = elements[at]
        inside = sum(
            outer.start <= elements[i].start and elements[i].end <= outer.end for i in close
        )
        if inside >= _MIN_SHARING:
            return at
        at = outer.parent
    return best


_COUSIN_PARAGRAPHS = 2
"""Paragraphs of prose a cousin of the container holds that make it the article's, whatever
its score, when it sits in copies of the container's slots (:func:`_same_slots`): a closing
FAQ wraps each question and its answer in a box of its own, so its paragraphs score for
those boxes and a fraction of theirs for the slot above them."""


def _same_slots(one: int, other: int, elements: Sequence[Element]) -> bool:
    """Whether two elements sit in copies of the same slots up to the element holding both:
    the same tag and class at each level above them, serial numbers aside (a second
    paragraph item of the body's field, Tilda's ``rec712345`` records; not a sidebar widget
    built from the body's text class)."""
    a, b = elements[one].parent, elements[other].parent
    while a >= 0 and b >= 0 and a != b:
        left, right = elements[a], elements[b]
        if left.tag != right.tag or template(left.ident) != template(right.ident):
            return False
        a, b = elements[a].parent, elements[b].parent
    return a == b


def _following_copies(best: int, elements: Sequence[Element], prose: Sequence[int]) -> set[int]:
    """The container's next siblings, each a numbered copy of its own slot, up to the last
    that holds a paragraph of prose: a CMS that keeps each block of an article in a box of
    its own, numbered (Concrete's ``div.ccm-block-content.bID-311``, then ``bID-312`` with a
    subheading and a list, then ``bID-313`` with a paragraph), writes the article on in
    them, however little prose the boxes between hold. Copies after the last paragraph (a
    council page's "Was this page helpful?") stay the site's; a standing box written in
    sentences ("Monday to Friday, 9am to 5pm. Closed on bank holidays.") joins, which no
    structure tells apart: kept text is the lesser harm than an article's lost section."""
    own = elements[best]
    if own.parent < 0 or template(own.ident) == own.ident:
        return set()  # no number to follow on from: copies of a slot say nothing here
    end = elements[own.parent].end
    copies: list[int] = []
    for index in range(best + 1, len(elements)):
        element = elements[index]
        if element.start >= end:
            break  # past the element that holds them all
        if element.parent != own.parent:
            continue  # a child of a copy: the copy already counts
        if element.tag != own.tag or template(element.ident) != template(own.ident):
            break
        copies.append(index)
    written = [at for at, index in enumerate(copies) if prose[index]]
    return set(copies[: written[-1] + 1]) if written else set()


def _cousins(
    best: int,
    elements: Sequence[Element],
    score: Sequence[float],
    prose: Sequence[int],
    chars: Sequence[int],
    links: Sequence[int],
    threshold: float,
    chosen: set[int],
) -> list[int]:
    """Elements made from the same template slot as the container, elsewhere on the page.

    An article cut into grid rows (``div.row > div.col > div.text`` twice, an ad column
    between) has halves that are cousins, not siblings. The evidence is structural: the
    same tag with the same class, the tokens that number a page builder's copies aside
    (``et_pb_text_0``, ``et_pb_text_1``: :func:`template`), scoring as prose on its own,
    mostly not links, and under no element that says it is a box (``aside``,
    ``.related``...). A bare element (no class or id) says nothing of a template, so it
    joins nothing.
    """
    tag, own = elements[best].tag, elements[best].ident
    ident = template(own)
    if not ident:
        return []
    following = _following_copies(best, elements, prose)
    found: list[int] = []
    for index, element in enumerate(elements):
        if element.tag != tag or index in chosen or template(element.ident) != ident:
            continue
        next_block = index in following  # the article's next block, numbered on from its own
        if (
            not next_block
            and element.ident != own
            and (ident.count(" ") < 1 or prose[index] < _COUSIN_PARAGRAPHS)
        ):
            # Numbered copies of one slot ("et_pb_text_0", "et_pb_text_1") share two class
            # words besides the number ("col-md-8" and "col-md-4" share only "row"), and
            # the copy holds two paragraphs of prose: a "Who we are" box beside the
            # article, a heading, a sentence and a list, is a module of the same builder.
            continue
        if (
            not next_block
            and score[index] < threshold
            and (prose[index] < _COUSIN_PARAGRAPHS or not _same_slots(index, best, elements))
        ):
            continue
        if chars[index] and links[index] * 3 > chars[index]:
            continue
        at = element.parent
        while at >= 0 and at not in chosen:
            outer = elements[at]
            if outer.tag in OUTSIDE_TAG_KINDS or outer.tag == "aside":
                break
            if element_kind(outer) in BOX_KINDS:
                break
            at = outer.parent
        if at < 0:  # neither inside a chosen element nor under a box
            found.append(index)
    return found
