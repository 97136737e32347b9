"""WARC and WET files: ``response`` records with HTML, ``conversion`` records with text.

A small reader of our own rather than fastwarc or warcio. Reading is a few percent of a run
(parsing an article costs ~100x more than finding it in a WARC), and what matters more here is
that damage is reported: fastwarc 2.0 hands back the cut-off last record of a truncated
``.warc.gz`` as if it were whole (measured), which would put half an article in a corpus with
no record of why. Here a record whose block is shorter than its ``Content-Length``, or a gzip
stream that ends early, raises :class:`~corpuskit.errors.InputError`.

Multi-member gzip (one member per record, the usual ``.warc.gz``) and zstd are decompressed by
:mod:`corpuskit.io.compression`, by magic number.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from attrs import frozen

from corpuskit.errors import InputError

MAX_HEADER_LINE = 64 * 1024
MAX_HEADERS = 512
MAX_BLOCK = 64 * 1024 * 1024
"""A record block larger than this is skipped (and reported), never held in memory."""
WANTED = frozenset({"response", "conversion"})
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


@frozen
class WarcRecord:
    """One WARC record's headers (names lower-cased) and its block, for the record types wanted.

    ``block`` is ``None`` when the record was too large to read; ``number`` counts every record
    of the file from 1, wanted or not.
    """

    number: int
    headers: dict[str, str]
    block: bytes | None

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "")

    @property
    def record_id(self) -> str:
        return self.headers.get("warc-record-id", "").strip("<>")

    @property
    def target_uri(self) -> str | None:
        return self.headers.get("warc-target-uri", "").strip("<>") or None


def iter_warc(stream: BinaryIO, wanted: frozenset[str] = WANTED) -> Iterator[WarcRecord]:
    """The records of a (decompressed) WARC stream whose type is in ``wanted``, in order."""
    number = 0
    while True:
        line = stream.readline(MAX_HEADER_LINE)
        if not line:
            return
        if not line.strip():
            continue
        number += 1
        if not line.startswith(b"WARC/"):
            raise InputError(f"record {number} does not start with a WARC version line")
        headers = _headers(stream, number)
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            raise InputError(f"record {number} has no valid Content-Length") from None
        if length < 0:
            raise InputError(f"record {number} has a negative Content-Length")
        if headers.get("warc-type", "") not in wanted:
            _skip(stream, length, number)
            continue
        if length > MAX_BLOCK:
            _skip(stream, length, number)
            yield WarcRecord(number, headers, None)
            continue
        block = stream.read(length)
        if len(block) < length:
            raise InputError(
                f"record {number} is truncated: {len(block)} of {length} bytes (file cut short?)"
            )
        yield WarcRecord(number, headers, block)


def _headers(stream: BinaryIO, number: int) -> dict[str, str]:
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS):
        line = stream.readline(MAX_HEADER_LINE)
        if not line:
            raise InputError(f"record {number} is truncated inside its headers")
        if not line.strip():
            return headers
        name, sep, value = line.partition(b":")
        if sep:
            key = name.strip().lower().decode("latin-1")
            headers[key] = value.strip().decode("utf-8", "replace")
    raise InputError(f"record {number} has more than {MAX_HEADERS} header lines")


def _skip(stream: BinaryIO, length: int, number: int) -> None:
    left = length
    while left > 0:
        got = len(stream.read(min(left, 1 << 20)))
        if not got:
            raise InputError(f"record {number} is truncated (file cut short?)")
        left -= got


def http_payload(block: bytes) -> tuple[str, bytes]:
    """The content type and body of an HTTP response block (de-chunked and gunzipped)."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    if not sep:
        raise InputError("response record has no HTTP header end")
    fields: dict[str, str] = {}
    for line in head.split(b"\n")[1:]:
        name, colon, value = line.partition(b":")
        if colon:
            fields[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = fields.get("content-encoding", "").lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        body = _inflate(body, encoding)
    return fields.get("content-type", ""), body


def is_html_type(content_type: str) -> bool:
    """True for HTML content types, and for a missing one (the page decides then)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    return not kind or kind in HTML_TYPES


def _dechunk(body: bytes) -> bytes:
    out = bytearray()
    at = 0
    while at < len(body):
        end = body.find(b"\r\n", at)
        if end < 0:
            if at == 0:
                return body  # no chunk-size line at all: stored de-chunked
            break
        try:
            size = int(body[at:end].split(b";", 1)[0], 16)
        except ValueError:
            return body  # not really chunked: keep what the crawler stored
        if size == 0:
            break
        out += body[end + 2 : end + 2 + size]
        at = end + 2 + size + 2
    return bytes(out)


def _inflate(body: bytes, encoding: str) -> bytes:
    # 47: gzip or zlib header, detected; 15: deflate with a zlib header. Capped, so a
    # compression bomb in a crawled page cannot take the machine's memory.
    wbits = 15 if encoding == "deflate" else 47
    try:
        out = zlib.decompressobj(wbits).decompress(body, MAX_BLOCK + 1)
    except zlib.error:
        return body  # crawlers often store the decoded body but keep the header
    if len(out) > MAX_BLOCK:
        raise InputError(f"response body inflates to more than {MAX_BLOCK >> 20} MB")
    return out
