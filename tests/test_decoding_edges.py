"""Decoding and tree-building edges: a declared charset that lies, pages too large or empty
for a tree, input of a type no reader takes. Each must give text or a clear InputError.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpuskit
from corpuskit.errors import InputError
from corpuskit.html import charset, tree
from corpuskit.html.charset import decode_html
from corpuskit.html.tree import parse_tree
from corpuskit.model import Hint
from corpuskit.testing.sitepages import span_mismatches
from corpuskit.text import read_text


def test_a_declared_charset_is_used_when_the_bytes_fit_it() -> None:
    raw = '<meta charset="windows-1252"><p>caf\u00e9 \u201cquoted\u201d</p>'.encode("cp1252")
    text, encoding = decode_html(raw)
    assert "caf\u00e9 \u201cquoted\u201d" in text
    assert encoding == "cp1252"  # the codec's own name for what the page declared


def test_a_declared_charset_the_bytes_break_falls_back_and_says_so() -> None:
    # Declared Shift_JIS, written in UTF-8 with bytes Shift_JIS cannot decode.
    raw = '<meta charset="shift_jis"><p>caf\u00e9 \u00fc\u00df \u20ac</p>'.encode()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("shift_jis")
    text, encoding = decode_html(raw)
    assert "caf\u00e9 \u00fc\u00df \u20ac" in text
    assert encoding == "utf-8 (declared shift_jis)"
    assert charset.declared_encoding(raw) == "shift_jis"


@given(st.text(max_size=200))
def test_utf8_pages_declaring_utf8_decode_to_themselves(body: str) -> None:
    raw = f'<meta charset="utf-8">{body}'.encode()
    text, _ = decode_html(raw)
    assert text == f'<meta charset="utf-8">{body}'


def test_a_page_too_large_for_a_tree_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tree, "MAX_CHARS", 100)
    with pytest.raises(InputError, match=r"page too large for a tree: 101 characters > 100"):
        parse_tree("<p>" + "x" * 94 + "</p>")


def test_a_page_the_parser_cannot_make_a_tree_of_is_an_input_error() -> None:
    with pytest.raises(InputError, match="HTML parser refused the page"):
        parse_tree("")


@pytest.mark.parametrize("raw", [3, None, ["text"]])
def test_a_reader_refuses_what_is_neither_bytes_nor_str(raw: object) -> None:
    with pytest.raises(InputError, match=f"expected bytes or str, got {type(raw).__name__}"):
        read_text(raw, Hint())  # type: ignore[arg-type]


def test_text_spelt_with_combining_marks_is_composed_as_html_is() -> None:
    """'geprüft' written as 'u' and a combining mark (macOS, PDFs) reads as the composed word,
    and the offsets of what is removed refer to the composed text."""
    decomposed = "Gepru\u0308fte Sitze"
    text = (
        f"{decomposed} sind in diesem Test zum ersten Mal sicher, sagt der Bericht.\n\n"
        "Share on Facebook\n\n"
        "Die U\u0308bersicht nennt alle Modelle, die der Verband in diesem Jahr geprüft hat.\n"
    )
    doc = corpuskit.parse(text)
    assert "Geprüfte Sitze sind in diesem Test" in doc.body
    assert "Die Übersicht nennt alle Modelle" in doc.body
    assert "\u0308" not in doc.body
    composed = unicodedata.normalize("NFC", text)
    [share] = doc.removed
    assert composed[share.start : share.end] == "Share on Facebook"
    assert span_mismatches(text, doc) == []  # the conformance check composes as well
    assert read_text(text.encode(), Hint()).text == composed


@given(st.text(alphabet="aeouAEOU \n.\u0300\u0301\u0308\u00e9"))
def test_every_text_page_is_composed(text: str) -> None:
    text = "x" + text  # (an empty input is refused)
    page = read_text(text, Hint())
    assert unicodedata.is_normalized("NFC", page.text)
    assert page.text == unicodedata.normalize("NFC", text)
