"""corpuskit in a real datatrove pipeline: WARC reader, CorpuskitExtractor, JSONL writer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

pytest.importorskip("datatrove")
pytest.importorskip("warcio")
pytest.importorskip("magic")  # python-magic, which the WARC reader needs, needs libmagic

from datatrove.data import Document as DatatroveDocument
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter

from corpuskit import Document, parse_many
from corpuskit.corpus import RunOptions, run
from corpuskit.datatrove import ERROR_KEY, CorpuskitExtractor, to_document
from corpuskit.testing.corpora import records, warc_record, warcinfo, write_warc
from misbehaving import install

ARTICLE = "<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def _page(text: str, title: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return ARTICLE.format(title=title, body=body).encode()


def _crawl(folder: Path) -> list[Path]:
    """Two WARC files (one per datatrove task) of articles and the bad records of a crawl."""
    folder.mkdir()
    pages = [
        (r["url"], _page(r["text"], f"Story {i}")) for i, r in enumerate(records(12, size=900))
    ]
    bad = [
        ("https://x.example/empty", b""),
        ("https://x.example/binary", bytes(range(256)) * 8),
        ("https://x.example/slow", _page("HANG-IN-PYTHON and a paragraph of words.", "Slow")),
        ("https://x.example/nav", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    ]
    paths = []
    for half in range(2):
        blocks = [warcinfo()]
        items = pages[half::2] + bad[half::2]
        for n, (url, body) in enumerate(items):
            blocks.append(warc_record(body, url=url, number=100 * half + n + 1))
        path = folder / f"crawl-{half}.warc.gz"
        write_warc(path, blocks)
        paths.append(path)
    return paths


@pytest.fixture
def slow_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    # datatrove's task processes start fresh (forkserver): they find the plugin by PYTHONPATH.
    return install(tmp_path / "plugins", monkeypatch, "slow_plugin")


def _jsonl(folder: Path) -> list[dict[str, object]]:
    return [
        orjson.loads(line)
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_bytes().splitlines()
    ]


def _stats(logs: Path) -> dict[str, int]:
    """The corpuskit step's counters from the executor's merged stats."""
    for step in json.loads((logs / "stats.json").read_text()):
        if "corpuskit" in step["name"]:
            return {
                name: value["total"] if isinstance(value, dict) else value
                for name, value in step["stats"].items()
            }
    raise AssertionError("no corpuskit step in the stats")


def test_a_datatrove_pipeline_gives_the_documents_of_corpuskit_parse(
    tmp_path: Path, slow_plugin: str
) -> None:
    warcs = _crawl(tmp_path / "crawl")
    expected = tmp_path / "expected.jsonl"
    errors: list[dict[str, object]] = []
    report = run(
        RunOptions(
            [str(p) for p in warcs], output=str(expected), timeout=1.0, plugins=[slow_plugin]
        ),
        on_error=errors.append,
    )
    out, excluded, logs = tmp_path / "out", tmp_path / "excluded", tmp_path / "logs"
    step = CorpuskitExtractor(
        timeout=1.0,
        plugins=[slow_plugin],
        exclusion_writer=JsonlWriter(str(excluded), compression=None),
    )
    pipeline = [WarcReader(str(tmp_path / "crawl")), step, JsonlWriter(str(out), compression=None)]
    LocalPipelineExecutor(pipeline, tasks=2, workers=2, logging_dir=str(logs)).run()

    rows = _jsonl(out)
    assert len(list(out.glob("*.jsonl"))) == 2, "each of the 2 tasks wrote its share"
    got = {doc.id: doc for doc in map(to_document, rows)}
    parsed = [Document.from_json(line) for line in expected.read_bytes().splitlines()]
    want = {d.id: Document.from_dict({**d.to_dict(), "meta": {}}) for d in parsed if d.paragraphs}
    assert len(want) == 12
    assert got == want  # document for document, every field but meta (facts of the parse)

    # corpuskit parse: 12 articles, the nav page (a document without a body), 3 errors.
    assert (report.documents, report.errors) == (13, 3)
    slow = "parse took longer than 1 s (time limit); skipped"
    assert sorted(str(e["reason"]) for e in errors)[-1] == slow
    # datatrove's reader skips the empty and the binary response itself (by their MIME type);
    # the other 14 reach the step, and each is forwarded or dropped, counted and written out.
    stats = _stats(logs)
    dropped = {row["id"]: row["metadata"][ERROR_KEY] for row in _jsonl(excluded)}  # type: ignore[index]
    assert stats["total"] == 14
    assert stats["forwarded"] == len(rows) == 12
    assert stats["dropped"] == len(dropped) == 2
    assert (stats["dropped_timeout"], stats["dropped_empty"]) == (1, 1)
    assert sorted(dropped.values()) == ["no article body found", slow]


def test_the_step_drops_bad_records_the_datatrove_way(slow_plugin: str) -> None:
    step = CorpuskitExtractor(timeout=1.0, plugins=[slow_plugin])
    docs = [
        DatatroveDocument(text=text, id=f"d{i}", metadata={"url": f"https://x.example/{i}"})
        for i, text in enumerate(
            [
                "A paragraph of an article about the council and its vote.\n",
                "",
                "\x00\x01\x02\x03" * 50,
                "\ud800 a lone surrogate cannot be encoded",
                "HANG-IN-PYTHON in a paragraph of words.\n",
                "<html><body></body></html>",
            ]
        )
    ]
    kept = list(step.run(iter(docs)))
    assert [d.id for d in kept] == ["d0"]
    assert kept[0].metadata["url"] == "https://x.example/0"
    assert set(kept[0].metadata) >= {"title", "subtitle", "authors", "published", "source"}
    counts = {name: stat.total for name, stat in step.stats.stats.items()}
    assert counts["total"] == 6
    assert counts["forwarded"] == 1
    assert counts["dropped"] == 5
    assert counts["dropped_timeout"] == 1
    assert counts["dropped_error"] + counts.get("dropped_empty", 0) == 4


def test_the_step_matches_parse_many_on_plain_text() -> None:
    texts = [r["text"] for r in records(5, size=600)]
    docs = [DatatroveDocument(text=t, id=f"t{i}") for i, t in enumerate(texts)]
    kept = list(CorpuskitExtractor(kind="text").run(iter(docs)))
    direct = [d for d in parse_many(texts, kind="text") if isinstance(d, Document)]
    assert [d.text for d in kept] == [d.body for d in direct]
    assert [d.metadata["title"] for d in kept] == [d.title for d in direct]
    assert CorpuskitExtractor(kind="text").extract(texts[0]) == direct[0].body


def test_without_datatrove_the_module_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['datatrove'] = None\n"
        "import corpuskit\n"
        "try:\n    import corpuskit.datatrove\n"
        "except ImportError as exc:\n    print(type(exc).__name__, exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "MissingExtra" in result.stdout
    assert "pip install 'corpuskit[datatrove]'" in result.stdout
