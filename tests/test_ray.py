"""The Ray engine and API, against one local Ray cluster shared by these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from corpuskit import Document
from corpuskit.corpus import RunOptions, run
from corpuskit.testing.corpora import records, write_jsonl

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A local two-CPU cluster, started once for the module (Ray takes seconds to start)."""
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    if started:
        ray.shutdown()


def test_a_ray_run_writes_the_same_bytes_as_a_local_one(cluster: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, [*records(150, size=800), {"id": "bad", "text": ""}])
    local_out, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    local_errors, ray_errors = tmp_path / "le.jsonl", tmp_path / "re.jsonl"
    run(RunOptions([str(corpus)], output=str(local_out), errors=str(local_errors)))
    report = run(
        RunOptions([str(corpus)], output=str(ray_out), errors=str(ray_errors), engine="ray", jobs=2)
    )
    assert (report.documents, report.errors) == (150, 1)
    assert ray_out.read_bytes() == local_out.read_bytes()
    assert ray_errors.read_bytes() == local_errors.read_bytes()


def test_parse_records_gives_documents_and_error_records(cluster: Any) -> None:
    from corpuskit.ray import parse_records

    task = cluster.remote(parse_records)
    results = cluster.get(
        task.remote(
            [
                {"id": "a", "text": "A paragraph of the body.\n", "url": "https://x.example/a"},
                {"id": "b", "text": ""},
            ]
        )
    )
    document = Document.from_dict(results[0])
    assert (document.id, document.url, document.paragraphs) == (
        "a",
        "https://x.example/a",
        ("A paragraph of the body.",),
    )
    assert results[1]["id"] == "b"
    assert results[1]["reason"] == "empty input"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray Data's own, on start-up
def test_parse_batch_with_ray_data(cluster: Any) -> None:
    from corpuskit.ray import parse_batch

    rows = [{"id": f"d{i}", "text": f"Body paragraph number {i}.\n"} for i in range(20)]
    rows.append({"id": "empty", "text": ""})
    dataset = cluster.data.from_items(rows)
    out = dataset.map_batches(parse_batch, batch_format="pandas").take_all()
    by_id = {row["id"]: row for row in out}
    assert len(by_id) == 21
    assert not by_id["empty"]["ok"]
    assert by_id["d3"]["ok"]
    assert by_id["empty"]["error"] == "empty input"
    document = Document.from_dict(orjson.loads(by_id["d3"]["document"]))
    assert document.paragraphs == ("Body paragraph number 3.",)
