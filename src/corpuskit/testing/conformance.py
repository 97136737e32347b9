"""The conformance check a source plugin's tests call: :func:`check_source_plugin`.

It derives what it can from the plugin's :class:`~corpuskit.layout.Layout` (the source, its
domains, where the headline and standfirst sit, what each rule labels and where it looks) and
takes the rest from the author's :class:`~corpuskit.testing.SiteExamples` (bylines, and debris
per kind). Then it runs every check in :data:`CHECKS`, collects what failed and raises one
:class:`ConformanceError` that says, check by check, what is wrong and on which page.
"""

from __future__ import annotations

import contextlib
import json
import re
import traceback
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

import pluggy
from attrs import frozen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpuskit.errors import InputError
from corpuskit.kinds import KINDS
from corpuskit.layout import Layout, LineRule
from corpuskit.model import Document, Hint, Page
from corpuskit.pipeline import Parser
from corpuskit.plugins import PluginManager, create_manager
from corpuskit.resolve import MIN_CONFIDENCE
from corpuskit.sources import SourceInfo
from corpuskit.testing.pieces import render
from corpuskit.testing.sitepages import (
    INTRO,
    Byline,
    ExpectedPage,
    PagePlan,
    SiteExamples,
    _fixed_head,
    add_byline,
    example_page,
    mismatches,
    pages,
    plan_pages,
    span_mismatches,
)
from corpuskit.testing.sites import Site, other_site_pages
from corpuskit.text import read_text, segment_lines

CHECK_DESCRIPTIONS: dict[str, str] = {
    "hooks": "Hook names and signatures are valid, every `corpuskit_*` method is marked "
    "`@corpuskit.hookimpl`, the plugin declares its source (with well-formed domains) under "
    "its own plugin name, and it implements `corpuskit_label` or `corpuskit_identify`.",
    "kinds": "Every kind the layout's rules label is in the shared vocabulary (or in "
    "`extra_kinds`) and has an example; every template field the examples use is known.",
    "examples": "Each example, alone on a page of neutral paragraphs, is removed exactly as "
    "declared, and by the plugin itself (not left to the generic plugin).",
    "fixtures": "Each fixture page parses, with no URL, to its expected JSON; removed spans hold.",
    "round_trip": "Generated pages laid out the site's way parse back to themselves, with the "
    "source given and with a URL on the site's domain.",
    "identification": "Parsed with no URL, generated pages are never named another site; "
    "those carrying one of the site's signatures are identified and parse back to themselves.",
    "other_sites": "The plugin never claims (confidence 0.5 or more), labels, or changes "
    "another site's page: pages of no site in particular, made-up sites, generic pages ending "
    "in lines many sites print (`Follow us on social media`...), `foreign` texts and "
    "`foreign_sites`.",
    "offsets": "Whatever the white space and line endings, every removed item sits at its "
    "offsets (`raw[start:end]`, normalised, is its text), in order and without overlap.",
    "idempotence": "Parsing a parse's clean text again removes nothing and changes no text.",
    "robustness": "Arbitrary text and mangled pages raise nothing but `InputError` (input that "
    "cannot be an article), with the source given or not.",
}
"""What each check asserts (the documentation's table of checks is made from this)."""

CHECKS: tuple[str, ...] = tuple(CHECK_DESCRIPTIONS)
"""Every check :func:`check_source_plugin` runs, in this order (see :data:`CHECK_DESCRIPTIONS`)."""

Status = Literal["passed", "failed", "skipped"]

# -- fixtures -------------------------------------------------------------------------------


def to_gold(document: Document) -> dict[str, Any]:
    """A document in the shape of a fixture's expected JSON."""
    return {
        "site": document.source,
        "title": document.title,
        "subtitle": document.subtitle,
        "authors": list(document.authors),
        "published": document.published.isoformat() if document.published else None,
        "paragraphs": list(document.paragraphs),
        "removed": [{"kind": r.kind, "text": r.text} for r in document.removed],
    }


