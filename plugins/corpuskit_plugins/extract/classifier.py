"""A kind for every block of an HTML page: ``body``, a field (title, byline...) or debris.

Inside the container, the innermost telling element between a block and the container decides;
outside it, the nearest telling element that does not also hold the article, else
``navigation`` before the article and ``footer`` after it. Leads beside the container come in
as body or subtitle, and so does running prose between two parts of the article under no
telling element; the floor (:mod:`.floor`) has the last word on long prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from corpuskit import Block
from corpuskit.html import Element
from corpuskit.model import Structure
from corpuskit_plugins.extract.container import (
    bare_body,
    enclosing_article,
    find_container,
    one_story,
)
from corpuskit_plugins.extract.dating import byline_after_day, dated_stamp
from corpuskit_plugins.extract.evidence import (
    ANY_HEADING,
    BOX_KINDS,
    DECK,
    HEADINGS,
    NEGATIVE,
    OUTSIDE_TAG_KINDS,
    POSITIVE,
    SENTENCE,
    TAG_KINDS,
    WEAK_TAG_KINDS,
    chain_kind,
    element_kind,
    is_prose,
    names_outside,
    related_by_card,
    strict_prose,
    styles_prose,
    unrelated_kind,
)
from corpuskit_plugins.extract.faq import closing_faq
from corpuskit_plugins.extract.floor import floor
from corpuskit_plugins.generic.bios import EMAIL, contact_line, sign_off
from corpuskit_plugins.generic.boilerplate import is_widget_label
from corpuskit_plugins.generic.bylines import CREDITS, byline_value, names_after_by
from corpuskit_plugins.generic.captions import CREDIT_STARTS, FOREIGN_CREDIT_STARTS
from corpuskit_plugins.generic.captions import classify as caption_kind
from corpuskit_plugins.generic.context import SENTENCE_END, phrase_set
from corpuskit_plugins.generic.dates import date_header, parse_date
from corpuskit_plugins.generic.footers import COPYRIGHT_START, closing_line, notice_phrase
from corpuskit_plugins.generic.names import (
    AUTHOR_LABELS,
    POSTING_WORDS,
    TEXT_LABELS,
    an_office,
    byline_names,
    wrote_evidence,
)
from corpuskit_plugins.generic.promos import STRONG_TOPICS, prompt
from corpuskit_plugins.generic.related import HEADERS as RELATED_HEADERS
from corpuskit_plugins.generic.related import STRONG_PREFIXES, WEAK_PREFIXES, inline
from corpuskit_plugins.generic.related import header as related_header
from corpuskit_plugins.generic.share import share_button


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
    headlines = _headline_parts(titles)
    headline = _page_headline(blocks, elements, titles)
    chosen = one_story(find_container(blocks, elements, titled=headline), elements, headline)
    scope = _article_scope(chosen, elements)
    around = article_wrappers(chosen, elements)
    first_part = min(elements[index].start for index in chosen) if chosen else 0
    last_part = max(elements[index].end for index in chosen) if chosen else 0
    memo: dict[int, str | None] = {}
    lists = _list_shares(blocks, elements)
    starts = [block.start for block in blocks]
    paid: dict[int, bool] = {}
    linkless: dict[int, bool] = {}
    span = _prose_span(blocks) if bare_body(blocks, elements, chosen) else None
    dated = _date_headings(blocks)
    unheaded = not any(b.structure is not None and b.structure.tag == "h1" for b in blocks)
    article_from = -1  # the first block inside the article's element
    body_from = len(blocks)
    kinds: list[str] = []
    linked_items: list[int] = []
    unnamed: list[int] = []  # above the article's text, outside it, under no telling element
    seen_body = False
    seen_text = False  # body that reads as prose: a kicker over the headline is none
    seen_h1 = False
    for block in blocks:
        structure = block.structure
        if structure is not None and structure.tag == "a":
            kinds.append("markup")  # a heading's permalink mark, which the parser split off
            continue
        chain, inside = chain_to(structure.node if structure is not None else -1, chosen, elements)
        if not inside:
            if not seen_body and _near_prose(block, chain, scope, elements, memo):
                if "title" in kinds and _byline_line(block):
                    kinds.append("byline")  # the stamp between the headline and the text
                    continue
                kinds.append("subtitle" if _same_start(block.text, description) else "body")
                continue
            if (
                first_part < block.start
                and block.end < last_part
                and structure is not None
                and strict_prose(block.text, structure.links)
                and _near_prose(block, chain, scope, elements, memo)
            ):
                kinds.append("body")  # running prose between two parts of the article
                continue
            kind = _outside_kind(_below(chain, around), elements, memo, seen_body)
            if not seen_body and len(block.text) < 120:
                near = chain_kind(chain[:4], elements, memo)
                if (
                    headline < 0
                    and "title" not in kinds
                    and " ".join(block.text.split()).casefold() in headlines
                    and (structure is None or structure.links * 2 <= len(block.text))
                ):
                    # The headline outside the article's element, on a page whose <h1>
                    # holds no part of the <title> (a table page's cell): the <title>'s
                    # longest part, standing alone. (Where an <h1> holds one, a masthead
                    # repeating the site's name, the longer part, is no headline.)
                    kind = "title"
                elif near in ("byline", "dateline"):
                    kind = near
                elif _holds_a_time(block, times):
                    kind = "dateline"
                elif "title" in kinds:
                    # Between the headline and the article text, outside its container: a
                    # line that reads as a date header or a byline is the article's, even
                    # with no class to say so ("Published March 14, 2021", "Par Jean
                    # Dupont"). Above the headline, a date is the masthead's day.
                    if _is_date_header(block.text):
                        kind = "dateline"
                    elif _byline_line(block, people=True):
                        kind = "byline"
            if (
                kind == "navigation"
                and not seen_body
                and "title" in kinds
                and "subtitle" not in kinds
                and _standfirst(block, chain, scope, elements, memo, headline, kinds[-1])
            ):
                kind = "subtitle"
            elif (
                kind == "navigation" and not seen_body and not _named(chain, around, elements, memo)
            ):
                unnamed.append(len(kinds))
            kinds.append(kind)
            continue
        if article_from < 0:
            article_from = len(kinds)
        found = chain_kind(chain, elements, memo)
        length = len(block.text)
        linked = structure.links if structure is not None else 0
        if found == "related":
            card = _linkless_box(chain, elements, memo, blocks, starts, linkless)
            if card >= 0:
                # A card of the article's own (a recipe, a fact box) links nowhere: what is
                # inside it, its other words or what is around it speak instead (its "Print"
                # button is still one, an ``author-card`` a byline).
                found = (
                    chain_kind(chain[:card], elements, memo)
                    or unrelated_kind(elements[chain[card]].ident)
                    or chain_kind(chain[card + 1 :], elements, memo)
                )
        if (
            found is None
            and (linked * 4 > length * 3 or _read_also_line(block.text, linked))
            and length < 400
            and not _in_prose_list(structure, elements, lists)
            # An e-mail address alone in a linked block (``mailto:``) is a contact, no link
            # elsewhere. Not a telephone number: a linked date ("12.05.2019") in a teaser
            # list looks the same.
            and not EMAIL.fullmatch(block.text)
        ):
            found = "related"
            if structure is not None and structure.tag == "li":
                linked_items.append(len(kinds))
        if found in ("byline", "dateline") and length > 200:
            found = None  # an author box or a long dated note: not a byline
        if found == "share" and _embedded_quote(chain, elements, memo):
            found = None  # a post quoted in the article (``div.social-embed > blockquote``)
        if found == "share" and _accordion_heading(blocks, elements, len(kinds)):
            found = None  # a bare <button> is a share button, but not a heading's whole text
        if structure is not None and structure.tag == "h1":
            if found == "title" and (seen_text or (seen_body and seen_h1)):
                # A section's <h1> below article text (HTML5 outlines, books, docs); not the
                # page's first <h1> under its kicker ("Sequía" in ``p.antetitulo``), which is
                # no text. A second <h1> after a key point or a one-line lede is a section's.
                found = None
            seen_h1 = True
        if (
            found in BOX_KINDS
            and structure is not None
            and is_prose(block.text, linked)
            and styles_prose(chain, elements, found)
        ):
            found = None
        if found == "promo" and _paid_article(chain, elements, memo, blocks, starts, paid):
            found = None
        if (
            found in ("footer", "navigation")
            and structure is not None
            and strict_prose(block.text, linked)
            and not names_outside(chain, elements, found)
        ):
            found = None  # a closing paragraph in ``div.entry-footer-text``: prose stays
        if found is None and not seen_body and length < 120:
            if " ".join(block.text.split()).casefold() in titles or _dated_headline(
                block, headlines
            ):
                found = "title"
            elif _byline_line(block):
                found = "byline"
            elif _is_date_header(block.text):
                found = "dateline"
            elif _stamp_line(block) and (
                _holds_a_time(block, times) or dated_stamp(" ".join(block.text.split()))
            ):
                # "Kieran Doyle · Local Democracy Reporter · <time>3 April 2024</time>" over
                # the text in ``p.ow-by``: a line of a few parts, one of them the page's
                # ``<time>``, above the article's first paragraph is its byline or dateline,
                # as outside the container, whatever words stand beside the date. Not an
                # item of a timeline, an entry "<time>09:12</time> Polls have opened", nor
                # "When: <time>Thursday</time>, 7pm". Or its last part a date alone: "7 min
                # read · Aug 3, 2023".
                found = "dateline"
            elif (
                unheaded
                and (titled := kinds.index("title") if "title" in kinds else -1) < article_from
                and _headline_over_byline(blocks, len(kinds))
            ):
                if titled >= 0:
                    # The line taken for the headline above the article's element, the
                    # <title>'s part that the page prints alone, is the masthead: "The
                    # Pinecrest Ledger - Community". A headline inside the article stays.
                    kinds[titled] = "boilerplate"
                found = "title"
        elif (
            found is None
            and length < 120
            and _is_date_header(block.text)
            and not (len(kinds) in dated and sum(at > body_from for at in dated) >= _TIMELINE)
        ):
            # A date line below the lead is furniture wherever it sits; subheadings that are
            # only dates, two or more below the lead, are the sections of a timeline ("1
            # September 2019"). One date heading, or one that says "Updated", is a dateline.
            found = "dateline"
        if (
            found is None
            and length <= 60
            and structure is not None
            and structure.tag not in _NOT_LABELS
            and is_widget_label(block.text)
        ):
            found = "boilerplate"  # an ad slot's label or a reading time among the paragraphs
        if (
            found is None
            and length <= 60
            and structure is not None
            and structure.tag not in _NOT_LABELS
            and share_button(" ".join(block.text.split()).lower())
        ):
            found = "share"  # a live blog's "Share" under each entry, "Share on Facebook"
        if (
            found is None
            and structure is not None
            and structure.tag == "button"
            and _control_caption(block.text, elements, structure.node)
        ):
            found = "boilerplate"  # a code block's "Copy", "复制" among the text
        if (
            found is None
            and structure is not None
            and length <= _ENTRY_META_CHARS
            and structure.tag not in HEADINGS
            and _in_entry_header(chain, elements, headline)
            and _entry_meta(block.text)
        ):
            # An entry's own header inside the article (a live blog's "03:12 Osman Clarke",
            # a letter's sender): its time and author, not the article's text.
            found = "dateline"
        if (
            found is None
            and structure is not None
            and (
                _captioned_picture(block, elements)
                or _beside_its_picture(len(kinds), chain, elements, blocks)
                or _under_its_picture(len(kinds), blocks, elements)
            )
        ):
            found = "caption"
        if found is None and span is not None:
            found = _bare_kind(block, linked, span)
        if (
            found is None
            and not seen_body
            and "title" in kinds
            and _scraps_over_byline(blocks, len(kinds))
        ):
            # Scraps between the headline and the text that no element names (a sponsor's
            # bar, "By <logo> & <ad slot>", leaves "By" and "&"): kept as the article's
            # first lines, they stood where its byline and its date are looked for.
            found = "boilerplate"
        if found is None:
            if not seen_body:
                body_from = len(kinds)
            seen_body = True
            seen_text = seen_text or is_prose(block.text, linked)
            kinds.append("body")
        else:
            kinds.append(found)
    _logo_over_headline(blocks, elements, kinds, headlines)
    _items_among_body(blocks, elements, kinds, linked_items)
    _about_the_company(blocks, kinds, title)
    _summary_lists(blocks, elements, kinds, unnamed, scope, headline)
    _closing_notice(blocks, elements, kinds)
    closing_faq(blocks, elements, kinds)
    _closing_bio(blocks, kinds)
    _edge_lines(blocks, kinds)
    _read_also_headers(blocks, kinds)
    _box_headings(blocks, elements, kinds, chosen)
    _gallery_counters(blocks, kinds)
    _teaser_cards(blocks, elements, kinds, chosen | around)
    floor(blocks, elements, kinds, memo, around, _other_stories(blocks, elements, headline))
    _body_slots(blocks, elements, kinds, chosen, memo)
    _named_sections(blocks, elements, kinds, chosen)
    return kinds


_READ_ALSO = tuple(
    sorted(
        {
            p.rstrip()
            for p in (*STRONG_PREFIXES, *WEAK_PREFIXES)
            # The full-width colon of Chinese and Japanese, a Korean portal's brackets.
            if p.rstrip().endswith((":", "：", "]"))
        },
        key=len,
        reverse=True,
    )
)
""""Read also:" as each language writes it, longest first (the related lines' prefixes)."""
_READ_ALSO_HEADERS = frozenset(p.rstrip(" :") for p in _READ_ALSO) | RELATED_HEADERS


_PROMPT_CHARS = 300
"""Characters a prompt to the reader has at most, among the article's paragraphs."""


def _edge_lines(blocks: Sequence[Block], kinds: list[str]) -> None:
    """Prompts to the reader at either end of the body, and the site's closing lines at its
    end, in the article's own element: a newsletter's "Forwarded this email? Subscribe here"
    above the text, "Sign up for our newsletter", a citation blurb or a copyright line under
    it. The text cleaner's wording tests for one line decide, as on a text page; in the
    middle of the article a sentence that reads like one is left to the article.

    A prompt here must also name what it sells (a newsletter, an app, a subscription) or
    speak for the site ("our", "us"): "Want more rain? Farmers in the east certainly do" and
    "Sign up for the half marathon opens on Monday" open a story. And the body keeps one
    block at least: a brief made of two such sentences is still the article.
    """
    body = [i for i, kind in enumerate(kinds) if kind == "body"]
    left = len(body)
    for order, closing in ((body, False), (body[::-1], True)):
        for index in order:
            text = blocks[index].text
            if len(text) > _PROMPT_CHARS or left <= 1 or kinds[index] != "body":
                break
            norm = " ".join(text.split())
            low = norm.lower()
            found = prompt(low)
            if found == "promo" and not (
                any(topic in low for topic in STRONG_TOPICS) or _SITE_SPEAKS.search(low)
            ):
                found = None
            if found is None and closing:
                # A copyright line is :func:`_closing_notice`'s, which asks for its mark or a
                # box of its own: an article's last sentence may say "may not be reproduced".
                found = closing_line(low, norm.count(" ") + 1)
                found = None if found == "copyright" else found
            if found is None and closing and (related_header(low) or inline(norm, low)):
                found = "related"  # "Explore further", "Read more: ..." closing the body
            if found is None and closing and sign_off(norm) is not None:
                found = "byline"  # a reporter's name and e-mail address closing the story
            if found is None and closing and contact_line(norm):
                found = "footer"  # whom to write to: a media contact, "can be reached at"
            if found is None:
                break
            kinds[index] = found
            left -= 1


_BIO_CHARS = 400
"""A closing bio's length at most: a sentence or three about the writer."""


def _closing_bio(blocks: Sequence[Block], kinds: list[str]) -> None:
    """The writer's bio closing the article: its last block opens with the full name a
    byline above it gave ("Felicia Brandauer is an urban planner ...", "Rui Meireles é
    engenheiro ...", "Dom Achterberg covers football for the Herald."), or is that name
    alone, a signature. The byline's name said again at the foot is the evidence, in any
    language; a name of one word says too little (a closing "Reuters contributed ...").
    The body keeps a block."""
    body = [index for index, kind in enumerate(kinds) if kind == "body"]
    if len(body) < 2:
        return
    last = body[-1]
    text = blocks[last].text
    if len(text) > _BIO_CHARS:
        return
    names = {
        name
        for block, kind in zip(blocks[:last], kinds[:last], strict=True)
        if kind == "byline" and len(block.text) <= _BIO_CHARS
        for name in byline_names(block.text)
        if " " in name or not name.isascii()
    }
    for name in names:
        rest = text[len(name) :]
        if text.startswith(name) and (not rest or rest[0] == " "):
            kinds[last] = "byline" if not rest.strip(" .") else "footer"
            return


_SITE_SPEAKS = re.compile(r"\b(?:our|us)\b")
"""The site speaking of itself in a prompt ("Sign up for our newsletter", "Follow us")."""
_PICTURE_CAPTION_CHARS = 300
_PICTURE_CAPTION_WORDS = 25
"""Words a caption written beside its picture has at most (a sentence and its credit); the
Chinese ones, one "word" by white space, are held to sixty signs by the credit rule."""


def _captioned_picture(block: Block, elements: Sequence[Element]) -> bool:
    """Whether a block is a picture's caption written in the flow of the text: its own element
    holds the picture (``<p><img><br>Caption. Reporter Wang Fang took it</p>``, as Chinese
    portals write them) and the text reads as a caption with its credit, by the text
    cleaner's rules. Either alone is not enough: a paragraph beside a picture is the
    article's, and so is a sentence naming who took a photograph."""
    structure = block.structure
    if structure is None or structure.node < 0 or len(block.text) > _PICTURE_CAPTION_CHARS:
        return False
    if not elements[structure.node].media:
        return False
    norm = " ".join(block.text.split())
    words = len(norm.split())
    if words > _PICTURE_CAPTION_WORDS:
        return False  # a paragraph a floated picture sits in, closing "... by Ipsos/Reuters."
    return caption_kind(norm, norm.lower(), words) is not None


def _under_its_picture(index: int, blocks: Sequence[Block], elements: Sequence[Element]) -> bool:
    """Whether block ``index`` is a picture's caption written as the paragraph right under it
    (``<p><img></p><p><em>… Foto: Thomas Raich</em></p>``, a page builder's image module
    then a text module): an element showing a picture, and holding no text, lies between
    the line above and this one, and the line reads as a caption with its credit by the text
    cleaner's rules. Either alone is not enough: a paragraph under a picture is the
    article's, and so is a sentence naming who took a photograph.

    The review's guards (session 28): no heading, list item, quotation or cell, nor a line
    inside one ("<h2>Satellite Images Show The Scale</h2>", "<li>Best photo: Anna Weiss</li>");
    no paragraph of a script without spaces longer than a caption; no line that says more
    than a credit (:func:`_says_more_than_a_credit`)."""
    block = blocks[index]
    structure = block.structure
    if index == 0 or structure is None or structure.node < 0:
        return False
    node = structure.node
    for _ in range(3):
        if node < 0:
            break
        if elements[node].tag in _NOT_CAPTIONS:
            return False
        node = elements[node].parent
    text = block.text
    if len(text) > _PICTURE_CAPTION_CHARS or (
        len(text) > _UNSPACED_CAPTION_SIGNS and text.count(" ") * _UNSPACED < len(text)
    ):
        return False
    above = blocks[index - 1].end
    at = structure.node - 1
    while at >= 0 and elements[at].start >= above:
        if elements[at].media and elements[at].end <= block.start:
            norm = " ".join(text.split())
            words = len(norm.split())
            return (
                words <= _PICTURE_CAPTION_WORDS
                and caption_kind(norm, norm.lower(), words) is not None
                and not _says_more_than_a_credit(norm)
            )
        at -= 1
    return False


_LABEL_STARTS = (*CREDIT_STARTS, *FOREIGN_CREDIT_STARTS)
_INNER_END = re.compile(r"[.!?)\]]\s|[(\[]")


def _says_more_than_a_credit(norm: str) -> bool:
    """Whether a line the text cleaner reads as a credit says more than one, under a
    picture: after a credit's label, a figure or a second field ("Photos: 50 MP", "Bild: gut
    (2,0), Ton: befriedigend"), or a sentence ("Photo: the council released these images on
    Monday."); without a label, one sentence whose "credit" is inside a clause ("Two lenders
    will provide the credit: Deutsche Bank and Commerzbank.", "… conducted by
    Ipsos/Reuters."), where a caption's credit follows its own sentence or bracket."""
    if norm.lower().startswith(_LABEL_STARTS):
        colon = norm.find(":")
        rest = norm[colon + 1 :].strip() if 0 < colon < _LABEL_CHARS else norm
        if rest[:1].isdigit() or ":" in rest:
            return True
        return rest.endswith((".", "!", "?")) and (
            rest[:1].islower() or len(rest.split()) >= _CREDIT_SENTENCE_WORDS
        )
    return norm.endswith(".") and _INNER_END.search(norm, 0, len(norm) - 1) is None


_LABEL_CHARS = 20
"""Where a credit's label ends at the latest: "Fotografía:", "Фото:"."""
_CREDIT_SENTENCE_WORDS = 6
"""Words after a credit's label from which it is a sentence: a name and an agency are fewer."""


_PICTURE_WRAPPERS = frozenset({"div", "span", "a", "center", "section"})
_NOT_CAPTIONS = HEADINGS | {"li", "dd", "dt", "td", "th", "blockquote"}


def _beside_its_picture(
    index: int, chain: Sequence[int], elements: Sequence[Element], blocks: Sequence[Block]
) -> bool:
    """Whether block ``index`` is the one line of text in a wrapper that shows a picture: a
    ``<figure>`` in all but name (a site builder's ``<div><img><div>Caption</div></div>``),
    whose class names no caption. The line has an element of its own, short as a caption
    is, and the wrapper holds nothing else that reads: a picture beside two lines is a card,
    and a picture inside a paragraph is the paragraph's (:func:`_captioned_picture`).

    A review found the same shape holding the article's text, so it does not count when:
    the line is a ``<p>`` straight in the wrapper (a tip beside its icon, a quotation beside
    the speaker's portrait); the wrapper holds a ``<figure>`` (whose caption has a place of
    its own: the line is a column of text beside it); the wrapper is one of a run of
    wrappers showing pictures, or its parent is (a tutorial's steps, an interview's questions,
    pros and cons with their icons, sections headed beside an icon); or, in a script without
    spaces, the line is longer than a caption's sixty signs (a paragraph, one "word" by its
    spaces)."""
    block = blocks[index]
    structure = block.structure
    if structure is None or structure.tag in _NOT_CAPTIONS or not chain:
        return False
    text = block.text
    if elements[chain[0]].media or len(text) > _PICTURE_CAPTION_CHARS:
        return False
    if len(text.split()) > _PICTURE_CAPTION_WORDS or (
        len(text) > _UNSPACED_CAPTION_SIGNS and text.count(" ") * _UNSPACED < len(text)
    ):
        return False
    for level, at in enumerate(chain[1:3], 1):
        wrapper = elements[at]
        if wrapper.tag not in _PICTURE_WRAPPERS:
            return False
        if not wrapper.media:
            continue
        if level == 1 and structure.tag == "p":
            return False
        if any(
            _under(blocks[near], at, elements)
            for near in (index - 1, index + 1)
            if 0 <= near < len(blocks)
        ):
            return False
        above = wrapper.parent
        return not (
            _shows_a_figure(at, elements)
            or _picture_run(at, elements)
            or (above >= 0 and _picture_run(above, elements))
        )
    return False


_UNSPACED = 20
"""Letters per space above which a caption's line is read as a script without spaces and
held to :data:`_UNSPACED_CAPTION_SIGNS` (stricter than ``context.SPACED``, as the review that
set it proposed)."""
_UNSPACED_CAPTION_SIGNS = 60


def _shows_a_figure(at: int, elements: Sequence[Element]) -> bool:
    """Whether element ``at`` holds a ``<figure>`` showing a picture."""
    end = elements[at].end
    for inner in range(at + 1, len(elements)):
        element = elements[inner]
        if element.start >= end:
            return False
        if element.tag == "figure" and element.media:
            return True
    return False


def _picture_run(at: int, elements: Sequence[Element]) -> bool:
    """Whether element ``at`` has a sibling right before or after it of its own tag that
    shows a picture too: one of a run of picture cards, each with its line of text."""
    wrapper = elements[at]
    before = at - 1
    while before > wrapper.parent and elements[before].parent != wrapper.parent:
        before -= 1
    after = at + 1
    while after < len(elements) and elements[after].start < wrapper.end:
        after += 1  # past the wrapper's own elements
    for near in (before, after):
        if near == wrapper.parent or near >= len(elements):
            continue
        sibling = elements[near]
        if sibling.parent == wrapper.parent and sibling.tag == wrapper.tag and sibling.media:
            return True
    return False


def _under(block: Block, at: int, elements: Sequence[Element]) -> bool:
    """Whether a block's element lies in element ``at``."""
    node = block.structure.node if block.structure is not None else -1
    while node > at:
        node = elements[node].parent
    return node == at


def _read_also_line(text: str, linked: int) -> bool:
    """A "Read also:" prefix and a headline, and nothing else: a link to another story in
    the article's flow ("Lesen Sie auch: <a>Bahnstreik: Das müssen Sie wissen</a>"), whatever
    the link's share of the line (a short headline under a long prefix is under three
    quarters), or with the headline written in bold and no link at all ("READ MORE: <strong>
    Council to vote on bus trial</strong>", as the text rules read it)."""
    if len(text) > _READ_ALSO_CHARS:
        return False
    norm = " ".join(text.split())
    low = norm.lower()
    if not low.startswith(_READ_ALSO):
        # In a language whose words for it are not known: a short label in capitals
        # ("LÄS MER:", "SOMA PIA:", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ:") and a link covering the rest.
        # Or the label in capitals alone, in an element of its own before the link ("İLGİLİ
        # HABER" in a span, then "<a>Rize'de sel uyarısı: Dereler taşabilir</a>").
        label = _CAPITAL_LABEL.match(norm) if linked else None
        end = label.end() if label is not None else _capitals(norm) if linked else 0
        return (
            end > _LABEL_LETTERS
            and norm[:end].isupper()  # every cased letter a capital; a caseless script none
            and linked >= len(norm) - end - 2 > 0
            and _headline_words(norm[end:])
        )
    prefix = next(p for p in _READ_ALSO if low.startswith(p))
    if linked:
        return linked >= len(low) - len(prefix) - 2 > 0
    # No link: a headline, never a sentence ("Up next: The committee will hear residents
    # on Thursday." is the article's own line).
    rest = norm[len(prefix) :].strip()
    return not rest.endswith(_SENTENCE_MARKS) and inline(norm, low)


_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？", '."', ".”", "।")
_CAPITAL_LABEL = re.compile(r"(?:[^\W\d_]+[ '’-]?){1,4}:\s")
"""A label of up to four words, then a colon: in capitals, "LÄS MER: ", "İLGİNİZİ ÇEKEBİLİR: "."""
_LABEL_WORDS = 3


def _capitals(norm: str) -> int:
    """Where a label of one to three words in capitals ends (its space included), when a word
    not in capitals follows it: "İLGİLİ HABER Rize'de sel uyarısı" (0: none)."""
    words = norm.split(" ", _LABEL_WORDS)
    end = 0
    for word in words[:-1]:
        if not (word.isalpha() and word.isupper()):
            break
        end += len(word) + 1
    rest = norm[end:]
    return end if end and rest[:1].isupper() and not rest.split(" ", 1)[0].isupper() else 0


_HEADLINE_WORDS = 4


def _headline_words(rest: str) -> bool:
    """Whether what a label links reads as another story's headline: four words or more,
    hardly any of them figures (not "TICKETS: <a>url</a>", "HOTLINE: <a>0800 123 456</a>",
    "FINAL SCORE: <a>Rovers 2, United 1</a>")."""
    words = rest.split()
    return len(words) >= _HEADLINE_WORDS and sum(w[:1].isdigit() for w in words) <= 1


_LABEL_LETTERS = 4
"""A label's least length, colon and space in: not an interview's "Q: "."""


_READ_ALSO_CHARS = 200
"""A "Read also:" line longer than this is a paragraph that opens with the words."""


_HEADER_CHARS = 40


def _read_also_header(text: str) -> bool:
    """A paragraph that only announces links: "LEIA TAMBÉM:", "Related:"."""
    return len(text) <= _HEADER_CHARS and (
        " ".join(text.split()).lower().rstrip(" :") in _READ_ALSO_HEADERS
    )


def _read_also_headers(blocks: Sequence[Block], kinds: list[str]) -> None:
    """A paragraph that only announces links goes with the related links right under it: a
    heading would go with its box, and a paragraph in bold is a heading with no heading's
    tag."""
    for index in range(len(blocks) - 1):
        if (
            kinds[index] == "body"
            and kinds[index + 1] == "related"
            and _read_also_header(blocks[index].text)
        ):
            kinds[index] = "related"


_NOTICE_WORDS = 60


def _notice(text: str) -> bool:
    """A copyright notice ("Copyright 2004 Valmora Herald. All rights reserved."), in the
    text side's terms (:mod:`corpuskit_plugins.generic.footers`)."""
    low = " ".join(text.split()).lower()
    if low.count(" ") >= _NOTICE_WORDS:
        return False
    return bool(COPYRIGHT_START.match(low)) or notice_phrase(low)


def _closing_notice(blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str]) -> None:
    """A copyright notice closing the body ("Copyright 2024 Valley Media. All rights
    reserved. This material may not be published...") is the publisher's footer, in
    whatever wrapper it sits, and a wire story's credit line its byline: the last body
    blocks, while they are notices or credits."""
    index = len(kinds) - 1
    while index >= 0 and kinds[index] != "body":
        index -= 1
    while index > 0 and kinds[index] == "body" and _closing(blocks, elements, index):
        kinds[index] = "footer"
        index -= 1
    tail = 0
    while index > 0 and tail < _CREDIT_REACH:
        if kinds[index] == "body":
            block = blocks[index]
            if block.structure is not None and strict_prose(block.text, block.structure.links):
                break  # the article's last paragraph: credits come after it
            if _credit(block.text):
                kinds[index] = "byline"
            tail += 1
        index -= 1


