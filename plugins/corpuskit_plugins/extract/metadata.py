"""The metadata hook's answer for an HTML page: what it declares, then what its labelled lines show.

Four readers feed it, each a module of its own: :mod:`.declared` (meta tags, JSON-LD,
``<title>``, ``<time>``: the publisher's own statements, strongest), :mod:`.marked` (an
author the markup marks by microdata, RDFa or a class), :mod:`.names` (the names in a
byline) and :mod:`.dating` (dates as pages write them). What they leave empty comes from
the page as the extractor labelled it, here: a dateline or byline above the text, the day
the URL is filed under, a date line beside the headline, an element named for a date in
its header, a short line just above the text, a line labelled "Author:", and last the
post's footer under the text. Each fallback reads only where the article's own header or
footer stands, since a masthead, a teaser, an event or a comment there dates or names
something else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from html import unescape

from attrs import frozen

from corpuskit import Block, Label, Metadata, Page
from corpuskit.html import Element, HtmlDoc, parse_page
from corpuskit_plugins.extract.dating import (
    PUBLISHED,
    REVISED,
    STAMP_PARTS,
    TIME_OF_DAY,
    UPDATED,
    dated_stamp,
    day_first,
    htmldate_date,
    url_date,
    written_date,
)
from corpuskit_plugins.extract.dating import parse_date as parse_iso
from corpuskit_plugins.extract.declared import first_h1, from_html
from corpuskit_plugins.extract.evidence import ANY_HEADING
from corpuskit_plugins.extract.marked import marked_texts, markup_text, profile_links, rdfa_creator
from corpuskit_plugins.generic.dates import (
    TRIM_WORDS,
    date_header,
    dates_in,
    parse_date,
    published_in,
)
from corpuskit_plugins.generic.names import (
    ARTICLE_WORDS,
    AUTHOR_LABELS,
    BY,
    POSTING_WORDS,
    byline_names,
    caseless_text,
    credits_another_role,
    not_a_person,
    person_words,
)

_BOXES = frozenset({"related", "comments"})
"""Kinds of labels whose ``<time>`` dates something else than the article."""


def _dateline_date(
    blocks: Sequence[Block], labels: Sequence[Label], day_first: bool = False
) -> dt.date | None:
    """The date written in the first labelled dateline above the article's text that has
    one, else in a byline there ("Chris Mbeki · March 28, 2024": the name and the date on one
    line), else in a dateline below the text (a post's footer). An author box or a comment's
    "Posted by ... on March 1" or "Lotte B. | 13.03.2024" below the text dates something
    else, so a byline's day above the text wins over it, where the byline says the day is
    its publication's (:func:`_says_published`: "Originally published …" or an event's
    "Veranstaltung am …" in it yield to a date line below, and date the page only where
    no other line does)."""
    first = _first_body(blocks, labels)
    passes = (
        ("dateline", first, False),
        ("byline", first, True),  # a day the byline says it was published on, no other
        ("dateline", _NO_BODY, False),
        ("byline", first, False),  # "Speech delivered 12 February 2024", with nothing else
    )
    for kind, end, published in passes:
        starts = {label.start for label in labels if label.kind == kind}
        if not starts:
            continue
        for block in blocks:
            if block.start >= end:
                break
            if block.start in starts:
                low = block.text.lower()
                if kind == "byline" and UPDATED.search(low):
                    continue  # "Updated 12/03/2024" on the byline: the revision's date
                if published and not _says_published(block):
                    continue  # "Originally published …", "Veranstaltung am …": not this day
                found = published_in(low, day_first)
                if found is not None:
                    return found
    return None


_HEADER_LEVELS = 2
"""Levels above the ``<h1>`` within which a header's date line stands beside it."""
_HEADER_DATE_CHARS = 60
_NO_HEADER = frozenset({"article", "main", "body", "html"})
_PROSE = 100


def _header_date(doc: HtmlDoc, day_first: bool = False) -> dt.date | None:
    """A date line in the article's own header, beside the ``<h1>``: within the element that
    holds the headline, a level or two up ("Press release · 3 December 2024 · Brussels" in a
    list above it, as the EU's page header writes it). The last place a page with no date
    elsewhere says when it was published; a masthead's date of today stands outside it."""
    h1 = first_h1(doc)
    outer = _headline_holder(doc, h1)
    if h1 is None or outer is None:
        return None
    for block in doc.blocks:
        if block.start < outer.start or block is h1:
            continue
        if block.end > outer.end or (block.start > h1.start and len(block.text) >= _PROSE):
            break  # the article's text begins: what follows dates its parts or its comments
        norm = " ".join(block.text.split())
        if len(norm) > _HEADER_DATE_CHARS:
            continue
        low = norm.lower()
        said, _ = date_header(norm, low)
        if said:
            return published_in(low, day_first)
    return None


_LEAD_LINES = 3
"""Blocks above the article's first line of text in which its own date line stands."""
_LEAD_LINE_CHARS = 120


def _lead_line(
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    first: int,
    day_first: bool = False,
) -> tuple[Block, dt.date, bool] | None:
    """The short line between the headline and the article's first line of text that gives
    a date, whatever label it took, its date, and whether it stands beyond a standfirst, a
    caption or share buttons: a portal's "Posted by NAME on Wednesday, 14 February 2024 @
    09:40" under a headline in a table cell, worded in a language whose "posted by" no rule
    reads. The nearest of the few lines above the text wins; one saying "Updated" dates a
    revision, and above the headline a date is the masthead's day. A picture's caption, a
    standfirst or a teaser there says when something else happened. (``first``: where the
    article's first line of text starts.)"""
    if headline is None or first == _NO_BODY:
        return None
    # Share buttons, a lead picture's caption and credit and a standfirst between the stamp
    # and the text are no lines of the header: they neither hide the stamp nor end it. But
    # beyond them a bare day may be a kicker's or an event's: the line must show more of a
    # stamp (:func:`_stamp_beyond`), and names no author by its links.
    other = [(label.start, label.end) for label in labels if label.kind in _NOT_LEAD_KINDS]
    between = [b for b in blocks if headline.end <= b.start and b.end <= first]
    near = _near_lines(between, labels)
    above = [b for b in between if not any(s <= b.start and b.end <= e for s, e in other)]
    for block in reversed(above[-_LEAD_LINES:]):
        if len(block.text) > _LEAD_LINE_CHARS:
            break  # a paragraph of the page's own above the article: no header here
        norm = " ".join(block.text.split())
        low = norm.lower()
        if (
            not (block.structure and block.structure.links)
            and not date_header(norm, low)[0]
            and not dated_stamp(norm)
        ):
            continue  # a kicker or an event's line ("Memorial service: Sunday 14 March")
        if _revision_day(low):
            continue
        far = block.start not in near
        if far and not _stamp_beyond(low):
            continue
        found = published_in(low, day_first)
        if found is not None:
            return block, found, far
    return None


