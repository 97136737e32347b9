"""The local engines: in this process (``--jobs 1``) or in a pool of worker processes.

The pool sends *chunks* of records to workers and puts the results back in input order, so the
output is the same bytes for any number of jobs. Memory stays flat: at most
``2 * jobs + 1`` chunks are out at once, whatever the corpus size, and records are read from the
input only as chunks are sent.

Each worker publishes, in shared memory, which record it is on and since when. The main process
watches: a worker past the time limit on one record is killed (a parse stuck inside C code
cannot be interrupted any other way), the record becomes an error record, and the chunk is sent
again to a fresh worker with that record marked (*poisoned*) so it is not parsed again. A worker
that dies (a crash in an extension, the OOM killer) is handled the same way.
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.sharedctypes import SynchronizedArray
from typing import Any

from corpuskit.corpus.work import Job, Outcome, Work, time_limit_reason
from corpuskit.errors import CorpuskitError
from corpuskit.io.records import Record

CHUNK_RECORDS = 32
CHUNK_BYTES = 1 << 20
POLL_SECONDS = 0.25
MAX_RETRIES = 3
"""Times a chunk may be resent after its worker died without saying on which record."""

_preloaded: Work | None = None
"""The parent's Work, inherited by forked workers so they need not load plugins again."""


class Serial:
    """Outcomes in this process, one record at a time (the time limit by SIGALRM)."""

    replaced = 0

    def __init__(self, work: Work) -> None:
        self.work = work

    def run(self, records: Iterable[Record]) -> Iterator[Outcome]:
        return self.work.timed(records)


def chunks(records: Iterable[Record], size: int = CHUNK_RECORDS) -> Iterator[list[Record]]:
    """Records grouped for a worker: ``size`` records, or fewer when they are large."""
    chunk: list[Record] = []
    weight = 0
    for record in records:
        chunk.append(record)
        weight += record.size
        if len(chunk) >= size or weight >= CHUNK_BYTES:
            yield chunk
            chunk = []
            weight = 0
    if chunk:
        yield chunk


class _Task:
    __slots__ = ("number", "poisoned", "records", "retries")

    def __init__(self, number: int, records: list[Record]) -> None:
        self.number = number
        self.records = records
        self.poisoned: dict[int, str] = {}
        self.retries = 0


class _Worker:
    """One worker process, its pipe, its progress slot and the tasks it holds."""

    def __init__(self, context: Any, job: Job) -> None:
        # [task number, record index, since (0.0: idle), ready (1.0 once the parser is built)]
        self.progress: SynchronizedArray[float] = context.Array("d", 4, lock=False)
        parent, child = context.Pipe()
        self.conn: Connection = parent
        self.process = context.Process(
            target=_worker_main, args=(job, child, self.progress), daemon=True
        )
        self.process.start()
        child.close()
        self.tasks: deque[_Task] = deque()

    def send(self, task: _Task) -> None:
        self.tasks.append(task)
        self.conn.send_bytes(pickle.dumps((task.number, task.records, task.poisoned), 5))

    def current(self) -> tuple[int, float] | None:
        """(index in the first task, seconds on it) of the record being parsed, if any."""
        number, index, since = self.progress[0], self.progress[1], self.progress[2]
        if not self.tasks or since == 0.0 or int(number) != self.tasks[0].number:
            return None
        return int(index), time.monotonic() - since

    @property
    def ready(self) -> bool:
        """The worker got as far as building its parser."""
        return self.progress[3] == 1.0

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send_bytes(pickle.dumps(None))
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _worker_main(job: Job, conn: Connection, progress: SynchronizedArray[float]) -> None:
    work = _preloaded if _preloaded is not None and _preloaded.job == job else Work(job)
    progress[3] = 1.0
    while True:
        try:
            message = pickle.loads(conn.recv_bytes())
        except EOFError:
            return
        if message is None:
            return
        number, records, poisoned = message
        outcomes = []
        for index, record in enumerate(records):
            progress[0], progress[1], progress[2] = number, index, time.monotonic()
            reason = poisoned.get(index)
            if reason is not None:
                outcomes.append(work.refuse(record, reason))
            else:
                outcomes.append(work.process(record))
        progress[2] = 0.0
        conn.send_bytes(pickle.dumps((number, outcomes), 5))


