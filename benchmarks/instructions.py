"""Instructions per article: what speed_text.py times, counted instead, so noise cannot hide it.

This machine's speed swings within seconds (speed_text.py's pass-by-pass ratio to html-text
ranges over 0.9-1.4 in one run), so a change of a few percent cannot be told from a timing.
Valgrind's cachegrind counts the instructions a process runs, the same on every run: this
script runs a small driver under it twice, once parsing ``--base`` generated articles and once
``--base + --docs``, and divides the difference by ``--docs``. Start-up, imports and the
articles' generation are the same in both runs (every article is generated in both), so they
cancel out and what is left is the parse of one article.

With ``--peer`` it counts html-text on the same articles as HTML too. Instructions are not
time: html-text's C runs more of them per nanosecond than the interpreter does, so compare a
count with a count of the same code before a change, not across the two.

The driver imports ``corpuskit`` from wherever Python finds it (``PYTHONPATH``): it prints the
path, so a worktree measured by mistake through an editable install shows. Needs ``valgrind``
(``apt-get install valgrind``); a run takes about ten seconds per count.

Usage::

    python benchmarks/instructions.py [--docs 500] [--base 100] [--peer] [--generic-blocked]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DRIVER = """
import random, sys
import corpuskit
from corpuskit import Parser
from corpuskit.plugins import create_manager
from corpuskit.testing.corpora import article, as_html
count, total, what = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(20191120)
warm_up = [article(rng) for _ in range(20)]
docs = [article(rng) for _ in range(total)]
if what == "html-text":
    import html_text
    pages = [as_html(doc) for doc in docs]
    for doc in warm_up:
        html_text.extract_text(as_html(doc))
    for page in pages[:count]:
        html_text.extract_text(page)
else:
    blocked = {"generic"} if what == "generic-blocked" else set()
    parser = Parser(create_manager(disabled=blocked))
    for doc in warm_up:
        parser.parse(doc)
    for doc in docs[:count]:
        parser.parse(doc)
print(corpuskit.__file__)
"""

_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(driver: Path, count: int, total: int, what: str) -> tuple[int, str]:
    """The instructions of one driver run, and the corpuskit it imported."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={tmp}/out",
                sys.executable,
                str(driver),
                str(count),
                str(total),
                what,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    found = _TOTAL.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found[1].replace(",", "")), done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=500, help="articles the count is over")
    parser.add_argument("--base", type=int, default=100, help="articles parsed in both runs")
    parser.add_argument("--peer", action="store_true", help="count html-text too")
    parser.add_argument(
        "--generic-blocked", action="store_true", help="count with the generic plugin blocked"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    contenders = ["corpuskit"]
    if args.generic_blocked:
        contenders.append("generic-blocked")
    if args.peer:
        contenders.append("html-text")
    total = args.base + args.docs
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / "driver.py"
        driver.write_text(DRIVER, encoding="utf-8")
        for what in contenders:
            low, where = instructions(driver, args.base, total, what)
            high, _ = instructions(driver, total, total, what)
            per_doc = (high - low) / args.docs
            print(f"{what:16} {per_doc:12,.0f} instructions per article  ({where})")


if __name__ == "__main__":
    main()
