"""The JSON form of a Document: versioned, canonical, readable for ever.

A corpus outlives the code that wrote it, so every serialised document names its schema
(``"schema": "corpuskit.document/1"``) and :func:`from_dict` keeps a reader for every version
ever written (golden files in ``tests/golden`` hold one of each). Keys are exactly the Document
field names; ``meta`` keys are sorted so that equal documents give equal bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import cattrs
import orjson

from corpuskit.errors import SchemaError
from corpuskit.model import Document

SCHEMA = "corpuskit.document/1"
"""The schema every document is written in."""

FIELDS: tuple[str, ...] = (
    "id",
    "source",
    "url",
    "title",
    "subtitle",
    "authors",
    "published",
    "paragraphs",
    "removed",
    "meta",
)
REMOVED_FIELDS: tuple[str, ...] = ("kind", "text", "start", "end", "plugin")

_converter = cattrs.Converter(forbid_extra_keys=True)


def _unstructure_date(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _structure_date(value: object, _: object) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string or null, got {value!r}")
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


_SCALARS = frozenset({str, int, float, bool, type(None)})
"""Types :func:`_sorted_meta` returns as they are, told apart by one set look-up (most values)."""


def _sorted_meta(value: object) -> Any:
    if type(value) in _SCALARS:
        return value
    if isinstance(value, Mapping):
        return {str(k): _sorted_meta(value[k]) for k in sorted(value)}
    if isinstance(value, list | tuple):
        return [_sorted_meta(v) for v in value]
    return value


_DateType = dt.date | dt.datetime | None
_converter.register_unstructure_hook(_DateType, _unstructure_date)
_converter.register_structure_hook(_DateType, _structure_date)
_converter.register_unstructure_hook_func(lambda t: t == dict[str, Any], _sorted_meta)


def to_dict(document: Document) -> dict[str, Any]:
    """The document as JSON-ready data, ``schema`` first, then the fields in declared order.

    Written out by hand: it runs for every document a corpus run writes, and going through
    cattrs (a hook per field) cost several times as much. It gives exactly what cattrs gives
    (:func:`_unstructured`, which the tests compare it with); cattrs still does the reading.
    """
    published = document.published
    return {
        "schema": SCHEMA,
        "id": document.id,
        "source": document.source,
        "url": document.url,
        "title": document.title,
        "subtitle": document.subtitle,
        "authors": list(document.authors),
        "published": None if published is None else published.isoformat(),
        "paragraphs": list(document.paragraphs),
        "removed": [
            {"kind": r.kind, "text": r.text, "start": r.start, "end": r.end, "plugin": r.plugin}
            for r in document.removed
        ],
        "meta": _sorted_meta(document.meta),
    }


def _unstructured(document: Document) -> dict[str, Any]:
    """:func:`to_dict` by cattrs, from the hooks registered above: the reference it must equal."""
    data: dict[str, Any] = {"schema": SCHEMA}
    data.update(_converter.unstructure(document, Document))
    return data


def _read_v1(data: dict[str, Any]) -> Document:
    missing = [name for name in FIELDS if name not in data]
    if missing:
        raise SchemaError(f"missing fields: {', '.join(missing)}")
    try:
        return _converter.structure(data, Document)
    except Exception as exc:  # cattrs wraps validation errors in exception groups
        raise SchemaError(f"invalid document: {_describe(exc)}") from exc


_READERS: dict[str, Callable[[dict[str, Any]], Document]] = {SCHEMA: _read_v1}
"""One reader per schema version ever written; never remove an entry."""


def from_dict(data: Mapping[str, Any]) -> Document:
    """Read a document in any schema version corpuskit has written."""
    if not isinstance(data, Mapping):
        raise SchemaError(f"a document must be a JSON object, got {type(data).__name__}")
    body = dict(data)
    version = body.pop("schema", None)
    reader = _READERS.get(version) if isinstance(version, str) else None
    if reader is None:
        known = ", ".join(sorted(_READERS))
        raise SchemaError(f"unknown schema {version!r} (this corpuskit reads: {known})")
    return reader(body)


def to_json(document: Document) -> bytes:
    """One line of canonical UTF-8 JSON; raises SchemaError for text JSON cannot carry."""
    try:
        return orjson.dumps(to_dict(document))
    except (TypeError, orjson.JSONEncodeError) as exc:
        raise SchemaError(f"cannot write document as JSON: {exc}", document=document.id) from exc


def from_json(data: bytes | str) -> Document:
    """Read one JSON document."""
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise SchemaError(f"not valid JSON: {exc}") from exc
    return from_dict(parsed)


def _describe(exc: BaseException) -> str:
    """Flatten cattrs' nested exception groups into one readable line."""
    group: tuple[BaseException, ...] = getattr(exc, "exceptions", ())
    if group:  # an exception group, native or from the backport on Python 3.10
        notes = []
        for sub in group:
            where = " ".join(getattr(sub, "__notes__", []))
            notes.append(f"{_describe(sub)}{f' ({where})' if where else ''}")
        return "; ".join(notes)
    return f"{type(exc).__name__}: {exc}"


__all__ = ["FIELDS", "REMOVED_FIELDS", "SCHEMA", "from_dict", "from_json", "to_dict", "to_json"]
