"""Line rules: the declarative tests a source plugin's :class:`~corpuskit.layout.Layout` lists.

:class:`LineRule` labels each line its test accepts; the helpers (:func:`line`, :func:`prefix`,
:func:`pattern`, :func:`caption`, :func:`lead_headline`, :func:`byline`) build the common ones.
:func:`run_rules` applies a list of them to a page, the first to claim a line winning, and
:func:`head_matches` finds a layout's title and subtitle.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from operator import methodcaller
from typing import Literal

from attrs import frozen

from corpuskit.layout._lines import Lines, Match, Where, zone_range
from corpuskit.normalize import normalize_space

LineTest = Callable[[str, str], object]
"""A test on one line: called with (normalised line, lower-cased line); truthy means a match."""

Expand = Callable[[object, Lines, int], Iterable[Match]]
"""Turns a rule's verdict on line ``index`` into matches (several spans of one line, say)."""


THEN_MAX_WORDS = 20
"""The default longest line (in words) a rule's ``then`` labels (see :class:`LineRule`)."""


@frozen
class LineRule:
    """Labels each line for which ``test`` holds; see the ``line``/``prefix``/``pattern`` helpers.

    ``to_end`` extends the label from the matching line to the end of the page (footers);
    ``then`` labels the following lines with the given kinds (a credit line followed by its
    caption), each of at most ``then_max_words`` words; ``before`` labels the previous line
    (an image keyword line above a caption) when ``before_if`` (if given) accepts it; ``repeat``
    also labels an identical next line; ``around`` (lower-cased, normalised lines) grows the
    label over the adjacent lines that are one of them, so a sign-up box with its buttons is
    one item; ``expand`` replaces the one-match-per-line default (a byline and its date).
    """

    kind: str
    test: LineTest
    """Called with (normalised line, lower-cased line); a truthy result is a match."""
    where: Where = "anywhere"
    to_end: bool = False
    then: tuple[str, ...] = ()
    before: str | None = None
    repeat: bool = True
    describe: str = ""
    value: Callable[[object], object] | None = None
    before_if: LineTest | None = None
    around: frozenset[str] = frozenset()
    expand: Expand | None = None
    prefilter: Callable[[str], object] | None = None
    """A cheap test every match passes, on the lower-cased line (``str.startswith`` through
    :func:`operator.methodcaller`, a set's ``__contains__``): lines failing it are skipped."""
    then_max_words: int | None = THEN_MAX_WORDS
    """For ``then``: the longest line (in words) it labels; ``None``: any. A caption under a
    credit is short, and a longer line there is the body's first paragraph (the credit had no
    caption): nothing else tells them apart once blank lines play no part."""
    needles: tuple[str, ...] = ()
    """Lower-case, white-space normalised strings one of which every line the rule matches on
    its own (not through ``before``, ``then``, ``around``...) holds. A page holding none in the
    rule's zone has no match, which :meth:`may_match` tells with a few C-speed scans; empty
    means the rule makes no such promise."""

    def may_match(self, lines: Lines) -> bool:
        """False when no line of the rule's zone holds a needle, so the rule cannot match.

        Identification asks this before running a rule as a signature (:func:`rule_signature`):
        most pages are not the rule's site and are turned away without a per-line test.
        """
        if not self.needles:
            return True
        text = lines.zone_text(self.where)
        for needle in self.needles:  # noqa: SIM110 - a loop: any() of a generator costs more
            if needle in text:
                return True
        return False

    def zone(self, lines: Lines) -> range:
        """The lines this rule may match on (subclasses with other positions override it)."""
        return zone_range(self.where, len(lines))

    def matches(
        self, lines: Lines, taken: list[bool], neighbours: list[Match] | None = None
    ) -> Iterable[Match]:
        """The rule's matches on lines not ``taken``, in order.

        With ``neighbours``, the lines ``then`` and ``before`` label go there instead, for the
        caller to claim after every rule's own matches (:func:`run_rules`): a line some rule
        knows by itself (a footer) is never borrowed as a neighbour (the caption of a credit
        with none), whatever separates the two.
        """
        total = len(lines)
        lower = lines.lower
        norm = lines.norm
        test = self.test
        zone: Iterable[int] = self.zone(lines)
        if self.prefilter is not None:
            keep = self.prefilter
            zone = [i for i in zone if keep(lower[i])]
        for index in zone:
            if taken[index]:
                continue
            verdict = test(norm[index], lower[index])
            if not verdict:
                continue
            if self.expand is not None:
                yield from self.expand(verdict, lines, index)
                continue
            value = self.value(verdict) if self.value else None
            first = last = index
            if self.around:
                while first > 0 and not taken[first - 1] and lower[first - 1] in self.around:
                    first -= 1
                while last + 1 < total and not taken[last + 1] and lower[last + 1] in self.around:
                    last += 1
            if self.to_end:
                last = total - 1
            yield Match(self.kind, first, last, value)
            if self.before and lines.next_to(index - 1, index) and not taken[index - 1]:
                fits = self.before_if is None or self.before_if(
                    lines.norm[index - 1], lower[index - 1]
                )
                if fits:
                    borrowed = Match(self.before, index - 1, index - 1)
                    if neighbours is None:
                        yield borrowed
                    else:
                        neighbours.append(borrowed)
            follow = index
            for kind in self.then:
                fits = lines.next_to(follow, follow + 1) and not taken[follow + 1]
                if fits and self.then_max_words is not None:
                    fits = len(lines.norm[follow + 1].split()) <= self.then_max_words
                if fits:
                    follow += 1
                    borrowed = Match(kind, follow, follow)
                    if neighbours is None:
                        yield borrowed
                    else:
                        neighbours.append(borrowed)
            # A repeat of a line that heads a group (a credit over its caption) heads a group of
            # its own, which the loop finds: labelling it here would leave its caption behind.
            repeats = self.repeat and not self.then
            if repeats and follow + 1 < total and lines.norm[follow + 1] == lines.norm[index]:
                yield Match(self.kind, follow + 1, follow + 1)


