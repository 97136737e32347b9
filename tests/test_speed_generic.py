"""Speed work on the text path holds to the plain path it replaced.

A byline naming its outlet (``By Name | Riverside Chronicle``) drops the outlet when the page
names it in a copyright notice or a photo credit. The notice is looked for line by line only
when the page holds '©' or 'copyright' at all: these tests check that the verdict is the one
the plain line-by-line search gives, on any page, and that a page without a notice has no line
looked at (work counted, not timed). Identification scans once for a first word that several
of a layout's phrases share, and a comment thread's number-word header is found through the
line starts routed once per page.
"""

from __future__ import annotations

import cProfile
import pstats
import re
from types import CodeType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit.layout import Lines
from corpuskit.layout._signatures import Signature, plan, ranked, strongest
from corpuskit.model import Page
from corpuskit.text import segment_lines
from corpuskit_plugins.generic import bylines, comments, dates, share
from corpuskit_plugins.generic.context import Context, heads_its_section
from corpuskit_plugins.generic.trie import trie_pattern

OUTLETS = ("Riverside Chronicle", "Harbour Post", "Valmora Daily")
BODY = "Officials in Eastport said on Monday that the harbour plan would go ahead."


def context(text: str) -> Context:
    return Context(Lines(Page(text), segment_lines(text)))


def plain_the_site(ctx: Context, name: str) -> bool:
    """The search as it was before the page-wide check: every line looked at."""
    low = name.lower()
    if f"/{low}" in ctx.page or f"/ {low}" in ctx.page:
        return True
    return any(
        low in line and ("©" in line or "copyright" in line)
        for line in ctx.lower
        if len(line) < 200
    )


def plain_bylines(ctx: Context) -> list[tuple[int, object]]:
    """The byline verdicts with the plain search deciding which names are the site's."""
    found: list[tuple[int, object]] = []
    for match in bylines.bylines(ctx):  # the rule claims nothing itself: ctx is unchanged
        value = bylines.byline_value(ctx.norm[match.first], ctx.lower[match.first])
        page = ctx.page
        if value and ("©" in page or "copyright" in page or "/" in page):
            value = tuple(name for name in value if not plain_the_site(ctx, name))
        found.append((match.first, value))
    return found


pieces = st.sampled_from(
    [
        BODY,
        "© 2024 {outlet}",
        "Copyright 2023 {outlet}. All rights reserved.",
        "Copyright notice for readers",
        "Harbour cranes at dusk (Ana Ruiz/{outlet})",
        "A photo of the quay, Ana Ruiz / {outlet}",
        "Rates rose 3/4 of a point, the bank said on Monday in a statement.",
        "The © sign marks the work of the council's own photographers this year.",
    ]
)


@given(
    st.sampled_from(OUTLETS),
    st.sampled_from(OUTLETS),
    st.lists(pieces, max_size=5),
)
def test_the_sites_name_leaves_a_byline_as_the_plain_search_decides(
    named: str, elsewhere: str, lines: list[str]
) -> None:
    text = "\n\n".join(
        [f"By Mara Ellison | {named}", BODY, *(line.format(outlet=elsewhere) for line in lines)]
    )
    ctx = context(text)
    found = [(m.first, m.value) for m in bylines.bylines(ctx)]
    assert found == plain_bylines(ctx)


def test_a_page_without_a_notice_has_no_line_looked_at() -> None:
    text = "\n\n".join(
        ["By Mara Ellison | Riverside Chronicle", *[BODY] * 40, "Cranes (Ana Ruiz/Harbour Post)"]
    )
    profile = cProfile.Profile()
    found = profile.runcall(lambda: list(bylines.bylines(context(text))))
    assert [(m.first, m.value) for m in found] == plain_bylines(context(text))
    # The line-by-line search is the generator expression in _the_site: never started.
    search = next(
        code
        for code in bylines._the_site.__code__.co_consts
        if isinstance(code, CodeType) and code.co_name == "<genexpr>"
    )
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    looked = [
        calls
        for (path, line, function), (calls, *_) in stats.items()
        if path == search.co_filename and line == search.co_firstlineno
    ]
    assert not looked


# -- identification: phrases sharing a first word are gated by one scan for it -------------------

WORDS = ("newsweek", "harbour", "council", "the", "has", "contacted", "reached", "out", "to")


@given(
    st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), min_size=1, max_size=6),
    st.lists(st.sampled_from(WORDS), max_size=30),
)
def test_gated_phrases_find_what_a_scan_for_each_finds(
    phrases: list[list[str]], page: list[str]
) -> None:
    signatures = ranked((" ".join(words), 0.9 - i / 10) for i, words in enumerate(phrases))
    text = " ".join(page) or "empty"
    lines = Lines(Page(text), segment_lines(text))
    plain = next((s.weight for s in signatures if s.text in lines.page_lower), 0.0)
    assert strongest(plan(signatures), lines) == plain