@frozen
class Fixture:
    """A page the author wrote, and (optionally) what parsing it with no URL must give.

    ``expected`` has the keys of :func:`to_gold` (``source`` may stand for ``site``); keys left
    out are not checked.
    """

    name: str
    text: str
    expected: dict[str, Any] | None = None
    path: Path | None = None


def load_fixtures(folder: str | Path) -> list[Fixture]:
    """Every ``*.txt`` in ``folder`` (sorted), each with the ``.json`` beside it if there is one."""
    found = []
    for path in sorted(Path(folder).glob("*.txt")):
        gold = path.with_suffix(".json")
        expected = json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else None
        found.append(Fixture(path.stem, path.read_text(encoding="utf-8"), expected, path))
    return found


# -- the parser -----------------------------------------------------------------------------


def _source_plugin_name(plugin: object) -> str | None:
    declare = getattr(plugin, "corpuskit_sources", None)
    if not callable(declare):
        return None
    try:
        declared = list(declare() or ())
    except Exception:
        return None
    for info in declared:
        if isinstance(info, SourceInfo) and info.plugin:
            return info.plugin
    return None


def plugin_parser(plugin: object, *, name: str | None = None, installed: bool = True) -> Parser:
    """A parser with ``plugin`` registered, as users will run it.

    With ``installed`` (the default) every installed plugin is loaded too (whatever
    ``CORPUSKIT_DISABLE_PLUGINS`` says); an installed copy of the plugin is used as is, and an
    installed plugin of the same name is replaced by ``plugin``. Without, only corpuskit's
    defaults and ``plugin`` are registered.
    """
    manager = create_manager(disabled=()) if installed else create_manager(load_entry_points=False)
    if not manager.is_registered(plugin):
        name = name or _source_plugin_name(plugin) or getattr(plugin, "__name__", None)
        name = name or type(plugin).__name__
        if manager.get_plugin(name) is not None:
            manager.unregister(name=name)
        manager.add(plugin, name)
    return Parser(manager)


# -- the report -----------------------------------------------------------------------------


@frozen
class CheckResult:
    """One check's outcome; ``detail`` says what failed, or why it was skipped."""

    name: str
    status: Status
    detail: str = ""


@frozen
class ConformanceReport:
    """Every check's outcome for one plugin."""

    plugin: str
    source: str
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        """No check failed."""
        return all(r.status != "failed" for r in self.results)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.status == "failed")

    def status(self, check: str) -> Status:
        """How one check went."""
        return next(r.status for r in self.results if r.name == check)

    def __str__(self) -> str:
        head = f"conformance of plugin {self.plugin!r} (source {self.source!r}):"
        lines = [head]
        for result in self.results:
            note = f": {result.detail}" if result.status == "skipped" and result.detail else ""
            lines.append(f"  {result.status:7} {result.name}{note}")
        for result in self.failures:
            lines.append(f"\n-- {result.name} " + "-" * max(3, 60 - len(result.name)))
            lines.append(result.detail)
        return "\n".join(lines)


class ConformanceError(AssertionError):
    """A plugin failed the conformance check; ``report`` has every check's outcome."""

    def __init__(self, report: ConformanceReport) -> None:
        super().__init__(str(report))
        self.report = report


# -- the checks -----------------------------------------------------------------------------

_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+\Z")
_MAX_PROBLEMS = 8


class _Failed(Exception):
    """A check's problems, collected."""


