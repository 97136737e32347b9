"""corpuskit.testing, the plugin authors' kit: strategies, generated pages, the conformance check.

The check is shown to pass a good plugin and to catch each kind of mistake it promises to catch;
the pages are shown to parse back to themselves for every made-up site, which tests the layout
machinery and the kit together.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from corpuskit import Block, Document, Label, Page, hookimpl
from corpuskit.kinds import DEBRIS_KINDS, HTML_ONLY_KINDS
from corpuskit.layout import (
    NAMES,
    Layout,
    byline,
    caption,
    line,
    looks_like_heading,
    prefix,
    split_names,
)
from corpuskit.sources import SourceInfo
from corpuskit.testing import (
    CHECKS,
    FULL_STOP_SCRIPTS,
    NEUTRAL_DEBRIS,
    SCRIPT_WORDS,
    SCRIPTS,
    Byline,
    ConformanceError,
    Debris,
    ExpectedPage,
    Fixture,
    Rendered,
    SiteExamples,
    assert_parses_to,
    bylines,
    check_source_plugin,
    debris,
    debris_items,
    fill,
    group,
    headlines,
    neutral_pages,
    pages,
    paragraphs,
    plan_pages,
    plugin_parser,
    prose,
    render,
    site_pages,
    sites,
    template_fields,
    to_gold,
)
from corpuskit.testing.sites import Site

# -- strategies -----------------------------------------------------------------------------


def test_the_neutral_catalogue_has_debris_of_every_kind() -> None:
    assert set(NEUTRAL_DEBRIS) == set(DEBRIS_KINDS) - HTML_ONLY_KINDS
    for kind, examples in NEUTRAL_DEBRIS.items():
        assert all(kind in item.kinds for item in examples), kind


@given(debris_items())
def test_debris_items_render_every_template_field(piece: Rendered) -> None:
    printed = [*piece.lines, *(text for _, text in piece.items)]
    assert not any("{" in text or "}" in text for text in printed)
    assert {kind for kind, _ in piece.items} <= set(DEBRIS_KINDS) | {"body"}


@given(
    st.sampled_from(SCRIPTS).flatmap(
        lambda script: st.tuples(st.just(script), paragraphs([script]))
    )
)
def test_paragraphs_are_written_in_their_script(drawn: tuple[str, str]) -> None:
    script, text = drawn
    assert any(word in text for word in SCRIPT_WORDS[script])
    assert text == " ".join(text.split())
    if script in FULL_STOP_SCRIPTS:
        assert text.endswith(".")


@given(headlines(), prose())
def test_headlines_read_like_headings_and_sentences_do_not(headline: str, sentence: str) -> None:
    assert looks_like_heading(headline)
    assert not looks_like_heading(sentence)


@given(bylines())
def test_bylines_name_their_authors_the_way_layouts_read_them(
    drawn: tuple[str, tuple[str, ...]],
) -> None:
    text, authors = drawn
    found = re.match(rf"^By (?P<names>{NAMES})$", text)
    assert found is not None
    assert split_names(found["names"]) == authors


def test_templates_fill_their_fields() -> None:
    values = {"names": ["Ann Lee", "Bo Chan", "Cy Dunn"], "date": dt.date(2024, 3, 5)}
    assert template_fields("By {names} · {date} {names}") == ["names", "date"]
    assert fill("By {names} · {date}", values) == "By Ann Lee, Bo Chan and Cy Dunn · March 5, 2024"
    assert fill("{date:%d %B %Y} {{literal}}", values) == "05 March 2024 {literal}"
    with pytest.raises(ValueError, match="fields are named"):
        template_fields("A {} B")


def test_debris_declarations_check_themselves() -> None:
    pair = group(("credit", "Picture: {name}"), ("caption", "{sentence}"))
    assert pair.removed_kinds == {"credit", "caption"}
    assert pair.fields() == ["name", "sentence"]
    box = debris("promo", "Sign up", "Your email")
    assert box.merged
    assert render(box, {}).items == (("promo", "Sign up\nYour email"),)
    twice = render(group(("caption", "A caption (AFP)"), repeat=2), {})
    assert twice.items == (("caption", "A caption (AFP)"),) * 2
    with pytest.raises(ValueError, match="kind"):
        Debris(("caption",), ("a", "b"))
    with pytest.raises(ValueError, match="body"):
        debris("body", "kept")
    with pytest.raises(ValueError, match="repeat"):
        Debris(("promo",), ("a",), merged=True, repeat=2)
    with pytest.raises(ValueError, match="lower-case"):
        debris("Caption", "x")


def test_site_examples_take_lines_boxes_and_debris() -> None:
    examples = SiteExamples(
        bylines=["By {names} | {date}", Byline("By Staff", identifies=False)],
        debris={
            "caption": ["{sentence} (AFP)"],
            "promo": [("Sign up", "Your email")],
            "credit": [group(("credit", "Picture: {name}"), ("caption", "{sentence}"))],
        },
    )
    assert examples.kinds() == {"byline", "dateline", "caption", "promo", "credit"}
    assert [d.kinds for d in examples.all_debris()] == [
        ("caption",),
        ("credit", "caption"),
        ("promo",),
    ]
    with pytest.raises(ValueError, match="must name its authors"):
        Byline("By Staff | {date}")
    with pytest.raises(TypeError, match="single string"):
        SiteExamples(bylines="By {names}")


# -- pages ----------------------------------------------------------------------------------

HERALD = SourceInfo("herald.example", ("herald.example",), plugin="herald")
HERALD_LAYOUT = Layout(
    HERALD,
    title="first",
    subtitle="second",
    rules=[
        line("footer", "Keep the Herald afloat", where="tail", to_end=True),
        prefix("credit", "Picture:", then=("caption",)),
        caption("brackets"),
        byline(
            rf"^By (?P<names>{NAMES})(?: · (?P<date>.+))?$", where="head", staff=["Herald Staff"]
        ),
        prefix("navigation", "Herald home |", where="head"),
    ],
    signatures=[("keep the herald afloat", 0.95)],
)
HERALD_EXAMPLES = SiteExamples(
    bylines=["By {names} · {date}", "By {names}", "By Herald Staff"],
    debris={
        "footer": [("Keep the Herald afloat", "Support us")],
        "credit": [
            group(("credit", "Picture: {name}"), ("caption", "{sentence}")),
            "Picture: {name}",
        ],
        "caption": ["{sentence} ({name}/Reuters)"],
        "navigation": ["Herald home | News | Sport"],
    },
)


def test_examples_are_placed_where_their_rule_looks() -> None:
    plan = plan_pages(HERALD_LAYOUT, HERALD_EXAMPLES)
    where = {p.debris.kinds[0]: p.where for p in plan.debris}
    assert where == {"footer": "end", "credit": "body", "caption": "body", "navigation": "head"}
    identifies = {p.debris.kinds[0]: p.identifies for p in plan.debris}
    assert identifies == {"footer": True, "credit": False, "caption": False, "navigation": False}
    assert [b.identifies for b in plan.bylines] == [False, False, False]


def test_unknown_template_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown template field"):
        plan_pages(HERALD_LAYOUT, SiteExamples(debris={"caption": ["{sentense} (AFP)"]}))


@given(pages(HERALD_LAYOUT, HERALD_EXAMPLES))
def test_pages_of_a_layout_parse_back_to_themselves(page: ExpectedPage) -> None:
    parser = plugin_parser(HERALD_LAYOUT, installed=False)
    assert_parses_to(parser.parse(page.text, source=HERALD.name), page)


@given(pages(Layout(HERALD, title="first", subtitle="second")))
def test_a_bare_headline_never_tops_a_page_under_a_standfirst_reading_layout(
    page: ExpectedPage,
) -> None:
    # With no byline to put under it, a headline always gets its standfirst: otherwise the
    # first body paragraph would (rightly) be read as one.
    assert page.title is None or page.subtitle is not None


@given(site_pages())
def test_every_page_of_every_made_up_site_parses_back_to_itself(
    pair: tuple[Site, ExpectedPage],
) -> None:
    site, page = pair
    alone = plugin_parser(site.layout, installed=False)
    assert_parses_to(alone.parse(page.text, source=site.name), page)


@given(site_pages())
def test_installed_plugins_leave_a_made_up_sites_pages_alone(
    pair: tuple[Site, ExpectedPage],
) -> None:
    site, page = pair
    assert_parses_to(plugin_parser(site.layout).parse(page.text, source=site.name), page)


@given(neutral_pages())
def test_neutral_pages_print_what_they_expect(page: ExpectedPage) -> None:
    lines = {" ".join(line.split()) for line in page.text.splitlines()}
    assert set(page.paragraphs) <= lines
    for _, text in page.removed:
        assert set(text.split("\n")) <= lines


def test_sites_draw_layouts_with_their_examples() -> None:
    @given(sites())
    def check(site: Site) -> None:
        assert site.name.endswith(".example")
        plan = plan_pages(site.layout, site.examples)  # every example is usable
        assert len(plan.debris) == len(site.examples.all_debris())

    check()


# -- the conformance check ------------------------------------------------------------------

FAST = 15
QUICK = settings(phases=[Phase.explicit, Phase.generate])
"""For plugins meant to fail: no time spent shrinking what is known to be broken."""


def test_a_good_plugin_passes_every_check(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "Harbor reopens after storm\n\nFerries sail again from Monday.\n\nBy Ann Lee\n\n"
        "The harbor reopened on Tuesday.\n\nPicture: Bo Chan\nBoats at the quay.\n\n"
        "Keep the Herald afloat\nSupport us\n",
        encoding="utf-8",
    )
    expected = {
        "site": "herald.example",
        "title": "Harbor reopens after storm",
        "subtitle": "Ferries sail again from Monday.",
        "authors": ["Ann Lee"],
        "paragraphs": ["The harbor reopened on Tuesday."],
        "removed": [
            {"kind": "credit", "text": "Picture: Bo Chan"},
            {"kind": "caption", "text": "Boats at the quay."},
            {"kind": "footer", "text": "Keep the Herald afloat\nSupport us"},
        ],
    }
    (tmp_path / "one.json").write_text(__import__("json").dumps(expected), encoding="utf-8")
    report = check_source_plugin(
        HERALD_LAYOUT, HERALD_EXAMPLES, fixtures=tmp_path, max_examples=FAST
    )
    assert report.ok
    assert [r.name for r in report.results] == list(CHECKS)
    assert all(r.status == "passed" for r in report.results)
    assert "passed  round_trip" in str(report)


def test_a_fixture_that_parses_otherwise_fails_the_fixtures_check() -> None:
    text = "Harbor reopens after storm\n\nBy Ann Lee\n\nThe harbor reopened.\n"
    wrong = Fixture("wrong", text, {"authors": ["Bo Chan"], "title": "Harbor reopens after storm"})
    report = check_source_plugin(
        HERALD_LAYOUT, HERALD_EXAMPLES, fixtures=[wrong], raise_on_failure=False, max_examples=FAST
    )
    assert [r.name for r in report.failures] == ["fixtures"]
    assert "authors: expected ['Bo Chan'], got ['Ann Lee']" in report.failures[0].detail


def _failures(
    plugin: object, examples: SiteExamples | None = None, **kwargs: object
) -> dict[str, str]:
    report = check_source_plugin(
        plugin,
        examples or HERALD_EXAMPLES,
        raise_on_failure=False,
        hypothesis_settings=QUICK,
        max_examples=FAST,
        **kwargs,  # type: ignore[arg-type]
    )
    return {r.name: r.detail for r in report.failures}


class Misspelt:
    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return [HERALD]

    @hookimpl
    def corpuskit_lable(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        return None


class Unmarked:
    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return [HERALD]

    def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        return None


class WrongArguments:
    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return [HERALD]

    @hookimpl
    def corpuskit_label(self, page: Page, blocks: Sequence[Block], site: str | None) -> None:
        return None


def test_hook_mistakes_are_caught() -> None:
    assert "corpuskit_lable" in _failures(Misspelt(), layout=HERALD_LAYOUT)["hooks"]
    assert "not marked @corpuskit.hookimpl" in _failures(Unmarked(), layout=HERALD_LAYOUT)["hooks"]
    assert "refuses the plugin" in _failures(WrongArguments(), layout=HERALD_LAYOUT)["hooks"]


def test_a_plugin_registered_under_another_name_is_caught() -> None:
    assert (
        "make SourceInfo.plugin and the entry-point name the same"
        in _failures(HERALD_LAYOUT, name="the-herald")["hooks"]
    )


def test_a_malformed_domain_is_caught() -> None:
    bad = Layout(SourceInfo("herald", ("https://herald.example/",), plugin="herald"))
    assert "is not a domain" in _failures(bad, SiteExamples())["hooks"]


def test_a_rule_with_no_example_and_a_misspelt_kind_are_caught() -> None:
    layout = Layout(HERALD, rules=[prefix("captions", "Photo:"), prefix("tags", "Topics:")])
    examples = SiteExamples(debris={"captions": ["Photo: {name}"]})
    kinds = _failures(layout, examples)["kinds"]
    assert "'captions' is not in corpuskit's vocabulary" in kinds
    assert "labels 'tags' but no example shows one" in kinds
    assert "kinds" not in _failures(
        layout,
        SiteExamples(debris={"captions": ["Photo: {name}"], "tags": ["Topics: {words}"]}),
        extra_kinds={"captions"},
    )


def test_an_example_the_layout_leaves_in_the_body_is_caught() -> None:
    examples = SiteExamples(debris={"related": ["Also read: {heading}"]})
    failures = _failures(HERALD_LAYOUT, examples, skip=["kinds"])
    assert "example related 'Also read: {heading}'" in failures["examples"]
    assert "round_trip" in failures


class Greedy:
    """Labels the first line of every page, whoever's it is."""

    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return [HERALD]

    @hookimpl
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label]:
        return [Label("boilerplate", blocks[0].start, blocks[0].end, "herald", 100)]


