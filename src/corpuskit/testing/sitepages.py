"""Whole pages laid out a site's way, with exactly what a parse must give back.

:func:`pages` reads a :class:`~corpuskit.layout.Layout` for what it can (is the first line a
headline? is the second a standfirst, and must it read like a heading? where does each rule
look?) and takes the rest from :class:`SiteExamples`: the site's bylines and its debris, per kind.
Each drawn :class:`ExpectedPage` holds the page's text and the Document fields a parse must
give::

    @given(pages(LAYOUT, EXAMPLES))
    def test_pages_parse_back_to_themselves(page):
        assert_parses_to(parser.parse(page.text, source=LAYOUT.name), page)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from attrs import evolve as attrs_evolve
from attrs import field as attrs_field
from attrs import frozen
from hypothesis import HealthCheck, assume, find, settings
from hypothesis import strategies as st

from corpuskit.layout import Layout
from corpuskit.model import Document, Hint
from corpuskit.normalize import compose, normalize_lines, normalize_space
from corpuskit.resolve import MIN_CONFIDENCE
from corpuskit.testing.articles import (
    FULL_STOP_SCRIPTS,
    SCRIPTS,
    bylines,
    headlines,
    messy,
    paragraphs,
    standfirsts,
)
from corpuskit.testing.pieces import (
    AUTHOR_FIELDS,
    FIELDS,
    FIXED_VALUES,
    NEUTRAL_DEBRIS,
    Debris,
    Rendered,
    Where,
    as_debris,
    fill,
    render,
    rendered,
    template_fields,
)
from corpuskit.text import read_text, segment_lines

SEPARATORS = ("\n\n", "\n\n\n", "\n \n", "\r\n\r\n")
"""Blank lines between paragraphs, as scrapes have them."""
SINGLE_NEWLINES = ("\n", "\r\n", "  \n")
"""Single newlines between paragraphs (with a trailing space, or CRLF): crawlers store text
this way as often as with blank lines, and a page's separators never change its Document."""

# -- the expected page ----------------------------------------------------------------------


@dataclass
class ExpectedPage:
    """A page being drawn, then rendered: its text and what parsing it must give.

    Build it top to bottom with :meth:`add`, :meth:`body`, :meth:`items`, :meth:`block` or
    :meth:`insert`, then :meth:`render` it; ``text`` is empty until then.
    """

    site: str | None
    text: str = ""
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    """(kind, text) of every item ``Document.removed`` must list, in order."""
    identifiable: bool = False
    """The page carries something that identifies its site, so a parse without a URL must
    name the site."""
    chunks: list[str] = field(default_factory=list, repr=False)
    lines: int = field(default=0, repr=False)
    """How many lines the page has so far (the next line's index)."""
    printed: set[str] = field(default_factory=set, repr=False)
    """Every line so far, white space normalised."""

    def add(self, *lines: str, gaps: bool = False) -> None:
        """Lines as one paragraph, or (``gaps``) each as its own paragraph."""
        self.chunks.append(("\n\n" if gaps else "\n").join(lines))
        self.lines += len(lines)
        self.printed.update(normalize_space(line) for line in lines)

    def body(self, text: str) -> None:
        """A body paragraph (one line), kept."""
        self.add(text)
        self.paragraphs.append(normalize_space(text))

    def items(self, *pairs: tuple[str, str]) -> None:
        """One paragraph of lines, each its own removed item (``body`` lines are kept)."""
        self.add(*(line for _, line in pairs))
        for kind, line in pairs:
            if kind == "body":
                self.paragraphs.append(normalize_space(line))
            else:
                self.removed.append((kind, normalize_space(line)))

    def block(self, kind: str, lines: Sequence[str], gaps: bool = False) -> None:
        """Lines removed as one item (a sign-up box, a footer)."""
        self.add(*lines, gaps=gaps)
        self.removed.append((kind, normalize_lines("\n".join(lines))))

    def insert(self, piece: Rendered) -> None:
        """Rendered debris, as it declares itself (one item, or one per line)."""
        if piece.merged:
            self.block(piece.items[0][0], piece.lines, gaps=piece.gaps)
        else:
            self.items(*piece.items)

    def render(self, separators: Sequence[str] = ("\n\n",)) -> str:
        """Join the paragraphs with ``separators`` (cycled) and end with a newline."""
        out = []
        for i, chunk in enumerate(self.chunks):
            if i:
                out.append(separators[i % len(separators)])
            out.append(chunk)
        self.text = "".join(out) + "\n"
        return self.text


