"""The segmentation contracts corpuskit.resolve enforces on any segmenter, and block alignment.

A segmenter plugin that breaks losslessness must be told exactly which block is wrong and how;
HTML pages keep only proposals that take whole blocks.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit.errors import PluginError
from corpuskit.model import Block, Identification, Label
from corpuskit.resolve import (
    MIN_CONFIDENCE,
    align_to_blocks,
    check_blocks,
    check_html_blocks,
    pick_identification,
)
from corpuskit.text import segment_lines

TEXT = "Pier lamps lit\n\nThe lamps were lit.\n"


def _blocks(text: str) -> list[Block]:
    return list(segment_lines(text))


def test_the_line_segmenter_meets_the_text_contract() -> None:
    check_blocks(TEXT, _blocks(TEXT))


@pytest.mark.parametrize(
    ("blocks", "problem"),
    [
        ([Block(1, 0, 14, "Pier lamps lit")], "block 0 has index 1"),
        ([Block(0, 0, 99, "Pier lamps lit")], r"block 0 \[0:99\] is out of order"),
        ([Block(0, 5, 3, "")], r"block 0 \[5:3\] is out of order"),
        (
            [Block(0, 0, 14, "Pier lamps lit"), Block(1, 11, 14, "lit")],
            r"block 1 \[11:14\] is out of order",
        ),
        ([Block(0, 0, 14, "Pier lamps LIT")], "block 0 text does not match the page"),
        (
            [Block(0, 16, 35, "The lamps were lit.")],
            "text before block 0 belongs to no block: 'Pier lamps lit\\\\n\\\\n'",
        ),
        ([Block(0, 0, 14, "Pier lamps lit")], "text after the last block belongs to no block"),
    ],
)
def test_a_broken_text_segmentation_names_the_block(blocks: list[Block], problem: str) -> None:
    with pytest.raises(PluginError, match=problem):
        check_blocks(TEXT, blocks)


HTML = "<h1>Pier</h1><p>Lamps <b>lit</b>.</p>"


@pytest.mark.parametrize(
    ("blocks", "problem"),
    [
        ([Block(0, 0, 13, "Pier"), Block(2, 13, 36, "Lamps lit.")], "block 1 has index 2"),
        ([Block(0, 0, 13, "Pier"), Block(1, 5, 36, "Lamps lit.")], r"block 1 \[5:36\]"),
        ([Block(0, 13, 13, "Pier")], r"block 0 \[13:13\] is out of order"),
        ([Block(0, 0, 99, "Pier")], r"block 0 \[0:99\] is out of order"),
        ([Block(0, 0, 13, "")], "block 0 has no text or untrimmed text"),
        ([Block(0, 0, 13, " Pier")], "block 0 has no text or untrimmed text"),
    ],
)
def test_a_broken_html_segmentation_names_the_block(blocks: list[Block], problem: str) -> None:
    with pytest.raises(PluginError, match=problem):
        check_html_blocks(HTML, blocks)


def test_html_blocks_may_hold_markup_their_text_does_not() -> None:
    check_html_blocks(HTML, [Block(0, 0, 13, "Pier"), Block(1, 13, 36, "Lamps lit.")])


HTML_BLOCKS = [Block(0, 0, 13, "Pier"), Block(1, 13, 25, "Lamps"), Block(2, 30, 36, "lit.")]


def test_only_proposals_taking_whole_blocks_are_kept_on_html_pages() -> None:
    whole = Label("promo", 13, 25)
    two = Label("promo", 0, 25)
    gap = Label("promo", 25, 30)  # between blocks: takes none, cuts none
    starts_inside = Label("promo", 5, 25)
    ends_inside = Label("promo", 13, 20)
    proposals = [whole, two, gap, starts_inside, ends_inside]
    assert align_to_blocks(proposals, HTML_BLOCKS) == [whole, two, gap]


@given(st.integers(0, 36), st.integers(0, 36))
def test_a_kept_proposal_never_cuts_a_block(start: int, end: int) -> None:
    start, end = min(start, end), max(start, end)
    kept = align_to_blocks([Label("promo", start, end)], HTML_BLOCKS)
    cuts = any(b.start < start < b.end or b.start < end < b.end for b in HTML_BLOCKS)
    assert bool(kept) is not cuts


def test_the_most_confident_identification_wins_and_ties_go_by_name() -> None:
    low = Identification("a.example", MIN_CONFIDENCE - 0.01)
    b = Identification("b.example", 0.8)
    c = Identification("c.example", 0.8)
    assert pick_identification([None, low]) is None
    assert pick_identification([c, low, b, None]) == b
    z = Identification("z.example", 0.9)
    assert pick_identification([b, z]) == z
