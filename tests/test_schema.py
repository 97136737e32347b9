"""Schema v1: round trips, canonical bytes, golden files kept for ever, clean refusals."""

from __future__ import annotations

import datetime as dt
import enum
import json
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit import SCHEMA, Document, Removed, SchemaError
from corpuskit.schema import (
    FIELDS,
    REMOVED_FIELDS,
    _unstructured,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from corpuskit.testing import documents

GOLDEN = Path(__file__).parent / "golden"


@given(documents())
def test_dict_round_trip(doc: Document) -> None:
    assert Document.from_dict(doc.to_dict()) == doc


@given(documents())
def test_json_round_trip_and_canonical_bytes(doc: Document) -> None:
    data = doc.to_json()
    assert Document.from_json(data) == doc
    assert to_json(from_json(data)) == data
    assert b"\n" not in data


@given(documents())
def test_keys_are_exactly_the_field_names(doc: Document) -> None:
    data = doc.to_dict()
    assert list(data) == ["schema", *FIELDS]
    assert data["schema"] == SCHEMA
    for item in data["removed"]:
        assert list(item) == list(REMOVED_FIELDS)


def test_published_is_iso_in_json() -> None:
    assert to_dict(Document(published=dt.date(2018, 12, 30)))["published"] == "2018-12-30"
    moment = dt.datetime(2018, 12, 30, 8, 15, tzinfo=dt.timezone.utc)
    assert to_dict(Document(published=moment))["published"] == "2018-12-30T08:15:00+00:00"
    assert from_dict({**to_dict(Document()), "published": "2018-12-30T08:15:00Z"}).published == (
        moment
    )


def test_lone_surrogates_are_refused_cleanly() -> None:
    doc = Document(id="bad", paragraphs=("broken \ud800 text",))
    with pytest.raises(SchemaError, match="bad: cannot write"):
        doc.to_json()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a JSON object"),
        ({"id": "x"}, "unknown schema None"),
        ({"schema": "corpuskit.document/99"}, "unknown schema"),
        ({"schema": SCHEMA, "id": "x"}, "missing fields"),
        ({**to_dict(Document()), "extra": 1}, "invalid document"),
        ({**to_dict(Document()), "published": 20181230}, "invalid document"),
        ({**to_dict(Document()), "removed": [{"kind": "Bad Kind"}]}, "invalid document"),
    ],
)
def test_invalid_data_raises_schema_error(data: object, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        from_dict(data)  # type: ignore[arg-type]


def test_invalid_json_raises_schema_error() -> None:
    with pytest.raises(SchemaError, match="not valid JSON"):
        from_json(b"{not json")


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.name)
def test_golden_files_stay_readable_and_canonical(path: Path) -> None:
    """Files written by every schema version ever released: never edit, only add."""
    raw = path.read_bytes().strip()
    doc = Document.from_json(raw)
    assert doc.id
    if json.loads(raw)["schema"] == SCHEMA:
        assert to_json(doc) == orjson.dumps(orjson.loads(raw))


def test_there_is_a_golden_file_for_the_current_schema() -> None:
    versions = {json.loads(p.read_bytes())["schema"] for p in GOLDEN.glob("*.json")}
    assert SCHEMA in versions


def test_removed_round_trips_with_its_plugin() -> None:
    doc = Document(removed=(Removed("footer", "a\nb", 3, 9, "generic"),))
    assert from_json(to_json(doc)).removed[0].plugin == "generic"


class IntEnumLike(enum.IntEnum):
    """An int subclass in meta: kept as it is, whichever way the dict is made."""

    A = 0
    B = 1
    C = 2
    D = 3


_META_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=5),
        st.dates(),
        st.builds(IntEnumLike, st.integers(0, 3)),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.text(max_size=3), inner, max_size=3),
    ),
    max_leaves=8,
)


@given(documents(), st.dictionaries(st.text(max_size=5), _META_VALUES, max_size=4))
def test_to_dict_is_exactly_what_cattrs_unstructures(doc: Document, meta: dict[str, Any]) -> None:
    for document in (doc, attrs.evolve(doc, meta=meta)):
        # repr tells key order, list from tuple and 1 from True apart, as the bytes would.
        assert repr(to_dict(document)) == repr(_unstructured(document))
