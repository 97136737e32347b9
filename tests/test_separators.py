"""A page's paragraph separators never change its Document.

Crawlers store text with blank lines between paragraphs, or single newlines, CRLF, trailing
spaces: the same article must give the same title, subtitle, authors, date, paragraphs and
removed kinds whichever it is. Stated as a property over every built-in source (the
hand-written pages of ``sitelayouts`` and the kit's pages from each Layout) and over pages
from no site in particular (the generic path); then checked on every seed, every file in
``examples/`` and against the gold of the seeds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings

from corpuskit import Document, Parser
from corpuskit.layout import Layout
from corpuskit.plugins import create_manager
from corpuskit.testing import ExpectedPage, neutral_pages, pages
from corpuskit.testing.conformance import to_gold
from corpuskit_plugins.sources import jewishpress, newsweek, timesofisrael, worldisraelnews
from sitelayouts import EXAMPLES, SITES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = Path(os.environ.get("CORPUSKIT_SHARED", ROOT.parent / "shared"))
PARSER = Parser(create_manager(disabled=()))
LAYOUTS: dict[str, Layout] = {
    m.LAYOUT.name: m.LAYOUT for m in (timesofisrael, jewishpress, newsweek, worldisraelnews)
}
PLUGIN_OF = {name: layout.source.plugin or name for name, layout in LAYOUTS.items()}

Key = tuple[Any, ...]


def key(document: Document) -> Key:
    """What separators must not change."""
    return (
        document.source,
        document.title,
        document.subtitle,
        document.authors,
        document.published,
        document.paragraphs,
        tuple(item.kind for item in document.removed),
    )


def variants(lines: list[str]) -> dict[str, str]:
    """One page, its paragraphs separated every way crawlers store them."""
    single = "\n".join(lines) + "\n"
    blank = "\n\n".join(lines) + "\n"
    return {
        "blank lines": blank,
        "single newlines": single,
        "CRLF": single.replace("\n", "\r\n"),
        "CRLF blank lines": blank.replace("\n", "\r\n"),
        "trailing spaces": single.replace("\n", "  \n"),
        "blank lines with spaces": "\n \n".join(lines) + "\n",
    }


def assert_separator_independent(text: str) -> Document:
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    documents = {name: PARSER.parse(page) for name, page in variants(lines).items()}
    want = key(documents["blank lines"])
    for name, document in documents.items():
        assert key(document) == want, f"{name}:\n{lines!r}"
    return documents["blank lines"]


SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_built_in_sites_pages_parse_alike_whatever_their_separators(site: str) -> None:
    @SETTINGS
    @given(SITES[site])
    def check(page: ExpectedPage) -> None:
        assert_separator_independent(page.text)

    check()


@pytest.mark.parametrize("site", sorted(LAYOUTS))
def test_the_kits_pages_of_a_built_in_source_parse_alike_whatever_their_separators(
    site: str,
) -> None:
    @SETTINGS
    @given(pages(LAYOUTS[site], EXAMPLES[PLUGIN_OF[site]]))
    def check(page: ExpectedPage) -> None:
        assert_separator_independent(page.text)

    check()


@SETTINGS
@given(neutral_pages())
def test_pages_from_no_site_parse_alike_whatever_their_separators(page: ExpectedPage) -> None:
    assert_separator_independent(page.text)


def test_the_kit_draws_pages_with_single_newlines() -> None:
    """The conformance kit's pages include single-newline layouts, so it checks every plugin
    for separator independence too."""
    layout = LAYOUTS["timesofisrael.com"]
    page = find(
        pages(layout, EXAMPLES[PLUGIN_OF[layout.name]]),
        lambda p: len(p.chunks) > 3 and "\n\n" not in p.text and "\r\n\r\n" not in p.text,
        settings=settings(database=None, max_examples=500),
    )
    assert page.text.count("\n") >= len(page.chunks)


EXAMPLE_FILES = sorted((ROOT / "examples").glob("*.txt"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
GOLD = SHARED / "gold" / "seeds"


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_parses_alike_whatever_its_separators(path: Path) -> None:
    assert_separator_independent(path.read_text(encoding="utf-8"))


@pytest.mark.skipif(not SEEDS, reason="no shared seeds")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_seed_parses_to_its_gold_whatever_its_separators(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    document = assert_separator_independent(text)
    gold_file = GOLD / f"{path.stem}.json"
    if gold_file.exists():
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        got = to_gold(document)
        for field in ("title", "subtitle", "authors", "published", "paragraphs"):
            assert got[field] == gold[field], field