def test_a_plugin_firing_on_other_sites_pages_is_caught() -> None:
    failures = _failures(Greedy(), SiteExamples(), layout=Layout(HERALD))
    assert "labels another site's page" in failures["other_sites"]


def test_a_signature_too_common_to_be_the_sites_is_caught() -> None:
    eager = Layout(HERALD, rules=HERALD_LAYOUT.rules, signatures=[("the", 0.9)])
    assert "claims another site's page" in _failures(eager)["other_sites"]


class Fragile:
    """Breaks on a page that does not end in a newline (well-formed pages always do)."""

    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return [HERALD]

    @hookimpl
    def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        if source == HERALD.name and not page.text.endswith("\n"):
            raise RuntimeError("no final newline")


def test_a_plugin_that_breaks_on_odd_input_is_caught() -> None:
    failures = _failures(Fragile(), SiteExamples(), layout=Layout(HERALD))
    assert "PluginError" in failures["robustness"]
    assert "round_trip" not in failures


class Meddler:
    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return [HERALD]

    @hookimpl
    def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        return None

    @hookimpl
    def corpuskit_finish(self, document: Document, page: Page) -> Document:
        return Document(source=document.source, paragraphs=document.paragraphs[:1])


def test_a_plugin_changing_other_sites_documents_is_caught() -> None:
    failures = _failures(Meddler(), SiteExamples(), layout=Layout(HERALD))
    assert "changes another site's Document" in failures["other_sites"]


