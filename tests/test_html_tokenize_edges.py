"""The HTML tokenizer on sloppy markup: stray closing tags, form controls, unclosed cells and
items, hidden elements, empty JSON-LD. Whatever the markup, the blocks keep the HTML contract.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit.html.parse import PERMALINK_MARKS, tokenize
from corpuskit.resolve import check_html_blocks


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        ("<p>Before</p></script><p>After the stray close</p>", ["Before", "After the stray close"]),
        (
            "<p>Pick one<select><option>Red</option><option>Blue</option></select> then go</p>",
            ["Pick one then go"],
        ),
        ("<p>Say<textarea>typed words</textarea>more</p>", ["Say more"]),
        (
            "<table><tr><td>A1<td>B1<p>inner</p></td></tr><tr><th>H<td>C</table>",
            ["A1", "B1", "inner", "H", "C"],
        ),
        ("<table><tr><td><b>bold</td><td>next</td></tr></table>", ["bold", "next"]),
        ("<ul><li>one<li>two</ul><p>after</p>", ["one", "two", "after"]),
        ("<p>x<p>y</p>", ["x", "y"]),
        (
            '<div hidden><p>gone</p></div><p aria-hidden="true">also</p>'
            '<p style="display:none">none</p><p>shown</p>',
            ["shown"],
        ),
    ],
)
def test_sloppy_markup_gives_the_blocks_a_browser_shows(source: str, texts: list[str]) -> None:
    doc = tokenize(source)
    assert [b.text for b in doc.blocks] == texts
    check_html_blocks(source, doc.blocks)


def test_scripts_are_not_text_and_empty_json_ld_is_left_out() -> None:
    source = (
        "<p>no script <script>var a = 1;</script>here</p>"
        '<script type="application/ld+json">  </script>'
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    )
    doc = tokenize(source)
    assert [b.text for b in doc.blocks] == ["no script here"]
    assert doc.jsonld == ['{"@type": "NewsArticle"}']


def test_the_first_title_is_the_page_title() -> None:
    doc = tokenize("<title> Pier  lamps </title><title>Second</title><p>Body</p>")
    assert doc.title == "Pier lamps"
    assert [b.text for b in doc.blocks] == ["Body"]


_TAGS = st.sampled_from(["p", "div", "li", "td", "span", "b", "h2", "script", "select", "table"])
_WORDS = st.text(st.sampled_from("abc XYZ&;<>/"), max_size=12)


@st.composite
def sloppy_html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(_TAGS)
        kind = draw(st.sampled_from(["open", "close", "both", "text"]))
        text = draw(_WORDS)
        if kind == "open":
            parts.append(f"<{tag}>{text}")
        elif kind == "close":
            parts.append(f"{text}</{tag}>")
        elif kind == "both":
            parts.append(f"<{tag}>{text}</{tag}>")
        else:
            parts.append(text)
    return "".join(parts)


@given(sloppy_html())
def test_any_tag_soup_gives_ordered_trimmed_blocks_within_the_page(source: str) -> None:
    doc = tokenize(source)
    check_html_blocks(source, doc.blocks)


_HEADING_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzÄéž漢字", min_size=1, max_size=8),
    min_size=1,
    max_size=5,
).map(" ".join)


@given(
    _HEADING_WORDS,
    st.sampled_from(["#", "¶", "🔗", "§", "*", "†", "Link", "1"]),
    st.sampled_from(["before", "after", "inside"]),
    st.sampled_from(["h2", "h3", "p", "td"]),
)
def test_a_heading_s_permalink_mark_is_a_block_of_its_own_and_nothing_else_is(
    heading: str, mark: str, where: str, tag: str
) -> None:
    """A heading's same-page link whose text is a permalink's mark ("#", "¶") becomes a block
    of its own, tagged ``a``, when it stands first or last in the heading. A footnote's "*",
    a clause's "§", a link's word, a mark amid the heading's words or in a paragraph or a
    cell stays in its line (a review found sentences cut at footnote marks). Either way no
    character is lost and the blocks keep the HTML contract."""
    link = f'<a class="anchor" href="#s1">{mark}</a>'
    inner = {
        "before": f"{link} {heading}",
        "after": f"{heading}{link}",
        "inside": f"{heading}{link} and more",
    }[where]
    source = f"<html><body><{tag} id='s1'>{inner}</{tag}><p>After the heading.</p></body></html>"
    doc = tokenize(source)
    check_html_blocks(source, doc.blocks)
    texts = [(b.text, b.structure.tag if b.structure else "") for b in doc.blocks]
    split = mark in PERMALINK_MARKS and tag in ("h2", "h3") and where != "inside"
    if split:
        pair = [(mark, "a"), (heading, tag)] if where == "before" else [(heading, tag), (mark, "a")]
        assert texts == [*pair, ("After the heading.", "p")]
    else:
        joined = {
            "before": f"{mark} {heading}",
            "after": f"{heading}{mark}",
            "inside": f"{heading}{mark} and more",
        }[where]
        assert texts == [(joined, tag), ("After the heading.", "p")]


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        ("<p>Before</p><p>&#8203;</p><p>\u200b \ufeff</p><p>After</p>", ["Before", "After"]),
        ("<p>zero&#8203;width</p>", ["zero\u200bwidth"]),
        ("<p>&amp; more</p>", ["& more"]),
    ],
)
def test_a_run_of_zero_width_signs_shows_nothing(source: str, texts: list[str]) -> None:
    """A Naver blog's spacer paragraph (``<p>&#8203;</p>``) shows nothing and makes no block;
    the sign inside a word stays, and a reference that shows something is text."""
    assert [block.text for block in tokenize(source).blocks] == texts


@pytest.mark.parametrize(
    "source",
    [
        "<p><b>می</b>&#8204;<b>گویند</b></p>",
        "<p><span>क्</span>&#x200D;<span>ष</span></p>",
        "<p><span>👨</span>&#8205;<span>👩</span></p>",
        "<p><b>หลาย</b>&#8203;<b>คน</b></p>",
    ],
)
def test_a_joiner_between_two_inline_runs_stays_in_its_word(source: str) -> None:
    """Persian's ZWNJ, Devanagari's ZWJ, an emoji sequence's joiner, Thai's word break between
    two inline elements: the sign joins the two sides as written, no space between them
    (session 21's review)."""
    [block] = tokenize(source).blocks
    assert block.text == html.unescape(re.sub(r"<[^>]+>", "", source))
