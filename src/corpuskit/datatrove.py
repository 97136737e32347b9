"""corpuskit as a datatrove pipeline step: :class:`CorpuskitExtractor`.

datatrove is optional (``pip install 'corpuskit[datatrove]'``); importing this module without it
raises :class:`~corpuskit.extras.MissingExtra`, saying so. ::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from corpuskit.datatrove import CorpuskitExtractor

    LocalPipelineExecutor(
        [WarcReader("crawl/"), CorpuskitExtractor(), JsonlWriter("clean/")], tasks=2
    ).run()

Each document's ``text`` (the page's HTML or text) becomes the clean body (paragraphs separated
by a blank line) and its ``metadata`` gains ``title``, ``subtitle``, ``authors``, ``published``
(ISO 8601), ``source`` and ``removed`` (one ``{kind, text, start, end, plugin}`` per removed
item, offsets into the page's text). The parse runs on :func:`corpuskit.parse_many`, so the
time limit and worker handling are those of ``corpuskit parse``.

A document that gives no article follows datatrove's conventions for dropped documents: it is
not passed on, it counts in the step's stats (``dropped`` and ``dropped_timeout``,
``dropped_error`` or ``dropped_empty``; ``total`` and ``forwarded`` as usual), the first of each
kind is logged, and with ``exclusion_writer`` (as datatrove's filters take) it is written there
unchanged, with ``metadata["corpuskit_error"]`` giving the reason.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import nullcontext
from typing import Any

from corpuskit.extras import require

require("datatrove", "datatrove", "corpuskit.datatrove")

from datatrove.data import Document as DatatroveDocument  # noqa: E402
from datatrove.data import DocumentsPipeline  # noqa: E402
from datatrove.pipeline.extractors.base import BaseExtractor  # noqa: E402
from datatrove.pipeline.writers.disk_base import DiskWriter  # noqa: E402
from datatrove.utils.logging import logger  # noqa: E402
from datatrove.utils.typeshelper import StatHints  # noqa: E402

from corpuskit.corpus.work import time_limit_reason  # noqa: E402
from corpuskit.model import Document, InputKind  # noqa: E402
from corpuskit.schema import SCHEMA  # noqa: E402
from corpuskit.stream import Failure, parse_many  # noqa: E402

ERROR_KEY = "corpuskit_error"
"""The metadata key of a dropped document's reason (in the exclusion writer's output)."""


class CorpuskitExtractor(BaseExtractor):  # type: ignore[misc]
    """Replace each document's HTML or text with its clean body; the facts go to metadata.

    ``timeout`` is the seconds one document may take (0: no limit), ``jobs`` the worker
    processes per task (1: parse in the task's own process, the usual choice when datatrove
    runs one task per core). ``kind`` says what ``text`` holds ("html" or "text"; ``None``:
    judged by content). ``source``, ``plugins``, ``rules`` and ``disabled`` are those of
    ``corpuskit parse``. Dropped documents go to ``exclusion_writer`` when given.
    """

    name = "📰 corpuskit"

    def __init__(
        self,
        *,
        timeout: float = 60.0,
        jobs: int = 1,
        kind: InputKind | None = None,
        source: str | None = None,
        plugins: Iterable[str] = (),
        rules: Iterable[str] = (),
        disabled: Iterable[str] = (),
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__(timeout=timeout)
        self.jobs = jobs
        self.kind: InputKind | None = kind
        self.source = source
        self.plugins = tuple(plugins)
        self.rules = tuple(rules)
        self.disabled = tuple(disabled)
        self.exclusion_writer = exclusion_writer
        self._warned: set[str] = set()

    def extract(self, text: str) -> str:
        """The clean body of one page (datatrove's extractor interface); "" when it has none."""
        for outcome in self._parse([{"text": text, "kind": self.kind}]):
            return "" if isinstance(outcome, Failure) else outcome.body
        return ""

    def _parse(self, records: Iterable[Mapping[str, Any]]) -> Iterator[Document | Failure]:
        return parse_many(
            records,
            jobs=self.jobs,
            timeout=self.timeout,
            kind=self.kind,
            source=self.source,
            plugins=self.plugins,
            rules=self.rules,
            disabled=self.disabled,
        )

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pending: deque[DatatroveDocument] = deque()
        upstream = [0.0]  # seconds spent in the steps before this one, to leave out of ours

        def records() -> Iterator[dict[str, Any]]:
            source = iter(data or ())
            while True:
                started = time.perf_counter()
                doc = next(source, None)
                upstream[0] += time.perf_counter() - started
                if doc is None:
                    return
                pending.append(doc)
                url = doc.metadata.get("url")
                yield {"text": doc.text, "id": record_id(doc.id), "url": url, "kind": self.kind}

        writer_context = self.exclusion_writer or nullcontext()
        with writer_context as writer:
            outcomes = self._parse(records())
            while True:
                started = time.perf_counter()
                upstream[0] = 0.0
                outcome = next(outcomes, None)
                if outcome is None:
                    return
                self.stats.time_stats.update(time.perf_counter() - started - upstream[0])
                doc = pending.popleft()
                self.stat_update(StatHints.total)
                if isinstance(outcome, Failure):
                    self._drop(doc, writer, rank, _category(outcome, self.timeout), outcome.reason)
                elif not outcome.paragraphs:
                    self._drop(doc, writer, rank, "empty", "no article body found")
                else:
                    doc.text = outcome.body
                    doc.metadata.update(metadata(outcome))
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc

    def _drop(
        self, doc: DatatroveDocument, writer: Any, rank: int, category: str, reason: str
    ) -> None:
        self.stat_update(StatHints.dropped)
        self.stat_update(f"dropped_{category}")
        if category not in self._warned:
            self._warned.add(category)
            logger.warning(
                f"corpuskit dropped {doc.id}: {reason} (the first dropped_{category}; "
                "the rest are counted in the stats)"
            )
        if writer is not None:
            doc.metadata[ERROR_KEY] = reason
            writer.write(doc, rank)


def _category(failure: Failure, timeout: float) -> str:
    return "timeout" if timeout and failure.reason == time_limit_reason(timeout) else "error"


def record_id(doc_id: str) -> str:
    """The corpuskit id of a datatrove document: a WARC-Record-ID loses its angle brackets,
    as ``corpuskit parse`` gives it."""
    if doc_id.startswith("<") and doc_id.endswith(">"):
        return doc_id[1:-1]
    return doc_id


def metadata(document: Document) -> dict[str, Any]:
    """What :class:`CorpuskitExtractor` adds to a datatrove document's metadata."""
    return {
        "title": document.title,
        "subtitle": document.subtitle,
        "authors": list(document.authors),
        "published": document.published.isoformat() if document.published else None,
        "source": document.source,
        "removed": [
            {"kind": r.kind, "text": r.text, "start": r.start, "end": r.end, "plugin": r.plugin}
            for r in document.removed
        ],
    }


def to_document(doc: DatatroveDocument | Mapping[str, Any]) -> Document:
    """The corpuskit Document back from the step's output: a datatrove Document, or a line of
    its JSONL writer as a dict. ``meta`` (facts about the parse) is not carried, so it is
    empty."""
    if isinstance(doc, Mapping):
        text, doc_id, meta = doc["text"], doc["id"], doc.get("metadata", {})
    else:
        text, doc_id, meta = doc.text, doc.id, doc.metadata
    data = {
        "schema": SCHEMA,
        "id": record_id(doc_id),
        "url": meta.get("url"),
        "source": meta.get("source"),
        "title": meta.get("title"),
        "subtitle": meta.get("subtitle"),
        "authors": meta.get("authors", []),
        "published": meta.get("published"),
        "paragraphs": text.split("\n\n") if text else [],
        "removed": [dict(r) for r in meta.get("removed", [])],
        "meta": {},
    }
    return Document.from_dict(data)


__all__ = ["ERROR_KEY", "CorpuskitExtractor", "metadata", "record_id", "to_document"]
