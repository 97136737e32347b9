"""How the four seed sites lay an article out, for round-trip tests of their source plugins.

Each ``*_pages`` strategy draws an article (title, dek, authors, body paragraphs) and the debris
its site adds (captions, credits, keyword lines, related links, sign-up boxes, footers), renders
it the way that site's scraped text looks, and returns the text with exactly what a parse must
give back. All text is made up here from a small vocabulary: no third-party article text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from hypothesis import strategies as st

from corpuskit.normalize import normalize_space

# -- vocabulary -----------------------------------------------------------------------------

WORDS = [
    "council",
    "water",
    "plant",
    "village",
    "road",
    "school",
    "budget",
    "harbor",
    "museum",
    "farmers",
    "bridge",
    "library",
    "station",
    "garden",
    "market",
    "teachers",
    "clinic",
    "festival",
    "orchard",
    "railway",
    "tower",
    "river",
    "valley",
    "students",
    "residents",
    "officials",
    "ministry",
    "project",
    "plan",
    "report",
    "committee",
    "season",
    "winter",
    "summer",
    "north",
    "south",
    "city",
    "town",
    "region",
    "company",
    "workers",
    "volunteers",
    "mayor",
    "engineers",
    "trees",
    "park",
    "buses",
    "trains",
    "port",
    "airport",
    "hospital",
    "court",
    "vote",
    "survey",
    "study",
    "data",
    "prices",
    "homes",
    "rent",
    "loans",
    "approved",
    "opened",
    "planned",
    "built",
    "visited",
    "reported",
    "expected",
    "moved",
    "closed",
    "found",
    "asked",
    "started",
    "finished",
    "praised",
    "criticized",
    "the",
    "a",
    "of",
    "in",
    "on",
    "for",
    "with",
    "and",
    "to",
    "after",
    "before",
    "new",
    "old",
    "local",
    "large",
    "small",
    "first",
    "last",
    "two",
    "three",
    "nine",
]
FIRST_NAMES = [
    "Dana",
    "Eitan",
    "Maya",
    "Omer",
    "Talia",
    "Noam",
    "Shira",
    "Ariel",
    "Liora",
    "Gideon",
    "Yael",
    "Ronen",
    "Hila",
    "Amos",
    "Karin",
]
LAST_NAMES = [
    "Kessler",
    "Avidan",
    "Barak",
    "Halevi",
    "Mizrahi",
    "Stern",
    "Golan",
    "Peretz",
    "Shapira",
    "Levin",
    "Ofer",
    "Tal",
    "Ben-Ami",
    "Rosen",
]
HEBREW_MONTHS = [
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
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

words = st.sampled_from(WORDS)
names = st.builds(
    lambda f, la: f"{f} {la}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES)
)


@st.composite
def sentence(draw: st.DrawFn, min_words: int = 4, max_words: int = 16, end: str = ".") -> str:
    """Capitalised words ending in ``end``: never a heading, a byline or a credit."""
    parts = draw(st.lists(words, min_size=min_words, max_size=max_words))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + end


@st.composite
def heading(draw: st.DrawFn, min_words: int = 3, max_words: int = 14) -> str:
    """A headline: capitalised words with no final full stop."""
    return draw(sentence(min_words, max_words, end=""))


# Body text only: tokens a layout rule must not trip over (scripts, quotes, digits, dashes).
AWKWARD = (
    "שלום",
    "مرحبا",
    "café",
    "naïve",
    "“quoted”",
    "(in brackets)",
    "2,300",
    "U.S.",
    "—",
    "NIS",
)


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    text = " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))
    if draw(st.booleans()):
        at = draw(st.sampled_from([i for i, ch in enumerate(text) if ch == " "] or [0]))
        text = f"{text[:at]} {draw(st.sampled_from(AWKWARD))}{text[at:]}"
    return text


@st.composite
def messy(draw: st.DrawFn, text: str) -> str:
    """``text`` with white space a scraper might leave: NBSP, doubled spaces, a trailing tab."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if draw(st.booleans()) and len(spaces) > 0:
        at = draw(st.sampled_from(spaces))
        text = text[:at] + draw(st.sampled_from(["\u00a0", "  ", " \u00a0", "\t"])) + text[at + 1 :]
    return text + draw(st.sampled_from(["", "", " ", "\t"]))


def join_names(people: list[str]) -> str:
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


authors_lists = st.lists(names, min_size=1, max_size=3, unique=True)

