"""Compressed files in and out: gzip and zstd, chosen by magic number on input, by name on output.

Two promises the rest of corpuskit relies on:

* a truncated or corrupt compressed input raises :class:`~corpuskit.errors.InputError` instead
  of ending quietly (the zstandard library's stream reader returns a cut-off last frame without
  complaint, so zstd is decoded frame by frame here and an unfinished frame is an error);
* an output can be *checkpointed*: everything written before the checkpoint is a complete gzip
  member or zstd frame, flushed to disk, at a byte offset the caller records. Concatenated gzip
  members and zstd frames are valid files, so a run killed after a checkpoint can cut its output
  back to that offset and carry on appending (see :mod:`corpuskit.corpus.state`).
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import zstandard

from corpuskit.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
CHUNK = 1 << 16
SINK_BUFFER = 1 << 20
"""Bytes a :class:`Sink` gathers before a write to its file. The default (the file system's
block, often 4 KB) is less than two documents: a system call for nearly every one."""
COMPRESSED_SUFFIXES = (".gz", ".zst")


def compression_of(head: bytes) -> str | None:
    """``"gzip"``, ``"zstd"`` or ``None`` for the first bytes of a file."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def decompress(data: bytes) -> bytes:
    """Whole-file bytes decompressed when they are gzip or zstd (by magic number)."""
    kind = compression_of(data[:4])
    if kind is None:
        return data
    return read_all(io.BytesIO(data))


def read_all(stream: BinaryIO) -> bytes:
    """Everything a (possibly compressed) stream holds, decompressed."""
    kind = compression_of(_peek(stream, 4)) or "compressed"
    try:
        with open_stream(stream) as reader:
            return reader.read()
    except InputError:
        raise
    except (OSError, EOFError, zlib.error, zstandard.ZstdError) as exc:
        raise InputError(f"broken {kind} data: {exc}") from exc


def open_input(path: str | Path) -> BinaryIO:
    """A file opened for reading, decompressed transparently by its magic number."""
    try:
        # A buffer of CHUNK, not the file system's block (often 4 KB, less than two JSON Lines
        # records): one read for dozens of records rather than one for nearly each.
        raw = open(path, "rb", buffering=CHUNK)  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if compression_of(_peek(raw, 4)) == "gzip":
        # GzipFile leaves a file object it was given open: let it own the file instead.
        raw.close()
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open_stream(raw)


def open_stream(raw: BinaryIO) -> BinaryIO:
    """``raw`` decompressed by its magic number (it must support ``peek`` or ``seek``)."""
    head = _peek(raw, 4)
    kind = compression_of(head)
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "zstd":
        return io.BufferedReader(_ZstdReader(raw), CHUNK)
    return raw


def _peek(raw: BinaryIO, size: int) -> bytes:
    peek = getattr(raw, "peek", None)
    if peek is not None:
        return bytes(peek(size)[:size])
    at = raw.tell()
    head = raw.read(size)
    raw.seek(at)
    return head


class _ZstdReader(io.RawIOBase):
    """zstd frames one after another; an input ending inside a frame raises InputError."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._chunks = self._decode()
        self._pending = b""

    def readable(self) -> bool:
        return True

    def _decode(self) -> Iterator[bytes]:
        decompressor = zstandard.ZstdDecompressor()
        obj = decompressor.decompressobj()
        fed = False
        while True:
            data = self._raw.read(CHUNK)
            if not data:
                break
            while data:
                out = obj.decompress(data)
                fed = True
                if out:
                    yield out
                if obj.eof:
                    data = obj.unused_data
                    obj = decompressor.decompressobj()
                    fed = False
                else:
                    data = b""
        if fed and not obj.eof:
            raise InputError("broken zstd data: the stream ends inside a frame (truncated)")

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
            except zstandard.ZstdError as exc:
                raise InputError(f"broken zstd data: {exc}") from exc
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


class Sink:
    """A binary output file that can be checkpointed (see the module docstring).

    Compression follows the name: ``.gz`` gzip, ``.zst`` zstd, anything else plain. With
    ``append_at`` the file is cut back to that offset (a checkpoint of an earlier run) and
    writing continues from there.
    """

    def __init__(self, path: str | Path, *, append_at: int | None = None, level: int = 3) -> None:
        self.path = Path(path)
        name = self.path.name.lower()
        self.compression = (
            "gzip" if name.endswith(".gz") else "zstd" if name.endswith(".zst") else None
        )
        self._file: BinaryIO
        if not append_at:  # None, or 0: from the start (the file may not exist yet)
            self._file = open(self.path, "wb", buffering=SINK_BUFFER)  # noqa: SIM115 - close()
        else:
            self._file = open(self.path, "r+b", buffering=SINK_BUFFER)  # noqa: SIM115
            self._file.truncate(append_at)
            self._file.seek(append_at)
        self._level = level
        self._zstd = zstandard.ZstdCompressor(level=level) if self.compression == "zstd" else None
        self._encoder: zlib._Compress | zstandard.ZstdCompressionObj | None = None
        self._dirty = False

    def write(self, data: bytes) -> None:
        if not data:
            return
        self._dirty = True
        if self.compression is None:
            self._file.write(data)
            return
        if self._encoder is None:
            self._encoder = self._new_encoder()
        self._file.write(self._encoder.compress(data))

    def _new_encoder(self) -> zlib._Compress | zstandard.ZstdCompressionObj:
        if self._zstd is not None:
            return self._zstd.compressobj()
        return zlib.compressobj(self._level if self._level <= 9 else 9, zlib.DEFLATED, 31)

    def checkpoint(self, *, durable: bool = True) -> int:
        """Close the current member/frame, flush (and fsync), return the byte offset reached."""
        if self._encoder is not None:
            self._file.write(self._encoder.flush())
            self._encoder = None
        self._file.flush()
        if durable and self._dirty:
            os.fsync(self._file.fileno())
        self._dirty = False
        return self._file.tell()

    def close(self) -> None:
        if not self._file.closed:
            self.checkpoint(durable=False)
            self._file.close()
