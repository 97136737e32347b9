"""The HTML path: detection, charsets, blocks with source offsets, extraction, hostile pages."""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpuskit
from corpuskit.errors import InputError
from corpuskit.html import (
    MAX_CHARS,
    decode_html,
    looks_like_html,
    parse_page,
    parse_tree,
    read_html,
    tokenize,
)
from corpuskit.model import Hint, Page
from corpuskit.pipeline import Parser
from corpuskit.resolve import check_html_blocks
from counting import CPU_LIMIT, LINEAR_LIMIT, call_growth, cpu

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HARBOUR = FIXTURES / "harbour_article.html"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# -- detection and decoding -------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  <!-- saved --> <html lang=en>",
        '<?xml version="1.0"?>\n<!DOCTYPE html>',
        "<meta charset=utf-8><title>t</title>",
        "<div><p>one</p><p>two</p><a href=x>three</a></div>",
    ],
)
def test_detects_html_by_content(head: str) -> None:
    assert looks_like_html(head)


@pytest.mark.parametrize(
    "head",
    [
        "Council votes on ferries\n\nThe <p> tag was mentioned once in this article.",
        "A plain article about html and <b>old</b> habits, long enough to be prose " * 10,
        "",
    ],
)
def test_prose_stays_text(head: str) -> None:
    assert not looks_like_html(head)


def test_extension_helps_only_a_fragment_starting_with_a_tag() -> None:
    assert looks_like_html("<section>short</section>", "page.htm")
    assert not looks_like_html("no tags at all", "page.html")


def test_text_input_is_unchanged(parser: Parser) -> None:
    doc = parser.parse("Title line\n\nA paragraph mentioning <p> once.\n")
    assert doc.meta["input"] == "text"
    assert doc.paragraphs[-1] == "A paragraph mentioning <p> once."


def test_kind_hint_forces_either_way(parser: Parser) -> None:
    page = "<p>The first of two paragraphs, long enough to read as article prose here.</p>"
    assert parser.parse(page, kind="text").meta["input"] == "text"
    assert parser.parse(page, kind="html").meta["input"] == "html"


def test_charset_from_meta() -> None:
    raw = '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p>'.encode("cp1252")
    text, encoding = decode_html(raw)
    assert "café" in text
    assert encoding == "cp1252"


def test_charset_from_http_equiv_and_latin1_means_windows_1252() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    raw = f"<html><head>{meta}</head><p>\u201cquoted\u201d</p>".encode("cp1252")
    text, encoding = decode_html(raw)
    assert "\u201cquoted\u201d" in text
    assert encoding == "cp1252"


def test_wrong_declaration_falls_back_and_says_so() -> None:
    raw = '<html><meta charset="utf-8"><p>na\xefve caf\xe9</p>'.encode("cp1252")
    text, encoding = decode_html(raw)
    assert "naïve café" in text
    assert encoding == "cp1252 (declared utf-8)"


def test_utf8_bytes_declared_as_a_legacy_charset_still_read_as_declared_when_they_decode() -> None:
    raw = b'<html><meta charset="koi8-r"><p>plain ascii</p>'
    assert decode_html(raw)[1] == "koi8-r"


def test_bom_wins_over_declaration() -> None:
    raw = b"\xef\xbb\xbf" + '<html><meta charset="cp1252"><p>é</p>'.encode()
    text, encoding = decode_html(raw)
    assert encoding == "utf-8"
    assert "<p>é</p>" in text


def test_unknown_charset_label_is_ignored() -> None:
    raw = b'<html><meta charset="no-such-thing"><p>caf\xc3\xa9</p>'
    assert decode_html(raw) == ('<html><meta charset="no-such-thing"><p>café</p>', "utf-8")


# -- blocks and their contract ----------------------------------------------------------------


def _page(text: str) -> Page:
    return Page(text=text, kind="html")


def test_blocks_keep_source_offsets_and_visible_text() -> None:
    source = '<div class="a"><p class="x">One &amp; <em>two</em></p>\n<p>Three<br>four</p></div>'
    doc = tokenize(source)
    texts = [b.text for b in doc.blocks]
    assert texts == ["One & two", "Three", "four"]
    first = doc.blocks[0]
    assert source[first.start : first.end] == '<p class="x">One &amp; <em>two</em></p>'
    assert first.structure is not None
    assert first.structure.tag == "p"
    assert first.structure.path == "div.a>p.x"
    check_html_blocks(source, doc.blocks)


def test_sole_block_widens_to_its_outermost_element() -> None:
    source = '<body><div class="caption"><p>Only this</p></div><p>next one</p></body>'
    block = tokenize(source).blocks[0]
    assert source[block.start : block.end] == '<div class="caption"><p>Only this</p></div>'


def test_link_characters_are_counted() -> None:
    block = tokenize('<p>Read <a href="/x">the full story</a> now</p>').blocks[0]
    assert block.structure is not None
    assert block.structure.links == len("the full story")


def test_hidden_elements_are_set_aside_whole_and_recorded() -> None:
    source = (
        "<p>kept</p><div hidden><p>one</p><div><p>two &amp; three</p></div></div><p>shown</p>"
        '<ul style="display:none"><li>menu</li></ul>'
    )
    doc = tokenize(source)
    assert [b.text for b in doc.blocks] == ["kept", "shown"]
    first, second = doc.hidden
    assert (
        source[first[0] : first[1]]
        == "<div hidden><p>one</p><div><p>two &amp; three</p></div></div>"
    )
    assert first[2] == "one\ntwo & three"
    assert source[second[0] : second[1]] == '<ul style="display:none"><li>menu</li></ul>'
    assert second[2] == "menu"


