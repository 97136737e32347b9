"""Made-up sites: a random :class:`~corpuskit.layout.Layout` with examples of its debris.

:func:`sites` draws a masthead (``The Fernvale Ledger``), whether the first line is a headline
and the second a standfirst, and a handful of layout features, each a rule and the examples it
must remove: photo credits over captions, captions with bracketed credits, related-article
lines, tag lines, a sign-up box, a footer, share prompts and one style of byline. Two uses:

* testing the layouts machinery and this kit: every page of every drawn site parses back to
  itself (corpuskit's own tests state exactly that);
* "other sites" for :func:`~corpuskit.testing.check_source_plugin`: a source plugin must not
  claim their pages.

Mastheads and their phrases are made up, so a real site's plugin has no reason to claim them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from attrs import frozen
from hypothesis import strategies as st

from corpuskit.layout import (
    NAMES,
    Layout,
    LineRule,
    Signature,
    byline,
    caption,
    line,
    prefix,
    rule_signature,
)
from corpuskit.sources import SourceInfo
from corpuskit.testing.pieces import Debris, debris, group
from corpuskit.testing.sitepages import ExpectedPage, SiteExamples, neutral_pages, pages

STEMS = (
    "Fernvale",
    "Harrowgate",
    "Saltmarsh",
    "Kestrel Bay",
    "Lowmoor",
    "Brackenridge",
    "Quarry Hill",
    "Wrenfield",
    "Tidewater",
    "Ashcombe",
)
PAPERS = ("Post", "Courier", "Ledger", "Gazette", "Chronicle", "Observer", "Mercury", "Sentinel")


@frozen
class Site:
    """A made-up site: its layout and the examples of its debris."""

    layout: Layout
    examples: SiteExamples
    masthead: str = ""

    @property
    def name(self) -> str:
        return self.layout.name


class _Parts:
    """A site being assembled: rules, examples and signatures."""

    def __init__(self, masthead: str) -> None:
        self.masthead = masthead
        self.rules: list[LineRule] = []
        self.debris: dict[str, list[str | Debris]] = {}
        self.bylines: list[str] = []
        self.signatures: list[Signature | tuple[str, float]] = []

    def example(self, kind: str, *examples: str | Debris) -> None:
        self.debris.setdefault(kind, []).extend(examples)


Feature = Callable[[st.DrawFn, _Parts], None]


def _photo_credits(draw: st.DrawFn, site: _Parts) -> None:
    lead = draw(st.sampled_from(["Picture:", "Image:", "Photograph:"]))
    site.rules.append(prefix("credit", lead, then=("caption",)))
    site.example(
        "credit",
        group(("credit", f"{lead} {{name}}/{site.masthead}"), ("caption", "{sentence}")),
        f"{lead} {{name}}",
    )


def _bracket_captions(draw: st.DrawFn, site: _Parts) -> None:
    site.rules.append(caption("brackets"))
    agency = draw(st.sampled_from(["AFP", "Reuters", "Flash90", "Getty Images"]))
    site.example(
        "caption",
        f"{{sentence}} ({{name}}/{agency})",
        "{sentence} (AP Photo/{name})",
        "{sentence} (Courtesy)",
    )


def _related(draw: st.DrawFn, site: _Parts) -> None:
    lead = draw(st.sampled_from(["Also read:", "Related story:", "More on this:"]))
    site.rules.append(prefix("related", lead))
    site.example("related", f"{lead} {{heading}}")


def _tags(draw: st.DrawFn, site: _Parts) -> None:
    lead = draw(st.sampled_from(["Filed under:", "Topics:"]))
    site.rules.append(prefix("tags", lead))
    site.example("tags", f"{lead} {{Words}}", f"{lead} {{words}}")


def _promo_box(draw: st.DrawFn, site: _Parts) -> None:
    lead = f"Get {site.masthead} in your inbox"
    extras = ["Your email address", "Sign up"]
    site.rules.append(prefix("promo", lead, around=extras))
    site.signatures.append((lead.lower(), 0.9))
    site.example(
        "promo",
        debris("promo", lead),
        debris("promo", lead, *extras, gaps=None),
        debris("promo", extras[0], lead, extras[1]),
    )


def _footer(draw: st.DrawFn, site: _Parts) -> None:
    if draw(st.booleans()):
        marker = f"Support {site.masthead}"
        site.rules.append(line("footer", marker, where="tail", to_end=True))
    else:
        marker = f"© {site.masthead}"
        site.rules.append(prefix("footer", marker, to_end=True))
    site.signatures.append((marker.lower(), 0.95))
    site.example(
        "footer",
        debris("footer", marker),
        debris("footer", marker, "Privacy policy", "Contact the newsroom", gaps=None),
    )


def _share(draw: st.DrawFn, site: _Parts) -> None:
    site.rules.append(line("share", "Share this story", "Share on social media"))
    site.example(
        "share",
        "Share this story",
        group(("share", "Share this story"), ("share", "Share on social media")),
    )


def _byline(draw: st.DrawFn, site: _Parts) -> None:
    style = draw(st.integers(0, 2))
    masthead = re.escape(site.masthead)
    if style == 0:
        site.rules.append(byline(rf"^By (?:(?P<names>{NAMES})|{masthead} [Ss]taff)$"))
        site.bylines += ["By {names}", f"By {site.masthead} staff"]
    elif style == 1:
        site.rules.append(byline(rf"^By (?P<names>{NAMES}) \| (?P<date>.+)$"))
        site.bylines += ["By {names} | {date}", "By {name} | {date:%d %B %Y}"]
    else:
        rule = byline(rf"^By (?P<names>{NAMES}), {masthead}$")
        site.rules.append(rule)
        site.signatures.append(rule_signature(rule, 0.9))
        site.bylines += [f"By {{names}}, {site.masthead}"]


FEATURES: dict[str, Feature] = {
    "photo credits": _photo_credits,
    "bracket captions": _bracket_captions,
    "related": _related,
    "tags": _tags,
    "promo box": _promo_box,
    "footer": _footer,
    "share": _share,
    "byline": _byline,
}
"""What a made-up site may have, each feature a rule and the examples it must remove."""


@st.composite
def sites(draw: st.DrawFn, features: tuple[str, ...] = tuple(FEATURES)) -> Site:
    """A made-up site with some of ``features``, its head laid out one of the usual ways."""
    stem = draw(st.sampled_from(STEMS))
    paper = draw(st.sampled_from(PAPERS))
    masthead = f"The {stem} {paper}"
    slug = f"{stem}{paper}".lower().replace(" ", "")
    parts = _Parts(masthead)
    chosen = draw(st.lists(st.sampled_from(features), unique=True, max_size=len(features)))
    for name in chosen:
        FEATURES[name](draw, parts)
    has_title, has_subtitle = draw(st.booleans()), draw(st.booleans())
    title: Literal["first"] | None = "first" if has_title else None
    subtitle: Literal["second"] | None = "second" if has_title and has_subtitle else None
    layout = Layout(
        source=SourceInfo(f"{slug}.example", (f"{slug}.example",), plugin=slug),
        rules=parts.rules,
        signatures=parts.signatures,
        title=title,
        subtitle=subtitle,
        subtitle_heading=draw(st.booleans()),
    )
    examples = SiteExamples(debris=parts.debris, bylines=parts.bylines)
    return Site(layout, examples, masthead)


def site_pages(
    site_strategy: st.SearchStrategy[Site] | None = None,
) -> st.SearchStrategy[tuple[Site, ExpectedPage]]:
    """A made-up site and one of its pages."""

    def with_page(site: Site) -> st.SearchStrategy[tuple[Site, ExpectedPage]]:
        return pages(site.layout, site.examples).map(lambda page: (site, page))

    return (site_strategy or sites()).flatmap(with_page)


def other_site_pages() -> st.SearchStrategy[ExpectedPage]:
    """Pages from elsewhere: no site in particular, or a made-up one."""
    return st.one_of(neutral_pages(), site_pages().map(lambda pair: pair[1]))
