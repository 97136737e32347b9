"""Conflict resolution: which proposed labels a parse accepts.

:func:`resolve_labels` takes a shortcut when no two proposals overlap; both paths must give
what the rule says: strongest first (priority, then length, then position, then kind and
plugin), a proposal overlapping one already accepted dropped whole, empty ones ignored, the
result in input order, and a label past the page's end an error naming its plugin.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit import Label
from corpuskit.errors import PluginError
from corpuskit.resolve import resolve_labels

PAGE = 40


def reference(proposals: list[Label], length: int) -> list[Label]:
    """The rule as written, quadratic and plain."""
    for label in proposals:
        if label.end > length:
            raise PluginError(f"past the end: {label}")
    ranked = sorted(
        proposals,
        key=lambda x: (-x.priority, x.start - x.end, x.start, x.kind, x.plugin),
    )
    accepted: list[Label] = []
    for label in ranked:
        if label.start == label.end:
            continue
        if all(label.end <= other.start or other.end <= label.start for other in accepted):
            accepted.append(label)
    return sorted(accepted, key=lambda x: x.start)


@st.composite
def labels(draw: st.DrawFn, *, apart: bool = False) -> list[Label]:
    """Proposals on a page of PAGE characters.

    ``apart``: none overlapping (the shortcut), but for one end sometimes nudged a character
    into the next label or past the page's end, where the shortcut must not be taken.
    """
    count = draw(st.integers(0, 8))
    if apart:
        cuts = sorted(draw(st.lists(st.integers(0, PAGE), min_size=2 * count, max_size=2 * count)))
        spans = list(zip(cuts[::2], cuts[1::2], strict=True))
        nudge: bool = draw(st.booleans())
        if spans and nudge:
            at = draw(st.integers(0, len(spans) - 1))
            start = spans[at][0]
            spans[at] = (start, spans[at + 1][0] + 1 if at + 1 < len(spans) else PAGE + 1)
    else:
        spans = []
        for _ in range(count):
            start = draw(st.integers(0, PAGE + 2))
            spans.append((start, start + draw(st.integers(0, 12))))
    out = [
        Label(
            draw(st.sampled_from(["caption", "footer", "title", "body"])),
            start,
            end,
            draw(st.sampled_from(["generic", "site", "other"])),
            draw(st.sampled_from([0, 0, 100])),
        )
        for start, end in spans
    ]
    return draw(st.permutations(out))


@given(st.one_of(labels(), labels(apart=True)))
def test_resolve_labels_follows_the_rule(proposals: list[Label]) -> None:
    try:
        expected = reference(proposals, PAGE)
    except PluginError:
        with pytest.raises(PluginError, match="past the end of the page"):
            resolve_labels(proposals, PAGE)
        return
    got = resolve_labels(iter(proposals), PAGE)  # any iterable, read once
    assert got == expected
    assert [id(label) for label in got] == [id(label) for label in expected]


def test_overlapping_proposals_keep_the_strongest() -> None:
    weak = Label("caption", 0, 10, "generic", 0)
    strong = Label("footer", 5, 8, "site", 100)
    longer = Label("caption", 12, 30, "generic", 0)
    shorter = Label("tags", 20, 25, "generic", 0)
    assert resolve_labels([weak, strong, shorter, longer], PAGE) == [strong, longer]


def test_proposals_apart_are_all_accepted_in_input_order() -> None:
    first = Label("title", 0, 5, "generic")
    empty = Label("caption", 7, 7, "generic")
    last = Label("footer", 30, 40, "site", 100)
    assert resolve_labels([last, empty, first], PAGE) == [first, last]