class Pool:
    """``jobs`` worker processes turning records into outcomes, in input order."""

    def __init__(
        self,
        job: Job,
        jobs: int,
        *,
        chunk_size: int = CHUNK_RECORDS,
        preloaded: Work | None = None,
    ) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.job = job
        self.preloaded = preloaded
        """A Work for this job built here: forked workers inherit it instead of loading."""
        self.jobs = jobs
        self.chunk_size = chunk_size
        self.replaced = 0
        """Workers killed and replaced (time limit or crash), for the run report."""
        self._stillborn = 0
        """Workers in a row that died before building their parser."""

    def run(self, records: Iterable[Record]) -> Iterator[Outcome]:
        context = _context()
        if context.get_start_method() == "fork":
            global _preloaded
            if self.preloaded is not None and self.preloaded.job == self.job:
                _preloaded = self.preloaded
            elif _preloaded is None or _preloaded.job != self.job:
                _preloaded = Work(self.job)
        workers = [_Worker(context, self.job) for _ in range(self.jobs)]
        try:
            yield from self._drive(context, workers, chunks(records, self.chunk_size))
        finally:
            for worker in workers:
                worker.stop(kill=bool(worker.tasks))

    def _drive(
        self, context: Any, workers: list[_Worker], feed: Iterator[list[Record]]
    ) -> Iterator[Outcome]:
        done: dict[int, list[Outcome]] = {}
        sent = 0
        next_out = 0
        exhausted = False
        limit = 2 * self.jobs + 1
        while True:
            # Keep every worker two tasks deep, within the bound on tasks out.
            while not exhausted and sent - next_out < limit:
                worker = min(workers, key=lambda w: len(w.tasks))
                if len(worker.tasks) >= 2:
                    break
                batch = next(feed, None)
                if batch is None:
                    exhausted = True
                    break
                worker.send(_Task(sent, batch))
                sent += 1
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
            if exhausted and next_out == sent:
                return
            self._collect(context, workers, done)

    def _collect(
        self, context: Any, workers: list[_Worker], done: dict[int, list[Outcome]]
    ) -> None:
        busy = [w for w in workers if w.tasks]
        waits: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(waits, timeout=POLL_SECONDS))
        for worker in busy:
            if worker.conn in ready:
                try:
                    number, outcomes = pickle.loads(worker.conn.recv_bytes())
                except (EOFError, OSError):
                    self._replace(context, workers, worker, "worker process died")
                    continue
                task = worker.tasks.popleft()
                assert task.number == number
                done[number] = outcomes
            elif worker.process.sentinel in ready:
                code = worker.process.exitcode
                self._replace(context, workers, worker, f"worker process died (exit code {code})")
        timeout = self.job.timeout
        if timeout > 0:
            for worker in list(workers):
                current = worker.current()
                if current is not None and current[1] > timeout:
                    reason = time_limit_reason(timeout)
                    self._replace(context, workers, worker, reason, kill=True)

    def _replace(
        self,
        context: Any,
        workers: list[_Worker],
        worker: _Worker,
        reason: str,
        *,
        kill: bool = False,
    ) -> None:
        """Put a fresh worker in this one's place and give it this one's tasks again."""
        current = worker.current()
        tasks = list(worker.tasks)
        ready = worker.ready
        worker.stop(kill=True)
        if not ready:
            # Not the records' fault: the process could not start (a plugin that fails to
            # import in a fresh interpreter, a main module spawn cannot re-run...).
            self._stillborn += 1
            if self._stillborn > MAX_RETRIES:
                raise CorpuskitError(
                    f"worker processes die before they can parse anything ({reason}); "
                    "run with --jobs 1 to see why"
                )
        else:
            self._stillborn = 0
        if tasks and ready:
            first = tasks[0]
            if current is not None:
                first.poisoned[current[0]] = reason
            else:
                first.retries += 1
                if first.retries > MAX_RETRIES:
                    # It keeps dying and we cannot tell where: give up on the first record left.
                    left = [i for i in range(len(first.records)) if i not in first.poisoned]
                    if left:
                        first.poisoned[left[0]] = reason
                    first.retries = 0
        fresh = _Worker(context, self.job)
        workers[workers.index(worker)] = fresh
        self.replaced += 1
        for task in tasks:
            fresh.send(task)


def _context() -> Any:
    """fork where it is safe (no other threads yet), so workers start at once; else spawn."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")
