"""Tag and keyword lines: 'Tags: a, b, c', 'Filed under: X', a post's 'This entry was posted in
...' line, and image keyword lines.

An image's keyword line (``Harbour Eastport Council``) sits right above its caption in the same
paragraph: a few capitalised words with no punctuation at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Prefixes, next_line, runs

MAX_WORDS = 40
PREFIXES = (
    "tags:",
    "tags ",
    "tagged:",
    "tagged with:",
    "tagged in:",
    "tagged ",
    "topics:",
    "topic:",
    "keywords:",
    "key words:",
    "filed under:",
    "filed in:",
    "categories:",
    "category:",
    "posted in:",
    "posted in ",
    "related topics:",
    "more about:",
    "subjects:",
    "labels:",
)
ENTRY_META = (
    "this entry was posted in ",
    "this entry was filed under ",
    "this post was posted in ",
    "this post was filed under ",
    "dieser eintrag wurde veröffentlicht in ",
    "dieser beitrag wurde veröffentlicht in ",
    "cette entrée a été publiée dans ",
    "cet article a été publié dans ",
    "esta entrada fue publicada en ",
    "questa voce è stata pubblicata in ",
    "deze entry is geplaatst in ",
    "dit bericht is geplaatst in ",
)
"""The sentence a WordPress theme prints under a post, in the languages it ships ("This entry
was posted in News and tagged ferries. Bookmark the permalink."): a sentence, but never the
article's."""
_PREFIXES = Prefixes(*PREFIXES, *ENTRY_META)
_KEYWORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,7}\Z")


_HASHTAGS = re.compile(r"#\s?[^\s#]+(?:\s+#\s?[^\s#]+)+|[^\s#]+(?: # [^\s#]+)+")
"""A line of hashtags in any language ("#արահետ #Դիլիջան", "手艺人 # 厦门 # 沙坡尾": a
theme's tag list, each tag behind its sign)."""
_HASHTAG = re.compile(r"#[^\s#]+")
HASHTAG_WORDS = 12


def tag_lines(ctx: Context) -> Iterator[Match]:
    """'Tags: ...', 'Filed under: ...' lines."""
    for index in ctx.starting(_PREFIXES):
        if not ctx.free(index) or ctx.words[index] > MAX_WORDS:
            continue
        low = ctx.lower[index]
        if low.startswith(ENTRY_META):
            yield Match("tags", index, index)
            continue
        prefix = next(p for p in PREFIXES if low.startswith(p))
        rest = ctx.norm[index][len(prefix) :].strip()
        if not rest:
            continue
        if prefix.endswith(":") or (rest[0].isupper() and not low.endswith((".", "!", "?"))):
            yield Match("tags", index, index)


def image_keywords(ctx: Context) -> Iterator[Match]:
    """A keyword line right above a caption (runs after the other rules)."""
    kinds = ctx.kinds
    # The captions found by C-speed searches of the kinds, not a step of bytecode a line: a
    # page has a caption or two. (This rule claims only free lines, never a caption, so the
    # count stays right while it runs.)
    index = -1
    for _ in range(kinds.count("caption")):
        index = kinds.index("caption", index + 1)
        above = index - 1
        # The word count before the call: the line above a caption is mostly the body's.
        if (
            ctx.free(above)
            and ctx.words[above] <= 8
            and ctx.lines.next_to(above, index)
            and _KEYWORDS.match(ctx.norm[above])
        ):
            yield Match("tags", above, above)


def hashtags(ctx: Context) -> Iterator[Match]:
    """Lines of hashtags in any language: two or more on a line, or a run of lines of one
    each (a tag list's items; a tag alone on one line may be a campaign a paragraph names).
    Run after the whole-page rule: a page's furniture runs hold its tag lists, and the rule
    weighs them as it always did."""
    if "#" not in ctx.page:
        return  # most pages: one search at C speed, not the line-by-line hits
    norm, words = ctx.norm, ctx.words
    single: list[int] = []
    for index in ctx.hits(("#",)):
        if words[index] > HASHTAG_WORDS or not ctx.free(index):
            continue
        text = norm[index]
        if _HASHTAGS.fullmatch(text):
            yield Match("tags", index, index)
        elif _HASHTAG.fullmatch(text):
            single.append(index)
    for run in runs(single, next_line):
        if len(run) >= 2:
            yield Match("tags", run[0], run[-1])
