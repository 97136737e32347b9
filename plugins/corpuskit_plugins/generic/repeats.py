"""Lines repeated right after themselves: a caption printed twice, a doubled heading."""

from __future__ import annotations

from collections.abc import Iterator

from corpuskit.layout import Lines, Match


def repeated_lines(lines: Lines, taken: list[bool]) -> Iterator[Match]:
    """The second of two identical adjacent lines (ignoring white space)."""
    for index in range(1, len(lines)):
        if not taken[index] and lines.norm[index] == lines.norm[index - 1]:
            yield Match("duplicate", index, index)
