"""Whole-process HTML speed: ``corpuskit parse`` against a trafilatura loop, same pages.

The HTML issue's speed target is pages per second of the whole process, what a user waits
for: start-up, reading the files, parsing, metadata and writing included. Both contenders
get the same pages, written once to a temporary folder as plain ``.html`` files (aeb-dev's
and mozilla-dev's, 138 pages), and run as separate processes:

* corpuskit: ``corpuskit parse DIR -o OUT.jsonl --jobs 1`` (the CLI users run);
* trafilatura: one Python process that reads each file and calls
  ``trafilatura.bare_extraction(raw, with_metadata=True)``, the same work (body and
  metadata), writing nothing.

The two take turns, ``--rounds`` times (a busy machine slows both alike within a round); the
report gives each one's best and median wall time and the ratio of the best times, which is
the figure the issue states ("at least 2x trafilatura's pages/s"). Each runs once before
the rounds, with bytecode cached (``CACHED``), as a user's installed wheel runs. Which build
ran is printed: corpuskit is one pure-Python build, so an editable checkout runs the same code as
the ``py3-none-any`` wheel.

Usage::

    python benchmarks/html_speed.py [--shared ../shared] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = Path(os.environ.get("CORPUSKIT_SHARED", HERE.parent.parent / "shared"))
SETS = ("aeb-dev", "mozilla-dev")
TRAFILATURA_LOOP = """
import sys
from pathlib import Path
import trafilatura
for path in sorted(Path(sys.argv[1]).iterdir()):
    trafilatura.bare_extraction(path.read_bytes(), with_metadata=True)
"""


def write_pages(shared: Path, folder: Path) -> int:
    """The development sets' pages as plain files; how many."""
    count = 0
    for name in SETS:
        for page in sorted((shared / name / "html").glob("*.html.gz")):
            (folder / f"{name}-{page.name[:-3]}").write_bytes(gzip.decompress(page.read_bytes()))
            count += 1
    return count


CACHED = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
"""The environment both contenders run in: bytecode written and read, as a wheel installed by
pip has it (pip compiles it) and trafilatura's site-packages have it. Where
``PYTHONDONTWRITEBYTECODE`` is set (this project's machine sets it), every corpuskit process
compiled its sources anew, some 5 % of a run that no user pays (session 27's speed helper)."""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CACHED
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    import trafilatura

    import corpuskit

    print(f"corpuskit {corpuskit.__version__} from {Path(corpuskit.__file__).parent}")
    print(f"trafilatura {trafilatura.__version__}")
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp, "pages")
        pages.mkdir()
        count = write_pages(args.shared, pages)
        out = str(Path(tmp, "out.jsonl"))
        contenders = {
            "corpuskit": [
                sys.executable,
                "-m",
                "corpuskit",
                "parse",
                str(pages),
                "-o",
                out,
                "--jobs",
                "1",
            ],
            "trafilatura": [sys.executable, "-c", TRAFILATURA_LOOP, str(pages)],
        }
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for command in contenders.values():
            timed(command)  # a warm-up run each: bytecode written, files in the page cache
        for _ in range(args.rounds):
            for name, command in contenders.items():
                times[name].append(timed(command))
    print(f"{count} pages, {args.rounds} rounds, taking turns")
    for name, values in times.items():
        best, median = min(values), statistics.median(values)
        print(f"{name:12} best {best:6.2f} s ({count / best:6.1f} pages/s), median {median:.2f} s")
    ratio = min(times["trafilatura"]) / min(times["corpuskit"])
    print(f"corpuskit's pages/s / trafilatura's: {ratio:.2f}x (best against best)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
