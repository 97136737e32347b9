"""Finding the records of a corpus: files, folders, globs, JSON Lines and WARC/WET files.

Records come out lazily and in a stable order (paths as given, folders sorted, lines and WARC
records in file order), so the same command over the same inputs always yields the same records
and a resumed run can skip exactly the ones already done. Nothing here parses an article.
"""

from __future__ import annotations

import glob
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, Literal

from corpuskit.errors import InputError
from corpuskit.io.compression import COMPRESSED_SUFFIXES, open_input, open_stream
from corpuskit.io.inputs import STDIN, Source, iter_sources
from corpuskit.io.records import Record, file_id
from corpuskit.io.warc import http_payload, is_html_type, iter_warc

InputFormat = Literal["auto", "text", "html", "jsonl", "warc"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html", "jsonl", "warc")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".wet", ".arc")
DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
"""Names that say "one article" (auto mode reads them without looking inside)."""
_GLOB_CHARS = frozenset("*?[")
_Reader = Callable[[Source], Iterator[Record]]


def expand(paths: Iterable[str]) -> Iterator[Source]:
    """Each input file: paths, folders (recursively, sorted), and globs the shell left quoted."""
    for raw in paths:
        if raw != STDIN and not os.path.exists(raw) and _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if matches:
                yield from iter_sources(matches)
                continue
        yield from iter_sources([raw])


def iter_records(paths: Iterable[str], input_format: InputFormat = "auto") -> Iterator[Record]:
    """Every record of the inputs, in order; unreadable parts yield records with a problem."""
    for source in expand(paths):
        if source.missing:
            yield Record(source.location, source.id, problem="no such file or folder")
            continue
        fmt = input_format
        if fmt == "auto":
            fmt = detect_format(source)
        if fmt == "jsonl":
            yield from _guarded(source, _jsonl_records)
        elif fmt == "warc":
            yield from _guarded(source, _warc_records)
        else:
            yield _document_record(source, fmt)


def _document_record(source: Source, fmt: InputFormat) -> Record:
    kind: Literal["text", "html"] | None = (
        "text" if fmt == "text" else "html" if fmt == "html" else None
    )
    if source.location == STDIN:
        data = sys.stdin.buffer.read()
        return Record(source.location, source.id, data=data, kind=kind, size=len(data))
    return Record(
        source.location, source.id, path=source.location, kind=kind, size=_size(source.location)
    )


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def detect_format(source: Source) -> InputFormat:
    """jsonl, warc, or auto (one article, text or HTML judged later) from name, then content."""
    name = source.location.lower()
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(DOCUMENT_SUFFIXES):
        return "auto"
    head = _head(source)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.lstrip()[:1] == b"{" and b'":' in head:
        return "jsonl"
    return "auto"


def _head(source: Source, size: int = 512) -> bytes:
    """The first bytes of an input, decompressed; empty when unreadable (the parse will say)."""
    try:
        if source.location == STDIN:
            stream = open_stream(sys.stdin.buffer)
            peek = getattr(stream, "peek", None)
            return bytes(peek(size)[:size]) if peek is not None else b""
        with open_input(source.location) as stream:
            return stream.read(size)
    except (InputError, OSError, EOFError, ValueError, zlib.error):
        return b""


def _open(source: Source) -> BinaryIO:
    if source.location == STDIN:
        return open_stream(sys.stdin.buffer)
    return open_input(source.location)


def _guarded(source: Source, read: _Reader) -> Iterator[Record]:
    """Records from ``read``; when the file breaks off, one record saying where and why."""
    count = 0
    try:
        for record in read(source):
            count += 1
            yield record
    except InputError as exc:
        yield _broken(source, count, exc.reason)
    except (OSError, EOFError, ValueError, zlib.error) as exc:  # zlib.error: corrupt gzip
        yield _broken(source, count, f"broken input: {exc}")


def _broken(source: Source, count: int, reason: str) -> Record:
    where = f"after {count} records" if count else "before any record"
    return Record(
        f"{source.location}#rest", f"{source.id}#rest", problem=f"{reason} ({where}; rest lost)"
    )


def _jsonl_records(source: Source) -> Iterator[Record]:
    stream = _open(source)
    try:
        for number, line in enumerate(stream, 1):
            if not line or line.isspace():  # what ``not line.strip()`` says, without a copy
                continue
            yield Record(
                f"{source.location}:{number}",
                f"{source.id}:{number}",
                data=line.rstrip(b"\r\n"),
                json=True,
                size=len(line),
            )
    finally:
        if source.location != STDIN:
            stream.close()


def _warc_records(source: Source) -> Iterator[Record]:
    stream = _open(source)
    try:
        for record in iter_warc(stream):
            location = f"{source.location}#{record.number}"
            doc_id = record.record_id or f"{source.id}#{record.number}"
            url = record.target_uri
            if record.block is None:
                yield Record(location, doc_id, url=url, problem="record block too large to parse")
                continue
            size = len(record.block)
            if record.type == "conversion":
                yield Record(location, doc_id, data=record.block, url=url, kind="text", size=size)
                continue
            try:
                content_type, body = http_payload(record.block)
            except InputError as exc:
                yield Record(location, doc_id, url=url, problem=exc.reason, size=size)
                continue
            if not is_html_type(content_type):
                problem = f"response is {content_type.split(';')[0].strip()}, not HTML"
                yield Record(location, doc_id, url=url, problem=problem, size=size)
                continue
            yield Record(location, doc_id, data=body, url=url, kind="html", size=size)
    finally:
        if source.location != STDIN:
            stream.close()


__all__ = ["INPUT_FORMATS", "InputFormat", "detect_format", "expand", "file_id", "iter_records"]
