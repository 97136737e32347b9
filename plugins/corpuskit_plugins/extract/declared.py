"""What a page declares about its article: meta tags, JSON-LD, ``<title>``, ``<time>``.

The strongest evidence for each field, read before any block is labelled (see
:func:`from_html` for the order); what it leaves empty, :mod:`.metadata` looks for in the
labelled page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from html import unescape
from typing import Any

from corpuskit import Block
from corpuskit.html import HtmlDoc
from corpuskit_plugins.extract.dating import REVISED, day_first, parse_date, written_date
from corpuskit_plugins.extract.marked import markup_authors, markup_text
from corpuskit_plugins.generic.context import WORD
from corpuskit_plugins.generic.head import DAY_BEFORE
from corpuskit_plugins.generic.names import BY, NOT_NAME, is_role, may_be_person, without_title

_TITLE_SPLIT = re.compile(
    r"\s+(?:\||-|–|—|::|·|•|»)\s+"
    # Chinese and Japanese titles part the site's name with no spaces around the mark:
    # "标题_腾讯新闻", "見出し｜サイト".
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60“”」』）])[_｜|](?=[\u3040-\u30ff\u3400-\u9fff])"
)
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "article.published",
    "published_time",
    # The names publishers use beside those, as htmldate's survey of the web lists them
    # (modification dates left out: a Document's date is when the article first appeared).
    "article:published",
    "article:published_date",
    "article:post_date",
    "article.created",
    "article:publicationdate",
    "og:article:published_time",
    "og:article:published",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "citation_publication_date",
    "citation_date",
    "dc.date.publication",
    "dc.date.created",
    "dc.created",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "dc:date",
    "dc:created",
    "datecreated",
    "date_published",
    "date_created",
    "dateposted",
    "displaydate",
    "publish_date",
    "publish_time",
    "published-date",
    "published_date",
    "publisheddate",
    "publication_date",
    "originalpublicationdate",
    "rnews:datepublished",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    "rbpubdate",
    "shareaholic:article_published_time",
    "twt-published-at",
    "vr:published_time",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
)
# Script bodies wrapped for old XHTML parsers: ``<![CDATA[ ... ]]>``, ``<!-- ... -->``. The
# opening and the close are two patterns: one pattern of both, its first branch opening with
# ``^``, was tried at every character of the script, where the close alone skips to each "]"
# and "-" (the same text is left: tests/test_speed_html.py).
_JSON_OPENING = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)")
_JSON_CLOSE = re.compile(r"(?:\]\]>|-->)\s*$")
# What hand-edited JSON-LD holds that JSON does not allow: a comment line, a comma before a
# closing bracket.
_JSON_COMMENT = re.compile(r"^\s*//[^\n]*$|/\*.*?\*/", re.MULTILINE | re.DOTALL)
_JSON_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def _jsonld_objects(doc: HtmlDoc, named: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """The page's JSON-LD items that describe the article or its page.

    ``named``, when given, collects the ``name`` of every item with an ``@id``: a ``@graph``
    (Yoast's, for one) states the article's author as a reference to a Person elsewhere in it.
    """
    for raw in doc.jsonld:
        text = _JSON_CLOSE.sub("", _JSON_OPENING.sub("", raw)).strip().rstrip(";")
        try:
            data = json.loads(text, strict=False)  # raw line breaks inside strings are common
        except ValueError:
            # Templates leave trailing commas and comments, which browsers' JSON-LD readers
            # forgive; mended only once strict reading failed, so valid scripts pay nothing.
            mended = _JSON_TRAILING_COMMA.sub(r"\1", _JSON_COMMENT.sub("", text))
            try:
                data = json.loads(mended, strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                name = item.get("name")
                if named is not None and isinstance(item.get("@id"), str) and isinstance(name, str):
                    named.setdefault(item["@id"], name)
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(
                    isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds
                ) or any(k in ("WebPage", "Report", "Blog") for k in kinds):
                    yield item


def _plain(value: Any) -> str | None:
    """A JSON-LD string value as text: CMS templates often write it HTML-escaped
    ("O&#039;Neill", "Q&amp;A"), the escape then reads as part of the name or title."""
    if not isinstance(value, str):
        return None
    return unescape(value) if "&" in value else value


def _names(value: Any, named: dict[str, str] | None = None) -> list[str]:
    if isinstance(value, str):
        value = _plain(value) or ""
        return [value] if value.strip() and not NOT_NAME.search(value) else []
    if isinstance(value, dict):
        if "name" not in value and named and isinstance(value.get("@id"), str):
            return _names(named.get(value["@id"]))
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item, named)]
    return []


def _organisations(value: Any) -> bool:
    """Whether a JSON-LD ``author`` names organisations only (``{"@type": "Organization"}``,
    a ``NewsMediaOrganization``...), no person."""
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(
        isinstance(item, dict)
        and isinstance(kind := item.get("@type"), str)
        and kind.endswith("Organization")
        for item in items
    )


_HANDLE = re.compile(r"[a-z][a-z0-9._-]{2,31}")
"""A login as a CMS writes it in the author field: one lower-case Latin word, no space."""


def _stands_in(value: str, site: str | None) -> bool:
    """Whether an author field holds what a CMS puts there when nobody typed a name: the
    site's own name (a WordPress theme's ``<meta name="author">`` on every page) or the
    author's login (Plone's ``DC.creator``). A person's name has a capital or a space."""
    name = " ".join(value.split())
    return _HANDLE.fullmatch(name) is not None or (
        site is not None and name.casefold() == _fold(site)
    )


