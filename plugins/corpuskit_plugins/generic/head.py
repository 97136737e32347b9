"""The head of an article: a leading title line, a date header glued to the first paragraph.

The title is the first line when it reads like a headline, whatever separates it from the next
(a page's separators never change its Document); a byline, a breadcrumb trail or a row of
bracketed links on top of a body is not one.
Pages saved whole repeat it (the ``<title>`` line, then the ``<h1>`` above the article, often
without the site name): those repeats are titles too, and the shortest of them is the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from corpuskit.layout import HEADING_ENDS, Match
from corpuskit_plugins.generic.context import CJK_SIGNS, Context

# A crawler's date header: " date 2018-12-30 " in front of the first paragraph.
DATE_HEADER = re.compile(r"\s*(date\s+(\d{4})-(\d{2})-(\d{2}))(?:\s|$)")
_SEPARATOR_MARKS = ("|", "-", "–", "—", "::", "·", "•", "«", "»")
"""What parts a title from the site's name or section, with a space on each side."""
_TITLE_SEPARATORS = re.compile(f" (?:{'|'.join(map(re.escape, _SEPARATOR_MARKS))}) ")
MIN_PIECE_WORDS = 3
MAX_TITLE_WORDS = 25
"""Words a title line has at most."""
_UNSPACED_MARKS = re.compile(r"[|｜_]")
"""What parts a title written without spaces (Chinese, Japanese) from its site's name:
``江城地铁五号线今日开通_新闻中心_江城网``, ``会社を辞めて｜こばやし``."""
MIN_PIECE_SIGNS = 6
"""Kana, Han or Hangul signs a piece of such a title holds at least: about three words."""
# Two sentences: a word, a stop, then a capital ('... and its advertiser. All opinions ...').
_SENTENCES = re.compile(r"[a-z]{2}[.!?] [A-Z]")


def _site_named(text: str) -> bool:
    """Whether a line written without spaces reads as a page title naming its site: a mark
    (``_``, ``|``, ``｜``, or a spaced `` - ``) after a headline of six signs or more
    ("江城地铁五号线今日开通 沿线设站十八座_新闻中心_江城网"), not a breadcrumb
    ("网站首页 | 新闻中心") nor a sentence with no mark ("大家好 今天想跟大家分享...")."""
    head = _unspaced_marks(text).split(text, maxsplit=1)
    return len(head) == 2 and len(CJK_SIGNS.findall(head[0])) >= MIN_PIECE_SIGNS


def _unspaced_marks(text: str) -> re.Pattern[str]:
    """What parts a title written without spaces: its own marks (``_``, ``|``, ``｜``), or,
    when it holds none, a spaced title's separators ("喫茶店が閉店 - まちかど新聞")."""
    return _UNSPACED_MARKS if _UNSPACED_MARKS.search(text) else _TITLE_SEPARATORS


def _has_separator(low: str) -> bool:
    """Whether ``low`` holds a mark :data:`_TITLE_SEPARATORS` may split on (a plain loop:
    ``any`` over a generator costs more than the searches)."""
    for mark in _SEPARATOR_MARKS:  # noqa: SIM110
        if mark in low:
            return True
    return False


_BYLINE_STARTS = ("by ", "posted by ", "written by ", "posted on ", "published ")
_DATED_BYLINE = re.compile(r"\b(?:19|20)\d\d by \S")
"""A date then a byline: ``Tuesday 15 October 2019 by Dana Kessler``."""


def _not_a_headline(low: str) -> bool:
    """A first line that reads like a heading but is what sits over a body: a byline (dated
    or not), a breadcrumb trail (``Home > News > ...``), a row of bracketed links
    (``[ Docs ] [ txt ]``)."""
    return (
        low.startswith(_BYLINE_STARTS)
        or low.count(" > ") >= 2
        or low.count("[") >= 3
        # The regex only on a line holding ' by ', which every match does: it tries every
        # position of the line, where the find runs at C speed.
        or (" by " in low and _DATED_BYLINE.search(low) is not None)
    )


