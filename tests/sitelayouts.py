"""How the four seed sites lay an article out, for the tests of their source plugins.

Two descriptions of each site, both built on :mod:`corpuskit.testing`:

* ``EXAMPLES``: the site's bylines and debris as :class:`~corpuskit.testing.SiteExamples`, from
  which the conformance check (and ``pages``) derives pages through the site's Layout;
* ``SITES``: hand-written generators for what a declaration cannot say (a crawler's date header
  glued to the headline, a sign-up box with any subset of its lines, the Newsweek head image
  that identifies the site only in the head), each drawing an article and the debris its site
  adds, rendering it the way that site's scraped text looks, and returning the text with exactly
  what a parse must give back.

All text is made up here and in the kit from small vocabularies: no third-party article text.
"""

from __future__ import annotations

from hypothesis import strategies as st

from corpuskit.layout import Layout
from corpuskit.testing import (
    FULL_STOP_SCRIPTS,
    ExpectedPage,
    Insert,
    SiteExamples,
    author_lists,
    body_with,
    debris,
    finish,
    group,
    headlines,
    join_names,
    keyword_lines,
    paragraphs,
    person_names,
    prose,
    publication_dates,
)
from corpuskit.testing.articles import MONTHS
from corpuskit.testing.sitepages import borrows_a_neighbour
from corpuskit_plugins.sources import jewishpress, newsweek, timesofisrael, worldisraelnews

Expected = ExpectedPage

HEBREW_MONTHS = (
    "Tishrei",
    "Cheshvan",
    "Kislev",
    "Tevet",
    "Shevat",
    "Adar",
    "Nisan",
    "Iyar",
    "Sivan",
    "Tammuz",
    "Av",
    "Elul",
)
hebrew_dates = st.builds(
    lambda day, month, year: f"{day} {month} 57{year}",
    st.integers(1, 29),
    st.sampled_from(HEBREW_MONTHS),
    st.integers(60, 99),
)
"""A Hebrew calendar date as the Jewish Press prints it: '22 Kislev 5779'."""

# -- the sites as declarations --------------------------------------------------------------

TOI_CREDITS = (
    "{name}/Flash90",
    "{name}/AFP",
    "AP Photo/{name}",
    "Flash90",
    "AFP/ Pool/{name}",
    "Courtesy",
    "Screenshot/Twitter",
    "Illustrative photo: {name}/Flash90",
    "{name}/GPO",
)
DAILY_EDITION = "Get The Times of Israel{}s Daily Edition"
DAILY, DAILY_CURLY = DAILY_EDITION.format("'"), DAILY_EDITION.format("’")
BY_EMAIL = "by email and never miss our top stories"
SIGN_UP = ("Newsletter email address", "Get it", "By signing up, you agree to the terms")
NOTIFICATIONS = ("Never miss breaking news on Israel", "Get notifications to stay updated")

TOI = SiteExamples(
    bylines=[
        "By {names}",
        "By {name} and Agencies",
        "By TOI staff",
        "By Times of Israel staff and agencies",
    ],
    debris={
        "caption": [
            *(f"{{sentence}} ({credit})" for credit in TOI_CREDITS),
            "{heading} ({name}/Flash90)",
            group(("caption", "{sentence} ({name}/AFP)"), repeat=2),  # printed twice
        ],
        "promo": [
            f"{DAILY} {BY_EMAIL}",
            f"{DAILY_CURLY} {BY_EMAIL} Free Sign Up",
            (f"{DAILY} {BY_EMAIL}", "Free Sign Up"),
            (DAILY_CURLY, BY_EMAIL, *SIGN_UP),
            (DAILY, BY_EMAIL),
        ],
        "footer": [
            ("read more:",),
            ("read more:", *NOTIFICATIONS, "You're subscribed"),
            debris("footer", *NOTIFICATIONS, "You’re subscribed", gaps=None),
        ],
    },
)

JP = SiteExamples(
    bylines=["By {names} - {hebrew} – {date}"],
    fields={"hebrew": hebrew_dates},
    debris={
        "credit": [
            group(("credit", "Photo Credit: {name} / Flash 90"), ("caption", "{sentence}")),
            group(("credit", "Photo Credit: {name}/Flash90"), ("caption", "{heading}")),
            "Photo Credit: {name} / TPS",
            "Photo Credit: Courtesy",
        ],
    },
)

UNCOMMON = (
    "Newsweek is committed to challenging conventional wisdom and finding connections in the "
    "search for common ground."
)
NW = SiteExamples(
    debris={
        "caption": [
            "{sentence} Reuters/{name}",
            "{sentence} {name}/Getty Images",
            "{sentence} Getty Images",
            "{sentence} AP Photo/{name}",
            "{sentence} {name}/AFP via Getty Images",
            group(("tags", "{Words}"), ("caption", "{sentence} {name}/Getty Images")),
            # In the head, an image's keywords over its caption identify the site.
            group(("tags", "{Words}"), ("caption", "{sentence} Reuters/{name}"), where="head"),
        ],
        "footer": [
            ("Uncommon Knowledge", UNCOMMON),
            (UNCOMMON,),
            debris(
                "footer",
                "Request Reprint & Licensing",
                "Submit Correction",
                "View Editorial Guidelines",
                gaps=None,
            ),
            ("Submit Correction",),
        ],
    },
)