MARKED = ("harbour", "&", "israel's", "israel’s", "read\xa0", "café", "the", "news")


@given(
    st.lists(st.lists(st.sampled_from(MARKED), min_size=1, max_size=3), min_size=1, max_size=5),
    st.lists(st.sampled_from(MARKED), max_size=20),
    st.sampled_from(["", "read\xa0", "&"]),
)
def test_a_phrase_with_a_rare_mark_is_found_as_a_scan_for_it_finds(
    phrases: list[list[str]], page: list[str], needle: str
) -> None:
    """Marks (a rare character of a phrase or needle, looked for first) never change a verdict."""
    weighed = [(" ".join(words), 0.9 - i / 10) for i, words in enumerate(phrases)]
    regex = Signature(r"(?m)^read\xa0", 0.05, regex=True, needle=needle)
    signatures = ranked([*weighed, regex])
    text = " ".join(page) or "empty"
    lines = Lines(Page(text), segment_lines(text))
    plain = next((s.weight for s in signatures if s.found(lines.page_lower)), 0.0)
    assert strongest(plan(signatures), lines) == plain


def test_a_phrase_is_marked_by_its_first_rare_character() -> None:
    steps = plan(
        ranked(
            [
                ("request reprint & licensing", 0.8),
                ("the site's daily edition", 0.7),
                ("never miss a story", 0.6),
                Signature(r"(?m)^read\xa0", 0.5, regex=True, needle="read\xa0"),
            ]
        )
    )
    assert [step[5] for step in steps] == ["&", "'", "", "\xa0"]


def test_a_shared_first_word_is_scanned_for_once() -> None:
    signatures = ranked(
        [("newsweek is committed", 0.95), ("newsweek has contacted", 0.6), ("the end", 0.5)]
    )
    steps = plan(signatures)
    assert [step[3] for step in steps] == ["newsweek", "newsweek", ""]

    class Counting(str):
        scans = 0

        def __contains__(self, needle: object) -> bool:
            Counting.scans += 1
            return super().__contains__(needle)  # type: ignore[operator]

    text = "The council met on Monday.\n\nIt ended late."
    lines = Lines(Page(text), segment_lines(text))
    lines._page_lower = Counting(text.lower())
    assert strongest(steps, lines) == 0.0
    assert Counting.scans == 2  # 'newsweek' once, 'the end' once


# -- comment threads: a header opening with a number word -------------------------------------


@pytest.mark.parametrize("count", ["three", "Ten", "12", "one"])
def test_a_thread_header_with_a_number_word_starts_the_thread(count: str) -> None:
    text = "\n\n".join(
        [BODY, BODY, f"{count} thoughts on “The harbour plan”", "Dana says:", "Agreed."]
    )
    found = list(comments.threads(context(text)))
    assert [(m.kind, m.first, m.last) for m in found] == [("comments", 2, 4)]


# -- line starts: every prefix set's lines found in one pass when the Context is built --------


def _every_start() -> list[str]:
    import corpuskit_plugins.generic.families  # noqa: F401  (every rule's prefix sets made)
    from corpuskit_plugins.generic.context import _SETS

    return sorted({start for prefixes in _SETS for start in prefixes.starts})


_STARTS = _every_start()
line_openings = st.one_of(
    st.sampled_from(_STARTS),
    st.sampled_from(_STARTS).map(lambda start: start[:-1]),  # one character short
    st.sampled_from(_STARTS).map(str.upper),
    st.sampled_from(["the", "by", "x", "a", "12", "(", "©", "sign", "٣ ", "“", "<br>", "[", "&"]),
)


@settings(max_examples=300)
@given(st.lists(st.tuples(line_openings, st.sampled_from(["", " harbour", "s", ":", " by"]))))
def test_every_prefix_set_finds_the_lines_a_plain_startswith_finds(
    rows: list[tuple[str, str]],
) -> None:
    from corpuskit_plugins.generic.context import _SETS

    lines = [opening + rest for opening, rest in rows if (opening + rest).strip()]
    ctx = context("\n\n".join([BODY, *lines, BODY]))
    for prefixes in _SETS:
        plain = [i for i, low in enumerate(ctx.lower) if low.startswith(prefixes.starts)]
        assert list(ctx.starting(prefixes)) == plain


@settings(max_examples=300)
@given(st.lists(st.tuples(line_openings, st.sampled_from(["", " harbour", "s", ":", " by"]))))
def test_every_opening_class_finds_the_lines_a_test_of_the_first_character_finds(
    rows: list[tuple[str, str]],
) -> None:
    """The lines opening with a digit, a mark or no letter, routed with the line starts, are
    the lines a test of each line's first character picks."""
    from corpuskit_plugins.generic.context import _OPENINGS

    lines = [opening + rest for opening, rest in rows if (opening + rest).strip()]
    ctx = context("\n\n".join([BODY, *lines, BODY]))
    assert len(_OPENINGS) >= 3  # digits (threads), marks (share), no letter (markup)
    for opening in _OPENINGS:
        plain = [i for i, low in enumerate(ctx.lower) if low and opening.test(low[0])]
        assert list(ctx.starting(opening)) == plain


