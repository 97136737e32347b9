"""Boilerplate mining: recurring lines found, variants made one pattern, rules that work.

The acceptance test: 300 articles of an invented site nobody wrote a plugin for, each with its
debris (a footer, a promo, a share line, a byline template with varying names and dates) and
body paragraphs, a few of which repeat a quote; mining them writes a rules file which, given to
the parser, strips all the debris and keeps every body paragraph.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corpuskit.mine import guess_kind, mine, on_domain, template, template_regex
from corpuskit.pipeline import Parser
from corpuskit.plugins import create_manager
from corpuskit.rules import expand, load_rules, register_rules
from corpuskit.testing import assert_spans_hold
from corpuskit.testing.corpora import warc_record, write_jsonl, write_warc

FIRST: tuple[str, ...] = (
    "Ada",
    "Bruno",
    "Chiara",
    "Dmitri",
    "Elif",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jonas",
)
FIRST += ("Kaito", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq")
LAST: tuple[str, ...] = (
    "Albright",
    "Brennan",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Gallagher",
)
LAST += ("Horvath", "Iversen", "Jankowski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura")
MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
SUBJECTS: tuple[str, ...] = (
    "the council",
    "local farmers",
    "the harbour board",
    "residents",
    "volunteers",
)
SUBJECTS += ("the school district", "a regional bank", "the ferry operator", "city engineers")
VERBS: tuple[str, ...] = (
    "approved",
    "questioned",
    "postponed",
    "welcomed",
    "reviewed",
    "rejected",
    "funded",
)
OBJECTS: tuple[str, ...] = (
    "a new budget",
    "the bridge repairs",
    "plans for a cycle lane",
    "the water tariff",
)
OBJECTS += ("the summer festival", "a housing survey", "the flood defences", "a library wing")
WHEN: tuple[str, ...] = (
    "after a long debate",
    "on Tuesday evening",
    "despite several objections",
    "in May",
)
WHEN += ("for the third time this year", "following a public meeting", "amid rising costs")
QUOTE = "“We will keep the lake clean for our children,” the mayor told the crowd."
PROMO = "Get the Lakeside Ledger morning briefing in your inbox — sign up free"
SHARE = "Share this story: Facebook | X | Email"
FOOTER = "About us | Contact | Advertise with the Ledger"


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"{rng.choice(WHEN)}, {rng.choice(SUBJECTS)} said {rng.randint(2, 60)} times."
    )


def ledger_article(rng: random.Random, number: int) -> tuple[str, list[str], list[str]]:
    """An article of the invented Lakeside Ledger: (text, body paragraphs, debris lines)."""
    names = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if rng.random() < 0.3:
        names += f" and {rng.choice(FIRST)} {rng.choice(LAST)}"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.choice([2022, 2023, 2024])}"
    title = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    body = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(4)]
    body += [" ".join(_sentence(rng) for _ in range(2)) for _ in range(rng.randint(0, 4))]
    if number % 50 == 7:  # a quote some articles repeat: rare, so body
        body.insert(1, QUOTE)
    copyright = f"© {rng.choice([2022, 2023, 2024])} Lakeside Ledger. All rights reserved."
    lines = [f"{title} (report {number})", "", f"By {names} | {date}", SHARE, ""]
    for index, paragraph in enumerate(body):
        lines += [paragraph, ""]
        if index == 2:
            lines += [PROMO, ""]
    lines += [copyright, FOOTER, ""]
    return "\n".join(lines), body, [SHARE, PROMO, copyright, FOOTER]


def test_mined_rules_strip_an_unknown_sites_debris_and_keep_every_body_paragraph(
    tmp_path: Path,
) -> None:
    rng = random.Random(20240607)
    folder = tmp_path / "ledger"
    folder.mkdir()
    articles = []
    for number in range(300):
        text, body, debris = ledger_article(rng, number)
        (folder / f"article-{number:03}.txt").write_text(text, encoding="utf-8")
        articles.append((text, body, debris))
    mining = mine([str(folder)], min_share=0.3, name="lakesideledger.example")
    assert mining.documents == 300
    kinds = {c.kind for c in mining.candidates}
    assert {"byline", "share", "promo", "copyright", "footer"} <= kinds, mining.candidates
    assert not any("mayor" in c.pattern for c in mining.candidates)
    assert len(mining.candidates) == 5
    rules = tmp_path / "ledger.toml"
    rules.write_text(mining.rules(), encoding="utf-8")
    load_rules(rules)  # a valid rules file
    manager = create_manager()
    register_rules(manager, [str(rules)])
    parser = Parser(manager)
    for text, body, debris in articles:
        document = parser.parse(text)  # identified by the mined signatures
        assert document.source == "lakesideledger.example"
        assert list(document.paragraphs) == body
        assert [r.text for r in document.removed] == debris
        assert document.authors
        assert document.published is not None
        assert_spans_hold(text, document)


def test_mining_reads_jsonl_and_warc_filtered_by_domain(tmp_path: Path) -> None:
    rng = random.Random(3)
    items = [ledger_article(rng, n) for n in range(12)]
    jsonl = tmp_path / "dump.jsonl"
    write_jsonl(jsonl, ({"id": str(n), "text": t[0]} for n, t in enumerate(items)))
    mined = mine([str(jsonl)], min_share=0.5)
    assert mined.documents == 12
    assert FOOTER in {c.value for c in mined.candidates}
    warc = tmp_path / "crawl.warc.gz"
    blocks = []
    for n, (text, _, _) in enumerate(items):
        host = "www.ledger.example" if n % 2 else "other.example"
        html = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.splitlines() if ln)
        blocks.append(
            warc_record((html + "</body></html>").encode(), url=f"https://{host}/{n}", number=n)
        )
    write_warc(warc, blocks)
    mined = mine([str(warc)], min_share=0.5, domain="ledger.example")
    assert mined.documents == 6
    assert mined.source == "ledger.example"
    assert mined.domains == ("ledger.example",)


def test_on_domain_takes_subdomains_only() -> None:
    assert on_domain("https://www.ledger.example/a", "ledger.example")
    assert on_domain("https://news.ledger.example/a", "www.ledger.example")
    assert not on_domain("https://notledger.example/a", "ledger.example")
    assert not on_domain(None, "ledger.example")


@given(
    names=st.lists(st.sampled_from(FIRST + LAST), min_size=1, max_size=3),
    month=st.sampled_from(MONTHS),
    day=st.integers(1, 28),
    year=st.integers(1990, 2030),
    comments=st.integers(0, 10_000),
)
def test_variants_of_a_line_normalise_to_one_pattern(
    names: list[str], month: str, day: int, year: int, comments: int
) -> None:
    line = f"By {' '.join(names)} | {month} {day}, {year} | {comments} comments"
    pattern = template(line, {n.lower() for n in FIRST + LAST})
    assert pattern == "By {names} | {date} | {n} comments"
    assert re.match(expand(template_regex(pattern)), line)
    named = re.match(expand(template_regex(pattern, names_group=True)), line)
    assert named is not None
    assert named["names"] == " ".join(names)


def test_kinds_are_guessed_from_words_and_place() -> None:
    assert guess_kind("By {names}, Ledger", "first") == "byline"
    assert guess_kind("Published {date}", "first") == "dateline"
    assert guess_kind("Share on Facebook", "anywhere") == "share"
    assert guess_kind("Sign up for our newsletter", "anywhere") == "promo"
    assert guess_kind("© {n} Ledger", "last") == "copyright"
    assert guess_kind("Jobs | Terms", "last") == "footer"
    assert guess_kind("Jobs | Terms", "anywhere") == "boilerplate"
