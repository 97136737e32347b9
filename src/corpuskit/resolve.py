"""Deciding between plugins' proposals, the same way whatever order the plugins run in.

Each rule here depends only on what the proposals say (priority, confidence, span, names), so
installing or reordering plugins never changes the outcome for the others' proposals.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import attrgetter

from corpuskit.errors import PluginError
from corpuskit.model import Block, Identification, Label, Metadata

MIN_CONFIDENCE = 0.5
"""Layout-based identifications below this are ignored: a guess is worse than no source."""


def check_blocks(text: str, blocks: Sequence[Block]) -> None:
    """Enforce the segmentation contract losslessness rests on."""
    previous = 0
    for position, block in enumerate(blocks):
        if block.index != position:
            raise PluginError(f"block {position} has index {block.index}")
        if block.start < previous or block.end > len(text) or block.end < block.start:
            raise PluginError(f"block {position} [{block.start}:{block.end}] is out of order")
        if text[block.start : block.end] != block.text:
            raise PluginError(f"block {position} text does not match the page at its offsets")
        gap = text[previous : block.start]
        if gap and not gap.isspace():
            raise PluginError(f"text before block {position} belongs to no block: {gap[:40]!r}")
        previous = block.end
    tail = text[previous:]
    if tail and not tail.isspace():
        raise PluginError(f"text after the last block belongs to no block: {tail[:40]!r}")


def check_html_blocks(text: str, blocks: Sequence[Block]) -> None:
    """The HTML segmentation contract: ordered, non-overlapping source spans with text.

    On HTML pages ``text[b.start:b.end]`` is the block's markup and ``b.text`` its visible
    text, so the text-page checks (exact match, only white space between) do not apply.
    """
    previous = 0
    for position, block in enumerate(blocks):
        if block.index != position:
            raise PluginError(f"block {position} has index {block.index}")
        if block.start < previous or block.end > len(text) or block.end <= block.start:
            raise PluginError(f"block {position} [{block.start}:{block.end}] is out of order")
        if not block.text or block.text != block.text.strip():
            raise PluginError(f"block {position} has no text or untrimmed text")
        previous = block.end


def align_to_blocks(proposals: Sequence[Label], blocks: Sequence[Block]) -> list[Label]:
    """HTML pages: keep the proposals that take whole blocks (or none), drop those cutting one.

    Rules written for text pages may propose part of a line (a date glued to a paragraph);
    on an HTML page their character offsets do not fall inside the visible text, so such a
    proposal is dropped rather than allowed to cut markup in two.
    """
    starts = [block.start for block in blocks]
    kept: list[Label] = []
    for label in proposals:
        at = bisect_left(starts, label.start)
        if at > 0 and blocks[at - 1].end > label.start:
            continue  # begins inside the previous block
        end = bisect_left(starts, label.end)
        if end > 0 and blocks[end - 1].end > label.end:
            continue  # ends inside a block
        kept.append(label)
    return kept


def _label_order(label: Label) -> tuple[int, int, int, str, str]:
    return (-label.priority, label.start - label.end, label.start, label.kind, label.plugin)


_START = attrgetter("start")


def resolve_labels(proposals: Iterable[Label], text_length: int) -> list[Label]:
    """Accept non-overlapping proposals, strongest first; return them in input order.

    Strength: priority, then span length, then position, then kind and plugin name (only to
    make ties deterministic). A proposal overlapping one already accepted is dropped whole:
    when plugins disagree, precision wins over recall.
    """
    by_start = sorted(proposals, key=_START)
    # When no two of the labels overlap and none runs past the page, every one that is not
    # empty is accepted, whatever their strength, and the sort by a C key function replaces
    # ranking them: most pages have only the generic plugin's labels, which claim each line
    # once. Tested here in line, not in a function of its own, as is a label being empty.
    previous_end = 0
    empty = False
    for label in by_start:
        start, end = label.start, label.end
        if start < previous_end or end > text_length:
            break
        if start == end:
            empty = True
        previous_end = end
    else:  # apart: most pages
        return [label for label in by_start if label.start != label.end] if empty else by_start
    # Sorted from by_start, not from the proposals: equal starts keep the proposals' order
    # there, and a tie in _label_order has equal starts, so the order is the same.
    ordered = sorted(by_start, key=_label_order)
    starts: list[int] = []
    ends: list[int] = []
    accepted: list[Label] = []
    for label in ordered:
        if label.end > text_length:
            raise PluginError(
                f"plugin {label.plugin or '?'} labelled [{label.start}:{label.end}] "
                f"past the end of the page ({text_length})"
            )
        if label.start == label.end:
            continue
        at = bisect_left(starts, label.start)
        if at > 0 and ends[at - 1] > label.start:
            continue
        if at < len(starts) and starts[at] < label.end:
            continue
        starts.insert(at, label.start)
        ends.insert(at, label.end)
        accepted.insert(at, label)
    return accepted


def pick_identification(candidates: Iterable[Identification | None]) -> Identification | None:
    """The most confident claim at or above MIN_CONFIDENCE; ties go to the first source name."""
    best: Identification | None = None
    for candidate in candidates:
        if candidate is None or candidate.confidence < MIN_CONFIDENCE:
            continue
        if best is None or (-candidate.confidence, candidate.source) < (
            -best.confidence,
            best.source,
        ):
            best = candidate
    return best


def merge_metadata(base: Metadata, answers: Iterable[Metadata | None]) -> Metadata:
    """Fill the fields ``base`` leaves empty from hook answers, strongest answer first."""
    ranked = sorted((a for a in answers if a is not None), key=lambda m: (-m.priority, m.plugin))
    if not ranked:  # text pages: no metadata hook answers, and ``base`` is the answer
        return base
    title, subtitle, authors, published, url, site_name = (
        base.title,
        base.subtitle,
        base.authors,
        base.published,
        base.url,
        base.site_name,
    )
    for answer in ranked:
        title = title or answer.title
        subtitle = subtitle or answer.subtitle
        authors = authors or answer.authors
        published = published or answer.published
        url = url or answer.url
        site_name = site_name or answer.site_name
    return Metadata(
        title=title,
        subtitle=subtitle,
        authors=authors,
        published=published,
        url=url,
        site_name=site_name,
    )
