"""Mined signatures are the source's own: never a line many sites print.

A made-up source (the one issue 19's author invented) prints generic lines in its footer; the
rules mined from ten of its pages must still identify its own pages and nothing else: not the
real pages of /work/shared/aeb-dev turned into text, nor those pages with generic lines added.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit.html import read_html, segment_html
from corpuskit.layout import Layout
from corpuskit.mine import COMMON_LINES, Background, builtin_background, mine
from corpuskit.model import Block, Hint, Page
from corpuskit.resolve import MIN_CONFIDENCE
from corpuskit.rules import parse_rules
from corpuskit.testing import check_source_plugin
from corpuskit.text import segment_lines

AEB_DEV = Path(__file__).resolve().parents[2] / "shared" / "aeb-dev" / "html"
"""The real pages, beside the repository as ``../shared`` (CI lays it there too)."""
SITE = "Riverside Chronicle"
NAME = "riversidechronicle.example"
GENERIC = ["Follow us on social media", "Subscribe to our newsletter", "All rights reserved."]
PEOPLE = ["Hannah Ostrowski", "Milo Varga", "Petra Lindahl", "Osei Mensah", "Ruth Abergel"]
_PROSE = (
    "the council river bridge residents said on tuesday that a new plan for the old mill "
    "would bring homes and a park to the east bank after years of delay and debate"
)
WORDS = _PROSE.split()


def _sentence(rng: random.Random, low: int = 8, high: int = 20) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _headline(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 8))).capitalize()


def riverside_page(rng: random.Random) -> str:
    """A page of the made-up Riverside Chronicle, footer of generic lines and all."""
    body = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(5)]
    body.insert(2, f"{_sentence(rng, 6, 10)} (Photo: {rng.choice(PEOPLE)}/{SITE})")
    body.insert(4, f"MORE FROM THE SITE: {_headline(rng)}")
    footer = [
        "Follow us on social media",
        "Subscribe to our newsletter for daily updates",
        f"© 2024 {SITE}. All rights reserved.",
    ]
    head = [_headline(rng), _sentence(rng, 12, 18), f"By {rng.choice(PEOPLE)} | {SITE}"]
    return "\n\n".join(head + body) + "\n\n" + "\n".join(footer) + "\n"


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    folder = tmp_path_factory.mktemp("riverside")
    rng = random.Random(19)
    for number in range(10):
        (folder / f"{number}.txt").write_text(riverside_page(rng), encoding="utf-8")
    mining = mine([str(folder)], name=NAME)
    return parse_rules(mining.rules(), "riverside.toml")


def _claimed(layout: Layout, text: str) -> bool:
    claim = layout.corpuskit_identify(page=Page(text), blocks=segment_lines(text))
    return claim is not None and claim.confidence >= MIN_CONFIDENCE


def test_mined_signatures_are_the_sources_own_lines_only(mined: Layout) -> None:
    phrases = [s.text for s in mined.signatures]
    assert phrases == [f"© 2024 {SITE}. All rights reserved.".lower()]


def test_mined_rules_still_identify_the_sources_pages(mined: Layout) -> None:
    rng = random.Random(19)
    seen = [riverside_page(rng) for _ in range(10)]
    fresh = [riverside_page(random.Random(seed)) for seed in range(100, 110)]
    assert all(_claimed(mined, text) for text in seen + fresh)


def _texts() -> list[str]:
    """Each page as text twice: blocks between blank lines, and one block a line (the two ways
    crawlers store text). html-text, a second converter, is a benchmark extra, not a test one."""
    texts = []
    for path in sorted(AEB_DEV.glob("*.html.gz")):
        raw = gzip.decompress(path.read_bytes())
        page = read_html(raw, Hint(kind="html"))
        assert page is not None
        blocks: list[Block] = segment_html(page) or []
        texts.append("\n\n".join(b.text for b in blocks))
        texts.append("\n".join(b.text for b in blocks))
    return texts


@pytest.mark.skipif(not AEB_DEV.is_dir(), reason="needs /work/shared/aeb-dev")
def test_mined_rules_claim_no_real_page_even_with_generic_lines_appended(mined: Layout) -> None:
    texts = _texts()
    assert len(texts) == 2 * 91
    appended = [text + "\n\n" + "\n".join(GENERIC) + "\n" for text in texts]
    one_each = [text + "\n\n" + line + "\n" for text in texts for line in GENERIC]
    claimed = [t[:80] for t in texts + appended + one_each if _claimed(mined, t)]
    assert claimed == []


@given(st.lists(st.sampled_from(COMMON_LINES), min_size=1, max_size=4))
def test_no_line_many_sites_print_is_specific_to_a_source(lines: list[str]) -> None:
    background = Background(builtin_background())
    for line in lines:
        assert not background.specific(line)
        assert not background.specific(line.upper())
    assert not background.specific(" ".join(lines))


def test_a_line_naming_something_no_background_page_uses_is_specific() -> None:
    background = Background(builtin_background())
    assert background.specific(f"© 2024 {SITE}. All rights reserved.")
    assert background.specific("Read the Pier Gazette every morning at sunrise")
    assert not background.specific("Riverside news every morning")  # only the first word
    assert not background.specific("subscribe to our newsletter for daily updates")
    assert background.specific("הירשמו לניוזלטר של הכרוניקה")  # no capitals in Hebrew


def test_lines_other_sources_of_the_run_print_are_not_signatures(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "o.txt").write_text(
        f"Elsewhere\n\nCopy of {SITE} news\n\n© 2024 {SITE}. All rights reserved.\n"
    )
    folder = tmp_path / "riverside"
    folder.mkdir()
    rng = random.Random(5)
    for number in range(6):
        (folder / f"{number}.txt").write_text(riverside_page(rng), encoding="utf-8")
    assert mine([str(folder)], name=NAME).rules_spec().get("signatures")
    spec = mine([str(folder)], name=NAME, background=[str(other)]).rules_spec()
    assert "signatures" not in spec


def test_the_kits_other_sites_check_fails_rules_claiming_generic_pages() -> None:
    layout = parse_rules(
        f'[source]\nname = "{NAME}"\n[[signatures]]\nphrase = "follow us on social media"\n'
        "weight = 0.9\n[[rules]]\nkind = 'footer'\nlines = ['Follow us on social media']\n"
    )
    report = check_source_plugin(layout, raise_on_failure=False, max_examples=5)
    assert report.status("other_sites") == "failed"
    detail = next(r.detail for r in report.results if r.name == "other_sites")
    assert "claims another site's page" in detail


def test_the_cli_takes_background_inputs(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from corpuskit.cli import main

    other = tmp_path / "other"
    other.mkdir()
    (other / "o.txt").write_text(f"Elsewhere\n\n© 2024 {SITE}. All rights reserved.\n")
    folder = tmp_path / "riverside"
    folder.mkdir()
    rng = random.Random(5)
    for number in range(6):
        (folder / f"{number}.txt").write_text(riverside_page(rng), encoding="utf-8")
    rules = tmp_path / "r.toml"
    args = ["mine", str(folder), "--name", NAME, "--write-rules", str(rules)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert "[[signatures]]" in rules.read_text(encoding="utf-8")
    assert CliRunner().invoke(main, [*args, "--background", str(other)]).exit_code == 0
    assert "[[signatures]]" not in rules.read_text(encoding="utf-8")