def test_a_page_lists_what_it_hides_as_removed_hidden_items() -> None:
    article = " ".join(["The council met again on Tuesday to weigh the harbour plan."] * 3)
    hidden = '<div class="paywall-modal" style="display: none"><p>Subscribe to read on.</p></div>'
    page = f"<html><body><article><p>{article}</p>{hidden}<p>{article}</p></article></body></html>"
    doc = corpuskit.parse(page)
    assert doc.paragraphs == (article, article)
    (item,) = [i for i in doc.removed if i.kind == "hidden"]
    assert (item.text, page[item.start : item.end], item.plugin) == (
        "Subscribe to read on.",
        hidden,
        None,
    )


BEHIND_A_MODAL = (
    '<html><body><div id="app" aria-hidden="true"><nav><a href="/">Home</a></nav><article>'
    "<h1>Harbour plan approved</h1>{paragraphs}</article>"
    '<div class="carousel" aria-hidden="true"><p>Slide one</p></div></div>'
    '<div role="dialog"><p>Get the morning briefing.</p><button>Sign up</button></div>'
    "</body></html>"
)
HARBOUR_PLAN = [
    "The council approved the harbour plan on Tuesday after a debate that ran past midnight.",
    "Work on the new breakwater should begin in the spring and take about two years to finish.",
    "Fishermen, who opposed the first design, said the changes had met most of their concerns.",
]


def test_aria_hidden_around_the_whole_page_behind_a_modal_keeps_it() -> None:
    """aria-hidden hides from screen readers, not from the screen: a dialog library puts it on
    the whole page behind an open modal, and the page is still the article."""
    page = BEHIND_A_MODAL.format(paragraphs="".join(f"<p>{p}</p>" for p in HARBOUR_PLAN))
    doc = tokenize(page)
    texts = [b.text for b in doc.blocks]
    for paragraph in HARBOUR_PLAN:
        assert paragraph in texts
    # The carousel inside it is a decorative copy (its own aria-hidden, no prose): set aside.
    assert [span[2] for span in doc.hidden] == ["Slide one"]
    assert corpuskit.parse(page).paragraphs == tuple(HARBOUR_PLAN)


def test_aria_hidden_without_most_of_the_pages_prose_is_set_aside_whole() -> None:
    # One paragraph is not the page's prose; and two of them are not when as much lies outside.
    one = BEHIND_A_MODAL.format(paragraphs=f"<p>{HARBOUR_PLAN[0]}</p>")
    assert [b.text for b in tokenize(one).blocks] == ["Get the morning briefing.", "Sign up"]
    (span,) = tokenize(one).hidden  # the carousel inside it is part of its one span
    assert one[span[0] : span[1]].startswith('<div id="app" aria-hidden="true">')
    assert span[2].splitlines()[-1] == "Slide one"
    two = BEHIND_A_MODAL.format(paragraphs="".join(f"<p>{p}</p>" for p in HARBOUR_PLAN[:2]))
    outside = two.replace("</body>", f"<aside><p>{HARBOUR_PLAN[2]}</p></aside></body>")
    assert HARBOUR_PLAN[0] in [b.text for b in tokenize(two).blocks]
    assert HARBOUR_PLAN[0] not in [b.text for b in tokenize(outside).blocks]
    # A dialog's own prose is not the page's: a cookie wall of three paragraphs over it.
    wall = "".join(f"<p>{p}</p>" for p in HARBOUR_PLAN)
    walled = two.replace("<p>Get the morning briefing.</p>", wall)
    assert HARBOUR_PLAN[0] in [b.text for b in tokenize(walled).blocks]


def test_a_closed_dialog_marked_aria_hidden_is_never_the_page() -> None:
    """Bootstrap and its kind write a closed modal as ``aria-hidden="true"``; on a page whose
    own prose is thin (a contest, a video), the modal's terms held most of the prose."""
    terms = "".join(f"<p>{p}</p>" for p in HARBOUR_PLAN)
    page = (
        "<html><body><article><h1>Win tickets</h1><p>Ten pairs to give away.</p></article>"
        f'<div class="modal fade" aria-hidden="true"><div class="modal-body">{terms}</div></div>'
        "</body></html>"
    )
    assert [b.text for b in tokenize(page).blocks] == ["Win tickets", "Ten pairs to give away."]
    # Nor an element that holds no headline, article or main: a carousel of long slides.
    slides = page.replace('class="modal fade"', 'class="slides"')
    assert [b.text for b in tokenize(slides).blocks] == ["Win tickets", "Ten pairs to give away."]


_NOTES = [
    *HARBOUR_PLAN,
    "The port authority will publish the contractor's schedule once the tender closes in May.",
]