def _revision_day(low: str) -> bool:
    """Whether the day a dated line gives (:func:`published_in`'s) is a revision's: a
    revision's word stands between it and the date before it ("Updated 6 March 2024") or
    right after it ("2024年8月2日 更新"), or a revision's date comes first and no word for
    "published" leads to the next. Not where the line gives the publication's day first
    ("发表于2024-07-20|更新于2024-08-02", "Published 5 March, updated 6 March") or after the
    revision's, so named ("Updated 6 March · Published 5 March")."""
    found = dates_in(low)
    if not found:
        return bool(UPDATED.search(low))
    pick = 1 if len(found) > 1 and UPDATED.search(low, 0, found[0][0]) else 0
    if pick and not _PUBLISHED_BETWEEN.search(low, found[0][1], found[1][0]):
        return True  # "Last reviewed 12 March 2024 · Next review 12 March 2027"
    if _REVISED_AFTER.match(low, found[pick][1]):
        return True  # the revision's word after its date, as Chinese and Japanese write it
    return bool(UPDATED.search(low, found[pick - 1][1] if pick else 0, found[pick][0]))


_PUBLISHED_BETWEEN = re.compile(
    r"publi|posted|created|erstellt|erschienen|veröffentlicht|发表|發表|发布|發佈|公開|投稿|掲載"
    r"|입력|опубли|опублі|objav"
)
"""A word for "published" between a revision's date and the next: the next is the
publication's ("Updated 6 March · Published 5 March"), not a review's or an expiry's."""
_REVISED_AFTER = re.compile(r" ?(?:\d{1,2}:\d\d ?)?(?:更新|修改|수정|改訂)")
"""A revision's word right after its date: "2024年8月2日 更新"."""


def _near_lines(between: Sequence[Block], labels: Sequence[Label]) -> set[int]:
    """Where the lines start that stand right above the text: the last few, share buttons
    not counted, up to a long block (a standfirst, a caption). A stamp there is the
    article's whatever it shows; one beyond them must show more (:func:`_stamp_beyond`)."""
    buttons = {label.start for label in labels if label.kind == "share"}
    near: set[int] = set()
    for block in reversed([b for b in between if b.start not in buttons][-_LEAD_LINES:]):
        if len(block.text) > _LEAD_LINE_CHARS:
            break
        near.add(block.start)
    return near


def _stamp_beyond(low: str) -> bool:
    """Whether a dated line beyond a standfirst or a lead picture shows more of a stamp than
    its day: a time, a word for "published" or "posted", or a byline's "by" (session 25's
    review: an event's, a fixture's and an issue's bare day stood there)."""
    words = set(_PARTS.split(low))
    return bool(
        _CLOCK.search(low) or words & _BY_WORDS or words & (_PUBLISHED_WORDS | _POSTED_STAMP)
    )


_POSTED_STAMP = frozenset(
    """published posted publié publiée publicado publicada pubblicato veröffentlicht 입력
    发布 發佈 公開""".split()  # noqa: SIM905
)
"""The words for "published" and "posted" a stamp beyond the lead picture shows besides its
day (:data:`_PUBLISHED_WORDS` holds the other languages')."""


_NOT_LEAD_KINDS = frozenset(
    {"caption", "credit", "subtitle", "summary", "related", "promo", "share"}
)
_LINK_TEXT = re.compile(r"<a\b[^>]*>([^<]{3,60})</a>", re.IGNORECASE)


def _linked_name(text: str, block: Block, far: bool = False) -> tuple[str, ...]:
    """The author the lead's date line links to ("Posted by <a>Inese Kalniņa</a> on ..."):
    the first link, before the date, whose text is a name of two words or more and nothing
    else (a section linked after it, "... 14 February 2024 in <a>Local News</a>", is no
    author). Beyond a standfirst or a caption (``far``), only after a word for "by": a
    kicker's link there names a guest or a band ("Interview with <a>Jonas Lind</a>")."""
    digit = next((i for i, c in enumerate(block.text) if c.isdigit()), len(block.text))
    for found in _LINK_TEXT.finditer(text, block.start, block.end):
        value = " ".join(unescape(found.group(1)).split())
        at = block.text.find(value)
        if at > digit:
            break
        if far and not set(_PARTS.split(block.text[:at].lower())) & _BY_WORDS:
            continue
        if len(value.split()) >= 2 and byline_names(value) == (value,):
            return (value,)
    return ()


_DATE_CLASS = re.compile(
    r"\b(?:class|id|itemprop)\s*=\s*[\"']([^\"'>]*(?i:date|time|datum|fecha|publish|posted"
    r"|created)[^\"'>]*)[\"']"
)
_NOT_DATE_CLASS = re.compile(r"updat|modif|comment|reply|read|runtime|timeline|ago|zone")
"""Class words of a revision's date, a commenter's, a reading time or a time zone picker."""
_DATE_CLASS_CHARS = 80
_DATE_CLASS_MATCHES = 40


def _class_date(
    text: str,
    holder: Element | None,
    body: int,
    boxes: Sequence[tuple[int, int]] = (),
    day_first: bool = False,
) -> dt.date | dt.datetime | None:
    """The date in the first element named for one (``span.itemDateCreated``,
    ``em#publish_time``, ``span.news-date-time``), from the headline's own header
    (``holder``, :func:`_headline_holder`) to the end of the article's first line of text
    (``body``; Bitrix prints the date inside it): what a
    page with no date in its head, its ``<time datetime>``, its bylines or its URL still
    shows, as htmldate's search of the markup reads it. A masthead's date of today stands
    above the header; a sidebar's teasers, an event the article names and a comment's date
    stand below its first line; the words just before a revision's date ("Updated") or its
    class ("date-modified") rule it out."""
    if holder is None or body <= holder.start:
        return None
    marked = marked_texts(
        _DATE_CLASS, text, _NOT_DATE_CLASS, boxes, _DATE_CLASS_MATCHES, holder.start, body
    )
    for at, value in marked:
        if not value or len(value) > _DATE_CLASS_CHARS or UPDATED.search(value.lower()):
            continue
        if REVISED.search(markup_text(text[max(0, at - 80) : at])):
            continue
        day = written_date(value, day_first)
        if day is not None:
            return day
    return None


