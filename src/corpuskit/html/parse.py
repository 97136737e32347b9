"""HTML source to blocks with exact source offsets: one regex tokenizer, one tolerant pass.

lxml builds a fine tree but forgets where each element was in the source (it keeps only the
line), and the ``removed`` contract needs ``html[start:end]`` to be the element taken out. So
corpuskit reads HTML the way it reads text: one pass of a compiled regex over the decoded page,
keeping a stack of open block-level elements, closing them the forgiving way browsers do
(a ``<p>`` ends at the next block, an ``<li>`` at the next ``<li>``, a stray end tag is
ignored). Nothing is ever resolved: no DTD, no external entity, no custom entity (only the
fixed HTML named and numeric references, through :func:`html.unescape`), so XXE and entity
bombs are inert text.

What becomes a block: each run of visible text between two block boundaries (block-level tags
and ``<br>``). A block's ``start``/``end`` cover its source tokens, widened to the whole
element (start tag to end tag) while the element holds no other block, so that
``page.text[b.start:b.end]`` is ``<p class="caption">...</p>`` and not a bare text slice.
Script, style, templates, SVG, form controls and elements marked hidden produce no block
(:func:`_set_aside` says which: ``aria-hidden`` ones holding nearly all the page's prose, and
hidden ones continuing the article, stay).

Nesting deeper than :data:`MAX_DEPTH` is flattened (as browsers do) rather than refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from html import unescape
from typing import Any, NamedTuple

from corpuskit.model import Block, Page, Structure

MAX_DEPTH = 512
"""Open block elements kept on the stack; deeper ones are flattened into their parent."""

# Every repetition below stops at "<", at "=" or at a quote, so a failed match costs at most
# the distance to the next "<": the scan stays linear on hostile input ("<a<a<a...",
# "<!<!<!..."). A quote opens a value only after "=", as browsers read it: a stray one
# (``style="…;""``, a template's slip) is one more character of the tag, where taking it for
# an opening quote ran the tag on to the next quote and swallowed the article's text with it.
# Each stretch of a tag has one reading (an "=" before a quote is only ever a value's), so a
# failed match has no second way to try.
_ATTRS = r"""[^<>"'=]*(?:(?:=\s*(?:"[^"]*"|'[^']*')|=(?!\s*["'])|["'])[^<>"'=]*)*"""
_TOKEN = re.compile(
    rf"""<(?:
        (/?)([a-zA-Z][^\s/<>\x00]*)({_ATTRS})>
      | !--.*?(?:--!?>|\Z)
      | [!?][^<>]*>?
    )""",
    re.DOTALL | re.VERBOSE,
)
RAW_TAGS = frozenset(
    [
        "script",
        "style",
        "textarea",
        "template",
        "svg",
        "math",
        "noscript",
        "iframe",
        "noembed",
        "noframes",
        "xmp",
        "select",
        "object",
        "title",
    ]
)
"""Elements whose content is not text of the page (``title`` is read into HtmlDoc.title)."""
_RAW_END = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in RAW_TAGS}
_ATTR = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""",
)
_SPACE = re.compile(r"\s+")
_HREF = re.compile(r"""(?:^|\s)href\s*=\s*(?:"\s*([^"]*)"|'\s*([^']*)'|([^\s>]+))""", re.IGNORECASE)

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "ul",
        "br",
        "head",
        "legend",
        "option",
        "picture",
        "video",
        "audio",
        "canvas",
        "button",
        "label",
    ]
)
"""Tags that end the current run of text (``br`` and ``hr`` end it without opening one)."""
CAPTION_PARTS = frozenset({"span", "small", "cite", "em", "i", "b", "strong"})
"""Inline tags that get a block of their own directly inside a ``<figcaption>``, so that a
caption's credit (``<span class="credit">``) can be told from the caption."""
MEDIA_TAGS = frozenset(
    {"img", "picture", "video", "audio", "iframe", "object", "embed", "svg", "canvas"}
    | {"noscript"}  # a lazy-loaded image's fallback <img>, read as raw text
    | {"amp-img", "amp-anim", "amp-video", "amp-iframe", "amp-youtube"}  # AMP pages
)
VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area"})
_CLOSES_P = BLOCK_TAGS - {"br", "label", "button", "picture", "video", "audio", "canvas"}
_LIST_SCOPE = {"li": ("ul", "ol", "menu"), "dt": ("dl",), "dd": ("dl",), "tr": ("table",)}
_CELL_SCOPE = ("tr", "table")


