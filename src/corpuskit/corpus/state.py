"""Resuming an interrupted run: a small state file beside the output, rewritten atomically.

After each checkpoint the writers have made their files durable up to known byte offsets (a
complete gzip member or zstd frame when compressed); the state file records those offsets and
how many input records they account for. A run killed at any moment (even ``kill -9``) leaves a
state file that matches a prefix of its output: ``--resume`` cuts the files back to the recorded
offsets, skips that many records, and carries on. Output is deterministic and in input order,
so the resumed file is byte-identical to an uninterrupted run's: no duplicates, no torn lines.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import orjson
from attrs import asdict, frozen

from corpuskit.errors import CorpuskitError

SUFFIX = ".resume.json"
VERSION = 1


class ResumeError(CorpuskitError):
    """A run cannot be resumed (no state, or it was started with different settings)."""


@frozen
class State:
    """How far a run got, as of its last checkpoint."""

    fingerprint: str
    records: int = 0
    documents: int = 0
    errors: int = 0
    output_offset: int = 0
    errors_offset: int = 0
    complete: bool = False
    version: int = VERSION


def state_path(output: str | Path) -> Path:
    """Where the state of a run writing ``output`` lives."""
    return Path(f"{output}{SUFFIX}")


def fingerprint(settings: dict[str, Any]) -> str:
    """A digest of everything that decides the output's bytes (not ``--jobs``: it does not)."""
    return hashlib.sha256(orjson.dumps(settings, option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]


def save(path: Path, state: State) -> None:
    """Write the state atomically: a reader sees the old state or the new one, never half."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(orjson.dumps(asdict(state)))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def load(path: Path, expected: str) -> State | None:
    """The saved state, ``None`` when there is none; ResumeError when it is for another run."""
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ResumeError(f"cannot read resume state {path}: {exc}") from exc
    try:
        state = State(**data)
    except TypeError as exc:
        raise ResumeError(f"resume state {path} is not one corpuskit wrote: {exc}") from exc
    if state.version != VERSION:
        raise ResumeError(f"resume state {path} has version {state.version}, not {VERSION}")
    if state.fingerprint != expected:
        raise ResumeError(
            f"{path} is the state of a run with other inputs or settings "
            "(inputs, --format, --input-format, fields, --source, plugins, corpuskit version); "
            "run without --resume to start over"
        )
    return state