def _article_first(item: dict[str, Any]) -> bool:
    """Whether a JSON-LD item is not the article itself (a WebPage, a Blog): it goes after,
    its dates and author being the page's or the site's, which a graph may list first."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return not any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds)


def _strip_site(title: str, site: str | None) -> str:
    """``title`` without the site's name at either end, the rest as written.

    The name is ``site`` where known; else the last part when it is the shorter side. What is
    kept is a slice of the title: its own separators stay ("A | B | Site" gives "A | B").
    """
    cuts = list(_TITLE_SPLIT.finditer(title))
    unspaced = [cut for cut in cuts if not cut.group().startswith((" ", "\t"))]
    if len(unspaced) > 1:
        # Unspaced marks in a Chinese or Japanese title ("新华社｜城市发展｜十年巨变") part
        # sections as well as the site's name: only one, "标题_网站", says which part is it.
        cuts = [cut for cut in cuts if cut not in unspaced]
    if not cuts:
        return title
    first, last = cuts[0], cuts[-1]
    if site:
        if _names_site(title[last.end() :], site):
            return title[: last.start()]
        if _names_site(title[: first.start()], site):
            return title[first.end() :]
    if len(title) - last.end() < last.start():
        return title[: last.start()]
    return title


_LEGAL_FORMS = frozenset("inc inc. ltd ltd. llc gmbh ag sa plc corp corp. co co. limited".split())  # noqa: SIM905
"""What a company's registered name adds to its brand ("Spiceworks Inc")."""


def _names_site(part: str, site: str) -> bool:
    """Whether a part of a title is the site's name: as ``og:site_name`` gives it, or its
    brand without the legal form the site name adds ("Spiceworks" for "Spiceworks Inc")."""
    low, name = part.strip().casefold(), site.strip().casefold()
    if low == name:
        return True
    rest = name[len(low) :].split() if low and name.startswith(low + " ") else []
    return bool(rest) and all(word in _LEGAL_FORMS for word in rest)


def _declared_title(doc: HtmlDoc) -> bool:
    """Whether the publisher states the article's title (``og:title``, JSON-LD headline)."""
    if doc.meta.get("og:title") or doc.meta.get("twitter:title"):
        return True
    return any(isinstance(item.get("headline"), str) for item in _jsonld_objects(doc))