_INVISIBLE = " \t\n\r\f\v\u200b\u200c\u200d\u2060\ufeff"
"""White space and the zero-width signs: a run of text made of nothing else shows nothing (a
Naver blog's spacer paragraph is ``<p>&#8203;</p>``) and makes no block."""


def _shows(chunk: str) -> bool:
    """Whether a run of text shows anything: not only zero-width signs, written or as
    character references (``&#8203;``)."""
    if chunk[0] not in _INVISIBLE and chunk[0] != "&":
        return True
    return bool((unescape(chunk) if "&" in chunk else chunk).strip(_INVISIBLE))


def _glued(before: str, after: str) -> bool:
    """Whether text on the two sides of a ``<time>`` tag runs two words into one: a theme
    that draws the separator in CSS writes "By Sarah Kim</span><time>October 4, 2024", and
    "2024</time>Updated". A capital after a small letter or a digit starts a new word; not
    "the <time>1990</time>s", "FY<time>2025", "3:40</time>pm", nor a script without case
    (发布于<time>3月5日</time>), which a space would split."""
    return after.isupper() and (before.islower() or before.isdigit())


class Element(NamedTuple):
    """A block-level element: what an extractor scores containers with."""

    tag: str
    ident: str
    """Its ``id``, ``class``, ``itemprop``, ``role``, ``data-testid``, ``data-component`` and
    ``data-framer-name`` values, and its ``aria-label`` where that names a purpose
    (``_PURPOSE_LABELS``), lower-cased, space-separated. The label is what a screen reader
    announces ("Cookie consent", "Share this article"), the test id what the site's own tests
    find a part by ("standfirst", "article-body"), the component the name the site's
    templates give it ("paywall-prompt", "text-block"), Framer's the layer's name its
    designer gave it ("Author", "Date"): where a CSS-in-JS app or a site builder hashes
    every class, or a class is a short code (``pw-inline``), they alone say what a box is."""
    parent: int
    """Index of the enclosing block element, -1 for the outermost."""
    start: int
    end: int
    """Source offsets of the start tag and of the end of the end tag (or where it was closed)."""
    depth: int
    media: bool = False
    """Whether it holds an image, a video, an embedded frame or a drawing (``MEDIA_TAGS``):
    what tells a ``<figure>`` showing a picture, whose text is its caption, from one that
    only wraps a table or a quotation."""


_element = partial(tuple.__new__, Element)
"""An Element from its row as the tokenizer fills it (its fields in order): no Python frame
for each, where ``Element(*row)`` runs the named tuple's ``__new__`` (the same for a block
and its structure, every field given)."""
_block = partial(tuple.__new__, Block)
_structure = partial(tuple.__new__, Structure)


class HtmlDoc(NamedTuple):
    """What one pass over a page found: blocks, their elements, and head metadata."""

    blocks: list[Block]
    elements: list[Element]
    title: str
    """The ``<title>`` text, white space normalised."""
    meta: dict[str, str]
    """``<meta>`` content by lower-cased ``property``/``name``/``itemprop`` (first wins)."""
    links: dict[str, str]
    """``<link>`` href by lower-cased ``rel`` (``canonical``...), first wins."""
    jsonld: list[str]
    """The raw text of each ``<script type="application/ld+json">``."""
    times: list[tuple[str, int]]
    """``<time datetime=...>`` values with their source offsets."""
    lang: str
    hidden: list[tuple[int, int, str]]
    """Each outermost hidden element set aside: its source span and text (a line a block). No
    block, so no rule weighs it, but the Document records it (kind ``hidden``)."""


_MICRODATA_DATES = frozenset(
    {
        "datepublished",
        "datecreated",
        "dc:date",
        "dc:created",
        "dcterms:created",
        "schema:datepublished",
    }
)
_ISO_DAY = re.compile(r"\s*\d{4}-\d\d-\d\d")
_REVISED_CLASS = re.compile(r"updated|modified", re.IGNORECASE)


def attributes(raw: str) -> dict[str, str]:
    """A tag's attributes (names lower-cased, values unescaped); the first of a name wins."""
    out: dict[str, str] = {}
    # findall: no match object each; a value's three forms are alternatives, so at most one
    # is not empty.
    for name, double, single, bare in _ATTR.findall(raw):
        name = name.lower()
        if name not in out:
            value = double or single or bare
            out[name] = unescape(value) if "&" in value else value
    return out


