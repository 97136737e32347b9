"""Generic cleaning for articles from any site.

Runs on every page, after source plugins (``trylast``) and at priority 0, so a source plugin's
verdict always wins a conflict. Each module holds one family of rules and ``families`` runs them
in order; this file is only the hook. Precision comes first: a rule fires only on lines that
cannot plausibly be body text.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuskit import Block, Label, Page, hookimpl
from corpuskit.layout import GENERIC_PRIORITY, Lines, to_labels
from corpuskit_plugins.generic.families import FAMILIES, find

__all__ = ["FAMILIES", "NAME", "corpuskit_label", "find"]

NAME = "generic"


@hookimpl(trylast=True)
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """Generic labels for any page."""
    if not blocks:
        return []
    return to_labels(find(Lines.of(page, blocks)), blocks, NAME, GENERIC_PRIORITY)