_CARD_PARTS = 4
"""Blocks a card holds at least to be one of the article's own boxes (a name, a line, a
heading and a list), more than a teaser's headline, summary and button."""
_CREDIT_REACH = 4
"""Body blocks after the article's last paragraph searched for a credit line: the sign-off
may have a line of the publisher's after it ("Our Standards: ...")."""


def _credit(text: str) -> bool:
    """Whether a block is a wire story's sign-off ("Reporting by Anil Varghese; Editing by
    Sonia Cheema and Louise Heavens"), as the text rules read credit lines, and naming people
    only: each part after its "by" is names, never a clause ("Edited by Margaret Ellis, the
    guidebook costs twelve pounds.", "Reporting by the BBC found similar problems.")."""
    norm = " ".join(text.split())
    if byline_value(norm, norm.lower()) != ():
        return False
    for part in norm.rstrip(".").split(";"):
        part = part.strip()
        low = part.lower()
        credit = next((p for p in CREDITS if low.startswith(p)), None)
        if credit is None or not names_after_by(part[len(credit) :].lstrip(" :")):
            return False
    return True


def _closing(blocks: Sequence[Block], elements: Sequence[Element], index: int) -> bool:
    """Whether a body block is a notice: it reads as one in the text rules' terms, and it
    opens with the mark ("Copyright 2025 ...", "© Valley Media") or stands in a box of its
    own, apart from the paragraph before it ("This document is subject to copyright..." in
    ``div.notice``). An article's closing sentence may mention copyright ("... may not be
    reproduced without permission, the judge noted"), but neither opens with it nor leaves
    the article's paragraphs for a box."""
    text = blocks[index].text
    if not _notice(text):
        return False
    if COPYRIGHT_START.match(" ".join(text.split()).lower()):
        return True
    return _holder(blocks[index], elements) != _holder(blocks[index - 1], elements)


