"""Gold files, and the normal form both sides of a comparison are put in.

* **document gold**: one JSON file per article (``{"id", "site", "title", "subtitle",
  "authors", "published", "paragraphs", "removed": [{"kind", "text"}]}``), keyed by its
  ``"id"`` or, without one, by its file name without extensions. Only the fields a file has
  are compared; ``site`` is compared with :attr:`Document.source <corpuskit.model.Document>`
  (``"source"``, the Document's own name for it, is read as ``site`` too).
* **AEB-style gold**: one JSON object ``{id: {"articleBody": ..., "url": ...}}`` (the Article
  Extraction Benchmark's ``ground-truth.json``). Only the body is compared: exactly, as the
  field ``body`` (each non-blank line with white space normalised, so paragraphing by one or
  two newlines does not matter), and by shingles.

A malformed gold file is a :class:`GoldError` naming the file and what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import orjson
from attrs import field, frozen

from corpuskit.errors import CorpuskitError
from corpuskit.model import Document
from corpuskit.normalize import normalize_space
from corpuskit.pipeline import document_id

DOCUMENT_FIELDS: tuple[str, ...] = (
    "site",
    "title",
    "subtitle",
    "authors",
    "published",
    "paragraphs",
    "removed",
)
"""Fields of document gold that are compared, in report order."""

BODY_FIELD = "body"
"""The one field compared for AEB-style gold."""

FIELDS: tuple[str, ...] = (*DOCUMENT_FIELDS, BODY_FIELD)

GoldStyle = Literal["document", "aeb"]


class GoldError(CorpuskitError):
    """A gold path or file that cannot be read as gold."""


# -- gold --------------------------------------------------------------------------------------


@frozen
class Gold:
    """What one document should parse to: the canonical value of every field the gold has."""

    id: str
    style: GoldStyle
    origin: str
    """The file the gold came from."""
    fields: dict[str, Any] = field(hash=False)
    """Canonical expected values (see :func:`document_values`), in :data:`FIELDS` order."""
    body: str | None = None
    """The text the body is scored against; ``None`` when the gold has no body."""
    removed: tuple[tuple[str, str], ...] | None = None
    """The removed items ``(kind, text)``; ``None`` when the gold does not say."""


@frozen
class GoldSet:
    """Every gold document found under a path, by id."""

    path: str
    documents: dict[str, Gold] = field(hash=False)

    @property
    def styles(self) -> tuple[str, ...]:
        return tuple(sorted({gold.style for gold in self.documents.values()}))


def load_gold(path: str | Path) -> GoldSet:
    """Read gold from a document-gold file, an AEB-style file, or a folder of either.

    A folder is read one level deep (``*.json``, hidden files skipped); an id found twice is an
    error, as is a folder with no gold in it.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(
            p for p in path.iterdir() if p.suffix.lower() == ".json" and not p.name.startswith(".")
        )
        if not files:
            raise GoldError(f"no gold (*.json) files in {path}")
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(f"no such file or folder: {path}")
    documents: dict[str, Gold] = {}
    for file in files:
        for gold in _read_gold_file(file):
            if gold.id in documents:
                raise GoldError(
                    f"gold for {gold.id!r} appears twice ({documents[gold.id].origin}, {file})"
                )
            documents[gold.id] = gold
    return GoldSet(str(path), documents)


def _read_gold_file(path: Path) -> list[Gold]:
    try:
        data = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except orjson.JSONDecodeError as exc:
        raise GoldError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not data:
        raise GoldError(f"{path}: gold must be a non-empty JSON object")
    if all(isinstance(v, dict) and "articleBody" in v for v in data.values()):
        return [_aeb_gold(str(path), key, value) for key, value in data.items()]
    return [_document_gold(path, data)]


def _aeb_gold(origin: str, key: str, value: Mapping[str, Any]) -> Gold:
    body = value["articleBody"]
    if not isinstance(body, str):
        raise GoldError(f"{origin}: articleBody of {key!r} must be a string")
    return Gold(
        id=key,
        style="aeb",
        origin=origin,
        fields={BODY_FIELD: canonical_body(body)},
        body=body,
    )


def _document_gold(path: Path, data: Mapping[str, Any]) -> Gold:
    where = str(path)
    key = data.get("id")
    if key is None:
        key = document_id(path)
    elif not isinstance(key, str) or not key:
        raise GoldError(f"{where}: id must be a non-empty string")
    fields: dict[str, Any] = {}
    if "source" in data:  # the Document's name for the field: the same as "site"
        if "site" in data and data["site"] != data["source"]:
            raise GoldError(f"{where}: site and source disagree (both are Document.source)")
        data = {**data, "site": data["source"]}
    for name in ("site", "title", "subtitle", "published"):
        if name in data:
            value = data[name]
            if value is not None and not isinstance(value, str):
                raise GoldError(f"{where}: {name} must be a string or null")
            fields[name] = canonical_date(value) if name == "published" else value
    for name in ("authors", "paragraphs"):
        if name in data:
            fields[name] = _strings(data[name], f"{where}: {name}")
    removed: tuple[tuple[str, str], ...] | None = None
    if "removed" in data:
        removed = _removed_items(data["removed"], where)
        fields["removed"] = removed
    ordered = {name: fields[name] for name in DOCUMENT_FIELDS if name in fields}
    body = "\n\n".join(ordered["paragraphs"]) if "paragraphs" in ordered else None
    return Gold(id=key, style="document", origin=where, fields=ordered, body=body, removed=removed)


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{what} must be a list of strings")
    return tuple(value)


def _removed_items(value: object, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise GoldError(f"{where}: removed must be a list")
    items = []
    for i, item in enumerate(value):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("kind"), str)
            and isinstance(item.get("text"), str)
        ):
            raise GoldError(f"{where}: removed[{i}] must be an object with string kind and text")
        items.append((item["kind"], item["text"]))
    return tuple(items)


def canonical_date(value: str | None) -> str | None:
    """An ISO date string in the form ``date.isoformat()`` writes (``Z`` becomes ``+00:00``)."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return value


def canonical_body(text: str) -> str:
    """A body for exact comparison: non-blank lines, white space normalised, one per line."""
    lines = (normalize_space(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def document_values(document: Document) -> dict[str, Any]:
    """A parsed document's value for every field in :data:`FIELDS`, in the gold's canonical form."""
    return {
        "site": document.source,
        "title": document.title,
        "subtitle": document.subtitle,
        "authors": tuple(document.authors),
        "published": None if document.published is None else document.published.isoformat(),
        "paragraphs": tuple(document.paragraphs),
        "removed": tuple((r.kind, r.text) for r in document.removed),
        BODY_FIELD: canonical_body(document.body),
    }


# -- results -----------------------------------------------------------------------------------
