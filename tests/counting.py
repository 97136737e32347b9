"""Measure how work grows with the input, so linear-time tests never depend on a busy machine.

A test that says "this takes under 3 s" fails when another process holds a core or coverage
slows the interpreter, and passes a quadratic algorithm on a fast machine. These tests run the
code on an input of size n and one of size 4n instead, and compare the work: linear code does
about 4 times as much, quadratic code about 16 times. Calls are held under 8 (a factor of 2 of
slack on either side); CPU time, which the processor's caches and a busy machine stretch, under
10.

Two measures, because neither sees everything:

- :func:`calls`: every Python and built-in function call made, counted by :mod:`cProfile`.
  Exact: the same count on any machine, under any load, run after run. It does not see work
  done inside one call: a regex scanning the page, a loop that calls nothing.
- :func:`cpu`: the CPU time of the calling thread, the least of a few runs. Python's regex
  engine counts none of its steps where a test can read them, so this is the only measure of
  its scans. It is not wall-clock time: waiting for a core while another process runs does not
  add to it. Both sizes are measured in turn, several times, and compared as a ratio, so what
  the machine's speed or load does to both cancels out.
"""

from __future__ import annotations

import cProfile
import gc
import pstats
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

LINEAR_LIMIT = 8.0
"""Most calls 4n may make relative to n: linear is 4, quadratic 16."""

CPU_LIMIT = 10.0
"""Most CPU time 4n may take relative to n. Linear work measures about 5 here (a larger input
also misses the processor's caches more), and up to 8.1 was seen with four processes on two
cores; quadratic is 16, and the slowest fault the tests were checked against measured 11."""


def calls(function: Callable[[T], object], argument: T) -> int:
    """Function calls (Python and built-in) made by ``function(argument)``.

    The garbage collector is kept out of the count: run during the call, it would run the
    finalizers of whatever other tests left behind in this process (a ``weakref.finalize``,
    a ``__del__``), and their calls would be counted as the function's, more or fewer as the
    tests before it happen to leave.
    """
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        profile = cProfile.Profile()
        profile.runcall(function, argument)
    finally:
        if enabled:
            gc.enable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def cpu(function: Callable[[T], object], small: T, large: T, repeat: int = 5) -> float:
    """How many times the CPU time of ``function(large)`` is that of ``function(small)``.

    Each is the least of ``repeat`` runs, the sizes taking turns, with the garbage collector
    run before each so that one run does not pay for another's garbage.
    """
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for which, argument in enumerate((small, large)):
            gc.collect()
            began = time.thread_time()
            function(argument)
            best[which] = min(best[which], time.thread_time() - began)
    return best[1] / max(best[0], 1e-6)


def call_growth(function: Callable[[T], object], small: T, large: T) -> float:
    """How many times the calls of ``function(large)`` are those of ``function(small)``.

    Each runs once first, so that caches filled on a first call (compiled patterns, a
    classifier's memo) count for neither.
    """
    function(small)
    function(large)
    return calls(function, large) / max(calls(function, small), 1)
