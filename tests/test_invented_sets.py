"""The invented page sets of ``benchmarks/invented`` hold what their gold says.

A benchmark is only as good as its gold: every paragraph, title and author a gold file names
must be text a reader sees on its page, so that a score measures the extractor and not a
typo in the gold. The pages are read with lxml, not with corpuskit, so the check does not
lean on the code it judges.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import cast

import lxml.html
import pytest
from lxml.html import HtmlElement

SETS = Path(__file__).resolve().parent.parent / "benchmarks" / "invented"
GOLDS = sorted(SETS.glob("*/gold/*.json"))
_SPACE = re.compile(r"\s+")
_UNSEEN = ("script", "style", "noscript", "template", "head")


_BREAKS = ("br", "p", "div", "li", "td", "th", "tr", "dt", "dd", "h1", "h2", "h3", "h4", "h5")
"""Elements a browser sets apart: a space after each, so that cells and lines do not run on."""


def _visible(raw: bytes) -> str:
    """The page's text as a reader sees it, white space folded to single spaces. The pages
    are UTF-8, some declaring it late (after the ``<title>``), as real pages do."""
    root = cast(HtmlElement, lxml.html.document_fromstring(raw.decode("utf-8")))
    for element in list(root.iter(*_UNSEEN)):
        cast(HtmlElement, element).drop_tree()
    for element in root.iter(*_BREAKS):
        element.tail = " " + (element.tail or "")
    return _SPACE.sub(" ", root.text_content().replace("\u3000", " ")).strip()


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u3000", " ")).strip()


def test_there_are_invented_sets() -> None:
    assert len({gold.parent.parent.name for gold in GOLDS}) >= 4
    assert len(GOLDS) >= 150


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_the_gold_is_visible_text_of_its_page(gold: Path) -> None:
    record = json.loads(gold.read_text(encoding="utf-8"))
    page = gold.parent.parent / "pages" / f"{gold.stem}.html.gz"
    seen = _visible(gzip.decompress(page.read_bytes()))
    assert record["paragraphs"], f"{gold}: no body"
    wanted = [*record["paragraphs"], *record.get("authors", [])]
    wanted += [record[key] for key in ("title", "headline") if record.get(key)]
    for text in wanted:
        assert _fold(text) in seen, f"{gold.parent.parent.name}/{gold.stem}: {text[:60]!r}"