def _headline_block(
    doc: HtmlDoc, headline: str | None, labels: Sequence[Label] = ()
) -> Block | None:
    """The block the extractor labelled the headline, else the page's first ``<h1>``, else
    the first block that reads as the headline (an ``<h2>`` of a CMS's item)."""
    titled = next((label.start for label in labels if label.kind == "title"), -1)
    block = next((b for b in doc.blocks if b.start == titled), None) or first_h1(doc)
    if block is None and headline:
        wanted = " ".join(headline.split()).casefold()
        block = next((b for b in doc.blocks if " ".join(b.text.split()).casefold() == wanted), None)
    return block


def _headline_holder(doc: HtmlDoc, block: Block | None) -> Element | None:
    """The headline's own header: the element holding its block, a level or two up, short
    of the article or the page's main part."""
    if block is None or block.structure is None or block.structure.node < 0:
        return None
    elements = doc.elements
    holder = block.structure.node
    for _ in range(_HEADER_LEVELS):
        up = elements[holder].parent
        if up < 0 or elements[up].tag in _NO_HEADER:
            break  # the article, the page's main part: no longer the headline's header
        holder = up
    return elements[holder]


def _dateline_names(blocks: Sequence[Block], labels: Sequence[Label]) -> tuple[str, ...]:
    """The names in a dateline above the article's text that opens with "By" ("By Jane Roe,
    March 3, 2025": a line the extractor takes for its date, which names the author too).
    Only after an explicit "by": "Updated March 3, 2025 | Reuters" names no one."""
    starts = {label.start for label in labels if label.kind == "dateline"}
    if not starts:
        return ()
    end = _first_body(blocks, labels)
    for block in blocks:
        if block.start >= end:
            break
        if block.start in starts and BY.match(block.text):
            names = byline_names(block.text)
            if names:
                return names
    return ()


_AUTHOR_LABEL = re.compile(rf"^\s*(?:{AUTHOR_LABELS})\s*[:：]", re.IGNORECASE)
_LABELLED_CHARS = 80
_UNDER_TEXT = 5
"""Blocks under the article's last line of text where its properties (author, source) stand."""
_FIELD_LABEL = 20
"""Characters of a line within which a card's field label ends with its colon."""


_ITEM_LINE_CHARS = 200
"""A line of the item's own fields at most; a longer block under the text is a paragraph of
another box."""
_WRITTEN_ENDS = (".", "!", "?", "…", "”", '"', "»", "。", "！", "？")
"""How a written line ends, which a line of fields ("Категория: … | Теги: …") does not."""


def _last_text_line(blocks: Sequence[Block], body: Sequence[tuple[int, int]]) -> int:
    """The index of the block holding the end of the article's text (-1 if none does)."""
    end = max((stop for _, stop in body), default=-1)
    return max((i for i, b in enumerate(blocks) if b.start < end), default=-1)


def _item_lines(
    blocks: Sequence[Block], labels: Sequence[Label], headline: Block | None
) -> Iterator[tuple[int, Block]]:
    """The blocks, with their indexes, where an item's own fields stand: between the headline
    and the article's first line of text, its last line, and a few blocks under it, until
    another box's heading or written words (a quote widget's quotation). Not the lines of
    the text above its last, whose "Author:" is a fact box's."""
    body = [(label.start, label.end) for label in labels if label.kind == "body"]
    if headline is None or not body:
        return
    last = _last_text_line(blocks, body)
    for index, block in enumerate(blocks[: last + 1 + _UNDER_TEXT]):
        if index > last and (
            len(block.text) > _ITEM_LINE_CHARS
            or _is_heading(block)
            or block.text.rstrip().endswith(_WRITTEN_ENDS)
        ):
            return  # another box's heading or words (a quote widget's quotation)
        if block.start < headline.end:
            continue
        if index < last and any(start <= block.start < stop for start, stop in body):
            continue
        yield index, block


def _labelled_author(
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    boxes: Sequence[tuple[int, int]],
) -> tuple[str, ...]:
    """The names in a short line that says in so many words who wrote the article ("Author:
    Olena Kravchuk", "Автор: …", "Autor: …"), among the item's own lines
    (:func:`_item_lines`): a Bitrix news page sets it under the text as a property of the
    item. Not one field of a card (a book review's "Author: Hilary Mantel" over "Publisher:
    …"), nor in a comment or a teaser box."""
    for index, block in _item_lines(blocks, labels, headline):
        text = block.text
        label = _AUTHOR_LABEL.match(text) if len(text) <= _LABELLED_CHARS else None
        if label is None or any(start <= block.start < stop for start, stop in boxes):
            continue
        following = blocks[index + 1].text[:_FIELD_LABEL] if index + 1 < len(blocks) else ""
        if ":" in following:
            continue  # one field of a card ("Author: …", "Publisher: …", "Pages: …")
        names = byline_names(text[label.end() :].strip())
        if names:
            return names
    return ()


def _footer_names(text: str, blocks: Sequence[Block], footer: Sequence[int]) -> tuple[str, ...]:
    """The names in the post's own footer line under its text, where a blog theme prints who
    posted it ("Posted by Ines Varga at 10:42 AM · 3 comments"): after an explicit "by", in
    the item's footer lines only (:func:`_item_footer`), not a comment's."""
    for index in footer:
        line = blocks[index].text
        by = BY.match(line) if len(line) <= _ITEM_LINE_CHARS else None
        if by is None or credits_another_role(line[: by.end()], _POSTING_WORDS):
            continue  # "Theme by": a theme's credit, once a login stood in the author field
        names = byline_names(line)
        apart = _set_apart(text, blocks[index], line[by.end() :])
        if apart and names[:1] != apart:
            return apart  # the element ends the name where the line's words run on
        if names:
            return names
    return ()


