"""Writing documents and error records: JSON Lines, a JSON array, or plain clean text.

Every format is deterministic for the same documents. Error records are JSON Lines too, one per
input that failed, so a run's inputs are always accounted for: a document or an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

import orjson

from corpuskit.errors import CorpuskitError
from corpuskit.model import Document
from corpuskit.schema import to_dict, to_json

FORMATS = ("jsonl", "json", "text")
TEXT_SEPARATOR = b"\x0c\n"
"""Between documents in ``text`` output: a line holding only a form feed."""


class DocumentWriter:
    """Streams documents to a binary file in one of :data:`FORMATS`."""

    def __init__(self, out: BinaryIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        self.out = out
        self.count = 0
        self._write: Callable[[Document], None] = getattr(self, f"_write_{fmt}")
        self._fmt = fmt

    def write(self, document: Document) -> None:
        self._write(document)
        self.count += 1

    def _write_jsonl(self, document: Document) -> None:
        self.out.write(to_json(document) + b"\n")

    def _write_json(self, document: Document) -> None:
        self.out.write(b"[\n" if self.count == 0 else b",\n")
        self.out.write(orjson.dumps(to_dict(document), option=orjson.OPT_INDENT_2))

    def _write_text(self, document: Document) -> None:
        if self.count:
            self.out.write(TEXT_SEPARATOR)
        self.out.write(document.clean_text().encode("utf-8") + b"\n")

    def close(self) -> None:
        """Finish the output (closes the JSON array); does not close the file."""
        if self._fmt == "json":
            self.out.write(b"\n]\n" if self.count else b"[]\n")
        self.out.flush()


def error_record(error: CorpuskitError, location: str | None) -> dict[str, str | None]:
    """What an error file line says about one failed input."""
    return {
        "id": error.document,
        "input": location,
        "error": type(error).__name__,
        "reason": error.reason,
    }


def write_error(out: BinaryIO, record: dict[str, str | None]) -> None:
    out.write(orjson.dumps(record) + b"\n")