def _lowered(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_space(t).lower() for t in texts)


def line(
    kind: str,
    *texts: str,
    where: Where = "anywhere",
    to_end: bool = False,
    then: tuple[str, ...] = (),
    before: str | None = None,
    repeat: bool = True,
    around: Iterable[str] = (),
) -> LineRule:
    """Lines equal to one of ``texts``, ignoring case and white space."""
    wanted = _lowered(texts)
    return LineRule(
        kind,
        lambda _n, low: low in wanted,
        where,
        to_end,
        then,
        before,
        repeat,
        describe=f"line {texts!r}",
        around=_lowered(around),
        prefilter=wanted.__contains__,
        needles=tuple(sorted(wanted)),
    )


def prefix(
    kind: str,
    *prefixes: str,
    where: Where = "anywhere",
    to_end: bool = False,
    then: tuple[str, ...] = (),
    before: str | None = None,
    repeat: bool = True,
    around: Iterable[str] = (),
) -> LineRule:
    """Lines starting with one of ``prefixes``, ignoring case."""
    starts = tuple(normalize_space(p).lower() for p in prefixes)
    return LineRule(
        kind,
        lambda _n, low: low.startswith(starts),
        where,
        to_end,
        then,
        before,
        repeat,
        describe=f"prefix {prefixes!r}",
        around=_lowered(around),
        prefilter=methodcaller("startswith", starts),
        needles=starts,
    )


def pattern(
    kind: str,
    regex: str,
    *,
    lower: bool = False,
    where: Where = "anywhere",
    to_end: bool = False,
    then: tuple[str, ...] = (),
    before: str | None = None,
    repeat: bool = True,
) -> LineRule:
    """Lines where ``regex`` is found (``re.search``) in the normalised line.

    With ``lower=True`` the regex runs on the lower-cased line: the fast way to ignore case.
    """
    search = re.compile(regex).search

    def test(norm: str, low: str) -> object:
        return search(low if lower else norm)

    return LineRule(kind, test, where, to_end, then, before, repeat, describe=regex)


# -- photo credits --------------------------------------------------------------------------