_SET_APART = re.compile(r"<(strong|b|a)\b([^>]*)>([^<]{3,60})</\1>", re.IGNORECASE)
_OFF_SITE = re.compile(r"""href\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)
"""A link written with its host: to another site, most often (a site links its own pages by
their paths)."""


def _set_apart(text: str, block: Block, rest: str) -> tuple[str, ...]:
    """The name a bio line sets in an element of its own right after its "by", where words
    run on after it ("Written by <strong>Kyle Mathews</strong> who lives and works in …",
    Gatsby's starter blog, in every language it is translated to): the element's text, a
    name and nothing more (in a script without case, a person's words). What follows the
    name in the line's text ends it by no case in such a script, and "who lives" runs on
    after a name in any other. Not a team or an outlet ("The Harbour Notes Team", a desk's
    word), nor a link to another site ("Story by <a href='https://…'>Coastline Courier</a>
    reporter …"): session 28's review."""
    found = _SET_APART.search(text, block.start, block.end)
    if found is None or (found.group(1).lower() == "a" and _OFF_SITE.search(found.group(2))):
        return ()
    value = " ".join(unescape(found.group(3)).split())
    if not " ".join(rest.split()).startswith(value):
        return ()
    if value.split()[0].casefold() in ARTICLE_WORDS or not_a_person(value):
        return ()
    if caseless_text(value):
        return (value,) if person_words(value.split()) else ()
    return (value,) if byline_names(value) == (value,) else ()


_POSTING_WORDS = frozenset({*POSTING_WORDS, "submitted"})
"""The words before "by" that name the post's author: the classifier's byline openings."""


_FOOTER_KINDS = frozenset({"footer", "tags", "byline", "dateline"})
"""Labels a post's own footer line takes under its text; a line the extractor keeps as the
text's own is no footer (an event's "When: … | Where: … | Tickets: …"), a pager's
"Previous: …, 12.02.2024" goes as navigation, a teaser as related or promo, a comment's
line as comments."""
_FIELDS = 3
"""Fields, parted by "|", of an item's line of properties ("Category: … | Views: 611 |
Date: 15.02.2025"); an event's "When: … | Where: …" has two."""


def _footer_line_date(text: str, block: Block, day_first: bool) -> dt.date | None:
    """The date a post's footer line gives: in a link of its own that opens the line and
    holds the date and nothing more (a permalink, "<a href='/post/81'>March 3rd, 2024</a> ·
    212 notes"), or anywhere in a line of three labelled fields or more. Not a linked
    teaser's, a source's or an event's date ("Previous: <a>Ring road survey, 12.02.2024</a>",
    "Data: <a>Eurostat</a>, 3 February 2025", "Exhibition: 3 March 2025, <a>Town
    Gallery</a>")."""
    opening = " ".join(block.text.split())
    for found in _LINK_TEXT.finditer(text, block.start, block.end):
        linked = " ".join(unescape(found.group(1)).split())
        if not opening.startswith(linked):
            break  # the permalink opens the line; a link after words is the words' object
        day = (
            published_in(linked.lower(), day_first)
            if date_header(linked, linked.lower())[0]
            else None
        )
        if day is not None:
            return day
    parts = block.text.split("|")
    fields = sum(_FIELD.match(part) is not None for part in parts)
    if len(parts) >= _FIELDS and fields >= _FIELDS - 1:
        return published_in(" ".join(block.text.split()).lower(), day_first)
    return None


_FIELD = re.compile(r"\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*:")
"""A field's label, a word or three and a colon ("Category:", "Добавил:"), not a time's."""


def _footer_date(
    text: str, blocks: Sequence[Block], footer: Sequence[int], day_first: bool = False
) -> dt.date | None:
    """The date in the item's own line right under its text, where a blog theme or a site
    builder prints the post's footer (:func:`_footer_line_date`): the last place a page with
    no date above its text says when it was published. Only the item's footer lines
    (``footer``, :func:`_item_footer`), not a comment's date under the text ("15.02.2025
    11:20" over the commenter's name, in no link), nor a revision's ("Updated …"); and the
    only line there that gives a date, since two are a list of other items, each dated
    ("<a>Ring road survey results</a> 12.02.2024")."""
    dated: list[dt.date] = []
    for index in footer:
        block = blocks[index]
        if UPDATED.search(block.text.lower()):
            continue
        found = _footer_line_date(text, block, day_first)
        if found is not None:
            dated.append(found)
    return dated[0] if len(dated) == 1 else None  # two dated lines: a list of other items


def _item_footer(
    elements: Sequence[Element],
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
) -> list[int]:
    """The item's own lines right under its text (their indexes): the few the extractor took
    for its furniture (:data:`_FOOTER_KINDS`), the article's own links between them skipped
    ("Weblinks"), up to another box's heading or anything else (a comment, a pager), each
    sharing with the text an element that holds none of the site's menus (:func:`_inside`:
    the post's footer, not the site's)."""
    body = [(label.start, label.end) for label in labels if label.kind == "body"]
    last = _last_text_line(blocks, body)
    if headline is None or last < 0:
        return []
    kinds = _kinds_at(blocks, labels)
    holders = _ancestors(elements, blocks[last])
    post = _post_span(elements, headline, holders)
    menus = [  # the site's menus: links labelled navigation above the headline or below the
        # text, outside the post that holds both (its own tag list is no site's menu)
        block.start
        for block, kind in zip(blocks, kinds, strict=True)
        if kind == "navigation"
        and block.structure is not None
        and block.structure.links
        and not headline.start <= block.start < blocks[last].end
        and not post[0] <= block.start < post[1]
    ]
    footer: list[int] = []
    for index in range(last + 1, min(len(blocks), last + 1 + _UNDER_TEXT)):
        if kinds[index] == "related":
            continue  # the article's own links ("Weblinks") between its text and its footer
        if _is_heading(blocks[index]) or kinds[index] not in _FOOTER_KINDS:
            break  # another box's heading, a comment, a pager: the item's lines are over
        if _inside(elements, blocks[index], holders, menus):
            footer.append(index)
    return footer


def _post_span(elements: Sequence[Element], headline: Block, holders: set[int]) -> tuple[int, int]:
    """Where the element holding both the headline and the text's last line starts and ends:
    the post (an ``<article>``, a theme's entry box), whose own tag list or pager under the
    text is no menu of the site. Nothing where that element is the page itself."""
    node = headline.structure.node if headline.structure is not None else -1
    while node >= 0 and node not in holders:
        node = elements[node].parent
    if node < 0 or elements[node].tag in _PAGE:
        return (0, 0)
    return (elements[node].start, elements[node].end)


_NOT_STAMPS = frozenset({"caption", "credit", "related", "promo", "hidden", "summary"})
"""Labels of lines in the article's header that date something else: a picture, a teaser."""
_STATEMENT_WORDS = 6
"""Words of a written sentence whose date is an event's ("Lena Ortiz joined the Gazette on 4
May 2015."), where a stamp ("Donnerstag, 15.2.2018, 19:51") is a few words and no sentence."""
_ISO_NEAR = 60
"""Characters before a timestamp in the markup where its attribute's name stands."""


def _last_resort_date(
    text: str,
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    first: int,
    footer: Sequence[int],
) -> dt.date | None:
    """htmldate's date for a page nothing else dated (:func:`.dating.htmldate_date`), when the
    page stamps its article with that day (:func:`_stamp_places`, :func:`_stamps`): two
    readings, each blind to what the other sees, that agree. htmldate alone takes a
    comment's ``<time>``, a modified or copyright meta, a JSON blob's timestamp, a
    headline's event; the stamp places alone would need the shapes of every stamp written
    out. A page whose stamp places hold no date at all could confirm none, and htmldate is
    not asked (its import and its parse of the page are most of this fallback's cost)."""
    places = _stamp_places(text, blocks, labels, headline, first, footer)
    if not any(_holds_a_date(place) for place in places):
        return None
    day = htmldate_date(text)
    if day is None or not any(_stamps(place, day) for place in places):
        return None
    return day


@frozen
class _Place:
    """Where an article may stamp its date: a line's markup and words, or the header's
    markup alone (no words); ``opening``: the text's first line, where only a dateline
    opening it is a stamp."""

    markup: str
    words: str = ""
    opening: bool = False


def _stamp_places(
    text: str,
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    first: int,
    footer: Sequence[int],
) -> list[_Place]:
    """Where an article stamps its date: the header between the headline and the text (its
    markup, for a timestamp in an attribute, ``<time data-published="2016-12-09
    09:13:00Z">4 hours ago</time>``, and its lines; not a caption, a credit or a teaser
    there), the text's first line (``first``: a dateline opening it), and the item's own
    lines right under the text (``footer``, :func:`_item_footer`: those the extractor took
    for its furniture, sharing with the text an element that holds none of the site's menus;
    not the site's footer, nor a comment or a pager below them). A line holding an element
    named for a revision counts only up to it."""
    body = [(label.start, label.end) for label in labels if label.kind == "body"]
    if headline is None or first == _NO_BODY or _last_text_line(blocks, body) < 0:
        return []
    kinds = _kinds_at(blocks, labels)
    cut = [(label.start, label.end) for label in labels if label.kind in _NOT_STAMPS]
    places = [_Place(_without_spans(text, headline.end, first, cut))]
    for index, block in enumerate(blocks):
        header = headline.end <= block.start < first and kinds[index] not in _NOT_STAMPS
        opening = block.start == first and first >= headline.end
        if not (header or opening or index in footer):
            continue
        markup = text[block.start : block.end]
        revised = _REVISED_ELEMENT.search(markup)
        if revised and not _PUBLISHED_ELEMENT.search(markup):
            markup = markup[: revised.start()]  # what the line says before its revision's
        places.append(_Place(markup, markup_text(markup), opening and not header))
    return places


def _without_spans(text: str, start: int, stop: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[start:stop]`` without the parts ``spans`` cover (a caption's, a teaser's)."""
    pieces, at = [], start
    for begin, end in sorted(spans):
        if end <= at or begin >= stop:
            continue
        pieces.append(text[at:begin])
        at = max(at, end)
    pieces.append(text[at:stop])
    return " ".join(pieces)


def _inside(
    elements: Sequence[Element], block: Block, holders: set[int], menus: Sequence[int]
) -> bool:
    """Whether a block lies in one element with the article's last line of text (whose
    holders are ``holders``) that holds none of the site's menus (``menus``: where the
    lines labelled navigation start): the item's footer does, inside the article or the
    post's box; the site's footer, under a page-wide wrapper with the masthead, does not."""
    node = block.structure.node if block.structure is not None else -1
    while node >= 0 and node not in holders:
        node = elements[node].parent
    if node < 0 or elements[node].tag in _PAGE:
        return False
    start, end = elements[node].start, elements[node].end
    return not any(start <= at < end for at in menus)


_PAGE = frozenset({"html", "body"})
_NUMERIC_DATE = re.compile(r"\d{1,4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,4}")
"""Any day, month and year written in figures, in any order and with any of the usual marks."""
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _holds_a_date(place: _Place) -> bool:
    """Whether a stamp place holds any date at all, as a timestamp or in its words: where
    none does, no day can be confirmed (:func:`_stamps` implies this)."""
    if _ISO_DAY.search(place.markup):
        return True
    if not any(char.isdigit() for char in place.words):
        return False
    low = " ".join(place.words.split()).lower()
    return bool(_NUMERIC_DATE.search(low) or dates_in(low, True) or dates_in(low, False))


def _stamps(place: _Place, day: dt.date) -> bool:
    """Whether a stamp place stamps the article with ``day``: in its words
    (:func:`_written_stamp`), or as a timestamp in an attribute of its markup
    (:func:`_timestamped`)."""
    if _timestamped(place.markup, day.isoformat()):
        return True
    return bool(place.words) and _written_stamp(place.words, day, place.opening)


_REVISED_ELEMENT = re.compile(
    r"\b(?:class|id|itemprop)\s*=\s*[\"'][^\"'>]*(?i:modif|updat|revis)", re.IGNORECASE
)
"""An element named for a revision (``p.post-modified-date``, ``span.itemDateModified``)."""
_PUBLISHED_ELEMENT = re.compile(
    r"\b(?:class|id|itemprop)\s*=\s*[\"'][^\"'>]*(?i:publish|posted|created)", re.IGNORECASE
)
"""An element named for the publication, beside a revision's in the same line."""


def _ancestors(elements: Sequence[Element], block: Block) -> set[int]:
    """The elements holding a block, its own included."""
    found: set[int] = set()
    node = block.structure.node if block.structure is not None else -1
    while node >= 0 and node not in found:
        found.add(node)
        node = elements[node].parent
    return found


def _timestamped(markup: str, iso: str) -> bool:
    """Whether markup holds ``iso`` (a day, ``2016-12-09``) as the value of an attribute that
    dates the element (``datetime``, ``data-published``, ``data-iso``), not in a link, an
    image's path or an element named for a revision, a start or an end (``dateModified``,
    ``data-lastmod``, ``class="edited"``, ``data-ends``)."""
    at = markup.find(iso)
    while at >= 0:
        value = _ATTRIBUTE_BEFORE.search(markup[max(0, at - _ISO_NEAR) : at])
        if value is not None and value.group(1).lower() not in _LINKS:
            tag = markup[markup.rfind("<", 0, at) : markup.find(">", at) + 1].lower()
            if not _NOT_PUBLICATION.search(tag):
                return True
        at = markup.find(iso, at + 1)
    return False


_ATTRIBUTE_BEFORE = re.compile(r"([\w:-]+)\s*=\s*[\"']?\Z")
"""The attribute whose value a timestamp opens (``data-published="``)."""
_LINKS = frozenset({"href", "src", "srcset", "data-src", "action", "poster"})
_NOT_PUBLICATION = re.compile(
    r"modif|updat|revis|edit(?!ion)|chang|lastmod|(?<![a-z])(?:end|start|begin|expir|until)"
)
"""What an element holding a timestamp is named for when it dates no publication, lower-cased:
a revision, an edit, a start or an end ("calendar", "Brendan" and "weekend" are no end; an
edition, ``data-edition="us"``, is no edit; a photo's credit, "credit", dates the photo)."""


def _kinds_at(blocks: Sequence[Block], labels: Sequence[Label]) -> list[str | None]:
    """The kind of the label each block lies in (None where none takes it)."""
    spans = sorted((label.start, label.end, label.kind) for label in labels)
    kinds: list[str | None] = []
    at = 0
    for block in blocks:
        while at < len(spans) and spans[at][1] <= block.start:
            at += 1
        inside = at < len(spans) and spans[at][0] <= block.start
        kinds.append(spans[at][2] if inside else None)
    return kinds


def _written_stamp(words: str, day: dt.date, opening: bool = False) -> bool:
    """Whether a line writes ``day`` as a stamp. Wherever it writes it (read day first or
    month first, or in one of its figures' usual spellings, :func:`_spellings`), with no
    revision's word just before it ("Updated 12/03/2024", "6 min read · Last updated: …";
    "Reviewed by NAME on …" names a reviewer, not a revision): as a dateline opening the
    line ("(18.01.2018) Deutschlands …"; on the text's first line, ``opening``, only so);
    else in a line that is no written sentence, or a sentence saying the article was
    published then or giving the time of day beside the date ("This article was published
    on 3 March 2024 …", "… am 14. Dezember 2015 um 14:48 von …"); and never beside a span
    of hours, an event's ("Sat 14 June 2025, 10am to 2pm")."""
    if not any(char.isdigit() for char in words):
        return False
    low = " ".join(words.split()).lower()
    read = [*dates_in(low, True), *dates_in(low, False)]
    spans = {(begin, end) for begin, end, found in read if found == day}
    spans |= {(hit.start(), hit.end()) for hit in _spellings(day).finditer(low)}
    statement = low.endswith(_WRITTEN_ENDS) and low.count(" ") + 1 >= _STATEMENT_WORDS
    before = 0
    for begin, end in sorted(spans):
        window, before = low[before:begin], end
        if any(not _REVIEWER.match(low, hit.end()) for hit in UPDATED.finditer(window)):
            continue
        if begin <= _OPENING and _CLOSES.match(low, end):
            return True
        if opening or _HOURS.search(low):
            continue
        near = low[max(0, begin - _NEAR) : end + _NEAR]
        if not statement or TIME_OF_DAY.search(near) or PUBLISHED.search(low, 0, begin):
            return True
    return False


def _spellings(day: dt.date) -> re.Pattern[str]:
    """The ways a day is written in figures that the date reader does not take: "2024/3/5",
    "2024.03.05", "05.03.24", "3/5/24", "2024年3月5日", each standing apart from other
    figures."""
    y, m, d = day.year, day.month, day.day
    yy = f"{y % 100:02d}"
    forms = [
        rf"{y}\s*[./-]\s*0?{m}\s*[./-]\s*0?{d}",
        rf"0?{d}\s*[./-]\s*0?{m}\s*[./-]\s*(?:{y}|{yy})",
        rf"0?{m}\s*/\s*0?{d}\s*/\s*(?:{y}|{yy})",
        rf"{y}\s*年\s*0?{m}\s*月\s*0?{d}\s*日",
    ]
    return re.compile(r"(?<![\d.])(?:" + "|".join(forms) + r")(?![\d])")


_REVIEWER = re.compile(r"\s+by\b")
""""Reviewed by", "edited by": who reviewed the article, not when it changed."""
_CLOSES = re.compile(r"\s*(?:[)\]|·•:–—,-]|$)")
"""What follows a dateline opening its line: a bracket, a separator, the line's end; not a
sentence's verb ("3 May 2019 began like any other Friday")."""
_HOURS = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|bis|à|a|–|—|-)\s*"
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)\b"
)
"""A span of hours: an event's schedule ("10am to 2pm", "10:00–17:00 Uhr")."""
_NEAR = 15
"""Characters around a date within which its time of day stands."""


