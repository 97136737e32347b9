"""Parquet output: one row per document in a fixed schema, written in row groups while streaming.

pyarrow is an optional dependency (``pip install 'corpuskit[parquet]'``): it is large, and
only corpus runs that ask for Parquet need it. The schema is fixed and versioned with the JSON
one (:data:`corpuskit.schema.SCHEMA`, stored in the file's key-value metadata), so a reader
can rely on the columns whatever the documents hold:

==============  ====================================================================
column          type
==============  ====================================================================
id              string
source          string
url             string
title           string
subtitle        string
authors         list<string>
published       string (ISO 8601 date or date-time, as in the JSON schema)
paragraphs      list<string>
removed         list<struct<kind: string, text: string, start: int64, end: int64,
                plugin: string>>
meta            string (the ``meta`` object as canonical JSON: its keys vary by input)
==============  ====================================================================
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from corpuskit.errors import CorpuskitError
from corpuskit.model import Document
from corpuskit.schema import SCHEMA, to_dict

ROW_GROUP = 4096
"""Documents per row group: ~10 MB of seed-sized articles, flushed as soon as it fills."""

Row = tuple[Any, ...]


def require_pyarrow() -> Any:
    """The pyarrow module, or a clear error saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise CorpuskitError(
            "Parquet output needs pyarrow: pip install 'corpuskit[parquet]'"
        ) from exc
    return pyarrow


def schema() -> Any:
    """The Arrow schema of corpuskit's Parquet files."""
    pa = require_pyarrow()
    removed = pa.struct(
        [
            ("kind", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("plugin", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("subtitle", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("published", pa.string()),
            ("paragraphs", pa.list_(pa.string())),
            ("removed", pa.list_(removed)),
            ("meta", pa.string()),
        ],
        metadata={"corpuskit.schema": SCHEMA},
    )


def row(document: Document) -> Row:
    """A document as one Parquet row (cheap to pickle back from a worker)."""
    data = to_dict(document)
    return (
        data["id"],
        data["source"],
        data["url"],
        data["title"],
        data["subtitle"],
        data["authors"],
        data["published"],
        data["paragraphs"],
        data["removed"],
        orjson.dumps(data["meta"], option=orjson.OPT_SORT_KEYS).decode(),
    )


def document(record: dict[str, Any]) -> Document:
    """Read a row back (as ``pyarrow.Table.to_pylist`` gives it) into a Document."""
    data = dict(record)
    data["meta"] = orjson.loads(data["meta"]) if data.get("meta") else {}
    data["schema"] = SCHEMA
    return Document.from_dict(data)


class ParquetDocumentWriter:
    """Writes rows to a Parquet file, a row group at a time; memory holds one group at most."""

    def __init__(self, path: str | Path, *, row_group: int = ROW_GROUP) -> None:
        pa = require_pyarrow()
        self._pa = pa
        self._schema = schema()
        self._names = self._schema.names
        self._writer = pa.parquet.ParquetWriter(str(path), self._schema, compression="zstd")
        self._rows: list[Row] = []
        self._row_group = row_group
        self.count = 0

    def write(self, document: Document) -> None:
        self.write_item(row(document))

    def write_item(self, item: Row) -> None:
        self._rows.append(item)
        self.count += 1
        if len(self._rows) >= self._row_group:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = list(zip(*self._rows, strict=True))
        arrays = [
            self._pa.array(list(values), type=self._schema.field(i).type)
            for i, values in enumerate(columns)
        ]
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self._schema))
        self._rows = []

    def checkpoint(self) -> int:
        """Parquet files cannot be resumed (the footer comes last): just flush full groups."""
        return 0

    def close(self) -> None:
        self._flush()
        self._writer.close()
