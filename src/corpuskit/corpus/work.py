"""What every worker does with a record: load it, parse it, render the result.

The same :class:`Work` runs in the main process (``--jobs 1``), in each worker process and in
each Ray task, so the three engines give byte-identical output. A record's outcome is either a
rendered document or an error record; nothing else leaves a worker, and no exception does.
"""

from __future__ import annotations

import importlib
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, NamedTuple

from attrs import field, frozen

from corpuskit.errors import CorpuskitError, InputError, PluginError
from corpuskit.io.outputs import Item, error_record, render
from corpuskit.io.records import Fields, Record, load
from corpuskit.pipeline import Parser
from corpuskit.plugins import PluginManager, create_manager


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of names from any iterable of them (typed, for attrs converters)."""
    return tuple(value)


@frozen
class Job:
    """Everything a worker needs to know about the run; small and picklable."""

    fmt: str = "jsonl"
    fields: Fields = field(factory=Fields)
    source: str | None = None
    timeout: float = 0.0
    """Seconds one document may take; 0 for no limit."""
    disabled: tuple[str, ...] = field(default=(), converter=strings)
    """Plugins to leave out, as ``CORPUSKIT_DISABLE_PLUGINS`` (read once, in the main process)."""
    plugins: tuple[str, ...] = field(default=(), converter=strings)
    """Extra plugin modules to register by import name (``--plugin``), installed or not."""
    rules: tuple[str, ...] = field(default=(), converter=strings)
    """Rules files (``--rules``) to register as source plugins (see :mod:`corpuskit.rules`)."""


class Outcome(NamedTuple):
    """One record's result: a rendered document (``ok``) or an error record.

    A named tuple: outcomes cross process boundaries by the thousand, and tuples pickle fast.
    """

    ok: bool
    item: Item
    """The rendered document when ``ok``, else the error record (a dict)."""
    size: int = 0


class DocumentTimeout(BaseException):
    """Raised inside a parse that overran its time limit (``--jobs 1`` and Ray tasks).

    A BaseException, like KeyboardInterrupt, so that no plugin's ``except Exception`` and not
    the parser's own error wrapping can swallow it.
    """


class Work:
    """A parser set up for one run, turning records into outcomes."""

    def __init__(self, job: Job, parser: Parser | None = None) -> None:
        self.job = job
        self.parser = parser or Parser(_manager(job))

    def process(self, record: Record) -> Outcome:
        """One record's outcome; never raises for anything the record holds."""
        job = self.job
        doc_id = record.id
        try:
            loaded = load(record, job.fields)
            doc_id = loaded.id
            document = self.parser.parse(
                loaded.raw, id=loaded.id, url=loaded.url, kind=loaded.kind, source=job.source
            )
            return Outcome(True, render(document, job.fmt), record.size)
        except CorpuskitError as exc:
            return failure(record, exc.for_document(doc_id))
        except DocumentTimeout:
            return failure(record, timed_out(doc_id, job.timeout))

    def refuse(self, record: Record, reason: str) -> Outcome:
        """The error outcome of a record not to be parsed (it hung or crashed a worker)."""
        doc_id: str | None = record.id
        with suppress(CorpuskitError):
            doc_id = load(record, self.job.fields).id
        return failure(record, InputError(reason, document=doc_id))

    def process_timed(self, record: Record) -> Outcome:
        """:meth:`process` under the job's time limit, enforced with SIGALRM where possible.

        A signal interrupts Python code only: a parse stuck inside a C call (a regex, lxml)
        is stopped by the process engine instead, which kills and replaces the worker.
        """
        with time_limit(self.job.timeout):
            return self.process(record)


def _manager(job: Job) -> PluginManager:
    manager = create_manager(disabled=set(job.disabled))
    for name in job.plugins:
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            raise PluginError(f"cannot import plugin module {name!r}: {exc}") from exc
        if manager.get_plugin(name) is None:
            manager.add(module, name)
    if job.rules:
        from corpuskit.rules import register_rules

        register_rules(manager, job.rules)
    return manager


def failure(record: Record, error: CorpuskitError) -> Outcome:
    """The outcome of a record that gave no document."""
    return Outcome(False, error_record(error, record.location), record.size)


def time_limit_reason(seconds: float) -> str:
    """What an error record says of a document stopped by the time limit, however stopped."""
    return f"parse took longer than {seconds:g} s (time limit); skipped"


def timed_out(doc_id: str | None, seconds: float) -> CorpuskitError:
    return InputError(time_limit_reason(seconds), document=doc_id)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after ``seconds`` (main thread only; 0: no limit)."""
    usable = seconds > 0 and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous: Callable[..., Any] | int | None = signal.getsignal(signal.SIGALRM)
    if previous is not _alarm:
        signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if previous is not _alarm:
            signal.signal(signal.SIGALRM, previous)


def _alarm(signum: int, frame: object) -> None:
    raise DocumentTimeout