_OPENING = 2
"""Characters ("(", "[ ") before a date that opens its line as a dateline does."""


def _is_heading(block: Block) -> bool:
    return block.structure is not None and block.structure.tag in ANY_HEADING


def _end_of(blocks: Sequence[Block], start: int) -> int:
    """Where the block starting at ``start`` ends (``start`` itself if none does)."""
    return next((block.end for block in blocks if block.start == start), start)


_NO_BODY = 1 << 62
"""Where the first line of text starts on a page that has none: past any offset."""


def _first_body(blocks: Sequence[Block], labels: Sequence[Label]) -> int:
    """Where the first block no label takes (the article's first line of text) starts."""
    cuts = sorted((label.start, label.end) for label in labels if label.kind != "body")
    at = 0
    for block in blocks:
        while at < len(cuts) and cuts[at][1] <= block.start:
            at += 1
        if at == len(cuts) or not (cuts[at][0] <= block.start and block.end <= cuts[at][1]):
            return block.start
    return _NO_BODY


_CLOCK = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])[:h]([0-5]\d)(?::[0-5]\d)?(?![\d.:])(?:\s*([ap])\.?m\b)?"
)
"""A time of day in a stamp ("08:10", "9h05", "8:10 pm"); not "20.10", which a date writes."""
_ZONES = (-12 * 60, 14 * 60)
"""The earliest and the latest time zones, in minutes from UTC."""
_ZONE_STEP = 30
_ODD_ZONES = frozenset({5 * 60 + 45, 8 * 60 + 45, 12 * 60 + 45})
"""The zones off the half hour: Nepal, Eucla, the Chatham Islands."""


