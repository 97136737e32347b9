"""Reader comment threads: from the thread's header to the end of the page.

A thread announces itself with a count and the article's title (``34 responses to "X"``,
``10 thoughts on "X"``, ``2 comments on X``: quoted, or the headline, never a sentence like
"One response to the shortage was a ban."), or shows itself as a run of ``name says:`` lines
(not ``The chair said:`` over a quotation), or stands as a bare count (``There are 13
comments``) above at least three ``Reply`` buttons.
Nothing after the start of a thread is the article, so everything from there to the end of the
page that no other rule claimed is ``comments`` (a kind coined here: the shared vocabulary has
none for reader comments). The comment form's own lines ("Leave a Reply", "Your email address
will not be published", and their translations) are ``comments`` too, wherever they sit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import DIGIT_OPENING, Context, Prefixes

KIND = "comments"
MIN_SAYS = 3
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:comments?|responses?|replies|reply|thoughts?|reactions?) (?:to|on) \S"
)
_HEADER = re.compile(_COUNT)
# A count standing alone ("13 comments", "There are 13 comments") names a thread only when
# the thread's own furniture follows: a "Reply" button under at least three comments.
_COUNT_AFTER = (
    *("comment", "response", "replies", "kommentar", "reacties", "komentarz", "комментари"),
    *("commentaire", "comentario", "commenti", "comentário", "yorumlar"),
)
"""How a count written after its noun opens ("Comments (15)", "Reacties (7)", "Kommentare
(3)"): the noun's stem in the languages whose reply buttons are known."""
_COUNT_AFTER_STARTS = frozenset(stem[:4] for stem in _COUNT_AFTER)
_BARE_COUNT = re.compile(
    r"(?:(?:there (?:are|is) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:comments?|responses?|replies|thoughts?|reactions?)"
    rf"|(?:{'|'.join(_COUNT_AFTER)})\w* ?\(\d+\))\Z"
)
_REPLY_WORDS = (
    *("reply", "antworten", "répondre", "responder", "rispondi", "reageer", "beantwoorden"),
    *("odpowiedz", "ответить", "yanıtla"),
)
_REPLY = frozenset({*_REPLY_WORDS, "reply ↓"})
_REPLY_HEADS = frozenset(word[:4] for word in _REPLY_WORDS)
"""A reply button's first four letters: a set look-up per short line, where a
``startswith`` with the words cost a test each."""
_REPLY_BAR = re.compile(
    rf"(?:{'|'.join(_REPLY_WORDS)})(?:\s*[^\w\s]?\s*(?:\d+|likes?|report|share))+"
)
"""A reply button with the comment's counters beside it ("Reply 12 likes", "Reply · Report",
"Reply ▲ 4": a separator or a vote's arrow before each)."""
THREAD_NOUNS = (
    *_COUNT_AFTER,
    *("коментар", "komentář", "komentar", "kommentti", "hozzászólás", "σχόλι", "yorum"),
    *("תגוב", "تعليق", "댓글", "コメント", "评论", "評論", "reakc"),
)
"""What a thread's heading calls the comments, by its stem, in the languages corpora are
built from: "2 Comments", "Komentarze (2)", "댓글 2", "2 תגובות"."""
_COUNT_MARKS = re.compile(r"[\d()\[\]:：（）]+")


def thread_count(low: str) -> bool:
    """Whether a lower-cased line is a thread's heading with its count: the comments' noun
    and a figure and nothing more ("5 comentarios:", "Комментарии (3)"). The count tells it
    from a tutorial's "Comments" section, which counts nothing."""
    if len(low) > 40 or not any(c.isdigit() for c in low):
        return False
    words = _COUNT_MARKS.sub(" ", low).split()
    return len(words) == 1 and words[0].startswith(THREAD_NOUNS)


MIN_REPLIES = 3
COMMENT_HEADER_WORDS = 15
"""Words a comment's header (its author, its date and time) has at most."""
# What a header's count opens with: a cheap test before the regex (``str.isdigit`` takes in
# every digit ``\d`` does).
_NUMBER_WORDS = (
    "one ",
    "two ",
    "three ",
    "four ",
    "five ",
    "six ",
    "seven ",
    "eight ",
    "nine ",
    "ten ",
)
_NUMBERED = Prefixes(*_NUMBER_WORDS)
_SAYS = re.compile(r"\S+(?: \S+){0,3} (?:says|said|wrote|writes):\Z")
_QUOTES = "\"“”„«»‘’'"
_THREAD_NOUNS = ("comment", "response", "repl")
TITLE_LINES = 15
"""How far down the page a thread header's title may open a line (a page title with the
site's name after it, under a menu)."""


def _names_the_article(ctx: Context, low: str, found: re.Match[str]) -> bool:
    """Whether a count line reads as a thread's header, not as the article's own sentence or
    subheading ("One response to the shortage has been a hosepipe ban.", "Three thoughts on
    the win:", "Five reactions to the verdict").

    A header names the article: in quotes (``10 thoughts on "X"``), or by its headline, or
    after a count in figures of comments, responses or replies (``2 comments on X``); and it
    never ends like a sentence or a lead-in.
    """
    if low.endswith((".", ":")) and low[-2:-1] not in _QUOTES:
        return False  # a sentence or a lead-in ('… on "X".' may close a quoted title)
    rest = low[found.end() - 1 :]
    if rest[:1] in _QUOTES:
        return True
    title = rest.strip(_QUOTES + " ")
    if title in ctx.lower or any(
        ctx.lower[i].startswith(title) for i in range(min(TITLE_LINES, ctx.total))
    ):
        return True  # the headline, wherever it stands, or the page title opening the page
    return low[:1].isdigit() and any(n in low[: found.end()] for n in _THREAD_NOUNS)


def _opens_a_quote(ctx: Context, index: int) -> bool:
    """Whether ``The chair said:`` stands over a quotation: reported speech, not a
    commenter's ``Name said:``. Only "said:": a comment under ``Name says:`` may open with a
    quotation of its own."""
    return (
        ctx.lower[index].endswith(" said:")
        and index + 1 < ctx.total
        and ctx.norm[index + 1][:1] in _QUOTES
    )


def _counted_thread(ctx: Context, bares: list[int], replies: list[int]) -> int | None:
    """The bare count that opens a thread: the last one with three reply buttons or more
    below it and a comment's header right under it (a name, a date: a short line).

    A headline carries a count too ("5 Comments" under the byline), with the article's
    text right under it: that count opens nothing, whatever lies further down.
    """
    for bare in reversed(bares):
        below = len(replies) - bisect_left(replies, bare)
        following = bare + 1
        if (
            below >= MIN_REPLIES
            and following < ctx.total
            and ctx.words[following] <= COMMENT_HEADER_WORDS
            and not ctx.prose(following)
        ):
            return bare
    return None


_STAMP = re.compile(r"(?:19|20)\d\d|\d{1,2}[:.]\d\d")
"""A comment's date or time of day ("14 Mehefin 2024 am 8:12 am")."""
STAMP_REACH = 2
"""Lines between a commenter's "Name verb:" and the date under it, at the most."""
_STAMP_WORDS = 5
"""Words a comment's date line has besides its figures ("14 Mehefin 2024 am 8:12 am"): a
quotation's or an agenda item's line holding a year has more, or ends as a sentence."""
_SENTENCE_CLOSE = frozenset('.!?"”»')


def _says_in_any_language(ctx: Context, heads: list[int]) -> list[int]:
    """The "Name says:" lines of a thread in a language whose verb no list holds ("Huw ap
    Dafydd meddai:", "Anna Berg skriver:"): three lines or more closing on the same
    lower-case word and a colon, no two alike, each with its comment's date or time within
    two lines under it. The verb's case tells it from a speaker's name ("Anna Berg:"), and
    the date lines (a few words besides their figures, no sentence's end) from a report's
    "The mayor said:" over a quotation and minutes' "The chair noted:" over an item naming a
    year (session 26's review)."""
    by_verb: dict[str, list[int]] = {}
    for index in heads:
        words = ctx.norm[index].rstrip(": ").split()
        if len(words) >= 2 and words[-1][:1].islower():
            by_verb.setdefault(words[-1], []).append(index)
    found: list[int] = []
    for lines in by_verb.values():
        dated = [
            index
            for index in lines
            if any(
                _STAMP.search(ctx.norm[at])
                and len(_STAMP.sub(" ", ctx.norm[at]).split()) <= _STAMP_WORDS
                and ctx.norm[at][-1:] not in _SENTENCE_CLOSE
                for at in range(index + 1, min(index + 1 + STAMP_REACH, ctx.total))
            )
        ]
        if len(dated) >= MIN_SAYS and len({ctx.lower[index] for index in dated}) > 1:
            found += dated
    return sorted(found)


def threads(ctx: Context) -> Iterator[Match]:
    """Comment threads, from their header (or first 'name says:' line) to the end."""
    lower, words = ctx.lower, ctx.words
    start = None
    bares: list[int] = []
    replies: list[int] = []
    says = []
    heads: list[int] = []  # short lines closing on a colon: "Name verb:" in any language
    # The lines opening with a number word or a digit, from the routes every line start was
    # given once for the whole page (``Context.starting``): a set look-up per line here,
    # where ``str.startswith`` with ten words, and ``str.isdigit``, cost more than the rest
    # of the loop.
    numbered = {*ctx.starting(_NUMBERED), *ctx.starting(DIGIT_OPENING)}
    for index in ctx.short:
        count = words[index]
        if count > 30:
            continue
        low = lower[index]
        # What opens the line, told once for the header's test and the bare count's.
        opens_count = index in numbered
        if (
            start is None
            and opens_count
            and (header := _HEADER.match(low)) is not None
            and _names_the_article(ctx, low, header)
        ):
            start = index
        if count > 6:  # the tests below are for a few words: most short lines have more
            continue
        if count <= 5 and low[-1:] == ":":
            if not _SAYS.match(low):
                heads.append(index)
            elif not _opens_a_quote(ctx, index):
                says.append(index)
        head = low[:4]
        if low in _REPLY or (head in _REPLY_HEADS and _REPLY_BAR.fullmatch(low)):
            replies.append(index)
        elif (
            opens_count or low[:6] == "there " or head in _COUNT_AFTER_STARTS
        ) and _BARE_COUNT.match(low):
            bares.append(index)
    if len(says) < MIN_SAYS and len(heads) >= MIN_SAYS:
        says = _says_in_any_language(ctx, heads)
    if len(says) >= MIN_SAYS and (start is None or says[0] < start):
        start = says[0]
    counted = _counted_thread(ctx, bares, replies)
    if counted is not None and (start is None or counted < start):
        start = counted
    if start is None:
        return
    kinds = ctx.kinds
    index = start
    total = ctx.total
    while index < total:
        if kinds[index] is not None:
            index += 1
            continue
        end = index
        while end + 1 < total and kinds[end + 1] is None:
            end += 1
        yield Match(KIND, index, end)
        index = end + 1


FORM_NOTICES = Prefixes(
    # What only a comment form says: WordPress's notices, as its translations word them.
    *("your email address will not be published", "required fields are marked"),
    *("save my name, email, and website in this browser", "notify me of follow-up comments"),
    *("notify me of new posts by email", "deine e-mail-adresse wird nicht veröffentlicht"),
    *("ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind mit"),
    *("benachrichtige mich über nachfolgende kommentare", "meinen namen, meine e-mail-adresse"),
    *("votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas"),
    *("les champs obligatoires sont indiqués", "enregistrer mon nom, mon e-mail et mon site"),
    *("tu dirección de correo electrónico no será publicada", "guarda mi nombre, correo"),
    *("los campos obligatorios están marcados", "il tuo indirizzo email non sarà pubblicato"),
    *("i campi obbligatori sono contrassegnati", "o seu endereço de email não será publicado"),
    *("o seu endereço de e-mail não será publicado", "campos obrigatórios são marcados"),
    *("het e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd"),
    *("benachrichtige mich über neue beiträge", "prévenez-moi de tous les nouveaux"),
    *("avertissez-moi par e-mail", "recibir un correo electrónico con los siguientes"),
    *("avvisami via email", "avvisami via e-mail", "notifique-me sobre novos"),
    *("this site uses akismet to reduce spam", "diese website verwendet akismet"),
    *("ce site utilise akismet", "este sitio usa akismet", "questo sito usa akismet"),
)
FORM_HEADINGS = Prefixes(
    # The form's heading and buttons: words an article may open a sentence with too, so they
    # go only beside a notice.
    *("leave a reply", "leave a comment", "cancel reply", "post comment"),
    *("schreibe einen kommentar", "hinterlasse einen kommentar", "antworten abbrechen"),
    *("kommentar abschicken", "laisser un commentaire", "annuler la réponse"),
    *("deja una respuesta", "deja un comentario", "cancelar respuesta", "lascia un commento"),
    *("annulla risposta", "deixe um comentário", "deixe uma resposta", "geef een reactie"),
    "reactie annuleren",
    # The form's required fields, marked with their asterisk.
    *("name *", "e-mail *", "email *", "nom *", "nombre *", "nome *", "naam *"),
)
MAX_NOTICE_WORDS = 40
MAX_HEADING_WORDS = 8
FORM_REACH = 6
"""Lines between a form's heading and its notice, at the most."""


def forms(ctx: Context) -> Iterator[Match]:
    """The lines of a comment form, in the words WordPress gives them in the languages
    corpora are built from.

    A notice only a form gives ("Your email address will not be published") makes the form;
    a heading or a button ("Leave a Reply", "Cancel reply") goes with it only when short and
    within a few lines of a notice, so a sentence opening alike ("Leave a comment below and
    tell us...") stays, form or no form. Only the form's own lines go: the thread, when there
    is one, is :func:`threads`' to find.
    """
    words = ctx.words
    notices = [i for i in ctx.starting(FORM_NOTICES) if words[i] <= MAX_NOTICE_WORDS]
    if not notices:
        return
    kept = list(notices)
    for index in ctx.starting(FORM_HEADINGS):
        if words[index] > MAX_HEADING_WORDS:
            continue
        after = bisect_left(notices, index)  # the nearest notices: the one after, the one before
        if any(
            abs(index - notices[at]) <= FORM_REACH
            for at in (after - 1, after)
            if 0 <= at < len(notices)
        ):
            kept.append(index)
    for index in sorted(kept):
        if ctx.free(index):
            yield Match(KIND, index, index)
