"""Assembly: body paragraphs cut out of the lines exactly as they always were."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpuskit.assemble import _paragraphs
from corpuskit.model import Block, Label
from corpuskit.normalize import normalize_space
from corpuskit.text import segment_lines


def _paragraphs_reference(text: str, blocks: list[Block], cuts: list[Label]) -> list[str]:
    """_paragraphs as it was before it kept the current cut's bounds in locals."""
    paragraphs = []
    first = 0
    count = len(cuts)
    for block in blocks:
        while first < count and cuts[first].end <= block.start:
            first += 1
        if first == count or cuts[first].start >= block.end:
            paragraph = block.norm or normalize_space(block.text)
            if paragraph:
                paragraphs.append(paragraph)
            continue
        position = block.start
        pieces = []
        current = first
        while current < count and cuts[current].start < block.end:
            cut = cuts[current]
            if cut.start > position:
                pieces.append(text[position : cut.start])
            position = max(position, cut.end)
            current += 1
        if position == block.start:
            paragraph = block.norm or normalize_space(block.text)
        else:
            if position < block.end:
                pieces.append(text[position : block.end])
            if not pieces:
                continue
            paragraph = normalize_space(" ".join(pieces))
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


@st.composite
def pages_with_cuts(draw: st.DrawFn) -> tuple[str, list[Block], list[Label]]:
    text = draw(st.text(alphabet="ab \t\n\x01", max_size=60))
    blocks = list(segment_lines(text))
    # Sorted, non-overlapping spans anywhere (whole lines, parts of lines, across lines, empty),
    # as resolve_labels leaves them; some on exact block bounds, the usual case.
    bounds = sorted({0, len(text)} | {b.start for b in blocks} | {b.end for b in blocks})
    points = draw(
        st.lists(
            st.one_of(st.sampled_from(bounds), st.integers(0, len(text))), max_size=8, unique=True
        )
    )
    points.sort()
    cuts = []
    for start, end in zip(points[::2], points[1::2], strict=False):
        if draw(st.booleans()) or start == end:
            cuts.append(Label("caption", start, end))
    return text, blocks, cuts


@given(pages_with_cuts())
def test_paragraphs_are_what_they_always_were(case: tuple[str, list[Block], list[Label]]) -> None:
    text, blocks, cuts = case
    assert _paragraphs(text, blocks, cuts) == _paragraphs_reference(text, blocks, cuts)


def test_a_block_without_its_norm_is_normalised_here() -> None:
    text = "A  line\nB line\n"
    blocks = [b._replace(norm="") for b in segment_lines(text)]
    assert _paragraphs(text, blocks, []) == ["A line", "B line"]
    assert _paragraphs(text, blocks, [Label("caption", 0, 1)]) == ["line", "B line"]
