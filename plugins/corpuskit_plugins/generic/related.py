"""Links to other articles: 'Read more: ...', 'Related:', 'ALSO READ', related-headline lists.

* An inline link: a line opening with a link prefix (``Read more:``, ``Related:``, ``SEE
  MORE:``, ``Also read``) followed by a headline, or ``Read`` followed by a capitalised headline
  with no full stop (``Read  Valmora votes down waterfront tower``).
* A list: a header line (``Related articles``, ``Don't miss``, ``Most read in World``, ``DW
  recommends``) and the headline-like lines after it (no sentence punctuation, at most 20
  words), up to a line that reads like prose. A header an article may give a section of its
  own ("What's next", "More on the costs") is a subheading when a paragraph follows it.
* Never the page's first line with a label a headline may carry (its headline: "Opinion:
  ...", "Watch: ..."), nor a link prefix over a sentence ("Up next: a public meeting on May
  2.").
* A tabloid cross-link: a headline ending in a tag such as ``[VIDEO]`` or ``[INSIGHT]``, or an
  all-capitals headline of six words or more inside the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import (
    DIGIT_OPENING,
    Context,
    Prefixes,
    caseless,
    headline_like,
    phrase_set,
    runs,
)

MAX_ITEMS = 15
MIN_LOOSE_ITEMS = 2
MAX_ITEM_WORDS = 20
SITE_LINKS = frozenset(
    (
        *("about", "about us", "contact", "contact us", "advertise", "advertise with us"),
        *("careers", "jobs", "terms", "terms of use", "terms of service", "privacy"),
        *("terms and conditions", "privacy policy", "cookie policy", "cookies", "newsletter"),
        *("newsletters", "sitemap", "imprint", "accessibility", "help"),
    )
)
"""Links to the site's own pages: the menu a related list runs into at the foot of a page,
never one of its items (a blank line used to end the list there; blank lines play no part)."""

# A prefix whose line is a link whatever follows (the colon says 'here comes a headline').
STRONG_PREFIXES = (
    "read more:",
    "read more -",
    "read more –",
    "read more here:",
    "related:",
    "related article:",
    "related articles:",
    "related story:",
    "related stories:",
    "related coverage:",
    "related content:",
    "related link:",
    "related news:",
    "also read:",
    "also read -",
    "read also:",
    "see also:",
    "see more:",
    "more:",
    "more on this:",
    "read next:",
    "up next:",
    "next article:",
    "previous article:",
    "recommended:",
    "recommended reading:",
    "don't miss:",
    "don’t miss:",
    "must read:",
    "must-read:",
    "click here to read",
    "read the full story",
    "continue reading:",
)
# Prefixes that make a link only when a headline (no full stop) follows.
WEAK_PREFIXES = (
    "read ",
    "also read ",
    "read more ",
    "also: ",
    "watch: ",
    "watch ",
    "listen: ",
    "trending: ",
    "opinion: ",
    "video: ",
    "related ",
    "see ",
    # Other languages' "Read also:", a link only when a headline follows ("Lire aussi : Les
    # critiques de la CNIL"), never a sentence ("Mehr zum Thema: Die Stadt hat ... beschlossen").
    *("lesen sie auch:", "lesen sie mehr:", "mehr zum thema:", "lire aussi :", "lire aussi:"),
    *("à lire aussi :", "à lire aussi:", "lee también:", "leé también:", "leer más:"),
    *("leggi anche:", "leia também:", "lees ook:"),
    *("te puede interesar:", "lea también:", "leia mais:", "veja também:", "saiba mais:"),
    *("czytaj także:", "czytaj też:", "zobacz też:", "zobacz także:", "čtěte také:"),
    *("читайте также:", "читайте також:", "lees meer:", "läs också:", "läs även:"),
    *("læs også:", "les også:", "lue myös:", "baca juga:", "xem thêm:", "διαβάστε επίσης:"),
    *(
        "اقرأ أيضا:",
        "اقرأ أيضاً:",
        "اقرأ أيضًا:",
        "קראו גם:",
        "相关阅读：",
        "延伸阅读：",
        "推荐阅读：",
        "相关新闻：",
        "相关报道：",
        "相關閱讀：",
        "延伸閱讀：",
        "関連記事：",
        "関連記事:",
        "[관련기사]",
        "관련기사:",
        "यह भी पढ़ें:",
        "ये भी पढ़ें:",
    ),
    *("citește și:", "citeşte şi:", "citeste si:", "vezi și:", "vezi şi:"),  # Romanian
    *("আরও পড়ুন:", "আরো পড়ুন:", "हेही वाचा:", "हे पण वाचा:"),  # Bengali, Marathi
    *("بیشتر بخوانید:", "อ่านเพิ่มเติม:"),  # Persian, Thai
    # Malay and Tagalog: not "baca:" nor "basahin:" alone, a step of instructions ("Read:").
    "basahin din:",
    # Turkish: "İlgili" lower-cases to an i with a combining dot.
    *("ilgili haber:", "i̇lgili haber:", "ayrıca okuyun:"),
)
HEADERS = phrase_set(
    """延伸閱讀|延伸阅读
    |related|related articles|related stories|related posts|related content|related coverage
    |related news|related links|related reading|related videos|read more|read next|more stories
    |more news|more articles|more headlines|don't miss|don’t miss|do not miss|recommended
    |recommended for you|recommended stories|recommended articles|recommended reading
    |you may also like|you might also like|you may like|you might like|you may be interested in
    |also read|read also|see also|most read|most popular|most viewed|most shared|popular
    |popular stories|popular now|trending|trending now|trending stories|latest|latest news
    |latest stories|latest videos|latest headlines|top stories|top news|editor's picks
    |editors' picks|editor’s picks|editors’ picks|what to read next|up next|further reading
    |explore further|explore more
    |more on this story|more on this|more like this|more videos|in other news|around the web
    |from the web|sponsored stories|promoted stories|more to read|keep reading|must read
    |more from our network|stories you may like|read this next|what's next|in case you missed it
    |more:|read more:|related:"""
) | phrase_set(
    # "Related posts" and "You may also like" as other languages word them: the headings
    # of the related-posts widgets (WordPress's "Ähnliche Beiträge"...). Not their "read
    # also" or "more on the topic", which also head a line of the article's own.
    """ähnliche beiträge|verwandte beiträge|verwandte artikel|das könnte dich auch interessieren
    |das könnte sie auch interessieren|articles similaires|articles liés|vous aimerez aussi
    |dans la même rubrique|sur le même sujet
    |artículos relacionados|entradas relacionadas|noticias relacionadas|te puede interesar
    |también te puede interesar|articoli correlati|potrebbe interessarti anche
    |artigos relacionados|posts relacionados|você também pode gostar|gerelateerde berichten
    |gerelateerde artikelen|похожие статьи|читайте также|powiązane artykuły|související články
    |ilgili haberler|مقالات ذات صلة|כתבות נוספות|संबंधित खबरें|aiheeseen liittyvät
    |aiheeseen liittyviä uutisia|uusimmat uutiset|uusimmat tiedotteet|luetuimmat
    |notícies relacionades|també et pot interessar|el més llegit|les més llegides
    |ข่าวที่เกี่ยวข้อง|อ่านข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|อ่านเพิ่มเติม
    |اخبار مرتبط|مطالب مرتبط|آخرین اخبار|پربازدیدترین|بیشتر بخوانید"""
)
HEADER_WORDS = ("related", "trending", "popular", "recommended", "most read", "most viewed")
HEADER_STARTS = ("more from ", "more in ", "more on ", "most read in ", "latest in ", "more about ")
_TAGGED = re.compile(
    r"\[ ?(?:video|videos|pictures|pics|photos|insight|reaction|latest|live|poll|gallery|watch"
    r"|analysis|revealed|report|update|comment|opinion)\s?\]\W?\Z"
)
SECTION_LIKE = phrase_set(
    """latest|latest news|trending|popular|what's next|what’s next|up next|more on this
    |more on this story|in other news|keep reading|more like this|further reading|آخرین اخبار"""
)
"""Headers an article may use for a section of its own ("What's next", "Latest", "More on
the costs"): over a paragraph, with no headline under them, they are its subheadings."""

_PREFIXES = Prefixes(
    *STRONG_PREFIXES,
    *WEAK_PREFIXES,
    *HEADER_STARTS,
    *sorted(f"{h}:" for h in HEADERS if not h.endswith(":")),
)
_LIST_ENDS = ("]", "]|")
"""How a tagged link ('... [Video]') ends."""
_LIST_LAST = frozenset(end[-1] for end in _LIST_ENDS)


_HEADER_TAIL = " :.…"
"""What a list header may end with and still be one: "Related:", "Das könnte dich auch
interessieren …". Stripped the same way where candidates are picked and where they are judged."""


def header(low: str) -> bool:
    """A line that announces a list of links."""
    if low in HEADERS:  # "More:", "Related:": the colon forms listed as they are written
        return True
    if _picks(low):
        return True
    low = low.rstrip(_HEADER_TAIL)
    if low in HEADERS:
        return True
    return low.startswith(HEADER_STARTS) and low.count(" ") <= 5


_NOT_A_SITE = ("the ", "our ", "a ", "an ", "my ", "this ", "that ", "we ")


def _picks(low: str) -> bool:
    """A site's picks announced in the third person: "DW recommends", "Editors recommend" is
    not one (a plural, and a review's own heading may say it). The site's name opens it, so
    not "The committee recommends:", which leads into the article's own list."""
    return low.endswith(" recommends") and low.count(" ") <= 2 and not low.startswith(_NOT_A_SITE)


def loose_header(low: str) -> bool:
    """'Trending News', 'Popular Stories': a list word and a word or two (needs a list)."""
    return low.count(" ") <= 2 and any(w in low for w in HEADER_WORDS) and headline_like(low)


_UNSPACED_HEADLINE = 6
"""Characters a headline in a script written without spaces (Chinese, Japanese) has at least."""


def inline(norm: str, low: str) -> bool:
    """A line that is itself a link to another article."""
    words = low.count(" ") + 1
    if words > 30:
        return False
    if low.startswith(STRONG_PREFIXES):
        # What follows a link's prefix is a headline: "Up next: a public meeting at the town
        # hall on May 2." opens in lower case and ends like a sentence, so it is one.
        rest = norm[norm.find(":") + 1 :].strip() if ":" in norm[:25] else ""
        if rest[:1].islower() and rest.endswith("."):
            return False
        return words >= 2 or low.endswith(":")
    for prefix in WEAK_PREFIXES:
        if low.startswith(prefix):
            rest = norm[len(prefix) :].strip()
            uncased = caseless(rest[:1])
            return (
                bool(rest)
                and (rest[0].isupper() or uncased)  # Arabic, Hebrew, Chinese: no capitals
                and (rest.count(" ") >= 2 or (uncased and len(rest) >= _UNSPACED_HEADLINE))
                and headline_like(rest, MAX_ITEM_WORDS)
                and not rest.endswith(("?", "!", ":"))
            )
    return False


def headed(norm: str, low: str) -> bool:
    """A list header and one headline on a line: ``MORE FROM THE SITE: Market to close``,
    ``Most read: Ferry timetable changes``."""
    colon = low.find(":")
    if colon < 2 or colon > 60 or not header(low[:colon]):
        return False
    rest = norm[colon + 1 :].strip()
    return (
        bool(rest)
        and (rest[0].isupper() or rest[0] in "0123456789\"“‘'")
        and " " in rest
        and headline_like(rest, MAX_ITEM_WORDS)
        and not rest.endswith(":")
    )


def _item(ctx: Context, index: int) -> bool:
    if not ctx.free(index):
        return False
    norm = ctx.norm[index]
    if norm.isdigit() and len(norm) <= 2:
        return True
    return headline_like(norm, MAX_ITEM_WORDS) and not norm.endswith(":")


def _list_end(ctx: Context, index: int) -> int:
    """The last item of the list a header announces.

    Items run on while they read like headlines; blank lines play no part (a page's
    separators never change its Document).
    """
    total = ctx.total
    last = index
    while last + 1 < total and last - index < MAX_ITEMS and _item(ctx, last + 1):
        following = last + 1
        if header(ctx.lower[following]) or ctx.lower[following] in SITE_LINKS:
            break
        last = following
    return last


def related(ctx: Context) -> Iterator[Match]:
    """Related links and lists, anywhere on the page."""
    candidates = set(ctx.starting(_PREFIXES))
    lower, words = ctx.lower, ctx.words
    candidates.update(
        [
            i
            for i in ctx.short
            if (count := words[i]) <= 25
            and (
                # The last character first: 'endswith' with a tuple costs several look-ups.
                ((low := lower[i])[-1] in _LIST_LAST and low.endswith(_LIST_ENDS))
                or (count <= 7 and low.rstrip(_HEADER_TAIL) in HEADERS)
                or (count <= 3 and (loose_header(low) or low.endswith(" recommends")))
            )
        ]
    )
    for index in sorted(candidates):
        if not ctx.free(index):
            continue
        norm, low = ctx.norm[index], ctx.lower[index]
        if header(low):
            end = _list_end(ctx, index)
            if end > index or not _subheading(ctx, index, low):
                yield Match("related", index, end)
        elif loose_header(low):
            end = _list_end(ctx, index)
            if end - index >= MIN_LOOSE_ITEMS:
                yield Match("related", index, end)
        elif index == 0 and not low.startswith(STRONG_PREFIXES):
            continue  # the page's first line is its headline ("Opinion: Our town needs ...")
        elif inline(norm, low) or headed(norm, low) or _tagged(ctx, index):
            yield Match("related", index, index)
    for index in ctx.short:
        norm = ctx.norm[index]
        if (
            norm.isupper()
            and 6 <= words[index] <= 30
            and ctx.kinds[index] is None
            and (_caps_link(norm))
        ):
            yield Match("related", index, index)
    yield from _tickers(ctx)


_TIMED = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d) \S")
"""A headline after the time it was posted ("13:05 Tbilisi opens a new cycle lane")."""
_TIME_MARKS = frozenset(":.")
MIN_TICKER = 3
TICKER_WORDS = 16
TICKER_HEADER_WORDS = 3


