"""Assembly: body paragraphs cut out of the lines exactly as they always were."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpuskit.assemble import _paragraphs
from corpuskit.model import Block, Label
from corpuskit.normalize import normalize_lines, normalize_space
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
    text = draw(st.text(alphabet="ab \t\n\r\x0c\u2028\x01", max_size=60))
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
    assert _paragraphs(text, blocks, cuts)[0] == _paragraphs_reference(text, blocks, cuts)


@given(pages_with_cuts(), st.booleans())
def test_the_lines_of_a_cut_are_its_span_normalised(
    case: tuple[str, list[Block], list[Label]], unnormalised: bool
) -> None:
    """What _paragraphs gives for cuts taking whole lines is what normalising their spans
    makes, line by line and as one paragraph, whatever the lines hold (breaks other than
    '\\n', blanks, runs of white space) and however they were segmented."""
    text, blocks, cuts = case
    if unnormalised:  # another segmenter's blocks: no norm, or lines sharing one line
        blocks = [b._replace(norm="") if b.index % 2 else b for b in blocks]
    for number, line in _paragraphs(text, blocks, cuts)[1].items():
        span = text[cuts[number].start : cuts[number].end]
        assert line == normalize_lines(span)
        assert line.replace("\n", " ") == normalize_space(span)


def test_blocks_sharing_a_line_stay_on_one() -> None:
    text = "Sign up  Follow us\nBody line.\n"
    first, second = (
        Block(0, 0, 7, "Sign up", 0, "Sign up"),
        Block(1, 9, 18, "Follow us", 0, "Follow us"),
    )
    third = Block(2, 19, 29, "Body line.", 0, "Body line.")
    cut = Label("footer", 0, 18)
    assert _paragraphs(text, [first, second, third], [cut])[1] == {}
    assert normalize_lines(text[0:18]) == "Sign up Follow us"


def test_a_block_without_its_norm_is_normalised_here() -> None:
    text = "A  line\nB line\n"
    blocks = [b._replace(norm="") for b in segment_lines(text)]
    assert _paragraphs(text, blocks, [])[0] == ["A line", "B line"]
    assert _paragraphs(text, blocks, [Label("caption", 0, 1)])[0] == ["line", "B line"]
