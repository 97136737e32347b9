"""The generic plugin on inputs at the edge of its rules: dates that do not exist, share and
tag lines with nothing (or too much) in them. Every article line here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpuskit_plugins.generic as generic
from corpuskit import Document, Parser
from corpuskit.plugins import create_manager
from corpuskit_plugins.generic import dates, share, tags

PARSER = Parser(create_manager(load_entry_points=False, plugins=[("generic", generic)]))
BODY = (
    "Officials in Eastport said on Monday that the harbour plan would go ahead after months "
    "of talks with residents.",
    "The council expects the first homes to be finished within three years, its leader said.",
)


def parse(*lines: str) -> Document:
    return PARSER.parse("\n\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "line",
    ["2021-02-30", "31.02.2020", "02/30/2020 09:30 AM", "Published: February 30, 2021",
     "Posted 2019/02/31"],
)  # fmt: skip
def test_a_date_header_with_a_day_that_does_not_exist_has_no_date(line: str) -> None:
    assert dates.date_header(line, line.lower()) == (True, None)


@pytest.mark.parametrize(
    ("line", "day"),
    [("2019/11/20", dt.date(2019, 11, 20)), ("20/11/2019", dt.date(2019, 11, 20)),
     ("11/20/2019", dt.date(2019, 11, 20)), ("03/04/2019", dt.date(2019, 3, 4))],
)  # fmt: skip
def test_numeric_dates_are_read_year_first_or_by_their_separator(line: str, day: dt.date) -> None:
    assert dates.date_header(line, line.lower()) == (True, day)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_an_iso_date_header_gives_back_its_date(day: dt.date) -> None:
    line = day.isoformat()
    assert dates.date_header(line, line) == (True, day)


def test_a_date_header_that_does_not_exist_leaves_published_empty() -> None:
    document = parse("Published: February 30, 2021", *BODY)
    assert document.published is None
    assert list(document.paragraphs) == list(BODY)


@pytest.mark.parametrize("line", [":: !!", "()", " ".join(["share"] * 20)])
def test_lines_of_punctuation_or_too_many_words_are_not_share_lines(line: str) -> None:
    assert share.share_line(line.lower()) is False


@pytest.mark.parametrize(
    "line", ["Tags:", "Filed under:   ", "Tags: " + " ".join(["harbour"] * (tags.MAX_WORDS + 1))]
)
def test_a_tag_prefix_with_nothing_after_it_or_too_much_stays(line: str) -> None:
    document = parse(BODY[0], line, BODY[1])
    assert not document.removed
    assert len(document.paragraphs) == 3