# -- what the author supplies ---------------------------------------------------------------


@frozen
class Byline:
    """A byline template: ``"By {names}"``, ``"By {name}, Harbour Herald · {date}"``.

    ``{name}``/``{names}`` are the authors and ``{date}`` the publication date; a byline naming
    no one (``"By Herald Staff"``) must end up in ``removed`` as a ``byline``.
    """

    template: str
    identifies: bool | None = None

    def __attrs_post_init__(self) -> None:
        names = template_fields(self.template)
        if "date" in names and not AUTHOR_FIELDS & set(names):
            raise ValueError(f"byline {self.template!r}: a dated byline must name its authors")

    @property
    def has_authors(self) -> bool:
        return bool(AUTHOR_FIELDS & set(template_fields(self.template)))

    @property
    def has_date(self) -> bool:
        return "date" in template_fields(self.template)


def _debris_map(
    value: Mapping[str, Iterable[str | Sequence[str] | Debris]],
) -> dict[str, tuple[Debris, ...]]:
    return {kind: tuple(as_debris(kind, e) for e in examples) for kind, examples in value.items()}


def _fields(value: Mapping[str, st.SearchStrategy[Any]]) -> dict[str, st.SearchStrategy[Any]]:
    return dict(value)


def _bylines(value: Iterable[str | Byline]) -> tuple[Byline, ...]:
    if isinstance(value, str):
        raise TypeError("bylines is a sequence of templates, got a single string")
    return tuple(b if isinstance(b, Byline) else Byline(b) for b in value)


@frozen
class SiteExamples:
    """What a site's pages carry besides the article: its bylines and its debris, per kind.

    ``debris`` maps a kind to examples: a line (``"{sentence} ({name}/Herald)"``), a sequence of
    lines removed as one item (a sign-up box), or a :class:`~corpuskit.testing.Debris` for
    anything else (a credit over its caption, where to put it). ``fields`` adds template fields
    (``{"issue": st.integers(1, 99).map(str)}``).
    """

    debris: dict[str, tuple[Debris, ...]] = attrs_field(factory=dict, converter=_debris_map)
    bylines: tuple[Byline, ...] = attrs_field(default=(), converter=_bylines)
    fields: dict[str, st.SearchStrategy[Any]] = attrs_field(factory=dict, converter=_fields)

    def all_debris(self) -> list[Debris]:
        """Every debris example, kinds in sorted order."""
        return [item for kind in sorted(self.debris) for item in self.debris[kind]]

    def kinds(self) -> frozenset[str]:
        """Every kind the examples show: debris kinds, ``byline`` and ``dateline``."""
        found = {kind for item in self.all_debris() for kind in item.removed_kinds}
        if self.bylines:
            found.add("byline")
        if any(b.has_date for b in self.bylines):
            found.add("dateline")
        return frozenset(found)


# -- the plan derived from a layout ---------------------------------------------------------

INTRO = (
    "The council met on Tuesday to discuss the new budget.",
    "Residents asked for more buses on the northern routes.",
    "Officials said the plan would be ready before the summer.",
    "Engineers inspected the old bridge over the river last week.",
    "Teachers welcomed the decision to open a second school.",
    "The market will stay open later during the festival season.",
    "Volunteers planted trees along the road to the station.",
    "A final vote is expected after the winter recess.",
)
"""Neutral body paragraphs for pages built around one example."""


@frozen
class Placed:
    """A debris example, where pages put it, and whether it alone identifies the site."""

    debris: Debris
    where: Where
    identifies: bool


@frozen
class PlacedByline:
    """A byline example and whether it alone identifies the site."""

    byline: Byline
    identifies: bool


@frozen
class PagePlan:
    """What :func:`pages` draws from: the layout's head settings and the placed examples."""

    site: str
    title: bool
    subtitle: bool
    subtitle_heading: bool
    subtitle_max_words: int
    bylines: tuple[PlacedByline, ...]
    debris: tuple[Placed, ...]
    fields: dict[str, st.SearchStrategy[Any]]
    fixed: dict[str, Any]
    """One value per field, for pages built around a single example."""
    layout: Layout | None = None
    """The layout the plan was read from (pages built around one example ask its rules)."""

    def at(self, where: Where) -> tuple[Placed, ...]:
        return tuple(p for p in self.debris if p.where == where)

    @property
    def needs_byline_or_dek(self) -> bool:
        """Under a headline, a first body line would read as the standfirst."""
        return self.subtitle and not self.subtitle_heading


