"""A corpus run: records in, documents and error records out, in input order, resumable.

read (:mod:`corpuskit.io.readers`) → engine (:mod:`.engine`: this process, a process pool, or
Ray; the same one :func:`corpuskit.parse_many` runs on) → writers
(:mod:`corpuskit.io.outputs`), with a checkpoint every few seconds (:mod:`.state`). The CLI's
``parse`` command is a thin wrapper around :func:`run`.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from attrs import asdict, field, frozen

from corpuskit._version import __version__
from corpuskit.corpus import state as resume_state
from corpuskit.corpus.engine import Engine, engine
from corpuskit.corpus.engine import EngineName as EngineName  # the CLI imports it from here
from corpuskit.corpus.progress import Progress
from corpuskit.corpus.work import Job, Outcome, Work, strings
from corpuskit.errors import CorpuskitError
from corpuskit.io.compression import Sink
from corpuskit.io.inputs import STDIN
from corpuskit.io.outputs import FORMATS, LINE_FORMATS, DocumentWriter, ItemWriter, write_error
from corpuskit.io.readers import InputFormat, expand, iter_records
from corpuskit.io.records import Fields, Record
from corpuskit.plugins import disabled_from_env

CHECKPOINT_SECONDS = 2.0
"""At most this often, the outputs are made durable and the resume state saved."""
FRAME_RECORDS = 512
"""Input records between checkpoint opportunities (and between compressed frames)."""
STDOUT = "-"


@frozen
class RunOptions:
    """A corpus run's settings: the CLI's ``parse`` options, for use from Python."""

    paths: tuple[str, ...] = field(converter=strings)
    output: str = STDOUT
    fmt: str = "jsonl"
    input_format: InputFormat = "auto"
    fields: Fields = field(factory=Fields)
    source: str | None = None
    errors: str | None = None
    """A JSON Lines file for error records; ``None`` reports them through ``on_error``."""
    jobs: int = 1
    engine: EngineName = "local"
    address: str | None = None
    """Ray cluster to join (``--address``); ``None`` starts a local one with ``jobs`` CPUs."""
    timeout: float = 60.0
    resume: bool = False
    progress: bool | None = None
    """Draw progress on stderr; ``None``: when stderr is a terminal."""
    disabled: tuple[str, ...] = field(default=(), converter=strings)
    plugins: tuple[str, ...] = field(default=(), converter=strings)
    """Extra plugin modules to load by import name (``--plugin``)."""
    rules: tuple[str, ...] = field(default=(), converter=strings)
    """Rules files to load as source plugins (``--rules``)."""
    learned: str | None = None
    """A folder of rules learnt from these inputs (``--learn``; see :mod:`corpuskit.learn`)."""
    chunk_size: int = 32
    checkpoint_seconds: float = CHECKPOINT_SECONDS
    """Least time between durable checkpoints (each costs an fsync of every output)."""


@frozen
class RunReport:
    """What a run did: every input record is one document or one error."""

    documents: int
    errors: int
    seconds: float
    bytes: int
    resumed: int = 0
    """Records already done by the interrupted run this one resumed (not counted above)."""
    replaced_workers: int = 0
    complete: bool = True


def run(
    options: RunOptions, *, on_error: Callable[[dict[str, Any]], None] | None = None
) -> RunReport:
    """Parse every record of ``options.paths`` and write the results; see :class:`RunOptions`."""
    _check(options)
    disabled = tuple(sorted(set(options.disabled) | disabled_from_env()))
    job = Job(
        fmt=options.fmt,
        fields=options.fields,
        source=options.source,
        timeout=options.timeout,
        disabled=disabled,
        plugins=options.plugins,
        rules=options.rules,
        learned=options.learned,
    )
    work = Work(job)  # load the plugins here: a broken one stops the run before it starts
    stateful = options.output != STDOUT and options.fmt in LINE_FORMATS
    digest = resume_state.fingerprint(_settings(options, disabled))
    state_file = resume_state.state_path(options.output) if stateful else None
    previous = _previous(options, state_file, digest)
    if previous is not None and previous.complete:
        return RunReport(0, 0, 0.0, 0, resumed=previous.records, complete=True)
    skip = previous.records if previous else 0
    records: Iterator[Record] = iter_records(options.paths, options.input_format)
    if skip:
        records = itertools.islice(records, skip, None)
    shown = _show_progress(options.progress)
    # The ETA needs the inputs' total size: a second walk of the inputs, made only when shown.
    progress = Progress(enabled=shown, total_bytes=_total_bytes(options) if shown else 0)
    if state_file is not None and previous is None:
        # State before the first byte of output: a run killed before its first checkpoint
        # leaves "nothing done yet", so a retry with --resume starts over instead of refusing.
        resume_state.save(state_file, resume_state.State(fingerprint=digest))
    outputs = _Outputs(options, previous)
    started = time.monotonic()
    engine = _engine(options, work)
    done = previous.records if previous else 0
    try:
        every = options.checkpoint_seconds
        next_checkpoint = started + every
        for outcome in engine.run(records):
            outputs.take(outcome, on_error)
            progress.update(outcome.ok, outcome.size)
            done += 1
            if done % FRAME_RECORDS == 0:
                # Compressed frames end at fixed record counts, never at times, so the output
                # is the same bytes however fast the run went, and whether it was resumed.
                if state_file is not None and time.monotonic() >= next_checkpoint:
                    outputs.checkpoint(state_file, digest, done)
                    next_checkpoint = time.monotonic() + every
                else:
                    outputs.end_frame()
    except BaseException:
        # Interrupted (Ctrl-C, a full disk): the last checkpoint stands, --resume carries on.
        outputs.abandon()
        raise
    finally:
        progress.close()
    outputs.finish(state_file, digest, done)
    replaced = engine.replaced
    return RunReport(
        documents=progress.documents,
        errors=progress.errors,
        seconds=time.monotonic() - started,
        bytes=progress.bytes,
        resumed=skip,
        replaced_workers=replaced,
    )


def _check(options: RunOptions) -> None:
    if options.fmt not in FORMATS:
        raise CorpuskitError(f"unknown format {options.fmt!r}; expected one of {FORMATS}")
    if options.fmt == "parquet" and options.output == STDOUT:
        raise CorpuskitError("Parquet output needs a file: give -o FILE.parquet")
    if options.resume and options.output == STDOUT:
        raise CorpuskitError("--resume needs an output file (-o), not stdout")
    if options.resume and options.fmt not in LINE_FORMATS:
        raise CorpuskitError(
            f"--resume works with {', '.join(LINE_FORMATS)} output; a {options.fmt} file "
            "cannot be appended to"
        )
    if options.jobs < 1:
        raise CorpuskitError("--jobs must be at least 1")
    if options.timeout < 0:
        raise CorpuskitError("--timeout must not be negative")


def _settings(options: RunOptions, disabled: tuple[str, ...]) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "paths": list(options.paths),
        "fmt": options.fmt,
        "input_format": options.input_format,
        "fields": asdict(options.fields),
        "source": options.source,
        "disabled": list(disabled),
        "plugins": list(options.plugins),
        "rules": [_digest_file(path) for path in options.rules],
        "errors": options.errors,
        "version": __version__,
    }
    if options.learned:  # added only when set, so earlier runs' fingerprints stay valid
        settings["learned"] = [
            _digest_file(str(path)) for path in sorted(Path(options.learned).glob("*.toml"))
        ]
    return settings


def _digest_file(path: str) -> str:
    """A rules file as the resume fingerprint sees it: its name and its content's digest."""
    try:
        return f"{path}:{hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]}"
    except OSError:
        return path


