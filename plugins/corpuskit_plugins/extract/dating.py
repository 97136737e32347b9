"""Dates as pages write them: ISO 8601, RFC 2822, as people do, or in a URL's path.

Apart from the metadata's other readers because every one of them dates something: what
the head declares, a ``<time>``, a line under the headline or in the post's footer.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from email.utils import parsedate_to_datetime

from corpuskit.html import HtmlDoc
from corpuskit_plugins.generic.boilerplate import is_widget_label
from corpuskit_plugins.generic.dates import REVISION_WORDS, date_header
from corpuskit_plugins.generic.dates import parse_date as text_date
from corpuskit_plugins.generic.names import BY, byline_names, credits_another_role

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


# The words that say the ``<time>`` after them is a revision's: "Updated <time>", "Last
# modified:", "Aktualisiert am", "Mis à jour le", "Actualizado el" (the text reader's words).
REVISED = re.compile(
    REVISION_WORDS + r"(?:\s+(?:on|at|am|le|el|em|op))?\W*$",
    re.IGNORECASE,
)


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


TIME_OF_DAY = re.compile(r"(?<![\d.])\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}(?![.\d]))\b")
"""A time of day beside a date, a stamp's mark ("um 14:48", "at 2:47 PM", "10h41"), and not
"14.12" of a dotted date ("14.12.2015") nor a price's "1.50" before more digits."""
PUBLISHED = re.compile(
    r"\b(?:published|posted|written|veröffentlicht|geschrieben|erschienen|publié|publiée"
    r"|publicado|publicada|pubblicato|gepubliceerd|opublikowano|опубликовано)\b"
)
"""The words that say when the article appeared, lower-cased: a sentence holding one before
its date is a stamp ("This article was published on 3 March 2024 by …")."""
UPDATED = re.compile(REVISION_WORDS)
"""A revision's word anywhere in a (lower-cased) byline; :data:`REVISED` is the same words
closing the text before a ``<time>``."""


_LATEST = "2099-12-31"
"""htmldate's latest plausible date, fixed: by default it is the day of the run, and the same
page would then give another date, or none, from one year to the next."""


def htmldate_date(html: str) -> dt.date | None:
    """The publication date htmldate reads in a page's markup (``original_date``, its fast
    search): a proposal for a page the metadata's own readers leave undated, which stands
    only where the page stamps its article with that day (``metadata._stamps``).

    It searches where those readers do not: the first element anywhere whose class or id
    names a date, a timestamp ("2016-12-09 09:13") in any attribute, an ``<abbr>``, a
    "Published: …" phrase; and it weighs none of what the labels know (a comment's time, a
    revision's meta, a script's timestamp all date a page for it). Imported on the first
    undated page, so a corpus of dated pages never pays for it; its failure, or its absence,
    is no date, not a lost document.
    """
    try:
        from htmldate import find_date  # here, not at the top: most pages never need it

        # Bytes, not text: htmldate fetches a string that reads like a URL. Its date parser
        # warns of every time zone it does not know ("CST"), once a page: no user's concern.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = find_date(
                html.encode(), original_date=True, extensive_search=False, max_date=_LATEST
            )
    except Exception:  # a third-party reader's failure (or its absence) must not lose the page
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found[:10])
    except ValueError:
        return None


STAMP_PARTS = re.compile(r"\s[·•|]\s")
_STAMP_WORDS = 10


def dated_stamp(norm: str) -> bool:
    """Whether a short line strings parts together ("7 min read · Aug 3, 2023") and the last
    is a date alone: a post's header stamps its date after its reading time or its section.
    Or the first, with only a reading time or a counter after it ("Aug 3, 2023 · 7 min
    read"). An event's line names its place after the day ("Harbour Festival · 14 March 2025
    · Pier Green")."""
    parts = STAMP_PARTS.split(norm)
    if len(parts) < 2 or len(norm.split()) > _STAMP_WORDS:
        return False
    if date_header(parts[-1], parts[-1].lower())[0]:
        return True
    return date_header(parts[0], parts[0].lower())[0] and all(map(is_widget_label, parts[1:]))


_BEFORE_THE_DAY = 2
"""Words a stamp writes before its day: a weekday, "Published"."""
_AFTER_THE_DAY = re.compile(r"[\s,;.·•|–—-]*(?:\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?[\s,;·•|–—-]*)?")


def byline_after_day(norm: str) -> tuple[str, ...]:
    """The names of a byline that follows the stamp's day on its line, after a word for "by"
    (alone or after "Posted", "Written") or an author's label of its own: a line opening with
    the date is a stamp, and names written in it without such a word are a place's, a
    photographer's or a section's."""
    _, span = text_date(norm.lower())
    if span is None or len(norm[: span[0]].split()) > _BEFORE_THE_DAY:
        return ()
    after = _AFTER_THE_DAY.match(norm, span[1])  # matches always: its parts are optional
    rest = norm[after.end() if after else span[1] :]
    by = BY.match(rest)
    if by is None or credits_another_role(by.group()):
        return ()  # "Photos by", "Edited by", "Signed by": no writer (session 25's review)
    return byline_names(rest)
