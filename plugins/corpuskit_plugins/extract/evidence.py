"""What an element's tag, class and id say a block is, and what reads as prose.

Class and id words are weak evidence: they are read innermost first, and a word on a paragraph
or a quotation itself styles prose rather than naming a box. Shared by the container search,
the block classifier and the floor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from corpuskit.html import HEADING_TAGS, Element

POSITIVE = re.compile(
    r"article|body|content|entry|main|post|story|text|blog|news-?item|hentry|prose|column"
)
NEGATIVE = re.compile(
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
    # "respond" at a word's start only: "correspondent" names a reporter's column.
    ("comments", re.compile(r"comment|disqus|(?<![a-z])respond|reply")),
    ("cookie", re.compile(r"cookie|consent|gdpr")),
    ("boilerplate", re.compile(r"modal|popup")),
    ("tags", re.compile(r"(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?list|keywords|topics|categor")),
    ("byline", re.compile(r"byline|by-?line|auth?or|contributor|writer|reporter")),
    ("dateline", re.compile(r"(?:^|[\s_-])date|timestamp|published|pubdate|dateline|posted-?on")),
    ("navigation", re.compile(r"(?:^|[\s_-])nav|menu|breadcrumb|masthead|skip|pagination|pager")),
    ("footer", re.compile(r"footer|colophon|disclaimer|copyright")),
)


def letter_first(pattern: str) -> str:
    r"""``pattern`` with each word that must stand at a word's edge written to open with its
    letter: ``(?:^|[\s_-])nav`` as ``n(?<![^\s_-]n)av``, ``(?<![a-z])respond`` as
    ``r(?<![a-z]r)espond``, ``\bcards?`` as ``c(?<!\wc)ards?``.

    ``re`` skips to the letters that may open a match only when every alternative of a pattern
    opens with a letter; one edge test first made it try the whole pattern at every character,
    half the cost of naming an element the first time its class words are seen (13 kinds
    tried on 8,374 new idents a run of the 138 dev pages: 0.094 -> 0.050 s). A search finds a
    match in the same texts; a ``fullmatch`` does not (``-nav``), so :data:`_KINDS` keeps the
    patterns as written for those.
    """
    pattern = re.sub(r"\(\?:\^\|\[\\s_-\]\)([a-z])", r"\1(?<![^\\s_-]\1)", pattern)
    pattern = re.sub(r"\(\?<!\[a-z\]\)([a-z])", r"\1(?<![a-z]\1)", pattern)
    return re.sub(r"\\b([a-z])", r"\1(?<!\\w\1)", pattern)


_KIND_SEARCHES = tuple((name, re.compile(letter_first(test.pattern))) for name, test in _KINDS)
""":data:`_KINDS` to search with (see :func:`letter_first`)."""

TAG_KINDS = {
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
WEAK_TAG_KINDS = {"form": "promo", "button": "share", "label": "boilerplate"}
OUTSIDE_TAG_KINDS = {"nav": "navigation", "header": "navigation", "footer": "footer"}
SENTENCE = re.compile(r"[.!?…。]['\"”’)]*(?:\s|$)")


_kind_cache: dict[str, str | None] = {}


def held(elements: Sequence[Element], at: int) -> Iterator[int]:
    """The elements inside element ``at``: those after it, in document order, that open before
    it closes (elements come each after its parent)."""
    end = elements[at].end
    inner = at + 1
    while inner < len(elements) and elements[inner].start < end:
        yield inner
        inner += 1


def element_kind(element: Element) -> str | None:
    kind = TAG_KINDS.get(element.tag)
    if kind is not None:
        return kind
    ident = element.ident
    if not ident:
        return WEAK_TAG_KINDS.get(element.tag)
    if element.tag == "table" and "caption-" in ident:
        # Bootstrap's "caption-top" places the table's <caption>: no word of what it holds.
        ident = _PLACED_CAPTION.sub(" ", ident).strip()
        if not ident:
            return WEAK_TAG_KINDS.get(element.tag)
    return class_kind(ident, element.media)


_PLACED_CAPTION = re.compile(r"(?<!\S)caption-(?:top|bottom)(?!\S)")


def class_kind(ident: str, pictured: bool = True) -> str | None:
    """What id and class words alone say.

    A photo gallery's page names everything on it ``gallery-*``: its intro and byline too.
    Named so (``gallery-intro``) and holding no picture (``pictured``), an element is the
    page's text, not a caption: the intro above the slides went as one.
    """
    key = ident if pictured else f"{ident}\0"
    if key in _kind_cache:
        return _kind_cache[key]
    kind = None
    # A script's hook (``js-comments-anchor`` on the article's text, where a button scrolls
    # to) names what the script does, not what the element is.
    words = (
        " ".join(t for t in ident.split() if not t.startswith("js-")) if "js-" in ident else ident
    )
    for name, test in _KIND_SEARCHES:
        if test.search(words):
            if name == "caption" and not pictured and _GALLERY_TEXT.search(words):
                continue  # a gallery page's text: its intro, its byline
            kind = name
            break
    if len(_kind_cache) > 50_000:
        _kind_cache.clear()
    _kind_cache[key] = kind
    return kind


_GALLERY_TEXT = re.compile(
    r"(?:gallery|slideshow)[-_]+(?:intro|text|body|content|description|summary|lead|standfirst"
    r"|byline|author|header|title)"
)
"""A gallery page's word naming a text of the page's own (``gallery-intro``), not a picture's
(``gallery-caption``) nor a slideshow's notice (``jetpack-slideshow-noscript``)."""
_KIND_TESTS = dict(_KINDS)
_AFTER_RELATED = _KINDS[[name for name, _ in _KINDS].index("related") + 1 :]


