"""Lines repeated right after themselves: a doubled heading, a widget printed twice.

Of a doubled first line, the first copy goes: whichever plugin takes the first line for the
title, the body then starts with the second, and the clean text reads back the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context
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
