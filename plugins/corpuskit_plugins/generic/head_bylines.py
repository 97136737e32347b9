"""Bylines in the article's head, read where the place says a byline stands.

The bylines rule (:mod:`bylines`) reads "By NAME" and its like anywhere on a page, and only
where the names after the word are whole names. In the head of an article, above its first
paragraph, a byline is written in every language and shape ("Door Pieter van Dijk en Sanne
Bakker", "Par Camille Lefèvre, le 12 février 2024 à 9h30", "8. 4. 2024 Autor: Petra
Novotná", a name alone over "Feb 8, 2024 — 4 min read"): the place is the evidence the text
has instead of markup, and the names are read as the extractor reads a byline block
(:mod:`names`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from corpuskit.layout import Match
from corpuskit_plugins.generic.bylines import (
    FIELD_LABEL,
    LABELLED,
    byline_and_date,
    names_a_work_s_author,
)
from corpuskit_plugins.generic.context import Context
from corpuskit_plugins.generic.dates import date_header
from corpuskit_plugins.generic.names import (
    ARTICLE_WORDS,
    AUTHOR_WORDS,
    BOOK_AUTHOR_WORDS,
    BY,
    OF_THE_ARTICLE,
    OF_THE_ARTICLE_WORDS,
    PAREN_TAIL,
    POSTED_WORDS,
    POSTING_WORDS,
    TEXT_WORDS,
    byline_names,
    caseless_text,
    not_a_person,
    person_words,
    whole_byline_names,
    wrote_evidence,
)
from corpuskit_plugins.generic.trie import trie_pattern

_DIGIT = re.compile(r"\d")
HEAD_PROSE = 2
"""Lines of prose above which a byline stands in an article's head: under the headline, or
under the standfirst and over the first paragraph."""
HEAD_PARAGRAPH = 30
"""Words of a line of prose that is the article's first paragraph, not a standfirst: the
head ends above it."""
HEAD_WORDS = 25
"""Words a byline in the head may have, a date and a place with the names."""


def head_bylines(ctx: Context) -> Iterator[Match]:
    """Bylines in the article's head that the bylines rule reads no names in: "Door Pieter van
    Dijk en Sanne Bakker", "Par Camille Lefèvre, le 12 février 2024 à 9h30", "Av Elin Sunna
    21 januari 2025", "By Maya Okonkwo and Daniel Reyes in Lagos".

    They are read as the extractor reads a byline block (:func:`names.byline_names`, every
    language's word for "by" and its author labels), but the text has no markup to say which
    line is the byline: the place does. A line is one only above the article's first
    paragraph (under its standfirst at most), opening with a word for "by" (alone, or after a
    word saying the piece was posted or written: a photo's or a design's "by" credits no
    author) or with an author's label standing alone (not in a box of a book's fields),
    short, and a byline throughout (:func:`names.whole_byline_names`: "Par ailleurs, le
    ministre, Gérald Darmanin, a promis…" names a minister, not the writer). Of such lines only
    the one nearest the article is its byline, and none above a byline the bylines rule took: a
    teaser rail's bylines, a kicker and a book's box stand higher (a review's probes).
    """
    seen = 0
    chosen: tuple[int, _Reading] | None = None
    bylined = False
    kinds = ctx.kinds
    labelled = ctx.starting(LABELLED)
    for index in range(1, ctx.total):
        if seen >= HEAD_PROSE:
            break
        kind = kinds[index]
        if kind is not None:
            if kind == "byline":
                chosen = None  # the article's byline is this one, or one below it
                bylined = True
            continue  # a claimed line (a cookie banner, a caption) is no paragraph either
        if ctx.prose(index):
            seen += 1 if ctx.words[index] < HEAD_PARAGRAPH else HEAD_PROSE
            continue
        if ctx.words[index] > HEAD_WORDS:
            continue
        if index in labelled and _in_a_box(ctx, index):
            continue  # a box of fields ("Title: …", "Author: …"): a review's book
        reading = _head_reading(ctx, index)
        if reading is not None and not (bylined and isinstance(reading, _Alone)):
            # Under a byline a line of names alone is its desk's ("SCB Rural"), no author.
            chosen = (index, reading)
    if chosen is not None:
        index, reading = chosen
        if isinstance(reading, _Dated):
            yield from _date_then_names(ctx, index, reading)
        elif isinstance(reading, _Alone):
            yield Match("byline", index, index, reading.names)
        else:
            yield from _names_then_date(ctx, index, reading)


class _Dated(NamedTuple):
    """A head line that is a date, then a byline: where the byline opens, and what the two
    parts say (:func:`_date_cut_before_names`)."""

    cut: int
    date: dt.date
    names: tuple[str, ...]


class _Alone(NamedTuple):
    """A name alone over its date line (:func:`_name_over_its_date`)."""

    names: tuple[str, ...]


_Reading = _Dated | _Alone | tuple[str, ...]
"""How a head line reads as a byline: a date then names, a name alone over its date, or the
names after a word for "by"."""


def _head_reading(ctx: Context, index: int) -> _Reading | None:
    """How a line of the head reads as a byline, or None; the cheap tests first."""
    norm = ctx.norm[index]
    opening = None
    # One search tells most lines hold no word for "by": no regex of the names reader then.
    if holds_by_word(ctx.lower[index]):
        if _DIGIT.search(norm) is not None and (dated := _date_cut_before_names(ctx, index)):
            return dated
        opening = BY.match(norm)
    if opening is None:
        reporter = _KOREAN_REPORTER.fullmatch(norm)
        if reporter is None and ("記者" in norm or "记者" in norm):
            reporter = _CHINESE_REPORTER.search(norm)
        if reporter is not None:
            return (reporter[1],)
        names = _name_over_its_date(ctx, index)
        return None if names is None else _Alone(names)
    if not _credits_the_writer(opening.group()) or not wrote_evidence(norm, 0):
        return None  # a photo's "by"; "كتب" and words, no date: "books", a sentence's verb
    names = _without_weekday(norm, _persons(whole_byline_names(norm)))
    first = opening.group().split()[0].lower().rstrip(":：՝")
    if names and first in _WROTE and "," in norm[opening.end() :] and not _dated(ctx, index, names):
        return None  # "Napsal Karel Čapek, přeložila …": a work's credits (session 26's review)
    if names and _MUSIC_LABEL.search(norm):
        return None  # "Texti: … · Tónlist: …": a song's credits
    if names and first in BOOK_AUTHOR_WORDS and names_a_work_s_author(ctx, index, names):
        return None  # "Höfundur: Halldór Laxness" over a review that names him
    if names and opening.group().split()[0].lower() in _POSTED and not _dated(ctx, index, names):
        return None  # "Scritto da <the novelist>", "Publicado por Editorial X en 2019": a credit
    if names and first in _THROUGH and (not _dated(ctx, index, names) or _a_place(first, names)):
        return None  # "Przez Góry Stołowe": "through", "from" before a place, as a heading
    return names or None


_MUSIC_LABEL = re.compile(
    r"(?i)\b(?:music|musik|tónlist|glasba|mūzika|muzika|hudba|zene|lag|cerddoriaeth)\s*[:：]"
)
"""A song's music credit beside its words' ("Texti: … · Tónlist: …"): the line credits a
song, not the article."""


_POSTED = frozenset(POSTED_WORDS)
_DAY_WORD = re.compile(r"(?:le|el|il|am|em|op|on)\s+(?=\d)")


def _dated(ctx: Context, index: int, names: tuple[str, ...]) -> bool:
    """Whether a date follows a byline's names on its line, or is the line under it: what
    makes "Publié par …", "Scritto da …" the post's own stamp. Without one (a review found)
    the same words credit a reviewed book's author, a film's writers, a publisher or a video
    channel, or open a standfirst ("Escrito por … en 1967, el libro …")."""
    text = ctx.norm[index]
    end = text.rfind(names[-1]) + len(names[-1])
    tail = text[end:].lstrip(",;·|•-–— ")
    tail = tail[found.end() :] if (found := _DAY_WORD.match(tail)) else tail
    if _DIGIT.search(tail) and _leading_date(tail) is not None:
        return True
    following = index + 1
    if following >= ctx.total:
        return False
    header, date = date_header(ctx.norm[following], ctx.lower[following])
    return bool(header) and date is not None


_KOREAN_REPORTER = re.compile(
    r"([\uac00-\ud7a3]{2,4}) ?(?:기자|특파원|선임기자|객원기자|수습기자) [\w.+-]+@[\w.-]+"
)
"""A Korean byline: the reporter's name (two to four syllables), then "기자" (reporter) or
"특파원" (correspondent), and the e-mail address: "김서연 기자 ksy@busanoneul.co.kr".
Korean writes no word for "by"; the title and the address say the line is the byline. Not
the title alone: a review found a desk's or a photo desk's line ("사진부 기자", "정치부
기자", "도쿄 특파원") and a teaser rail's reporters read the same."""


_CHINESE_REPORTER = re.compile(
    r"(?:^|[\s，,])(?:記者|记者)\s?([\u4e00-\u9fff]{2,4})\s?[／/](?!\s?(?:攝|摄))"
)
"""A Chinese byline: "reporter", the name (two to four signs) and a slash before the place
the story was filed from, as Taiwan's and Hong Kong's papers write it: "記者林怡君／花蓮即時報
導", "2024-03-05 14:32 記者林怡君 ／花蓮報導". Not a photographer's credit ("記者林怡君／攝影",
"记者 王芳/摄"), nor the name in a sentence (no slash follows it)."""


def _persons(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names a head byline gives, without what the reader kept of other things: a
    bracket after the name ("Julien Martin (à Lyon)"), a name opening with an article ("The
    Numbers", "La Rédaction") and, in a script without case, a desk ("न्यूज़ डेस्क",
    "מערכת החדשות")."""
    kept = []
    for name in names:
        name = PAREN_TAIL.sub("", name)
        words = name.split()
        if not words or words[0].lower() in ARTICLE_WORDS:
            continue
        if not_a_person(name):
            continue  # an agency's or a desk's: "Oleh Agensi Berita Nusa"
        if caseless_text(name) and (not person_words(words) or not _DESKS.isdisjoint(words)):
            continue
        kept.append(name)
    return tuple(dict.fromkeys(kept))


_DESKS = frozenset({"מערכת", "डेस्क", "desk"})
"""Words that make a name in a script without case a desk's, beside those the names reader
knows (:func:`names.person_words`)."""


def _in_a_box(ctx: Context, index: int) -> bool:
    """Whether a labelled line stands between two fields of a box ("Title: …" over "Author:
    …" over "Publisher: …"); a byline's own date field under it ("Datum: 12. 3. 2024") makes
    no box."""
    return all(
        0 <= line < ctx.total and FIELD_LABEL.match(ctx.norm[line])
        for line in (index - 1, index + 1)
    )


def _credits_the_writer(opening: str) -> bool:
    """Whether a byline's opening (:data:`names.BY`'s match) credits the piece's writer: a
    word for "by" or an author's label alone, or after a word saying the piece was posted or
    written; not "Photo by" or "Theme by", nor "March 2024 par" (a date runs on before it).
    An author's label may say what it is the author of: "Autor do artigo:"."""
    low = opening.lower().rstrip(" :：՝")
    of = next((words for words in OF_THE_ARTICLE_WORDS if low.endswith(" " + words)), "")
    return set(low[: len(low) - len(of)].split()[:-1]) <= _POSTING


_POSTING = frozenset(POSTING_WORDS)


def _name_over_its_date(ctx: Context, index: int) -> tuple[str, ...] | None:
    """A line that is a person's name and nothing else, right over the article's date ("Ines
    Moreau" over "Feb 8, 2024 — 4 min read"): the byline as a post's header or a portal's
    writes it, with no word for "by". A section's name or a kicker reads as a name too
    ("Local News", "Climate Change"), but its words are words of the language, which the
    page writes in lower case elsewhere; a person's name is not."""
    following = index + 1
    if following >= ctx.total or not 2 <= ctx.words[index] <= NAME_LINE_WORDS * _CO_AUTHORS:
        return None
    norm = ctx.norm[index]
    if ":" in norm or _DIGIT.search(norm) is not None or not norm[:1].isupper():
        return None  # a label, a date, a sentence: no name alone
    badge = norm.rsplit(None, 1)[-1]
    if badge.casefold() in _BADGES:
        norm = norm[: -len(badge)].rstrip(" ,·|")  # "Tamsin Hollow Admin": a blog's badge
    names = byline_names(norm)
    if not names or len(names) > _CO_AUTHORS or not _names_only(norm, names):
        return None
    after = ctx.norm[following]
    header, date = date_header(after, ctx.lower[following])
    if not header or date is None:
        return None
    # The page as written, not lower-cased: a word it writes in lower case elsewhere is a
    # word of the language; the name's own words written elsewhere (a quoted father's "Réal
    # Poulin", the author's card) are not. Joined only here: few lines get this far.
    page = "\n".join(ctx.norm)
    for word in norm.split():
        low = word.lower().strip(",")
        if low != word.strip(",") and any(
            f" {low}{end}" in page or f"\n{low}{end}" in page for end in (" ", ".", ",")
        ):
            return None
    return names


_BADGES = frozenset({"admin", "administrator", "moderator", "author", "owner"})
"""The badge a blog platform prints after its writer's name (Wix's "Admin")."""
_CO_AUTHORS = 3
"""Names a line of names alone gives at most ("Karen Lo and Marcus Yeung")."""
_NAME_JOINS = frozenset({",", "and", "&", "und", "et", "e", "y", "i", "og", "och", "en", "és"})


def _names_only(norm: str, names: tuple[str, ...]) -> bool:
    """Whether a line is its names and the words joining them, nothing else, each name of
    two words to :data:`NAME_LINE_WORDS`."""
    rest = norm
    for name in names:
        if not 2 <= len(name.split()) <= NAME_LINE_WORDS or name not in rest:
            return False
        rest = rest.replace(name, " , ", 1)
    return all(word in _NAME_JOINS for word in rest.replace(",", " , ").split())


NAME_LINE_WORDS = 4


def _date_cut_before_names(ctx: Context, index: int) -> _Dated | None:
    """Where the byline opens in a head line that is a date, then a byline ("8. 4. 2024
    Autor: Petra Novotná", "12 March 2024 By Ana Ruiz", "Publié le 14 septembre 2024 par
    Jean Dupont"): the offset of the word for "by" or the label, with the date and the
    names, when what stands before it is a date header and after it a byline throughout;
    else None."""
    low = ctx.lower[index]
    if not holds_by_word(low):
        return None  # most dated lines hold no word for "by": one search, not one a space
    text = ctx.lines.blocks[index].text
    for found in _SPACE_RUN.finditer(text):
        rest = text[found.end() :]
        opening = BY.match(rest)
        if opening is None or not _credits_the_writer(opening.group()):
            continue
        head = " ".join(text[: found.start()].split())
        header, date = date_header(head, head.lower())
        if not (header and date is not None):
            return None
        names = _persons(whole_byline_names(rest))
        return _Dated(found.end(), date, names) if names else None
    return None


_THROUGH = frozenset({"przez", "minn"})
"""Polish's and Maltese's "by", which mean "through" and "from" too: a heading's "Przez Góry
Stołowe" reads as a byline, so only with the stamp's date after the names is it one."""
_WEEKDAYS = {
    word: number
    for number, words in enumerate(
        (
            "senin isnin lunes monday montag",
            "selasa martes tuesday dienstag",
            "rabu miyerkules wednesday mittwoch",
            "kamis khamis huwebes thursday donnerstag",
            "jumat jum'at biyernes friday freitag",
            "sabtu sabado saturday samstag",
            "minggu ahad linggo sunday sonntag",
        )
    )
    for word in words.split()
}
"""Weekdays as the languages writing them capitalised put them between a byline's names
and its date (Indonesian, Malay, Tagalog, English, German), by Python's weekday number."""


def _without_weekday(norm: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names without the weekday the last one ran on into ("oleh Sumiati Rahayu Selasa,
    12 Maret 2024"): only the weekday of the date after it, as surnames are weekdays too
    ("By Emmanuel Sunday, 12 March 2024", a Tuesday: session 29's review)."""
    if not names:
        return names
    *rest, last = names
    words = last.split()
    if len(words) < 3 or words[-1].lower() not in _WEEKDAYS:
        return names
    at = norm.find(last)
    tail = norm[at + len(last) :].lstrip(" ,") if at >= 0 else ""
    date = _leading_date(" ".join(tail.split()[:6])) if tail[:1].isdigit() else None
    if date is None or date.weekday() != _WEEKDAYS[words[-1].lower()]:
        return names
    return (*rest, " ".join(words[:-1]))


_MALTESE_PLACE = re.compile(
    r"(?:il|l|ir|it|is|ix|iż|id|in|ic|iċ|ta|tal|tas|tat|taż|ħal|san|santa|raħal)[-’']"
    r"|(?:ħal|san|santa|ta)\Z",
    re.IGNORECASE,
)


def _a_place(by: str, names: tuple[str, ...]) -> bool:
    """Whether what follows Polish "Przez" or Maltese "Minn" reads as a place: Polish
    mountains and lands are plurals, every word ending in "-y", "-e" or "-ę" ("Tatry
    Zachodnie", "Bieszczady Wysokie"), where a person's first name ends otherwise; a Maltese
    place opens with its article or "Ħal", "San" ("Ħal Qormi", "Il-Belt"). Session 29's
    review."""
    words = [word for name in names for word in name.split()]
    if by == "przez":
        return all(word.lower().endswith(("y", "e", "ę")) for word in words)
    return any(_MALTESE_PLACE.match(word) for word in words)


_WROTE = (
    *("írta", "napsal", "napsala", "napísal", "napísala", "napísal(a)", "napisao", "napisala"),
    *("napisal", "napisała", "napisał", "isinulat"),
)
"""The words for "wrote" a byline opens with: a work's credits open so too, its names then
run on past a comma ("Napsal Karel Čapek, přeložila …"), and then only a date makes it the
article's byline."""
_BY_WORDS = (
    "by",
    "przez",
    "minn",
    "vum",
    "vun",
    "von",
    "par",
    "por",
    "door",
    "eftir",
    "av",
    "af",
    "di",
    "da",
    "deur",
    "oleh",
    *_WROTE,
)
"""Every word :data:`names.BY` opens a byline with, lower-cased: the search that tells a line
holds none must know them all (Hungarian "Írta" was read in a byline block, and no line of
text ever reached the names reader with it)."""
_BY_WORDS_OTHER_SCRIPTS = ("מאת", "بقلم", "كتبت", "كتب", "نوشتهٔ", "توسط", "作者", "โดย")
BY_WORD = (
    rf"(?:^|\s)(?:{'|'.join(map(re.escape, (*_BY_WORDS, *_BY_WORDS_OTHER_SCRIPTS)))})[\s:：]"
    rf"|(?:^|\s)(?:{'|'.join(map(re.escape, (*AUTHOR_WORDS, *TEXT_WORDS)))})"
    rf"(?:\s(?:{OF_THE_ARTICLE}))?\s?[:：՝]"
)
"""A word for "by" or an author's label in a lower-cased line, as a regex written plainly:
where :data:`names.BY` may match, at the line's start or after a date (the tests hold
:func:`holds_by_word` to it)."""
_BY_WORD = re.compile(
    r"\s(?:(?:"
    + trie_pattern((*_BY_WORDS, *_BY_WORDS_OTHER_SCRIPTS))
    + r")[\s:：]|(?:"
    + trie_pattern((*AUTHOR_WORDS, *TEXT_WORDS))
    + r")(?:\s(?:"
    + trie_pattern(OF_THE_ARTICLE_WORDS)
    + r"))?\s?[:：՝])"
)
r""":data:`BY_WORD` opening with the white space before the word, and its words factored by
shared prefixes (:mod:`trie`). Written plainly, its ``^`` alternative left ``re`` nothing to
look for first, so it tried a whole match at every character of the line (about 750
instructions a character); opening with ``\s`` it skips at C speed to the next space, and
the line's start is a space put before the line (:func:`holds_by_word`)."""


def holds_by_word(low: str) -> bool:
    """Whether a lower-cased line holds a word for "by" or an author's label where
    :data:`names.BY` may match (:data:`BY_WORD`); one search tells most lines hold none."""
    return _BY_WORD.search(" " + low) is not None


def _date_then_names(ctx: Context, index: int, dated: _Dated) -> Iterator[Match]:
    """The date and the byline of a head line, cut where :func:`_date_cut_before_names`
    found the byline opening."""
    block = ctx.lines.blocks[index]
    ctx.kinds[index] = "byline"
    middle = block.start + dated.cut
    yield Match("dateline", index, index, dated.date, span=(block.start, middle))
    yield Match("byline", index, index, dated.names, span=(middle, block.end))


_SPACE_RUN = re.compile(r"\s+")


def _leading_date(tail: str) -> dt.date | None:
    """The date that opens what follows a byline's names: the whole of it when it is a date
    header, else its longest opening that is one ("21 januari 2025 kl. 07.00", where the
    hour's "kl." is no header word)."""
    words = tail.split()
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        header, date = date_header(head, head.lower())
        if header and date is not None:
            return date
    return None


def _names_then_date(ctx: Context, index: int, names: tuple[str, ...]) -> Iterator[Match]:
    """A head byline, and the date after its names when the rest of the line is a date
    header ("By Rosie Halloran 2023-09-12", "Av Elin Sunna 21 januari 2025 kl. 07.00"): the
    line is claimed whole, so the date is read here or lost to the dates rule."""
    block = ctx.lines.blocks[index]
    end = block.text.rfind(names[-1])
    if end >= 0:
        end += len(names[-1])
        tail = " ".join(block.text[end:].split()).lstrip(",;·|•-–— ")
        date = _leading_date(tail) if _DIGIT.search(tail) is not None else None
        if date is not None:
            ctx.kinds[index] = "byline"
            middle = block.start + end
            yield Match("byline", index, index, names, span=(block.start, middle))
            yield Match("dateline", index, index, date, span=(middle, block.end))
            return
    yield from byline_and_date(ctx, index, names)