def _holder(block: Block, elements: Sequence[Element]) -> int:
    """The element a paragraph stands in (a ``<p>``'s parent; text straight in a ``<div>``:
    the div)."""
    structure = block.structure
    if structure is None or structure.node < 0:
        return -1
    return elements[structure.node].parent if structure.tag == "p" else structure.node


_SPAN_CHARS = 40


def _prose_span(blocks: Sequence[Block]) -> tuple[int, int]:
    """Where the prose of a page whose container is a bare ``<body>`` starts and ends.

    Prose here is a sentence of 40 characters or more with few links: the container needed
    one paragraph of 100, but an old page's closing line is often shorter.
    """
    first, last = -1, -1
    for block in blocks:
        structure = block.structure
        length = len(block.text)
        if structure is None or length < _SPAN_CHARS or structure.links * 5 >= length:
            continue
        if SENTENCE.search(block.text) is None or _notice(block.text):
            continue
        if first < 0:
            first = block.start
        last = block.end
    return first, last


def _bare_kind(block: Block, linked: int, span: tuple[int, int]) -> str | None:
    """A kind for a line of a bare ``<body>`` container that nothing else labelled.

    The container is the whole page, so the article is the span from its first to its last
    prose block: a line above it is the page's navigation, one below it its footer. Inside
    the span, a line mostly of links is a menu and a copyright notice is the footer.
    """
    if block.end <= span[0]:
        return "navigation"
    if block.start >= span[1]:
        return "footer"
    if linked * 2 > len(block.text):
        return "navigation"
    if _notice(block.text):
        return "footer"
    return None


