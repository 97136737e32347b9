"""A one-line progress report on stderr: documents, docs/s, MB/s, errors and, when the input
size is known, an ETA. Redrawn at most twice a second, so it costs nothing next to parsing."""

from __future__ import annotations

import sys
import time
from typing import TextIO

INTERVAL = 0.5


class Progress:
    """Counts outcomes and redraws a status line; silent when not ``enabled``."""

    def __init__(
        self, *, enabled: bool, total_bytes: int = 0, stream: TextIO | None = None
    ) -> None:
        self.enabled = enabled
        self.total_bytes = total_bytes
        self.stream = stream if stream is not None else sys.stderr
        self.documents = 0
        self.errors = 0
        self.bytes = 0
        self.started = time.monotonic()
        self._next = self.started + INTERVAL
        self._drawn = False

    def update(self, ok: bool, size: int) -> None:
        if ok:
            self.documents += 1
        else:
            self.errors += 1
        self.bytes += size
        if self.enabled and (self.documents + self.errors) % 64 == 0:
            now = time.monotonic()
            if now >= self._next:
                self._next = now + INTERVAL
                self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The status line as it would be drawn now."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        done = self.documents + self.errors
        parts = [
            f"{done:,} records",
            f"{done / elapsed:,.0f} docs/s",
            f"{self.bytes / elapsed / 1e6:.1f} MB/s",
            f"{self.errors:,} errors",
        ]
        if self.total_bytes and self.bytes:
            left = max(self.total_bytes - self.bytes, 0) * elapsed / self.bytes
            parts.append(f"ETA {_clock(left)}")
        return "corpuskit: " + "  ".join(parts)

    def _draw(self, now: float) -> None:
        self.stream.write("\r\x1b[K" + self.line(now))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