_NAMING = (
    *("id", "class", "itemprop", "role"),
    *("data-testid", "data-component", "data-framer-name"),
)
"""The attributes that say what an element is (see :attr:`Element.ident`)."""
_LABEL_WORDS = """cookie consent|cookie banner|cookie notice|cookie settings|cookies|consent
    |privacy notice|share|share this|share this article|share this story|share this page
    |share article|social share|social sharing|share options|related|related articles
    |related stories|related content|related links|related news|more stories|more articles
    |recommended|recommended stories|recommended articles|advertisement|advert|ads|sponsored
    |breadcrumb|breadcrumbs|navigation|main navigation|site navigation|primary navigation
    |footer|site footer|comments|comment section|reader comments|newsletter
    |newsletter signup|newsletter sign-up|subscribe|key points|summary|tags|topics
    |author|byline|about the author"""
_PURPOSE_LABELS = frozenset(
    phrase.strip()  # a line's last phrase carries the next line's indent
    for phrase in _LABEL_WORDS.split("|")
)
"""The ``aria-label`` values that name an element's purpose, as a screen reader announces
it ("Cookie consent", "Share this article"). A label is free text: a live blog labels each
entry with its headline, and "Authority to borrow" must not read as an author's box, so only
a label that is one of these, whole, counts with the class."""


def _ident(attrs: dict[str, str]) -> str:
    parts = [attrs.get(k, "") for k in _NAMING]
    label = attrs.get("aria-label")
    if label and " ".join(label.lower().split()) in _PURPOSE_LABELS:
        parts.append(label)
    if _overlay(attrs):
        parts.append("modal")
    return " ".join(" ".join(parts).lower().split())


_Z_INDEX = re.compile(r"z-index:(\d+)")
_ABOVE_THE_PAGE = 100
"""The least ``z-index`` of an overlay: consent walls and sign-up layers stack far above the
page (1000, 99999, 2147483647); an app shell fixed in place sits at 0 to 10, a parallax hero
below the page at a negative index."""