class _Context:
    def __init__(
        self,
        plugin: object,
        name: str,
        layout: Layout | None,
        examples: SiteExamples,
        parser: Parser,
        fixtures: list[Fixture],
        foreign: list[str],
        foreign_sites: Sequence[Site],
        settings: settings,
        extra_kinds: Collection[str],
    ) -> None:
        self.plugin = plugin
        self.name = name
        self.layout = layout
        self.examples = examples
        self.parser = parser
        self.fixtures = fixtures
        self.foreign = foreign
        self.foreign_sites = foreign_sites
        self.settings = settings
        self.extra_kinds = frozenset(extra_kinds)
        self.manager = PluginManager()
        self.register_error: str | None = None
        try:
            self.manager.register(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            self.register_error = str(exc)
        self.sources: list[SourceInfo] = []
        self.plan: PagePlan | None = None
        self.plan_error: str | None = None

    @property
    def source(self) -> SourceInfo:
        return self.sources[0]

    @property
    def url(self) -> str:
        domain = self.source.domains[0] if self.source.domains else "example.invalid"
        return f"https://www.{domain}/news/2024/03/05/article"

    def implements(self, hook: str) -> bool:
        caller = getattr(self.manager.hook, hook, None)
        return caller is not None and any(
            impl.plugin_name == self.name for impl in caller.get_hookimpls()
        )

    def call(self, hook: str, **kwargs: Any) -> Any:
        """The plugin's own answer to a hook (``None`` when it does not implement it)."""
        for impl in getattr(self.manager.hook, hook).get_hookimpls():
            if impl.plugin_name == self.name:
                return impl.function(**kwargs)
        return None


def _page(text: str) -> tuple[Page, list[Any]]:
    page = read_text(text, Hint())
    return page, list(segment_lines(page.text))


def _check_hooks(ctx: _Context) -> list[str]:
    problems = []
    if ctx.register_error:
        return [f"pluggy refuses the plugin: {ctx.register_error}"]
    try:
        ctx.manager.check_pending()
    except pluggy.PluginValidationError as exc:
        problems.append(f"{exc} (a misspelt hook name?)")
    implemented = {
        caller.name for caller in ctx.manager.get_hookcallers(ctx.plugin) or () if caller.name
    }
    for attr in sorted(dir(ctx.plugin)):
        hook_like = attr.startswith("corpuskit_") and attr not in implemented
        if hook_like and callable(getattr(ctx.plugin, attr, None)):
            problems.append(f"{attr} is not marked @corpuskit.hookimpl, so it is never called")
    if "corpuskit_sources" not in implemented:
        problems.append("no corpuskit_sources: a source plugin declares the site it parses")
    elif not ctx.sources:
        problems.append("corpuskit_sources declares no SourceInfo")
    if not implemented & {"corpuskit_label", "corpuskit_identify"}:
        problems.append("implements neither corpuskit_label nor corpuskit_identify")
    for info in ctx.sources:
        if not info.name:
            problems.append(f"{info!r} has no name")
        if not info.domains:
            problems.append(f"source {info.name!r} declares no domains")
        for domain in info.domains:
            if not _DOMAIN.match(domain):
                problems.append(
                    f"source {info.name!r}: {domain!r} is not a domain (write 'example.com', "
                    "no scheme, no path)"
                )
        if info.plugin and info.plugin != ctx.name:
            problems.append(
                f"source {info.name!r} names plugin {info.plugin!r}, but the plugin is "
                f"registered as {ctx.name!r}: make SourceInfo.plugin and the entry-point "
                "name the same"
            )
    return problems


def _rule_kinds(rule: LineRule) -> set[str]:
    kinds = {rule.kind, *rule.then}
    if rule.before:
        kinds.add(rule.before)
    if rule.kind == "byline" and rule.expand is not None:
        kinds.add("dateline")
    return kinds


def _check_kinds(ctx: _Context) -> list[str]:
    problems = []
    if ctx.plan_error:
        problems.append(ctx.plan_error)
    known = set(KINDS) | ctx.extra_kinds
    produced: dict[str, list[str]] = {}
    for rule in ctx.layout.rules if ctx.layout else ():
        for kind in sorted(_rule_kinds(rule)):
            produced.setdefault(kind, []).append(rule.describe or rule.kind)
    shown = ctx.examples.kinds()
    for kind in sorted(set(produced) | shown):
        if kind not in known:
            problems.append(
                f"kind {kind!r} is not in corpuskit's vocabulary (a typo?); pass "
                f"extra_kinds={{{kind!r}}} if the plugin coins it on purpose"
            )
    for kind, rules in sorted(produced.items()):
        if kind in shown or kind in ("body", "title", "subtitle"):
            continue  # kept text, or fields the examples cannot show: the round trip covers them
        if kind in ("byline", "dateline"):
            hint = "add SiteExamples(bylines=[...])" + (
                " with a {date}" if kind == "dateline" else ""
            )
        else:
            hint = f"add SiteExamples(debris={{{kind!r}: [...]}})"
        problems.append(f"rule {rules[0]!r} labels {kind!r} but no example shows one: {hint}")
    return problems


def _expected_byline_page(plan: PagePlan, byline: Byline) -> ExpectedPage:
    page = ExpectedPage(plan.site)
    _fixed_head(plan, page)
    add_byline(page, byline, plan.fixed)
    for text in INTRO[:3]:
        page.body(text)
    page.render()
    return page


def _describe_failure(what: str, problems: list[str], text: str) -> str:
    return f"{what}:\n    " + "\n    ".join(problems) + f"\n    page: {text!r}"


def _not_ours(ctx: _Context, document: Document) -> list[str]:
    ours = {ctx.name, ctx.source.plugin, ctx.layout.source.plugin if ctx.layout else ""} - {""}
    return [
        f"{item.kind} {item.text!r} is removed by {item.plugin!r}, not by this plugin: "
        "no rule of its own labels it"
        for item in document.removed
        if item.plugin not in ours
    ]


def _check_examples(ctx: _Context) -> list[str]:
    assert ctx.plan is not None
    problems = []
    for placed in ctx.plan.debris:
        page = example_page(ctx.plan, render(placed.debris, ctx.plan.fixed), placed.where)
        document = ctx.parser.parse(page.text, source=ctx.source.name)
        found = mismatches(document, page) or _not_ours(ctx, document)
        if found:
            what = f"example {placed.debris.describe()} (placed: {placed.where})"
            problems.append(_describe_failure(what, found, page.text))
    for placed_byline in ctx.plan.bylines:
        page = _expected_byline_page(ctx.plan, placed_byline.byline)
        document = ctx.parser.parse(page.text, source=ctx.source.name)
        found = mismatches(document, page) or _not_ours(ctx, document)
        if found:
            what = f"byline {placed_byline.byline.template!r}"
            problems.append(_describe_failure(what, found, page.text))
    return problems


def _check_fixtures(ctx: _Context) -> list[str]:
    problems = []
    for fixture in ctx.fixtures:
        try:
            document = ctx.parser.parse(fixture.text, id=fixture.name)
        except Exception as exc:
            problems.append(f"fixture {fixture.name}: {type(exc).__name__}: {exc}")
            continue
        found = span_mismatches(fixture.text, document)
        if fixture.expected is not None:
            got = to_gold(document)
            for key, want in fixture.expected.items():
                key = "site" if key == "source" else key  # Document.source, written either way
                if key in got and got[key] != want:
                    found.append(f"{key}: expected {want!r}, got {got[key]!r}")
        if found:
            problems.append(f"fixture {fixture.name}:\n    " + "\n    ".join(found))
    return problems


def _assert_no_problems(problems: list[str], text: str) -> None:
    if problems:
        raise AssertionError("\n    ".join(problems) + f"\n    page: {text!r}")


def _round_trip(ctx: _Context) -> Callable[[ExpectedPage], None]:
    def test(page: ExpectedPage) -> None:
        given_source = ctx.parser.parse(page.text, source=ctx.source.name)
        _assert_no_problems(
            [f"(source given) {p}" for p in mismatches(given_source, page)], page.text
        )
        with_url = ctx.parser.parse(page.text, url=ctx.url)
        _assert_no_problems([f"(URL given) {p}" for p in mismatches(with_url, page)], page.text)

    return test


def _identification(ctx: _Context) -> Callable[[ExpectedPage], None]:
    site = ctx.source.name

    def test(page: ExpectedPage) -> None:
        document = ctx.parser.parse(page.text)
        if document.source not in (site, None):
            _assert_no_problems(
                [f"another plugin names this site's page {document.source!r} ({document.meta})"],
                page.text,
            )
        if page.identifiable and document.source != site:
            _assert_no_problems(
                ["the page carries one of the site's signatures but is not identified"],
                page.text,
            )
        if document.source == site:
            _assert_no_problems([f"(no URL) {p}" for p in mismatches(document, page)], page.text)

    return test


def _foreign_problems(ctx: _Context, text: str) -> list[str]:
    problems = []
    try:
        page, blocks = _page(text)
    except InputError:
        return []
    claim = ctx.call("corpuskit_identify", page=page, blocks=blocks)
    if claim is not None and claim.confidence >= MIN_CONFIDENCE:
        problems.append(f"claims another site's page with confidence {claim.confidence}")
    for source in (None, "other-site.example"):
        labels = ctx.call("corpuskit_label", page=page, blocks=blocks, source=source)
        if labels:
            problems.append(f"labels another site's page (source={source!r}): {list(labels)[:3]}")
        answer = ctx.call("corpuskit_metadata", page=page, blocks=blocks, labels=[], source=source)
        if answer is not None:
            problems.append(f"gives metadata for another site's page: {answer}")
    if ctx.implements("corpuskit_finish"):
        document = Document(source="other-site.example", paragraphs=[b.norm for b in blocks])
        finished = ctx.call("corpuskit_finish", document=document, page=page)
        if finished is not None and finished != document:
            problems.append("changes another site's Document in corpuskit_finish")
    parsed = ctx.parser.parse(text)
    if parsed.source == ctx.source.name:
        problems.append(f"a parse with no URL names another site's page {parsed.source!r}")
    return problems


def generic_pages() -> list[str]:
    """Pages of no site ending in lines many sites print (:data:`corpuskit.mine.COMMON_LINES`):
    all of them as a footer, and each alone, after an invented article."""
    import random

    from corpuskit.mine import COMMON_LINES
    from corpuskit.testing.corpora import article

    rng = random.Random(19)
    pages = [article(rng) + "\n" + "\n".join(COMMON_LINES) + "\n"]
    text = article(rng)
    pages += [f"{text}\n{line}\n" for line in COMMON_LINES]
    return pages


def _mangled(draw: st.DrawFn, text: str) -> str:
    """The page with other white space: indentation, CRLF, trailing blanks, no final newline."""
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    out = []
    for line in text.splitlines():
        if line.strip():
            line = draw(st.sampled_from(["", " ", "\t", "\u00a0 "])) + line
            line += draw(st.sampled_from(["", " ", "\t"]))
        out.append(line)
    return ending.join(out) + draw(st.sampled_from(["", ending, ending * 2]))


@st.composite
def _reshaped(draw: st.DrawFn, page: ExpectedPage) -> str:
    return _mangled(draw, page.text)


@st.composite
def _broken(draw: st.DrawFn, page: ExpectedPage) -> str:
    """Lines of the page dropped, repeated, shuffled or cut in two."""
    lines = page.text.splitlines()
    chosen = draw(st.lists(st.sampled_from(lines), max_size=len(lines) + 3)) if lines else []
    if draw(st.booleans()) and chosen:
        at = draw(st.integers(0, len(chosen) - 1))
        cut = draw(st.integers(0, len(chosen[at])))
        chosen[at : at + 1] = [chosen[at][:cut], chosen[at][cut:]]
    return "\n".join(chosen)


def _offsets(ctx: _Context) -> Callable[[str], None]:
    def test(text: str) -> None:
        try:
            document = ctx.parser.parse(text, source=ctx.source.name)
        except InputError:
            return
        _assert_no_problems(span_mismatches(text, document), text)

    return test


def _idempotence(ctx: _Context) -> Callable[[str], None]:
    def test(text: str) -> None:
        first = ctx.parser.parse(text, source=ctx.source.name)
        clean = first.clean_text()
        if not clean.strip():
            return
        again = ctx.parser.parse(clean, source=ctx.source.name)
        problems = []
        if again.clean_text() != clean:
            problems.append(
                f"the clean text changes when parsed again: {clean!r} → {again.clean_text()!r}"
            )
        if again.removed:
            removed = [(r.kind, r.text) for r in again.removed]
            problems.append(f"parsing the clean text again removes {removed}")
        _assert_no_problems(problems, text)

    return test


def _robustness(ctx: _Context) -> Callable[[str], None]:
    def test(text: str) -> None:
        with contextlib.suppress(InputError):
            ctx.parser.parse(text, source=ctx.source.name)
        with contextlib.suppress(InputError):
            ctx.parser.parse(text)
        with contextlib.suppress(InputError):
            ctx.parser.parse(text, url=ctx.url)

    return test


T = TypeVar("T")


def _run_property(
    ctx: _Context, strategy: st.SearchStrategy[T], test: Callable[[T], None]
) -> list[str]:
    @ctx.settings
    @given(strategy)
    def check(value: T) -> None:
        test(value)

    try:
        check()
    except AssertionError as exc:
        return [str(exc)]
    except Exception as exc:
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-6:])
        return [f"{type(exc).__name__}: {exc}\n{trace}"]
    return []


