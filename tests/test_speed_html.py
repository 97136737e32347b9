"""Speed work on the HTML path holds to the plain path it replaced.

Each cheaper form is checked against the plain one it stands in for, on generated inputs and
on the HTML fixtures; nothing here is timed.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpuskit.errors import InputError
from corpuskit.html import Element, parse_page, read_html
from corpuskit.html import parse as html_parse
from corpuskit.model import Block, Hint, Page, Structure
from corpuskit.normalize import compose
from corpuskit_plugins.extract import container, declared, evidence, marked
from corpuskit_plugins.generic import fullpage

FIXTURES = Path(__file__).parent / "fixtures"

_IDENT = st.lists(
    st.text(alphabet="abcdegilmnoprstuvw-_ ", max_size=14)
    | st.sampled_from(["nav", "-nav", "tags", "x_tag", "date", "ads", "card", "respond", "js-"]),
    max_size=6,
).map("".join)


def _fixture_idents() -> list[str]:
    idents: set[str] = set()
    for path in sorted(FIXTURES.rglob("*.html")):
        page = Page(text=path.read_text("utf-8", errors="replace"), kind="html")
        idents.update(element.ident for element in parse_page(page).elements)
    return sorted(idents)


def _same_searches(ident: str) -> None:
    for (name, plain), (_, fast) in zip(evidence._KINDS, evidence._KIND_SEARCHES, strict=True):
        assert (plain.search(ident) is None) == (fast.search(ident) is None), (name, ident)


@given(_IDENT)
@example("nav")
@example("x-nav")
@example("canvas")
@example("correspondent respond")
@example("scorecard card")
@example("loads ads")
@example("update date")
def test_letter_first_patterns_find_what_the_written_ones_find(ident: str) -> None:
    _same_searches(ident)


def test_letter_first_patterns_name_every_fixture_element_alike() -> None:
    idents = _fixture_idents()
    assert len(idents) > 500
    for ident in idents:
        _same_searches(ident)


def test_letter_first_rewrites_every_edge_test() -> None:
    """No pattern keeps an edge test before its letters, so each opens with a letter."""
    for _, fast in evidence._KIND_SEARCHES:
        for alternative in fast.pattern.split("|"):
            assert re.match(r"[a-z]", alternative) or alternative.endswith(")"), alternative


def _walked(parents: list[int], own: list[int]) -> list[int]:
    """The plain path: each element's count added to it and to every ancestor."""
    totals = [0] * len(parents)
    for index, value in enumerate(own):
        at = index
        while at >= 0:
            totals[at] += value
            at = parents[at]
    return totals


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3)), max_size=60))
def test_counts_added_up_from_children_are_the_ancestors_walk(rows: list[tuple[int, int]]) -> None:
    parents: list[int] = []
    own: list[int] = []
    for index, (pick, value) in enumerate(rows):
        parents.append(pick % (index + 1) - 1)  # -1 or an element before it
        own.append(value)
    totals = list(own)
    container._add_up(parents, totals)
    assert totals == _walked(parents, own)


def _gated(text: str) -> bool:
    """The plain path: the page lower-cased as text."""
    lowered = text.lower()
    return any(gate.decode() in lowered for gate in marked._ID_AUTHOR_GATES)