def test_a_failing_check_raises_one_error_with_the_whole_report() -> None:
    eager = Layout(HERALD, rules=HERALD_LAYOUT.rules, signatures=[("the", 0.9)])
    with pytest.raises(ConformanceError) as raised:
        check_source_plugin(eager, HERALD_EXAMPLES, hypothesis_settings=QUICK, max_examples=FAST)
    assert isinstance(raised.value, AssertionError)
    assert raised.value.report.status("other_sites") == "failed"
    assert "-- other_sites" in str(raised.value)


def test_checks_can_be_skipped_by_name() -> None:
    report = check_source_plugin(
        HERALD_LAYOUT, HERALD_EXAMPLES, skip=["robustness", "offsets"], max_examples=FAST
    )
    assert report.status("robustness") == report.status("offsets") == "skipped"
    assert report.status("fixtures") == "skipped"  # none given
    with pytest.raises(ValueError, match="unknown check"):
        check_source_plugin(HERALD_LAYOUT, skip=["speed"])


def test_the_plugin_parser_puts_the_plugin_in_place_of_an_installed_namesake() -> None:
    twin = Layout(SourceInfo("timesofisrael.com", ("timesofisrael.com",), plugin="timesofisrael"))
    parser = plugin_parser(twin)
    assert parser.manager.get_plugin("timesofisrael") is twin
    assert parser.manager.get_plugin("generic") is not None
    alone = plugin_parser(twin, installed=False)
    assert alone.manager.get_plugin("generic") is None


def test_to_gold_has_the_fixture_shape() -> None:
    document = Document(
        source="a.example", title="T", authors=["A B"], published=dt.date(2024, 3, 5)
    )
    assert to_gold(document) == {
        "site": "a.example",
        "title": "T",
        "subtitle": None,
        "authors": ["A B"],
        "published": "2024-03-05",
        "paragraphs": [],
        "removed": [],
    }