CREDIT_NAMES = frozenset(
    {
        "afp",
        "ap",
        "ap photo",
        "ap images",
        "reuters",
        "getty",
        "getty images",
        "epa",
        "epa-efe",
        "flash90",
        "flash 90",
        "gpo",
        "idf",
        "idf spokesperson",
        "idf spokesperson's unit",
        "idf spokesperson’s unit",
        "israel defense forces",
        "israel police",
        "pool",
        "pool photo",
        "xinhua",
        "anadolu",
        "anadolu agency",
        "istock",
        "shutterstock",
        "wikimedia",
        "wikimedia commons",
        "public domain",
        "screenshot",
        "screen capture",
        "screengrab",
        "twitter",
        "facebook",
        "youtube",
        "instagram",
        "telegram",
        "handout",
        "courtesy",
        "tps",
        "jns",
        "pmo",
        "wafa",
        "sana",
    }
)
"""Lower-cased names of photo agencies and sources that mark a bracket as a photo credit."""

_CREDIT_LEADS = ("courtesy", "screenshot", "screen capture", "screengrab", "pool")
_CREDIT_TAILS = (" screenshot", " screen capture", " screengrab", " handout")
_CREDIT_PREFIXES = (
    "illustrative photo:",
    "illustrative:",
    "file photo:",
    "file:",
    "photo:",
    "photo by",
    "credit:",
    "via",
)


def _credit_part(part: str, extra: frozenset[str] = frozenset()) -> bool:
    part = part.strip(" .,")
    if part in CREDIT_NAMES or part in extra:
        return True
    if part.startswith(_CREDIT_PREFIXES):
        lead = next(p for p in _CREDIT_PREFIXES if part.startswith(p))
        part = part[len(lead) :].strip()
        if part in CREDIT_NAMES or part in extra:
            return True
    return part.startswith(_CREDIT_LEADS) or part.endswith(_CREDIT_TAILS)


def bracketed_credit(low: str, credits: frozenset[str] = frozenset()) -> str | None:
    """The credit in a final bracket naming a photo agency: ``'… (mahmud hams/afp)'``.

    Takes the lower-cased line; the bracket reads as a credit when one of its ``/``-separated
    parts is a known agency or source (``flash90``, ``ap photo``, ``courtesy of …``) or one of
    ``credits`` (lower-cased: the site's own name, say).
    """
    if not low.endswith(")"):
        return None
    opening = low.rfind("(")
    if opening < 0 or len(low) - opening > 90:
        return None
    inside = low[opening + 1 : -1]
    if "(" in inside or not inside.strip():
        return None
    if any(_credit_part(part, credits) for part in reversed(inside.split("/"))):
        return inside
    return None


_WIRE = "reuters|ap photo|ap|afp|epa|epa-efe|pool|xinhua|anadolu"
_LAST = (
    r"getty images|getty|reuters|afp|ap|epa|pool|istock|shutterstock|newsweek"
    r"|(?:afp|ap|reuters|anadolu|pool|bloomberg|tns|upi|nurphoto|sopa images) via getty images"
)
_TRAILING = re.compile(
    rf"(?:(?:{_WIRE})/[^/]{{2,40}}"
    rf"|[^/]{{2,40}}(?:/[^/]{{2,40}})?/(?:{_LAST})"
    r"|getty images(?: plus)?|istock|afp via getty images"
    r"|(?:photo-)?illustration by newsweek(?:/getty(?: images)?)?)\Z"
)
_SENTENCE_END = (". ", "? ", "! ", '." ', ".” ", "?” ", '?" ')
_NOT_CREDIT_ENDS = (".", ")", '"', "”", "’", "'", ":", ",", ";", "?", "!")
_BARE = ("getty images", "getty images plus", "istock", "illustration by newsweek")


def trailing_credit(low: str, credits: frozenset[str] = frozenset()) -> str | None:
    """The unbracketed credit ending a caption: ``'… in doha. reuters/fadi al-assaad'``.

    Takes the lower-cased line. The credit is what follows the last sentence end, and must read
    as one (``reuters/name``, ``name/getty images``, ``afp via getty images``, ``name/`` one of
    ``credits``...); the caption before it must have words of its own.
    """
    own = credits and low.endswith(tuple(credits))
    if not own and (
        low.endswith(_NOT_CREDIT_ENDS) or ("/" not in low[-60:] and not low.endswith(_BARE))
    ):
        return None  # most lines: prose ends in a full stop, and a credit has a slash
    end = max(low.rfind(mark) for mark in _SENTENCE_END)
    if end < 8:
        return None
    credit = low[end:].split(" ", 1)[1] if " " in low[end:] else ""
    if not credit or len(credit) > 80 or credit.endswith((".", ")")):
        return None
    if own and "/" in credit and credit.rsplit("/", 1)[1].strip() in credits:
        return credit
    return credit if _TRAILING.match(credit) else None