def _texts(strategy: st.SearchStrategy[ExpectedPage]) -> st.SearchStrategy[str]:
    return strategy.map(lambda page: page.text)


def _run(ctx: _Context, check: str) -> list[str]:
    plan = ctx.plan
    site_pages = pages(ctx.layout, ctx.examples) if ctx.layout is not None else None
    if check == "hooks":
        return _check_hooks(ctx)
    if check == "kinds":
        return _check_kinds(ctx)
    if check == "examples":
        assert plan is not None
        return _check_examples(ctx)
    if check == "fixtures":
        return _check_fixtures(ctx)
    if check == "other_sites":  # other sites' pages: needs no Layout of the plugin's
        problems = []
        foreign = [("a foreign page", text) for text in ctx.foreign]
        for what, text in foreign + [("a generic page", text) for text in generic_pages()]:
            found = _foreign_problems(ctx, text)
            if found:
                problems.append(_describe_failure(what, found, text))
                if len(problems) >= _MAX_PROBLEMS:
                    return problems
        others: list[st.SearchStrategy[ExpectedPage]] = [other_site_pages()]
        others += [pages(s.layout, s.examples) for s in ctx.foreign_sites]
        return problems + _run_property(
            ctx,
            _texts(st.one_of(others)),
            lambda text: _assert_no_problems(_foreign_problems(ctx, text), text),
        )
    assert site_pages is not None
    if check == "round_trip":
        return _run_property(ctx, site_pages, _round_trip(ctx))
    if check == "identification":
        return _run_property(ctx, site_pages, _identification(ctx))
    if check == "offsets":
        fixed = [f.text for f in ctx.fixtures]
        problems = []
        for text in fixed:
            try:
                _offsets(ctx)(text)
            except AssertionError as exc:
                problems.append(str(exc))
        return problems + _run_property(ctx, site_pages.flatmap(_reshaped), _offsets(ctx))
    if check == "idempotence":
        problems = []
        for fixture in ctx.fixtures:
            try:
                _idempotence(ctx)(fixture.text)
            except AssertionError as exc:
                problems.append(f"fixture {fixture.name}: {exc}")
        return problems + _run_property(ctx, _texts(site_pages), _idempotence(ctx))
    if check == "robustness":
        arbitrary = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
        inputs = st.one_of(arbitrary, site_pages.flatmap(_broken))
        return _run_property(ctx, inputs, _robustness(ctx))
    raise ValueError(f"unknown check {check!r}")