def test_a_code_viewer_s_text_drawn_aria_hidden_is_the_page_s_text() -> None:
    """A code viewer (GitHub's file view) draws a text file's lines ``aria-hidden`` over a
    copy for the screen reader kept elsewhere or nowhere: where those lines are all the
    page's prose, they are the page. A copy of the page with its menus and headings, or a
    carousel of slides with headings, is no run of drawn text and stays set aside."""
    lines = "".join(f'<div class="line">{p}</div>' for p in _NOTES)
    paragraphs = "".join(f"<p>{p}</p>" for p in _NOTES)
    page = (
        "<html><head><title>notes.txt at main · harbour/notes</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/explore">Explore</a></nav></header>'
        '<main><h1>notes.txt</h1><div class="file-contents" aria-hidden="true">'
        f'<div class="gutter">{"".join(f"<div>{n}</div>" for n in range(1, 5))}</div>'
        f'<div class="lines">{lines}</div></div></main>'
        "<footer><p>© 2025 Harbour</p></footer></body></html>"
    )
    texts = [b.text for b in tokenize(page).blocks]
    for line in _NOTES:
        assert line in texts
    assert set(_NOTES) <= set(corpuskit.parse(page).paragraphs)
    slides = "".join(f"<div class='slide'><h3>Slide</h3><p>{p}</p></div>" for p in _NOTES)
    carousel = page.replace(f'<div class="lines">{lines}</div>', slides)
    assert not set(_NOTES) & {b.text for b in tokenize(carousel).blocks}
    # A read-aloud copy in paragraphs, a panel with a role, or prose anywhere else on the
    # page: no code viewer's (session 25's review: a drawer, a cookie panel and a copy of an
    # article written in short paragraphs became the body).
    read_aloud = page.replace(f'<div class="lines">{lines}</div>', f"<div>{paragraphs}</div>")
    panel = page.replace('class="file-contents"', 'class="file-contents" role="tabpanel"')
    elsewhere = page.replace("<footer>", f"<aside><p>{HARBOUR_PLAN[0]} Again.</p></aside><footer>")
    for other in (read_aloud, panel, elsewhere):
        assert not set(_NOTES) & {b.text for b in tokenize(other).blocks}


FOLDED = (
    '<html><body><article><h1>Harbour plan approved</h1><div class="story"><p>{first}</p>'
    '<div class="more" {mark}>{rest}</div><button>Continue reading</button></div></article>'
    "{after}</body></html>"
)


@pytest.mark.parametrize("mark", ["hidden", 'style="display: none"'])
def test_a_tail_folded_behind_read_more_is_the_articles(mark: str) -> None:
    """The rest of the article in a hidden element right after its first paragraph, which a
    button unfolds: every reader who presses it reads it."""
    rest = "".join(f"<p>{p}</p>" for p in HARBOUR_PLAN[1:])
    page = FOLDED.format(first=HARBOUR_PLAN[0], mark=mark, rest=rest, after="")
    doc = tokenize(page)
    assert [b.text for b in doc.blocks][1:4] == HARBOUR_PLAN
    assert doc.hidden == []
    assert corpuskit.parse(page).paragraphs == tuple(HARBOUR_PLAN)


def test_a_fold_is_the_tail_and_no_copy() -> None:
    """A hidden element between the article's paragraphs (a paywall's prompt, a translation)
    is no folded tail, nor is a hidden copy of paragraphs shown (a reading-aloud source)."""
    rest = "".join(f"<p>{p}</p>" for p in HARBOUR_PLAN[1:])
    first = HARBOUR_PLAN[0]
    between = FOLDED.format(first=first, mark="hidden", rest=rest, after="").replace(
        "<button>", f"<p>{first} Again, the council said so.</p><button>"
    )
    assert HARBOUR_PLAN[1] not in [b.text for b in tokenize(between).blocks]
    shown = "".join(f"<p>{p}</p>" for p in HARBOUR_PLAN)
    copy = FOLDED.format(first=first, mark="hidden", rest=shown, after="")
    assert [b.text for b in tokenize(copy).blocks].count(first) == 1


def test_what_else_a_page_hides_stays_set_aside_though_it_is_prose() -> None:
    rest = "".join(f"<p>{p}</p>" for p in HARBOUR_PLAN[1:])
    # One paragraph folded is an offer or a note, not the article's tail.
    one = FOLDED.format(
        first=HARBOUR_PLAN[0], mark="hidden", rest=f"<p>{HARBOUR_PLAN[1]}</p>", after=""
    )
    assert HARBOUR_PLAN[1] not in [b.text for b in tokenize(one).blocks]
    # A hidden copy after the article's element (a modal, a schema.org copy), not after its
    # paragraphs, is set aside whole.
    copy = f'<div style="display:none">{rest}</div>'
    after = FOLDED.format(first=HARBOUR_PLAN[0], mark="", rest="", after=copy)
    doc = tokenize(after)
    assert [span[2] for span in doc.hidden] == ["\n".join(HARBOUR_PLAN[1:])]
    # A heading before it is no paragraph of prose: nothing to continue.
    headed = FOLDED.format(first="Background", mark="hidden", rest=rest, after="")
    assert HARBOUR_PLAN[1] not in [b.text for b in tokenize(headed).blocks]


def test_a_block_is_not_widened_over_hidden_text() -> None:
    source = '<div class="item"><h3>Question</h3><div hidden><p>Answer</p></div></div>'
    doc = tokenize(source)
    (block,) = doc.blocks
    ((start, end, _),) = doc.hidden
    assert source[block.start : block.end] == "<h3>Question</h3>"
    assert source[start:end] == "<div hidden><p>Answer</p></div>"