def _overlay(attrs: dict[str, str]) -> bool:
    """Whether an element says it is drawn over the page: ``aria-modal``, or fixed in place
    far above the rest (``position: fixed`` with a ``z-index`` of 100 or more), as a consent
    wall or a sign-up overlay is, whatever its class is called (``sp_message_container``).
    Such an element is named ``modal``, like the dialogs whose class says so: its prose is
    no article's."""
    if attrs.get("aria-modal", "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    if not style:
        return False
    compact = style.replace(" ", "").lower()
    if "position:fixed" not in compact:
        return False
    found = _Z_INDEX.search(compact)
    return found is not None and int(found[1]) >= _ABOVE_THE_PAGE


_VISIBLE, _UNANNOUNCED, _HIDDEN, _WAITING = 0, 1, 2, 3
"""How hidden an element says it is: not at all; ``aria-hidden`` (drawn on the screen, kept
from screen readers); hidden from every reader (``hidden``, ``display: none``...); or
``visibility: hidden`` on an element named for the article, perhaps waiting for a script to
show it (see :func:`_hidden`)."""


def _hidden(attrs: dict[str, str], ident: str = "") -> int:
    """How hidden an element says it is (``ident``: its own, see :func:`_ident`).

    ``visibility: hidden`` on an element named for the article may be a page waiting for a
    script to show it (WeChat's ``div#js_content.rich_media_content``): ``_WAITING``, kept
    when it holds nearly all the page's prose (:func:`_set_aside`), as a page behind a modal
    is; a preloaded next story or a hidden teaser beside a visible article is hidden. Any
    other element so styled (a closed menu, a tooltip) is hidden, as ``display: none``
    always is.
    """
    if "hidden" in attrs:
        return _HIDDEN
    style = attrs.get("style")
    if style:
        compact = style.replace(" ", "").lower()
        if "display:none" in compact:
            return _HIDDEN
        if "visibility:hidden" in compact:
            return _WAITING if _ARTICLE_PARTS.intersection(_PARTS.split(ident)) else _HIDDEN
    if attrs.get("aria-hidden", "").strip().lower() == "true":
        return _UNANNOUNCED
    return _VISIBLE


_PARTS = re.compile(r"[\s_-]+")
_ARTICLE_PARTS = frozenset({"content", "article", "story", "post", "entry", "body"})
"""The words an element holding the article is named with (``js_content``, ``post-body``,
``article``)."""


_PLAIN = ("", _VISIBLE)
_LOWERED: dict[str, str] = {}
"""Tag names as written to lower case: pages write a few dozen names thousands of times."""
_described_cache: dict[str, tuple[str, int]] = {}


def _described(raw: str) -> tuple[str, int]:
    """A block element's ident and how hidden it is, from its raw attributes, cached by the
    string.

    Pages repeat the same attribute strings (every ``<li class="menu-item">``), so most calls
    are one dictionary lookup.
    """
    found = _described_cache.get(raw)
    if found is None:
        if raw.isspace():
            found = _PLAIN
        else:
            attrs = attributes(raw)
            ident = _ident(attrs)
            found = (ident, _hidden(attrs, ident))
        if len(_described_cache) > 50_000:
            _described_cache.clear()
        _described_cache[raw] = found
    return found


def _href(raw: str) -> str | None:
    """An ``<a>``'s ``href`` from its raw attributes (``None``: it has none)."""
    match = _HREF.search(raw)
    return None if match is None else match.group(1) or match.group(2) or match.group(3) or ""


def _leads_away(href: str | None) -> bool:
    """Whether an ``<a>`` is a link to somewhere else, so its text counts as link text.

    Link text is evidence of furniture (menus, related lists) because it sends the reader
    away. An anchor without ``href`` (``<a name="plan">``) and a same-page fragment
    (``<h2 id="plan"><a href="#plan">``, a footnote) keep the reader in the article: counted
    as links, they made a section heading "mostly link". A bare ``#`` or a ``#!`` route is a
    script's button or another view, and still counts.
    """
    return href is not None and not (len(href) > 1 and href[0] == "#" and href[1] != "!")


PERMALINK_MARKS = frozenset({"#", "¶", "🔗", "⚓", "⚓︎", "∞"})
"""What site generators print as a heading's link to itself (Hugo's and Docusaurus's "#",
Sphinx's "¶"); not "§", which opens a clause's number ("§ 3 Scope"), nor a footnote's "*"."""
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
"""Every heading's tag, the headline's ``<h1>`` too: where a permalink mark stands here, and
what an extractor's rules read as a heading."""


def _text(pieces: list[str]) -> str:
    raw = "".join(pieces)
    if "&" in raw:
        raw = unescape(raw)
    return " ".join(raw.split())


class _Open:
    __slots__ = (
        "a_depth",
        "element",
        "first",
        "path",
        "start",
        "tag",
    )

    def __init__(
        self,
        tag: str,
        element: int,
        start: int,
        first: int,
        path: str,
        a: int,
    ) -> None:
        self.tag = tag
        self.element = element
        self.start = start
        self.first = first
        """The blocks made before this element opened."""
        self.path = path
        self.a_depth = a


def tokenize(text: str) -> HtmlDoc:
    """Cut a decoded page into blocks and elements in one pass (see the module docstring)."""
    blocks: list[list[Any]] = []  # [start, end, text, node, links, tag, path]
    elements: list[list[Any]] = []  # [tag, ident, parent, start, end, depth, media]
    stack: list[_Open] = []
    meta: dict[str, str] = {}
    links: dict[str, str] = {}
    jsonld: list[str] = []
    times: list[tuple[str, int]] = []
    concealed: dict[int, list[int]] = {}  # element marked hidden -> [how, first block, end]
    title = ""
    lang = ""

    pieces: list[str] = []
    link_chars = 0
    run_start = -1
    run_end = -1
    a_depth = 0
    glyph_from = -1  # the piece a heading's same-page link opened at, while it is open
    glyph_at = 0  # and its start tag's offset
    at_time = False  # a <time> opened or closed since the last text: a word may start there
    trailing: tuple[int, int, int] | None = None  # a mark closed in a heading, maybe its last
    top: _Open | None = None

    def flush() -> None:
        nonlocal pieces, link_chars, run_start, run_end, trailing
        if trailing is not None:
            at, begin, end = trailing
            trailing = None
            if len(pieces) > at and all(map(str.isspace, pieces[at + 1 :])):
                # The heading's last words were its permalink's mark: a block of its own.
                mark = pieces.pop(at)
                if pieces:
                    run_end = begin
                    flush()
                pieces, run_start, run_end = [mark], begin, end
                _mark_block()
                return
        if pieces:
            value = _text(pieces)
            if value and top is not None:
                linked = min(link_chars, len(value))  # entities count longer in the source
                blocks.append([run_start, run_end, value, top.element, linked, top.tag, top.path])
            elif value:
                blocks.append([run_start, run_end, value, -1, min(link_chars, len(value)), "", ""])
            pieces = []
        link_chars = 0
        run_start = -1

    def _mark_block() -> None:
        """The pieces, a heading's permalink mark, as a block tagged ``a``: the heading reads
        as written, and the mark is recorded as removed, not glued to its last word."""
        nonlocal pieces, link_chars, run_start
        parent = top.element if top is not None else -1
        path = top.path if top is not None else ""
        blocks.append([run_start, run_end, _text(pieces), parent, 0, "a", path])
        pieces, link_chars, run_start = [], 0, -1

    def close(level: int, at: int) -> None:
        """Close stack[level:] with the closing tags ending at ``at``."""
        nonlocal top, a_depth
        if pieces or run_start >= 0:
            flush()
        while len(stack) > level:
            done = stack.pop()
            elements[done.element][4] = at
            # Widened while it holds one block: a hidden element's text counts as a block until
            # the end, so no block is widened over one.
            if len(blocks) - done.first == 1:
                only = blocks[-1]
                if only[0] > done.start:
                    only[0] = done.start
                if only[1] < at:
                    only[1] = at
            a_depth = done.a_depth
            if concealed and done.element in concealed:
                concealed[done.element][2] = len(blocks)
        top = stack[-1] if stack else None

    position = 0
    search = _TOKEN.search
    lowered = _LOWERED
    while True:
        match = search(text, position)
        if match is None:
            break
        begin = match.start()
        if begin > position:
            chunk = text[position:begin]
            if chunk.isspace():
                if pieces:
                    pieces.append(" ")
            elif not _shows(chunk):
                if pieces:  # a joiner between two inline runs ("می</b>&#8204;<b>گویند") stays
                    pieces.append(chunk)
            else:
                if run_start < 0:
                    run_start = position + (len(chunk) - len(chunk.lstrip()))
                run_end = begin - (len(chunk) - len(chunk.rstrip()))
                if at_time and pieces and _glued(pieces[-1][-1:], chunk[0]):
                    pieces.append(" ")
                pieces.append(chunk)
                if a_depth:
                    link_chars += len(chunk.strip())
            at_time = False
        position = match.end()
        closing_mark, name, raw_attrs = match.groups()
        if name is None:  # comment, doctype, processing instruction
            continue
        tag = lowered.get(name)
        if tag is None:
            tag = name.lower()
            if len(lowered) < 10_000:
                lowered[name] = tag
        closing = bool(closing_mark)
        if tag in MEDIA_TAGS and not closing:
            # Every open element holds it; above the first one already marked, all are.
            for level in range(len(stack) - 1, -1, -1):
                row = elements[stack[level].element]
                if row[6]:
                    break
                row[6] = True
        if tag in RAW_TAGS:
            if closing:
                continue
            end = _RAW_END[tag].search(text, position)
            content = text[position : end.start() if end else len(text)]
            position = end.end() if end else len(text)
            if tag == "title":
                if not title:
                    title = _text([content])
            elif tag == "script":
                if "ld+json" in raw_attrs.lower() and content.strip():
                    jsonld.append(content)
            elif tag in ("select", "textarea", "iframe", "object") and pieces:
                pieces.append(" ")
            continue
        if tag in BLOCK_TAGS or (
            tag in CAPTION_PARTS
            and top is not None
            and (top.tag == "figcaption" or (closing and top.tag == tag))
        ):
            if closing:
                if tag in ("br", "p") and not any(o.tag == tag for o in stack):
                    flush()  # a stray </br> or </p> acts as a break, as in browsers
                    continue
                for level in range(len(stack) - 1, -1, -1):
                    if stack[level].tag == tag:
                        close(level, position)
                        break
                continue
            if tag == "br" or tag == "hr":
                flush()
                continue
            if tag == "html" and not lang:
                lang = attributes(raw_attrs).get("lang", "")
            # Implied end tags: what a browser closes before opening this element.
            if top is not None:
                if tag in _CLOSES_P and top.tag == "p":
                    close(len(stack) - 1, begin)
                scope = _LIST_SCOPE.get(tag)
                if scope is not None:
                    _close_same(stack, tag, scope, begin, close)
                elif tag in ("td", "th"):
                    _close_cell(stack, begin, close)
            if pieces or run_start >= 0:
                flush()
            if len(stack) >= MAX_DEPTH:
                continue
            ident, marked = _described(raw_attrs) if raw_attrs else _PLAIN
            parent = top.element if top is not None else -1
            depth = len(stack)
            elements.append([tag, ident, parent, begin, len(text), depth, False])
            label = tag
            if ident:
                label = f"{tag}.{ident.replace(' ', '.')}"
            path = f"{top.path}>{label}" if top is not None else label
            element = len(elements) - 1
            if marked:
                concealed[element] = [marked, len(blocks), len(blocks)]
            entry = _Open(tag, element, begin, len(blocks), path, a_depth)
            stack.append(entry)
            top = entry
            continue
        # Inline tags: part of the current run.
        if tag == "time":
            at_time = True
        if tag == "a":
            # Links do not nest (a browser closes an open <a> at the next one), and <a/>
            # written as XHTML holds nothing.
            if closing:
                a_depth = 0
                if glyph_from >= 0:
                    if _text(pieces[glyph_from:]) in PERMALINK_MARKS:
                        # A heading's permalink ("Install#", "¶ Usage"): split off when it
                        # stands first, or last (known at the heading's end, see flush).
                        mark = "".join(pieces[glyph_from:])
                        del pieces[glyph_from:]
                        if all(map(str.isspace, pieces)):
                            pieces, run_start, run_end = [mark], glyph_at, position
                            _mark_block()
                        else:
                            pieces.append(mark)
                            trailing = (len(pieces) - 1, glyph_at, position)
                    glyph_from = -1
            elif not raw_attrs.endswith("/"):
                href = _href(raw_attrs)
                a_depth = 1 if _leads_away(href) else 0
                if href is not None and not a_depth and top is not None and top.tag in HEADING_TAGS:
                    # A link to a place on the same page, in a heading: its own permalink?
                    glyph_from, glyph_at = len(pieces), begin
        elif tag == "meta" and not closing:
            attrs = attributes(raw_attrs)
            key = (
                attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            ).lower()
            content = attrs.get("content") or ""
            if key and content and key not in meta:
                meta[key] = content.strip()
            continue
        elif tag == "link" and not closing:
            attrs = attributes(raw_attrs)
            rel = attrs.get("rel", "").lower()
            if rel and "href" in attrs and rel not in links:
                links[rel] = attrs["href"].strip()
            continue
        elif tag == "time" and not closing and "datetime" in raw_attrs.lower():
            attrs = attributes(raw_attrs)
            if attrs.get("datetime"):
                times.append((attrs["datetime"], begin))
        elif tag == "abbr" and not closing and "title" in raw_attrs:
            # hAtom's date: <abbr class="published" title="2024-02-14T20:30:00+09:00">.
            attrs = attributes(raw_attrs)
            when = attrs.get("title", "")
            if _ISO_DAY.match(when) and not _REVISED_CLASS.search(attrs.get("class", "")):
                times.append((when, begin))
        if (
            not closing
            and "content" in raw_attrs
            and ("itemprop" in raw_attrs or "property" in raw_attrs)
        ):
            # A date in microdata or RDFa on the page's own elements (<span
            # itemprop="datePublished" content="2024-03-05">, Drupal 7's <span
            # property="dc:date dc:created" content="2025-03-05T14:10:00+02:00">), read as a
            # <time> is, where it stands: a teaser's date above the article, in a related
            # box, dates no article.
            attrs = attributes(raw_attrs)
            keys = (attrs.get("itemprop", "") + " " + attrs.get("property", "")).lower().split()
            content = attrs.get("content", "")
            if content and not _MICRODATA_DATES.isdisjoint(keys):
                times.append((content.strip(), begin))
        if pieces:
            run_end = position
        elif run_start < 0 and not closing:
            run_start = begin
    if position < len(text):
        chunk = text[position:]
        if not chunk.isspace():
            if run_start < 0:
                run_start = position + (len(chunk) - len(chunk.lstrip()))
            run_end = len(text) - (len(chunk) - len(chunk.rstrip()))
            pieces.append(chunk)
    close(0, len(text))
    flush()
    hidden_spans: list[tuple[int, int, str]] = []
    if concealed:
        blocks, hidden_spans = _set_aside(blocks, elements, concealed)
    return HtmlDoc(
        _blocks(blocks),
        list(map(_element, elements)),
        title,
        meta,
        links,
        jsonld,
        times,
        lang,
        hidden_spans,
    )


_PROSE_CHARS = 80
_PROSE_PARAGRAPHS = 2
_ALL_THE_PROSE = 4
"""Paragraphs of prose an ``aria-hidden`` element that is no page shell must hold (all the
page's prose) to stay: see :func:`_drawn_text`."""
_PAGE_PARTS = frozenset(
    {"nav", "header", "footer", "aside", "form", "ul", "ol", "button", "p"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)
_PAGE_ROLES = re.compile(r"\b(?:button|tabpanel|tab|navigation|menu|dialog|banner)\b")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", '"', "”", "»", "।", "؟", "۔")


def _set_aside(
    blocks: list[list[Any]], elements: list[list[Any]], concealed: dict[int, list[int]]
) -> tuple[list[list[Any]], list[tuple[int, int, str]]]:
    """The blocks a reader sees, and each hidden element set aside whole (span and text).

    Every element marked hidden made blocks like any other while the page was read; here each
    is judged, outer ones first (``concealed`` is in source order), and one set aside takes
    all it holds with it. Hidden from every reader (``hidden``, ``display: none``): set aside,
    unless it is the article's folded tail (:func:`_continues_the_article`).
    ``aria-hidden="true"`` keeps an element from screen readers, not from the screen: pages
    put it on decorative copies (an icon's text, a byline drawn twice for an animation, a
    carousel) and on closed dialogs, which are no text of the page; but a dialog library that
    opens a cookie or sign-up modal puts it on the whole page behind the modal, and a crawler
    that renders the page keeps it there: the article went as hidden. The page behind a modal
    is the page's shell (it holds the ``<h1>``, an ``<article>`` or ``<main>``), is no dialog
    itself, and holds nearly all the page's paragraphs of prose (two at least, and four for
    each one outside it; a dialog's own prose, and prose hidden from every reader but a
    folded tail, not counted); it stays, and the elements inside it are judged in turn.
    """
    folds = {
        element
        for element, (how, first, last) in concealed.items()
        if how == _HIDDEN and _continues_the_article(blocks, elements, element, first, last)
    }
    prose: list[bool] | None = None
    page_prose = 0
    dropped: set[int] = set()
    hidden: list[tuple[int, int, str]] = []
    set_aside_to = -1  # the end of the last element set aside: those inside it go with it
    for element, (how, first, last) in concealed.items():
        start, end = elements[element][3], elements[element][4]
        if start < set_aside_to:
            continue
        if how in (_UNANNOUNCED, _WAITING) and last - first >= _PROSE_PARAGRAPHS:
            if prose is None:
                prose = _page_prose(blocks, elements, concealed, folds)
                page_prose = sum(prose)
            held = sum(prose[first:last])
            if (
                held >= _PROSE_PARAGRAPHS
                and (page_prose - held) * 4 <= held
                and (
                    how == _WAITING
                    or _shell(elements, element)
                    or (
                        held >= _ALL_THE_PROSE
                        and held == page_prose
                        and _drawn_text(elements, element)
                    )
                )
            ):
                continue  # the page behind a modal, or the article waiting for its script
        elif element in folds:
            continue
        set_aside_to = end
        if first == last:
            continue  # no text: nothing to record
        hidden.append((start, end, "\n".join(block[2] for block in blocks[first:last])))
        dropped.update(range(first, last))
    if not dropped:
        return blocks, hidden
    return [block for number, block in enumerate(blocks) if number not in dropped], hidden


_DIALOG = re.compile(r"(?:^|\S[_-]|\s)(?:dialog|alertdialog|modal|popup|lightbox)(?:$|\s)")
"""Class, id or role tokens of a dialog, what a page shows over itself (``modal``,
``role=dialog``, ``newsletter-modal``), not a state of the page's (``body.modal-open``)."""
_SHELL_TAGS = frozenset({"h1", "article", "main"})


def _page_prose(
    blocks: list[list[Any]],
    elements: list[list[Any]],
    concealed: dict[int, list[int]],
    folds: set[int],
) -> list[bool]:
    """Which blocks are paragraphs of the page's prose: not a dialog's (a cookie wall's own
    paragraphs outweighed a short article behind it), not hidden from every reader unless
    a folded tail (a hidden copy of the article is no more of the page's prose)."""
    prose = list(map(_prose, blocks))
    for element, (how, first, last) in concealed.items():
        if how == _HIDDEN and element not in folds:
            prose[first:last] = [False] * (last - first)
    dialogs: dict[int, bool] = {}
    for number, block in enumerate(blocks):
        if prose[number] and _in_dialog(block[3], elements, dialogs):
            prose[number] = False
    return prose


def _in_dialog(node: int, elements: list[list[Any]], seen: dict[int, bool]) -> bool:
    """Whether an element is a dialog or lies in one (answers remembered in ``seen``)."""
    path: list[int] = []
    found = False
    at = node
    while at >= 0:
        if at in seen:
            found = seen[at]
            break
        path.append(at)
        if _DIALOG.search(elements[at][1]):
            found = True
            break
        at = elements[at][2]
    for visited in path:
        seen[visited] = found
    return found


def _drawn_text(elements: list[list[Any]], element: int) -> bool:
    """Whether an element is a run of text drawn for the eye alone: no dialog, and nothing
    of a page in it or in itself (no menu, heading, list, form, button or paragraph). A code
    viewer draws a file's lines ``aria-hidden``, in ``div``s, spans or table cells, over a
    copy for the screen reader that it keeps elsewhere or not at all (GitHub's file view):
    where that text is all the page's prose, it is the page. A copy of the whole page
    behind another (a render target with its menus), an off-canvas drawer, a cookie panel
    or a read-aloud copy of the article in paragraphs is none (session 25's review)."""
    for inner in (element, *_inside(elements, element)):
        tag, ident = elements[inner][:2]
        if tag in _PAGE_PARTS or _DIALOG.search(ident) or _PAGE_ROLES.search(ident):
            return False
    return True


def _shell(elements: list[list[Any]], element: int) -> bool:
    """Whether an element is the page's shell: no dialog itself, holding the ``<h1>``, an
    ``<article>`` or ``<main>``."""
    if _DIALOG.search(elements[element][1]):
        return False
    return any(elements[inner][0] in _SHELL_TAGS for inner in _inside(elements, element))


def _inside(elements: list[list[Any]], element: int) -> Iterator[int]:
    """The elements inside an element, in source order: those after it that start before it
    ends (elements are in source order, each one's own following it)."""
    end = elements[element][4]
    for inner in range(element + 1, len(elements)):
        if elements[inner][3] >= end:
            return
        yield inner


def _continues_the_article(
    blocks: list[list[Any]], elements: list[list[Any]], element: int, first: int, last: int
) -> bool:
    """Whether a hidden element is the rest of the article, folded behind "Read more".

    Sites fold an article's tail into a hidden element right after its first paragraphs,
    which a "Continue reading" button unfolds; every reader who presses it reads the
    article. What else pages hide holds prose too (a sign-up modal, a cookie policy, a
    schema.org copy of the article for search engines, a paywall's prompt between two
    paragraphs, a translation), but not as the tail of the article's paragraphs. The
    evidence is structural: the block right before the element is a paragraph of prose in
    the element's own parent, no paragraph of prose follows it in that parent (a fold is the
    tail), and it holds two paragraphs of prose of its own, none a copy of a paragraph shown
    (a hidden copy of the article for a reading aloud or a print view).
    """
    if first == 0 or last - first < _PROSE_PARAGRAPHS:
        return False
    before = blocks[first - 1]
    node, parent = before[3], elements[element][2]
    if node < 0 or parent < 0 or (node != parent and elements[node][2] != parent):
        return False
    if not _prose(before) or sum(map(_prose, blocks[first:last])) < _PROSE_PARAGRAPHS:
        return False
    parent_end = elements[parent][4]
    for block in blocks[last:]:
        if block[0] >= parent_end:
            break
        at = block[3]
        if _prose(block) and at >= 0 and (at == parent or elements[at][2] == parent):
            return False  # the article goes on after it: no folded tail
    inside = {block[2] for block in blocks[first:last] if _prose(block)}
    return not any(block[2] in inside for block in blocks[:first])


def _prose(block: list[Any]) -> bool:
    """A paragraph of prose: 80 characters or more (a sign of Chinese, Japanese or Korean
    counting twice: a sign says about what a word does), ending like a sentence, under half
    links."""
    text: str = block[2]
    size = len(text)
    if size < _PROSE_CHARS and not text.isascii():
        size += len(_CJK_SIGN.findall(text))
    return size >= _PROSE_CHARS and block[4] * 2 <= len(text) and text.endswith(_SENTENCE_END)


_CJK_SIGN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _close_same(stack: list[_Open], tag: str, scope: tuple[str, ...], at: int, close: Any) -> None:
    for level in range(len(stack) - 1, -1, -1):
        open_tag = stack[level].tag
        if open_tag == tag:
            close(level, at)
            return
        if open_tag in scope:
            return


def _close_cell(stack: list[_Open], at: int, close: Any) -> None:
    for level in range(len(stack) - 1, -1, -1):
        open_tag = stack[level].tag
        if open_tag in ("td", "th"):
            close(level, at)
            return
        if open_tag in _CELL_SCOPE:
            return


def _blocks(raw: list[list[Any]]) -> list[Block]:
    out: list[Block] = []
    previous_end = 0
    for start, end, value, node, links, tag, path in raw:
        # Runs are in source order; a widened block never reaches into the next one.
        if start < previous_end:
            start = previous_end
        index = len(out)
        structure = _structure((tag, path, node, links, end - start))
        out.append(_block((index, start, end, value, index, value, structure)))
        previous_end = end
    return out


_cache: tuple[Page, HtmlDoc] | None = None


def parse_page(page: Page) -> HtmlDoc:
    """The parse of an HTML page, shared by the segmenter and every plugin asking for it."""
    global _cache
    cached = _cache
    if cached is not None and cached[0] is page:
        return cached[1]
    doc = tokenize(page.text)
    _cache = (page, doc)
    return doc
