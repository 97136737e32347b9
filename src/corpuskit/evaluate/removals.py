"""Counting what was removed: per kind against the gold's removed items, and false removals.

False removals are gold body a parse put in ``removed``: the precision of every rule, measured
on every gold set with a body instead of guessed (see :func:`false_removals` for how).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from attrs import frozen

from corpuskit.evaluate.gold import canonical_body
from corpuskit.model import Removed
from corpuskit.normalize import normalize_space
from corpuskit.scoring import SHINGLE, shingles


@frozen
class KindCounts:
    """Removed items of one kind: found (tp), removed but not in gold (fp), missed (fn)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); ``None`` when nothing of this kind was removed."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); ``None`` when the gold has nothing of this kind."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def __add__(self, other: KindCounts) -> KindCounts:
        return KindCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
        }


def removed_counts(
    predicted: Iterable[tuple[str, str]], gold: Iterable[tuple[str, str]]
) -> dict[str, KindCounts]:
    """Per kind, the multiset match of predicted against gold ``(kind, text)`` items.

    Texts are compared with white space normalised (line breaks included), so a footer split
    into lines differently still matches. Kinds come out sorted.
    """
    pred = Counter((kind, normalize_space(text)) for kind, text in predicted)
    want = Counter((kind, normalize_space(text)) for kind, text in gold)
    shared = pred & want
    counts: dict[str, KindCounts] = {}
    for kind in sorted({kind for kind, _ in pred} | {kind for kind, _ in want}):
        tp = sum(n for (k, _), n in shared.items() if k == kind)
        fp = sum(n for (k, _), n in pred.items() if k == kind) - tp
        fn = sum(n for (k, _), n in want.items() if k == kind) - tp
        counts[kind] = KindCounts(tp, fp, fn)
    return counts


def merge_counts(parts: Iterable[Mapping[str, KindCounts]]) -> dict[str, KindCounts]:
    """Per-kind counts summed over documents, kinds sorted."""
    total: dict[str, KindCounts] = {}
    for part in parts:
        for kind, counts in part.items():
            total[kind] = total.get(kind, KindCounts()) + counts
    return dict(sorted(total.items()))


# -- false removals ----------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
"""Tokens as :mod:`corpuskit.scoring` counts them, so false removals and body scores agree."""

Group = tuple[str, str | None]
"""A removed kind and the plugin that labelled it (``None``: no plugin said)."""


@frozen
class RemovalCounts:
    """What one group of removed items (a kind, a plugin, or both) took out, and how much of
    it was gold body: characters for the size of the harm, pages for how widespread it is."""

    items: int = 0
    chars: int = 0
    """Characters of the removed items' text (white space normalised, as ``Removed.text``)."""
    false_chars: int = 0
    """Characters of that text that are gold body (see :func:`false_removals`)."""
    pages: int = 0
    """Documents where this group removed anything."""
    false_pages: int = 0
    """Documents where this group removed some gold body."""

    @property
    def false_share(self) -> float | None:
        """The share of removed characters that were gold body: 1 - this is the precision."""
        return self.false_chars / self.chars if self.chars else None

    def __add__(self, other: RemovalCounts) -> RemovalCounts:
        return RemovalCounts(
            self.items + other.items,
            self.chars + other.chars,
            self.false_chars + other.false_chars,
            self.pages + other.pages,
            self.false_pages + other.false_pages,
        )

    def to_dict(self, gold_chars: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "items": self.items,
            "chars": self.chars,
            "false_chars": self.false_chars,
            "false_share": self.false_share,
            "pages": self.pages,
            "false_pages": self.false_pages,
        }
        if gold_chars is not None:
            data["share_of_gold"] = self.false_chars / gold_chars if gold_chars else None
        return data


def false_chars(text: str, missing: Counter[tuple[str, ...]]) -> int:
    """Characters of ``text`` covered by shingles taken from ``missing`` (which this consumes).

    Each 4-token shingle of ``text`` found in ``missing`` is taken from it (so a gold sentence
    is credited to one removed item only) and marks its four tokens as gold body. The count is
    the extent of each run of marked tokens, from its first token's first character to its
    last token's last, so the punctuation and spaces inside a run count and those around it do
    not. A text under four tokens has no shingle and never counts: a lone "Share" or a name is
    as likely debris as body, and a count that cannot tell is a count that misleads.
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    covered = [False] * len(tokens)
    for first in range(len(tokens) - SHINGLE + 1):
        key = tuple(token for _, _, token in tokens[first : first + SHINGLE])
        if missing.get(key, 0) > 0:
            missing[key] -= 1
            covered[first : first + SHINGLE] = [True] * SHINGLE
    total = 0
    run_start: int | None = None
    for index, (start, end, _) in enumerate(tokens):
        if covered[index]:
            if run_start is None:
                run_start = start
            if index + 1 == len(tokens) or not covered[index + 1]:
                total += end - run_start
                run_start = None
    return total


def false_removals(
    removed: Iterable[Removed], body: str, gold_body: str
) -> dict[Group, RemovalCounts]:
    """Per (kind, plugin), the removed items and how much of their text is gold body.

    Text counts as gold body when its 4-token shingles (the body score's, see
    :mod:`corpuskit.scoring`) are gold shingles that the parsed body lacks: gold body the parse
    failed to keep and put in ``removed`` instead. Shingles the body kept are not offered, so a
    teaser repeating the first paragraph, rightly removed while the paragraph stays, is not
    blamed. Items take shingles in input order (:func:`false_chars`), so gold text is counted
    once however many items repeat it, and the false shingles of a page never exceed the body
    score's missed ones (``fn``). Cheap: one shingle count per text, one lookup per shingle.
    """
    missing = shingles(gold_body) - shingles(body)
    counts: dict[Group, RemovalCounts] = {}
    for item in removed:
        group = (item.kind, item.plugin)
        false = false_chars(item.text, missing)
        before = counts.get(group, RemovalCounts())
        counts[group] = before + RemovalCounts(1, len(item.text), false)
    return {
        group: RemovalCounts(c.items, c.chars, c.false_chars, 1, 1 if c.false_chars else 0)
        for group, c in sorted(counts.items(), key=group_order)
    }


def group_order(entry: tuple[Group, Any]) -> tuple[str, str]:
    (kind, plugin), _ = entry
    return kind, plugin or ""


def gold_chars(gold_body: str) -> int:
    """The size of a gold body in the units of :attr:`RemovalCounts.chars` (white space
    normalised, a line break between lines), the base of :attr:`Summary.false_share`."""
    return len(canonical_body(gold_body))


_K = TypeVar("_K")


def roll_up(
    parts: Iterable[Mapping[Group, RemovalCounts]], key: Callable[[Group], _K]
) -> dict[_K, RemovalCounts]:
    """Documents' per-(kind, plugin) counts summed over documents, grouped by ``key``.

    Each document's groups are merged first, so a page counts once under a kind even when two
    plugins removed that kind on it. ``key`` is the identity for kind and plugin, ``g[0]`` for
    the kind alone, ``g[1]`` for the plugin alone, a constant for the total.
    """
    total: dict[_K, RemovalCounts] = {}
    for part in parts:
        page: dict[_K, RemovalCounts] = {}
        for group, counts in part.items():
            name = key(group)
            page[name] = page.get(name, RemovalCounts()) + counts
        for name, c in page.items():
            one = RemovalCounts(c.items, c.chars, c.false_chars, 1, 1 if c.false_chars else 0)
            total[name] = total.get(name, RemovalCounts()) + one
    return total
