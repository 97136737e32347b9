"""What every generic rule sees: the page's lines, who claimed which line, and a fast scanner.

Speed matters here (a seed-sized article has about 250 µs for the whole parse), so rules do not
loop over every line testing patterns. They ask :meth:`Context.hits` which lines contain one of
a few lower-case needles: a handful of ``str.find`` calls over the whole lower-cased page, which
run at C speed, and only the lines found are looked at closely. A needle starting with ``\\n``
matches at the start of a line, one ending with ``\\n`` at its end.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress, islice
from operator import eq, itemgetter
from typing import TypeVar

from corpuskit.layout import Lines, Match

T = TypeVar("T")

# What a line of running prose ends with (Western, CJK, Devanagari and Arabic-script sentence
# punctuation, closing quotes).
LONG_WORDS = 20
"""A line this long that ends like a sentence is running prose; most rules skip it."""
SENTENCE_END = (".", "!", "?", "。", "！", "？", '"', "”", "’", "'", "…", ".)", ":", "।", "؟", "۔")
KANA_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The kana and Han blocks, for a character class: the signs of scripts written without
spaces, each saying about what two letters of a spaced one do."""
IDEOGRAPHS = re.compile(f"[{KANA_HAN}]")
CJK_SIGNS = re.compile(f"[{KANA_HAN}\uac00-\ud7af]")
"""Kana, Han or Hangul: a sign of Chinese, Japanese or Korean, the scripts whose titles and
names are counted in signs."""
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc"
    "\u0ec8-\u0ecd\u0f18-\u0fbc\u102b-\u103e\u1056-\u109d\u17b4-\u17d3\u200c\u200d"
)
WORD = re.compile(f"[\\w{_MARKS}]+")
"""A word, vowel signs and all. ``\\w`` takes no combining mark, and the scripts of India,
South-East Asia, Hebrew and Arabic write vowels with them: ``\\w+`` cuts "বিশ্ব" into "ব" and
"শ", letters every other word of the page holds too, so two lines shared "words" they never
said. The Indic blocks are taken whole but for the danda that ends their sentences."""


LINE_CACHE = 4096
"""How many lines' verdicts each pure line classifier remembers (``functools.lru_cache``).

A site's pages repeat their furniture verbatim (the byline of a staff writer, the day's date
header, the sign-up prompt, an agency credit): a repeat costs a dictionary look-up instead of
the classifier's regexes. Only pure functions of the line text are cached, and their values are
immutable, so caching changes no verdict.
"""

_ROUTES: dict[str, list[int]] = {}
"""For each line start (its first four or two characters), the prefix sets that may match."""
ROUTE_LENGTHS = (4, 2)

Route = tuple[tuple[int, tuple[str, ...]], ...]
"""For one line start: each prefix set it may match (by id), with the set's starts a line
opening so may have (those keyed by its first four characters and by its first two)."""


class _RouteMemo(dict[str, Route]):
    """The prefix sets a line's first four characters route it to, with the starts to test.

    Both of ``_ROUTES``' keys (four and two characters) in one look-up per line, where most
    lines share their start with many others ('the ', 'by h'); filled on first use, bounded.
    """

    def __missing__(self, key: str) -> Route:
        ids = dict.fromkeys([*_ROUTES.get(key, ()), *_ROUTES.get(key[:2], ())])
        route = tuple((i, _SETS[i].starts_for(key)) for i in ids)
        # An opening class routes the line with its own first character as the start to
        # test: the class is told here, once for every line opening with these four.
        first = key[:1]
        route += tuple((o.id, (first,)) for o in _OPENINGS if first and o.test(first))
        if len(self) < LINE_CACHE:
            self[key] = route
        return route


_ROUTE_MEMO = _RouteMemo()