def _items_among_body(
    blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str], items: list[int]
) -> None:
    """Linked list items in the flow of the article's text are the article's.

    A newsletter's list of fixed bugs or a reading list links most of each item and sits in
    the article's text, beside other text; a box of related links sits in a wrapper of its
    own that holds nothing but its heading and its list ("Mehr zum Thema" above two links),
    or closes the article. Inside the container, mostly linked items of a list that is not
    boxed, with two paragraphs of the article's prose later on the page, are body. Not
    headings: a linked headline among prose is a teaser card's.
    """
    if not items:
        return
    prose_after = [0] * len(blocks)
    after = 0
    for index in range(len(blocks) - 1, -1, -1):
        prose_after[index] = after
        structure = blocks[index].structure
        if (
            kinds[index] == "body"
            and structure is not None
            and is_prose(blocks[index].text, structure.links)
        ):
            after += 1
    boxed: dict[int, bool] = {}
    for index in items:
        structure = blocks[index].structure
        if kinds[index] != "related" or prose_after[index] < 2 or structure is None:
            continue
        listed = elements[structure.node].parent
        if listed < 0:
            continue
        if listed not in boxed:
            # Announced by a "Read also:" paragraph right above it, a list is a box of links.
            boxed[listed] = _boxed_list(blocks, elements, index, listed) or (
                index > 0 and _read_also_header(blocks[index - 1].text)
            )
        if not boxed[listed]:
            kinds[index] = "body"


def _boxed_list(
    blocks: Sequence[Block], elements: Sequence[Element], index: int, listed: int
) -> bool:
    """Whether the list's wrapper holds nothing but the list and headings.

    Read outward from the item, stopping at the first block that is neither: a list among
    paragraphs is told by its neighbours, so a page of many lists costs a look at each.
    """
    wrapper = elements[listed].parent
    if wrapper < 0:
        return False
    start, end = elements[wrapper].start, elements[wrapper].end

    def other(block: Block) -> bool:
        structure = block.structure
        if structure is None or structure.tag in HEADINGS:
            return False
        return structure.node < 0 or elements[structure.node].parent != listed

    at = index - 1
    while at >= 0 and blocks[at].start >= start:
        if other(blocks[at]):
            return False
        at -= 1
    at = index + 1
    while at < len(blocks) and blocks[at].end <= end:
        if other(blocks[at]):
            return False
        at += 1
    return True


_PAYWALL = re.compile(
    r"(?:(?:article|story|post|entry)[-_])?(?:paywall(?:ed)?|piano|subscribers?)"
    r"(?:[-_](?:content|only|body|text|article|wrapper|section|preview))?"
)
"""A whole class token naming the wrapper a paywalled site puts around the article text past
the fold (``paywall``, ``piano-content``, ``subscriber-only``)."""
_BOX_WORDS = re.compile(r"(?:^|[\s_-])(?:cta|box|offers?|newsletters?|sign-?up)(?:$|[\s_-])")
"""Words that make a paywall-named element the subscription box itself
(``subscriber-cta``, ``newsletter-subscriber-box``)."""


def _paid_article(
    chain: list[int],
    elements: Sequence[Element],
    memo: dict[int, str | None],
    blocks: Sequence[Block],
    starts: list[int],
    paid: dict[int, bool],
) -> bool:
    """Whether the promo wrapper a block sits in is the paywalled part of the article.

    A paywalled site wraps the text past the fold (``div.paywall``, ``div.piano-content``,
    ``div.subscriber-only``) in a wrapper whose class reads like a subscription box. A debris
    label over a long run of prose needs strong structural evidence: a wrapper named so by a
    whole class token, inside the container, holding two or more paragraphs of prose and few
    links is article text. The box itself is not: its ident says so too (``subscriber-cta``,
    ``newsletter-subscriber-box``), or one of its lines reads as a prompt ("Subscribe today
    to keep reading"); or it is shorter, or sits in an element of its own inside, which
    speaks first.
    """
    for index in chain:
        kind = memo.get(index)
        if kind is None:
            continue
        ident = elements[index].ident
        if (
            kind != "promo"
            or not any(_PAYWALL.fullmatch(token) for token in ident.split())
            or _BOX_WORDS.search(ident)
        ):
            return False
        if index not in paid:
            chars = links = prose = 0
            calls = False
            for block in _blocks_in(elements[index], blocks, starts):
                linked = block.structure.links if block.structure is not None else 0
                chars += len(block.text)
                links += linked
                prose += is_prose(block.text, linked)
                calls = calls or prompt(" ".join(block.text.split()).lower()) is not None
            paid[index] = prose >= 2 and links * 5 < chars and not calls
        return paid[index]
    return False


def _blocks_in(element: Element, blocks: Sequence[Block], starts: Sequence[int]) -> Sequence[Block]:
    """The blocks an element holds (``starts``: each block's start, in order)."""
    first = bisect_left(starts, element.start)
    return blocks[first : bisect_left(starts, element.end, first)]


def _linkless_box(
    chain: Sequence[int],
    elements: Sequence[Element],
    memo: dict[int, str | None],
    blocks: Sequence[Block],
    starts: Sequence[int],
    seen: dict[int, bool],
) -> int:
    """Where in ``chain`` the element that only the word ``card`` names related stands, when
    it holds four blocks or more and no link at all (-1: it links, it is small, another word
    or a tag says ``related``).

    A teaser card is a headline and a line or two, and points elsewhere (by a link, or by a
    script: an empty stretched link, an ``onclick``). The word also names boxes of the
    article's own, drawn as cards: a recipe with its ingredients and steps, a fact box. A
    card of several parts that links nowhere is no teaser. Other words for related content
    (``outbrain``, ``recommended``) still say so of a box whose links a script has yet to
    load, and a tag (``aside``) says so whatever it holds. Answers are remembered in
    ``seen``.
    """
    for position, index in enumerate(chain):
        if memo.get(index) != "related":
            continue
        element = elements[index]
        if element.tag in TAG_KINDS or not related_by_card(element.ident):
            return -1
        if index not in seen:
            inside = _blocks_in(element, blocks, starts)
            seen[index] = len(inside) >= _CARD_PARTS and not any(
                (block.structure is not None and block.structure.links) for block in inside
            )
        return position if seen[index] else -1
    return -1


