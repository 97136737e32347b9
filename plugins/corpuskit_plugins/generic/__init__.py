"""Generic cleaning for articles from any site.

Runs on every page, after source plugins (``trylast``) and at priority 0, so a source plugin's
verdict always wins a conflict. Each module holds one family of rules and ``families`` runs them
in order; this file is only the hook. Precision comes first: a rule fires only on lines that
cannot plausibly be body text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from corpuskit import Block, Label, Page, hookimpl
from corpuskit.layout import GENERIC_PRIORITY, Lines, Match, to_labels
from corpuskit.sources import SourceInfo
from corpuskit_plugins.generic.families import FAMILIES, find

__all__ = ["FAMILIES", "NAME", "corpuskit_label", "find"]

NAME = "generic"


@hookimpl(trylast=True)
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """Generic labels for any page."""
    if not blocks:
        return []
    found = find(Lines.of(page, blocks))
    if source:
        site = _site(source)
        found = [_not_the_outlet(m, site) if m.kind == "byline" else m for m in found]
    return to_labels(found, blocks, NAME, GENERIC_PRIORITY)


@lru_cache(maxsize=256)
def _site(source: str) -> SourceInfo:
    """The source by name alone (its name is its main domain, or close to it)."""
    return SourceInfo(source, ())


def _not_the_outlet(match: Match, site: SourceInfo) -> Match:
    """A byline without the source's own name among its authors (``By Name | Outlet``)."""
    names, own = match.value, site.is_own_name
    if not isinstance(names, tuple) or not any(own(n) for n in names):
        return match
    return match._replace(value=tuple(n for n in names if not own(n)))