class Prefixes:
    """Lower-case line starts a rule looks for.

    Every instance registers its starts at import time, keyed by their first four characters
    (two for shorter starts; a start must have two), so a page's lines are tested against the
    prefix sets they may match in one pass over the page (see :meth:`Context.starting`).
    """

    __slots__ = ("by_key", "id", "starts")
    _count = 0

    def __init__(self, *prefixes: str) -> None:
        self.starts = tuple(prefixes)
        self.id = Prefixes._count
        Prefixes._count += 1
        by_key: dict[str, tuple[str, ...]] = {}
        for prefix in prefixes:
            if len(prefix) < 2:
                raise ValueError(f"a line start needs two characters at least: {prefix!r}")
            size = next(n for n in ROUTE_LENGTHS if len(prefix) >= n)
            key = prefix[:size]
            by_key[key] = (*by_key.get(key, ()), prefix)
        self.by_key = by_key
        """The starts by key: a line need only be tested against those of its own start."""
        _SETS.append(self)
        for key in by_key:
            _ROUTES.setdefault(key, []).append(self.id)
        _ROUTE_MEMO.clear()  # routes remembered before this set was known are stale

    def starts_for(self, key: str) -> tuple[str, ...]:
        """The starts a line opening with ``key`` (its first four characters) may have: those
        keyed by all four and those keyed by the first two."""
        return (*self.by_key.get(key, ()), *self.by_key.get(key[:2], ()))


_SETS: list[Prefixes] = []
"""Every prefix set by its id (ids count from 0 in the order the sets were made)."""


class Openings:
    """The lines whose first character is of a class (a digit, a mark): what several rules
    asked of every short line with a ``str`` method call (``low[:1].isdigit()``,
    ``text[0].isalnum()``), told instead in the pass that routes the page's line starts
    (:meth:`Context.starting`), once for each distinct start: a line opening with a letter,
    most lines, costs nothing more.

    ``test`` is given a line's first character (never an empty string).
    """

    __slots__ = ("id", "test")

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        self.id = -1 - len(_OPENINGS)
        """Negative: apart from the prefix sets' ids, which index :data:`_SETS`."""
        _OPENINGS.append(self)
        _ROUTE_MEMO.clear()  # routes remembered before this class was known are stale


_OPENINGS: list[Openings] = []
"""Every opening class, in the order they were made."""

DIGIT_OPENING = Openings(str.isdigit)
"""Lines opening with a digit (of any script: ``str.isdigit``)."""


_SENTENCE_LAST = frozenset(end[-1] for end in SENTENCE_END)
"""The last characters of :data:`SENTENCE_END`; of its endings only '.)' is longer than one."""
_FIRST_FOUR = itemgetter(slice(0, 4))


REPORTING = (
    *(" said", " says", " told ", " ruled", " argued", " warned"),
    *(" sagte", " sagt ", " a déclaré", " dijo", " ha detto", " zei ", " disse "),
)
"""Verbs that report what someone said or ruled: a notice's own phrases ("may not be
reproduced", "use cookies") in such a sentence are the article's report of them. Not
"according to", "selon", "según" or "secondo": banners say them too ("... according to your
preferences")."""


def reports(low: str) -> bool:
    """Whether a lower-cased line reports speech or a ruling ("..., the judge ruled.")."""
    return any(word in low for word in REPORTING)


def phrase_set(text: str) -> frozenset[str]:
    """The phrases of a ``|``-separated list written over several lines, each stripped.

    Splitting the text as written left a line's last phrase with the next line's indent on it
    ("recommended    "), which no line ever equals.
    """
    return frozenset(phrase.strip() for phrase in text.split("|") if phrase.strip())


