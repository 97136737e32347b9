"""Corpus inputs: JSON Lines, WARC/WET, compression, globs; every record found, damage reported."""

from __future__ import annotations

import gzip
import io
import random
from pathlib import Path

import orjson
import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from corpuskit.errors import InputError
from corpuskit.io.compression import Sink, decompress, open_input, read_all
from corpuskit.io.readers import detect_format, expand, iter_records
from corpuskit.io.records import Fields, Record, load
from corpuskit.io.warc import http_payload, iter_warc
from corpuskit.testing.corpora import (
    article,
    as_html,
    records,
    warc_record,
    warcinfo,
    write_jsonl,
    write_warc,
)


def test_jsonl_records_carry_location_and_load_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    lines = [
        orjson.dumps({"id": "a1", "url": "https://x.example/1", "text": "Body one."}),
        b"",
        orjson.dumps({"text": "Body two.", "page": "<p>Two</p>"}),
        b"{not json",
        b"[1, 2]",
        orjson.dumps({"id": 7, "body": "no text field"}),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    found = list(iter_records([str(path)]))
    assert [r.location for r in found] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6)]
    first = load(found[0], Fields())
    assert (first.raw, first.id, first.url, first.kind) == (
        "Body one.",
        "a1",
        "https://x.example/1",
        "text",
    )
    assert load(found[1], Fields()).id == "crawl:3"  # no id field: FILE:LINE
    assert load(found[1], Fields(html="page")).raw == "<p>Two</p>"
    with pytest.raises(InputError, match="not valid JSON"):
        load(found[2], Fields())
    with pytest.raises(InputError, match="must be an object"):
        load(found[3], Fields())
    with pytest.raises(InputError, match="no 'text' field") as caught:
        load(found[4], Fields())
    assert caught.value.document == "7"


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_compressed_jsonl_reads_like_plain(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"docs{suffix}"
    assert write_jsonl(path, records(5, size=600)) == 5
    found = list(iter_records([str(path)]))
    assert [load(r, Fields()).id for r in found] == [f"doc-{n:07d}" for n in range(5)]


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_truncated_compressed_jsonl_keeps_what_it_can_and_says_what_it_lost(
    tmp_path: Path, suffix: str
) -> None:
    whole = tmp_path / f"whole{suffix}"
    write_jsonl(whole, records(400, size=600))
    cut = tmp_path / f"cut{suffix}"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) * 3 // 4])  # zstd decodes whole blocks (up to 128 KB)
    found = list(iter_records([str(cut)]))
    assert found[-1].problem is not None
    assert "rest lost" in found[-1].problem
    assert found[-1].location == f"{cut}#rest"
    assert all(r.problem is None for r in found[:-1])
    assert 0 < len(found) - 1 < 400


def test_truncated_zstd_raises_instead_of_ending_quietly() -> None:
    data = zstandard.ZstdCompressor().compress(b"x" * 10_000)
    assert decompress(data) == b"x" * 10_000
    with pytest.raises(InputError, match="zstd"):
        decompress(data[:-5])
    with pytest.raises(InputError, match="gzip"):
        decompress(gzip.compress(b"y" * 1000)[:-5])


def _warc(tmp_path: Path) -> tuple[Path, list[str]]:
    rng = random.Random(3)
    texts = [article(rng, 900) for _ in range(3)]
    blocks = [warcinfo()]
    blocks += [
        warc_record(as_html(t).encode(), url=f"https://x.example/{i}", number=i + 1)
        for i, t in enumerate(texts)
    ]
    blocks.append(
        warc_record(
            b"\x89PNG...", url="https://x.example/a.png", number=9, content_type="image/png"
        )
    )
    blocks.append(
        warc_record(texts[0].encode(), url="https://x.example/0", number=10, kind="conversion")
    )
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, blocks)
    return path, texts


