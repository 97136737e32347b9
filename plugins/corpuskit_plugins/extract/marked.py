"""What the markup says an element holds: an author, by microdata, RDFa, ``rel``, a class or an id.

Read from the page's HTML with literal-first patterns, not from the tree: a page's markup
names its author far more often than it declares one, and a scan that skips to each
``itemprop`` or ``class`` costs a fraction of a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from html import unescape

from corpuskit_plugins.generic.names import (
    ARTICLE_WORDS,
    AUTHOR_LABELS,
    BY,
    NOT_NAME,
    OF_THE_ARTICLE,
    byline_names,
    caseless_text,
    not_a_person,
    person_words,
    without_title,
)

# Authors marked up in the body: schema.org microdata (``itemprop="author"``, its ``name``
# inside when it has one) and the HTML ``rel="author"`` link. The first of each is taken: a
# page's article comes before the teasers that repeat the markup for other authors.
# Each search starts with a literal, matched case-sensitively (as pages write these attributes):
# the regex engine then skips from one ``itemprop`` or ``rel`` to the next, where a pattern
# starting at ``<``, or ignoring case, tries every tag of the page (1 ms a page, measured).
_ITEMPROP_AUTHOR = re.compile(r"itemprop\s*=\s*[\"']?(?:[^\"'>]*\s)?author\b")
_ITEMPROP_NAME = re.compile(r"itemprop\s*=\s*[\"']?(?:[^\"'>]*\s)?name\b")
_REL_AUTHOR = re.compile(r"rel\s*=\s*[\"']?(?:[^\"'>]*\s)?author\b")
_TAG_NAME = re.compile(r"<(\w+)")
_TAGS = re.compile(r"<[^>]*>")
_MAX_NAME = 80
"""Longer marked-up "author" text is a bio or a whole box, not a name."""


def markup_text(html: str) -> str:
    text = _TAGS.sub(" ", html)
    return " ".join((unescape(text) if "&" in text else text).split())


def _opening(text: str, found: re.Match[str]) -> tuple[str, int] | None:
    """The tag name and end of the start tag an attribute match lies in, if it lies in one."""
    begin = text.rfind("<", 0, found.start())
    end = text.find(">", found.end())
    tag = _TAG_NAME.match(text, begin) if begin >= 0 else None
    if tag is None or end < 0 or ">" in text[begin : found.start()]:
        return None
    return tag.group(1).lower(), end + 1


def _inner(text: str, tag: str, start: int) -> str:
    """The markup from ``start`` to the first closing ``tag`` (nesting is not followed)."""
    end = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(text, start, start + 2000)
    return text[start : end.start() if end else start]


def _element_text(text: str, tag: str, start: int) -> str:
    """The text from ``start`` to the first closing ``tag`` (nesting is not followed)."""
    return markup_text(_inner(text, tag, start))


def _name_or_none(value: str, link: bool = False) -> list[str]:
    """The name a marked-up element holds: its text, or the names after a word for "by" it
    opens with (for a link to the author's page, ``link``, when the words before the "by"
    name no one). WordPress
    themes link the author's page as "View all posts by Daniel Lemire", ``rel="author"`` and
    all, on millions of blogs; "Mira Halloran, edited by Tom Berg" names its author first."""
    if not value or len(value) > _MAX_NAME or NOT_NAME.search(value):
        return []
    if (by := BY.match(value)) and (not link or _names_no_one(value[: by.end()])):
        # "Isinulat ni Jocelyn Dimaculangan", "Oleh Hafiz Ismail" in an itemprop="author":
        # the element holds the byline's word for "by" with the name, in any language.
        names = byline_names(value)
        if names:
            return list(names)
    return [value]


def _names_no_one(words: str) -> bool:
    """Whether the words before a link's "by" name no one: no comma, no capital after the
    first word ("View all posts by", "Articles by"), as a name or a role would have."""
    rest = words.split()[1:]
    return "," not in words and not any(word[:1].isupper() for word in rest)


_CO_REACH = 1500
"""Characters of markup from one microdata author to the next in the same byline: a
Docusaurus author's avatar, link, name and title take about 800."""


_BETWEEN_AUTHORS = 200
"""Characters of text between two authors of one byline at most: a name, a title, "and"."""


def _next_in_byline(text: str, after: int, start: int) -> bool:
    """Whether the next microdata author, whose attribute starts at ``start``, is in the same
    byline as the one before (whose attribute ends at ``after``): no item of its own opens
    between them (a comment's, a review's, a quoted or a reviewed work's, a related post's
    card all are items), and no more than a name's and a title's words lie between."""
    between = text[text.find(">", after) + 1 : text.rfind("<", 0, start)]
    return "itemscope" not in between and len(markup_text(between)) <= _BETWEEN_AUTHORS


