"""From accepted labels to Document fields: body paragraphs, metadata, and ``removed``.

Each block (a line) gives at most one paragraph: its text minus any labelled span, with white
space normalised. Lines are never re-flowed into one paragraph, because scraped text marks
paragraphs with single newlines as often as with blank lines.

Field spans (title, subtitle, byline, dateline) become fields; if a field span cannot become a
field (a second title, a byline with no names, a dateline with no date) it is recorded in
``removed`` under its own kind, so no text is lost without a trace. So is the text a
segmenter set aside as no block (what an HTML page hides): ``hidden``, each stretch an item of
its own, cut out of any label around it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from attrs import evolve

from corpuskit.kinds import is_debris
from corpuskit.model import Block, Label, Metadata, Page, Removed, make_metadata, make_removed
from corpuskit.normalize import normalize_lines, normalize_space


class Assembly(NamedTuple):
    """What the labels say, before metadata hooks and ``finish`` have their turn.

    A named tuple: built once per parse and only read by the pipeline, which an attrs class
    would make slower for nothing. The fields found are kept as they are, not as a Metadata:
    on text pages no metadata hook answers, and the pipeline puts them in the Document
    straight away (:attr:`metadata` makes one for merging with answers).
    """

    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    title: str | None
    subtitle: str | None
    authors: tuple[str, ...]
    published: dt.date | dt.datetime | None

    @property
    def metadata(self) -> Metadata:
        """The fields the labels gave, as the Metadata hook answers are merged into."""
        return make_metadata(self.title, self.subtitle, self.authors, self.published)


def assemble(
    page: Page,
    blocks: Sequence[Block],
    accepted: Sequence[Label],
    set_aside: Sequence[tuple[int, int, str]] = (),
) -> Assembly:
    """Split the page into body paragraphs, field values and removed items."""
    text = page.text
    cuts = [label for label in accepted if label.kind != "body"]
    html = page.kind == "html"
    if html:
        if set_aside:
            cuts = _cut_around(cuts, set_aside)
        paragraphs, spans = _html_paragraphs(blocks, cuts)
    else:
        paragraphs, lines = _paragraphs(text, blocks, cuts)
    removed: list[Removed] = []
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = []
    published: dt.date | dt.datetime | None = None
    for number, label in enumerate(cuts):
        # A cut taking whole lines: its lines as normalize_lines makes them, known already
        # (see _paragraphs); its span is cut from the page only for the others.
        if html:
            line, span = None, spans[number]
        else:
            line = lines.get(number)
            span = text[label.start : label.end] if line is None else line
        kind = label.kind
        keep = True
        if kind == "title" and title is None:
            title, keep = _text_value(label, span, line), False
        elif kind == "subtitle" and subtitle is None:
            subtitle, keep = _text_value(label, span, line), False
        elif kind == "byline" and (names := _names(label.value)):
            authors.extend(name for name in names if name not in authors)
            keep = False
        elif kind == "dateline" and isinstance(label.value, dt.date) and published is None:
            published, keep = label.value, False
        if keep or is_debris(kind):
            cleaned = normalize_lines(span) if line is None else line
            if cleaned:
                removed.append(
                    make_removed(kind, cleaned, label.start, label.end, label.plugin or None)
                )
    if set_aside:
        removed = _with_set_aside(removed, set_aside)
    return Assembly(tuple(paragraphs), tuple(removed), title, subtitle, tuple(authors), published)


def _cut_around(cuts: list[Label], set_aside: Sequence[tuple[int, int, str]]) -> list[Label]:
    """The labels, each cut in pieces around the stretches set aside inside its span.

    A menu's label runs from its first block to its last, over a hidden sub-menu between
    them; cut there, the menu's blocks stay ``navigation`` and the sub-menu gets an item of
    its own, and no two items overlap. (No block spans a hidden stretch: the tokenizer does
    not widen one over it, so every block stays whole in one piece.)
    """
    out: list[Label] = []
    first = 0
    for label in cuts:
        start, end = label.start, label.end
        while first < len(set_aside) and set_aside[first][1] <= start:
            first += 1
        at = first
        if at == len(set_aside) or set_aside[at][0] >= end:
            out.append(label)  # most labels: no hidden stretch inside
            continue
        while at < len(set_aside) and set_aside[at][0] < end:
            hidden_start, hidden_end, _ = set_aside[at]
            if hidden_start > start:
                out.append(evolve(label, start=start, end=hidden_start))
            start = max(start, hidden_end)
            at += 1
        if start < end:
            out.append(evolve(label, start=start, end=end))
    return out


def _with_set_aside(
    removed: list[Removed], set_aside: Sequence[tuple[int, int, str]]
) -> list[Removed]:
    """The removed items and, in input order among them, the stretches set aside.

    No item overlaps a stretch: labels were cut around them (:func:`_cut_around`).
    """
    out: list[Removed] = []
    at = 0
    for start, end, text in set_aside:
        while at < len(removed) and removed[at].start < start:
            out.append(removed[at])
            at += 1
        cleaned = normalize_lines(text)
        if cleaned:
            out.append(make_removed("hidden", cleaned, start, end, None))
    out.extend(removed[at:])
    return out


def _text_value(label: Label, span: str, line: str | None = None) -> str:
    """A field's text: the label's value, else its span normalised.

    ``line``: the span's lines normalised, one per line (see :func:`_paragraphs`), when
    known; normalised as one paragraph, they are the same words joined by spaces.
    """
    if isinstance(label.value, str):
        return normalize_space(label.value)
    return normalize_space(span) if line is None else line.replace("\n", " ")


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, tuple | list):
        # Each name as text, kept unless blank: filter() over C calls, no generator frame.
        return tuple(filter(str.strip, map(str, value)))
    return ()


def _html_paragraphs(blocks: Sequence[Block], cuts: Sequence[Label]) -> tuple[list[str], list[str]]:
    """HTML pages: a block is kept whole or removed whole; a label's text is its blocks' text.

    The pipeline has already dropped labels that cut through a block (see
    :func:`corpuskit.resolve.align_to_blocks`), so every block is either inside one cut or
    outside all of them.
    """
    starts = [block.start for block in blocks]
    taken = [False] * len(blocks)
    spans: list[str] = []
    for cut in cuts:
        first = bisect_left(starts, cut.start)
        last = first
        while last < len(blocks) and blocks[last].end <= cut.end:
            taken[last] = True
            last += 1
        spans.append("\n".join(block.norm or block.text for block in blocks[first:last]))
    paragraphs = [b.norm or b.text for b, cut in zip(blocks, taken, strict=True) if not cut]
    return paragraphs, spans


def _line_break(text: str, start: int, end: int) -> bool:
    """Whether the white space between two blocks holds a line break (a segmenter's blocks
    may share a line: then :func:`normalize_lines` keeps them on one)."""
    return text.find("\n", start, end) >= 0 or text.find("\r", start, end) >= 0


_AFTER_ALL = float("inf")
"""Where a cut past the last one starts and ends: after every block."""


def _paragraphs(
    text: str, blocks: Sequence[Block], cuts: Sequence[Label]
) -> tuple[list[str], dict[int, str]]:
    """The body paragraphs, and the normalised text of each cut taking whole lines.

    The second, by the cut's number, for what :func:`normalize_lines` would make of the
    cut's span, known here without a pass over it (an ``isprintable`` scan, a character at a
    time, and a split): a cut from the start of a line to the end of the same or a later one,
    each of its lines already normalised (``Block.norm is Block.text``, so it holds no white
    space but single spaces, and no line break) and each parted from the next by a line break,
    gives those lines, one per line.
    """
    paragraphs: list[str] = []
    lines: dict[int, str] = {}
    run: list[str] | None = None  # the lines of cuts[run_cut] so far, while it may give them
    run_cut = run_end = -1
    append = paragraphs.append
    count = len(cuts)
    first = 0
    # The bounds of cuts[first], the first cut not wholly before the current block, are kept
    # in locals: most blocks are told apart from it by two comparisons of ints, with no
    # attribute look-up on a Label.
    cut_start: float = cuts[0].start if count else _AFTER_ALL
    cut_end: float = cuts[0].end if count else _AFTER_ALL
    for block in blocks:
        start = block.start
        while cut_end <= start:
            first += 1
            if first < count:
                cut = cuts[first]
                cut_start, cut_end = cut.start, cut.end
            else:
                cut_start = cut_end = _AFTER_ALL
        end = block.end
        if cut_start >= end:  # the common case: no cut here
            paragraph = block.norm or normalize_space(block.text)
            if paragraph:
                append(paragraph)
            continue
        if cut_start <= start and cut_end >= end:
            # One cut takes the whole line (the next case): nothing to piece together.
            if cut_start == start:  # the cut opens with this line
                run, run_cut = [], first
            if (
                run is not None
                and run_cut == first
                and block.norm is block.text
                and (not run or _line_break(text, run_end, start))
            ):
                run.append(block.text)
                run_end = end
                if cut_end == end:
                    lines[first] = "\n".join(run)
            else:
                run = None
            continue
        position = start
        pieces: list[str] = []
        current = first
        while current < count and cuts[current].start < end:
            cut = cuts[current]
            if cut.start > position:
                pieces.append(text[position : cut.start])
            position = max(position, cut.end)
            current += 1
        if position == start:
            paragraph = block.norm or normalize_space(block.text)
        else:
            if position < end:
                pieces.append(text[position:end])
            if not pieces:
                continue  # the cuts took the whole line
            paragraph = normalize_space(" ".join(pieces))
        if paragraph:
            append(paragraph)
    return paragraphs, lines
