"""The generic main-content extractor for HTML pages: body blocks in, debris labelled out.

Only HTML pages are its business (``page.kind == "html"``); on text pages it proposes nothing.
It works on the blocks corpuskit's HTML segmenter made (see ``docs/html.md``) in three steps:

1. **Find the article container**, as readability does: every block that reads like prose
   (long, few links) scores its length for its element, half for the grandparent, less above;
   an element's score is scaled by the share of its text that is not links and by its class
   and id (``article-body`` up, ``sidebar`` down). The best element is the container; sibling
   elements that read as prose too (an article split around an ad slot) join it.
2. **Clean inside the container**, as trafilatura and go-domdistiller do: a block goes when an
   element between it and the container says what it is (``figcaption``, ``.share``,
   ``.related``, ``aside``, ``form``...), when it is mostly links, or when it is the headline.
3. **Label everything**: debris kinds (``caption``, ``credit``, ``share``, ``related``,
   ``promo``, ``navigation``, ``footer``, ``tags``, ``comments``, ``cookie``, ``boilerplate``),
   ``title`` and ``subtitle`` for the
   headline, ``byline``/``dateline`` for article furniture; runs of one kind become one label.

Labels are proposed at priority 50: above the text cleaner's line rules (0), whose wording
tests were written for text pages, and below source plugins (100), which know their site.
Metadata (title, description, authors, date, canonical URL) comes from :mod:`.metadata`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from corpuskit import Block, Label, Metadata, Page, hookimpl
from corpuskit.html import Element, parse_page
from corpuskit_plugins.extract import metadata as _metadata
from corpuskit_plugins.generic.dates import date_header

NAME = "extract"
PRIORITY = 50
"""Between the text cleaner's line rules (0) and source plugins (100): on an HTML page the
structure is better evidence than a line's wording, and a site's own plugin knows best."""

_POSITIVE = re.compile(
    r"article|body|content|entry|main|post|story|text|blog|news-?item|hentry|prose|column"
)
_NEGATIVE = re.compile(
    r"comment|sidebar|side-?bar|widget|footer|masthead|related|recommend|promo|sponsor|share|"
    r"social|nav|menu|breadcrumb|banner|advert|popup|modal|cookie|newsletter|subscribe|"
    r"outbrain|taboola|trending|popular|most-?read|teaser|rail|aside|card|header"
)
# What an element between a block and the container says the block is; first match wins.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("credit", re.compile(r"credit|photographer|image-?source|photo-?source|attribution")),
    (
        "caption",
        re.compile(r"caption|image-?desc|photo-?desc|img-?desc|media-?desc|gallery|slideshow"),
    ),
    (
        "share",
        re.compile(r"share|sharing|social|sociable|addthis|follow-?us|print-?link|email-?link"),
    ),
    (
        "related",
        re.compile(
            r"related|recommend|more-?(?:stories|news|articles|from|on)|read-?more|readmore|"
            r"also-?read|see-?also|outbrain|taboola|popular|trending|most-?(?:read|viewed)|"
            r"next-?(?:article|story|up)|up-?next|teaser|suggest|\bcards?\b|more-?like"
        ),
    ),
    (
        "promo",
        re.compile(
            r"newsletter|subscri|sign-?up|signup|paywall|promo|advert|(?:^|[\s_-])ads?(?:$|[\s_-])"
            r"|sponsor|donat|register|membership|app-?download|optin|opt-in|piano|marketing"
        ),
    ),
    ("comments", re.compile(r"comment|disqus|respond|reply")),
    ("cookie", re.compile(r"cookie|consent|gdpr")),
    ("boilerplate", re.compile(r"modal|popup")),
    ("tags", re.compile(r"(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?list|keywords|topics|categor")),
    ("byline", re.compile(r"byline|by-?line|auth?or|contributor|writer|reporter")),
    ("dateline", re.compile(r"(?:^|[\s_-])date|timestamp|published|pubdate|dateline|posted-?on")),
    ("navigation", re.compile(r"(?:^|[\s_-])nav|menu|breadcrumb|masthead|skip|pagination|pager")),
    ("footer", re.compile(r"footer|colophon|disclaimer|copyright")),
)
_TAG_KINDS = {
    "figcaption": "caption",
    "figure": "caption",
    "nav": "navigation",
    "aside": "related",
    "footer": "footer",
    "dialog": "boilerplate",
    "h1": "title",
}
# Tags that say little on their own: an ancestor's class decides first ("Sign up" is a
# button of a newsletter box, not a share button).
_WEAK_TAG_KINDS = {"form": "promo", "button": "share", "label": "boilerplate"}
_OUTSIDE_TAG_KINDS = {"nav": "navigation", "header": "navigation", "footer": "footer"}
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
_PARAGRAPHS = frozenset({"p", "blockquote", "pre", "li", "dd", "h2", "h3", "h4", "h5", "h6"})
_SENTENCE = re.compile(r"[.!?…。]['\"”’)]*(?:\s|$)")


_kind_cache: dict[str, str | None] = {}


def _element_kind(element: Element) -> str | None:
    kind = _TAG_KINDS.get(element.tag)
    if kind is not None:
        return kind
    ident = element.ident
    if not ident:
        return _WEAK_TAG_KINDS.get(element.tag)
    if ident in _kind_cache:
        return _kind_cache[ident]
    for name, test in _KINDS:
        if test.search(ident):
            kind = name
            break
    if len(_kind_cache) > 50_000:
        _kind_cache.clear()
    _kind_cache[ident] = kind
    return kind


def _chain_kind(
    chain: list[int], elements: Sequence[Element], memo: dict[int, str | None]
) -> str | None:
    """The kind the innermost telling element of ``chain`` gives; weak tags come last."""
    weak = None
    for index in chain:
        if index not in memo:
            memo[index] = _element_kind(elements[index])
        kind = memo[index]
        if kind is None:
            continue
        if elements[index].tag in _WEAK_TAG_KINDS and kind == _WEAK_TAG_KINDS[elements[index].tag]:
            weak = weak or kind
            continue
        return kind
    return weak


_PROSE_WRAPPERS = frozenset({"p", "blockquote", "q", "span", "em", "i", "b", "strong", "cite"})


def _styles_prose(chain: list[int], elements: Sequence[Element], kind: str) -> bool:
    """Whether the class that says ``kind`` sits on the prose itself, not on a box around it.

    ``<p class="paywall">`` on every paragraph past the fold, or ``<blockquote
    class="promo-quote">`` around a quotation, styles article text: a class word is weak
    evidence, and a paragraph or a quotation is not a box. Boxes are divs, asides and forms:
    when an element around the paragraph says it is a box too, it is one.
    """
    styled = False
    for index in chain:
        element = elements[index]
        found = _element_kind(element)
        if element.tag in _PROSE_WRAPPERS and not styled:
            styled = found == kind
            continue
        if not styled:
            return False
        if found in _BOX_KINDS:
            return (
                False  # the box around says it too: ``div.relatedposts > p.relatedposts-excerpt``
            )
    return styled


def _class_weight(ident: str) -> float:
    if not ident:
        return 1.0
    weight = 1.0
    if _POSITIVE.search(ident):
        weight *= 1.3
    if _NEGATIVE.search(ident):
        weight *= 0.4
    if "articlebody" in ident or "article-body" in ident or "article_body" in ident:
        weight *= 1.5
    return weight


def find_container(
    blocks: Sequence[Block], elements: Sequence[Element], min_prose: int = _MIN_PROSE
) -> set[int]:
    """The elements holding the article: the best-scored one and its prose-rich siblings.

    A page with no block long enough to be prose (a one-line note) is scored again with
    every block counting, so it still gets a body.
    """
    count = len(elements)
    score = [0.0] * count
    chars = [0] * count
    links = [0] * count
    pieces = [0] * count
    prose = [0] * count
    for block in blocks:
        structure = block.structure
        if structure is None or structure.node < 0:
            continue
        length = len(block.text)
        linked = structure.links
        node = structure.node
        weight = _PROSE_TAGS.get(structure.tag, 0.0)
        scored = bool(weight) and length >= min_prose and linked * 2 <= length
        # Every ancestor learns the block's text and link share, and whether it is prose.
        at = node
        while at >= 0:
            chars[at] += length
            links[at] += linked
            pieces[at] += 1
            prose[at] += scored
            at = elements[at].parent
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
        at, level = (elements[node].parent if structure.tag in _PARAGRAPHS else node), 0
        while at >= 0 and level < 6:
            score[at] += value / (1.0 if level == 0 else 2.0 if level == 1 else level * 3.0)
            at = elements[at].parent
            level += 1
    best, best_score = -1, 0.0
    finals: list[tuple[float, int]] = []
    for index in range(count):
        value = score[index]
        if value <= 0:
            continue
        element = elements[index]
        value *= (1.0 - links[index] / chars[index]) * _class_weight(element.ident)
        finals.append((value, index))
        if value > best_score:
            best, best_score = index, value
    if best < 0:
        return find_container(blocks, elements, 0) if min_prose else set()
    best = _shared_ancestor(best, best_score, finals, elements)
    best = _first_after_headline(best, best_score, finals, elements, blocks)
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
            if _NEGATIVE.search(element.ident) or element.tag in ("aside", "nav", "footer"):
                return False
            return score[index] >= threshold

        for index in range(best + 1, count):
            if elements[index].start >= elements[parent].end:
                break
            if joins(index):
                chosen.add(index)
        chosen.update(index for index in range(best - 1, parent, -1) if joins(index))
        chosen.update(_cousins(best, elements, score, chars, links, threshold, chosen))
    return chosen


_EARLIER_SHARE = 0.4


def _first_after_headline(
    best: int,
    best_score: float,
    finals: list[tuple[float, int]],
    elements: Sequence[Element],
    blocks: Sequence[Block],
) -> int:
    """The first strong candidate after the headline, when the best one comes later.

    An article follows its headline; what outscores it further down is a comment thread or
    a feed, whose many short items add up (readability's scores sum paragraphs, so twelve
    comments beat four paragraphs). A candidate between the ``<h1>`` and the best element,
    scoring at least two fifths of it and not one of its ancestors, is the article. A page
    with no ``<h1>`` keeps the best: without a headline, position says nothing.
    """
    h1 = next((b.start for b in blocks if b.structure is not None and b.structure.tag == "h1"), -1)
    if h1 < 0:
        return best
    top = elements[best]
    for value, index in sorted(finals, key=lambda f: elements[f[1]].start):
        element = elements[index]
        if element.start >= top.start:
            break
        if element.start < h1 or value < _EARLIER_SHARE * best_score:
            continue
        if element.start <= top.start and top.end <= element.end:
            continue  # an ancestor of the best
        return index
    return best


_TOP_CANDIDATES = 5
_MIN_SHARING = 3


def _shared_ancestor(
    best: int, best_score: float, finals: list[tuple[float, int]], elements: Sequence[Element]
) -> int:
    """The ancestor of the best element that holds several near-best ones, as readability does.

    A page of sections (a feature in parts, a product page) scores each part about the same;
    when three of the next best candidates, each at least three quarters of the best, sit
    under one ancestor of the best element, that ancestor is the article.
    """
    close = [
        index
        for value, index in sorted(finals, reverse=True)[1:_TOP_CANDIDATES]
        if value >= 0.5 * best_score
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


def _cousins(
    best: int,
    elements: Sequence[Element],
    score: Sequence[float],
    chars: Sequence[int],
    links: Sequence[int],
    threshold: float,
    chosen: set[int],
) -> list[int]:
    """Elements made from the same template slot as the container, elsewhere on the page.

    An article cut into grid rows (``div.row > div.col > div.text`` twice, an ad column
    between) has halves that are cousins, not siblings. The evidence is structural: the
    same tag with the same class, scoring as prose on its own, mostly not links, and under
    no element that says it is a box (``aside``, ``.related``...). A bare element (no class
    or id) says nothing of a template, so it joins nothing.
    """
    tag, ident = elements[best].tag, elements[best].ident
    if not ident:
        return []
    found: list[int] = []
    for index, element in enumerate(elements):
        if element.ident != ident or element.tag != tag or index in chosen:
            continue
        if score[index] < threshold or (chars[index] and links[index] * 3 > chars[index]):
            continue
        at = element.parent
        while at >= 0 and at not in chosen:
            outer = elements[at]
            if outer.tag in _OUTSIDE_TAG_KINDS or outer.tag == "aside":
                break
            if _element_kind(outer) in _BOX_KINDS:
                break
            at = outer.parent
        if at < 0:  # neither inside a chosen element nor under a box
            found.append(index)
    return found


def classify(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    times: Sequence[tuple[str, int]] = (),
    description: str = "",
    title: str = "",
) -> list[str]:
    """A kind for every block: ``body`` for the article text, a field or debris kind else.

    ``times`` are the page's ``<time datetime>`` positions: a short block holding one before
    the article text is its dateline. ``description`` is the page's meta description: a lead
    before the article that says the same is its ``subtitle``, not body. ``title`` is the
    page's ``<title>``: a short line before the article text that repeats it is the headline.
    """
    titles = _title_parts(title)
    chosen = find_container(blocks, elements)
    scope = _article_scope(chosen, elements)
    around = _ancestors(chosen, elements)
    memo: dict[int, str | None] = {}
    kinds: list[str] = []
    seen_body = False
    for block in blocks:
        structure = block.structure
        node = structure.node if structure is not None else -1
        chain: list[int] = []
        at = node
        inside = False
        while at >= 0:
            if at in chosen:
                inside = True
                break
            chain.append(at)
            at = elements[at].parent
        if not inside:
            if not seen_body and _near_prose(block, chain, scope, elements, memo):
                kinds.append("subtitle" if _same_start(block.text, description) else "body")
                continue
            kind = _outside_kind(_below(chain, around), elements, memo, seen_body)
            if not seen_body and len(block.text) < 120:
                near = _chain_kind(chain[:4], elements, memo)
                if near in ("byline", "dateline"):
                    kind = near
                elif any(block.start <= at < block.end for _, at in times):
                    kind = "dateline"
            kinds.append(kind)
            continue
        found = _chain_kind(chain, elements, memo)
        length = len(block.text)
        linked = structure.links if structure is not None else 0
        if found is None and linked * 4 > length * 3 and length < 400:
            found = "related"
        if found in ("byline", "dateline") and length > 200:
            found = None  # an author box or a long dated note: not a byline
        if (
            found in _BOX_KINDS
            and structure is not None
            and _is_prose(block.text, linked)
            and _styles_prose(chain, elements, found)
        ):
            found = None
        if found is None and not seen_body and length < 120:
            if " ".join(block.text.split()).casefold() in titles:
                found = "title"
            elif _BYLINE_TEXT.search(block.text) and _metadata.byline_names(block.text):
                found = "byline"
            elif _is_date_header(block.text):
                found = "dateline"
        if found is None:
            seen_body = True
            kinds.append("body")
        else:
            kinds.append(found)
    _box_headings(blocks, elements, kinds, chosen)
    _floor(blocks, elements, kinds, memo)
    return kinds


_FIELD_KINDS = frozenset({"body", "title", "subtitle", "byline", "dateline"})
_STRUCTURAL_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "figure", "figcaption", "dialog", "menu"}
)
_FLOOR_MIN_CHARS = 400
FLOOR_STATS = {"pages": 0, "rescued": 0}
"""How often the floor fired in this process (benchmarks report it; nothing reads it)."""


def _strict_prose(text: str, linked: int) -> bool:
    """Running prose beyond doubt: long, almost no links, written in sentences.

    One sentence is enough: news paragraphs are often a single long sentence.
    """
    length = len(text)
    return length >= 150 and linked * 10 < length and _SENTENCE.search(text) is not None


def _floor(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    kinds: list[str],
    memo: dict[int, str | None],
) -> None:
    """A floor under the body: running prose is not deleted on weak evidence.

    When the prose the classification dropped outweighs the body it kept, the container
    was the wrong one (a short intro, a comment thread, one section of several). Then every
    run of unmistakable running prose (two or more such paragraphs in a row, a heading
    between them allowed) comes back as body, unless an element around it says by its tag
    or its class that it is a box (``aside``, ``nav``, ``.comments``). A feed of teasers
    does not come back: its summaries read as prose, but each stands alone between its
    headline link and its date. Only structural evidence can delete a long run of prose.
    """
    kept = 0
    runs: list[list[int]] = []
    run: list[int] = []
    gap = 0
    for index, block in enumerate(blocks):
        kind = kinds[index]
        structure = block.structure
        if kind == "body":
            kept += len(block.text)
        prose = (
            kind not in _FIELD_KINDS
            and structure is not None
            and structure.node >= 0
            and _strict_prose(block.text, structure.links)
        )
        if prose:
            run.append(index)
            gap = 0
            continue
        heading = structure is not None and structure.tag in _HEADINGS and not structure.links
        if run and heading and gap == 0:
            gap = 1
            continue
        if len(run) >= 2:
            runs.append(run)
        run, gap = [], 0
    if len(run) >= 2:
        runs.append(run)
    dropped = sum(len(blocks[index].text) for found in runs for index in found)
    if dropped < _FLOOR_MIN_CHARS or dropped * 2 <= kept:
        return
    rescued = 0
    for found in runs:
        for index in found:
            structure = blocks[index].structure
            assert structure is not None
            if not _boxed(structure.node, elements, memo):
                kinds[index] = "body"
                rescued += 1
    if rescued:
        FLOOR_STATS["pages"] += 1
        FLOOR_STATS["rescued"] += rescued


def _boxed(node: int, elements: Sequence[Element], memo: dict[int, str | None]) -> bool:
    """Whether an element around ``node`` says by its tag or class that it is not article."""
    at = node
    while at >= 0:
        element = elements[at]
        if element.tag in _STRUCTURAL_TAGS:
            return True
        if at not in memo:
            memo[at] = _element_kind(element)
        kind = memo[at]
        if kind is not None and kind not in ("title", "byline", "dateline"):
            return True
        at = element.parent
    return False


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BYLINE_TEXT = re.compile(
    r"^\s*(?:by|von|par|por|door)\s|\b(?:posted|written|published|words)\b.*\bby\s+[A-Z]",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·»]\s+|\s+::\s+")


def _is_date_header(text: str) -> bool:
    """A line that is only a date with its trimmings ("Posted March 3, 2021 at 6:40 pm").

    The text cleaner's own test, so both paths agree on what a date header is; it refuses
    any sentence that merely mentions a date.
    """
    norm = " ".join(text.split())
    return date_header(norm, norm.lower())[0]


def _title_parts(title: str) -> set[str]:
    """The page title and each part of it between site-name separators, case-folded."""
    title = " ".join(title.split()).casefold()
    if not title:
        return set()
    return {title, *(part for part in _TITLE_SEPARATORS.split(title) if len(part) > 10)}


def _box_headings(
    blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str], chosen: set[int]
) -> None:
    """A box's heading goes with its box: "Mehr zum Thema" above a related link list."""
    for index in range(len(blocks) - 1):
        structure = blocks[index].structure
        if kinds[index] != "body" or structure is None or structure.tag not in _HEADINGS:
            continue
        after = kinds[index + 1]
        if after not in _BOX_KINDS and after not in ("tags", "caption"):
            continue
        parent = elements[structure.node].parent if structure.node >= 0 else -1
        if parent < 0 or parent in chosen:
            continue
        box = elements[parent]
        following = blocks[index + 1]
        before = blocks[index - 1] if index else None
        if following.end <= box.end and (before is None or before.end <= box.start):
            kinds[index] = after


