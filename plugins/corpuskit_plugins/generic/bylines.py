"""Bylines: ``By X``, ``By X and Y``, ``By X, Outlet``, ``X, AP Auto Writer``.

The value is the tuple of author names. A line is a byline only when every part after ``By``
is a person's name (capitalised words, with the usual particles), an outlet (a part holding a
word such as News, Times, Press) or a role (Staff Writer): ``By the time...`` and ``By Monday,
officials...`` stay in the body. Credit lines such as ``Additional reporting by X`` are bylines
with no names, so they leave the body without adding authors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import LINE_CACHE, Context, Prefixes
from corpuskit_plugins.generic.dates import FOREIGN_MONTHS, MONTHS, TRIM_WORDS, date_header
from corpuskit_plugins.generic.footers import notice_lines
from corpuskit_plugins.generic.names import (
    AUTHOR_WORDS,
    BY,
    PAREN_TAIL,
    POSTING_WORDS,
    TEXT_WORDS,
    byline_names,
    caseless_text,
    person_words,
    two_names,
    whole_byline,
)

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
_LABELS = tuple(
    f"{word}{colon}" for word in (*AUTHOR_WORDS, *TEXT_WORDS) for colon in (": ", " : ")
)
"""A label before the names ("Autorin: Jana Nováková", "Text: Ana Gil"): a byline only above
the article's text and alone, not in a box of fields ("Title: …", "Author: …", "Publisher:
…", a review's book) nor a hymn's or a quotation's credit below the text
(:func:`_labelled_byline`)."""
_FOREIGN_BY = ("von ", "par ", "por ", *_LABELS)
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
    return bool(words) and _ROLE_WORDS.issuperset(words)


def names_after_by(rest: str) -> tuple[str, ...] | None:
    """The names in what follows ``By``; ``None`` when it is not a byline."""
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
    for part in parts:
        words = part.lower().replace(".", " . ").split()
        if _is_role(words) or _is_outlet(words):
            continue  # 'Staff Writer', 'Eastport Herald News', 'Reuters'
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
    for index in sorted(candidates):
        if not ctx.free(index):
            continue
        if ctx.lower[index] == "by":
            yield from _by_over_name(ctx, index)
            continue
        if ctx.lower[index].startswith(_LABELS) and not _labelled_byline(ctx, index):
            continue
        value = byline_value(ctx.norm[index], ctx.lower[index])
        if value:
            # Where a site names itself: a photo's credit holds a slash, a notice '©' or
            # 'copyright'. The slashes and the notice are looked for once for every name.
            if slashes is None:
                slashes = _slashes(ctx.page)
            notice = _any_notice(ctx)
            if notice or slashes:
                value = tuple(name for name in value if not _the_site(ctx, name, notice, slashes))
        if value is not None:
            yield from _byline_and_date(ctx, index, value)


_FIELD_LABEL = re.compile(r"[^\W\d_][\w .'’-]{0,24}\s?:\s")
"""A line opening with a field's label ("Publisher: ", "Dauer: ", "Title : ")."""


def _labelled_byline(ctx: Context, index: int) -> bool:
    """Whether a line opening with an author's or a text's label is the article's byline:
    above the article's first line of prose, with neither neighbour a field of its own."""
    if any(ctx.prose(line) for line in range(index)):
        return False
    return not any(
        0 <= line < ctx.total and _FIELD_LABEL.match(ctx.norm[line])
        for line in (index - 1, index + 1)
    )


def _byline_and_date(ctx: Context, index: int, value: tuple[str, ...]) -> Iterator[Match]:
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


