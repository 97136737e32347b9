"""The generic rule families in the order they run, and the loop that runs them over a page.

Kept apart from the hook implementation in ``__init__``, which stays the hook and nothing else.
"""

from __future__ import annotations

from corpuskit.layout import Lines, Match
from corpuskit_plugins.generic import (
    bios,
    boilerplate,
    bylines,
    captions,
    comments,
    cookies,
    dates,
    footers,
    fullpage,
    head,
    head_bylines,
    markup,
    promos,
    related,
    repeats,
    share,
    tags,
)
from corpuskit_plugins.generic.context import Context, Family

# Families run in this order; a line claimed by an earlier one is not offered to later ones.
# Narrow, sure rules first; then inferences from their finds (a caption beside a credit, a
# keyword line above a caption); the title after everything that could claim the first line,
# then repeats (of what is left); the whole-page rule last, as it weighs what the others left.
FAMILIES: tuple[Family, ...] = (
    head.dateline,
    markup.lone_markup,
    footers.footers,
    cookies.cookies,
    comments.threads,
    bylines.bylines,
    head_bylines.head_bylines,
    captions.captions,
    dates.date_headers,
    share.share,
    tags.tag_lines,
    promos.promos,
    related.related,
    boilerplate.widgets,
    comments.forms,
    bios.author_boxes,
    bios.sign_offs,
    # Inferences from what the rules above found.
    captions.caption_groups,
    tags.image_keywords,
    head.title,
    repeats.series_issues,
    repeats.repeated_lines,
    fullpage.fullpage,
    # What the whole-page rule left: lines of hashtags.
    tags.hashtags,
)


def find(lines: Lines) -> list[Match]:
    """Every generic verdict on a page, each line claimed at most once."""
    ctx = Context(lines)
    kinds = ctx.kinds
    found: list[Match] = []
    for family in FAMILIES:
        for match in family(ctx):
            kind, first, last, _, span = match
            if span is None:  # a verdict on whole lines claims them, unless one is taken
                if first == last:  # most verdicts: one line
                    if kinds[first] is not None:
                        continue
                    kinds[first] = kind
                else:
                    if any(kinds[first : last + 1]):
                        continue
                    kinds[first : last + 1] = [kind] * (last + 1 - first)
            found.append(match)
    return found