WIN = SiteExamples(
    bylines=[
        "By {names}, World Israel News",
        "By {name}, JNS",
        "By World Israel News Staff",
        "By JNS",
        "By TPS",
    ],
    debris={
        "related": ["Read\u00a0 {heading}"],
        "caption": ["{sentence} ({name}/Flash90)", "{heading} (AP Photo/{name})"],
    },
)

EXAMPLES: dict[str, SiteExamples] = {
    "timesofisrael": TOI,
    "jewishpress": JP,
    "newsweek": NW,
    "worldisraelnews": WIN,
}
"""Per plugin name: what its site's pages carry, for the conformance check."""

# -- Times of Israel ------------------------------------------------------------------------

APOSTROPHES = ("'", "’")


@st.composite
def bracket_caption(draw: st.DrawFn) -> str:
    credit = draw(st.sampled_from(TOI_CREDITS)).format(name=draw(person_names))
    text = draw(prose(end=draw(st.sampled_from([".", ""]))))
    return f"{text} ({credit})"


@st.composite
def toi_image(draw: st.DrawFn) -> Insert:
    line = draw(bracket_caption())
    twice = draw(st.booleans())
    return lambda page: page.items(*[("caption", line)] * (2 if twice else 1))


@st.composite
def toi_promo(draw: st.DrawFn) -> Insert:
    lead = DAILY_EDITION.format(draw(st.sampled_from(APOSTROPHES)))
    if draw(st.booleans()):
        line = f"{lead} {BY_EMAIL}"
        lines = [line + " Free Sign Up"] if draw(st.booleans()) else [line]
        if draw(st.booleans()):
            lines.append("Free Sign Up")
    else:
        lines = [lead, BY_EMAIL]
        lines += [extra for extra in SIGN_UP if draw(st.booleans())]

    def insert(page: ExpectedPage) -> None:
        page.block("promo", lines)
        page.identifiable = True

    return insert


@st.composite
def toi_pages(draw: st.DrawFn) -> ExpectedPage:
    page = ExpectedPage("timesofisrael.com")
    header = ""
    if draw(st.booleans()):
        # The crawler's date header, glued to the first line (a headline or a paragraph).
        page.published = draw(publication_dates)
        header = f" date {page.published.isoformat()} "
        page.identifiable = True
    if draw(st.booleans()):
        page.title = draw(headlines())
        page.add(header + page.title)
        if draw(st.booleans()):
            page.subtitle = draw(headlines(4, 20))
            page.add(page.subtitle)
        if draw(st.booleans()):
            people = draw(author_lists)
            form = draw(st.integers(0, 3))
            if form == 0:
                line, page.authors = f"By {join_names(people)}", tuple(people)
            elif form == 1:
                line, page.authors = f"By {people[0]} and Agencies", (people[0],)
            else:
                staff = ["By TOI staff", "By Times of Israel staff and agencies"]
                line = draw(st.sampled_from(staff))
                page.removed.append(("byline", line))
            page.add(line)
    elif header:
        first = draw(paragraphs(FULL_STOP_SCRIPTS))
        page.add(header + first)
        page.paragraphs.append(first)
    draw(body_with(page, st.one_of(toi_image(), toi_promo())))
    if draw(st.booleans()):
        apostrophe = draw(st.sampled_from(APOSTROPHES))
        widget = [*NOTIFICATIONS, f"You{apostrophe}re subscribed"]
        kept = [line for line in widget if draw(st.booleans())]
        lines = (["read more:"] if draw(st.booleans()) or not kept else []) + kept
        page.block("footer", lines, gaps=draw(st.booleans()))
        page.identifiable = page.identifiable or any(line in kept for line in widget[:2])
    return draw(finish(page))


# -- Jewish Press ---------------------------------------------------------------------------


@st.composite
def jp_image(draw: st.DrawFn) -> Insert:
    agency = draw(st.sampled_from(["{} / Flash 90", "{} / TPS", "{}/Flash90", "Courtesy"]))
    credit = "Photo Credit: " + agency.format(draw(person_names))
    pairs = [("credit", credit)]
    if draw(st.integers(0, 3)):
        pairs.append(("caption", draw(prose(end=draw(st.sampled_from([".", ""]))))))

    def insert(page: ExpectedPage) -> None:
        page.items(*pairs)
        page.identifiable = True

    return insert


