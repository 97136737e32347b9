"""Tag and keyword lines: 'Tags: a, b, c', 'Filed under: X', and image keyword lines.

An image's keyword line (``Harbour Eastport Council``) sits right above its caption in the same
paragraph: a few capitalised words with no punctuation at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Prefixes

MAX_WORDS = 40
PREFIXES = (
    "tags:",
    "tags ",
    "tagged:",
    "tagged with:",
    "tagged in:",
    "tagged ",
    "topics:",
    "topic:",
    "keywords:",
    "key words:",
    "filed under:",
    "filed in:",
    "categories:",
    "category:",
    "posted in:",
    "posted in ",
    "related topics:",
    "more about:",
    "subjects:",
    "labels:",
)
_PREFIXES = Prefixes(*PREFIXES)
_KEYWORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,7}\Z")


def tag_lines(ctx: Context) -> Iterator[Match]:
    """'Tags: ...', 'Filed under: ...' lines."""
    for index in ctx.starting(_PREFIXES):
        if not ctx.free(index) or ctx.words[index] > MAX_WORDS:
            continue
        low = ctx.lower[index]
        prefix = next(p for p in PREFIXES if low.startswith(p))
        rest = ctx.norm[index][len(prefix) :].strip()
        if not rest:
            continue
        if prefix.endswith(":") or (rest[0].isupper() and not low.endswith((".", "!", "?"))):
            yield Match("tags", index, index)


def image_keywords(ctx: Context) -> Iterator[Match]:
    """A keyword line right above a caption (runs after the other rules)."""
    kinds = ctx.kinds
    if "caption" not in kinds:
        return
    for index, kind in enumerate(kinds):
        if kind != "caption":
            continue
        above = index - 1
        if (
            ctx.free(above)
            and ctx.lines.next_to(above, index)
            and ctx.words[above] <= 8
            and _KEYWORDS.match(ctx.norm[above])
        ):
            yield Match("tags", above, above)
