"""Finding inputs: files, folders (recursively, in a stable order) and ``-`` for stdin.

Inputs are yielded lazily and in a deterministic order (sorted paths within each folder), so
the same command over the same tree always writes the same bytes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import frozen

from corpuskit.errors import InputError
from corpuskit.pipeline import document_id, read_bytes

STDIN = "-"


@frozen
class Source:
    """One input to parse: where it is, the id its document gets, and how to get its bytes."""

    location: str
    id: str
    missing: bool = False

    def read(self) -> bytes:
        """The input's bytes (gunzipped); InputError when it cannot be read."""
        if self.missing:
            raise InputError("no such file or folder")
        if self.location == STDIN:
            return sys.stdin.buffer.read()
        return read_bytes(Path(self.location))


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Each input file under ``paths``; a path that does not exist is yielded as ``missing``.

    Missing paths are yielded rather than raised so that they become error records in order,
    like any other input that cannot be read.
    """
    for raw in paths:
        if raw == STDIN:
            yield Source(STDIN, "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not _hidden(d))
                for name in sorted(files):
                    if not _hidden(name):
                        file = Path(root) / name
                        yield Source(str(file), document_id(file))
        elif path.exists():
            yield Source(str(path), document_id(path))
        else:
            yield Source(raw, document_id(path), missing=True)
