"""Newsletter, notification, subscription and app prompts; affiliate disclosures.

A prompt speaks to the reader: it opens with a call to action (``Sign up``, ``Subscribe``,
``Never miss``, ``Get the app``, ``Follow us``) about something to sign up to, or holds a phrase
nothing but a prompt uses (``delivered to your inbox``, ``click here to``). A sentence that
merely mentions a newsletter (``The newsletter reported that...``), or names an app or
subscribers without addressing the reader (``Download speeds on the app fell.``, ``The price
rise for subscribers takes effect in May.``), stays in the body.

Prompts closing the page, after the last line of prose, make one ``footer`` with the short
lines around them (``read more: / Never miss a story / Turn on alerts / You're
subscribed``); elsewhere each prompt line is a ``promo``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import LINE_CACHE, SENTENCE_END, Context, Prefixes

MAX_WORDS = 45
MAX_FOOTER_LINES = 8

# What a sign-up box says once the reader is in, or to let them in: a prompt on its own.
SUBSCRIBED = (
    "you're subscribed",
    "you’re subscribed",
    "you are subscribed",
    "you're now subscribed",
    "you have successfully subscribed",
    "you have succesfully subscribed",
    "you've successfully subscribed",
    "please activate your subscription",
    "thanks for subscribing",
    "thank you for subscribing",
    "thanks for signing up",
    "thank you for signing up",
    "enter your email",
    "already a subscriber",
)
# A call to action that is a prompt whatever it is about (given some topic below).
STRONG_CALLS = (
    "sign up",
    "signup",
    "subscribe ",
    "subscribe:",
    "subscribe!",
    "subscribe.",
    "never miss",
    "don't miss out",
    "don’t miss out",
    "stay up to date",
    "stay up-to-date",
    "stay updated",
    "stay informed",
    "stay in the know",
    "stay connected",
    "want more",
    "want the latest",
    "like what you",
    "enjoyed this",
    "if you enjoyed",
    "if you liked",
    "follow us",
    "like us",
    "find us on",
    "connect with us",
    *SUBSCRIBED,
    "already have an account",
    "create an account",
    "create a free account",
    "to subscribe",
    # The same calls in other languages: "Subscribe", "Sign up", as each writes them.
    *("suscríbete", "suscríbase", "suscribite", "abonnez-vous", "inscrivez-vous"),
    *("abonnieren sie", "jetzt abonnieren", "melden sie sich", "iscriviti", "abbonati"),
    *("assine", "inscreva-se", "cadastre-se", "anmäl dig", "prenumerera", "schrijf je in"),
    *("meld je aan", "abonneer je", "zapisz się", "подпишитесь", "подписывайтесь", "abone ol"),
    *("підписуйтесь", "підпишіться"),
)
# Strong calls that are prompts with no topic at all, in a short line.
SELF_CALLS = (
    "never miss",
    "stay up to date",
    "stay up-to-date",
    "stay updated",
    "stay informed",
    "stay in the know",
    *SUBSCRIBED,
    "follow us",
    "connect with us",
)
# A call to action that needs a strong topic, or a topic and a word addressing the reader.
WEAK_CALLS = (
    "get ",
    "join ",
    "download ",
    "keep up with",
    "if you like",
    "if you value",
    "support ",
    "become a ",
    "click ",
    "tap ",
    "follow ",
    "receive ",
    "turn on ",
    "enable ",
    "have a tip",
    "got a tip",
    "register ",
    "register for",
    "start your",
    "listen to",
    "watch ",
    "read our",
    "check out our",
    "we'd love",
    "we’d love",
)
CALLS = STRONG_CALLS + WEAK_CALLS
NETWORK_TOPICS = (
    *("twitter", "facebook", "instagram", "youtube", "linkedin", "telegram", "whatsapp"),
    "tiktok",
)
"""The social networks among the strong topics: a call naming one is a prompt even as a
sentence ("Follow the Herald on Instagram, Facebook and Twitter.")."""
STRONG_TOPICS = (
    "newsletter",
    # A newsletter as other languages call it.
    *("boletín", "lettre d'information", "nyhetsbrev", "nieuwsbrief", "рассылк", "bülten"),
    "subscri",
    "inbox",
    "notification",
    "alerts",
    " app",
    "podcast",
    *NETWORK_TOPICS,
    "free trial",
    "click here",
    "clicking here",
)
WEAK_TOPICS = (
    "membership",
    "premium",
    "email",
    "e-mail",
    "alert",
    "updates",
    "news",
    "free",
    "trial",
    "offer",
    "member",
    "account",
    "deals",
    "access",
    "magazine",
    "edition",
    "journalism",
    "tip",
    "here",
    "feed",
    "our ",
)
_READER = ("you", " our ", " us ", " us.", " us!", " us\n")
MAX_WEAK_WORDS = 12
"""A weak call ('Get', 'Download') is a prompt only in a short line: how-to prose is body."""
WEAK_PHRASES = (
    *("for subscribers", "subscribe today", "subscribe now", "get the app", "download the app"),
    *("download our app", "get notifications", "become a member", "become a subscriber"),
)
"""Phrases a news sentence may hold ("The price rise for subscribers takes effect in May."):
a prompt only as a call to the reader."""
PHRASES = (
    "sign up for our",
    "sign up to our",
    "subscribe to our",
    "subscribe now",
    "subscribe today",
    "delivered to your inbox",
    "straight to your inbox",
    "direct to your inbox",
    "in your inbox",
    "to your inbox",
    "newsletter sign",
    "get the app",
    "download the app",
    "download our app",
    "click here to",
    "clicking here",
    "tap here to",
    "join our mailing list",
    "follow us on",
    "like us on facebook",
    "on twitter @",
    "on twitter at @",
    "get notifications",
    "get breaking news alerts",
    "start your free trial",
    "subscribers only",
    "for subscribers",
    "become a member",
    "become a subscriber",
)
FINE_PRINT_STARTS = (
    "by clicking",
    "by signing up",
    "by subscribing",
    "by submitting",
    "by registering",
    "by entering your email",
    "i consent",
    "i agree",
)
FINE_PRINT_CONSENT = (
    *("i consent", "you consent", "i agree", "you agree", "i accept", "you accept"),
    *("you acknowledge", "unsubscribe"),
)
FINE_PRINT_OBJECTS = (
    *("receiv", "communication", "newsletter", "email", "e-mail", "terms", "privacy"),
)
"""A sign-up form's fine print: 'By clicking "Submit", I consent to receiving the above
communication ... I may unsubscribe at any time.' It opens as only fine print does and speaks
to the reader of what they consent to; a sentence reporting such terms ("The regulator said
customers could unsubscribe at any time") opens otherwise and stays. Found by the anchors:
it says "click" or "subscri"."""
DISCLOSURES = (
    "if you buy something through",
    "if you purchase something through",
    "if you click on a link and make a purchase",
    "if you make a purchase",
    "when you buy through",
    "may earn a commission",
    "may earn an affiliate commission",
    "we may earn",
    "we earn a commission",
    "affiliate link",
    "affiliate commission",
    "may get a share of the sale",
    "may receive a commission",
    "we may receive compensation",
    "as an amazon associate",
    "this post may contain",
    "contains affiliate",
    "independently selected",
)
_DISCLOSURE_STARTS = (
    "if you buy",
    "if you purchase",
    "if you click",
    "if you make a purchase",
    "when you buy",
    "we may ",
    "we earn",
    "as an amazon",
    "this post ",
    "this article ",
    "this page ",
    "disclosure",
    "affiliate disclosure",
    "our editors ",
    "we independently",
)
_PREFIXES = Prefixes(*CALLS, *_DISCLOSURE_STARTS)
_ANCHORS = ("newsletter", "click", "subscri", "affiliate")
"""Words that make a line a candidate wherever they stand: each costs a scan of the page, so
other languages' calls are found by the line's start alone."""


_REPORTED = re.compile(r", (?:[^,]{1,60} )?(?:said|says|according to)\b")
"""Speech reported after a comma: a sentence of the story ("Sign up and subscribe buttons on
partner sites passed addresses on, the regulator said."), never a publisher's call to the
reader ("Sign up for Who Said What, our politics newsletter" has no comma before it)."""


@lru_cache(maxsize=LINE_CACHE)
def prompt(low: str) -> str | None:
    """'promo' or 'boilerplate' (an affiliate disclosure) for a lower-cased line, else None."""
    if low.count(" ") >= MAX_WORDS:
        return None
    if (low.startswith(_DISCLOSURE_STARTS) or "affiliate" in low or "commission" in low) and any(
        d in low for d in DISCLOSURES
    ):
        return "boilerplate"
    if ("sa" in low or "accord" in low) and _REPORTED.search(low):
        return None
    if low.startswith(STRONG_CALLS):
        if any(t in low for t in STRONG_TOPICS) or any(t in low for t in WEAK_TOPICS):
            return "promo"
        if low.startswith(SELF_CALLS) and low.count(" ") < MAX_WEAK_WORDS:
            return "promo"  # 'Never miss a story', 'Stay informed': a prompt on its own
    elif low.startswith(WEAK_CALLS) and low.count(" ") < MAX_WEAK_WORDS:
        reader = any(r in low + "\n" for r in _READER)
        if any(t in low for t in NETWORK_TOPICS) or (
            any(t in low for t in STRONG_TOPICS) and (reader or _calls(low))
        ):
            return "promo"  # "Follow the Herald on Instagram.": a network, a call whatever
        if reader and any(t in low for t in WEAK_TOPICS):
            return "promo"
    if any(p in low for p in PHRASES):
        if not any(p in low for p in WEAK_PHRASES) or _calls(low):
            return "promo"
        if any(r in low + "\n" for r in _READER):
            return "promo"
    if (
        low.startswith(FINE_PRINT_STARTS)
        and any(c in low for c in FINE_PRINT_CONSENT)
        and any(o in low for o in FINE_PRINT_OBJECTS)
    ):
        return "promo"
    # A call opening a later sentence: 'Looking for bargains? Join our newsletter.'
    if low.count(" ") < MAX_WEAK_WORDS * 2 and any(t in low for t in STRONG_TOPICS):
        for cut in (". ", "? ", "! "):
            at = low.find(cut)
            if at > 0 and low[at + 2 :].startswith(CALLS):
                return "promo"
    return None


BARE_CALL_WORDS = 6
_DETERMINERS = frozenset(
    ("the", "a", "an", "our", "your", "this", "these", "my", "all", "every", "free", "more")
)
"""What an imperative call's verb takes next ("Download the app", "Get our newsletter"); a
news sentence's first word is a noun ("Download speeds", "Support for")."""


def _calls(low: str) -> bool:
    """Whether a line reads as a call to the reader: a bare call, or a call's verb followed
    by what a verb takes ("Get the Herald's morning newsletter every weekday at 7am.")."""
    if _bare_call(low):
        return True
    calls = [c for c in CALLS if low.startswith(c)]
    if not calls:
        return False
    call = max(calls, key=len)  # "register for", not "register "
    rest = low[len(call) :].lstrip()
    return rest.split(" ", 1)[0] in _DETERMINERS


def _bare_call(low: str) -> bool:
    """A call with nothing of a sentence about it: a few words, or no full stop ("Get the
    app", "Subscribers only"). A sentence naming an app or subscribers and addressing no reader
    reports news ("Download speeds on the app fell 20 percent last week.", "The price rise for
    subscribers takes effect in May.")."""
    return low.count(" ") < BARE_CALL_WORDS or not low.endswith(".")


def promos(ctx: Context) -> Iterator[Match]:
    """Prompt lines; those closing the page become one footer."""
    found = []
    candidates = set(ctx.hits(_ANCHORS))
    candidates.update(ctx.starting(_PREFIXES))
    kinds, lower = ctx.kinds, ctx.lower
    for index in sorted(candidates):
        if kinds[index] is None:
            kind = prompt(lower[index])
            if kind:
                found.append((index, kind))
    if not found:
        return
    footer = _footer_start(ctx, [i for i, k in found if k == "promo"])
    for index, kind in found:
        if footer is not None and index >= footer:
            break
        yield Match(kind, index, index)
    if footer is not None:
        yield Match("footer", footer, ctx.total - 1)


def _footer_start(ctx: Context, prompts: list[int]) -> int | None:
    """Where a closing run of prompts and short lines starts, if the page ends with one."""
    if not prompts:
        return None
    total = ctx.total
    start = prompts[-1]
    if total - start > MAX_FOOTER_LINES:
        return None
    kinds, words, norm = ctx.kinds, ctx.words, ctx.norm
    # Every line from the prompt to the end is free and short, or a prompt itself
    # (``Context.free`` and ``Context.prose`` inlined: the indices are all on the page).
    for index in range(start, total):
        if kinds[index] is not None or (
            words[index] >= 5 and norm[index].endswith(SENTENCE_END) and index not in prompts
        ):
            return None
    # Take in the short free lines right before it ('read more:').
    while (
        start >= 1
        and kinds[start - 1] is None
        and (
            not (words[start - 1] >= 5 and norm[start - 1].endswith(SENTENCE_END))
            or start - 1 in prompts
        )
        and words[start - 1] <= 12
    ):
        start -= 1
    return start
