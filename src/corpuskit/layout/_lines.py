"""A page's lines as rules see them, and a rule's verdict on some of them.

:class:`Lines` is built once per page and shared by every rule of every plugin that looks at
it: the normalised and lower-cased text of each line, the page lower-cased, paragraph bounds.
:class:`Match` is what a rule says about a run of lines; :func:`to_labels` turns matches into
the character-span labels the pipeline resolves.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Literal, NamedTuple

from corpuskit.model import Block, Label, Page, make_label
from corpuskit.normalize import normalize_space

Where = Literal["anywhere", "head", "tail"]


class Lines:
    """One page's blocks with the views rules need, computed once and shared by every rule.

    Build it with :meth:`of` to share one instance between every layout looking at the page.
    """

    __slots__ = (
        "_joined",
        "_numbers",
        "_page_lower",
        "_paras",
        "_zones",
        "blocks",
        "lower",
        "norm",
        "page",
    )

    def __init__(self, page: Page, blocks: Sequence[Block]) -> None:
        self.page = page
        self.blocks = blocks
        # The segmenter may have normalised each block already (``Block.norm``): then taking
        # them is one map() over a C getter, with no bytecode run per line.
        try:
            norm = list(map(_NORM, blocks))
        except AttributeError:  # blocks of some other type, without ``norm``
            norm = [getattr(b, "norm", "") for b in blocks]
        if not all(norm):
            norm = [n or normalize_space(b.text) for n, b in zip(norm, blocks, strict=True)]
        self.norm = norm
        if "\u0130" in page.text:
            # Turkish "İ" lower-cases to "i" and a combining dot, so "İlgili haberler" matched
            # no word list and each line was a sign longer than its text: as "I" it is "i".
            self.lower: list[str] = [line.replace("\u0130", "I").lower() for line in norm]
        else:
            self.lower = list(map(str.lower, norm))
        self._page_lower: str | None = None
        self._joined: str | None = None
        self._numbers: list[int] | None = None
        self._paras: dict[int, tuple[int, int]] | None = None
        """The bounds of every paragraph, only for paragraph numbers out of order."""
        self._zones: dict[str, str] = {}

    @classmethod
    def of(cls, page: Page, blocks: Sequence[Block]) -> Lines:
        """The lines of this page, shared with the last caller that asked for the same page."""
        global _last_lines
        last = _last_lines
        if last is not None and last.page is page and last.blocks is blocks:
            return last
        lines = cls(page, blocks)
        _last_lines = lines
        return lines

    @property
    def page_lower(self) -> str:
        """The whole page lower-cased (white space untouched), computed on first use."""
        if self._page_lower is None:
            self._page_lower = self.page.text.lower()
        return self._page_lower

    @property
    def joined(self) -> str:
        """The lower-cased lines, each between newlines (``"\\nline one\\nline two\\n"``).

        One string to search at C speed for what a line holds (``needle in joined``) or is
        (``f"\\n{line}\\n" in joined``); built on first use and shared by every rule.
        """
        if self._joined is None:
            self._joined = "\n".join(["", *self.lower, ""])  # one copy of the page, not three
        return self._joined

    def zone_text(self, where: Where) -> str:
        """The lower-cased lines of a zone (``head``, ``tail``) joined by newlines, built once."""
        if where == "anywhere":
            return self.joined
        text = self._zones.get(where)
        if text is None:
            # The lines of _zone(where, ...), sliced at C speed.
            lower = self.lower
            zone = lower[:HEAD_LINES] if where == "head" else lower[-TAIL_LINES:]
            text = self._zones[where] = "\n".join(zone)
        return text

    def __len__(self) -> int:
        return len(self.blocks)

    def para_bounds(self, index: int) -> tuple[int, int]:
        """First and last line of the paragraph holding line ``index``.

        Depends on the page's separators (see :meth:`same_para`): built-in rules do not use it.

        Segmenters number paragraphs in order, so a binary search of the paragraph numbers,
        read once per page, finds both ends at C speed. Numbers out of order (no segmenter of
        ours makes them) are worked out for every paragraph at once, on first use: asked line
        by line, walking the paragraph each time would make a page of one long paragraph
        quadratic.
        """
        numbers = self._numbers
        if numbers is None:
            numbers = self._numbers = list(map(_PARA, self.blocks))
            # Sorting a sorted list is one C pass of integer comparisons.
            if numbers != sorted(numbers):
                paras: dict[int, tuple[int, int]] = {}
                for position, para in enumerate(numbers):
                    first = paras.get(para)
                    paras[para] = (position if first is None else first[0], position)
                self._paras = paras
        if self._paras is not None:
            return self._paras[numbers[index]]
        para = numbers[index]
        return bisect_left(numbers, para), bisect_right(numbers, para) - 1

    def para_size(self, index: int) -> int:
        """How many lines share this line's paragraph."""
        first, last = self.para_bounds(index)
        return last - first + 1

    def next_to(self, a: int, b: int) -> bool:
        """Whether lines ``a`` and ``b`` are both on the page, one right after the other.

        What rules ask of two lines that belong together (a credit and its caption), rather
        than :meth:`same_para`: crawlers separate paragraphs with blank lines or with single
        newlines, and a page's separators must never change its Document.
        """
        return abs(a - b) == 1 and min(a, b) >= 0 and max(a, b) < len(self.blocks)

    def same_para(self, a: int, b: int) -> bool:
        """Whether lines ``a`` and ``b`` share a blank-line separated paragraph.

        Depends on the page's separators: the same article with single newlines is one
        paragraph. Built-in rules ask :meth:`next_to` instead.
        """
        return (
            min(a, b) >= 0
            and max(a, b) < len(self.blocks)
            and (self.blocks[a].para == self.blocks[b].para)
        )


_last_lines: Lines | None = None
_NORM = attrgetter("norm")
_PARA = attrgetter("para")


class Match(NamedTuple):
    """A rule's verdict on a run of lines ``first..last`` (inclusive).

    A named tuple rather than an attrs class: rules make one per verdict, and a tuple is both
    immutable and several times cheaper to build.
    """

    kind: str
    first: int
    last: int
    value: object = None
    span: tuple[int, int] | None = None
    """Character offsets, for a verdict on part of a line (see :meth:`Layout.matches`)."""


HEAD_LINES = 6
TAIL_LINES = 8


def zone_range(where: Where, total: int) -> range:
    """The indices of a zone's lines on a page of ``total`` lines."""
    if where == "head":
        return range(min(HEAD_LINES, total))
    if where == "tail":
        return range(max(0, total - TAIL_LINES), total)
    return range(total)


def to_labels(
    matches: Iterable[Match], blocks: Sequence[Block], plugin: str, priority: int
) -> list[Label]:
    """Turn line verdicts into character-span labels."""
    labels = []
    for kind, first, last, value, span in matches:
        start, end = span or (blocks[first].start, blocks[last].end)
        labels.append(make_label(kind, start, end, plugin, priority, value))
    return labels
