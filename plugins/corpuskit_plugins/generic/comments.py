"""Reader comment threads: from the thread's header to the end of the page.

A thread announces itself with a count and the article's title (``34 responses to "X"``,
``10 thoughts on "X"``, ``2 comments on X``), or shows itself as a run of ``name says:`` lines,
or stands as a bare count (``There are 13 comments``) above at least three ``Reply`` buttons.
Nothing after the start of a thread is the article, so everything from there to the end of the
page that no other rule claimed is ``comments`` (a kind coined here: the shared vocabulary has
none for reader comments). The comment form's own lines ("Leave a Reply", "Your email address
will not be published", and their translations) are ``comments`` too, wherever they sit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Prefixes

KIND = "comments"
MIN_SAYS = 3
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:comments?|responses?|replies|reply|thoughts?|reactions?) (?:to|on) \S"
)
_HEADER = re.compile(_COUNT)
# A count standing alone ("13 comments", "There are 13 comments") names a thread only when
# the thread's own furniture follows: a "Reply" button under at least three comments.
_BARE_COUNT = re.compile(
    r"(?:there (?:are|is) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:comments?|responses?|replies|thoughts?|reactions?)\Z"
)
_REPLY = frozenset({"reply", "reply ↓", "antworten", "répondre", "responder", "rispondi"})
MIN_REPLIES = 3
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


def threads(ctx: Context) -> Iterator[Match]:
    """Comment threads, from their header (or first 'name says:' line) to the end."""
    lower, words = ctx.lower, ctx.words
    start = None
    bare = None
    replies = 0
    says = []
    # The lines opening with a number word, from the routes every line start was given once
    # for the whole page (``Context.starting``): a set look-up per line here, where
    # ``str.startswith`` with ten words cost more than the rest of the loop.
    numbered = set(ctx.starting(_NUMBERED))
    for index in ctx.short:
        if words[index] > 30:
            continue
        low = lower[index]
        if (
            start is None
            and (low[:1].isdigit() or (numbered and index in numbered))
            and _HEADER.match(low)
        ):
            start = index
        if words[index] <= 5 and low[-1:] == ":" and _SAYS.match(low):
            says.append(index)
        if words[index] <= 6:
            if low in _REPLY:
                replies += bare is not None
            elif (
                bare is None
                and (low[:1].isdigit() or low[:6] == "there " or (numbered and index in numbered))
                and _BARE_COUNT.match(low)
            ):
                bare = index
    if len(says) >= MIN_SAYS and (start is None or says[0] < start):
        start = says[0]
    if bare is not None and replies >= MIN_REPLIES and (start is None or bare < start):
        start = bare
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


FORM = Prefixes(
    # The comment form of WordPress, which most blogs run, as its translations word it.
    *("leave a reply", "leave a comment", "your email address will not be published"),
    *("required fields are marked", "save my name, email, and website in this browser"),
    *("notify me of follow-up comments", "notify me of new posts by email", "cancel reply"),
    *("schreibe einen kommentar", "hinterlasse einen kommentar", "antworten abbrechen"),
    *("deine e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind mit"),
    *("ihre e-mail-adresse wird nicht veröffentlicht", "benachrichtige mich über"),
    *("meinen namen, meine e-mail-adresse und meine website", "kommentar abschicken"),
    *("laisser un commentaire", "annuler la réponse", "les champs obligatoires sont indiqués"),
    *("votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas"),
    *("enregistrer mon nom, mon e-mail et mon site", "deja una respuesta", "deja un comentario"),
    *("tu dirección de correo electrónico no será publicada", "cancelar respuesta"),
    *("los campos obligatorios están marcados", "guarda mi nombre, correo electrónico y web"),
    *("lascia un commento", "annulla risposta", "il tuo indirizzo email non sarà pubblicato"),
    *("i campi obbligatori sono contrassegnati", "deixe um comentário", "deixe uma resposta"),
    *("o seu endereço de email não será publicado", "campos obrigatórios são marcados"),
    *("o seu endereço de e-mail não será publicado", "geef een reactie", "reactie annuleren"),
    *("het e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd"),
    *("this site uses akismet to reduce spam", "diese website verwendet akismet"),
    *("ce site utilise akismet", "este sitio usa akismet", "questo sito usa akismet"),
)
MIN_FORM_LINES = 2
MAX_FORM_WORDS = 40


def forms(ctx: Context) -> Iterator[Match]:
    """The lines of a comment form ("Leave a Reply", "Your email address will not be
    published"), in the words WordPress gives them in the languages corpora are built from.

    Each opens its line; two of them on a page make a form, so one line that happens to open
    alike ("Leave a comment below if...") is left alone. Only the form's own lines go: the
    thread, when there is one, is :func:`threads`' to find.
    """
    found = [i for i in ctx.starting(FORM) if ctx.words[i] <= MAX_FORM_WORDS]
    if len(found) >= MIN_FORM_LINES:  # counted whoever claimed them ("Leave a Reply" goes first)
        for index in found:
            if ctx.free(index):
                yield Match(KIND, index, index)
