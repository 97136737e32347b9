"""Social share prompts and counters: 'Share this on WhatsApp', 'Facebook Twitter', '0 shares'.

A line is a share line when every word in it is share vocabulary (verbs such as share, tweet,
email, print; network names; counts and small glue words) and it has a verb or names two
networks: a lone 'Twitter' or 'Facebook' may be a heading in an article about the company.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import (
    Context,
    Openings,
    Prefixes,
    heads_its_section,
    next_line,
    phrase_set,
    runs,
)

MAX_WORDS = 14
_FOREIGN_SHARE = (
    *("teilen", "partager", "compartir", "condividi", "partilhar", "compartilhar", "delen"),
    *("udostępnij", "поделиться", "поділитися", "sdílet", "megosztás", "paylaş"),
    *("bagikan", "dela", "jaa", "distribuie", "κοινοποίηση", "שתף", "مشاركة", "分享"),
    *("シェア", "공유", "공유하기", "分享至", "分享到"),
)
""""Share" as other languages' buttons say it."""
VERBS = frozenset(
    [
        "share",
        "shares",
        "shared",
        "sharing",
        "tweet",
        "tweets",
        "retweet",
        "email",
        "e-mail",
        "mail",
        "print",
        "pin",
        "save",
        "like",
        "likes",
        "comment",
        "comments",
        "reply",
        "copy",
        "flip",
        "post",
        "whatsapp",
        *_FOREIGN_SHARE,
        # "Copy link", "Print" and "Share" as other languages' buttons say them (not German
        # "Drucken": the held-out pages' checking half lost an article's line to it).
        *("скопировать", "копировать", "másolása", "copiar", "copia", "kopieren", "copier"),
        *("kopiuj", "kopyala", "salin", "복사", "कॉपी", "शेयर", "cetak", "imprimer"),
        *("imprimir", "stampa", "печать", "yazdır", "drukuj"),
    ]
)
_SAVE = frozenset(("guardar", "salvar", "speichern", "enregistrer", "opslaan", "zapisz", "simpan"))
"""A bookmark's "Save" as other languages' buttons say it: share vocabulary only beside a
network ("Facebook Twitter WhatsApp Guardar"); alone a step's heading or a menu's item
(session 29's review)."""
NETWORKS = frozenset(
    [
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "telegram",
        "messenger",
        "flipboard",
        "tumblr",
        "email",
        "e-mail",
        "sms",
        "mail",
        "print",
        "vk",
        "weibo",
        "wechat",
        "line",
        "google+",
        "google",
        "pocket",
        "mix",
        "threads",
        "bluesky",
        "mastodon",
        "instagram",
        "youtube",
        "tiktok",
        "snapchat",
        *("вконтакте", "одноклассники", "ok", "xing", "naver", "kakao", "kakaotalk", "band"),
        *("微信", "微博", "qq", "qq空间", "朋友圈", "はてブ", "카카오톡", "카카오스토리"),
        *("почта", "e-posta", "correo", "courriel", "ईमेल", "फेसबुक", "एक्स", "ट्विटर"),
    ]
)
GLUE = frozenset(
    [
        "this",
        "on",
        "to",
        "via",
        "with",
        "the",
        "article",
        "story",
        "page",
        "link",
        "post",
        "it",
        "us",
        "our",
        "your",
        "a",
        "or",
        "and",
        "&",
        "|",
        "/",
        "·",
        "•",
        "-",
        "+",
        ",",
        "k",
        "m",
        "now!",
        "now",
        # What joins them in other languages: "Скопировать ссылку", "लिंक कॉपी करें".
        *("ссылку", "ссылка", "enlace", "lien", "tautan", "bağlantıyı", "링크", "लिंक", "करें"),
    ]
)
PHRASES = phrase_set(
    """sharing is caring!|sharing is caring|share this:|share this article|share this story
    |share this post|share this page|share on facebook|share on twitter|share via email
    |share the article|click to share|spread the word|share article|share story
    |copy link|link copied|copied!|copy article link|like loading...|like loading…"""
) | phrase_set(
    # Other languages: "Diese Geschichte teilen", "Partager sur Facebook"...
    """teilen|teilen mit:|diese geschichte teilen|beitrag teilen|artikel teilen|twittern
    |partager|partager sur facebook|partager sur twitter|partager cet article|compartir
    |compartir en facebook|compartir en twitter|condividi|condividi su facebook|compartilhar
    |partilhar|delen"""
)
_LETTER_NETWORKS = frozenset({"x"})
"""Networks named by one letter (Twitter is "X" now): a network among others on a share line,
never a line of its own or a line's opening (a lone "X" closes a pop-up)."""
_SPLIT = re.compile(r"[\s|/·•,]+")
_MARK_CHARS = ":!?.()[]|"
"""What a line's first word is stripped of before it is looked up."""
_MARKS = frozenset(_MARK_CHARS)
_WORD_STARTS = Prefixes(*sorted(VERBS | NETWORKS | {"click"}))
_MARKED = Openings(lambda first: first in _MARKS or first.isdigit())
"""Lines opening with a mark or a digit, routed with the page's line starts."""


NEW_WINDOW = (
    "(opens in new window)",
    "(opens in a new window)",
    "(opens in new tab)",
    "(opens in a new tab)",
)
"""What a link's hidden label adds for screen readers; the text a crawler keeps of a share
button then reads "Click to share on Twitter (Opens in new window)" (WordPress's buttons)."""
_CLICK_TO = "click to "
_MAIL_BUTTON = ("email a link to a friend", "email this to a friend", "email a link")