def test_warc_response_and_conversion_records_become_records(tmp_path: Path) -> None:
    path, texts = _warc(tmp_path)
    found = list(iter_records([str(path)]))
    # warcinfo is not an article; the image response is one input that cannot be one.
    assert [r.kind for r in found] == ["html", "html", "html", None, "text"]
    assert found[0].id == "urn:uuid:00000000-0000-0000-0000-000000000001"
    assert found[0].url == "https://x.example/0"
    assert found[0].location == f"{path}#2"
    assert found[3].problem == "response is image/png, not HTML"
    assert found[4].data == texts[0].encode()
    assert found[1].data == as_html(texts[1]).encode()


def test_truncated_warc_gz_reports_the_rest_as_lost(tmp_path: Path) -> None:
    path, _ = _warc(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:-40])
    found = list(iter_records([str(path)]))
    assert found[-1].problem is not None
    assert "rest lost" in found[-1].problem
    assert sum(r.problem is None for r in found) == 3


def test_warc_block_shorter_than_its_length_is_an_error() -> None:
    record = warc_record(b"<p>hello</p>" * 10, url="https://x.example/", number=1)
    with pytest.raises(InputError, match="truncated"):
        list(iter_warc(io.BytesIO(record[:-30])))


def test_http_payload_dechunks_and_inflates() -> None:
    body = b"<html><body><p>Hello there</p></body></html>"
    packed = gzip.compress(body)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(packed[i : i + 10]), packed[i : i + 10])
        for i in range(0, len(packed), 10)
    )
    block = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Encoding: gzip\r\n\r\n" + chunked + b"0\r\n\r\n"
    )
    assert http_payload(block) == ("text/html", body)


def test_detection_by_name_then_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('{"looks": "like json"}')
    (tmp_path / "dump").write_bytes(b'{"text": "x"}\n')
    (tmp_path / "archive").write_bytes(warcinfo())
    (tmp_path / "page").write_bytes(b"<html><p>x</p></html>")
    kinds = {s.id: detect_format(s) for s in expand([str(tmp_path)])}
    assert kinds == {"a": "auto", "dump": "jsonl", "archive": "warc", "page": "auto"}


def test_globs_expand_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text("x")
    assert [s.id for s in expand([str(tmp_path / "*.txt")])] == ["a", "b"]
    missing = list(expand([str(tmp_path / "*.none")]))
    assert [s.missing for s in missing] == [True]


def test_a_missing_file_is_a_record_with_a_problem(tmp_path: Path) -> None:
    (found,) = iter_records([str(tmp_path / "nope.txt")])
    assert found == Record(str(tmp_path / "nope.txt"), "nope", problem="no such file or folder")


@given(
    parts=st.lists(st.binary(max_size=300), min_size=1, max_size=6),
    suffix=st.sampled_from([".out", ".out.gz", ".out.zst"]),
    cut=st.integers(min_value=0, max_value=5),
)
def test_sink_checkpoints_resume_to_the_same_content(
    tmp_path_factory: pytest.TempPathFactory, parts: list[bytes], suffix: str, cut: int
) -> None:
    """Writing, checkpointing, then appending at the checkpoint gives the content of one write.

    This is what --resume relies on: whatever was written after the checkpoint is cut off,
    and a frame/member boundary at the checkpoint leaves a valid compressed file.
    """
    path = tmp_path_factory.mktemp("sink") / f"data{suffix}"
    cut = min(cut, len(parts))
    sink = Sink(path)
    for part in parts[:cut]:
        sink.write(part)
    offset = sink.checkpoint()
    sink.write(b"lost after the checkpoint")
    sink.close()
    resumed = Sink(path, append_at=offset)
    for part in parts[cut:]:
        resumed.write(part)
    resumed.close()
    if suffix == ".out":  # plain: the bytes as written (they may look like a magic number)
        assert path.read_bytes() == b"".join(parts)
        return
    with open(path, "rb") as raw:
        assert read_all(raw) == b"".join(parts)
    with open_input(path) as stream:
        assert stream.read() == b"".join(parts)


def test_parse_file_reads_zstd_too(tmp_path: Path) -> None:
    import corpuskit

    path = tmp_path / "note.txt.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(b"A paragraph of zstd text.\n"))
    document = corpuskit.parse_file(path)
    assert (document.id, document.paragraphs) == ("note", ("A paragraph of zstd text.",))
