"""Declarative layouts: how a source plugin says what its site's debris looks like.

A source plugin is mostly one :class:`Layout` value: which source it is, how to recognise its
pages, where the title and subtitle sit, and a list of rules (``line``, ``prefix``, ``pattern``,
``caption``, ``byline``) that each label a kind of line. The Layout is itself the pluggy plugin:
its methods implement ``corpuskit_sources``, ``corpuskit_identify`` and ``corpuskit_label``, so an
entry point can name it directly (``mysite = "mypkg.mysite:LAYOUT"``).

Rules see each line lower-cased and white-space normalised once per page (never a case-folding
regex over the page, which is hundreds of times slower), and the first rule to claim a line wins.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from operator import attrgetter, methodcaller
from typing import Literal, NamedTuple

from attrs import Factory, field, frozen

from corpuskit.hookspecs import hookimpl
from corpuskit.model import Block, Identification, Label, Page
from corpuskit.normalize import normalize_space
from corpuskit.sources import SourceInfo

SOURCE_PRIORITY = 100
GENERIC_PRIORITY = 0

Where = Literal["anywhere", "head", "tail"]


class Lines:
    """One page's blocks with the views rules need, computed once and shared by every rule.

    Build it with :meth:`of` to share one instance between every layout looking at the page.
    """

    __slots__ = (
        "_joined",
        "_numbers",
        "_page_lower",
        "_paras",
        "_zones",
        "blocks",
        "lower",
        "norm",
        "page",
    )

    def __init__(self, page: Page, blocks: Sequence[Block]) -> None:
        self.page = page
        self.blocks = blocks
        # The segmenter may have normalised each block already (``Block.norm``): then taking
        # them is one map() over a C getter, with no bytecode run per line.
        try:
            norm = list(map(_NORM, blocks))
        except AttributeError:  # blocks of some other type, without ``norm``
            norm = [getattr(b, "norm", "") for b in blocks]
        if not all(norm):
            norm = [n or normalize_space(b.text) for n, b in zip(norm, blocks, strict=True)]
        self.norm = norm
        self.lower = list(map(str.lower, norm))
        self._page_lower: str | None = None
        self._joined: str | None = None
        self._numbers: list[int] | None = None
        self._paras: dict[int, tuple[int, int]] | None = None
        """The bounds of every paragraph, only for paragraph numbers out of order."""
        self._zones: dict[str, str] = {}

    @classmethod
    def of(cls, page: Page, blocks: Sequence[Block]) -> Lines:
        """The lines of this page, shared with the last caller that asked for the same page."""
        global _last_lines
        last = _last_lines
        if last is not None and last.page is page and last.blocks is blocks:
            return last
        lines = cls(page, blocks)
        _last_lines = lines
        return lines

    @property
    def page_lower(self) -> str:
        """The whole page lower-cased (white space untouched), computed on first use."""
        if self._page_lower is None:
            self._page_lower = self.page.text.lower()
        return self._page_lower

    @property
    def joined(self) -> str:
        """The lower-cased lines, each between newlines (``"\\nline one\\nline two\\n"``).

        One string to search at C speed for what a line holds (``needle in joined``) or is
        (``f"\\n{line}\\n" in joined``); built on first use and shared by every rule.
        """
        if self._joined is None:
            self._joined = "\n".join(["", *self.lower, ""])  # one copy of the page, not three
        return self._joined

    def zone_text(self, where: Where) -> str:
        """The lower-cased lines of a zone (``head``, ``tail``) joined by newlines, built once."""
        if where == "anywhere":
            return self.joined
        text = self._zones.get(where)
        if text is None:
            # The lines of _zone(where, ...), sliced at C speed.
            lower = self.lower
            zone = lower[:HEAD_LINES] if where == "head" else lower[-TAIL_LINES:]
            text = self._zones[where] = "\n".join(zone)
        return text

    def __len__(self) -> int:
        return len(self.blocks)

    def para_bounds(self, index: int) -> tuple[int, int]:
        """First and last line of the paragraph holding line ``index``.

        Segmenters number paragraphs in order, so a binary search of the paragraph numbers,
        read once per page, finds both ends at C speed. Numbers out of order (no segmenter of
        ours makes them) are worked out for every paragraph at once, on first use: asked line
        by line, walking the paragraph each time would make a page of one long paragraph
        quadratic.
        """
        numbers = self._numbers
        if numbers is None:
            numbers = self._numbers = list(map(_PARA, self.blocks))
            if any(map(_GREATER, numbers, islice(numbers, 1, None))):
                paras: dict[int, tuple[int, int]] = {}
                for position, para in enumerate(numbers):
                    first = paras.get(para)
                    paras[para] = (position if first is None else first[0], position)
                self._paras = paras
        if self._paras is not None:
            return self._paras[numbers[index]]
        para = numbers[index]
        return bisect_left(numbers, para), bisect_right(numbers, para) - 1

    def para_size(self, index: int) -> int:
        """How many lines share this line's paragraph."""
        first, last = self.para_bounds(index)
        return last - first + 1

    def same_para(self, a: int, b: int) -> bool:
        return (
            min(a, b) >= 0
            and max(a, b) < len(self.blocks)
            and (self.blocks[a].para == self.blocks[b].para)
        )