SHARE_VERBS = frozenset({"share", "tweet", "retweet", "pin", *_FOREIGN_SHARE})
"""The verbs that say "share" and nothing else: "like", "save", "print" or "reply" alone
say other things too ("Like Google?" in an interview)."""


def share_button(low: str) -> bool:
    """A lower-cased short line that is a share button among an article's paragraphs: share
    vocabulary only, a verb that says "share" or a network's name in it, and no sentence's
    end ("Like Google?", "Save it." are an interview's words)."""
    if low.endswith((".", "?", "!")) or not share_line(low):
        return False
    tokens = [t.strip(_MARK_CHARS) for t in _SPLIT.split(low)]
    return any(t in SHARE_VERBS or t in NETWORKS for t in tokens)


def share_line(low: str) -> bool:
    """A lower-cased line made only of share vocabulary."""
    if low in PHRASES:
        return True
    if low.endswith(NEW_WINDOW):
        low = low[: low.rindex("(")].strip()
        if low.startswith(_CLICK_TO):
            low = low[len(_CLICK_TO) :]
        if low.startswith(_MAIL_BUTTON):
            return True  # "Click to email a link to a friend (Opens in new window)"
    if low.count(" ") >= MAX_WORDS:
        return False
    tokens = [t.strip(":!?.()[]") for t in _SPLIT.split(low)]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    verbs = networks = saves = 0
    for token in tokens:
        if token in VERBS:
            verbs += 1
        if token in NETWORKS or token in _LETTER_NETWORKS:
            networks += 1
        elif token in _SAVE:
            saves += 1
        elif token not in VERBS and token not in GLUE and not token.isdigit():
            return False
    if saves and not networks:
        return False  # "Guardar", "Speichern": a recipe's or a tutorial's step, a menu's item
    return (verbs >= 1 and (networks >= 1 or len(tokens) <= 3 or verbs >= 2)) or networks >= 2


def share(ctx: Context) -> Iterator[Match]:
    """Share lines anywhere on the page, and runs of lone network names ('Facebook', 'Twitter')."""
    lower, words, kinds = ctx.lower, ctx.words, ctx.kinds
    # The lines opening with a share word, from the line starts the Context routed once for
    # the page. Another line can pass the test below only by opening with a bracket or mark
    # (stripped off its first word) or a digit (a count), which the same routes tell, or by
    # being a whole phrase: the first word's split and strip, two method calls, are spent on
    # those lines alone.
    worded = {*ctx.starting(_WORD_STARTS), *ctx.starting(_MARKED)}
    for index in ctx.short:
        if words[index] > MAX_WORDS or kinds[index] is not None:
            continue
        low = lower[index]
        if index not in worded and low not in PHRASES:
            continue
        first = low.split(" ", 1)[0].strip(_MARK_CHARS)
        if (
            (
                first in VERBS
                or first in NETWORKS
                or first.isdigit()
                or low in PHRASES
                or (first == "click" and low.endswith(NEW_WINDOW))
            )
            and share_line(low)
            and not (
                words[index] == 1
                and (heads_its_section(ctx, index, first) or _introduced(ctx, index))
            )
        ):
            yield Match("share", index, index)
    yield from _network_runs(ctx)


def _network_runs(ctx: Context) -> Iterator[Match]:
    """Two or more lines in a row, each a single share word or network name."""
    lower, kinds, words = ctx.lower, ctx.kinds, ctx.words
    # A run needs two one-word lines: counted in C first, as most pages have none. (Every
    # one-word line is short, so the count is the short lines' too.)
    if words.count(1) < 2:
        return
    # Only the free one-word lines naming a network or a verb can join a run; any other line
    # breaks it by its index alone. (Read as the runs are made: a run claims its lines.)
    buttons = (
        i
        for i in ctx.short
        if words[i] == 1 and kinds[i] is None and (lower[i] in NETWORKS or lower[i] in VERBS)
    )
    for run in runs(buttons, next_line):
        if len(run) >= 2 and not _introduced(ctx, run[0]):
            yield Match("share", run[0], run[-1])


LEAD_IN_WORDS = 4
"""Words a lead-in ending in a colon has at least when it opens the article's own list ("The
most used apps were:"), not the buttons' label ("Follow us:", "Share:")."""
_BUTTON_WORDS = frozenset(
    (
        *("share", "follow", "connect", "connected", "us", "you", "your"),
        *("teilen", "folgen", "partager", "suivez", "compartir", "síguenos", "segui"),
    )
)
"""What a label over share or follow buttons says ("Share this story with your friends:",
"Stay connected with the Herald:"), which a lead-in to a list of apps does not."""


def _introduced(ctx: Context, index: int) -> bool:
    """Whether a lone network name (and the ones right above it) is an item of a list the
    article opens with a lead-in: "The apps the pupils used most were:" over "WhatsApp",
    "YouTube", "TikTok"."""
    lower, words = ctx.lower, ctx.words
    above = index - 1
    while above >= 0 and words[above] == 1 and (lower[above] in NETWORKS or lower[above] in VERBS):
        above -= 1
    if above < 0 or ctx.kinds[above] is not None or words[above] < LEAD_IN_WORDS:
        return False
    low = lower[above]
    return low.endswith(":") and _BUTTON_WORDS.isdisjoint(low.rstrip(":").split())
