"""Many pages in, one outcome each out, in input order: :func:`parse_many`.

    import corpuskit
    for outcome in corpuskit.parse_many(pages, jobs=2):
        if isinstance(outcome, corpuskit.Failure):
            print(outcome.index, outcome.id, outcome.reason)
        else:
            outcome.title, outcome.paragraphs

It runs on the engine of ``corpuskit parse`` (:func:`corpuskit.corpus.engine.engine`): the same
per-document time limit, the same worker processes that are killed and replaced when one hangs
or dies. It is lazy: records are read from the input only as workers need them (a bounded
number ahead), so a generator over a crawl of any size is fine. Leaving the loop early (or
closing the iterator) stops the workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeAlias

from attrs import frozen

from corpuskit.corpus.engine import EngineName, engine
from corpuskit.corpus.local import CHUNK_RECORDS
from corpuskit.corpus.work import DOCUMENT, Job
from corpuskit.io.records import Fields, Record
from corpuskit.io.records import _scalar as scalar
from corpuskit.model import Document, InputKind
from corpuskit.plugins import disabled_from_env

RawRecord: TypeAlias = "str | bytes | Mapping[str, Any]"
"""A page as :func:`parse_many` takes it: its text or HTML, or a mapping with the page under
``text`` or ``html`` (names set by ``fields``) and optionally ``id``, ``url`` and ``kind``."""

DEFAULT_FIELDS = Fields(text="text", html="html", id="id", url="url")
"""A mapping's keys: its HTML under ``html`` (used when it is a non-empty string), else its
text under ``text``; ``id`` and ``url`` beside them."""

_KINDS: frozenset[str] = frozenset({"text", "html"})


@frozen
class Failure:
    """A record that gave no document: which one, and why.

    ``index`` is the record's position in the input (from 0), ``id`` its id when it had one;
    ``error`` is the exception class that stopped it (``InputError``, ``PluginError``...).
    """

    index: int
    id: str | None
    reason: str
    error: str = "InputError"

    def __str__(self) -> str:
        name = f" ({self.id})" if self.id else ""
        return f"record {self.index}{name}: {self.reason}"


Outcome: TypeAlias = "Document | Failure"


def parse_many(
    records: Iterable[RawRecord],
    *,
    jobs: int = 1,
    timeout: float = 60.0,
    source: str | None = None,
    kind: InputKind | None = None,
    fields: Fields = DEFAULT_FIELDS,
    plugins: Iterable[str] = (),
    rules: Iterable[str] = (),
    disabled: Iterable[str] = (),
    engine_name: EngineName = "local",
    address: str | None = None,
    chunk_size: int = CHUNK_RECORDS,
) -> Iterator[Document | Failure]:
    """A :class:`~corpuskit.Document` or a :class:`Failure` for each record, in input order.

    ``records`` is any iterable (a list, a generator, a file's lines...) of pages: ``str`` or
    ``bytes`` (decoded as :func:`corpuskit.parse` does) or mappings (see :data:`RawRecord`).
    ``jobs`` worker processes parse (1: this process); ``timeout`` is the seconds one document
    may take before it becomes a Failure (0: no limit), enforced as ``corpuskit parse
    --timeout`` does. ``kind`` is the input kind of pages given as ``str``/``bytes`` (``None``:
    judged by content); a mapping's ``html`` is HTML and its ``text`` text, as in ``corpuskit
    parse`` of JSON Lines, unless it has a ``kind`` ("html", "text", or ``None``: judged).
    ``source``, ``plugins``, ``rules`` and ``disabled`` are the options of ``corpuskit parse``
    of the same names; ``engine_name="ray"`` runs on Ray (the ray extra).

    Nothing a record holds raises: empty, binary, undecodable or hanging pages come out as
    Failures. Broken settings (a plugin that cannot be imported, ``jobs < 1``) raise
    :class:`~corpuskit.CorpuskitError` or ValueError when iteration starts.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if timeout < 0:
        raise ValueError("timeout must not be negative")
    job = Job(
        fmt=DOCUMENT,
        fields=fields,
        source=source,
        timeout=timeout,
        disabled=tuple(sorted(set(disabled) | disabled_from_env())),
        plugins=tuple(plugins),
        rules=tuple(rules),
    )
    return _outcomes(records, job, kind, jobs, engine_name, address, chunk_size)


def _outcomes(
    raw: Iterable[RawRecord],
    job: Job,
    kind: InputKind | None,
    jobs: int,
    engine_name: EngineName,
    address: str | None,
    chunk_size: int,
) -> Iterator[Document | Failure]:
    runner = engine(job, jobs=jobs, name=engine_name, address=address, chunk_size=chunk_size)
    fields = job.fields
    records = (to_record(index, item, fields, kind) for index, item in enumerate(raw))
    for index, outcome in enumerate(runner.run(records)):
        if outcome.ok:
            yield outcome.item
        else:
            error = outcome.item
            yield Failure(index, error["id"], error["reason"], error["error"])


def to_record(
    index: int, raw: RawRecord, fields: Fields = DEFAULT_FIELDS, kind: InputKind | None = None
) -> Record:
    """The engine's record for the ``index``-th page given to :func:`parse_many`.

    Cheap: the page is not decoded or parsed here (that happens in the worker); a record that
    cannot be a page becomes one with a ``problem``, which the worker turns into a Failure.
    """
    location = f"record {index}"
    if isinstance(raw, str | bytes):
        return Record(location, None, data=raw, kind=kind, size=len(raw))
    if not isinstance(raw, Mapping):
        problem = f"a record must be str, bytes or a mapping, not {type(raw).__name__}"
        return Record(location, None, problem=problem)
    doc_id = scalar(raw.get(fields.id))
    url = scalar(raw.get(fields.url))
    page: Any = raw.get(fields.html) if fields.html else None
    record_kind: InputKind | None
    if isinstance(page, str | bytes) and page.strip():
        record_kind = "html"
    else:
        page = raw.get(fields.text)
        # As in `corpuskit parse` of JSON Lines: the text field holds text, unless the record
        # says otherwise (``"kind": None`` for judged by content).
        given = raw.get("kind", "text")
        record_kind = given if given in _KINDS else None
    if not isinstance(page, str | bytes):
        wanted = f"{fields.text!r}" + (f" or {fields.html!r}" if fields.html else "")
        problem = (
            f"record has no {wanted} field"
            if page is None
            else f"field {fields.text!r} is {type(page).__name__}, not a string"
        )
        return Record(location, doc_id, url=url, problem=problem)
    return Record(location, doc_id, data=page, url=url, kind=record_kind, size=len(page))


__all__ = ["DEFAULT_FIELDS", "Failure", "Outcome", "RawRecord", "parse_many", "to_record"]
