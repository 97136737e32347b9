"""Cookie and consent notices, and the buttons that come with them.

A notice names cookies (or consent) in the words only notices use: 'uses cookies', 'cookie
policy', 'accept all cookies', 'by continuing to use this site'. A recipe that 'uses cookie
dough' does not say 'uses cookies', and a sentence reporting what someone said of cookies
("Most sites use cookies to track visitors, the regulator said.") is no notice. The short
button lines right after a notice ('Accept', 'Got it', 'More info') go with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, Prefixes, phrase_set, reports

MAX_WORDS = 80
PHRASES = (
    "uses cookies",
    "use cookies",
    "using cookies",
    "use of cookies",
    "cookie policy",
    "cookies policy",
    "cookie settings",
    "cookie preferences",
    "cookie notice",
    "cookie statement",
    "accept cookies",
    "accept all cookies",
    "allow cookies",
    "allow all cookies",
    "reject all cookies",
    "necessary cookies",
    "manage cookies",
    "cookies to improve",
    "cookies to give",
    "cookies to ensure",
    "cookies to provide",
    "cookies on this",
    "cookies on our",
    "set cookies",
    "consent to the use",
    "consent to our use",
    "by continuing to use this",
    "by continuing to use our",
    "by continuing to browse",
    "by using this site, you",
    "by using this website, you",
    "by using our site, you",
    "by using our website, you",
    "manage consent",
    "consent preferences",
    "privacy preferences",
    "we value your privacy",
    # The same notices in the other languages corpuskit reads, as the site says them of
    # itself ("wir verwenden Cookies"), never as a sentence may name them ("der Einsatz von
    # Cookies", "las cookies de terceros").
    *("wir verwenden cookies", "wir nutzen cookies", "wir setzen cookies"),
    *("diese website verwendet cookies", "diese webseite verwendet cookies"),
    *("unsere website verwendet cookies", "alle cookies akzeptieren", "cookie-einstellungen"),
    *("nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies"),
    *("este sitio utiliza cookies", "este sitio web utiliza cookies", "utilizamos cookies"),
    *("usamos cookies", "aceptar cookies", "questo sito utilizza cookie"),
    *("utilizziamo cookie", "deze website gebruikt cookies", "wij gebruiken cookies"),
)
_ANCHORS = ("cookie", "consent")
_PREFIXES = Prefixes("by continuing", "by using", "we value your privacy", "privacy preferences")
BUTTONS = phrase_set(
    """accept|accept all|accept cookies|i accept|i agree|agree|agree and close|ok|okay|got it
    |got it!|allow|allow all|deny|decline|reject|reject all|dismiss|close|more info
    |more information|learn more|read more|cookie settings|manage settings
    |customize|customise|continue|no thanks|x|×"""
    # Other languages: what a banner's buttons say after a notice in German, French...
    """|akzeptieren|alle akzeptieren|ablehnen|mehr erfahren|accepter
    |tout accepter|refuser|en savoir plus|aceptar|aceptar todo|rechazar|más información
    |accetta|accetta tutto|rifiuta|accepteren|alles accepteren|weigeren"""
)


def cookies(ctx: Context) -> Iterator[Match]:
    """Cookie notices and their buttons."""
    total = ctx.total
    candidates = set(ctx.hits(_ANCHORS))
    candidates.update(ctx.starting(_PREFIXES))
    for index in sorted(candidates):
        if not ctx.free(index) or ctx.words[index] > MAX_WORDS:
            continue
        if not any(p in ctx.lower[index] for p in PHRASES) or reports(ctx.lower[index]):
            continue  # (a sentence reporting what a regulator said of cookies is the article)
        last = index
        while last + 1 < total and ctx.free(last + 1) and ctx.lower[last + 1] in BUTTONS:
            last += 1
        first = index
        while first - 1 >= 0 and ctx.free(first - 1) and ctx.lower[first - 1] in BUTTONS:
            first -= 1
        yield Match("cookie", first, last)