def test_scripts_styles_comments_and_hidden_elements_make_no_blocks() -> None:
    source = (
        "<p>kept</p><script>var s = '<p>no</p>';</script><style>p{}</style><!-- <p>no</p> -->"
        '<div hidden><p>no</p></div><div style="display: none">no</div><template><p>no</p>'
        "</template><p aria-hidden=true>no</p><noscript><p>no</p></noscript><p>also kept</p>"
    )
    assert [b.text for b in tokenize(source).blocks] == ["kept", "also kept"]


def test_implied_end_tags_close_like_a_browser() -> None:
    source = "<ul><li>one<li>two</ul><p>three<p>four<div>five</div></b></p></span>six"
    assert [b.text for b in tokenize(source).blocks] == [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
    ]


def test_figcaption_credit_is_its_own_block() -> None:
    source = '<figure><figcaption>A pier. <span class="credit">Photo: A. Ruiz</span></figcaption>'
    assert [b.text for b in tokenize(source).blocks] == ["A pier.", "Photo: A. Ruiz"]


def test_head_metadata_is_collected() -> None:
    doc = tokenize(
        '<html lang="fr"><head><title> A  title </title><meta property="og:title" content="OG">'
        '<link rel="canonical" href="https://x.example/a"><script type="application/ld+json">'
        '{"@type": "NewsArticle"}</script></head><body><time datetime="2024-01-02">2 Jan</time>'
    )
    assert doc.title == "A title"
    assert doc.meta["og:title"] == "OG"
    assert doc.links["canonical"] == "https://x.example/a"
    assert doc.jsonld == ['{"@type": "NewsArticle"}']
    assert doc.times[0][0] == "2024-01-02"
    assert doc.lang == "fr"


# -- the fixture page ------------------------------------------------------------------------


def test_fixture_article(parser: Parser) -> None:
    raw = HARBOUR.read_bytes()
    doc = parser.parse_file(HARBOUR)
    source = raw.decode("utf-8")
    assert doc.meta["input"] == "html"
    assert doc.id == "harbour_article"
    assert doc.title == "Harbour council approves new ferry timetable"
    assert doc.subtitle == "Night crossings return after three years, the council said on Tuesday."
    assert doc.authors == ("Mira Dalton", "Tomas Ek")
    assert doc.published == dt.datetime(
        2024, 3, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert doc.url == "https://courier.example/news/harbour-ferry-timetable"
    assert doc.meta["site_name"] == "The Valmora Courier"
    assert len(doc.paragraphs) == 4
    assert doc.paragraphs[0].startswith("The harbour council voted on Tuesday")
    assert doc.paragraphs[2].startswith("\u201cPeople have waited")
    assert "crew members & refit" in doc.paragraphs[3]
    kinds = {item.kind: item for item in doc.removed}
    assert {
        "navigation",
        "share",
        "caption",
        "credit",
        "related",
        "promo",
        "tags",
        "footer",
    } <= set(kinds)
    assert kinds["caption"].text == "The morning ferry leaves the east pier."
    assert kinds["credit"].text == "Photo: Ana Ruiz / Courier"
    assert source[kinds["credit"].start : kinds["credit"].end].startswith('<span class="credit">')
    assert source[kinds["related"].start : kinds["related"].end].startswith("<aside")
    assert source[kinds["related"].start : kinds["related"].end].endswith("</aside>")
    assert source[kinds["footer"].start : kinds["footer"].end].startswith("<footer")
    for item in doc.removed:
        span = source[item.start : item.end]
        assert span.lstrip().startswith("<") or item.kind == "caption"
        first_word = item.text.split()[0]
        assert html.unescape(span).find(first_word) >= 0
    assert not any("not text" in p for p in doc.paragraphs)


def test_fixture_round_trips_through_json(parser: Parser) -> None:
    doc = parser.parse_file(HARBOUR)
    assert corpuskit.Document.from_json(doc.to_json()) == doc


def test_extractor_ignores_text_pages(parser: Parser) -> None:
    trace = parser.trace("Headline here\n\nBody paragraph one.\nBody paragraph two.\n")
    assert not [label for label in trace.proposals if label.plugin == "extract"]


# -- generated pages: body paragraphs survive any chrome ---------------------------------------

WORDS = [
    "council",
    "harbour",
    "ferry",
    "island",
    "night",
    "vessel",
    "crew",
    "timetable",
    "vote",
    "season",
    "pier",
    "morning",
    "operator",
    "islanders",
    "gallery",
    "debate",
    "summer",
    "winter",
    "budget",
    "repair",
    "engine",
    "passengers",
]

sentences = st.lists(st.sampled_from(WORDS), min_size=6, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)
paragraph_texts = st.lists(sentences, min_size=2, max_size=4).map(" ".join)


def _para_html(text: str, style: int) -> str:
    escaped = html.escape(text, quote=False)
    if style == 1:
        first, _, rest = escaped.partition(" ")
        return f"<p><em>{first}</em> {rest}</p>"
    if style == 2:
        return f'<p class="para">{escaped.replace(" ", "&nbsp;", 1)}</p>'
    return f"<p>{escaped}</p>"


@st.composite
def chrome_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    paragraphs = draw(st.lists(paragraph_texts, min_size=3, max_size=8))
    styles = draw(st.lists(st.integers(0, 2), min_size=len(paragraphs), max_size=len(paragraphs)))
    menu = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=8))
    related = draw(st.lists(sentences, min_size=1, max_size=5))
    nav = "".join(f'<li><a href="/{w}">{w.title()}</a></li>' for w in menu)
    aside = "".join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(related))
    body = [_para_html(p, s) for p, s in zip(paragraphs, styles, strict=True)]
    if draw(st.booleans()):
        body.insert(1, f'<aside class="related"><ul>{aside}</ul></aside>')
    if draw(st.booleans()):
        body.insert(
            len(body) // 2,
            '<figure><img src="a.jpg"><figcaption>The pier at dawn.'
            '<span class="credit">Photo: Staff</span></figcaption></figure>',
        )
    if draw(st.booleans()):
        body.append('<div class="newsletter"><p>Sign up for our newsletter.</p></div>')
    if draw(st.booleans()):  # a modal the page hides, anywhere in the article
        body.insert(draw(st.integers(0, len(body))), HIDDEN_OFFER)
    if draw(st.booleans()):  # a closed sub-menu
        nav += HIDDEN_MENU
    if draw(st.booleans()):  # a carousel drawn for the eye alone, a closed slide in it
        body.insert(draw(st.integers(0, len(body))), UNANNOUNCED_SLIDES)
    page = (
        "<!DOCTYPE html><html><head><title>Generated | Site</title></head><body>"
        f'<header><nav class="menu"><ul>{nav}</ul></nav></header>'
        '<div class="share"><a href="#">Share</a><a href="#">Tweet</a></div>'
        f'<main><article><h1>Generated headline</h1><div class="story-body">{"".join(body)}</div>'
        f'</article></main><aside class="sidebar"><ul>{aside}</ul></aside>'
        "<footer><p>&copy; Site. All rights reserved.</p></footer></body></html>"
    )
    return page, paragraphs


