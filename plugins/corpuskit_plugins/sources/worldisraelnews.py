"""World Israel News (worldisraelnews.com).

Headline, a dek (a sentence, full stop and all), then "By Name, World Israel News" or "By World
Israel News Staff"; related articles sit inline as "Read  <headline>" (an NBSP after "Read"), and
captions end in a bracketed credit.
"""

from __future__ import annotations

from corpuskit.layout import (
    NAMES,
    Layout,
    Signature,
    byline,
    caption,
    lead_headline,
    rule_signature,
)
from corpuskit.sources import SourceInfo

OWN_BYLINE = byline(
    rf"^By (?:(?P<names>{NAMES}), World Israel News|World Israel News Staff)$",
    needles=("world israel news",),
)
WIRE_BYLINE = byline(
    rf"^By (?:(?P<names>{NAMES}), (?:JNS|TPS)|JNS|Jewish News Syndicate|TPS|Tazpit Press Service"
    r"|AP|The Associated Press|Associated Press|Reuters|AFP)$"
)

LAYOUT = Layout(
    source=SourceInfo(
        name="worldisraelnews.com",
        domains=("worldisraelnews.com",),
        plugin="worldisraelnews",
        description="World Israel News: 'By Name, World Israel News' bylines, 'Read' links.",
    ),
    title="first",
    subtitle="second",
    rules=[
        OWN_BYLINE,
        WIRE_BYLINE,
        lead_headline("related", "Read"),
        caption("brackets"),
    ],
    signatures=[
        rule_signature(OWN_BYLINE, 0.95),
        # "Read" + NBSP before a related headline: how this site's inline links scrape.
        Signature(r"(?m)^[ \t]*read\u00a0", 0.6, regex=True, needle="read\u00a0"),
    ],
)
