"""The Document model: frozen values, typed conversion, and what invalid values are refused."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from corpuskit import Document, Label, Removed
from corpuskit.kinds import DEBRIS_KINDS, FIELD_KINDS, is_debris


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
