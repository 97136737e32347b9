"""Hand-written HTML pages (invented sites, varied markup) against their expected Documents.

Each ``tests/fixtures/html/<name>.html`` has a ``<name>.json`` beside it giving the title,
subtitle, authors, publication date, canonical URL, encoding, every body paragraph, the set
of removed kinds, and the caption and credit texts that must be among the removed items.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import pytest

import corpuskit
from corpuskit.html import decode_html
from corpuskit.pipeline import Parser

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGES = sorted(path for path in FIXTURES.glob("*.html") if path.with_suffix(".json").exists())


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def test_there_are_enough_fixture_pages() -> None:
    assert len(PAGES) >= 6


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fields_are_exact(parser: Parser, page: Path) -> None:
    want = expected(page)
    doc = parser.parse_file(page)
    assert doc.meta["input"] == "html"
    assert doc.meta["encoding"] == want["encoding"]
    assert doc.title == want["title"]
    assert doc.subtitle == want["subtitle"]
    assert list(doc.authors) == want["authors"]
    published = dt.datetime.fromisoformat(want["published"]) if want["published"] else None
    if isinstance(doc.published, dt.datetime) or published is None:
        assert doc.published == published
    else:
        assert published is not None
        assert doc.published == published.date()
    assert doc.url == want["url"]
    assert list(doc.paragraphs) == want["paragraphs"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_removed_items_are_the_debris(parser: Parser, page: Path) -> None:
    want = expected(page)
    doc = parser.parse_file(page)
    assert sorted({item.kind for item in doc.removed}) == want["removed_kinds"]
    for kind, texts in want["removed_texts"].items():
        assert texts == [item.text for item in doc.removed if item.kind == kind]
    source = decode_html(page.read_bytes())[0]
    for item in doc.removed:
        span = source[item.start : item.end]
        assert span.lstrip().startswith("<") or item.kind == "caption"
        assert html.unescape(span).find(item.text.split()[0][:5]) >= 0
        # nothing removed is also kept
        assert not any(line in doc.paragraphs for line in item.text.split("\n"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fixture_round_trips_through_json(parser: Parser, page: Path) -> None:
    doc = parser.parse_file(page)
    assert corpuskit.Document.from_json(doc.to_json()) == doc


def test_captions_and_credits_are_told_apart(parser: Parser) -> None:
    doc = parser.parse_file(FIXTURES / "photo_essay.html")
    kinds = [(item.kind, item.text) for item in doc.removed]
    assert ("caption", "Reed bundles drying on the dyke above the estuary.") in kinds
    assert ("credit", "Photograph: Ines Varga") in kinds
    assert ("credit", "Ines Varga for Northreach") in kinds


def test_script_data_never_reaches_the_body(parser: Parser) -> None:
    """``__NEXT_DATA__`` repeats the article's first words in JSON: it is not text."""
    doc = parser.parse_file(FIXTURES / "next_tech_news.html")
    assert doc.body.count("Deep under a former zinc mine") == 1
    assert "buildId" not in doc.body
    assert not any("buildId" in item.text for item in doc.removed)


def test_wrong_charset_declaration_is_survived(parser: Parser) -> None:
    """The guild page says utf-8 and is Windows-1252: the text is still right."""
    doc = parser.parse_file(FIXTURES / "guild_br_paragraphs.html")
    assert "caf\u00e9 next door" in doc.body
    assert "Agn\u00e8s Martel" in doc.body
