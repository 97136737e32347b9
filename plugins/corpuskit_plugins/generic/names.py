"""Names in a byline, and whether a declared author can be a person.

One reader for every place a name is written, in text and in HTML: the text path's bylines,
the extractor's byline rule and its labels ask it whether a line names someone, the metadata
asks it for the names. Case is the evidence in alphabets that have it; scripts without case
are read after their own word for "by", or by how long a name in them runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from itertools import pairwise

from corpuskit_plugins.generic.context import CJK_SIGNS, caseless

_SURNAME_AND = re.compile(r" [ye] ")


def two_names(part: str) -> list[str]:
    """A part of a byline joined by Spanish "y" or Portuguese and Italian "e", as two names when
    each side has two words or more ("Ana Gil y Tomás Ruiz"); else as it stands.

    The same word joins a person's two surnames ("José Ortega y Gasset", "Maria Silva e
    Souza"): one word after it is a surname, not a second author. A part opening in lower case
    names places ("de São Paulo e Belo Horizonte", "inviato a Reggio Emilia e Porto
    Recanati"): no people.
    """
    pieces = _SURNAME_AND.split(part)
    if len(pieces) == 2 and part[:1].isupper() and all(len(piece.split()) >= 2 for piece in pieces):
        return pieces
    return [part]


BOOK_AUTHOR_WORDS = (
    *("autorius", "autorė", "autors", "höfundur", "awdur", "egilea", "mwandishi", "muallif"),
    *("müəllif", "idazlea", "skrywer"),
    *("ავტორი", "հեղինակ", "зохиогч"),
)
"""Author labels (session 26's) that head a book's or a play's field as well: a byline under
one must not name someone the text under it names (``bylines.names_a_work_s_author``)."""
AUTHOR_WORDS = (
    *("authors", "author", "autores", "autorin", "autorka", "autor", "auteurs", "auteure"),
    *("auteur", "autore", "yazar", "автор", "作者", "συντάκτης", "συντάκτρια"),
    *("kirjoittaja", "szerző", "penulis", "tác giả", "लेखक", "लेखिका", "লেখক", "نویسنده"),
    *("الكاتب", "الكاتبة", "筆者", "ผู้เขียน"),
    *BOOK_AUTHOR_WORDS,
)
"""The words that label a line naming the author ("Author:", "Autorin:", "Автор:", "作者："):
one list for the text path's bylines and the extractor's (``AUTHOR_LABELS``). Not the
words a book's fields use where a byline would not ("Författare:", "Forfatter:", "著者："):
above a review they named the book's author for the reviewer's (session 21's review)."""
TEXT_WORDS = ("tekst", "текст", "texto", "text", "texti", "teksts", "tekstas", "besedilo")
"""The words for "text" that label a line naming who wrote it ("Text: Jana Nováková", "Texto:
Ana Gil"); alone they label no author field."""

OF_THE_ARTICLE_WORDS = (
    *("do artigo", "da notícia", "del artículo", "dell'articolo", "dell’articolo"),
    *("de l'article", "de l’article", "des artikels", "des beitrags", "van het artikel"),
    *("artykułu", "článku", "članka", "članku", "articolului", "cikk"),
    *("materiału", "wpisu", "publikacji"),
    *("матеріалу", "материала", "статті", "статьи", "публікації", "публикации"),
    *("новини", "новости"),
)
"""What an author label may say it is the author of, the article ("Autor do artigo:",
"Автор матеріалу:"): no photo's, no book's ("Autor zdjęć:", the photographs'), and not
"the text's", which is a song's lyricist too ("Autor tekstu:", session 29's review)."""
OF_THE_ARTICLE = "|".join(map(re.escape, OF_THE_ARTICLE_WORDS))
AUTHOR_LABELS = "|".join(AUTHOR_WORDS)
"""``AUTHOR_WORDS`` as a regex to be matched without case: for the byline rules here,
the classifier's and the metadata's author field labels."""
TEXT_LABELS = "|".join(TEXT_WORDS)
"""``TEXT_WORDS`` as such a regex: "Text:" opens a byline, and labels no field."""
POSTED_WORDS = (
    *("publié", "publiée", "écrit", "écrite", "rédigé", "rédigée"),  # French
    *("publicado", "publicada", "escrito", "escrita", "postado", "postada"),  # Spanish, Portuguese
    *("pubblicato", "pubblicata", "scritto", "scritta"),  # Italian
    *("geschrieben", "veröffentlicht", "gepubliceerd", "geschreven"),  # German, Dutch
    *("geskryf", "gepubliseer"),  # Afrikaans
    *("נכתב", "נכתבה", "פורסם", "פורסמה"),  # Hebrew, before "על ידי"
)
""""Posted" and "written" in the other languages, before their word for "by" ("Publié par
Claire Moutet le 14 janvier 2024", "Publicado por Ana Gil"): the blog's own byline, where
"par" or "por" after other words opens none ("Un paseo por Buenos Aires")."""
POSTED_LABELS = "|".join(POSTED_WORDS)
# "By", "Written by", "Words and pictures by", "posted 12 April by", Persian "توسط" so too
# ("نوشته شده توسط …"), Hebrew "על ידי" at the start or after "written" ("נכתב על ידי …");
# "par", "por", "door" and "eftir" after a date ("Publié le 14 septembre 2024 par …"), never
# after words alone ("Un paseo por Buenos Aires", "Gesponsord door …", "Open Door Theatre");
# at the very start "Von", "Par", "Por", "Door", "Eftir" (a name may hold "von" itself: "Karl
# von Habsburg", "Ursula von der Leyen"), Italian "di"/"da" in lower case only ("Da Silva" is
# a name), the Nordic "Af"/"Av", Hungarian "Írta" ("wrote"), Afrikaans "Deur", Malay's and
# Indonesian's "Oleh", the Czech, Slovak and Croatian "wrote" ("Napsal", "Napísal(a)",
# "Napisao"), Tagalog "Isinulat ni", "Autor:", "Text:" and their like, and the words for "by"
# of scripts without case (Hebrew, Arabic, Persian's "نوشتهٔ", Chinese, Thai).
BY = re.compile(
    r"^\s*(?:(?:[\w,.]+\s+){0,6}?(?:[Bb][Yy]|توسط)"
    # Hebrew's "by" names every passive's agent ("… התקבלה על ידי ועדת התכנון"): a byline's
    # only at the line's start or after "written", "posted".
    r"|(?:(?:נכתב|נכתבה|פורסם|פורסמה)\s+)?על ידי"
    rf"|(?i:{POSTED_LABELS})\s+(?:par|por|da|von|door|deur)"
    r"|(?:[\w,.]+\s+){0,4}?\d[\w,.]*\s+(?:[\w,.]+\s+){0,3}?(?:[Pp]ar|[Pp]or|[Dd]oor|[Ee]ftir"
    # After the date and a section, in small letters: "12.03.2024 Mobilitéit vum Tom Schiltz".
    r"|vum|vun|przez)"
    r"|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Ee]ftir|[Íí]rta|di|da|[Aa][fv](?= \w)"
    # "Oleh" before a colon or two words of a name: alone before one, the Ukrainian name.
    r"|[Dd]eur|oleh|Oleh(?=\s*[:：]|\s+[^\s,;·|]+\s+(?![a-z])[^\W\d_])"
    r"|[Nn]ap[ií]?sal(?:a|\(a\))?|[Nn]apisał(?:a)?|[Nn]apisao|[Nn]apisala"
    r"|[Ii]sinulat ni|[Pp]rzez(?= \w+ [^\W\d_])|Minn(?= \w+ [^\W\d_])"
    rf"|(?i:{AUTHOR_LABELS})(?:\s+(?i:{OF_THE_ARTICLE}))?(?=[:：՝])"
    rf"|(?i:{TEXT_LABELS})(?=[:：])"
    r"|מאת|بقلم|كتبت|كتب|نوشتهٔ|作者|โดย)"
    r"[:：՝\s]+"
)
# Where the names of a byline end: a separator, a dating word, a month before a number, a
# digit, or where the reporter filed from or for ("By Jane Roe in Lisbon", "for The Courier").
_BYLINE_END = re.compile(
    r"\s+(?:[-–—|·•»›/]|on|updated|published|for)\s+|\s+in\s+(?-i:[A-Z])"
    # The time after the name: "Posted by Ines Varga at 10:42 AM", "von … um 10:42".
    r"|\s+(?:at|um|à|às|alle|om|kl\.?|a las)\s+(?=\d)"
    # The day after the name: "Publié par … le 14 janvier", "… el 3 de marzo", "… am 12. März".
    r"|\s+(?-i:le|el|il|am|em|op)\s+(?:[^\W\d_]+,?\s+)?(?=\d)"
    # The next field's label before its date, in any language: "प्रकाशित: 8 जुलाई 2024".
    r"|\s+[^\s:：]+[:：]\s*(?=\d)"
    r"|[\s,]+(?:posted|updated|published|publié|publiée|mis à jour|veröffentlicht"
    r"|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)\b"
    r"|\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d"
    r"|\d",
    re.IGNORECASE,
)
# Lower-case words a name may hold: "Karl von Habsburg", "Maria de la Cruz", "Ahmed bin Ali".
_PARTICLES = frozenset(
    "von van der den de del della di da dos das du la le ter ten zu bin ibn al el y e".split()  # noqa: SIM905
)
# The last word of a job title that follows a name in a byline ("Jane Roe, Staff Writer",
# "Andrew Hayden, Software Engineer"): capitalised like a name, but a role.
_ROLES = frozenset(
    """writer writers reporter reporters correspondent correspondents editor editors columnist
    contributor contributors producer photographer photographers journalist engineer analyst
    critic staff intern researcher scientist developer designer director manager officer""".split()  # noqa: SIM905
)
_NAME_SPLIT = re.compile(
    r"\s*(?:,|、|，|\b(?:and|und|et|и)\b|\b(?-i:en|og|och|és|și|ve|та)\b|&|\|)\s*", re.IGNORECASE
)
"""What joins two names in a byline: a comma, "&", and "and" in English, German, French,
Dutch, the Nordic languages, Hungarian, Romanian, Turkish, Russian and Ukrainian (Spanish,
Portuguese and Italian ones: :func:`two_names`)."""
NOT_NAME = re.compile(r"https?://|www\.|@|\d{3,}")


_GLUED = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"\s*(?:\d{1,2},?\s+)?\d{4})"
    r"|(?<=[a-z])(?P<day>(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\b))"
    r"|(?<=[a-z])(?P<role>(?=(?:Reporter|Writer|Editor|Correspondent|Columnist|Contributor"
    r"|Staff|Producer|Photographer|Journalist)s?\b))"
    r"|(?<=[a-z])(?P<stamp>(?=(?:Updated|Published|Posted)\b))"
)
"""Where a name runs into the next element's text with no space between, as markup writes
``<a>Leon Achterberg</a><span>Reporter</span>`` or ``<span>Tobias Wren</span><span>June 30,
2024</span>``: a lower-case letter, then a job title, a month opening a date with its year or
a weekday before a day's number ("Hugh PenhaligonSaturday 23 March 2024", where the name and
the date stand in custom elements); not "Tony DiMarco 5 min read", "Ana DelMar 3 hours ago"."""


NOT_PERSON_WORDS = frozenset(
    {
        *("press", "presse", "prensa", "agency", "agence", "agencia", "agenzia", "agentur"),
        *("agensi", "agência", "news", "staff", "desk", "bureau", "redaktion", "redacción"),
        *("rédaction", "redazione", "reuters"),
        # The newsroom in Polish, Czech, Slovak, Maltese, Luxembourgish, Ukrainian and
        # Russian ("Dodano … przez Redakcja Serwisu": session 29's review).
        *("redakcja", "redakcji", "redakce", "redakcia", "redazzjoni", "redaktioun"),
        *("редакція", "редакция"),
    }
)
"""Words (lower-cased) of a byline's name that make it an agency's, the newsroom's or a
desk's ("Agence France-Presse", "Agensi Berita Nusa", "Metro Desk"), which the gold
conventions and a reader count as no author (reviews of session 21 found them linked under
``/author/`` as the people are)."""
AGENCY_CODES = frozenset("AP AFP DPA EFE ANSA ANP NTB TT APA SDA".split())  # noqa: SIM905
"""Agencies by their letters, in capitals only: "Huw ap Dafydd" and "Efe Kaya" are people
(session 26's review)."""


_OFFICE_HEADS = frozenset(
    "stadt gemeinde landkreis kreis region statens polizei kommune kommun".split()  # noqa: SIM905
)
_OFFICE_ENDS = (
    *("agentur", "byrå", "präsidium", "kommune", "kommun", "verwaltung", "ministerium"),
    *("vegvesen", "verket", "styrelsen", "dienst", "amt", "direktoratet"),
)


def an_office(name: str) -> bool:
    """Whether a name after a stamp's day is an issuer's, not a person's: an agency's or a
    desk's (:func:`not_a_person`), or an office's, as the German and Nordic languages name
    them, by a head word ("Stadt Augsburg", "Region Norrbotten", "Statens vegvesen") or a
    compound's end ("Polizeipräsidium Mittelfranken", "Tidningarnas Telegrambyrå"). Capitals
    say nothing there: every noun of German has one."""
    words = [word.casefold() for word in name.split()]
    return (
        not_a_person(name)
        or (bool(words) and words[0] in _OFFICE_HEADS)
        or any(word.endswith(_OFFICE_ENDS) for word in words)
    )


def not_a_person(name: str) -> bool:
    """Whether a byline's name is an agency's, a newsroom's or a desk's."""
    words = name.split()
    return not NOT_PERSON_WORDS.isdisjoint(w.casefold() for w in words) or not (
        AGENCY_CODES.isdisjoint(words)
    )


def is_role(part: str) -> bool:
    """Whether a byline's part is a job title ("Staff Writer"), not a person's name."""
    return part.rsplit(None, 1)[-1].casefold() in _ROLES


ARTICLE_WORDS = frozenset(
    "the a an la le les el los las der die das het il lo gli os as".split()  # noqa: SIM905
)
"""Articles in lower case: a name opening with one is a desk's, an agency's or an outlet's
("The Associated Press", "La Rédaction", "The Numbers"), not a person's."""
POSTING_WORDS = (
    "posted",
    "written",
    "published",
    "words",
    "story",
    "text",
    "report",
    *POSTED_WORDS,
)
"""The words before "by" that name the article's own author ("Posted by", "Story by"): a byline's
opening for the classifier, a post footer's for the metadata."""


def credits_another_role(opening: str, posting: Collection[str] = POSTING_WORDS) -> bool:
    """Whether the words up to a line's "by" credit another role than the writer's: "Theme
    by", "Photos by", "Edited by", not "Posted by" (``posting``: the words that name the
    writer) or "By" alone."""
    words = opening.lower().split()[:-1]
    if words[-1:] == ["על"]:
        words = words[:-1]  # Hebrew's "by" is two words, "על ידי"
    return bool(words) and words[-1] not in posting


_LINK_WORD = 4


def byline_names(text: str) -> tuple[str, ...]:
    """Names from a byline such as "By Jane Roe and John Doe, Reuters" (best effort).

    A date run on after the name ("By JANE ROE JULY 4, 2016") is cut off, month included; a
    part with a lower-case word that is no name particle ("About the author") is no name.
    """
    return _names(*_byline_parts(text))


def whole_byline_names(text: str) -> tuple[str, ...]:
    """The names of a line opening with a word for "by" that is a byline throughout, as the
    text path needs it where no markup says so, or ``()``: the part right after the word is
    a name, and no later part is a capitalised phrase running on into lower-case words ("Par
    ailleurs, le ministre, Gérald Darmanin, a promis…", "By next spring, Anna Kowalski and
    her team…"); a role, a place or an outlet may follow ("…, Staff Writer", "…, Hamburg",
    "…, inviato a Kiev"). The line's parts are read once for both questions."""
    uncased, parts = _byline_parts(text)
    return _names(uncased, parts) if _throughout(uncased, parts) else ()


def _names(uncased: bool, parts: list[str]) -> tuple[str, ...]:
    names = [part for part in parts if _name_part(part, uncased)]
    return tuple(dict.fromkeys(without_title(name) for name in names))


def _throughout(uncased: bool, parts: list[str]) -> bool:
    """Whether a byline's parts are names, roles, places or outlets throughout (see
    :func:`whole_byline_names`)."""
    for at, part in enumerate(parts):
        part = PAREN_TAIL.sub("", part)
        if is_role(part) or _name_part(part, uncased):
            continue
        if at == 0:
            return False
        if (
            not uncased
            and part[:1].isupper()
            and any(word[:1].islower() and word not in _PARTICLES for word in part.split())
        ):
            return False
    return bool(parts)


PAREN_TAIL = re.compile(r"\s*\([^)]*\)\Z")
"""A bracket closing a byline's name: the place filed from or the part written ("Julien
Martin (à Lyon)", "Anna Berg (Text)")."""
_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A bracket anywhere in a byline, commas and all, with the space before it."""


def _unless_named(found: re.Match[str]) -> str:
    """Nothing for a bracket in a byline, or the bracket itself where two capitalised words
    in a row (no comma between) name a person in it."""
    words = found.group().strip(" ()").split()
    named = any(
        one[:1].isupper() and two[:1].isupper() and not one.endswith(",")
        for one, two in pairwise(words)
    )
    return found.group() if named else ""


def _byline_parts(text: str) -> tuple[bool, list[str]]:
    """A byline's parts after its word for "by", up to where the names end, and whether the
    script has no case (its names then read after that word alone)."""
    text = text.strip()
    by = BY.match(text)
    # A script without case shows no name by its capitals: its names are taken only after
    # its own word for "by" (מאת, بقلم, 作者), never from a phrase a byline box holds
    # ("آخر تحديث", "last updated").
    uncased = by is not None and caseless(by.group().strip(" :：")[:1])
    text = text[by.end() :] if by else text
    # A bracket after a name says where it was filed, or who the writer is, commas and all
    # ("Hélène Rivière (Séderon, Drôme, envoyée spéciale)", "(avec AFP)"), unless it names a
    # person too: "(avec Anne Roux et Paul Brun)" credits co-writers.
    text = _BRACKETED.sub(_unless_named, text) if "(" in text else text
    text = _GLUED.sub(lambda m: " " if m.lastgroup is None else ", ", text)
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    # The small word that leads to the date the byline was cut at, in any language ("Олена
    # Ковальчук від 12-03-2024", "Ana Ruiz el 12 de marzo", "Jan Novák dne 12. 3."): a
    # name ends in a capitalised word.
    words = text.split()
    if len(words) > 2 and words[-1].islower() and len(words[-1]) <= _LINK_WORD:
        text = " ".join(words[:-1])
    parts = [name for part in _NAME_SPLIT.split(text) for name in two_names(part)]
    if uncased:
        parts = [piece for part in parts for piece in _caseless_parts(part)]
    parts = [stripped for part in parts if (stripped := part.strip(" .:;"))]
    if (
        by is not None
        and by.group().strip(" :：") in WROTE
        and not all(
            person_words(words := part.split())
            and not _SENTENCE_WORDS.intersection(words)
            and not any(word.startswith(("لل", "بال")) for word in words)
            for part in parts
        )
    ):
        return uncased, []  # "كتب" is "books" too, and "wrote" opens sentences
    return uncased, parts


WROTE = frozenset({"كتب", "كتبت"})
"""Arabic "wrote" (he, she), which opens the bylines of Egyptian and other Arab portals
("كتب محمود السيد"). The same letters are the plural "books" and the verb of a sentence
("كتب التاريخ", "كتب الرئيس رسالة إلى الشعب", "كتب مستعملة بأسعار زهيدة"): what follows must
read as names throughout, no article on the first word, no word that only a sentence holds;
and the line must show more than its words, which no reader of names can tell from a phrase
in a script without case: the name linked to the writer's page, or the date beside it
(the extractor's and the text path's callers ask, :func:`wrote_evidence`)."""


def wrote_evidence(text: str, linked: int) -> bool:
    """Whether a line is no "كتب" line, or one that shows it is a byline: its name linked
    (``linked``: the link text's length) or a date's figure on it."""
    opening = BY.match(text)
    if opening is None or opening.group().strip(" :：") not in WROTE:
        return True
    return linked > 0 or any(char.isdigit() for char in text)


_SENTENCE_WORDS = frozenset(
    {"في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "قد", "لا", "ما"}
)
"""Arabic prepositions and particles (in, from, to, on, about, with, that, not...): a
sentence's words, never a name's; so are words opening with one glued to the article ("لل",
"بال": "for the", "with the")."""


def _name_part(part: str, uncased: bool) -> bool:
    """Whether a byline's part is a person's name."""
    words = part.split()
    return (
        (2 <= len(words) <= 4 or (uncased and _caseless_name(words)))
        and not NOT_NAME.search(part)
        and _HEADER_WORD.search(part) is None
        and _capital(part, uncased)
        and all(_capital(w, uncased) or not w[:1].isalpha() or w in _PARTICLES for w in words)
        and not is_role(part)
        and part.count("(") == part.count(")")  # a piece of "X (with Y and Z)"
        and ":" not in part  # "Egilea: Ane Goikoetxea": a label's, whatever its language
        and not all(word.casefold() in _PROFILE_LINKS for word in words)
        and not (uncased and words[0] in _DESK_WORDS)  # "צוות האתר": the site's team
    )


_PROFILE_LINKS = frozenset(
    {
        *("github", "gitlab", "rss", "atom", "feed", "email", "e-mail", "twitter", "x"),
        *("mastodon", "facebook", "instagram", "linkedin", "youtube", "telegram", "weibo"),
        *("zhihu", "douban", "bilibili", "stackoverflow", "reddit", "bluesky", "threads"),
        *("tumblr", "medium"),
    }
)
"""What a blog's "links of the author" box lists (``div.links-of-author``: "GitHub", "RSS"):
an element named for the author, but no name in it."""


_TITLE_AFTER = re.compile(
    r"\s*(?:기자|특파원|記者|记者|特派員|特派员)\Z|\A(?:本报记者|本報記者|记者|記者)\s*"
)
"""A reporter's title written after the name in Korean, Japanese and Chinese ("김서연 기자",
"山本美咲記者") or before it in Chinese ("记者 周文静"): what the name is, not part of it."""


def without_title(name: str) -> str:
    """A name without the reporter's title written with it, unless that is all there is."""
    bare = _TITLE_AFTER.sub("", name)
    return bare or name


_HEADER_WORD = re.compile(
    r"\b(?:updated|published|posted|modified|aktualisiert|veröffentlicht|publié|publicado"
    r"|actualizado|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)
"""A date header's word: "Last Updated" in a box the page names for its author is no name."""


def _caseless_parts(part: str) -> list[str]:
    """A part of a byline in a script without case, cut where names are joined: Hebrew and
    Arabic write "and" as a letter on the next name (ו, و: "דנה לוי ויוסי כהן"), and
    Chinese names of one word each stand side by side ("王晓明 李华")."""
    words = part.split()
    if len(words) >= 2 and all(_unspaced(word) for word in words):
        return words
    for at in range(2, len(words) - 1):
        if words[at][:1] in _AND_LETTERS and len(words[at]) > 2:
            return [" ".join(words[:at]), " ".join([words[at][1:], *words[at + 1 :]])]
    return [part]


_AND_LETTERS = ("ו", "و")


def _unspaced(word: str) -> bool:
    """A word of a script written without spaces between words (Han, kana)."""
    return all("\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" for char in word)


def _capital(word: str, uncased: bool = False) -> bool:
    """Whether a word opens as a name does: a capital, or (``uncased``: after a script's
    own word for "by") a letter of a script without case (Hebrew, Arabic, Chinese)."""
    first = word[:1]
    return first.isupper() or (uncased and caseless(first))


def _caseless_name(words: list[str]) -> bool:
    """A name written as one word: two to four letters of a script without spaces between a
    family and a given name (王晓明, 윤서진)."""
    return len(words) == 1 and 2 <= len(words[0]) <= 4 and all(map(caseless, words[0]))


_ORGANISATION_SIGNS = frozenset("部社报報网網闻聞台局末组組室会會团團刊志誌讯訊信보스부국팀")
"""Signs a desk's, a paper's or a station's name ends with (地域報道部, 南方周末, 新浪新闻,
本报讯, 共同通信, 지역일보, 연합뉴스, 사회부, 편집국, 취재팀), and a person's given name almost
never."""
_DESK_WORDS = frozenset(
    {
        *("فريق", "هيئة", "قسم", "ทีม", "ทีมข่าว", "กอง", "डेस्क", "ब्यूरो", "ডেস্ক"),
        *("צוות", "מערכת", "המערכת", "משרד", "עיריית", "רשות", "לשכת", "דוברות", "חברת"),
        *("ועדת", "מועצת", "מכון", "אגודת", "הנהלת", "מחלקת"),
    }
)
"""First words of a desk's or an office's name in alphabets without case: team, board,
section, desk, bureau; Hebrew's team, editorial board, ministry, municipality, authority,
bureau, spokesperson's office, company, committee, council, institute, association,
management, department."""


def caseless_text(text: str) -> bool:
    """Whether a text is written in a script without case only: its letters caseless, with
    the vowel signs and other marks of Devanagari or Thai between them."""
    return all(caseless(c) or unicodedata.category(c)[0] == "M" for c in text.replace(" ", ""))


_NAME_LETTERS = 15
"""Letters a word of a name in an alphabet without case (Arabic, Devanagari) has at most."""


_GEORGIAN = re.compile("[ა-ჿ]")
_GEORGIAN_SURNAME_ENDS = ("ძე", "შვილი", "ია", "უა", "ავა", "აია", "ანი", "ელი", "ონი", "ენი", "ვა")
_GEORGIAN_DESKS = frozenset(
    {
        *("სამსახური", "პრესსამსახური", "რედაქცია", "სააგენტო", "ჯგუფი", "განყოფილება"),
        *("ცენტრი", "პორტალი", "გაზეთი", "ტელევიზია", "რადიო", "ამბები", "სიახლეები"),
    }
)
"""Georgian words of a newsroom, a desk or an outlet ("service", "editorial office", "news")."""


def _georgian_name(words: list[str]) -> bool:
    """Whether Georgian words, a script read without case (:func:`context.caseless`), can be
    a person's name: a surname's ending last ("-ძე", "-შვილი", "-ია"), or no plural ("-ები"),
    no genitive first ("-ის", a site's "ქუთაისის ამბები") and no newsroom's word ("საინფორმაციო
    სამსახური", a desk): session 29's review."""
    if words[-1].endswith(_GEORGIAN_SURNAME_ENDS):
        return True
    return not (
        any(word.endswith("ები") for word in words)
        or words[0].endswith("ის")
        or not _GEORGIAN_DESKS.isdisjoint(words)
    )


def person_words(words: list[str]) -> bool:
    """Whether words in a script without case can be a person's name: one or two words of
    two to four signs in Chinese, Japanese or Korean (王晓明, 山本美咲, 김민준), not ending as an
    organisation's name does; two to four words of an alphabet (مریم احمدی, स्नेहा कुलकर्णी)."""
    if any(CJK_SIGNS.search(word) for word in words):
        return len(words) <= 2 and all(_person_signs(word) for word in words)
    # A given name takes no article: "المحرر الاقتصادي" ("the economic editor") is a desk.
    return (
        2 <= len(words) <= 4
        and all(len(word) <= _NAME_LETTERS for word in words)
        and not words[0].startswith("ال")
        and words[0] not in _DESK_WORDS
        and (_GEORGIAN.search(words[0]) is None or _georgian_name(words))
    )


def _person_signs(word: str) -> bool:
    """Whether a word in a script without case can be a person's name: two to four signs
    (王晓明, 山本美咲, 김민준), five in Chinese characters alone (長谷川健太), six with kana in
    it (川辺みどり), not ending as an organisation's name does."""
    if _KANA.search(word):
        most = _KANA_NAME
    elif _HANGUL.search(word):
        most = 4  # a Korean name is two to four syllables; "한빛스포츠" is an outlet
    else:
        most = _HAN_NAME
    return 2 <= len(word) <= most and word[-1] not in _ORGANISATION_SIGNS


_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_HAN_NAME = 5
"""Signs of a name written in Chinese characters alone: a Japanese family name of three
("長谷川") and a given name of two."""
_KANA_NAME = 6
"""Signs of a Japanese name written partly in kana: a given name in hiragana runs to three or
four ("みどり"), after a family name of two."""


def may_be_person(name: str) -> bool:
    """Whether a declared author can be a person. One word of Chinese, Japanese or Korean
    signs and nothing else is judged as :func:`_person_signs` judges it (an outlet's
    "한빛스포츠" is not); anything else may be a name or a user's handle ("史蒂文的家_藍天
    (stevenhgm)", a blogger's), as the page declares it."""
    return not _CJK_WORD.fullmatch(name) or _person_signs(name)


_CJK_WORD = re.compile(f"(?:{CJK_SIGNS.pattern})+")
