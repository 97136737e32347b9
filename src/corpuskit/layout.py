"""Declarative layouts: how a source plugin says what its site's debris looks like.

A source plugin is mostly one :class:`Layout` value: which source it is, how to recognise its
pages, where the title and subtitle sit, and a list of rules (``line``, ``prefix``, ``pattern``,
``byline``) that each label a kind of line. The Layout is itself the pluggy plugin: its methods
implement ``corpuskit_sources``, ``corpuskit_identify`` and ``corpuskit_label``, so an entry
point can name it directly (``mysite = "mypkg.mysite:LAYOUT"``).

Rules see each line lower-cased and white-space normalised once per page (never a case-folding
regex over the page, which is hundreds of times slower), and the first rule to claim a line wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from attrs import field, frozen

from corpuskit.hookspecs import hookimpl
from corpuskit.model import Block, Identification, Label, Page
from corpuskit.normalize import normalize_space
from corpuskit.sources import SourceInfo

SOURCE_PRIORITY = 100
GENERIC_PRIORITY = 0

Where = Literal["anywhere", "head", "tail"]


class Lines:
    """One page's blocks with the views rules need, computed once and shared by every rule."""

    __slots__ = ("blocks", "lower", "norm", "page")

    def __init__(self, page: Page, blocks: Sequence[Block]) -> None:
        self.page = page
        self.blocks = blocks
        self.norm = [normalize_space(b.text) for b in blocks]
        self.lower = [n.lower() for n in self.norm]

    def __len__(self) -> int:
        return len(self.blocks)

    def para_size(self, index: int) -> int:
        """How many lines share this line's paragraph."""
        para = self.blocks[index].para
        count = 1
        i = index - 1
        while i >= 0 and self.blocks[i].para == para:
            count += 1
            i -= 1
        i = index + 1
        while i < len(self.blocks) and self.blocks[i].para == para:
            count += 1
            i += 1
        return count

    def same_para(self, a: int, b: int) -> bool:
        return (
            min(a, b) >= 0
            and max(a, b) < len(self.blocks)
            and (self.blocks[a].para == self.blocks[b].para)
        )


@frozen
class Match:
    """A rule's verdict on a run of lines ``first..last`` (inclusive)."""

    kind: str
    first: int
    last: int
    value: object = None
    span: tuple[int, int] | None = None
    """Character offsets, for a verdict on part of a line; it then claims no line."""


HEAD_LINES = 6
TAIL_LINES = 8


def _in_zone(where: Where, index: int, total: int) -> bool:
    if where == "head":
        return index < HEAD_LINES
    if where == "tail":
        return index >= total - TAIL_LINES
    return True


@frozen
class Rule:
    """Labels each line for which ``test`` holds; see the ``line``/``prefix``/``pattern`` helpers.

    ``to_end`` extends the label from the matching line to the end of the page (footers);
    ``then`` labels the following lines of the same paragraph with the given kinds (a credit
    line followed by its caption); ``before`` labels the previous line of the same paragraph
    (an image keyword line above a caption); ``repeat`` also labels an identical next line.
    """

    kind: str
    test: Callable[[str, str], object]
    """Called with (normalised line, lower-cased line); a truthy result is a match."""
    where: Where = "anywhere"
    to_end: bool = False
    then: tuple[str, ...] = ()
    before: str | None = None
    repeat: bool = True
    describe: str = ""
    value: Callable[[object], object] | None = None

    def matches(self, lines: Lines, taken: list[bool]) -> Iterable[Match]:
        total = len(lines)
        for index in range(total):
            if taken[index] or not _in_zone(self.where, index, total):
                continue
            verdict = self.test(lines.norm[index], lines.lower[index])
            if not verdict:
                continue
            value = self.value(verdict) if self.value else None
            last = total - 1 if self.to_end else index
            yield Match(self.kind, index, last, value)
            if self.before and lines.same_para(index - 1, index) and not taken[index - 1]:
                yield Match(self.before, index - 1, index - 1)
            follow = index
            for kind in self.then:
                if lines.same_para(follow, follow + 1) and not taken[follow + 1]:
                    follow += 1
                    yield Match(kind, follow, follow)
            if self.repeat and follow + 1 < total and lines.norm[follow + 1] == lines.norm[index]:
                yield Match(self.kind, follow + 1, follow + 1)


def line(
    kind: str,
    *texts: str,
    where: Where = "anywhere",
    to_end: bool = False,
    then: tuple[str, ...] = (),
    before: str | None = None,
    repeat: bool = True,
) -> Rule:
    """Lines equal to one of ``texts``, ignoring case and white space."""
    wanted = frozenset(normalize_space(t).lower() for t in texts)
    return Rule(
        kind,
        lambda _n, low: low in wanted,
        where,
        to_end,
        then,
        before,
        repeat,
        describe=f"line {texts!r}",
    )


