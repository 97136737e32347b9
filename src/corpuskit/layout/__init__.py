"""Declarative layouts: how a source plugin says what its site's debris looks like.

A source plugin is mostly one :class:`Layout` value: which source it is, how to recognise its
pages, where the title and subtitle sit, and a list of rules (``line``, ``prefix``, ``pattern``,
``caption``, ``byline``) that each label a kind of line. The Layout is itself the pluggy plugin:
its methods implement ``corpuskit_sources``, ``corpuskit_identify`` and ``corpuskit_label``, so an
entry point can name it directly (``mysite = "mypkg.mysite:LAYOUT"``).

Rules see each line lower-cased and white-space normalised once per page (never a case-folding
regex over the page, which is hundreds of times slower), and the first rule to claim a line wins.

This package is the plugin author's one import, and its names are the public API. The pieces
live in private modules: ``_lines`` (a page's lines, matches), ``_line_rules`` (line rules and
their helpers) and ``_signatures`` (identification); this one holds the :class:`Layout`
declaration and its hook implementations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from attrs import Factory, field, frozen

from corpuskit.hookspecs import hookimpl
from corpuskit.layout._line_rules import (
    CREDIT_NAMES,
    HEADING_ENDS,
    NAME,
    NAMES,
    Expand,
    LineRule,
    LineTest,
    bracketed_credit,
    byline,
    caption,
    claim,
    head_matches,
    headline_after,
    keywords,
    lead_headline,
    line,
    looks_like_heading,
    parse_date,
    pattern,
    prefix,
    run_rules,
    split_names,
    trailing_credit,
)
from corpuskit.layout._lines import HEAD_LINES, TAIL_LINES, Lines, Match, Where, to_labels
from corpuskit.layout._signatures import (
    Signature,
    Step,
    confidence,
    identify,
    plan,
    ranked,
    rule_signature,
)
from corpuskit.model import Block, Identification, Label, Page
from corpuskit.sources import SourceInfo

__all__ = [
    "CREDIT_NAMES",
    "GENERIC_PRIORITY",
    "HEADING_ENDS",
    "HEAD_LINES",
    "NAME",
    "NAMES",
    "SOURCE_PRIORITY",
    "TAIL_LINES",
    "Expand",
    "Layout",
    "LineRule",
    "LineTest",
    "Lines",
    "Match",
    "Signature",
    "Where",
    "bracketed_credit",
    "byline",
    "caption",
    "headline_after",
    "keywords",
    "lead_headline",
    "line",
    "looks_like_heading",
    "parse_date",
    "pattern",
    "prefix",
    "rule_signature",
    "split_names",
    "to_labels",
    "trailing_credit",
]

SOURCE_PRIORITY = 100
GENERIC_PRIORITY = 0


def _rules(value: Iterable[LineRule]) -> tuple[LineRule, ...]:
    return tuple(value)


@frozen
class Layout:
    """A site's layout: the whole of a typical source plugin.

    ``title``/``subtitle``: ``"first"`` takes the first line as the title when it reads like a
    heading; ``subtitle="second"`` takes the line after such a title (when, with
    ``subtitle_heading``, it reads like a heading too: for sites whose deks never end in a full
    stop). Blank lines play no part: a page's separators never change its Document.
    ``signatures`` identify pages with no URL: the confidence is the largest weight of those
    found (so weigh each by how sure it makes you).
    """

    source: SourceInfo
    rules: tuple[LineRule, ...] = field(converter=_rules, default=())
    signatures: tuple[Signature, ...] = field(converter=ranked, default=())
    title: Literal["first"] | None = None
    subtitle: Literal["second"] | None = None
    subtitle_max_words: int = 60
    priority: int = SOURCE_PRIORITY
    subtitle_heading: bool = False
    _plan: tuple[Step, ...] = field(
        init=False, eq=False, repr=False, default=Factory(lambda s: plan(s.signatures), True)
    )
    """The signatures as identification runs them (:func:`corpuskit.layout._signatures.plan`)."""

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
        """Claim the page when a signature is found (see :meth:`confidence`)."""
        return identify(self._plan, self.source, page, blocks)

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
        return confidence(self._plan, page, blocks)

    def matches(self, lines: Lines) -> list[Match]:
        """Every line-level verdict of this layout, rules in order, each line claimed once.

        A verdict on part of a line (``span``) claims the line for other rules, but another
        part of the same line may still be labelled by the rule that took the first part.
        """
        found, taken = run_rules(self.rules, lines)
        found = [self._not_the_outlet(m) if m.kind == "byline" else m for m in found]
        if self.title == "first":
            head = head_matches(
                lines,
                taken,
                subtitle=self.subtitle == "second",
                subtitle_max_words=self.subtitle_max_words,
                subtitle_heading=self.subtitle_heading,
            )
            spans: dict[int, list[tuple[int, int]]] = {}
            for match in head:
                claim(match, taken, spans, found)
        return found

    def _not_the_outlet(self, match: Match) -> Match:
        """A byline without the site's own name among its authors (``By Name | Outlet``)."""
        names, own = match.value, self.source.is_own_name
        if not isinstance(names, tuple) or not any(own(n) for n in names):
            return match
        return match._replace(value=tuple(n for n in names if not own(n)))

    def label(self, page: Page, blocks: Sequence[Block]) -> list[Label]:
        """Labels for a page, at this layout's priority."""
        matches = self.matches(Lines.of(page, blocks))
        return to_labels(matches, blocks, self.source.plugin or self.name, self.priority)
