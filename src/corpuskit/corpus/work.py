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
from contextlib import suppress
from typing import Any, NamedTuple

from attrs import field, frozen

from corpuskit.errors import CorpuskitError, InputError, PluginError
from corpuskit.io.outputs import Item, error_record, render
from corpuskit.io.records import Fields, Record, load
from corpuskit.pipeline import Parser
from corpuskit.plugins import PluginManager, create_manager

DOCUMENT = "document"
"""The :attr:`Job.fmt` that leaves documents as :class:`~corpuskit.Document` objects
(:func:`corpuskit.parse_many`); the formats of :func:`render` serve files."""


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of names from any iterable of them (typed, for attrs converters)."""
    return tuple(value)


@frozen
class Job:
    """Everything a worker needs to know about the run; small and picklable."""

    fmt: str = "jsonl"
    """What a document becomes in the worker: a format of :func:`render`, or :data:`DOCUMENT`."""
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
    learned: str | None = None
    """A folder of rules learnt from the run itself (``--learn``, :mod:`corpuskit.learn`)."""


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
            fmt = job.fmt
            item = document if fmt == DOCUMENT else render(document, fmt)
            return Outcome(True, item, record.size)
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
        is stopped by the process engine instead, which kills and replaces the worker. For
        many records, use :meth:`timed`, which installs the signal handler once.
        """
        with TimeLimit(self.job.timeout) as limit:
            return limit.run(self.process, record)

    def timed(self, records: Iterable[Record]) -> Iterator[Outcome]:
        """:meth:`process_timed` for each record, with the signal handler installed once.

        The handler is put back as it was when the iteration ends (or the generator is
        closed); between records, while the caller has the outcome, no timer runs.
        """
        process = self.process
        with TimeLimit(self.job.timeout) as limit:
            run = limit.run
            for record in records:
                yield run(process, record)


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
    if job.learned:
        from corpuskit.learn import PLUGIN, HostRules

        manager.add(HostRules.from_folder(job.learned), PLUGIN)
    return manager


def failure(record: Record, error: CorpuskitError) -> Outcome:
    """The outcome of a record that gave no document."""
    return Outcome(False, error_record(error, record.location), record.size)


def time_limit_reason(seconds: float) -> str:
    """What an error record says of a document stopped by the time limit, however stopped."""
    return f"parse took longer than {seconds:g} s (time limit); skipped"


def timed_out(doc_id: str | None, seconds: float) -> CorpuskitError:
    return InputError(time_limit_reason(seconds), document=doc_id)


class TimeLimit:
    """Raise DocumentTimeout in a call that overruns ``seconds`` (0: no limit), by SIGALRM.

    A context manager for a whole run of documents: entering installs the handler and leaving
    disarms the timer and puts the previous handler back; :meth:`run` only arms and disarms
    the timer around one call. Installing a handler per document (a look-up and two
    ``signal.signal`` calls) cost ten times the two ``setitimer`` calls, several percent of
    a one-process run. Signals reach the main thread only, so elsewhere there is no limit.
    """

    __slots__ = ("_active", "_previous", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._active = False
        self._previous: Callable[..., Any] | int | None = None

    def __enter__(self) -> TimeLimit:
        if self.seconds > 0 and threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGALRM, _alarm)
            self._active = True
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._active:
            return
        self._active = False
        signal.setitimer(_REAL, 0)
        previous = self._previous
        # None: a handler not installed from Python, which cannot be put back; the default.
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)

    def run(self, call: Callable[[Record], Outcome], record: Record) -> Outcome:
        """``call(record)``, stopped by DocumentTimeout once the limit has passed."""
        if not self._active:
            return call(record)
        _setitimer(_REAL, self.seconds)
        try:
            return call(record)
        finally:
            _setitimer(_REAL, 0)


_REAL = signal.ITIMER_REAL
_setitimer = signal.setitimer


def _alarm(signum: int, frame: object) -> None:
    raise DocumentTimeout