def _microdata_name(text: str, found: re.Match[str]) -> list[str]:
    """The names an element marked ``itemprop="author"`` gives: a Person's ``name`` inside,
    else the element's own text; none from a ``<meta>`` or ``<link>``."""
    opening = _opening(text, found)
    if not opening or opening[0] in ("meta", "link"):
        return []
    tag, end = opening
    name = _ITEMPROP_NAME.search(text, end, end + 2000)
    inner = _opening(text, name) if name else None
    if inner and inner[0] != "meta":
        return _name_or_none(_element_text(text, *inner))
    return _name_or_none(_element_text(text, tag, end))


def markup_authors(
    text: str, boxes: Sequence[tuple[int, int]] | None = (), linked: bool = True
) -> list[str]:
    """The author marked up in the page's body: microdata first, then ``rel="author"`` (unless
    not ``linked``), then the first element whose class names an author outside ``boxes``
    (:func:`_class_author`; ``None``: not asked)."""
    if "author" not in text:
        return _class_author(text, boxes) if boxes is not None else []
    found = _ITEMPROP_AUTHOR.search(text)
    if found and (names := _microdata_name(text, found)):
        # Co-authors each a Person of their own in the same byline (Docusaurus' blog): the
        # next ones within reach of the one before.
        after = found.end()
        while (next_one := _ITEMPROP_AUTHOR.search(text, after, after + _CO_REACH)) and (
            _next_in_byline(text, after, next_one.start())
            and (more := _microdata_name(text, next_one))
        ):
            names.extend(name for name in more if name not in names)
            after = next_one.end()
        return names
    for found in _REL_AUTHOR.finditer(text) if linked else ():
        opening = _opening(text, found)
        if (
            opening
            and opening[0] == "a"
            and text[found.start() - 1].isspace()
            and (names := _name_or_none(_element_text(text, *opening), link=True))
        ):
            # Co-authors each in a copy of the byline's author element, one of them linked
            # with rel="author": the copies name them all.
            fuller = _class_author(text, boxes) if boxes is not None else []
            return fuller if set(names) < set(fuller) else names
    return _class_author(text, boxes) if boxes is not None else []


_RDFA_CREATOR = re.compile(
    r"rel\s*=\s*[\"'](?:[^\"'>]*\s)?(?:sioc:has_creator|schema:author)(?![\w:])"
)
_RDFA_NAME = re.compile(r"property\s*=\s*[\"'](?:[^\"'>]*\s)?(?:foaf|schema):name(?![\w:])")


def rdfa_creator(text: str, start: int, stop: int) -> tuple[str, ...]:
    """The name RDFa gives the article's creator: Drupal 7 writes its "submitted" line as
    ``<span rel="sioc:has_creator">Submitted by <span property="foaf:name">NAME</span> on
    …</span>`` in any language ("Trimis de …", "أرسلها …"). Only between ``start`` and
    ``stop`` (the headline's header and the end of the article's first line): a teaser's in
    the sidebar and a comment's below say who wrote something else. Drupal 8 and later write
    it in schema.org's words: ``<span rel="schema:author"><span property="schema:name">``.

    The review's guards (session 29): not in a picture (a media item's credit), nor in an
    item typed as something else than the article (a reviewed book's ``typeof="schema:Book"``);
    and a login ("redakcja", "webmaster": Drupal prints the account's user name) is no name."""
    if "sioc:has_creator" not in text and "schema:author" not in text:
        return ()
    for found in _RDFA_CREATOR.finditer(text, start, stop):
        at = found.start()
        figure = text.rfind("<figure", start, at)
        if figure >= 0 and _still_open(text, figure, at, "figure"):
            continue
        owners = [
            item
            for item in _TYPEOF.finditer(text, max(start, at - _OWNER_REACH), at)
            if _still_open(text, item.start(), at, item.group(1).lower())
        ]
        if owners and not _ARTICLE_TYPE.search(owners[-1].group(2)):
            continue
        name = _RDFA_NAME.search(text, found.end(), found.end() + 1000)
        inner = _opening(text, name) if name else None
        names = _name_or_none(_element_text(text, *inner)) if inner else []
        return tuple(name for name in names if not _LOGIN.fullmatch(name))
    return ()