# -- the page being built -------------------------------------------------------------------


@dataclass
class Expected:
    """A rendered page and what parsing it must give."""

    site: str
    text: str = ""
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    identifiable: bool = False
    """The page carries one of its site's signatures, so a parse without a URL must find it."""
    chunks: list[str] = field(default_factory=list)
    lines: int = 0

    def add(self, *lines: str, gaps: bool = False) -> None:
        """Lines as one paragraph, or (``gaps``) as paragraphs of their own."""
        self.chunks.append(("\n\n" if gaps else "\n").join(lines))
        self.lines += len(lines)

    def body(self, text: str) -> None:
        self.add(text)
        self.paragraphs.append(normalize_space(text))

    def items(self, *pairs: tuple[str, str]) -> None:
        """One paragraph of lines, each its own removed item (a credit over its caption)."""
        self.add(*(line for _, line in pairs))
        self.removed.extend((kind, normalize_space(line)) for kind, line in pairs)

    def block(self, kind: str, lines: list[str], gaps: bool = False) -> None:
        """Lines removed as one item (a sign-up box, a footer)."""
        self.add(*lines, gaps=gaps)
        self.removed.append((kind, "\n".join(normalize_space(line) for line in lines)))

    def render(self, separators: list[str]) -> None:
        out = []
        for i, chunk in enumerate(self.chunks):
            if i:
                out.append(separators[i % len(separators)])
            out.append(chunk)
        self.text = "".join(out) + "\n"


Insert = Callable[[Expected], None]


@st.composite
def body_with(draw: st.DrawFn, page: Expected, inserts: st.SearchStrategy[Insert]) -> None:
    """Unique body paragraphs with site debris drawn between them (and after the last)."""
    paragraphs = draw(st.lists(paragraph(), min_size=1, max_size=6, unique=True))
    for text in paragraphs:
        if draw(st.integers(0, 2)) == 0:
            draw(inserts)(page)
        page.body(draw(messy(text)))
    if draw(st.integers(0, 3)) == 0:
        draw(inserts)(page)


@st.composite
def finish(draw: st.DrawFn, page: Expected) -> Expected:
    separators = draw(
        st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\r\n\r\n"]), min_size=1)
    )
    page.render(separators)
    return page


# -- Times of Israel ------------------------------------------------------------------------

TOI_CREDITS = (
    "{}/Flash90",
    "{}/AFP",
    "AP Photo/{}",
    "Flash90",
    "AFP/ Pool/{}",
    "Courtesy",
    "Screenshot/Twitter",
    "Illustrative photo: {}/Flash90",
    "{}/GPO",
)
APOSTROPHES = ("'", "’")


@st.composite
def bracket_caption(draw: st.DrawFn) -> str:
    credit = draw(st.sampled_from(TOI_CREDITS)).format(draw(names))
    text = draw(sentence(end=draw(st.sampled_from([".", ""]))))
    return f"{text} ({credit})"


@st.composite
def toi_image(draw: st.DrawFn) -> Insert:
    line = draw(bracket_caption())
    twice = draw(st.booleans())
    return lambda page: page.items(*[("caption", line)] * (2 if twice else 1))


@st.composite
def toi_promo(draw: st.DrawFn) -> Insert:
    apostrophe = draw(st.sampled_from(APOSTROPHES))
    lead = f"Get The Times of Israel{apostrophe}s Daily Edition"
    if draw(st.booleans()):
        line = f"{lead} by email and never miss our top stories"
        lines = [line + " Free Sign Up"] if draw(st.booleans()) else [line]
        if draw(st.booleans()):
            lines.append("Free Sign Up")
    else:
        lines = [lead, "by email and never miss our top stories"]
        for extra in (
            "Newsletter email address",
            "Get it",
            "By signing up, you agree to the terms",
        ):
            if draw(st.booleans()):
                lines.append(extra)

    def insert(page: Expected) -> None:
        page.block("promo", lines)
        page.identifiable = True

    return insert