def _tickers(ctx: Context) -> Iterator[Match]:
    """A rail of the latest headlines, each after the time it was posted, the latest first,
    in any language ("13:05 …", "12:40 …", "12:10 …"), under its one-to-three-word header
    ("Latest news"). Three lines or more, one under the other, no sentence among them; the
    times must fall: a programme's and a timetable's rise, and a live blog's entries stand
    apart, each over its own text. Not with the article's prose both above and below it:
    results, a changelog, a countdown or the last departures inside the text (session 26's
    review)."""
    words, norm = ctx.words, ctx.norm
    timed = []
    for index in ctx.starting(DIGIT_OPENING):
        text = norm[index]
        # A time's separator stands second or third: most lines opening with a figure (a
        # date, a count) are turned away by two look-ups, before the regex.
        if text[1:2] not in _TIME_MARKS and text[2:3] not in _TIME_MARKS:
            continue
        if words[index] <= TICKER_WORDS and text[-1:] not in ".!?":
            found = _TIMED.match(text)
            if found is not None:
                timed.append((index, int(found[1]) * 60 + int(found[2])))
    for run in runs(timed, _earlier_below):
        if len(run) < MIN_TICKER or not all(ctx.free(index) for index, _ in run):
            continue
        above, last = run[0][0] - 1, run[-1][0]
        if (
            ctx.free(above)
            and words[above] <= TICKER_HEADER_WORDS
            and not any(c.isdigit() for c in norm[above])
            and norm[above][-1:] not in ".!?:"
            and not (_prose_in(ctx, above - 2, above) and _prose_in(ctx, last + 1, last + 3))
        ):
            yield Match("related", above, last)