def _embedded_quote(
    chain: list[int], elements: Sequence[Element], memo: dict[int, str | None]
) -> bool:
    """Whether a block sits in a quotation below the element that calls it social.

    Embedded posts are quotations the article makes (the platforms' own markup is a
    ``<blockquote>``), wrapped in a box whose class says "social": the quotation is the
    article's, the share buttons are not. The tag inside outranks the class word outside.
    """
    for index in chain:
        element = elements[index]
        if element.tag == "blockquote":
            return True
        if index not in memo:
            memo[index] = element_kind(element)
        if memo[index] is not None:
            return False
    return False


def _list_shares(blocks: Sequence[Block], elements: Sequence[Element]) -> dict[int, list[int]]:
    """Characters and linked characters of each list's items, by the list's element."""
    shares: dict[int, list[int]] = {}
    for block in blocks:
        structure = block.structure
        if structure is None or structure.tag != "li" or structure.node < 0:
            continue
        share = shares.setdefault(elements[structure.node].parent, [0, 0])
        share[0] += len(block.text)
        share[1] += structure.links
    return shares


def _in_prose_list(
    structure: Structure | None, elements: Sequence[Element], lists: dict[int, list[int]]
) -> bool:
    """Whether a mostly linked item belongs to a list that is mostly not links.

    A changelog or a reading list inside an article ("Gijs <a>fixed a flicker</a>") links
    most of some items; a related-stories box links all of every item. The list decides,
    not the item.
    """
    if structure is None or structure.tag != "li" or structure.node < 0:
        return False
    share = lists.get(elements[structure.node].parent)
    return share is not None and share[1] * 2 < share[0]


_BYLINE_TEXT = re.compile(
    rf"^\s*(?:(?:by|von|par|por|door|av|af|eftir|(?-i:di|da)|מאת|بقلم|كتبت|كتب)\s|(?:{AUTHOR_LABELS}|{TEXT_LABELS})[:：])"
    rf"|\b(?:{'|'.join(POSTING_WORDS)})\b.*\bby\s+[A-Z]|^\s*submitted\s+by\s+[A-Z]",
    re.IGNORECASE,
)


def _byline_line(block: Block, people: bool = False) -> bool:
    """A short line that reads as a byline: opening as one ("By …", "Autor: …") and naming
    someone, or a stamp's day before one ("mandag 14. oktober 2024 Tekst: Solveig Rypdal").
    With ``people``, the stamp's byline must name a person: outside the article's element
    such a line is its byline only then ("jueves 18 de abril de 2024, por Agencia de
    Noticias Cooperativas" or "… von Polizeipräsidium Mittelfranken" stays the menu's, as
    an agency or an office is no author)."""
    if len(block.text) >= _BYLINE_CHARS:
        return False
    if _BYLINE_TEXT.search(block.text) and _reads_as_byline(block):
        return True
    names = byline_after_day(" ".join(block.text.split()))
    return not all(map(an_office, names)) if people else bool(names)


_BYLINE_CHARS = 120


def _reads_as_byline(block: Block) -> bool:
    """Whether a line that opens as a byline names someone: its names read, and a "كتب"
    line shows it is one (:func:`names.wrote_evidence`: its name linked, or a date on it)."""
    linked = block.structure.links if block.structure is not None else 0
    return bool(byline_names(block.text)) and wrote_evidence(block.text.strip(), linked)


_CONTROL_WORDS = 3
_CONTROL_CHARS = 24


def _control_caption(text: str, elements: Sequence[Element], node: int) -> bool:
    """Whether a ``<button>``'s text is a code block's control: a few words ("Copy", "复制",
    "Copy code"), not a question, beside a ``<pre>`` in the same wrapper. Only there: a
    review found buttons of a few words heading accordions ("Eligibility"), tabs, quiz
    answers and a glossary's term in a sentence, all the article's own."""
    norm = " ".join(text.split())
    return (
        len(norm) <= _CONTROL_CHARS
        and len(norm.split()) <= _CONTROL_WORDS
        and not norm.endswith(("?", "？", "؟"))
        and _beside_code(elements, node)
    )


_CODE_NEAR = 8
"""Elements before or after a button where the code block it acts on stands."""
_WRAPPER_LEVELS = 2


def _beside_code(elements: Sequence[Element], node: int) -> bool:
    """Whether a ``<pre>`` near an element shares a wrapper with it, at most two levels up
    from each (a code block's toolbar: ``div.highlight > div.toolbar > button`` and
    ``div.highlight > pre``)."""
    wrappers = set(_wrappers(elements, node))
    return any(
        elements[index].tag == "pre" and not wrappers.isdisjoint(_wrappers(elements, index))
        for index in range(max(0, node - _CODE_NEAR), min(len(elements), node + _CODE_NEAR + 1))
    )


def _wrappers(elements: Sequence[Element], node: int) -> Iterator[int]:
    at = elements[node].parent
    for _ in range(_WRAPPER_LEVELS):
        if at < 0:
            return
        yield at
        at = elements[at].parent


def _accordion_heading(blocks: Sequence[Block], elements: Sequence[Element], index: int) -> bool:
    """Whether a block is a ``<button>`` that is a heading's whole text: WAI-ARIA's accordion
    (``<h3><button>Eligibility</button></h3>``), whose button heads the section it unfolds;
    a control beside a heading's words ("Key figures <button>Download</button>") is not."""
    structure = blocks[index].structure
    if structure is None or structure.tag != "button":
        return False
    heading = elements[structure.node].parent
    return (
        heading >= 0
        and elements[heading].tag in ANY_HEADING
        and not any(
            0 <= near < len(blocks)
            and (other := blocks[near].structure) is not None
            and other.node == heading
            for near in (index - 1, index + 1)
        )
    )


_NOT_LABELS = ANY_HEADING | {"li", "td", "th"}
"""Where a widget's label is not: a heading ("Advertising" over a section on revenue) or an
item of a list or a table."""
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·»]\s+|\s+::\s+")


def _is_date_header(text: str) -> bool:
    """A line that is only a date with its trimmings ("Posted March 3, 2021 at 6:40 pm").

    The text cleaner's own test, so both paths agree on what a date header is; it refuses
    any sentence that merely mentions a date.
    """
    norm = " ".join(text.split())
    return date_header(norm, norm.lower())[0]


_TIMELINE = 2
_DATE_WORDS = frozenset(
    """published updated posted modified edited created reviewed last first dated date
    veröffentlicht aktualisiert publié mis jour modifié publicado actualizado modificado
    pubblicato aggiornato modificato atualizado gepubliceerd bijgewerkt gewijzigd""".split()  # noqa: SIM905
)
"""Words that make a date line a header of the page ("Updated June 5, 2024"), not a section
of a timeline; in the languages the text side's date headers know."""
_WORDS = re.compile(r"\w+")


def _date_headings(blocks: Sequence[Block]) -> set[int]:
    """The subheadings (``h2``-``h6``) that are only a date: no header word beside it."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        structure = block.structure
        if structure is None or structure.tag not in HEADINGS or len(block.text) >= 120:
            continue
        if not _is_date_header(block.text):
            continue
        if _DATE_WORDS.isdisjoint(_WORDS.findall(block.text.lower())):
            found.add(index)
    return found


_LOGO_WORDS = 4


def _logo_over_headline(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    kinds: list[str],
    headlines: frozenset[str] = frozenset(),
) -> None:
    """The site's logo in an ``<h1>`` that links home ("The Atlantic" in ``h1.site-logo``),
    read as a headline for its tag, gives way to the ``<h1>`` under it that links nowhere,
    above the article's text, or to a lower heading that says the ``<title>``'s headline
    word for word (a Korean portal's ``h3.tit_view`` under its ``h1`` logo): that one is the
    article's headline (the first title found would be the title, the second dropped as a
    repeat)."""
    if "title" not in kinds:
        return
    logo = kinds.index("title")
    first = blocks[logo]
    if first.structure is None or first.structure.links * 2 <= len(first.text):
        return
    if len(first.text.split()) > _LOGO_WORDS:
        return  # a headline linking to its own page (WordPress's h1.entry-title > a)
    text_from = kinds.index("body") if "body" in kinds else len(kinds)
    unlinked = [
        (index, structure.tag)
        for index in range(logo + 1, min(text_from, len(kinds)))
        if (structure := blocks[index].structure) is not None and not structure.links
    ]
    for index, tag in unlinked:
        if kinds[index] == "title" and tag == "h1":
            kinds[logo] = "navigation"
            return
    if enclosing_article(first.structure.node, elements) >= 0:
        return  # a headline linking to its own page, short as a logo
    # Else the last heading above the text, if it says the <title>'s headline: a section's
    # label, a box's heading or a masthead higher up may say it too (session 25's review).
    headings = [index for index, tag in unlinked if tag in HEADINGS]
    if headings and " ".join(blocks[headings[-1]].text.split()).casefold() in headlines:
        kinds[logo], kinds[headings[-1]] = "navigation", "title"


_HEADLINE_SPAN = (3, 25)


def _headline_over_byline(blocks: Sequence[Block], index: int) -> bool:
    """A page with no ``<h1>`` (a table layout printing its headline in ``<font size="5"><b>``)
    still heads its article: a short line, no sentence and no link, right above a line that
    reads as the byline or the date ("By Earl Whitcomb, Ledger Staff · May 23, 2024")."""
    if index + 1 >= len(blocks):
        return False
    block, below = blocks[index], blocks[index + 1]
    words = len(block.text.split())
    linked = block.structure.links if block.structure is not None else 0
    if not _HEADLINE_SPAN[0] <= words <= _HEADLINE_SPAN[1] or linked * 2 > len(block.text):
        return False
    return not block.text.rstrip().endswith(".") and _byline_or_date(below.text)


def _byline_or_date(text: str) -> bool:
    """A short line that reads as the byline or the date: what a headline, or a sponsor's
    scraps, stand right above."""
    return len(text) < 120 and bool(
        (_BYLINE_TEXT.search(text) and byline_names(text)) or _is_date_header(text)
    )


def _fragment(text: str) -> bool:
    """Two letters or fewer and no figure: a scrap ("By", "&"). Not a figure ("73%", "2 – 1",
    a table of years), not a word of a script without spaces ("山田", "问")."""
    return sum(char.isalpha() for char in text) <= 2 and not any(
        char.isdigit() or char >= "\u3040" for char in text
    )


_SCRAPS = 4


def _scraps_over_byline(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` opens a few scraps (:func:`_fragment`) right above a line
    that reads as the byline or the date: the shape a sponsor's bar leaves ("By", "&"). A
    "Q" over a question or a section's "I" over its text stays."""
    at = index
    while at < len(blocks) and at - index < _SCRAPS and _fragment(blocks[at].text):
        at += 1
    if at == index or at >= len(blocks) or at - index >= _SCRAPS:
        return False
    return _byline_or_date(blocks[at].text)