_TYPEOF = re.compile(r"<(\w+)\b[^>]*\btypeof\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_ARTICLE_TYPE = re.compile(
    r"article|posting|report|webpage|creativework|blogpost|newsitem|sioc:|foaf:document",
    re.IGNORECASE,
)
"""The types of an article's item: schema.org's, and Drupal 7's node ("sioc:Item
foaf:Document", "sioc:Post sioct:BlogPost")."""
_OWNER_REACH = 3000
"""Characters of markup before an RDFa author within which the item it belongs to opens."""
_LOGIN = re.compile(r"[a-z][a-z0-9._-]{2,31}")
"""A user name as a CMS prints it where the person's name would stand ("redakcja")."""


_PROFILE_LINK = re.compile(
    r"<a\s[^>]*?href\s*=\s*[\"'][^\"'>]*?/(?P<kind>authors?|autor(?:es|en|i|zy)?|auteurs?|autore"
    r"|reporters?|journalists?|writers?|columnists?|contributors?|redaktor(?:en)?|penulis"
    r"|yazar(?:lar)?|kirjoittajat?|people|profiles?|by)/[^\"'/?#>]+/?[\"'][^>]*>",
    re.IGNORECASE,
)
"""A link to an author's page, the path's segment naming its kind (``/reporter/…``,
``/autor/…``, ``/profile/…``)."""
_PROFILE_LINKS = 4
_ANYONE_S = frozenset({"people", "profile", "profiles"})
"""Kinds of page anyone has: a topic's about a person ("/people/taylor-swift"), a
photographer's, an interviewee's, a user's. Such a link names the author only after "by"."""
_BY_BEFORE = re.compile(
    r"(?:^|\s)(?:by|von|por|par|door|di|da|przez|av|af|od|от|від|bởi|oleh)\s*[:：]?\s*$",
    re.IGNORECASE,
)
"""A word for "by" closing the text before a link."""
_SPONSOR_BEFORE = re.compile(
    r"(?:sponsored|presented|powered|brought to you|in partnership|promoted|paid for)"
    r"(?:\s+(?:by|with))?\s*$",
    re.IGNORECASE,
)
"""A sponsor's words closing the text before a link ("Sponsored by")."""
_NOT_BYLINE_BOX = re.compile(
    r"<(\w+)\b[^>]*class\s*=\s*[\"'][^\"']*"
    r"(?:tag|topic|keyword|subject|sponsor|credit|caption|related)[^\"']*[\"']",
    re.IGNORECASE,
)
"""An element whose class says it holds tags, topics, a sponsor, a picture's credit or
caption, or related stories: a person linked there is no author."""
_BOX_REACH = 600


def _still_open(text: str, at: int, end: int, tag: str) -> bool:
    """Whether the element of ``tag`` opening at ``at`` is still open at ``end``."""
    part = text[at:end].lower()
    return part.count(f"<{tag}") > part.count(f"</{tag}")


def profile_links(text: str, start: int, stop: int) -> tuple[str, ...]:
    """The names the links to authors' pages give between ``start`` and ``stop`` (the end of
    the headline and the start of the article's first line of text): a paper writes its
    byline as the reporter's name linked to the reporter's page, with no class, no "by" and
    no markup saying it is a name (``<a href="/reporter/matsumoto-hitomi/">松本ひとみ</a>``);
    the link's path does. Only a link whose text is a name and nothing else, and co-authors
    linked in the same line (no more than a title's text between them).

    The review's guards (session 29): not in the text (a colleague's story cited, a
    politician's page), nor in a picture, a tag or topic row, a sponsor's or a credit's
    element, nor after "Sponsored by"; a page anyone has (``/people/``, ``/profile/``: a
    topic's, an interviewee's, a photographer's) only right after a word for "by"."""
    names: list[str] = []
    after = -1
    for number, found in enumerate(_PROFILE_LINK.finditer(text, start, stop)):
        if number >= _PROFILE_LINKS:
            break
        at = found.start()
        if after >= 0 and len(markup_text(text[after:at])) > _BETWEEN_AUTHORS:
            break
        before = markup_text(text[max(start, at - 300) : at])[-60:]
        figure = text.rfind("<figure", start, at)
        if (
            (figure >= 0 and _still_open(text, figure, at, "figure"))
            or any(
                _still_open(text, box.start(), at, box.group(1).lower())
                for box in _NOT_BYLINE_BOX.finditer(text, max(start, at - _BOX_REACH), at)
            )
            or _SPONSOR_BEFORE.search(before)
            or (found["kind"].lower() in _ANYONE_S and not _BY_BEFORE.search(before))
        ):
            continue
        value = without_title(_element_text(text, "a", found.end()))
        if not value or NOT_NAME.search(value) or any(c.isdigit() for c in value):
            break
        if not (
            person_words(value.split())
            if caseless_text(value)
            else byline_names(value) == (value,) and len(value.split()) >= 2
        ):
            break
        names.append(value)
        after = found.end()
    return tuple(dict.fromkeys(names))


