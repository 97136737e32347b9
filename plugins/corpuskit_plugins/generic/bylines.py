"""Bylines: ``By X``, ``By X and Y``, ``By X, Outlet``, ``X, AP Auto Writer``.

The value is the tuple of author names. A line is a byline only when every part after ``By``
is a person's name (capitalised words, with the usual particles), an outlet (a part holding a
word such as News, Times, Press) or a role (Staff Writer): ``By the time...`` and ``By Monday,
officials...`` stay in the body. Credit lines such as ``Additional reporting by X`` are bylines
with no names, so they leave the body without adding authors.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from functools import lru_cache

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import LINE_CACHE, Context, Prefixes
from corpuskit_plugins.generic.dates import FOREIGN_MONTHS, MONTHS, TRIM_WORDS, date_header
from corpuskit_plugins.generic.footers import notice_lines
from corpuskit_plugins.generic.names import AUTHOR_WORDS, BOOK_AUTHOR_WORDS, TEXT_WORDS, two_names

MAX_WORDS = 16
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "di",
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "ben",
        "st.",
        "y",
        "e",
    ]
)
_OUTLET_WORDS = frozenset(
    [
        "news",
        "press",
        "times",
        "post",
        "journal",
        "herald",
        "tribune",
        "chronicle",
        "gazette",
        "courier",
        "observer",
        "telegraph",
        "dispatch",
        "bulletin",
        "inquirer",
        "examiner",
        "sentinel",
        "daily",
        "weekly",
        "magazine",
        "network",
        "networks",
        "agency",
        "agencies",
        "wire",
        "wires",
        "service",
        "services",
        "reuters",
        "ap",
        "afp",
        "upi",
        "bbc",
        "cnn",
        "cbs",
        "abc",
        "nbc",
        "fox",
        "npr",
        "pbs",
        "dpa",
        "efe",
        "ansa",
        "xinhua",
        "tass",
        "bloomberg",
        "associated",
        "media",
        "online",
        "digital",
        "tv",
        "radio",
        "today",
        "report",
        "reporter",
        "reports",
        "staff",
        "bureau",
        "desk",
        "team",
        "editors",
        "editor",
        "correspondent",
        "correspondents",
        "writer",
        "writers",
        "contributor",
        "contributors",
        "columnist",
        "group",
        ".com",
        "com",
        "org",
    ]
)
_ROLE_WORDS = frozenset(
    [
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "contributor",
        "contributors",
        "columnist",
        "senior",
        "chief",
        "special",
        "national",
        "political",
        "foreign",
        "international",
        "business",
        "sports",
        "science",
        "health",
        "deputy",
        "managing",
        "associate",
        "assistant",
        "investigative",
    ]
)
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "this",
        "that",
        "these",
        "those",
    ]
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|&|\|)\s*")
_SPLIT_MARKS = (",", "and", " und ", " et ", ";", "&", "|", " y ", " e ")
"""What ``_NAME_SPLIT`` (or :func:`two_names`) needs to find one: most bylines name one author
and skip the regex."""
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*\Z|[A-Z]\.\Z|(?:Mc|Mac|O'|O’|D'|D’)[A-Z][\w'’-]*\Z")
LABELS = tuple(f"{word}{colon}" for word in (*AUTHOR_WORDS, *TEXT_WORDS) for colon in (": ", " : "))
"""A label before the names ("Autorin: Jana Nováková", "Text: Ana Gil"): a byline only above
the article's text and alone, not in a box of fields ("Title: …", "Author: …", "Publisher:
…", a review's book) nor a hymn's or a quotation's credit below the text
(:func:`_labelled_byline`)."""
_FOREIGN_BY = ("von ", "par ", "por ", *LABELS)
"""German, French, Spanish and Portuguese "by": also a sentence's first word ("Par ailleurs",
"Von Ostern bis ..."), so the names after it must be a first name and a surname each; so too
after a label, which a line of another kind may open with ("Text: see below")."""
_BY = (
    *("by ", "written by ", "words by ", "story by ", "text by ", "posted by ", "report by "),
    *_FOREIGN_BY,
)
_DATE_TAIL = re.compile(r"\s(?:on|am|le|el|em)\s|\s*[,|·•/]\s*|\s[-–—]\s", re.IGNORECASE)
"""Where a date after the names may begin: "By Jane Doe on March 3, 2024", "von Anja Muster am
14. Mai 2014, 15:40 Uhr", "By Jane Doe, March 3, 2024", "By Jane Doe | 3 March 2024". It is
cut only when all that follows is a date header."""
_DIGIT = re.compile(r"\d")
CREDITS = (
    "additional reporting by",
    "reporting by",
    "with reporting by",
    "reported by",
    "editing by",
    "edited by",
    "compiled by",
    "writing by",
    "contributing:",
    "contributors:",
    "additional reporting:",
)
"""What opens a credit line, lower-cased: who reported, edited or wrote, then their names (the
HTML extractor reads a wire story's sign-off with these too)."""
_ROLE_TAIL = re.compile(
    r"(?P<names>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}), (?:[A-Z][\w.]* ){0,4}"
    r"(?:Writer|Correspondent|Reporter|Editor|Columnist|Contributor)\Z"
)


def _title(name: str) -> str:
    """'MARA ELLISON' → 'Mara Ellison'; mixed-case names are kept as written."""
    if name.isupper() and any(c.isalpha() for c in name):
        return " ".join(word.capitalize() for word in name.split())
    return name


def _is_name(part: str) -> bool:
    tokens = part.split()
    if not 1 <= len(tokens) <= 5:
        return False
    capitalised = 0
    for token in tokens:
        low = token.lower()
        if low in _NOT_NAMES:
            return False
        if _NAME_TOKEN.match(token):
            capitalised += 1
        elif low not in _PARTICLES:
            return False
    return capitalised >= 1


def _is_outlet(words: list[str]) -> bool:
    return 0 < len(words) <= 8 and not _OUTLET_WORDS.isdisjoint(words)


def _is_role(words: list[str]) -> bool:
    """Whether a byline's part is a job title of its words alone ("Staff Writer")."""
    return bool(words) and _ROLE_WORDS.issuperset(words)


def _is_office(words: list[str]) -> bool:
    """Whether a byline's part is an office and what it is of or for ("Head of Geography",
    "Director of Communications", "Editor for Europe"): a job title after a name."""
    return len(words) >= _OFFICE_WORDS and words[0] in _OFFICES and words[1] in ("of", "for")


_OFFICES = frozenset(
    """head director professor lecturer chair chairman chairwoman president dean manager
    minister secretary coordinator officer editor correspondent curator teacher""".split()  # noqa: SIM905
)
"""Offices a byline gives after the name with what they are of ("Head of Geography")."""
_OFFICE_WORDS = 3


def names_after_by(rest: str) -> tuple[str, ...] | None:
    """The names in what follows ``By``; ``None`` when it is not a byline.

    An office after a name is its job title ("Daniel Achebe, Head of Geography"), and a word
    split off it by "and" is still the office's ("…, Curator of Prints and Drawings"); an
    office with no name before it makes no byline ("By Head of School", "By Minister of
    Finance estimates …", a review found: a subheading or a sentence)."""
    rest = rest.strip().rstrip(".")
    if not rest or rest.endswith((":", "?", "!")):
        return None
    if any(mark in rest for mark in _SPLIT_MARKS):
        parts = [n for p in _NAME_SPLIT.split(rest) if p for n in two_names(p)]
    else:
        parts = [rest]  # nothing to split on (the regex needs one of these to match)
    if not parts:
        return None
    names: list[str] = []
    office = False
    for part in parts:
        words = part.lower().replace(".", " . ").split()
        if office and len(words) == 1:
            continue  # the office's own "… and Drawings"
        office = _is_office(words)
        if office and not names:
            return None
        if office or _is_role(words) or _is_outlet(words):
            continue  # 'Staff Writer', 'Head of Geography', 'Eastport Herald News', 'Reuters'
        if not _is_name(part):
            return None
        names.append(_title(part))
    return tuple(names)


@lru_cache(maxsize=LINE_CACHE)
def byline_value(norm: str, low: str) -> tuple[str, ...] | None:
    """The names of a byline line, ``()`` for a credit line, ``None`` for any other line."""
    if low.count(" ") >= MAX_WORDS:
        return None
    if low.startswith(CREDITS):
        # A credit names someone: "Compiled by a team of 40 officials, the rules ..." opens
        # a sentence of the article.
        prefix = next(p for p in CREDITS if low.startswith(p))
        named = norm[len(prefix) :].lstrip(" :")
        for article in ("the ", "a ", "an "):  # "Reporting by the Associated Press"
            if named.lower().startswith(article):
                named = named[len(article) :]
                break
        if low.endswith(("?", "!")) or named[:1].islower():
            return None
        return ()
    if low.startswith(_BY):
        for prefix in _BY:
            if low.startswith(prefix):
                names = names_after_by(_without_date(norm[len(prefix) :]))
                if names and prefix in _FOREIGN_BY and any(" " not in n for n in names):
                    return None
                if names and len(names) > 1 and all(" " not in n for n in names):
                    return None  # single words joined: a subheading ("By Land and Sea")
                return names
    found = _ROLE_TAIL.match(norm)
    if found:
        return names_after_by(found["names"])
    return None


def _without_date(rest: str) -> str:
    """What follows "By" without a date closing it ("... on March 3, 2024")."""
    cut = date_cut(rest)
    return rest if cut is None else rest[: cut[0]]


def date_cut(text: str) -> tuple[int, int] | None:
    """Where a date header closing a byline begins: the separator's start and the date's.
    Only a date with its times and header words: "| November 18, 2019 | Topic: Hardware"
    closes a line of another kind.

    The date must open the tail with a number, a month, a weekday or a header word: in
    "By Jane Doe, John Roe, March 3, 2024" the names end before "March", not before "John
    Roe, March 3, 2024", which a date header with an outlet's name in it would read as too.

    A date header holds a digit (a year or a time: see :func:`date_header`), so a text
    without one has no cut. Most bylines have none, and one search for a digit costs a
    fraction of :data:`_DATE_TAIL`'s scan, which tries its separators at every character.
    """
    if _DIGIT.search(text) is None:
        return None
    for found in _DATE_TAIL.finditer(text):
        tail = text[found.end() :]
        if found.start() > 0 and _opens_a_date(tail) and date_header(tail, tail.lower(), 0)[0]:
            return found.start(), found.end()
    return None


def _opens_a_date(tail: str) -> bool:
    """Whether a text opens the way a date header does."""
    first = tail.split(maxsplit=1)[0].lower().rstrip(".,") if tail.strip() else ""
    return (
        first[:1].isdigit()
        or first in TRIM_WORDS
        or first in FOREIGN_MONTHS
        or first in _MONTH_NAMES
    )


_MONTH_NAMES = frozenset([*(name.lower() for name in calendar.month_name[1:]), *MONTHS, "sept"])
"""English months as a date header writes them: "March", "Mar", "Sept"."""


_PREFIXES = Prefixes(*_BY, *CREDITS, "by")
"""The byline's starts, and "by" alone: a crawler gives a line to each block of a byline,
"By" on one and the name on the next."""
LABELLED = Prefixes(*LABELS)
"""The lines opening with a label (:data:`LABELS`), routed once for the page by the Context:
a membership test where ``str.startswith`` tried all seventy labels on the line."""
_ROLE_ENDS = ("writer", "correspondent", "reporter", "editor", "columnist", "contributor")
_ROLE_LAST = frozenset(end[-1] for end in _ROLE_ENDS)


def bylines(ctx: Context) -> Iterator[Match]:
    """Byline lines anywhere on the page."""
    candidates = set(ctx.starting(_PREFIXES))
    lower, words = ctx.lower, ctx.words
    # The last character first: 'endswith' with a tuple tries every ending.
    candidates.update(
        [
            i
            for i in ctx.short
            if words[i] <= 10 and (low := lower[i])[-1] in _ROLE_LAST and low.endswith(_ROLE_ENDS)
        ]
    )
    slashes: list[int] | None = None
    labelled = ctx.starting(LABELLED)
    for index in sorted(candidates):
        if not ctx.free(index):
            continue
        if ctx.lower[index] == "by":
            yield from _by_over_name(ctx, index)
            continue
        if index in labelled and not _labelled_byline(ctx, index):
            continue
        value = byline_value(ctx.norm[index], ctx.lower[index])
        if value and index in labelled and names_a_work_s_author(ctx, index, value):
            continue
        if value:
            # Where a site names itself: a photo's credit holds a slash, a notice '©' or
            # 'copyright'. The slashes and the notice are looked for once for every name.
            if slashes is None:
                slashes = _slashes(ctx.page)
            notice = _any_notice(ctx)
            if notice or slashes:
                value = tuple(
                    [
                        name
                        for at, name in enumerate(value)
                        if not _the_site(ctx, name, notice, slashes, at > 0)
                    ]
                )
        if value is not None:
            yield from byline_and_date(ctx, index, value)


def names_a_work_s_author(ctx: Context, index: int, names: tuple[str, ...]) -> bool:
    """Whether a line under a label that heads a book's field as well ("Höfundur:", "Awdur:")
    names someone the text under it talks about: the reviewed work's author, not the
    article's (session 26's review). Not a line of the name alone: the article's author
    card under the text repeats the byline's name (session 29)."""
    if not ctx.lower[index].startswith(BOOK_AUTHOR_WORDS):
        return False
    below = " ".join(line for line in ctx.norm[index + 1 :] if line not in names)
    return any(name.split()[-1] in below for name in names)


FIELD_LABEL = re.compile(r"[^\W\d_][\w .'’-]{0,24}\s?:\s")
"""A line opening with a field's label ("Publisher: ", "Dauer: ", "Title : ")."""


def _labelled_byline(ctx: Context, index: int) -> bool:
    """Whether a line opening with an author's or a text's label is the article's byline:
    above the article's first line of prose, with neither neighbour a field of its own."""
    if any(ctx.prose(line) for line in range(index)):
        return False
    return not any(
        0 <= line < ctx.total and FIELD_LABEL.match(ctx.norm[line])
        for line in (index - 1, index + 1)
    )


def byline_and_date(ctx: Context, index: int, value: tuple[str, ...]) -> Iterator[Match]:
    """A byline line, split in two when a date closes it ("By Jane Doe, March 3, 2024"):
    the names are the authors and the date the article's, where a whole-line label would
    have given up one of them. The two parts claim the line together."""
    block = ctx.lines.blocks[index]
    cut = date_cut(block.text) if value else None
    if cut is None:
        yield Match("byline", index, index, value)
        return
    tail = " ".join(block.text[cut[1] :].split())
    date = date_header(tail, tail.lower())[1]
    ctx.kinds[index] = "byline"
    middle = block.start + cut[1]
    yield Match("byline", index, index, value, span=(block.start, middle))
    yield Match("dateline", index, index, date, span=(middle, block.end))


def _by_over_name(ctx: Context, index: int) -> Iterator[Match]:
    """ "By" alone on its line and the names on the next: one byline over both lines."""
    following = index + 1
    if not ctx.free(following):
        return
    norm = ctx.norm[following]
    value = byline_value(f"By {norm}", f"by {ctx.lower[following]}")
    if value:
        yield Match("byline", index, following, value)


def _any_notice(ctx: Context) -> bool:
    """Whether the page holds '©' or 'copyright' anywhere.

    Asked of the lines the footers rule found holding a notice's marks (the footers run
    first, so their scans of the page are made already): no scan of the page of its own.
    """
    lower = ctx.lower
    for index in notice_lines(ctx):
        line = lower[index]
        if "©" in line or "copyright" in line:
            return True
    return False


def _slashes(page: str) -> list[int]:
    """Where the page's slashes are: a ``memchr``-speed search for each.

    A credit (``Name/Outlet``) starts at one of them. Their offsets are all a name needs to
    be looked for after each: the lines holding them (:meth:`Context.hits`) cost a count of
    the page's newlines for every slash, to tell which line each is on.
    """
    found = []
    at = page.find("/")
    while at >= 0:
        found.append(at)
        at = page.find("/", at + 1)
    return found


def _the_site(
    ctx: Context, name: str, notice: bool, slashes: list[int], later: bool = False
) -> bool:
    """Whether the page names the site ``name`` elsewhere: in its copyright notice
    (``© 2024 Riverside Chronicle``) or as a photo's credit (``Name/Riverside Chronicle``).
    Such a part of a byline (``By Name | Riverside Chronicle``) is the outlet, not an author.
    For the byline's first name (``later`` false) the line must be a notice
    (:func:`_notice_line`): a caption's "© Thomas Lefèvre" credits the writer's own
    photograph. A later part is the outlet after any line with "©" in it ("All content ©
    Riverside Chronicle", "Tous droits réservés © …"), as a review found.

    ``slashes``: the offsets of the slashes in ``ctx.page`` (:func:`_slashes`), where a
    credit starts: the name right after one (or after one and a space) is a credit. A name
    holds no newline, so it is found after a slash exactly when a line holds the credit.
    ``notice``: whether the page holds '©' or 'copyright' anywhere. Most pages do not, and
    then no line can be a notice naming the site: no line is looked at.
    """
    low = name.lower()
    page, after = ctx.page, (low, f" {low}")
    for at in slashes:
        if page.startswith(after, at + 1):
            return True
    if not notice:
        return False
    return any(
        low in line and (_notice_line(line) or (later and _notice_word(line)))
        for line in ctx.lower
        if len(line) < _NOTICE_CHARS
    )


_NOTICE_CHARS = 200
_NOTICE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|[-–]\s*\d{4})|\d{4}\s*©")


def _notice_word(low: str) -> bool:
    """Whether a lower-cased line holds a copyright sign or word anywhere."""
    return "©" in low or "copyright" in low


def _notice_line(low: str) -> bool:
    """Whether a lower-cased line is a copyright notice: opening with "©" or "Copyright", or
    giving the year with it ("… | © 2024 Riverside Chronicle"). Not a photograph's credit at
    a caption's end ("Rouge-gorge … à quinze mètres. © Thomas Lefèvre"), which names the
    writer who took it as often as an agency."""
    if "©" not in low and "copyright" not in low and "(c)" not in low:
        return False
    return low.startswith(("©", "copyright", "(c)")) or _NOTICE.search(low) is not None
