"""Generic cleaning for articles from any site.

Runs on every page, after source plugins (``trylast``) and at priority 0, so a source plugin's
verdict always wins a conflict. Each module holds one family of rules; this file only pools them.
Precision comes first: a rule fires only on lines that cannot plausibly be body text.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuskit import Block, Label, Page, hookimpl
from corpuskit.layout import GENERIC_PRIORITY, Lines, Match, to_labels
from corpuskit_plugins.generic import head, markup, repeats

NAME = "generic"

# Rules run in this order; a line claimed by an earlier one is not offered to later ones.
RULES = (head.dateline, markup.lone_markup, repeats.repeated_lines, head.title)


def find(lines: Lines) -> list[Match]:
    """Every generic verdict on a page, each line claimed at most once."""
    taken = [False] * len(lines)
    found: list[Match] = []
    for rule in RULES:
        for match in rule(lines, taken):
            if match.span is None:
                if any(taken[match.first : match.last + 1]):
                    continue
                for i in range(match.first, match.last + 1):
                    taken[i] = True
            found.append(match)
    return found


@hookimpl(trylast=True)
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """Generic labels for any page."""
    if not blocks:
        return []
    return to_labels(find(Lines(page, blocks)), blocks, NAME, GENERIC_PRIORITY)
