"""Debris as a page prints it: declarations, templates, and a catalogue of every kind.

A :class:`Debris` declares one piece of site furniture (a caption, a credit over its caption, a
sign-up box, a footer) as *templates*: lines with ``{fields}`` that are filled with generated
values each time a page is drawn, so ``"{sentence} ({name}/Harbour Herald)"`` stands for every
caption of that shape. It also says what a parse must list in ``removed`` for it: one item for
the whole piece (:func:`debris`) or one item per line (:func:`group`).

Fields every template may use (plugins add their own through ``SiteExamples.fields``):

* ``{name}``: a person's name (``Dana Kessler``);
* ``{names}``: one to three names, as bylines join them (``Dana Kessler and Omer Halevi``);
* ``{sentence}``: a sentence ending in a full stop;
* ``{heading}``: capitalised words with no final full stop (``Harbor reopens after storm``);
* ``{words}``: a few lower-case words; ``{Words}``: a few capitalised ones (an alt-text line);
* ``{date}``: a date as articles print it (``March 5, 2024``; ``{date:%d %B %Y}`` for another
  format);
* ``{number}``: a number from 1 to 999.

In a byline, ``{name}`` and ``{names}`` are the authors and ``{date}`` the publication date.
Write ``{{`` and ``}}`` for literal braces.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from attrs import field, frozen
from hypothesis import strategies as st

from corpuskit.kinds import validate_kind
from corpuskit.testing.articles import (
    author_lists,
    headlines,
    join_names,
    keyword_lines,
    long_date,
    person_names,
    plain_words,
    prose,
    publication_dates,
)

Where = Literal["body", "head", "end"]
"""Where a piece of debris sits: between body paragraphs, in the head (after the headline,
standfirst and byline) or at the end of the page."""

# -- templates ------------------------------------------------------------------------------

FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "name": person_names,
    "names": author_lists,
    "sentence": prose(),
    "heading": headlines(),
    "words": st.lists(plain_words, min_size=1, max_size=4).map(" ".join),
    "Words": keyword_lines(),
    "date": publication_dates,
    "number": st.integers(1, 999).map(str),
}
"""The fields every template may use, with the strategy each is drawn from."""

FIXED_VALUES: dict[str, Any] = {
    "name": "Dana Kessler",
    "names": ["Dana Kessler", "Omer Halevi"],
    "sentence": "Fishing boats wait in the harbor for the storm to pass.",
    "heading": "Harbor reopens after winter storms",
    "words": "harbor ferry",
    "Words": "Harbor Ferry Storm",
    "date": dt.date(2024, 3, 5),
    "number": "12",
}
"""One value per field: how an example is shown in messages and checked on its own."""

AUTHOR_FIELDS = frozenset({"name", "names"})
"""Fields whose values are a byline's authors."""


class _Formatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, dt.date) and not format_spec:
            return long_date(value)
        if isinstance(value, list | tuple):
            return join_names([str(v) for v in value])
        return str(format(value, format_spec))


_FORMATTER = _Formatter()


def template_fields(template: str) -> list[str]:
    """The field names a template uses, in order of appearance (each once)."""
    found: list[str] = []
    for _, name, _, _ in _FORMATTER.parse(template):
        if name is not None:
            if not name or not name.isidentifier():
                raise ValueError(f"template {template!r}: fields are named, got {{{name}}}")
            if name not in found:
                found.append(name)
    return found


def fill(template: str, values: Mapping[str, Any]) -> str:
    """The template with its fields replaced by ``values``."""
    return _FORMATTER.vformat(template, (), dict(values))


# -- declarations ---------------------------------------------------------------------------


