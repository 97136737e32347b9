"""The Document model: frozen values, typed conversion, and what invalid values are refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit import Document, Hint, Label, Metadata, Page, Removed
from corpuskit.kinds import DEBRIS_KINDS, FIELD_KINDS, KINDS, is_debris
from corpuskit.model import (
    make_document,
    make_hint,
    make_label,
    make_metadata,
    make_page,
    make_removed,
)


def test_document_is_frozen_and_hashable() -> None:
    doc = Document(id="a", paragraphs=["One.", "Two."], meta={"encoding": "utf-8"})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.title = "x"  # type: ignore[misc]
    assert doc.paragraphs == ("One.", "Two.")
    assert hash(doc) == hash(Document(id="a", paragraphs=("One.", "Two."), meta={"x": 1}))


def test_sequences_become_tuples_and_a_bare_string_is_refused() -> None:
    doc = Document(authors=["A B"], paragraphs=["p"], removed=[Removed("caption", "c", 0, 1)])
    assert doc.authors == ("A B",)
    assert isinstance(doc.removed, tuple)
    with pytest.raises(TypeError, match="single string"):
        Document(paragraphs="not a list")


def test_body_and_clean_text() -> None:
    doc = Document(title="T", subtitle="S", paragraphs=("a", "b"))
    assert doc.body == "a\n\nb"
    assert doc.clean_text() == "T\n\nS\n\na\n\nb"
    assert Document(paragraphs=("a",)).clean_text() == "a"


@pytest.mark.parametrize("kind", ["Caption", "", "two words", "1x", None])
def test_kinds_must_be_lowercase_identifiers(kind: object) -> None:
    with pytest.raises(ValueError, match="kind"):
        Removed(kind, "t", 0, 1)  # type: ignore[arg-type]


def test_spans_must_be_ordered_and_non_negative() -> None:
    with pytest.raises(ValueError, match="before start"):
        Removed("caption", "t", 5, 4)
    with pytest.raises(ValueError, match=">= 0"):
        Label("caption", -1, 3)


def test_vocabulary_families_do_not_overlap() -> None:
    assert not set(FIELD_KINDS) & set(DEBRIS_KINDS)
    assert all(is_debris(k) for k in DEBRIS_KINDS)
    assert not any(is_debris(k) for k in FIELD_KINDS)
    assert is_debris("a_new_kind")


def test_published_accepts_dates_and_datetimes() -> None:
    assert Document(published=dt.date(2020, 1, 2)).published == dt.date(2020, 1, 2)
    moment = dt.datetime(2020, 1, 2, 3, 4, tzinfo=dt.timezone.utc)
    assert Document(published=moment).published == moment


# The fast constructors the pipeline uses in its inner loops must make exactly what the classes
# make, and refuse exactly what they refuse.

_KINDS = st.one_of(
    st.sampled_from(sorted(KINDS)),
    st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
    st.sampled_from(["", "Caption", "two words", "1x"]),
)
_OFFSETS = st.integers(min_value=-2, max_value=6)  # small: negatives and ties are common
_VALUES = st.one_of(st.none(), st.text(max_size=5), st.tuples(st.text(max_size=5)))


def _outcome(make: Callable[[], object]) -> tuple[str, object]:
    try:
        return "ok", make()
    except Exception as exc:  # the same error type, or both made the same value
        return type(exc).__name__, None


def _same(fast: object, slow: object) -> None:
    assert type(fast) is type(slow)
    assert fast == slow
    assert attrs.asdict(fast, recurse=False) == attrs.asdict(slow, recurse=False)  # type: ignore[arg-type]


@given(_KINDS, _OFFSETS, _OFFSETS, st.text(max_size=5), st.integers(-5, 200), _VALUES)
def test_make_label_is_label(
    kind: str, start: int, end: int, plugin: str, priority: int, value: object
) -> None:
    fast = _outcome(lambda: make_label(kind, start, end, plugin, priority, value))
    slow = _outcome(lambda: Label(kind, start, end, plugin, priority, value))
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        _same(fast[1], slow[1])


@given(_KINDS, st.text(max_size=8), _OFFSETS, _OFFSETS, st.one_of(st.none(), st.text(max_size=5)))
def test_make_removed_is_removed(
    kind: str, text: str, start: int, end: int, plugin: str | None
) -> None:
    fast = _outcome(lambda: make_removed(kind, text, start, end, plugin))
    slow = _outcome(lambda: Removed(kind, text, start, end, plugin))
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        _same(fast[1], slow[1])


_STRINGS = st.one_of(st.none(), st.text(max_size=6))
_SEQUENCES = st.one_of(
    st.lists(st.text(max_size=4), max_size=3),
    st.lists(st.text(max_size=4), max_size=3).map(tuple),
    st.text(max_size=3),  # refused by the converters
)
_DATES = st.one_of(st.none(), st.dates())


@given(_STRINGS, _STRINGS, _SEQUENCES, _DATES)
def test_make_metadata_is_metadata(
    title: str | None, subtitle: str | None, authors: Any, published: dt.date | None
) -> None:
    fast = _outcome(lambda: make_metadata(title, subtitle, authors, published))
    slow = _outcome(
        lambda: Metadata(title=title, subtitle=subtitle, authors=authors, published=published)
    )
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        _same(fast[1], slow[1])


@given(
    st.tuples(_STRINGS, _STRINGS, _STRINGS, _STRINGS, _STRINGS),
    _SEQUENCES,
    _DATES,
    _SEQUENCES,
    st.lists(st.builds(Removed, st.just("caption"), st.text(max_size=3), st.just(0), st.just(1))),
    st.one_of(st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.none()),
)
def test_make_document_is_document(
    strings: tuple[str | None, ...],
    authors: Any,
    published: dt.date | None,
    paragraphs: Any,
    removed: list[Removed],
    meta: dict[str, int] | None,
) -> None:
    doc_id, source, url, title, subtitle = strings
    fields = {
        "id": doc_id,
        "source": source,
        "url": url,
        "title": title,
        "subtitle": subtitle,
        "authors": authors,
        "published": published,
        "paragraphs": paragraphs,
        "meta": meta,
    }
    for removed_value in (removed, tuple(removed)):
        values: dict[str, Any] = {**fields, "removed": removed_value}
        fast = _outcome(partial(make_document, *(values[name] for name in _ORDER)))
        slow = _outcome(partial(Document, **values))
        assert fast[0] == slow[0]
        if fast[0] == "ok":
            _same(fast[1], slow[1])
            assert fast[1].meta == slow[1].meta  # type: ignore[attr-defined]


_ORDER = tuple(field.name for field in attrs.fields(Document))
"""make_document's parameters, in order: the class's fields."""


@given(_STRINGS, _STRINGS, _STRINGS, st.sampled_from([None, "text", "html"]), _STRINGS)
def test_make_hint_and_make_page_are_hint_and_page(
    doc_id: str | None, url: str | None, source: str | None, kind: Any, other: str | None
) -> None:
    _same(make_hint(doc_id, url, source, kind, other), Hint(doc_id, url, source, kind, other))
    text = other or "x"
    _same(
        make_page(text, kind or "text", doc_id, url, source),
        Page(text, kind or "text", doc_id, url, source),
    )