def _page_headline(blocks: Sequence[Block], elements: Sequence[Element], titles: set[str]) -> int:
    """Where the ``<h1>`` the page's ``<title>`` names starts in the source (-1: none does).

    Not a logo's: the site's name is a part of the title too, but its ``<h1>`` links home."""
    if not titles:
        return -1
    for block in blocks:
        structure = block.structure
        if (
            structure is not None
            and structure.tag == "h1"
            and structure.node >= 0
            and structure.links * 2 <= len(block.text)  # a logo links home
            and " ".join(block.text.split()).casefold() in titles
        ):
            return elements[structure.node].start
    return -1


def _other_stories(
    blocks: Sequence[Block], elements: Sequence[Element], headline: int
) -> frozenset[int]:
    """The ``<article>`` elements holding an ``<h1>`` other than the page's headline and not
    the page's story: stories of their own (the next one an infinite scroll loads).

    When the page's headline sits in an ``<article>`` of its own, an ``<article>`` that opens
    with an ``<h2>`` is another story too: sites that load the next story below write its
    headline a level down. (Where the headline is outside every ``<article>``, the story's
    own ``<article>`` may open with a section's ``<h2>``.)
    """
    if headline < 0:
        return frozenset()
    in_story = any(e.tag == "article" and e.start <= headline < e.end for e in elements)
    found: set[int] = set()
    previous_end = -1
    for block in blocks:
        structure = block.structure
        if structure is None or structure.node < 0:
            continue
        tag, node = structure.tag, structure.node
        opening = tag == "h2" and in_story
        if tag == "h1" or opening:
            at = elements[node].parent
            while at >= 0:
                element = elements[at]
                if element.tag == "article" and not element.start <= headline < element.end:
                    if tag == "h1":
                        found.add(at)
                    else:  # an <h2> only as the first block of its own <article>
                        if previous_end <= element.start:
                            found.add(at)
                        break
                at = element.parent
        previous_end = block.end
    return frozenset(found)


_DAY_BADGE_WORDS = 3
"""Words of the day a theme prints inside the headline's element at most ("12 Bře")."""


def _dated_headline(block: Block, headlines: frozenset[str]) -> bool:
    """Whether a heading says the page title's headline after the day a theme prints inside
    its element (WordPress Bridge's ``<h2><span class="date">12 Bře</span> Vyhlídka …</h2>``
    under a section's ``<h1>``): a few words with a figure, then the headline, no more."""
    structure = block.structure
    if structure is None or structure.tag not in ("h1", "h2", "h3"):
        return False
    text = " ".join(block.text.split()).casefold()
    for part in headlines:
        if len(part.split()) >= _DAY_BADGE_WORDS and text.endswith(" " + part):
            day = text[: -len(part)].split()
            # A day and its month's word ("12 bře", "15 june") or a whole date ("12.03.2024");
            # not a year, a number or a price alone ("2023 …", "2. …": session 29's review).
            return (
                len(day) <= _DAY_BADGE_WORDS
                and any(c.isdigit() for c in day[0])
                and (_WHOLE_DATE.fullmatch(day[0]) is not None or any(w.isalpha() for w in day[1:]))
            )
    return False


_WHOLE_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{0,4}")


def _title_parts(title: str) -> set[str]:
    """The page title and each part of it between site-name separators, case-folded."""
    title = " ".join(title.split()).casefold()
    if not title:
        return set()
    return {title, *(part for part in _TITLE_SEPARATORS.split(title) if len(part) > 10)}


def _headline_parts(titles: set[str]) -> frozenset[str]:
    """Of a title's parts (:func:`_title_parts`), those that can be the headline: the whole
    title and its longest part. The site's name, the other part, is shorter as a rule."""
    if not titles:
        return frozenset()
    whole = max(titles, key=len)
    parts = titles - {whole}
    return frozenset({whole, max(parts, key=len)} if parts else {whole})


def _box_headings(
    blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str], chosen: set[int]
) -> None:
    """A box's heading goes with its box: "Mehr zum Thema" above a related link list.

    A heading above a caption goes with it only when its wrapper holds no article text
    after it (a gallery's "Photos"): a section of the article that opens with its heading
    and a picture goes on in prose, and the heading is the section's.
    """
    for index in range(len(blocks) - 1):
        structure = blocks[index].structure
        if kinds[index] != "body" or structure is None or structure.tag not in HEADINGS:
            continue
        after = kinds[index + 1]
        if after not in BOX_KINDS and after not in ("tags", "caption"):
            continue
        parent = elements[structure.node].parent if structure.node >= 0 else -1
        if parent < 0 or parent in chosen:
            continue
        box = elements[parent]
        following = blocks[index + 1]
        before = blocks[index - 1] if index else None
        if following.end > box.end or (before is not None and before.end > box.start):
            continue
        if after == "caption" and _body_in(blocks, kinds, index + 1, box.end):
            continue
        kinds[index] = after


_COUNTER = re.compile(r"\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*")


def _gallery_counters(blocks: Sequence[Block], kinds: list[str]) -> None:
    """A slide's counter ("1 / 16", "3 of 12") beside its caption goes with the caption: a
    gallery's furniture, no line of the article (alone, "2 / 3" may be a score or a part)."""
    for index, block in enumerate(blocks):
        if kinds[index] != "body" or not _COUNTER.fullmatch(block.text):
            continue
        near = kinds[index - 1 : index] + kinds[index + 1 : index + 2]
        if "caption" in near:
            kinds[index] = "caption"


def _body_in(blocks: Sequence[Block], kinds: list[str], first: int, end: int) -> bool:
    at = first
    while at < len(blocks) and blocks[at].end <= end:
        if kinds[at] == "body":
            return True
        at += 1
    return False


_CARD_CHARS = 400


def _teaser_cards(
    blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str], article: set[int]
) -> None:
    """A linked headline and the short summary in one small wrapper is a teaser card.

    Sites drop "read this next" cards into the article itself (``div.snippet > h3 > a`` and a
    line of summary): the headline, all link, is already read as related, but its summary
    reads as prose. The evidence is the card's shape: the smallest element holding both the
    headline and what follows it is not the article or one of its wrappers, and holds little
    else besides.
    """
    for index in range(len(blocks) - 1):
        structure = blocks[index].structure
        if kinds[index] != "related" or structure is None or structure.tag not in HEADINGS:
            continue
        if structure.node < 0 or structure.links * 4 < len(blocks[index].text) * 3:
            continue
        following = blocks[index + 1]
        at = elements[structure.node].parent
        while at >= 0 and elements[at].end < following.end:
            at = elements[at].parent
        if at < 0 or at in article:
            continue
        card = elements[at]
        inside: list[int] = []
        size = 0
        for later in range(index + 1, len(blocks)):  # blocks are in order: stop past the card
            if blocks[later].start >= card.end or size > _CARD_CHARS:
                break
            if blocks[later].end <= card.end:
                inside.append(later)
                size += len(blocks[later].text)
        if size > _CARD_CHARS:
            continue
        for later in inside:
            if kinds[later] == "body":
                kinds[later] = "related"


# Wrappers whose text describes a picture or quotes the article: not a lead.
_MEDIA = re.compile(
    r"(?:^|[\s_-])(?:image|img|photo|picture|media|figure|video|gallery|quote|pull)"
)
_SCOPE_LEVELS = 3


def _article_scope(chosen: set[int], elements: Sequence[Element]) -> set[int]:
    """The container's ancestors up to a few levels, short of ``body``: the article wrapper.

    Leads, standfirsts and second text fields often sit beside the best-scored element
    (``div.intro`` next to ``div.article-body``) rather than in it.
    """
    scope: set[int] = set()
    for index in chosen:
        at, level = elements[index].parent, 0
        while at >= 0 and level < _SCOPE_LEVELS and elements[at].tag not in ("body", "html"):
            if NEGATIVE.search(elements[at].ident) and not POSITIVE.search(elements[at].ident):
                break
            scope.add(at)
            at = elements[at].parent
            level += 1
    return scope


_COMMENT_HEADINGS = phrase_set(
    """comments|reader comments|readers' comments|your comments|what you said|your views
    |join the conversation|join the discussion|leave a comment|kommentare
    |leserkommentare|commentaires|comentarios|commenti|reacties|komentarze|комментарии"""
)
_COMMENT_COUNT = re.compile(
    r"(?:\d+ (?:comments?|responses?|replies)|(?:comments?|responses?|replies) ?\(\d+\))\Z"
)
"""A comments heading with its count, before or after: "12 comments", "Comments (12)"."""