def _fixed_value(strategy: st.SearchStrategy[Any]) -> Any:
    quiet = settings(
        database=None, max_examples=50, suppress_health_check=list(HealthCheck), deadline=None
    )
    return find(strategy, lambda _: True, settings=quiet)


def plan_pages(layout: Layout, examples: SiteExamples | None = None) -> PagePlan:
    """Read the layout and place the examples; raises ``ValueError`` for unusable examples."""
    examples = examples or SiteExamples()
    fields = {**FIELDS, **examples.fields}
    unknown = sorted(
        {
            name
            for template in [
                *(line for d in examples.all_debris() for line in d.lines),
                *(b.template for b in examples.bylines),
            ]
            for name in template_fields(template)
            if name not in fields
        }
    )
    if unknown:
        raise ValueError(
            f"unknown template field(s) {', '.join(unknown)}: add them to SiteExamples.fields "
            f"(known: {', '.join(sorted(fields))})"
        )
    fixed = {**FIXED_VALUES, **{k: _fixed_value(v) for k, v in examples.fields.items()}}
    title = layout.title == "first"
    plan = PagePlan(
        site=layout.name,
        title=title,
        subtitle=title and layout.subtitle == "second",
        subtitle_heading=layout.subtitle_heading,
        subtitle_max_words=layout.subtitle_max_words,
        bylines=(),
        debris=(),
        fields=fields,
        fixed=fixed,
        layout=layout,
    )
    placed = []
    for item in examples.all_debris():
        where = item.where or placement(layout, render(item, fixed))
        identifies = item.identifies
        if identifies is None:
            piece = render(item, fixed)
            identifies = _identifies(layout, example_page(plan, piece, where))
            if identifies and plan.title:
                # Pages are drawn with and without a headline: the piece identifies the site
                # only if it does on both (a keyword line first on a page may be a headline).
                untitled = attrs_evolve(plan, title=False, subtitle=False)
                identifies = _identifies(layout, example_page(untitled, piece, where))
        placed.append(Placed(item, where, identifies))
    placed_bylines = []
    for byline in examples.bylines:
        identifies = byline.identifies
        if identifies is None:
            text = byline_page(plan, fill(byline.template, fixed))
            identifies = _identifies(layout, text)
        placed_bylines.append(PlacedByline(byline, identifies))
    return PagePlan(
        site=plan.site,
        title=plan.title,
        subtitle=plan.subtitle,
        subtitle_heading=plan.subtitle_heading,
        subtitle_max_words=plan.subtitle_max_words,
        bylines=tuple(placed_bylines),
        debris=tuple(placed),
        fields=fields,
        fixed=fixed,
        layout=layout,
    )


def placement(layout: Layout, piece: Rendered) -> Where:
    """Where the layout expects this debris, from the first rule that claims one of its lines.

    A rule labelling to the end of the page or looking only at its tail puts it at the end; one
    looking only at the head puts it in the head; anything else goes between body paragraphs.
    """
    for kind, line in zip(_kinds_per_line(piece), piece.lines, strict=True):
        if kind == "body":
            continue
        norm = normalize_space(line)
        low = norm.lower()
        for rule in layout.rules:
            if rule.test(norm, low):
                if rule.to_end or rule.where == "tail":
                    return "end"
                return "head" if rule.where == "head" else "body"
    return "body"


def _kinds_per_line(piece: Rendered) -> list[str]:
    if piece.merged:
        return [piece.items[0][0]] * len(piece.lines)
    return [kind for kind, _ in piece.items]


def example_page(
    plan: PagePlan, piece: Rendered, where: Where, closing: bool = True
) -> ExpectedPage:
    """A page built around one piece of debris: neutral paragraphs, the piece where it goes.

    In the body a closing paragraph follows the piece, unless a rule of the layout would take
    it as the piece's neighbour (a credit drawn without the caption its rule takes from the
    next line): blank line or not, nothing tells that paragraph from such a caption, so the
    piece closes the body instead.
    """
    page = ExpectedPage(plan.site)
    _fixed_head(plan, page)
    if where == "head":
        page.insert(piece)
        for text in INTRO[:3]:
            page.body(text)
    elif where == "end":
        for text in INTRO:
            page.body(text)
        page.insert(piece)
    else:
        for text in INTRO[:7]:
            page.body(text)
        page.insert(piece)
        if closing:
            page.body(INTRO[7])
    page.render()
    layout = plan.layout
    if closing and where == "body" and layout is not None and borrows_a_neighbour(layout, page):
        return example_page(plan, piece, where, closing=False)
    return page


