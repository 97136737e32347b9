"""Rules files that are wrong in every way the reader checks, and the TOML writer's edges.

Each invalid file must be refused with ``FILE:LINE: problem``: the line of the offending key
(or of its table when the key is missing) and words a site author can act on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpuskit.layout import Layout
from corpuskit.layout._lines import Lines
from corpuskit.model import Page
from corpuskit.pipeline import Parser
from corpuskit.plugins import create_manager
from corpuskit.rules import (
    PositionedRule,
    RulesError,
    dump_rules,
    load_rules,
    parse_rules,
)
from corpuskit.rules._toml import KeyLines
from corpuskit.text import segment_lines

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

SOURCE = '[source]\nname = "x.example"\n'
RULE = SOURCE + '[[rules]]\nkind = "footer"\n'
RULE_F = RULE + 'lines = ["a"]\nid = "f"\n[[signatures]]\nrule = "f"\n'

INVALID = [
    # the file and its tables
    ("version = 2\n" + SOURCE, 1, "unsupported version 2 (this is version 1)"),
    ("rules = 3\n" + SOURCE, 1, "rules must be an array of tables ([[rules]])"),
    ('signatures = "a"\n' + SOURCE, 1, "signatures must be an array of tables"),
    ("rules = [1]\n" + SOURCE, 1, "rules[1] must be a table, got an integer (1)"),
    ("source = 1\n", 1, "source must be a table, got an integer (1)"),
    ("head = [1, 2]\n" + SOURCE, 1, "head must be a table, got a list"),
    ("head = 1.5\n" + SOURCE, 1, "head must be a table, got a number (1.5)"),
    ("head = 2024-01-01\n" + SOURCE, 1, "head must be a table, got date"),
    # [source]
    ('[source]\ndomains = ["a.example"]\n', 1, "[source] has no name"),
    ("[source]\nname = 3\n", 2, "source.name must be a string, got an integer (3)"),
    ('[source]\nname = "  "\n', 2, "source.name must not be empty"),
    (SOURCE + 'plugin = "bad name!"\n', 3, "plugin name 'bad name!': use letters, digits"),
    # [head]
    (SOURCE + '[head]\ntitle = "first"\nsubtitle = "third"\n', 5, "subtitle must be 'second'"),
    (SOURCE + '[head]\nsubtitle = "second"\n', 4, "subtitle = 'second' needs title = 'first'"),
    (SOURCE + '[head]\nsubtitle_heading = "yes"\n', 4, "must be true or false, got a string"),
    (SOURCE + "[head]\nsubtitle_max_words = true\n", 4, "must be a whole number of at least 1"),
    # rules
    (RULE + 'lines = ["a"]\nid = "a"\n' + RULE[len(SOURCE) :] + 'lines = ["b"]\nid = "a"\n', 10,
     "another rule already has id 'a'"),
    (SOURCE + '[[rules]]\nbyline = "^By (?P<names>{NAMES})"\nkind = "footer"\n', 5,
     "a byline rule labels kind 'byline' (leave kind out)"),
    (SOURCE + '[[rules]]\nlines = ["a"]\n', 3, "this rule has no kind (one of: body,"),
    (RULE + 'caption = "above"\n', 5, "caption must be 'brackets' or 'trailing', got 'above'"),
    (RULE + 'lines = ["a"]\nfirst_lines = 2\nwhere = "head"\n', 6,
     "a rule has one position; this one has first_lines and where"),
    (RULE + 'lines = ["a"]\nfirst_lines = 2\nlast_lines = 2\n', 7,
     "a rule has one position; this one has first_lines and last_lines"),
    (RULE + 'lines = ["a"]\nthen = ["nokind"]\n', 6, "unknown kind 'nokind'; kinds: body,"),
    (RULE + 'lines = ["a"]\nbefore = "nope"\n', 6, "unknown kind 'nope'"),
    (SOURCE + '[[rules]]\ncaption = "brackets"\nbefore_if = "keywords"\n', 5,
     "before_if needs before (the kind of that line)"),
    (SOURCE + '[[rules]]\ncaption = "brackets"\nbefore = "footer"\nbefore_if = "length"\n', 6,
     "before_if must be 'keywords', got 'length'"),
    (RULE + "lines = []\n", 5, "rules[1].lines must not be empty"),
    (RULE + 'lines = ["a", " "]\n', 5, "rules[1].lines holds an empty string"),
    (RULE + 'lines = "a"\nthen = "x"\n', 6, "unknown kind 'x'"),
    (RULE + "lines = {a = 1}\n", 5, "rules[1].lines must be a list of strings, got a table"),
    (RULE + 'lines = ["a"]\nto_end = 1\n', 6, "rules[1].to_end must be true or false"),
    (RULE + 'lines = ["a"]\nrepeat = "no"\n', 6, "rules[1].repeat must be true or false"),
    (RULE + 'lines = ["a"]\naround = []\n', 6, "rules[1].around must not be empty"),
    (SOURCE + '[[rules]]\nkind = "foo"\nlines = ["a"]\n', 4,
     "unknown kind 'foo' (did you mean 'footer'?)"),
    # signatures
    (SOURCE + '[[signatures]]\nphrase = "a"\nregex = "b"\nweight = 1\n', 3,
     "a signature needs exactly one of phrase, regex, rule; it has phrase and regex"),
    (SOURCE + "[[signatures]]\nweight = 1\n", 3, "exactly one of phrase, regex, rule; it has none"),
    (SOURCE + '[[signatures]]\nphrase = "a"\n', 3, "this signature has no weight"),
    (SOURCE + '[[signatures]]\nphrase = "a"\nneedle = "a"\nweight = 1\n', 5,
     "needle goes with a regex signature, not a phrase one"),
    (SOURCE + '[[signatures]]\nphrase = "a"\nweight = true\n', 5, "weight must be a number in"),
    (SOURCE + '[[signatures]]\nregex = "a"\nkinds = ["footer"]\nweight = 1\n', 5,
     "kinds goes with a rule signature, not a regex one"),
    (SOURCE + '[[signatures]]\nrule = "x"\nweight = 1\n', 4, "no rule has id 'x' (no rule has"),
    (RULE_F + 'kinds = ["nah"]\nweight = 1\n', 9, "unknown kind 'nah'"),
    (RULE_F + 'where = "middle"\nweight = 1\n', 9, "where must be 'anywhere', 'head' or 'tail'"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "problem"), INVALID)
def test_each_invalid_rules_file_is_refused_at_its_line(text: str, line: int, problem: str) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "site.toml")
    error = caught.value
    assert (error.file, error.line) == ("site.toml", line), str(error)
    assert problem in error.problem
    assert str(error) == f"site.toml:{line}: {error.problem}"


# -- every error at once, and "did you mean" ------------------------------------------------

MANY = """\
[source]
name = "lakesideledger.example"
domains = ["lakesideledger.example"]