def title_for(doc: HtmlDoc, headline: str) -> str:
    """The title of a page whose headline block reads ``headline``.

    Evidence in order of strength: the headline block where the page's ``<title>`` says it
    word for word (whole, or its longest part) and the declared title says something else
    (two of the page's three statements agree: the social card's title was written for
    sharing, "Seppie in laguna, uova quasi raddoppiate" over the headline "Tornano le seppie
    in laguna"); the title the publisher declares for the article (``og:title``,
    ``twitter:title``, JSON-LD ``headline``); the headline block, when the page's
    ``<title>`` without the site's name says the same; that ``<title>``; the headline
    block. An ``<h1>`` the ``<title>`` does not back is often the site's logo ("Salon"),
    a section name or a widget's heading, not the article's title.
    """
    # A heading's permalink (Sphinx's and many themes' "¶" after the text) is no part of it,
    # nor the day a theme prints inside it before the <title>'s words ("12 Bře Vyhlídka …").
    headline = headline.rstrip(_PERMALINK).rstrip()
    badge = DAY_BEFORE.match(headline)
    if badge and _fold(headline[badge.end() :]) in {
        _fold(part) for part in _TITLE_SPLIT.split(doc.title)
    }:
        headline = headline[badge.end() :]
    found = from_html(doc)["title"]
    if not found:
        return headline
    if _declared_title(doc):
        if _fuller_headline(str(found), headline) or _title_backs(doc, headline, str(found)):
            return headline
        return str(found)
    words = WORD.findall(headline.casefold())
    if _UNREAD.match(doc.title) and len(words) >= 2 and len(WORD.findall(str(found))) <= 2:
        return headline  # "(37) Actualitat · FreshRSS": an app's view, counting what is unread
    # The headline is weighed against the <title> without the site's name: a logo heading
    # names the site ("The Saltmarsh Herald"), which the whole <title> holds too.
    parts = [str(found), *_TITLE_SPLIT.split(str(found))]
    if len(words) == 1 and _unspaced_headline(words[0]):
        # One word of a script without spaces is a headline or the site's logo ("东海日报网"
        # in the <h1>): it backs the title only as the title's part that is not the site's.
        parts = [str(found)]
    if any(_same_words(headline, part) for part in parts) or _masthead(doc, str(found), headline):
        return headline
    return str(found)


def _title_backs(doc: HtmlDoc, headline: str, declared: str) -> bool:
    """Whether the page's ``<title>`` says the headline block's words, one part of it
    exactly, where the declared title says something else: two of the page's three
    statements agree, and the social card's title is the one written for sharing."""
    shown, said = _fold(headline), _fold(declared)
    if not shown or shown == said or len(WORD.findall(shown)) < 2:
        return False
    parts = [_fold(part) for part in _TITLE_SPLIT.split(doc.title)]
    # The headline is the whole <title> or its longest part: a shorter one names the site.
    whole = _fold(doc.title)
    if shown not in (whole, max(parts, key=len)) or said in (whole, *parts):
        return False
    if shown == _fold(str(doc.meta.get("og:site_name") or "")):
        return False  # the headline block is the site's logo
    # The declared title after a kicker ("Analysis: …", "【独自】…"): the headline's words.
    tail = _KICKER.sub("", said, count=1)
    affixed = [_fold(part) for part in _TITLE_SPLIT.split(declared)]
    if shown != tail and shown not in affixed and shown.rstrip(".… ") in said:
        return False  # the headline block cut short, or the declared title's label
    # A declared title the page prints (under a series' or a section's name in the <h1>) is
    # the headline, and the <h1> and the <title> name the label.
    printed = {_fold(block.text) for block in doc.blocks} - {shown}
    return said not in printed and tail not in printed


_KICKER = re.compile(r"^(?:[^:]{2,}:\s+|【[^】]+】\s*)")
"""A kicker before the headline in a declared title ("Analysis: …")."""
_CUT_WORDS = 3
_SEPARATORS = "|·•–—"


