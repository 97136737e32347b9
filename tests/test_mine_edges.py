"""Mining's less travelled paths: prefix candidates, head lines, bad records, empty input.

The fixture is a small invented site whose articles share a head (headline, standfirst), a
staff byline with no name in it, a "Filed under:" line whose tail varies, and a footer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuskit.mine import mine
from corpuskit.pipeline import Parser
from corpuskit.plugins import create_manager
from corpuskit.rules import parse_rules

WORDS = ("lamps", "ferry", "market", "school", "bridge", "tower")
FOOTER = "Read the Pier Gazette every morning at sunrise"


def article(word: str) -> str:
    return (
        f"The {word} reopens this week\n\n"
        f"A short standfirst about the {word} and the people who use it.\n\n"
        "By Staff Reporter\n\n"
        f"The {word} story, written up in full by the reporter who covered the {word} all year.\n\n"
        f"Filed under: {word}, town news\n\n"
        f"{FOOTER}\n"
    )


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, word in enumerate(WORDS):
            host = "www.gazette.example" if n % 2 else "other.example"
            record = {"id": str(n), "text": article(word), "url": f"https://{host}/{n}"}
            out.write(json.dumps(record) + "\n")
        out.write("{this line is not JSON\n")
    return path


def test_a_line_whose_tail_varies_becomes_a_prefix_rule(dump: Path) -> None:
    mined = mine([str(dump)], min_share=0.5)
    by_pattern = {c.pattern: c for c in mined.candidates}
    filed = by_pattern["Filed under: …"]
    assert (filed.matcher, filed.value, filed.kind) == ("prefixes", "Filed under:", "tags")
    assert filed.share == 1.0
    assert len(filed.examples) == 3
    assert filed.rule()["prefixes"] == ["Filed under:"]


def test_a_byline_without_a_name_is_not_a_byline_rule(dump: Path) -> None:
    staff = {c.pattern: c for c in mine([str(dump)], min_share=0.5).candidates}["By Staff Reporter"]
    assert staff.kind != "byline"  # a byline rule must find names; this line has none
    assert staff.matcher == "lines"


def test_records_that_cannot_be_read_are_counted_as_skipped(dump: Path) -> None:
    mined = mine([str(dump)], min_share=0.5)
    assert (mined.documents, mined.skipped) == (6, 1)
    assert mined.to_dict()["skipped"] == 1


def test_a_domain_keeps_the_records_whose_loaded_url_is_on_it(dump: Path) -> None:
    mined = mine([str(dump)], min_share=0.5, domain="www.Gazette.example")
    assert mined.documents == 3
    assert (mined.source, mined.domains) == ("gazette.example", ("gazette.example",))


def test_a_shared_headline_and_standfirst_go_into_the_head_table(dump: Path) -> None:
    mined = mine([str(dump)], min_share=0.5, name="gazette")
    assert (mined.title, mined.subtitle) == (True, True)
    spec = mined.rules_spec()
    assert spec["head"] == {"title": "first", "subtitle": "second"}
    assert spec["signatures"] == [{"phrase": FOOTER.lower(), "weight": 0.9}]


def test_the_mined_rules_strip_a_new_articles_debris(dump: Path) -> None:
    mined = mine([str(dump)], min_share=0.5, name="gazette.example")
    text = mined.rules()
    assert text.startswith("# Mined by corpuskit from 6 documents (min share 0.5).")
    layout = parse_rules(text, "mined.toml")
    manager = create_manager(load_entry_points=False, plugins=[("gazette", layout)])
    document = Parser(manager).parse(article("harbour"), source="gazette.example")
    assert document.title == "The harbour reopens this week"
    assert document.subtitle == "A short standfirst about the harbour and the people who use it."
    removed = [r.text for r in document.removed]
    assert "Filed under: harbour, town news" in removed
    assert FOOTER in removed
    assert list(document.paragraphs) == [
        "The harbour story, written up in full by the reporter who covered the harbour all year."
    ]


def test_rare_candidates_give_no_signature_and_no_head(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for n, word in enumerate(WORDS[:4]):
        (folder / f"{n}.txt").write_text(
            f"{word} notes\n{word} and more\n\nShort: ok\n", encoding="utf-8"
        )
    mined = mine([str(folder)], min_share=0.5)
    spec = mined.rules_spec()
    assert "signatures" not in spec
    assert "head" not in spec
    assert mined.source == "notes"  # no URLs: the input's name


def test_nothing_to_mine_still_writes_a_valid_rules_file() -> None:
    mined = mine([])
    assert (mined.documents, mined.candidates, mined.source) == (0, (), "mined-source")
    layout = parse_rules(mined.rules(), "empty.toml")
    assert layout.name == "mined-source"
    assert not layout.rules