class Context:
    """One page as the generic rules see it; built once per page and shared by every rule."""

    __slots__ = (
        "_hits",
        "_repeated",
        "_starting",
        "kinds",
        "lines",
        "lower",
        "norm",
        "page",
        "short",
        "total",
        "words",
    )

    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.norm = lines.norm
        self.lower = lines.lower
        self.total = len(lines.lower)
        """How many lines the page has: ``len(ctx)`` without a Python-level ``__len__`` call."""
        self.kinds: list[str | None] = [None] * self.total
        """The kind each line was claimed as, or ``None`` while it is unclaimed."""
        self.page = lines.joined
        """The lower-cased lines, each between newlines (see :attr:`Lines.joined`)."""
        lower = self.lower
        norm = self.norm
        lines_range = range(len(lower))
        words: list[int] = []
        short: list[int] = []
        # Short: fewer than LONG_WORDS words, or not ending like a sentence. The last character
        # is looked up in a set: ``str.endswith`` with a tuple tries each ending in turn. One
        # loop for the word counts and the short lines: a second walk over the lines cost
        # more than the appends it saves.
        for index, text in enumerate(norm):
            # Counted in the normalised line: lower-casing never makes or takes a space.
            count = text.count(" ") + 1
            words.append(count)
            if (
                count < LONG_WORDS
                or (last := text[-1:]) not in _SENTENCE_LAST
                or (last == ")" and not text.endswith(".)"))
            ):
                short.append(index)
        routes = list(map(_ROUTE_MEMO.__getitem__, map(_FIRST_FOUR, lower)))
        starting: dict[int, list[int]] = {}
        # Every prefix set's lines in one pass over the few lines some set may match: a line
        # can only start with the starts keyed by its own first four (or two) characters, so
        # testing those few, not every start, gives the same answer.
        for index in compress(lines_range, routes):
            low = lower[index]
            for prefix_id, starts in routes[index]:
                if low.startswith(starts):
                    starting.setdefault(prefix_id, []).append(index)
        self.words = words
        self.short = short
        """Lines that are not long prose: the only ones most rules need to look at."""
        self._starting = starting
        self._hits: dict[tuple[str, ...], list[int]] = {}
        self._repeated: frozenset[str] | None = None

    def __len__(self) -> int:
        return self.total

    def free(self, index: int) -> bool:
        """True when the line exists and no rule has claimed it yet."""
        return 0 <= index < len(self.kinds) and self.kinds[index] is None

    def starting(self, prefixes: Prefixes | Openings) -> Sequence[int]:
        """Indices of the lines starting with one of the prefixes (or whose first character is
        of the opening class), in order (found for every set at once when the Context was
        built).

        The Context's own list, not a copy (a copy for each of the dozen sets a page is asked
        for cost more than the rest of the call): read it, never change it.
        """
        return self._starting.get(prefixes.id, ())

    def hits(self, needles: tuple[str, ...]) -> list[int]:
        """Indices of the lines containing any of the lower-case ``needles``, in order.

        Each needle costs one scan of the page (about a microsecond for a seed-sized article,
        a tenth of that for a single character): keep the list short and the needles rare.
        """
        cached = self._hits.get(needles)
        if cached is None:
            cached = self._hits[needles] = _scan(self, needles)
        return cached

    @property
    def repeated(self) -> frozenset[str]:
        """The lower-cased lines that occur more than once on the page (computed when needed).

        Most pages repeat no line, which one set of the lines tells; copies of a caption or a
        title are looked for only on the others.
        """
        if self._repeated is None:
            lower = self.lower
            # Sorted, equal lines are neighbours: a sort compares the first few characters of
            # each line, where a set would hash every character of the page.
            ordered = sorted(lower)
            if not any(map(eq, ordered, islice(ordered, 1, None))):
                self._repeated = frozenset()
            else:
                counts = Counter(lower)
                self._repeated = frozenset(low for low, count in counts.items() if count > 1)
        return self._repeated

    def same_para(self, a: int, b: int) -> bool:
        return self.lines.same_para(a, b)

    def para_bounds(self, index: int) -> tuple[int, int]:
        """First and last line of the paragraph holding ``index``."""
        return self.lines.para_bounds(index)

    def para_size(self, index: int) -> int:
        """How many lines share this line's paragraph."""
        return self.lines.para_size(index)

    def prose(self, index: int) -> bool:
        """A line that reads as running text: several words ending like a sentence."""
        return self.words[index] >= 5 and self.norm[index].endswith(SENTENCE_END)


def _scan(ctx: Context, needles: tuple[str, ...]) -> list[int]:
    page = ctx.page
    half = len(page) // 2
    lines = ctx.total  # the page holds one newline more than it has lines
    found: set[int] = set()
    for needle in needles:
        at = page.find(needle)
        if at < 0:
            continue
        shift = 1 if needle[0] == "\n" else 0
        line = -1
        before = 0
        while at >= 0:
            # The line holding the needle's first character: one line per newline before it
            # (the page opens with one), or the last line less one per newline after it. A
            # C-speed count, where a table of line starts would cost a Python loop.
            at += shift
            if line < 0:
                # Counted from the nearer end of the page: footers and prompts sit at its end.
                near_top = at < half
                line = page.count("\n", 0, at) - 1 if near_top else lines - page.count("\n", at)
            else:
                # Later finds count on from the one before: a needle on every line of a
                # long page costs one pass over it, not one pass a find.
                line += page.count("\n", before, at)
            before = at
            found.add(line)
            at = page.find(needle, page.find("\n", at))
    return sorted(found)


