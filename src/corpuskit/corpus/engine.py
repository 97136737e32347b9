"""The one engine: records in, outcomes out, in input order, under the run's time limit.

Every way into corpuskit's batch parsing goes through :func:`engine`: the ``parse`` command (by
way of :func:`corpuskit.corpus.run`), :func:`corpuskit.parse_many`, and the datatrove and
Hugging Face integrations (which use :func:`corpuskit.parse_many`). It picks where the records
are parsed: this process (``jobs=1``), a pool of worker processes (:mod:`.local`), or Ray.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal, Protocol

from corpuskit.corpus.local import CHUNK_RECORDS, Pool, Serial
from corpuskit.corpus.work import Job, Outcome, Work
from corpuskit.io.records import Record

EngineName = Literal["local", "ray"]

_works: dict[Job, Work] = {}


class Engine(Protocol):
    """Turns records into outcomes, in input order."""

    replaced: int
    """Workers replaced after a time-out or a crash."""

    def run(self, records: Iterable[Record]) -> Iterator[Outcome]: ...


def work_for(job: Job) -> Work:
    """This process's :class:`Work` for ``job``, built once (plugins load once per process)."""
    work = _works.get(job)
    if work is None:
        work = _works[job] = Work(job)
    return work


def engine(
    job: Job,
    *,
    jobs: int = 1,
    name: EngineName = "local",
    address: str | None = None,
    chunk_size: int = CHUNK_RECORDS,
    work: Work | None = None,
) -> Engine:
    """The engine for a run: in this process, in ``jobs`` worker processes, or on Ray.

    ``work`` is this process's parser for ``job`` when the caller built one already (the
    corpus runner does, so that a broken plugin stops the run before it starts).
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if name == "ray":
        from corpuskit.ray import RayEngine

        return RayEngine(job, jobs=jobs, address=address)
    if work is None:
        work = work_for(job)
    if jobs == 1:
        return Serial(work)
    return Pool(job, jobs, chunk_size=chunk_size, preloaded=work)