[haed]
title = "first"

[[rules]]
kind = "fotter"
lines = ["About us | Contact"]

[[rules]]
kind = "promo"
regex = '^Get the (Ledger'

[[rules]]
kind = "share"
lnies = ["Share this story"]

[[rules]]
caption = "bracket"

[[signatures]]
rule = "bylne"
weight = 0.9
"""


def test_every_error_of_a_file_is_reported_at_once_in_line_order() -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(MANY, "ledger.toml")
    error = caught.value
    assert [line for line, _ in error.errors] == [5, 9, 14, 18, 21, 24]
    assert (error.line, error.problem) == error.errors[0]
    lines = str(error).splitlines()
    assert len(lines) == 6
    assert all(text.startswith("ledger.toml:") for text in lines)
    problems = dict(error.errors)
    assert problems[5].startswith(
        "unknown key 'haed' in the file (top level) (did you mean 'head'?)"
    )
    assert problems[9].startswith("unknown kind 'fotter' (did you mean 'footer'?); kinds: body,")
    assert "not a valid regular expression" in problems[14]
    assert problems[18].startswith("unknown key 'lnies' in a rule (did you mean 'lines'?)")
    assert problems[21] == "caption must be 'brackets' or 'trailing', got 'bracket' " + (
        "(did you mean 'brackets'?)"
    )
    assert problems[24] == "no rule has id 'bylne' (no rule has an id)"


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        (SOURCE + "[[rule]]\nkind = 'footer'\n", 3, "unknown key 'rule' in the file (top level) "
         "(did you mean 'rules'?)"),
        ("[sources]\nname = 'x.example'\n", 1, "unknown key 'sources' in the file (top level) "
         "(did you mean 'source'?)"),
        (SOURCE + "nmae = 'x'\n", 3, "unknown key 'nmae' in [source] (did you mean 'name'?)"),
        (SOURCE + "[head]\ntitel = 'first'\n", 4, "unknown key 'titel' in [head] "
         "(did you mean 'title'?)"),
        (SOURCE + "[head]\ntitle = 'frist'\n", 4, "title must be 'first' or 'none', got 'frist' "
         "(did you mean 'first'?)"),
        (RULE + "lines = ['a']\nwhere = 'tails'\n", 6, "where must be 'anywhere', 'head' or "
         "'tail', got 'tails' (did you mean 'tail'?)"),
        (RULE + "lines = ['a']\nto_ends = true\n", 6, "unknown key 'to_ends' in a lines rule "
         "(did you mean 'to_end'?)"),
        (SOURCE + "[[rules]]\ncaption = 'brackets'\nbefore = 'tags'\nbefore_if = 'keyword'\n",
         6, "before_if must be 'keywords', got 'keyword' (did you mean 'keywords'?)"),
        (RULE + "lines = ['a']\nthen = ['captoin']\n", 6, "unknown kind 'captoin' "
         "(did you mean 'caption'?)"),
        (RULE + "lines = ['a']\nid = 'foot'\n[[signatures]]\nrule = 'fot'\nweight = 1\n", 8,
         "no rule has id 'fot' (did you mean 'foot'?) (foot)"),
        (SOURCE + "[[signatures]]\nphrase = 'a'\nwieght = 1\n", 5, "unknown key 'wieght' in a "
         "signature (did you mean 'weight'?)"),
    ],
)  # fmt: skip
def test_a_close_known_name_is_suggested(text: str, line: int, problem: str) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "site.toml")
    assert (line, problem) in [(n, p[: len(problem)]) for n, p in caught.value.errors]


def test_a_name_close_to_nothing_gets_no_suggestion() -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(RULE + "lines = ['a']\nzzzzzz = 1\n", "site.toml")
    assert "did you mean" not in str(caught.value)


def test_a_signature_naming_a_broken_rule_adds_no_error_of_its_own() -> None:
    text = SOURCE + "[[rules]]\nkind = 'nokind'\nlines = ['a']\nid = 'f'\n"
    text += "[[signatures]]\nrule = 'f'\nweight = 1\n"
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "site.toml")
    assert [line for line, _ in caught.value.errors] == [4]


# One independent error each, as a [[rules]] table: (lines of the table, line of the error).
BROKEN_RULES: list[tuple[str, int]] = [
    ("[[rules]]\nkind = 'fotter'\nlines = ['a']\n", 2),
    ("[[rules]]\nkind = 'promo'\nregex = '(a'\n", 3),
    ("[[rules]]\nkind = 'share'\nlnies = ['a']\n", 3),
    ("[[rules]]\ncaption = 'above'\n", 2),
    ("[[rules]]\nlines = ['a']\n", 1),
    ("[[rules]]\nkind = 'footer'\nlines = []\n", 3),
    ("[[rules]]\nkind = 'footer'\nlines = ['a']\nrepeat = 'no'\n", 4),
    ("[[rules]]\nkind = 'footer'\nprefixes = ['a']\nwhere = 'middle'\n", 4),
]
GOOD_RULE = "[[rules]]\nkind = 'footer'\nlines = ['fine']\n"


@given(
    st.lists(
        st.one_of(st.sampled_from(BROKEN_RULES), st.just((GOOD_RULE, 0))), min_size=1, max_size=12
    )
)
def test_a_file_with_n_independent_errors_reports_n_each_at_its_line(
    tables: list[tuple[str, int]],
) -> None:
    text = SOURCE
    expected = []
    for table, at in tables:
        if at:
            expected.append(text.count("\n") + at)
        text += table
    if not expected:
        assert len(parse_rules(text).rules) == len(tables)
        return
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "site.toml")
    assert [line for line, _ in caught.value.errors] == expected
    assert len(str(caught.value).splitlines()) == len(expected)


def test_a_rule_signature_takes_its_rule_where_and_kinds() -> None:
    layout = parse_rules(RULE_F + 'where = "tail"\nkinds = ["footer"]\nweight = 0.75\n')
    assert len(layout.signatures) == 1
    assert layout.signatures[0].weight == 0.75


def test_an_unreadable_rules_file_is_a_rules_error_at_line_one(tmp_path: Path) -> None:
    missing = tmp_path / "gone.toml"
    with pytest.raises(RulesError, match=r"gone\.toml:1: cannot read the rules file"):
        load_rules(missing)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'[source]\nname = "caf\xe9.example"\n')
    with pytest.raises(RulesError, match=r"latin\.toml:1: cannot read the rules file"):
        load_rules(latin)


def test_a_file_name_becomes_a_plugin_name_made_of_safe_characters(tmp_path: Path) -> None:
    path = tmp_path / "my site (v2).toml"
    path.write_text(SOURCE, encoding="utf-8")
    assert load_rules(path).source.plugin == "my-site--v2"
    odd = tmp_path / "!!!.toml"
    odd.write_text(SOURCE, encoding="utf-8")
    assert load_rules(odd).source.plugin == "rules-file"
    assert parse_rules(SOURCE).source.plugin == "rules-file"


# -- line numbers ---------------------------------------------------------------------------


def test_a_multi_line_string_does_not_confuse_the_line_numbers() -> None:
    text = SOURCE + "description = '''\nkind = 1\n[fake]\n'''\nnmae = 2\n"
    keys = KeyLines(text)
    assert ("fake",) not in keys.lines
    assert ("source", "kind") not in keys.lines
    with pytest.raises(RulesError, match=r"^f\.toml:7: unknown key 'nmae'"):
        parse_rules(text, "f.toml")


def test_a_path_not_found_falls_back_to_its_table_then_to_line_one() -> None:
    keys = KeyLines(SOURCE + "[[rules]]\nkind = 'footer'\n")
    assert keys.line(("rules", 0, "kind")) == 4
    assert keys.line(("rules", 0, "lines", 2)) == 3
    assert keys.line(("rules", 5)) == 3  # the first [[rules]]
    assert keys.line(("head", "title")) == 1
    assert keys.line(()) == 1


def test_a_toml_syntax_error_keeps_its_line() -> None:
    with pytest.raises(RulesError, match=r"^f\.toml:3: not valid TOML: "):
        parse_rules(SOURCE + "name = = 2\n", "f.toml")


# -- positions ------------------------------------------------------------------------------


def _removed(layout: Layout, text: str) -> list[str]:
    manager = create_manager(load_entry_points=False, plugins=[("x", layout)])
    document = Parser(manager).parse(text, source="x.example")
    return [r.text for r in document.removed]


def test_first_paragraphs_bound_a_rule_to_the_opening_paragraphs() -> None:
    layout = parse_rules(
        SOURCE + '[[rules]]\nkind = "promo"\nprefixes = ["Ad:"]\nfirst_paragraphs = 1\n'
    )
    text = "Ad: one\nAd: two\n\nBody text here.\n\nAd: three\n"
    assert _removed(layout, text) == ["Ad: one", "Ad: two"]


def test_a_positioned_rule_only_looks_at_its_zone() -> None:
    rule = parse_rules(RULE + 'lines = ["Ad"]\nlast_paragraphs = 1\n').rules[0]
    assert isinstance(rule, PositionedRule)
    assert (rule.side, rule.unit, rule.count, rule.where) == ("last", "paragraphs", 1, "tail")
    layout = parse_rules(RULE + 'lines = ["Ad"]\nlast_paragraphs = 1\n')
    # "ad" appears only outside the last paragraph: nothing is removed.
    assert _removed(layout, "Ad\n\nBody.\n\nClosing words.\n") == []
    assert _removed(layout, "Body.\n\nMore body.\n\nAd\n") == ["Ad"]


def _lines(text: str) -> Lines:
    return Lines(Page(text), segment_lines(text))


@pytest.mark.parametrize("position", ["first_paragraphs = 1", "last_lines = 1"])
def test_a_rule_signature_on_a_positioned_rule_looks_for_its_needle_in_the_zone(
    position: str,
) -> None:
    layout = parse_rules(
        RULE + f'prefixes = ["Filed by"]\n{position}\nid = "f"\n'
        '[[signatures]]\nrule = "f"\nweight = 1\n'
    )
    check = layout.signatures[0].check
    assert check is not None
    opening = "Filed by the desk\n\nBody.\n\nEnd.\n"
    closing = "Body.\n\nEnd.\n\nFiled by the desk\n"
    nowhere = "Body.\n\nEnd.\n"
    first = position.startswith("first")
    assert check(_lines(opening)) is first
    assert check(_lines(closing)) is not first
    assert check(_lines(nowhere)) is False


def test_a_positioned_regex_rule_without_needles_runs_on_every_page() -> None:
    layout = parse_rules(
        RULE + 'regex = "^filed"\nignore_case = true\nlast_lines = 1\nid = "f"\n'
        '[[signatures]]\nrule = "f"\nweight = 1\n'
    )
    check = layout.signatures[0].check
    assert check is not None
    assert check(_lines("Body.\n\nFILED late\n")) is True
    assert check(_lines("FILED early\n\nBody.\n")) is False


# -- writing --------------------------------------------------------------------------------


@given(st.text(max_size=40))
@example('it\'s a "quoted" back\\slash\nnew line\tand tab')
@example("bell \x07, delete \x7f, line separator \u2028, astral \U000e0001")
def test_any_string_is_written_so_toml_reads_it_back(text: str) -> None:
    assert tomllib.loads(dump_rules({"description": text})) == {"description": text}


def test_a_long_list_is_written_one_item_a_line_and_reads_back() -> None:
    items = [f"a fairly long line of footer text number {i}" for i in range(4)]
    text = dump_rules({"rules": [{"kind": "footer", "lines": items}]})
    assert '    "a fairly long' in text or "    'a fairly long" in text
    assert tomllib.loads(text) == {"rules": [{"kind": "footer", "lines": items}]}


def test_comments_go_above_their_tables() -> None:
    text = dump_rules(
        {"source": {"name": "x.example"}, "rules": [{"kind": "footer", "lines": ["a"]}]},
        {("source",): "the site", ("rules", 0): "in 93% of pages\nsecond line"},
    )
    assert "# the site\n[source]" in text
    assert "# in 93% of pages\n# second line\n[[rules]]" in text


def test_a_value_toml_cannot_hold_is_refused() -> None:
    with pytest.raises(TypeError, match="cannot write NoneType to a rules file"):
        dump_rules({"description": None})


def test_the_errors_rules_md_shows_are_what_a_run_prints() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    block = doc.split("**Errors**", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    shown = [ln.removeprefix("Error: Invalid value for --rules: ") for ln in block.splitlines()]
    with pytest.raises(RulesError) as caught:
        parse_rules(MANY, "ledger.toml")
    printed = str(caught.value).splitlines()
    assert len(shown) >= 4
    for line in shown:
        head = line.removesuffix("...")
        assert any(p == line or (line.endswith("...") and p.startswith(head)) for p in printed), (
            line
        )
