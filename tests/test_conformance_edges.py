"""The conformance check on plugins broken in the ways test_testing.py does not try.

Each test runs only the checks it is about (the others skipped), so the file stays fast; each
asserts the words a plugin author would read in the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import Phase, settings

from corpuskit import Block, Document, Identification, Label, Page, Removed, hookimpl
from corpuskit.layout import Layout, prefix
from corpuskit.sources import SourceInfo
from corpuskit.testing import (
    CHECKS,
    ConformanceReport,
    Fixture,
    SiteExamples,
    check_source_plugin,
    plugin_parser,
)

PIER = SourceInfo("pier.example", ("pier.example",), plugin="pier")
QUICK = settings(phases=[Phase.explicit, Phase.generate], max_examples=5, deadline=None)
PAGE = "Lamps lit on the pier\n\nThe east pier lamps were lit again on Friday evening.\n"


def _only(*checks: str) -> list[str]:
    return [c for c in CHECKS if c not in checks]


def _report(plugin: object, *checks: str, **kwargs: Any) -> ConformanceReport:
    kwargs.setdefault("examples", SiteExamples())
    return check_source_plugin(
        plugin,
        skip=_only(*checks),
        raise_on_failure=False,
        hypothesis_settings=QUICK,
        **kwargs,
    )


def _detail(report: ConformanceReport, check: str) -> str:
    [result] = [r for r in report.results if r.name == check]
    assert result.status == "failed", result
    return result.detail


class Quiet:
    """Declares its sources and labels nothing."""

    sources: Sequence[SourceInfo] = (PIER,)

    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        return list(self.sources)

    @hookimpl
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label] | None:
        return None


class Nameless(Quiet):
    sources = (SourceInfo("", (), plugin="nameless"),)


class Declaring(Quiet):
    sources = ()


class Broken:
    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        raise RuntimeError("config file missing")

    @hookimpl
    def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        return None


class Sourceless:
    @hookimpl
    def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        return None


def test_a_source_without_name_or_domains_is_caught() -> None:
    detail = _detail(_report(Nameless(), "hooks", name="nameless"), "hooks")
    assert "has no name" in detail
    assert "source '' declares no domains" in detail


def test_sources_hook_that_declares_nothing_is_caught_and_the_rest_skipped() -> None:
    report = _report(Declaring(), "hooks", "kinds", name="declaring")
    assert "corpuskit_sources declares no SourceInfo" in _detail(report, "hooks")
    assert report.status("kinds") == "skipped"
    assert [r.detail for r in report.results if r.name == "kinds"] == [
        "the plugin declares no source"
    ]
    assert report.source == "?"


def test_a_sources_hook_that_raises_is_reported_not_raised() -> None:
    # With the default parser, building it calls the hook first and the error propagates
    # (plugin_parser); with a parser given the check reports it.
    parser = plugin_parser(Layout(PIER), installed=False)
    detail = _detail(_report(Broken(), "hooks", name="broken", parser=parser), "hooks")
    assert "corpuskit_sources raised RuntimeError: config file missing" in detail


def test_a_plugin_without_a_sources_hook_is_told_to_declare_one() -> None:
    detail = _detail(_report(Sourceless(), "hooks", name="sourceless"), "hooks")
    assert "no corpuskit_sources: a source plugin declares the site it parses" in detail


def test_checks_that_need_a_layout_say_so() -> None:
    report = _report(Quiet(), "hooks", "round_trip", name="pier")
    assert report.status("hooks") == "passed"
    assert report.status("round_trip") == "skipped"
    [result] = [r for r in report.results if r.name == "round_trip"]
    assert result.detail == "no Layout to derive pages from (pass layout=)"


def test_examples_that_cannot_be_placed_skip_the_page_checks() -> None:
    layout = Layout(PIER, rules=[prefix("promo", "Subscribe:")])
    examples = SiteExamples(debris={"promo": ["Subscribe: {newsletter}"]})
    report = _report(layout, "kinds", "round_trip", examples=examples)
    assert "unknown template field(s) newsletter" in _detail(report, "kinds")
    [result] = [r for r in report.results if r.name == "round_trip"]
    assert (result.status, result.detail) == ("skipped", "the examples cannot be used (see kinds)")


class Exploding(Quiet):
    @hookimpl
    def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
        raise RuntimeError("label blew up")


def test_a_fixture_the_plugin_cannot_parse_names_the_fixture_and_the_error() -> None:
    report = _report(Exploding(), "fixtures", name="pier", fixtures=[Fixture("lamps", PAGE, None)])
    detail = _detail(report, "fixtures")
    assert detail.startswith("fixture lamps: PluginError: ")
    assert "label blew up" in detail


class Claiming(Quiet):
    """Claims every page and labels every first line, on any site."""

    @hookimpl
    def corpuskit_identify(self, page: Page, blocks: Sequence[Block]) -> Identification:
        return Identification(PIER.name, 0.99, "pier")

    @hookimpl
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label]:
        return [Label("promo", blocks[0].start, blocks[0].end, "pier")] if blocks else []


def test_given_foreign_pages_are_checked_and_the_problems_capped() -> None:
    foreign = [f"Another site, page {n}\n\nIts own words, number {n}.\n" for n in range(12)]
    report = _report(Claiming(), "other_sites", name="pier", foreign=foreign)
    # other_sites needs no Layout: it parses other sites' pages, not the plugin's
    detail = _detail(report, "other_sites")
    assert "claims another site's page with confidence 0.99" in detail
    assert "labels another site's page (source=None)" in detail
    assert "... and" not in detail  # the fixed pages stop at the cap: no property run after
    assert detail.count("a foreign page") == 8


def test_an_empty_foreign_page_is_left_out() -> None:
    report = _report(Quiet(), "other_sites", name="pier", foreign=["", "   \n"])
    assert report.status("other_sites") == "passed"


class Unstable(Quiet):
    """Identifies by raising: the check itself fails, and says where."""

    @hookimpl
    def corpuskit_identify(self, page: Page, blocks: Sequence[Block]) -> Identification:
        raise KeyError("no cache")


def test_a_check_that_crashes_is_a_failure_with_its_traceback() -> None:
    report = _report(Unstable(), "other_sites", name="pier", foreign=[PAGE])
    detail = _detail(report, "other_sites")
    assert detail.startswith("the check itself failed: KeyError: 'no cache'")
    assert "Traceback" in detail or "corpuskit_identify" in detail


class Shuffler(Quiet):
    """Finishes its documents with a paragraph and a removed item the page does not hold."""

    @hookimpl
    def corpuskit_finish(self, document: Document, page: Page) -> Document | None:
        if document.source != PIER.name:
            return None
        end = len(page.text)
        return Document(
            id=document.id,
            source=document.source,
            title=document.title,
            paragraphs=[*document.paragraphs, "Added by finish."],
            removed=[
                Removed("promo", "not on the page", 0, 5, "pier"),
                Removed("promo", "Lamps", 0, 5, "pier"),
                Removed("promo", "past the end", end, end + 9, "pier"),
            ],
        )


def test_fixtures_failing_offsets_and_idempotence_are_named() -> None:
    report = _report(
        Shuffler(),
        "offsets",
        "idempotence",
        name="pier",
        layout=Layout(PIER),
        fixtures=[Fixture("lamps", PAGE, None)],
    )
    offsets = _detail(report, "offsets")
    assert "removed promo [0:5] is 'Lamps' in the page, but its text is 'not on the page'" in (
        offsets
    )
    assert "removed promo [0:5] overlaps the one before" in offsets
    assert f"removed promo [{len(PAGE)}:{len(PAGE) + 9}] is outside the page" in offsets
    assert "fixture lamps: " in _detail(report, "idempotence")


def test_a_parser_given_is_the_one_used() -> None:
    plain = Layout(PIER)
    stricter = Layout(PIER, rules=[prefix("promo", "Subscribe:")], signatures=[("subscribe:", 1)])
    parser = plugin_parser(stricter, installed=False)
    text = "Subscribe: now\n\nBody words.\n"
    fixture = Fixture("sub", text, {"site": "pier.example", "paragraphs": ["Body words."]})
    assert _report(plain, "fixtures", parser=parser, fixtures=[fixture]).status("fixtures") == (
        "passed"
    )
    detail = _detail(_report(plain, "fixtures", fixtures=[fixture]), "fixtures")
    assert "site: expected 'pier.example', got None" in detail


def test_an_unknown_check_to_skip_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown check\(s\) to skip: \['speed'\]"):
        check_source_plugin(Layout(PIER), skip=["speed"])


def test_a_fixture_may_name_the_source_as_the_document_does() -> None:
    plain = Layout(PIER)
    fixture = Fixture("lamps", PAGE, {"source": "pier.example"})
    detail = _detail(_report(plain, "fixtures", fixtures=[fixture]), "fixtures")
    assert "site: expected 'pier.example', got None" in detail
