"""Stray markup left by HTML-to-text conversion: a lone '>', '|', '•' on a line of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Lines, Match

# No letter or digit, at most a few characters: nothing a reader would miss.
_LONE = re.compile(r"[^\w\s]{1,5}\Z")


def lone_markup(lines: Lines, taken: list[bool]) -> Iterator[Match]:
    """Lines made only of a few punctuation or markup characters."""
    for index, text in enumerate(lines.norm):
        if not taken[index] and _LONE.match(text.replace(" ", "")):
            yield Match("markup", index, index)