def _earlier_below(before: tuple[int, int], item: tuple[int, int]) -> bool:
    """Whether a timed line is the next one and its time earlier: a rail's next headline."""
    return item[0] == before[0] + 1 and item[1] < before[1]


def _prose_in(ctx: Context, start: int, stop: int) -> bool:
    """Whether a line of prose stands from ``start`` up to ``stop``."""
    return any(ctx.prose(index) for index in range(max(0, start), min(stop, ctx.total)))


def _subheading(ctx: Context, index: int, low: str) -> bool:
    """A section-like header with a paragraph right under it: the article's subheading."""
    bare = low.rstrip(_HEADER_TAIL)
    return (
        (bare in SECTION_LIKE or bare.startswith(HEADER_STARTS) or _picks(bare))
        and index + 1 < ctx.total
        and ctx.prose(index + 1)
    )


def _tagged(ctx: Context, index: int) -> bool:
    low = ctx.lower[index]
    return low.endswith(_LIST_ENDS) and bool(_TAGGED.search(low)) and headline_like(low, 25)


def _caps_link(norm: str) -> bool:
    """An all-capitals headline linking elsewhere, not a subheading or a row of figures."""
    if not norm.isupper() or not headline_like(norm, 30) or norm.endswith((":", "?")):
        return False
    if "%" in norm:
        return False
    tokens = norm.split()
    letters = sum(1 for t in tokens if t[:1].isalpha())
    return letters >= 6 and letters >= len(tokens) - 1