def _fuller_headline(declared: str, headline: str) -> bool:
    """Whether the headline block says the declared title in full, the declared one cut short
    ("… la antigua fábrica t…", "Renskötare kräver stopp för vindkraft" over "…
    vindkraftsparken vid Storberget"). The publisher's title is the stronger evidence
    otherwise: an SEO title longer than the headline stays, and so does one that tags the
    headline for the feeds ("… (PHOTOS)", "LIVE | …": a page's ``<title>`` keeps the tag,
    and taking the headline without it lost a mozilla-dev checking title, session 21)."""
    said, shown = _fold(declared), _fold(headline)
    if not shown or said == shown:
        return False
    if not said.endswith(("…", "...")):
        return False
    cut = said.rstrip(".…").rstrip()
    if len(cut.split()) < _CUT_WORDS or len(shown) <= len(cut) or not shown.startswith(cut):
        return False
    # What the block says on is the headline's, not the site's name after a separator
    # ("… the van route | Upland Courier").
    return shown[len(cut) :].lstrip()[:1] not in _SEPARATORS


_MASTHEAD_BLOCKS = 3
"""Where a masthead stands: among the page's first blocks, not the article's lines."""


def _masthead(doc: HtmlDoc, title: str, headline: str) -> bool:
    """Whether the ``<title>`` without its other part (``title``) is the site's name, printed
    alone above the headline as its masthead: "The Pinecrest Ledger - Community" names no
    article, and the headline under "The Pinecrest Ledger" is the title."""
    name, said = _fold(title), _fold(headline)
    for block in doc.blocks[:_MASTHEAD_BLOCKS]:
        text = _fold(block.text)
        if text == said:
            return False
        if text == name:
            return True
    return False


def _fold(text: str) -> str:
    """A title as compared: white space folded, case folded."""
    return " ".join(text.split()).casefold()


_UNREAD = re.compile(r"\s*\(\d{1,3}\+?\)\s")
"""A count opening a page's ``<title>`` ("(37) Actualitat", "(3) Allotment waiting list cut
to a year"): what is unread or new, no part of the title; and where a word or two are left,
the name of a reader's view, no article's title (not a year: "(2024) …")."""
_PERMALINK = "¶"


def _unspaced_headline(word: str) -> bool:
    """A headline in a script written without spaces (Chinese, Japanese) is one "word": four
    letters of it or more say as much as a headline in words, not a logo's one word."""
    return len(word) >= 4 and not word.isascii() and word[:1].lower() == word[:1].upper()


def _same_words(one: str, other: str) -> bool:
    """Whether most words of headline ``one`` are words of ``other``, or the other way round.

    "Ferry timetable changes" and a ``<title>`` cut to "Ferry timetable" tell the same story;
    "Salon" and "Why the tide turned" do not, and neither does "Salon" and the ``<title>``'s
    "Salon" part: a one-word heading is a logo or a section, not a headline.
    """
    a, b = set(WORD.findall(one.casefold())), set(WORD.findall(other.casefold()))
    if not b or not a or (len(a) < 2 and not _unspaced_headline(next(iter(a)))):
        return False
    shared = len(a & b)
    return shared >= 0.8 * len(a) or shared >= 0.8 * len(b)


def _time_date(
    times: Sequence[tuple[str, int]], text: str, boxes: Sequence[tuple[int, int]] = ()
) -> dt.date | dt.datetime | None:
    """The date of the page's first ``<time datetime>``, unless the words just before it say
    it is when the article was updated: a header reading "Updated <time> · Published <time>"
    puts the revision first, and the article's date is the one after it.

    A ``<time>`` inside ``boxes`` (the spans of related-story boxes and comments) dates a
    teaser or a comment, not the article: a page with no date of its own has none.
    """
    if boxes:
        times = [(value, at) for value, at in times if not any(s <= at < e for s, e in boxes)]
        if not times:
            return None
    if text:
        for value, at in times[:4]:
            if not REVISED.search(markup_text(text[max(0, at - 80) : at])):
                return parse_date(value)
    return parse_date(times[0][0])


def first_h1(doc: HtmlDoc) -> Block | None:
    """The page's first ``<h1>`` block, if it has one."""
    return next(
        (b for b in doc.blocks if b.structure is not None and b.structure.tag == "h1"), None
    )


def _from_the_headline(doc: HtmlDoc) -> list[tuple[str, int]]:
    """The page's dates in the order they are weighed: those from its ``<h1>`` on first (the
    byline's, under the headline), then those above it (a rail of the latest stories in the
    masthead dates other stories)."""
    h1 = first_h1(doc)
    if h1 is None:
        return doc.times
    headline = h1.start
    return [t for t in doc.times if t[1] >= headline] + [t for t in doc.times if t[1] < headline]


