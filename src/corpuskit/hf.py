"""corpuskit for Hugging Face ``datasets``: a batched map function and the Document's Features.

``datasets`` is optional (``pip install 'corpuskit[hf]'``); importing this module without it
raises :class:`~corpuskit.extras.MissingExtra`, saying so. ::

    import corpuskit.hf
    docs = ds.map(
        corpuskit.hf.parse_batch,
        batched=True,
        num_proc=2,
        remove_columns=ds.column_names,
        features=corpuskit.hf.features(),
    )

Each input row (a ``text`` column, or ``html``; ``id`` and ``url`` when present, as a JSON
Lines record of ``corpuskit parse``) becomes one output row, in order, with typed columns:
``id``, ``source``, ``url``, ``title``, ``subtitle`` and ``published`` (ISO 8601) strings,
``authors`` and ``paragraphs`` lists of strings, ``removed`` a list of structs ``{kind, text,
start, end, plugin}``, ``meta`` (the parse's facts, as JSON) and ``error``: ``None`` for a
document, else why the row gave none (its other columns are then empty). Nothing is dropped
silently; ``docs.filter(lambda row: row["error"] is None)`` keeps the documents. To keep input
columns too, leave out ``remove_columns`` and pass ``features=corpuskit.hf.features(ds.features)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from corpuskit.extras import require

datasets = require("datasets", "hf", "corpuskit.hf")

from corpuskit.io.parquet import document as _document  # noqa: E402
from corpuskit.io.parquet import row  # noqa: E402
from corpuskit.model import Document, InputKind  # noqa: E402
from corpuskit.schema import FIELDS  # noqa: E402
from corpuskit.stream import DEFAULT_FIELDS, Failure, parse_many  # noqa: E402

COLUMNS = FIELDS
"""The Document's columns, in the order of corpuskit's Parquet files (the schema's own field
order); ``error`` follows."""


def features(input_features: Mapping[str, Any] | None = None) -> Any:
    """The ``datasets.Features`` of :func:`parse_batch`'s output.

    With ``input_features`` (``ds.features``), the input columns that ``map`` keeps beside the
    output (those not named like an output column) are included, so ``map`` can be given
    ``features=`` without ``remove_columns``.
    """
    value, string = datasets.Value, datasets.Value("string")
    removed = {
        "kind": string,
        "text": string,
        "start": value("int64"),
        "end": value("int64"),
        "plugin": string,
    }
    own: dict[str, Any] = {
        "id": string,
        "source": string,
        "url": string,
        "title": string,
        "subtitle": string,
        "authors": [string],
        "published": string,
        "paragraphs": [string],
        "removed": [removed],
        "meta": string,
        "error": string,
    }
    kept = {k: v for k, v in (input_features or {}).items() if k not in own}
    return datasets.Features({**kept, **own})


def parse_batch(
    batch: Mapping[str, list[Any]],
    *,
    timeout: float = 60.0,
    kind: InputKind | None = "text",
    source: str | None = None,
    text: str = DEFAULT_FIELDS.text,
    html: str = DEFAULT_FIELDS.html or "html",
    id: str = DEFAULT_FIELDS.id,
    url: str = DEFAULT_FIELDS.url,
    plugins: Iterable[str] = (),
    rules: Iterable[str] = (),
    disabled: Iterable[str] = (),
) -> dict[str, list[Any]]:
    """``Dataset.map(..., batched=True)`` function: one output row per input row, in order.

    Parses in the calling process (``map``'s ``num_proc`` gives the processes) with
    :func:`corpuskit.parse_many`: the same time limit as ``corpuskit parse --timeout``. The
    column names of the page and its facts are ``text``, ``html``, ``id`` and ``url``; ``kind``
    is the kind of the ``text`` column ("text", "html", or ``None``: judged by content).
    ``source``, ``plugins``, ``rules`` and ``disabled`` are those of ``corpuskit parse``. Pass
    options with ``map``'s ``fn_kwargs``.
    """
    names = [name for name in (text, html, id, url) if name in batch]
    size = len(batch[names[0]]) if names else len(next(iter(batch.values()), []))
    rows: Iterator[dict[str, Any]] = (
        {
            "text": batch[text][i] if text in batch else None,
            "html": batch[html][i] if html in batch else None,
            "id": batch[id][i] if id in batch else None,
            "url": batch[url][i] if url in batch else None,
            "kind": kind,
        }
        for i in range(size)
    )
    out: dict[str, list[Any]] = {name: [] for name in (*COLUMNS, "error")}
    outcomes = parse_many(
        rows, timeout=timeout, source=source, plugins=plugins, rules=rules, disabled=disabled
    )
    for outcome in outcomes:
        if isinstance(outcome, Failure):
            for name in COLUMNS:
                out[name].append([] if name in ("authors", "paragraphs", "removed") else None)
            out["id"][-1] = outcome.id
            out["error"].append(outcome.reason)
        else:
            for name, cell in zip(COLUMNS, row(outcome), strict=True):
                out[name].append(cell)
            out["error"].append(None)
    return out


def to_document(values: Mapping[str, Any]) -> Document:
    """A row of :func:`parse_batch`'s output (without an ``error``) back as a Document."""
    if values.get("error") is not None:
        raise ValueError(f"row {values.get('id')!r} has no document: {values['error']}")
    return _document({name: values[name] for name in COLUMNS})


__all__ = ["COLUMNS", "features", "parse_batch", "to_document"]