_NEEDS_LAYOUT = frozenset(
    {"examples", "round_trip", "identification", "offsets", "idempotence", "robustness"}
)


def check_source_plugin(
    plugin: object,
    examples: SiteExamples | None = None,
    *,
    name: str | None = None,
    layout: Layout | None = None,
    fixtures: str | Path | Iterable[Fixture] = (),
    foreign: Iterable[str] = (),
    foreign_sites: Sequence[Site] = (),
    parser: Parser | None = None,
    max_examples: int | None = None,
    hypothesis_settings: settings | None = None,
    skip: Collection[str] = (),
    extra_kinds: Collection[str] = (),
    raise_on_failure: bool = True,
) -> ConformanceReport:
    """Check a source plugin: call it from a (plain, not ``@given``) test of your own.

    ``plugin`` is what the entry point names (usually the :class:`~corpuskit.layout.Layout`);
    ``layout`` is only needed when the plugin is something else built on a Layout.
    ``examples`` shows the site's bylines and debris; ``fixtures`` is a folder of ``.txt``
    pages with their expected ``.json`` (see :func:`load_fixtures`) or a list of
    :class:`Fixture`. ``foreign`` texts and ``foreign_sites`` are other sites' pages the plugin
    must leave alone, besides the made-up ones the check draws itself.

    ``parser`` defaults to :func:`plugin_parser` (the plugin with everything installed).
    Properties run with the loaded hypothesis profile's settings, or ``hypothesis_settings``,
    with ``max_examples`` if given; ``skip`` names checks not to run, ``extra_kinds`` the kinds
    the plugin coins on purpose.
    Returns the report; raises :class:`ConformanceError` listing every failed check unless
    ``raise_on_failure`` is false.
    """
    unknown = set(skip) - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown check(s) to skip: {sorted(unknown)} (checks: {CHECKS})")
    if layout is None and isinstance(plugin, Layout):
        layout = plugin
    refused = None
    if parser is None:
        try:
            parser = plugin_parser(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            refused = str(exc)
            parser = plugin_parser(Layout(SourceInfo("unregistered.invalid", ())), installed=False)
    manager = parser.manager
    registered = manager.get_name(plugin) if manager.is_registered(plugin) else None
    name = name or registered or _source_plugin_name(plugin) or (layout.name if layout else None)
    name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
    if isinstance(fixtures, str | Path):
        fixtures = load_fixtures(fixtures)
    base = hypothesis_settings or settings()
    if max_examples:
        base = settings(base, max_examples=max_examples)
    check_settings = settings(
        base,
        deadline=None,
        database=None,
        report_multiple_bugs=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    ctx = _Context(
        plugin,
        name,
        layout,
        examples or SiteExamples(),
        parser,
        list(fixtures),
        list(foreign),
        foreign_sites,
        check_settings,
        extra_kinds,
    )
    ctx.register_error = ctx.register_error or refused
    if ctx.register_error is None and ctx.implements("corpuskit_sources"):
        try:
            declared = ctx.call("corpuskit_sources") or ()
            ctx.sources = [s for s in declared if isinstance(s, SourceInfo)]
        except Exception as exc:
            ctx.register_error = f"corpuskit_sources raised {type(exc).__name__}: {exc}"
    if layout is not None:
        try:
            ctx.plan = plan_pages(layout, ctx.examples)
        except ValueError as exc:
            ctx.plan_error = str(exc)
    results = []
    for check in CHECKS:
        reason = _skip_reason(ctx, check, skip)
        if reason:
            results.append(CheckResult(check, "skipped", reason))
            continue
        try:
            problems = _run(ctx, check)
        except Exception as exc:
            trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-6:])
            problems = [f"the check itself failed: {type(exc).__name__}: {exc}\n{trace}"]
        if problems:
            shown = problems[:_MAX_PROBLEMS]
            more = len(problems) - len(shown)
            detail = "\n".join(shown) + (f"\n... and {more} more" if more > 0 else "")
            results.append(CheckResult(check, "failed", detail))
        else:
            results.append(CheckResult(check, "passed"))
    report = ConformanceReport(name, ctx.sources[0].name if ctx.sources else "?", tuple(results))
    if raise_on_failure and not report.ok:
        raise ConformanceError(report)
    return report


def _skip_reason(ctx: _Context, check: str, skip: Collection[str]) -> str:
    if check in skip:
        return "skipped by the caller"
    if check == "hooks":
        return ""
    if not ctx.sources:
        return "the plugin declares no source"
    if check == "fixtures" and not ctx.fixtures:
        return "no fixtures given"
    if check in _NEEDS_LAYOUT or check == "kinds":
        if ctx.layout is None:
            return "no Layout to derive pages from (pass layout=)"
        if check in _NEEDS_LAYOUT and ctx.plan is None:
            return "the examples cannot be used (see kinds)"
    return ""