_CARD = re.compile(r"\bcards?\b")


def related_by_card(ident: str) -> bool:
    """Whether only the word ``card`` names an element related content (``recipe-card``,
    ``author-card``): a teaser card's word, and a word for any box drawn as a card too. Every
    other word for it (``related``, ``outbrain``, ``trending``) names related content even
    before its links load."""
    return _CARD.search(ident) is not None and not _KIND_TESTS["related"].search(
        _CARD.sub(" ", ident)
    )


def unrelated_kind(ident: str) -> str | None:
    """What an element's class words say once ``related`` is ruled out: the box's other
    word (``author-card`` names a byline, ``newsletter-card`` a promo), or nothing."""
    return next((name for name, test in _AFTER_RELATED if test.search(ident)), None)


_OUTSIDE_KINDS = frozenset({"footer", "navigation"})
_OUTSIDE_PARTS = re.compile(
    r"(?:footer|nav)[-_].*|.*[-_](?:footer|disclaimer|copyright|nav)", re.DOTALL
)
"""A class token naming a footer or a menu by its head or its tail (``footer-links``,
``nav-main``, ``site-footer``, ``article-disclaimer``, ``article-copyright``, ``main-nav``),
not by a word in its middle (``entry-footer-text``)."""


def names_outside(chain: list[int], elements: Sequence[Element], kind: str) -> bool:
    """Whether the innermost element saying ``kind`` says it by its tag or a class token.

    ``footer`` and ``nav`` match inside longer words (``entry-footer-text``, a closing
    paragraph's wrapper; ``canvas``...): weak evidence to delete prose with. A token counts
    when it is a footer or menu word itself (``footer``, ``disclaimer``, ``nav``) or opens or
    closes with one (``_OUTSIDE_PARTS``). ``kind`` other than footer and navigation always
    counts as said.
    """
    if kind not in _OUTSIDE_KINDS:
        return True
    test = _KIND_TESTS[kind]
    for index in chain:
        element = elements[index]
        if TAG_KINDS.get(element.tag) == kind or OUTSIDE_TAG_KINDS.get(element.tag) == kind:
            return True
        if element.ident and class_kind(element.ident) == kind:
            return any(
                test.fullmatch(token)
                or (_OUTSIDE_PARTS.fullmatch(token) and class_kind(token) == kind)
                for token in element.ident.split()
            )
    return True