def _named_sections(
    blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str], chosen: set[int]
) -> None:
    """A section of the container headed by a box's name, after the article's text, is that
    box: "Comments" over readers' posts, "More stories" over a grid of teasers.

    A page that puts everything in ``<main>`` gives the thread and the teasers no element
    of their own to name them; their heading names them, and the section runs to the next
    heading of the same level or higher, or to the container's end. The whole heading must
    be the name ("Comments", "12 comments", "More stories"), and it must come after body
    text: a section of the article is never headed so. A section holding two paragraphs of
    prose in a row is the article going on under a box's heading, and stays.
    """
    seen_body = False
    index = 0
    while index < len(blocks):
        kind = kinds[index]
        structure = blocks[index].structure
        if kind == "body" and structure is not None and structure.tag not in HEADINGS:
            seen_body = True
        if not seen_body or kind != "body" or structure is None or structure.tag not in HEADINGS:
            index += 1
            continue
        key = " ".join(blocks[index].text.split()).casefold().rstrip(" :")
        named = (
            "comments"
            if key in _COMMENT_HEADINGS or _COMMENT_COUNT.match(key)
            else "related"
            if key in RELATED_HEADERS
            else None
        )
        if named is None:
            index += 1
            continue
        level = structure.tag
        parent = elements[structure.node].parent if structure.node >= 0 else -1
        # A heading in a wrapper of its own heads that wrapper alone (a related box in the
        # middle of the article); one straight in the container heads a flat section.
        box_end = elements[parent].end if parent >= 0 and parent not in chosen else None
        end = index + 1
        while end < len(blocks):
            following = blocks[end].structure
            if following is None or following.node < 0:
                break
            if box_end is not None and blocks[end].start >= box_end:
                break  # the wrapper's end
            if following.tag in HEADINGS and following.tag <= level:
                break  # the next section of the same level or higher
            if not chain_to(following.node, chosen, elements)[1]:
                break  # the container's end
            end += 1
        if not _runs_of_prose(blocks, index + 1, end):
            for at in range(index, end):
                if kinds[at] == "body":
                    kinds[at] = named
        index = end


def _runs_of_prose(blocks: Sequence[Block], first: int, end: int) -> bool:
    """Whether two paragraphs of running prose follow each other in ``blocks[first:end]``:
    the article going on (a "Related" heading with its links in the middle of the text),
    where comments and teasers alternate their prose with a name or a headline."""
    previous = False
    for block in blocks[first:end]:
        structure = block.structure
        prose = structure is not None and strict_prose(block.text, structure.links)
        if prose and previous:
            return True
        previous = prose
    return False


def _body_slots(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    kinds: list[str],
    chosen: set[int],
    memo: dict[int, str | None],
) -> None:
    """A box word on the template slot that holds most of the article's prose names no box.

    An article cut by ad slots into chunks repeats one wrapper (``div.c-article__text
    with-inline-ads``, ``div.text-block--correspondent``), and the chosen container is the
    element around the chunks; a word in the wrapper's class (``ads``, ``respond``) named
    every chunk a box, and the article went. A box inside an article holds a share of its
    prose, never nearly all of it: when two copies or more of one wrapper (same tag, same
    class) named as a box hold four fifths of the prose inside the container or more, they
    are the article. One such wrapper alone is still a box, and so are comments and teaser cards,
    each a copy of its slot (a long thread or feed under a short story).
    """
    total = 0
    held: dict[tuple[str, str], list[int]] = {}
    copies: dict[tuple[str, str], set[int]] = {}
    chains: list[tuple[int, list[int]]] = []  # the prose blocks inside, with their chains
    for index, block in enumerate(blocks):
        structure = block.structure
        if structure is None or structure.node < 0 or not is_prose(block.text, structure.links):
            continue
        chain, inside = chain_to(structure.node, chosen, elements)
        if not inside:
            continue
        total += len(block.text)
        chains.append((index, chain))
        kind = kinds[index]
        if kind not in _CHUNK_KINDS:
            continue
        namer = _namer(chain, kind, elements, memo)
        if namer >= 0 and elements[namer].ident:
            slot = (elements[namer].tag, elements[namer].ident)
            held.setdefault(slot, []).append(index)
            copies.setdefault(slot, set()).add(namer)
    slots = {slot for slot in held if len(copies[slot]) >= _CHUNKS}
    if not slots:
        return
    # How much of the prose inside sits in copies of each slot, whatever its kind now (the
    # floor may have brought the first chunk back): chunks hold nearly all of it, where
    # boxes between an article's own paragraphs hold a share.
    covered = dict.fromkeys(slots, 0)
    for index, chain in chains:
        for slot in {(elements[at].tag, elements[at].ident) for at in chain} & slots:
            covered[slot] += len(blocks[index].text)
    for slot in slots:
        if covered[slot] >= _CHUNKS_SHARE * total:
            for index in held[slot]:
                kinds[index] = "body"


_CHUNKS_SHARE = 0.8
"""The share of the prose inside the container the copies of a slot must hold to be the
article's chunks, not boxes between its paragraphs."""
_CHUNKS = 2
"""Copies of one wrapper that make an article cut in chunks; one box alone is still a box."""
_CHUNK_KINDS = frozenset({"promo", "share"})
"""The box kinds a chunk wrapper's class may name (``with-inline-ads``, ``has-share-bar``).
Not comments nor related teasers: each comment and each card is a copy of its slot, and a
thread or a feed may hold more prose than a short story; nor a pop-up's (``modal``), which a
page may hold twice beside a one-paragraph story."""


def _namer(
    chain: list[int], kind: str, elements: Sequence[Element], memo: dict[int, str | None]
) -> int:
    """The innermost element of ``chain`` that says ``kind`` (-1: none does)."""
    for at in chain:
        if at not in memo:
            memo[at] = element_kind(elements[at])
        if memo[at] == kind:
            return at
    return -1


def chain_to(node: int, chosen: set[int], elements: Sequence[Element]) -> tuple[list[int], bool]:
    """The elements from ``node`` up, short of the container, and whether the container holds
    ``node`` (else the chain runs up to the page's root)."""
    chain: list[int] = []
    at = node
    while at >= 0:
        if at in chosen:
            return chain, True
        chain.append(at)
        at = elements[at].parent
    return chain, False


def article_wrappers(chosen: set[int], elements: Sequence[Element]) -> set[int]:
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


_STYLED = frozenset({"p", "blockquote"})
"""Elements a class word styles rather than names a box: the prose itself."""
_TEASER = re.compile(r"(?:^|[\s_-])teaser(?:$|[\s_-])")


def _near_prose(
    block: Block,
    chain: list[int],
    scope: set[int],
    elements: Sequence[Element],
    memo: dict[int, str | None],
) -> bool:
    """A prose block outside the container but inside its wrapper, under no telling element.

    The word "teaser" on the paragraph itself styles it (``p.teaser``, the lead of a German
    news site) and tells nothing. No other box word does: above the article's text,
    ``p.subscribe`` is the publisher's prompt and ``p.read-more`` a link to another story.
    """
    structure = block.structure
    if not scope or structure is None or not is_prose(block.text, structure.links):
        return False
    if structure.tag not in ("p", "div", "blockquote", "section", "article"):
        return False
    for index in chain:
        if index in scope:
            return True
        element = elements[index]
        if element.tag in OUTSIDE_TAG_KINDS or element.tag in TAG_KINDS:
            return False
        if index == chain[0] and element.tag in _STYLED and _TEASER.search(element.ident):
            continue  # a lead styled as a teaser; a paragraph styled as a prompt stays a prompt
        if index not in memo:
            memo[index] = element_kind(element)
        if memo[index] is not None or NEGATIVE.search(element.ident):
            return False
        if _MEDIA.search(element.ident):
            return False
    return False


_STANDFIRST_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "section"})
_LEAD_WORDS = 5


def _standfirst(
    block: Block,
    chain: list[int],
    scope: set[int],
    elements: Sequence[Element],
    memo: dict[int, str | None],
    headline: int,
    previous: str,
) -> bool:
    """Whether a block between the headline and the article's text is its standfirst: the
    page's subtitle, not its navigation.

    Five words or more (a standfirst seldom ends with a full stop), with no link, that no
    byline, date line or prompt reads as ("Tereza Dvořáková | 25. 5. 2024 | 12:30", "Sign up
    for the morning briefing." are not), in the article's wrapper or in the element holding
    its headline (``headline``: where the ``<h1>`` the title names starts), under no
    element that says anything else and in no picture's box (a sentence there is the lead
    picture's caption). And the page says so: a class naming a standfirst (``lead``,
    ``standfirst``, ``dek``, ``perex``, ``field-summary``...), or an ``<h2>`` right under
    the headline (``previous``: the kind of the block before). Other sentences there are a
    notice's ("Listen to this article.", "This article is more than five years old."), not
    the article's. Body F1 never sees it: a standfirst is the Document's subtitle, as the
    seeds' gold has it.
    """
    structure = block.structure
    text = block.text
    if (
        not scope
        or structure is None
        or structure.tag not in _STANDFIRST_TAGS
        or structure.links
        or len(text.split()) < _LEAD_WORDS
        or _is_date_header(text)
        or _BYLINE_TEXT.search(text) is not None
        or prompt(" ".join(text.split()).lower()) is not None
    ):
        return False
    said = structure.tag == "h2" and previous == "title"
    for index in chain:
        if index in scope:
            return said
        element = elements[index]
        if element.start <= headline < element.end:
            # The article's own header, holding its headline, whatever its name, and its
            # lead picture too (Ghost's header holds the excerpt and the feature image).
            if said or DECK.search(element.ident) is not None:
                return True  # a standfirst named so, beside the headline in its own header
            continue
        if element.media or _MEDIA.search(element.ident):
            return False
        if DECK.search(element.ident) is not None:
            said = True
            continue  # its own name says standfirst ("ArticleHeader_standfirst__k2Pz9")
        if element.tag in OUTSIDE_TAG_KINDS or element.tag in TAG_KINDS:
            return False
        if index not in memo:
            memo[index] = element_kind(element)
        if memo[index] is not None or NEGATIVE.search(element.ident):
            return False
    return False