@st.composite
def jp_pages(draw: st.DrawFn) -> ExpectedPage:
    page = ExpectedPage("jewishpress.com")
    if draw(st.booleans()):
        page.title = draw(headlines())
        page.add(page.title)
    if draw(st.booleans()):
        people = draw(author_lists)
        day = draw(publication_dates)
        gregorian = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
        page.add(f"By {join_names(people)} - {draw(hebrew_dates)} – {gregorian}")
        page.authors, page.published, page.identifiable = tuple(people), day, True
    draw(body_with(page, jp_image()))
    return draw(finish(page))


# -- Newsweek -------------------------------------------------------------------------------

NW_CREDITS = (
    "Reuters/{}",
    "{}/Getty Images",
    "Getty Images",
    "AP Photo/{}",
    "{}/AFP via Getty Images",
)


@st.composite
def nw_image(draw: st.DrawFn) -> Insert:
    credit = draw(st.sampled_from(NW_CREDITS)).format(draw(person_names))
    if "AFP" in credit and draw(st.booleans()):
        credit = credit.upper().replace("AFP VIA GETTY IMAGES", "AFP via Getty Images")
    pairs = []
    if draw(st.booleans()):
        pairs.append(("tags", draw(keyword_lines())))
    pairs.append(("caption", f"{draw(prose())} {credit}"))

    def insert(page: ExpectedPage) -> None:
        at = page.lines + len(pairs) - 1  # the caption's line number
        page.items(*pairs)
        # The head image identifies the site under a line of its own (the headline, say): a
        # keyword line first on the page may be any site's headline.
        page.identifiable = page.identifiable or (len(pairs) == 2 and 2 <= at < 6)

    return insert


NW_FOOTERS = (
    (["Uncommon Knowledge"], [UNCOMMON]),
    (["Request Reprint & Licensing"], ["Submit Correction"], ["View Editorial Guidelines"]),
)


@st.composite
def nw_pages(draw: st.DrawFn) -> ExpectedPage:
    page = ExpectedPage("newsweek.com")
    if draw(st.booleans()):
        page.title = draw(headlines())
        page.add(page.title)
    if draw(st.booleans()):
        draw(nw_image())(page)
    draw(body_with(page, nw_image()))
    if draw(st.booleans()):
        parts = draw(st.sampled_from(NW_FOOTERS))
        lines = [line for part in parts if draw(st.booleans()) for line in part] or parts[-1]
        page.block("footer", lines, gaps=draw(st.booleans()))
        page.identifiable = page.identifiable or any(
            line.startswith(("Newsweek is committed", "Request Reprint")) for line in lines
        )
    return draw(finish(page))


# -- World Israel News ----------------------------------------------------------------------


@st.composite
def win_related(draw: st.DrawFn) -> Insert:
    line = f"Read\u00a0 {draw(headlines())}"

    def insert(page: ExpectedPage) -> None:
        page.items(("related", line))
        page.identifiable = True

    return insert


@st.composite
def win_image(draw: st.DrawFn) -> Insert:
    line = draw(bracket_caption())
    return lambda page: page.items(("caption", line))


@st.composite
def win_pages(draw: st.DrawFn) -> ExpectedPage:
    page = ExpectedPage("worldisraelnews.com")
    has_title = draw(st.booleans())
    if has_title:
        page.title = draw(headlines())
        page.add(page.title)
        if draw(st.booleans()):
            page.subtitle = draw(prose(8, 30))
            page.add(page.subtitle)
    # A title with no dek needs the byline under it, or the first paragraph reads as the dek.
    if draw(st.booleans()) or (has_title and page.subtitle is None):
        people = draw(author_lists)
        form = draw(st.integers(0, 3))
        if form == 0:
            line, page.authors = f"By {join_names(people)}, World Israel News", tuple(people)
            page.identifiable = True
        elif form == 1:
            line, page.authors = f"By {people[0]}, JNS", (people[0],)
        else:
            line = draw(st.sampled_from(["By World Israel News Staff", "By JNS", "By TPS"]))
            page.removed.append(("byline", line))
            page.identifiable = page.identifiable or "World Israel News" in line
        page.add(line)
    draw(body_with(page, st.one_of(win_related(), win_image())))
    if draw(st.booleans()):
        page.items(("markup", ">"))
    return draw(finish(page))


def _unambiguous(
    layout: Layout, strategy: st.SearchStrategy[ExpectedPage]
) -> st.SearchStrategy[ExpectedPage]:
    """Pages where a credit drawn without its caption sits over a short body line (say) read
    the same as a credit over its caption, blank line or not: they are not drawn."""

    def fits(page: ExpectedPage) -> bool:
        return not borrows_a_neighbour(layout, page)

    return strategy.filter(fits)


SITES: dict[str, st.SearchStrategy[ExpectedPage]] = {
    module.LAYOUT.name: _unambiguous(module.LAYOUT, strategy)
    for module, strategy in (
        (timesofisrael, toi_pages()),
        (jewishpress, jp_pages()),
        (newsweek, nw_pages()),
        (worldisraelnews, win_pages()),
    )
}
"""Per source: hand-written page generators (see the module docstring)."""
