"""The Times of Israel (timesofisrael.com).

Headline, then a dek with no final full stop; photo captions end in a bracketed credit
("(Mahmud Hams/AFP)", "(Flash90)") and are often printed twice; a "Daily Edition" sign-up box
may sit in the body; the page ends with "read more:" and the notifications widget.
"""

from __future__ import annotations

from corpuskit.layout import NAMES, Layout, Signature, byline, caption, line, prefix
from corpuskit.sources import SourceInfo

DAILY_EDITION = (
    "Get The Times of Israel's Daily Edition",
    "Get The Times of Israel’s Daily Edition",
)
SIGN_UP = (
    "by email and never miss our top stories",
    "Newsletter email address",
    "Get it",
    "Free Sign Up",
    "By signing up, you agree to the terms",
)
STAFF = r"(?:The )?(?:Times of Israel|TOI) [Ss]taff|[Aa]gencies"
NOTIFICATIONS = (
    "Never miss breaking news on Israel",
    "Get notifications to stay updated",
    "You're subscribed",
    "You’re subscribed",
)

LAYOUT = Layout(
    source=SourceInfo(
        name="timesofisrael.com",
        domains=("timesofisrael.com",),
        plugin="timesofisrael",
        description="The Times of Israel: captions with bracketed credits, sign-up boxes.",
    ),
    title="first",
    subtitle="second",
    subtitle_heading=True,
    rules=[
        line("footer", "read more:", *NOTIFICATIONS, where="tail", to_end=True),
        prefix("promo", *DAILY_EDITION, around=SIGN_UP),
        line("promo", "Free Sign Up", "By signing up, you agree to the terms", around=SIGN_UP),
        caption("brackets"),
        byline(rf"^By (?:(?P<names>{NAMES})|{STAFF})(?: and (?:{STAFF}))?$", staff=("Agencies",)),
    ],
    signatures=[
        ("never miss breaking news on israel", 0.95),
        ("get notifications to stay updated", 0.9),
        ("the times of israel's daily edition", 0.95),
        ("the times of israel’s daily edition", 0.95),
        # The crawler's " date YYYY-MM-DD " header, seen here only on this site's pages: a guess
        # that any page with a real signature of another site outweighs.
        Signature(r"\A\s*date \d{4}-\d{2}-\d{2}\s", 0.5, regex=True),
    ],
)
