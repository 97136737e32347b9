"""The Harbour Herald (harbourherald.example): a corpuskit source plugin.

The Herald is a made-up local paper; its scraped pages look like this:

* the headline, then a one-sentence standfirst;
* a byline with the date after a middle dot: ``By Mara Quill · March 5, 2024``, or
  ``By Herald Staff``;
* the Herald's own photos under a ``Picture: Name/Harbour Herald`` line with the caption on the
  next line; agency photos as one line ending in a bracketed credit ``(Name/Reuters)``;
* ``Also in the Herald: <headline>`` links and a ``Filed under:`` line between paragraphs;
* the "morning tide report" sign-up box, with its e-mail field and button;
* at the end, the "Keep the Herald afloat" appeal or the copyright line, and what follows it.

The whole plugin is one declarative :class:`~corpuskit.layout.Layout`: the entry point names
``LAYOUT`` and corpuskit registers it with pluggy as it is.
"""

from __future__ import annotations

from corpuskit.layout import (
    NAMES,
    Layout,
    byline,
    caption,
    lead_headline,
    line,
    prefix,
    rule_signature,
)
from corpuskit.sources import SourceInfo

# -- the source ---------------------------------------------------------------------------

SOURCE = SourceInfo(
    name="harbourherald.example",
    domains=("harbourherald.example",),
    plugin="harbourherald",
    description="The Harbour Herald: 'Picture:' credits over captions, tide-report sign-ups.",
)

# -- bylines ------------------------------------------------------------------------------

BYLINE = byline(rf"^By (?P<names>{NAMES})(?: · (?P<date>.+))?$", staff=["Herald Staff"])

# -- photos -------------------------------------------------------------------------------

PICTURE = prefix("credit", "Picture:", then=("caption",))
AGENCY_PHOTO = caption("brackets")

# -- links, tags and the sign-up box ------------------------------------------------------

RELATED = lead_headline("related", "Also in the Herald:")
TAGS = prefix("tags", "Filed under:")
TIDE_REPORT = ("Get the Herald's morning tide report", "Get the Herald’s morning tide report")
SIGN_UP = prefix("promo", *TIDE_REPORT, around=["Your email address", "Sign me up"])

# -- the end of the page ------------------------------------------------------------------

APPEAL = line("footer", "Keep the Herald afloat", where="tail", to_end=True)
COPYRIGHT = prefix("footer", "© The Harbour Herald", where="tail", to_end=True)

# -- the layout ---------------------------------------------------------------------------

LAYOUT = Layout(
    source=SOURCE,
    title="first",
    subtitle="second",
    rules=[APPEAL, COPYRIGHT, SIGN_UP, PICTURE, AGENCY_PHOTO, RELATED, TAGS, BYLINE],
    signatures=[
        ("keep the herald afloat", 0.95),
        ("© the harbour herald", 0.95),
        ("the herald's morning tide report", 0.9),
        ("the herald’s morning tide report", 0.9),
        ("/harbour herald", 0.9),
        rule_signature(RELATED, 0.8),
    ],
)
