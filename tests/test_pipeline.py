"""The parse as a whole: losslessness, idempotence, order independence, only our own errors."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import unicodedata
from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import corpuskit
from corpuskit import (
    Block,
    CorpuskitError,
    Document,
    InputError,
    Label,
    Page,
    Parser,
    PluginError,
    hookimpl,
)
from corpuskit.normalize import normalize_lines, normalize_space
from corpuskit.pipeline import Trace, document_id
from corpuskit.plugins import ENTRY_POINT_GROUP, create_manager
from corpuskit.testing import AWKWARD

ARTICLE = (
    "Harbour reopens after storm repairs\n\n"
    "The harbour reopened on Tuesday after three months of repairs.\n\n"
    "Fishermen said the new breakwater changes everything for winter work.\n"
    "Fishermen said the new breakwater changes everything for winter work.\n\n"
    ">\n"
)

article_lines = st.lists(
    st.one_of(
        st.text(alphabet="abc XYZ.,:()/>\u00a0\t" + AWKWARD, max_size=60),
        st.sampled_from(
            [
                "",
                ">",
                " date 2020-02-29 Leap day report.",
                "Photo Credit: Somebody / Agency",
                "A caption here. (AP Photo/Some One)",
                "Read more:",
            ]
        ),
    ),
    max_size=12,
)
line_ends = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " \u00a0\n"])


@st.composite
def raw_articles(draw: st.DrawFn) -> str:
    lines = draw(article_lines)
    return "".join(line + draw(line_ends) for line in lines)


def check_lossless(trace: Trace) -> None:
    text = trace.page.text
    position = 0
    rebuilt = []
    for start, end, _kind, _plugin in trace.spans():
        gap = text[position:start]
        assert not gap.strip(), f"uncovered text {gap!r}"
        assert start >= position, "spans overlap"
        rebuilt.append(gap)
        rebuilt.append(text[start:end])
        position = end
    assert not text[position:].strip()
    rebuilt.append(text[position:])
    assert "".join(rebuilt) == text


def test_a_small_article_end_to_end() -> None:
    doc = corpuskit.parse(ARTICLE, id="harbour")
    assert doc.id == "harbour"
    assert doc.title == "Harbour reopens after storm repairs"
    assert doc.paragraphs == (
        "The harbour reopened on Tuesday after three months of repairs.",
        "Fishermen said the new breakwater changes everything for winter work.",
    )
    assert [(r.kind, r.text) for r in doc.removed] == [
        ("duplicate", "Fishermen said the new breakwater changes everything for winter work."),
        ("markup", ">"),
    ]
    for item in doc.removed:
        assert normalize_lines(ARTICLE[item.start : item.end]) == item.text
        assert item.plugin == "generic"


def test_a_date_header_glued_to_the_first_paragraph() -> None:
    raw = " date 2024-03-05 The harbour reopened on Tuesday.\n\nMore text follows here.\n"
    doc = corpuskit.parse(raw)
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.paragraphs[0] == "The harbour reopened on Tuesday."
    assert doc.removed == ()


@given(raw_articles())
def test_parsing_is_lossless(raw: str) -> None:
    try:
        trace = corpuskit.default_parser().trace(raw)
    except InputError:
        assume(False)
        return
    check_lossless(trace)
    doc = trace.document
    raw = unicodedata.normalize("NFC", raw)  # offsets index the composed text
    for item in doc.removed:
        assert item.text == normalize_lines(raw[item.start : item.end])
    body = [normalize_space(raw[s:e]) for s, e, kind, _ in trace.spans() if kind == "body"]
    assert " ".join(doc.paragraphs) == normalize_space(" ".join(body))


@given(st.one_of(st.text(max_size=300), st.binary(max_size=300), raw_articles()))
def test_parsing_raises_only_corpuskit_errors(raw: str | bytes) -> None:
    try:
        doc = corpuskit.parse(raw)
    except CorpuskitError:
        return
    assert isinstance(doc, Document)
    doc.to_json()


@st.composite
def clean_articles(draw: st.DrawFn) -> str:
    """Realistic articles: an optional headline, sentences ending in full stops."""
    words = st.text(alphabet="abcdefghij" + AWKWARD, min_size=1, max_size=9).filter(str.strip)
    sentence = st.lists(words, min_size=3, max_size=20).map(lambda w: " ".join(w) + ".")
    paragraphs = draw(st.lists(sentence, min_size=1, max_size=8))
    title = draw(st.one_of(st.none(), st.lists(words, min_size=2, max_size=8).map(" ".join)))
    return "\n\n".join(([title] if title else []) + paragraphs)


@given(clean_articles())
def test_parsing_clean_text_is_idempotent(raw: str) -> None:
    first = corpuskit.parse(raw)
    # A "sentence" of ellipses only ('… … ….') is stray markup: nothing is left to read back.
    assume(first.paragraphs)
    second = corpuskit.parse(first.clean_text(), source=first.source)
    assert second.paragraphs == first.paragraphs
    assert second.title == first.title


@given(raw_articles())
# A source plugin takes the first line for the title; the generic rules used to drop its copy
# below as a duplicate, leaving a title and no body, which read back as a body and no title.
@example(raw="X\nPhoto Credit: Somebody / Agency\n:\nX\n")
# A doubled first line holding a crawler's date header: each cleaning took one copy and then
# the date, until the repeats rule let such a line keep its date and lose its copies instead.
@example(raw=" date 2020-02-29 Leap day.\n date 2020-02-29 Leap day.\nX\nPhoto Credit: A / B\nX\n")
def test_a_second_cleaning_changes_nothing(raw: str) -> None:
    try:
        first = corpuskit.parse(raw)
    except InputError:
        return
    assume(first.paragraphs)
    second = corpuskit.parse(first.clean_text(), source=first.source)
    third = corpuskit.parse(second.clean_text(), source=second.source)
    assert third.paragraphs == second.paragraphs
    assert third.title == second.title


class Shouter:
    """A temporary plugin: labels any line in capitals as boilerplate, at generic priority."""

    @hookimpl
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label]:
        return [
            Label("boilerplate", b.start, b.end, "shouter")
            for b in blocks
            if b.text.isupper() and len(b.text) > 3
        ]


def _installed() -> list[tuple[str, object]]:
    return [(ep.name, ep.load()) for ep in entry_points(group=ENTRY_POINT_GROUP)]


@pytest.mark.parametrize("seed", range(4))
def test_results_do_not_depend_on_registration_order(seed: int) -> None:
    plugins = [*_installed(), ("shouter", Shouter())]
    text = ARTICLE + "\nSUBSCRIBE NOW\n\nA closing paragraph that is plainly body text.\n"
    reference = Parser(create_manager(load_entry_points=False, plugins=plugins)).parse(text)
    assert ("boilerplate", "SUBSCRIBE NOW") in [(r.kind, r.text) for r in reference.removed]
    shuffled = plugins[:]
    random.Random(seed).shuffle(shuffled)
    for order in itertools.islice(itertools.permutations(shuffled), 6):
        parser = Parser(create_manager(load_entry_points=False, plugins=list(order)))
        assert parser.parse(text) == reference


def test_a_temporary_plugin_sees_the_identified_source() -> None:
    seen: list[str | None] = []

    class Spy:
        @hookimpl
        def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
            seen.append(source)

    parser = Parser(create_manager(plugins=[("spy", Spy())]))
    parser.parse("Some text.\n")
    assert seen == [None]


def test_a_plugin_that_raises_is_named_in_the_error() -> None:
    class Broken:
        @hookimpl
        def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> None:
            raise ZeroDivisionError("oops")

    parser = Parser(create_manager(plugins=[("tests.broken", Broken())]))
    with pytest.raises(PluginError, match=r"doc-1: .*ZeroDivisionError: oops"):
        parser.parse("Some text.\n", id="doc-1")


def test_labels_past_the_end_are_a_plugin_error() -> None:
    class Overreach:
        @hookimpl
        def corpuskit_label(
            self, page: Page, blocks: Sequence[Block], source: str | None
        ) -> list[Label]:
            return [Label("footer", 0, len(page.text) + 5, "overreach")]

    parser = Parser(create_manager(plugins=[("overreach", Overreach())]))
    with pytest.raises(PluginError, match="past the end"):
        parser.parse("Some text.\n")


def test_a_segmenter_that_drops_text_is_caught() -> None:
    class Lossy:
        @hookimpl(tryfirst=True)
        def corpuskit_segment(self, page: Page) -> list[Block]:
            return [Block(0, 0, 4, page.text[:4])]

    parser = Parser(create_manager(plugins=[("lossy", Lossy())]))
    with pytest.raises(PluginError, match="belongs to no block"):
        parser.parse("Some text that the segmenter forgets.\n")


class Upper:
    """A finish hook that shouts."""

    @hookimpl
    def corpuskit_finish(self, document: Document, page: Page) -> Document:
        return Document(paragraphs=[p.upper() for p in document.paragraphs])


class Exclaim:
    """A finish hook that exclaims, after the others."""

    @hookimpl(trylast=True)
    def corpuskit_finish(self, document: Document, page: Page) -> Document:
        return Document(paragraphs=[p + "!" for p in document.paragraphs])


def test_finish_hooks_chain_in_a_fixed_order() -> None:
    for order in ([("b", Upper()), ("a", Exclaim())], [("a", Exclaim()), ("b", Upper())]):
        parser = Parser(create_manager(load_entry_points=False, plugins=order))
        assert parser.parse("quiet words\n").paragraphs == ("QUIET WORDS!",)


def test_finish_ranking_follows_plugins_registered_after_a_parse() -> None:
    """The parser keeps its ranking of finish hooks; registering a plugin must renew it."""

    manager = create_manager(load_entry_points=False, plugins=[("b", Upper())])
    parser = Parser(manager)
    assert parser.parse("quiet words\n").paragraphs == ("QUIET WORDS",)
    manager.register(Exclaim(), name="a")
    assert parser.parse("quiet words\n").paragraphs == ("QUIET WORDS!",)
    manager.unregister(name="b")
    assert parser.parse("quiet words\n").paragraphs == ("quiet words!",)


def test_parse_gives_the_document_trace_gives() -> None:
    parser = Parser()
    assert parser.parse(ARTICLE, id="a") == parser.trace(ARTICLE, id="a").document


@given(st.text(alphabet=st.sampled_from("<>!-hHtTmMlLpP \n\ufeffabc/"), max_size=60))
@example("<p>one</p><p>two</p><p>three</p>")
@example("\ufeff <html><body>x</body></html>")
def test_text_without_a_tag_is_never_read_as_html(text: str) -> None:
    """The reader skips the HTML sniff on text holding no '<': the sniff must agree."""
    from corpuskit.html import looks_like_html

    if "<" not in text:
        assert not looks_like_html(text, "a.html")
    if text.strip():
        hook = corpuskit.default_parser().manager.hook
        page = hook.corpuskit_read(raw=text, hint=corpuskit.model.Hint())
        assert page is not None
        assert page.kind == ("html" if looks_like_html(text) else "text")


def test_finish_must_return_a_document() -> None:
    class Wrong:
        @hookimpl
        def corpuskit_finish(self, document: Document, page: Page) -> str:
            return "nope"

    parser = Parser(create_manager(plugins=[("wrong", Wrong())]))
    with pytest.raises(PluginError, match="not a Document"):
        parser.parse("text\n")


def test_unknown_source_is_a_clear_error() -> None:
    with pytest.raises(CorpuskitError, match=r"unknown source 'nowhere\.example'"):
        corpuskit.parse("text\n", source="nowhere.example")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.txt", "a"), ("a.html.gz", "a"), ("v1.2-notes.txt", "v1.2-notes"), ("plain", "plain")],
)
def test_document_ids_drop_known_extensions(name: str, expected: str) -> None:
    from pathlib import Path

    assert document_id(Path(name)) == expected


def test_hook_wrappers_and_monitoring_still_run() -> None:
    wrapped: list[int] = []
    monitored: list[str] = []

    class Wrapper:
        @hookimpl(wrapper=True)
        def corpuskit_label(self, page: Page, blocks: Sequence[Block], source: str | None) -> Any:
            results = yield
            wrapped.append(len(results))
            return results

    manager = create_manager(plugins=[("wrapper", Wrapper())])
    parser = Parser(manager)
    reference = Parser().parse(ARTICLE)
    assert parser.parse(ARTICLE) == reference
    assert len(wrapped) == 1
    undo = manager.add_hookcall_monitoring(
        lambda name, impls, kwargs: monitored.append(name), lambda *args: None
    )
    try:
        assert parser.parse(ARTICLE) == reference
    finally:
        undo()
    assert "corpuskit_label" in monitored
    assert "corpuskit_read" in monitored
    assert len(wrapped) == 2


def test_a_plugin_registered_after_the_first_parse_is_called() -> None:
    manager = create_manager()
    parser = Parser(manager)
    text = ARTICLE + "\nSUBSCRIBE NOW\n\nA closing paragraph that is plainly body text.\n"
    before = parser.parse(text)
    manager.register(Shouter(), name="shouter")
    after = parser.parse(text)
    assert ("boilerplate", "SUBSCRIBE NOW") in [(r.kind, r.text) for r in after.removed]
    manager.unregister(name="shouter")
    assert parser.parse(text) == before


_BYLINE_WORDS = ("By", "Mara", "Ellison,", "World", "Israel", "News", "-", "–", "22", "Kislev")
_BODY_WORDS = ("5779", "November", "30,", "2018", "Photo", "Credit:", "(AP", "Photo/Ana", "Ruiz)")
_OTHER_WORDS = ("x.", "Reuters/Fadi", "Getty", "Images", "Read\u00a0", "Read", "Hamas", "Uncommon")
_LAYOUT_WORDS = st.sampled_from((*_BYLINE_WORDS, *_BODY_WORDS, *_OTHER_WORDS, "Knowledge"))


@example([["By", "Mara", "Ellison,", "World", "Israel", "News"], ["x."]])
@example([["By", "Mara", "Ellison", "-", "22", "Kislev", "5779", "–", "November", "30,", "2018"]])
@example([["Photo", "Credit:", "Ana"], ["Hamas"], ["Hamas", "Hamas", "x.", "Reuters/Fadi"], ["x."]])
@example([["Read\u00a0", "Hamas"], ["Hamas", "Hamas", "x.", "(AP", "Photo/Ana", "Ruiz)"]])
@given(st.lists(st.lists(_LAYOUT_WORDS, min_size=1, max_size=9), min_size=1, max_size=10))
def test_a_rule_matches_only_pages_its_needles_let_through(rows: list[list[str]]) -> None:
    """``LineRule.may_match`` (identification's shortcut) never turns away a page a rule matches."""
    from corpuskit.layout import Layout, Lines
    from corpuskit.text import segment_lines

    text = "\n".join(" ".join(row) for row in rows) + "\n"
    lines = Lines(Page(text), segment_lines(text))
    plugins = [plugin for _, plugin in corpuskit.default_parser().manager.list_name_plugin()]
    rules = [rule for p in plugins if isinstance(p, Layout) for rule in p.rules]
    assert any(rule.needles for rule in rules)
    for rule in rules:
        if list(rule.matches(lines, [False] * len(lines))):
            assert rule.may_match(lines), rule.describe