_CLASS_AUTHOR = re.compile(
    r"class\s*=\s*[\"']([^\"'>]*(?<![a-z])(?:author|byline|journalist)(?![a-z])[^\"'>]*)[\"']",
    re.IGNORECASE,
)
_LOWER_CLASS_AUTHOR = re.compile(
    r"class\s*=\s*[\"']([^\"'>]*(?<![a-zA-Z])(?:[Aa][Uu][Tt][Hh][Oo][Rr]|[Bb][Yy][Ll][Ii][Nn][Ee]"
    r"|[Jj][Oo][Uu][Rr][Nn][Aa][Ll][Ii][Ss][Tt])(?![a-zA-Z])[^\"'>]*)[\"']"
)
""":data:`_CLASS_AUTHOR` on a page whose attributes are written ``class`` (nearly all): the
literal start lets ``re`` skip to each ``class`` at C speed, three times as fast as the
pattern blind to case, and finds the same elements (the dev pages' matches, compared)."""
_ID_AUTHOR = re.compile(
    r"\sid\s*=\s*[\"']([^\"'>]*(?:lbl|label|txt)_?author[^\"'>]*)[\"']", re.IGNORECASE
)
"""An element an ASP.NET page names for its author by id alone, a label control's name
(``span#ctl00_Content_lblAuthor``), where no class names one."""
_ID_AUTHOR_GATES = (
    b"lblauthor",
    b"lbl_author",
    b"labelauthor",
    b"label_author",
    b"txtauthor",
    b"txt_author",
)
"""What the lower-cased page holds wherever :data:`_ID_AUTHOR` finds an element: a
substring test for each, on a page lower-cased once, costs half the pattern's scan. The page
is lower-cased as ASCII bytes, each other sign a "?" (:func:`_ascii_lower`)."""


def _ascii_lower(text: str) -> bytes:
    """The page lower-cased for the ASCII gates above, at two thirds of ``str.lower``'s cost
    on a page that is not ASCII (0.7 against 1 ms a page).

    The gates hold ASCII letters and "_" only, and no other sign lower-cases to one of them,
    so writing each other sign as "?" (one sign each, none joined) finds the same gates.
    """
    return text.encode("ascii", "replace").lower()


_CLASS_MATCHES = 50
"""Elements named for an author that are looked at, at most: the article's sits near the
top, and a page of thousands (a directory of authors) is no article's."""
_NOT_AUTHOR_CLASS = re.compile(
    r"comment|reply|bio|avatar|image|img|photo|about|social|follow|quote|book|cite"
)
"""Class words of the boxes and commenters an author's name sits in too."""


def marked_texts(
    pattern: re.Pattern[str],
    text: str,
    not_words: re.Pattern[str],
    boxes: Sequence[tuple[int, int]],
    most: int,
    start: int = 0,
    stop: int | None = None,
) -> Iterator[tuple[int, str]]:
    """The offset and the text of each element whose attribute ``pattern`` finds (group 1:
    the attribute's value) between ``start`` and ``stop``, in page order: of the first
    ``most`` found, those whose value holds none of ``not_words`` and that stand in none of
    ``boxes`` (a commenter's, a teaser's). What an element's class says it holds, an author
    or a date, read as the markup writes it."""
    end = len(text) if stop is None else stop
    for number, found in enumerate(pattern.finditer(text, start, end)):
        if number >= most:
            break
        at = found.start()
        if not_words.search(found.group(1).lower()) or any(a <= at < b for a, b in boxes):
            continue
        opening = _opening(text, found)
        if opening is None or opening[0] in _NOT_MARKED_TAGS:
            continue
        yield at, _element_text(text, *opening)


_NOT_MARKED_TAGS = frozenset({"meta", "link", "img", "body", "article", "html", "script"})


def _author_elements(text: str, boxes: Sequence[tuple[int, int]]) -> Iterator[tuple[int, str]]:
    """The offsets and texts of the elements named for an author, in the order they are
    weighed: those whose class names one, then those an ASP.NET page names so by id. The ids
    are sought only once the classes gave no name, and only on a page holding one of their
    names."""
    named = _LOWER_CLASS_AUTHOR if "CLASS" not in text and "Class" not in text else _CLASS_AUTHOR
    yield from marked_texts(named, text, _NOT_AUTHOR_CLASS, boxes, _CLASS_MATCHES)
    lowered = _ascii_lower(text)
    if any(gate in lowered for gate in _ID_AUTHOR_GATES):
        yield from marked_texts(_ID_AUTHOR, text, _NOT_AUTHOR_CLASS, boxes, 3)