def _lines(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a sequence of lines, got a single string")
    return tuple(value)


@frozen
class Debris:
    """A piece of debris: its lines (templates) and the ``removed`` items a parse must give.

    Build it with :func:`debris` (the lines are one item) or :func:`group` (each line is its own
    item). ``where`` places it on generated pages; ``None`` lets
    :func:`~corpuskit.testing.sitepages.pages` work it out from the layout rule that claims it
    (``to_end`` or ``where="tail"`` rules sit at the end, ``where="head"`` ones in the head).
    ``identifies`` says whether its presence alone identifies the site; ``None`` works that out
    from the layout's signatures.
    """

    kinds: tuple[str, ...] = field(converter=_lines)
    """One kind per line (a group), or the kind of the single item (``merged``)."""
    lines: tuple[str, ...] = field(converter=_lines)
    merged: bool = False
    where: Where | None = None
    gaps: bool | None = False
    """For a merged item: its lines are separate paragraphs (``True``), one paragraph
    (``False``), or either, drawn (``None``)."""
    identifies: bool | None = None
    repeat: int = 1
    """Print a group this many times in a row (a caption printed twice)."""

    def __attrs_post_init__(self) -> None:
        if not self.lines or not all(line.strip() for line in self.lines):
            raise ValueError("debris needs at least one non-blank line")
        expected = 1 if self.merged else len(self.lines)
        if len(self.kinds) != expected:
            raise ValueError(f"debris with {len(self.lines)} lines needs {expected} kind(s)")
        for kind in self.kinds:
            validate_kind(kind)
        if self.merged and self.kinds[0] == "body":
            raise ValueError("a merged item cannot be body text")
        if self.repeat < 1 or (self.merged and self.repeat != 1):
            raise ValueError("repeat is a count of at least 1, for groups only")
        for line in self.lines:
            template_fields(line)

    @property
    def removed_kinds(self) -> frozenset[str]:
        """The kinds this debris puts in ``removed`` (a group's ``body`` lines stay in the body)."""
        return frozenset(k for k in self.kinds if k != "body")

    def fields(self) -> list[str]:
        """The template fields its lines use."""
        found: list[str] = []
        for line in self.lines:
            found += [name for name in template_fields(line) if name not in found]
        return found

    def describe(self) -> str:
        """A short description for messages: kinds and the first line."""
        more = f" (+{len(self.lines) - 1} lines)" if len(self.lines) > 1 else ""
        return f"{'/'.join(dict.fromkeys(self.kinds))} {self.lines[0]!r}{more}"


def debris(
    kind: str,
    *lines: str,
    where: Where | None = None,
    gaps: bool | None = False,
    identifies: bool | None = None,
) -> Debris:
    """Lines removed as one item of ``kind``: a caption line, a sign-up box, a footer."""
    return Debris((kind,), lines, merged=True, where=where, gaps=gaps, identifies=identifies)


def group(
    *parts: tuple[str, str],
    where: Where | None = None,
    identifies: bool | None = None,
    repeat: int = 1,
) -> Debris:
    """Lines of one paragraph, each its own item: ``("credit", …), ("caption", …)``.

    A part of kind ``body`` is a line that stays in the body (a duplicate's original, say).
    """
    return Debris(
        tuple(kind for kind, _ in parts),
        tuple(line for _, line in parts),
        where=where,
        identifies=identifies,
        repeat=repeat,
    )


def as_debris(kind: str, example: str | Sequence[str] | Debris) -> Debris:
    """An example as written in ``SiteExamples.debris[kind]``: a line, lines, or a Debris."""
    if isinstance(example, Debris):
        return example
    if isinstance(example, str):
        return debris(kind, example)
    return debris(kind, *example)


# -- rendering ------------------------------------------------------------------------------


@frozen
class Rendered:
    """Debris with its fields filled in: the lines to print and the items ``removed`` gets."""

    lines: tuple[str, ...]
    items: tuple[tuple[str, str], ...]
    """(kind, line) for a group; a merged item's kind with all its lines."""
    merged: bool
    gaps: bool
    debris: Debris


def render(item: Debris, values: Mapping[str, Any], gaps: bool = False) -> Rendered:
    """The debris printed with these field values."""
    lines = tuple(fill(line, values) for line in item.lines)
    if item.merged:
        return Rendered(lines, ((item.kinds[0], "\n".join(lines)),), True, gaps, item)
    lines = lines * item.repeat
    items = tuple(zip(item.kinds * item.repeat, lines, strict=True))
    return Rendered(lines, items, False, False, item)


@st.composite
def rendered(
    draw: st.DrawFn, item: Debris, fields: Mapping[str, st.SearchStrategy[Any]] | None = None
) -> Rendered:
    """Debris with fields drawn from ``fields`` (default :data:`FIELDS`)."""
    pool = {**FIELDS, **(fields or {})}
    values = {name: draw(pool[name]) for name in item.fields()}
    gaps = draw(st.booleans()) if item.gaps is None else item.gaps
    return render(item, values, gaps)


# -- a catalogue of every kind --------------------------------------------------------------

NEUTRAL_DEBRIS: dict[str, tuple[Debris, ...]] = {
    "caption": (
        debris("caption", "{sentence} ({name}/Reuters)"),
        debris("caption", "{heading} (Photo: {name})"),
        debris("caption", "{sentence} {name}/Getty Images"),
    ),
    "credit": (debris("credit", "Photo: {name}"), debris("credit", "Image: {name}/Reuters")),
    "tags": (debris("tags", "Tags: {words}"), debris("tags", "Topics: {Words}")),
    "related": (
        debris("related", "Read more: {heading}"),
        debris("related", "Related: {heading}"),
        debris("related", "See also: {heading}"),
    ),
    "footer": (
        debris(
            "footer",
            "© {number} The Lakeside Courier. All rights reserved.",
            "Contact us",
            "Privacy policy",
            where="end",
        ),
        debris("footer", "About us", "Terms of use", "Advertise with us", where="end"),
    ),
    "promo": (
        debris("promo", "Sign up for our free morning newsletter"),
        debris("promo", "Download our app for breaking news alerts"),
    ),
    "share": (
        debris("share", "Share this article"),
        group(("share", "Share on Facebook"), ("share", "Share on X")),
    ),
    "copyright": (
        debris("copyright", "Copyright {number} Lakeside Courier. All rights reserved."),
    ),
    "navigation": (debris("navigation", "Home | News | Sport | Weather | Opinion", where="head"),),
    "cookie": (debris("cookie", "We use cookies to improve your experience on our site. Accept"),),
    "markup": (debris("markup", ">"), debris("markup", "&nbsp;"), debris("markup", "<br>")),
    "duplicate": (group(("body", "{sentence}"), ("duplicate", "{sentence}")),),
    "comments": (
        debris(
            "comments",
            '{number} comments on "{heading}"',
            "{name} says:",
            "{sentence}",
            where="end",
        ),
    ),
    "boilerplate": (
        debris("boilerplate", "Advertisement"),
        debris("boilerplate", "Story continues below advertisement"),
    ),
}
"""Made-up debris of every kind in the shared vocabulary, in the shapes most sites print.

What "another site's text" looks like to a source plugin's conformance check; also handy for
tests of generic plugins.
"""


def debris_items(
    kinds: Iterable[str] | None = None,
    catalogue: Mapping[str, Sequence[Debris]] = NEUTRAL_DEBRIS,
) -> st.SearchStrategy[Rendered]:
    """Rendered debris of the given kinds (default: every kind) from ``catalogue``."""
    wanted = sorted(catalogue if kinds is None else kinds)
    choices = [item for kind in wanted for item in catalogue[kind]]
    return st.sampled_from(choices).flatmap(rendered)


def debris_text(kind: str) -> st.SearchStrategy[str]:
    """The printed text of one piece of neutral debris of ``kind`` (lines joined by newlines)."""
    return debris_items([kind]).map(lambda r: "\n".join(r.lines))


captions = debris_text("caption")
"""A caption ending in a photo credit: ``'Boats at dawn. (Dana Kessler/Reuters)'``."""
credits = debris_text("credit")
"""A photo credit on its own line: ``'Photo: Dana Kessler'``."""
footers = debris_text("footer")
"""A site footer of several lines."""
related_lines = debris_text("related")
"""A link to another article: ``'Read more: Harbor reopens after storm'``."""