@st.composite
def toi_pages(draw: st.DrawFn) -> Expected:
    page = Expected("timesofisrael.com")
    header = ""
    if draw(st.booleans()):
        # The crawler's date header, glued to the first line (a headline or a paragraph).
        page.published = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
        header = f" date {page.published.isoformat()} "
        page.identifiable = True
    if draw(st.booleans()):
        page.title = draw(heading())
        page.add(header + page.title)
        if draw(st.booleans()):
            page.subtitle = draw(heading(4, 20))
            page.add(page.subtitle)
        if draw(st.booleans()):
            people = draw(authors_lists)
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
        first = draw(paragraph())
        page.add(header + first)
        page.paragraphs.append(first)
    draw(body_with(page, st.one_of(toi_image(), toi_promo())))
    if draw(st.booleans()):
        apostrophe = draw(st.sampled_from(APOSTROPHES))
        widget = [
            "Never miss breaking news on Israel",
            "Get notifications to stay updated",
            f"You{apostrophe}re subscribed",
        ]
        kept = [line for line in widget if draw(st.booleans())]
        lines = (["read more:"] if draw(st.booleans()) or not kept else []) + kept
        page.block("footer", lines, gaps=draw(st.booleans()))
        page.identifiable = page.identifiable or any(line in kept for line in widget[:2])
    return draw(finish(page))


# -- Jewish Press ---------------------------------------------------------------------------


@st.composite
def jp_image(draw: st.DrawFn) -> Insert:
    agency = draw(st.sampled_from(["{} / Flash 90", "{} / TPS", "{}/Flash90", "Courtesy"]))
    credit = "Photo Credit: " + agency.format(draw(names))
    pairs = [("credit", credit)]
    if draw(st.integers(0, 3)):
        pairs.append(("caption", draw(sentence(end=draw(st.sampled_from([".", ""]))))))

    def insert(page: Expected) -> None:
        page.items(*pairs)
        page.identifiable = True

    return insert


@st.composite
def jp_pages(draw: st.DrawFn) -> Expected:
    page = Expected("jewishpress.com")
    if draw(st.booleans()):
        page.title = draw(heading())
        page.add(page.title)
    if draw(st.booleans()):
        people = draw(authors_lists)
        day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
        month = draw(st.sampled_from(HEBREW_MONTHS))
        hebrew = f"{draw(st.integers(1, 29))} {month} 57{draw(st.integers(60, 99))}"
        gregorian = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
        page.add(f"By {join_names(people)} - {hebrew} – {gregorian}")
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
    credit = draw(st.sampled_from(NW_CREDITS)).format(draw(names))
    if "AFP" in credit and draw(st.booleans()):
        credit = credit.upper().replace("AFP VIA GETTY IMAGES", "AFP via Getty Images")
    pairs = []
    if draw(st.booleans()):
        tags = draw(st.lists(words, min_size=1, max_size=5))
        pairs.append(("tags", " ".join(w.capitalize() for w in tags)))
    pairs.append(("caption", f"{draw(sentence())} {credit}"))

    def insert(page: Expected) -> None:
        at = page.lines + len(pairs) - 1  # the caption's line number
        page.items(*pairs)
        page.identifiable = page.identifiable or (len(pairs) == 2 and at < 6)

    return insert


NW_FOOTERS = (
    (
        ["Uncommon Knowledge"],
        [
            "Newsweek is committed to challenging conventional wisdom and finding connections "
            "in the search for common ground."
        ],
    ),
    (["Request Reprint & Licensing"], ["Submit Correction"], ["View Editorial Guidelines"]),
)


@st.composite
def nw_pages(draw: st.DrawFn) -> Expected:
    page = Expected("newsweek.com")
    if draw(st.booleans()):
        page.title = draw(heading())
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
    line = f"Read\u00a0 {draw(heading())}"

    def insert(page: Expected) -> None:
        page.items(("related", line))
        page.identifiable = True

    return insert


@st.composite
def win_image(draw: st.DrawFn) -> Insert:
    line = draw(bracket_caption())
    return lambda page: page.items(("caption", line))


@st.composite
def win_pages(draw: st.DrawFn) -> Expected:
    page = Expected("worldisraelnews.com")
    has_title = draw(st.booleans())
    if has_title:
        page.title = draw(heading())
        page.add(page.title)
        if draw(st.booleans()):
            page.subtitle = draw(sentence(8, 30))
            page.add(page.subtitle)
    # A title with no dek needs the byline under it, or the first paragraph reads as the dek.
    if draw(st.booleans()) or (has_title and page.subtitle is None):
        people = draw(authors_lists)
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


SITES: dict[str, st.SearchStrategy[Expected]] = {
    "timesofisrael.com": toi_pages(),
    "jewishpress.com": jp_pages(),
    "newsweek.com": nw_pages(),
    "worldisraelnews.com": win_pages(),
}