def from_html(
    doc: HtmlDoc, text: str = "", boxes: Sequence[tuple[int, int]] = (), classes: bool = True
) -> dict[str, Any]:
    """Every field this module can find, as plain values (``site`` included).

    ``text`` is the page's HTML, searched for authors marked up in the body; ``boxes`` are the
    spans of its related-story boxes and comments, whose ``<time>`` dates no article and
    whose elements named for an author name none of the article's. ``classes``: whether an
    element's class alone may name the author (not when asking what the page declares).
    """
    meta = doc.meta
    named: dict[str, str] = {}
    articles = sorted(_jsonld_objects(doc, named), key=_article_first)
    site = meta.get("og:site_name") or meta.get("application-name")
    title = meta.get("og:title") or meta.get("twitter:title")
    description = (
        meta.get("og:description") or meta.get("description") or meta.get("twitter:description")
    )
    authors: list[str] = []
    outlet: list[str] = []
    stand_in = False
    published: dt.date | dt.datetime | None = None
    for item in articles:
        title = title or _plain(item.get("headline"))
        if not description and isinstance(item.get("description"), str):
            description = _plain(item["description"])
        if not authors:
            names = _names(item.get("author"), named)
            if names and _organisations(item.get("author")):
                # The outlet as the author ("Quantum Digest"): what a byline in the page
                # says (a person) comes first; the outlet only where nothing else names one.
                outlet = outlet or names
            elif names and all(_stands_in(name, site) for name in names):
                # A login where the CMS fills the Person's name by itself ("awrona"): the
                # byline's person comes first, as for a login in the author meta below.
                outlet = outlet or names
                stand_in = True
            else:
                authors = names
        if published is None:
            # dateCreated where a CreativeWork gives no datePublished (schema.org's order).
            for key in ("datePublished", "dateCreated"):
                if isinstance(item.get(key), str):
                    published = parse_date(item[key])
                    break
        if not site and isinstance(item.get("publisher"), dict):
            name = item["publisher"].get("name")
            site = name if isinstance(name, str) else None
    if not title and doc.title:
        title = _strip_site(_UNREAD.sub("", doc.title, count=1), site)
    if not authors:
        for key in _AUTHOR_KEYS:
            value = meta.get(key)
            # "지역일보 | 네이버": an outlet and the portal showing it, not a name.
            if value and not NOT_NAME.search(value) and "|" not in value:
                if _stands_in(value, site):
                    # The site's own name or a login ("mpapadopoulou") where the CMS fills
                    # the field by itself: the byline's person comes first, this only
                    # where nothing else names one. Not any link marked up as an author's:
                    # a theme's credit ("Theme by <a rel=author>") or a teaser's would be
                    # taken for the one the page does name.
                    outlet = outlet or [value]
                    stand_in = True
                    break
                value = BY.sub("", value)
                parts = [n.strip() for n in value.split(",") if n.strip()]
                # A portal's article:author may hold the outlet it shows ("한빛스포츠").
                authors = [n for n in parts if not is_role(n) and may_be_person(without_title(n))]
                break
    if not authors and text:
        authors = markup_authors(text, boxes if classes else None, linked=not stand_in)
        if stand_in and all(_stands_in(name, site) for name in authors):
            authors = []  # a login for a login: the one the head declares stands (GitHub's)
    if published is None:
        for key in _DATE_KEYS:
            if key in meta:
                published = parse_date(meta[key]) or written_date(meta[key], day_first(doc))
                if published is not None:
                    break
    if published is None and doc.times:
        published = _time_date(_from_the_headline(doc), text, boxes)
    url = doc.links.get("canonical") or meta.get("og:url")
    return {
        "title": " ".join(title.split()) if title else None,
        "subtitle": " ".join(description.split()) if description else None,
        "authors": tuple(dict.fromkeys(without_title(" ".join(a.split())) for a in authors)),
        "published": published,
        "url": url if url and url.startswith(("http://", "https://")) else None,
        "site": site,
        "outlet": tuple(outlet),
    }
