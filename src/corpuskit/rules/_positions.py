"""Rules that look at a counted stretch of the page: the first or last N lines or paragraphs.

:class:`~corpuskit.layout.LineRule` looks at the whole page, its first six lines or its last eight
(``where``). A rules file may say ``first_lines = 3`` or ``last_paragraphs = 2``:
:class:`PositionedRule` is a LineRule whose zone is counted that way. Only the line a rule matches
on must lie in the zone; ``then``, ``before``, ``around`` and ``to_end`` reach past it as usual.
"""

from __future__ import annotations

from typing import Literal

from attrs import frozen

from corpuskit.layout import LineRule, Lines

Unit = Literal["lines", "paragraphs"]
Side = Literal["first", "last"]


@frozen
class PositionedRule(LineRule):
    """A LineRule matching only on the ``side`` (first or last) ``count`` lines or paragraphs."""

    side: Side = "first"
    count: int = 1
    unit: Unit = "lines"

    def zone(self, lines: Lines) -> range:
        """The indices of the lines this rule may match on."""
        total = len(lines)
        if self.unit == "lines":
            if self.side == "first":
                return range(min(self.count, total))
            return range(max(0, total - self.count), total)
        paras: list[int] = []
        for block in lines.blocks:
            if not paras or paras[-1] != block.para:
                paras.append(block.para)
        if self.side == "first":
            wanted = set(paras[: self.count])
            found = [i for i, b in enumerate(lines.blocks) if b.para in wanted]
        else:
            wanted = set(paras[-self.count :]) if self.count else set()
            found = [i for i, b in enumerate(lines.blocks) if b.para in wanted]
        return range(found[0], found[-1] + 1) if found else range(0)

    def may_match(self, lines: Lines) -> bool:
        if not self.needles:
            return True
        lower = lines.lower
        text = "\n".join(lower[i] for i in self.zone(lines))
        return any(needle in text for needle in self.needles)