def caption(
    credit: Literal["brackets", "trailing"] = "brackets",
    *,
    kind: str = "caption",
    where: Where = "anywhere",
    before: str | None = None,
    before_if: LineTest | None = None,
    repeat: bool = True,
    credits: Iterable[str] = (),
) -> LineRule:
    """Caption lines: text ending in a photo credit, in brackets or trailing after the text.

    ``credit="brackets"``: ``'Hamas leader … (Mahmud Hams/AFP)'``; ``"trailing"``:
    ``'… in Doha October 16, 2014. Reuters/Fadi Al-Assaad'`` (see :func:`bracketed_credit` and
    :func:`trailing_credit`). A repeated caption (printed twice) is labelled twice.

    Credits are known by the agencies in :data:`CREDIT_NAMES`; ``credits`` names the site's
    own credit forms too (any case): with ``credits=("Riverside Chronicle",)``, ``'… landing
    site (Photo: Tomas Brell/Riverside Chronicle)'`` is a caption, and so (``"trailing"``) is
    ``'… landing site. Tomas Brell/Riverside Chronicle'``.
    """
    own = _lowered(credits)
    if credit == "brackets":

        def test(_n: str, low: str) -> object:
            found = bracketed_credit(low, own)
            return found is not None and len(low) - len(found) > 12

    else:

        def test(_n: str, low: str) -> object:
            return trailing_credit(low, own)

    needles = (")",) if credit == "brackets" else ("/", "getty images", "istock", "newsweek")
    return LineRule(
        kind,
        test,
        where,
        before=before,
        repeat=repeat,
        describe=f"caption with a {credit} credit",
        before_if=before_if,
        prefilter=methodcaller("endswith", ")") if credit == "brackets" else None,
        # A bracketed credit closes the line; a trailing one has a slash or ends in a bare
        # credit (``_BARE``: each holds one of these) or in one of the site's own credits.
        needles=needles if credit == "brackets" else (*needles, *sorted(own)),
    )


def keywords(norm: str, _low: str = "", max_words: int = 12) -> bool:
    """A keyword or image alt-text line: a few words, no sentence punctuation, capitalised.

    Nor a menu's or a breadcrumb's separators (``Home | News | Sport``, ``News › World``): a
    site's menu above a credited caption is not the caption's alt text.
    """
    words = norm.split()
    return (
        0 < len(words) <= max_words
        and (norm[0].isupper() or norm[0].isdigit())
        and not any(ch in norm for ch in '.,;:!?()"“”|•»›')
    )


def headline_after(*leads: str, max_words: int = 30) -> LineTest:
    """A lead word then a headline: ``'Read  Israeli gov’t severs ties …'`` (a related link).

    The headline must start with a capital, digit or quote and read like a heading (no final
    full stop), which keeps ``'Read the full statement here.'`` in the body.
    """
    starts = tuple(normalize_space(lead).lower() + " " for lead in leads)

    def test(norm: str, low: str) -> object:
        if not low.startswith(starts):
            return False
        rest = norm[next(len(s) for s in starts if low.startswith(s)) :]
        return (
            bool(rest)
            and (rest[0].isupper() or rest[0] in "0123456789\"“‘'")
            and (looks_like_heading(rest, max_words))
        )

    return test


def lead_headline(kind: str, *leads: str, where: Where = "anywhere") -> LineRule:
    """Lines of a lead word then a headline (see :func:`headline_after`): related links."""
    starts = tuple(normalize_space(lead).lower() + " " for lead in leads)
    return LineRule(
        kind,
        headline_after(*leads),
        where,
        repeat=False,
        describe=f"{' / '.join(leads)} <headline>",
        prefilter=methodcaller("startswith", starts),
        needles=starts,
    )