_PUBLISHED_WORDS = frozenset(
    """publicerad publisert publiceret udgivet julkaistu opublikowano publikováno publikované
    опубликовано опубліковано објављено објавено публикувано yayınlanma yayımlanma publicat
    objavljeno közzétéve 发表于 发布于 發表於 發佈於 发表 發表 发布 發佈 发布时间 發佈時間 发表时间
    掲載日""".split()  # noqa: SIM905
)
""""Published" in the languages the stamp words do not cover yet (Chinese and Japanese write
it glued to the date: "发表于2024-07-20")."""
_NOT_STAMP_WORDS = frozenset(
    """updated modified edited reviewed last today yesterday heute gestern aktualisiert mis à
    jour actualizado aggiornato atualizado bijgewerkt 업데이트 อัปเดต ปรับปรุง""".split()  # noqa: SIM905
)
"""Stamp words that say the day is a revision's or today's, not the publication's."""
_STAMP_ONLY = (TRIM_WORDS | _PUBLISHED_WORDS) - _NOT_STAMP_WORDS
_BY_WORDS = frozenset("by von par por door di da av af eftir od от".split())  # noqa: SIM905
_PARTS = re.compile(r"[\s|/·•,:;()\[\]–—-]+")


def _says_published(block: Block, authors: Sequence[str] = ()) -> bool:
    """Whether every word before a stamp's date says "published" or when (a weekday, "on",
    "am", a time and its zone, "입력"), opens a byline ("By Hal Verin · …") or is the name of
    an author the head declares (a blog's "Chen Yifan · 2024-05-10 · 1,204 reads"): an
    allow-list, so a line in words it does not know ("Deadline:", "Print edition:",
    "Oppdatert:", "Datenstand:", "TOKYO,") dates something else, and the head's moment
    stands."""
    norm = " ".join(block.text.split())
    _, span = parse_date(norm.lower())
    if span is None:
        return False
    declared = {" ".join(name.casefold().split()) for name in authors}
    if block.structure is not None and _CREDIT_PATH.search(block.structure.path):
        declared = set()  # a photo's credit naming the author dates the photo
    glued = _GLUED_CLOCK.search(norm, 0, span[0])
    if glued is not None:
        # "6:30am" is a stamp's time after a word for "published" or "by", or first: an
        # event's when-line writes it too ("Tue 9am, 12 Mar 2024 · Hyde Park": session 29).
        words = [w.lower().rstrip(".:") for w in _PARTS.split(norm[: glued.start()]) if w]
        if any(w.isalpha() for w in words) and not any(
            w in _PUBLISHED_WORDS or w in _POSTED_WORDS or w in _BY_WORDS for w in words
        ):
            return False
    for part in STAMP_PARTS.split(norm[: span[0]]):
        if " ".join(_PARTS.split(part.casefold())).strip() in declared:
            continue
        words = [word for word in _PARTS.split(part) if word.strip(".")]
        while words and _stamp_word(words[0]):
            words.pop(0)
        while words and _stamp_word(words[-1]):
            words.pop()
        if words and not (words[0].lower() in _BY_WORDS and byline_names(" ".join(words))):
            return False
    return True


