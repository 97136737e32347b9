"""The unit of a corpus run: one :class:`Record` in, one Document or one error record out.

Readers (:mod:`corpuskit.io.readers`) only find records and say where each came from; the
expensive part of turning a record into parser input (reading a file, decoding a JSON line)
happens in :func:`load`, which runs in the worker, so a parallel run's main process stays light.
A reader that cannot produce a record (a missing file, a truncated archive) still yields one,
with a ``problem``: it becomes an error record in its place, so the output keeps input order and
every input is accounted for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import orjson
from attrs import frozen

from corpuskit.errors import InputError
from corpuskit.io.compression import decompress
from corpuskit.model import InputKind

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Inputs larger than this (after decompression) are refused rather than parsed: no article is
this big, and a parse holds several copies of its input in memory."""


@frozen
class Fields:
    """Where a JSON Lines record keeps the article and its facts (the ``--*-field`` options)."""

    text: str = "text"
    html: str | None = None
    """When set and present in a record, the record's HTML is parsed instead of its text."""
    id: str = "id"
    url: str = "url"


@frozen
class Record:
    """One input to parse, as a reader found it.

    ``location`` says where it is for people (``file``, ``file:LINE``, ``file#RECORD``); ``id``
    is the document id it gets unless the record itself names one (a JSON id field).
    """

    location: str
    id: str | None
    data: bytes | str | None = None
    """The article (bytes, or text already decoded), or one JSON line when ``json`` is true;
    ``None``: read ``path``."""
    path: str | None = None
    url: str | None = None
    kind: InputKind | None = None
    json: bool = False
    problem: str | None = None
    """Why the reader could not produce this record; it becomes an error record."""
    size: int = 0
    """Input bytes the record stands for, for progress reports (0 when unknown)."""


class Loaded(NamedTuple):
    """A record made ready for :meth:`corpuskit.Parser.parse`.

    A named tuple rather than an attrs class: one is made per record and read once, where a
    frozen attrs instance cost several times as much to build.
    """

    raw: bytes | str
    id: str | None
    url: str | None
    kind: InputKind | None


def load(record: Record, fields: Fields) -> Loaded:
    """The parser input a record stands for; InputError when there is none."""
    if record.problem is not None:
        raise InputError(record.problem)
    if record.json:
        return _from_json_line(record, fields)
    if record.data is not None:
        return Loaded(record.data, record.id, record.url, record.kind)
    if record.path is None:
        raise InputError("record has neither data nor a file")
    return Loaded(read_file(record.path), record.id, record.url, record.kind)


def read_file(path: str) -> bytes:
    """A file's bytes, decompressed (gzip/zstd by magic number), refused when too large."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input larger than {MAX_INPUT_BYTES >> 20} MB")
    data = decompress(data)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input larger than {MAX_INPUT_BYTES >> 20} MB once decompressed")
    return data


def _from_json_line(record: Record, fields: Fields) -> Loaded:
    assert record.data is not None
    try:
        value = orjson.loads(record.data)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise InputError(f"a JSON Lines record must be an object, got {type(value).__name__}")
    doc_id = _scalar(value.get(fields.id)) or record.id
    url = _scalar(value.get(fields.url))
    if fields.html is not None:
        html = value.get(fields.html)
        if isinstance(html, str) and html.strip():
            return Loaded(html, doc_id, url, "html")
    text = value.get(fields.text)
    if isinstance(text, str):
        return Loaded(text, doc_id, url, "text")
    wanted = f"{fields.text!r}" + (f" or {fields.html!r}" if fields.html else "")
    if text is None:
        raise InputError(f"record has no {wanted} field").for_document(doc_id)
    raise InputError(f"field {fields.text!r} is {type(text).__name__}, not a string").for_document(
        doc_id
    )


def _scalar(value: Any) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def file_id(path: str) -> str:
    """A file's name without its known extensions, as :func:`corpuskit.pipeline.document_id`."""
    from corpuskit.pipeline import document_id

    return document_id(Path(path))
