"""Reader comment threads: from the thread's header to the end of the page.

A thread announces itself with a count and the article's title (``34 responses to "X"``,
``10 thoughts on "X"``, ``2 comments on X``), or shows itself as a run of ``name says:`` lines,
or stands as a bare count (``There are 13 comments``) above at least three ``Reply`` buttons.
Nothing after the start of a thread is the article, so everything from there to the end of the
page that no other rule claimed is ``comments`` (a kind coined here: the shared vocabulary has
none for reader comments).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Prefixes

KIND = "comments"
MIN_SAYS = 3
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:comments?|responses?|replies|reply|thoughts?|reactions?) (?:to|on) \S"
)
_HEADER = re.compile(_COUNT)
# A count standing alone ("13 comments", "There are 13 comments") names a thread only when
# the thread's own furniture follows: a "Reply" button under at least three comments.
_BARE_COUNT = re.compile(
    r"(?:there (?:are|is) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:comments?|responses?|replies|thoughts?|reactions?)\Z"
)
_REPLY = frozenset({"reply", "reply ↓", "antworten", "répondre", "responder", "rispondi"})
MIN_REPLIES = 3
# What a header's count opens with: a cheap test before the regex (``str.isdigit`` takes in
# every digit ``\d`` does).
_NUMBER_WORDS = (
    "one ",
    "two ",
    "three ",
    "four ",
    "five ",
    "six ",
    "seven ",
    "eight ",
    "nine ",
    "ten ",
)
_NUMBERED = Prefixes(*_NUMBER_WORDS)
_SAYS = re.compile(r"\S+(?: \S+){0,3} (?:says|said|wrote|writes):\Z")


def threads(ctx: Context) -> Iterator[Match]:
    """Comment threads, from their header (or first 'name says:' line) to the end."""
    lower, words = ctx.lower, ctx.words
    start = None
    bare = None
    replies = 0
    says = []
    # The lines opening with a number word, from the routes every line start was given once
    # for the whole page (``Context.starting``): a set look-up per line here, where
    # ``str.startswith`` with ten words cost more than the rest of the loop.
    numbered = ctx.starting(_NUMBERED)
    for index in ctx.short:
        if words[index] > 30:
            continue
        low = lower[index]
        if (
            start is None
            and (low[:1].isdigit() or (numbered and index in numbered))
            and _HEADER.match(low)
        ):
            start = index
        if words[index] <= 5 and low[-1:] == ":" and _SAYS.match(low):
            says.append(index)
        if words[index] <= 6:
            if low in _REPLY:
                replies += bare is not None
            elif (
                bare is None
                and (low[:1].isdigit() or low[:6] == "there " or (numbered and index in numbered))
                and _BARE_COUNT.match(low)
            ):
                bare = index
    if len(says) >= MIN_SAYS and (start is None or says[0] < start):
        start = says[0]
    if bare is not None and replies >= MIN_REPLIES and (start is None or bare < start):
        start = bare
    if start is None:
        return
    kinds = ctx.kinds
    index = start
    total = ctx.total
    while index < total:
        if kinds[index] is not None:
            index += 1
            continue
        end = index
        while end + 1 < total and kinds[end + 1] is None:
            end += 1
        yield Match(KIND, index, end)
        index = end + 1
