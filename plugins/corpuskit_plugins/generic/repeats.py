"""Lines that repeat others: a doubled heading, a widget printed twice, and the headline of
another issue of the same series.

Of a doubled first line, the first copy goes: whichever plugin takes the first line for the
title, the body then starts with the second, and the clean text reads back the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context
from corpuskit_plugins.generic.dates import MONTH_NAMES
from corpuskit_plugins.generic.head import DATE_HEADER


def repeated_lines(ctx: Context) -> Iterator[Match]:
    """A line equal (ignoring white space) to the last line no rule took before it.

    Lines other rules took do not separate two copies: once they are gone the copies touch, and
    parsing the clean text again must not find anything new (idempotence). The title runs
    first: a line repeating a first line taken as the title is the first of the body.
    """
    if not ctx.repeated:  # no two lines alike, even in case: no copy to find
        return
    norm, kinds = ctx.norm, ctx.kinds
    # A first line holding a crawler's date header keeps it (the date and the paragraph after
    # it): its copies go instead, or each cleaning would take one copy and its date away.
    dated = bool(ctx.total) and DATE_HEADER.match(ctx.lines.blocks[0].text) is not None
    previous = -1
    for index, text in enumerate(norm):
        if kinds[index] is not None:
            continue
        if previous >= 0 and text == norm[previous]:
            if previous == 0 and not dated:
                # The page's first line doubled: the first copy goes. A source plugin may take
                # the first line for the title, and then the second copy is the body's start.
                yield Match("duplicate", 0, 0)
                previous = index
                continue
            yield Match("duplicate", index, index)
            continue
        previous = index


SERIES_RUN = 3
"""Issues of the series listed in a row, at least, for the run to be the series' archive."""
_SPARE = ",.:;()–—-|/"
"""What a date's words are written between: no part of the series' name."""
_DIGIT = re.compile(r"\d")


def _masked(low: str) -> tuple[str, ...]:
    """A lower-cased line's words with its dates' words (a month, a number) masked: what
    every issue of a series shares ("reservoir bird count, # #")."""
    return tuple(
        "#" if any(c.isdigit() for c in word) or word in MONTH_NAMES else word
        for raw in low.split()
        if (word := raw.strip(_SPARE))
    )


def series_issues(ctx: Context) -> Iterator[Match]:
    """Other issues of the article's series, listed: the headline with another date.

    A monthly count, a weekly column or a numbered bulletin is headed "Reservoir bird count,
    November 2023"; the page saved whole lists its archive as "Reservoir bird count, October
    2023", "…, September 2023", a hundred lines that read as furniture to nothing else (no
    menu word, no link marker). Three lines in a row or more that are the headline with
    only its dates changed, and no other words, are those issues: ``related``. An article
    comparing a series' years heads its sections so too ("Election results 2020"), but writes
    prose under each.
    """
    kinds = ctx.kinds
    if "title" not in kinds:
        return
    lower = ctx.lower
    title = lower[kinds.index("title")]
    figure = _DIGIT.search(title)
    if figure is None:
        return  # most headlines hold no figure: the test costs a scan in C
    # The series' name: the words before the first date's, a month's name included.
    words = title[: figure.start()].split()
    if words and not title[figure.start() - 1].isspace():
        words.pop()  # the figure's own word ("#12", "(2023")
    while words and words[-1].strip(_SPARE) in MONTH_NAMES:
        words.pop()
    if len(words) < 2:
        return  # no name of a series before the date ("2024 in review")
    # The lines opening with the series' name, found by one search of the page.
    found = [
        index
        for index in ctx.hits(("\n" + " ".join(words) + " ",))
        if kinds[index] is None and lower[index] != title
    ]
    if len(found) < SERIES_RUN:
        return
    template = _masked(title)
    run: list[int] = []
    for index in found:
        if _masked(lower[index]) != template:
            continue
        if run and run[-1] != index - 1:
            if _archive(ctx, run):
                yield Match("related", run[0], run[-1])
            run = []
        run.append(index)
    if _archive(ctx, run):
        yield Match("related", run[0], run[-1])


PROSE_AFTER = 20
"""Words of the line under a run that say the article goes on below it."""


def _archive(ctx: Context, run: list[int]) -> bool:
    """Whether a run of the series' issues is its archive, not a list in the article: long
    enough, not led in by a sentence ending with a colon ("The last four meetings ended:",
    "It repeals three earlier bylaws:"), and no paragraph of the article right under it. A
    headline's figure may be a value, not a date (a score, a rate, a price): the earlier
    values, listed in the headline's words, are the article's."""
    if len(run) < SERIES_RUN:
        return False
    if run[0] and ctx.norm[run[0] - 1].endswith(":"):
        return False
    after = run[-1] + 1
    kinds = ctx.kinds
    while after < ctx.total and kinds[after] is not None:
        after += 1
    return after >= ctx.total or ctx.words[after] < PROSE_AFTER
