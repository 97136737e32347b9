"""Strategies for the parts of an article: headlines, standfirsts, bylines, body paragraphs.

Everything is made up from small word lists, so generated pages carry no third-party text. The
shapes are chosen so that a layout can tell them apart the way it does on real pages:

* a *sentence* ends in a full stop (or the script's own: ``。``, ``।``), so it never reads like a
  heading, a byline or a credit;
* a *headline* is capitalised words with no final full stop;
* body paragraphs come in several scripts (Latin, Hebrew, Arabic, Cyrillic, Greek, Chinese,
  Devanagari), and Latin ones may carry an awkward token (quotes, brackets, digits, dashes)
  that a rule must not trip over.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from hypothesis import strategies as st

# -- vocabulary -----------------------------------------------------------------------------


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WORDS: tuple[str, ...] = _split(
    """council water plant village road school budget harbor museum farmers bridge library
    station garden market teachers clinic festival orchard railway tower river valley students
    residents officials ministry project plan report committee season winter summer north south
    city town region company workers volunteers mayor engineers trees park buses trains port
    airport hospital court vote survey study data prices homes rent loans ferry lighthouse
    approved opened planned built visited reported expected moved closed found asked started
    finished praised criticized repaired the a of in on for with and to after before new old
    local large small first last two three nine"""
)
"""Plain English words: the Latin-script vocabulary of generated text."""

SCRIPT_WORDS: dict[str, tuple[str, ...]] = {
    "latin": WORDS,
    "hebrew": _split(
        "העירייה הנמל בית ספר מים תלמידים תושבים הממשלה תקציב גשר רכבת פארק השבוע החדש אמרו "
        "פתחו בנו ביום שלישי על של עם אחרי"
    ),
    "arabic": _split(
        "المدينة الميناء المدرسة الماء الطلاب السكان الحكومة الميزانية الجسر القطار الحديقة "
        "هذا الأسبوع الجديد قال افتتح في على من مع بعد"
    ),
    "cyrillic": _split(
        "город порт школа вода студенты жители правительство бюджет мост поезд парк неделя "
        "новый сказали открыли в на с после"
    ),
    "greek": _split(
        "πόλη λιμάνι σχολείο νερό φοιτητές κάτοικοι κυβέρνηση προϋπολογισμός γέφυρα τρένο "
        "πάρκο εβδομάδα νέο είπαν άνοιξαν στο με μετά"
    ),
    "chinese": _split("城市 港口 学校 水 学生 居民 政府 预算 大桥 火车 公园 本周 新的 表示 开放"),
    "devanagari": _split(
        "शहर बंदरगाह स्कूल पानी छात्र निवासी सरकार बजट पुल ट्रेन पार्क सप्ताह नया कहा खोला में पर के बाद"
    ),
}
"""Words per script, for body paragraphs in several scripts."""

SCRIPTS: tuple[str, ...] = tuple(SCRIPT_WORDS)
"""The scripts :func:`paragraphs` can write in."""

_SENTENCE_END = {"chinese": "。", "devanagari": "।"}
_UNSPACED = frozenset({"chinese"})
FULL_STOP_SCRIPTS: tuple[str, ...] = tuple(s for s in SCRIPTS if s not in _SENTENCE_END)
"""Scripts whose sentences end in a plain full stop (the others could read like a heading)."""

FIRST_NAMES: tuple[str, ...] = _split(
    """Dana Eitan Maya Omer Talia Noam Shira Ariel Liora Gideon Yael Ronen Hila Amos Karin Mara
    Tomas Ines Lev Hana Kofi Aiko Rafael Zeynep Bjorn Amara Niamh Priya"""
)
LAST_NAMES: tuple[str, ...] = _split(
    """Kessler Avidan Barak Halevi Mizrahi Stern Golan Peretz Shapira Levin Ofer Tal Ben-Ami
    Rosen Ellison Reyl Okafor Adamsky Bertrand Mensah Tanaka Oduya Quill Lindqvist Moreau
    Castellano"""
)
"""Made-up person names: capitalised, as bylines print them (``NAMES`` in layouts matches them)."""

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

AWKWARD_TOKENS: tuple[str, ...] = (
    "שלום",
    "مرحبا",
    "café",
    "naïve",
    "“quoted”",
    "(in brackets)",
    "2,300",
    "U.S.",
    "—",
    "NIS",
    "😀",
)
"""Tokens dropped into body paragraphs: what a layout rule must not trip over."""

# -- strategies -----------------------------------------------------------------------------

plain_words = st.sampled_from(WORDS)
"""One plain English word."""

person_names = st.builds(
    lambda first, last: f"{first} {last}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES)
)
"""A made-up 'First Last' name."""

author_lists = st.lists(person_names, min_size=1, max_size=3, unique=True)
"""One to three different names: the authors of an article."""

publication_dates = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
"""A plausible publication date."""


def join_names(people: Sequence[str]) -> str:
    """Names the way bylines print them: 'A', 'A and B', 'A, B and C'."""
    if len(people) <= 1:
        return "".join(people)
    return ", ".join(people[:-1]) + " and " + people[-1]


def long_date(day: dt.date) -> str:
    """A date the way articles print it: 'March 5, 2024'."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