def byline_page(plan: PagePlan, line: str) -> str:
    """The text of a page whose head carries this byline line."""
    page = ExpectedPage(plan.site)
    if plan.title:
        page.add(FIXED_VALUES["heading"])
        if plan.subtitle:
            page.add(_fixed_dek(plan))
    page.add(line)
    for text in INTRO[:3]:
        page.body(text)
    return page.render()


def _fixed_dek(plan: PagePlan) -> str:
    if plan.subtitle_heading:
        return "Ferry services resume on the northern routes"
    return "Ferry services resume on the northern routes after a week of repairs."


def _fixed_head(plan: PagePlan, page: ExpectedPage) -> None:
    if plan.title:
        page.title = FIXED_VALUES["heading"]
        page.add(page.title)
        if plan.subtitle:
            page.subtitle = _fixed_dek(plan)
            page.add(page.subtitle)


def _identifies(layout: Layout, page: ExpectedPage | str) -> bool:
    text = page.text if isinstance(page, ExpectedPage) else page
    decoded = read_text(text, Hint())
    return layout.confidence(decoded, segment_lines(decoded.text)) >= MIN_CONFIDENCE


def byline_values(byline: Byline, values: Mapping[str, Any]) -> tuple[tuple[str, ...], Any]:
    """The authors and the date a byline printed with ``values`` gives."""
    authors: list[str] = []
    for name in template_fields(byline.template):
        if name == "names":
            authors += [str(v) for v in values[name]]
        elif name == "name":
            authors.append(str(values[name]))
    return tuple(dict.fromkeys(authors)), values.get("date") if byline.has_date else None


def add_byline(page: ExpectedPage, byline: Byline, values: Mapping[str, Any]) -> None:
    """Print the byline on the page and expect its authors and date (or a removed byline)."""
    line = fill(byline.template, values)
    page.add(line)
    authors, published = byline_values(byline, values)
    if authors:
        page.authors = authors
        page.published = published
    else:
        page.removed.append(("byline", normalize_space(line)))


# -- drawing pages --------------------------------------------------------------------------


Insert = Callable[[ExpectedPage], None]
"""Something that adds itself to a page: debris, and whatever it implies (``identifiable``)."""


def inserting(piece: Rendered, identifies: bool = False) -> Insert:
    """An :data:`Insert` for rendered debris (left out if it would repeat a body paragraph)."""

    def insert(page: ExpectedPage) -> None:
        kept = set(page.paragraphs)
        if any(normalize_space(line) in kept for line in piece.lines):
            return  # debris echoing a body paragraph is ambiguous: leave it out
        page.insert(piece)
        page.identifiable = page.identifiable or identifies

    return insert


@st.composite
def body_with(
    draw: st.DrawFn,
    page: ExpectedPage,
    inserts: st.SearchStrategy[Insert] | None,
    scripts: Sequence[str] = SCRIPTS,
    max_paragraphs: int = 6,
) -> None:
    """Unique body paragraphs with debris drawn between them (and after the last).

    At most one insert sits between two paragraphs, so pieces of debris never run into each
    other, and no paragraph repeats a line already on the page. The first paragraph is in a
    script whose sentences end in a full stop, so it never reads like a heading (a standfirst,
    or a title on a page without one).
    """
    first_scripts = [s for s in scripts if s in FULL_STOP_SCRIPTS] or ["latin"]
    first = draw(paragraphs(first_scripts))
    rest = draw(st.lists(paragraphs(scripts), max_size=max_paragraphs - 1))
    kept = 0
    for text in dict.fromkeys([first, *rest]):
        if inserts is not None and draw(st.integers(0, 2)) == 0:
            draw(inserts)(page)
        if normalize_space(text) not in page.printed:  # a repeat reads as the line's echo
            page.body(draw(messy(text)))
            kept += 1
    if not kept:
        page.body(next(text for text in INTRO if text not in page.printed))
    if inserts is not None and draw(st.integers(0, 3)) == 0:
        draw(inserts)(page)