_ELEMENT_LABEL = re.compile(
    rf"^\s*(?:(?i:{AUTHOR_LABELS})\s+(?i:{OF_THE_ARTICLE})|[^\W\d_]{{2,20}})\s*[:：]\s*"
)
"""One word and a colon opening an element named for the author: its label, whatever the
language says "author" with; or a word for "author" and the words saying of the article
("Автор матеріалу:", "Autor artykułu:", a DLE field's label), not of the photographs, the
illustrations or a book ("Autor zdjęć:", "Автор книги:": session 29's review)."""


def _class_author(text: str, boxes: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The name in the first element whose class names an author (``span.posted-by.author``,
    ``div.post-metadata__author``, ``em.media_end_head_journalist_name``): what a page with
    neither JSON-LD nor an ``author`` meta shows. Its text must be a name and nothing else:
    a byline's names, or a word or two of a script without case ("周文静"), once a
    reporter's title is off ("记者 周文静", "김민준 기자"), and the label an element named for
    the author opens with, in any language ("Egilea: Ane Goikoetxea", "Szerző: Varga
    Eszter", "Автор: Елена Курочкина"). A commenter's or a bio box's class does not count."""
    for at, marked in _author_elements(text, boxes):
        value = _ELEMENT_LABEL.sub("", without_title(marked), count=1)
        if not value or NOT_NAME.search(value) or any(c.isdigit() for c in value):
            continue
        words = value.split()
        if caseless_text(value):
            if person_words(words):
                return [value]
            continue
        names, line = _first_line_names(text, at, byline_names(value), value)
        if names and sum(map(len, names)) * 10 >= len(line) * 7:
            return list(dict.fromkeys([*names, *_co_authors(text, at)]))
    return []


_LINE_END = re.compile(r"<(?:br|/p|/div|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)
"""A tag ending a line inside an element: what the element's text joins with a space."""


def _first_line_names(
    text: str, at: int, names: tuple[str, ...], value: str
) -> tuple[tuple[str, ...], str]:
    """The names of an author's element (whose ``class`` starts at ``at``) as its first line
    gives them, where the next line's words ran on into the last name: a broadcaster's
    byline element prints "By Tess Hollingworth and Declan Foy", then its desk, "SCB Rural",
    in a paragraph of its own, and the text joined reads "Declan Foy SCB Rural". With the
    names, the text they are weighed against: the element's (``value``) or its first line."""
    found = _CLASS_ATTRIBUTE.match(text, at) if names else None
    opening = _opening(text, found) if found is not None else None
    if opening is None:
        return names, value
    parts = _LINE_END.split(_inner(text, *opening))
    lines = [line for part in parts if (line := markup_text(part))]
    if len(lines) < 2:
        return names, value
    first = byline_names(lines[0])
    if (
        len(first) == len(names)
        and first[:-1] == names[:-1]
        and names[-1].startswith(first[-1] + " ")
    ):
        return first, lines[0]
    return names, value


_CO_AUTHOR_REACH = 400
"""Characters of markup from one author's element to the next one's in the same byline."""


def _co_authors(text: str, at: int) -> list[str]:
    """The names in the copies of an author's element that follow it in the same byline:
    "By <span class='author vcard'>Sarah Kim</span>, <span class='author vcard'>James
    O'Connell</span> and …" writes each co-author in the same element, with the same class
    (``at``: where the first one's ``class`` attribute starts), a few words apart. Another
    element named for an author further down (a teaser's, a box's) has its own place, and
    its own class."""
    found = _CLASS_ATTRIBUTE.match(text, at)
    if found is None:
        return []
    attribute = found.group()
    names: list[str] = []
    start = at + len(attribute)
    while (next_at := text.find(attribute, start, start + _CO_AUTHOR_REACH)) >= 0:
        start = next_at + len(attribute)
        copy = _CLASS_ATTRIBUTE.match(text, next_at)
        opening = _opening(text, copy) if copy is not None else None
        if opening is None:
            break
        value = _element_text(text, *opening)
        if byline_names(value) != (value,):
            break
        if value.split()[0].casefold() not in ARTICLE_WORDS and not not_a_person(value):
            names.append(value)
    return names


_CLASS_ATTRIBUTE = re.compile(r"class\s*=\s*(?:\"[^\"]*\"|'[^']*')")
"""A ``class`` attribute, quoted, as written: what copies of one element repeat."""