# -- bylines and dates ----------------------------------------------------------------------

_PARTICLES = "al|el|bin|ibn|de|da|di|du|van|von|der|den|del|la|le|ben|bar|bat"
NAME = (
    rf"(?:[A-Z][\w'’.-]*|(?:al|el)-[A-Z][\w'’.-]*)"
    rf"(?: (?:[A-Z][\w'’.-]*|(?:{_PARTICLES})(?:-[A-Z][\w'’.-]*)?)){{0,4}}"
)
"""A personal name as bylines print it: capitalised words, with particles (al-, van, bin)."""
NAMES = rf"{NAME}(?:(?:, | and | & |, and ){NAME})*"
"""One or more names: 'A', 'A and B', 'A, B and C'. Use in a byline's ``names`` group."""

_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def split_names(names: str) -> tuple[str, ...]:
    """'A, B and C' → ('A', 'B', 'C')."""
    return tuple(n for n in (p.strip() for p in _NAME_SPLIT.split(names)) if n)


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) ([A-Za-z]+)\.? (\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str) -> dt.date | None:
    """The first Gregorian date in ``text``: 'November 30, 2018', '30 Nov 2018', '2018-11-30'.

    Words that are not English month names are skipped, so a Hebrew date printed beside the
    Gregorian one ('22 Kislev 5779 – November 30, 2018') is passed over.
    """
    candidates: list[tuple[int, int, int, int]] = []
    for m in _MONTH_DAY_YEAR.finditer(text):
        month = _MONTHS.get(m[1].lower())
        if month:
            candidates.append((m.start(), int(m[3]), month, int(m[2])))
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = _MONTHS.get(m[2].lower())
        if month:
            candidates.append((m.start(), int(m[3]), month, int(m[1])))
    for m in _ISO.finditer(text):
        candidates.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    for _, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def byline(
    regex: str, *, where: Where = "head", staff: Iterable[str] = (), needles: Iterable[str] = ()
) -> LineRule:
    """Byline lines; the regex's ``names`` group holds the authors ('A, B and C').

    A match without a ``names`` group (``By Staff``) is still a byline, with no authors; names
    listed in ``staff`` (any case: ``'TOI staff'``, ``'Agencies'``) are not authors either. When
    the regex has a ``date`` group, the line is cut in two: the byline up to the date, and a
    ``dateline`` for the date (its value the date :func:`parse_date` finds there). ``needles``
    (see :attr:`LineRule.needles`) spare identification the regex, which a name list makes slow,
    on pages that cannot match: give a lower-case phrase every match holds (the outlet's name).
    """
    compiled = re.compile(regex)
    not_people = _lowered(staff)
    # A regex anchored on a literal ('^By ') lets every other line be skipped at C speed.
    literal = re.match(r"\^([A-Za-z][A-Za-z ]*)", regex)
    prefilter = methodcaller("startswith", literal[1].lower()) if literal else None

    def names(verdict: object) -> tuple[str, ...]:
        if isinstance(verdict, re.Match):
            group = verdict.groupdict().get("names")
            if group:
                return tuple(n for n in split_names(group) if n.lower() not in not_people)
        return ()

    def with_date(verdict: object, lines: Lines, index: int) -> Iterable[Match]:
        block = lines.blocks[index]
        authors = names(verdict)
        date_text = verdict.group("date") if isinstance(verdict, re.Match) else None
        at = block.text.find(date_text) if date_text else -1
        if date_text is None or at <= 0:
            yield Match("byline", index, index, authors)
            return
        cut = block.start + at
        yield Match("byline", index, index, authors, span=(block.start, cut))
        yield Match("dateline", index, index, parse_date(date_text), span=(cut, block.end))

    return LineRule(
        "byline",
        lambda norm, _l: compiled.search(norm),
        where,
        repeat=False,
        describe=regex,
        value=names,
        expand=with_date if "date" in compiled.groupindex else None,
        prefilter=prefilter,
        needles=tuple(needles),
    )


