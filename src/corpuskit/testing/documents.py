"""Strategies for corpuskit's own values: Documents and removed items, in awkward Unicode.

Generated text is deliberately awkward: combining marks, right-to-left scripts, emoji, NBSP and
other Unicode spaces, so that a property that holds here (a JSON round trip, say) holds on real
scraped text.
"""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import strategies as st

from corpuskit.kinds import DEBRIS_KINDS
from corpuskit.model import Document, Removed
from corpuskit.normalize import normalize_lines, normalize_space

AWKWARD = (
    "\u0301\u0308"  # combining acute and diaeresis
    "שלום مرحبا"  # Hebrew and Arabic (right to left)
    "\U0001f600\U0001f1ee\U0001f1f1"  # emoji and a flag
    "\u00a0\u2009\u3000"  # NBSP, thin space, ideographic space
    "ßİıÅéøœ“”‘’—…"
)
"""Characters that break naive text handling, mixed into :data:`words`."""

any_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]),
    max_size=40,
)
"""Any Unicode text JSON can carry (no lone surrogates)."""

words = st.text(alphabet=string.ascii_letters + AWKWARD, min_size=1, max_size=12).filter(
    lambda w: bool(w.strip())
)
"""Single words of ASCII letters and :data:`AWKWARD` characters."""


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 1, max_words: int = 25) -> str:
    """A normalised run of words."""
    parts = draw(st.lists(words, min_size=min_words, max_size=max_words))
    return normalize_space(" ".join(parts)) or "x"


dates = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2100, 12, 31),
        timezones=st.sampled_from([None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=2))]),
    ),
)
"""``None``, a date or a date-time (naive or with an offset): any ``Document.published``."""


@st.composite
def removed_items(draw: st.DrawFn) -> Removed:
    """A removed item with a plausible span and any kind from the vocabulary."""
    kind = draw(st.sampled_from(sorted(DEBRIS_KINDS)))
    text = normalize_lines(draw(sentences()))
    start = draw(st.integers(min_value=0, max_value=10_000))
    end = start + draw(st.integers(min_value=len(text), max_value=len(text) + 20))
    plugin = draw(st.one_of(st.none(), st.sampled_from(["generic", "example", "site.plugin"])))
    return Removed(kind, text, start, end, plugin)


meta_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), any_text),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(any_text, inner, max_size=3)
    ),
    max_leaves=6,
)
"""JSON-ready values, nested: what ``Document.meta`` may hold."""


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Any Document the schema must carry, awkward Unicode included."""
    optional_text = st.one_of(st.none(), sentences())
    return Document(
        id=draw(st.one_of(st.none(), any_text)),
        source=draw(st.one_of(st.none(), st.sampled_from(["example.com", "news.example.org"]))),
        url=draw(st.one_of(st.none(), st.just("https://example.com/a?b=1&c=é"))),
        title=draw(optional_text),
        subtitle=draw(optional_text),
        authors=draw(st.lists(sentences(max_words=3), max_size=3)),
        published=draw(dates),
        paragraphs=draw(st.lists(sentences(), max_size=6)),
        removed=draw(st.lists(removed_items(), max_size=4)),
        meta=draw(st.dictionaries(any_text, meta_values, max_size=3)),
    )