# Wrappers whose text describes a picture or quotes the article: not a lead.
_MEDIA = re.compile(
    r"(?:^|[\s_-])(?:image|img|photo|picture|media|figure|video|gallery|quote|pull)"
)
_BOX_KINDS = frozenset({"promo", "share", "related", "boilerplate", "comments", "cookie"})
_SCOPE_LEVELS = 3
_LEAD_CHARS = 100


def _is_prose(text: str, linked: int) -> bool:
    """Long enough, few links, and made of sentences: text an article is written in."""
    length = len(text)
    return length >= _LEAD_CHARS and linked * 5 < length and _SENTENCE.search(text) is not None


def _article_scope(chosen: set[int], elements: Sequence[Element]) -> set[int]:
    """The container's ancestors up to a few levels, short of ``body``: the article wrapper.

    Leads, standfirsts and second text fields often sit beside the best-scored element
    (``div.intro`` next to ``div.article-body``) rather than in it.
    """
    scope: set[int] = set()
    for index in chosen:
        at, level = elements[index].parent, 0
        while at >= 0 and level < _SCOPE_LEVELS and elements[at].tag not in ("body", "html"):
            if _NEGATIVE.search(elements[at].ident) and not _POSITIVE.search(elements[at].ident):
                break
            scope.add(at)
            at = elements[at].parent
            level += 1
    return scope