_last_lines: Lines | None = None
_NORM = attrgetter("norm")
_PARA = attrgetter("para")
_GREATER = int.__gt__


class Match(NamedTuple):
    """A rule's verdict on a run of lines ``first..last`` (inclusive).

    A named tuple rather than an attrs class: rules make one per verdict, and a tuple is both
    immutable and several times cheaper to build.
    """

    kind: str
    first: int
    last: int
    value: object = None
    span: tuple[int, int] | None = None
    """Character offsets, for a verdict on part of a line (see :meth:`Layout.matches`)."""


HEAD_LINES = 6
TAIL_LINES = 8


def _zone(where: Where, total: int) -> range:
    if where == "head":
        return range(min(HEAD_LINES, total))
    if where == "tail":
        return range(max(0, total - TAIL_LINES), total)
    return range(total)


LineTest = Callable[[str, str], object]
"""A test on one line: called with (normalised line, lower-cased line); truthy means a match."""

Expand = Callable[[object, Lines, int], Iterable[Match]]
"""Turns a rule's verdict on line ``index`` into matches (several spans of one line, say)."""


@frozen
class Rule:
    """Labels each line for which ``test`` holds; see the ``line``/``prefix``/``pattern`` helpers.

    ``to_end`` extends the label from the matching line to the end of the page (footers);
    ``then`` labels the following lines of the same paragraph with the given kinds (a credit
    line followed by its caption); ``before`` labels the previous line of the same paragraph
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
        return _zone(self.where, len(lines))

    def matches(self, lines: Lines, taken: list[bool]) -> Iterable[Match]:
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
            if self.before and lines.same_para(index - 1, index) and not taken[index - 1]:
                fits = self.before_if is None or self.before_if(
                    lines.norm[index - 1], lower[index - 1]
                )
                if fits:
                    yield Match(self.before, index - 1, index - 1)
            follow = index
            for kind in self.then:
                if lines.same_para(follow, follow + 1) and not taken[follow + 1]:
                    follow += 1
                    yield Match(kind, follow, follow)
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
) -> Rule:
    """Lines equal to one of ``texts``, ignoring case and white space."""
    wanted = _lowered(texts)
    return Rule(
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
) -> Rule:
    """Lines starting with one of ``prefixes``, ignoring case."""
    starts = tuple(normalize_space(p).lower() for p in prefixes)
    return Rule(
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
) -> Rule:
    """Lines where ``regex`` is found (``re.search``) in the normalised line.

    With ``lower=True`` the regex runs on the lower-cased line: the fast way to ignore case.
    """
    search = re.compile(regex).search

    def test(norm: str, low: str) -> object:
        return search(low if lower else norm)

    return Rule(kind, test, where, to_end, then, before, repeat, describe=regex)


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


def _credit_part(part: str) -> bool:
    part = part.strip(" .,")
    if part in CREDIT_NAMES:
        return True
    if part.startswith(_CREDIT_PREFIXES):
        lead = next(p for p in _CREDIT_PREFIXES if part.startswith(p))
        part = part[len(lead) :].strip()
        if part in CREDIT_NAMES:
            return True
    return part.startswith(_CREDIT_LEADS) or part.endswith(_CREDIT_TAILS)


def bracketed_credit(low: str) -> str | None:
    """The credit in a final bracket naming a photo agency: ``'… (mahmud hams/afp)'``.

    Takes the lower-cased line; the bracket reads as a credit when one of its ``/``-separated
    parts is a known agency or source (``flash90``, ``ap photo``, ``courtesy of …``).
    """
    if not low.endswith(")"):
        return None
    opening = low.rfind("(")
    if opening < 0 or len(low) - opening > 90:
        return None
    inside = low[opening + 1 : -1]
    if "(" in inside or not inside.strip():
        return None
    if any(_credit_part(part) for part in reversed(inside.split("/"))):
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


def trailing_credit(low: str) -> str | None:
    """The unbracketed credit ending a caption: ``'… in doha. reuters/fadi al-assaad'``.

    Takes the lower-cased line. The credit is what follows the last sentence end, and must read
    as one (``reuters/name``, ``name/getty images``, ``afp via getty images``...); the caption
    before it must have words of its own.
    """
    if low.endswith(_NOT_CREDIT_ENDS) or ("/" not in low[-60:] and not low.endswith(_BARE)):
        return None  # most lines: prose ends in a full stop, and a credit has a slash
    end = max(low.rfind(mark) for mark in _SENTENCE_END)
    if end < 8:
        return None
    credit = low[end:].split(" ", 1)[1] if " " in low[end:] else ""
    if not credit or len(credit) > 80 or credit.endswith((".", ")")):
        return None
    return credit if _TRAILING.match(credit) else None


def caption(
    credit: Literal["brackets", "trailing"] = "brackets",
    *,
    kind: str = "caption",
    where: Where = "anywhere",
    before: str | None = None,
    before_if: LineTest | None = None,
    repeat: bool = True,
) -> Rule:
    """Caption lines: text ending in a photo credit, in brackets or trailing after the text.

    ``credit="brackets"``: ``'Hamas leader … (Mahmud Hams/AFP)'``; ``"trailing"``:
    ``'… in Doha October 16, 2014. Reuters/Fadi Al-Assaad'`` (see :func:`bracketed_credit` and
    :func:`trailing_credit`). A repeated caption (printed twice) is labelled twice.
    """
    if credit == "brackets":

        def test(_n: str, low: str) -> object:
            found = bracketed_credit(low)
            return found is not None and len(low) - len(found) > 12

    else:

        def test(_n: str, low: str) -> object:
            return trailing_credit(low)

    return Rule(
        kind,
        test,
        where,
        before=before,
        repeat=repeat,
        describe=f"caption with a {credit} credit",
        before_if=before_if,
        prefilter=methodcaller("endswith", ")") if credit == "brackets" else None,
        # A bracketed credit closes the line; a trailing one has a slash or ends in a bare
        # credit (``_BARE``: each holds one of these).
        needles=(")",) if credit == "brackets" else ("/", "getty images", "istock", "newsweek"),
    )


def keywords(norm: str, _low: str = "", max_words: int = 12) -> bool:
    """A keyword or image alt-text line: a few words, no sentence punctuation, capitalised."""
    words = norm.split()
    return (
        0 < len(words) <= max_words
        and (norm[0].isupper() or norm[0].isdigit())
        and not any(ch in norm for ch in '.,;:!?()"“”')
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


def lead_headline(kind: str, *leads: str, where: Where = "anywhere") -> Rule:
    """Lines of a lead word then a headline (see :func:`headline_after`): related links."""
    starts = tuple(normalize_space(lead).lower() + " " for lead in leads)
    return Rule(
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
) -> Rule:
    """Byline lines; the regex's ``names`` group holds the authors ('A, B and C').

    A match without a ``names`` group (``By Staff``) is still a byline, with no authors; names
    listed in ``staff`` (any case: ``'TOI staff'``, ``'Agencies'``) are not authors either. When
    the regex has a ``date`` group, the line is cut in two: the byline up to the date, and a
    ``dateline`` for the date (its value the date :func:`parse_date` finds there). ``needles``
    (see :attr:`Rule.needles`) spare identification the regex, which a name list makes slow,
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

    return Rule(
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


# -- identification -------------------------------------------------------------------------


def _compile(signature: Signature) -> re.Pattern[str] | None:
    return re.compile(signature.text) if signature.regex else None


@frozen
class Signature:
    """Evidence that a page is from this source, with a weight (the confidence it gives).

    The evidence is a lower-case substring of the page, a regex searched in the lower-cased
    page (``regex=True``), or a ``check`` on the page's lines (see :func:`rule_signature`).
    """

    text: str
    weight: float
    regex: bool = False
    check: Callable[[Lines], bool] | None = field(default=None, eq=False)
    needle: str = ""
    """For a regex: a lower-case substring it cannot match without, checked first (fast)."""
    compiled: re.Pattern[str] | None = field(
        init=False, eq=False, repr=False, default=Factory(_compile, takes_self=True)
    )
    """The regex compiled once, not looked up in ``re``'s cache on every page."""

    def found(self, lower_page: str) -> bool:
        if self.compiled is not None:
            if self.needle and self.needle not in lower_page:
                return False
            return self.compiled.search(lower_page) is not None
        return self.text in lower_page


def rule_signature(rule: Rule, weight: float, *kinds: str) -> Signature:
    """Evidence that ``rule`` labels something on the page (every one of ``kinds`` if given).

    For layouts no phrase gives away, such as an image's keyword line over its caption.
    """
    wanted = frozenset(kinds or (rule.kind,))

    def check(lines: Lines) -> bool:
        if not rule.may_match(lines):  # most pages: a scan or two, no rule run
            return False
        seen = {m.kind for m in rule.matches(lines, [False] * len(lines))}
        return wanted <= seen

    return Signature(rule.describe or rule.kind, weight, check=check)


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _signatures(value: Iterable[Signature | tuple[str, float]]) -> tuple[Signature, ...]:
    signatures = (s if isinstance(s, Signature) else Signature(s[0], s[1]) for s in value)
    # Strongest first, so identification stops looking once it has found one.
    return tuple(sorted(signatures, key=lambda s: -s.weight))


_DATE_HEADER = re.compile(r"date\s+\d{4}-\d{2}-\d{2}\s+(?=\S)")
"""A crawler's date header glued to the first line (``date 2018-12-30 Headline``)."""


def looks_like_heading(text: str, max_words: int = 30) -> bool:
    """A short line with no sentence-final full stop: how headlines and deks tend to look."""
    words = text.split()
    return 0 < len(words) <= max_words and not text.endswith((".", ",", ";", ":", '."', ".”"))


@frozen
class Layout:
    """A site's layout: the whole of a typical source plugin.

    ``title``/``subtitle``: ``"first"`` takes the first line as the title when it stands alone
    in its paragraph and reads like a heading; ``subtitle="second"`` takes the next paragraph
    when it is a single line after such a title (and, with ``subtitle_heading``, reads like a
    heading too: for sites whose deks never end in a full stop). ``signatures`` identify pages
    with no URL: the confidence is the largest weight of those found (so weigh each by how sure
    it makes you).
    """

    source: SourceInfo
    rules: tuple[Rule, ...] = field(converter=_rules, default=())
    signatures: tuple[Signature, ...] = field(converter=_signatures, default=())
    title: Literal["first"] | None = None
    subtitle: Literal["second"] | None = None
    subtitle_max_words: int = 60
    priority: int = SOURCE_PRIORITY
    subtitle_heading: bool = False

    @property
    def name(self) -> str:
        return self.source.name

    # -- hooks -------------------------------------------------------------------------------

    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        """This layout's source."""
        return [self.source]

    @hookimpl
    def corpuskit_identify(self, page: Page, blocks: Sequence[Block]) -> Identification | None:
        """Claim the page when a signature is found."""
        weight = self.confidence(page, blocks)
        if weight <= 0:
            return None
        return Identification(self.name, weight, plugin=self.source.plugin, reason="layout")

    @hookimpl(tryfirst=True)
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label] | None:
        """Label this source's pages, and nothing else."""
        if source != self.source.name or not blocks:  # most pages: not this source's
            return None
        return self.label(page, blocks)

    # -- the work ----------------------------------------------------------------------------

    def confidence(self, page: Page, blocks: Sequence[Block]) -> float:
        """The largest weight among the signatures found on the page (0.0 when none is)."""
        if not self.signatures:
            return 0.0
        lines = Lines.of(page, blocks)
        # On HTML, the visible text: a phrase is in what readers see, and the markup around
        # it is several times longer to lower-case and scan.
        page_lower = lines.page_lower if page.kind == "text" else lines.joined
        for signature in self.signatures:  # strongest first
            if signature.check is not None:
                found = signature.check(lines)
            elif signature.compiled is None:  # a phrase: most signatures, tested inline
                found = signature.text in page_lower
            else:
                found = signature.found(page_lower)
            if found:
                return signature.weight
        return 0.0

    def matches(self, lines: Lines) -> list[Match]:
        """Every line-level verdict of this layout, rules in order, each line claimed once.

        A verdict on part of a line (``span``) claims the line for other rules, but another
        part of the same line may still be labelled by the rule that took the first part.
        """
        taken = [False] * len(lines)
        spans: dict[int, list[tuple[int, int]]] = {}
        found: list[Match] = []

        def claim(match: Match) -> None:
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

        for rule in self.rules:
            spans.clear()
            for match in rule.matches(lines, taken):
                claim(match)
        head = self._head(lines, taken)
        for match in head:
            claim(match)
        return found

    def _head(self, lines: Lines, taken: list[bool]) -> list[Match]:
        out: list[Match] = []
        # "First line" is a text-page notion: an HTML page's first block is usually a menu
        # item, and its title comes from <h1>/og:title through the metadata hooks instead.
        if self.title != "first" or len(lines) < 2 or taken[0] or lines.page.kind != "text":
            return out
        first = lines.blocks[0]
        header = _DATE_HEADER.match(first.text)
        text = lines.norm[0][len(normalize_space(header.group())) :] if header else lines.norm[0]
        if lines.para_size(0) != 1 or not looks_like_heading(text):
            return out
        if header:  # leave a crawler's date header glued to the headline to the dateline rule
            out.append(Match("title", 0, 0, span=(first.start + header.end(), first.end)))
        else:
            out.append(Match("title", 0, 0))
        if self.subtitle == "second" and not taken[1] and lines.para_size(1) == 1:
            dek = lines.norm[1]
            words = len(dek.split())
            fits = 0 < words <= self.subtitle_max_words and len(lines) > 2
            if fits and (not self.subtitle_heading or looks_like_heading(dek, words)):
                out.append(Match("subtitle", 1, 1))
        return out

    def label(self, page: Page, blocks: Sequence[Block]) -> list[Label]:
        """Labels for a page, at this layout's priority."""
        matches = self.matches(Lines.of(page, blocks))
        return to_labels(matches, blocks, self.source.plugin or self.name, self.priority)


def to_labels(
    matches: Iterable[Match], blocks: Sequence[Block], plugin: str, priority: int
) -> list[Label]:
    """Turn line verdicts into character-span labels."""
    labels = []
    for kind, first, last, value, span in matches:
        start, end = span or (blocks[first].start, blocks[last].end)
        labels.append(Label(kind, start, end, plugin, priority, value))
    return labels