@st.composite
def prose(
    draw: st.DrawFn,
    min_words: int = 4,
    max_words: int = 16,
    end: str = ".",
    script: str = "latin",
) -> str:
    """One sentence: words of ``script``, capitalised, ending in ``end``.

    A sentence never reads like a heading, a byline or a credit; use ``end=""`` for one that
    does not end in a full stop (a caption before its credit, say). The length is drawn (so
    failures shrink to short sentences) and the words come from a drawn seed: two draws per
    sentence instead of one per word, which keeps page generation fast.
    """
    vocabulary = SCRIPT_WORDS[script]
    count = draw(st.integers(min_words, max_words))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    parts = [rng.choice(vocabulary) for _ in range(count)]
    if script in _UNSPACED:
        return "".join(parts) + _SENTENCE_END.get(script, end)
    text = " ".join(parts)
    if end == ".":
        end = _SENTENCE_END.get(script, ".")
    return text[0].upper() + text[1:] + end


@st.composite
def headlines(draw: st.DrawFn, min_words: int = 3, max_words: int = 14) -> str:
    """A headline: capitalised words with no final full stop."""
    return draw(prose(min_words, max_words, end=""))


@st.composite
def standfirsts(draw: st.DrawFn, heading: bool = False, max_words: int = 30) -> str:
    """The line under a headline: a sentence, or (``heading=True``) a headline-like line."""
    if heading:
        return draw(headlines(4, min(20, max_words)))
    return draw(prose(6, min(30, max_words)))


@st.composite
def keyword_lines(draw: st.DrawFn, max_words: int = 5) -> str:
    """Capitalised words with no punctuation: an image's alt text or a tag line."""
    chosen = draw(st.lists(plain_words, min_size=1, max_size=max_words))
    return " ".join(w.capitalize() for w in chosen)


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    """A plain 'By A and B' byline and the authors it names."""
    people = draw(author_lists)
    return f"By {join_names(people)}", tuple(people)


@st.composite
def paragraphs(draw: st.DrawFn, scripts: Sequence[str] = SCRIPTS, awkward: bool = True) -> str:
    """A body paragraph of one to three sentences, in one of ``scripts``.

    Latin paragraphs may carry one of :data:`AWKWARD_TOKENS` (when ``awkward``).
    """
    script = draw(st.sampled_from(list(scripts)))
    count = draw(st.integers(1, 3))
    parts = [draw(prose(script=script)) for _ in range(count)]
    text = ("" if script in _UNSPACED else " ").join(parts)
    if script == "latin" and awkward and draw(st.booleans()):
        spaces = [i for i, ch in enumerate(text) if ch == " "] or [0]
        at = draw(st.sampled_from(spaces))
        text = f"{text[:at]} {draw(st.sampled_from(AWKWARD_TOKENS))}{text[at:]}"
    return text


@st.composite
def messy(draw: st.DrawFn, text: str) -> str:
    """``text`` with white space a scraper leaves: an NBSP, doubled spaces, a trailing tab."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if draw(st.booleans()) and spaces:
        at = draw(st.sampled_from(spaces))
        text = text[:at] + draw(st.sampled_from(["\u00a0", "  ", " \u00a0", "\t"])) + text[at + 1 :]
    return text + draw(st.sampled_from(["", "", " ", "\t"]))
