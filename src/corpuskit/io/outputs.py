"""Writing documents and error records: JSON Lines, a JSON array, plain clean text, or Parquet.

A document is *rendered* (turned into the bytes or row its format stores) apart from being
*written*, because in a parallel run rendering happens in the workers and the main process only
appends what they return. Every format is deterministic for the same documents, and the writers
can checkpoint (see :class:`corpuskit.io.compression.Sink`) so an interrupted run can resume.
Error records are JSON Lines, one per input that failed: a run's inputs are always accounted for.
"""

from __future__ import annotations

from typing import Any, BinaryIO, Protocol

import orjson

from corpuskit.errors import CorpuskitError
from corpuskit.model import Document
from corpuskit.schema import to_dict, to_json

FORMATS = ("jsonl", "json", "text", "parquet")
LINE_FORMATS = ("jsonl", "json", "text")
"""Formats that stream to any file or stdout and can be resumed."""
TEXT_SEPARATOR = b"\x0c\n"
"""Between documents in ``text`` output: a line holding only a form feed."""

Item = Any
"""What :func:`render` makes of a document: bytes for the line formats, a row for Parquet."""


def render(document: Document, fmt: str) -> Item:
    """The document as its format stores it (without separators between documents)."""
    if fmt == "jsonl":
        return to_json(document)
    if fmt == "json":
        return orjson.dumps(to_dict(document), option=orjson.OPT_INDENT_2)
    if fmt == "text":
        return document.clean_text().encode("utf-8")
    if fmt == "parquet":
        from corpuskit.io.parquet import row

        return row(document)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


class Output(Protocol):
    """Where a writer's bytes go: a file, stdout, or a checkpointing :class:`Sink`."""

    def write(self, data: bytes, /) -> object: ...


class ItemWriter(Protocol):
    """What a corpus run writes rendered documents with."""

    count: int

    def write_item(self, item: Item) -> None: ...

    def checkpoint(self) -> int: ...

    def close(self) -> None: ...


class DocumentWriter:
    """Streams documents to a binary output in one of :data:`LINE_FORMATS`.

    ``count`` documents already written (a resumed run) make the next one continue the array
    or the separators correctly.
    """

    def __init__(self, out: Output, fmt: str, *, count: int = 0) -> None:
        if fmt not in LINE_FORMATS:
            raise ValueError(
                f"unknown format {fmt!r} for a stream; expected one of {', '.join(LINE_FORMATS)}"
            )
        self.out = out
        self.count = count
        self._fmt = fmt

    def write(self, document: Document) -> None:
        self.write_item(render(document, self._fmt))

    def write_item(self, item: Item) -> None:
        out = self.out
        if self._fmt == "jsonl":
            out.write(item + b"\n")
        elif self._fmt == "json":
            out.write((b"[\n" if self.count == 0 else b",\n") + item)
        else:
            out.write((TEXT_SEPARATOR if self.count else b"") + item + b"\n")
        self.count += 1

    def checkpoint(self) -> int:
        """Make what was written durable; the byte offset to resume from (0 on stdout)."""
        checkpoint = getattr(self.out, "checkpoint", None)
        if checkpoint is not None:
            return int(checkpoint())
        flush = getattr(self.out, "flush", None)
        if flush is not None:
            flush()
        return 0

    def close(self) -> None:
        """Finish the output (closes the JSON array); does not close the file."""
        if self._fmt == "json":
            self.out.write(b"\n]\n" if self.count else b"[]\n")
        flush = getattr(self.out, "flush", None)
        if flush is not None:
            flush()


def error_record(error: CorpuskitError, location: str | None) -> dict[str, str | None]:
    """What an error file line says about one failed input."""
    return {
        "id": error.document,
        "input": location,
        "error": type(error).__name__,
        "reason": error.reason,
    }


def write_error(out: BinaryIO | Output, record: dict[str, str | None]) -> None:
    out.write(orjson.dumps(record) + b"\n")
