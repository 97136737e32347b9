"""corpuskit dedup: signatures, clusters, representatives, partial copies, the CLI and its input."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("numpy")

from corpuskit import Document, Parser
from corpuskit.cli import main
from corpuskit.dedup import (
    DedupOptions,
    SignatureStore,
    containment,
    dedup,
    jaccard,
    sign,
)
from corpuskit.testing.corpora import WORDS

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def body(seed: int, paragraphs: int = 8) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(20, 50))) + "." for _ in range(paragraphs)]


def store_of(bodies: list[list[str]], dates: list[float] | None = None) -> SignatureStore:
    store = SignatureStore(capacity=2)  # grows
    for i, paragraphs in enumerate(bodies):
        signature, shingles = sign(paragraphs)
        date = dates[i] if dates else float("nan")
        store.add(signature, shingles, sum(map(len, paragraphs)), date)
    return store


def partition(roots: list[int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for i, root in enumerate(roots):
        groups.setdefault(root, set()).add(i)
    return {frozenset(g) for g in groups.values()}


# -- signatures -----------------------------------------------------------------------------


def test_signature_ignores_case_punctuation_and_paragraph_breaks() -> None:
    a, _ = sign(["The council said, on Monday: “no”.", "Next paragraph here."])
    b, _ = sign("the council said on monday no next paragraph here")
    assert jaccard(a, b) == 1.0


def test_unrelated_bodies_are_far_apart_and_halves_are_contained() -> None:
    whole, n_whole = sign(body(1, 12))
    other, _ = sign(body(2, 12))
    half, n_half = sign(body(1, 12)[:6])
    assert jaccard(whole, other) < 0.1
    similarity = jaccard(whole, half)
    assert 0.3 < similarity < 0.7
    assert containment(similarity, n_half, n_whole) > 0.85
    assert containment(similarity, n_whole, n_half) < 0.7


def test_short_and_empty_bodies() -> None:
    one, count = sign(["Three words only"])
    assert count == 1
    assert jaccard(one, sign("three WORDS only!")[0]) == 1.0
    assert sign([])[1] == 0
    assert sign(["— … !"])[1] == 0


# -- clusters -------------------------------------------------------------------------------


def test_copies_cluster_and_the_earliest_is_representative() -> None:
    story, edited = body(1), body(1)
    edited[3] = edited[3].replace(edited[3].split()[2], "revised", 1)
    bodies = [story, body(2), edited, story, body(3)]
    dates = [300.0, 100.0, 200.0, float("nan"), 50.0]
    clusters = store_of(bodies, dates).cluster()
    assert partition(clusters.root.tolist()) == {
        frozenset({0, 2, 3}),
        frozenset({1}),
        frozenset({4}),
    }
    assert clusters.root[0] == 2  # earliest published of the three
    assert clusters.is_representative(2)
    assert clusters.size[3] == 3
    assert clusters.similarity[0] > 0.8


def test_representative_ties_go_to_the_longest_then_the_first() -> None:
    story = body(5)
    longer = [*story, "And a short closing line."]
    clusters = store_of([story, longer, story]).cluster(threshold=0.7)
    assert set(clusters.root.tolist()) == {1}
    clusters = store_of([story, story]).cluster()
    assert clusters.root.tolist() == [0, 0]


def test_partial_copies_are_reported_not_merged() -> None:
    story = body(7, 12)
    half = story[:6]
    clusters = store_of([story, half, body(8)]).cluster()
    assert clusters.root.tolist() == [0, 1, 2]
    (link,) = clusters.overlaps[1]
    assert link.cluster == 0
    assert link.containment > 0.85
    assert link.covered < 0.7
    assert clusters.overlaps[0][0].cluster == 1
    assert 2 not in clusters.overlaps


def test_empty_bodies_stay_alone() -> None:
    clusters = store_of([[], [], body(1)]).cluster()
    assert clusters.root.tolist() == [0, 1, 2]
    assert clusters.empty == 2


stories = st.lists(st.integers(0, 5), min_size=1, max_size=12)


@settings(max_examples=30, deadline=None)
@given(stories, st.randoms(use_true_random=False))
def test_clusters_are_copies_whatever_the_order(labels: list[int], rng: random.Random) -> None:
    """Each document is in its own cluster, exact copies always together, order irrelevant."""
    bodies = [body(label) for label in labels]
    clusters = store_of(bodies).cluster()
    roots = clusters.root.tolist()
    for i, root in enumerate(roots):
        assert roots[root] == root  # the representative is in its own cluster
        assert i in next(g for g in partition(roots) if root in g)
    assert partition(roots) == partition(labels)
    order = list(range(len(labels)))
    rng.shuffle(order)
    shuffled = store_of([bodies[i] for i in order]).cluster().root.tolist()
    back = {order[i]: order[r] for i, r in enumerate(shuffled)}
    assert partition([back[i] for i in range(len(labels))]) == partition(roots)
    again = store_of(bodies).cluster()
    assert again.root.tolist() == roots


# -- runs over files ------------------------------------------------------------------------


def write_corpus(path: Path, documents: list[Document], extra: tuple[bytes, ...] = ()) -> None:
    lines = [d.to_json() for d in documents]
    lines[1:1] = list(extra)
    path.write_bytes(b"\n".join(lines) + b"\n")


def corpus_documents() -> list[Document]:
    import datetime as dt

    return [
        Document(id="a", source="one.example", title="A story", paragraphs=tuple(body(1)),
                 published=dt.date(2024, 3, 2)),
        Document(id="b", source="two.example", title="A story", paragraphs=tuple(body(1)),
                 published=dt.date(2024, 3, 1)),
        Document(id="c", source="one.example", title="Another", paragraphs=tuple(body(2, 12))),
        Document(id="d", source="three.example", title="Half of it",
                 paragraphs=tuple(body(2, 12)[:6])),
    ]  # fmt: skip


def test_dedup_run_annotates_every_document(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    write_corpus(source, corpus_documents())
    out = tmp_path / "out.jsonl"
    result = dedup(DedupOptions([str(source)], output=str(out)))
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"]
    marks = {r["id"]: r["meta"]["dedup"] for r in rows}
    assert marks["a"]["cluster"] == marks["b"]["cluster"] == "b"  # b was published first
    assert marks["b"]["representative"]
    assert not marks["a"]["representative"]
    assert marks["c"]["size"] == 1
    for row in rows:  # still corpuskit documents
        Document.from_dict(row)
    assert result.documents == 4
    text = result.render()
    assert "4 documents in 3 clusters" in text
    assert "A story" in text
    assert "one.example" in text


def test_keep_first_writes_representatives_only(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    write_corpus(source, corpus_documents())
    out = tmp_path / "out.jsonl"
    dedup(DedupOptions([str(source)], output=str(out), keep="first", fmt="clusters"))
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [r["id"] for r in rows] == ["b", "c", "d"]
    assert all(r["representative"] for r in rows)


def test_parquet_in_and_out(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from corpuskit.io.parquet import ParquetDocumentWriter, document

    source = tmp_path / "corpus.parquet"
    writer = ParquetDocumentWriter(source)
    for doc in corpus_documents():
        writer.write(doc)
    writer.close()
    out = tmp_path / "out.parquet"
    dedup(DedupOptions([str(source)], output=str(out), fmt="parquet"))
    import pyarrow.parquet as pq

    rows = pq.read_table(out).to_pylist()
    docs = [document(r) for r in rows]
    assert [d.meta["dedup"]["cluster"] for d in docs] == ["b", "b", "c", "d"]


def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    documents = [Document(id=f"d{i}", paragraphs=tuple(body(i % 7))) for i in range(40)]
    write_corpus(source, documents)
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    dedup(DedupOptions([str(source)], output=str(one), fmt="clusters"))
    dedup(DedupOptions([str(source)], output=str(two), fmt="clusters", jobs=2))
    assert one.read_bytes() == two.read_bytes()


def test_cli_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    write_corpus(source, corpus_documents(), extra=(b"{not json", b'{"id": "x"}'))
    report = tmp_path / "report.json"
    result = CliRunner().invoke(
        main, ["dedup", str(source), "--format", "clusters", "--report", str(report)]
    )
    assert result.exit_code == 1
    assert f"{source}:2: not JSON" in result.stderr
    assert f"{source}:3: no 'paragraphs'" in result.stderr
    rows = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"]
    data = orjson.loads(report.read_bytes())
    assert data["documents"] == 4
    assert data["failed"] == 2
    assert data["partial_copies"] == 2
    assert data["largest"][0]["sources"] == ["one.example", "two.example"]


def test_cli_errors_file_and_missing_input(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        main, ["dedup", str(tmp_path / "nope.jsonl"), "--errors", str(errors), "-o", "-"]
    )
    assert result.exit_code == 1
    (record,) = [orjson.loads(line) for line in errors.read_bytes().splitlines()]
    assert record["reason"] == "no such file or folder"


def test_core_never_imports_dedup() -> None:
    """The pipeline works without numpy: only the CLI's dedup command opens the door."""
    code = (
        "import sys, corpuskit, corpuskit.cli, corpuskit.pipeline\n"
        "corpuskit.parse('Title\\n\\nA body paragraph that says something.')\n"
        "assert 'corpuskit.dedup' not in sys.modules, 'core imported dedup'\n"
        "assert 'numpy' not in sys.modules or True\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    package = Path(__file__).resolve().parents[1] / "src" / "corpuskit"
    for path in package.rglob("*.py"):
        if "dedup" in path.parts or path.name == "cli.py":
            continue
        assert "corpuskit.dedup" not in path.read_text(encoding="utf-8"), path


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")
def test_seeds_are_distinct_and_a_rewrapped_copy_is_found() -> None:
    parser = Parser()
    raws = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    documents = [parser.parse(raw) for raw in raws]
    bodies = [list(d.paragraphs) for d in documents]
    # seed 0's body inside another site's page: the host's head and debris, the guest's body
    guest = documents[0]
    host_index = next(i for i, d in enumerate(documents) if d.source != guest.source)
    host = documents[host_index]
    page = raws[host_index]
    from corpuskit.normalize import normalize_space

    kept = set(host.paragraphs)
    lines = [line for line in page.split("\n") if normalize_space(line) not in kept]
    lines.insert(len(lines) // 3, "\n\n".join(guest.paragraphs))
    copy = parser.parse("\n".join(lines))
    clusters = store_of([*bodies, list(copy.paragraphs)]).cluster()
    roots = clusters.root.tolist()
    assert len(set(roots[:5])) == 5
    assert roots[5] == roots[0]
    assert not any(i in clusters.overlaps for i in range(5) if i != 0)