@st.composite
def finish(draw: st.DrawFn, page: ExpectedPage) -> ExpectedPage:
    """Render the page with blank lines drawn from :data:`SEPARATORS`, or with single newlines
    (:data:`SINGLE_NEWLINES`): the same page must parse the same either way."""
    kind = SINGLE_NEWLINES if draw(st.booleans()) else SEPARATORS
    page.render(draw(st.lists(st.sampled_from(kind), min_size=1)))
    return page


def borrows_a_neighbour(layout: Layout, page: ExpectedPage) -> bool:
    """Whether a rule's ``then`` or ``before`` would take a line the page means as its title,
    standfirst or a body paragraph (a credit drawn without its caption, then a short body line).

    Nothing but the lines tells a caption from such a paragraph, blank lines included: pages
    like that are not drawn.
    """
    kept = {normalize_space(p) for p in page.paragraphs}
    kept.update(normalize_space(t) for t in (page.title, page.subtitle) if t)
    blocks = segment_lines(page.text)
    norm = [b.norm or normalize_space(b.text) for b in blocks]
    for rule in layout.rules:
        if not rule.then and not rule.before:
            continue
        for index, line in enumerate(norm):
            if norm[index] in kept or not rule.test(line, line.lower()):
                continue
            limit = rule.then_max_words
            after = [
                n
                for n in norm[index + 1 : index + 1 + len(rule.then)]
                if limit is None or len(n.split()) <= limit
            ]
            before = [
                n
                for n in (norm[index - 1 : index] if rule.before and index else [])
                if rule.before_if is None or rule.before_if(n, n.lower())
            ]
            if any(n in kept for n in [*after, *before]):
                return True
    return False


def _inserts(placed: Sequence[Placed], plan: PagePlan) -> st.SearchStrategy[Insert] | None:
    if not placed:
        return None

    def draw_one(item: Placed) -> st.SearchStrategy[Insert]:
        return rendered(item.debris, plan.fields).map(lambda r: inserting(r, item.identifies))

    return st.sampled_from(list(placed)).flatmap(draw_one)


@st.composite
def _pages(
    draw: st.DrawFn,
    plan: PagePlan,
    scripts: Sequence[str],
    max_paragraphs: int,
    layout: Layout | None = None,
) -> ExpectedPage:
    page = ExpectedPage(plan.site)
    if plan.title and draw(st.booleans()):
        page.title = draw(headlines())
        page.add(page.title)
        if plan.subtitle and (
            (plan.needs_byline_or_dek and not plan.bylines) or draw(st.booleans())
        ):
            page.subtitle = draw(
                standfirsts(heading=plan.subtitle_heading, max_words=plan.subtitle_max_words)
            )
            page.add(page.subtitle)
    needs_byline = page.title is not None and plan.needs_byline_or_dek and page.subtitle is None
    if plan.bylines and (needs_byline or draw(st.booleans())):
        chosen = draw(st.sampled_from(plan.bylines))
        names = template_fields(chosen.byline.template)
        values = {name: draw(plan.fields[name]) for name in names}
        add_byline(page, chosen.byline, values)
        page.identifiable = page.identifiable or chosen.identifies
    head, end = _inserts(plan.at("head"), plan), _inserts(plan.at("end"), plan)
    if head is not None and draw(st.booleans()):
        draw(head)(page)
    draw(body_with(page, _inserts(plan.at("body"), plan), scripts, max_paragraphs))
    if end is not None and draw(st.booleans()):
        draw(end)(page)
    page = draw(finish(page))
    if layout is not None:
        assume(not borrows_a_neighbour(layout, page))
    return page


def pages(
    layout: Layout,
    examples: SiteExamples | None = None,
    *,
    scripts: Sequence[str] = SCRIPTS,
    max_paragraphs: int = 6,
) -> st.SearchStrategy[ExpectedPage]:
    """Pages laid out the way ``layout`` reads them, carrying the ``examples``' debris.

    A headline and a standfirst appear when the layout takes them (``title="first"``,
    ``subtitle="second"``), a byline when there are byline examples; debris goes where the
    layout's rules look for it, at most one piece between two body paragraphs, so pieces never
    run into each other. When the layout reads the line under a headline as a standfirst, a
    page with a headline always has a standfirst or a byline there: otherwise its first body
    paragraph would (rightly) be taken for the standfirst.
    """
    plan = plan_pages(layout, examples)
    return _pages(plan, tuple(scripts), max_paragraphs, layout)