_CREDIT_PATH = re.compile(r"figure|figcaption|credit|caption|photo|foto|bild|image")
"""An element path (lower-cased names) through a picture's caption or credit."""


def _stamp_word(word: str) -> bool:
    """A word a publication stamp writes around its date: a stamp word or a time's figures."""
    low = word.lower().rstrip(".")
    return low in _STAMP_ONLY or low.isdigit() or _HALF_DAY_FIGURE.fullmatch(low) is not None


_HALF_DAY_FIGURE = re.compile(r"\d{1,2}(?:[ap]\.?m)")
_POSTED_WORDS = frozenset(
    """published posted publié publiée publicado publicada veröffentlicht pubblicato pubblicata
    gepubliceerd""".split()  # noqa: SIM905
)
"""Words for "published" the stamp words hold, which a stamp's time may follow."""
_GLUED_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?[ap]\.?m\b", re.IGNORECASE)
"""A time's last figure glued to its half of the day: "6:30am" splits into "6" and "30am"."""


def _day_shown(
    published: dt.date | dt.datetime | None,
    block: Block,
    shown: dt.date,
    authors: Sequence[str] = (),
) -> dt.date | None:
    """The day the article's own stamp prints (``shown``, read off ``block``, the dated line
    between the headline and the text) where the head declares the moment in UTC on the day
    before or after: "2024-03-20T23:10:00Z" for a Seoul paper's "입력 2024.03.21 08:10".
    A reader cites the day printed. Only where a time zone explains the gap: a stamp with
    its time must differ from the moment by a zone's offset, to the minute ("08:10" is
    23:10Z nine hours on); without one, the next day needs the moment at 10:00Z or later
    (UTC+14 at most) and the day before it earlier than 12:00Z (UTC-12). Two days apart, a
    local offset declared, or a stamp saying "Updated" (:func:`_lead_line` skips it): the
    head's moment stands. (Session 21 took the page's first dateline wherever it stood: an
    event's date, a sidebar's and a masthead's today came in; reverted.)"""
    if not isinstance(published, dt.datetime) or published.utcoffset() != dt.timedelta(0):
        return None
    gap = (shown - published.date()).days
    if abs(gap) != 1 or not _says_published(block, authors):
        return None  # the day agrees (most pages: no second reading of the stamp), or no stamp
    return _zone_day(published, shown, block.text)


def _zone_day(published: dt.datetime, shown: dt.date, text: str) -> dt.date | None:
    """``shown``, a stamp's day one off the UTC moment ``published``, where a time zone
    explains the gap (:func:`_day_shown`): the stamp's time (in ``text``) a zone's offset
    from the moment, to the minute, or without one the moment's hour late or early enough."""
    gap = (shown - published.date()).days
    if abs(gap) != 1:
        return None
    clock = _CLOCK.search(" ".join(text.split()).lower())
    if clock is None:
        fits = published.hour >= 10 if gap > 0 else published.hour < 12
        return shown if fits else None
    hour, minute, half = int(clock[1]), int(clock[2]), clock[3]
    if half is not None:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    offset = gap * 24 * 60 + hour * 60 + minute - (published.hour * 60 + published.minute)
    if not _ZONES[0] <= offset <= _ZONES[1] or (offset % _ZONE_STEP and offset not in _ODD_ZONES):
        return None
    return shown


def _local_moment(
    doc: HtmlDoc,
    published: dt.date | dt.datetime | None,
    boxes: Sequence[tuple[int, int]],
    markup: str,
    lead: tuple[Block, dt.date, bool] | None,
    days_first: bool = False,
) -> dt.date | dt.datetime | None:
    """The head's moment as the page's own ``<time>`` writes it, in its local time zone,
    where the head declares it in UTC: WordPress's meta says "2024-06-13T23:34:51+00:00"
    and its byline "<time datetime="2024-06-14T00:34:51+01:00">14 June 2024</time>", the
    same instant on the day a reader sees. Only the same instant, to the second: any other
    time dates something else (an update, a comment, a teaser: ``boxes``). Not a ``<time>``
    printing another day than its local one, nor where the stamp under the headline
    (``lead``) prints the UTC day (session 26's review). Where the element itself writes the
    UTC moment and prints the local day, a day off, its day where a zone explains the gap
    (:func:`_zone_day`; session 29)."""
    if not isinstance(published, dt.datetime) or published.utcoffset() != dt.timedelta(0):
        return published
    utc_printed = False
    for value, at in doc.times:
        if any(start <= at < end for start, end in boxes):
            continue
        local = parse_iso(value)
        if not (isinstance(local, dt.datetime) and local == published):
            continue
        close = markup.find("</time>", at)
        shown = markup_text(markup[markup.find(">", at) + 1 : close]) if close > 0 else ""
        if local.utcoffset() in (None, dt.timedelta(0)):
            # The same UTC moment in the element, which prints the local day: "<time
            # datetime="2024-05-21T01:10:14Z">20/05/2024 22h10</time>" (three hours west).
            # Not after an element of the moment printing the UTC day: "Published <time>11
            # March</time> · Updated <time>12 March</time>" (session 29's review).
            printed = _printed_day(markup, at, shown, published, lead, days_first)
            utc_printed = utc_printed or printed is _UTC_DAY
            if isinstance(printed, dt.date) and not utc_printed:
                return printed
            continue
        day = written_date(shown) if shown.strip() else None
        if day is not None and _day_of(day) != local.date():
            continue  # the element prints another day
        if lead is not None and lead[1] == published.date() != local.date():
            return published  # the stamp prints the UTC day
        return local
    return published


