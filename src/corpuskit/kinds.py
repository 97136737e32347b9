"""The vocabulary of labels: what a span of an article can be.

Two families. *Field kinds* feed a Document field (title, subtitle, byline → authors, dateline →
published) or keep text in the body (body). *Debris kinds* name what was taken out and end up in
``Document.removed``. Plugins may coin new debris kinds (a lower-case identifier); the ones below
are the shared vocabulary that corpus users can filter on, so prefer them.
"""

from __future__ import annotations

import re

FIELD_KINDS: dict[str, str] = {
    "body": "Article text. Proposed to protect a span from generic debris rules.",
    "title": "The headline; its text becomes Document.title.",
    "subtitle": "The standfirst or dek under the headline; becomes Document.subtitle.",
    "byline": "'By Name, Outlet'; the names become Document.authors.",
    "dateline": "A date header; the date becomes Document.published.",
}
"""Kinds whose spans feed a Document field (or, for ``body``, stay in the body)."""

DEBRIS_KINDS: dict[str, str] = {
    "caption": "An image or video caption, usually ending in a credit.",
    "credit": "A photo credit standing on its own ('Photo Credit: Name / Agency').",
    "tags": "A keyword or tag line, or an image alt-text line ('Hamas Moscow Russia').",
    "related": "A link to another article: 'Read more', 'Related:', a related headline.",
    "footer": "Site furniture after the article: sign-up and notification blocks, legal text.",
    "promo": "A newsletter, subscription or app prompt inside the article.",
    "share": "Social share prompts and counters.",
    "copyright": "A copyright or reproduction notice.",
    "navigation": "Menus, breadcrumbs and link runs around the article (full-page text).",
    "cookie": "A cookie or consent notice.",
    "markup": "Stray markup: a lone '>', leftover tags or entities.",
    "duplicate": "A line repeated verbatim right after itself.",
    "comments": "Reader comments under the article (names, timestamps, replies).",
    "boilerplate": "Recurring site text that fits no narrower kind.",
    "summary": "Key points or a verdict listed above the article: its own words, kept apart.",
    "hidden": "Text the HTML page hides from readers (hidden, display: none): never weighed.",
}
"""The shared vocabulary of what ``Document.removed`` lists."""

HTML_ONLY_KINDS = frozenset({"hidden", "summary"})
"""Debris kinds only markup can show: a text page hides nothing, and its list of points
above the article reads like any list in the article."""

KINDS: dict[str, str] = {**FIELD_KINDS, **DEBRIS_KINDS}
"""Every documented kind with its meaning."""

_KIND_RE = re.compile(r"[a-z][a-z0-9_]*\Z")


_VALID: set[str] = set(KINDS)
"""Kinds already seen to be valid: checked on every Label, so the common case is a set lookup."""


def validate_kind(kind: str) -> None:
    """Reject kinds that cannot be a stable JSON value users filter on."""
    if kind in _VALID:
        return
    if not isinstance(kind, str) or not _KIND_RE.match(kind):
        raise ValueError(f"kind must be a lower-case identifier, got {kind!r}")
    if len(_VALID) < 10_000:  # plugins coin few kinds; never let a bad plugin grow this
        _VALID.add(kind)


def is_debris(kind: str) -> bool:
    """True when a span of this kind leaves the body and is recorded in ``removed``."""
    return kind not in FIELD_KINDS