# -- pages from no site in particular -------------------------------------------------------


@st.composite
def neutral_pages(
    draw: st.DrawFn,
    catalogue: Mapping[str, Sequence[Debris]] = NEUTRAL_DEBRIS,
    scripts: Sequence[str] = SCRIPTS,
) -> ExpectedPage:
    """A page from no site in particular, with debris of every kind from ``catalogue``.

    ``removed`` lists the debris drawn: what an ideal generic cleaner would take out.
    """
    page = ExpectedPage(None)
    if draw(st.booleans()):
        page.title = draw(headlines())
        page.add(page.title)
    if draw(st.booleans()):
        line, authors = draw(bylines())
        page.add(line)
        page.authors = authors
    placed = [item for kind in sorted(catalogue) for item in catalogue[kind]]
    head = [item for item in placed if item.where == "head"]
    end = [item for item in placed if item.where == "end"]
    body = [item for item in placed if item.where not in ("head", "end")]
    if draw(st.booleans()) and head:
        page.insert(draw(st.sampled_from(head).flatmap(rendered)))
    inserts = st.sampled_from(body).flatmap(rendered).map(inserting) if body else None
    draw(body_with(page, inserts, scripts))
    if draw(st.booleans()) and end:
        page.insert(draw(st.sampled_from(end).flatmap(rendered)))
    return draw(finish(page))


# -- checking a parse against a page --------------------------------------------------------


def span_mismatches(text: str, document: Document) -> list[str]:
    """Removed items whose offsets do not give back their text, or that overlap.

    On a text page ``text[start:end]`` (of the text composed to NFC, as the reader composes
    it), normalised line by line, is the item's text; on an
    HTML page it is the markup the item's text was read from, so only the bounds and the order
    are checked there.
    """
    problems = []
    previous_end = 0
    html = document.meta.get("input") == "html"
    if not html:
        text = compose(text)  # offsets index the composed text, as the reader composes it
    for item in document.removed:
        if not 0 <= item.start <= item.end <= len(text):
            problems.append(f"removed {item.kind} [{item.start}:{item.end}] is outside the page")
            continue
        found = normalize_lines(text[item.start : item.end])
        if not html and found != item.text:
            problems.append(
                f"removed {item.kind} [{item.start}:{item.end}] is {found!r} in the page, "
                f"but its text is {item.text!r}"
            )
        if item.start < previous_end:
            where = f"[{item.start}:{item.end}]"
            problems.append(f"removed {item.kind} {where} overlaps the one before")
        previous_end = max(previous_end, item.end)
    return problems


def mismatches(document: Document, expected: ExpectedPage) -> list[str]:
    """How ``document`` differs from what ``expected`` says a parse must give (empty if not)."""
    problems = []
    pairs: list[tuple[str, object, object]] = [
        ("source", expected.site, document.source),
        ("title", expected.title, document.title),
        ("subtitle", expected.subtitle, document.subtitle),
        ("authors", tuple(expected.authors), document.authors),
        ("published", expected.published, document.published),
        ("paragraphs", list(expected.paragraphs), list(document.paragraphs)),
        ("removed", list(expected.removed), [(r.kind, r.text) for r in document.removed]),
    ]
    for name, want, got in pairs:
        if want == got:
            continue
        if isinstance(want, list) and isinstance(got, list):
            missing = [item for item in want if item not in got]
            extra = [item for item in got if item not in want]
            if missing or extra:
                parts = [
                    f"missing {missing!r}" if missing else "",
                    f"unexpected {extra!r}" if extra else "",
                ]
                problems.append(f"{name}: " + "; ".join(p for p in parts if p))
                continue
        problems.append(f"{name}: expected {want!r}, got {got!r}")
    return problems + span_mismatches(expected.text, document)


def assert_parses_to(document: Document, expected: ExpectedPage) -> None:
    """Fail, saying what differs, unless ``document`` is what ``expected`` says."""
    problems = mismatches(document, expected)
    if problems:
        raise AssertionError(
            "the page does not parse back to itself:\n  "
            + "\n  ".join(problems)
            + f"\npage text:\n{expected.text!r}"
        )


def assert_spans_hold(text: str, document: Document) -> None:
    """Fail unless every removed item's offsets give back its text in ``text``."""
    problems = span_mismatches(text, document)
    if problems:
        raise AssertionError("\n".join(problems))
