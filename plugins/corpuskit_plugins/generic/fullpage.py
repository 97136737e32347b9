"""Whole-page text: the article among menus, link lists and footers (what a crawler keeps).

A page saved whole announces itself: many short link-like lines (at most four words, no
sentence punctuation) and the furniture words every site has (privacy, terms, sign in, menu,
©...). Only on such a page, the article is taken to be the stretch of lines that holds the most
prose: each line of running text counts for its length, each link-like line against, and the
best-scoring stretch wins (the maximum-sum segment). When the page repeats its title above the
article (the ``<h1>``), the stretch starts at the first line of prose under it and runs to
where the running score peaks: a short news item is not lost to a longer blurb elsewhere.

What lies before the article is ``navigation``; what lies after it is ``navigation``, or
``footer`` when it holds the site's legal links. Lines other rules already labelled (captions,
bylines, share lines) count for nothing either way.

An ordinary article, even with a list in it, has neither the mass of short lines nor the
furniture words, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import SENTENCE_END, Context

MIN_LINES = 15
MIN_SHORT = 10
MIN_SHORT_SHARE = 0.25
MIN_FURNITURE = 3
SHORT_WORDS = 4
SHORT_CHARS = 40
PROSE_FLOOR = 8
"""Words a prose line must have before it counts for the article: teasers are short."""
LINE_PENALTY = 5
DATA_ROW = 2

FURNITURE = (
    "privacy",
    "terms of",
    "terms and conditions",
    "©",
    "copyright",
    "all rights reserved",
    "\nsign in",
    "\nlog in",
    "\nlogin",
    "\nsubscribe",
    "newsletter",
    "contact us",
    "about us",
    "advertise",
    "\nmenu",
    "\nsearch",
    "skip to",
    "cookie",
    "\nhome\n",
    "\nfacebook",
    "\ntwitter",
    "\nfollow us",
)
_TAG = re.compile(r"</?[a-z][^<>]*>")
LEGAL = ("privacy", "terms of", "terms and conditions", "©", "copyright", "all rights reserved")


def _short(ctx: Context, index: int) -> bool:
    return (
        ctx.words[index] <= SHORT_WORDS
        and len(ctx.lower[index]) <= SHORT_CHARS
        and not ctx.norm[index].endswith(SENTENCE_END)
    )


def is_full_page(ctx: Context) -> bool:
    """Many short link-like lines and the furniture words of a site."""
    total = ctx.total
    if total < MIN_LINES or len(ctx.short) < MIN_SHORT:
        return False  # the cheap test first: most articles stop here
    short = sum(1 for i in ctx.short if _short(ctx, i))
    if short < MIN_SHORT or short < MIN_SHORT_SHARE * total:
        return False
    found = sum(1 for needle in FURNITURE if needle in ctx.page)
    return found >= MIN_FURNITURE


def score(ctx: Context, index: int) -> int:
    """How much a line says 'article here' (positive) or 'page furniture here' (negative)."""
    kinds = ctx.kinds
    if kinds[index] is not None:
        # A related list (two lines or more) is link furniture whoever labelled it: the
        # article does not run on across it to a teaser further down. A lone related line
        # (``Related: ...``) sits inside articles and counts for nothing.
        if kinds[index] == "related" and _in_a_list(kinds, index):
            return -LINE_PENALTY
        return 0
    text = ctx.lower[index]
    markup = "<" in text and _TAG.search(text) is not None
    if markup:
        # Raw markup a crawler kept as text (a tracking pixel's <div><img src=...>) is long
        # but says nothing: only the words outside its tags count.
        text = _TAG.sub(" ", text).strip()
        words = max(len(text.split()), len(text) // 6)
        sentence = words >= 5 and text.endswith(SENTENCE_END)
    else:
        # A sentence in a script written without spaces (Chinese, Japanese) is one "word" by
        # white space: its length says how much it holds.
        words = max(ctx.words[index], len(text) // 6)
        sentence = ctx.prose(index) or (words >= 6 and text.endswith(SENTENCE_END))
    if sentence or words >= 25:
        return max(1, words - PROSE_FLOOR)
    if not markup and words >= 4 and sum(1 for t in text.split() if t[:1].isdigit()) >= 3:
        return DATA_ROW  # a row of a table of figures: content, not a menu
    return -LINE_PENALTY


def _in_a_list(kinds: list[str | None], index: int) -> bool:
    return (index > 0 and kinds[index - 1] == "related") or (
        index + 1 < len(kinds) and kinds[index + 1] == "related"
    )


def best_stretch(scores: list[int]) -> tuple[int, int] | None:
    """The segment with the largest sum (Kadane), or None when nothing scores above zero."""
    best = 0
    best_span: tuple[int, int] | None = None
    running = 0
    start = 0
    for index, value in enumerate(scores):
        if running <= 0:
            running, start = value, index
        else:
            running += value
        if running > best:
            best, best_span = running, (start, index)
    return best_span


def anchored_stretch(scores: list[int], headline: int) -> tuple[int, int] | None:
    """The article under its headline: from the first line of prose after the repeated
    title to wherever the running score peaks."""
    start = next((i for i in range(headline + 1, len(scores)) if scores[i] > 0), None)
    if start is None:
        return None
    best = running = 0
    end = start
    for index in range(start, len(scores)):
        running += scores[index]
        if running > best:
            best, end = running, index
    return start, end


def _stretch(scores: list[int], headline: int | None) -> tuple[int, int] | None:
    span = anchored_stretch(scores, headline) if headline is not None else None
    return span if span is not None else best_stretch(scores)


def fullpage(ctx: Context) -> Iterator[Match]:
    """Navigation and footer runs around the article of a page saved whole."""
    if not is_full_page(ctx):
        return
    total = ctx.total
    scores = [score(ctx, i) for i in range(total)]
    headline = next((i for i in range(1, total) if ctx.kinds[i] == "title"), None)
    span = _stretch(scores, headline)
    if span is None:
        return
    first, last = span
    # A copyright notice or a footer closes the site's page: the article ends before it, so
    # the stretch is sought again among the lines above.
    closing = next(
        (i for i in range(first + 1, last + 1) if ctx.kinds[i] in ("copyright", "footer")), None
    )
    if closing is not None:
        span = _stretch(scores[:closing], headline)
        if span is None:
            return
        first, last = span
    yield from _runs(ctx, 0, first, "navigation")
    yield from _runs(ctx, last + 1, total, "navigation")


def _runs(ctx: Context, start: int, stop: int, kind: str) -> Iterator[Match]:
    index = start
    while index < stop:
        if not ctx.free(index):
            index += 1
            continue
        end = index
        while end + 1 < stop and ctx.free(end + 1):
            end += 1
        run_kind = kind
        if kind == "navigation" and any(
            needle in ctx.lower[i] for i in range(index, end + 1) for needle in LEGAL
        ):
            run_kind = "footer"
        yield Match(run_kind, index, end)
        index = end + 1
