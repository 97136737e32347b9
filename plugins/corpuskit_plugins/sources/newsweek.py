"""Newsweek (newsweek.com).

Headline, then the lead image as two lines: its keywords ("Hamas Moscow Russia", the alt text)
over a caption whose credit trails unbracketed ("… 2014. Reuters/Fadi Al-Assaad", "… AFP via
Getty Images"); the same caption style recurs mid-body. Newer pages end in reprint links and the
"Uncommon Knowledge" statement.
"""

from __future__ import annotations

import re

from corpuskit.layout import Layout, Lines, Signature, caption, keywords, line, prefix
from corpuskit.sources import SourceInfo

IMAGE = caption("trailing", before="tags", before_if=keywords)
HEAD_IMAGE = caption("trailing", where="head", before="tags", before_if=keywords)


def _head_image(lines: Lines) -> bool:
    """The head image: a keyword line over a caption with a trailing credit, under the headline.

    The keyword line is never the page's first line: a headline over a caption reads just
    like keywords over it once blank lines play no part, and many sites put one there. Nor
    is it a byline: "By Dana Kessler" over a credited caption is any site's article head.
    """
    if not HEAD_IMAGE.may_match(lines):  # most pages: a scan or two, no rule run
        return False
    found = [m for m in HEAD_IMAGE.matches(lines, [False] * len(lines)) if m.first > 0]
    if any(m.kind == "tags" and _BYLINE.match(lines.norm[m.first]) for m in found):
        return False
    return {"tags", "caption"} <= {m.kind for m in found}


_BYLINE = re.compile(r"by\s", re.IGNORECASE)


LAYOUT = Layout(
    source=SourceInfo(
        name="newsweek.com",
        domains=("newsweek.com",),
        plugin="newsweek",
        description="Newsweek: image keyword lines over captions with trailing credits.",
    ),
    title="first",
    rules=[
        line(
            "footer",
            "Uncommon Knowledge",
            "Request Reprint & Licensing",
            "Submit Correction",
            "View Editorial Guidelines",
            where="tail",
            to_end=True,
        ),
        prefix(
            "footer",
            "Newsweek is committed to challenging conventional wisdom",
            where="tail",
            to_end=True,
        ),
        IMAGE,
    ],
    signatures=[
        ("newsweek is committed to challenging conventional wisdom", 0.95),
        ("request reprint & licensing", 0.8),
        ("newsweek has reached out to", 0.6),
        ("newsweek has contacted", 0.6),
        # The head image (alt-text keywords over a credited caption) is this site's alone.
        Signature(HEAD_IMAGE.describe, 0.7, check=_head_image),
    ],
)
