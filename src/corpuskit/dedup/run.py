"""A dedup run over corpuskit's output: read, sign, cluster, write, report.

Two passes over the input, neither holding more than a batch of documents:

1. every document is read and signed (in ``jobs`` worker processes when asked), and only its
   signature, shingle count, body length, date and id are kept;
2. after clustering, the input is read again and each document is written with its cluster
   (``meta.dedup``), or only representatives with ``keep="first"``.

A line that is not a corpuskit document (bad JSON, no paragraphs) is reported with its place
(``FILE:LINE``) and left out; the run goes on. Inputs must be files (not standard input), since
they are read twice.
"""

from __future__ import annotations

import datetime as dt
import math
import multiprocessing as mp
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

import numpy as np
import orjson
from attrs import evolve, field, frozen

from corpuskit.dedup.cluster import (
    DEFAULT_MIN_CONTAINMENT,
    DEFAULT_THRESHOLD,
    Clusters,
    SignatureStore,
    posix_time,
)
from corpuskit.dedup.minhash import DEFAULT_SHINGLE, sign
from corpuskit.errors import CorpuskitError, InputError, SchemaError
from corpuskit.io.compression import Sink, open_input
from corpuskit.io.inputs import STDIN, iter_sources
from corpuskit.schema import SCHEMA

Keep = Literal["all", "first"]
OutputFormat = Literal["jsonl", "parquet", "clusters"]
BATCH = 256
"""Records a worker signs per task."""
LARGEST = 10
"""Clusters the report lists with their titles and sources."""