HIDDEN_OFFER = '<div class="modal" hidden><p>Members save on every visit.</p><p>Join now</p></div>'
HIDDEN_MENU = (
    '<li style="display: none"><ul><li><a href="/x">Archive of the winter</a></li></ul></li>'
)
UNANNOUNCED_SLIDES = (
    '<div class="slides" aria-hidden="true"><p>Slide one of three</p>'
    '<div style="display:none"><p>Slide two of three</p></div></div>'
)


@given(chrome_pages())
def test_generated_paragraphs_are_recovered_from_chrome(case: tuple[str, list[str]]) -> None:
    page, paragraphs = case
    doc = corpuskit.parse(page)
    assert list(doc.paragraphs) == paragraphs
    assert doc.title == "Generated headline"
    end = 0
    for item in doc.removed:
        assert end <= item.start < item.end <= len(page)  # in order, never overlapping
        end = item.end
    # What the page hides is no paragraph, and not lost: an item of its own, even inside a
    # menu that is removed around it.
    hidden = {(i.start, i.end, i.text) for i in doc.removed if i.kind == "hidden"}
    for markup, text in (
        (HIDDEN_OFFER, "Members save on every visit.\nJoin now"),
        (HIDDEN_MENU, "Archive of the winter"),
        (UNANNOUNCED_SLIDES, "Slide one of three\nSlide two of three"),
    ):
        at = page.find(markup)
        assert (at < 0) == ((at, at + len(markup), text) not in hidden)


