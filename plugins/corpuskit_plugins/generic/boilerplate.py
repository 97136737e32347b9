"""Page furniture that is a whole line on its own: 'Advertisement', 'Skip to content', 'Close'.

Each phrase here is never a paragraph of an article when it stands alone on its line, so the
match is exact (ignoring case, white space and a trailing colon): no sentence is ever touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import Context, heads_its_section, phrase_set

NAVIGATION = phrase_set(
    """home|homepage|home page|menu|main menu|open menu|close menu|toggle menu|toggle navigation
    |navigation|main navigation|skip to content|skip to main content|skip to navigation
    |skip to footer|skip navigation|jump to navigation|back to top|return to top|go to top
    |top of page|search|search for|search this site|submit search|sign in|log in|login|log out
    |logout|sign out|register|my account|sections|all sections|next|previous|next article
    |previous article|next post|previous post|next story|previous story|« previous|next »
    |older posts|newer posts|load more|show more|view all|see all|see more|more|back"""
    # Other languages: "weiterlesen", "Zurück zur Übersicht", "Lire la suite"...
    """|weiterlesen|mehr lesen|zurück zur übersicht|nächster beitrag|vorheriger beitrag
    |nächster artikel|vorheriger artikel|lire la suite|article suivant|article précédent
    |leer más|seguir leyendo|continua a leggere|leggi di più|lees meer|ler mais
    |continuar lendo"""
)
WIDGET_LABELS = phrase_set(
    """advertisement|advertisements|advert|adverts|advertising|ad feature|sponsored content
    |story continues below advertisement|article continues below advertisement
    |story continues below|article continues below|continue reading below"""
    # The same over an ad slot in the flow of the text, in other languages.
    """|czytaj dalej pod reklamą|la suite après la publicité|l'article continue après la publicité
    |weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt"""
    # The label over an ad slot in other languages: "Anzeige", "Publicité", "Реклама"...
    """|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|реклама|reklama
    |reklame|mainos|annons|広告|广告|광고|廣告|إعلان|اعلان|פרסומת|विज्ञापन|reklam|iklan
    |quảng cáo|διαφήμιση|реклама на сайте|โฆษณา|تبلیغات"""
    # A comment widget's prompt.
    """|comments|view comments|show comments|leave a comment|post a comment|add a comment
    |write a comment|tell us what you think|tell us what you think...|join the conversation
    |join the discussion"""
    # A live blog's controls and badges.
    """|show older updates|show newer updates|show more updates|load more updates
    |see older updates|older updates|newer updates|pinned|pinned post|new update"""
)
"""The labels over an ad slot and a comment widget's prompts: of :data:`BOILERPLATE`, the
ones no heading or paragraph of an article says alone ("Video", "Print" or "Close" may)."""
BOILERPLATE = WIDGET_LABELS | phrase_set(
    """ad|ads|sponsored|paid content|paid post|promoted|promoted content|partner content
    |continue reading|continue reading the main story
    |scroll to continue with content|skip ad|report an ad|report this ad|hide comments
    |leave a reply|add comment|write comment|comment|print|print this article|print this page
    |font size|text size|listen to this article|loading|loading...|please wait|close|caption
    |hide caption|toggle caption|show caption|enlarge this image|enlarge|expand|collapse
    |view gallery|back to gallery|launch gallery|open gallery|view photos|view all photos
    |photo gallery|watch video|play video|video|image|photo|replay|fullscreen|full screen|mute
    |unmute|embed|share this video|previous image|next image|previous slide|next slide
    |view slideshow"""
)
_COUNTER = re.compile(r"\d+ (?:comments?|replies|reactions|views|likes|new updates?|new posts?)\Z")
# A reading-time label, alone or after a read-more link: "5 min read", "Lesezeit: 4 Minuten",
# "weiterlesen 5 Minuten". A bare "5 minutes" is left alone: it may be an answer or a cell.
_READ_MORE = (
    "read more|continue reading|weiterlesen|lire la suite|leer más|leggi|lees meer|ler mais"
)
_READ_TIME = "reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|leestijd"
_MINUTES = r"(?:ca\. ?|~ ?)?\d{1,3} ?(?:min|mins|minute|minutes|minuten|minutos|minuti|minuut)\.?"
_READING_TIME = re.compile(
    rf"(?:(?:{_READ_MORE}) {_MINUTES}|(?:{_READ_TIME}):? {_MINUTES}"
    rf"|{_MINUTES} (?:read|reading time|lesezeit|de lecture|de lectura|di lettura|leestijd))\Z"
)


_ORIGINAL_TITLE = re.compile(r"[（(]?原[标標][题題][:：].{1,80}[）)]?\Z")
"""The headline a syndicated Chinese story ran under first, "（原标题：…）": the republisher's
note, not the story's text."""


def is_widget_label(line: str) -> bool:
    """Whether a line alone is an ad slot's label, a comment widget's prompt, a reading time or
    a counter ("ADVERTISING", "Tell us what you think...", "5 min read", "12 comments").

    For HTML pages, whose extractor keeps such a block when it sits among the article's
    paragraphs under no telling element: the wording of a whole short line is enough there,
    for these few labels only.
    """
    key = " ".join(line.split()).lower().rstrip(" :.↓")
    return len(key) <= 60 and (
        key in WIDGET_LABELS
        or bool(_COUNTER.match(key))
        or bool(_READING_TIME.match(key))
        or bool(_ORIGINAL_TITLE.match(key))
    )


def widgets(ctx: Context) -> Iterator[Match]:
    """Whole lines that are page furniture."""
    lower, kinds = ctx.lower, ctx.kinds
    for index in ctx.short:
        low = lower[index]
        if len(low) > 60 or kinds[index] is not None:
            continue
        key = low.rstrip(" :")
        if "原" in key and _ORIGINAL_TITLE.match(key):
            yield Match("boilerplate", index, index)
        elif key in BOILERPLATE or _COUNTER.match(key) or _READING_TIME.match(key):
            if heads_its_section(ctx, index, key):
                continue
            yield Match("boilerplate", index, index)
        elif key in NAVIGATION:
            yield Match("navigation", index, index)