def test_no_sign_outside_ascii_lower_cases_to_a_letter_of_an_id_gate() -> None:
    letters = set(b"".join(marked._ID_AUTHOR_GATES).decode())
    for code in range(0x80, 0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            assert not letters & set(chr(code).lower()), hex(code)


@given(
    st.lists(
        st.sampled_from(["lbl", "LBL", "Label", "txt", "TxT", "_", "author", "AUTHOR", "Author"])
        | st.text(alphabet="İıKéß ü_-a", max_size=3),
        max_size=8,
    ).map("".join)
)
@example("lblİauthor")
@example("id='ctl00_lblAuthor'")
@example("LABEL_AUTHOR")
@example("txtéauthor")
def test_ascii_lower_finds_the_id_gates_the_lower_cased_page_holds(text: str) -> None:
    lowered = marked._ascii_lower(text)
    assert any(gate in lowered for gate in marked._ID_AUTHOR_GATES) == _gated(text)


@given(
    st.binary(max_size=64) | st.text(max_size=32).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
@example(b"\xed\xa0\x80")  # a surrogate written in UTF-8: refused by the decoder
@example("u\u0308".encode())
def test_text_decoded_from_utf8_and_composed_always_encodes(raw: bytes) -> None:
    """What lets check_text skip the encoding of a page read as UTF-8."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    compose(text).encode("utf-8")


def test_a_page_given_as_text_is_still_checked_for_lone_surrogates() -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        read_html("<p>caf\udce9</p>", Hint(kind="html"))


@given(st.text(alphabet="aeu\u0301\u0308\u00e9\u00fc\u1100\u1161\uac00\u2019 ", max_size=20))
@example("e\u0301")
@example("\u1100\u1161")  # Hangul jamo: composed
def test_a_page_is_composed_as_the_two_step_path_composed_it(text: str) -> None:
    plain = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    assert compose(text) == plain


_JSON_WRAP = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
"""The plain path: the opening and the close of a wrapped script in one pattern."""


@given(st.lists(st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", " ", "\n", "{}", "-", "]"])))
@example(["<!--", "-->"])
@example(["<!--", ">"])
@example(["-->", "\n", "-->"])
@example([" ", "<![CDATA[", "{}", "]]>", " ", "\n"])
def test_a_script_is_unwrapped_by_two_patterns_as_by_one(parts: list[str]) -> None:
    raw = "".join(parts)
    assert declared._JSON_CLOSE.sub("", declared._JSON_OPENING.sub("", raw)) == _JSON_WRAP.sub(
        "", raw
    )


def _plain_attributes(raw: str) -> dict[str, str]:
    """The plain path: each match's groups asked in turn."""
    out: dict[str, str] = {}
    for match in html_parse._ATTR.finditer(raw):
        name = match.group(1).lower()
        if name not in out:
            value = match.group(2)
            if value is None:
                value = match.group(3)
            if value is None:
                value = match.group(4) or ""
            out[name] = unescape(value) if "&" in value else value
    return out


@given(st.lists(st.sampled_from(['class="', "'", "=", '"', " ", "ID", "x", "&amp;", "''", '""'])))
@example(['class=""', " ", "id=''", " ", "class=", "x"])
@example(["a=", " ", "b"])
def test_attributes_read_by_findall_are_the_matches_read_one_by_one(parts: list[str]) -> None:
    raw = "".join(parts)
    assert html_parse.attributes(raw) == _plain_attributes(raw)


def test_elements_and_blocks_built_from_their_rows_are_what_their_classes_build() -> None:
    for path in sorted(FIXTURES.rglob("*.html"))[:20]:
        page = Page(text=path.read_text("utf-8", errors="replace"), kind="html")
        doc = parse_page(page)
        for element in doc.elements:
            assert type(element) is Element
            assert len(element) == len(Element._fields)  # every field given, in order
        for block in doc.blocks:
            assert type(block) is Block
            assert len(block) == len(Block._fields)
            assert type(block.structure) is Structure
            assert len(block.structure) == len(Structure._fields)


_FIGURE = re.compile(r"(?:^|(?<=\s))\(*\d")
"""The plain path: a token opening with a figure, tried at every character."""


@given(st.lists(st.sampled_from(["(", "((", "1", "2024", " ", "\u00a0", "\n", "a", "x(3)", ")"])))
@example(["(", "(", "1"])
@example(["1", "(", "2", " ", "(", "a", " ", "3"])
def test_figures_are_the_tokens_the_plain_pattern_finds(parts: list[str]) -> None:
    line = "".join(parts)
    assert len(fullpage._FIGURE.findall(line)) == len(_FIGURE.findall(line))
