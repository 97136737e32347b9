"""The Jewish Press (jewishpress.com).

Often no headline in the scrape. A photo sits under a "Photo Credit: Name / Agency" line with
its caption on the next line (a short one); bylines carry the Hebrew and the Gregorian
date ("By Name - 22 Kislev 5779 – November 30, 2018").
"""

from __future__ import annotations

from attrs import evolve

from corpuskit.layout import NAMES, Layout, byline, prefix, rule_signature
from corpuskit.sources import SourceInfo

HEBREW_MONTHS = (
    "Tishrei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat|Adar|Adar I"
    "|Adar II|Nisan|Nissan|Iyar|Iyyar|Sivan|Tammuz|Tamuz|Av|Menachem Av|Elul"
)
HEBREW_DATE = rf"\d{{1,2}} (?:{HEBREW_MONTHS}) 5\d{{3}}"

# The caption is a line of at most 20 words (``LineRule.then_max_words``): a longer line after
# a credit is the body's first paragraph (the credit had no caption), whatever separates them.
PHOTO = prefix("credit", "Photo Credit:", then=("caption",))
BYLINE = evolve(
    # A dash, found at memchr speed, turns most pages away before any line is looked at.
    byline(rf"^By (?P<names>{NAMES}) [-–] (?P<date>{HEBREW_DATE} [-–] .+)$", needles=("-", "–")),
    # On the pages left (most real pages have a dash or a hyphen somewhere near the top), the
    # name regex, slow to fail, runs only on a 'By' line with a dash between spaces, which
    # every match has: 'By Name, Outlet' lines are turned away by two short scans.
    prefilter=lambda low: low.startswith("by ") and (" - " in low or " – " in low),
)

LAYOUT = Layout(
    source=SourceInfo(
        name="jewishpress.com",
        domains=("jewishpress.com",),
        plugin="jewishpress",
        description="The Jewish Press: 'Photo Credit:' lines over captions, Hebrew-dated bylines.",
    ),
    title="first",
    rules=[PHOTO, BYLINE],
    signatures=[rule_signature(BYLINE, 0.95), rule_signature(PHOTO, 0.6)],
)