def _ancestors(chosen: set[int], elements: Sequence[Element]) -> set[int]:
    """Every element that holds a part of the article."""
    found: set[int] = set()
    for index in chosen:
        at = elements[index].parent
        while at >= 0 and at not in found:
            found.add(at)
            at = elements[at].parent
    return found


def _below(chain: list[int], around: set[int]) -> list[int]:
    """The part of a block's ancestor chain that does not hold the article too.

    An element around both the article and a block outside it (``<article class="post
    tag-hiking">``, ``<body class="single comments-open">``) describes the article, not the
    block: its class words say nothing about whether the block is debris.
    """
    for position, index in enumerate(chain):
        if index in around:
            return chain[:position]
    return chain


def _near_prose(
    block: Block,
    chain: list[int],
    scope: set[int],
    elements: Sequence[Element],
    memo: dict[int, str | None],
) -> bool:
    """A prose block outside the container but inside its wrapper, under no telling element."""
    structure = block.structure
    if not scope or structure is None or not _is_prose(block.text, structure.links):
        return False
    if structure.tag not in ("p", "div", "blockquote", "section", "article"):
        return False
    for index in chain:
        if index in scope:
            return True
        element = elements[index]
        if element.tag in _OUTSIDE_TAG_KINDS or element.tag in _TAG_KINDS:
            return False
        if index not in memo:
            memo[index] = _element_kind(element)
        if memo[index] is not None or _NEGATIVE.search(element.ident):
            return False
        if _MEDIA.search(element.ident):
            return False
    return False


