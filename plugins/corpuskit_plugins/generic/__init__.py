"""Generic cleaning for articles from any site.

Runs on every page, after source plugins (``trylast``) and at priority 0, so a source plugin's
verdict always wins a conflict. Each module holds one family of rules; this file only pools them.
Precision comes first: a rule fires only on lines that cannot plausibly be body text.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuskit import Block, Label, Page, hookimpl
from corpuskit.layout import GENERIC_PRIORITY, Lines, Match, to_labels
from corpuskit_plugins.generic import (
    boilerplate,
    bylines,
    captions,
    comments,
    cookies,
    dates,
    footers,
    fullpage,
    head,
    markup,
    promos,
    related,
    repeats,
    share,
    tags,
)
from corpuskit_plugins.generic.context import Context, Rule

NAME = "generic"

# Rules run in this order; a line claimed by an earlier one is not offered to later ones.
# Narrow, sure rules first; then inferences from their finds (a caption beside a credit, a
# keyword line above a caption); the title after everything that could claim the first line,
# then repeats (of what is left); the whole-page rule last, as it weighs what the others left.
RULES: tuple[Rule, ...] = (
    head.dateline,
    markup.lone_markup,
    footers.footers,
    cookies.cookies,
    comments.threads,
    bylines.bylines,
    captions.captions,
    dates.date_headers,
    share.share,
    tags.tag_lines,
    promos.promos,
    related.related,
    boilerplate.widgets,
    # Inferences from what the rules above found.
    captions.caption_groups,
    tags.image_keywords,
    head.title,
    repeats.repeated_lines,
    fullpage.fullpage,
)


def find(lines: Lines) -> list[Match]:
    """Every generic verdict on a page, each line claimed at most once."""
    ctx = Context(lines)
    kinds = ctx.kinds
    found: list[Match] = []
    for rule in RULES:
        for match in rule(ctx):
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


@hookimpl(trylast=True)
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """Generic labels for any page."""
    if not blocks:
        return []
    return to_labels(find(Lines.of(page, blocks)), blocks, NAME, GENERIC_PRIORITY)
