"""Rules files: source plugins declared in TOML behave and test like Python ones.

Each built-in source plugin has a TOML twin in ``fixtures/rules/``; both must parse the plugin's
fixtures (and the shared seeds, when present) to equal Documents. Invalid files must say which
file, which line and what is wrong.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit.layout import Layout
from corpuskit.pipeline import Parser
from corpuskit.plugins import create_manager, list_plugins
from corpuskit.rules import (
    FOLDER_PLUGIN,
    RulesError,
    RulesPlugin,
    dump_rules,
    folder_files,
    load_rules,
    parse_rules,
    register_rules,
    rules_folder,
)
from corpuskit.testing import SiteExamples, assert_spans_hold, check_source_plugin
from sitelayouts import EXAMPLES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

HERE = Path(__file__).resolve().parent
RULES = HERE / "fixtures" / "rules"
SITES = ("timesofisrael", "jewishpress", "newsweek", "worldisraelnews")
SHARED = HERE.parents[1] / "shared"


def rules_parser(*files: Path, disabled: tuple[str, ...] = ()) -> Parser:
    manager = create_manager(disabled=set(disabled))
    register_rules(manager, [str(f) for f in files])
    return Parser(manager)


# -- the same behaviour as the Python plugins -----------------------------------------------


@pytest.mark.parametrize("site", SITES)
def test_a_rules_file_parses_like_the_python_plugin_it_copies(site: str) -> None:
    python = Parser(create_manager(disabled=()))
    toml = rules_parser(RULES / f"{site}.toml", disabled=(site,))
    pages = sorted((HERE / "fixtures" / "sources" / site).glob("*.txt"))
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    assert pages
    for path in pages + seeds:
        text = path.read_text(encoding="utf-8")
        assert toml.parse(text) == python.parse(text), path.name
        url = f"https://www.{site}.com/a/1"
        assert toml.parse(text, url=url) == python.parse(text, url=url), path.name


def test_a_rules_file_plugin_passes_the_conformance_check() -> None:
    layout = load_rules(RULES / "timesofisrael.toml")
    report = check_source_plugin(
        layout,
        EXAMPLES["timesofisrael"],
        fixtures=HERE / "fixtures" / "sources" / "timesofisrael",
        max_examples=15,
    )
    assert report.ok


LEDGER = SiteExamples(
    debris={
        "share": ["Share this story: Facebook | X | Email"],
        "promo": ["Get the Lakeside Ledger morning briefing in your inbox, sign up free"],
        "copyright": ["© 2024 Lakeside Ledger. All rights reserved."],
        "footer": ["About us | Contact | Advertise with the Ledger"],
    },
    bylines=["By {names} | {date}"],
)


def test_an_invented_site_in_toml_passes_the_conformance_check() -> None:
    layout = load_rules(RULES / "lakesideledger.toml")
    assert check_source_plugin(layout, LEDGER, max_examples=15).ok


# -- positions -------------------------------------------------------------------------------


def _layout(rules: str) -> Layout:
    return parse_rules(f'[source]\nname = "x.example"\ndomains = ["x.example"]\n{rules}', "x.toml")


def _removed(layout: Layout, text: str) -> list[tuple[str, str]]:
    manager = create_manager(load_entry_points=False, plugins=[("x", layout)])
    document = Parser(manager).parse(text, source="x.example")
    assert_spans_hold(text, document)
    return [(r.kind, r.text) for r in document.removed]


def test_first_and_last_lines_and_paragraphs_bound_where_a_rule_looks() -> None:
    text = "Ad\n\nOne.\n\nAd\n\nTwo.\nAd\n"
    first = _layout('[[rules]]\nkind = "promo"\nlines = ["Ad"]\nfirst_lines = 1\n')
    assert _removed(first, text) == [("promo", "Ad")]
    last = _layout('[[rules]]\nkind = "promo"\nlines = ["Ad"]\nlast_lines = 2\n')
    assert _removed(last, text) == [("promo", "Ad")]
    paras = _layout('[[rules]]\nkind = "promo"\nlines = ["Ad"]\nlast_paragraphs = 2\n')
    assert _removed(paras, text) == [("promo", "Ad"), ("promo", "Ad")]
    everywhere = _layout('[[rules]]\nkind = "promo"\nlines = ["Ad"]\n')
    assert len(_removed(everywhere, text)) == 3


def test_to_end_takes_everything_after_the_last_paragraph() -> None:
    layout = _layout('[[rules]]\nkind = "footer"\nprefixes = ["About us"]\nto_end = true\n')
    text = "Body one.\n\nAbout us | Contact\nJobs\nTerms\n"
    assert _removed(layout, text) == [("footer", "About us | Contact\nJobs\nTerms")]


def test_a_caption_rule_names_the_sites_own_credit_forms() -> None:
    """An agency is a credit everywhere; the site's own photographers only where named."""
    own = "The quay at dawn, before the ferries (Photo: Tomas Brell/Riverside Chronicle)"
    agency = "The quay at dawn, before the ferries (Tomas Brell/AFP)"
    text = f"Body one.\n\n{own}\n\n{agency}\n\nBody two.\n"
    plain = _layout('[[rules]]\ncaption = "brackets"\n')
    assert _removed(plain, text) == [("caption", agency)]
    named = _layout('[[rules]]\ncaption = "brackets"\ncredits = ["Riverside Chronicle"]\n')
    assert _removed(named, text) == [("caption", own), ("caption", agency)]