def _same_start(text: str, description: str) -> bool:
    """Whether a lead says what the page's description says (a standfirst, not body)."""
    if not description:
        return False
    head = " ".join(description.split())[:60].rstrip(".…").strip()
    return bool(head) and " ".join(text.split()).startswith(head)


def _outside_kind(
    chain: list[int], elements: Sequence[Element], memo: dict[int, str | None], after: bool
) -> str:
    weak: str | None = None
    for index in chain:
        element = elements[index]
        kind = _OUTSIDE_TAG_KINDS.get(element.tag)
        if kind is not None:
            return kind
        if index not in memo:
            memo[index] = _element_kind(element)
        found = memo[index]
        if weak is None and found is not None and _WEAK_TAG_KINDS.get(element.tag) == found:
            weak = found  # a button says less than the cookie banner around it
            continue
        if found is not None and found not in ("byline", "dateline", "title"):
            return found
        if found == "title":
            return "title"
    if weak is not None:
        return weak
    return "footer" if after else "navigation"


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


def labels_for(
    blocks: Sequence[Block], kinds: Sequence[str], elements: Sequence[Element] = ()
) -> list[Label]:
    """One label per run of blocks of one debris kind; title, byline and dateline per block."""
    labels: list[Label] = []
    run_kind = ""
    run_first = 0
    titled = False
    for index, kind in enumerate([*kinds, ""]):
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
            names = _metadata.byline_names(blocks[index].text)
            block = blocks[index]
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
    labels = labels_for(blocks, kinds, doc.elements)
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