def prefix(
    kind: str,
    *prefixes: str,
    where: Where = "anywhere",
    to_end: bool = False,
    then: tuple[str, ...] = (),
    before: str | None = None,
    repeat: bool = True,
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


_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def split_names(names: str) -> tuple[str, ...]:
    """'A, B and C' → ('A', 'B', 'C')."""
    return tuple(n for n in (p.strip() for p in _NAME_SPLIT.split(names)) if n)


def byline(regex: str, *, where: Where = "head") -> Rule:
    """Byline lines; the regex's ``names`` group holds the authors ('A, B and C').

    A match without a ``names`` group (``By Staff``) is still a byline, with no authors.
    """
    compiled = re.compile(regex)

    def names(verdict: object) -> object:
        if isinstance(verdict, re.Match):
            group = verdict.groupdict().get("names")
            return split_names(group) if group else ()
        return ()

    return Rule(
        "byline",
        lambda norm, _l: compiled.search(norm),
        where,
        repeat=False,
        describe=regex,
        value=names,
    )


@frozen
class Signature:
    """Evidence that a page is from this source: a lower-case substring or regex, and a weight."""

    text: str
    weight: float
    regex: bool = False

    def found(self, lower_page: str) -> bool:
        if self.regex:
            return re.search(self.text, lower_page) is not None
        return self.text in lower_page


def _signatures(value: Iterable[Signature | tuple[str, float]]) -> tuple[Signature, ...]:
    return tuple(s if isinstance(s, Signature) else Signature(s[0], s[1]) for s in value)


def looks_like_heading(text: str, max_words: int = 30) -> bool:
    """A short line with no sentence-final full stop: how headlines and deks tend to look."""
    words = text.split()
    return 0 < len(words) <= max_words and not text.endswith((".", ",", ";", ":", '."', ".”"))


@frozen
class Layout:
    """A site's layout: the whole of a typical source plugin.

    ``title``/``subtitle``: ``"first"`` takes the first line as the title when it stands alone
    in its paragraph and reads like a heading; ``subtitle="second"`` takes the next paragraph
    when it is a single line after such a title. ``signatures`` identify pages with no URL:
    the confidence is the largest weight of those found (so weigh each by how sure it makes you).
    """

    source: SourceInfo
    rules: tuple[Rule, ...] = field(converter=tuple, default=())
    signatures: tuple[Signature, ...] = field(converter=_signatures, default=())
    title: Literal["first"] | None = None
    subtitle: Literal["second"] | None = None
    subtitle_max_words: int = 60
    priority: int = SOURCE_PRIORITY

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
        if not self.signatures:
            return None
        lower_page = page.text.lower()
        weight = max((s.weight for s in self.signatures if s.found(lower_page)), default=0.0)
        if weight <= 0:
            return None
        return Identification(self.name, weight, plugin=self.source.plugin, reason="layout")

    @hookimpl(tryfirst=True)
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label] | None:
        """Label this source's pages, and nothing else."""
        if source != self.name or not blocks:
            return None
        return self.label(page, blocks)

    # -- the work ----------------------------------------------------------------------------

    def matches(self, lines: Lines) -> list[Match]:
        """Every line-level verdict of this layout, rules in order, each line claimed once."""
        taken = [False] * len(lines)
        found: list[Match] = []

        def claim(match: Match) -> None:
            if any(taken[match.first : match.last + 1]):
                return
            for i in range(match.first, match.last + 1):
                taken[i] = True
            found.append(match)

        for rule in self.rules:
            for match in rule.matches(lines, taken):
                claim(match)
        head = self._head(lines, taken)
        for match in head:
            claim(match)
        return found

    def _head(self, lines: Lines, taken: list[bool]) -> list[Match]:
        out: list[Match] = []
        if self.title != "first" or len(lines) < 2 or taken[0]:
            return out
        if lines.para_size(0) != 1 or not looks_like_heading(lines.norm[0]):
            return out
        out.append(Match("title", 0, 0))
        if self.subtitle == "second" and not taken[1] and lines.para_size(1) == 1:
            words = len(lines.norm[1].split())
            if 0 < words <= self.subtitle_max_words and len(lines) > 2:
                out.append(Match("subtitle", 1, 1))
        return out

    def label(self, page: Page, blocks: Sequence[Block]) -> list[Label]:
        """Labels for a page, at this layout's priority."""
        matches = self.matches(Lines(page, blocks))
        return to_labels(matches, blocks, self.source.plugin or self.name, self.priority)


def to_labels(
    matches: Iterable[Match], blocks: Sequence[Block], plugin: str, priority: int
) -> list[Label]:
    """Turn line verdicts into character-span labels."""
    labels = []
    for m in matches:
        start, end = m.span or (blocks[m.first].start, blocks[m.last].end)
        labels.append(Label(m.kind, start, end, plugin=plugin, priority=priority, value=m.value))
    return labels