_UTC_DAY = object()
"""What :func:`_printed_day` answers where the element prints the moment's UTC day."""
_LINK_WORDS = frozenset("em às as de do da a las del vom du on".split())  # noqa: SIM905
"""Small words a stamp writes between its label and its date ("Publicado em", "on")."""
_CLOCK_JOIN = re.compile(r"[\s,·|–—-]*(?:(?:at|às|as|um|à|a las|kl\.?|،)[\s,·|–—-]*)?")
"""What may stand between a printed date and its time: separators, "at" in a few tongues."""
_BEFORE_ELEMENT = 300
"""Characters of markup before a ``<time>`` in which a revision's words would label it."""


def _printed_day(
    markup: str,
    at: int,
    shown: str,
    published: dt.datetime,
    lead: tuple[Block, dt.date, bool] | None,
    days_first: bool,
) -> dt.date | object | None:
    """The day a ``<time>`` writing the head's UTC moment prints (``shown``, its text) where
    it is the local day, one off, a zone explaining the gap (:func:`_zone_day`); or
    :data:`_UTC_DAY` where it prints the UTC day; else None. The review's guards (session
    29): the text before its date only a stamp's words (no "Updated", "Print edition:"), no
    revision's words labelling the element where it prints no time ("Last updated:
    <time>"), a time printed beside the date (not "· video 3:00"), not where the stamp
    under the headline prints the UTC day, not a date-only value at midnight UTC."""
    norm = " ".join(shown.split())
    day = written_date(norm, days_first) if norm else None
    if day is None:
        return None
    if _day_of(day) == published.date():
        return _UTC_DAY
    if (lead is not None and lead[1] == published.date()) or published.time() == dt.time(0):
        return None
    low = norm.lower()
    _, span = parse_date(low, days_first)
    if span is None:
        return None
    words = [w.lower().rstrip(".:") for w in _PARTS.split(norm[: span[0]]) if w.strip(".:")]
    if not all(_stamp_word(word) or word in _LINK_WORDS for word in words):
        return None
    clock = _CLOCK.search(low)
    if clock is None:
        before = markup_text(markup[max(0, at - _BEFORE_ELEMENT) : at])
        if REVISED.search(before):
            return None
    elif not (
        _CLOCK_JOIN.fullmatch(low[span[1] : clock.start()])
        if clock.start() >= span[1]
        else clock.end() > span[0] or _CLOCK_JOIN.fullmatch(low[clock.end() : span[0]])
    ):
        return None
    return _zone_day(published, _day_of(day), norm)


def _day_of(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def from_page(
    page: Page, blocks: Sequence[Block], labels: Sequence[Label], plugin: str, priority: int
) -> Metadata:
    """The metadata hook's answer for an HTML page.

    A date the head and the markup do not give comes from the page's own dateline (the block
    the extractor labelled ``dateline``, "Posted March 3, 2021"), then from the day its URL
    is filed under, a date line beside the headline, an element named for a date in the
    headline's header, a short line between the headline and the text that holds one, the
    post's footer under the text (read once for the last two), and last htmldate's day where
    the page's own stamp confirms it. Authors likewise: a dateline opening with "By", a line
    labelled "Author:", and the name that lead line links to.
    """
    boxes = [(label.start, label.end) for label in labels if label.kind in _BOXES]
    doc = parse_page(page)
    found = from_html(doc, page.text, boxes)
    # The fallbacks, for what the head, the markup and the labelled lines did not give.
    days_first = day_first(doc)
    headline = _headline_block(doc, found["title"], labels)
    holder = _headline_holder(doc, headline)
    body = _first_body(blocks, labels)
    first_end = _end_of(blocks, body)  # where the article's first line of text ends
    lead = _lead_line(blocks, labels, headline, body, days_first)
    found["published"] = _local_moment(doc, found["published"], boxes, page.text, lead, days_first)
    # The outlet named as the JSON-LD's "Person" opens a print edition's line, no stamp's.
    site = {
        (found["site"] or "").casefold(),
        (doc.title or "").rsplit("|", 1)[-1].strip().casefold(),
    }
    authors = [name for name in found["authors"] if name.casefold() not in site]
    if lead is not None and (shown := _day_shown(found["published"], *lead[:2], authors)):
        found["published"] = shown
    if found["published"] is None:
        found["published"] = (
            _dateline_date(blocks, labels, days_first)
            or url_date(found["url"] or page.url)
            or _header_date(doc, days_first)
            or _class_date(page.text, holder, first_end, boxes, days_first)
            or (lead[1] if lead else None)
        )
    footer: list[int] | None = None
    if found["published"] is None:
        footer = _item_footer(doc.elements, blocks, labels, headline)
        found["published"] = _footer_date(page.text, blocks, footer, days_first) or (
            _last_resort_date(page.text, blocks, labels, headline, body, footer)
        )
    if not found["authors"]:
        found["authors"] = (
            _dateline_names(blocks, labels)
            or rdfa_creator(page.text, holder.start if holder else len(page.text), first_end)
            or _labelled_author(blocks, labels, headline, boxes)
            or (_linked_name(page.text, lead[0], lead[2]) if lead else ())
            or profile_links(
                page.text,
                headline.end if headline else holder.start if holder else len(page.text),
                min(body, len(page.text)),
            )
            or _footer_names(
                page.text,
                blocks,
                _item_footer(doc.elements, blocks, labels, headline) if footer is None else footer,
            )
            or found["outlet"]  # JSON-LD's organisation, where no person is named
        )
    subtitle = found["subtitle"]
    if subtitle:
        head = subtitle.rstrip(".…").strip()[:60]
        cut = {(label.start, label.end) for label in labels if label.kind != "body"}
        for block in blocks[:400]:
            if (block.start, block.end) in cut or len(block.text) < 60:
                continue
            if head and head in block.text:
                subtitle = None  # the description is the body's own first lines
                break
    return Metadata(
        title=found["title"],
        subtitle=subtitle,
        authors=found["authors"],
        published=found["published"],
        url=found["url"],
        plugin=plugin,
        priority=priority,
        site_name=found["site"],
    )