def chain_kind(
    chain: list[int], elements: Sequence[Element], memo: dict[int, str | None]
) -> str | None:
    """The kind the innermost telling element of ``chain`` gives; weak tags come last.

    A quotation in a ``<figure>`` that shows nothing (``Element.media``) is not a caption:
    HTML's own quotation form is ``<figure><blockquote>``, and WordPress wraps pull quotes
    in figures. Only the figure's class words speak for it then; its ``<figcaption>`` is
    still a caption, by its own tag.
    """
    weak = None
    framed = False
    for index in chain:
        element = elements[index]
        if element.tag in _FRAMED:
            framed = True
        if framed and element.tag == "figure" and not element.media:
            kind = class_kind(element.ident) if element.ident else None
        else:
            if index not in memo:
                memo[index] = element_kind(element)
            kind = memo[index]
        if kind is None:
            continue
        if element.tag in WEAK_TAG_KINDS and kind == WEAK_TAG_KINDS[element.tag]:
            weak = weak or kind
            continue
        return kind
    return weak


_FRAMED = frozenset({"blockquote", "table"})
"""What a figure may hold as article text of its own rather than a picture's caption: a
quotation, a table (``figure.wp-block-table``, Quarto's tables; measured against
newspaper4k's texts, which drop such tables, in session 17: unchanged)."""
_PROSE_WRAPPERS = frozenset({"p", "blockquote", "q", "span", "em", "i", "b", "strong", "cite"})


def styles_prose(chain: list[int], elements: Sequence[Element], kind: str) -> bool:
    """Whether the class that says ``kind`` sits on the prose itself, not on a box around it.

    ``<p class="paywall">`` on every paragraph past the fold, or ``<blockquote
    class="promo-quote">`` around a quotation, styles article text: a class word is weak
    evidence, and a paragraph or a quotation is not a box. Boxes are divs, asides and forms:
    when an element around the paragraph says it is a box too, it is one.
    """
    styled = False
    for index in chain:
        element = elements[index]
        found = element_kind(element)
        if element.tag in _PROSE_WRAPPERS and not styled:
            styled = found == kind
            continue
        if not styled:
            return False
        if found in BOX_KINDS:
            return (
                False  # the box around says it too: ``div.relatedposts > p.relatedposts-excerpt``
            )
    return styled


def class_weight(ident: str) -> float:
    if not ident:
        return 1.0
    weight = 1.0
    if POSITIVE.search(ident):
        weight *= 1.3
    if NEGATIVE.search(ident):
        weight *= 0.4
    if "articlebody" in ident or "article-body" in ident or "article_body" in ident:
        weight *= 1.5
    return weight


def strict_prose(text: str, linked: int) -> bool:
    """Running prose beyond doubt: long, almost no links, written in sentences.

    One sentence is enough: news paragraphs are often a single long sentence.
    """
    length = len(text)
    return length >= 150 and linked * 10 < length and SENTENCE.search(text) is not None


DECK = re.compile(
    r"lead|standfirst|\bdek\b|\bdeck\b|summary|intro|perex|sub-?title|sub-?head|excerpt"
    r"|description|abstract|strapline|chapo|\bsapo\b|entradilla|sommario|vorspann|lede"
)
"""Class words naming a standfirst, in the words of the CMSs that write one."""
ANY_HEADING = HEADING_TAGS
"""Every heading's tag, the headline's ``<h1>`` too (the tokenizer's set)."""
HEADINGS = HEADING_TAGS - {"h1"}
BOX_KINDS = frozenset({"promo", "share", "related", "boilerplate", "comments", "cookie"})
_LEAD_CHARS = 100


def is_prose(text: str, linked: int) -> bool:
    """Long enough, few links, and made of sentences: text an article is written in."""
    length = len(text)
    return length >= _LEAD_CHARS and linked * 5 < length and SENTENCE.search(text) is not None