def _paths(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


@frozen
class DedupOptions:
    """What ``corpuskit dedup`` was asked to do."""

    paths: tuple[str, ...] = field(converter=_paths)
    output: str | None = None
    fmt: OutputFormat = "jsonl"
    keep: Keep = "all"
    threshold: float = DEFAULT_THRESHOLD
    shingle: int = DEFAULT_SHINGLE
    min_containment: float = DEFAULT_MIN_CONTAINMENT
    jobs: int = 1
    text: Literal["body", "raw"] = "body"
    """body: the clean paragraphs (the point of it); raw: paragraphs and every removed item,
    as a dedup that cannot tell the article from the page would see it (for comparison)."""


@frozen
class Failure:
    """A record that is not a corpuskit document."""

    location: str
    reason: str

    def record(self) -> dict[str, str | None]:
        return {"id": None, "input": self.location, "error": "SchemaError", "reason": self.reason}


@frozen
class Item:
    """One input record as read: raw JSON bytes, or a Parquet row."""

    location: str
    data: bytes | dict[str, Any]


@frozen
class Digest:
    """What the first pass keeps of a document."""

    signature: bytes
    shingles: int
    length: int
    published: float
    id: str


@frozen
class ClusterInfo:
    """One cluster for the report."""

    id: str
    size: int
    titles: tuple[str, ...]
    sources: tuple[str, ...]


@frozen
class DedupResult:
    """The outcome of a run: the clusters, the ids they refer to, and the report's figures."""

    clusters: Clusters
    ids: tuple[str, ...]
    failures: tuple[Failure, ...]
    written: int
    largest: tuple[ClusterInfo, ...]
    options: DedupOptions

    @property
    def documents(self) -> int:
        return len(self.ids)

    def cluster_id(self, index: int) -> str:
        return self.ids[int(self.clusters.root[index])]

    def sizes(self) -> dict[int, int]:
        """Cluster size -> how many clusters have it."""
        counts: dict[int, int] = {}
        for members in self.clusters.members().values():
            counts[len(members)] = counts.get(len(members), 0) + 1
        return dict(sorted(counts.items()))

    def to_dict(self) -> dict[str, Any]:
        members = self.clusters.members()
        partial = len(self.clusters.overlaps)
        return {
            "documents": self.documents,
            "clusters": len(members),
            "with_copies": sum(1 for m in members.values() if len(m) > 1),
            "duplicates": self.documents - len(members),
            "empty": self.clusters.empty,
            "partial_copies": partial,
            "failed": len(self.failures),
            "written": self.written,
            "sizes": {str(k): v for k, v in self.sizes().items()},
            "signature_bytes_per_document": SignatureStore.bytes_per_document(),
            "candidate_pairs": self.clusters.candidates,
            "options": {
                "threshold": self.options.threshold,
                "shingle": self.options.shingle,
                "min_containment": self.options.min_containment,
                "keep": self.options.keep,
                "text": self.options.text,
            },
            "largest": [
                {"id": c.id, "size": c.size, "titles": list(c.titles), "sources": list(c.sources)}
                for c in self.largest
            ],
        }

    def render(self) -> str:
        """The run report as text, for people."""
        data = self.to_dict()
        lines = [
            f"{data['documents']} documents in {data['clusters']} clusters: "
            f"{data['with_copies']} with copies, {data['duplicates']} copies in all",
            f"partial copies: {data['partial_copies']} documents share at least "
            f"{self.options.min_containment:.0%} of their text with another cluster",
            "sizes: " + ", ".join(f"{n} x {size}" for size, n in self.sizes().items()),
            f"signatures: {data['signature_bytes_per_document']} bytes a document; "
            f"{data['candidate_pairs']} candidate pairs checked",
        ]
        if self.clusters.empty:
            lines.append(f"no body: {self.clusters.empty} documents (each left on its own)")
        if self.failures:
            lines.append(f"failed: {len(self.failures)} records were not documents")
        for info in self.largest:
            if info.size < 2:
                break
            title = info.titles[0] if info.titles else "(no title)"
            lines.append(f"  {info.size:4}  {info.id}  {title}")
            lines.append(f"        sources: {', '.join(info.sources) or '(none)'}")
        return "\n".join(lines) + "\n"


# -- reading --------------------------------------------------------------------------------


def _is_parquet(path: str) -> bool:
    if path.lower().endswith(".parquet"):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PAR1"
    except OSError:
        return False


def iter_items(paths: Iterable[str]) -> Iterator[Item | Failure]:
    """Every record of the inputs in order, or a failure where a file cannot be read."""
    for source in iter_sources(paths):
        if source.location == STDIN:
            yield Failure("-", "dedup reads its inputs twice: give files, not standard input")
            continue
        if source.missing:
            yield Failure(source.location, "no such file or folder")
            continue
        try:
            if _is_parquet(source.location):
                yield from _parquet_items(source.location)
            else:
                yield from _jsonl_items(source.location)
        except (CorpuskitError, OSError, ValueError, EOFError) as exc:
            yield Failure(source.location, f"cannot read: {exc}")


def _jsonl_items(path: str) -> Iterator[Item]:
    with open_input(path) as stream:
        for number, line in enumerate(stream, 1):
            if line and not line.isspace():
                yield Item(f"{path}:{number}", line)


def _parquet_items(path: str) -> Iterator[Item]:
    from corpuskit.io.parquet import require_pyarrow

    pa = require_pyarrow()
    table = pa.parquet.ParquetFile(path)
    number = 0
    for batch in table.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield Item(f"{path}#{number}", row)


def _published(value: object) -> float:
    if value is None:
        return math.nan
    if not isinstance(value, str):
        raise SchemaError(f"published must be an ISO date string or null, got {value!r}")
    try:
        if len(value) == 10:
            return posix_time(dt.date.fromisoformat(value))
        return posix_time(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError as exc:
        raise SchemaError(f"published is not an ISO date: {value!r}") from exc


def decode(item: Item) -> dict[str, Any]:
    """A record as a document's JSON object; SchemaError when it is not one."""
    if isinstance(item.data, dict):
        data = dict(item.data)
        data.setdefault("schema", SCHEMA)
        meta = data.get("meta")
        data["meta"] = orjson.loads(meta) if isinstance(meta, str) and meta else {}
    else:
        try:
            data = orjson.loads(item.data)
        except orjson.JSONDecodeError as exc:
            raise SchemaError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SchemaError(f"not a JSON object but {type(data).__name__}")
    paragraphs = data.get("paragraphs")
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        raise SchemaError("no 'paragraphs' list of strings: not a corpuskit document")
    if data.get("id") is not None and not isinstance(data["id"], str):
        raise SchemaError(f"id must be a string, got {data['id']!r}")
    return data


def _text(data: dict[str, Any], text: str) -> list[str]:
    paragraphs: list[str] = data["paragraphs"]
    if text == "raw":
        removed = [r.get("text", "") for r in data.get("removed") or () if isinstance(r, dict)]
        head = [data.get("title") or "", data.get("subtitle") or ""]
        return [*head, *paragraphs, *(t for t in removed if isinstance(t, str))]
    return paragraphs


def digest(item: Item, shingle: int, text: str = "body") -> Digest | Failure:
    """Decode and sign one record (what a worker does)."""
    try:
        data = decode(item)
        published = _published(data.get("published"))
    except CorpuskitError as exc:
        return Failure(item.location, exc.reason)
    paragraphs = _text(data, text)
    signature, shingles = sign(paragraphs, shingle)
    return Digest(
        signature=signature.tobytes(),
        shingles=shingles,
        length=sum(len(p) for p in data["paragraphs"]),
        published=published,
        id=data.get("id") or item.location,
    )


def _digest_batch(task: tuple[list[Item | Failure], int, str]) -> list[Digest | Failure]:
    items, shingle, text = task
    return [x if isinstance(x, Failure) else digest(x, shingle, text) for x in items]


def _batches(items: Iterator[Item | Failure], size: int) -> Iterator[list[Item | Failure]]:
    batch: list[Item | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _context() -> Any:
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def iter_digests(options: DedupOptions) -> Iterator[Digest | Failure]:
    """The first pass: every record signed, in input order, over ``options.jobs`` processes."""
    tasks = (
        (batch, options.shingle, options.text)
        for batch in _batches(iter_items(options.paths), BATCH)
    )
    if options.jobs <= 1:
        for task in tasks:
            yield from _digest_batch(task)
        return
    with _context().Pool(options.jobs) as pool:
        for result in pool.imap(_digest_batch, tasks):
            yield from result


# -- the run --------------------------------------------------------------------------------


def dedup(
    options: DedupOptions,
    *,
    on_error: Callable[[Failure], None] | None = None,
    out: Any = None,
) -> DedupResult:
    """Run a whole dedup: sign, cluster, write (to ``options.output``, or ``out``), report."""
    if options.output is None and options.fmt == "parquet":
        raise CorpuskitError("Parquet output needs an output file (-o)")
    store = SignatureStore()
    ids: list[str] = []
    failures: list[Failure] = []
    for result in iter_digests(options):
        if isinstance(result, Failure):
            failures.append(result)
            if on_error is not None:
                on_error(result)
            continue
        signature = np.frombuffer(result.signature, dtype=np.uint32)
        store.add(signature, result.shingles, result.length, result.published)
        ids.append(result.id)
    clusters = store.cluster(options.threshold, options.min_containment)
    result_ids = tuple(ids)
    written, largest = _second_pass(options, clusters, result_ids, out)
    return DedupResult(clusters, result_ids, tuple(failures), written, largest, options)


def annotation(clusters: Clusters, ids: tuple[str, ...], index: int) -> dict[str, Any]:
    """What ``meta.dedup`` says of document ``index``."""
    root = int(clusters.root[index])
    data: dict[str, Any] = {
        "cluster": ids[root],
        "representative": root == index,
        "size": int(clusters.size[index]),
        "similarity": round(float(clusters.similarity[index]), 3),
        "containment": round(float(clusters.containment[index]), 3),
    }
    overlaps = clusters.overlaps.get(index)
    if overlaps:
        data["partial"] = [
            {"cluster": ids[o.cluster], "containment": o.containment, "covered": o.covered}
            for o in overlaps
        ]
    return data


class _Writer:
    def __init__(self, options: DedupOptions, out: Any) -> None:
        self.fmt = options.fmt
        self._parquet: Any = None
        self._sink: Sink | None = None
        self._stream: Any = out
        if self.fmt == "parquet":
            from corpuskit.io.parquet import ParquetDocumentWriter

            self._parquet = ParquetDocumentWriter(str(options.output))
        elif options.output not in (None, "-"):
            self._sink = Sink(str(options.output))
        elif self._stream is None:
            self._stream = sys.stdout.buffer

    def write(self, data: dict[str, Any], dedup: dict[str, Any]) -> None:
        if self._parquet is not None:
            from corpuskit.model import Document

            meta = {**data.get("meta", {}), "dedup": dedup}
            document = Document.from_dict({**data, "meta": {}})
            self._parquet.write(evolve(document, meta=meta))
            return
        if self.fmt == "clusters":
            line = orjson.dumps({"id": data.get("id"), **dedup}) + b"\n"
        else:
            meta = dict(data.get("meta") or {})
            meta["dedup"] = dedup
            line = orjson.dumps({**data, "meta": meta}) + b"\n"
        if self._sink is not None:
            self._sink.write(line)
        else:
            self._stream.write(line)

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._sink is not None:
            self._sink.close()
        elif self._stream is not None:
            self._stream.flush()


def _second_pass(
    options: DedupOptions, clusters: Clusters, ids: tuple[str, ...], out: Any
) -> tuple[int, tuple[ClusterInfo, ...]]:
    """Write the documents with their clusters; gather titles of the largest clusters."""
    members = clusters.members()
    largest = sorted(members, key=lambda root: (-len(members[root]), root))[:LARGEST]
    wanted = {index: root for root in largest for index in members[root]}
    titles: dict[int, list[str]] = {root: [] for root in largest}
    sources: dict[int, list[str]] = {root: [] for root in largest}
    writer = _Writer(options, out) if options.output is not None or out is not None else None
    written = 0
    index = 0
    try:
        for item in iter_items(options.paths):
            if isinstance(item, Failure):
                continue
            try:
                data = decode(item)
                _published(data.get("published"))
            except CorpuskitError:
                continue
            if index >= len(ids):
                raise InputError("the input changed during the run")
            root = wanted.get(index)
            if root is not None:
                title = data.get("title")
                if isinstance(title, str) and title and title not in titles[root]:
                    titles[root].append(title)
                source = data.get("source")
                if isinstance(source, str) and source and source not in sources[root]:
                    sources[root].append(source)
            if writer is not None and (options.keep == "all" or clusters.is_representative(index)):
                writer.write(data, annotation(clusters, ids, index))
                written += 1
            index += 1
    finally:
        if writer is not None:
            writer.close()
    infos = tuple(
        ClusterInfo(ids[root], len(members[root]), tuple(titles[root][:3]), tuple(sources[root]))
        for root in largest
    )
    return written, infos