def _previous(
    options: RunOptions, state_file: Path | None, digest: str
) -> resume_state.State | None:
    if not options.resume or state_file is None:
        return None
    previous = resume_state.load(state_file, digest)
    if previous is None and Path(options.output).exists() and os.path.getsize(options.output):
        raise resume_state.ResumeError(
            f"cannot resume: {options.output} exists but {state_file} does not "
            "(no corpuskit run that can be resumed wrote it); run without --resume"
        )
    return previous


def _engine(options: RunOptions, work: Work) -> Engine:
    return engine(
        work.job,
        jobs=options.jobs,
        name=options.engine,
        address=options.address,
        chunk_size=options.chunk_size,
        work=work,
    )


def _show_progress(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return sys.stderr.isatty()


def _total_bytes(options: RunOptions) -> int:
    """Input size for the ETA when every input is a plain file (0: unknown)."""
    total = 0
    for source in expand(options.paths):
        if source.missing or source.location == STDIN:
            return 0
        try:
            size = os.path.getsize(source.location)
        except OSError:
            return 0
        if source.location.endswith((".gz", ".zst")):
            return 0  # compressed: progress counts decompressed bytes, so no ETA
        total += size
    return total


class _Outputs:
    """The documents writer and the errors file of one run, resumed or fresh."""

    def __init__(self, options: RunOptions, previous: resume_state.State | None) -> None:
        self.options = options
        self.errors_count = previous.errors if previous else 0
        self._sinks: list[Sink] = []
        self.writer = self._writer(previous)
        self.errors_out: Sink | None = None
        if options.errors:
            at = previous.errors_offset if previous else None
            self.errors_out = Sink(options.errors, append_at=at)
            self._sinks.append(self.errors_out)

    def _writer(self, previous: resume_state.State | None) -> ItemWriter:
        options = self.options
        if options.fmt == "parquet":
            from corpuskit.io.parquet import ParquetDocumentWriter

            return ParquetDocumentWriter(options.output)
        out: BinaryIO | Sink
        if options.output == STDOUT:
            out = sys.stdout.buffer
        else:
            at = previous.output_offset if previous else None
            out = Sink(options.output, append_at=at)
            self._sinks.append(out)
        count = previous.documents if previous else 0
        return DocumentWriter(out, options.fmt, count=count)

    def take(self, outcome: Outcome, on_error: Callable[[dict[str, Any]], None] | None) -> None:
        if outcome.ok:
            self.writer.write_item(outcome.item)
            return
        self.errors_count += 1
        if self.errors_out is not None:
            write_error(self.errors_out, outcome.item)
        if on_error is not None:
            on_error(outcome.item)

    def checkpoint(self, path: Path, digest: str, records: int) -> None:
        """Make the outputs durable and record how far they go."""
        output_offset = self.writer.checkpoint()
        self._save(path, digest, records, output_offset, complete=False)

    def _save(
        self, path: Path, digest: str, records: int, output_offset: int, *, complete: bool
    ) -> None:
        errors_offset = self.errors_out.checkpoint() if self.errors_out is not None else 0
        resume_state.save(
            path,
            resume_state.State(
                fingerprint=digest,
                records=records,
                documents=self.writer.count,
                errors=self.errors_count,
                output_offset=output_offset,
                errors_offset=errors_offset,
                complete=complete,
            ),
        )

    def end_frame(self) -> None:
        """End the current compressed frame without a durable checkpoint (cheap)."""
        for sink in self._sinks:
            sink.checkpoint(durable=False)

    def finish(self, path: Path | None, digest: str, records: int) -> None:
        """Complete the outputs (close a JSON array, write Parquet's footer); mark the run done."""
        self.writer.close()
        if path is not None:
            self._save(path, digest, records, self.writer.checkpoint(), complete=True)
        self._close_sinks()

    def abandon(self) -> None:
        """Close the files as they are, leaving the output open for --resume."""
        self._close_sinks()

    def _close_sinks(self) -> None:
        for sink in self._sinks:
            sink.close()
