"""Article metadata from an HTML page: meta tags, JSON-LD, ``<title>``, ``<time>``.

Sources, strongest first for each field:

* title: ``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>`` minus the site
  suffix (`` | Site``, `` - Site``); the headline block (``<h1>``) is labelled by the extractor
  and wins over all of these;
* subtitle: ``og:description``, ``description``, JSON-LD ``description``, unless it merely
  repeats the start of the body;
* authors: JSON-LD ``author`` names, ``author``/``article:author``/``parsely-author`` metas
  (not URLs), then the byline block;
* published: ``article:published_time`` and its variants, JSON-LD ``datePublished``, the first
  ``<time datetime>``;
* url: ``<link rel="canonical">``, ``og:url``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from email.utils import parsedate_to_datetime
from html import unescape
from typing import Any

from corpuskit import Block, Label, Metadata, Page
from corpuskit.html import Element, HtmlDoc, parse_page
from corpuskit_plugins.extract.evidence import HEADINGS
from corpuskit_plugins.generic.context import CJK_SIGNS, caseless
from corpuskit_plugins.generic.dates import REVISION_WORDS, date_header, published_in
from corpuskit_plugins.generic.dates import parse_date as text_date

_TITLE_SPLIT = re.compile(
    r"\s+(?:\||-|–|—|::|·|•|»)\s+"
    # Chinese and Japanese titles part the site's name with no spaces around the mark:
    # "标题_腾讯新闻", "見出し｜サイト".
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60“”」』）])[_｜|](?=[\u3040-\u30ff\u3400-\u9fff])"
)
# "By", "Written by", "Words and pictures by", "posted 12 April by"; and at the very start,
# "Von", "Par", "Por", "Door" (a name may hold "von" itself: "Karl von Habsburg"), Italian
# "di"/"da" in lower case only ("Da Silva" is a name), the Nordic "Af"/"Av", "Autor:",
# "Text:" and their like, and the words for "by" of scripts without case (Hebrew, Arabic,
# Chinese, Thai).
AUTHOR_LABELS = r"authors?|autor(?:in|ka|es)?|auteur(?:e|s)?|autore|yazar|автор|作者"
"""The words that label a line naming the author ("Author:", "Autorin:", "Автор:", "作者："),
as a regex to be matched without case: one list for the byline rules here and the
classifier's."""
_BY = re.compile(
    r"^\s*(?:(?:[\w,.]+\s+){0,6}?[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|di|da|[Aa][fv](?= \w)"
    rf"|(?i:{AUTHOR_LABELS}|tekst|текст|text)(?=[:：])"
    r"|מאת|بقلم|作者|โดย)"
    r"[:：\s]+"
)
# Where the names of a byline end: a separator, a dating word, a month before a number, a
# digit, or where the reporter filed from or for ("By Jane Roe in Lisbon", "for The Courier").
_BYLINE_END = re.compile(
    r"\s+(?:[-–—|·•]|on|updated|published|for)\s+|\s+in\s+(?-i:[A-Z])"
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
Dutch, the Nordic languages, Hungarian, Romanian, Turkish, Russian and Ukrainian."""
_NOT_NAME = re.compile(r"https?://|www\.|@|\d{3,}")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "article.published",
    "published_time",
    # The names publishers use beside those, as htmldate's survey of the web lists them
    # (modification dates left out: a Document's date is when the article first appeared).
    "article:published",
    "article:published_date",
    "article:post_date",
    "article.created",
    "article:publicationdate",
    "og:article:published_time",
    "og:article:published",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "citation_publication_date",
    "citation_date",
    "dc.date.publication",
    "dc.date.created",
    "dc.created",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "dc:date",
    "dc:created",
    "datecreated",
    "date_published",
    "date_created",
    "dateposted",
    "displaydate",
    "publish_date",
    "publish_time",
    "published-date",
    "published_date",
    "publisheddate",
    "publication_date",
    "originalpublicationdate",
    "rnews:datepublished",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    "rbpubdate",
    "shareaholic:article_published_time",
    "twt-published-at",
    "vr:published_time",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
)
# Authors marked up in the body: schema.org microdata (``itemprop="author"``, its ``name``
# inside when it has one) and the HTML ``rel="author"`` link. The first of each is taken: a
# page's article comes before the teasers that repeat the markup for other authors.
# Each search starts with a literal, matched case-sensitively (as pages write these attributes):
# the regex engine then skips from one ``itemprop`` or ``rel`` to the next, where a pattern
# starting at ``<``, or ignoring case, tries every tag of the page (1 ms a page, measured).
_ITEMPROP_AUTHOR = re.compile(r"itemprop\s*=\s*[\"']?(?:[^\"'>]*\s)?author\b")
_ITEMPROP_NAME = re.compile(r"itemprop\s*=\s*[\"']?(?:[^\"'>]*\s)?name\b")
_REL_AUTHOR = re.compile(r"rel\s*=\s*[\"']?(?:[^\"'>]*\s)?author\b")
_TAG_NAME = re.compile(r"<(\w+)")
_TAGS = re.compile(r"<[^>]*>")
_MAX_NAME = 80
"""Longer marked-up "author" text is a bio or a whole box, not a name."""
# Script bodies wrapped for old XHTML parsers: ``<![CDATA[ ... ]]>``, ``<!-- ... -->``.
_JSON_WRAP = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
# What hand-edited JSON-LD holds that JSON does not allow: a comment line, a comma before a
# closing bracket.
_JSON_COMMENT = re.compile(r"^\s*//[^\n]*$|/\*.*?\*/", re.MULTILINE | re.DOTALL)
_JSON_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?")


def parse_date(value: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time (offset kept when given), or None."""
    value = value.strip()
    found = _ISO.match(value)
    if not found:
        return None
    year, month, day = int(found.group(1)), int(found.group(2)), int(found.group(3))
    try:
        if found.group(4) is None:
            return dt.date(year, month, day)
        text = value[: found.end()]
        rest = value[found.end() :].strip()
        if rest.upper() == "Z":
            rest = "+00:00"
        elif re.fullmatch(r"[+-]\d{4}", rest):
            rest = f"{rest[:3]}:{rest[3:]}"
        elif not re.fullmatch(r"[+-]\d{2}:\d{2}", rest):
            rest = ""
        return dt.datetime.fromisoformat(text.replace(" ", "T") + rest)
    except ValueError:
        return None


def written_date(value: str, day_first: bool = False) -> dt.date | dt.datetime | None:
    """A date a meta tag writes another way than ISO 8601: RFC 2822 (``Wed, 27 Nov 2013
    10:20:00 GMT``, what servers and feeds write), or as people do (``November 27, 2013``,
    ``27.11.2013``: the text cleaner's own reader)."""
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    found, _ = text_date(value.lower(), day_first)
    return found


_MONTH_FIRST = frozenset({"", "en", "en-us", "en_us", "es-us", "es_us"})
"""The locales that write a date "5/10/2024" month first: the United States' (and an
English page that names no country, as most American sites declare themselves)."""


def day_first(doc: HtmlDoc) -> bool:
    """Whether the page writes "10/05/2024" for the 10th of May: every locale but the United
    States'. ``<html lang>`` says so, or ``og:locale`` where the language names no country
    ("en" beside "en_GB")."""
    lang = doc.lang.strip().lower()
    locale = doc.meta.get("og:locale", "").strip().lower()
    if locale[:2] == lang[:2] and len(locale) > len(lang):
        lang = locale
    return lang not in _MONTH_FIRST


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


def _is_role(part: str) -> bool:
    """Whether a byline's part is a job title ("Staff Writer"), not a person's name."""
    return part.rsplit(None, 1)[-1].casefold() in _ROLES


def byline_names(text: str) -> tuple[str, ...]:
    """Names from a byline such as "By Jane Roe and John Doe, Reuters" (best effort).

    A date run on after the name ("By JANE ROE JULY 4, 2016") is cut off, month included; a
    part with a lower-case word that is no name particle ("About the author") is no name.
    """
    text = text.strip()
    by = _BY.match(text)
    # A script without case shows no name by its capitals: its names are taken only after
    # its own word for "by" (מאת, بقلم, 作者), never from a phrase a byline box holds
    # ("آخر تحديث", "last updated").
    uncased = by is not None and caseless(by.group().strip(" :：")[:1])
    text = text[by.end() :] if by else text
    text = _GLUED.sub(lambda m: " " if m.lastgroup is None else ", ", text)
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    names = []
    parts = _NAME_SPLIT.split(text)
    if uncased:
        parts = [piece for part in parts for piece in _caseless_parts(part)]
    for part in parts:
        part = part.strip(" .:;")
        words = part.split()
        if (
            (2 <= len(words) <= 4 or (uncased and _caseless_name(words)))
            and not _NOT_NAME.search(part)
            and _HEADER_WORD.search(part) is None
            and _capital(part, uncased)
            and all(_capital(w, uncased) or not w[:1].isalpha() or w in _PARTICLES for w in words)
            and not _is_role(part)
            and part.count("(") == part.count(")")  # a piece of "X (with Y and Z)"
        ):
            names.append(part)
    return tuple(dict.fromkeys(_without_title(name) for name in names))


_TITLE_AFTER = re.compile(
    r"\s*(?:기자|특파원|記者|记者|特派員|特派员)\Z|\A(?:本报记者|本報記者|记者|記者)\s*"
)
"""A reporter's title written after the name in Korean, Japanese and Chinese ("김서연 기자",
"山本美咲記者") or before it in Chinese ("记者 周文静"): what the name is, not part of it."""


def _without_title(name: str) -> str:
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


def _jsonld_objects(doc: HtmlDoc, named: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """The page's JSON-LD items that describe the article or its page.

    ``named``, when given, collects the ``name`` of every item with an ``@id``: a ``@graph``
    (Yoast's, for one) states the article's author as a reference to a Person elsewhere in it.
    """
    for raw in doc.jsonld:
        text = _JSON_WRAP.sub("", raw).strip().rstrip(";")
        try:
            data = json.loads(text, strict=False)  # raw line breaks inside strings are common
        except ValueError:
            # Templates leave trailing commas and comments, which browsers' JSON-LD readers
            # forgive; mended only once strict reading failed, so valid scripts pay nothing.
            mended = _JSON_TRAILING_COMMA.sub(r"\1", _JSON_COMMENT.sub("", text))
            try:
                data = json.loads(mended, strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                name = item.get("name")
                if named is not None and isinstance(item.get("@id"), str) and isinstance(name, str):
                    named.setdefault(item["@id"], name)
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(
                    isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds
                ) or any(k in ("WebPage", "Report", "Blog") for k in kinds):
                    yield item


def _plain(value: Any) -> str | None:
    """A JSON-LD string value as text: CMS templates often write it HTML-escaped
    ("O&#039;Neill", "Q&amp;A"), the escape then reads as part of the name or title."""
    if not isinstance(value, str):
        return None
    return unescape(value) if "&" in value else value


def _names(value: Any, named: dict[str, str] | None = None) -> list[str]:
    if isinstance(value, str):
        value = _plain(value) or ""
        return [value] if value.strip() and not _NOT_NAME.search(value) else []
    if isinstance(value, dict):
        if "name" not in value and named and isinstance(value.get("@id"), str):
            return _names(named.get(value["@id"]))
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item, named)]
    return []


def _article_first(item: dict[str, Any]) -> bool:
    """Whether a JSON-LD item is not the article itself (a WebPage, a Blog): it goes after,
    its dates and author being the page's or the site's, which a graph may list first."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return not any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds)


def _markup_text(html: str) -> str:
    text = _TAGS.sub(" ", html)
    return " ".join((unescape(text) if "&" in text else text).split())


def _opening(text: str, found: re.Match[str]) -> tuple[str, int] | None:
    """The tag name and end of the start tag an attribute match lies in, if it lies in one."""
    begin = text.rfind("<", 0, found.start())
    end = text.find(">", found.end())
    tag = _TAG_NAME.match(text, begin) if begin >= 0 else None
    if tag is None or end < 0 or ">" in text[begin : found.start()]:
        return None
    return tag.group(1).lower(), end + 1


def _element_text(text: str, tag: str, start: int) -> str:
    """The text from ``start`` to the first closing ``tag`` (nesting is not followed)."""
    end = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(text, start, start + 2000)
    return _markup_text(text[start : end.start() if end else start])


def _name_or_none(value: str) -> list[str]:
    return [value] if value and len(value) <= _MAX_NAME and not _NOT_NAME.search(value) else []


def markup_authors(text: str, boxes: Sequence[tuple[int, int]] | None = ()) -> list[str]:
    """The author marked up in the page's body: microdata first, then ``rel="author"``, then
    the first element whose class names an author outside ``boxes`` (:func:`_class_author`;
    ``None``: not asked)."""
    if "author" not in text:
        return _class_author(text, boxes) if boxes is not None else []
    found = _ITEMPROP_AUTHOR.search(text)
    opening = _opening(text, found) if found else None
    if opening and opening[0] not in ("meta", "link"):
        # A Person with a ``name`` inside: the name; else the element's own text.
        tag, end = opening
        name = _ITEMPROP_NAME.search(text, end, end + 2000)
        inner = _opening(text, name) if name else None
        if inner and inner[0] != "meta":
            value = _element_text(text, *inner)
        else:
            value = _element_text(text, tag, end)
        if names := _name_or_none(value):
            return names
    for found in _REL_AUTHOR.finditer(text):
        opening = _opening(text, found)
        if (
            opening
            and opening[0] == "a"
            and text[found.start() - 1].isspace()
            and (names := _name_or_none(_element_text(text, *opening)))
        ):
            return names
    return _class_author(text, boxes) if boxes is not None else []


_RDFA_CREATOR = re.compile(r"rel\s*=\s*[\"'](?:[^\"'>]*\s)?sioc:has_creator\b")
_RDFA_NAME = re.compile(r"property\s*=\s*[\"'](?:[^\"'>]*\s)?foaf:name\b")


def _rdfa_creator(text: str, start: int, stop: int) -> tuple[str, ...]:
    """The name RDFa gives the article's creator: Drupal 7 writes its "submitted" line as
    ``<span rel="sioc:has_creator">Submitted by <span property="foaf:name">NAME</span> on
    …</span>`` in any language ("Trimis de …", "أرسلها …"). Only between ``start`` and
    ``stop`` (the headline's header and the end of the article's first line): a teaser's in
    the sidebar and a comment's below say who wrote something else."""
    if "sioc:has_creator" not in text:
        return ()
    found = _RDFA_CREATOR.search(text, start, stop)
    if found is None:
        return ()
    name = _RDFA_NAME.search(text, found.end(), found.end() + 1000)
    inner = _opening(text, name) if name else None
    return tuple(_name_or_none(_element_text(text, *inner))) if inner else ()


_CLASS_AUTHOR = re.compile(
    r"class\s*=\s*[\"']([^\"'>]*(?<![a-z])(?:author|byline|journalist)(?![a-z])[^\"'>]*)[\"']",
    re.IGNORECASE,
)
_LOWER_CLASS_AUTHOR = re.compile(
    r"class\s*=\s*[\"']([^\"'>]*(?<![a-zA-Z])(?:[Aa][Uu][Tt][Hh][Oo][Rr]|[Bb][Yy][Ll][Ii][Nn][Ee]"
    r"|[Jj][Oo][Uu][Rr][Nn][Aa][Ll][Ii][Ss][Tt])(?![a-zA-Z])[^\"'>]*)[\"']"
)
""":data:`_CLASS_AUTHOR` on a page whose attributes are written ``class`` (nearly all): the
literal start lets ``re`` skip to each ``class`` at C speed, three times as fast as the
pattern blind to case, and finds the same elements (the dev pages' matches, compared)."""
_ID_AUTHOR = re.compile(
    r"\sid\s*=\s*[\"']([^\"'>]*(?:lbl|label|txt)_?author[^\"'>]*)[\"']", re.IGNORECASE
)
"""An element an ASP.NET page names for its author by id alone, a label control's name
(``span#ctl00_Content_lblAuthor``), where no class names one."""
_ID_AUTHOR_GATES = (
    "lblauthor",
    "lbl_author",
    "labelauthor",
    "label_author",
    "txtauthor",
    "txt_author",
)
"""What the lower-cased page holds wherever :data:`_ID_AUTHOR` finds an element: a
substring test for each, on a page lower-cased once, costs half the pattern's scan."""
_CLASS_MATCHES = 50
"""Elements named for an author that are looked at, at most: the article's sits near the
top, and a page of thousands (a directory of authors) is no article's."""
_NOT_AUTHOR_CLASS = re.compile(
    r"comment|reply|bio|avatar|image|img|photo|about|social|follow|quote|book|cite"
)
"""Class words of the boxes and commenters an author's name sits in too."""
_ORGANISATION_SIGNS = frozenset("部社报報网網闻聞台局末组組室会會团團刊志誌讯訊信보스부국팀")
"""Signs a desk's, a paper's or a station's name ends with (地域報道部, 南方周末, 新浪新闻,
本报讯, 共同通信, 지역일보, 연합뉴스, 사회부, 편집국, 취재팀), and a person's given name almost
never."""
_DESK_WORDS = frozenset(["فريق", "هيئة", "قسم", "ทีม", "ทีมข่าว", "กอง", "डेस्क", "ब्यूरो", "ডেস্ক"])
"""First words of a desk's name in alphabets without case: team, board, section, desk,
bureau."""


def _caseless_text(text: str) -> bool:
    """Whether a text is written in a script without case only: its letters caseless, with
    the vowel signs and other marks of Devanagari or Thai between them."""
    return all(caseless(c) or unicodedata.category(c)[0] == "M" for c in text.replace(" ", ""))


_NAME_LETTERS = 15
"""Letters a word of a name in an alphabet without case (Arabic, Devanagari) has at most."""


def _person_words(words: list[str]) -> bool:
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


def _may_be_person(name: str) -> bool:
    """Whether a declared author can be a person. One word of Chinese, Japanese or Korean
    signs and nothing else is judged as :func:`_person_signs` judges it (an outlet's
    "한빛스포츠" is not); anything else may be a name or a user's handle ("史蒂文的家_藍天
    (stevenhgm)", a blogger's), as the page declares it."""
    return not _CJK_WORD.fullmatch(name) or _person_signs(name)


_CJK_WORD = re.compile(f"(?:{CJK_SIGNS.pattern})+")


def _marked_texts(
    pattern: re.Pattern[str],
    text: str,
    not_words: re.Pattern[str],
    boxes: Sequence[tuple[int, int]],
    most: int,
    start: int = 0,
    stop: int | None = None,
) -> Iterator[tuple[int, str]]:
    """The offset and the text of each element whose attribute ``pattern`` finds (group 1:
    the attribute's value) between ``start`` and ``stop``, in page order: of the first
    ``most`` found, those whose value holds none of ``not_words`` and that stand in none of
    ``boxes`` (a commenter's, a teaser's). What an element's class says it holds, an author
    or a date, read as the markup writes it."""
    end = len(text) if stop is None else stop
    for number, found in enumerate(pattern.finditer(text, start, end)):
        if number >= most:
            break
        at = found.start()
        if not_words.search(found.group(1).lower()) or any(a <= at < b for a, b in boxes):
            continue
        opening = _opening(text, found)
        if opening is None or opening[0] in _NOT_MARKED_TAGS:
            continue
        yield at, _element_text(text, *opening)


_NOT_MARKED_TAGS = frozenset({"meta", "link", "img", "body", "article", "html", "script"})


def _author_elements(text: str, boxes: Sequence[tuple[int, int]]) -> Iterator[str]:
    """The texts of the elements named for an author, in the order they are weighed: those
    whose class names one, then those an ASP.NET page names so by id. The ids are sought
    only once the classes gave no name, and only on a page holding one of their names."""
    named = _LOWER_CLASS_AUTHOR if "CLASS" not in text and "Class" not in text else _CLASS_AUTHOR
    for _, marked in _marked_texts(named, text, _NOT_AUTHOR_CLASS, boxes, _CLASS_MATCHES):
        yield marked
    lowered = text.lower()
    if any(gate in lowered for gate in _ID_AUTHOR_GATES):
        for _, marked in _marked_texts(_ID_AUTHOR, text, _NOT_AUTHOR_CLASS, boxes, 3):
            yield marked


def _class_author(text: str, boxes: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The name in the first element whose class names an author (``span.posted-by.author``,
    ``div.post-metadata__author``, ``em.media_end_head_journalist_name``): what a page with
    neither JSON-LD nor an ``author`` meta shows. Its text must be a name and nothing else:
    a byline's names, or a word or two of a script without case ("周文静"), once a
    reporter's title is off ("记者 周文静", "김민준 기자"). A commenter's or a bio box's
    class does not count."""
    for marked in _author_elements(text, boxes):
        value = _without_title(marked)
        if not value or _NOT_NAME.search(value) or any(c.isdigit() for c in value):
            continue
        words = value.split()
        if _caseless_text(value):
            if _person_words(words):
                return [value]
            continue
        names = byline_names(value)
        if names and sum(map(len, names)) * 10 >= len(value) * 7:
            return list(names)
    return []


def _strip_site(title: str, site: str | None) -> str:
    """``title`` without the site's name at either end, the rest as written.

    The name is ``site`` where known; else the last part when it is the shorter side. What is
    kept is a slice of the title: its own separators stay ("A | B | Site" gives "A | B").
    """
    cuts = list(_TITLE_SPLIT.finditer(title))
    unspaced = [cut for cut in cuts if not cut.group().startswith((" ", "\t"))]
    if len(unspaced) > 1:
        # Unspaced marks in a Chinese or Japanese title ("新华社｜城市发展｜十年巨变") part
        # sections as well as the site's name: only one, "标题_网站", says which part is it.
        cuts = [cut for cut in cuts if cut not in unspaced]
    if not cuts:
        return title
    first, last = cuts[0], cuts[-1]
    if site:
        if _names_site(title[last.end() :], site):
            return title[: last.start()]
        if _names_site(title[: first.start()], site):
            return title[first.end() :]
    if len(title) - last.end() < last.start():
        return title[: last.start()]
    return title


_LEGAL_FORMS = frozenset("inc inc. ltd ltd. llc gmbh ag sa plc corp corp. co co. limited".split())  # noqa: SIM905
"""What a company's registered name adds to its brand ("Spiceworks Inc")."""


def _names_site(part: str, site: str) -> bool:
    """Whether a part of a title is the site's name: as ``og:site_name`` gives it, or its
    brand without the legal form the site name adds ("Spiceworks" for "Spiceworks Inc")."""
    low, name = part.strip().casefold(), site.strip().casefold()
    if low == name:
        return True
    rest = name[len(low) :].split() if low and name.startswith(low + " ") else []
    return bool(rest) and all(word in _LEGAL_FORMS for word in rest)


def _declared_title(doc: HtmlDoc) -> bool:
    """Whether the publisher states the article's title (``og:title``, JSON-LD headline)."""
    if doc.meta.get("og:title") or doc.meta.get("twitter:title"):
        return True
    return any(isinstance(item.get("headline"), str) for item in _jsonld_objects(doc))


def title_for(doc: HtmlDoc, headline: str) -> str:
    """The title of a page whose headline block reads ``headline``.

    Evidence in order of strength: the title the publisher declares for the article
    (``og:title``, ``twitter:title``, JSON-LD ``headline``); the headline block, when the
    page's ``<title>`` says the same; the ``<title>`` without the site's name; the headline
    block. An ``<h1>`` the ``<title>`` does not back is often the site's logo ("Salon"),
    a section name or a widget's heading, not the article's title.
    """
    # A heading's permalink (Sphinx's and many themes' "¶" after the text) is no part of it.
    headline = headline.rstrip(_PERMALINK).rstrip()
    found = from_html(doc)["title"]
    if not found:
        return headline
    if _declared_title(doc):
        return str(found)
    parts = [doc.title, *_TITLE_SPLIT.split(doc.title)]
    words = _WORD.findall(headline.casefold())
    if len(words) == 1 and _unspaced_headline(words[0]):
        # One word of a script without spaces is a headline or the site's logo ("东海日报网"
        # in the <h1>): it backs the title only as the title's part that is not the site's.
        parts = [str(found)]
    return headline if any(_same_words(headline, part) for part in parts) else str(found)


_WORD = re.compile(r"\w+")
_PERMALINK = "¶"


def _unspaced_headline(word: str) -> bool:
    """A headline in a script written without spaces (Chinese, Japanese) is one "word": four
    letters of it or more say as much as a headline in words, not a logo's one word."""
    return len(word) >= 4 and not word.isascii() and word[:1].lower() == word[:1].upper()


def _same_words(one: str, other: str) -> bool:
    """Whether most words of headline ``one`` are words of ``other``, or the other way round.

    "Ferry timetable changes" and a ``<title>`` cut to "Ferry timetable" tell the same story;
    "Salon" and "Why the tide turned" do not, and neither does "Salon" and the ``<title>``'s
    "Salon" part: a one-word heading is a logo or a section, not a headline.
    """
    a, b = set(_WORD.findall(one.casefold())), set(_WORD.findall(other.casefold()))
    if not b or not a or (len(a) < 2 and not _unspaced_headline(next(iter(a)))):
        return False
    shared = len(a & b)
    return shared >= 0.8 * len(a) or shared >= 0.8 * len(b)


# The words that say the ``<time>`` after them is a revision's: "Updated <time>", "Last
# modified:", "Aktualisiert am", "Mis à jour le", "Actualizado el" (the text reader's words).
_REVISED = re.compile(
    REVISION_WORDS + r"(?:\s+(?:on|at|am|le|el|em|op))?\W*$",
    re.IGNORECASE,
)


def _time_date(
    times: Sequence[tuple[str, int]], text: str, boxes: Sequence[tuple[int, int]] = ()
) -> dt.date | dt.datetime | None:
    """The date of the page's first ``<time datetime>``, unless the words just before it say
    it is when the article was updated: a header reading "Updated <time> · Published <time>"
    puts the revision first, and the article's date is the one after it.

    A ``<time>`` inside ``boxes`` (the spans of related-story boxes and comments) dates a
    teaser or a comment, not the article: a page with no date of its own has none.
    """
    if boxes:
        times = [(value, at) for value, at in times if not any(s <= at < e for s, e in boxes)]
        if not times:
            return None
    if text:
        for value, at in times[:4]:
            if not _REVISED.search(_markup_text(text[max(0, at - 80) : at])):
                return parse_date(value)
    return parse_date(times[0][0])


def _first_h1(doc: HtmlDoc) -> Block | None:
    """The page's first ``<h1>`` block, if it has one."""
    return next(
        (b for b in doc.blocks if b.structure is not None and b.structure.tag == "h1"), None
    )


def _from_the_headline(doc: HtmlDoc) -> list[tuple[str, int]]:
    """The page's dates in the order they are weighed: those from its ``<h1>`` on first (the
    byline's, under the headline), then those above it (a rail of the latest stories in the
    masthead dates other stories)."""
    h1 = _first_h1(doc)
    if h1 is None:
        return doc.times
    headline = h1.start
    return [t for t in doc.times if t[1] >= headline] + [t for t in doc.times if t[1] < headline]


def from_html(
    doc: HtmlDoc, text: str = "", boxes: Sequence[tuple[int, int]] = (), classes: bool = True
) -> dict[str, Any]:
    """Every field this module can find, as plain values (``site`` included).

    ``text`` is the page's HTML, searched for authors marked up in the body; ``boxes`` are the
    spans of its related-story boxes and comments, whose ``<time>`` dates no article and
    whose elements named for an author name none of the article's. ``classes``: whether an
    element's class alone may name the author (not when asking what the page declares).
    """
    meta = doc.meta
    named: dict[str, str] = {}
    articles = sorted(_jsonld_objects(doc, named), key=_article_first)
    site = meta.get("og:site_name") or meta.get("application-name")
    title = meta.get("og:title") or meta.get("twitter:title")
    description = (
        meta.get("og:description") or meta.get("description") or meta.get("twitter:description")
    )
    authors: list[str] = []
    published: dt.date | dt.datetime | None = None
    for item in articles:
        title = title or _plain(item.get("headline"))
        if not description and isinstance(item.get("description"), str):
            description = _plain(item["description"])
        if not authors:
            authors = _names(item.get("author"), named)
        if published is None:
            # dateCreated where a CreativeWork gives no datePublished (schema.org's order).
            for key in ("datePublished", "dateCreated"):
                if isinstance(item.get(key), str):
                    published = parse_date(item[key])
                    break
        if not site and isinstance(item.get("publisher"), dict):
            name = item["publisher"].get("name")
            site = name if isinstance(name, str) else None
    if not title and doc.title:
        title = _strip_site(doc.title, site)
    if not authors:
        for key in _AUTHOR_KEYS:
            value = meta.get(key)
            # "지역일보 | 네이버": an outlet and the portal showing it, not a name.
            if value and not _NOT_NAME.search(value) and "|" not in value:
                value = _BY.sub("", value)
                parts = [n.strip() for n in value.split(",") if n.strip()]
                # A portal's article:author may hold the outlet it shows ("한빛스포츠").
                authors = [
                    n for n in parts if not _is_role(n) and _may_be_person(_without_title(n))
                ]
                break
    if not authors and text:
        authors = markup_authors(text, boxes if classes else None)
    if published is None:
        for key in _DATE_KEYS:
            if key in meta:
                published = parse_date(meta[key]) or written_date(meta[key], day_first(doc))
                if published is not None:
                    break
    if published is None and doc.times:
        published = _time_date(_from_the_headline(doc), text, boxes)
    url = doc.links.get("canonical") or meta.get("og:url")
    return {
        "title": " ".join(title.split()) if title else None,
        "subtitle": " ".join(description.split()) if description else None,
        "authors": tuple(dict.fromkeys(_without_title(" ".join(a.split())) for a in authors)),
        "published": published,
        "url": url if url and url.startswith(("http://", "https://")) else None,
        "site": site,
    }


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def url_date(url: str | None) -> dt.date | None:
    """The date a URL's path is filed under (``/2019/11/18/slug``, ``/20191118/``), or None.

    Newsrooms file articles by publication day; a year and month alone (``/2019/11/``) are
    not a date. The host is left out, so ``2020.example`` gives nothing.
    """
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    found = _URL_DATE.search("/" + path)
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups() if g is not None)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_BOXES = frozenset({"related", "comments"})
"""Kinds of labels whose ``<time>`` dates something else than the article."""


def _dateline_date(
    blocks: Sequence[Block], labels: Sequence[Label], day_first: bool = False
) -> dt.date | None:
    """The date written in the first labelled dateline that has one, else in a byline above
    the article's text ("Chris Mbeki · March 28, 2024": the name and the date on one line;
    an author box or a comment's "Posted by ... on March 1" below it dates something else)."""
    for kind in ("dateline", "byline"):
        starts = {label.start for label in labels if label.kind == kind}
        if not starts:
            continue
        end = _first_body(blocks, labels) if kind == "byline" else _NO_BODY
        for block in blocks:
            if block.start >= end:
                break
            if block.start in starts:
                low = block.text.lower()
                if kind == "byline" and _UPDATED.search(low):
                    continue  # "Updated 12/03/2024" on the byline: the revision's date
                found = published_in(low, day_first)
                if found is not None:
                    return found
    return None


_HEADER_LEVELS = 2
"""Levels above the ``<h1>`` within which a header's date line stands beside it."""
_HEADER_DATE_CHARS = 60
_NO_HEADER = frozenset({"article", "main", "body", "html"})
_PROSE = 100


def _header_date(doc: HtmlDoc, day_first: bool = False) -> dt.date | None:
    """A date line in the article's own header, beside the ``<h1>``: within the element that
    holds the headline, a level or two up ("Press release · 3 December 2024 · Brussels" in a
    list above it, as the EU's page header writes it). The last place a page with no date
    elsewhere says when it was published; a masthead's date of today stands outside it."""
    h1 = _first_h1(doc)
    outer = _headline_holder(doc, h1)
    if h1 is None or outer is None:
        return None
    for block in doc.blocks:
        if block.start < outer.start or block is h1:
            continue
        if block.end > outer.end or (block.start > h1.start and len(block.text) >= _PROSE):
            break  # the article's text begins: what follows dates its parts or its comments
        norm = " ".join(block.text.split())
        if len(norm) > _HEADER_DATE_CHARS:
            continue
        low = norm.lower()
        said, _ = date_header(norm, low)
        if said:
            return published_in(low, day_first)
    return None


_LEAD_LINES = 3
"""Blocks above the article's first line of text in which its own date line stands."""
_LEAD_LINE_CHARS = 120


def _lead_line(
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    first: int,
    day_first: bool = False,
) -> tuple[Block, dt.date] | None:
    """The short line between the headline and the article's first line of text that gives
    a date, whatever label it took, and its date: a portal's "Posted by NAME on Wednesday,
    14 February 2024 @ 09:40" under a headline in a table cell, worded in a language whose
    "posted by" no rule reads. The nearest of the few lines above the text wins; one saying
    "Updated" dates a revision, and above the headline a date is the masthead's day. A
    picture's caption, a standfirst or a teaser there says when something else happened.
    (``first``: where the article's first line of text starts.)"""
    if headline is None or first == _NO_BODY:
        return None
    above = [b for b in blocks if headline.end <= b.start and b.end <= first][-_LEAD_LINES:]
    other = {label.start for label in labels if label.kind in _NOT_LEAD_KINDS}
    for block in reversed(above):
        if len(block.text) > _LEAD_LINE_CHARS:
            break  # a paragraph of the page's own above the article: no header here
        if block.start in other:
            continue
        norm = " ".join(block.text.split())
        low = norm.lower()
        if not (block.structure and block.structure.links) and not date_header(norm, low)[0]:
            continue  # a kicker or an event's line ("Memorial service: Sunday 14 March")
        if _UPDATED.search(low):
            continue
        found = published_in(low, day_first)
        if found is not None:
            return block, found
    return None


_NOT_LEAD_KINDS = frozenset({"caption", "credit", "subtitle", "summary", "related", "promo"})
_LINK_TEXT = re.compile(r"<a\b[^>]*>([^<]{3,60})</a>", re.IGNORECASE)


def _linked_name(text: str, block: Block) -> tuple[str, ...]:
    """The author the lead's date line links to ("Posted by <a>Inese Kalniņa</a> on ..."):
    the first link, before the date, whose text is a name of two words or more and nothing
    else (a section linked after it, "... 14 February 2024 in <a>Local News</a>", is no
    author)."""
    digit = next((i for i, c in enumerate(block.text) if c.isdigit()), len(block.text))
    for found in _LINK_TEXT.finditer(text, block.start, block.end):
        value = " ".join(unescape(found.group(1)).split())
        if block.text.find(value) > digit:
            break
        if len(value.split()) >= 2 and byline_names(value) == (value,):
            return (value,)
    return ()


_DATE_CLASS = re.compile(
    r"\b(?:class|id|itemprop)\s*=\s*[\"']([^\"'>]*(?i:date|time|datum|fecha|publish|posted"
    r"|created)[^\"'>]*)[\"']"
)
_NOT_DATE_CLASS = re.compile(r"updat|modif|comment|reply|read|runtime|timeline|ago|zone")
"""Class words of a revision's date, a commenter's, a reading time or a time zone picker."""
_DATE_CLASS_CHARS = 80
_DATE_CLASS_MATCHES = 40


def _class_date(
    text: str,
    holder: Element | None,
    body: int,
    boxes: Sequence[tuple[int, int]] = (),
    day_first: bool = False,
) -> dt.date | dt.datetime | None:
    """The date in the first element named for one (``span.itemDateCreated``,
    ``em#publish_time``, ``span.news-date-time``), from the headline's own header
    (``holder``, :func:`_headline_holder`) to the end of the article's first line of text
    (``body``; Bitrix prints the date inside it): what a
    page with no date in its head, its ``<time datetime>``, its bylines or its URL still
    shows, as htmldate's search of the markup reads it. A masthead's date of today stands
    above the header; a sidebar's teasers, an event the article names and a comment's date
    stand below its first line; the words just before a revision's date ("Updated") or its
    class ("date-modified") rule it out."""
    if holder is None or body <= holder.start:
        return None
    marked = _marked_texts(
        _DATE_CLASS, text, _NOT_DATE_CLASS, boxes, _DATE_CLASS_MATCHES, holder.start, body
    )
    for at, value in marked:
        if not value or len(value) > _DATE_CLASS_CHARS or _UPDATED.search(value.lower()):
            continue
        if _REVISED.search(_markup_text(text[max(0, at - 80) : at])):
            continue
        day = written_date(value, day_first)
        if day is not None:
            return day
    return None


def _headline_block(
    doc: HtmlDoc, headline: str | None, labels: Sequence[Label] = ()
) -> Block | None:
    """The block the extractor labelled the headline, else the page's first ``<h1>``, else
    the first block that reads as the headline (an ``<h2>`` of a CMS's item)."""
    titled = next((label.start for label in labels if label.kind == "title"), -1)
    block = next((b for b in doc.blocks if b.start == titled), None) or _first_h1(doc)
    if block is None and headline:
        wanted = " ".join(headline.split()).casefold()
        block = next((b for b in doc.blocks if " ".join(b.text.split()).casefold() == wanted), None)
    return block


def _headline_holder(doc: HtmlDoc, block: Block | None) -> Element | None:
    """The headline's own header: the element holding its block, a level or two up, short
    of the article or the page's main part."""
    if block is None or block.structure is None or block.structure.node < 0:
        return None
    elements = doc.elements
    holder = block.structure.node
    for _ in range(_HEADER_LEVELS):
        up = elements[holder].parent
        if up < 0 or elements[up].tag in _NO_HEADER:
            break  # the article, the page's main part: no longer the headline's header
        holder = up
    return elements[holder]


def _dateline_names(blocks: Sequence[Block], labels: Sequence[Label]) -> tuple[str, ...]:
    """The names in a dateline above the article's text that opens with "By" ("By Jane Roe,
    March 3, 2025": a line the extractor takes for its date, which names the author too).
    Only after an explicit "by": "Updated March 3, 2025 | Reuters" names no one."""
    starts = {label.start for label in labels if label.kind == "dateline"}
    if not starts:
        return ()
    end = _first_body(blocks, labels)
    for block in blocks:
        if block.start >= end:
            break
        if block.start in starts and _BY.match(block.text):
            names = byline_names(block.text)
            if names:
                return names
    return ()


_AUTHOR_LABEL = re.compile(rf"^\s*(?:{AUTHOR_LABELS})\s*[:：]", re.IGNORECASE)
_LABELLED_CHARS = 80
_UNDER_TEXT = 5
"""Blocks under the article's last line of text where its properties (author, source) stand."""
_FIELD_LABEL = 20
"""Characters of a line within which a card's field label ends with its colon."""


_ITEM_LINE_CHARS = 200
"""A line of the item's own fields at most; a longer block under the text is a paragraph of
another box."""
_WRITTEN_ENDS = (".", "!", "?", "…", "”", '"', "»", "。", "！", "？")
"""How a written line ends, which a line of fields ("Категория: … | Теги: …") does not."""


def _last_text_line(blocks: Sequence[Block], body: Sequence[tuple[int, int]]) -> int:
    """The index of the block holding the end of the article's text (-1 if none does)."""
    end = max((stop for _, stop in body), default=-1)
    return max((i for i, b in enumerate(blocks) if b.start < end), default=-1)


def _item_lines(
    blocks: Sequence[Block], labels: Sequence[Label], headline: Block | None
) -> Iterator[tuple[int, Block]]:
    """The blocks, with their indexes, where an item's own fields stand: between the headline
    and the article's first line of text, its last line, and a few blocks under it, until
    another box's heading or written words (a quote widget's quotation). Not the lines of
    the text above its last, whose "Author:" is a fact box's."""
    body = [(label.start, label.end) for label in labels if label.kind == "body"]
    if headline is None or not body:
        return
    last = _last_text_line(blocks, body)
    for index, block in enumerate(blocks[: last + 1 + _UNDER_TEXT]):
        if index > last and (
            len(block.text) > _ITEM_LINE_CHARS
            or _is_heading(block)
            or block.text.rstrip().endswith(_WRITTEN_ENDS)
        ):
            return  # another box's heading or words (a quote widget's quotation)
        if block.start < headline.end:
            continue
        if index < last and any(start <= block.start < stop for start, stop in body):
            continue
        yield index, block


def _labelled_author(
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    boxes: Sequence[tuple[int, int]],
) -> tuple[str, ...]:
    """The names in a short line that says in so many words who wrote the article ("Author:
    Olena Kravchuk", "Автор: …", "Autor: …"), among the item's own lines
    (:func:`_item_lines`): a Bitrix news page sets it under the text as a property of the
    item. Not one field of a card (a book review's "Author: Hilary Mantel" over "Publisher:
    …"), nor in a comment or a teaser box."""
    for index, block in _item_lines(blocks, labels, headline):
        text = block.text
        label = _AUTHOR_LABEL.match(text) if len(text) <= _LABELLED_CHARS else None
        if label is None or any(start <= block.start < stop for start, stop in boxes):
            continue
        following = blocks[index + 1].text[:_FIELD_LABEL] if index + 1 < len(blocks) else ""
        if ":" in following:
            continue  # one field of a card ("Author: …", "Publisher: …", "Pages: …")
        names = byline_names(text[label.end() :].strip())
        if names:
            return names
    return ()


_FOOTER_KINDS = frozenset({"footer", "tags", "byline", "dateline"})
"""Labels a post's own footer line takes under its text; a line the extractor keeps as the
text's own is no footer (an event's "When: … | Where: … | Tickets: …"), a pager's
"Previous: …, 12.02.2024" goes as navigation, a teaser as related or promo, a comment's
line as comments."""
_FIELDS = 3
"""Fields, parted by "|", of an item's line of properties ("Category: … | Views: 611 |
Date: 15.02.2025"); an event's "When: … | Where: …" has two."""


def _footer_line_date(text: str, block: Block, day_first: bool) -> dt.date | None:
    """The date a post's footer line gives: in a link of its own (a permalink, "<a
    href='/post/81'>March 3rd, 2024</a> · 212 notes"), or anywhere in a line of three
    labelled fields or more. Not a source's or an event's date ("Data: <a>Eurostat</a>, 3
    February 2025", "Exhibition: 3 March 2025, <a>Town Gallery</a>"), which links elsewhere."""
    for found in _LINK_TEXT.finditer(text, block.start, block.end):
        day = published_in(" ".join(unescape(found.group(1)).split()).lower(), day_first)
        if day is not None:
            return day
    parts = block.text.split("|")
    if len(parts) >= _FIELDS and sum(":" in part for part in parts) >= _FIELDS - 1:
        return published_in(" ".join(block.text.split()).lower(), day_first)
    return None


def _footer_date(
    text: str,
    blocks: Sequence[Block],
    labels: Sequence[Label],
    headline: Block | None,
    day_first: bool = False,
) -> dt.date | None:
    """The date in the item's own line right under its text, where a blog theme or a site
    builder prints the post's footer (:func:`_footer_line_date`): the last place a page with
    no date above its text says when it was published. Only a line the extractor took for
    furniture of the item (:data:`_FOOTER_KINDS`), not a comment's date under the text
    ("15.02.2025 11:20" over the commenter's name, in no link), nor a revision's ("Updated
    …"), nor past the item's own lines (:func:`_item_lines`); and the only line there that
    gives a date, since two are a list of other items, each dated ("<a>Ring road survey
    results</a> 12.02.2024")."""
    body = [(label.start, label.end) for label in labels if label.kind == "body"]
    last = _last_text_line(blocks, body)
    footer = [(label.start, label.end) for label in labels if label.kind in _FOOTER_KINDS]
    dated: list[dt.date] = []
    for index, block in _item_lines(blocks, labels, headline):
        if index <= last or not any(start <= block.start < stop for start, stop in footer):
            continue
        if _UPDATED.search(block.text.lower()):
            continue
        found = _footer_line_date(text, block, day_first)
        if found is not None:
            dated.append(found)
    return dated[0] if len(dated) == 1 else None  # two dated lines: a list of other items


_HEADING_TAGS = HEADINGS | {"h1"}


def _is_heading(block: Block) -> bool:
    return block.structure is not None and block.structure.tag in _HEADING_TAGS


_UPDATED = re.compile(REVISION_WORDS + r"\b")
"""A revision's word anywhere in a (lower-cased) byline; :data:`_REVISED` is the same words
closing the text before a ``<time>``."""


def _end_of(blocks: Sequence[Block], start: int) -> int:
    """Where the block starting at ``start`` ends (``start`` itself if none does)."""
    return next((block.end for block in blocks if block.start == start), start)


_NO_BODY = 1 << 62
"""Where the first line of text starts on a page that has none: past any offset."""


def _first_body(blocks: Sequence[Block], labels: Sequence[Label]) -> int:
    """Where the first block no label takes (the article's first line of text) starts."""
    cuts = sorted((label.start, label.end) for label in labels if label.kind != "body")
    at = 0
    for block in blocks:
        while at < len(cuts) and cuts[at][1] <= block.start:
            at += 1
        if at == len(cuts) or not (cuts[at][0] <= block.start and block.end <= cuts[at][1]):
            return block.start
    return _NO_BODY


def from_page(
    page: Page, blocks: Sequence[Block], labels: Sequence[Label], plugin: str, priority: int
) -> Metadata:
    """The metadata hook's answer for an HTML page.

    A date the head and the markup do not give comes from the page's own dateline (the block
    the extractor labelled ``dateline``, "Posted March 3, 2021"), then from the day its URL
    is filed under, a date line beside the headline, an element named for a date in the
    headline's header, and last a short line between the headline and the text that holds
    one. Authors likewise: a dateline opening with "By", a line labelled "Author:", and the
    name that lead line links to.
    """
    boxes = [(label.start, label.end) for label in labels if label.kind in _BOXES]
    doc = parse_page(page)
    found = from_html(doc, page.text, boxes)
    # The fallbacks, for what the head, the markup and the labelled lines did not give.
    days_first = day_first(doc)
    headline = _headline_block(doc, found["title"], labels)
    holder = _headline_holder(doc, headline)
    body = _first_body(blocks, labels)
    first_end = _end_of(blocks, body)  # where the article's first line of text ends
    lead = _lead_line(blocks, labels, headline, body, days_first)
    if found["published"] is None:
        found["published"] = (
            _dateline_date(blocks, labels, days_first)
            or url_date(found["url"] or page.url)
            or _header_date(doc, days_first)
            or _class_date(page.text, holder, first_end, boxes, days_first)
            or (lead[1] if lead else None)
            or _footer_date(page.text, blocks, labels, headline, days_first)
        )
    if not found["authors"]:
        found["authors"] = (
            _dateline_names(blocks, labels)
            or _rdfa_creator(page.text, holder.start if holder else len(page.text), first_end)
            or _labelled_author(blocks, labels, headline, boxes)
            or (_linked_name(page.text, lead[0]) if lead else ())
        )
    subtitle = found["subtitle"]
    if subtitle:
        head = subtitle.rstrip(".…").strip()[:60]
        cut = {(label.start, label.end) for label in labels if label.kind != "body"}
        for block in blocks[:400]:
            if (block.start, block.end) in cut or len(block.text) < 60:
                continue
            if head and head in block.text:
                subtitle = None  # the description is the body's own first lines
                break
    return Metadata(
        title=found["title"],
        subtitle=subtitle,
        authors=found["authors"],
        published=found["published"],
        url=found["url"],
        plugin=plugin,
        priority=priority,
        site_name=found["site"],
    )
