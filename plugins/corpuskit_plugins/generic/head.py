"""The head of an article: a leading title line, a date header glued to the first paragraph."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from corpuskit.layout import Lines, Match, looks_like_heading

# A crawler's date header: " date 2018-12-30 " in front of the first paragraph.
_DATE_HEADER = re.compile(r"\s*(date\s+(\d{4})-(\d{2})-(\d{2}))(?:\s|$)")


def dateline(lines: Lines, taken: list[bool]) -> Iterator[Match]:
    """A ``date YYYY-MM-DD`` header at the very start of the page.

    The match is a character span: the header is usually a prefix of the first paragraph.
    """
    if not lines.blocks:
        return
    first = lines.blocks[0]
    found = _DATE_HEADER.match(first.text)
    if not found:
        return
    try:
        value = dt.date(int(found[2]), int(found[3]), int(found[4]))
    except ValueError:
        return
    start = first.start + found.start(1)
    end = first.start + found.end(1)
    yield Match("dateline", 0, 0, value, span=(start, end))


def title(lines: Lines, taken: list[bool]) -> Iterator[Match]:
    """The first line, when it stands alone in its paragraph and reads like a headline.

    Only when more text follows: a one-paragraph page has no title to take.
    """
    if len(lines) < 3 or taken[0] or lines.para_size(0) != 1:
        return
    text = lines.norm[0]
    if len(text) > 200 or not looks_like_heading(text, max_words=25):
        return
    if lines.blocks[-1].para == 0:
        return
    yield Match("title", 0, 0)