def _ends(low: str) -> list[str]:
    """A title without its last part or its first ("A – as it happened | Site" gives "A – as
    it happened"): the site's name comes off one end, and the headline may hold a
    separator's mark of its own."""
    cuts = list(_TITLE_SEPARATORS.finditer(low))
    if len(cuts) < 2:
        return []
    return [low[: cuts[-1].start()], low[cuts[0].end() :]]


def dateline(ctx: Context) -> Iterator[Match]:
    """A ``date YYYY-MM-DD`` header at the very start of the page.

    The match is a character span: the header is usually a prefix of the first paragraph.
    """
    if not ctx.total:
        return
    first = ctx.lines.blocks[0]
    found = DATE_HEADER.match(first.text)
    if not found:
        return
    try:
        value = dt.date(int(found[2]), int(found[3]), int(found[4]))
    except ValueError:
        return
    start = first.start + found.start(1)
    end = first.start + found.end(1)
    yield Match("dateline", 0, 0, value, span=(start, end))


def _after_site(ctx: Context) -> str | None:
    """The headline of a title written "Site: Headline" (Blogger's), when a line of the page
    repeats it whole: the headline over the article. A colon alone says nothing (the
    headline may hold one: "Site: Pho at home: five tries"); the echo says where it cuts."""
    low = ctx.lower[0]
    rest = low[low.index(": ") + 2 :]
    if rest.count(" ") + 1 < MIN_PIECE_WORDS or rest not in ctx.lower:
        return None
    return rest


def _headline(ctx: Context, repeats: list[int], low: str) -> str:
    """Which repeat of the title is the headline (:func:`headline_echo`); a whole copy of
    the title, site's name and all, is the value only where no part is repeated."""
    norm: list[str] = ctx.norm
    echo = headline_echo(ctx, [i for i in repeats if ctx.lower[i] != low])
    if echo is None:
        return min([norm[i] for i in repeats], key=len)
    return norm[echo]


def headline_echo(ctx: Context, echoes: list[int]) -> int | None:
    """Of the lines that repeat a part of the page title, the headline's: the one with the
    most words. The site's name is a part of the title too, and a page saved whole prints it
    in its masthead above the headline; the shorter repeat was the site's name on most such
    pages.

    A tagline or a store's name longer than the headline is taken for it still. The echo
    right above the article's prose was tried instead (a review's probes): on mozilla-dev
    the masthead sits right above prose as often (a site's own blurb, a skip link's
    sentence), and its whole-page text lost on the checking half (0.897 → 0.890)."""
    words = ctx.words
    return max(echoes, key=lambda i: words[i], default=None)