# -- hostile pages ---------------------------------------------------------------------------

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<html><body><p>Before the bomb, a paragraph long enough to count as article text.</p>
<p>&lol3;</p></body></html>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html><body><p>Secret: &xxe; and a sentence long enough to look like real article prose.</p>
</body></html>"""


def test_entity_bomb_is_inert(parser: Parser) -> None:
    doc = parser.parse(BOMB)
    assert all(len(p) < 200 for p in doc.paragraphs)
    assert "lollol" not in doc.body
    root = parse_tree(BOMB)
    assert "lollol" not in root.text_content()


def test_xxe_reads_no_file(parser: Parser) -> None:
    doc = parser.parse(XXE)
    assert "root:" not in doc.body
    assert "root:" not in parse_tree(XXE).text_content()


def _deep(divs: int) -> str:
    return "<html><body>" + "<div>" * divs + "<p>Deep text at the bottom of it all.</p>"


def test_deep_nesting_gives_a_document_in_linear_work(parser: Parser) -> None:
    assert parser.parse(_deep(100_000)).paragraphs == ("Deep text at the bottom of it all.",)
    # Four times as deep, about four times the work (tests/counting.py): never a time limit.
    small, large = _deep(25_000), _deep(100_000)
    assert call_growth(parser.parse, small, large) < LINEAR_LIMIT
    assert cpu(parser.parse, small, large) < CPU_LIMIT


def test_deep_nesting_is_a_clear_error_for_the_tree() -> None:
    with pytest.raises(InputError, match="too deeply"):
        parse_tree("<div>" * 5000 + "x")


@pytest.mark.parametrize(
    ("page", "size"),
    [
        pytest.param(lambda n: "<a" * n, 50_000, id="unclosed-tags"),
        pytest.param(lambda n: "<!" * n, 50_000, id="unclosed-declarations"),
        pytest.param(lambda n: "<!--" + "x" * n, 25_000, id="unclosed-comment"),
        pytest.param(lambda n: '<div class="' + "<p>x</p>" * n, 12_500, id="unclosed-quote"),
        pytest.param(lambda n: "<p>" + "<b>" * n + "text", 12_500, id="unclosed-inline"),
        pytest.param(lambda n: "<a b=" * n, 50_000, id="unquoted-equals"),
        pytest.param(lambda n: '<a x="" "' * n, 25_000, id="stray-quotes"),
        pytest.param(lambda n: '<a x= "y" = \'' * n, 25_000, id="equals-and-quotes"),
        pytest.param(
            lambda n: "<html><body><p>unterminated <script>var x = 1;" + " " * n,
            25_000,
            id="unclosed-script",
        ),
    ],
)
def test_pathological_markup_stays_linear(page: Callable[[int], str], size: int) -> None:
    # Each repetition in the tokenizer's regex stops at "<" (parse.py): were one to scan on to
    # the end of the page instead, every "<" would cost a scan, and 4 times the page 16 times
    # the work. Counted, not timed (tests/counting.py); the regex's own steps are seen only as
    # the CPU time they take.
    small, large = page(size // 4), page(size)
    assert call_growth(tokenize, small, large) < LINEAR_LIMIT
    assert cpu(tokenize, small, large) < CPU_LIMIT


_STRAY = '<div class=\'story\' style="--bg:#000;""\n>'
"""A start tag with a stray quote after a value (a Brightspot template's slip)."""


@given(
    st.lists(
        st.text(
            alphabet=st.characters(
                blacklist_characters="<>&\"'", blacklist_categories=("Cs", "Cc")
            ),
            min_size=1,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_stray_quote_in_a_start_tag_hides_no_text(paragraphs: list[str]) -> None:
    """A quote opens a value only after "=", as browsers read a tag: a stray one after a value
    (``style="…;""``) is one more character of the tag, and the page's blocks are those of
    the same page without it. Taken for an opening quote, it ran the tag on to the next quote
    in the page and the article's text vanished with it."""
    body = "".join(f'<p class="x">{text}</p>' for text in paragraphs)
    clean = parse_page(Page(text=f"<html><body><div>{body}</div></body></html>", kind="html"))
    stray = parse_page(Page(text=f"<html><body>{_STRAY}{body}</div></body></html>", kind="html"))
    assert [b.text for b in stray.blocks] == [b.text for b in clean.blocks]


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Unclosed <b>bold <i>italic <p>Next paragraph</body>",
        "</div></p></span><p>Stray end tags before a paragraph of prose.</p>",
        '<p class="x>Broken quote</p><p>After it, a paragraph of text.</p>',
        "<p>Entities &amp; &#x27;numbers&#39; &notanentity; &#99999999; ok</p>",
        "<html><body>Text straight in the body, no paragraphs at all.</body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
    ],
)
def test_broken_markup_gives_a_document_or_a_clear_error(parser: Parser, page: str) -> None:
    try:
        doc = parser.parse(page, kind="html")
    except InputError as exc:
        message = str(exc)
        assert message, "an InputError must say why"
        return
    assert doc.meta["input"] == "html"


def test_binary_posing_as_html_is_refused(parser: Parser) -> None:
    with pytest.raises(InputError):
        parser.parse(b"<html>" + bytes(range(32)) * 200, kind="html")


def test_oversized_page_is_refused() -> None:
    with pytest.raises(InputError, match="too large"):
        read_html("<html>" + " " * MAX_CHARS, Hint())


def test_parse_page_is_cached_per_page() -> None:
    page = _page("<p>Cached paragraph.</p>")
    assert parse_page(page) is parse_page(page)


# -- the optional trafilatura extractor --------------------------------------------------------


def test_trafilatura_plugin_is_off_unless_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpuskit_plugins import trafilatura_extract

    monkeypatch.delenv(trafilatura_extract.ENV, raising=False)
    assert not trafilatura_extract.wanted("courier.example")
    assert trafilatura_extract.wanted("courier.example", {"CORPUSKIT_TRAFILATURA": "*"})
    assert trafilatura_extract.wanted("a", {"CORPUSKIT_TRAFILATURA": "b, a"})
    trace = Parser().trace(HARBOUR.read_bytes())
    assert not [label for label in trace.proposals if label.plugin == "trafilatura"]


def test_trafilatura_plugin_when_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura")
    monkeypatch.setenv("CORPUSKIT_TRAFILATURA", "*")
    doc = Parser().parse(HARBOUR.read_bytes())
    assert any(p.startswith("The harbour council voted") for p in doc.paragraphs)
    assert not any("Skip to content" in p for p in doc.paragraphs)


def test_source_layouts_take_no_first_line_title_on_html_pages() -> None:
    """A layout's title="first" is a text notion: on HTML the first block is a menu item."""
    import corpuskit

    page = (
        b"<!doctype html><html><head><title>Harbour reopens | The Times of Israel</title></head>"
        b"<body><nav><a href='/'>Home</a></nav><article><h1>Harbour reopens after storm</h1>"
        b"<p>The harbour reopened on Tuesday after three months of repairs, officials said.</p>"
        b"<p>Fishermen said the new breakwater changes everything for winter work.</p>"
        b"</article></body></html>"
    )
    doc = corpuskit.parse(page, url="https://www.timesofisrael.com/harbour-reopens/")
    assert doc.source == "timesofisrael.com"
    assert doc.title == "Harbour reopens after storm"
    assert "Home" not in doc.paragraphs
    assert len(doc.paragraphs) == 2


# -- links and leads (found on held-out pages) ------------------------------------------------


def test_xhtml_self_closed_and_nested_links_do_not_swallow_the_page() -> None:
    page = (
        '<body><a name="top"/><div><p>Plain paragraph text that is not a link at all.</p></div>'
        '<p><a href="/a">one <a href="/b">two</a></a> and prose after the links</p></body>'
    )
    blocks = tokenize(page).blocks
    first, second = (block.structure for block in blocks[:2])
    assert first is not None
    assert first.links == 0
    assert second is not None
    assert second.links == len("onetwo")
    entities = tokenize('<p><a href="/x">Fish &amp; chips &amp; peas</a></p>').blocks[0]
    assert entities.structure is not None
    assert entities.structure.links <= len(entities.text)


def test_in_page_anchors_are_not_link_text() -> None:
    """A self-link on a heading or a named anchor keeps the reader on the page."""

    def linked(anchor: str) -> int:
        structure = tokenize(f"<h2>{anchor}Ferry fares</a></h2>").blocks[0].structure
        assert structure is not None
        return structure.links

    assert linked('<a href="#fares">') == 0
    assert linked("<a href='  #fares'>") == 0
    assert linked('<a name="fares">') == 0
    assert linked('<a id="fares">') == 0
    assert linked('<a href="/fares">') == len("Ferry fares")
    assert linked('<a data-x="1" HREF=https://x.example/#fares>') == len("Ferry fares")
    assert linked('<a href="#">') == len("Ferry fares")  # a script's button
    assert linked('<a href="#!/fares">') == len("Ferry fares")  # another view of an app
    assert linked('<a data-href="#x" href="/fares">') == len("Ferry fares")


def test_elements_know_whether_they_hold_a_picture() -> None:
    """A figure that shows something captions it; one around a quotation does not."""
    doc = tokenize(
        "<article><figure><div><img src=x></div><figcaption>Quay</figcaption></figure>"
        "<figure><blockquote><p>Words</p></blockquote></figure>"
        "<figure><noscript><img src=y></noscript><p>Lazy</p></figure>"
        "<figure><iframe src=z></iframe></figure></article>"
    )
    shown = [e.media for e in doc.elements if e.tag == "figure"]
    assert shown == [True, False, True, True]
    assert next(e for e in doc.elements if e.tag == "article").media
    assert not any(e.media for e in doc.elements if e.tag in ("blockquote", "figcaption"))


_FERRY = (
    "<p>The ferry will leave the north pier earlier from next month, so that commuters "
    "can reach the mainland before eight, the operator said on Monday.</p>"
)
_QUARRY = (
    "<p>The quarry above the village will not grow after planners refused the owners' "
    "request on Tuesday, ending a two-year campaign by residents.</p>"
)


@pytest.mark.parametrize(
    ("prose", "box", "phrase", "kind"),
    [
        # A heading over pictures and nothing else is the gallery's, not the article's.
        (
            _FERRY,
            "<div class='pictures'><h3>Pictures of the week</h3><figure><img src=x>"
            "<figcaption>The north pier at dawn.</figcaption></figure></div>",
            "Pictures of the week",
            "caption",
        ),
        # Only a paywall wrapper holding a run of prose is the article's hidden half.
        (
            _QUARRY,
            "<div class='paywall'><p>This story is for subscribers. Join today from one pound "
            "a week and read every story from the valley, with no adverts and no limits.</p></div>",
            "subscribers",
            "promo",
        ),
    ],
    ids=["heading_above_captions_alone", "paywall_box_of_one_paragraph"],
)
def test_a_box_closing_the_article_body_goes_as_its_kind(
    prose: str, box: str, phrase: str, kind: str
) -> None:
    page = f"<html><body><article><h1>News</h1><div class='post-body'>{prose * 3}{box}"
    doc = corpuskit.parse(page + "</div></article></body></html>", kind="html")
    assert not any(phrase in p for p in doc.paragraphs)
    assert any(r.kind == kind and phrase in r.text for r in doc.removed)


_SUBSCRIPTION_BOXES = {
    "newsletter": (
        "<div class='newsletter-subscriber-box'><p>Our morning newsletter brings the day's top "
        "stories, the weather and the tide times from the valley to your inbox every weekday."
        "</p><p>We will never share your address with anyone else, and you can unsubscribe "
        "from every one of our emails with a single click.</p></div>"
    ),
    "cta": (
        "<div class='subscriber-cta'><p>Get unlimited access to every story from the valley "
        "for just one pound a week, with no adverts and no limits on what you can read.</p>"
        "<p>Cancel at any time and keep every story you saved. Already have an account? Log "
        "in to keep reading the rest of this article.</p><a href='/subscribe'>Subscribe</a>"
        "</div>"
    ),
    "prompt": (
        "<div class='paywall'><p>Subscribe today to keep reading every story from the valley, "
        "with no adverts and no limits, from one pound a week.</p><p>Already a subscriber? "
        "Log in to read the rest of this story and every other story on the site, on any of "
        "your devices.</p></div>"
    ),
}


@pytest.mark.parametrize("name", sorted(_SUBSCRIPTION_BOXES))
def test_a_subscription_box_of_prose_stays_promo(name: str) -> None:
    """A paywall-named box is the article's hidden half only when nothing says it is a box:
    not a box or call-to-action word beside the name, not a line that reads as a prompt."""
    prose = (
        "<p>The quarry above the village will not grow after planners refused the owners' "
        "request on Tuesday, ending a two-year campaign by residents.</p>"
    )
    box = _SUBSCRIPTION_BOXES[name]
    page = f"<html><body><article><h1>Quarry</h1><div class='post-body'>{prose * 2}{box}"
    doc = corpuskit.parse(page + f"{prose}</div></article></body></html>", kind="html")
    assert len(doc.paragraphs) == 3
    assert any(r.kind == "promo" for r in doc.removed)


@pytest.mark.parametrize(
    "page",
    [
        "<body>x</body>",
        "<html><head><title>Harbour</title></head><body>Loading, please wait…</body></html>",
        "<html><body>Home | News | Sport and weather for the whole of the valley<br><br>"
        "Copyright 2004 Valmora Herald</body></html>",
    ],
)
def test_a_body_without_prose_is_no_container(page: str) -> None:
    """``<body>`` is the last-resort container for prose written straight in it, not for a
    one-line note or a loading message."""
    doc = corpuskit.parse(page, kind="html")
    assert not doc.paragraphs
    assert doc.removed


_QUAY = (
    "<p>The harbour board agreed on Tuesday to spend forty thousand pounds on new lighting "
    "for the quay after a string of complaints from fishermen.</p>"
)


@pytest.mark.parametrize(
    ("heading", "where", "day"),
    [
        ("<h3>June 4, 2024</h3>", 2, "2024-06-04"),
        ("<h5>Updated June 5, 2024</h5>", 3, "2024-06-05"),
        ("<h4>Posted 6 June 2024</h4><p>x</p><h4>7 June 2024</h4>", 2, "2024-06-06"),
    ],
)
def test_a_lone_date_heading_below_the_lead_is_a_dateline(
    heading: str, where: int, day: str
) -> None:
    """A timeline's sections are two or more headings that are only a date; one date
    heading, or one saying "Updated" or "Posted", is the page's dateline."""
    parts = [_QUAY] * 3
    parts.insert(where, heading)
    page = "<html><body><article><h1>Quay lights</h1><div class='post-body'>"
    doc = corpuskit.parse(page + "".join(parts) + "</div></article></body></html>", kind="html")
    assert not any("2024" in p for p in doc.paragraphs)
    assert any(r.kind == "dateline" for r in doc.removed)
    assert str(doc.published)[:10] == day


_LEAD_PAGE = (
    "<html><head><title>Ferry strike ends</title>{meta}</head><body>"
    "<nav><a href=/>Home</a> <a href=/news>News</a></nav><div class=story>"
    '<div class="story-lead"><p>{lead}</p></div><div class="story-body">'
    + "".join(
        f"<p>Paragraph {n} of the story, long enough to read as prose, with a comma, and a full"
        " stop at the end of it.</p>"
        for n in range(6)
    )
    + '<p class="paywall">A paragraph past the paywall fold is still article text, written in'
    " sentences like the rest of the story.</p></div></div></body></html>"
)
_LEAD = (
    "The crews went back to work on Monday after a week of talks, the union said in a statement"
    " sent to members late on Sunday."
)


def test_lead_beside_the_article_body_is_body(parser: Parser) -> None:
    doc = parser.parse(_LEAD_PAGE.format(meta="", lead=_LEAD).encode())
    assert doc.paragraphs[0] == _LEAD
    assert doc.paragraphs[-1].startswith("A paragraph past the paywall fold")


def test_lead_repeating_the_description_is_the_subtitle(parser: Parser) -> None:
    meta = f'<meta name="description" content="{_LEAD[:70]}">'
    doc = parser.parse(_LEAD_PAGE.format(meta=meta, lead=_LEAD).encode())
    assert doc.subtitle is not None
    assert _LEAD not in doc.paragraphs
    assert doc.paragraphs[0].startswith("Paragraph 0 of the story")


def test_declared_charset_that_cannot_decode_still_gives_a_document(parser: Parser) -> None:
    raw = (
        b'<html><head><meta charset="utf-16"></head><body><p>Caf\xe9 owners in the old town'
        b" said the square had never been busier, and the council agreed.</p></body></html>"
    )
    doc = parser.parse(raw)
    assert doc.paragraphs == (
        "Caf\u00e9 owners in the old town said the square had never been"
        " busier, and the council agreed.",
    )
    assert "declared" in doc.meta["encoding"]


def test_decomposed_letters_are_composed_and_offsets_index_the_composed_page() -> None:
    """A page spelling "ü" as "u" plus U+0308 gives the composed word, and the removed
    items' offsets still point at their markup in the page the parse read."""
    decomposed = "Gepru\u0308fte Sitze"
    paragraphs = "".join(
        f"<p>{decomposed} sind in diesem Test zum {n}. Mal sicher, sagt der Bericht.</p>"
        for n in range(6)
    )
    html = (
        "<html><body><nav><a href='/'>Startseite</a> <a href='/x'>U\u0308bersicht</a></nav>"
        f"<article><h1>{decomposed}</h1>{paragraphs}</article></body></html>"
    )
    doc = corpuskit.parse(html.encode("utf-8"))
    assert "Geprüfte Sitze sind in diesem Test zum 0. Mal sicher" in doc.body
    assert "\u0308" not in doc.body
    composed = unicodedata.normalize("NFC", html)
    menu = [item for item in doc.removed if "Übersicht" in item.text]
    assert len(menu) == 1
    assert "Übersicht" in composed[menu[0].start : menu[0].end]
