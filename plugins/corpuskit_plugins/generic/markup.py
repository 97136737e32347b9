"""Stray markup left by HTML-to-text conversion.

A line with no letter or digit at all (``>``, ``|``, ``•``, a rule of underscores), a leftover
tag or shortcode (``<br>``, ``[button link="..."]...[/button]``), or an entity on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Openings, Prefixes

# A tag has no attributes or attributes with values ('<br>', '<img src="x">'), never words.
# Possessive quantifiers: each tag can be read one way only, and a backtracking version took
# minutes on a page of raw HTML crawled as text (a line of a few hundred tags that does not
# end in one: every split of the attributes around their '=' signs was tried).
_TAG = re.compile(
    r"(?:</?[a-z][a-z0-9]*+(?:\s[^<>=]*+=[^<>]*+)?+\s*+/?>\s*+)++\Z"
    r"|\[/?[a-z_]+(?:\s[^\[\]]*)?\].*\[/[a-z_]+\]\Z"
)
_ENTITY = re.compile(r"(?:&(?:[a-z]+|#\d+|#x[0-9a-f]+);\s*)+\Z")
_CODE_WIDGETS = (
    "this slideshow requires javascript",
    "please enable javascript",
    "javascript is disabled",
    "you need to enable javascript",
    "your browser does not support",
)


_WIDGETS = Prefixes(*_CODE_WIDGETS)
_UNLETTERED = Openings(lambda first: not first.isalnum())
"""Lines opening with neither a letter nor a digit, routed with the page's line starts: the
only lines that can be bare markup, a tag or an entity."""


def lone_markup(ctx: Context) -> Iterator[Match]:
    """Lines that are only markup, punctuation or entities."""
    kinds = ctx.kinds
    lower = ctx.lower
    unlettered = ctx.starting(_UNLETTERED)
    # Of those, the short lines (most pages have none, and no set of the short lines to make).
    short = set(ctx.short) if unlettered else ()
    for index in unlettered:
        if index not in short or kinds[index] is not None:
            continue
        text = lower[index]
        if _bare(text) or (text[0] in "<[&" and (_TAG.match(text) or _ENTITY.match(text))):
            yield Match("markup", index, index)
    for index in ctx.starting(_WIDGETS):
        if kinds[index] is None and ctx.words[index] <= 16:
            yield Match("markup", index, index)


def _bare(text: str) -> bool:
    """No letter or digit: nothing a reader would miss.

    Unless it ends with a full stop after other marks ('— — —.'): someone meant a sentence.
    """
    if len(text) > 80 or any(c.isalnum() for c in text):
        return False
    return not text.endswith(".") or not text.strip(". …")
