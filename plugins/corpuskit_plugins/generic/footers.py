"""Site text that closes an article: syndication notes, copyright and legal lines.

* ``The post X appeared first on Y.`` (a feed's syndication footer) → ``footer``.
* Copyright notices (``© 2019 Outlet``, ``Copyright 2020 ... All rights reserved``, ``This
  material may not be published, broadcast, rewritten or redistributed``) → ``copyright``.
* Citation and reuse blurbs (``Citation: ... retrieved ... from https://...``) → ``footer``.

A body sentence about a copyright case does not open with a copyright sign or year and holds
none of the notices' fixed phrases, so it stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import SENTENCE_END, Context, Prefixes, reports
from corpuskit_plugins.generic.dates import ascii_digits
from corpuskit_plugins.generic.related import SITE_LINKS, headed, header, inline

MAX_WORDS = 60
MAX_SITE_LINES = 4
"""Short site lines (an address, a contact line) over a closing copyright notice taken with
it as one footer."""
SITE_LINE_WORDS = 10
_CJK_NOTICES = (
    "不得转载",  # "may not be reproduced" (未经授权不得转载, 未经许可，不得转载)
    "禁止转载",
    "转载请注明",  # "to reprint, please name the source" / "… contact the author"
    "转载请联系",
    "轉載請註明",
    "轉載請聯繫",
    "如需转载",
    "版权归原作者所有",  # "the copyright stays with the author"
    "仅提供信息存储",  # a self-media platform's statement: "only stores what users post"
    "無断転載",  # 無断転載を禁じます, 無断転載禁止
    "複製・転載等を禁",  # (無断で)複製・転載等を禁じます: the formula, not "複製・転載した"
    "複製・転載を禁",
    "무단전재",  # 무단전재 및 재배포 금지
    "무단 전재",
)
"""The same notices in Chinese, Japanese and Korean, where a syndicated story closes with
one; a line holding one is a notice only while it is short (:data:`CJK_NOTICE_CHARS`)."""
CJK_NOTICE_CHARS = 100
"""Characters a notice in those scripts has at most: a paragraph reporting on a copyright
case may quote the words (and a quoted notice, “未经授权不得转载”, is never the site's)."""
_QUOTE_OPENS = ("“", "「", "『")
_QUOTE_CLOSES = ("”", "」", "』")
_NOTICE_OPENS = 6
"""Signs before a notice's words, at most, where they open its line ("記事・写真の無断転載")..."""
_NOTICE_CLOSES = 10
"""...and after them where they close it ("を禁じます。", "및 재배포 금지.")."""
COPYRIGHT_PHRASES = (
    "all rights reserved",
    "all right reserved",
    "may not be published, broadcast",
    "may not be reproduced",
    "may not be republished",
    "may not be copied",
    "may not be redistributed",
    "subject to copyright",
    "without the written permission",
    "without prior written permission",
    "without written permission",
    "reproduction in whole or in part",
    "unauthorized reproduction",
    "no part may be reproduced",
)
# 'Copyright 2020 Name', 'Copyright © Name', '(c) 2019 Name': a sign or a year must follow.
COPYRIGHT_START = re.compile(r"(?:[©ⓒ]|\(c\)|copyright\b|℗)\s*(?:[©ⓒ]|\(c\)|(?:19|20)\d\d)")
"""How a copyright notice opens: a sign or the word, then a sign or a year."""
_APPEARED = re.compile(r"the post .{1,300} appeared first on .{1,120}\Z")
NOTICE_ANCHORS = ("©", "copyright", "rights reserved", "appeared first on", "may not be")
"""What every line this rule may take holds (or it opens with one of ``_PREFIXES``); the
bylines rule asks for the same lines, already found, to know whether the page has a notice."""
_PREFIXES = Prefixes("(c)", "citation:", "without")


def notice_phrase(low: str) -> bool:
    """Whether a lower-cased line holds a copyright notice's fixed words (a notice in Chinese,
    Japanese or Korean only while the line is short)."""
    if any(p in low for p in COPYRIGHT_PHRASES):
        return True  # "All rights reserved" says it, whatever the Korean after it says
    cjk = [(at, at + len(p)) for p in _CJK_NOTICES if (at := low.find(p)) >= 0]
    if not cjk or len(low) > CJK_NOTICE_CHARS:
        return False
    for start, end in cjk:
        before = low[:start]
        if max(map(before.rfind, _QUOTE_OPENS)) > max(map(before.rfind, _QUOTE_CLOSES)):
            return False  # a notice quoted in a sentence ("法官说：“未经授权不得转载…”")
        # A notice opens its line or closes it ("未经授权不得转载。", "本文…版权归原作者所有");
        # a ruling reported in a sentence holds the words in its middle.
        if start > _NOTICE_OPENS and len(low) - end > _NOTICE_CLOSES:
            return False
    return True


def footers(ctx: Context) -> Iterator[Match]:
    """Syndication footers, copyright notices and citation blurbs; a copyright notice closing
    the page under a few short site lines (an address, a contact line) is one footer with
    them, whatever separates the lines."""
    last = ctx.total - 1
    for match in _notices(ctx):
        if match.kind == "copyright" and match.first == last:
            start = _site_block_start(ctx, last)
            if start < last:
                yield Match("footer", start, last)
                continue
        yield match


SITE_LINE_CHARS = 100
"""Characters a site's line has at most, whatever its script."""


def _site_block_start(ctx: Context, index: int) -> int:
    """The first of the short site lines right above line ``index`` (``index`` if none)."""
    start = index
    while index - start < MAX_SITE_LINES and start >= 1:
        above = start - 1
        low = ctx.lower[above]
        if (
            not ctx.free(above)
            or ctx.words[above] > SITE_LINE_WORDS
            or len(low) > SITE_LINE_CHARS  # in words without spaces between (Thai)
            or ctx.norm[above].endswith(SENTENCE_END)
            or low in SITE_LINKS
            or header(low)
            or inline(ctx.norm[above], low)
            or headed(ctx.norm[above], low)
        ):
            break
        start = above
    return start


def notice_lines(ctx: Context) -> list[int]:
    """The lines holding a notice's anchor: :data:`NOTICE_ANCHORS`, and on a page that is
    not ASCII (where they can stand) the Chinese, Japanese and Korean notices' words."""
    found = ctx.hits(NOTICE_ANCHORS)
    if ctx.page.isascii():
        return found
    return sorted({*found, *ctx.hits(_CJK_NOTICES)})


def _notices(ctx: Context) -> Iterator[Match]:
    candidates = set(notice_lines(ctx))
    candidates.update(ctx.starting(_PREFIXES))
    for index in sorted(candidates):
        if not ctx.free(index):
            continue
        kind = closing_line(ctx.lower[index], ctx.words[index])
        if kind is not None:
            yield Match(kind, index, index)


def closing_line(low: str, words: int) -> str | None:
    """``footer`` or ``copyright`` for one lower-cased line of ``words`` words that is a
    syndication footer, a copyright notice or a citation blurb, else None."""
    if words > MAX_WORDS:
        return None
    low = ascii_digits(low)  # "© ২০২৪": a year in Bengali digits too
    if "appeared first on" in low and _APPEARED.match(low):
        return "footer"
    if notice_phrase(low) and not reports(low):
        return "copyright"
    if COPYRIGHT_START.match(low) and (words <= 20 or "©" in low[:3]):
        if low.startswith("©") and not re.search(r"(?:19|20)\d\d|copyright|rights", low):
            return None  # '© Name': a photo credit, the captions rule's business
        return "copyright"
    if "©" in low and words <= 12 and re.search(r"©\s*(?:19|20)\d\d", low):
        return "copyright"
    if low.startswith("citation:") and "retrieved" in low:
        return "footer"
    return None