# -- rows holding a needle: found by str.find and newline counts, as a row-by-row test finds --


@given(
    st.lists(st.text(alphabet="ab/|©c ", max_size=12), min_size=1, max_size=12),
    st.sampled_from(["/", "|", "©", "ab", "b/", "c c", "photo", "a"]),
)
def test_rows_holding_a_needle_are_those_a_row_by_row_test_finds(
    rows: list[str], needle: str
) -> None:
    from corpuskit_plugins.generic.context import rows_holding

    plain = [i for i, row in enumerate(rows) if needle in row]
    assert rows_holding("\n".join(rows), needle) == plain


def test_caption_candidates_are_the_lines_whose_tails_hold_a_mark() -> None:
    """A mark counts only within the last ``TAIL_CHARS`` characters of its line."""
    from corpuskit_plugins.generic import captions

    far = "A photo credit of " + "word " * 20 + "and more words here"
    near = "Harbour cranes at dusk, the council said. Photo: Ana Ruiz"
    ctx = context("\n\n".join([BODY, far, near, BODY]))
    assert [(m.kind, m.first) for m in captions.captions(ctx)] == [("caption", 2)]


# -- share lines: only lines opening with a share word, a mark or a digit are split ---------------


def plain_share(ctx: Context) -> list[tuple[int, int]]:
    """The share verdicts with every short line's first word split off and looked up."""
    found: list[tuple[int, int]] = []
    for index in ctx.short:
        if ctx.words[index] > share.MAX_WORDS or ctx.kinds[index] is not None:
            continue
        low = ctx.lower[index]
        first = low.split(" ", 1)[0].strip(":!?.()[]|")
        if (
            (first in share.VERBS or first in share.NETWORKS or first.isdigit())
            or low in share.PHRASES
        ) and share.share_line(low):
            # A lone word heading its paragraph ("Print" over "Print sales fell") or an item
            # under the article's lead-in is no button: the same verdicts, plainly reached.
            lone = ctx.words[index] == 1
            if lone and (heads_its_section(ctx, index, first) or share._introduced(ctx, index)):
                continue
            found.append((index, index))
    found += [(m.first, m.last) for m in share._network_runs(ctx)]
    return found


share_words = st.sampled_from(
    [
        "Share",
        "(Share",
        "[Facebook]",
        "Twitter",
        "12",
        "٣",
        "²",
        "|",
        "Email",
        "Pinterest",
        "this",
        "on",
        "the",
        "harbour",
        "Sharing is caring!",
        "Copy link",
        "likes",
        "shared",
    ]
)


@given(st.lists(st.lists(share_words, min_size=1, max_size=5), min_size=1, max_size=8))
def test_share_lines_are_what_the_plain_search_finds(lines: list[list[str]]) -> None:
    ctx = context("\n\n".join([BODY, *(" ".join(words) for words in lines), BODY]))
    assert [(m.first, m.last) for m in share.share(ctx)] == plain_share(ctx)


# -- phrase lists factored into a trie: the same strings, the same dates ---------------------------

PHRASE_PARTS = st.text(alphabet="abm.é", min_size=1, max_size=4)


@given(st.lists(PHRASE_PARTS, min_size=1, max_size=8), st.lists(PHRASE_PARTS, max_size=8))
def test_a_factored_phrase_list_matches_exactly_its_phrases(
    phrases: list[str], others: list[str]
) -> None:
    """``trie_pattern`` matches a whole string exactly when the string is one of the phrases."""
    factored = re.compile(trie_pattern(phrases))
    for text in [*phrases, *others]:
        assert (factored.fullmatch(text) is not None) == (text in phrases)


def test_an_empty_phrase_is_refused() -> None:
    with pytest.raises(ValueError, match="empty phrase"):
        trie_pattern(["may", ""])


def test_no_month_name_holds_what_follows_one() -> None:
    """Why the factored month names find the dates the plain list does: a name is followed by
    a full stop, a comma or a space, which no name holds, so one name at most fits anywhere."""
    for name in (*dates.FOREIGN_MONTHS, *dates._ENGLISH_MONTHS):
        assert not set(name) & {".", ",", " "}, name