def test_a_dateline_regex_gives_the_publication_date() -> None:
    layout = _layout('[[rules]]\nkind = "dateline"\nregex = "^Published {DATE}$"\n')
    manager = create_manager(load_entry_points=False, plugins=[("x", layout)])
    document = Parser(manager).parse("Published March 3, 2021\n\nBody.\n", source="x.example")
    assert str(document.published) == "2021-03-03"


# -- errors ----------------------------------------------------------------------------------

BASE = '[source]\nname = "x.example"\n'
INVALID = [
    ('[source\nname = "x"\n', 1, "not valid TOML"),
    ('[source]\nname = "x"\ndomains = "a.example"\nnmae = 3\n', 4, "unknown key 'nmae'"),
    (BASE + '\n[[rules]]\nkind = "fotter"\nlines = ["a"]\n', 5, "unknown kind 'fotter'"),
    (BASE + '[[rules]]\nkind = "footer"\nregex = "a(b"\n', 5, "not a valid regular expression"),
    (BASE + '[[rules]]\nkind = "footer"\n', 3, "exactly one of"),
    (BASE + '[[rules]]\nkind = "footer"\nlines = ["a"]\nprefixes = ["b"]\n', 3, "exactly one of"),
    (BASE + '[[rules]]\nkind = "footer"\nlines = ["a"]\nwhere = "bottom"\n', 6, "where must be"),
    (BASE + '[[rules]]\nkind = "footer"\nlines = [1, 2]\n', 5, "list of strings"),
    (BASE + '[[rules]]\nkind = "footer"\nlines = ["a"]\nlast_lines = 0\n', 6, "at least 1"),
    (BASE + '[[signatures]]\nphrase = "x"\nweight = 2\n', 5, "weight must be"),
    (BASE + '[[signatures]]\nrule = "nope"\nweight = 0.9\n', 4, "no rule has id 'nope'"),
    ('[head]\ntitle = "first"\n', 1, "no [source] table"),
    (BASE + '[head]\ntitle = "second"\n', 4, "title must be"),
    (BASE + 'domains = ["http://x.example/a"]\n', 3, "not a domain"),
    (BASE + '[[rules]]\nbyline = "^By (?P<names>{NAMES}"\n', 4, "not a valid regular"),
    ('[source]\nname = "x.example "\n', 2, "white space at an end"),
]


@pytest.mark.parametrize(("text", "line", "problem"), INVALID)
def test_an_invalid_rules_file_names_the_file_the_line_and_the_problem(
    tmp_path: Path, text: str, line: int, problem: str
) -> None:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert problem in message


def test_a_multi_line_array_does_not_confuse_the_line_numbers(tmp_path: Path) -> None:
    text = BASE + '[[rules]]\nkind = "footer"\nlines = [\n  "a",\n  "b = c",\n]\nwhen = 1\n'
    with pytest.raises(RulesError, match=r":9: unknown key 'when'"):
        parse_rules(text, "f.toml")


def test_a_plugin_name_already_taken_is_refused(tmp_path: Path) -> None:
    manager = create_manager(disabled=())
    with pytest.raises(RulesError, match="already registered"):
        register_rules(manager, [str(RULES / "timesofisrael.toml")])