def title(ctx: Context) -> Iterator[Match]:
    """The first line, when it reads like a headline.

    Only when another line follows: a one-line page has no title to take. Blank lines play no
    part (a page's separators never change its Document).
    """
    # The line count and the first line's claim read directly: ``len(ctx.lines)`` and
    # ``ctx.free`` are Python-level calls, and this runs on every page.
    if ctx.total < 2 or ctx.kinds[0] is not None:
        return
    text = ctx.norm[0]
    if len(text) > 200:
        return
    # ``looks_like_heading(text, max_words=25)`` with its split kept: the word count below
    # walks the same words, which a second split made a second time.
    split = text.split()
    if not 0 < len(split) <= MAX_TITLE_WORDS or text.endswith(HEADING_ENDS):
        return
    # A question, two sentences or several 'label: value' parts open the body more often than
    # they head it: precision first.
    echo = _after_site(ctx) if ": " in text else None
    if (
        text.endswith(("?", "。", "？", "！"))
        or (text.count(": ") - text.count(":: ") > 1 and echo is None)  # "::" separates
        # The regex only where a sentence may end mid-line: it costs more than these finds.
        or (("." in text or "!" in text or "?" in text) and _SENTENCES.search(text))
    ):
        return
    spaces = text.count(" ")
    # Words holding a letter or digit, counted only as far as the threshold needs.
    words = 0
    for word in split:
        if word.isalnum() or any(c.isalnum() for c in word):
            words += 1
            if words >= MIN_PIECE_WORDS:
                break
    # Spaces count between a headline's phrases, not around its separator from the site's
    # name ("山あいの集落で土砂崩れ 住民12人が一時孤立 | ニュース": one space, not three).
    unspaced = (
        not text.isascii()
        and (spaces <= 2 or _TITLE_SEPARATORS.sub("|", text).count(" ") <= 2)
        and _site_named(text)
    )
    if (words < MIN_PIECE_WORDS and (spaces or text.isascii()) and not unspaced) or (
        text.endswith("!") and spaces > 6
    ):
        return  # a word or two (a place, a section) or an exclamation: no headline
    if " " not in text and len(text) > 60:
        return  # a long unspaced (CJK) line is a sentence, whatever its punctuation
    if _not_a_headline(ctx.lower[0]):
        return
    if None not in ctx.kinds[1:]:
        return  # no body would be left under it
    low = ctx.lower[0]
    # Repeats count only for titles of a few words: a one-word line may well be body text.
    if unspaced:
        # A title in a script without spaces: its headline is its longest piece ("标题_网站",
        # "まちかど新聞 - 見出し"), counted in signs; a site's name may have six signs too.
        parts = [p.strip() for p in _unspaced_marks(low).split(low)]
        pieces = [low, max(parts, key=lambda p: len(CJK_SIGNS.findall(p)))]
        variants = {p for p in pieces if len(CJK_SIGNS.findall(p)) >= MIN_PIECE_SIGNS}
    elif _has_separator(low):
        # Split only a title holding a separator's mark: the regex costs more than the finds.
        pieces = [low, *_TITLE_SEPARATORS.split(low), *_ends(low)]
        variants = {p for p in pieces if p.count(" ") + 1 >= MIN_PIECE_WORDS}
    else:
        # No separator: the line is its only variant (no list of pieces to build and test).
        variants = {low} if low.count(" ") + 1 >= MIN_PIECE_WORDS else set()
    if echo is not None:
        variants.add(echo)
    kinds = ctx.kinds
    # A whole copy right under the title is the body's first line (see repeats.py). Whether
    # any other line is a variant is asked first: most titles are not repeated. (The title
    # line itself is one, so only a repeat of it counts.)
    repeats = []
    others = variants - {low} if low not in ctx.repeated else variants
    if others and not others.isdisjoint(ctx.lower):
        repeats = [
            i
            for i, line in enumerate(ctx.lower)
            if i and line in variants and kinds[i] is None and not (i == 1 and line == low)
        ][:3]
    if repeats and (fuller := _fuller_echo(ctx, others, repeats)) is not None:
        # The headline saying more than the title's part ("… volta a cozer pão ao fim de 27
        # anos" under the SEO title's "… volta a cozer pão"): its echo, over a repeat of the
        # site's name in the footer or of the headline in a sidebar's list. Only over such a
        # repeat: where no line repeats the title, the article is sought where its prose is
        # densest, under whatever header lines stand over it (an echo taken there kept its
        # byline, date and share lines: three blind sets' pages, session 29).
        repeats = [fuller, *repeats]
    if not repeats and others and (broken := _broken_echo(ctx, others)) is not None:
        # The headline broken over two lines by the markup (an ``<h1>`` with a ``<br>``):
        # the two lines are its echo, and their join its value.
        yield Match("title", 0, 0, f"{ctx.norm[broken]} {ctx.norm[broken + 1]}")
        yield Match("title", broken, broken + 1)
        return
    value = _headline(ctx, repeats, low) if repeats else None
    if (
        value is not None
        and (day := DAY_BEFORE.match(value))
        and value[day.end() :].lower() in (_TITLE_SEPARATORS.split(low))
    ):
        value = value[day.end() :]  # "12 Bře Vyhlídka …": the theme's day is no part of it
    yield Match("title", 0, 0, value)
    for index in repeats:
        yield Match("title", index, index)


BROKEN_ECHO_LINES = 40
"""How far down a headline broken over two lines is looked for: it heads the page."""


