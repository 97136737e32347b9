"""An author's box after the article: "About Brigit Katz", then a sentence or two on her.

A site prints the author's profile under the article: a heading naming the author ("About
Brigit Katz", "Über Moritz Bachmann", "About the author", or the name alone) and a short
biography that names them again ("Brigit Katz is a freelance writer based in Toronto.").
Both go as ``footer``.
The heading must name a person (two or three capitalised words) or say "the author", the
biography must follow at once, hold a sentence and name the person (the surname) where the
heading did, and the box must lie in the page's second half, or past its first third when
the page named the person above (the byline): an article's own section on a person ("About
Jane Roe's campaign") runs on past three lines or names no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Prefixes, phrase_set

_ABOUT = re.compile(
    r"(?:about|über|à propos de|a propos de|sobre|acerca de|informazioni su|o autorze|o autorovi)"
    r" (?P<name>.+)"
)
_ABOUT_STARTS = Prefixes(
    "about ",
    "über ",
    "à propos de ",
    "a propos de ",
    "sobre ",
    "acerca de ",
    "informazioni su ",
    "o autorze",
    "o autorovi",
)
_THE_AUTHOR = phrase_set(
    """the author|the writer|den autor|die autorin|l'auteur|l'autrice|el autor|la autora|o autor
    |a autora|l'autore|l'autrice"""
)
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}")
BIO_LINES = 3
"""Lines a biography has at most under its heading."""
BIO_WORDS = 80
"""Words a line of a biography has at most."""


def author_boxes(ctx: Context) -> Iterator[Match]:
    """The author's box: its heading and the biography under it, in the page's second half
    (past its first third for a person the page named above)."""
    norm, lower, words, kinds = ctx.norm, ctx.lower, ctx.words, ctx.kinds
    total = ctx.total
    for index in ctx.starting(_ABOUT_STARTS):
        if index * 3 < total or kinds[index] is not None or words[index] > 6:
            continue
        found = _ABOUT.fullmatch(lower[index].rstrip(":"))
        if found is None:
            continue
        name = norm[index].rstrip(":")[found.start("name") :]
        if found["name"] in _THE_AUTHOR and index * 2 >= total:
            surname = ""
        elif _NAME.fullmatch(name) and (
            index * 2 >= total or any(name in line for line in norm[:index])
        ):
            # A person's box; past the page's first third, only a person the page named
            # above (its byline): a short piece's footer of links puts the box there.
            surname = name.split()[-1]
        else:
            continue
        last = index
        while (
            last + 1 < total
            and last - index < BIO_LINES
            and kinds[last + 1] is None
            and 8 <= words[last + 1] <= BIO_WORDS
            and ctx.prose(last + 1)
        ):
            last += 1
        if last == index or (surname and surname not in norm[index + 1]):
            continue
        yield Match("footer", index, last)
    yield from _named_boxes(ctx)


_NAME_WORDS = (2, 3)
"""Words of a name standing alone over its biography."""


def _named_boxes(ctx: Context) -> Iterator[Match]:
    """An author's box headed by the name alone ("Desmond Achterberg", then "Desmond
    Achterberg covers neighborhoods and small business for the Ledger. …"): in the page's
    second half, a name a byline above gave, on a line of its own, and the biography under
    it opening with that name, one line and no more prose. An article's section on a person
    runs on, or names someone its text, not its byline, named (session 25's review: an
    obituary's, a profile's and a prize list's closing lines)."""
    norm, words, kinds = ctx.norm, ctx.words, ctx.kinds
    total = ctx.total
    half = (total + 1) // 2
    low, high = _NAME_WORDS
    for index in ctx.short:
        if index < half or not low <= words[index] <= high or kinds[index] is not None:
            continue
        if index + 1 >= total:
            break
        name = norm[index]
        bio = norm[index + 1]
        if not bio.startswith(name) or bio[len(name) : len(name) + 1] != " ":
            continue
        if not _NAME.fullmatch(name):
            continue
        if kinds[index + 1] is not None or not ctx.prose(index + 1):
            continue
        if words[index + 1] > BIO_WORDS or (index + 2 < total and ctx.prose(index + 2)):
            continue  # a biography is one line; prose going on is the article's section
        if not any(kinds[i] == "byline" and name in norm[i] for i in range(index)):
            continue  # a name the article's text says, not its byline: a section on them
        yield Match("footer", index, index + 1)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address."""
_REPORTER = frozenset({"기자", "特派员", "特派員", "记者", "記者", "reporter", "correspondent"})
_SIGNED_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}|[\u3400-\u9fff\uac00-\ud7af]{2,4}"
)
_NOT_NAMES = frozenset(
    """email e-mail mail contact contacts press office media enquiries inquiries newsroom tips
    news desk editor editors editorial team info information support service services
    communications department""".split()  # noqa: SIM905
)
"""Words of a contact line's label ("Press Office", "Media enquiries"), never of a name."""


def sign_off(norm: str) -> str | None:
    """The name in a reporter's sign-off closing an article: a name, perhaps the reporter's
    title, and an e-mail address, nothing else ("김도윤 기자 doyoon@example.kr", "Jane Roe
    jane.roe@example.com"). None for any other line."""
    if "@" not in norm or len(norm) > SIGN_OFF_CHARS:
        return None
    found = EMAIL.search(norm)
    if found is None:
        return None
    rest = [w for w in (norm[: found.start()] + norm[found.end() :]).split() if w.strip("()<>,|·-")]
    rest = [w for w in rest if w.lower().strip(":,") not in _REPORTER]
    name = " ".join(rest).strip(" ,|·-")
    if not name or not _SIGNED_NAME.fullmatch(name):
        return None
    return None if any(word.lower() in _NOT_NAMES for word in name.split()) else name


SIGN_OFF_CHARS = 80
"""Characters a sign-off has at most."""
CONTACT_CHARS = 200
"""Characters a contact line has at most: a name, a role, an address and a number or two."""


def contact_line(norm: str) -> bool:
    """Whether a line closing an article is a contact: a press release's media contact
    ("Jana Petersen, presse@example.de, +49 40 555 0192", "Media contact: Jana Holm,
    press@…"), listed rather than written (no sentence's end), or a reporter's "Kyle Brennan
    can be reached at 555-0177 or kbrennan@example.com". A sentence of the article that
    holds an address ("Anyone with information is asked to contact … at lane@police…",
    "The messages were sent from refunds@…") is no contact line."""
    if "@" not in norm or len(norm) > CONTACT_CHARS:
        return False
    found = EMAIL.search(norm)
    if found is None:
        return False
    if _REACHED.search(norm):
        return True
    rest = (norm[: found.start()] + norm[found.end() :]).rstrip()
    return not _written_words(rest, rest.count(" ") + 1)


_REACHED = re.compile(r"\bcan be reached at\b")
_CONTACT_WORDS = 14
"""Words a listed contact has besides its address: a label, a name, a role, a number."""


def sign_offs(ctx: Context) -> Iterator[Match]:
    """A reporter's sign-off (a name and an e-mail address) in the page's last third: a
    ``byline`` naming the reporter; and a contact block in its second half
    (:func:`contact_block`)."""
    if "@" not in ctx.page:  # a memchr-speed search: most pages hold no address at all
        return
    norm, kinds, total = ctx.norm, ctx.kinds, ctx.total
    for index in ctx.short:
        if index * 2 < total or kinds[index] is not None or "@" not in norm[index]:
            continue
        name = sign_off(norm[index]) if index * 3 >= total * 2 else None
        if name is not None:
            yield Match("byline", index, index, (name,))
        elif (block := contact_block(ctx, index)) is not None:
            yield Match("footer", *block)


CONTACT_LINES = 4
"""Lines a contact block holds under its label, the address among them."""


def contact_block(ctx: Context, index: int) -> tuple[int, int] | None:
    """The contact block line ``index`` (holding an e-mail address) belongs to: a short label
    ending with a colon ("Media contact:", "Pressekontakt:", "Contacto:") over up to four short
    lines listed, not written (a name, a role, the address, a number; none ends like a
    sentence), the first and last of them, or None. A press release closes so; an article's
    "For tickets, write to box@example.com." is a sentence, and a line of its own."""
    norm, kinds, words = ctx.norm, ctx.kinds, ctx.words
    if _written(ctx, index):
        return None
    label = index - 1
    while label >= 0 and index - label <= CONTACT_LINES and not norm[label].endswith(":"):
        if kinds[label] is not None or _written(ctx, label):
            return None
        label -= 1
    if label < 0 or not norm[label].endswith(":") or words[label] > _LABEL_WORDS:
        return None
    last = index
    while (
        last + 1 < ctx.total
        and last + 1 - label <= CONTACT_LINES
        and kinds[last + 1] is None
        and not _written(ctx, last + 1)
        and _CONTACT_DATA.search(norm[last + 1]) is not None
    ):
        last += 1  # a number or another address under the e-mail, not the next subheading
    return label, last


_CONTACT_DATA = re.compile(r"\d{3}|@|www\.|https?://")
"""What a contact's line under its e-mail address holds: a number, an address, a site."""
_LABEL_WORDS = 4
"""Words a contact block's label has at most ("Media contact:", "For more information:")."""


def _written(ctx: Context, index: int) -> bool:
    """Whether a line of the page is written rather than listed (:func:`_written_words`)."""
    return _written_words(ctx.norm[index], ctx.words[index])


def _written_words(text: str, words: int) -> bool:
    """Whether ``text`` of ``words`` words is written rather than listed: long, or ending
    like a sentence. One test for a contact line and for each line of a contact block."""
    return words > _CONTACT_WORDS or text.endswith((".", "!", "?", "…"))
