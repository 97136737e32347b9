"""corpuskit.hf: Dataset.map with parse_batch gives typed columns and corpuskit parse's output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

datasets = pytest.importorskip("datasets")

import corpuskit.hf  # noqa: E402
from corpuskit import Document  # noqa: E402
from corpuskit.corpus import RunOptions, run  # noqa: E402
from corpuskit.stream import DEFAULT_FIELDS  # noqa: E402
from corpuskit.testing.corpora import as_html, records, write_jsonl  # noqa: E402
from misbehaving import install  # noqa: E402


def _rows() -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = [
        {"id": r["id"], "url": r["url"], "text": r["text"], "html": None}
        for r in records(10, size=700)
    ]
    rows[3]["html"] = as_html(str(rows[3]["text"]), "An HTML page")
    rows += [
        {"id": "empty", "url": None, "text": "", "html": None},
        {"id": "binary", "url": None, "text": "\x00\x01\x02\x03" * 40, "html": None},
        {"id": "missing", "url": None, "text": None, "html": None},
    ]
    return rows


@pytest.fixture
def slow_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return install(tmp_path / "plugins", monkeypatch, "slow_plugin_hf")


def test_map_gives_typed_columns_and_the_documents_of_corpuskit_parse(tmp_path: Path) -> None:
    rows = _rows()
    ds = datasets.Dataset.from_list(rows)
    docs = ds.map(
        corpuskit.hf.parse_batch,
        batched=True,
        batch_size=4,
        num_proc=2,
        remove_columns=ds.column_names,
        features=corpuskit.hf.features(),
    )
    assert docs.features == corpuskit.hf.features()
    table = docs.data.table
    assert str(table.schema.field("paragraphs").type) == "list<item: string>"
    removed_type = table.schema.field("removed").type
    assert removed_type.value_type.names == ["kind", "text", "start", "end", "plugin"]
    assert str(removed_type.value_type.field("start").type) == "int64"

    # corpuskit parse on the same records as JSON Lines (--html-field html).
    corpus = tmp_path / "rows.jsonl"
    write_jsonl(corpus, ({k: v for k, v in r.items() if v is not None} for r in rows))
    expected = tmp_path / "expected.jsonl"
    errors: list[dict[str, object]] = []
    run(
        RunOptions([str(corpus)], output=str(expected), fields=DEFAULT_FIELDS),
        on_error=errors.append,
    )
    want = [Document.from_json(line) for line in expected.read_bytes().splitlines()]
    got = [corpuskit.hf.to_document(row) for row in docs if row["error"] is None]
    assert got == want
    assert [d.meta for d in got] == [d.meta for d in want]
    assert got[3].title == "An HTML page"

    # One row per input, in order; the failures carry their id and corpuskit parse's reason.
    assert len(docs) == len(rows)
    assert docs["id"] == [r["id"] for r in rows]
    failed = [(row["id"], row["error"]) for row in docs if row["error"] is not None]
    assert failed == [(e["id"], e["reason"]) for e in errors]
    assert [f[0] for f in failed] == ["empty", "binary", "missing"]
    with pytest.raises(ValueError, match="no document"):
        corpuskit.hf.to_document(docs[len(rows) - 1])

    # A save/load round trip keeps the types and the documents.
    docs.save_to_disk(str(tmp_path / "saved"))
    loaded = datasets.load_from_disk(str(tmp_path / "saved"))
    assert loaded.features == docs.features
    assert [corpuskit.hf.to_document(r) for r in loaded if r["error"] is None] == want


def test_input_columns_kept_beside_the_output_and_a_slow_row_times_out(slow_plugin: str) -> None:
    ds = datasets.Dataset.from_list(
        [
            {"text": "A paragraph about the harbour and its ferries.\n", "lang": "en"},
            {"text": "HANG-IN-PYTHON in a paragraph of words.\n", "lang": "en"},
        ]
    )
    options = {"timeout": 1.0, "plugins": [slow_plugin]}
    docs = ds.map(
        corpuskit.hf.parse_batch,
        batched=True,
        fn_kwargs=options,
        features=corpuskit.hf.features(ds.features),
    )
    assert docs.column_names[:2] == ["text", "lang"]
    assert docs["error"] == [None, "parse took longer than 1 s (time limit); skipped"]
    assert docs["paragraphs"][1] == []
    assert docs["paragraphs"][0] == ["A paragraph about the harbour and its ferries."]


def test_without_datasets_the_module_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['datasets'] = None\n"
        "import corpuskit\n"
        "try:\n    import corpuskit.hf\n"
        "except ImportError as exc:\n    print(type(exc).__name__, exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "MissingExtra" in result.stdout
    assert "pip install 'corpuskit[hf]'" in result.stdout
