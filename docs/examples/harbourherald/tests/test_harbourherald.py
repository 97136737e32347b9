"""The Harbour Herald plugin: its fixtures, its round trip, and corpuskit's conformance check."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpuskit.testing import (
    ExpectedPage,
    Fixture,
    SiteExamples,
    assert_parses_to,
    check_source_plugin,
    group,
    load_fixtures,
    pages,
    plugin_parser,
    to_gold,
)
from hypothesis import given, settings

from corpuskit_harbourherald import LAYOUT

FIXTURES = Path(__file__).parent / "fixtures"

# -- what the Herald's pages carry --------------------------------------------------------

EXAMPLES = SiteExamples(
    bylines=["By {names} · {date}", "By {names}", "By Herald Staff"],
    debris={
        "credit": [
            group(("credit", "Picture: {name}/Harbour Herald"), ("caption", "{sentence}")),
            "Picture: {name}/Harbour Herald",
        ],
        "caption": ["{sentence} ({name}/Reuters)", "{heading} (AP Photo/{name})"],
        "related": ["Also in the Herald: {heading}"],
        "tags": ["Filed under: {Words}"],
        "promo": [
            "Get the Herald's morning tide report",
            ("Get the Herald’s morning tide report", "Your email address", "Sign me up"),
        ],
        "footer": [
            ("Keep the Herald afloat", "Support the Herald"),
            ("© The Harbour Herald {number}", "Terms of use"),
        ],
    },
)

# -- the conformance check ----------------------------------------------------------------


def test_the_plugin_passes_the_conformance_check() -> None:
    check_source_plugin(LAYOUT, EXAMPLES, fixtures=FIXTURES)


# -- the round trip, stated directly ------------------------------------------------------

parser = plugin_parser(LAYOUT)


@settings(deadline=None)
@given(pages(LAYOUT, EXAMPLES))
def test_pages_laid_out_the_herald_way_parse_back_to_themselves(page: ExpectedPage) -> None:
    assert_parses_to(parser.parse(page.text, source=LAYOUT.name), page)


# -- the fixtures -------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", load_fixtures(FIXTURES), ids=lambda f: f.name)
def test_each_fixture_parses_as_expected_with_no_url(fixture: Fixture) -> None:
    document = parser.parse(fixture.text, id=fixture.name)
    assert to_gold(document) == fixture.expected