_DATE_HEADER = re.compile(r"date\s+\d{4}-\d{2}-\d{2}\s+(?=\S)")
"""A crawler's date header glued to the first line (``date 2018-12-30 Headline``)."""


HEADING_ENDS = (".", ",", ";", ":", '."', ".”")
"""What a heading never ends with: a sentence's or a clause's mark."""


def looks_like_heading(text: str, max_words: int = 30) -> bool:
    """A short line with no sentence-final full stop: how headlines and deks tend to look."""
    words = text.split()
    return 0 < len(words) <= max_words and not text.endswith(HEADING_ENDS)


def run_rules(rules: Iterable[LineRule], lines: Lines) -> tuple[list[Match], list[bool]]:
    """Every line-level verdict of ``rules``, in order, each line claimed once; the lines
    rules label as neighbours of their matches (``then``, ``before``) after all the others.

    A verdict on part of a line (``span``) claims the line for other rules, but another part of
    the same line may still be labelled by the rule that took the first part. Returns the
    matches and which lines they claimed.
    """
    taken = [False] * len(lines)
    spans: dict[int, list[tuple[int, int]]] = {}
    found: list[Match] = []
    neighbours: list[Match] = []
    pending: list[tuple[int, Match]] = []  # (where in ``found`` it goes, the match)
    for rule in rules:
        spans.clear()
        for match in rule.matches(lines, taken, neighbours):
            if neighbours:  # those of the rule's previous match: listed right after it
                pending += [(len(found), m) for m in neighbours]
                neighbours.clear()
            claim(match, taken, spans, found)
        pending += [(len(found), m) for m in neighbours]
        neighbours.clear()
    if not pending:
        return found, taken
    # Lines a rule labels for being next to its match (a credit's caption, the keywords over
    # an image) are claimed last: a line another rule knows by itself keeps that rule's label.
    # Each is listed where the rule found it, after the match it goes with.
    spans.clear()
    claimed: list[tuple[int, Match]] = []
    for position, match in pending:
        before = len(found)
        claim(match, taken, spans, found)
        if len(found) > before:
            claimed.append((position, found.pop()))
    for position, match in reversed(claimed):
        found.insert(position, match)
    return found, taken


def claim(
    match: Match, taken: list[bool], spans: dict[int, list[tuple[int, int]]], found: list[Match]
) -> None:
    """Add ``match`` to ``found`` unless a line (or that part of a line) is already taken."""
    if match.span is not None:
        index = match.first
        start, end = match.span
        if taken[index] and index not in spans:
            return
        if any(start < e and s < end for s, e in spans.get(index, ())):
            return
        taken[index] = True
        spans.setdefault(index, []).append(match.span)
        found.append(match)
        return
    if any(taken[match.first : match.last + 1]):
        return
    for i in range(match.first, match.last + 1):
        taken[i] = True
    found.append(match)


def head_matches(
    lines: Lines,
    taken: list[bool],
    *,
    subtitle: bool,
    subtitle_max_words: int,
    subtitle_heading: bool,
) -> list[Match]:
    """The title (the first line, when it reads like a heading) and subtitle (the second).

    Blank lines play no part: a page with single newlines between its paragraphs has the same
    title and subtitle as the same page with blank lines.

    "First line" is a text-page notion: an HTML page's first block is usually a menu item, and
    its title comes from <h1>/og:title through the metadata hooks instead.
    """
    out: list[Match] = []
    if len(lines) < 2 or taken[0] or lines.page.kind != "text":
        return out
    first = lines.blocks[0]
    header = _DATE_HEADER.match(first.text)
    text = lines.norm[0][len(normalize_space(header.group())) :] if header else lines.norm[0]
    if not looks_like_heading(text):
        return out
    if header:  # leave a crawler's date header glued to the headline to the dateline rule
        out.append(Match("title", 0, 0, span=(first.start + header.end(), first.end)))
    else:
        out.append(Match("title", 0, 0))
    if subtitle and not taken[1]:
        dek = lines.norm[1]
        words = len(dek.split())
        fits = 0 < words <= subtitle_max_words and len(lines) > 2
        if fits and (not subtitle_heading or looks_like_heading(dek, words)):
            out.append(Match("subtitle", 1, 1))
    return out