def _the_site(ctx: Context, name: str, notice: bool, slashes: list[int]) -> bool:
    """Whether the page names the site ``name`` elsewhere: in its copyright notice
    (``© 2024 Riverside Chronicle``) or as a photo's credit (``Name/Riverside Chronicle``).
    Such a part of a byline (``By Name | Riverside Chronicle``) is the outlet, not an author.

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
        low in line and ("©" in line or "copyright" in line)
        for line in ctx.lower
        if len(line) < 200
    )


HEAD_PROSE = 2
"""Lines of prose above which a byline stands in an article's head: under the headline, or
under the standfirst and over the first paragraph."""
HEAD_PARAGRAPH = 30
"""Words of a line of prose that is the article's first paragraph, not a standfirst: the
head ends above it."""
HEAD_WORDS = 25
"""Words a byline in the head may have, a date and a place with the names."""


def head_bylines(ctx: Context) -> Iterator[Match]:
    """Bylines in the article's head that the rule above reads no names in: "Door Pieter van
    Dijk en Sanne Bakker", "Par Camille Lefèvre, le 12 février 2024 à 9h30", "Av Elin Sunna
    21 januari 2025", "By Maya Okonkwo and Daniel Reyes in Lagos".

    They are read as the extractor reads a byline block (:func:`names.byline_names`, every
    language's word for "by" and its author labels), but the text has no markup to say which
    line is the byline: the place does. A line is one only above the article's first
    paragraph (under its standfirst at most), opening with a word for "by" (alone, or after a
    word saying the piece was posted or written: a photo's or a design's "by" credits no
    author) or with an author's label standing alone (not in a box of a book's fields),
    short, and a byline throughout (:func:`names.whole_byline`: "Par ailleurs, le ministre,
    Gérald Darmanin, a promis…" names a minister, not the writer). Of such lines only the
    one nearest the article is its byline, and none above a byline the rule above took: a
    teaser rail's bylines, a kicker and a book's box stand higher (a review's probes).
    """
    seen = 0
    chosen: tuple[int, _Reading] | None = None
    kinds = ctx.kinds
    for index in range(1, ctx.total):
        if seen >= HEAD_PROSE:
            break
        kind = kinds[index]
        if kind is not None:
            if kind == "byline":
                chosen = None  # the article's byline is this one, or one below it
            continue  # a claimed line (a cookie banner, a caption) is no paragraph either
        if ctx.prose(index):
            seen += 1 if ctx.words[index] < HEAD_PARAGRAPH else HEAD_PROSE
            continue
        if ctx.words[index] > HEAD_WORDS:
            continue
        if ctx.lower[index].startswith(_LABELS) and _in_a_box(ctx, index):
            continue  # a box of fields ("Title: …", "Author: …"): a review's book
        reading = _head_reading(ctx, index)
        if reading is not None:
            chosen = (index, reading)
    if chosen is not None:
        index, reading = chosen
        if isinstance(reading, int):
            yield from _date_then_names(ctx, index, reading)
        elif reading[0] == _ALONE:
            yield Match("byline", index, index, reading[1:])
        else:
            yield from _names_then_date(ctx, index, reading)


_ALONE = ""
"""Marks a name read alone over its date line (:func:`_name_over_its_date`)."""
_Reading = int | tuple[str, ...]
"""How a head line reads as a byline: where its byline opens after a date (an offset in
the line), or its names (led by :data:`_ALONE` for a name over its date line)."""


def _head_reading(ctx: Context, index: int) -> _Reading | None:
    """How a line of the head reads as a byline, or None; the cheap tests first."""
    norm = ctx.norm[index]
    if _BY_WORD.search(ctx.lower[index]) is None:
        names = _name_over_its_date(ctx, index)
        return None if names is None else (_ALONE, *names)
    if _DIGIT.search(norm) is not None and (cut := _date_cut_before_names(ctx, index)):
        return cut
    opening = BY.match(norm)
    if opening is None:
        names = _name_over_its_date(ctx, index)
        return None if names is None else (_ALONE, *names)
    if not _credits_the_writer(opening.group()) or not whole_byline(norm):
        return None
    names = _persons(byline_names(norm))
    return names or None


_ARTICLE_WORDS = frozenset(
    "the a an la le les el los las der die das het il lo gli os as".split()  # noqa: SIM905
)


def _persons(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names a head byline gives, without what the reader kept of other things: a
    bracket after the name ("Julien Martin (à Lyon)"), a name opening with an article ("The
    Numbers", "La Rédaction") and, in a script without case, a desk ("न्यूज़ डेस्क",
    "מערכת החדשות")."""
    kept = []
    for name in names:
        name = PAREN_TAIL.sub("", name)
        words = name.split()
        if not words or words[0].lower() in _ARTICLE_WORDS:
            continue
        if caseless_text(name) and (not person_words(words) or not _DESKS.isdisjoint(words)):
            continue
        kept.append(name)
    return tuple(dict.fromkeys(kept))


_DESKS = frozenset({"מערכת", "डेस्क", "desk"})
"""Words that make a name in a script without case a desk's, beside those the names reader
knows (:func:`names.person_words`)."""


def _in_a_box(ctx: Context, index: int) -> bool:
    """Whether a labelled line stands between two fields of a box ("Title: …" over "Author:
    …" over "Publisher: …"); a byline's own date field under it ("Datum: 12. 3. 2024") makes
    no box."""
    return all(
        0 <= line < ctx.total and _FIELD_LABEL.match(ctx.norm[line])
        for line in (index - 1, index + 1)
    )


def _credits_the_writer(opening: str) -> bool:
    """Whether a byline's opening (:data:`names.BY`'s match) credits the piece's writer: a
    word for "by" or an author's label alone, or after a word saying the piece was posted or
    written; not "Photo by" or "Theme by", nor "March 2024 par" (a date runs on before it)."""
    return set(opening.lower().split()[:-1]) <= _POSTING


_POSTING = frozenset(POSTING_WORDS)


def _name_over_its_date(ctx: Context, index: int) -> tuple[str, ...] | None:
    """A line that is a person's name and nothing else, right over the article's date ("Ines
    Moreau" over "Feb 8, 2024 — 4 min read"): the byline as a post's header or a portal's
    writes it, with no word for "by". A section's name or a kicker reads as a name too
    ("Local News", "Climate Change"), but its words are words of the language, which the
    page writes in lower case elsewhere; a person's name is not."""
    following = index + 1
    if following >= ctx.total or not 2 <= ctx.words[index] <= NAME_LINE_WORDS:
        return None
    norm = ctx.norm[index]
    if ":" in norm or _DIGIT.search(norm) is not None or not norm[:1].isupper():
        return None  # a label, a date, a sentence: no name alone
    names = byline_names(norm)
    if len(names) != 1 or names[0] != norm:
        return None
    after = ctx.norm[following]
    header, date = date_header(after, ctx.lower[following])
    if not header or date is None:
        return None
    page = ctx.page
    for word in norm.split():
        low = word.lower()
        if low != word and (f" {low} " in page or f" {low}." in page or f" {low}," in page):
            return None
    return names


NAME_LINE_WORDS = 4


def _date_cut_before_names(ctx: Context, index: int) -> int | None:
    """Where the byline opens in a head line that is a date, then a byline ("8. 4. 2024
    Autor: Petra Novotná", "12 March 2024 By Ana Ruiz", "Publié le 14 septembre 2024 par
    Jean Dupont"): the offset of the word for "by" or the label, when what stands before it
    is a date header and after it a byline throughout; else None."""
    low = ctx.lower[index]
    if _BY_WORD.search(low) is None:
        return None  # most dated lines hold no word for "by": one search, not one a space
    text = ctx.lines.blocks[index].text
    for found in _SPACE_RUN.finditer(text):
        rest = text[found.end() :]
        opening = BY.match(rest)
        if opening is None or not _credits_the_writer(opening.group()):
            continue
        head = " ".join(text[: found.start()].split())
        header, date = date_header(head, head.lower())
        if header and date is not None and whole_byline(rest) and _persons(byline_names(rest)):
            return found.end()
        return None
    return None


_BY_WORD = re.compile(
    r"(?:^|\s)(?:by|von|par|por|door|eftir|av|af|di|da|מאת|بقلم|نوشتهٔ|توسط|作者|โดย)[\s:：]"
    rf"|(?:^|\s)(?:{'|'.join(map(re.escape, (*AUTHOR_WORDS, *TEXT_WORDS)))})\s?[:：]"
)
"""A word for "by" or an author's label in a lower-cased line: where :data:`names.BY` may
match, at the line's start or after a date; one search tells most lines hold none."""


def _date_then_names(ctx: Context, index: int, cut: int) -> Iterator[Match]:
    """The date and the byline of a head line cut at ``cut`` (:func:`_date_cut_before_names`)."""
    block = ctx.lines.blocks[index]
    head = " ".join(block.text[:cut].split())
    date = date_header(head, head.lower())[1]
    names = _persons(byline_names(block.text[cut:]))
    ctx.kinds[index] = "byline"
    middle = block.start + cut
    yield Match("dateline", index, index, date, span=(block.start, middle))
    yield Match("byline", index, index, names, span=(middle, block.end))


_SPACE_RUN = re.compile(r"\s+")


def _leading_date(tail: str) -> dt.date | None:
    """The date that opens what follows a byline's names: the whole of it when it is a date
    header, else its longest opening that is one ("21 januari 2025 kl. 07.00", where the
    hour's "kl." is no header word)."""
    words = tail.split()
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        header, date = date_header(head, head.lower())
        if header and date is not None:
            return date
    return None


def _names_then_date(ctx: Context, index: int, names: tuple[str, ...]) -> Iterator[Match]:
    """A head byline, and the date after its names when the rest of the line is a date
    header ("By Rosie Halloran 2023-09-12", "Av Elin Sunna 21 januari 2025 kl. 07.00"): the
    line is claimed whole, so the date is read here or lost to the dates rule."""
    block = ctx.lines.blocks[index]
    end = block.text.rfind(names[-1])
    if end >= 0:
        end += len(names[-1])
        tail = " ".join(block.text[end:].split()).lstrip(",;·|•-–— ")
        date = _leading_date(tail) if _DIGIT.search(tail) is not None else None
        if date is not None:
            ctx.kinds[index] = "byline"
            middle = block.start + end
            yield Match("byline", index, index, names, span=(block.start, middle))
            yield Match("dateline", index, index, date, span=(middle, block.end))
            return
    yield from _byline_and_date(ctx, index, names)