# -- the config folder -----------------------------------------------------------------------


def test_the_rules_folder_follows_xdg_config_home(tmp_path: Path) -> None:
    assert rules_folder({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "corpuskit" / "rules"
    assert rules_folder({"HOME": "/h"}).parts[-2:] == ("corpuskit", "rules")


def test_the_folder_plugin_installs_every_valid_file_and_warns_about_the_rest(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "corpuskit" / "rules"
    folder.mkdir(parents=True)
    (folder / "ledger.toml").write_text((RULES / "lakesideledger.toml").read_text("utf-8"))
    (folder / "broken.toml").write_text('[source]\nname = "b.example"\nkind = 1\n')
    assert [p.name for p in folder_files(folder)] == ["broken.toml", "ledger.toml"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plugin = RulesPlugin.from_folder(folder)
    assert any("broken.toml:3: unknown key 'kind'" in str(w.message) for w in caught)
    manager = create_manager(load_entry_points=False, plugins=[(FOLDER_PLUGIN, plugin)])
    info = {i.name: i for i in list_plugins(manager)}[FOLDER_PLUGIN]
    assert info.sources == ("lakesideledger.example",)
    text = (
        "Title here\n\nBy Ada Moreau | March 3, 2021\n\nBody text.\n\n"
        "About us | Contact | Advertise with the Ledger\n"
    )
    document = Parser(manager).parse(text)
    assert document.source == "lakesideledger.example"
    assert document.authors == ("Ada Moreau",)
    assert [(r.kind, r.plugin) for r in document.removed] == [("footer", FOLDER_PLUGIN)]
    # A --rules file declaring the same source replaces the folder's.
    register_rules(manager, [str(RULES / "lakesideledger.toml")])
    again = Parser(manager).parse(text)
    assert [(r.kind, r.plugin) for r in again.removed] == [("footer", "lakesideledger")]


# -- round trips -----------------------------------------------------------------------------

_texts = st.text(
    st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_categories=["Cc"]),
    min_size=1,
    max_size=20,
)
_words = _texts.filter(lambda t: t.strip() != "")
_kinds = st.sampled_from(["footer", "promo", "share", "related", "copyright", "boilerplate"])


@st.composite
def rule_tables(draw: st.DrawFn) -> dict[str, Any]:
    table: dict[str, Any] = {"kind": draw(_kinds)}
    matcher = draw(st.sampled_from(["lines", "prefixes", "regex"]))
    if matcher == "regex":
        table["regex"] = "^" + draw(st.sampled_from(["a+", r"\d{2}", "x|y", "{DATE}"]))
    else:
        table[matcher] = draw(st.lists(_words, min_size=1, max_size=3))
    position = draw(st.sampled_from(["", "where", "first_lines", "last_paragraphs"]))
    if position == "where":
        table["where"] = draw(st.sampled_from(["head", "tail", "anywhere"]))
    elif position:
        table[position] = draw(st.integers(1, 9))
    if draw(st.booleans()):
        table["to_end"] = draw(st.booleans())
    return table


specs = st.fixed_dictionaries(
    {
        "source": st.fixed_dictionaries(
            {"name": _words.map(str.strip), "domains": st.just(["site.example"])}
        ),
        "rules": st.lists(rule_tables(), max_size=4),
    }
)


@settings(max_examples=40)
@given(spec=specs, lines=st.lists(_words, min_size=1, max_size=8))
def test_any_valid_spec_round_trips_through_toml_into_the_same_layout(
    spec: dict[str, Any], lines: list[str]
) -> None:
    text = dump_rules(spec)
    assert tomllib.loads(text) == spec
    layout = parse_rules(text, "spec.toml")
    assert len(layout.rules) == len(spec["rules"])
    # The layout labels a page made of the spec's own lines as the rules say.
    page = "\n".join(lines + [s for r in spec["rules"] for s in r.get("lines", [])]) + "\n"
    again = parse_rules(dump_rules(tomllib.loads(text)), "spec.toml")
    manager = create_manager(load_entry_points=False, plugins=[("one", layout)])
    other = create_manager(load_entry_points=False, plugins=[("one", again)])
    first = Parser(manager).parse(page, source=layout.name) if page.strip() else None
    second = Parser(other).parse(page, source=layout.name) if page.strip() else None
    assert first == second