DATE_TOKENS = st.sampled_from(
    [
        *("march", "mar", "marc", "mars", "marzo", "maart", "may", "mai", "maj", "maja", "mayo"),
        *("june", "jun", "juni", "juin", "sept", "sep", "september", "septembre", "januar"),
        *("března", "март", "मार्च", "जून", "ocak", "2019", "2024", "1999", "19", "20", "3", "28"),
        *("4th", "1st", "de", "of", " ", " ", ", ", ".", "/", "-", "年", "月", "日", "٢٠١٩"),
        *("окт", "мај", "发表于", "입력", "x"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(DATE_TOKENS, min_size=1, max_size=12))
def test_the_factored_date_regex_finds_what_the_plain_one_finds(tokens: list[str]) -> None:
    """The date regex (months as a trie, digit-first forms only where a digit stands) finds
    the same dates, at the same places, with the same parts, as the forms written plainly."""
    plain = re.compile(
        dates.DATE_START + "(?:" + "|".join(dates.date_forms(dates.plain_month)) + ")"
    )
    text = "".join(tokens)
    found = [(m.span(), m.groups()) for m in dates._DATES.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


BY_WORD_TOKENS = st.sampled_from(
    [
        *("by", "bye", "von", "par", "door", "av", "da", "di", "author", "authors", "autor"),
        *("autorin", "text", "texto", "tác giả", "tác", "作者", "מאת", "بقلم", "published"),
        *(" ", " ", "  ", "\t", "\n", "\u3000", ":", "：", " :", "x", "2024", ", ", "."),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(BY_WORD_TOKENS, max_size=10))
def test_a_line_holds_a_word_for_by_as_the_plain_regex_says(tokens: list[str]) -> None:
    """The word-for-"by" search (opening with the space before the word, the line's start a
    space put before it, the words factored by prefixes) answers as the regex written
    plainly, with its ``^`` alternative."""
    from corpuskit_plugins.generic import head_bylines

    plain = re.compile(head_bylines.BY_WORD)
    text = "".join(tokens)
    assert head_bylines.holds_by_word(text) == (plain.search(text) is not None)


PAREN_TOKENS = st.sampled_from(
    [
        *("(", ")", "/", " ", "/ ", ".", "!", "ap", "ap photo", "reuters", "afp", "getty"),
        *("getty images", "photo", "image", "courtesy", "handout", "file photo", "mara"),
        *("ellison", "credit", "associated press", "x", "2019", "-"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PAREN_TOKENS, max_size=10))
def test_a_bracketed_credit_matches_as_with_its_forms_in_the_first_order(tokens: list[str]) -> None:
    """The bracketed credit's forms, those opening with the agency tried first, match where
    the forms in their first order did (only whether they match is asked)."""
    from corpuskit_plugins.generic import captions

    agency = captions._AGENCY
    first_order = re.compile(
        r"\((?:[^()]*(?:photo|image|credit|courtesy|picture|illustration|screenshot|screengrab)"
        r"[^()]*|[^()]*/ ?(?:" + agency + r")\b[^()]*|(?:" + agency + r")\b ?/[^()]*"
        r"|(?:getty images|getty|afp|shutterstock|istock|handout|courtesy|file photo))\)\W{0,2}\Z"
    )
    text = "(" + "".join(tokens)
    for at in range(len(text)):
        assert (captions._PAREN_CREDIT.match(text, at) is None) == (
            first_order.match(text, at) is None
        )


CAPTION_TOKENS = st.sampled_from(
    [
        *("Photo:", "Source:", "Credit:", "Image caption ", "Фото:", "© ", "(", ")", "/", " "),
        *(" ", "AP Photo", "Reuters", "Getty Images", "Mara Ellison", "the harbour", ".", ","),
        *("| Bloomberg", "Photo by ", "2019", "Courtesy", "said"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(CAPTION_TOKENS, min_size=1, max_size=10))
def test_a_caption_line_opening_with_no_start_is_read_by_its_end(tokens: list[str]) -> None:
    """The captions rule reads a line the Context found opening with none of its starts by
    its end alone: the verdict the whole classifier gives."""
    from corpuskit_plugins.generic import captions

    norm = " ".join("".join(tokens).split())
    if not norm:
        return
    low, words = norm.lower(), norm.count(" ") + 1
    if low.startswith(captions._STARTS) or words > captions.MAX_CAPTION_WORDS:
        return
    verdict = captions.classify.__wrapped__(norm, low, words)
    assert captions._by_its_end.__wrapped__(norm, low, words) == verdict


@pytest.mark.parametrize(
    "line",
    ["published: march 28, 2015", "19 november 2019", "4. märz 2024", "2024. március 12.", "x"],
)
def test_the_factored_date_regex_on_date_headers(line: str) -> None:
    plain = re.compile(
        dates.DATE_START + "(?:" + "|".join(dates.date_forms(dates.plain_month)) + ")"
    )
    assert [m.groups() for m in dates._DATES.finditer(line)] == [
        m.groups() for m in plain.finditer(line)
    ]