def rows_holding(text: str, needle: str) -> list[int]:
    """The rows of ``text`` (lines joined by newlines) holding ``needle``, in order, each once.

    Found by ``str.find`` and a count of the newlines since the last find, both at C speed:
    a needle on a row or two of a page costs a few calls, where testing every row costs a
    step of bytecode a row. ``needle`` holds no newline.
    """
    found = []
    at = text.find(needle)
    row = before = 0
    while at >= 0:
        row += text.count("\n", before, at)
        before = at
        found.append(row)
        at = text.find("\n", at)
        if at < 0:
            break
        at = text.find(needle, at)
    return found


Family = Callable[[Context], Iterable[Match]]
"""A family of generic rules (one module's function): it yields line verdicts, and
``Context.kinds`` shows every claim made before it ran."""


def runs(items: Iterable[T], follows: Callable[[T, T], bool]) -> Iterator[list[T]]:
    """The items in runs, each item joining the run before it where it ``follows`` its last
    one (the next line, the next line with an earlier time): what a list of lines in a row
    is, whatever its lines say."""
    run: list[T] = []
    for item in items:
        if run and not follows(run[-1], item):
            yield run
            run = []
        run.append(item)
    if run:
        yield run


def next_line(before: int, index: int) -> bool:
    """Whether ``index`` is the line right after ``before``: :func:`runs` of lines in a row."""
    return index == before + 1


def caseless(letter: str) -> bool:
    """Whether a letter is of a script without case (Arabic, Hebrew, Chinese...), where no
    capital can say a headline or a name begins. Georgian's letters have capitals in Unicode
    (Mtavruli, since 2018), which no text writes a name with: caseless too."""
    return letter.isalpha() and (letter.lower() == letter.upper() or "ა" <= letter <= "ჿ")


SPACED = 10
"""Letters a space at least every so many of which means a script that spaces its words."""
LETTERS_A_WORD = 6
"""Letters a word and its space take, about, in a script that spaces its words."""


def unspaced(text: str, words: int) -> bool:
    """Whether a line of ``words`` words by its spaces hardly spaces them (Chinese, Thai): its
    length says more of what it holds than its spaces do. Not an ASCII line (a long URL)."""
    return words * SPACED < len(text) and not text.isascii()


def headline_like(text: str, max_words: int = 20) -> bool:
    """A short line with no sentence-final full stop: headlines, link texts, menu items.

    A line that hardly spaces its words (Thai, Chinese) is measured by its length instead: a
    Thai paragraph is three "words" by its spaces and ends with no mark, and a list of
    related headlines ran on through the article's paragraphs under it."""
    words = text.count(" ") + 1
    if unspaced(text, words):
        words = max(words, len(text) // LETTERS_A_WORD)
    return 0 < words <= max_words and not text.endswith((".", ",", ";", '."', ".”", "。"))


def heads_its_section(ctx: Context, index: int, label: str) -> bool:
    """A label over a paragraph that opens with the whole label as a word ("Advertising" over
    "Advertising revenue fell 4 percent.", "Print" over "Print sales fell again."): the
    article's subheading, not a widget's label or a button."""
    following = index + 1
    if following >= ctx.total or not ctx.prose(following) or label in _NAVIGATION_WORDS:
        return False
    opening = ctx.lower[following]
    # The whole label, then a word's end: "Share" is not heading "Shares in the developer fell".
    return opening.startswith(label) and not opening[len(label) : len(label) + 1].isalnum()


_NAVIGATION_WORDS = frozenset(("next", "back", "close", "previous", "more", "ad", "ads"))
"""Labels that open sentences as ordinary words ("Next year, ...", "Back in 2019, ..."): never
taken for a section's heading."""