def _same_start(text: str, description: str) -> bool:
    """Whether a lead says what the page's description says (a standfirst, not body)."""
    if not description:
        return False
    head = " ".join(description.split())[:60].rstrip(".…").strip()
    return bool(head) and " ".join(text.split()).startswith(head)


def _named(
    chain: list[int], around: set[int], elements: Sequence[Element], memo: dict[int, str | None]
) -> bool:
    """Whether an element around a block outside the article says what it is (``nav``,
    ``header``, ``div.menu``): what :func:`_outside_kind` found was not its default."""
    for index in _below(chain, around):
        if elements[index].tag in OUTSIDE_TAG_KINDS or memo.get(index) is not None:
            return True
    return False


_SUMMARY_ITEMS = 2
"""Items a summary list has at least."""
_SUMMARY_WORDS = 3
"""Words its items have on average at least: points, not menu entries or labels."""


def _summary_lists(
    blocks: Sequence[Block],
    elements: Sequence[Element],
    kinds: list[str],
    unnamed: list[int],
    scope: set[int],
    headline: int,
) -> None:
    """A list of points between the headline (``headline``: where the ``<h1>`` the title
    names starts; -1, none) and the article's text, in the article's wrapper (``scope``):
    its key points, a review's pros and cons, a live blog's summary. Kept apart as
    ``summary``, not navigation: the article's own words, which some corpora keep (the
    points restate the body) and some do not.

    Only the list's own structure speaks: every item free of links (menus, tags and
    teasers link; points do not), none that reads as a date or a byline, several words an
    item, and no element between it and the wrapper that names a box of any kind.
    The heading right above it ("Key points", "Pros") goes with it.
    """
    lists: dict[int, list[int]] = {}
    linked: set[int] = set()
    for index in unnamed:
        structure = blocks[index].structure
        if structure is not None and structure.tag == "li":
            lists.setdefault(elements[structure.node].parent, []).append(index)
            if structure.links:
                linked.add(index)
    taken = set(unnamed)
    for parent, items in lists.items():
        if (
            parent < 0
            or headline < 0
            or blocks[items[0]].start < headline
            or elements[parent].tag not in ("ul", "ol")
            or len(items) < _SUMMARY_ITEMS
            or items[-1] - items[0] + 1 != len(items)
            or not _within(parent, scope, elements)
        ):
            continue
        texts = [blocks[index].text for index in items]
        if any(
            index in linked or _is_date_header(text) or _BYLINE_TEXT.search(text)
            for index, text in zip(items, texts, strict=True)
        ):
            continue
        if sum(len(text.split()) for text in texts) < _SUMMARY_WORDS * len(items):
            continue
        first = items[0]
        above = first - 1
        heading = blocks[above].structure if above >= 0 else None
        if above in taken and heading is not None and heading.tag in HEADINGS and not heading.links:
            first = above
        for index in range(first, items[-1] + 1):
            kinds[index] = "summary"


def _within(index: int, scope: set[int], elements: Sequence[Element]) -> bool:
    """Whether an element lies in the article's wrapper."""
    at = elements[index].parent
    while at >= 0:
        if at in scope:
            return True
        at = elements[at].parent
    return False


_ENTRY_META_CHARS = 80
"""Characters of an entry header's line at most: a time, a name, a place."""


_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")
"""A time of day, as an entry's header gives it ("03:12", "16.40")."""


def _entry_meta(text: str) -> bool:
    """Whether a short line says when: a time of day or a date (an entry's "03:12Osman
    Clarke"), not a sentence a section's header holds."""
    return _CLOCK.search(text) is not None or parse_date(text.lower())[0] is not None


def _in_entry_header(chain: list[int], elements: Sequence[Element], headline: int) -> bool:
    """Whether a block inside the article sits in a ``<header>`` of one of its parts (a live
    blog's entry, a letter), not in the article's own header holding its headline."""
    for index in chain:
        element = elements[index]
        if element.tag == "header":
            return not element.start <= headline < element.end
    return False


_ABOUT = re.compile(
    r"(?:about|über|à propos de|a propos de|acerca de|sobre|informazioni su|om|over|apie"
    r"|kuhusu|tentang|o firmie|o společnosti)\s+(?P<name>\S.{1,60})",
    re.IGNORECASE,
)
"""A closing section's heading: "About" and a name, in the languages releases are sent in."""
_ABOUT_AFTER = re.compile(
    r"(?:az?\s+)?(?P<name>\S.{1,60}?)(?:-?(?:ról|ről)|\s+hakkında)",
    re.IGNORECASE,
)
"""The same where "about" follows the name: Hungarian's suffix ("A Tiszavirág Malom
Zrt.-ről", after its article), Turkish's postposition ("Anadolu Tekstil hakkında")."""
_ABOUT_TAIL = 8
"""Elements an "About" section and its contact and legal lines hold at most (a contact card
cut by ``<br>`` into a block a line, name, role, address, telephone, is one element; a
festival's closing box of eleven list items is eleven, and the article's own)..."""
_ABOUT_CHARS = 1000
"""...and characters."""
_ABOUT_LEAST = 4
"""Body blocks a page needs before a closing section can be told from its article."""


def _about_the_company(blocks: Sequence[Block], kinds: list[str], title: str) -> None:
    """A press release's closing boilerplate: a heading "About X" where X is a name (a
    capital opens it) that the article's first paragraph of some length or the page's title
    holds as whole words (the company the release opens with, or the site), and what follows
    it to the article's end, a few blocks with no heading among them (the company's profile,
    the media contact, the forward-looking notice). A section of the article's own has a
    heading of its own after it, or runs longer."""
    body = [index for index, kind in enumerate(kinds) if kind == "body"]
    if len(body) < _ABOUT_LEAST:
        return
    last = body[-1]
    lead = next((blocks[i].text for i in body if len(blocks[i].text) >= 100), "")
    cased = f"{lead} {title}"
    named = cased.casefold()
    for index in reversed(_closing_blocks(blocks, body)):
        structure = blocks[index].structure
        if structure is None or structure.tag not in HEADINGS | {"p", "div", "strong"}:
            continue
        heading = " ".join(blocks[index].text.split())
        found = _ABOUT.fullmatch(heading)
        after_name = found is None
        found = found or _ABOUT_AFTER.fullmatch(heading)
        # A registered name ends with its form's full stop ("Zrt.", "Inc."), which is no
        # part of the word the lead names.
        name = found["name"].rstrip(":").strip().rstrip(".") if found else ""
        if name.startswith("the ") and _capitalised_words(name[4:]) >= 2:
            # "About the Valley Repair Network": a name of capitalised words after "the";
            # "About the Study" heads the article's own section.
            name = name[4:]
        # A name, capitalised as names are ("Over the weekend", "About the survey" head the
        # article's own sections), found whole in the lead or the title. Where "about" follows
        # the name, the heading opens with it and is capitalised whatever it is (Turkish's
        # "Araştırma hakkında", "about the survey"): the lead must write it so too.
        if not name[:1].isupper():
            continue
        if after_name:
            if not re.search(rf"\b{re.escape(name)}\b", cased):
                continue
        elif not re.search(rf"\b{re.escape(name.casefold())}\b", named):
            continue
        after = [i for i in body if i > index]
        if sum(len(blocks[i].text) for i in after) > _ABOUT_CHARS or any(
            _tag(blocks[i]) in HEADINGS for i in after
        ):
            return
        for at in range(index, last + 1):
            if kinds[at] == "body":
                kinds[at] = "footer"
        return


def _closing_blocks(blocks: Sequence[Block], body: Sequence[int]) -> list[int]:
    """The body blocks, but the last, in the article's last :data:`_ABOUT_TAIL` elements and
    two (the heading's, the last block's): where a closing "About" heading may stand."""
    nodes: set[int] = set()
    first = len(body)
    for position in range(len(body) - 1, -1, -1):
        structure = blocks[body[position]].structure
        nodes.add(structure.node if structure is not None else -1 - body[position])
        if len(nodes) > _ABOUT_TAIL + 2:
            break
        first = position
    return list(body[first:-1])


_STAMP_PARTS = re.compile(r" [·|•–—/] ")
_STAMP_WORDS = 10


def _stamp_line(block: Block) -> bool:
    """A short line of parts set apart by a dot, a bar or a dash, not a sentence nor an item
    of a list or a table: how a byline strings a name, a role and a date together."""
    text = block.text.rstrip()
    return (
        _tag(block) not in _ITEM_TAGS
        and text.count(" ") < _STAMP_WORDS
        and not text.endswith(SENTENCE_END)
        and _STAMP_PARTS.search(text) is not None
    )


_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "th"})


def _holds_a_time(block: Block, times: Sequence[tuple[str, int]]) -> bool:
    """Whether one of the page's ``<time datetime>`` elements stands in the block."""
    return any(block.start <= at < block.end for _, at in times)


def _capitalised_words(text: str) -> int:
    """How many words of ``text`` there are, if every one opens with a capital, else 0."""
    words = text.split()
    return len(words) if all(word[:1].isupper() for word in words) else 0


def _tag(block: Block) -> str:
    """The tag of a block's element ("" for a text block)."""
    return block.structure.tag if block.structure is not None else ""


def _outside_kind(
    chain: list[int], elements: Sequence[Element], memo: dict[int, str | None], after: bool
) -> str:
    weak: str | None = None
    for index in chain:
        element = elements[index]
        kind = OUTSIDE_TAG_KINDS.get(element.tag)
        if kind is not None:
            return kind
        if index not in memo:
            memo[index] = element_kind(element)
        found = memo[index]
        if weak is None and found is not None and WEAK_TAG_KINDS.get(element.tag) == found:
            weak = found  # a button says less than the cookie banner around it
            continue
        if found is not None and found not in ("byline", "dateline", "title"):
            return found
        if found == "title":
            return "title"
    if weak is not None:
        return weak
    return "footer" if after else "navigation"
