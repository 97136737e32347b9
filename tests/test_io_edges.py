"""The readers and writers of corpuskit.io on damaged, odd and edge-case inputs.

WARC files that break off or lie about their lengths must be reported, never half-read; HTTP
payloads come out de-chunked and inflated; every writer format closes into something its own
reader accepts.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from corpuskit.errors import CorpuskitError, InputError
from corpuskit.io import outputs, readers, warc
from corpuskit.io.inputs import Source
from corpuskit.io.outputs import DocumentWriter, render
from corpuskit.io.readers import detect_format, iter_records
from corpuskit.io.warc import http_payload, is_html_type, iter_warc
from corpuskit.model import Document
from corpuskit.pipeline import Parser

ARTICLE = "Harbour Lights Return\n\nThe lamps on the east pier were lit again on Friday.\n"
HTML = b"<html><body><h1>Pier</h1><p>The lamps on the east pier were lit again.</p></body></html>"


def _record(kind: str, block: bytes, *, length: int | None = None, extra: str = "") -> bytes:
    size = len(block) if length is None else length
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-1>\r\n"
        f"WARC-Target-URI: <https://pier.example/a>\r\n{extra}Content-Length: {size}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _response(body: bytes, *fields: str) -> bytes:
    head = "HTTP/1.1 200 OK\r\n" + "".join(f"{f}\r\n" for f in fields)
    return head.encode() + b"\r\n" + body


# -- WARC records ---------------------------------------------------------------------------


def test_records_of_unwanted_types_are_skipped_but_counted() -> None:
    data = _record("request", b"GET / HTTP/1.1\r\n\r\n") + _record("conversion", b"Plain text.")
    records = list(iter_warc(io.BytesIO(data)))
    assert [(r.number, r.type, r.block) for r in records] == [(2, "conversion", b"Plain text.")]
    assert records[0].record_id == "urn:uuid:conversion-1"
    assert records[0].target_uri == "https://pier.example/a"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"HTTP/1.1 200 OK\r\n\r\n", "record 1 does not start with a WARC version line"),
        (b"WARC/1.0\r\nWARC-Type: response\r\n\r\n", "record 1 has no valid Content-Length"),
        (
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n",
            "record 1 has a negative Content-Length",
        ),
        (b"WARC/1.0\r\nWARC-Type: response\r\n", "record 1 is truncated inside its headers"),
        (
            b"WARC/1.0\r\n" + b"X-Header: 1\r\n" * (warc.MAX_HEADERS + 1),
            f"record 1 has more than {warc.MAX_HEADERS} header lines",
        ),
        (_record("request", b"abc", length=100)[:-4], "record 1 is truncated (file cut short?)"),
        (_record("response", b"abc", length=100)[:-4], "record 1 is truncated: 3 of 100 bytes"),
    ],
)
def test_a_damaged_warc_is_reported_with_the_record_number(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        list(iter_warc(io.BytesIO(data)))
    assert problem in caught.value.reason


def test_header_lines_without_a_colon_are_ignored() -> None:
    data = _record("conversion", b"Text.", extra="not a header line\r\n")
    [record] = iter_warc(io.BytesIO(data))
    assert "not a header line" not in "".join(record.headers)
    assert record.block == b"Text."


def test_a_block_over_the_limit_is_skipped_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "MAX_BLOCK", 10)
    data = _record("response", b"x" * 50) + _record("conversion", b"short")
    records = list(iter_warc(io.BytesIO(data)))
    assert [(r.number, r.block) for r in records] == [(1, None), (2, b"short")]


# -- HTTP payloads --------------------------------------------------------------------------


def test_a_chunked_gzipped_payload_is_decoded() -> None:
    packed = gzip.compress(HTML)
    half = len(packed) // 2
    chunked = (
        f"{half:x};ext=1\r\n".encode()
        + packed[:half]
        + f"\r\n{len(packed) - half:x}\r\n".encode()
        + packed[half:]
        + b"\r\n0\r\n\r\n"
    )
    block = _response(
        chunked, "Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"
    )
    assert http_payload(block) == ("text/html", HTML)


def test_a_deflated_payload_with_bare_newlines_is_decoded() -> None:
    block = b"HTTP/1.1 200 OK\nContent-Encoding: deflate\n\n" + zlib.compress(HTML)
    assert http_payload(block) == ("", HTML)


def test_a_body_stored_decoded_despite_its_header_is_kept() -> None:
    block = _response(HTML, "Content-Encoding: gzip", "Transfer-Encoding: chunked")
    assert http_payload(block) == ("", HTML)
    lines = HTML.replace(b"<p>", b"\r\n<p>")
    block = _response(lines, "Content-Encoding: gzip", "Transfer-Encoding: chunked")
    assert http_payload(block) == ("", lines)


def test_a_chunked_body_cut_short_keeps_the_chunks_that_arrived() -> None:
    block = _response(b"5\r\nhello\r\n5\r\nwor", "Transfer-Encoding: chunked")
    assert http_payload(block)[1].startswith(b"hello")
    assert http_payload(_response(b"5\r\nhello\r\nmore", "Transfer-Encoding: chunked")) == (
        "",
        b"hello",
    )


def test_a_payload_without_a_header_end_is_refused() -> None:
    with pytest.raises(InputError, match="no HTTP header end"):
        http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: text/html")


def test_a_compression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "MAX_BLOCK", 1 << 20)
    block = _response(gzip.compress(b"a" * (3 << 20)), "Content-Encoding: gzip")
    with pytest.raises(InputError, match="inflates to more than 1 MB"):
        http_payload(block)


@pytest.mark.parametrize(
    ("content_type", "html"),
    [("", True), ("text/html; charset=utf-8", True), ("APPLICATION/XHTML+XML", True),
     ("application/pdf", False), ("image/png; q=1", False)],
)  # fmt: skip
def test_html_content_types(content_type: str, html: bool) -> None:
    assert is_html_type(content_type) is html


# -- records from WARC files ----------------------------------------------------------------


def test_a_warc_file_yields_one_record_per_response_with_its_problems(tmp_path: Path) -> None:
    data = (
        _record("response", _response(HTML, "Content-Type: text/html"))
        + _record("response", b"no header end at all")
        + _record("response", _response(b"%PDF-1.4", "Content-Type: application/pdf"))
        + _record("conversion", ARTICLE.encode())
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    records = list(iter_records([str(path)]))
    assert [r.location for r in records] == [f"{path}#{n}" for n in (1, 2, 3, 4)]
    assert (records[0].kind, records[0].data, records[0].url) == (
        "html",
        HTML,
        "https://pier.example/a",
    )
    assert records[1].problem == "response record has no HTTP header end"
    assert records[2].problem == "response is application/pdf, not HTML"
    assert (records[3].kind, records[3].data) == ("text", ARTICLE.encode())
    assert records[3].id == "urn:uuid:conversion-1"


def test_a_warc_record_too_large_becomes_a_problem_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warc, "MAX_BLOCK", 10)
    path = tmp_path / "big.warc"
    path.write_bytes(_record("response", _response(HTML)))
    [record] = iter_records([str(path)])
    assert record.problem == "record block too large to parse"
    assert record.url == "https://pier.example/a"


def test_a_warc_cut_short_says_how_many_records_came_before(tmp_path: Path) -> None:
    whole = _record("conversion", b"One.") + _record("conversion", b"Two.")
    path = tmp_path / "cut.warc"
    path.write_bytes(whole + _record("conversion", b"Three, cut", length=500)[:-4])
    records = list(iter_records([str(path)]))
    assert [r.data for r in records[:2]] == [b"One.", b"Two."]
    assert records[2].location == f"{path}#rest"
    assert records[2].problem is not None
    assert records[2].problem.endswith("(after 2 records; rest lost)")


@pytest.mark.parametrize("name", ["broken.warc.gz", "broken.jsonl.gz"])
def test_a_corrupt_gzip_input_is_a_problem_record_not_a_crash(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x1f\x8b\x08\x00garbage, not deflate data at all")
    [record] = iter_records([str(path)])
    assert record.problem is not None
    assert "decompressing data" in record.problem


# -- detecting formats and reading stdin ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("a.JSONL.gz", b"", "jsonl"),
        ("a.wet", b"", "warc"),
        ("a.md", b"WARC/1.0\r\n", "auto"),
        ("dump", b"WARC/1.0\r\nWARC-Type: response\r\n", "warc"),
        ("dump", b'  {"text": "x"}\n', "jsonl"),
        ("dump", b"{ not json", "auto"),
        ("dump", b"Plain words.", "auto"),
    ],
)
def test_the_format_comes_from_the_name_then_the_content(
    tmp_path: Path, name: str, content: bytes, fmt: str
) -> None:
    path = tmp_path / name
    data = gzip.compress(content) if name.endswith(".gz") else content
    path.write_bytes(data)
    assert detect_format(Source(str(path), name)) == fmt


def test_an_unreadable_input_is_detected_as_one_article(tmp_path: Path) -> None:
    assert detect_format(Source(str(tmp_path / "nothing-here"), "x")) == "auto"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))  # peek()able, as real stdin is


def test_stdin_is_read_as_one_article_or_as_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    [record] = iter_records(["-"], "text")
    assert (record.data, record.kind, record.size) == (ARTICLE.encode(), "text", len(ARTICLE))
    lines = b'{"text": "One."}\n\n{"text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", _Stdin(lines))
    records = list(iter_records(["-"], "jsonl"))
    assert [r.data for r in records] == [b'{"text": "One."}', b'{"text": "Two."}']
    assert all(r.json for r in records)


def test_a_warc_on_stdin_is_detected_and_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(_record("conversion", ARTICLE.encode())))
    [record] = iter_records(["-"])
    assert (record.kind, record.data) == ("text", ARTICLE.encode())


def test_an_article_whose_size_cannot_be_read_has_size_zero() -> None:
    assert readers._size("/nonexistent/corpuskit/article.txt") == 0


def test_a_quoted_glob_is_expanded_and_one_matching_nothing_is_missing(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    found = list(iter_records([str(tmp_path / "*.txt"), str(tmp_path / "*.none")]))
    assert [Path(r.location).name for r in found[:2]] == ["a.txt", "b.txt"]
    assert found[2].problem == "no such file or folder"


# -- writers --------------------------------------------------------------------------------


def _documents(count: int) -> list[Document]:
    parser = Parser()
    return [parser.parse(f"Title {n}\n\nBody paragraph number {n}.\n") for n in range(count)]


class _Flushing(io.BytesIO):
    flushes = 0

    def flush(self) -> None:
        self.flushes += 1


def test_an_unknown_format_is_refused_with_the_known_ones() -> None:
    [document] = _documents(1)
    with pytest.raises(ValueError, match="unknown format 'xml'; expected one of jsonl, json"):
        render(document, "xml")
    with pytest.raises(ValueError, match="unknown format 'parquet' for a stream"):
        DocumentWriter(io.BytesIO(), "parquet")


def test_an_empty_json_array_is_still_json() -> None:
    out = io.BytesIO()
    DocumentWriter(out, "json").close()
    assert json.loads(out.getvalue()) == []


def test_a_resumed_json_output_continues_the_array() -> None:
    first, second = _documents(2)
    out = io.BytesIO()
    writer = DocumentWriter(out, "json")
    writer.write(first)
    resumed = DocumentWriter(out, "json", count=writer.count)
    resumed.write(second)
    resumed.close()
    assert [d["title"] for d in json.loads(out.getvalue())] == [first.title, second.title]


def test_text_output_separates_documents_with_a_form_feed_line() -> None:
    documents = _documents(3)
    out = _Flushing()
    writer = DocumentWriter(out, "text")
    for document in documents:
        writer.write(document)
    assert writer.checkpoint() == 0
    writer.close()
    assert out.flushes == 2
    parts = out.getvalue().split(outputs.TEXT_SEPARATOR)
    assert [p.decode().rstrip("\n") for p in parts] == [d.clean_text() for d in documents]


def test_a_checkpointing_output_reports_its_offset() -> None:
    class Sink(io.BytesIO):
        def checkpoint(self) -> int:
            return self.tell()

    out = Sink()
    writer = DocumentWriter(out, "jsonl")
    writer.write(_documents(1)[0])
    assert writer.checkpoint() == len(out.getvalue()) > 0


def test_an_output_without_flush_or_checkpoint_still_closes() -> None:
    class Bare:
        def __init__(self) -> None:
            self.data = b""

        def write(self, data: bytes, /) -> int:
            self.data += data
            return len(data)

    out = Bare()
    writer = DocumentWriter(out, "jsonl")
    writer.write(_documents(1)[0])
    assert writer.checkpoint() == 0
    writer.close()
    assert out.data.count(b"\n") == 1


# -- Parquet --------------------------------------------------------------------------------


def test_without_pyarrow_parquet_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpuskit.io import parquet

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(CorpuskitError, match=r"pip install 'corpuskit\[parquet\]'"):
        parquet.require_pyarrow()


def test_parquet_rows_read_back_into_the_same_documents(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from corpuskit.io.parquet import ParquetDocumentWriter, document

    documents = _documents(5)
    path = tmp_path / "out.parquet"
    writer = ParquetDocumentWriter(path, row_group=2)
    for doc in documents:
        writer.write(doc)
    assert writer.checkpoint() == 0
    writer.close()
    table = pq.ParquetFile(str(path))
    assert table.metadata.num_row_groups == 3
    rows: list[dict[str, Any]] = table.read().to_pylist()
    assert [document(r) for r in rows] == documents


def test_an_empty_parquet_file_has_the_schema_and_no_rows(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from corpuskit.io.parquet import ParquetDocumentWriter, schema

    path = tmp_path / "empty.parquet"
    ParquetDocumentWriter(path).close()
    table = pq.read_table(str(path))
    assert table.num_rows == 0
    assert table.schema.equals(schema(), check_metadata=False)