def _broken_echo(ctx: Context, parts: set[str]) -> int | None:
    """The first of two lines that together repeat a part of the title ("Seca no Alentejo:"
    over "barragens abaixo dos 30%"), both unclaimed, with the article's prose starting
    within four lines under them; None where no two do. The site's name is broken over two
    lines as often, in a masthead over the menus ("Brandenburgische Landeszentrale" over
    "für politische Bildung"), with no prose under it."""
    lower, kinds = ctx.lower, ctx.kinds
    for index in range(1, min(ctx.total - 1, BROKEN_ECHO_LINES)):
        first = lower[index]
        if (
            first
            and kinds[index] is None
            and kinds[index + 1] is None
            and any(part.startswith(first) for part in parts)
            and (joined := f"{first} {lower[index + 1]}") in parts
            and _longest(joined, parts)
            and any(ctx.prose(line) for line in range(index + 2, min(index + 6, ctx.total)))
        ):
            return index
    return None


FULLER_REACH = 8
"""Lines under a fuller echo within which the article's prose starts: a byline, its date, a
category, a reading time and share buttons stand between."""
_CRUMBS = re.compile(r"\s[>»›/]\s")
_LABELLED = re.compile(r"[:;]\s[^\n]*\n|;\s")
"""A label before the title's part or a clause after a semicolon, in a line holding it
(the part written as a newline): a kicker's "BREAKING: …", a standfirst's "…; works start
in spring" (session 29's review), no headline said in full. A subtitle after a colon
("Farg‘ona choyi qanday tayyorlanadi: ustamizdan …") is the headline's own."""
DAY_BEFORE = re.compile(r"\d{1,2}\.?\s+[^\W\d_]{2,5}\.?,?\s+")
"""A theme's day printed before the headline ("12 Bře ", "14 Mär. "): no part of the title
(here and in the HTML extractor's ``declared.title_for``)."""


def _fuller_echo(ctx: Context, parts: set[str], repeats: list[int]) -> int | None:
    """The line near the top holding the title's longest part with a few words more, above
    every line repeating a part of the title (``repeats``: the site's name in the footer, a
    sidebar's list of recent posts), with the article's prose between: the headline, of
    which the page title gives a shortened copy (or the day printed before it, "12 Bře
    Vyhlídka …"). Unclaimed, of a headline's length, no breadcrumb, with the article's
    prose starting within :data:`FULLER_REACH` lines under it; None where no line is."""
    part = max(parts, key=lambda p: p.count(" "))
    if part.count(" ") + 1 < MIN_PIECE_WORDS:
        return None
    lower, kinds = ctx.lower, ctx.kinds
    for index in range(1, min(ctx.total - 1, BROKEN_ECHO_LINES, min(repeats))):
        line = lower[index]
        if (
            kinds[index] is None
            and part in line
            and line != part
            and line.count(" ") - part.count(" ") < MIN_PIECE_WORDS * 3
            and ctx.words[index] <= MAX_TITLE_WORDS
            and not line.endswith(HEADING_ENDS)
            and not _CRUMBS.search(line)
            and not _LABELLED.search(line.replace(part, "\n"))
            and _heads_prose(ctx, index, FULLER_REACH)
        ):
            # The repeats stand below the article: its prose lies between.
            prose = sum(1 for i in range(index + 1, min(repeats)) if ctx.prose(i))
            return index if prose >= _PROSE_ABOVE_REPEATS else None
    return None


_PROSE_ABOVE_REPEATS = 3
"""Lines of prose between a fuller echo and the first repeat of the title's part: an
article's paragraphs, where a header's standfirst is one."""


def holds_title_part(headline: str, page_title: str) -> bool:
    """Whether a lower-cased headline holds a part of the lower-cased page title (not the
    whole), of a headline's words: the headline said in full over an SEO title that
    shortens it (:func:`_fuller_echo`)."""
    return any(
        part != page_title and part.count(" ") + 1 >= MIN_PIECE_WORDS and part in headline
        for part in _TITLE_SEPARATORS.split(page_title)
    )


def _heads_prose(ctx: Context, index: int, reach: int) -> bool:
    """Whether the article's prose starts within ``reach`` lines under a line."""
    return any(ctx.prose(i) for i in range(index + 1, min(index + reach + 1, ctx.total)))


def _longest(join: str, parts: set[str]) -> bool:
    """Whether two lines' join outnumbers in words every other part of the title it neither
    holds nor is held by: the headline, not the site's name or a section ("Harbour Town" over
    "Gazette" in a masthead, with the article under it)."""
    words = join.count(" ")
    return all(part.count(" ") < words for part in parts if part not in join and join not in part)
